#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# Regenerates model/review/detectors/names/lexicon.txt, the name lexicon of the review's name detector, from
# the per-locale person, address and lorem providers of Debian's python3-fake-factory (Faker, MIT licence),
# then adds the given and family names of Debian's php-faker and ruby-faker (both MIT/Expat) and the person
# names of mecab-ipadic (Japanese; its own BSD-style licence, see docs/REVIEW.md):
#
#   tools/extract-name-lexicon.py [faker-site-packages] > model/review/detectors/names/lexicon.txt
#   tools/extract-name-lexicon.py --base model/review/detectors/names/lexicon.txt > new.txt
#   tools/extract-name-lexicon.py --base … --faker-js faker-js-names.json > new.txt
#
# --faker-js adds the given and family names of @faker-js/faker's locales (MIT; the JSON made by
# tools/faker-js-names.mjs, which says how to fetch the package with npm): West and Southern African (yo_NG,
# zu_ZA, en_GH, en_NG, fr_SN, af_ZA), South and Central Asian (dv, ne, ur, uz, az, ku), Caucasian (hy, ka_GE),
# Thai, Korean and more. Its English lists are left out (US first names such as "Iowa", "Saturn", "Eyre"
# would make words names), as are Esperanto's invented names.
#
# --base reads the Faker sections from an earlier output instead of python3-fake-factory (which Debian 12 no
# longer ships); the php-faker, ruby-faker and mecab-ipadic sources are read where they are installed
# (/usr/share/php/Faker, /usr/share/rubygems-integration/all/gems/faker-*, /usr/share/mecab/dic/ipadic) and
# named with their versions in the header. No build step runs this: the output is committed.
#
# Sections (one entry a line, sorted, de-duplicated, NFC):
#   [given]   given names of every person locale (plus romanized CJK given names; Cyrillic and Greek names
#             also transliterated to Latin letters)
#   [family]  family names of every person locale (plus romanized CJK family names)
#   [family-romanized]  romanized family names of zh_CN, zh_TW, ja_JP (they come first: "Wang Wei")
#   [cjk-family] [cjk-given]  Han / kana names of zh_CN, zh_TW, ja_JP (and ko_KR Hangul)
#   [common]  common words (lorem word lists): a name made only of common words is not reported
#   [place]   cities, states and countries of the address providers: a category that is a place is no name
import csv
import glob
import json
import importlib
import os
import pkgutil
import re
import subprocess
import sys
import unicodedata

FAKER_JS = None
if "--faker-js" in sys.argv:
    at = sys.argv.index("--faker-js")
    FAKER_JS = sys.argv[at + 1]
    del sys.argv[at:at + 2]
BASE = None
if len(sys.argv) > 2 and sys.argv[1] == "--base":
    BASE = sys.argv[2]
else:
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


KEYS = ("given", "family", "family-romanized", "cjk-family", "cjk-given", "cjk-given-more", "common", "place")
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


def from_python_faker():
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


def from_base(path):
    key = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("["):
                key = line[1:-1]
                continue
            if key in sections:
                sections[key].add(line)


def is_cjk(name):
    return any("\u3040" <= c <= "\u30ff" or "\u3400" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" for c in name)


# English words some locales' name lists hold.
STOP = {"the", "and", "new", "apple", "of", "for", "with", "from", "mr", "mrs", "ms", "dr", "jr", "sr", "van",
        "von", "de", "la", "le", "del", "della", "da", "di", "du", "des", "den", "der", "ter", "ten", "bin"}


def add_name(name, given, loc=""):
    name = norm(name)
    if not name or len(name) > 40 or "{" in name or "#" in name or any(c.isdigit() for c in name):
        return
    if is_cjk(name) and len(name) == 1 and not given:
        sections["cjk-family"].add(name)  # one-syllable Korean and one-character Chinese family names
        return
    if name.endswith(".") or len(name) < 2:
        return  # initials, "Dr."
    if is_cjk(name):
        sections["cjk-given" if given else "cjk-family"].add(name)
        return
    # "María José", "van der Berg": each word a name of its kind (particles are the detector's business).
    for part in name.split():
        # Two Latin letters ("To", "Le") are too often a word; common words stay words.
        if len(part) <= 2 and part.isascii():
            continue
        if part.lower() in sections["common"] or part.lower() in STOP:
            continue
        if len(part) >= 2 and part[0].isalpha() and not part.islower():
            sections["given" if given else "family"].add(part)
            if latin(part):
                sections["given" if given else "family"].add(latin(part))


PHP_GIVEN = re.compile(r"^(firstName|firstNameMale|firstNameFemale|firstKanaName|firstKanaNameMale|"
                       r"firstKanaNameFemale|maleNames?|femaleNames?|middleName\w*|firstNameMaleUnique\w*|"
                       r"first\w*Name\w*)$")
PHP_FAMILY = re.compile(r"^(lastName\w*|lastKanaName\w*|familyName\w*|surname\w*|\w*LastNames?\w*)$")


def php_faker(root="/usr/share/php/Faker/Provider"):
    """Given and family names of php-faker's Person providers (static arrays of literals)."""
    for path in sorted(glob.glob(os.path.join(root, "*", "Person.php"))):
        loc = os.path.basename(os.path.dirname(path))
        text = open(path, encoding="utf-8").read()
        for m in re.finditer(r"\$(\w+)\s*=\s*(\[|array\()", text):
            var = m.group(1)
            given = bool(PHP_GIVEN.match(var))
            family = bool(PHP_FAMILY.match(var))
            if not (given or family) or "format" in var.lower():
                continue
            close = "]" if m.group(2) == "[" else ")"
            depth, i = 1, m.end()
            while i < len(text) and depth:
                c = text[i]
                if c in "'\"":
                    j = i + 1
                    while j < len(text) and text[j] != c:
                        j += 2 if text[j] == "\\" else 1
                    i = j
                elif c in "[(":
                    depth += 1
                elif c in "])":
                    depth -= 1
                i += 1
            body = text[m.end():i - 1]
            for lit in re.findall(r"'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\"", body):
                value = (lit[0] or lit[1]).replace("\\'", "'")
                add_name(value, given, loc)


def ruby_faker(pattern="/usr/share/rubygems-integration/all/gems/faker-*/lib/locales"):
    """Given and family names of ruby-faker's locales (faker.name.* lists in YAML)."""
    import yaml
    roots = sorted(glob.glob(pattern))
    if not roots:
        return
    files = sorted(glob.glob(os.path.join(roots[-1], "*.yml")) + glob.glob(os.path.join(roots[-1], "*", "name.yml")))
    for path in files:
        try:
            data = yaml.safe_load(open(path, encoding="utf-8"))
        except Exception:  # noqa: BLE001 - a locale that does not parse is skipped
            continue
        for loc, tree in (data or {}).items():
            name = ((tree or {}).get("faker") or {}).get("name") or {}
            for key, value in name.items():
                if not isinstance(value, list):
                    continue
                given = "first_name" in key or key in ("male_first_name", "female_first_name", "middle_name",
                                                       "neutral_first_name")
                family = "last_name" in key
                if given or family:
                    for v in value:
                        if isinstance(v, str):
                            add_name(v, given, loc)


def ipadic(root="/usr/share/mecab/dic/ipadic", per_kind=6000):
    """Japanese person names of mecab-ipadic's Noun.name.csv (EUC-JP): 姓 family, 名 given; the most frequent
    (lowest cost) per_kind of each, Han or kana. They go to [cjk-family] and [cjk-given-more] (known names,
    but their characters do not widen what counts as a given-name character)."""
    path = os.path.join(root, "Noun.name.csv")
    if not os.path.exists(path):
        return
    rows = {"姓": [], "名": []}
    with open(path, encoding="euc_jp", errors="replace") as f:
        for row in csv.reader(f):
            if len(row) > 7 and row[6] == "人名" and row[7] in rows and 2 <= len(row[0]) + (row[7] == "名") <= 4:
                rows[row[7]].append((int(row[3]), row[0]))
    for kind, entries in rows.items():
        for _, surface in sorted(entries)[:per_kind]:
            surface = norm(surface)
            if is_cjk(surface) and all(is_cjk(c) for c in surface):
                sections["cjk-family" if kind == "姓" else "cjk-given-more"].add(surface)


FAKER_JS_SKIPPED = {"en", "en_AU_ocker", "en_BORK", "eo"}


def faker_js(path):
    """Given and family names of @faker-js/faker's locales (tools/faker-js-names.mjs); returns its version."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    for loc, names in sorted(data["locales"].items()):
        if loc in FAKER_JS_SKIPPED:
            continue
        for kind in ("given", "family"):
            for name in names.get(kind, []):
                if isinstance(name, str):
                    add_name(name, kind == "given", loc)
    return data["version"]


def version(package):
    try:
        return subprocess.run(["dpkg-query", "-W", "-f=${Version}", package], capture_output=True,
                              text=True).stdout or "?"
    except OSError:
        return "?"


if BASE:
    from_base(BASE)
    origin = "Faker 0.9.3 (MIT) as in " + os.path.basename(BASE)
else:
    from_python_faker()
    origin = "Faker " + getattr(faker, "VERSION", "?") + " (MIT)"
php_faker()
ruby_faker()
ipadic()
faker_js_version = faker_js(FAKER_JS) if FAKER_JS else None
sections["cjk-given-more"] -= sections["cjk-given"]
# A name is never also a common word because another source added it; place names stay places.
origin += ("; php-faker " + version("php-faker") + " (MIT); ruby-faker " + version("ruby-faker") +
           " (MIT); mecab-ipadic " + version("mecab-ipadic") + " (person names, BSD-style)")
if faker_js_version:
    origin += "; @faker-js/faker " + faker_js_version + " (MIT)"

print("# Name lexicon of the review's name detector, made by tools/extract-name-lexicon.py from " + origin +
      ". Do not edit by hand.")
for key in KEYS:
    print("[" + key + "]")
    for entry in sorted(sections[key]):
        print(entry)
