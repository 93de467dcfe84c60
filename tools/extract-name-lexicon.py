#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# Regenerates model/review/names/lexicon.txt, the name lexicon of the review's name detector, from the
# per-locale person, address and lorem providers of Debian's python3-fake-factory (Faker, MIT licence).
#
#   tools/extract-name-lexicon.py [faker-site-packages] > model/review/names/lexicon.txt
#
# Sections (one entry a line, sorted, de-duplicated, NFC):
#   [given]   given names of every person locale (plus romanized CJK given names; Cyrillic and Greek names
#             also transliterated to Latin letters)
#   [family]  family names of every person locale (plus romanized CJK family names)
#   [family-romanized]  romanized family names of zh_CN, zh_TW, ja_JP (they come first: "Wang Wei")
#   [cjk-family] [cjk-given]  Han / kana names of zh_CN, zh_TW, ja_JP (and ko_KR Hangul)
#   [common]  common words (lorem word lists): a name made only of common words is not reported
#   [place]   cities, states and countries of the address providers: a category that is a place is no name
import importlib
import pkgutil
import sys
import unicodedata

sys.path.insert(0, sys.argv[1] if len(sys.argv) > 1 else "/usr/lib/python3/dist-packages")
import faker  # noqa: E402
import faker.providers.address as address  # noqa: E402
import faker.providers.lorem as lorem  # noqa: E402
import faker.providers.person as person  # noqa: E402

CJK_LOCALES = {"zh_CN", "zh_TW", "ja_JP", "ko_KR"}


def items(value):
    if isinstance(value, dict):
        value = value.keys()
    return [str(v) for v in value if isinstance(v, str)]


def norm(s):
    return unicodedata.normalize("NFC", s.strip())


def locales(package):
    return sorted(m.name for m in pkgutil.iter_modules(package.__path__) if m.ispkg)


KEYS = ("given", "family", "family-romanized", "cjk-family", "cjk-given", "common", "place")
sections = {k: set() for k in KEYS}


CYRILLIC = dict(zip("абвгдезийклмнопрстуфыэіґ", "abvgdeziyklmnoprstufyeig"))
CYRILLIC.update({"ё": "e", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ь": "",
                 "ю": "yu", "я": "ya", "ї": "yi", "є": "ye"})
GREEK_PAIRS = {"ου": "ou", "αι": "ai", "ει": "ei", "οι": "oi", "μπ": "b", "ντ": "d", "γκ": "g", "γγ": "ng",
               "αυ": "av", "ευ": "ev"}
GREEK = dict(zip("αβγδεζηικλμνξοπρστυφω", "avgdezIiklmnxoprstyfo".replace("I", "i")))
GREEK.update({"ς": "s", "θ": "th", "χ": "ch", "ψ": "ps"})


def latin(name):
    """Cyrillic and Greek names in Latin letters (a plain transliteration: "Смирнова" → "Smirnova",
    "Δημήτρης" → "Dimitris"), or None for other scripts."""
    base = "".join(c for c in unicodedata.normalize("NFD", name.lower()) if not unicodedata.combining(c))
    if any("\u0400" <= c <= "\u04ff" for c in base):
        out = "".join(CYRILLIC.get(c, c) for c in base)
    elif any("\u0370" <= c <= "\u03ff" for c in base):
        out, i = "", 0
        while i < len(base):
            pair = base[i:i + 2]
            if pair in GREEK_PAIRS:
                out += GREEK_PAIRS[pair]
                i += 2
            else:
                out += GREEK.get(base[i], base[i])
                i += 1
    else:
        return None
    if not out.isascii() or not out.replace("-", "").isalpha():
        return None
    return "-".join(part.capitalize() for part in out.split("-"))


def feminine(name):
    # Faker's Polish provider makes female family names from the male ones: -ski → -ska, -cki → -cka.
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if name.endswith(male):
            return name[: -len(male)] + female
    return None


for loc in locales(person):
    provider = importlib.import_module("faker.providers.person." + loc).Provider
    for attr in dir(provider):
        if attr.startswith("_") or "name" not in attr or attr.startswith("prefix") or attr.startswith("suffix"):
            continue
        value = getattr(provider, attr)
        if not isinstance(value, (tuple, list, dict)):
            continue
        given = attr.startswith("first") or attr.startswith("middle")
        family = "last_names" in attr or attr.startswith("last_")
        if not (given or family):
            continue
        cjk = loc in CJK_LOCALES and "romanized" not in attr
        key = ("cjk-given" if given else "cjk-family") if cjk else ("given" if given else "family")
        for name in items(value):
            name = norm(name)
            if name and len(name) <= 40:
                sections[key].add(name)
                if latin(name):
                    sections[key].add(latin(name))
                if family and loc == "pl_PL" and feminine(name):
                    sections[key].add(feminine(name))
                if family and "romanized" in attr:
                    sections["family-romanized"].add(name)
names = sections["given"] | sections["family"]
for loc in locales(lorem):
    provider = importlib.import_module("faker.providers.lorem." + loc).Provider
    for word in items(getattr(provider, "word_list", ())):
        word = norm(word)
        # A lorem list's capitalised entries are often names ("Adam" in Polish): kept only when no name list
        # holds them ("American", "Republican").
        if word and " " not in word and (word == word.lower() or word not in names):
            sections["common"].add(word.lower())
for loc in locales(address):
    provider = importlib.import_module("faker.providers.address." + loc).Provider
    for attr in ("cities", "states", "countries", "provinces", "regions"):
        for place in items(getattr(provider, attr, ())):
            place = norm(place)
            if place and len(place) <= 60:
                sections["place"].add(place)

print("# Name lexicon of the review's name detector, made by tools/extract-name-lexicon.py from Faker "
      + getattr(faker, "VERSION", "?") + " (MIT). Do not edit by hand.")
for key in KEYS:
    print("[" + key + "]")
    for entry in sorted(sections[key]):
        print(entry)
