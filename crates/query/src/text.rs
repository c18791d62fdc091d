//! Text normalisation, tokenising, stemming and query parsing.
//!
//! The index, the query parser and the highlighter all go through [`tokenize`], so a
//! word in the query matches a word in an article exactly when both reduce to the
//! same *term*: lowercased, accent-folded and lightly stemmed.
//!
//! Tokenising rules, chosen so that names as written in the news are findable:
//! - a token is a run of letters and digits (any script); combining marks inside a
//!   word are kept as part of it (and folded away);
//! - an apostrophe (`'`, `’`, `ʼ`) before a final `s` stays inside the token, so
//!   `Tokayev's` is one token (the stemmer then drops the possessive); any other
//!   apostrophe splits, so French elisions work (`l'Élysée` → `l`, `elysee`) and
//!   `O'Brien` is the phrase `o brien`, found by `o'brien` as typed;
//! - a hyphen splits: `Kassym-Jomart` gives the two consecutive tokens `kassym` and
//!   `jomart`. A hyphenated query word is searched as a phrase, so `kassym`,
//!   `jomart` and `kassym-jomart` all find it.
//!
//! Stemming is deliberately conservative (plurals and possessives only, see
//! [`stem`]): a news reader searching for `coup` wants `coups`, but a false merge
//! such as `general`/`generate` would be worse than a missed `-ing` form.

use std::ops::Range;

/// One word of a text: its term and where it is in the original string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// The normalised, stemmed form used for matching.
    pub term: String,
    /// Byte range of the word in the original text.
    pub bytes: Range<usize>,
}

/// Folds one lowercase character to its unaccented Latin base letters.
///
/// Why a hand-written table rather than Unicode decomposition (e.g. the
/// `unicode-normalization` crate): that crate's tables add tens of kilobytes to the
/// WebAssembly, while the news we index is written in Latin scripts whose accented
/// letters are almost all in Latin-1 Supplement and Latin Extended-A/B. This table
/// is 400 bytes. Letters outside U+00C0..U+024F (Vietnamese Latin Extended
/// Additional, Greek, Cyrillic) are left as they are, which is still consistent
/// because the query goes through the same function as the text.
///
/// Returns the folded letters: one or two ASCII letters, or the character itself.
fn fold(c: char, out: &mut String) {
    // One entry per code point from U+00C0 to U+024F, rows of 16. A letter is the
    // ASCII base; '.' means "no Latin base, keep the character"; '*' means the
    // character folds to two letters (see `fold_two`).
    const TABLE: &[u8; 400] = b"\
aaaaaa*ceeeeiiii\
dnooooo.ouuuuy**\
aaaaaa*ceeeeiiii\
dnooooo.ouuuuy*y\
aaaaaaccccccccdd\
ddeeeeeeeeeegggg\
gggghhhhiiiiiiii\
ii**jjkkklllllll\
lllnnnnnnnnnoooo\
oo**rrrrrrssssss\
ssttttttuuuuuuuu\
uuuuwwyyyzzzzzzs\
bbbb..occdddd.e.\
effg..iikkl..nno\
oo..pp.....ttttu\
u.vyyzz.........\
....*********aai\
ioouuuuuuuuuueaa\
aa**ggggkkoooo..\
j***gg..nnaa**oo\
aaaaeeeeiiiioooo\
rrrruuuusstt..hh\
nd..zzaaeeoooooo\
ooyylntj..acclts\
z..bu.eejjqqrryy";
    let cp = c as u32;
    if (0xC0..=0x24F).contains(&cp) {
        match TABLE[(cp - 0xC0) as usize] {
            b'.' => out.push(c),
            b'*' => out.push_str(fold_two(c)),
            b => out.push(b as char),
        }
    } else if (0x300..=0x36F).contains(&cp) {
        // Combining diacritical marks: decomposed accents ("e\u{301}") vanish.
    } else {
        out.push(c);
    }
}

/// The letters that ligatures and digraphs fold to.
fn fold_two(c: char) -> &'static str {
    match c {
        'Æ' | 'æ' | 'Ǣ' | 'ǣ' | 'Ǽ' | 'ǽ' => "ae",
        'Þ' | 'þ' => "th",
        'ß' => "ss",
        'Ĳ' | 'ĳ' => "ij",
        'Œ' | 'œ' => "oe",
        'Ǆ' | 'ǅ' | 'ǆ' | 'Ǳ' | 'ǲ' | 'ǳ' => "dz",
        'Ǉ' | 'ǈ' | 'ǉ' => "lj",
        'Ǌ' | 'ǋ' | 'ǌ' => "nj",
        _ => "",
    }
}

/// Lowercases and accent-folds a string: `"Élysée"` → `"elysee"`.
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_normalized(c, &mut out);
    }
    out
}

fn push_normalized(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        for l in crate::lower::lowercase(c) {
            fold(l, out);
        }
    }
}

fn is_combining(c: char) -> bool {
    ('\u{300}'..='\u{36F}').contains(&c)
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2BC}')
}

/// Words that look plural but are not (or whose stem would collide).
const NOT_PLURAL: &[&str] = &[
    "always",
    "news",
    "perhaps",
    "series",
    "species",
    "whereas",
    "yes",
    "christmas",
];

/// Reduces a normalised word to its term: strips a possessive `'s` and an English
/// plural ending. Conservative on purpose: `-ies`→`-y` (countries → country),
/// `-sses`/`-xes`/`-ches`/`-shes` lose `-es` (taxes → tax), otherwise a final `-s`
/// goes (coups → coup, votes → vote) unless the word ends in `-ss`, `-us` or `-is`
/// or has three letters or fewer (gas, its, has). No `-ing`/`-ed` stripping: it
/// merges too many unrelated words for a corpus this size to afford.
pub fn stem(word: &str) -> String {
    let mut w = word.to_string();
    stem_in_place(&mut w);
    w
}

/// [`stem`] without allocating: the index calls it for every word of the corpus.
fn stem_in_place(w: &mut String) {
    if w.ends_with("'s") {
        w.truncate(w.len() - 2);
    }
    if w.len() <= 3 || !w.ends_with('s') || NOT_PLURAL.contains(&w.as_str()) {
        return;
    }
    if w.len() > 4 && w.ends_with("ies") {
        w.truncate(w.len() - 3);
        w.push('y');
    } else if w.ends_with("sses")
        || w.ends_with("xes")
        || w.ends_with("ches")
        || w.ends_with("shes")
    {
        w.truncate(w.len() - 2);
    } else if !(w.ends_with("ss") || w.ends_with("us") || w.ends_with("is")) {
        w.truncate(w.len() - 1);
    }
}

/// Splits a text into tokens (see the module docs for the rules), each with its
/// term and its byte range in `text`.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    for_each_token(text, |term, bytes| {
        tokens.push(Token {
            term: term.to_string(),
            bytes,
        })
    });
    tokens
}

/// Calls `f(term, byte_range)` for every token of `text`, without collecting them.
pub fn for_each_token(text: &str, mut f: impl FnMut(&str, Range<usize>)) {
    let mut word = String::new();
    let mut start = 0;
    let mut end = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_alphanumeric() {
            if word.is_empty() {
                start = i;
            }
            push_normalized(c, &mut word);
            end = i + c.len_utf8();
        } else if is_combining(c) && !word.is_empty() {
            end = i + c.len_utf8();
        } else if is_apostrophe(c) && !word.is_empty() && is_possessive(chars.clone()) {
            word.push('\'');
        } else if !word.is_empty() {
            stem_in_place(&mut word);
            f(&word, start..end);
            word.clear();
        }
    }
    if !word.is_empty() {
        stem_in_place(&mut word);
        f(&word, start..end);
    }
}

/// Whether what follows an apostrophe is a possessive `s` ending the word.
fn is_possessive(mut rest: impl Iterator<Item = (usize, char)>) -> bool {
    matches!(rest.next(), Some((_, 's' | 'S')))
        && !rest.next().is_some_and(|(_, c)| c.is_alphanumeric())
}

/// The terms of `text`, in order.
pub fn terms(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for_each_token(text, |t, _| out.push(t.to_string()));
    out
}

/// A parsed search box: what must and must not appear.
///
/// Syntax: space-separated words must all appear (AND); `"quoted words"` must appear
/// consecutively within the title or one paragraph; a leading `-` excludes a word or
/// a quoted phrase. A word the tokeniser splits (`kassym-jomart`, `U.S.`,
/// `O'Brien`) is a phrase of its parts. An unclosed quote runs to the end of the input. All terms
/// are normalised and stemmed, as in [`tokenize`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TextQuery {
    /// Single terms that must all appear, deduplicated, in query order.
    pub terms: Vec<String>,
    /// Phrases (two terms or more) that must all appear.
    pub phrases: Vec<Vec<String>>,
    /// Terms that must not appear.
    pub excluded_terms: Vec<String>,
    /// Phrases that must not appear.
    pub excluded_phrases: Vec<Vec<String>>,
}

impl TextQuery {
    /// Parses a search box's text. Never fails; what holds no word is ignored.
    pub fn parse(q: &str) -> TextQuery {
        let mut out = TextQuery::default();
        let chars: Vec<char> = q.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            if chars[i].is_whitespace() {
                i += 1;
                continue;
            }
            let mut negated = false;
            if chars[i] == '-' && chars.get(i + 1).is_some_and(|c| !c.is_whitespace()) {
                negated = true;
                i += 1;
            }
            let part: String;
            if chars[i] == '"' {
                let close = chars[i + 1..].iter().position(|&c| c == '"');
                let end = close.map_or(chars.len(), |p| i + 1 + p);
                part = chars[i + 1..end].iter().collect();
                i = (end + 1).min(chars.len());
            } else {
                let end = chars[i..]
                    .iter()
                    .position(|&c| c.is_whitespace() || c == '"')
                    .map_or(chars.len(), |p| i + p);
                part = chars[i..end].iter().collect();
                i = end;
            }
            let t = terms(&part);
            match (t.len(), negated) {
                (0, _) => {}
                (1, false) => push_unique(&mut out.terms, t.into_iter().next().unwrap()),
                (1, true) => push_unique(&mut out.excluded_terms, t.into_iter().next().unwrap()),
                (_, false) => push_unique(&mut out.phrases, t),
                (_, true) => push_unique(&mut out.excluded_phrases, t),
            }
        }
        out
    }

    /// True when the query constrains nothing.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
            && self.phrases.is_empty()
            && self.excluded_terms.is_empty()
            && self.excluded_phrases.is_empty()
    }

    /// True when something must appear (so results can be ranked by relevance).
    pub fn has_positive(&self) -> bool {
        !self.terms.is_empty() || !self.phrases.is_empty()
    }

    /// Every distinct term that must appear, single or inside a phrase: what
    /// relevance scores.
    pub fn positive_terms(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for t in self.terms.iter().chain(self.phrases.iter().flatten()) {
            if !out.contains(&t.as_str()) {
                out.push(t);
            }
        }
        out
    }
}

fn push_unique<T: PartialEq>(v: &mut Vec<T>, x: T) {
    if !v.contains(&x) {
        v.push(x);
    }
}

/// Whether the term sequence `phrase` occurs consecutively in `tokens`; returns the
/// index of each first token.
pub(crate) fn phrase_starts<'a>(
    tokens: &'a [Token],
    phrase: &'a [String],
) -> impl Iterator<Item = usize> + 'a {
    let n = phrase.len();
    (0..tokens.len().saturating_sub(n.saturating_sub(1))).filter(move |&i| {
        n > 0
            && tokens[i..i + n]
                .iter()
                .zip(phrase)
                .all(|(t, p)| &t.term == p)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_and_case() {
        assert_eq!(normalize("Élysée"), "elysee");
        assert_eq!(normalize("TOKAYEV"), "tokayev");
        assert_eq!(normalize("Ștefan Țiriac"), "stefan tiriac");
        assert_eq!(normalize("Erdoğan Kılıç"), "erdogan kilic");
        assert_eq!(
            normalize("Łódź Ørsted Æsir Œuvre Straße"),
            "lodz orsted aesir oeuvre strasse"
        );
        assert_eq!(normalize("Ǆ İstanbul"), "dz istanbul");
        assert_eq!(normalize("e\u{301}te\u{301}"), "ete");
        assert_eq!(normalize("Назарбаев"), "назарбаев");
        assert_eq!(normalize("×÷"), "×÷");
    }

    #[test]
    fn stems_plurals_and_possessives_only() {
        for (w, s) in [
            ("kalashnikovs", "kalashnikov"),
            ("coups", "coup"),
            ("riots", "riot"),
            ("countries", "country"),
            ("nazarbayev's", "nazarbayev"),
            ("taxes", "tax"),
            ("churches", "church"),
            ("classes", "class"),
            ("votes", "vote"),
            ("class", "class"),
            ("virus", "virus"),
            ("analysis", "analysis"),
            ("gas", "gas"),
            ("its", "its"),
            ("news", "news"),
            ("running", "running"),
            ("o'brien", "o'brien"),
        ] {
            assert_eq!(stem(w), s, "{w}");
        }
    }

    #[test]
    fn tokenizes_with_byte_ranges_of_the_original() {
        let text = "Kassym-Jomart Tokayev’s «Élysée» 230";
        let toks = tokenize(text);
        let got: Vec<(&str, &str)> = toks
            .iter()
            .map(|t| (t.term.as_str(), &text[t.bytes.clone()]))
            .collect();
        assert_eq!(
            got,
            vec![
                ("kassym", "Kassym"),
                ("jomart", "Jomart"),
                ("tokayev", "Tokayev’s"),
                ("elysee", "Élysée"),
                ("230", "230"),
            ]
        );
        assert!(tokenize("  -- ' ’ ").is_empty());
        assert_eq!(
            terms("countries' rock'n'roll l’Élysée Reuters's"),
            vec!["country", "rock", "n", "roll", "l", "elysee", "reuter"]
        );
    }

    #[test]
    fn parses_queries() {
        let q =
            TextQuery::parse(r#"Tokayev "snap  Election" -riots -"central asian" kassym-jomart"#);
        assert_eq!(q.terms, vec!["tokayev"]);
        assert_eq!(
            q.phrases,
            vec![
                vec!["snap".to_string(), "election".into()],
                vec!["kassym".into(), "jomart".into()]
            ]
        );
        assert_eq!(q.excluded_terms, vec!["riot"]);
        assert_eq!(
            q.excluded_phrases,
            vec![vec!["central".to_string(), "asian".into()]]
        );
        assert!(q.has_positive());

        let q = TextQuery::parse(r#"coup "presidential vote"#);
        assert_eq!(q.terms, vec!["coup"]);
        assert_eq!(
            q.phrases,
            vec![vec!["presidential".to_string(), "vote".into()]]
        );

        let q = TextQuery::parse(r#""one""#);
        assert_eq!(q.terms, vec!["one"]);
        assert!(TextQuery::parse(r#" " - -- "" !! "#).is_empty());
        let q = TextQuery::parse("-riot");
        assert!(!q.is_empty() && !q.has_positive());
        assert_eq!(TextQuery::parse("a - b").terms, vec!["a", "b"]);
    }
}
