// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

struct sqlite3;

namespace iv {

// What PRAGMA integrity_check finds, at a fraction of its cost on big tables. SQLite's integrity_check is
// quick_check (every b-tree, page, free list, NOT NULL and CHECK constraint) plus, per index, one seek per
// table row ("row missing from index"), a count ("wrong # of entries") and UNIQUE. On a snapshot nine tenths
// of its time is those seeks. This runs quick_check, then for each table whose indexes are plain columns in
// BINARY order on a UTF-8 file compares every index with its table as multisets — a keyed 64-bit hash
// (SipHash-2-4, a fresh random key per run, so a crafted file cannot aim at a collision) of each entry
// (key values, rowid) summed over a covering scan of the index and over a scan of the table, plus the counts
// — and checks while scanning that the index's entries are strictly ascending (a wrong key order) and that a
// UNIQUE index holds no key twice. A table any other index shape (expression, partial, DESC, another
// collation, WITHOUT ROWID, a UTF-16 file) gets SQLite's own integrity_check(TABLE). The result reads like
// integrity_check's: {"ok"}, or up to maxLines problems. A statement interrupted (sqlite3_interrupt: a
// watchdog) or failing ends the check with finished = false. Blocking; one connection, one thread.
namespace IntegrityCheck {

struct Result
{
    QStringList lines;     // {"ok"} or the problems
    bool finished = false; // false: stopped (interrupted) or a statement failed; error says which
    QString error;
    int tablesCompared = 0; // tables whose indexes were compared by hash (the rest: integrity_check(TABLE))
};

Result run(sqlite3 *db, int maxLines = 100);

} // namespace IntegrityCheck
} // namespace iv
