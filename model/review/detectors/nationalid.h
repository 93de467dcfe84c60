// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>
#include <QVector>

namespace iv {

// Finds national identification numbers whose check rules hold: Dutch BSN (elfproef), German tax id
// (Steuerliche Identifikationsnummer: digit-repetition rule and ISO 7064 MOD 11,10), US social security
// number (area, group and serial rules), UK National Insurance number (prefix and suffix rules) and the
// Belgian national number (mod 97, born before or after 2000). A bare run of digits passes a checksum by
// chance too often, so those schemes need a context word in the same text ("BSN", "SSN", "Steuer-ID",
// "rijksregister") or their own printed form (SSN "078-05-1121", Belgian "85.07.30-033.28", Steuer-ID "86 095
// 742 719"); a UK number's letters are shape enough. Matches carry a masked sample only. Stateless and
// thread-safe.
namespace NationalId {

enum class Scheme { DutchBsn, GermanTaxId, UsSsn, UkNino, BelgianNationalNumber };

struct IdMatch
{
    Scheme scheme = Scheme::DutchBsn;
    qsizetype start = 0;
    qsizetype length = 0;
    QString masked; // e.g. "*******82", "***-**-6789", "AB ** ** ** C"
};

QVector<IdMatch> find(QStringView text);

// "BSN", "Steuer-ID", "SSN", "NI number", "Belgian national number".
QString schemeName(Scheme scheme);

// Check rules on the bare digits (or letters and digits for the UK), public for the tests.
bool bsnValid(QStringView digits);           // 9 digits, "111222333"
bool germanTaxIdValid(QStringView digits);   // 11 digits, "86095742719"
bool ssnValid(QStringView digits);           // 9 digits, "078051121"
bool ninoValid(QStringView compact);         // "AB123456C"
bool belgianNumberValid(QStringView digits); // 11 digits, "85073003328"

} // namespace NationalId
} // namespace iv
