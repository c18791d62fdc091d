//! Finding name candidates in a paragraph: runs of capitalised words, cut at titles
//! and at connectors that join two names, with what their context says about them.
//!
//! Offsets are in characters (Unicode scalar values) of the paragraph string.

use super::lexicon::{self, in_list};
use crate::text::fold;
use newsprism_model::EntityKind;

/// A word of a paragraph, as the name rules see it.
#[derive(Debug, Clone)]
pub struct Word {
    /// The word without a possessive `'s` or the lowercase tail of "Moscow-led".
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// Starts with a capital letter.
    pub cap: bool,
    /// Two or more letters, all capitals: an acronym or a shouted dateline.
    pub upper: bool,
    /// Had a possessive `'s` (or `s'`): the name ends here.
    pub possessive: bool,
    /// A capitalised word used as a modifier ("Moscow-led", "France-based"): a name
    /// by itself, never part of a longer one.
    pub modifier: bool,
    /// The first word of a sentence.
    pub initial: bool,
    /// The characters between the previous word and this one.
    pub gap_before: String,
}

/// Splits a paragraph into words with their character offsets.
pub fn words(chars: &[char]) -> Vec<Word> {
    let n = chars.len();
    let mut out: Vec<Word> = Vec::new();
    let mut i = 0;
    let mut last_end = 0;
    while i < n {
        if !chars[i].is_alphanumeric() {
            i += 1;
            continue;
        }
        let s = i;
        let mut j = i + 1;
        while j < n {
            let c = chars[j];
            if c.is_alphanumeric() {
                j += 1;
            } else if matches!(c, '-' | '\'' | '\u{2019}')
                && j + 1 < n
                && chars[j + 1].is_alphanumeric()
            {
                j += 2;
            } else if c == '&'
                && j + 1 < n
                && chars[j + 1].is_uppercase()
                && chars[j - 1].is_uppercase()
            {
                // "P&G", "AT&T": capitals joined by an ampersand are one name.
                j += 2;
            } else if c == '.'
                && j + 1 < n
                && chars[j + 1].is_uppercase()
                && chars[j - 1].is_uppercase()
                && (j == s + 1 || chars[j - 2] == '.')
            {
                // U.S., U.K.: initials joined by dots.
                j += 2;
            } else {
                break;
            }
        }
        if j < n && chars[j] == '.' && j >= s + 3 && chars[j - 2] == '.' {
            j += 1; // the closing dot of "U.S."
        }
        // "then-EPA Administrator", "ex-Orra Motors", "anti-Orra": a prefix in lower
        // case before a capitalised name is no part of it ("Then-" and "Ex-" also
        // capitalised; "High Anti-Corruption Court" keeps its word).
        let mut s = s;
        if let Some(dash) = (s..j).find(|&k| chars[k] == '-') {
            let prefix: String = chars[s..dash].iter().collect();
            let lower = ["then", "ex", "non", "pro", "anti", "post", "pre", "mid"]
                .contains(&prefix.as_str());
            if (lower || prefix == "Then" || prefix == "Ex")
                && chars.get(dash + 1).is_some_and(|c| c.is_uppercase())
            {
                s = dash + 1;
            }
        }
        let raw: String = chars[s..j].iter().collect();
        // "India-US ties", "the Orra-Vessa border": two places joined by a hyphen
        // are two words ("Guinea-Bissau", one place, stays whole, and so does
        // "the Orra-Vessa Expressway", a name of its own).
        // "Japan-China-South Korea": the last part may run on into the next word.
        let name_goes_on =
            chars.get(j) == Some(&' ') && chars.get(j + 1).is_some_and(|c| c.is_uppercase());
        let next_word: String = if name_goes_on {
            chars[j + 1..]
                .iter()
                .take_while(|c| c.is_alphabetic())
                .collect()
        } else {
            String::new()
        };
        if let Some(parts) = hyphened_places(&raw, &next_word) {
            let gap_before: String = chars[last_end..s].iter().collect();
            let mut at = s;
            for (k, part) in parts.iter().enumerate() {
                let len = part.chars().count();
                let gap = if k == 0 {
                    gap_before.clone()
                } else {
                    "-".to_string()
                };
                let mut word = make_word(part.to_string(), at, at + len, gap);
                if k == 0 {
                    word.initial = match out.last() {
                        None => true,
                        Some(prev) => starts_sentence(&word.gap_before, prev, out[0].upper),
                    };
                }
                out.push(word);
                at += len + 1;
            }
            last_end = j;
            i = j;
            continue;
        }
        let gap_before: String = chars[last_end..s].iter().collect();
        let mut word = make_word(raw, s, j, gap_before);
        if !word.possessive
            && word.text.ends_with('s')
            && j < n
            && matches!(chars[j], '\'' | '\u{2019}')
            && chars.get(j + 1).is_none_or(|c| !c.is_alphanumeric())
        {
            word.possessive = true;
        }
        word.initial = match out.last() {
            None => true,
            Some(prev) => starts_sentence(&word.gap_before, prev, out[0].upper),
        };
        out.push(word);
        last_end = j;
        i = j;
    }
    out
}

/// The parts of a hyphenated word when each is a gazetteer place and the whole is
/// not one ("India-US", "Orra-Vessa-Tarn"); the last part may be a place only with
/// the word after it (`next`: "South" and "Korea"), and no other word may follow.
fn hyphened_places<'a>(raw: &'a str, next: &str) -> Option<Vec<&'a str>> {
    let parts: Vec<&str> = raw.split('-').collect();
    let g = lexicon::gazetteer();
    let place = |p: &str| {
        p.chars().next().is_some_and(char::is_uppercase)
            && !p.contains(['\'', '\u{2019}'])
            && g.places.contains_key(&lexicon::place_key(p))
    };
    let (last, head) = parts.split_last()?;
    let last_ok = if next.is_empty() {
        place(last)
    } else {
        place(&format!("{last} {next}")) && !place(last)
    };
    (parts.len() >= 2
        && head.iter().all(|p| place(p))
        && last_ok
        && !g.places.contains_key(&lexicon::place_key(raw)))
    .then_some(parts)
}

fn make_word(raw: String, start: usize, end: usize, gap_before: String) -> Word {
    let mut text = raw;
    let mut end = end;
    let mut possessive = false;
    for suffix in ["'s", "\u{2019}s", "'S", "\u{2019}S"] {
        if text.len() > suffix.len() && text.ends_with(suffix) {
            text.truncate(text.len() - suffix.len());
            end -= 2;
            possessive = true;
            break;
        }
    }
    // "d’Italia", "l’Orra": an elided particle before a capitalised word counts as
    // capitalised, inside a name.
    let elided = {
        let mut c = text.chars();
        matches!(c.next(), Some('d' | 'l'))
            && matches!(c.next(), Some('\'' | '\u{2019}'))
            && c.next().is_some_and(char::is_uppercase)
    };
    // "al-Thani", "el-Sisi", "al-Shabaab": an Arabic article hyphened to a
    // capitalised name is part of it.
    let article = text.split_once('-').is_some_and(|(a, b)| {
        in_list(&["al", "el", "ad", "an", "as", "ash", "at", "az", "ar"], a)
            && a.chars().all(|c| c.is_ascii_lowercase())
            && b.chars().next().is_some_and(char::is_uppercase)
    });
    // "1MDB", "3M", "2GB": digits, then a body's initials in capitals.
    let numbered_initials = text.chars().next().is_some_and(|c| c.is_ascii_digit()) && {
        let rest = text.trim_start_matches(|c: char| c.is_ascii_digit());
        rest.chars().filter(|c| c.is_ascii_uppercase()).count() >= 1
            && rest.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            && rest.starts_with(|c: char| c.is_ascii_uppercase())
            && text.chars().count() >= 3
            // ("10GW", "5G", "4K": units and standards.)
            && !matches!(
                rest,
                "G" | "K" | "GB" | "MB" | "KB" | "TB" | "GW" | "MW" | "KW" | "GHZ" | "MHZ" | "BC"
                    | "AD" | "PM" | "AM" | "D" | "X" | "S" | "M" | "KM" | "MM" | "CM" | "KG"
            )
    };
    let cap = text.chars().next().is_some_and(char::is_uppercase)
        || elided
        || article
        || numbered_initials;
    let mut modifier = false;
    if cap && text.contains('-') {
        let parts: Vec<&str> = text.split('-').collect();
        // "Co-operation", "Re-election": a short capitalised prefix, not a name.
        let prefix = parts[0].chars().count() <= 3
            && parts[0].chars().skip(1).all(char::is_lowercase)
            && parts.len() == 2;
        // "Vassir-ul-Orran", "Tahreek-e-Vessa", "Ould-al-Malik": a particle between
        // capitalised parts is inside the name.
        // "Kim Sung-hee", "Choi Ha-yun": a Korean given name's second syllable,
        // short and in lowercase, is not a modifier like "-led" or "-based".
        let syllable = |k: usize| {
            k == parts.len() - 1
                && k == 1
                && (2..=4).contains(&parts[k].chars().count())
                && parts[k].chars().all(|c| c.is_ascii_lowercase())
                && !parts[k].ends_with("ed")
                && !in_list(
                    &[
                        "led", "run", "born", "made", "held", "bred", "wide", "era", "style",
                        "type", "like", "area", "zone", "free", "only", "size", "bound", "day",
                        "year", "week", "time", "side", "city", "post", "war", "ties", "talk",
                        "talks", "deal", "pact", "plan", "in",
                    ],
                    parts[k],
                )
                && parts[0].chars().count() <= 6
        };
        let particle = |k: usize| {
            in_list(
                &[
                    "ul", "ud", "us", "al", "el", "e", "i", "bin", "ibn", "de", "di", "da", "du",
                ],
                parts[k],
            ) && parts
                .get(k + 1)
                .is_some_and(|p| p.chars().next().is_some_and(char::is_uppercase))
        };
        if let Some(k) = (0..parts.len())
            .find(|&k| {
                parts[k].chars().next().is_some_and(char::is_lowercase)
                    && !particle(k)
                    && !syllable(k)
            })
            .filter(|_| !prefix)
        {
            let head = parts[..k].join("-");
            end = start + head.chars().count();
            text = head;
            modifier = true;
        }
    }
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    let upper = letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase());
    Word {
        text,
        start,
        end,
        cap,
        upper,
        possessive,
        modifier,
        initial: false,
        gap_before,
    }
}

/// A word starts a sentence after `.`, `!`, `?`, `:` or `;` (quotes and brackets
/// aside), unless the full stop ends an abbreviation such as "Mr." or an initial.
/// In a paragraph opening with a dateline in capitals (`dateline`), the dash or the
/// credit's closing bracket that ends it starts the sentence too: "ORVALE,
/// Country — The", "ORVALE (Agency / Wire - 3 May, 2021) The".
fn starts_sentence(gap: &str, prev: &Word, dateline: bool) -> bool {
    let core: String = gap
        .chars()
        .filter(|c| {
            !c.is_whitespace() && !crate::text::is_opener(*c) && !crate::text::is_closer(*c)
        })
        .collect();
    match core.chars().last() {
        Some('.') => {
            let p = fold(&prev.text);
            !(lexicon::ABBREVIATIONS.contains(&p.as_str())
                || prev.text.chars().count() == 1 && prev.cap)
        }
        Some('!' | '?' | ':' | ';' | '\u{2026}') => true,
        // The dash after a dateline: "ALMATY - The", "MOSCOW (Agency) - The".
        // "ORVALE TWP. — A deputy": the dateline may end in an abbreviation's dot.
        Some('-' | '\u{2013}' | '\u{2014}') => {
            gap.trim_start_matches('.').starts_with([' ', ')'])
                && gap.ends_with(' ')
                && (gap.contains(')') || prev.upper || dateline && prev.end <= 60)
        }
        None => dateline && prev.end <= 90 && gap.starts_with(')') && gap.ends_with(' '),
        // `said, "The ...`: a quotation opening after a comma starts a sentence.
        Some(',') => gap
            .trim_end()
            .chars()
            .last()
            .is_some_and(|c| matches!(c, '"' | '\u{201c}')),
        _ => false,
    }
}

/// A stretch of a paragraph that may name an entity, with what its context says.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
    pub surface: String,
    /// The words, connectors included.
    pub words: Vec<String>,
    /// Its first word starts a sentence (so its capital proves nothing).
    pub initial: bool,
    /// What the context says: a title or role before it, a verb of saying next to it.
    pub cue: Option<EntityKind>,
    /// After "in", "near", "across": a weak hint of a place.
    pub place_hint: bool,
    /// Written in parentheses right after a longer name: "(CSTO)" → that name.
    pub defines_acronym_of: Option<String>,
    /// The place of an opening dateline in capitals: "HARBOURTON, May 2 (Agency) -".
    pub dateline_place: bool,
    /// No lowercase noun follows it, so it is not a modifier: "the giant Anglo
    /// Danish, ..." (not "the giant Central Asian dictatorship").
    pub bare: bool,
    /// Joined to the candidate before it by "and" or a comma alone: "X and Y",
    /// "X, Y": a member of the same list.
    pub joined_before: bool,
    /// Its person cue is only a verb of saying beside it ("X said", "said X") or a
    /// noun firms share with people ("rival X"), which organisations get as often
    /// as people.
    pub say_only: bool,
    /// Right after "the", which comes before organisations' and places' names but not
    /// before a person's.
    pub after_the: bool,
    /// Its organisation cue is only a noun after it that demonyms also take ("the
    /// X government"): it counts only for a name also written on its own.
    pub body_cue: bool,
    /// Written as a noun, not as a modifier: possessive ("Taliban's war"), before
    /// a verb ("the Taliban want") or with no lowercase word after it.
    pub alone: bool,
    /// An acronym defined in brackets after lowercase words it abbreviates:
    /// "judicial custody (JC)" names a thing, not an organisation.
    pub common_acronym: bool,
}

/// Every candidate of one paragraph.
pub fn candidates(paragraph_index: usize, paragraph: &str) -> Vec<Candidate> {
    let chars: Vec<char> = paragraph.chars().collect();
    let words = words(&chars);
    let mut out = Vec::new();
    for (a, b) in runs(&words) {
        for (s, e, cue) in segments(&words, a, b) {
            let s = dated_name_start(&words, s, e);
            out.push(candidate(paragraph_index, &chars, &words, s, e, cue));
        }
    }
    // A news agency credited in a dateline, "HARBOURTON, May 2 (Agency) - ...", is a
    // credit, not a mention; a title in quotation marks names a work.
    out.retain(|c| {
        !is_dateline_credit(&chars, c.start, c.end)
            && !is_quoted_title(&chars, c)
            && !is_government_modifier(&chars, c)
            && !is_currency(&chars, c)
    });
    for i in 1..out.len() {
        let between: String = chars[out[i - 1].end..out[i].start].iter().collect();
        out[i].joined_before = matches!(between.as_str(), " and " | ", " | ", and ");
    }
    // "the Islamic Resistance Movement (Hamas)": a one-word name in brackets right
    // after an organisation's is its short name.
    for i in 1..out.len() {
        let (prev, cur) = (&out[i - 1], &out[i]);
        let between: String = chars[prev.end..cur.start].iter().collect();
        if between.trim() == "("
            && chars.get(cur.end) == Some(&')')
            && cur.words.len() == 1
            && !is_acronym(&cur.surface)
            && prev.words.len() > 1
            && prev.words.iter().any(|w| in_list(lexicon::ORG_HEADS, w))
            && !lexicon::gazetteer()
                .places
                .contains_key(&lexicon::place_key(&cur.surface))
        {
            out[i].defines_acronym_of = Some(out[i - 1].surface.clone());
            out[i].cue = Some(EntityKind::Organisation);
        }
    }
    // "Collective Security Treaty Organization (CSTO)": the acronym names the same.
    for i in 1..out.len() {
        let (prev, cur) = (&out[i - 1], &out[i]);
        let between: String = chars[prev.end..cur.start].iter().collect();
        let after = chars.get(cur.end).copied();
        // "the Orran Space Agency OSA": the initials right after a body's name.
        let appended = between == " "
            && prev
                .words
                .last()
                .is_some_and(|w| in_list(lexicon::ORG_HEADS, w));
        if (between.trim() == "(" && after == Some(')') || appended)
            && cur.words.len() == 1
            && is_acronym(&cur.surface)
            && prev.words.len() > 1
        {
            out[i].defines_acronym_of = Some(out[i - 1].surface.clone());
            // "the Harbour Workers' League (HWL)": a name defined with an acronym is
            // an organisation's, unless a person's cue says otherwise or it is a
            // place's ("Orra Vessa Province (OVP)").
            let abbreviated = abbreviates(&out[i].surface, &out[i - 1].words);
            let long = &mut out[i - 1];
            let place = lexicon::is_known_place(&long.surface)
                || in_list(lexicon::PLACE_HEADS, &long.words[long.words.len() - 1]);
            if (long.cue.is_none() || long.say_only) && abbreviated && !place {
                long.cue = Some(EntityKind::Organisation);
                long.say_only = false;
            }
        }
    }
    out
}

/// "“The Lantern Years” by ...": a name that is the whole of a quotation (with an
/// article before it at most) is the title of a book, film or song, unless the
/// gazetteer knows it for a place.
fn is_quoted_title(chars: &[char], c: &Candidate) -> bool {
    let mut s = c.start;
    let before: String = chars[s.saturating_sub(4)..s].iter().collect();
    for article in ["The ", "A ", "An "] {
        if before.ends_with(article) {
            s -= article.len();
            break;
        }
    }
    let open = s.checked_sub(1).map(|i| chars[i]);
    let close = chars.get(c.end).copied();
    // A closing quote may sit after a comma or full stop inside it.
    let close = match close {
        Some(',' | '.') => chars.get(c.end + 1).copied(),
        other => other,
    };
    // "joined the 'Clean Streets Drive' this spring": single quotes too, around a
    // name of two or more words (one word in them may be a nickname or a scare quote).
    let single = c.words.len() >= 2
        && matches!(open, Some('\'' | '\u{2018}'))
        && s.checked_sub(2)
            .is_none_or(|i| chars[i].is_whitespace() || chars[i] == '(')
        && matches!(close, Some('\'' | '\u{2019}'))
        && chars.get(c.end + 1).is_none_or(|ch| !ch.is_alphanumeric());
    (single
        || matches!(open, Some('"' | '\u{201c}')) && matches!(close, Some('"' | '\u{201d}')))
        // A place called by a name in quotes ("the capital, then “Harwick”") is
        // still the place.
        && !lexicon::gazetteer()
            .places
            .contains_key(&lexicon::place_key(&c.surface))
}

/// "US$40 million", "A$61", "KRW 3.2 trillion": a currency's letters, not a place
/// or a body.
fn is_currency(chars: &[char], c: &Candidate) -> bool {
    if c.words.len() != 1 {
        return false;
    }
    if chars.get(c.end) == Some(&'$') {
        return true;
    }
    let after: String = chars[c.end..].iter().take(3).collect();
    lexicon::CURRENCY_CODES.contains(&c.surface.as_str())
        && after.starts_with(' ')
        && after[1..].starts_with(|ch: char| ch.is_ascii_digit())
}

/// "Union finance minister", "the Union territories": India's central government,
/// named by a word before a lowercase government noun, is not a name.
fn is_government_modifier(chars: &[char], c: &Candidate) -> bool {
    if c.words.len() != 1 || c.words[0] != "Union" {
        return false;
    }
    let after: String = chars[c.end..].iter().take(20).collect();
    let next = after.split_whitespace().next().unwrap_or("");
    after.starts_with(' ')
        && in_list(
            &[
                "minister",
                "ministers",
                "ministry",
                "government",
                "cabinet",
                "budget",
                "territory",
                "territories",
                "health",
                "home",
                "finance",
                "law",
                "education",
                "defence",
                "external",
                "commerce",
                "secretary",
            ],
            next,
        )
}

/// Whether `start..end` is in brackets near the start of the paragraph, with a dash
/// after the closing bracket, a known agency or a date inside the bracket, and no
/// sentence ending before the opening one: "HARBOURTON, May 2 (Agency) -",
/// "VALDORIA, Aug. 3 (XYZ/AFP) -", "ORVALE (Example News / Agency - 3rd May, 2021)".
fn is_dateline_credit(chars: &[char], start: usize, end: usize) -> bool {
    // A credit opens in the first 90 characters and runs some 80 more at most.
    if start > 170 {
        return false;
    }
    let Some(open) = (0..start)
        .rev()
        .take_while(|&i| chars[i] != ')')
        .find(|&i| chars[i] == '(')
    else {
        return false;
    };
    let Some(close) = (end..chars.len().min(end + 80))
        .take_while(|&i| chars[i] != '(')
        .find(|&i| chars[i] == ')')
    else {
        return false;
    };
    if open > 90 {
        return false;
    }
    let after: String = chars[close + 1..].iter().take(3).collect();
    let before: String = chars[..open].iter().collect();
    // What comes before reads as a dateline: a place in capitals, or a date.
    let first = before.split([',', ' ']).next().unwrap_or("");
    let dateline = first.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && first
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, '-' | '.' | '\''))
        || before.chars().any(|c| c.is_ascii_digit());
    // "New Delhi, Mar 3 (PTI) Ardel ...": a known agency needs no dash.
    let inside: String = chars[open + 1..close].iter().collect();
    let agency = inside
        .split(['/', '-'])
        .any(|w| crate::metadata::wire_name(w.trim()).is_some());
    let dated = crate::metadata::find_full_date(&inside).is_some();
    let dash = after
        .trim_start()
        .starts_with(['-', '\u{2013}', '\u{2014}']);
    // "Orvale (Agency) -": a town's name in ordinary case before a known agency.
    let town = agency
        && dash
        && (1..=4).contains(&before.split_whitespace().count())
        && before
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    // "Orvale, Nov. 19 (XYZ) Ana Berg said": an agency's initials after a
    // dateline's month and day.
    let initials = (2..=6).contains(&inside.chars().count())
        && inside.chars().all(|c| c.is_ascii_uppercase())
        && before
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| crate::metadata::month_number(w).is_some())
        && before.chars().any(|c| c.is_ascii_digit());
    // The credit is the paragraph's first bracket, unless it follows the
    // dateline's month and day ("Orvale (Vessa) [Orra], May 4 (XYZ):").
    (agency || dated || dash || initials)
        && !ends_a_sentence(&before)
        && (!before.contains(['(', ')'])
            || initials && before.trim_end().ends_with(|c: char| c.is_ascii_digit()))
        && (dateline || town)
}

/// Whether `text` holds the end of a sentence: a question or exclamation mark, or a
/// full stop after a lower-case word ("approved."), not after an abbreviation
/// ("Aug.", "Wash.", "ST.").
fn ends_a_sentence(text: &str) -> bool {
    text.contains(['!', '?'])
        || text.split_whitespace().any(|w| {
            let w = w.trim_end_matches(crate::text::is_closer);
            w.strip_suffix('.').is_some_and(|stem| {
                stem.chars().count() >= 3 && stem.chars().all(char::is_lowercase)
            })
        })
}

/// Whether `acronym` abbreviates a name of `words`: its letters, in order, are
/// initials of the name's capitalised words (or of their hyphenated parts), the first
/// one the name's first initial. "OSCE", "UNITA"; not "AFP" after "Ana Berg".
fn abbreviates(acronym: &str, words: &[String]) -> bool {
    let Some(initials) = super::merge::initials(words) else {
        return false;
    };
    let letters: Vec<char> = acronym
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_uppercase)
        .collect();
    let mut rest = initials.chars();
    letters.first().is_some_and(|f| initials.starts_with(*f))
        && letters.iter().all(|l| rest.any(|c| c == *l))
}

/// "the April 6 Youth Movement", "6 April Movement activists": a date right before
/// an organisation's name, after "the" or with the name used of its members, opens
/// the name. Returns the start word of the name.
fn dated_name_start(words: &[Word], s: usize, e: usize) -> usize {
    if s < 2 || !in_list(lexicon::ORG_HEADS, &words[e - 1].text) {
        return s;
    }
    let (x, y) = (&words[s - 2], &words[s - 1]);
    let day = |w: &Word| w.text.len() <= 2 && w.text.chars().all(|c| c.is_ascii_digit());
    let month = |w: &Word| crate::metadata::month_number(&w.text).is_some() && w.cap;
    let dated = ((month(x) && day(y)) || (day(x) && month(y)))
        && y.gap_before == " "
        && words[s].gap_before == " ";
    let the_before = s >= 3 && fold(&words[s - 3].text) == "the" && x.gap_before == " ";
    let members_after = words.get(e).is_some_and(|n| {
        n.gap_before == " "
            && in_list(
                &[
                    "activists",
                    "members",
                    "supporters",
                    "protesters",
                    "leaders",
                    "founder",
                ],
                &n.text,
            )
    });
    if dated && (the_before || members_after) {
        s - 2
    } else {
        s
    }
}

/// Whether `acronym` spells the initials of the lowercase words right before it:
/// "judicial custody (JC)", "first information report (FIR)".
fn abbreviates_lowercase(acronym: &str, before: &[Word]) -> bool {
    let letters: Vec<char> = acronym
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    if letters.len() > before.len() {
        return false;
    }
    let tail = &before[before.len() - letters.len()..];
    tail.iter()
        .zip(&letters)
        .all(|(w, l)| !w.cap && w.text.starts_with(*l))
}

/// An all-capital abbreviation of two to eight letters.
pub fn is_acronym(s: &str) -> bool {
    let letters: Vec<char> = s.chars().filter(|c| *c != '.' && *c != '&').collect();
    (2..=8).contains(&letters.len())
        && letters
            .iter()
            .all(|c| c.is_uppercase() || c.is_ascii_digit())
        && (letters[0].is_alphabetic()
            || letters.iter().skip_while(|c| c.is_ascii_digit()).count() >= 2)
}

/// Maximal runs `[a, b)` of capitalised words joined by single spaces, connectors
/// allowed inside. A possessive or a modifier word ends a run.
fn runs(words: &[Word]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !words[i].cap {
            i += 1;
            continue;
        }
        if words[i].modifier {
            out.push((i, i + 1));
            i += 1;
            continue;
        }
        let a = i;
        let mut b = i + 1;
        let mut last_cap = i + 1;
        while b < words.len() {
            let prev = &words[b - 1];
            let w = &words[b];
            // "Harlow & Co", "Marks & Spencer": an ampersand inside a firm's name.
            // "Orra Group, Inc.": a firm's legal form after a comma. "St James’
            // Park": a possessive written with the apostrophe alone.
            let legal_form = w.gap_before == ", "
                && w.cap
                && prev.cap
                && !prev.possessive
                && in_list(lexicon::LEGAL_SUFFIXES, w.text.trim_end_matches('.'))
                && !in_list(
                    &["fc", "afc", "sc", "cf", "co", "ag", "sa"],
                    w.text.trim_end_matches('.'),
                );
            let bare_possessive = prev.possessive
                && matches!(w.gap_before.as_str(), "' " | "\u{2019} ")
                && prev.text.ends_with('s');
            let joined = w.gap_before == " "
                || (w.gap_before == ". " && !w.initial)
                || (w.gap_before == " & " && w.cap && prev.cap)
                || legal_form
                || bare_possessive;
            // "Prosecutor General's Office": a title's possessive inside a name;
            // "People's Democratic Party", "People's Liberation Army" too.
            let title_possessive = prev.possessive
                && (lexicon::TITLES.contains(&fold(&prev.text).as_str())
                    && in_list(lexicon::ORG_HEADS, &w.text)
                    || in_list(
                        &["people", "peoples", "workers", "women", "farmers"],
                        &prev.text,
                    ))
                && w.cap;
            // "St Mary's Stadium", "St Paul's Cathedral": a saint's name, then the
            // place or body named after it.
            let saint_possessive = prev.possessive
                && b == a + 2
                && in_list(&["st", "saint", "ste"], words[a].text.trim_end_matches('.'))
                && w.cap
                && (in_list(lexicon::PLACE_HEADS, &w.text)
                    || in_list(lexicon::ORG_HEADS, &w.text)
                    || in_list(&["cathedral", "abbey", "chapel"], &w.text));
            if !joined
                || (prev.possessive && !title_possessive && !saint_possessive)
                || prev.modifier
                || w.modifier
            {
                break;
            }
            // "the Orra Institute of Research in Tokyo": "in" before a known town
            // says where the body is; it is not inside its name. Before a country
            // or a continent it may be ("Organization for ... Cooperation in
            // Europe").
            let in_place = w.text == "in"
                && words.get(b + 1).is_some_and(|n| {
                    n.cap && n.gap_before == " " && {
                        let two = words
                            .get(b + 2)
                            .filter(|m| m.cap && m.gap_before == " ")
                            .map(|m| format!("{} {}", n.text, m.text));
                        let known = |s: &str| {
                            lexicon::is_known_place(s)
                                && !lexicon::gazetteer()
                                    .nations
                                    .contains(&lexicon::place_key(s))
                        };
                        known(&n.text) || two.is_some_and(|t| known(&t))
                    }
                });
            if w.cap {
                b += 1;
                last_cap = b;
            } else if in_list(lexicon::CONNECTORS, &w.text) && !in_place {
                b += 1;
            } else {
                break;
            }
        }
        out.push((a, last_cap));
        i = last_cap.max(a + 1);
    }
    out
}

/// Cuts a run into the names it holds: leading sentence words and calendar words
/// dropped, split at titles (the name after a title is a person's) and at breaking
/// words; connectors kept only inside organisation and place names.
fn segments(words: &[Word], a: usize, b: usize) -> Vec<(usize, usize, Option<EntityKind>)> {
    let mut pieces: Vec<(usize, usize, Option<EntityKind>)> = Vec::new();
    // Split at capitalised breaking words ("Ties Between Kazakhstan").
    let mut s = a;
    for (k, w) in words.iter().enumerate().take(b).skip(a + 1) {
        if w.cap && in_list(lexicon::RUN_BREAKERS, &w.text) {
            pieces.push((s, k, None));
            s = k + 1;
        }
        // "the Orran Space Agency OSA": a body's name, then its initials.
        if k + 1 == b
            && k >= s + 2
            && w.upper
            && is_acronym(&w.text)
            && in_list(lexicon::ORG_HEADS, &words[k - 1].text)
        {
            pieces.push((s, k, None));
            s = k;
        }
    }
    pieces.push((s, b, None));

    let mut out = Vec::new();
    for (mut s, mut e, _) in pieces {
        let mut place_list_head = false;
        // Leading words that only start a sentence, calendar words, connectors.
        loop {
            if s >= e {
                break;
            }
            let w = &words[s];
            // "Said Okoro:", "Representing Okafor, ...": a verb opening the
            // sentence before a name.
            let opening_verb = w.initial
                && e - s >= 2
                && ((in_list(&["said", "says"], &w.text)
                    && words
                        .get(e)
                        .is_some_and(|n| n.gap_before.trim_start().starts_with([':', ','])))
                    || (w.text.len() > 6
                        && w.text.ends_with("ing")
                        && lexicon::is_common_word(&w.text)
                        && !lexicon::gazetteer()
                            .places
                            .contains_key(&lexicon::place_key(&w.text))));
            // "New Orrair CEO Ana Berg": "new" describes the person's post, not
            // the company ("New Zealand", "New Democratic Party" keep it).
            let new_in_post = w.initial
                && in_list(&["new"], &w.text)
                && (s + 2..e)
                    .find(|&k| title_at(words, k, e).is_some())
                    .is_some_and(|k| {
                        (s + 1..k).all(|i| {
                            !in_list(lexicon::ORG_HEADS, &words[i].text)
                                && !in_list(lexicon::ORG_TAILS, &words[i].text)
                                && !in_list(lexicon::PLACE_HEADS, &words[i].text)
                        }) && !(s + 2..=k).any(|m| {
                            // "New Zealand", "New South Wales": a place's name.
                            let name: Vec<&str> = (s..m).map(|i| words[i].text.as_str()).collect();
                            lexicon::is_known_place(&name.join(" "))
                        })
                    });
            // "the Islamist Orra party", "the Danish Vessaco company": a demonym or
            // a creed before a body's name that a lowercase noun says is a body.
            let described_body = e - s >= 2
                && lexicon::gazetteer().adjectives.contains(&fold(&w.text))
                && words.get(e).is_some_and(|n| {
                    n.gap_before == " "
                        && in_list(
                            &[
                                "party",
                                "movement",
                                "group",
                                "militia",
                                "faction",
                                "company",
                                "firm",
                                "broadcaster",
                                "channel",
                                "newspaper",
                            ],
                            &n.text,
                        )
                })
                && (s + 1..e).all(|i| !lexicon::is_common_whole_word(&words[i].text));
            // "Oil giant Orraco", "Tech firm Vessa": an ordinary word opening the
            // sentence before a noun for a firm describes the firm named next.
            let trade_word = w.initial
                && e - s == 1
                && lexicon::is_common_whole_word(&w.text)
                && words.get(e).is_some_and(|n| {
                    !n.cap && n.gap_before == " " && in_list(lexicon::ORG_CUE_NOUNS, &n.text)
                });
            // The capitalised words from `k` on, when they are two or more and none
            // is a body's word (the run may go on past them: "Ana Berg on Sunday").
            let name_from = |k: usize| -> Option<Vec<String>> {
                let name_end = (k..e).find(|&i| !words[i].cap).unwrap_or(e);
                let rest: Vec<String> = (k..name_end).map(|i| words[i].text.clone()).collect();
                (rest.len() >= 2
                    && !rest
                        .iter()
                        .any(|r| in_list(lexicon::ORG_HEADS, r) || in_list(lexicon::ORG_TAILS, r)))
                .then_some(rest)
            };
            // Whether they make a person's name.
            let person_name_from = |k: usize| {
                name_from(k).is_some_and(|rest| {
                    super::typing::opens_with_given_name(&rest)
                        || super::typing::looks_like_full_name(&rest)
                            && super::typing::only_name_words(&rest)
                })
            };
            // "Conservative Vessa-Tarn state premier", "Fellow Kenyan": an ordinary
            // word opening the sentence before a place or a demonym ("New Mexico",
            // a place as a whole, keeps it).
            let before_place = w.initial
                && e - s >= 2
                && lexicon::is_common_whole_word(&w.text)
                && !in_list(lexicon::DIRECTIONS, &w.text)
                // ("Health Vessaland": a national agency's name.)
                && !in_list(lexicon::PORTFOLIO_WORDS, &w.text)
                && {
                    let g = lexicon::gazetteer();
                    let rest: Vec<&str> = (s + 1..e).map(|i| words[i].text.as_str()).collect();
                    let rest = rest.join(" ");
                    let whole: Vec<&str> = (s..e).map(|i| words[i].text.as_str()).collect();
                    // ("Amnesty International": a body's word, not a demonym.)
                    // "Fellow Kenyan Ana Berg": a demonym, then a person's name.
                    let demonym_then_person = e - s >= 4
                        && g.adjectives.contains(&fold(&words[s + 1].text))
                        && person_name_from(s + 2);
                    (g.places.contains_key(&lexicon::place_key(&rest))
                        || g.adjectives.contains(&fold(&rest))
                            && !in_list(lexicon::ORG_TAILS, &rest)
                            && !in_list(lexicon::ORG_HEADS, &rest)
                        || demonym_then_person)
                        && !lexicon::is_known_place(&whole.join(" "))
                };
            // "Kenyan Ana Berg", "won by Danish Ilo Brak": a demonym before a
            // person's name, which opens with a given name.
            let demonym_before_person = e - s >= 3
                && w.text
                    .split('-')
                    .all(|part| lexicon::gazetteer().adjectives.contains(&fold(part)))
                && person_name_from(s + 1);
            // "an Independent Paddy Orrin", "the candidate of LR Rachel Dorne": a
            // word for a party or a side, or a body's initials, right before a full
            // name that opens with a given name.
            let given_name_from = |k: usize| {
                name_from(k).is_some_and(|rest| {
                    rest.len() <= 3
                        && super::typing::opens_with_given_name(&rest)
                        && rest[rest.len() - 1].chars().skip(1).any(char::is_lowercase)
                })
            };
            let side_before_person = e - s >= 3
                && !w.initial
                && w.text.chars().count() >= 4
                && lexicon::is_common_whole_word(&w.text)
                && !in_list(lexicon::ORG_HEADS, &w.text)
                && !in_list(lexicon::ORG_TAILS, &w.text)
                && !in_list(lexicon::PLACE_HEADS, &w.text)
                && !in_list(lexicon::LEGAL_SUFFIXES, &w.text)
                && !in_list(lexicon::ORDINARY_GIVEN_NAMES, &w.text)
                && given_name_from(s + 1);
            if e - s >= 3 && w.upper && is_acronym(&w.text) && given_name_from(s + 1) {
                out.push((s, s + 1, None));
                s += 1;
                continue;
            }
            let drop = (w.initial || s > a) && in_list(lexicon::SENTENCE_STARTERS, &w.text)
                || before_place
                || side_before_person
                || demonym_before_person
                || new_in_post
                || trade_word
                || described_body
                || lexicon::is_calendar_word(&w.text)
                || !w.cap
                || is_pronoun_contraction(&w.text)
                || opening_verb;
            if drop {
                s += 1;
            } else {
                break;
            }
        }
        // "Kajiado and Orra Counties", "the Vessa and Central Regions": a plural
        // head shared by a list of places belongs to none of their names.
        if e - s >= 2
            && in_list(
                &[
                    "counties",
                    "regions",
                    "provinces",
                    "districts",
                    "prefectures",
                    "governorates",
                    "oblasts",
                    "municipalities",
                ],
                &words[e - 1].text,
            )
        {
            e -= 1;
            place_list_head = true;
        }
        while e > s {
            let w = &words[e - 1];
            let followed_by_number = words
                .get(e)
                .is_some_and(|n| n.text.chars().all(|c| c.is_ascii_digit()) && n.gap_before == " ");
            let after_connector = e - s >= 2 && !words[e - 2].cap;
            // "along North Ardel Highway Saturday night": a day after a name that
            // is complete, or before a part of the day.
            let time_of_day = words.get(e).is_some_and(|n| {
                n.gap_before == " "
                    && in_list(&["night", "morning", "afternoon", "evening"], &n.text)
            });
            let after_head = e - s >= 2
                && (in_list(lexicon::PLACE_HEADS, &words[e - 2].text)
                    || in_list(lexicon::ORG_HEADS, &words[e - 2].text));
            // "in France I remember": the pronoun after a place.
            let pronoun_after_place = w.text == "I"
                && e - s >= 2
                && lexicon::gazetteer()
                    .places
                    .contains_key(&lexicon::place_key(
                        &(s..e - 1)
                            .map(|i| words[i].text.as_str())
                            .collect::<Vec<_>>()
                            .join(" "),
                    ));
            if !w.cap
                || pronoun_after_place
                // "Director Jana Orrel Thursday met": a weekday ends no name.
                || (crate::metadata::is_weekday(&w.text) && e - s >= 2)
                || (lexicon::is_calendar_word(&w.text)
                    && (e - s == 1
                        || followed_by_number
                        || after_connector
                        || time_of_day
                        || after_head))
            {
                e -= 1;
            } else {
                break;
            }
        }
        if s >= e {
            continue;
        }
        out.extend(
            split_titles(words, s, e)
                .into_iter()
                .map(|(a, mut b, cue)| {
                    let cue = cue.or(place_list_head.then_some(EntityKind::Place));
                    // "Foreign Minister Park Jin and Chinese Foreign Minister ...": "and"
                    // and a demonym, before the next person's title, end no name.
                    let g = lexicon::gazetteer();
                    if b - a >= 3
                        && fold(&words[b - 2].text) == "and"
                        && g.adjectives.contains(&fold(&words[b - 1].text))
                        && !g
                            .places
                            .contains_key(&lexicon::place_key(&words[b - 1].text))
                    {
                        b -= 2;
                    }
                    (a, b, cue)
                }),
        );
    }
    // "Referee Alan Brooke booked ...": a role noun capitalised only because it
    // starts the sentence, then a name opening with a given name.
    let out: Vec<(usize, usize, Option<EntityKind>)> = out
        .into_iter()
        .map(|(s, e, cue)| {
            if e - s >= 3
                && words[s].initial
                && cue.is_none()
                && (in_list(lexicon::ROLE_NOUNS, &words[s].text)
                    || in_list(lexicon::PERSON_NOUNS, &words[s].text))
                && lexicon::is_given_name(&words[s + 1].text)
            {
                return (s + 1, e, Some(EntityKind::Person));
            }
            (s, e, cue)
        })
        .collect();
    out.into_iter()
        .flat_map(|(s, e, cue)| split_connectors(words, s, e, cue))
        .map(|(s, e, cue)| strip_job_words(words, s, e, cue))
        .map(|(s, e, cue)| strip_demonym(words, s, e, cue))
        .map(|(s, e, cue)| strip_workers_noun(words, s, e, cue))
        .flat_map(|(s, e, cue)| split_two_places(words, s, e, cue))
        .flat_map(|(s, e, cue)| split_title_place(words, s, e, cue))
        .flat_map(|(s, e, cue)| strip_document(words, s, e, cue))
        .filter(|&(s, e, _)| !(e - s == 1 && lexicon::is_calendar_word(&words[s].text)))
        .collect()
}

fn is_pronoun_contraction(w: &str) -> bool {
    let f = fold(w);
    f.starts_with("i'") || f == "i"
}

/// The length in words of the longest title phrase starting at word `k` (before `e`).
fn title_at(words: &[Word], k: usize, e: usize) -> Option<usize> {
    // "AG Orrin": the Attorney General's initials before a name (not "Orra AG", a
    // German company's suffix).
    if words[k].text == "AG"
        && (k == 0 || !words[k - 1].cap)
        && words
            .get(k + 1)
            .is_some_and(|n| n.cap && n.gap_before == " ")
        && k + 1 < e
    {
        return Some(1);
    }
    // "Interim Chief Executive Officer", "Acting Director": a qualifier before a title.
    if words[k].cap
        && in_list(
            &[
                "interim",
                "acting",
                "outgoing",
                "incoming",
                "deputy",
                "assistant",
                "associate",
                "senior",
                "special",
            ],
            &words[k].text,
        )
        && k + 1 < e
    {
        if let Some(n) = title_at(words, k + 1, e) {
            return Some(n + 1);
        }
    }
    if !words[k].cap || !lexicon::starts_a_title(words[k].text.trim_end_matches('.')) {
        return None;
    }
    // "Annual General Meeting", "General Assembly": "General" as an adjective,
    // before an ordinary word that ends the name.
    if words[k].text == "General"
        && words.get(k + 1).is_some_and(|n| {
            n.cap && lexicon::is_common_whole_word(&n.text) && (k + 2 >= e || !words[k + 2].cap)
        })
    {
        return None;
    }
    // "Tapan Sen told": a title's abbreviation without its full stop, closing a
    // name, is a surname.
    if k > 0
        && k + 1 >= e
        && words[k - 1].cap
        && words[k].gap_before == " "
        && in_list(lexicon::ABBREVIATIONS, &words[k].text)
    {
        return None;
    }
    let mut best = None;
    for t in lexicon::TITLES {
        let n = t.split(' ').count();
        if k + n > e || best.is_some_and(|b| n <= b) {
            continue;
        }
        let matches = t
            .split(' ')
            .zip(&words[k..k + n])
            .all(|(p, w)| w.text.trim_end_matches('.').eq_ignore_ascii_case(p));
        if matches {
            best = Some(n);
        }
    }
    best
}

/// "Kazakhstan President Kassym-Jomart Tokayev" → "Kazakhstan", person "Kassym-Jomart
/// Tokayev". A title inside an organisation's name ("General Assembly", "Office of
/// the President") is left alone.
fn split_titles(words: &[Word], s: usize, e: usize) -> Vec<(usize, usize, Option<EntityKind>)> {
    // "senior Union Ministers": a title's plural after its portfolio names no one.
    let plural_title = |w: &str| {
        fold(w)
            .strip_suffix('s')
            .is_some_and(|t| t.len() >= 4 && lexicon::TITLES.contains(&t))
            || in_list(&["secretaries", "deputies"], w)
    };
    if e - s >= 2 && plural_title(&words[e - 1].text) && portfolio_words(words, s, e - 1, false) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut left = s;
    let mut k = s;
    let mut cue = None;
    while k < e {
        // "Head of Public Affairs ...": a post only with its "of".
        let head_of = || {
            (words[k].text == "Head" && k + 2 < e && fold(&words[k + 1].text) == "of").then_some(1)
        };
        let Some(len) = title_at(words, k, e).or_else(head_of) else {
            k += 1;
            continue;
        };
        // "Dr Jane Roe of the Granite Institute": a titled person, then the
        // organisation they belong to.
        if let Some(c) = (k + len..e).find(|&i| !words[i].cap) {
            let of = matches!(fold(&words[c].text).as_str(), "of" | "at");
            if of
                && c > k + len
                && !(k + len..c).any(|i| in_list(lexicon::ORG_HEADS, &words[i].text))
                && (c..e).any(|i| in_list(lexicon::ORG_HEADS, &words[i].text))
                && (k <= s || words[k - 1].cap || fold(&words[k - 1].text) == "and")
            {
                if left < k {
                    out.push((left, k, cue));
                }
                out.push((k + len, c, Some(EntityKind::Person)));
                let mut o = c + 1;
                while o < e && !words[o].cap {
                    o += 1;
                }
                if o < e {
                    out.push((o, e, None));
                }
                return out;
            }
        }
        // "Director of Public Affairs of the Orra Police Service", "Head of the
        // Orra Bank", "Minister of Trade of Vessaland": a post, no person's name,
        // then the body or country it belongs to, after the last "of". Not after
        // a connector: "Court of Justice of the Orran Union" is one name.
        // ("Managing Director and CEO of Vessa Airways": a second post after "and".)
        let second_post = k >= s + 2
            && fold(&words[k - 1].text) == "and"
            && lexicon::TITLES.contains(&fold(&words[k - 2].text).as_str());
        if k + len + 1 < e
            && fold(&words[k + len].text) == "of"
            && (k == s || words[k - 1].cap || second_post)
        {
            let ofs: Vec<usize> = (k + len..e)
                .filter(|&i| fold(&words[i].text) == "of")
                .collect();
            let last = ofs[ofs.len() - 1];
            let mut after = last + 1;
            while after < e && fold(&words[after].text) == "the" {
                after += 1;
            }
            // "Chairman of Orra Group", "CEO of Vessa Airways": one "of", then a
            // name a body's word ends; not a minister's portfolio ("Minister of
            // Health Services").
            let post = fold(&words[k + len - 1].text);
            let body_named = e - after >= 2
                && ofs.len() == 1
                && (k == s || second_post)
                && !matches!(post.as_str(), "minister" | "secretary" | "general")
                && (in_list(lexicon::ORG_HEADS, &words[e - 1].text)
                    || in_list(lexicon::ORG_TAILS, &words[e - 1].text));
            if (!second_post && (ofs.len() >= 2 || after > last + 1) || body_named)
                && after < e
                && (after..e).all(|i| words[i].cap || in_list(lexicon::CONNECTORS, &words[i].text))
            {
                if left < k {
                    out.push((left, k, cue));
                }
                out.push((after, e, None));
                return out;
            }
        }
        // "Minister of Territorial Affairs Pell Oran Dusk": a title with its
        // portfolio, then the person's name.
        if k + len + 1 < e && fold(&words[k + len].text) == "of" {
            let last_portfolio = (k + len + 1..e).rev().find(|&i| {
                in_list(lexicon::PORTFOLIO_WORDS, &words[i].text)
                    || in_list(lexicon::ORG_HEADS, &words[i].text)
            });
            if let Some(h) = last_portfolio {
                let rest: Vec<String> = (h + 1..e).map(|i| words[i].text.clone()).collect();
                if (k + len + 1..=h)
                    .all(|i| words[i].cap || in_list(&["and", "of"], &words[i].text))
                    && super::typing::looks_like_full_name(&rest)
                    && !rest.iter().any(|w| in_list(lexicon::ORG_HEADS, w))
                {
                    if left < k {
                        out.push((left, k, cue));
                    }
                    // "Minister of Transport General Idris Malek": a rank before the
                    // name is a title too.
                    let mut n = h + 1;
                    while let Some(len) = title_at(words, n, e).filter(|&len| n + len + 1 < e) {
                        n += len;
                    }
                    out.push((n, e, Some(EntityKind::Person)));
                    return out;
                }
            }
        }
        // "Minister of Migration and Asylum", "Minister for Strategic Industries":
        // a minister's portfolio in ordinary words names no one; a name after it
        // is the minister's.
        let post = (k..k + len)
            .map(|i| fold(&words[i].text))
            .collect::<Vec<_>>()
            .join(" ");
        if k + len + 1 < e
            && (post.ends_with("minister") || post.ends_with("secretary"))
            && matches!(fold(&words[k + len].text).as_str(), "of" | "for")
            && words[k + len + 1].cap
            && lexicon::is_common_whole_word(&words[k + len + 1].text)
        {
            let ordinary = |i: usize| {
                words[i].cap && lexicon::is_common_whole_word(&words[i].text)
                    || in_list(&["and", "of", "the", "for", "on"], &words[i].text)
            };
            let mut h = k + len + 1;
            while h < e && ordinary(h) {
                h += 1;
            }
            let g = lexicon::gazetteer();
            let portfolio: Vec<&str> = (k + len + 1..h).map(|i| words[i].text.as_str()).collect();
            if !g
                .places
                .contains_key(&lexicon::place_key(&portfolio.join(" ")))
            {
                if left < k {
                    out.push((left, k, cue));
                }
                let rest: Vec<String> = (h..e).map(|i| words[i].text.clone()).collect();
                if h < e && super::typing::looks_like_full_name(&rest) {
                    out.push((h, e, Some(EntityKind::Person)));
                }
                return out;
            }
        }
        // "the Office of the President": a title after a connector is part of the
        // name; "Jana Roe and President Ilo Brak": not after "and" with a name next.
        // "Vice-President and Prime Minister of ...": two posts of one person.
        let second_post = k > s && left == k - 1 && fold(&words[k - 1].text) == "and";
        if second_post {
            left = k;
        }
        let and_a_name = k > s
            && fold(&words[k - 1].text) == "and"
            && (second_post || k + len < e && words[k + len].cap);
        let after_connector = k > s && !words[k - 1].cap && !and_a_name;
        // The name the title belongs to ends at "and": "President Ilo Brak and Granite
        // Fund Director ..." is a person, then a body.
        let right_end = (k + len..e)
            .find(|&i| fold(&words[i].text) == "and")
            .unwrap_or(e);
        // "General Motors", "General Orra Electric": a title opening a firm's name.
        let right_has_org = (k + len..right_end)
            .any(|i| in_list(lexicon::ORG_HEADS, &words[i].text))
            || (k + len < right_end
                && (in_list(lexicon::ORG_TAILS, &words[right_end - 1].text)
                    || in_list(lexicon::LEGAL_SUFFIXES, &words[right_end - 1].text)));
        let title_in_name = after_connector
            || right_has_org
            || (k + len < e && in_list(lexicon::ORG_HEADS, &words[k + len - 1].text));
        if title_in_name {
            k += len;
            continue;
        }
        // "Union Agriculture Minister", "External Affairs Minister": the post's
        // portfolio is no name.
        if left < k && portfolio_words(words, left, k, true) {
            left = k;
        }
        // "Kuwait Oil Minister", "Chilean Energy Minister": a nation, or its
        // demonym, at `a`, then the portfolio; the nation is named (`Some(true)`),
        // the portfolio is not. ("Orra State Commissioner": a federal state's name
        // keeps its word.)
        let nation_then_portfolio = |a: usize| -> Option<bool> {
            if a + 1 >= k
                || !portfolio_words(words, a + 1, k, true)
                || (a + 1..k).any(|i| fold(&words[i].text) == "state")
            {
                return None;
            }
            let g = lexicon::gazetteer();
            if g.places.contains_key(&lexicon::place_key(&words[a].text)) {
                Some(true)
            } else {
                g.adjectives
                    .contains(&fold(&words[a].text))
                    .then_some(false)
            }
        };
        if let Some(place) = nation_then_portfolio(left) {
            if place {
                out.push((left, left + 1, Some(EntityKind::Place)));
            }
            left = k;
        }
        // "Ilo Brak and External Affairs Minister ...": the name before "and" stays
        // (and so does "Ilo Brak and Kuwait Oil Minister ...").
        let mut before = k;
        let mut nation_after_and = None;
        if let Some(and) = (left + 1..k).rev().find(|&i| fold(&words[i].text) == "and") {
            if portfolio_words(words, and + 1, k, true) {
                before = and;
            } else if let Some(place) = nation_then_portfolio(and + 1) {
                before = and;
                nation_after_and = place.then_some(and + 1);
            }
        }
        if left < before {
            // "Orra Nua MP Ana Berg", "Orra Nua TDs": a member's party before the
            // title.
            let party = len == 1
                && cue.is_none()
                && in_list(lexicon::MEMBER_TITLES, &words[k].text)
                && words[k].text.chars().next().is_some_and(char::is_uppercase);
            // "Orrair CEO Ana Berg", "Orra Motor Group Chairman": a company's post.
            let title: Vec<&str> = (k..k + len).map(|i| words[i].text.as_str()).collect();
            let company = cue.is_none() && in_list(lexicon::COMPANY_TITLES, &title.join(" "));
            out.push((
                left,
                before,
                if party || company {
                    Some(EntityKind::Organisation)
                } else {
                    cue
                },
            ));
        }
        if let Some(n) = nation_after_and {
            out.push((n, n + 1, Some(EntityKind::Place)));
        }
        left = k + len;
        cue = Some(EntityKind::Person);
        k += len;
    }
    if left < e {
        out.push((left, e, cue));
    }
    out
}

/// Whether words `a..b` are a government post's portfolio and nothing else:
/// "Agriculture", "External Affairs", "Union Home", "Urban Development and Housing";
/// with `strict` off, a qualifier alone ("Union") will do.
fn portfolio_words(words: &[Word], a: usize, b: usize, strict: bool) -> bool {
    const QUALIFIERS: &[&str] = &[
        "union", "federal", "external", "foreign", "home", "internal", "urban", "rural", "and",
        "public", "social", "national", "regional", "local", "higher",
    ];
    a < b
        && (!strict || (a..b).any(|i| in_list(lexicon::PORTFOLIO_WORDS, &words[i].text)))
        && (a..b).all(|i| {
            in_list(lexicon::PORTFOLIO_WORDS, &words[i].text) || in_list(QUALIFIERS, &words[i].text)
        })
}

/// "the Danish Foreign Ministry", "the Kenyan Embassy": a demonym before a
/// government's ministry or mission says whose it is and is not part of its name.
fn strip_demonym(
    words: &[Word],
    s: usize,
    e: usize,
    cue: Option<EntityKind>,
) -> (usize, usize, Option<EntityKind>) {
    let g = lexicon::gazetteer();
    if e - s >= 2
        && g.adjectives.contains(&fold(&words[s].text))
        && (s + 1..e).any(|i| in_list(&["ministry", "embassy", "consulate"], &words[i].text))
    {
        return (s + 1, e, cue);
    }
    // "the NGO Orra Watch": the kind of body, then its name.
    if e - s >= 2 && words[s].text == "NGO" {
        return (s + 1, e, Some(EntityKind::Organisation));
    }
    // "Chinese CGTN TV", "the Turkish TRT": a demonym before a body's initials,
    // and a medium's word after them.
    if e - s >= 2
        && g.adjectives.contains(&fold(&words[s].text))
        && words[s + 1].upper
        && is_acronym(&words[s + 1].text)
    {
        let end = if e - s == 3 && in_list(&["tv", "radio"], &words[e - 1].text) {
            e - 1
        } else {
            e
        };
        return (s + 1, end, cue);
    }
    (s, e, cue)
}

/// "a plant in Orrabridge Vessashire", "in Winnipeg Manitoba": two places side by side
/// without a comma after "in", the town then its county or state, are two places.
fn split_two_places(
    words: &[Word],
    s: usize,
    e: usize,
    cue: Option<EntityKind>,
) -> Vec<(usize, usize, Option<EntityKind>)> {
    // Only after a preposition of place: "Denver Orrin" may be a person.
    let after_preposition = s > 0
        && !words[s - 1].cap
        && in_list(&["in", "at", "near", "from", "outside"], &words[s - 1].text);
    if e - s == 2
        && after_preposition
        && words[s + 1].gap_before == " "
        && lexicon::is_known_place(&words[s].text)
        && lexicon::is_known_place(&words[s + 1].text)
        && !lexicon::is_known_place(&format!("{} {}", words[s].text, words[s + 1].text))
        && !(s..e).any(|i| lexicon::is_given_name(&words[i].text))
    {
        return vec![(s, s + 1, cue), (s + 1, e, cue)];
    }
    vec![(s, e, cue)]
}

/// "another Sberbank Driver", "two Orrasoft Engineers": a listed firm's name, then a
/// noun for the people who work for it or use it, capitalised; the firm is named.
fn strip_workers_noun(
    words: &[Word],
    s: usize,
    e: usize,
    cue: Option<EntityKind>,
) -> (usize, usize, Option<EntityKind>) {
    const WORKERS: &[&str] = &[
        "driver",
        "drivers",
        "worker",
        "workers",
        "employee",
        "employees",
        "engineer",
        "engineers",
        "executive",
        "executives",
        "customer",
        "customers",
        "user",
        "users",
        "rider",
        "riders",
        "staff",
        "staffer",
        "staffers",
    ];
    if e - s >= 2 && in_list(WORKERS, &words[e - 1].text) {
        let firm: Vec<&str> = (s..e - 1).map(|i| words[i].text.as_str()).collect();
        if lexicon::listed_organisation(&firm.join(" ")).is_some() {
            return (s, e - 1, Some(EntityKind::Organisation));
        }
    }
    (s, e, cue)
}

/// "Curatorial Associate Kate Roe", "Senior Fellow Ana Berg": capitalised ordinary
/// words of a job, then a name opening with a given name.
fn strip_job_words(
    words: &[Word],
    s: usize,
    e: usize,
    cue: Option<EntityKind>,
) -> (usize, usize, Option<EntityKind>) {
    if e - s < 3 || cue == Some(EntityKind::Organisation) || cue == Some(EntityKind::Place) {
        return (s, e, cue);
    }
    let g = lexicon::gazetteer();
    // An adjective in -al ("Curatorial", "Regional") counts as ordinary.
    let job_word = |w: &Word| {
        w.cap
            && !w.upper
            && (lexicon::is_common_word(&w.text) || (w.text.len() > 6 && w.text.ends_with("al")))
            && !lexicon::is_given_name(&w.text)
            && !in_list(lexicon::ORDINARY_GIVEN_NAMES, &w.text)
            && !in_list(lexicon::ORG_HEADS, &w.text)
            && !in_list(lexicon::ORG_TAILS, &w.text)
            && !in_list(lexicon::PLACE_HEADS, &w.text)
            && !g.places.contains_key(&lexicon::place_key(&w.text))
            && !g.adjectives.contains(&fold(&w.text))
    };
    // The word before the name is a job's noun ("Associate", "Fellow", "Manager"),
    // not a given name that is also an ordinary word ("Maria Elena Orrin").
    let job_noun = |w: &Word| {
        let f = fold(&w.text);
        in_list(lexicon::ROLE_NOUNS, &f)
            || lexicon::TITLES.contains(&f.as_str())
            || f == "fellow"
            || ["er", "or", "ist", "ant", "ent", "ate", "ian", "ee", "ive"]
                .iter()
                .any(|end| f.ends_with(end))
    };
    match (s + 1..e - 1).find(|&k| lexicon::is_given_name(&words[k].text)) {
        Some(k)
            if (s..k).all(|i| job_word(&words[i]))
                && job_noun(&words[k - 1])
                && e - k <= 3
                && !(k..e).any(|i| {
                    in_list(lexicon::ORG_HEADS, &words[i].text)
                        || in_list(lexicon::ORG_TAILS, &words[i].text)
                        || in_list(lexicon::PLACE_HEADS, &words[i].text)
                        || in_list(lexicon::LEGAL_SUFFIXES, &words[i].text)
                }) =>
        {
            (k, e, Some(EntityKind::Person))
        }
        _ => (s, e, cue),
    }
}

/// "the Valdoria Electoral Code", "the Harbour Act": laws, schemes, prizes and events
/// are not annotated, but the place that opens their name is a mention of it.
fn strip_document(
    words: &[Word],
    s: usize,
    e: usize,
    cue: Option<EntityKind>,
) -> Vec<(usize, usize, Option<EntityKind>)> {
    if e - s < 2 || !in_list(lexicon::DOCUMENT_HEADS, &words[e - 1].text) {
        return vec![(s, e, cue)];
    }
    let g = lexicon::gazetteer();
    for k in (s + 1..e).rev() {
        let surface: Vec<&str> = (s..k).map(|i| words[i].text.as_str()).collect();
        if g.places
            .contains_key(&lexicon::place_key(&surface.join(" ")))
        {
            return vec![(s, k, None)];
        }
    }
    // "the FIFA World Cup", "the UEFA Conference": the body that holds it, by its
    // initials.
    if e - s >= 3 && words[s].upper && is_acronym(&words[s].text) {
        return vec![(s, s + 1, Some(EntityKind::Organisation))];
    }
    Vec::new()
}

/// "President of Valdoria Anna Berg": after a title and "of", a place and then the
/// titled person's name.
fn split_title_place(
    words: &[Word],
    s: usize,
    e: usize,
    cue: Option<EntityKind>,
) -> Vec<(usize, usize, Option<EntityKind>)> {
    // "Governor of Orra Province Ilo Brak", "Ambassador in Tczew Jana Roe",
    // "Envoy to Malbork Ilo Brak".
    // ("the mayor of Ulaanbaatar Ana Roe": the title may be in lower case.)
    let after_title_of = s >= 2
        && in_list(&["of", "in", "to", "at"], &words[s - 1].text)
        && (title_at(words, s - 2, s - 1).is_some()
            || lexicon::TITLES.contains(&words[s - 2].text.as_str()));
    // ("CEO of Vessaland Airways": a body named after its country.)
    let body = in_list(lexicon::ORG_HEADS, &words[e - 1].text)
        || in_list(lexicon::ORG_TAILS, &words[e - 1].text);
    if !after_title_of {
        return vec![(s, e, cue)];
    }
    // "first day as Mayor in Orravale", "CEO of Vessaland Airways": the place or
    // body the post is held in is no person's name.
    if e - s < 2 || body {
        return vec![(s, e, None)];
    }
    let g = lexicon::gazetteer();
    let from_list = fold(&words[s - 1].text) == "of";
    // The longest place at the start that leaves a name after it. A town from the
    // world list only before a full name opening with a given name.
    for k in (s + 1..e).rev() {
        let surface: Vec<&str> = (s..k).map(|i| words[i].text.as_str()).collect();
        let place = surface.join(" ");
        let rest: Vec<String> = (k..e).map(|i| words[i].text.clone()).collect();
        let named = super::typing::opens_with_given_name(&rest);
        // ("Governor of Kessa Province Ilo Brak": a place's word ends the place.)
        let headed = k - s >= 2 && in_list(lexicon::PLACE_HEADS, &words[k - 1].text);
        if (from_list || named) && g.places.contains_key(&lexicon::place_key(&place))
            || named && (lexicon::is_world_place(&place) || headed)
        {
            return vec![(s, k, None), (k, e, cue)];
        }
    }
    vec![(s, e, cue)]
}

/// Connectors join the words of one organisation or place ("Bank of England"), but
/// between two names ("Kazakhstan and China") they separate them.
fn split_connectors(
    words: &[Word],
    s: usize,
    e: usize,
    cue: Option<EntityKind>,
) -> Vec<(usize, usize, Option<EntityKind>)> {
    let g = lexicon::gazetteer();
    // "Valdoria & Gorvia": two places, not one firm.
    if let Some(k) = (s + 1..e).find(|&i| words[i].gap_before == " & ") {
        let place = |a: usize, b: usize| {
            let surface: Vec<&str> = (a..b).map(|i| words[i].text.as_str()).collect();
            g.places
                .contains_key(&lexicon::place_key(&surface.join(" ")))
        };
        if place(s, k) && place(k, e) {
            return vec![(s, k, cue), (k, e, None)];
        }
    }
    let has_connector = (s..e).any(|i| !words[i].cap);
    if !has_connector {
        return vec![(s, e, cue)];
    }
    // "the Orra Worship Centre on Vessa Street", "the Orra Institute in Vessaland":
    // a body's complete name, then where it stands.
    if let Some(c) = (s + 1..e.saturating_sub(1)).find(|&i| in_list(&["on", "in"], &words[i].text))
    {
        let right: Vec<&str> = (c + 1..e).map(|i| words[i].text.as_str()).collect();
        let right = right.join(" ");
        let body_before = (s..c).all(|i| words[i].cap)
            && c - s >= 2
            && (in_list(lexicon::ORG_HEADS, &words[c - 1].text)
                || in_list(lexicon::ORG_TAILS, &words[c - 1].text));
        let place_after = (c + 1..e).all(|i| words[i].cap)
            && (in_list(
                &["street", "road", "avenue", "lane", "drive", "boulevard"],
                &words[e - 1].text,
            ) || fold(&words[c].text) == "in"
                && g.places.contains_key(&lexicon::place_key(&right)));
        if body_before && place_after {
            return vec![(s, c, cue), (c + 1, e, Some(EntityKind::Place))];
        }
    }
    // "SC Ardel and Corvale FC", "Granite Ltd and Northwind Inc": two
    // organisations, each complete with its own suffix or acronym.
    if let Some(c) = (s + 1..e.saturating_sub(1)).find(|&i| fold(&words[i].text) == "and") {
        let suffix = |i: usize| in_list(lexicon::LEGAL_SUFFIXES, &words[i].text);
        let own_name = |a: usize, b: usize| {
            (a..b).all(|i| words[i].cap)
                && (suffix(a) || suffix(b - 1) || (b - a >= 2 && (a..b).any(|i| words[i].upper)))
        };
        if (suffix(e - 1) || suffix(c + 1)) && own_name(s, c) && own_name(c + 1, e) {
            return vec![(s, c, cue), (c + 1, e, None)];
        }
    }
    // "the European Union and the United States", "Harbour Web Services and Orrin
    // Cloud": "and the", or "and" after a complete organisation's name, joins two.
    if let Some(c) = (s + 1..e.saturating_sub(1)).find(|&i| fold(&words[i].text) == "and") {
        let the_after = fold(&words[c + 1].text) == "the" && c + 2 < e;
        // "Amnesty International and Human Rights Watch": a firm's tail word closes
        // the first name when the second also ends like an organisation's.
        let org_end = |i: usize| {
            in_list(lexicon::ORG_HEADS, &words[i].text)
                || in_list(lexicon::ORG_TAILS, &words[i].text)
        };
        let complete_before = (s..c).all(|i| words[i].cap)
            && c - s >= 2
            && (in_list(lexicon::ORG_HEADS, &words[c - 1].text)
                || (in_list(lexicon::ORG_TAILS, &words[c - 1].text)
                    && e - c >= 3
                    && org_end(e - 1)))
            && (c + 1..e).all(|i| words[i].cap);
        // "the Orra Institute of Malbork and Vaxorin": a body's full name ending in
        // "of" a place, then one more name that is no ordinary word.
        let of_place_before = (s + 2..c.saturating_sub(1)).any(|i| {
            fold(&words[i].text) == "of"
                && (s..i).any(|j| in_list(lexicon::ORG_HEADS, &words[j].text))
                && g.places.contains_key(&lexicon::place_key(
                    &(i + 1..c)
                        .map(|j| words[j].text.as_str())
                        .collect::<Vec<_>>()
                        .join(" "),
                ))
        }) && e == c + 2
            && words[c + 1].cap
            && !lexicon::is_common_word(&words[c + 1].text);
        // "President Ilo Brak and Granite Trade Fund Director ...": a person's
        // name, then a body's.
        let person_then_body = (s..c).all(|i| words[i].cap)
            && c - s >= 2
            && !(s..c).any(|i| in_list(lexicon::ORG_HEADS, &words[i].text))
            && (cue == Some(EntityKind::Person)
                || super::typing::opens_with_given_name(
                    &(s..c).map(|i| words[i].text.clone()).collect::<Vec<_>>(),
                ))
            && (c + 1..e).any(|i| in_list(lexicon::ORG_HEADS, &words[i].text));
        // "Orrazen and Vessa University": a one-word firm's name, then a body
        // complete with its head word ("Bill and Orra Vessel Foundation" stays
        // whole: a given name before "and").
        let firm_then_body = c == s + 1
            && words[s].cap
            && !lexicon::is_common_word(&words[s].text)
            && !lexicon::is_given_name(&words[s].text)
            && e - c >= 3
            && (c + 1..e).all(|i| words[i].cap)
            && in_list(lexicon::ORG_HEADS, &words[e - 1].text);
        // "Orrin Vessak and Financial Crimes Unit": a name of no ordinary words,
        // then a body of three words or more ending with its head word.
        let name_then_body = c - s >= 2
            && (s..c).all(|i| words[i].cap && !lexicon::is_common_word(&words[i].text))
            && !(s..c).any(|i| {
                in_list(lexicon::ORG_HEADS, &words[i].text)
                    || in_list(lexicon::PLACE_HEADS, &words[i].text)
            })
            && e - c >= 4
            && (c + 1..e).all(|i| words[i].cap)
            && in_list(lexicon::ORG_HEADS, &words[e - 1].text);
        if the_after
            || complete_before
            || of_place_before
            || person_then_body
            || firm_then_body
            || name_then_body
        {
            let right = if the_after { c + 2 } else { c + 1 };
            let cue = if firm_then_body {
                Some(EntityKind::Organisation)
            } else {
                cue
            };
            return split_connectors(words, s, c, cue)
                .into_iter()
                .chain(split_connectors(words, right, e, None))
                .collect();
        }
    }
    let surface: Vec<&str> = (s..e).map(|i| words[i].text.as_str()).collect();
    let whole = lexicon::place_key(&surface.join(" "));
    // "Redvale City and Sunhaven Coast": two places, each complete with its head
    // word or known, unless the whole is one ("Trinidad and Tobago").
    if let Some(c) = (s + 1..e.saturating_sub(1)).find(|&i| fold(&words[i].text) == "and") {
        let complete_place = |a: usize, b: usize| {
            let name: Vec<&str> = (a..b).map(|i| words[i].text.as_str()).collect();
            let name = name.join(" ");
            (a..b).all(|i| words[i].cap)
                && ((b - a >= 2 && in_list(lexicon::PLACE_HEADS, &words[b - 1].text))
                    || lexicon::is_known_place(&name))
        };
        if !g.places.contains_key(&whole) && complete_place(s, c) && complete_place(c + 1, e) {
            return vec![(s, c, cue), (c + 1, e, None)];
        }
    }
    // "in Woolston, Gatewarth and Sandy Lane": the last two names of a list, the
    // head word only the last one's.
    if let Some(c) = (s + 1..e.saturating_sub(1)).find(|&i| fold(&words[i].text) == "and") {
        let in_list_of_names = s > 0 && words[s].gap_before == ", " && words[s - 1].cap;
        if in_list_of_names
            && !g.places.contains_key(&whole)
            && (s..c).all(|i| words[i].cap)
            && (c + 1..e).all(|i| words[i].cap)
            && in_list(lexicon::PLACE_HEADS, &words[e - 1].text)
            && !(s..e).any(|i| in_list(lexicon::ORG_HEADS, &words[i].text))
        {
            return vec![(s, c, cue), (c + 1, e, None)];
        }
    }
    // "the House of Representatives": a chamber of a parliament.
    let chamber = e - s >= 3 && words[s].text == "House" && fold(&words[s + 1].text) == "of";
    let keeps_together = g.places.contains_key(&whole)
        || chamber
        || (s..e).any(|i| in_list(lexicon::ORG_HEADS, &words[i].text))
        || in_list(lexicon::PLACE_HEADS, &words[s].text)
        || in_list(lexicon::PLACE_HEADS, &words[e - 1].text);
    // "Granite University in Valdoria": an organisation, then where it is.
    if let Some(c) = (s + 1..e.saturating_sub(1)).find(|&i| {
        matches!(fold(&words[i].text).as_str(), "in" | "at")
            && (in_list(lexicon::ORG_HEADS, &words[i - 1].text)
                || in_list(lexicon::LEGAL_SUFFIXES, &words[i - 1].text))
            && (s..i).all(|j| words[j].cap)
    }) {
        let rest: Vec<&str> = (c + 1..e).map(|i| words[i].text.as_str()).collect();
        // "Police in Greater Harwick said": a lone head word is the common noun, and
        // what follows "in" is a place whether or not the gazetteer knows it.
        if g.places.contains_key(&lexicon::place_key(&rest.join(" "))) || c == s + 1 {
            return vec![(s, c, cue), (c + 1, e, None)];
        }
        // "Orra FC in the Northern League": a club, complete with its suffix, and
        // the league it plays in.
        if in_list(lexicon::LEGAL_SUFFIXES, &words[c - 1].text) {
            let mut r = c + 1;
            while r < e && !words[r].cap {
                r += 1;
            }
            let mut out = vec![(s, c, cue)];
            if r < e {
                out.push((r, e, None));
            }
            return out;
        }
    }
    // "Ardel in the Vossa Region": a town, then the region it is in.
    if let Some(c) = (s + 1..e.saturating_sub(1)).find(|&i| fold(&words[i].text) == "in") {
        let mut r = c + 1;
        while r < e && !words[r].cap {
            r += 1;
        }
        let rest: Vec<&str> = (r..e).map(|i| words[i].text.as_str()).collect();
        let rest_is_place = r < e
            && (in_list(lexicon::PLACE_HEADS, &words[e - 1].text)
                || g.places.contains_key(&lexicon::place_key(&rest.join(" "))));
        let left_is_one_name = (s..c).all(|i| words[i].cap)
            && !(s..c).any(|i| in_list(lexicon::ORG_HEADS, &words[i].text));
        if rest_is_place && left_is_one_name && !g.places.contains_key(&whole) {
            return vec![(s, c, cue), (r, e, None)];
        }
    }
    // "Rob van Dam", "Luiz da Silva": particles between the words of one name.
    // ("Ana van der Berg": two particles.)
    let particle = |i: usize| !words[i].cap && in_list(lexicon::NAME_PARTICLES, &words[i].text);
    let particle_name = e - s <= 6
        && words[s].cap
        && words[e - 1].cap
        && (s..e).filter(|&i| !words[i].cap).all(particle)
        && (s + 2..e).all(|i| words[i].cap || words[i - 1].cap || words[i - 2].cap);
    if keeps_together || particle_name {
        return vec![(s, e, cue)];
    }
    // "Ana van der Berg and Luis da Silva": particles inside a person's name, one
    // or two, between a given name or capitalised word and the surname, do not
    // split it; the other lowercase words do.
    let inner_particle = |i: usize| {
        particle(i) && {
            let mut a = i;
            while a > s && particle(a - 1) {
                a -= 1;
            }
            let mut b = i;
            while b + 1 < e && particle(b + 1) {
                b += 1;
            }
            // ("Joke Van de Veen": a capitalised particle after the given name.)
            let given = |k: usize| {
                lexicon::is_given_name(&words[k].text)
                    || k > s
                        && in_list(lexicon::NAME_PARTICLES, &words[k].text)
                        && lexicon::is_given_name(&words[k - 1].text)
            };
            a > s && b + 1 < e && b - a < 2 && words[a - 1].cap && words[b + 1].cap && given(a - 1)
        }
    };
    let mut out = Vec::new();
    let mut start = s;
    for i in s..=e {
        if words
            .get(i)
            .is_none_or(|w| i == e || !w.cap && !inner_particle(i))
        {
            if start < i {
                // A title's cue belongs to the name right after it, not to
                // "of Gorvia" further on.
                out.push((start, i, if out.is_empty() { cue } else { None }));
            }
            start = i + 1;
        }
    }
    out
}

fn candidate(
    paragraph: usize,
    chars: &[char],
    words: &[Word],
    s: usize,
    e: usize,
    title_cue: Option<EntityKind>,
) -> Candidate {
    let start = words[s].start;
    let mut end = words[e - 1].end;
    // "Harlow & Co. analyst": the abbreviation's dot, when no sentence ends there.
    if in_list(&["co", "inc", "corp", "ltd", "bros"], &words[e - 1].text)
        && chars.get(end) == Some(&'.')
        && (chars.get(end + 1) == Some(&',')
            || chars.get(end + 1) == Some(&' ')
                && chars
                    .get(end + 2)
                    .is_some_and(|c| c.is_lowercase() || *c == '('))
    {
        end += 1;
    }
    let surface: String = chars[start..end].iter().collect();
    let prev = s.checked_sub(1).map(|i| &words[i]);
    let next = words.get(e);
    let mut cue = title_cue;
    let lower_before = prev.filter(|p| !p.cap && words[s].gap_before == " ");
    // "said Unita general secretary ...": the verb of saying is the whole phrase's.
    // A cue that only people get, beside a verb of saying that organisations share.
    let mut strong = title_cue == Some(EntityKind::Person);
    // "said Jane Roe." / "said Jane Roe, a ..." / "said Jane Roe on Monday": the
    // name ends the clause. In "said Atlas Pro would cost ..." it opens the reported
    // clause and is no speaker.
    let clause_ends = next.is_none_or(|n| {
        n.gap_before != " "
            || in_list(
                &[
                    "on",
                    "in",
                    "at",
                    "during",
                    "after",
                    "before",
                    "yesterday",
                    "today",
                    "tonight",
                    "last",
                    "this",
                    "earlier",
                    "later",
                    "when",
                    "while",
                    "as",
                    "who",
                    "of",
                    "from",
                ],
                &n.text,
            )
    });
    if let Some(p) = lower_before {
        if in_list(lexicon::ROLE_NOUNS, &p.text) || in_list(lexicon::PERSON_NOUNS, &p.text) {
            cue = Some(EntityKind::Person);
            // "rival Quantix", "its partner Orra": nouns that firms share with people.
            strong = !in_list(lexicon::SHARED_ROLE_NOUNS, &p.text);
        } else if in_list(lexicon::SAY_VERBS, &p.text) && clause_ends {
            cue = Some(EntityKind::Person);
        }
    }
    // An apposition: "my shift supervisor, Nurbol", "his first name, Arman".
    if let Some(p) = prev.filter(|p| !p.cap && words[s].gap_before == ", ") {
        if in_list(lexicon::ROLE_NOUNS, &p.text)
            || in_list(lexicon::PERSON_NOUNS, &p.text)
            || fold(&p.text) == "name"
        {
            cue = Some(EntityKind::Person);
            strong = true;
        }
    }
    // "headed by X", "founded by X": people head and found things.
    if lower_before.is_some_and(|p| fold(&p.text) == "by")
        && s >= 2
        && words[s - 1].gap_before == " "
        && in_list(
            &["headed", "chaired", "founded", "co-founded"],
            &words[s - 2].text,
        )
    {
        cue = cue.or(Some(EntityKind::Person));
        strong = true;
    }
    if !words[e - 1].possessive
        && (apposition_names_person(words, e) || passive_of_person(words, e))
    {
        cue = cue.or(Some(EntityKind::Person));
        strong = true;
    }
    if let Some(n) = next {
        let f = fold(&n.text);
        let gap = n.gap_before.as_str();
        if gap == " " && !words[e - 1].possessive && in_list(lexicon::SAY_VERBS, &n.text) {
            cue = cue.or(Some(EntityKind::Person));
        }
        if (gap == " " && !words[e - 1].possessive && (f == "himself" || f == "herself"))
            || (gap == ", " && f == "who")
            || (gap == ", "
                && n.text.chars().all(|c| c.is_ascii_digit())
                && n.text.len() <= 3
                && words
                    .get(e + 1)
                    .is_some_and(|m| m.gap_before.starts_with(',')))
        {
            cue = cue.or(Some(EntityKind::Person));
            strong = cue == Some(EntityKind::Person);
        }
    }
    // "the brokerage Northwind said": the noun before outweighs the verb after.
    // ("the anti-graft court Orravan": a court only before the name, since "the
    // Orra court" is a town's.)
    let org_before = lower_before.is_some_and(|p| {
        in_list(lexicon::ORG_CUE_NOUNS, &p.text) || matches!(p.text.as_str(), "court" | "tribunal")
    });
    let body_after = next.is_some_and(|n| {
        n.gap_before == " " && !n.cap && in_list(lexicon::BODY_CUE_AFTER, &n.text)
    }) && !words[e - 1].possessive;
    let org_after = next.is_some_and(|n| {
        n.gap_before == " "
            && !n.cap
            && (in_list(lexicon::ORG_CUE_NOUNS, &n.text)
                || in_list(lexicon::ORG_CUE_AFTER, &n.text))
    }) && !words[e - 1].possessive;
    // "Northwind's shares", "shares of Northwind", "a stake in Northwind": what a
    // company has, said with a possessive or a preposition.
    // ("Orra Airports' CEO": the title in capitals.)
    let owned_by_org = words[e - 1].possessive
        && next.is_some_and(|n| {
            matches!(n.gap_before.as_str(), " " | "' " | "\u{2019} ")
                && (!n.cap || n.upper)
                && in_list(lexicon::COMPANY_POSSESSIONS, &n.text)
        });
    // "analysts at Morgan Vale", "economists at Harrow", "the chief executive of
    // Veltrix", "a spokeswoman for Orra": people work at, for and in firms and
    // bodies. (Not when a given name opens the name: "a spokesman for Anna Berg".)
    let linked_by = |preps: &[&str]| {
        lower_before.is_some_and(|p| in_list(preps, &p.text))
            && s >= 2
            && words[s - 1].gap_before == " "
    };
    let staff_at = (linked_by(&["at"]) && in_list(lexicon::STAFF_NOUNS, &words[s - 2].text))
        || (linked_by(&["of", "for"])
            && in_list(lexicon::STAFF_OF_NOUNS, &words[s - 2].text)
            && !lexicon::is_given_name(&words[s].text));
    // "wrote on Twitter", "posted on Telegram": a platform or broadcaster.
    let posted_on = linked_by(&["on"])
        && in_list(
            &[
                "wrote",
                "posted",
                "tweeted",
                "said",
                "announced",
                "shared",
                "published",
            ],
            &words[s - 2].text,
        )
        && e - s == 1;
    let stake_in = lower_before.is_some_and(|p| in_list(&["of", "in"], &p.text))
        && s >= 2
        && words[s - 1].gap_before == " "
        && in_list(
            &["shares", "stake", "stock", "stakes", "units"],
            &words[s - 2].text,
        );
    // "Sinn Vessa want an election", "Orra United have signed": a name that takes a
    // plural verb names a body (a person takes a singular one). Not in a list:
    // "Ana and Ilo have".
    // Nor after a preposition: "centres in Orra have closed" (the centres have).
    let listed = lower_before.is_some_and(|p| {
        in_list(
            &[
                "and", "or", "nor", "&", "the", "in", "at", "of", "from", "to", "for", "by",
                "with", "on", "near", "across", "than",
            ],
            &p.text,
        )
    }) || (s > 0 && words[s].gap_before.starts_with(',') && words[s - 1].cap);
    let plural_verb = !listed
        && !words[e - 1].possessive
        && next.is_some_and(|n| {
            n.gap_before == " "
                && !n.cap
                && in_list(
                    &[
                        "have", "are", "were", "want", "need", "plan", "hope", "intend", "insist",
                        "believe", "remain",
                    ],
                    &n.text,
                )
        });
    if title_cue.is_none()
        && (org_before
            || staff_at
            || posted_on
            || ((org_after || owned_by_org || stake_in || plural_verb)
                && (cue.is_none() || !strong)))
    {
        cue = Some(EntityKind::Organisation);
    }
    // "the Atameken business lobby", "Xinhua news agency": a firm's noun after one
    // lowercase word that qualifies it.
    let org_two_after = !words[e - 1].possessive
        && next.is_some_and(|n| {
            n.gap_before == " " && !n.cap && !in_list(lexicon::SAY_VERBS, &n.text)
        })
        && words.get(e + 1).is_some_and(|n| {
            n.gap_before == " "
                && !n.cap
                && (in_list(lexicon::ORG_CUE_NOUNS, &n.text)
                    || in_list(&["executives", "employees", "shareholders"], &n.text))
        });
    if org_two_after && cue.is_none() && title_cue.is_none() {
        cue = Some(EntityKind::Organisation);
    }
    let body_cue = body_after && cue.is_none() && title_cue.is_none();
    if body_cue {
        cue = Some(EntityKind::Organisation);
    }
    // "Unity and Upper Nile states", "Vossa province": a noun for a division of a
    // country right after the name.
    let division_after = next.is_some_and(|n| {
        n.gap_before == " "
            && !n.cap
            && !words[e - 1].possessive
            && in_list(lexicon::DIVISION_NOUNS, &n.text)
    });
    // "states" is also a verb of saying; after "X and" it is the plural noun.
    let coordinated = lower_before.is_some_and(|p| fold(&p.text) == "and");
    if division_after && (cue.is_none() || (coordinated && title_cue.is_none())) {
        cue = Some(EntityKind::Place);
    }
    // "small-town Ardel, Wash., on Friday", "Ardel, Valdoria.": a town, then the
    // state or country it is in.
    let then_place = next.is_some_and(|n| {
        n.gap_before == ", "
            && n.cap
            && !n.possessive
            && lexicon::gazetteer()
                .places
                .contains_key(&lexicon::place_key(&n.text))
            && chars
                .get(n.end)
                .is_none_or(|c| matches!(c, '.' | ',' | ';' | ':' | ')'))
    });
    if then_place && cue.is_none() {
        cue = Some(EntityKind::Place);
    }
    // "a resident of Orvale, who ...", "the town of Ardel": a place, whatever a
    // relative clause after it suggests.
    let of_place = lower_before.is_some_and(|p| fold(&p.text) == "of")
        && s >= 2
        && words[s - 1].gap_before == " "
        && in_list(
            &[
                "resident",
                "residents",
                "people",
                "citizens",
                "streets",
                "native",
                "natives",
                "town",
                "city",
                "village",
                "suburb",
                "suburbs",
                "outskirts",
                "township",
                "state",
                "province",
                "region",
                "district",
                "county",
                "island",
            ],
            &words[s - 2].text,
        );
    if of_place && title_cue.is_none() {
        cue = Some(EntityKind::Place);
    }
    // "a businessman surnamed Orrin", "identified by his surname Orrin".
    let surnamed =
        e - s <= 2 && lower_before.is_some_and(|p| in_list(&["surnamed", "surname"], &p.text));
    if surnamed && cue.is_none() && title_cue.is_none() {
        cue = Some(EntityKind::Person);
        strong = true;
    }
    // "the Orrin administration", "the Vessa presidency": a leader's surname.
    let leader_of = e - s == 1
        && next.is_some_and(|n| {
            n.gap_before == " " && in_list(&["administration", "presidency"], &n.text)
        })
        && !lexicon::is_known_place(&words[s].text)
        && !lexicon::gazetteer()
            .adjectives
            .contains(&fold(&words[s].text));
    if leader_of && cue.is_none() && title_cue.is_none() {
        cue = Some(EntityKind::Person);
        strong = true;
    }
    // "from his Jor Bagh residence", "her Ardel home": where someone lives.
    let home_of = lower_before
        .is_some_and(|p| in_list(&["his", "her", "their", "my", "our"], &p.text))
        && next.is_some_and(|n| {
            n.gap_before == " "
                && in_list(
                    &[
                        "residence",
                        "home",
                        "house",
                        "apartment",
                        "flat",
                        "hometown",
                        "farm",
                    ],
                    &n.text,
                )
        })
        && !words[e - 1].possessive;
    if home_of && title_cue.is_none() {
        cue = Some(EntityKind::Place);
    }
    // "In Bournemouth, a tree fell": the preposition may open the sentence.
    let before_in = prev.filter(|p| (!p.cap || p.initial) && words[s].gap_before == " ");
    // "districts like Orra, ...", "areas of Ojo Vessa, ...": a plural noun for
    // places, then the list of them.
    let places_listed = lower_before.is_some_and(|p| {
        in_list(&["of", "like", "including"], &p.text)
            && s >= 2
            && words[s - 1].gap_before == " "
            && in_list(
                &[
                    "areas",
                    "districts",
                    "towns",
                    "villages",
                    "communities",
                    "cities",
                    "provinces",
                    "regions",
                    "counties",
                    "neighbourhoods",
                    "neighborhoods",
                    "suburbs",
                    "localities",
                    "municipalities",
                    "settlements",
                    "islands",
                ],
                &words[s - 2].text,
            )
    });
    let place_hint = then_place
        || places_listed
        || (of_place && title_cue.is_none())
        || before_in.is_some_and(|p| {
            matches!(
                fold(&p.text).as_str(),
                "in" | "near" | "across" | "throughout" | "outside"
            )
        });
    let dateline_place = start == 0
        && (s..e).all(|i| words[i].upper)
        && (opens_dateline(chars, end) || colon_dateline(chars, end, &surface));
    Candidate {
        paragraph,
        start,
        end,
        surface,
        words: (s..e).map(|i| words[i].text.clone()).collect(),
        initial: words[s].initial,
        cue,
        place_hint,
        defines_acronym_of: None,
        bare: next.is_none_or(|n| {
            n.gap_before != " "
                || n.cap
                || in_list(lexicon::SAY_VERBS, &n.text)
                || in_list(lexicon::RUN_BREAKERS, &n.text)
        }),
        dateline_place,
        joined_before: false,
        say_only: cue == Some(EntityKind::Person) && !strong,
        // "the Ana Berg family", "the Ilo Brak era": "the" goes with the noun.
        after_the: prev.is_some_and(|p| fold(&p.text) == "the" && words[s].gap_before == " ")
            && !next.is_some_and(|n| {
                n.gap_before == " "
                    && in_list(
                        &[
                            "family",
                            "families",
                            "administration",
                            "government",
                            "era",
                            "campaign",
                            "household",
                            "clan",
                            "years",
                        ],
                        &n.text,
                    )
            }),
        body_cue,
        alone: words[e - 1].possessive
            || next.is_none_or(|n| {
                n.gap_before != " "
                    || n.cap
                    || in_list(lexicon::SAY_VERBS, &n.text)
                    || in_list(
                        &[
                            "want", "wants", "have", "has", "had", "is", "are", "was", "were",
                            "will", "would", "can", "could", "did", "do", "does",
                        ],
                        &n.text,
                    )
            }),
        common_acronym: e - s == 1
            && is_acronym(&words[s].text)
            && words[s].gap_before.ends_with('(')
            && chars.get(end) == Some(&')')
            && abbreviates_lowercase(&words[s].text, &words[..s]),
    }
}

/// "X, a 57-year-old pharmacist, said", "X, the assembly's speaker,": an apposition
/// after the name whose head noun is a person's role.
fn apposition_names_person(words: &[Word], e: usize) -> bool {
    let Some(first) = words.get(e) else {
        return false;
    };
    if first.gap_before != ", "
        || !in_list(
            &["a", "an", "the", "his", "her", "its", "their"],
            &first.text,
        )
    {
        return false;
    }
    let stops = [
        "of", "in", "at", "for", "from", "with", "who", "and", "to", "on", "since", "whose",
    ];
    let mut head = None;
    for (k, w) in words.iter().enumerate().take(e + 8).skip(e + 2) {
        if w.gap_before != " " || in_list(&stops, &w.text) {
            head = Some(k - 1);
            break;
        }
    }
    // "..., said Grace Achieng, a nurse.": the apposition ends the paragraph.
    if head.is_none() && words.len() > e + 1 && words.len() <= e + 7 {
        head = Some(words.len() - 1);
    }
    let Some(h) = head else {
        return false;
    };
    let noun = &words[h].text;
    // "Ana Berg, a Democrat, said": a party's member.
    let member = h == e + 1
        && in_list(
            &[
                "democrat",
                "republican",
                "conservative",
                "tory",
                "liberal",
                "socialist",
            ],
            noun,
        );
    member
        || !words[h].cap
            && (in_list(lexicon::ROLE_NOUNS, noun) || in_list(lexicon::PERSON_NOUNS, noun))
            && !in_list(lexicon::ROLE_ADJECTIVES, noun)
}

/// "X was appointed ...", "X was born in ...": things said only of people.
fn passive_of_person(words: &[Word], e: usize) -> bool {
    let (Some(aux), Some(verb)) = (words.get(e), words.get(e + 1)) else {
        return false;
    };
    aux.gap_before == " "
        && verb.gap_before == " "
        && in_list(&["was", "is", "has been", "had been"], &aux.text)
        && in_list(
            &[
                "appointed",
                "elected",
                "re-elected",
                "sworn",
                "born",
                "reappointed",
            ],
            &verb.text,
        )
}

/// Whether the paragraph after `end` reads as the rest of a dateline: a comma or a
/// bracket, then within a few words a bracketed credit followed by a dash, or a known
/// agency in brackets (`, May 2 (Agency) -`, ` (Reuters) -`, `, Jan 24 (PTI)`).
/// "RIYADH: Saudi club ...": a place of the gazetteer in capitals, then a colon and
/// the story (not "UPDATE:" or "WATCH:").
fn colon_dateline(chars: &[char], end: usize, surface: &str) -> bool {
    chars.get(end) == Some(&':')
        && chars.get(end + 1) == Some(&' ')
        && chars.get(end + 2).is_some_and(|c| c.is_uppercase())
        && lexicon::gazetteer()
            .places
            .contains_key(&lexicon::place_key(surface))
}

fn opens_dateline(chars: &[char], end: usize) -> bool {
    let head: String = chars[end..chars.len().min(end + 70)].iter().collect();
    // "ARDEL - The court ...", "HARWICK TWP. — A deputy ...", "ARDEL, Valdoria — ...":
    // a dash dateline without an agency.
    let dash = |h: &str| {
        ["- ", "\u{2013} ", "\u{2014} "]
            .iter()
            .any(|d| h.trim_start_matches('.').trim_start().starts_with(d))
    };
    if head.trim_start_matches('.').starts_with(' ') && dash(&head) {
        return true;
    }
    if let Some(rest) = head.strip_prefix(", ") {
        let place_len = rest
            .find(|c: char| !(c.is_alphabetic() || c == ' ' || c == '.'))
            .unwrap_or(rest.len());
        if place_len > 0 && rest[..place_len].split_whitespace().count() <= 3 {
            let after = &rest[place_len..];
            if after.starts_with(['-', '\u{2013}', '\u{2014}']) && dash(after) {
                return true;
            }
        }
    }
    // "ORRELTON, Mar 3 — ...", "ORRA, March 3, 2021 — ...": a date, then the dash.
    if let Some(rest) = head.strip_prefix(", ") {
        let month = rest.split([' ', '.']).next().unwrap_or("");
        if crate::metadata::month_number(month).is_some() {
            let after_month = rest[month.len()..].trim_start_matches('.').trim_start();
            let date_len = after_month
                .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == ' '))
                .unwrap_or(after_month.len());
            if date_len > 0
                && after_month.starts_with(|c: char| c.is_ascii_digit())
                && dash(&after_month[date_len.saturating_sub(1)..])
            {
                return true;
            }
        }
    }
    if !(head.starts_with(", ") || head.starts_with(" (")) {
        return false;
    }
    let Some(open) = head.find('(') else {
        return false;
    };
    let Some(close) = head[open..].find(')').map(|c| open + c) else {
        return false;
    };
    let inside = &head[open + 1..close];
    let after = head[close + 1..].trim_start();
    !head[..open].contains(['.', '!', '?'])
        && (after.starts_with(['-', '\u{2013}', '\u{2014}'])
            || inside
                .split('/')
                .any(|w| crate::metadata::wire_name(w.trim()).is_some()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(p: &str) -> Vec<(String, Option<EntityKind>)> {
        candidates(0, p)
            .into_iter()
            .map(|c| (c.surface, c.cue))
            .collect()
    }

    fn surfaces(p: &str) -> Vec<String> {
        candidates(0, p).into_iter().map(|c| c.surface).collect()
    }

    #[test]
    fn ampersand_names_and_lowercase_acronyms() {
        // Capitals joined by an ampersand are one name, and an acronym.
        assert_eq!(
            surfaces("shares of K&B fell as K&B cut"),
            vec!["K&B", "K&B"]
        );
        assert!(is_acronym("K&B"));
        // An acronym defined after lowercase words names a thing.
        let c = candidates(
            0,
            "sent to police custody (PC) for a week by the Harbour Court (HC)",
        );
        let flags: Vec<(String, bool)> = c
            .into_iter()
            .map(|c| (c.surface, c.common_acronym))
            .collect();
        assert_eq!(
            flags,
            vec![
                ("PC".to_string(), true),
                ("Harbour Court".to_string(), false),
                ("HC".to_string(), false)
            ]
        );
    }

    #[test]
    fn days_pronouns_and_short_names_in_brackets() {
        assert_eq!(
            surfaces("walking along North Ardel Highway Saturday night, police said"),
            vec!["North Ardel Highway"]
        );
        assert_eq!(surfaces("We lost twice in France I think"), vec!["France"]);
        let c = candidates(
            0,
            "talks with the Valley Liberation Front (Valfront) stalled",
        );
        assert_eq!(c[1].surface, "Valfront");
        assert_eq!(
            c[1].defines_acronym_of.as_deref(),
            Some("Valley Liberation Front")
        );
        assert_eq!(c[1].cue, Some(EntityKind::Organisation));
    }

    #[test]
    fn the_state_of_x_is_a_place() {
        assert_eq!(
            names("residents in the southern state of Victoria were warned"),
            vec![("Victoria".into(), Some(EntityKind::Place))]
        );
    }

    #[test]
    fn a_firm_noun_after_a_qualifying_word() {
        assert_eq!(
            names("as head of the Orrin business lobby, she"),
            vec![("Orrin".into(), Some(EntityKind::Organisation))]
        );
    }

    #[test]
    fn a_home_is_in_a_place() {
        assert_eq!(
            names("was arrested at his Vell Bagh residence on Monday"),
            vec![("Vell Bagh".into(), Some(EntityKind::Place))]
        );
    }

    #[test]
    fn platforms_are_organisations() {
        use EntityKind::Organisation;
        assert_eq!(
            names("He wrote on Chirpr later that day"),
            vec![("Chirpr".into(), Some(Organisation))]
        );
        assert_eq!(
            names("posted by the anonymous Chirpr handle"),
            vec![("Chirpr".into(), Some(Organisation))]
        );
        // Not a day: "said on Monday" names no platform.
        assert!(names("She said on Monday that").is_empty());
    }

    #[test]
    fn two_organisations_joined_by_and() {
        assert_eq!(
            surfaces("Ardel International and Human Rights Watch called"),
            vec!["Ardel International", "Human Rights Watch"]
        );
        assert_eq!(
            surfaces("the Organization for Security and Cooperation in Europe said"),
            vec!["Organization for Security and Cooperation in Europe"]
        );
    }

    #[test]
    fn dash_datelines_without_an_agency() {
        for p in [
            "ARDEL - The court met.",
            "ARDEL, Valdoria \u{2014} The court met.",
            "ARDEL TWP. \u{2014} A deputy came.",
        ] {
            assert!(candidates(0, p)[0].dateline_place, "{p}");
        }
        assert!(!candidates(0, "NATO said on Monday - in a statement - that")[0].dateline_place);
        // A place in capitals before a colon; not a shouted label.
        assert!(candidates(0, "PARIS: The court met.")[0].dateline_place);
        assert!(!candidates(0, "NATO: The alliance met.")[0].dateline_place);
    }

    #[test]
    fn a_verb_opening_the_sentence_is_not_part_of_the_name() {
        assert_eq!(surfaces("Said Olek Marsh: \"We won.\""), vec!["Olek Marsh"]);
        assert_eq!(
            surfaces("Representing Olek Marsh, the lawyer argued"),
            vec!["Olek Marsh"]
        );
        // A name that opens with such a word elsewhere stays whole.
        assert_eq!(
            surfaces("He met Said Jalili in Tehran"),
            vec!["Said Jalili", "Tehran"]
        );
    }

    #[test]
    fn a_date_can_open_a_movement_name() {
        assert_eq!(
            surfaces("The May 9 Youth Front has said"),
            vec!["May 9 Youth Front"]
        );
        assert_eq!(
            surfaces("while 9 May Front activists marched"),
            vec!["9 May Front"]
        );
        // Not a name's date: "On 9 May Parliament voted".
        assert_eq!(surfaces("On 9 May Parliament voted"), vec!["Parliament"]);
    }

    #[test]
    fn runs_titles_and_connectors() {
        use EntityKind::{Organisation, Person};
        // A company's post, or a member's of a parliament, after the body's name.
        for (text, body) in [
            ("Vessair CEO Ana Berg left", "Vessair"),
            ("Orra Nua TD Ilo Brak resigned", "Orra Nua"),
        ] {
            assert_eq!(names(text)[0], (body.into(), Some(Organisation)), "{text}");
        }
        // Posts qualified by "Assistant", portfolios before "Undersecretary", a
        // body's "Chair", a player's position.
        for (text, want) in [
            (
                "spokesperson Assistant Commissioner Tavi Orrel said",
                vec!["Tavi Orrel"],
            ),
            // (the portfolio is left for typing, which finds no name in it)
            (
                "Health Undersecretary Mira Tolvey said",
                vec!["Mira Tolvey"],
            ),
            (
                "and Orra Motor Group Chair Kim Sung-hee met",
                vec!["Orra Motor Group", "Kim Sung-hee"],
            ),
            ("Shortstop Jano Vessel left the game", vec!["Jano Vessel"]),
            (
                "attacked the Islamist No'ar party and the Islamic State group",
                vec!["No'ar", "Islamic State"],
            ),
            (
                "the Director of Public Affairs of the Vessa Police Service said",
                vec!["Vessa Police Service"],
            ),
            (
                "by the Court of Justice of the Orran Union",
                vec!["Court of Justice of the Orran Union"],
            ),
            // "in" a town says where a body is; "in" a continent may name it.
            (
                "the ire of Orra d\u{2019}Vessa party",
                vec!["Orra d\u{2019}Vessa"],
            ),
            ("AG Ilo Brak was summoned", vec!["Ilo Brak"]),
            ("Oil giant Orra Vessco said", vec!["Orra Vessco"]),
            (
                "New South Wales Premier Ilo Brak said",
                vec!["New South Wales", "Ilo Brak"],
            ),
            (
                "Kajiado and Orrin Counties confirmed",
                vec!["Kajiado", "Orrin"],
            ),
            ("Vessel AG said", vec!["Vessel AG"]),
            (
                "centres in Woolston, Gatewarth and Sandy Lane.",
                vec!["Woolston", "Gatewarth", "Sandy Lane"],
            ),
            (
                "made by Orrazen and Vessa University",
                vec!["Orrazen", "Vessa University"],
            ),
            (
                "funded by the Bill and Orra Vessel Foundation",
                vec!["Bill and Orra Vessel Foundation"],
            ),
            (
                "was led by Orrin Vessak and Financial Crimes Unit officers",
                vec!["Orrin Vessak", "Financial Crimes Unit"],
            ),
            (
                "an analyst with Orra Institute of Research in Tokyo said",
                vec!["Orra Institute of Research", "Tokyo"],
            ),
            (
                "the Organization for Trade and Cooperation in Europe said",
                vec!["Organization for Trade and Cooperation in Europe"],
            ),
        ] {
            assert_eq!(surfaces(text), want, "{text}");
        }
        assert_eq!(
            names("Kazakhstan President Kassym-Jomart Tokayev claimed Monday that"),
            vec![
                ("Kazakhstan".into(), None),
                ("Kassym-Jomart Tokayev".into(), Some(Person))
            ]
        );
        assert_eq!(
            surfaces("with US Secretary of State Antony Blinken warning"),
            vec!["US", "Antony Blinken"]
        );
        assert_eq!(
            surfaces("Observers from the Organization for Security and Cooperation in Europe (OSCE) have"),
            // "Observers" starts the sentence; the corpus-wide check drops it later.
            vec!["Observers", "Organization for Security and Cooperation in Europe", "OSCE"]
        );
        assert_eq!(
            surfaces("between Kazakhstan and China, saying"),
            vec!["Kazakhstan", "China"]
        );
        assert_eq!(
            surfaces("The France-based Ablyazov has"),
            vec!["France", "Ablyazov"]
        );
        assert_eq!(
            surfaces("The National Security Committee said"),
            vec!["National Security Committee"]
        );
        assert_eq!(
            surfaces("On Sunday, Kazakhstan will hold"),
            vec!["Kazakhstan"]
        );
        assert_eq!(
            surfaces("cement incumbent Kassym-Jomart Tokayev's grip"),
            vec!["Kassym-Jomart Tokayev"]
        );
        assert_eq!(
            surfaces("I\u{2019}m certainly going. But Mr. Smith left."),
            vec!["Smith"]
        );
        assert_eq!(surfaces("a rally in the U.S. on Friday"), vec!["U.S."]);
        assert_eq!(
            surfaces("the General Assembly voted"),
            vec!["General Assembly"]
        );
    }

    #[test]
    fn split_and_joined_names() {
        use EntityKind::{Organisation, Person};
        // A dateline's agency is a credit; the dash starts the sentence.
        assert_eq!(
            surfaces("HARBOURTON, May 2 (Wirewire) - The Northern Grain Council met"),
            vec!["HARBOURTON", "Northern Grain Council"]
        );
        assert_eq!(
            surfaces("VALDORIA - The Granite Union said"),
            vec!["VALDORIA", "Granite Union"]
        );
        // An acronym defined before a dash is not a credit.
        assert_eq!(
            surfaces("The Granite League (GL) - a trade bloc - met"),
            vec!["Granite League", "GL"]
        );
        // Brackets later on are not a credit.
        assert_eq!(
            surfaces("The plan was approved. The regulator (Ofgrid) - a body"),
            vec!["Ofgrid"]
        );
        // A short capitalised prefix keeps the word whole.
        assert_eq!(
            surfaces("the Council for Peace and Co-operation in Asia met"),
            vec!["Council for Peace and Co-operation in Asia"]
        );
        assert_eq!(surfaces("the Valdoria-based firm"), vec!["Valdoria"]);
        // A calendar word after a connector is not part of the name.
        assert_eq!(
            surfaces("was passed by the Assembly on Friday and"),
            vec!["Assembly"]
        );
        assert_eq!(
            names("Earlier, President of France Anna Berg said"),
            vec![("France".into(), None), ("Anna Berg".into(), Some(Person))]
        );
        assert_eq!(
            surfaces("King Olaf Lind and President of France Anna Berg met"),
            vec!["Olaf Lind", "President", "France", "Anna Berg"]
        );
        assert_eq!(
            names("met Presidential Aide Olaf Lind on"),
            vec![("Olaf Lind".into(), Some(Person))]
        );
        // First names after a noun for a person, or in apposition to one.
        assert_eq!(
            names("My neighbour Dana, a nurse, said"),
            vec![("Dana".into(), Some(Person))]
        );
        assert_eq!(
            names("said my supervisor, Arman. He"),
            vec![("Arman".into(), Some(Person))]
        );
        assert_eq!(
            names("who gave only her first name, Gulnar, said"),
            vec![("Gulnar".into(), Some(Person))]
        );
        assert_eq!(
            surfaces("clashes in the town of Ardel in the Vossa Region, where"),
            vec!["Ardel", "Vossa Region"]
        );
        // A titled person of an organisation.
        assert_eq!(
            names("I asked Dr Jane Roe of the Granite Policy Institute, which"),
            vec![
                ("Jane Roe".into(), Some(Person)),
                ("Granite Policy Institute".into(), None)
            ]
        );
        // An organisation and the place it is in.
        assert_eq!(
            surfaces("she teaches at Granite University in Paris now"),
            vec!["Granite University", "Paris"]
        );
        // A title's possessive inside an office's name.
        assert_eq!(
            surfaces("the Attorney General's Office said"),
            vec!["Attorney General's Office"]
        );
        // Organisation cues from the nouns beside a name.
        assert_eq!(
            names("analysts at the brokerage Northwind said"),
            vec![("Northwind".into(), Some(Organisation))]
        );
        assert_eq!(
            names("a poll by the Brightvale bureau found"),
            vec![("Brightvale".into(), Some(Organisation))]
        );
    }

    #[test]
    fn organisation_cues_portfolios_documents_and_firms() {
        use EntityKind::{Organisation, Person, Place};
        // A title with a portfolio, then the minister's name.
        assert_eq!(
            names("Valdoria's Minister of Foreign Affairs Olek Marsh Tovi said"),
            vec![
                ("Valdoria".into(), None),
                ("Olek Marsh Tovi".into(), Some(Person))
            ]
        );
        // A portfolio before a minister's title is no name, nor a title's plural
        // after one; an abbreviated title without its full stop closing a name is a
        // surname.
        assert_eq!(
            names("Union Agriculture Minister Ilo Brak and External Affairs Minister Orra Vessa met senior Union Ministers"),
            vec![
                ("Ilo Brak".into(), Some(Person)),
                ("Orra Vessa".into(), Some(Person))
            ]
        );
        assert_eq!(
            names("Defence Minister Ilo Brak and External Affairs Minister Orra Vessa"),
            vec![
                ("Ilo Brak".into(), Some(Person)),
                ("Orra Vessa".into(), Some(Person))
            ]
        );
        assert_eq!(
            surfaces("Union Secretary Ilo Sen told the paper, said Sen. Orra Vessa"),
            vec!["Ilo Sen", "Orra Vessa"]
        );
        // A rank between the portfolio and the name is a title too.
        assert_eq!(
            names("Minister of Defence General Olek Marsh said"),
            vec![("Olek Marsh".into(), Some(Person))]
        );
        // A party named after its noun; a verb of saying before an organisation's
        // official is the whole phrase's.
        assert_eq!(
            names("the main opposition party Vendra has"),
            vec![("Vendra".into(), Some(Organisation))]
        );
        assert_eq!(
            names("it said, said Vendra general secretary Ilo Brak."),
            vec![
                ("Vendra".into(), Some(Organisation)),
                ("Ilo Brak".into(), Some(Person))
            ]
        );
        // Laws and prizes are not annotated; the place opening the name is.
        assert_eq!(
            surfaces("under the Kenya Electoral Code, results"),
            vec!["Kenya"]
        );
        assert!(surfaces("the Brenn Cup final").is_empty());
        // An ampersand inside a firm's name, with the abbreviation's dot.
        assert_eq!(
            surfaces("Tarrow & Co. analyst Ilo Brak said"),
            vec!["Tarrow & Co.", "Ilo Brak"]
        );
        // Two clubs joined by "and".
        assert_eq!(
            surfaces("the match between SC Ardel Rovers and Brennick FC."),
            vec!["SC Ardel Rovers", "Brennick FC"]
        );
        // A division noun after a name; a town before its state.
        assert_eq!(
            names("oil fields in Kessa and Upper Morn states"),
            vec![("Kessa".into(), None), ("Upper Morn".into(), Some(Place))]
        );
        let c = candidates(0, "playing for the people of Orvale, he said");
        assert!(c[0].place_hint, "the people of a town");
        let c = candidates(0, "a mall in small-town Orvale, Wash., on Friday");
        assert_eq!(c[0].surface, "Orvale");
        assert!(c[0].place_hint);
        // An abbreviated month before the credit, and a credit holding its date.
        assert_eq!(
            surfaces("VALDORIA, Aug. 3 (Wirewire) \u{2013} The Granite Union said"),
            vec!["VALDORIA", "Granite Union"]
        );
        assert_eq!(
            surfaces("VALDORIA (Orra Daily / Wirewire - 3rd May, 2021) The Granite Union said"),
            vec!["VALDORIA", "Granite Union"]
        );
        // A town in ordinary case before a known agency and a dash; an agency's
        // initials after the month and day; not an acronym after the credit.
        assert_eq!(
            surfaces("Orvale (AFP) \u{2013} The Granite Union said"),
            vec!["Orvale", "Granite Union"]
        );
        assert_eq!(
            surfaces("Orvale, Nov. 19 (XYZ) Ana Berg met the Granite Union"),
            vec!["Orvale", "Ana Berg", "Granite Union"]
        );
        assert_eq!(
            surfaces("ORVALE, March 22 (Wirewire) -- Granite Motors (GM) plans a plant"),
            vec!["ORVALE", "Granite Motors", "GM"]
        );
        // A known agency credited in a dateline without a dash.
        assert_eq!(
            surfaces("New Delhi, Jan 24 (PTI) Chief Minister Ravel Asok met"),
            vec!["New Delhi", "Ravel Asok"]
        );
    }

    #[test]
    fn person_cues_after_and_around_names() {
        use EntityKind::Person;
        // An apposition whose head noun is a person's role.
        assert_eq!(
            names("Tarsk Velling, a 61-year-old pharmacist from Orvale, said"),
            vec![
                ("Tarsk Velling".into(), Some(Person)),
                ("Orvale".into(), None)
            ]
        );
        assert_eq!(
            names("Orvo Kalbeq, the assembly's speaker, told us"),
            vec![("Orvo Kalbeq".into(), Some(Person))]
        );
        // ... but not when the head describes something else.
        assert_eq!(
            names("Harvest Quarter, a new district of shops, opened"),
            vec![("Harvest Quarter".into(), None)]
        );
        assert_eq!(
            names("Vendra Union, the main opposition, met"),
            vec![("Vendra Union".into(), None)]
        );
        // Passives said only of people; "headed by".
        assert_eq!(
            names("Dresh Mallor was appointed chair"),
            vec![("Dresh Mallor".into(), Some(Person))]
        );
        assert_eq!(
            names("the board headed by Pell Oster met"),
            vec![("Pell Oster".into(), Some(Person))]
        );
        // Members of one list.
        let c = candidates(0, "Kestrin Ludo, Ossa Trell and Pell Oster, with Tavi Mor");
        let joined: Vec<bool> = c.iter().map(|c| c.joined_before).collect();
        assert_eq!(joined, vec![false, true, true, false]);
    }

    #[test]
    fn organisation_cues_of_ownership_and_acronyms() {
        use EntityKind::Organisation;
        assert_eq!(
            names("Harrow Kettle's shares fell"),
            vec![("Harrow Kettle".into(), Some(Organisation))]
        );
        assert_eq!(
            names("bought a stake in Orrin Vale last year"),
            vec![("Orrin Vale".into(), Some(Organisation))]
        );
        // An acronym made of the name's initials defines an organisation...
        let c = candidates(0, "the Harbour Workers Guild (HWG) met");
        assert_eq!(c[0].cue, Some(Organisation));
        assert!(c[0].after_the);
        // ... but a credit in brackets after a byline does not.
        let c = candidates(0, "By Amina Okafor (XYZ) on Friday");
        assert_eq!(c[0].cue, None);
        assert!(abbreviates(
            "UNITA",
            &[
                "Union".into(),
                "National".into(),
                "Independence".into(),
                "Total".into(),
                "Angola".into()
            ]
        ));
        assert!(!abbreviates("XYZ", &["Amina".into(), "Okafor".into()]));
        // A verb of saying alone is a weak cue; a role noun is a strong one.
        let c = candidates(0, "Harrow Kettle said on Monday");
        assert!(c[0].say_only);
        let c = candidates(0, "the spokesman Ilo Brak said");
        assert!(!c[0].say_only);
        let c = candidates(0, "weeks after rival Quantor released it");
        assert!(c[0].say_only);
        // A name that opens the reported clause is no speaker.
        assert_eq!(
            names("Ilo Brak said Atlas Vale would cost more"),
            vec![
                ("Ilo Brak".into(), Some(EntityKind::Person)),
                ("Atlas Vale".into(), None)
            ]
        );
        assert_eq!(
            names("it is over, said Ilo Brak on Monday"),
            vec![("Ilo Brak".into(), Some(EntityKind::Person))]
        );
        let c = candidates(0, "In Harwick, a tree fell");
        assert!(c[0].place_hint);
    }

    #[test]
    fn lists_clubs_staff_and_sentence_initial_roles() {
        use EntityKind::{Organisation, Person, Place};
        // "and the" joins two names; so does "and" after a complete organisation's.
        assert_eq!(
            surfaces("envoys of the Granite Union and the Valdorian Republic met"),
            vec!["Granite Union", "Valdorian Republic"]
        );
        assert_eq!(
            surfaces("clients such as Harbour Web Services and Orrin Cloud"),
            vec!["Harbour Web Services", "Orrin Cloud"]
        );
        assert_eq!(
            surfaces("the Organisation for Trade and Cooperation in Gorvia"),
            vec!["Organisation for Trade and Cooperation in Gorvia"]
        );
        // People work at firms.
        assert_eq!(
            names("said economists at Morgan Vale"),
            vec![("Morgan Vale".into(), Some(Organisation))]
        );
        assert_eq!(
            names("the chief executive of Veltrix Orra said"),
            vec![("Veltrix Orra".into(), Some(Organisation))]
        );
        assert_eq!(
            names("a spokeswoman for Tarrow Quay said"),
            vec![("Tarrow Quay".into(), Some(Organisation))]
        );
        assert_eq!(
            names("a spokesman for Anna Berg said"),
            vec![("Anna Berg".into(), Some(EntityKind::Person))]
        );
        // A town, then the state it is in.
        assert_eq!(
            names("based in Ardel Springs, California"),
            vec![
                ("Ardel Springs".into(), Some(Place)),
                ("California".into(), None)
            ]
        );
        // A role noun that only starts the sentence.
        assert_eq!(
            names("Referee Alan Brooke booked four players."),
            vec![("Alan Brooke".into(), Some(Person))]
        );
        // Capitalised ordinary words of a job before a name.
        assert_eq!(
            names("named by Curatorial Associate Kate Vell, who"),
            vec![("Kate Vell".into(), Some(Person))]
        );
        assert_eq!(
            surfaces("the Regional Dawn Party said"),
            vec!["Regional Dawn Party"]
        );
        // A title in quotation marks names a work.
        assert_eq!(
            surfaces("\u{201c}The Lantern Years\u{201d} by Siobhan Carr won"),
            vec!["Siobhan Carr"]
        );
        assert_eq!(
            surfaces("the film \"Quiet Rivers,\" shot in Ardel"),
            vec!["Ardel"]
        );
        // A lone head word, then where it is.
        assert_eq!(
            surfaces("Police in Greater Harwick said"),
            vec!["Police", "Greater Harwick"]
        );
        assert_eq!(
            names("local councillor Tavi Mor said"),
            vec![("Tavi Mor".into(), Some(Person))]
        );
        // An apposition that ends the paragraph.
        assert_eq!(
            names("said Tarsk Velling, a nurse."),
            vec![("Tarsk Velling".into(), Some(Person))]
        );
    }

    #[test]
    fn titles_opening_firms_names() {
        assert_eq!(
            surfaces("General Electric reported"),
            vec!["General Electric"]
        );
        assert_eq!(
            surfaces("shares of General Orra Dynamics fell"),
            vec!["General Orra Dynamics"]
        );
        assert_eq!(
            names("General Ilo Brak said"),
            vec![("Ilo Brak".into(), Some(EntityKind::Person))]
        );
    }

    #[test]
    fn offsets_are_characters() {
        let p = "Kazakhstan\u{2019}s President Kassym-Jomart Tokayev said";
        let chars: Vec<char> = p.chars().collect();
        for c in candidates(0, p) {
            let s: String = chars[c.start..c.end].iter().collect();
            assert_eq!(s, c.surface);
        }
        assert_eq!(surfaces(p), vec!["Kazakhstan", "Kassym-Jomart Tokayev"]);
    }

    #[test]
    fn acronym_definitions() {
        let c = candidates(
            0,
            "the Moscow-led Collective Security Treaty Organization (CSTO).",
        );
        assert_eq!(c.len(), 3);
        assert_eq!(
            c[2].defines_acronym_of.as_deref(),
            Some("Collective Security Treaty Organization")
        );
        // Initials written right after a body's name, no brackets.
        let c = candidates(0, "in collaboration with the Orran Space Agency OSA.");
        assert_eq!(c.len(), 2);
        assert_eq!(c[0].surface, "Orran Space Agency");
        assert_eq!(
            c[1].defines_acronym_of.as_deref(),
            Some("Orran Space Agency")
        );
    }

    #[test]
    fn event_names_dateline_credits_and_short_titles() {
        // The body holding an event, by its initials.
        assert_eq!(
            names("projects for the 2022 OFFA World Cup."),
            vec![("OFFA".into(), Some(EntityKind::Organisation))]
        );
        // A credit after the dateline's date, with a bracketed region before it.
        assert_eq!(
            surfaces("Orvale (Vessa) [Orrland], November 24 (XYZ): The chairman spoke."),
            vec!["Orvale", "Vessa", "Orrland"]
        );
        // A chamber of a parliament; two places joined by a hyphen.
        assert_eq!(
            surfaces("impeached by the House of Representatives over India-US ties"),
            vec!["House of Representatives", "India", "US"]
        );
        assert_eq!(
            surfaces("on the Orra-Vessa Expressway in Guinea-Bissau"),
            vec!["Orra-Vessa Expressway", "Guinea-Bissau"]
        );
        // A firm's abbreviated suffix keeps its dot before its initials.
        assert_eq!(
            surfaces("founder of Orra Vessa Manufacturing Co. (OVMC), the largest"),
            vec!["Orra Vessa Manufacturing Co.", "OVMC"]
        );
        // A quotation opening after a comma starts a sentence: "The" is no part
        // of the name after it.
        assert_eq!(
            surfaces("The director said, \"The Department of Health has been working.\""),
            vec!["Department of Health"]
        );
        // "surnamed X", "X, a Democrat,": people.
        assert_eq!(
            names("money from a businessman surnamed Orrin between 2006 and 2008"),
            vec![("Orrin".into(), Some(EntityKind::Person))]
        );
        let people: Vec<_> = names("Ilo Brakov, a Republican, and Vessan Orrel, a Democrat, said")
            .into_iter()
            .filter(|n| n.1.is_some())
            .collect();
        assert_eq!(
            people,
            vec![
                ("Ilo Brakov".into(), Some(EntityKind::Person)),
                ("Vessan Orrel".into(), Some(EntityKind::Person))
            ]
        );
        // A meeting is an event, not a body.
        assert_eq!(
            surfaces("At the Vessa Trust Annual Members Meeting, the trust"),
            Vec::<String>::new()
        );
        assert_eq!(
            surfaces("protests in the capital over the Bank Holiday."),
            Vec::<String>::new()
        );
        // "the NGO X" is X.
        assert_eq!(
            names("the NGO Orra Watch stated"),
            vec![("Orra Watch".into(), Some(EntityKind::Organisation))]
        );
        // A demonym before a broadcaster's initials.
        assert_eq!(surfaces("forces, Kenyan OTV TV reported."), vec!["OTV"]);
        // An artist's or athlete's calling before the name.
        assert_eq!(
            names("the popular singer and musician Orrel might have upset his fans"),
            vec![("Orrel".into(), Some(EntityKind::Person))]
        );
        // A leader's surname before "administration".
        assert_eq!(
            names("the kingdom said the Orrin administration sought a delay"),
            vec![("Orrin".into(), Some(EntityKind::Person))]
        );
        // "FM" before a name is the foreign minister's title.
        assert_eq!(
            names("a visit at FM Orrinski\u{2019}s invitation"),
            vec![("Orrinski".into(), Some(EntityKind::Person))]
        );
        // A demonym before a person's name is no part of it; nor is an ordinary
        // word opening the sentence before a place or a demonym.
        assert_eq!(
            surfaces("The race was won by Kenyan Tarsa Vellim on Sunday."),
            vec!["Tarsa Vellim"]
        );
        assert_eq!(
            surfaces("The first president - Kenyan-American Ilo Brakov - spoke."),
            vec!["Ilo Brakov"]
        );
        assert_eq!(
            surfaces("Fellow Kenyan Tarsa Vellim was second."),
            vec!["Tarsa Vellim"]
        );
        assert_eq!(
            surfaces("Conservative Saxony state premier Ilo Brakov objected."),
            vec!["Saxony", "Ilo Brakov"]
        );
        assert_eq!(surfaces("New Mexico voted."), vec!["New Mexico"]);
        assert_eq!(
            surfaces("Amnesty International called for calm."),
            vec!["Amnesty International"]
        );
        // Places joined by hyphens, the last one running into the next word.
        assert_eq!(
            surfaces("a Japan-China-South Korea summit and the Lagos-Ibadan Expressway"),
            vec!["Japan", "China", "South Korea", "Lagos-Ibadan Expressway"]
        );
        // A legal form after a comma; a possessive written with the apostrophe alone.
        assert_eq!(
            surfaces("talks with Orra Sachs Group, Inc. over the deal"),
            vec!["Orra Sachs Group, Inc."]
        );
        assert_eq!(
            surfaces("They lost at St Vessans\u{2019} Park on Sunday."),
            vec!["St Vessans\u{2019} Park"]
        );
        // Particles inside people's names, one or two, even in a list.
        assert_eq!(
            surfaces("Ilo Brak met Anna van der Orrin and Luis da Vessa."),
            vec!["Ilo Brak", "Anna van der Orrin", "Luis da Vessa"]
        );
        assert_eq!(
            surfaces("her manager Joke Van de Orrin"),
            vec!["Joke Van de Orrin"]
        );
        // "and" and a demonym before the next person's title end the name.
        assert_eq!(
            surfaces("Foreign Minister Ilo Brak and Chinese Foreign Minister Ana Berg met."),
            vec!["Ilo Brak", "Ana Berg"]
        );
        // A field of government and a nation: the agency keeps its first word.
        assert_eq!(
            surfaces("Health Canada approved it."),
            vec!["Health Canada"]
        );
        // A body's initials right before a full name; a word for a side before
        // one mid-sentence; not initials or a party's own name.
        assert_eq!(
            surfaces("The candidate of LR Rachel Dorne said so."),
            vec!["LR", "Rachel Dorne"]
        );
        assert_eq!(
            surfaces("now an Independent Paula Orrick abstained"),
            vec!["Paula Orrick"]
        );
        assert_eq!(
            surfaces("colleagues A K Orrantony and others"),
            vec!["A K Orrantony"]
        );
        // A minister's portfolio in ordinary words names no one.
        assert_eq!(
            surfaces("the new Minister of Migration and Asylum, Ilo Brakken, said"),
            vec!["Ilo Brakken"]
        );
        assert!(surfaces("dismissed as Minister for Strategic Industries.").is_empty());
        // "General" before an ordinary word is no title.
        assert!(!names("after the Annual General Meeting in May")
            .iter()
            .any(|(_, kind)| *kind == Some(EntityKind::Person)));
        // Staff a firm has, two words after its name.
        assert_eq!(
            names("three of the Vessko senior executives left"),
            vec![("Vessko".into(), Some(EntityKind::Organisation))]
        );
        // A firm's possession in capitals after its name.
        assert_eq!(
            names("Vessa Orrins' CEO spoke."),
            vec![("Vessa Orrins".into(), Some(EntityKind::Organisation))]
        );
        // Digits before a body's initials; not units or decades.
        assert_eq!(
            surfaces("trials linked to 1ODB and a 5G network of 10GW in the 1990s"),
            vec!["1ODB"]
        );
        // An agency's head: "Administrator" is a title.
        assert_eq!(
            surfaces("NASA Administrator Orran Dulemo toured the site."),
            vec!["NASA", "Orran Dulemo"]
        );
        // So are "CS" and "Cabinet Secretary", with the portfolio before them.
        assert_eq!(
            names("Later, CS Dulemo announced plans."),
            vec![("Dulemo".into(), Some(EntityKind::Person))]
        );
        assert_eq!(
            surfaces("Environment Cabinet Secretary Orran Dulemo has warned"),
            vec!["Orran Dulemo"]
        );
    }
}
