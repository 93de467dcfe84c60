// SPDX-License-Identifier: MIT
// SnapshotReviewer: the bytes SQLite does not show as rows, read through the hashed descriptor and scanned raw —
// after the last page, the file header's reserved bytes, free pages, the free space inside used pages and the
// fields of records no reader sees.
#include "snapshotreviewer_p.h"

#include "fileidentity.h"
#include "pagefreespace.h"
#include "sqlitestatement.h"

#include <QStringDecoder>

#include <algorithm>
#include <cerrno>

#include <sqlite3.h>

namespace iv::SnapshotReviewer::detail {

namespace {

using PersonalDataScanner::Match;

// Raw file bytes as text for the scanner, decoded in the file's text encoding (header field 56: 1 UTF-8,
// 2 UTF-16le, 3 UTF-16be; anything else is read as Latin-1, every byte a character). Control characters
// (record headers, page pointers, the binary of numbers) become line breaks so they cannot join two values:
// not spaces, which a phone number or IBAN may hold ("+31 6 1234…"), so digits of neighbouring timestamps and
// numbers are never read as one phone number. UTF-16 text may start at an odd offset of a page: both
// alignments are returned.
QStringList rawTexts(const QByteArray &bytes, quint32 encoding)
{
    const auto visibleOrSpace = [](char16_t u) {
        return (u < 0x20 || (u >= 0x7f && u <= 0x9f)) ? char16_t(u'\n') : u;
    };
    const auto *b = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    if (encoding == 2 || encoding == 3) {
        const bool le = encoding == 2;
        QStringList out;
        for (qsizetype align = 0; align < 2; ++align) {
            QString text((n - align) / 2, Qt::Uninitialized);
            char16_t *d = reinterpret_cast<char16_t *>(text.data());
            for (qsizetype i = align; i + 1 < n; i += 2)
                *d++ = le ? char16_t(b[i] | (b[i + 1] << 8)) : char16_t((b[i] << 8) | b[i + 1]);
            // Lone surrogates (halves of a pair split by the alignment or by garbage) become spaces too.
            char16_t *u = reinterpret_cast<char16_t *>(text.data());
            const qsizetype len = text.size();
            for (qsizetype i = 0; i < len; ++i) {
                if (QChar::isHighSurrogate(u[i]) && i + 1 < len && QChar::isLowSurrogate(u[i + 1])) {
                    ++i;
                    continue;
                }
                u[i] = QChar::isSurrogate(u[i]) ? char16_t(u' ') : visibleOrSpace(u[i]);
            }
            out << text;
        }
        return out;
    }
    QString text;
    if (encoding == 1) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = utf8.decode(bytes); // invalid bytes become U+FFFD, ASCII stays as it is
    } else {
        text = QString::fromLatin1(bytes);
    }
    char16_t *u = reinterpret_cast<char16_t *>(text.data());
    for (qsizetype i = 0; i < text.size(); ++i)
        u[i] = visibleOrSpace(u[i]);
    return {text};
}

// Fills *buffer from offset; returns the bytes read, the buffer cut to them (0 on an error).
qint64 readAt(int fd, QByteArray *buffer, qint64 offset)
{
    const qint64 done = std::max<qint64>(0, preadFully(fd, buffer->data(), buffer->size(), offset));
    buffer->truncate(done);
    return done;
}
} // namespace

void Reviewer::scanRaw(qint64 offset, qint64 length, QSet<QString> *seen, const LocalizedText &where)
{
    constexpr qint64 kBlock = 1 << 20;
    constexpr qint64 kOverlap = 1024; // a value across a block edge is read whole in the next block
    qint64 done = 0;
    while (done < length) {
        if (stopped()) {
            r.scanComplete = false;
            r.addNote(LocalizedText::translate("iv::SnapshotReviewer",
                                               "%1 were not fully scanned for personal data (time limit)")
                          .arg(where));
            return;
        }
        const qint64 start = std::max<qint64>(0, done - kOverlap);
        const qint64 wanted = std::min(kBlock, length - start);
        QByteArray block(int(wanted), Qt::Uninitialized);
        if (readAt(m_fd, &block, offset + start) < wanted) {
            add(ReviewFinding::Severity::Error, QStringLiteral("read-error"),
                LocalizedText::translate("iv::SnapshotReviewer", "%1 could not be read").arg(where));
            r.scanComplete = false;
            return;
        }
        done = start + block.size();
        scanBytes(block, seen, where);
    }
}

void Reviewer::scanBytes(const QByteArray &bytes, QSet<QString> *seen, const LocalizedText &where)
{
    for (const QString &text : rawTexts(bytes, r.identity.textEncoding))
        for (const auto &m : scanWhole(text, seen))
            add(ReviewFinding::Severity::Error, PersonalDataScanner::findingCode(m.kind),
                LocalizedText::translate("iv::SnapshotReviewer", "%1 in %2")
                    .arg(PersonalDataScanner::kindText(m.kind), where),
                QString(), QString(), -1, m.masked, QStringView(text).mid(m.start, m.length));
}

void Reviewer::scanPageFreeSpace(qint64 pageCount, const QSet<quint32> &freeList)
{
    QByteArray header(100, Qt::Uninitialized);
    if (stopped() || readAt(m_fd, &header, 0) < 100)
        return;
    PageFreeSpace space(header, pageCount, freeList);
    if (!space.valid())
        return;
    const LocalizedText where = LocalizedText::translate(
        "iv::SnapshotReviewer", "the free space inside used pages (deleted data)");
    QSet<QString> seen;
    QByteArray pending;
    auto flush = [&](qint64 atLeast) {
        if (pending.size() >= atLeast && !pending.isEmpty()) {
            scanBytes(pending, &seen, where);
            pending.clear();
        }
    };
    auto incomplete = [&](const LocalizedText &why) {
        r.scanComplete = false;
        r.addNote(why);
    };
    // Every page once, in blocks of about 1 MiB read through the hashed descriptor.
    const qint64 pageSize = space.pageSize();
    const qint64 perBlock = std::max<qint64>(1, (1 << 20) / pageSize);
    QByteArray block;
    for (qint64 first = 1; first <= pageCount; first += perBlock) {
        if (stopped()) {
            incomplete(LocalizedText::translate("iv::SnapshotReviewer",
                                                "%1 were not fully scanned for personal data (time limit)")
                           .arg(where));
            return;
        }
        const qint64 pages = std::min(perBlock, pageCount - first + 1);
        block.resize(pages * pageSize);
        if (readAt(m_fd, &block, (first - 1) * pageSize) < block.size()) {
            add(ReviewFinding::Severity::Error, QStringLiteral("read-error"),
                LocalizedText::translate("iv::SnapshotReviewer", "%1 could not be read").arg(where));
            r.scanComplete = false;
            return;
        }
        const auto *bytes = reinterpret_cast<const unsigned char *>(block.constData());
        for (qint64 i = 0; i < pages; ++i)
            space.addPage(quint32(first + i), bytes + i * pageSize, &pending);
        flush(1 << 20);
    }
    for (const PageFreeSpace::Region &tail : space.overflowTails()) {
        QByteArray bytes(tail.length, Qt::Uninitialized);
        if (readAt(m_fd, &bytes, tail.offset) < tail.length)
            continue; // past the end: the integrity check reports the broken chain
        pending += bytes;
        pending.append(2, '\0');
        flush(1 << 20);
    }
    flush(0);
    checkHiddenRecordBytes(space);
}

void Reviewer::checkHiddenRecordBytes(const PageFreeSpace &space)
{
    // Bytes inside records that no reader sees: SQLite reads as many fields as the schema names, so a schema
    // edited to name fewer columns than the rows hold hides the rest (integrity_check says "ok"), and a record
    // may hold bytes after its last field. Neither can be clean: an error, and the bytes scanned raw.
    if (space.recordsWithTrailingBytes() > 0) {
        add(ReviewFinding::Severity::Error, QStringLiteral("hidden-record-bytes"),
            LocalizedText::translate("iv::SnapshotReviewer",
                                     "%1 records hold bytes after their last field: SQLite and every reader "
                                     "ignore them, but they travel with the file")
                .arg(QString::number(space.recordsWithTrailingBytes())));
        QSet<QString> seen;
        scanBytes(space.trailingBytes(), &seen,
                  LocalizedText::translate("iv::SnapshotReviewer", "the bytes after records' last fields"));
    }
    // The fields each b-tree's records may hold, by root page: a table's stored columns (a virtual generated
    // column is not stored), an index's columns with the row id or key; the schema table's five.
    QHash<quint32, int> fieldsByRoot{{1, 5}};
    QHash<quint32, QString> names{{1, QStringLiteral("sqlite_schema")}};
    {
        SqliteStatement list(m_db, QStringLiteral("SELECT type, name, rootpage FROM sqlite_master "
                                                  "WHERE type IN ('table', 'index') AND rootpage > 1"));
        while (!stopped() && list.step() == SQLITE_ROW) {
            const bool table = list.text(0) == QLatin1String("table");
            const QString name = list.text(1);
            SqliteStatement info(m_db, QStringLiteral("PRAGMA %1(%2)")
                                           .arg(table ? QStringLiteral("table_xinfo") : QStringLiteral("index_xinfo"),
                                                quoted(name)));
            int fields = 0;
            while (info.step() == SQLITE_ROW)
                fields += table && info.int64(6) == 2 ? 0 : 1;
            if (fields > 0) {
                fieldsByRoot.insert(quint32(list.int64(2)), fields);
                names.insert(quint32(list.int64(2)), name);
            }
        }
    }
    const qint64 pageSize = space.pageSize();
    for (const PageFreeSpace::FieldsBeyond &tree : space.fieldsBeyond(fieldsByRoot)) {
        if (stopped())
            return;
        QByteArray hidden;
        qint64 records = 0;
        QByteArray page(pageSize, Qt::Uninitialized);
        for (const quint32 number : tree.pages)
            if (readAt(m_fd, &page, qint64(number - 1) * pageSize) == pageSize)
                records += space.addFieldsBeyond(number, reinterpret_cast<const unsigned char *>(page.constData()),
                                                 tree.fields, &hidden);
        const QString name = names.value(tree.root);
        add(ReviewFinding::Severity::Error, QStringLiteral("hidden-record-bytes"),
            LocalizedText::translate("iv::SnapshotReviewer",
                                     "%1 records hold more fields than the %2 its schema names: SQLite and every "
                                     "reader ignore the others, but they travel with the file")
                .arg(QString::number(records), QString::number(tree.fields)),
            name);
        QSet<QString> seen;
        scanBytes(hidden, &seen,
                  LocalizedText::translate("iv::SnapshotReviewer", "the hidden fields of %1")
                      .arg(LocalizedText::same(name)));
    }
}

void Reviewer::checkStorage()
{
    if (stopped())
        return;
    const qint64 pageSize = pragma("page_size");
    const qint64 pageCount = pragma("page_count");
    const qint64 freePages = pragma("freelist_count");
    if (pageSize < 512 || pageCount < 1)
        return;
    const qint64 used = pageSize * pageCount;
    if (r.identity.size > used) {
        const qint64 extra = r.identity.size - used;
        add(ReviewFinding::Severity::Warning, QStringLiteral("trailing-bytes"),
            LocalizedText::translate(
                "iv::SnapshotReviewer",
                "%1 bytes follow the last page: SQLite ignores them, but they travel with the "
                "file")
                .arg(QString::number(extra)));
        QSet<QString> seen;
        scanRaw(used, extra, &seen,
                LocalizedText::translate("iv::SnapshotReviewer", "the bytes after the last page"));
    }
    // Bytes 72–91 of the file header are reserved for expansion: SQLite writes zeros and never reads them.
    QByteArray header(100, Qt::Uninitialized);
    if (readAt(m_fd, &header, 0) == 100) {
        const QByteArray reserved = header.mid(72, 20);
        const qint64 set = 20 - reserved.count('\0');
        if (set > 0) {
            add(ReviewFinding::Severity::Warning, QStringLiteral("header-reserved-bytes"),
                LocalizedText::translate("iv::SnapshotReviewer",
                                         "%1 of the 20 bytes the file header reserves (72–91, zero in every file "
                                         "SQLite writes) are set: SQLite ignores them, but they travel with the file")
                    .arg(QString::number(set)));
            QSet<QString> seen;
            scanBytes(reserved, &seen,
                      LocalizedText::translate("iv::SnapshotReviewer", "the file header's reserved bytes"));
        }
        // The header's free-form fields (user version, incremental vacuum, application id: 60–71; the
        // version-valid-for number and the writer's SQLite version: 92–99) are numbers to SQLite, but any
        // eight or twelve bytes can be text that travels with the file.
        QSet<QString> seen;
        const LocalizedText fields =
            LocalizedText::translate("iv::SnapshotReviewer", "the file header's number fields");
        scanBytes(header.mid(60, 12), &seen, fields);
        scanBytes(header.mid(92, 8), &seen, fields);
    }
    QSet<quint32> freeList;
    if (freePages > 0)
        scanFreeList(pageSize, pageCount, freePages, &freeList);
    scanPageFreeSpace(pageCount, freeList);
}

void Reviewer::scanFreeList(qint64 pageSize, qint64 pageCount, qint64 freePages, QSet<quint32> *visited)
{
    // The freelist: header offset 32 names the first trunk page; a trunk page holds the next trunk, a count
    // and that many leaf page numbers. Walked first, each page noted with the bytes of it that are its
    // structure (a trunk's first 8 + 4 × count, a leaf's none).
    QByteArray header(40, Qt::Uninitialized);
    if (readAt(m_fd, &header, 0) < 40)
        return;
    auto be32 = [](const QByteArray &b, qint64 off) {
        const auto *p = reinterpret_cast<const unsigned char *>(b.constData() + off);
        return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    };
    QVector<QPair<quint32, qint64>> pages; // page → bytes of structure at its start
    auto note = [&](quint32 page, qint64 structure) {
        if (page < 2 || page > quint64(pageCount) || visited->contains(page))
            return false;
        visited->insert(page);
        pages.append({page, structure});
        return true;
    };
    QByteArray page(int(pageSize), Qt::Uninitialized);
    quint32 trunk = be32(header, 32);
    while (trunk != 0 && pages.size() < freePages && !stopped()) {
        if (visited->contains(trunk) || readAt(m_fd, &page, qint64(trunk - 1) * pageSize) < pageSize)
            break;
        const qint64 leaves = std::min<qint64>(be32(page, 4), pageSize / 4 - 2);
        if (!note(trunk, 8 + 4 * leaves))
            break;
        for (qint64 i = 0; i < leaves && pages.size() < freePages && !stopped(); ++i)
            note(be32(page, 8 + 4 * i), 0);
        trunk = be32(page, 0);
    }
    // Free pages whose every byte past their structure is zero (SQLite's secure_delete zeroes each page it
    // frees) hold no deleted row: nothing to report. Any other byte, or a freelist not walked whole, and the
    // free pages are a warning and every one is scanned raw, trunks included.
    bool holdBytes = pages.size() < freePages;
    for (qsizetype i = 0; i < pages.size() && !holdBytes && !stopped(); ++i) {
        if (readAt(m_fd, &page, qint64(pages.at(i).first - 1) * pageSize) < pageSize) {
            holdBytes = true;
            break;
        }
        const char *rest = page.constData() + pages.at(i).second;
        holdBytes = std::any_of(rest, page.constData() + pageSize, [](char c) { return c != 0; });
    }
    if (!holdBytes)
        return;
    add(ReviewFinding::Severity::Warning, QStringLiteral("free-pages"),
        LocalizedText::translate(
            "iv::SnapshotReviewer",
            "%1 free pages may still hold deleted rows; run VACUUM on a copy before sharing "
            "the file")
            .arg(QString::number(freePages)));
    const LocalizedText where =
        LocalizedText::translate("iv::SnapshotReviewer", "the free pages (deleted data)");
    QSet<QString> seen;
    for (const auto &[number, structure] : std::as_const(pages)) {
        if (stopped())
            break;
        scanRaw(qint64(number - 1) * pageSize, pageSize, &seen, where);
    }
    if (pages.size() < freePages) {
        r.scanComplete = false;
        r.addNote(LocalizedText::translate("iv::SnapshotReviewer",
                                           "%1 of %2 free pages were scanned for personal data")
                      .arg(QString::number(pages.size()), QString::number(freePages)));
    }
}

} // namespace iv::SnapshotReviewer::detail
