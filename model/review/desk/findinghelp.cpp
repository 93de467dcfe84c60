// SPDX-License-Identifier: MIT
#include "findinghelp.h"

#include <QCoreApplication>

namespace iv {

namespace {

struct Entry
{
    const char *code; // exact code, or a prefix ending in '-'
    const char *title;
    const char *detects;
    const char *how;
    const char *limits;
    const char *action;
};

// Texts marked for translation (QT_TRANSLATE_NOOP, written out: lupdate does not expand a macro of ours),
// translated when shown.
const Entry kEntries[] = {
    {"personal-data-email", QT_TRANSLATE_NOOP("iv::FindingHelp", "E-mail address"),
     QT_TRANSLATE_NOOP("iv::FindingHelp",
                       "An e-mail address in a text cell, a free page or bytes after the file's end."),
     QT_TRANSLATE_NOOP(
         "iv::FindingHelp",
         "A pattern for local part @ domain with a dot in the domain; the sample keeps the first letter and "
         "the domain."),
     QT_TRANSLATE_NOOP(
         "iv::FindingHelp",
         "Read through HTML, percent and backslash escapes, spelled-out \"at\" and \"dot\", invisible and "
         "look-alike "
         "characters and base64; quoted-printable, compressed or encrypted addresses are not recognised."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "Remove the address at its source (the collecting query) or save a "
                                          "redacted copy; accept it only when "
                                          "it is a public role address.")},
    {"personal-data-phone", QT_TRANSLATE_NOOP("iv::FindingHelp", "Phone number"),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "A telephone number in a text cell."),
     QT_TRANSLATE_NOOP(
         "iv::FindingHelp",
         "Digit groups with an optional + and separators, 8 to 15 digits, that are not dates, versions or "
         "amounts."),
     QT_TRANSLATE_NOOP(
         "iv::FindingHelp",
         "Numbers without separators may be taken for counts and missed; some order or invoice numbers look "
         "like phone numbers."),
     QT_TRANSLATE_NOOP(
         "iv::FindingHelp",
         "Remove or redact it; mark it as a false positive when it is an order or article number.")},
    {"personal-data-iban", QT_TRANSLATE_NOOP("iv::FindingHelp", "IBAN"),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "An international bank account number."),
     QT_TRANSLATE_NOOP("iv::FindingHelp",
                       "Country code, check digits and length per country, checked with the mod-97 rule."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "Domestic account numbers without IBAN form are not recognised."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "Remove or redact it.")},
    {"personal-data-card", QT_TRANSLATE_NOOP("iv::FindingHelp", "Payment card number"),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "A card number (Visa, Mastercard, American Express, …)."),
     QT_TRANSLATE_NOOP(
         "iv::FindingHelp",
         "13 to 19 digits with an issuer prefix matching the length and a valid Luhn check digit."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "Test card numbers are reported like real ones."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "Remove it; never accept a real card number.")},
    {"personal-data-ipv4", QT_TRANSLATE_NOOP("iv::FindingHelp", "IPv4 address"),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "An IPv4 address that can point at a person's device."),
     QT_TRANSLATE_NOOP("iv::FindingHelp",
                       "Four octets 0–255; loopback and documentation ranges are not reported."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "Addresses of servers are reported like those of people."),
     QT_TRANSLATE_NOOP("iv::FindingHelp",
                       "Remove or redact it; accept it when it is a known server's address.")},
    {"personal-data-ipv6", QT_TRANSLATE_NOOP("iv::FindingHelp", "IPv6 address"),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "An IPv6 address that can point at a person's device."),
     QT_TRANSLATE_NOOP(
         "iv::FindingHelp",
         "Groups of hexadecimal digits with colons, :: compression allowed; ::1 and 2001:db8::/32 are not "
         "reported."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "Addresses of servers are reported like those of people."),
     QT_TRANSLATE_NOOP("iv::FindingHelp",
                       "Remove or redact it; accept it when it is a known server's address.")},
    {"personal-data-name", QT_TRANSLATE_NOOP("iv::FindingHelp", "Person's name"),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "A value that looks like a person's name, e.g. a bucket category."),
     QT_TRANSLATE_NOOP(
         "iv::FindingHelp",
         "Given and family names from openly licensed lexicons, name shapes and the bucket's context (its "
         "label, question and axis labels)."),
     QT_TRANSLATE_NOOP(
         "iv::FindingHelp",
         "Brands and titles named after people can be reported; rare names and names in unusual forms can be "
         "missed: check person-like buckets by eye."),
     QT_TRANSLATE_NOOP(
         "iv::FindingHelp",
         "Group or pseudonymise people in the collecting query; mark brands and public names as false "
         "positives.")},
    {"personal-data-national-id", QT_TRANSLATE_NOOP("iv::FindingHelp", "National identifier"),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "A national identity, tax or social-security number."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "Known national formats with their check digits."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "Formats of other countries are not recognised."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "Remove it; never accept it.")},
    {"secret-credential", QT_TRANSLATE_NOOP("iv::FindingHelp", "Secret or credential"),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "A password, API key, token or private key."),
     QT_TRANSLATE_NOOP(
         "iv::FindingHelp",
         "Known key formats and assignments such as password=…; the sample shows only the kind and a few "
         "characters."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "Home-made token formats are not recognised."),
     QT_TRANSLATE_NOOP(
         "iv::FindingHelp",
         "Revoke the secret now, then remove it from the snapshot and from the query that copied it.")},
    {"small-count", QT_TRANSLATE_NOOP("iv::FindingHelp", "Small count"),
     QT_TRANSLATE_NOOP("iv::FindingHelp",
                       "A count small enough to single out people (fewer than the threshold)."),
     QT_TRANSLATE_NOOP(
         "iv::FindingHelp",
         "Counter values and bar heights that are whole numbers from 1 to the threshold minus one."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "Counts that are not about people are reported too."),
     QT_TRANSLATE_NOOP(
         "iv::FindingHelp",
         "Group small categories or raise the bucket size; accept counts that are not about people.")},
    {"extra-table", QT_TRANSLATE_NOOP("iv::FindingHelp", "Extra table"),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "A table that upstream's schema does not have."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "The schema is compared with upstream's migration."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "Its text is scanned like any other."),
     QT_TRANSLATE_NOOP("iv::FindingHelp",
                       "Find out which query wrote it; allow it in a policy only when it belongs there.")},
    {"integrity", QT_TRANSLATE_NOOP("iv::FindingHelp", "Integrity check failed"),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "SQLite's integrity check reported damage."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "PRAGMA integrity_check."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "A damaged file may hide rows from every check."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "Ask for a new snapshot; do not share this one.")},
    {"incomplete", QT_TRANSLATE_NOOP("iv::FindingHelp", "Review incomplete"),
     QT_TRANSLATE_NOOP("iv::FindingHelp",
                       "The review stopped before it read everything (time limit, cancel or budget)."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "The reviewer's own limits."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "What was not read may hold anything."),
     QT_TRANSLATE_NOOP("iv::FindingHelp",
                       "Review again with more time; never treat an incomplete review as clean.")},
    {"file-changed", QT_TRANSLATE_NOOP("iv::FindingHelp", "File changed during the review"),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "The file's bytes changed while it was reviewed."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "Identity (size, times, inode) compared before and after."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "The hash may describe other contents than the findings."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "Review again once the file is no longer written.")},
    {"wal-mode", QT_TRANSLATE_NOOP("iv::FindingHelp", "WAL mode"),
     QT_TRANSLATE_NOOP("iv::FindingHelp",
                       "The file uses a write-ahead log; a -wal file beside it holds changes."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "The file header."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "Changes in the -wal file are not reviewed."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "Ask for a snapshot checkpointed into one file.")},
    {"free-pages", QT_TRANSLATE_NOOP("iv::FindingHelp", "Data in free pages"),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "Deleted data left in the file's free pages or unused space."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "The raw bytes are scanned."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "Only what the detectors recognise is reported."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "Share a VACUUMed copy (Save Redacted Copy does this).")},
    {"trailing-bytes", QT_TRANSLATE_NOOP("iv::FindingHelp", "Bytes after the database"),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "Bytes after the last page SQLite uses."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "File size compared with the page count."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "Only what the detectors recognise is reported."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "Share a clean copy.")},
    {"hidden-record-bytes", QT_TRANSLATE_NOOP("iv::FindingHelp", "Hidden fields in rows"),
     QT_TRANSLATE_NOOP(
         "iv::FindingHelp",
         "Rows that hold more fields than their table or index names, or bytes after their last field: no "
         "reader shows them, but they travel with the file."),
     QT_TRANSLATE_NOOP(
         "iv::FindingHelp",
         "Every record's header in every page is read and compared with the schema; the hidden bytes are "
         "scanned."),
     QT_TRANSLATE_NOOP(
         "iv::FindingHelp",
         "Only what the detectors recognise in the hidden bytes is reported; the file was edited by hand."),
     QT_TRANSLATE_NOOP(
         "iv::FindingHelp",
         "Do not share this file; ask for a new snapshot, or share a redacted copy (it is written row by "
         "row, without the hidden fields).")},
    {"header-reserved-bytes", QT_TRANSLATE_NOOP("iv::FindingHelp", "Data in the file header"),
     QT_TRANSLATE_NOOP("iv::FindingHelp",
                       "Bytes the file header reserves, which SQLite always leaves zero, are set."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "Bytes 72 to 91 of the header are compared with zero and scanned."),
     QT_TRANSLATE_NOOP("iv::FindingHelp",
                       "Only what the detectors recognise is reported; the file was edited by hand."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "Ask where the file comes from; share a clean copy.")},
    {"hot-journal", QT_TRANSLATE_NOOP("iv::FindingHelp", "Unfinished write"),
     QT_TRANSLATE_NOOP(
         "iv::FindingHelp",
         "A rollback journal lies beside the file: other SQLite readers roll it back and see other contents "
         "than reviewed."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "A non-empty -journal file beside the snapshot."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "The journal's contents are not reviewed."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "Ask for the snapshot again once its writer has finished.")},
    {"wal-file", QT_TRANSLATE_NOOP("iv::FindingHelp", "Write-ahead log beside the file"),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "A -wal file beside the snapshot holds changes other readers see."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "A non-empty -wal file beside the snapshot."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "Changes in the -wal file are not reviewed."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "Ask for a snapshot checkpointed into one file.")},
    {"read-error", QT_TRANSLATE_NOOP("iv::FindingHelp", "Could not be read"),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "Part of the file could not be read."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "Every read is checked."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "What was not read may hold anything."),
     QT_TRANSLATE_NOOP("iv::FindingHelp",
                       "Copy the file again and review the copy; never treat it as clean.")},
    {"scan-incomplete", QT_TRANSLATE_NOOP("iv::FindingHelp", "Scan incomplete"),
     QT_TRANSLATE_NOOP(
         "iv::FindingHelp",
         "The personal-data scan stopped before it read every cell (time limit or cell budget)."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "The reviewer's own limits."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "What was not scanned may hold anything."),
     QT_TRANSLATE_NOOP("iv::FindingHelp",
                       "Review again with more time; never treat an incomplete scan as clean.")},
    {"hidden-table", QT_TRANSLATE_NOOP("iv::FindingHelp", "Hidden table"),
     QT_TRANSLATE_NOOP("iv::FindingHelp",
                       "A table named like SQLite's own (sqlite_…) that SQLite does not make."),
     QT_TRANSLATE_NOOP("iv::FindingHelp",
                       "Every sqlite_ table is compared with the ones SQLite writes; its text is scanned."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "Tools that skip SQLite's own tables do not show it."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "Do not share this file; ask where it comes from.")},
    {"non-finite", QT_TRANSLATE_NOOP("iv::FindingHelp", "Infinite or missing number"),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "A value stored as infinity or not a number."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "Every number and numeric text of the value tables."),
     QT_TRANSLATE_NOOP("iv::FindingHelp", "Upstream's charts fail on such values."),
     QT_TRANSLATE_NOOP("iv::FindingHelp",
                       "Fix the collecting query; the viewer leaves such points out and says so.")},
};

const Entry *find(const QString &code)
{
    for (const Entry &e : kEntries)
        if (code == QLatin1String(e.code))
            return &e;
    return nullptr;
}

FindingHelp make(const QString &code, bool translate)
{
    // Not named tr: lupdate would take tr(QT_TRANSLATE_NOOP(…)) for a call with a non-literal and skip the
    // text.
    auto shown = [translate](const char *s) {
        return translate ? QCoreApplication::translate("iv::FindingHelp", s) : QString::fromUtf8(s);
    };
    if (const Entry *e = find(code))
        return {shown(e->title), shown(e->detects), shown(e->how), shown(e->limits), shown(e->action)};
    if (code.startsWith(QLatin1String("personal-data-")))
        return {shown(QT_TRANSLATE_NOOP("iv::FindingHelp", "Personal data")),
                shown(QT_TRANSLATE_NOOP("iv::FindingHelp", "A value that identifies or concerns a person.")),
                shown(QT_TRANSLATE_NOOP("iv::FindingHelp", "The personal-data detectors.")),
                shown(QT_TRANSLATE_NOOP("iv::FindingHelp", "Detectors recognise known forms only.")),
                shown(QT_TRANSLATE_NOOP("iv::FindingHelp", "Remove or redact it."))};
    return {code,
            shown(QT_TRANSLATE_NOOP("iv::FindingHelp",
                                    "The file does not match upstream's schema or data rules here.")),
            shown(QT_TRANSLATE_NOOP("iv::FindingHelp",
                                    "The schema and data checks against upstream's migration.")),
            shown(QT_TRANSLATE_NOOP("iv::FindingHelp",
                                    "A file from another version of django-insights may differ.")),
            shown(QT_TRANSLATE_NOOP("iv::FindingHelp",
                                    "Ask where the file comes from; share only conformant snapshots."))};
}

} // namespace

FindingHelp FindingHelp::forCode(const QString &code)
{
    return make(code, true);
}

FindingHelp FindingHelp::english(const QString &code)
{
    return make(code, false);
}

QString FindingHelp::text() const
{
    return QCoreApplication::translate("iv::FindingHelp",
                                       "%1\n\nDetects: %2\nHow: %3\nLimits: %4\nWhat to do: %5")
        .arg(title, detects, how, limits, action);
}

} // namespace iv
