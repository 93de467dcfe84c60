// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>
#include <QVector>

namespace iv {

// Finds national identification numbers whose check rules hold: Dutch BSN (elfproef), German tax id
// (Steuerliche Identifikationsnummer: digit-repetition rule and ISO 7064 MOD 11,10), US social security
// number (area, group and serial rules), UK National Insurance number (prefix and suffix rules), the
// Belgian national number (mod 97, born before or after 2000), the Spanish DNI and NIE (check letter mod 23),
// the Italian codice fiscale (check letter, omocodia digits too), the Brazilian CPF (two mod 11 check
// digits), the Polish PESEL (weighted check digit, a birth month of its five centuries), the Chinese resident
// identity number (ISO 7064 MOD 11-2, a birth date), the Swedish personnummer (Luhn, a birth or coordination
// date) and the Swiss AHV number (756, EAN-13 check). A bare run of digits passes a checksum by chance too
// often, so those schemes need a context word in the same text ("BSN", "SSN", "Steuer-ID", "rijksregister",
// "CPF", "PESEL", "AHV") or their own printed form (SSN "078-05-1121", Belgian "85.07.30-033.28", Steuer-ID
// "86 095 742 719", CPF "529.982.247-25", personnummer "850709-9805", AHV "756.1234.5678.97"); letters in a
// fixed place (UK, Spain, Italy) and the Chinese number's 18 characters with a date inside are shape enough,
// also with their printed separators (DNI "12.345.678-Z", NIE "X-1234567-L", Chinese "110101 19900307 7619").
// Matches carry a masked sample only. Stateless and thread-safe.
namespace NationalId {

enum class Scheme {
    DutchBsn,
    GermanTaxId,
    UsSsn,
    UkNino,
    BelgianNationalNumber,
    SpanishDni,
    ItalianFiscalCode,
    BrazilianCpf,
    PolishPesel,
    ChineseResidentId,
    SwedishPersonnummer,
    SwissAhv
};

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
bool spanishIdValid(QStringView compact);    // "12345678Z", NIE "X1234567L"
bool italianFiscalCodeValid(QStringView code); // "RSSMRA85T10A562S"
bool cpfValid(QStringView digits);             // 11 digits, "52998224725"
bool peselValid(QStringView digits);           // 11 digits, "44051401359"
bool chineseIdValid(QStringView id);           // "11010519491231002X"
bool personnummerValid(QStringView digits);    // 10 digits, "8507099805"
bool ahvValid(QStringView digits);             // 13 digits, "7561234567897"

} // namespace NationalId
} // namespace iv
