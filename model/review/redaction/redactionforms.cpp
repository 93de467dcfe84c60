// SPDX-License-Identifier: MIT
// The spellings of a value given a stand-in that the redaction finds inside any text: the text read as the
// detectors read it (TextNormalizer), case-folded, with any separator run between a value's words and a
// name also as "Last, First"; the byte test that spares most cells that work; stand-in numbers the file
// does not hold yet; the names of what was dropped, masked.
#include "redactionrun_p.h"

#include "namedetector.h"
#include "personaldatascanner.h"
#include "sqlitestatement.h"
#include "textnormalizer.h"

#include <algorithm>
#include <array>

namespace iv::redaction {

namespace {

// What may stand between two words of a value: white space, '_', '-', '.'.
bool isSeparator(QChar c)
{
    return c.isSpace() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.');
}

// Scripts written without spaces between words: a value in them is found inside a longer word.
bool writtenWithoutSpaces(char32_t c)
{
    switch (QChar::script(c)) {
    case QChar::Script_Thai:
    case QChar::Script_Lao:
    case QChar::Script_Khmer:
    case QChar::Script_Myanmar:
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
        return true;
    default:
        return false;
    }
}

// Each UTF-16 unit folded on its own (simple case folding keeps the length, so positions stay).
QString folded(QString text)
{
    QChar *d = text.data();
    for (qsizetype i = 0; i < text.size(); ++i)
        if (!d[i].isSurrogate())
            d[i] = d[i].toCaseFolded();
    return text;
}

// A text as the forms are matched against it: normalized, then folded.
TextNormalizer::Normalized foldedForm(const QString &text)
{
    TextNormalizer::Normalized n;
    if (TextNormalizer::isPlain(text))
        n.text = text;
    else
        n = TextNormalizer::normalize(text);
    n.text = folded(n.text);
    return n;
}

// The words of a folded value or match: split at runs of separators and commas.
QStringList formWords(QStringView folded)
{
    QStringList words;
    QString word;
    for (const QChar c : folded) {
        if (isSeparator(c) || c == QLatin1Char(',')) {
            if (!word.isEmpty())
                words << word;
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.isEmpty())
        words << word;
    return words;
}

// The longest run of letters and digits of a folded value (only ASCII ones when asciiOnly): every spelling
// of the value holds it. Empty when there is none.
QString longestRun(const QString &folded, bool asciiOnly)
{
    QString best, run;
    const auto done = [&] {
        if (run.size() > best.size())
            best = run;
        run.clear();
    };
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const QChar c = folded.at(i);
        const bool ascii = c.unicode() < 0x80;
        if ((c.isLetterOrNumber() || c.isMark() || c.isSurrogate()) && (ascii || !asciiOnly))
            run += c;
        else if (!asciiOnly || ascii)
            done();
        else {
            run.clear(); // a word with a character outside ASCII is not an ASCII word
            while (i + 1 < folded.size() && folded.at(i + 1).isLetterOrNumber())
                ++i;
        }
    }
    done();
    return best;
}

// Up to three UTF-16 units at p as one number, their count in the top bits.
quint64 unitsKey(const QChar *p, qsizetype length)
{
    quint64 k = quint64(length) << 48;
    for (qsizetype i = 0; i < length; ++i)
        k |= quint64(p[i].unicode()) << (16 * i);
    return k;
}

bool allLetters(const QStringList &words)
{
    for (const QString &w : words)
        for (const QChar c : w)
            if (!c.isLetter() && !c.isMark() && c != QLatin1Char('\''))
                return false;
    return true;
}

// A member of a bucket of people found inside other texts too: one the name detector rates a name, or two or
// more words of letters each starting with a capital or a letter without case ("Li Na", "สมชาย ใจดี").
// Placeholders and plain words of such a bucket ("Unassigned", "Other") are replaced only as its categories.
bool memberLooksLikeName(const QString &member)
{
    if (NameDetector::classify(member) != NameDetector::Confidence::None)
        return true;
    const QStringList words = member.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 2)
        return false;
    for (const QString &w : words) {
        const QChar c = w.at(0);
        if (!c.isLetter() || c.isLower())
            return false;
        for (const QChar ch : w)
            if (ch.isDigit())
                return false;
    }
    return true;
}

} // namespace

void Run::buildSubstringPatterns()
{
    // Every value with a stand-in: the flagged ones, then the members of buckets of people (the first
    // stand-in of a text wins).
    QHash<QString, Replacement> all = m_values;
    for (auto bucket = m_personBuckets.cbegin(); bucket != m_personBuckets.cend(); ++bucket)
        for (auto it = bucket->cbegin(); it != bucket->cend(); ++it)
            if (!all.contains(it.key()) && memberLooksLikeName(it.key()))
                all.insert(it.key(), it.value());

    struct Form
    {
        QString key;
        QString pattern;
        QString chunkKey;
    };
    QVector<Form> forms;
    m_firstBytes.assign(std::size_t(1) << 18, 0);
    m_twoBytes.assign(std::size_t(1) << 10, 0);
    std::fill(std::begin(m_oneByte), std::end(m_oneByte), 0);
    m_firstBytesUsable = true;
    const QString sep = QStringLiteral("(?:[\\s_.\\-]+|[\\s_.\\-]*,[\\s_.\\-]*)");
    const QString comma = QStringLiteral("[\\s_.\\-]*,[\\s_.\\-]*");
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (it.key().trimmed().size() < 3)
            continue;
        // A value holding U+FFFD may stand for bytes that were not UTF-8 in a cell: every cell is then
        // decided in full.
        if (it.key().contains(QChar::ReplacementCharacter))
            m_firstBytesUsable = false;
        const QString form = foldedForm(it.key()).text;
        const QStringList words = formWords(form);
        if (words.isEmpty())
            continue;
        const QString key = words.join(QLatin1Char(' '));
        if (key.size() < 3 || m_forms.contains(key))
            continue;
        m_forms.insert(key, it.value());
        const QString chunkKey = longestRun(form, false).left(3);
        if (chunkKey.isEmpty())
            continue;
        // Word boundaries where the value's own first and last characters are of a script written with
        // spaces ("Li Na" is not inside "Linate"); none in Thai, CJK … ("…ของสมชาย ใจดี").
        const char32_t first = key.at(0).isHighSurrogate() && key.size() > 1
                                   ? QChar::surrogateToUcs4(key.at(0), key.at(1))
                                   : key.at(0).unicode();
        const char32_t last = key.back().isLowSurrogate() && key.size() > 1
                                  ? QChar::surrogateToUcs4(key.at(key.size() - 2), key.back())
                                  : key.back().unicode();
        const QString lead =
            writtenWithoutSpaces(first) ? QString() : QStringLiteral("(?<![\\p{L}\\p{N}\\p{M}])");
        const QString trail =
            writtenWithoutSpaces(last) ? QString() : QStringLiteral("(?![\\p{L}\\p{N}\\p{M}])");
        QStringList escaped;
        for (const QString &w : words)
            escaped << QRegularExpression::escape(w);
        // Words of three or more characters each may also stand together: what a default-ignorable
        // between them ("Adaeze<U+2060>Okonkwo") or a user name ("adaezeokonkwo") leaves; shorter ones
        // would make other names ("Li Na" is not "Lina").
        const bool joinable =
            words.size() >= 2 &&
            std::all_of(words.cbegin(), words.cend(), [](const QString &w) { return w.size() >= 3; });
        if (joinable && !m_joinedForms.contains(words.join(QString())))
            m_joinedForms.insert(words.join(QString()), it.value());
        QString pattern = lead + escaped.join(joinable ? QStringLiteral("(?:%1)?").arg(sep) : sep) + trail;
        if (words.size() >= 2 && allLetters(words)) {
            // "Okonkwo, Adaeze": the last word first, a comma, then the others.
            QStringList rest = escaped.mid(0, escaped.size() - 1);
            pattern += QLatin1Char('|') + lead + escaped.last() + comma + rest.join(sep) + trail;
        }
        forms.append({key, pattern, chunkKey});

        // The byte test's key: the start of the longest ASCII word, in lower case. A value without one
        // is only ever in a text with a byte outside ASCII (or an escape), which the test lets through.
        const QByteArray ascii = longestRun(form, true).left(3).toLatin1();
        const auto *u = reinterpret_cast<const unsigned char *>(ascii.constData());
        if (ascii.size() == 3) {
            const quint32 k = (quint32(u[0]) << 16) | (quint32(u[1]) << 8) | quint32(u[2]);
            m_firstBytes[k >> 6] |= quint64(1) << (k & 63);
        } else if (ascii.size() == 2) {
            const quint32 k = (quint32(u[0]) << 8) | quint32(u[1]);
            m_twoBytes[k >> 6] |= quint64(1) << (k & 63);
            m_twoByteKeys = true;
        } else if (ascii.size() == 1) {
            m_oneByte[u[0] >> 6] |= quint64(1) << (u[0] & 63);
            m_oneByteKeys = true;
        }
    }
    // Longest first, so "Alice Smith" wins over "Alice"; in chunks, so no one expression grows unbounded.
    std::sort(forms.begin(), forms.end(), [](const Form &a, const Form &b) {
        return a.key.size() != b.key.size() ? a.key.size() > b.key.size() : a.key < b.key;
    });
    constexpr qsizetype kChunk = 256;
    QStringList patterns;
    for (qsizetype i = 0; i < forms.size(); ++i) {
        const int chunk = int(i / kChunk);
        if (i % kChunk == 0)
            m_chunks.append(QStringList());
        m_chunks.last().append(forms.at(i).pattern);
        const QString &chunkKey = forms.at(i).chunkKey;
        QVector<int> &list = m_chunksByKey[unitsKey(chunkKey.constData(), chunkKey.size())];
        m_keyLengths[forms.at(i).chunkKey.size()] = true;
        if (list.isEmpty() || list.last() != chunk)
            list.append(chunk);
    }
    m_patterns.resize(m_chunks.size());
    m_compiled.fill(false, m_chunks.size());
}

bool Run::mayHoldValue(const char *p, int n) const
{
    // Any spelling of a value in a text of ASCII holds the value's key (the start of its longest ASCII
    // word) in some case; a text with a byte outside ASCII (fullwidth letters, zero-width spaces, other
    // scripts) or an escape the normalizer decodes is decided in full.
    if (!m_firstBytesUsable || n < 3)
        return true;
    // Each byte in lower case, 0 for those that send the text to the full test (one look-up a byte).
    static const auto kLower = [] {
        std::array<unsigned char, 256> t{};
        for (int c = 1; c < 0x80; ++c)
            t[c] = (c >= 'A' && c <= 'Z') ? (c | 0x20) : c;
        for (const char c : {'&', '%', '\\', '<'})
            t[static_cast<unsigned char>(c)] = 0;
        return t;
    }();
    const auto *u = reinterpret_cast<const unsigned char *>(p);
    const bool twos = m_twoByteKeys, ones = m_oneByteKeys;
    quint32 key = 0;
    for (int i = 0; i < n; ++i) {
        const unsigned char c = kLower[u[i]];
        if (c == 0)
            return true;
        key = ((key << 8) | quint32(c)) & 0xffffff;
        if (i >= 2 && ((m_firstBytes[key >> 6] >> (key & 63)) & 1))
            return true;
        if (twos && i >= 1 && ((m_twoBytes[(key & 0xffff) >> 6] >> (key & 63)) & 1))
            return true;
        if (ones && ((m_oneByte[(key & 0xff) >> 6] >> (key & 63)) & 1))
            return true;
    }
    return false;
}

QVector<int> Run::candidateChunks(const QString &text) const
{
    QVector<int> out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        for (qsizetype length = 1; length <= 3 && i + length <= text.size(); ++length) {
            if (!m_keyLengths[length])
                continue;
            const auto it = m_chunksByKey.constFind(unitsKey(text.constData() + i, length));
            if (it != m_chunksByKey.cend())
                out += *it;
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

QString Run::replaceSubstrings(const QString &text, QString *code)
{
    if (m_chunks.isEmpty() || text.size() < 3)
        return text;
    // Matched on the folded normal form; each match replaces the range of the original it came from. The
    // chunks are tried in order (longer values first); a match overlapping an earlier one is left out.
    const TextNormalizer::Normalized form = foldedForm(text);
    const QVector<int> candidates = candidateChunks(form.text);
    if (candidates.isEmpty())
        return text;
    struct Hit
    {
        qsizetype start, end;
        const Replacement *with;
    };
    QVector<Hit> hits;
    for (const int chunk : candidates) {
        if (!m_compiled.at(chunk)) {
            m_patterns[chunk] =
                QRegularExpression(QStringLiteral("(?:%1)").arg(m_chunks.at(chunk).join(QLatin1Char('|'))),
                                   QRegularExpression::UseUnicodePropertiesOption);
            m_compiled[chunk] = true;
        }
        const QRegularExpression &re = m_patterns.at(chunk);
        if (!re.isValid())
            continue;
        QRegularExpressionMatchIterator it = re.globalMatch(form.text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            QStringList words = formWords(m.capturedView(0));
            const auto lookUp = [](const QHash<QString, Replacement> &in, const QString &key) {
                const auto at = in.constFind(key);
                return at == in.cend() ? nullptr : &at.value();
            };
            const Replacement *with = lookUp(m_forms, words.join(QLatin1Char(' ')));
            if (!with && words.size() >= 2) {
                words.append(words.takeFirst()); // "Last, First" read as "First Last"
                with = lookUp(m_forms, words.join(QLatin1Char(' ')));
            }
            const bool joined = !with && words.size() == 1 && (with = lookUp(m_joinedForms, words.first()));
            if (!with)
                continue;
            qsizetype start = m.capturedStart(0), length = m.capturedLength(0);
            if (!form.unchanged()) {
                const auto range = form.original(start, length);
                start = range.first;
                length = range.second;
            }
            const qsizetype end = start + length;
            // A name of one word is a name where it is capitalised: "Will" and "WILL", not "will ship".
            if (words.size() == 1 && !joined && with->text.startsWith(QLatin1String("Person "))) {
                qsizetype i = start;
                while (i < end && !text.at(i).isLetter())
                    ++i;
                if (i < end && text.at(i).isLower())
                    continue;
            }
            if (std::any_of(hits.cbegin(), hits.cend(),
                            [&](const Hit &h) { return start < h.end && h.start < end; }))
                continue;
            hits.append({start, end, with});
        }
    }
    if (hits.isEmpty())
        return text;
    std::sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.start < b.start; });
    QString out;
    qsizetype last = 0;
    for (const Hit &h : std::as_const(hits)) {
        out += QStringView(text).mid(last, h.start - last);
        out += h.with->text;
        last = h.end;
        if (code && code->isEmpty())
            *code = h.with->code;
    }
    out += QStringView(text).mid(last);
    return out;
}

void Run::maskDroppedNames()
{
    // A name that holds personal data (a person's name too), or a value given a stand-in in any spelling, is
    // shown masked.
    auto mask = [this](QString &name) {
        if (name.isEmpty())
            return;
        QStringList samples;
        for (const PersonalDataScanner::Match &m : PersonalDataScanner::scan(name))
            samples << m.masked;
        if (samples.isEmpty())
            for (const NameDetector::NameMatch &m :
                 NameDetector::find(name, NameDetector::Confidence::Medium))
                samples << m.masked;
        if (samples.isEmpty()) {
            const QString replaced = replaceSubstrings(name, nullptr);
            if (replaced == name)
                return;
            samples << replaced;
        }
        name = QStringLiteral("(masked: %1)").arg(samples.join(QStringLiteral(", ")));
    };
    for (RedactionDrop &d : r.dropped) {
        mask(d.name);
        mask(d.table);
    }
}

QString Run::nextStandIn(const QString &prefix)
{
    QString text;
    do
        text = prefix + QString::number(++m_numbers[prefix]);
    while (m_taken.contains(text));
    return text;
}

void Run::collectTakenStandIns(sqlite3 *src)
{
    // One pass over each table, SQLite keeping only the texts with a stand-in's shape in them; a stand-in
    // that would merge with such a text (two categories becoming one, a UNIQUE label failing) is skipped.
    // Columns declared INTEGER or REAL (their texts are never where a stand-in goes in upstream's files)
    // are left out: a text test on every number of a big bucket doubles the pass.
    static const char *const kMarks[] = {"Person ", "redacted-"};
    for (const QString &table : std::as_const(m_targetTables)) {
        QStringList columns, tests;
        SqliteStatement info(src, QStringLiteral("SELECT name, upper(type) FROM pragma_table_info(?1)"));
        if (!info.isValid())
            continue;
        const QByteArray name = table.toUtf8();
        sqlite3_bind_text(info.get(), 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
        while (info.step() == SQLITE_ROW) {
            const QString type = info.text(1);
            if (type.contains(QLatin1String("INT")) || type.contains(QLatin1String("REAL")) ||
                type.contains(QLatin1String("FLOA")) || type.contains(QLatin1String("DOUB")))
                continue;
            columns << info.text(0);
            for (const char *mark : kMarks)
                tests
                    << QStringLiteral("instr(%1, '%2') > 0").arg(quoted(columns.last()), QLatin1String(mark));
        }
        if (tests.isEmpty())
            continue;
        QStringList selected;
        for (const QString &c : std::as_const(columns))
            selected << quoted(c);
        SqliteStatement read(src, QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                                      .arg(selected.join(QStringLiteral(", ")), quoted(table),
                                           tests.join(QStringLiteral(" OR "))));
        while (read.isValid() && read.step() == SQLITE_ROW) {
            for (int c = 0; c < columns.size(); ++c) {
                if (read.type(c) != SQLITE_TEXT)
                    continue;
                const QString text = read.text(c);
                for (const char *mark : kMarks) {
                    const QLatin1String m(mark);
                    for (qsizetype at = text.indexOf(m); at >= 0; at = text.indexOf(m, at + 1)) {
                        qsizetype end = at + m.size();
                        // "redacted-email-12": the kind's letters and dashes, then the number.
                        qsizetype digits = end;
                        for (qsizetype i = end; i < text.size(); ++i) {
                            const QChar ch = text.at(i);
                            if (ch.isDigit())
                                continue;
                            if (m.size() > 7 && (ch.isLetter() || ch == QLatin1Char('-'))) {
                                digits = i + 1;
                                continue;
                            }
                            break;
                        }
                        end = digits;
                        while (end < text.size() && text.at(end).isDigit())
                            ++end;
                        if (end > digits)
                            m_taken.insert(text.mid(at, end - at));
                    }
                }
            }
        }
    }
}

} // namespace iv::redaction
