"""Helpers shared by the scripts that generate this folder's word lists."""
import unicodedata


def fold(s):
    """Lowercase, accents removed: the same folding as the ingest's `text::fold`
    for Latin script."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower().replace("\u2019", "'").replace("\u2010", "-")


def latin_letters(s):
    """Whether every letter of `s` is a Latin one (other characters may be anything)."""
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in s)


def read_words(path):
    """The folded lines of a word list, comments and blank lines left out."""
    with open(path, encoding="utf-8") as f:
        return {fold(l.strip()) for l in f if l.strip() and not l.startswith("#")}


def ordinary(key, words, given, common):
    """Whether a folded name is mostly something else: one word that is a common
    given name or English word, or several words that all are."""
    if len(words) == 1 and (key in given or key in common):
        return True
    return all(w in common or w in given for w in words)


def write_list(header, names):
    """Writes `header` (comment lines) and the values of `names` sorted by key."""
    import sys

    out = sys.stdout
    out.write(header)
    for key in sorted(names):
        out.write(names[key] + "\n")
