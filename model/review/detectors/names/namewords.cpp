// SPDX-License-Identifier: MIT
#include "namewords.h"

#include "namelexicon.h"

namespace iv::NameDetector::NameWords {

QSet<QString> wordSet(std::initializer_list<const char *> words)
{
    QSet<QString> set;
    for (const char *w : words)
        set.insert(QString::fromUtf8(w));
    return set;
}

// Lower-case particles between given and family names.
const QSet<QString> &particles()
{
    static const QSet<QString> set = wordSet(
        {"van",   "der", "den", "de", "del", "della", "dei", "degli", "di",  "da",  "das", "dos", "do",
         "du",    "des", "la",  "le", "von", "vom",   "zu",  "zur",   "ter", "ten", "te",  "y",   "bin",
         "binti", "ibn", "al",  "el", "af",  "av",    "'t",  "op",    "het", "e",   "mac", "ap",  "ben"});
    return set;
}

// Titles before a name: "Dr. Smith", "Frau Müller".
const QSet<QString> &titles()
{
    static const QSet<QString> set =
        wordSet({"mr",   "mrs",  "ms",   "miss", "dr",    "prof",   "sir",      "dame",
                 "mme",  "mlle", "herr", "frau", "dhr",   "mevr",   "sr",       "sra",
                 "srta", "sig",  "pan",  "pani", "señor", "señora", "monsieur", "madame"});
    return set;
}

// Suffixes after a name: "Allen Smith Jr.", "Andrea Ball MD".
const QSet<QString> &nameSuffixes()
{
    static const QSet<QString> set =
        wordSet({"jr", "sr", "md", "phd", "dds", "dvm", "ii", "iii", "iv", "esq", "msc", "bsc", "mba"});
    return set;
}

// Words that make a text an organisation, a place, a product or a plan, whatever names surround them.
const QSet<QString> &stopWords()
{
    static const QSet<QString> set = wordSet(
        {"team",       "teams",        "group",     "groups",      "plan",         "plans",      "inc",
         "ltd",        "llc",          "gmbh",      "ag",          "bv",           "corp",       "company",
         "co",         "department",   "dept",      "club",        "street",       "st",         "road",
         "rd",         "avenue",       "ave",       "station",     "city",         "town",       "university",
         "college",    "school",       "hospital",  "bank",        "hotel",        "airport",    "restaurant",
         "cafe",       "café",         "shop",      "store",       "market",       "center",     "centre",
         "institute",  "foundation",   "society",   "association", "fc",           "united",     "edition",
         "premium",    "pro",          "plus",      "basic",       "free",         "enterprise", "starter",
         "standard",   "business",     "kit",       "pack",        "bundle",       "box",        "series",
         "season",     "episode",      "chapter",   "volume",      "vol",          "part",       "book",
         "books",      "collection",   "sale",      "sales",       "support",      "service",    "services",
         "admin",      "admins",       "users",     "user",        "staff",        "guest",      "guests",
         "customer",   "customers",    "account",   "accounts",    "api",          "app",        "apps",
         "bot",        "tier",         "level",     "ticket",      "tickets",      "order",      "orders",
         "product",    "products",     "payment",   "payments",    "invoice",      "report",     "reports",
         "project",    "projects",     "office",    "region",      "county",       "state",      "province",
         "island",     "islands",      "river",     "lake",        "mountain",     "mount",      "valley",
         "beach",      "bay",          "harbour",   "harbor",      "square",       "bridge",     "tower",
         "castle",     "palace",       "museum",    "theatre",     "theater",      "cinema",     "stadium",
         "arena",      "park",         "garden",    "gardens",     "airlines",     "airways",    "motors",
         "labs",       "systems",      "software",  "solutions",   "technologies", "holdings",   "partners",
         "capital",    "ventures",     "media",     "studio",      "studios",      "records",    "press",
         "publishing", "magazine",     "news",      "times",       "journal",      "post",       "daily",
         "weekly",     "monthly",      "yearly",    "annual",      "edition",      "version",    "release",
         "beta",       "alpha",        "gamma",     "delta",       "omega",        "ultra",      "max",
         "mini",       "lite",         "light",     "dark",        "mode",         "theme",      "night",
         "week",       "weekend",      "month",     "year",        "holiday",      "christmas",  "easter",
         "sunday",     "monday",       "tuesday",   "wednesday",   "thursday",     "friday",     "saturday",
         "january",    "february",     "march",     "july",        "september",    "october",    "november",
         "december",   "maandag",      "dinsdag",   "woensdag",    "donderdag",    "vrijdag",    "zaterdag",
         "zondag",     "montag",       "dienstag",  "mittwoch",    "donnerstag",   "freitag",    "samstag",
         "sonntag",    "lundi",        "mardi",     "mercredi",    "jeudi",        "vendredi",   "samedi",
         "dimanche",   "lunes",        "martes",    "miércoles",   "jueves",       "viernes",    "sábado",
         "domingo",    "januar",       "februar",   "märz",        "mai",          "juni",       "juli",
         "oktober",    "dezember",     "janvier",   "février",     "mars",         "avril",      "juin",
         "juillet",    "août",         "septembre", "octobre",     "novembre",     "décembre",   "enero",
         "febrero",    "marzo",        "abril",     "junio",       "julio",        "agosto",     "septiembre",
         "octubre",    "noviembre",    "diciembre", "euro",        "euros",        "dollar",     "dollars",
         "pound",      "pounds",       "yen",       "franc",       "francs",       "krona",      "krone",
         "peso",       "pesos",        "rupee",     "yuan",        "ruble",        "bitcoin",    "cup",
         "league",     "championship", "award",     "awards",      "prize",        "festival",   "conference",
         "summit",     "tour",         "show",      "party",       "movement",     "church",     "cathedral",
         "chapel",     "temple",       "war",       "wars",        "empire",       "kingdom",    "republic",
         "federation", "effect",       "syndrome",  "disease",     "law",          "theorem",    "principle",
         "prize"});
    return set;
}

// First words that make a place or a saint of what follows ("Santa Monica", "Saint Louis", "San Jose").
const QSet<QString> &placePrefixes()
{
    static const QSet<QString> set =
        wordSet({"saint", "sainte", "santa", "santo", "san",   "são",   "sankt",  "st",  "ste",
                 "port",  "fort",   "lake",  "mount", "mont",  "monte", "cape",   "new", "north",
                 "south", "east",   "west",  "upper", "lower", "great", "little", "old"});
    return set;
}

// A colour or material given name before a colour is a colour: "Olive Green", "Pearl White", "Ruby Red".
bool colourName(QStringView first, QStringView last)
{
    static const QSet<QString> shades = wordSet(
        {"olive",    "jade",    "amber",    "pearl",    "ruby",    "rose",   "coral",  "hazel", "violet",
         "ivory",    "scarlet", "scarlett", "sienna",   "saffron", "indigo", "ginger", "honey", "cherry",
         "lavender", "lilac",   "sky",      "midnight", "dusty",   "misty",  "sandy",  "rusty", "goldie"});
    static const QSet<QString> colours =
        wordSet({"green", "white", "black", "brown", "grey", "gray", "orange", "red", "blue", "pink",
                 "purple", "gold", "silver", "yellow", "beige", "rose", "cream"});
    return shades.contains(NameLexicon::key(first)) && colours.contains(NameLexicon::key(last));
}

// Family-name position words that are months or weekdays in a name-shaped pair ("Ruby Tuesday", "June May").
const QSet<QString> &calendarWords()
{
    static const QSet<QString> set = wordSet({"may", "june", "april", "august", "juni", "mei", "augustus"});
    return set;
}

const QSet<QString> &periodWords()
{
    static const QSet<QString> set = wordSet(
        {"week",      "wk",       "kw",        "sprint",   "release",  "version",  "build",    "quarter",
         "month",     "year",     "day",      "fy",        "cw",       "iteration", "phase",   "semester",
         "term",      "week",     "woche",    "week",      "semaine",  "semana",   "jaar",     "jahr",
         "année",     "año",      "maand",    "monat",     "mois",     "mes",      "dag",      "tag",
         "jour",      "día",      "january",  "february",  "march",    "july",     "september", "october",
         "november",  "december", "jan",      "feb",       "mar",      "apr",      "jun",      "jul",
         "aug",       "sep",      "sept",     "oct",       "nov",      "dec",      "januari",  "februari",
         "maart",     "juli",     "oktober",  "januar",    "februar",  "märz",     "mai",      "dezember",
         "janvier",   "février",  "mars",     "avril",     "juin",     "juillet",  "août",     "septembre",
         "octobre",   "novembre", "décembre", "enero",     "febrero",  "marzo",    "abril",    "mayo",
         "junio",     "julio",    "agosto",   "septiembre", "octubre", "noviembre", "diciembre"});
    return set;
}

// Placeholders of a person bucket, never a name: "Unassigned", "Other", "Bot", in five languages.
const QSet<QString> &placeholders()
{
    static const QSet<QString> set = wordSet({"unassigned",
                                              "nobody",
                                              "none",
                                              "n/a",
                                              "na",
                                              "null",
                                              "nil",
                                              "other",
                                              "others",
                                              "unknown",
                                              "anonymous",
                                              "anon",
                                              "bot",
                                              "bots",
                                              "system",
                                              "admin",
                                              "administrator",
                                              "root",
                                              "guest",
                                              "everyone",
                                              "all",
                                              "total",
                                              "rest",
                                              "misc",
                                              "miscellaneous",
                                              "not set",
                                              "(not set)",
                                              "unset",
                                              "blank",
                                              "(blank)",
                                              "(empty)",
                                              "empty",
                                              "-",
                                              "--",
                                              "—",
                                              "?",
                                              "deleted",
                                              "deleted user",
                                              "[deleted]",
                                              "removed",
                                              "former employee",
                                              "no one",
                                              "no owner",
                                              "no assignee",
                                              "not assigned",
                                              "automation",
                                              "automatic",
                                              "auto",
                                              "api",
                                              "import",
                                              "migration",
                                              "service account",
                                              "support",
                                              "team",
                                              "staff",
                                              "tbd",
                                              "todo",
                                              "pending",
                                              "various",
                                              "niet toegewezen",
                                              "onbekend",
                                              "anoniem",
                                              "overig",
                                              "overige",
                                              "niemand",
                                              "geen",
                                              "nicht zugewiesen",
                                              "unbekannt",
                                              "anonym",
                                              "sonstige",
                                              "sonstiges",
                                              "andere",
                                              "niemand",
                                              "keine",
                                              "non assigné",
                                              "non attribué",
                                              "inconnu",
                                              "anonyme",
                                              "autre",
                                              "autres",
                                              "personne",
                                              "aucun",
                                              "sin asignar",
                                              "desconocido",
                                              "anónimo",
                                              "otro",
                                              "otros",
                                              "nadie",
                                              "ninguno",
                                              "todos",
                                              "tous",
                                              "alle",
                                              "iedereen"});
    return set;
}

} // namespace iv::NameDetector::NameWords
