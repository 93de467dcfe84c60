// SPDX-License-Identifier: MIT
// TextNormalizer and the scanner reading through it: values hidden by invisible characters (zero-width,
// soft hyphen, NUL, bidi controls), look-alike letters, fullwidth forms, reversed text behind a right-to-left
// override, and HTML or percent escapes are found, with positions in the original text; plain texts that
// only look like escapes stay clean.
#include "personaldatascanner.h"
#include "textnormalizer.h"

#include <QTest>

using namespace iv;
using K = PersonalDataScanner::Kind;

namespace {

QString u(const char16_t *s)
{
    return QString::fromUtf16(s);
}

} // namespace

class TestTextNormalizer : public QObject
{
    Q_OBJECT

private slots:
    void normalize_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("read");
        QTest::newRow("plain") << u(u"Adam Silva") << u(u"Adam Silva");
        QTest::newRow("zero-width") << u(u"jo\u200Bhn\u200C@\u200Dexample\u2060.org\uFEFF")
                                    << u(u"john@example.org");
        QTest::newRow("soft-hyphen") << u(u"Jo\u00ADhan\u00ADnes") << u(u"Johannes");
        QTest::newRow("nul") << (u(u"an") + QChar(0) + u(u"na@example.org")) << u(u"anna@example.org");
        QTest::newRow("controls") << u(u"a\u0001b\u007Fc\u0085d") << u(u"abcd");
        QTest::newRow("fullwidth") << u(u"\uFF4A\uFF4F\uFF48\uFF4E\uFF20\uFF45\uFF58\uFF41\uFF4D\uFF50\uFF4C"
                                        u"\uFF45\uFF0E\uFF4F\uFF52\uFF47")
                                   << u(u"john@example.org");
        QTest::newRow("cyrillic-in-latin")
            << u(u"\u0458\u043Ehn@\u0435x\u0430mpl\u0435.\u0441om") << u(u"john@example.com");
        QTest::newRow("cyrillic-word-among-latin") << u(u"\u0408\u043E\u0435 Smith") << u(u"Joe Smith");
        QTest::newRow("russian-stays") << u(u"\u0418\u0432\u0430\u043D \u041F\u0435\u0442\u0440\u043E\u0432")
                                       << u(u"\u0418\u0432\u0430\u043D \u041F\u0435\u0442\u0440\u043E\u0432");
        QTest::newRow("greek-stays") << u(u"\u039D\u03AF\u03BA\u03BF\u03C2")
                                     << u(u"\u039D\u03AF\u03BA\u03BF\u03C2");
        QTest::newRow("decimal-reference") << u(u"john&#64;example.org") << u(u"john@example.org");
        QTest::newRow("hex-reference") << u(u"john&#x40;example&#X2E;org") << u(u"john@example.org");
        QTest::newRow("named-reference") << u(u"john&commat;example&period;org") << u(u"john@example.org");
        QTest::newRow("accent-reference") << u(u"Jos&eacute; Garc&iacute;a") << u(u"Jos\u00E9 Garc\u00EDa");
        QTest::newRow("double-escaped") << u(u"john&amp;#64;example.org") << u(u"john@example.org");
        QTest::newRow("percent") << u(u"john%40example.org") << u(u"john@example.org");
        QTest::newRow("percent-utf8") << u(u"Jos%C3%A9") << u(u"Jos\u00E9");
        QTest::newRow("percent-not-escape") << u(u"50% off, 100%") << u(u"50% off, 100%");
        QTest::newRow("ampersand-not-escape") << u(u"R&D & Co; &unknown;") << u(u"R&D & Co; &unknown;");
        QTest::newRow("decomposed") << u(u"Jose\u0301") << u(u"Jos\u00E9");
        QTest::newRow("ligature") << u(u"\uFB01nance") << u(u"finance");
        QTest::newRow("arabic-indic-digits") << u(u"+\u0663\u0661 \u0666") << u(u"+31 6");
        QTest::newRow("devanagari-digits") << u(u"\u0967\u0968\u0969") << u(u"123");
        QTest::newRow("rlo-stored-order") << u(u"\u202Egro.elpmaxe@nhoj\u202C!") << u(u"gro.elpmaxe@nhoj!");
        QTest::newRow("json-escape") << u(u"john\\u0040example.org") << u(u"john@example.org");
        QTest::newRow("json-surrogate-pair") << u(u"smile \\ud83d\\ude00") << u(u"smile \U0001F600");
        QTest::newRow("js-braced-escape") << u(u"john\\u{40}example.org") << u(u"john@example.org");
        QTest::newRow("hex-escape") << u(u"john\\x40example\\x2eorg") << u(u"john@example.org");
        QTest::newRow("long-escape") << u(u"john\\U00000040example.org") << u(u"john@example.org");
        QTest::newRow("backslash-not-escape") << u(u"C:\\users\\xavier\\u2") << u(u"C:\\users\\xavier\\u2");
        QTest::newRow("markup-inline")
            << u(u"john<span class=\"x\">@</span>example.org") << u(u"john@example.org\n<span class=\"x\">");
        QTest::newRow("markup-comment")
            << u(u"john<!-- -->@<!--x-->example.org") << u(u"john@example.org\n<!--x-->");
        QTest::newRow("markup-block") << u(u"<p>Alice</p><p>Bob</p>") << u(u" Alice  Bob ");
        QTest::newRow("markup-held-after-the-text")
            << u(u"Plan<!-- by Ann --> <abbr title=\"Premium\">P</abbr>")
            << u(u"Plan P\n<!-- by Ann -->\n<abbr title=\"Premium\">");
        QTest::newRow("markup-keeps-mailto") << u(u"<a href=\"mailto:john@example.org\">write</a>")
                                             << u(u"<a href=\"mailto:john@example.org\">write");
        QTest::newRow("less-than-not-markup") << u(u"a < b and c<3") << u(u"a < b and c<3");
        QTest::newRow("bracketed-at-dot") << u(u"john [at] example [dot] org") << u(u"john@example.org");
        QTest::newRow("parenthesised-at") << u(u"john(AT)example.org") << u(u"john@example.org");
        QTest::newRow("angle-at") << u(u"john <at> example <dot> org") << u(u"john@example.org");
        QTest::newRow("words-at-dot")
            << u(u"mail john.doe at mail dot example dot org") << u(u"mail john.doe@mail.example.org");
        QTest::newRow("at-in-prose-stays")
            << u(u"Meet at the station at noon") << u(u"Meet at the station at noon");
        QTest::newRow("data-stays") << u(u"Data (dated) at rest") << u(u"Data (dated) at rest");
    }
    void normalize()
    {
        QFETCH(QString, text);
        QFETCH(QString, read);
        QCOMPARE(TextNormalizer::normalize(text).text, read);
    }

    void displayOrder()
    {
        const QString text = u(u"mail \u202Egro.elpmaxe@nhoj\u202C now");
        QVERIFY(TextNormalizer::hasOverride(text));
        const auto shown = TextNormalizer::normalize(text, true);
        QCOMPARE(shown.text, u(u"mail john@example.org now"));
        // "john@example.org" is the original's override run, RLO to PDF's start.
        const auto span = shown.original(5, 16);
        QCOMPARE(span.first, 6);
        QCOMPARE(span.second, 16);
    }

    void positionsInOriginal()
    {
        const QString text = u(u"see jo\u200Bhn&#64;example.org today");
        const auto n = TextNormalizer::normalize(text);
        QCOMPARE(n.text, u(u"see john@example.org today"));
        const auto span = n.original(4, 16); // "john@example.org"
        QCOMPARE(span.first, 4);
        QCOMPARE(span.second, 21);
        QCOMPARE(text.mid(span.first, span.second), u(u"jo\u200Bhn&#64;example.org"));
    }

    // Each a value every detector finds in plain form, hidden one way; all of them were missed before the
    // scanner read through TextNormalizer.
    void hiddenValues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("masked");
        QTest::addColumn<QString>("original");
        const QString nul(QChar(0));
        QTest::newRow("zero-width-email") << u(u"mail jo\u200Bhn@exam\u200Bple.org") << int(K::Email)
                                          << u(u"j***@example.org") << u(u"jo\u200Bhn@exam\u200Bple.org");
        QTest::newRow("soft-hyphen-email") << u(u"an\u00ADna@example.org") << int(K::Email)
                                           << u(u"a***@example.org") << u(u"an\u00ADna@example.org");
        QTest::newRow("nul-email") << (u(u"anna") + nul + u(u"@example.org")) << int(K::Email)
                                   << u(u"a***@example.org") << (u(u"anna") + nul + u(u"@example.org"));
        QTest::newRow("cyrillic-email")
            << u(u"\u0458\u043Ehn@\u0435x\u0430mpl\u0435.\u0441om") << int(K::Email) << u(u"j***@example.com")
            << u(u"\u0458\u043Ehn@\u0435x\u0430mpl\u0435.\u0441om");
        QTest::newRow("fullwidth-email") << u(u"\uFF4A\uFF4F\uFF48\uFF4E\uFF20\uFF45\uFF58\uFF41\uFF4D\uFF50"
                                              u"\uFF4C\uFF45\uFF0E\uFF4F\uFF52\uFF47")
                                         << int(K::Email) << u(u"j***@example.org")
                                         << u(u"\uFF4A\uFF4F\uFF48\uFF4E\uFF20\uFF45\uFF58\uFF41\uFF4D\uFF50"
                                              u"\uFF4C\uFF45\uFF0E\uFF4F\uFF52\uFF47");
        // Typed with a Japanese or Chinese input method: the fullwidth '@' and the ideographic full stop.
        QTest::newRow("ideographic-stop-email")
            << u(u"\u9023\u7D61\u5148 tanaka\uFF20example\u3002co\u3002jp") << int(K::Email)
            << u(u"t***@example.co.jp") << u(u"tanaka\uFF20example\u3002co\u3002jp");
        QTest::newRow("halfwidth-ideographic-stop-email")
            << u(u"li.wei@example\uFF61cn") << int(K::Email) << u(u"l***@example.cn")
            << u(u"li.wei@example\uFF61cn");
        QTest::newRow("spaced-at") << u(u"write to jane.doe @ example.org today") << int(K::Email)
                                   << u(u"j***@example.org") << u(u"jane.doe @ example.org");
        QTest::newRow("spaced-everywhere")
            << u(u"jane . doe @ example . co . uk") << int(K::Email) << u(u"j***@example.co.uk")
            << u(u"jane . doe @ example . co . uk");
        QTest::newRow("rlo-email") << u(u"contact \u202Egro.elpmaxe@nhoj") << int(K::Email)
                                   << u(u"j***@example.org") << u(u"gro.elpmaxe@nhoj");
        QTest::newRow("decimal-at") << u(u"john&#64;example.org") << int(K::Email) << u(u"j***@example.org")
                                    << u(u"john&#64;example.org");
        QTest::newRow("hex-at") << u(u"john&#x40;example.org") << int(K::Email) << u(u"j***@example.org")
                                << u(u"john&#x40;example.org");
        QTest::newRow("named-at") << u(u"john&commat;example.org") << int(K::Email) << u(u"j***@example.org")
                                  << u(u"john&commat;example.org");
        QTest::newRow("percent-at") << u(u"to=john%40example.org") << int(K::Email) << u(u"j***@example.org")
                                    << u(u"john%40example.org");
        QTest::newRow("zero-width-phone") << u(u"+31\u200B6\u200B1234\u200B5678") << int(K::Phone)
                                          << u(u"+*********78") << u(u"+31\u200B6\u200B1234\u200B5678");
        QTest::newRow("fullwidth-phone")
            << u(u"\uFF10\uFF16\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18") << int(K::Phone)
            << u(u"********78") << u(u"\uFF10\uFF16\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18");
        QTest::newRow("zero-width-iban") << u(u"DE89\u200B3704 0044 0532 0130 00") << int(K::Iban)
                                         << u(u"DE89 **** 3000") << u(u"DE89\u200B3704 0044 0532 0130 00");
        QTest::newRow("zero-width-name") << u(u"Ad\u200Bam Sil\u00ADva") << int(K::Name) << u(u"A*** S****")
                                         << u(u"Ad\u200Bam Sil\u00ADva");
        QTest::newRow("cyrillic-name") << u(u"\u0410d\u0430m Silv\u0430") << int(K::Name) << u(u"A*** S****")
                                       << u(u"\u0410d\u0430m Silv\u0430");
        QTest::newRow("fullwidth-name")
            << u(u"\uFF21\uFF44\uFF41\uFF4D \uFF33\uFF49\uFF4C\uFF56\uFF41") << int(K::Name)
            << u(u"A*** S****") << u(u"\uFF21\uFF44\uFF41\uFF4D \uFF33\uFF49\uFF4C\uFF56\uFF41");
        QTest::newRow("rlo-name") << u(u"\u202EavliS madA") << int(K::Name) << u(u"A*** S****")
                                  << u(u"avliS madA");
        QTest::newRow("escaped-name") << u(u"Jos&eacute; Garc&iacute;a") << int(K::Name) << u(u"J*** G*****")
                                      << u(u"Jos&eacute; Garc&iacute;a");
        QTest::newRow("nul-ssn") << (u(u"SSN 078-05") + nul + u(u"-1121")) << int(K::NationalId)
                                 << u(u"***-**-1121") << (u(u"078-05") + nul + u(u"-1121"));
        QTest::newRow("json-escaped-at") << u(u"{\"mail\": \"ole\\u0040nordmann.no\"}") << int(K::Email)
                                         << u(u"o***@nordmann.no") << u(u"ole\\u0040nordmann.no");
        QTest::newRow("hex-escaped-at") << u(u"anna\\x40example.org") << int(K::Email)
                                        << u(u"a***@example.org") << u(u"anna\\x40example.org");
        QTest::newRow("markup-split-email") << u(u"anna<b>@</b>example.org") << int(K::Email)
                                            << u(u"a***@example.org") << u(u"anna<b>@</b>example.org");
        QTest::newRow("bracketed-email") << u(u"maria [at] example [dot] com") << int(K::Email)
                                         << u(u"m***@example.com") << u(u"maria [at] example [dot] com");
        QTest::newRow("spelled-out-email") << u(u"write maria at example dot com") << int(K::Email)
                                           << u(u"m***@example.com") << u(u"maria at example dot com");
        QTest::newRow("internationalised-email")
            << u(u"j\u00FCrgen.m\u00FCller@b\u00FCcher-k\u00F6ln.de") << int(K::Email)
            << u(u"j***@b\u00FCcher-k\u00F6ln.de") << u(u"j\u00FCrgen.m\u00FCller@b\u00FCcher-k\u00F6ln.de");
        QTest::newRow("chinese-email")
            << u(u"\u674E\u96F7@\u4F8B\u5B50.\u4E2D\u56FD") << int(K::Email)
            << u(u"\u674E***@\u4F8B\u5B50.\u4E2D\u56FD") << u(u"\u674E\u96F7@\u4F8B\u5B50.\u4E2D\u56FD");
        QTest::newRow("cyrillic-script-email")
            << u(u"\u0438\u0432\u0430\u043D@\u043F\u043E\u0447\u0442\u0430.\u0440\u0444") << int(K::Email)
            << u(u"\u0438***@\u043F\u043E\u0447\u0442\u0430.\u0440\u0444")
            << u(u"\u0438\u0432\u0430\u043D@\u043F\u043E\u0447\u0442\u0430.\u0440\u0444");
        QTest::newRow("north-american-phone")
            << u(u"call (212) 736-5000") << int(K::Phone) << u(u"(***) ***-**00") << u(u"(212) 736-5000");
        QTest::newRow("north-american-dashed")
            << u(u"tel 1-415-736-5000") << int(K::Phone) << u(u"*-***-***-**00") << u(u"1-415-736-5000");
        // Phone numbers in the digits of other scripts (Arabic-Indic, Persian): the same numbers.
        QTest::newRow("arabic-indic-phone")
            << u(u"\u0627\u062A\u0635\u0644 +\u0663\u0661 \u0666 \u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668")
            << int(K::Phone) << u(u"+** * ******78")
            << u(u"+\u0663\u0661 \u0666 \u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668");
        QTest::newRow("persian-digits-phone")
            << u(u"tel \u06F0\u06F9\u06F1\u06F2\u06F3\u06F4\u06F5\u06F6\u06F7\u06F8\u06F9") << int(K::Phone)
            << u(u"*********89")
            << u(u"\u06F0\u06F9\u06F1\u06F2\u06F3\u06F4\u06F5\u06F6\u06F7\u06F8\u06F9");
        // base64 of "jane.doe@example.org", of "Call +31 6 12345678" (URL-safe, unpadded) and of "Ann Smith".
        QTest::newRow("base64-email") << u(u"ref=amFuZS5kb2VAZXhhbXBsZS5vcmc=") << int(K::Email)
                                      << u(u"j***@example.org") << u(u"amFuZS5kb2VAZXhhbXBsZS5vcmc=");
        QTest::newRow("base64url-phone") << u(u"id Q2FsbCArMzEgNiAxMjM0NTY3OA") << int(K::Phone)
                                         << u(u"+** * ******78") << u(u"Q2FsbCArMzEgNiAxMjM0NTY3OA");
        QTest::newRow("base64-name") << u(u"QW5uIFNtaXRo") << int(K::Name) << u(u"A** S****")
                                     << u(u"QW5uIFNtaXRo");
        // base64 of "email=jane.doe%40example.org&plan=pro": the decoded text is read as any text is.
        QTest::newRow("base64-percent-email")
            << u(u"q=ZW1haWw9amFuZS5kb2UlNDBleGFtcGxlLm9yZyZwbGFuPXBybw==") << int(K::Email)
            << u(u"j***@example.org") << u(u"ZW1haWw9amFuZS5kb2UlNDBleGFtcGxlLm9yZyZwbGFuPXBybw==");
        // What markup holds besides its name: comments, attribute values, prose that only looks like a tag.
        QTest::newRow("comment-email") << u(u"Plans <!-- owner jane.doe@example.org -->") << int(K::Email)
                                       << u(u"j***@example.org") << u(u"jane.doe@example.org");
        QTest::newRow("attribute-phone") << u(u"<input value=\"+49 30 1234567\">") << int(K::Phone)
                                         << u(u"+** ** *****67") << u(u"+49 30 1234567");
        QTest::newRow("attribute-email-in-comment-of-cell")
            << u(u"<td data-owner='maria.lopez@example.com'>Plan</td>") << int(K::Email)
            << u(u"m***@example.com") << u(u"maria.lopez@example.com");
        QTest::newRow("tag-shaped-prose-phone")
            << u(u"Orders where total<limit (call +49 30 1234567 if total>limit)") << int(K::Phone)
            << u(u"+** ** *****67") << u(u"+49 30 1234567");
        QTest::newRow("reference-without-semicolon")
            << u(u"jane.doe&#64example.org") << int(K::Email) << u(u"j***@example.org")
            << u(u"jane.doe&#64example.org");
        QTest::newRow("space-before-a-dot-of-the-domain")
            << u(u"mail jane.doe@example . org today") << int(K::Email) << u(u"j***@example.org")
            << u(u"jane.doe@example . org");
        QTest::newRow("non-breaking-hyphen-phone") << u(u"+49\u201130\u20111234567") << int(K::Phone)
                                                   << u(u"+**-**-*****67") << u(u"+49\u201130\u20111234567");
        QTest::newRow("minus-sign-phone") << u(u"+49\u221230\u22121234567") << int(K::Phone)
                                          << u(u"+**-**-*****67") << u(u"+49\u221230\u22121234567");
        QTest::newRow("en-dash-phone") << u(u"call 212\u2013736\u20135000") << int(K::Phone)
                                       << u(u"***-***-**00") << u(u"212\u2013736\u20135000");
    }
    void hiddenValues()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, masked);
        QFETCH(QString, original);
        const auto matches = PersonalDataScanner::scan(text);
        QCOMPARE(matches.size(), 1);
        QCOMPARE(int(matches[0].kind), kind);
        QCOMPARE(matches[0].masked, masked);
        QCOMPARE(text.mid(matches[0].start, matches[0].length), original);

        // The same text as a category among others.
        const auto inBucket =
            PersonalDataScanner::scanCategories({u(u"Premium Plan"), text, u(u"Basic Plan")});
        QCOMPARE(inBucket.size(), 3);
        QCOMPARE(inBucket[1].size(), 1);
        QCOMPARE(int(inBucket[1][0].kind), kind);
        QCOMPARE(text.mid(inBucket[1][0].start, inBucket[1][0].length), original);
    }

    void plainTextsStayClean_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("percent") << u(u"50% off, 100%25 sure");
        QTest::newRow("ampersand") << u(u"R&D & Co; Q&A &unknown;");
        QTest::newRow("entities") << u(u"Ben &amp; Jerry&apos;s &lt;b&gt;");
        QTest::newRow("url-escapes") << u(u"/search?q=caf%C3%A9%20au%20lait");
        QTest::newRow("russian-city") << u(u"\u041C\u043E\u0441\u043A\u0432\u0430");
        QTest::newRow("zero-width-plan") << u(u"Premium\u200B Plan");
        QTest::newRow("rlo-arabic") << u(u"\u202E\u0645\u0631\u062D\u0628\u0627");
        QTest::newRow("handle") << u(u"follow @example.org on social");
        QTest::newRow("windows-path") << u(u"C:\\Users\\xavier\\x-files");
        QTest::newRow("markup-prose") << u(u"<b>Top</b> sellers <i>2024</i>");
        QTest::newRow("markup-attributes")
            << u(u"<a href=\"/plans?id=42\" title=\"Premium Plan\" class=\"btn-2024\">Premium</a>");
        QTest::newRow("markup-comment") << u(u"<!-- generated 2024-01-01 12:00 by collect_insights -->");
        QTest::newRow("comparison-prose") << u(u"share of orders with a<b and c>d");
        QTest::newRow("en-dash-ranges") << u(u"2019\u20132024, pages 12\u201315, \u22123.5 %");
        QTest::newRow("at-prose") << u(u"Sold at cost dot matrix printers");
        QTest::newRow("version-numbers") << u(u"release 212-736-50");
        QTest::newRow("isbn-like") << u(u"978-3-16-148410-0");
        QTest::newRow("area-code-one") << u(u"(112) 736-5000");
        // Long words, hex ids, tokens and base64 of plain words are base64-shaped: decoded, nothing in them.
        QTest::newRow("base64-shaped-words") << u(u"Internationalization Supercalifragilistic");
        QTest::newRow("hex-id") << u(u"11111111111111111111111111111111 d41d8cd98f00b204e9800998ecf8427e");
        QTest::newRow("base64-of-words") << u(u"TGF0dGUgTWFjY2hpYXRv"); // "Latte Macchiato"
        // Japanese prose: its full stops end sentences, no address is made of them.
        QTest::newRow("japanese-sentences")
            << u(u"\u5728\u5EAB\u3042\u308A\u3002example\u3002\u4E0A\u4F4D\u306E\u5546\u54C1\u3002");
        // An '@' with spaces that joins no address.
        QTest::newRow("handle-after-a-space") << u(u"mail jane.doe, follow @example.org");
        QTest::newRow("spaced-at-prose") << u(u"Sales @ Store 12 . Total, coffee @ 3.50 each, 2 @ home");
        QTest::newRow("arabic-price-and-year") << u(u"\u0627\u0644\u0633\u0639\u0631 \u0661\u0662\u0663 \u0639\u0627\u0645 \u0662\u0660\u0662\u0664");
    }
    void plainTextsStayClean()
    {
        QFETCH(QString, text);
        const auto matches = PersonalDataScanner::scan(text);
        QVERIFY2(matches.isEmpty(), qPrintable(matches.isEmpty() ? QString() : matches[0].masked));
    }
};

QTEST_GUILESS_MAIN(TestTextNormalizer)
#include "tst_textnormalizer.moc"
