// SPDX-License-Identifier: MIT
#include "pagefreespace.h"

#include <algorithm>

namespace iv {

namespace {

quint32 be16(const unsigned char *p)
{
    return (quint32(p[0]) << 8) | quint32(p[1]);
}

quint32 be32(const unsigned char *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

// An SQLite varint at p (at most 9 bytes, not past end); returns its length, 0 when it does not fit.
int varint(const unsigned char *p, const unsigned char *end, quint64 *value)
{
    quint64 v = 0;
    for (int i = 0; i < 9; ++i) {
        if (p + i >= end)
            return 0;
        if (i == 8) {
            *value = (v << 8) | p[i];
            return 9;
        }
        v = (v << 7) | (p[i] & 0x7f);
        if (!(p[i] & 0x80)) {
            *value = v;
            return i + 1;
        }
    }
    return 0;
}

bool isBtreePage(unsigned char type)
{
    return type == 0x02 || type == 0x05 || type == 0x0a || type == 0x0d;
}

} // namespace

PageFreeSpace::PageFreeSpace(const QByteArray &header, qint64 pageCount, const QSet<quint32> &freePages)
    : m_pageCount(pageCount), m_freePages(freePages)
{
    if (header.size() < 100)
        return;
    const auto *h = reinterpret_cast<const unsigned char *>(header.constData());
    const quint32 size = be16(h + 16);
    m_pageSize = size == 1 ? 65536 : size;
    if (m_pageSize < 512 || m_pageSize > 65536 || (m_pageSize & (m_pageSize - 1))) {
        m_pageSize = 0;
        return;
    }
    m_usable = m_pageSize - h[20];
    if (m_usable < 480) {
        m_pageSize = 0;
        return;
    }
    m_lockBytePage = quint32(1073741824 / m_pageSize + 1);
    if (be32(h + 52) != 0) // largest root page: auto-vacuum or incremental vacuum keeps pointer maps
        m_ptrmapStride = quint32(m_usable / 5 + 1);
}

void PageFreeSpace::addRegion(const unsigned char *begin, const unsigned char *end, QByteArray *out) const
{
    while (begin < end && *begin == 0)
        ++begin;
    while (end > begin && end[-1] == 0)
        --end;
    if (begin == end)
        return;
    out->append(reinterpret_cast<const char *>(begin), end - begin);
    out->append(2, '\0');
}

bool PageFreeSpace::payloadOf(const unsigned char *page, int cell, int type, Payload *out) const
{
    // Cell layouts (File Format §1.6): table leaf = payload size, rowid, payload; index leaf = payload size,
    // payload; index interior = child page, payload size, payload. A payload over X bytes keeps K (or M)
    // bytes here and the rest on overflow pages, the first named by 4 bytes after the local part.
    const unsigned char *end = page + m_usable;
    const unsigned char *p = page + cell;
    if (type == 0x02)
        p += 4;
    quint64 payload = 0;
    int n = varint(p, end, &payload);
    if (n == 0)
        return false;
    p += n;
    if (type == 0x0d) {
        quint64 rowid = 0;
        if ((n = varint(p, end, &rowid)) == 0)
            return false;
        p += n;
    }
    const qint64 u = m_usable;
    const qint64 x = type == 0x0d ? u - 35 : (u - 12) * 64 / 255 - 23;
    qint64 local = qint64(std::min<quint64>(payload, quint64(u)));
    if (qint64(payload) > x) {
        const qint64 m = (u - 12) * 32 / 255 - 23;
        const qint64 k = m + (qint64(payload) - m) % (u - 4);
        local = k <= x ? k : m;
    }
    if (p + local > end)
        return false;
    *out = {payload, p, local};
    return true;
}

void PageFreeSpace::noteOverflow(const unsigned char *page, const Payload &pl)
{
    if (qint64(pl.size) == pl.local || pl.begin + pl.local + 4 > page + m_usable)
        return;
    m_chains.append({be32(pl.begin + pl.local), qint64(pl.size) - pl.local});
}

namespace {

// The bytes a field of serial type t takes in a record's body (File Format §2.1); 10 and 11 are reserved.
quint64 fieldSize(quint64 t)
{
    static const quint64 fixed[12] = {0, 1, 2, 3, 4, 6, 8, 8, 0, 0, 0, 0};
    return t < 12 ? fixed[t] : (t - 12) / 2;
}

// A record's header as far as it lies in `bytes`: its size and each field's offset in the record; false when
// the header does not lie whole in those bytes.
struct RecordHeader
{
    quint64 size = 0;
    int fields = 0;
    quint64 declared = 0; // header and body: the bytes the fields account for
};

template <typename Field>
bool readHeader(const unsigned char *record, qint64 local, RecordHeader *out, Field &&field)
{
    const unsigned char *end = record + local;
    quint64 size = 0;
    const int n = varint(record, end, &size);
    if (n == 0 || size < quint64(n) || size > quint64(local))
        return false;
    const unsigned char *h = record + n;
    const unsigned char *hEnd = record + size;
    quint64 offset = size;
    int fields = 0;
    while (h < hEnd) {
        quint64 type = 0;
        const int k = varint(h, hEnd, &type);
        if (k == 0)
            return false;
        h += k;
        const quint64 bytes = fieldSize(type);
        field(fields, offset, bytes);
        offset += bytes;
        ++fields;
    }
    *out = {size, fields, offset};
    return true;
}

} // namespace

int PageFreeSpace::noteRecord(const Payload &pl)
{
    RecordHeader h;
    if (!readHeader(pl.begin, pl.local, &h, [](int, quint64, quint64) {}))
        return -1;
    if (h.declared < pl.size) {
        ++m_trailingRecords;
        if (h.declared < quint64(pl.local))
            addRegion(pl.begin + h.declared, pl.begin + pl.local, &m_trailing);
    }
    return h.fields;
}

quint32 PageFreeSpace::rootOf(quint32 page) const
{
    for (int depth = 0; depth < 64; ++depth) {
        const auto up = m_parent.constFind(page);
        if (up == m_parent.cend())
            return page;
        page = up.value();
    }
    return 0; // a cycle: the integrity check reports the broken tree
}

QVector<PageFreeSpace::FieldsBeyond>
PageFreeSpace::fieldsBeyond(const QHash<quint32, int> &fieldsByRoot) const
{
    QHash<quint32, FieldsBeyond> byRoot;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const quint32 root = rootOf(it.key());
        const auto named = fieldsByRoot.constFind(root);
        if (named == fieldsByRoot.cend() || it.value() <= named.value())
            continue;
        FieldsBeyond &b = byRoot[root];
        b.root = root;
        b.fields = named.value();
        b.pages.append(it.key());
    }
    QVector<FieldsBeyond> out = byRoot.values().toVector();
    std::sort(out.begin(), out.end(),
              [](const FieldsBeyond &a, const FieldsBeyond &b) { return a.root < b.root; });
    for (FieldsBeyond &b : out)
        std::sort(b.pages.begin(), b.pages.end());
    return out;
}

qint64 PageFreeSpace::addFieldsBeyond(quint32 number, const unsigned char *bytes, int fields,
                                      QByteArray *out) const
{
    if (!valid())
        return 0;
    const qint64 hdr = number == 1 ? 100 : 0;
    const unsigned char type = bytes[hdr];
    if (type != 0x02 && type != 0x0a && type != 0x0d)
        return 0;
    const qint64 headerSize = type == 0x02 ? 12 : 8;
    const qint64 cells = be16(bytes + hdr + 3);
    qint64 records = 0;
    for (qint64 i = 0; i < cells && hdr + headerSize + 2 * i + 2 <= m_usable; ++i) {
        const qint64 cell = be16(bytes + hdr + headerSize + 2 * i);
        Payload pl;
        if (cell < hdr + headerSize || cell >= m_usable || !payloadOf(bytes, int(cell), type, &pl))
            continue;
        quint64 from = 0;
        RecordHeader h;
        if (!readHeader(pl.begin, pl.local, &h,
                        [&](int field, quint64 offset, quint64) {
                            if (field == fields)
                                from = offset;
                        }) ||
            h.fields <= fields)
            continue;
        ++records;
        const quint64 to = std::min<quint64>(h.declared, quint64(pl.local));
        if (from < to)
            addRegion(pl.begin + from, pl.begin + to, out);
    }
    return records;
}

void PageFreeSpace::addPage(quint32 number, const unsigned char *bytes, QByteArray *out)
{
    if (!valid() || number < 1 || m_freePages.contains(number))
        return;
    if (number == m_lockBytePage) {
        addRegion(bytes, bytes + m_pageSize, out);
        return;
    }
    // The reserved bytes at the end of every page.
    if (m_usable < m_pageSize)
        addRegion(bytes + m_usable, bytes + m_pageSize, out);
    if (isPointerMapPage(number)) {
        // A pointer-map page: five bytes for each of the next `stride` pages (the integrity check verifies
        // them); the entries of pages past the file's end and the bytes after the last entry are read by
        // nobody.
        const qint64 used = std::clamp<qint64>(m_pageCount - qint64(number), 0, m_ptrmapStride);
        addRegion(bytes + 5 * used, bytes + m_usable, out);
        return;
    }
    const qint64 hdr = number == 1 ? 100 : 0;
    const unsigned char type = bytes[hdr];
    if (!isBtreePage(type)) {
        // An overflow page (its first four bytes name the next one; a page number's high byte is 0 below 2^24
        // pages, so it never reads as a b-tree type) or a page SQLite does not use, which the integrity check
        // reports.
        m_next.insert(number, be32(bytes));
        return;
    }
    const qint64 headerSize = (type == 0x02 || type == 0x05) ? 12 : 8;
    const qint64 cells = be16(bytes + hdr + 3);
    for (const Region &unused : unusedInBtreePage(number, bytes))
        addRegion(bytes + unused.offset, bytes + unused.offset + unused.length, out);
    // Interior pages name their children (each cell's first four bytes, and the right-most child in the
    // header), which maps every page to the root of its b-tree.
    if (type == 0x02 || type == 0x05) {
        m_parent.insert(be32(bytes + hdr + 8), number);
        for (qint64 i = 0; i < cells && hdr + headerSize + 2 * i + 2 <= m_usable; ++i) {
            const qint64 cell = be16(bytes + hdr + headerSize + 2 * i);
            if (cell >= hdr + headerSize && cell + 4 <= m_usable)
                m_parent.insert(be32(bytes + cell), number);
        }
    }
    if (type == 0x05)
        return; // table interior cells have no payload
    int most = 0;
    bool records = false;
    for (qint64 i = 0; i < cells && hdr + headerSize + 2 * i + 2 <= m_usable; ++i) {
        const qint64 cell = be16(bytes + hdr + headerSize + 2 * i);
        if (cell >= hdr + headerSize && cell < m_usable) {
            Payload pl;
            if (payloadOf(bytes, int(cell), type, &pl)) {
                noteOverflow(bytes, pl);
                const int fields = noteRecord(pl);
                most = std::max(most, fields);
                records = records || fields >= 0;
            }
        }
    }
    if (records)
        m_fields.insert(number, most);
}

QVector<PageFreeSpace::Region> PageFreeSpace::unusedInBtreePage(quint32 number,
                                                                const unsigned char *bytes) const
{
    QVector<Region> out;
    const qint64 hdr = number == 1 ? 100 : 0;
    const unsigned char type = bytes[hdr];
    // A pointer-map page's first byte is the type of its first entry, which may read as a b-tree page's.
    if (!valid() || isPointerMapPage(number) || !isBtreePage(type))
        return out;
    const qint64 headerSize = (type == 0x02 || type == 0x05) ? 12 : 8;
    const qint64 cells = be16(bytes + hdr + 3);
    qint64 content = be16(bytes + hdr + 5);
    if (content == 0)
        content = 65536;
    const qint64 pointers = hdr + headerSize + 2 * cells;
    content = std::min(content, m_usable);
    if (pointers < content)
        out.append({pointers, content - pointers});
    // The free-block chain: each block starts with the next block's offset and its own size.
    qint64 block = be16(bytes + hdr + 1);
    for (int guard = 0; block != 0 && block + 4 <= m_usable && guard < m_usable / 4; ++guard) {
        const qint64 next = be16(bytes + block);
        const qint64 size = be16(bytes + block + 2);
        const qint64 end = std::min(block + std::max<qint64>(size, 4), m_usable);
        if (end > block + 4)
            out.append({block + 4, end - block - 4});
        if (next != 0 && next <= block)
            break;
        block = next;
    }
    return out;
}

QVector<PageFreeSpace::Region> PageFreeSpace::overflowTails() const
{
    QVector<Region> tails;
    const qint64 room = m_usable - 4; // payload bytes an overflow page holds
    for (const Chain &c : m_chains) {
        qint64 left = c.bytes;
        quint32 page = c.first;
        for (qint64 steps = 0; page != 0 && page <= m_pageCount && steps < m_pageCount; ++steps) {
            if (left <= room) {
                if (left < room)
                    tails.append({qint64(page - 1) * m_pageSize + 4 + left, room - left});
                break;
            }
            left -= room;
            page = m_next.value(page, 0);
        }
    }
    return tails;
}

} // namespace iv
