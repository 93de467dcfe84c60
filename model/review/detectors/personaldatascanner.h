// SPDX-License-Identifier: MIT
#pragma once

#include "bucketcontext.h"
#include "localizedtext.h"

#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVector>

namespace iv {

// Finds personal data and secrets in free text: e-mail addresses, phone numbers, IBANs (mod-97 checked
// against the country's IBAN length), payment card numbers (Luhn checked, 13-19 digits), IPv4 and IPv6
// addresses, people's names (NameDetector), national id numbers (NationalId) and credentials
// (CredentialDetector). Tuned for precision over recall: the texts of a clean django-insights snapshot
// (timestamps, counts, 32-hex uuids, dotted module names, version numbers with fewer than four parts) never
// match. Each match carries a masked sample only; the full value never leaves scan(). Stateless and
// thread-safe.
namespace PersonalDataScanner {

enum class Kind { Email, Phone, Iban, Card, Ipv4, Ipv6, Name, NationalId, Credential };

struct Match
{
    Kind kind = Kind::Email;
    QString masked; // e.g. "j***@example.org", "**** **** **** 4242", "DE89 **** 3000", "J*** S****"
    QString detail; // the scheme or format where a kind has several: "BSN", "SSN", "AWS access key"
    // Where the value stands in the text scanned, in its original characters (escapes, invisible and
    // look-alike characters included).
    qsizetype start = 0;
    qsizetype length = 0;
    // For a name found through its bucket, what made it one: "category of a person bucket ('agent' in the
    // question label)", "category of a bucket of names". Empty otherwise.
    LocalizedText context;
};

// Scans at most the first maxChars characters of text, as TextNormalizer reads it (escapes decoded, NFKC,
// invisible characters removed, look-alikes folded) and, when it holds a right-to-left override, also as it
// is displayed; samples are masked from the value read, positions are the original's. A name is reported when
// the text is one (a category, a label) or holds one in a sentence, rated strong on its own
// (NameDetector::find).
QVector<Match> scan(const QString &text, int maxChars = 65536);
// The same for a text whose owner's words (a counter's or gauge's label, question, description:
// BucketContext) say it is about people: there a weaker name counts too (NameDetector::findAboutPeople), and
// the match's context says why ("in a text about people ('agent' in its question)").
QVector<Match> scan(const QString &text, int maxChars, const BucketContext &context);

// The categories of one bucket, scanned together: one list of matches per category (same order and size).
// Besides scan()'s matches, the names NameDetector::scanCategories finds with the bucket's context: every
// category of a person bucket but placeholders, the weaker candidates (lone given names, unknown family
// names) of a bucket of mostly names, only strong names in a thing bucket.
// *toCheck (when given): categories of a person-like bucket no detector recognised
// (NameDetector::scanCategories's unrecognised, less those with any other match).
QVector<QVector<Match>> scanCategories(const QStringList &categories, int maxChars = 65536,
                                       const BucketContext &context = {}, QVector<bool> *toCheck = nullptr);

// The text with every value scan() finds in it (names aside) replaced by its masked sample: file text quoted
// in a message or a summary ("xvalue holds text \"b***@gmail.com\"") shows no more than a finding's sample.
// Names are left as they are: in a sentence of the viewer's own words a name rule would mask ordinary words.
QString maskValues(const QString &text);

// "email", "phone", "iban", "card", "ipv4", "ipv6", "name", "national-id", "credential".
QString kindId(Kind kind);
// The review's finding code: "personal-data-" + kindId(), except "secret-credential" for credentials.
QString findingCode(Kind kind);
// "e-mail address", "phone number", … in the UI language; kindText() also carries the English.
QString kindName(Kind kind);
LocalizedText kindText(Kind kind);

// The ASCII digits of s, in order ("078-05-1121" → "078051121").
QString digitsOf(QStringView s);
// s with every digit but the last keep replaced by '*'; separators stay ("***-**-1121").
QString maskDigits(QStringView s, int keep);

// Validators, public for the tests.
bool ibanValid(const QString &compact);   // "DE89370400440532013000"
bool luhnValid(const QString &digits);    // "4111111111111111"
bool ipv6Valid(const QString &candidate); // "2001:db8::1"

} // namespace PersonalDataScanner
} // namespace iv
