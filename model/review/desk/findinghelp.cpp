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

// Texts marked for translation (QT_TRANSLATE_NOOP), translated when shown.
#define H(s) QT_TRANSLATE_NOOP("iv::FindingHelp", s)
const Entry kEntries[] = {
    {"personal-data-email", H("E-mail address"),
     H("An e-mail address in a text cell, a free page or bytes after the file's end."),
     H("A pattern for local part @ domain with a dot in the domain; the sample keeps the first letter and "
       "the domain."),
     H("Read through HTML, percent and backslash escapes, spelled-out \"at\" and \"dot\", invisible and look-alike "
       "characters and base64; quoted-printable, compressed or encrypted addresses are not recognised."),
     H("Remove the address at its source (the collecting query) or save a redacted copy; accept it only when "
       "it is a public role address.")},
    {"personal-data-phone", H("Phone number"), H("A telephone number in a text cell."),
     H("Digit groups with an optional + and separators, 8 to 15 digits, that are not dates, versions or "
       "amounts."),
     H("Numbers without separators may be taken for counts and missed; some order or invoice numbers look "
       "like phone numbers."),
     H("Remove or redact it; mark it as a false positive when it is an order or article number.")},
    {"personal-data-iban", H("IBAN"), H("An international bank account number."),
     H("Country code, check digits and length per country, checked with the mod-97 rule."),
     H("Domestic account numbers without IBAN form are not recognised."), H("Remove or redact it.")},
    {"personal-data-card", H("Payment card number"),
     H("A card number (Visa, Mastercard, American Express, …)."),
     H("13 to 19 digits with an issuer prefix matching the length and a valid Luhn check digit."),
     H("Test card numbers are reported like real ones."), H("Remove it; never accept a real card number.")},
    {"personal-data-ipv4", H("IPv4 address"), H("An IPv4 address that can point at a person's device."),
     H("Four octets 0–255; loopback and documentation ranges are not reported."),
     H("Addresses of servers are reported like those of people."),
     H("Remove or redact it; accept it when it is a known server's address.")},
    {"personal-data-ipv6", H("IPv6 address"), H("An IPv6 address that can point at a person's device."),
     H("Groups of hexadecimal digits with colons, :: compression allowed; ::1 and 2001:db8::/32 are not "
       "reported."),
     H("Addresses of servers are reported like those of people."),
     H("Remove or redact it; accept it when it is a known server's address.")},
    {"personal-data-name", H("Person's name"),
     H("A value that looks like a person's name, e.g. a bucket category."),
     H("Given and family names from openly licensed lexicons, name shapes and the bucket's context (its "
       "label, question and axis labels)."),
     H("Brands and titles named after people can be reported; rare names and names in unusual forms can be "
       "missed: check person-like buckets by eye."),
     H("Group or pseudonymise people in the collecting query; mark brands and public names as false "
       "positives.")},
    {"personal-data-national-id", H("National identifier"),
     H("A national identity, tax or social-security number."),
     H("Known national formats with their check digits."),
     H("Formats of other countries are not recognised."), H("Remove it; never accept it.")},
    {"secret-credential", H("Secret or credential"), H("A password, API key, token or private key."),
     H("Known key formats and assignments such as password=…; the sample shows only the kind and a few "
       "characters."),
     H("Home-made token formats are not recognised."),
     H("Revoke the secret now, then remove it from the snapshot and from the query that copied it.")},
    {"small-count", H("Small count"),
     H("A count small enough to single out people (fewer than the threshold)."),
     H("Counter values and bar heights that are whole numbers from 1 to the threshold minus one."),
     H("Counts that are not about people are reported too."),
     H("Group small categories or raise the bucket size; accept counts that are not about people.")},
    {"extra-table", H("Extra table"), H("A table that upstream's schema does not have."),
     H("The schema is compared with upstream's migration."), H("Its text is scanned like any other."),
     H("Find out which query wrote it; allow it in a policy only when it belongs there.")},
    {"integrity", H("Integrity check failed"), H("SQLite's integrity check reported damage."),
     H("PRAGMA integrity_check."), H("A damaged file may hide rows from every check."),
     H("Ask for a new snapshot; do not share this one.")},
    {"incomplete", H("Review incomplete"),
     H("The review stopped before it read everything (time limit, cancel or budget)."),
     H("The reviewer's own limits."), H("What was not read may hold anything."),
     H("Review again with more time; never treat an incomplete review as clean.")},
    {"file-changed", H("File changed during the review"),
     H("The file's bytes changed while it was reviewed."),
     H("Identity (size, times, inode) compared before and after."),
     H("The hash may describe other contents than the findings."),
     H("Review again once the file is no longer written.")},
    {"wal-mode", H("WAL mode"), H("The file uses a write-ahead log; a -wal file beside it holds changes."),
     H("The file header."), H("Changes in the -wal file are not reviewed."),
     H("Ask for a snapshot checkpointed into one file.")},
    {"free-pages", H("Data in free pages"), H("Deleted data left in the file's free pages or unused space."),
     H("The raw bytes are scanned."), H("Only what the detectors recognise is reported."),
     H("Share a VACUUMed copy (Save Redacted Copy does this).")},
    {"trailing-bytes", H("Bytes after the database"), H("Bytes after the last page SQLite uses."),
     H("File size compared with the page count."), H("Only what the detectors recognise is reported."),
     H("Share a clean copy.")},
    {"hidden-record-bytes", H("Hidden fields in rows"),
     H("Rows that hold more fields than their table or index names, or bytes after their last field: no "
       "reader shows them, but they travel with the file."),
     H("Every record's header in every page is read and compared with the schema; the hidden bytes are "
       "scanned."),
     H("Only what the detectors recognise in the hidden bytes is reported; the file was edited by hand."),
     H("Do not share this file; ask for a new snapshot, or share a redacted copy (it is written row by "
       "row, without the hidden fields).")},
    {"header-reserved-bytes", H("Data in the file header"),
     H("Bytes the file header reserves, which SQLite always leaves zero, are set."),
     H("Bytes 72 to 91 of the header are compared with zero and scanned."),
     H("Only what the detectors recognise is reported; the file was edited by hand."),
     H("Ask where the file comes from; share a clean copy.")},
    {"hot-journal", H("Unfinished write"),
     H("A rollback journal lies beside the file: other SQLite readers roll it back and see other contents "
       "than reviewed."),
     H("A non-empty -journal file beside the snapshot."), H("The journal's contents are not reviewed."),
     H("Ask for the snapshot again once its writer has finished.")},
    {"wal-file", H("Write-ahead log beside the file"),
     H("A -wal file beside the snapshot holds changes other readers see."),
     H("A non-empty -wal file beside the snapshot."), H("Changes in the -wal file are not reviewed."),
     H("Ask for a snapshot checkpointed into one file.")},
    {"read-error", H("Could not be read"), H("Part of the file could not be read."),
     H("Every read is checked."), H("What was not read may hold anything."),
     H("Copy the file again and review the copy; never treat it as clean.")},
    {"scan-incomplete", H("Scan incomplete"),
     H("The personal-data scan stopped before it read every cell (time limit or cell budget)."),
     H("The reviewer's own limits."), H("What was not scanned may hold anything."),
     H("Review again with more time; never treat an incomplete scan as clean.")},
    {"hidden-table", H("Hidden table"),
     H("A table named like SQLite's own (sqlite_…) that SQLite does not make."),
     H("Every sqlite_ table is compared with the ones SQLite writes; its text is scanned."),
     H("Tools that skip SQLite's own tables do not show it."),
     H("Do not share this file; ask where it comes from.")},
    {"non-finite", H("Infinite or missing number"),
     H("A value stored as infinity or not a number."),
     H("Every number and numeric text of the value tables."),
     H("Upstream's charts fail on such values."),
     H("Fix the collecting query; the viewer leaves such points out and says so.")},
};
#undef H

const Entry *find(const QString &code)
{
    for (const Entry &e : kEntries)
        if (code == QLatin1String(e.code))
            return &e;
    return nullptr;
}

FindingHelp make(const QString &code, bool translate)
{
    auto tr = [translate](const char *s) {
        return translate ? QCoreApplication::translate("iv::FindingHelp", s) : QString::fromUtf8(s);
    };
    if (const Entry *e = find(code))
        return {tr(e->title), tr(e->detects), tr(e->how), tr(e->limits), tr(e->action)};
    if (code.startsWith(QLatin1String("personal-data-")))
        return {tr(QT_TRANSLATE_NOOP("iv::FindingHelp", "Personal data")),
                tr(QT_TRANSLATE_NOOP("iv::FindingHelp", "A value that identifies or concerns a person.")),
                tr(QT_TRANSLATE_NOOP("iv::FindingHelp", "The personal-data detectors.")),
                tr(QT_TRANSLATE_NOOP("iv::FindingHelp", "Detectors recognise known forms only.")),
                tr(QT_TRANSLATE_NOOP("iv::FindingHelp", "Remove or redact it."))};
    return {
        code,
        tr(QT_TRANSLATE_NOOP("iv::FindingHelp",
                             "The file does not match upstream's schema or data rules here.")),
        tr(QT_TRANSLATE_NOOP("iv::FindingHelp", "The schema and data checks against upstream's migration.")),
        tr(QT_TRANSLATE_NOOP("iv::FindingHelp",
                             "A file from another version of django-insights may differ.")),
        tr(QT_TRANSLATE_NOOP("iv::FindingHelp",
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
