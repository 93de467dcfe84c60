// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QVector>

namespace iv {

// The bytes inside an SQLite file's pages that no row, index entry or free page accounts for, so the review
// can read deleted data that stays in them (SQLite does not zero what it frees unless secure_delete is on):
//  - in every b-tree page (table and index, leaf and interior): the unallocated gap between the cell pointer
//    array and the cell content area, and every free block of the page's free-block chain;
//  - the unused end of the last overflow page of each long value (a page reused from the freelist keeps what
//    was there after the new value's end);
//  - the reserved bytes at the end of every page (header byte 20), which SQLite never reads;
//  - the lock-byte page of a file over 1 GiB, which SQLite never uses.
// And the bytes inside records that SQLite never reads (File Format §2.1): fields beyond the columns of the
// record's table or index (SQLite reads as many fields as the schema names; a hand-edited schema can name
// fewer than the rows hold) and bytes after a record's last field. Free-list pages are the caller's (scanned
// whole); of the pointer-map pages of an auto-vacuum file (page numbers) the entries of pages past the file's
// end and the bytes after the last entry. Pages are fed in order, whole, as read from the file; the layout is
// the file header's (File Format §1.3). Needs no SQLite: it reads the bytes the review hashed. Any thread,
// one object per file.
class PageFreeSpace
{
public:
    struct Region
    {
        qint64 offset = 0; // in the file
        qint64 length = 0;
    };

    // header: the file's first 100 bytes; freePages: the free-list pages (trunks and leaves).
    PageFreeSpace(const QByteArray &header, qint64 pageCount, const QSet<quint32> &freePages);

    bool valid() const { return m_pageSize >= 512; }
    qint64 pageSize() const { return m_pageSize; }

    // Appends the free bytes of page `number` (1-based; `bytes` holds pageSize bytes) to *out, regions apart
    // by two NUL bytes (read as a space, at either UTF-16 alignment), runs of NUL at a region's ends left
    // out.
    void addPage(quint32 number, const unsigned char *bytes, QByteArray *out);
    // After every page was added: the unused ends of the last overflow pages, to be read and scanned too.
    QVector<Region> overflowTails() const;
    // Where in b-tree page `number` (`bytes`, as for addPage) the bytes lie that SQLite never reads, as
    // offsets in the page: the gap between the cell pointer array and the cell content area, and the body of
    // each free block (its first four bytes, the chain's link and the block's size, are read). Nothing for a
    // page of another kind (a pointer-map page too, whatever its first byte). What a writer zeroes to leave
    // no stale bytes behind (the redacted copy).
    QVector<Region> unusedInBtreePage(quint32 number, const unsigned char *bytes) const;
    // Whether page `number` is one of an auto-vacuum file's pointer-map pages (2, 2 + stride, …).
    bool isPointerMapPage(quint32 number) const
    {
        return m_ptrmapStride && number >= 2 && (number - 2) % m_ptrmapStride == 0;
    }

    // Records with bytes after their last field (in the page or on overflow pages): how many, and those bytes
    // where they lie in the page, regions apart as in addPage.
    qint64 recordsWithTrailingBytes() const { return m_trailingRecords; }
    const QByteArray &trailingBytes() const { return m_trailing; }

    struct FieldsBeyond
    {
        quint32 root = 0;       // the b-tree's root page
        int fields = 0;         // the fields its schema names
        QVector<quint32> pages; // its pages with a record of more
    };
    // After every page was added: the b-trees (by root page) whose records hold more fields than
    // fieldsByRoot names for them (a table's stored columns, an index's columns with the row id).
    QVector<FieldsBeyond> fieldsBeyond(const QHash<quint32, int> &fieldsByRoot) const;
    // Appends the bytes of every field after the first `fields` of each record in page `number` (`bytes`: the
    // page, as for addPage) to *out, regions apart as in addPage, as far as the record lies in the page;
    // returns how many of its records hold more than `fields` fields.
    qint64 addFieldsBeyond(quint32 number, const unsigned char *bytes, int fields, QByteArray *out) const;

private:
    void addRegion(const unsigned char *begin, const unsigned char *end, QByteArray *out) const;
    // A cell's payload: its size and where its part in the page lies.
    struct Payload
    {
        quint64 size = 0;
        const unsigned char *begin = nullptr;
        qint64 local = 0;
    };
    bool payloadOf(const unsigned char *page, int cell, int type, Payload *out) const;
    // The overflow chain of a long payload, and the fields of its record (one parse of the cell for both).
    void noteOverflow(const unsigned char *page, const Payload &pl);
    // Notes bytes after the record's last field; returns how many fields it holds (-1: no record header).
    int noteRecord(const Payload &pl);
    quint32 rootOf(quint32 page) const;

    qint64 m_pageSize = 0;
    qint64 m_usable = 0; // page size less the reserved bytes
    qint64 m_pageCount = 0;
    quint32 m_lockBytePage = 0;
    quint32 m_ptrmapStride = 0; // auto-vacuum: pointer-map pages at 2, 2 + stride, …; 0 otherwise
    QSet<quint32> m_freePages;
    QHash<quint32, quint32> m_next; // overflow page → the next one of its chain
    struct Chain
    {
        quint32 first = 0;
        qint64 bytes = 0; // payload bytes on overflow pages
    };
    QVector<Chain> m_chains;
    QHash<quint32, quint32> m_parent; // b-tree page → its parent (interior pages' child pointers)
    QHash<quint32, int> m_fields;     // b-tree page with records → the most fields one of them holds
    qint64 m_trailingRecords = 0;
    QByteArray m_trailing;
};

} // namespace iv
