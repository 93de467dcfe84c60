// SPDX-License-Identifier: MIT
#include "bucketcontext.h"

#include "textnormalizer.h"

#include <QSet>
#include <QStringList>

namespace iv {

namespace {

QSet<QString> wordSet(std::initializer_list<const char *> words)
{
    QSet<QString> set;
    for (const char *w : words)
        set.insert(QString::fromUtf8(w).toCaseFolded());
    return set;
}

// Words for people, singular (English, Dutch, German, French, Spanish, Indonesian); regular plurals are
// derived.
const QSet<QString> &personWords()
{
    static const QSet<QString> set = wordSet(
        {// English
         "agent", "customer", "client", "author", "owner", "assignee", "assigner", "employee", "member",
         "student", "patient", "driver", "contact", "reviewer", "seller", "buyer", "person", "people",
         "persons", "staff", "worker", "teacher", "doctor", "nurse", "manager", "salesperson", "salesman",
         "saleswoman", "rep", "representative", "developer", "engineer", "volunteer", "applicant",
         "candidate", "subscriber", "participant", "attendee", "speaker", "player", "athlete", "artist",
         "writer", "editor", "creator", "submitter", "reporter", "requester", "requestor", "approver",
         "operator", "technician", "consultant", "recruiter", "guest", "visitor", "tenant", "landlord",
         "passenger", "traveller", "traveler", "courier", "rider", "coach", "trainer", "instructor", "tutor",
         "pupil", "learner", "lecturer", "professor", "physician", "therapist", "caregiver", "donor",
         "founder", "committer", "contributor", "maintainer", "moderator", "respondent", "recipient",
         "sender", "signer", "borrower", "lender", "renter", "household", "resident", "citizen", "voter",
         "winner", "referrer", "affiliate", "assigned", "handler", "respondent", "interviewer", "interviewee",
         "colleague", "friend", "follower", "fan", "name", "fullname", "firstname", "lastname", "surname",
         "forename", "who", "whom", "individual", "human", "humans", "accountholder", "cardholder",
         "beneficiary", "policyholder", "shopper", "caller", "clerk", "cashier", "waiter", "receptionist",
         "dentist", "surgeon", "pharmacist", "lawyer", "attorney", "agentname",
         // Dutch
         "klant", "klanten", "medewerker", "gebruiker", "auteur", "eigenaar", "eigenaren", "lid", "leden",
         "studenten", "patiënt", "patiënten", "chauffeur", "bestuurder", "contactpersoon", "contactpersonen",
         "verkoper", "koper", "persoon", "personen", "behandelaar", "docent", "docenten", "leerling",
         "leerlingen", "werknemer", "beoordelaar", "aanvrager", "deelnemer", "bezoeker", "huurder", "naam",
         "voornaam", "achternaam", "arts", "artsen", "verpleegkundige", "collega", "collega's", "sollicitant",
         "kandidaat", "kandidaten",
         // German
         "kunde", "kunden", "mitarbeiter", "mitarbeiterin", "mitarbeitende", "benutzer", "nutzer", "autor",
         "autoren", "besitzer", "eigentümer", "bearbeiter", "bearbeiterin", "mitglied", "mitglieder",
         "schüler", "patienten", "fahrer", "kontakt", "kontakte", "ansprechpartner", "verkäufer", "käufer",
         "personen", "lehrer", "arzt", "ärzte", "angestellte", "angestellter", "sachbearbeiter", "prüfer",
         "gutachter", "teilnehmer", "bewerber", "vorname", "nachname", "mieter", "kundin", "besucher",
         "verfasser", "zuständig", "zuständige", "zuständiger", "betreuer",
         // French
         "auteur", "utilisateur", "utilisatrice", "propriétaire", "employé", "employée", "salarié", "membre",
         "étudiant", "étudiante", "élève", "conducteur", "vendeur", "vendeuse", "acheteur", "personne",
         "enseignant", "médecin", "responsable", "collaborateur", "collaboratrice", "candidat", "abonné",
         "évaluateur", "relecteur", "nom", "prénom", "locataire", "visiteur", "demandeur", "assigné",
         "agente", "infirmier", "infirmière",
         // Spanish
         "cliente", "autor", "autores", "usuario", "usuaria", "propietario", "dueño", "empleado", "empleada",
         "miembro", "socio", "estudiante", "alumno", "alumna", "paciente", "conductor", "chofer", "contacto",
         "revisor", "vendedor", "vendedora", "comprador", "persona", "profesor", "profesora", "médico",
         "trabajador", "colaborador", "candidato", "participante", "suscriptor", "asignado", "nombre",
         "apellido", "inquilino", "visitante", "solicitante", "responsables",
         // Indonesian, Malay, Vietnamese
         "pelanggan", "karyawan", "pengguna", "penjual", "pembeli", "pegawai", "pasien", "khách"});
    return set;
}

// Words for accounts: their categories may be handles ("j.smith", "jsmith").
const QSet<QString> &handleWords()
{
    static const QSet<QString> set = wordSet(
        {"user",        "username",    "login",     "handle",         "nickname",   "nick",         "userid",
         "uid",         "account",     "gebruiker", "gebruikersnaam", "benutzer",   "benutzername", "nutzer",
         "utilisateur", "identifiant", "usuario",   "alias",          "screenname", "author",       "owner",
         "assignee",    "member",      "committer", "reviewer"});
    return set;
}

// Stems of words for people in languages that inflect them (Italian, Portuguese, Polish, Czech, Russian,
// Ukrainian, Turkish, Swedish, Danish, Norwegian, Finnish, Greek, Hungarian): a word that starts
// with one and has at most five letters more names people ("klientów", "покупателям", "müşteriler").
const QStringList &personStems()
{
    static const QStringList stems = [] {
        QStringList out;
        for (const char *w :
             {// Italian, Portuguese
              "venditor", "dipendent", "utent", "impiegat", "acquirent", "funcionári", "funcionari", "usuári",
              "motorist", "atendent", "consumidor",
              // Polish, Czech
              "klient", "sprzedawc", "pracownik", "użytkownik", "kierowc", "pacjent", "nauczyciel", "lekar",
              "kupując", "zákazník", "zaměstnan", "uživatel", "prodejc", "řidič",
              // Russian, Ukrainian
              "клиент", "покупател", "сотрудник", "продав", "пользовател", "менеджер", "водител", "пациент",
              "автор", "студент", "врач", "заказчик", "клієнт", "покупц", "працівник", "користувач",
              "продавц", "сотрудниц",
              // Turkish
              "müşteri", "çalışan", "kullanıcı", "satıcı", "sürücü", "öğrenci", "temsilci", "yazar",
              // Swedish, Danish, Norwegian, Finnish
              "kund", "säljar", "anställd", "användar", "medarbetar", "förar", "ansatt", "bruger", "bruker",
              "sælger", "selger", "asiaka", "asiakk", "myyjä", "työntekijä", "käyttäjä", "kuljettaj",
              "potila",
              // Greek, Hungarian
              "πελάτ", "υπάλληλ", "χρήστ", "πωλητ", "ügyfél", "ügyfel", "vásárló", "munkatárs", "felhasználó",
              "alkalmazott"})
            out << QString::fromUtf8(w).toCaseFolded();
        return out;
    }();
    return stems;
}

// Words for people in scripts written without spaces between words (Chinese, Japanese, Thai) or with
// particles and articles joined to them (Korean, Arabic, Hebrew), and Hindi's: found anywhere inside a word.
const QStringList &personInfixes()
{
    static const QStringList infixes = [] {
        QStringList out;
        for (const char *w :
             {// Chinese (simplified and traditional)
              "客户", "客戶", "顾客", "顧客", "用户", "用戶", "员工", "員工", "职员", "職員", "销售员",
              "銷售員", "作者", "患者", "病人", "学生", "學生", "会员", "會員", "司机", "司機", "联系人",
              "聯絡人", "老师", "老師", "医生", "醫生", "买家", "買家", "卖家", "賣家", "负责人", "負責人",
              "经办人", "代理人", "姓名",
              // Japanese
              "お客様", "担当者", "社員", "従業員", "利用者", "ユーザー", "講師", "医師", "販売員", "購入者",
              "申請者", "作成者", "氏名", "名前",
              // Korean
              "고객", "사용자", "직원", "회원", "작성자", "담당자", "학생", "환자", "운전자", "판매자",
              "구매자", "상담원", "이름",
              // Thai
              "ลูกค้า", "พนักงาน", "ผู้ใช้", "ผู้ขาย", "ผู้ซื้อ", "คนขับ", "ผู้ป่วย", "นักเรียน",
              // Arabic, Hebrew, Hindi
              "عميل", "عملاء", "زبون", "زبائن", "موظف", "مستخدم", "بائع", "مندوب", "سائق", "مريض", "לקוח",
              "עובד", "משתמש", "מוכר", "נהג", "ग्राहक", "कर्मचारी", "उपयोगकर्ता", "विक्रेता"})
            out << QString::fromUtf8(w);
        return out;
    }();
    return infixes;
}

bool personInflected(const QString &w)
{
    if (w.size() >= 4)
        for (const QString &stem : personStems())
            if (w.startsWith(stem) && w.size() - stem.size() <= 5)
                return true;
    // Only a word in one of the infix scripts is searched (most words are Latin).
    const char16_t first = w.isEmpty() ? 0 : w.at(0).unicode();
    if (first < 0x0590)
        return false;
    for (const QString &infix : personInfixes())
        if (w.contains(infix))
            return true;
    return false;
}

// Words for things, singular; regular plurals are derived.
const QSet<QString> &thingWords()
{
    static const QSet<QString> set = wordSet(
        {// English
         "product", "item", "sku", "brand", "book", "title", "song", "track", "album", "film", "movie",
         "city", "country", "region", "state", "team", "tag", "plan", "channel", "currency", "category",
         "language", "browser", "device", "os", "platform", "status", "type", "kind", "store", "shop", "page",
         "url", "domain", "source", "campaign", "genre", "game", "course", "app", "model", "version",
         "feature", "month", "day", "weekday", "year", "date", "hour", "department", "company",
         "organisation", "organization", "vendor", "supplier", "merchant", "event", "colour", "color", "size",
         "format", "group", "queue", "priority", "project", "repository", "repo", "street", "airport",
         "station", "venue", "restaurant", "hotel", "drink", "dish", "recipe", "medication", "drug",
         "ingredient", "keyword", "topic", "subject", "skill", "publisher", "magazine", "newspaper",
         "website", "site", "reason", "method", "role", "job", "position", "award", "prize", "series", "show",
         "podcast", "episode", "novel", "work", "works", "play", "painting", "label", "ship", "vessel", "car",
         "vehicle", "make", "flavour", "flavor", "fragrance", "perfume", "franchise", "chain", "bank", "fund",
         "stock", "ticker", "symbol", "building", "room", "location", "place", "venue", "neighbourhood",
         "neighborhood", "district", "province", "county", "office", "branch", "warehouse", "carrier",
         "airline", "route", "sport", "league", "club", "school", "university", "holiday", "festival",
         "ticket", "module", "package", "library", "endpoint", "error", "exception", "file", "extension",
         "font", "theme", "template", "emoji", "character", "species", "breed", "planet", "mountain", "river",
         "street", "shape", "material", "plant", "flower", "tree", "animal", "fruit", "vegetable", "food",
         "meal", "wine", "beer", "coffee", "tea", "pet", "bestseller", "variety", "cultivar", "genus", "crop",
         "seed", "component", "asset", "resource", "object", "entity", "table", "field", "column", "metric",
         "question", "answer", "option", "choice", "survey", "step", "stage", "phase", "level", "tier",
         "segment", "cohort", "bucket", "range", "band", "decade", "century", "quarter", "age", "period",
         "era", "generation", "season", "interval", "bin", "week", "minute", "weekday",
         // Dutch
         "boek", "boeken", "titel", "titels", "merk", "merken", "liedje", "stad", "steden", "land", "landen",
         "kanaal", "valuta", "categorie", "taal", "apparaat", "winkel", "pagina", "bron", "campagne",
         "afdeling", "bedrijf", "bedrijven", "maand", "dag", "jaar", "soort", "artikel", "artikelen",
         // German
         "produkt", "produkte", "marke", "marken", "buch", "bücher", "titel", "lied", "lieder", "stadt",
         "städte", "länder", "region", "tarif", "kanal", "währung", "kategorie", "sprache", "gerät", "geräte",
         "typ", "geschäft", "seite", "quelle", "kampagne", "abteilung", "firma", "unternehmen", "monat",
         "tag", "jahr", "art", "filme", "spiel", "verlag",
         // French
         "produit", "article", "marque", "livre", "titre", "chanson", "ville", "pays", "région", "équipe",
         "étiquette", "forfait", "offre", "chaîne", "canal", "devise", "monnaie", "catégorie", "langue",
         "appareil", "statut", "magasin", "boutique", "campagne", "entreprise", "société", "mois", "jour",
         "année", "oeuvre", "œuvre", "roman", "éditeur",
         // Spanish
         "producto", "artículo", "marca", "libro", "título", "canción", "película", "ciudad", "país",
         "región", "equipo", "etiqueta", "moneda", "divisa", "categoría", "idioma", "dispositivo", "estado",
         "tipo", "tienda", "página", "fuente", "campaña", "departamento", "empresa", "mes", "día", "año",
         "obra", "novela", "editorial"});
    return set;
}

// Prepositions before the category axis: "tickets per agent", "Umsatz pro Kunde", "ventes par produit".
const QSet<QString> &axisPrepositions()
{
    static const QSet<QString> set =
        wordSet({"per", "by", "pro", "je", "par", "por", "each", "every", "chaque", "cada", "jede", "jeden",
                 "jeder", "elke", "ieder", "nach"});
    return set;
}

// Words skipped between the preposition and its noun: "per the agent", "by top customer".
const QSet<QString> &fillers()
{
    static const QSet<QString> set =
        wordSet({"the", "a",   "an",  "de",   "het",   "een",    "der",        "die",     "das",
                 "den", "dem", "le",  "la",   "les",   "l",      "el",         "los",     "las",
                 "un",  "une", "top", "each", "every", "single", "individual", "assigned"});
    return set;
}

// Words after the noun that make it a measure ("by book count", "per product revenue": not the axis).
const QSet<QString> &measures()
{
    static const QSet<QString> set =
        wordSet({"count", "counts", "number", "total", "amount", "sales", "revenue", "score", "rating",
                 "size", "value", "share", "rate", "volume", "aantal", "anzahl", "nombre", "número"});
    return set;
}

// "tickets_per_agent", "topCustomersByAmount", "Umsatz pro Kunde?" → lower-case words.
QStringList words(const QString &raw)
{
    const QString text = TextNormalizer::normalize(raw).text;
    QStringList out;
    QString cur;
    auto flush = [&] {
        if (!cur.isEmpty())
            out.append(cur.toCaseFolded());
        cur.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isLetter() || c.isMark() || (c == QLatin1Char('\'') && !cur.isEmpty())) {
            if (c.isUpper() && !cur.isEmpty() && cur.back().isLower())
                flush(); // camelCase
            cur.append(c);
        } else {
            flush();
        }
    }
    flush();
    return out;
}

enum class Hit { None, Person, Handle, Thing };

bool inSet(const QSet<QString> &set, const QString &w)
{
    if (set.contains(w))
        return true;
    if (w.size() > 3 && w.endsWith(QLatin1Char('s')) && set.contains(w.left(w.size() - 1)))
        return true;
    if (w.size() > 4 && w.endsWith(QLatin1String("es")) && set.contains(w.left(w.size() - 2)))
        return true;
    if (w.size() > 4 && w.endsWith(QLatin1String("ies")) &&
        set.contains(w.left(w.size() - 3) + QLatin1Char('y')))
        return true;
    if (w.size() > 4 && w.endsWith(QLatin1String("en")) && set.contains(w.left(w.size() - 2)))
        return true;
    return false;
}

Hit hitOf(const QStringList &ws, qsizetype i)
{
    const QString &w = ws.at(i);
    const QString next = i + 1 < ws.size() ? ws.at(i + 1) : QString();
    // "user agent" is a browser; "customer service" a department; "team member" a person.
    if ((w == QLatin1String("user") && next == QLatin1String("agent")) ||
        (w == QLatin1String("agent") && i > 0 && ws.at(i - 1) == QLatin1String("user")))
        return Hit::Thing;
    if (inSet(handleWords(), w))
        return Hit::Handle;
    if (inSet(personWords(), w))
        return Hit::Person;
    if (inSet(thingWords(), w))
        return Hit::Thing;
    if (personInflected(w))
        return Hit::Person;
    return Hit::None;
}

} // namespace

BucketContext BucketContext::rate(const Texts &texts)
{
    const struct
    {
        const QString *text;
        const char *field;
        int weight;
    } sources[] = {{&texts.xlabel, "x axis label", 4}, {&texts.ylabel, "y axis label", 4},
                   {&texts.label, "label", 2},         {&texts.question, "question", 2},
                   {&texts.title, "title", 2},         {&texts.description, "description", 1}};
    int person = 0, thing = 0, best = 0, bestThing = 0;
    bool handles = false;
    BucketContext out;
    QString thingWord, thingField;
    for (const auto &src : sources) {
        if (src.text->isEmpty())
            continue;
        const QStringList ws = words(*src.text);
        for (qsizetype i = 0; i < ws.size(); ++i) {
            const Hit hit = hitOf(ws, i);
            if (hit == Hit::None)
                continue;
            int weight = src.weight;
            // The noun after "per" / "by" names the category axis, unless a measure follows it.
            qsizetype p = i - 1;
            while (p >= 0 && fillers().contains(ws.at(p)))
                --p;
            if (p >= 0 && axisPrepositions().contains(ws.at(p)) &&
                !(i + 1 < ws.size() && measures().contains(ws.at(i + 1))))
                weight += 6;
            if (hit == Hit::Thing) {
                thing += weight;
                if (weight > bestThing) {
                    bestThing = weight;
                    thingWord = ws.at(i);
                    thingField = QString::fromLatin1(src.field);
                }
            } else {
                person += weight;
                handles = handles || hit == Hit::Handle;
                if (weight > best) {
                    best = weight;
                    out.word = ws.at(i);
                    out.field = QString::fromLatin1(src.field);
                }
            }
        }
    }
    if (person > 0 && person >= thing) {
        out.kind = Kind::Person;
        out.handles = handles;
    } else if (thing > 0) {
        out.kind = Kind::Thing;
        out.word = thingWord;
        out.field = thingField;
    }
    return out;
}

} // namespace iv
