#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# Makes tests/data/review-labelled/names-set.tsv, the labelled set the name detector is measured on: people's
# names drawn (with a fixed seed) from the Person providers of Debian's php-faker (MIT), in the locales and
# written forms listed below, plus the hand-checked non-names of tests/data/review-labelled/non-names.tsv.
#
#   tools/make-labelled-names.py > tests/data/review-labelled/names-set.tsv
#
# Columns: label ("name" or "none"), class (a locale such as "vi_VN" or a non-name class such as "brand"),
# form ("full", "family-given", "given-initial", "initial-family", "lower", "upper", "handle-dot",
# "handle-flast", "handle-underscore", "company-contact", "given-only", "cjk-sentence"; "-" for non-names),
# text. tests/review/detectors/tst_namesmeasured.cpp places each string in buckets with realistic question
# labels, alone among products and inside sentences, and reports precision and recall per class and context.
import os
import random
import re
import sys
import unicodedata

ROOT = "/usr/share/php/Faker/Provider"
HERE = os.path.dirname(os.path.abspath(__file__))
NON_NAMES = os.path.join(HERE, "..", "tests", "data", "review-labelled", "non-names.tsv")

LOCALES = ["ar_SA", "ar_JO", "bg_BG", "bn_BD", "cs_CZ", "da_DK", "de_DE", "de_AT", "el_GR", "en_GB", "en_IN",
           "en_NG", "en_US", "en_ZA", "es_ES", "es_AR", "es_PE", "et_EE", "fa_IR", "fi_FI", "fr_FR", "fr_CA",
           "he_IL", "hr_HR", "hu_HU", "hy_AM", "id_ID", "is_IS", "it_IT", "ja_JP", "ka_GE", "kk_KZ", "ko_KR",
           "lt_LT", "lv_LV", "mn_MN", "ms_MY", "nb_NO", "ne_NP", "nl_NL", "pl_PL", "pt_BR", "pt_PT", "ro_RO",
           "ru_RU", "sk_SK", "sl_SI", "sr_Latn_RS", "sv_SE", "th_TH", "tr_TR", "uk_UA", "vi_VN", "zh_CN", "zh_TW"]
FAMILY_FIRST = {"hu_HU", "vi_VN", "zh_CN", "zh_TW", "ja_JP", "ko_KR"}
NO_SPACE = {"zh_CN", "zh_TW", "ja_JP", "ko_KR"}
LATIN_FORMS = ["family-given", "given-initial", "initial-family", "lower", "upper", "handle-dot", "handle-flast",
               "handle-underscore", "company-contact"]
COMPANIES = ["Acme Corp", "Globex Ltd", "Initech", "Umbrella Inc", "Stark Industries", "Wayne Enterprises",
             "Hooli", "Vandelay Industries", "Soylent BV", "Tyrell GmbH"]
SEPARATORS = [" \u2014 ", " \u2013 ", " | ", " / ", " - "]
CJK_SENTENCES = ["请联系{}处理退款", "担当者は{}です", "{}负责这个工单", "本件は{}さんが対応します", "{}님께 문의하세요"]


def literals(text, var):
    m = re.search(r"\$" + var + r"\s*=\s*(\[|array\()", text)
    if not m:
        return []
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
    out = []
    for a, b in re.findall(r"'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\"", body):
        v = (a or b).replace("\\'", "'").strip()
        if v and "{" not in v and "#" not in v and not any(ch.isdigit() for ch in v):
            out.append(v)
    return out


def provider(loc):
    text = open(os.path.join(ROOT, loc, "Person.php"), encoding="utf-8").read()
    variables = set(re.findall(r"static \$(\w+)", text))
    given, family = [], []
    for var in sorted(variables):
        if re.match(r"^first\w*Name\w*$", var) and "Format" not in var:
            given += literals(text, var)
        elif re.match(r"^(\w*[lL]astNames?\w*)$", var) and "Format" not in var:
            family += literals(text, var)
    if loc == "zh_TW":  # given names are one or two characters of these lists
        chars = literals(text, "characterMale") + literals(text, "characterFemale")
        given = sorted({a + b for a in chars[:40] for b in chars[40:80]})
    if loc == "is_IS":  # patronymics: Jón → Jónsson, Ólafur → Ólafsson
        male = literals(text, "firstNameMale")
        family = [(m[:-2] if m.endswith("ur") else m) + "sson" for m in male if " " not in m]
    if loc == "mn_MN":  # a patronym (the father's given name) before the given name
        family = list(given)
    return sorted(set(given)), sorted(set(family))


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c) and c.isascii()).lower()


def latin_script(s):
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in s)


def main():
    rng = random.Random(20261206)
    rows = []
    given_pool = []
    for loc in LOCALES:
        given, family = provider(loc)
        if not given or not family:
            print("no names for " + loc, file=sys.stderr)
            continue
        given_pool += [(loc, g) for g in given if latin_script(g) and " " not in g]
        latin = latin_script(given[0] + family[0])
        for k in range(22):
            g, f = rng.choice(given), rng.choice(family)
            if loc in NO_SPACE:
                full = f + g
            elif loc in FAMILY_FIRST:
                full = f + " " + g
            else:
                full = g + " " + f
            form = "full"
            if latin and loc not in FAMILY_FIRST and k >= 14:
                form = LATIN_FORMS[(k - 14 + LOCALES.index(loc)) % len(LATIN_FORMS)]
            if loc in NO_SPACE and k >= 16:
                form = "cjk-sentence"
            fg, ff = g.split()[0], f.split()[-1]
            text = {
                "full": full,
                "family-given": f + ", " + g,
                "given-initial": g + " " + ff[0] + ".",
                "initial-family": fg[0] + ". " + f,
                "lower": full.lower(),
                "upper": full.upper(),
                "handle-dot": ascii_fold(fg) + "." + ascii_fold(ff),
                "handle-flast": ascii_fold(fg)[:1] + ascii_fold(ff),
                "handle-underscore": ascii_fold(fg) + "_" + ascii_fold(ff),
                "company-contact": rng.choice(COMPANIES) + rng.choice(SEPARATORS) + full,
                "cjk-sentence": CJK_SENTENCES[k % len(CJK_SENTENCES)].format(full),
            }[form]
            rows.append(("name", loc, form, text))
    rng.shuffle(given_pool)
    seen = set()
    for loc, g in given_pool:
        if g.lower() not in seen and len(seen) < 64:
            seen.add(g.lower())
            rows.append(("name", "given-only", "given-only", g))
    with open(NON_NAMES, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cls, text = line.split("\t", 1)
            rows.append(("none", cls, "-", text))
    print("# Labelled strings for the name detector, made by tools/make-labelled-names.py from php-faker and")
    print("# tests/data/review-labelled/non-names.tsv. Do not edit by hand. label\tclass\tform\ttext")
    dedup = set()
    for r in rows:
        if r[3] in dedup or "\t" in r[3]:
            continue
        dedup.add(r[3])
        print("\t".join(r))


main()
