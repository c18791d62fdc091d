#!/usr/bin/env python3
"""Writes data/given_names.txt: common given names in Latin script, folded to
lowercase ASCII, one a line, from the person-name lists of the Faker package
(PyPI `faker`, MIT licence; see SOURCES.md for the version used).

Usage: pip download --no-deps faker==40.54.0, unzip the wheel, then
    python3 given_names.py PATH_TO_UNPACKED_WHEEL > given_names.txt

Latin-script lists are used as they are (with the romanised Chinese and Japanese
ones); Cyrillic (Russian, Ukrainian, Bulgarian, Macedonian) and Devanagari (Hindi,
Marathi, Nepali) lists are romanised the ways English-language news spells them
("Dmitry", "Volodymyr", "Narendra", "Amit"), giving a few spellings each.
Faker's catch-all `en` locale (US birth registrations, full of rare names and
ordinary words) is left out. Names that are also everyday English words,
calendar words, titles or place-name openers are removed (STOP below), since a
capitalised "Will", "Summer" or "May" opening a phrase proves nothing about a
person (names used mostly as names, such as Mark, Grace or Rose, are kept); the
code also ignores names that are gazetteer places, titles or organisation head
words.
"""
import importlib
import os
import sys
import unicodedata

STOP = set("""
will may june april august art chase
major king page sky summer autumn winter river star golden royal justice
liberty christian victory glory honor honour angel precious princess prince duke
baron lord lady queen sultan pope saint sunny rain storm ocean
miracle blessing blessed gift unity harmony melody destiny trinity genesis
legend messiah kingdom creed rebel ace gunner hunter archer fisher baker carter
cooper mason taylor porter parker tanner walker miller smith sawyer ranger marshal
marshall chief general admiral captain deacon bishop abbot cardinal
van von de del la le di da al el bin ibn abu ben
new old young north south east west central
lucky happy merry gay noble sterling bliss charity
constance prudence patience mercy verity temperance modesty
brook brooks lane cliff dale glen forest wood woods field fields hill hills stone
rock rocky sun moon heaven
china india paris london sydney victoria georgia jordan israel chad kenya
america asia africa europe florida carolina virginia dakota arizona nevada
austin dallas houston phoenix denver boston aurora orlando memphis
chelsea brooklyn madison aspen everest indiana montana tennessee
sierra savannah cheyenne siena vienna florence geneva valencia
bristol kent york jersey devon cornwall cambridge oxford ireland scotland wales
among can canal made over per ran said till november muslim duma emir imam ally
ing jan jun mar sep love wolf penny nick pierce constant tea gal scot
panda aerozol atlas
san santa santo sao los las port fort mount lake cape
""".split())

LOCALES_SKIP = {"en"}


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("ß", "ss").replace("æ", "ae").replace("ø", "o").replace("ł", "l").replace("đ", "d").replace("ı", "i").lower()


def latin(s: str) -> bool:
    return all(c.isascii() or "LATIN" in unicodedata.name(c, "") for c in s)


CYRILLIC = {
    "а": ["a"], "б": ["b"], "в": ["v"], "г": ["g"], "ґ": ["g"], "д": ["d"],
    "е": ["e"], "ё": ["yo", "e"], "є": ["ye"], "ж": ["zh"], "з": ["z"],
    "и": ["i"], "і": ["i"], "ї": ["yi"], "й": ["y", "i"], "ј": ["j"], "к": ["k"],
    "л": ["l"], "љ": ["lj"], "м": ["m"], "н": ["n"], "њ": ["nj"], "о": ["o"],
    "п": ["p"], "р": ["r"], "с": ["s"], "т": ["t"], "у": ["u"], "ф": ["f"],
    "х": ["kh", "h"], "ц": ["ts"], "ч": ["ch"], "џ": ["dzh"], "ш": ["sh"],
    "щ": ["shch", "sht"], "ъ": ["", "a"], "ы": ["y"], "ь": [""], "э": ["e"],
    "ю": ["yu"], "я": ["ya"], "ѓ": ["gj"], "ќ": ["kj"], "ѕ": ["dz"],
}
# Ukrainian: и is "y", г is "h".
UKRAINIAN = dict(CYRILLIC, **{"и": ["y"], "г": ["h"]})

DEVANAGARI_VOWELS = {
    "अ": "a", "आ": "a", "इ": "i", "ई": "i", "उ": "u", "ऊ": "u", "ऋ": "ri",
    "ए": "e", "ऐ": "ai", "ओ": "o", "औ": "au",
}
DEVANAGARI_SIGNS = {
    "ा": "a", "ि": "i", "ी": "i", "ु": "u", "ू": "u", "ृ": "ri", "े": "e",
    "ै": "ai", "ो": "o", "ौ": "au",
}
DEVANAGARI_CONSONANTS = {
    "क": "k", "ख": "kh", "ग": "g", "घ": "gh", "ङ": "n", "च": "ch", "छ": "chh",
    "ज": "j", "झ": "jh", "ञ": "n", "ट": "t", "ठ": "th", "ड": "d", "ढ": "dh",
    "ण": "n", "त": "t", "थ": "th", "द": "d", "ध": "dh", "न": "n", "प": "p",
    "फ": "ph", "ब": "b", "भ": "bh", "म": "m", "य": "y", "र": "r", "ल": "l",
    "व": "v", "श": "sh", "ष": "sh", "स": "s", "ह": "h", "ळ": "l", "क़": "q",
    "ख़": "kh", "ग़": "gh", "ज़": "z", "ड़": "r", "ढ़": "rh", "फ़": "f",
}


def romanise_cyrillic(name: str, table: dict) -> set:
    outs = {""}
    for k, c in enumerate(name.lower()):
        options = table.get(c)
        if options is None:
            return set()
        # "ий" at the end: Dmitriy, Dmitry, Dmitri.
        if c == "й" and k == len(name) - 1 and name.lower().endswith("ий"):
            options = ["y", ""]
        outs = {o + p for o in outs for p in options}
    more = set()
    for o in outs:
        if o.endswith("iy"):
            more.add(o[:-2] + "y")
        if o.startswith("e"):
            more.add("y" + o)  # Елена: Yelena
        if "ks" in o:
            more.add(o.replace("ks", "x"))  # Алексей: Alexey
    return outs | more


def romanise_devanagari(name: str) -> set:
    out = ""
    chars = list(unicodedata.normalize("NFC", name))
    k = 0
    pending_a = False
    while k < len(chars):
        c = chars[k]
        nxt = chars[k + 1] if k + 1 < len(chars) else ""
        if c + nxt in DEVANAGARI_CONSONANTS and nxt == "़":
            c = c + nxt
            k += 1
            nxt = chars[k + 1] if k + 1 < len(chars) else ""
        if c in DEVANAGARI_CONSONANTS:
            if pending_a:
                out += "a"
            out += DEVANAGARI_CONSONANTS[c]
            pending_a = True
        elif c in DEVANAGARI_SIGNS:
            out += DEVANAGARI_SIGNS[c]
            pending_a = False
        elif c == "्":  # virama: no vowel
            pending_a = False
        elif c in DEVANAGARI_VOWELS:
            if pending_a:
                out += "a"
            out += DEVANAGARI_VOWELS[c]
            pending_a = False
        elif c in ("ं", "ँ"):  # anusvara, chandrabindu
            if pending_a:
                out += "a"
            out += "n"
            pending_a = False
        elif c == "ः":
            pending_a = False
        else:
            return set()
        k += 1
    # The final inherent vowel is written after a cluster (Narendra) and often not
    # after a single consonant (Amit, Rahul, Sanjay): give both.
    outs = {out, out + "a"} if pending_a else {out}
    return outs


def main() -> None:
    root = sys.argv[1]
    sys.path.insert(0, root)
    base = os.path.join(root, "faker", "providers", "person")
    names = set()
    for loc in sorted(os.listdir(base)):
        if loc.startswith("_") or loc in LOCALES_SKIP:
            continue
        prov = importlib.import_module("faker.providers.person." + loc).Provider
        for attr in dir(prov):
            if not (attr.startswith("first_") and "name" in attr and "kana" not in attr):
                continue
            if attr.startswith("first_name_") and attr.endswith("pairs"):
                continue
            value = getattr(prov, attr)
            if not isinstance(value, (list, tuple, dict)):
                continue
            for name in value:
                if not isinstance(name, str):
                    continue
                if loc.split("_")[0] in ("ru", "bg", "mk", "uk"):
                    table = UKRAINIAN if loc.startswith("uk") else CYRILLIC
                    for part in name.replace("-", " ").split():
                        for r in romanise_cyrillic(part, table):
                            if len(r) >= 3 and r.isalpha() and r.isascii() and r not in STOP:
                                names.add(r)
                    continue
                if loc.split("_")[0] in ("hi", "mr", "ne"):
                    for part in name.replace("-", " ").split():
                        for r in romanise_devanagari(part):
                            if len(r) >= 3 and r.isalpha() and r.isascii() and r not in STOP:
                                names.add(r)
                    continue
                for part in name.replace("-", " ").split():
                    if not latin(part) or not part[:1].isupper():
                        continue
                    f = fold(part)
                    if len(f) >= 3 and f.isalpha() and f.isascii() and f not in STOP:
                        names.add(f)
    print("# Given names, folded: generated by given_names.py from Faker's person lists")
    print("# (PyPI faker, MIT licence; version in SOURCES.md). Do not edit by hand.")
    for n in sorted(names):
        print(n)


if __name__ == "__main__":
    main()
