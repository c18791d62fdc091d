//! Step 3, metadata: what the text itself says about its publication, and how that
//! combines with what the curator gave.
//!
//! The text patterns looked for are the ones news pages print around an article:
//! datelines (`Jan 10, 2022 - World`), reading-time bylines (`3 min read Nov 18, 2022`),
//! author lines (`By X`, `Written by X`), wire credits (`ASTANA (Reuters) -`,
//! `MOSCOW, January 5 (TASS)`, a closing `– AFP`, `told AFP`). Only a full date
//! (day, month and year) is a publication date: "Thursday" or "yesterday" cannot be
//! placed without knowing when the article appeared. Given metadata always wins; each
//! inference and each gap becomes a line of the report.

use crate::clean::{Cleaned, FurnitureKind};
use crate::read::Document;
use crate::text;
use newsprism_model::Date;

/// News agencies whose copy outlets republish: (how it is written, canonical name).
/// The spellings are matched as whole words, case-sensitively.
pub const WIRES: &[(&str, &str)] = &[
    ("AFP", "AFP"),
    ("Agence France-Presse", "AFP"),
    ("Agence France Presse", "AFP"),
    ("Reuters", "Reuters"),
    ("AP", "AP"),
    ("Associated Press", "AP"),
    ("TASS", "TASS"),
    ("Xinhua", "Xinhua"),
    ("dpa", "dpa"),
    ("DPA", "dpa"),
    ("Interfax", "Interfax"),
    ("RIA Novosti", "RIA Novosti"),
    ("ANSA", "ANSA"),
    ("EFE", "EFE"),
    ("UPI", "UPI"),
    ("Kyodo", "Kyodo"),
    ("Yonhap", "Yonhap"),
    ("Anadolu", "Anadolu"),
    ("PTI", "PTI"),
    ("IANS", "IANS"),
    ("Bernama", "Bernama"),
    ("KUNA", "KUNA"),
    ("WAM", "WAM"),
    ("Sputnik", "Sputnik"),
    ("Bloomberg", "Bloomberg"),
    ("Kazinform", "Kazinform"),
];

/// The canonical wire name for a spelling, when it is one.
pub fn wire_name(s: &str) -> Option<&'static str> {
    WIRES.iter().find(|(w, _)| *w == s).map(|(_, c)| *c)
}

/// Month number of an English month name or abbreviation (`Jan`, `Sept`, `January`).
pub fn month_number(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    crate::dates::MONTHS
        .iter()
        .position(|m| {
            *m == w || (w.len() >= 3 && m.starts_with(&w) && (w.len() == 3 || w == "sept"))
        })
        .map(|i| i as u8 + 1)
}

/// Tokens for date and byline matching: runs of letters or of digits, also split
/// where a lowercase letter meets a capital ("readNov" → "read", "Nov").
fn date_tokens(s: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut prev: Option<char> = None;
    for c in s.chars() {
        let boundary = match prev {
            None => false,
            Some(p) => {
                !c.is_alphanumeric()
                    || !p.is_alphanumeric()
                    || (p.is_alphabetic() != c.is_alphabetic())
                    || (p.is_lowercase() && c.is_uppercase())
            }
        };
        if boundary && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
        if c.is_alphanumeric() {
            cur.push(c);
        }
        prev = Some(c);
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn day_number(tok: &str) -> Option<u8> {
    (tok.len() <= 2 && tok.bytes().all(|b| b.is_ascii_digit()))
        .then(|| tok.parse().ok())
        .flatten()
        .filter(|d| (1..=31).contains(d))
}

fn year_number(tok: &str) -> Option<u16> {
    (tok.len() == 4 && tok.bytes().all(|b| b.is_ascii_digit()))
        .then(|| tok.parse().ok())
        .flatten()
        .filter(|y| (1900..=2100).contains(y))
}

/// The first complete calendar date written in `s`: `Jan 10, 2022`, `10 January 2022`,
/// `November 18th, 2022` or `2022-01-10`.
pub fn find_full_date(s: &str) -> Option<Date> {
    let bytes = s.as_bytes();
    for i in 0..bytes.len().saturating_sub(9) {
        if let Some(candidate) = s.get(i..i + 10) {
            let before_ok = i == 0 || !bytes[i - 1].is_ascii_digit();
            let after_ok = bytes.get(i + 10).is_none_or(|b| !b.is_ascii_digit());
            if before_ok && after_ok {
                if let Ok(d) = Date::parse(candidate) {
                    return Some(d);
                }
            }
        }
    }
    if let Some(d) = dotted_date(s).or_else(|| slashed_date(s)) {
        return Some(d);
    }
    let toks: Vec<String> = date_tokens(s)
        .into_iter()
        .filter(|t| !matches!(t.as_str(), "st" | "nd" | "rd" | "th"))
        .collect();
    for w in toks.windows(3) {
        if let (Some(m), Some(d), Some(y)) =
            (month_number(&w[0]), day_number(&w[1]), year_number(&w[2]))
        {
            if let Some(date) = Date::new(y, m, d) {
                return Some(date);
            }
        }
        if let (Some(d), Some(m), Some(y)) =
            (day_number(&w[0]), month_number(&w[1]), year_number(&w[2]))
        {
            if let Some(date) = Date::new(y, m, d) {
                return Some(date);
            }
        }
    }
    None
}

/// A date written with slashes and a four-digit year, `11/25/2011` (month first, as
/// in the US) or `25/11/2011` (day first), only when the order is unambiguous: one of
/// the two numbers is over 12.
fn slashed_date(s: &str) -> Option<Date> {
    for tok in s.split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '(' | ')')) {
        let parts: Vec<&str> = tok.trim_end_matches('.').split('/').collect();
        if parts.len() != 3 {
            continue;
        }
        let num = |p: &str| {
            (1..=2)
                .contains(&p.len())
                .then(|| p.parse::<u8>().ok())
                .flatten()
        };
        if let (Some(a), Some(b), Some(y)) = (num(parts[0]), num(parts[1]), year_number(parts[2])) {
            let (m, d) = match (a > 12, b > 12) {
                (false, true) => (a, b),
                (true, false) => (b, a),
                _ => continue,
            };
            if let Some(date) = Date::new(y, m, d) {
                return Some(date);
            }
        }
    }
    None
}

/// A day, month and year written with dots, day first as in most of Europe and
/// Central Asia: `21.11.2022`, `7.9.2022`.
fn dotted_date(s: &str) -> Option<Date> {
    for tok in s.split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '(' | ')')) {
        let tok = tok.trim_end_matches('.');
        // "31-1-2024" too: dashes, the year last in full.
        let dashed = !tok.contains('.') && tok.contains('-');
        let parts: Vec<&str> = tok.split(if dashed { '-' } else { '.' }).collect();
        if parts.len() != 3 || (dashed && parts[2].len() != 4) {
            continue;
        }
        let month = |p: &str| {
            (p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit()))
                .then(|| p.parse::<u8>().ok())
                .flatten()
                .filter(|m| (1..=12).contains(m))
        };
        let (mut d, mut m) = (day_number(parts[0]), month(parts[1]));
        // "1-31-2024": month first, when the day cannot be a month.
        if dashed && m.is_none() {
            if let (Some(a), Some(b)) = (month(parts[0]), day_number(parts[1])) {
                (d, m) = (Some(b), Some(a));
            }
        }
        if let (Some(d), Some(m), Some(y)) = (d, m, year_number(parts[2])) {
            if let Some(date) = Date::new(y, m, d) {
                return Some(date);
            }
        }
    }
    None
}

/// A short line that is a date, maybe with a section or time: `Jan 10, 2022 - World`.
pub fn dateline_date(line: &str) -> Option<Date> {
    // Few words, numbers aside: "18 April 2019, 15:18 | Updated: 18 April 2019, 15:23".
    let words = text::words(line);
    let lettered = words
        .iter()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    if words.len() > 16 || lettered > 10 {
        return None;
    }
    find_full_date(line)
}

/// A reading-time byline such as `3 min read` (Medium and many blogs).
pub fn is_reading_time(line: &str) -> bool {
    if line.len() > 200 || !line.to_ascii_lowercase().contains("min") {
        return false;
    }
    let toks = date_tokens(line);
    text::words(line).len() <= 12
        && toks.windows(3).any(|w| {
            w[0].bytes().all(|b| b.is_ascii_digit())
                && matches!(
                    w[1].to_ascii_lowercase().as_str(),
                    "min" | "mins" | "minute" | "minutes"
                )
                && w[2].eq_ignore_ascii_case("read")
        })
}

/// The name in an author line: `By Jane Doe`, `Written by The Countermeasure`,
/// `By Jane Doe and John Roe, Reuters`.
pub fn byline_name(line: &str) -> Option<String> {
    let line = line.trim();
    if text::words(line).len() > 10 {
        return None;
    }
    let lower = line.to_lowercase();
    let rest = [
        "written by ",
        "words by ",
        "reporting by ",
        "by ",
        "author: ",
        "author name ",
    ]
    .iter()
    .find(|p| lower.starts_with(*p))
    .map(|p| &line[p.len()..])?;
    let name = rest
        .split([',', '|', '\u{2013}', '\u{2014}', '(', '/'])
        .next()
        .unwrap_or("")
        .split(" - ")
        .next()
        .unwrap_or("")
        .trim()
        .trim_end_matches('.');
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty() || words.len() > 6 {
        return None;
    }
    if is_domain(name) {
        return Some(name.to_string());
    }
    let connectors = [
        "and", "de", "da", "di", "van", "von", "der", "la", "le", "bin", "al", "el",
    ];
    let first_upper = |w: &str| w.chars().next().is_some_and(|c| c.is_uppercase());
    let ok = first_upper(words[0])
        && words
            .iter()
            .all(|w| first_upper(w) || connectors.contains(w))
        && month_number(words[0]).is_none()
        && !is_weekday(words[0]);
    ok.then(|| name.to_string())
}

/// English weekday names, which are capitalised without being names.
pub fn is_weekday(w: &str) -> bool {
    matches!(
        w.to_ascii_lowercase().trim_end_matches(['\'', 's']),
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

/// A wire credit closing the last paragraph: `... go home. – AFP`, `... (Reuters)`.
/// Returns the paragraph without it and the agency.
pub fn sign_off(paragraph: &str) -> Option<(String, &'static str)> {
    let trimmed = paragraph.trim_end();
    for (spelling, canonical) in WIRES {
        if !trimmed.ends_with(spelling) && !trimmed.ends_with(&format!("({spelling})")) {
            continue;
        }
        for pattern in [
            format!("\u{2013} {spelling}"),
            format!("\u{2014} {spelling}"),
            format!("- {spelling}"),
            format!("({spelling})"),
            format!("\u{2013}{spelling}"),
            format!("\u{2014}{spelling}"),
            format!("-{spelling}"),
        ] {
            if let Some(rest) = trimmed.strip_suffix(&pattern) {
                if rest.is_empty() || rest.ends_with(char::is_whitespace) {
                    return Some((rest.trim_end().to_string(), canonical));
                }
            }
        }
    }
    None
}

/// A wire named in an opening dateline: `ASTANA (Reuters) -`, `MOSCOW, January 5 (TASS)`.
pub fn dateline_wire(paragraph: &str) -> Option<(&'static str, String)> {
    let head: String = paragraph.chars().take(60).collect();
    let open = head.find('(')?;
    let close = open + head[open..].find(')')?;
    let inside = &head[open + 1..close];
    let canonical = wire_name(inside.trim())?;
    let before = head[..open].trim();
    // The place before it is in capitals, or a place and a date, as datelines are.
    let first = before.split([',', ' ']).next().unwrap_or("");
    let looks_like_place = first.len() >= 2
        && first
            .chars()
            .all(|c| c.is_uppercase() || c == '-' || c == '.')
        || before.split(',').count() == 2;
    looks_like_place.then(|| (canonical, head[..=close].to_string()))
}

/// A wire credited in the text: `told AFP`, `AFP correspondents`, `an AFP reporter`.
pub fn credited_wire(paragraph: &str) -> Option<(&'static str, String)> {
    for (spelling, canonical) in WIRES {
        if !paragraph.contains(spelling) {
            continue;
        }
        for (pattern, evidence) in [
            (format!("told {spelling}"), format!("told {spelling}")),
            (
                format!("{spelling} correspondent"),
                format!("{spelling} correspondent"),
            ),
            (
                format!("{spelling} reporter"),
                format!("{spelling} reporter"),
            ),
            (
                format!("{spelling} journalist"),
                format!("{spelling} journalist"),
            ),
        ] {
            if let Some(pos) = paragraph.find(&pattern) {
                let after = paragraph[pos + pattern.len()..].chars().next();
                let whole_word = after.is_none_or(|c| {
                    !c.is_alphanumeric()
                        || pattern.ends_with("correspondent")
                        || pattern.ends_with("reporter")
                        || pattern.ends_with("journalist")
                });
                let before_ok = paragraph[..pos]
                    .chars()
                    .last()
                    .is_none_or(|c| !c.is_alphanumeric());
                if whole_word && before_ok {
                    return Some((canonical, evidence));
                }
            }
        }
    }
    None
}

/// One fact inferred from the text, with the words it was inferred from.
#[derive(Debug, Clone, PartialEq)]
pub struct Inference<T> {
    pub value: T,
    /// How the report names the evidence: `dateline “Jan 10, 2022 - World”`.
    pub evidence: String,
}

/// Everything the text says about its own publication.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Inferred {
    pub published: Option<Inference<Date>>,
    pub wire: Option<Inference<String>>,
    pub author: Option<Inference<String>>,
    /// The outlet, from a masthead or copyright line.
    pub source: Option<Inference<String>>,
}

/// Looks for publication facts in the furniture that cleaning set aside and in the
/// paragraphs' wire credits.
pub fn infer(cleaned: &Cleaned) -> Inferred {
    let mut out = Inferred::default();
    // The publication date, best evidence first: a date stamped before the page's
    // text; a line saying the story was published ("First Published: Dec 04
    // 2018"), which outranks the date a page prints in its header for the day it
    // is read.
    for f in &cleaned.furniture {
        let found = match &f.kind {
            FurnitureKind::PageStamp(date) => Some((*date, "page stamp")),
            FurnitureKind::Dateline(date) if published_line(&f.text) => Some((*date, "dateline")),
            _ => None,
        };
        if let Some((date, what)) = found {
            let better = out
                .published
                .as_ref()
                .is_none_or(|p| !p.evidence.starts_with("page stamp") && what == "page stamp");
            if better {
                out.published = Some(Inference {
                    value: date,
                    evidence: format!("{what} \u{201c}{}\u{201d}", f.text),
                });
            }
        }
    }
    // Of the other dated lines, one stamped with a time of day ("December 4, 2023
    // 11:50 AM IST") says when the story went up; a bare date at the top of the
    // page ("Monday, March 2, 2026") may be the day it was read. A line saying
    // when the story was updated comes last.
    if out.published.is_none() {
        let datelines = |updated: bool| {
            cleaned.furniture.iter().filter_map(move |f| match &f.kind {
                FurnitureKind::Dateline(date) if updated_line(&f.text) == updated => {
                    Some((f, *date))
                }
                _ => None,
            })
        };
        let timed = datelines(false).find(|(f, _)| has_clock_time(&f.text));
        out.published = timed
            .or_else(|| datelines(false).next())
            .or_else(|| datelines(true).next())
            .map(|(f, date)| Inference {
                value: date,
                evidence: format!("dateline \u{201c}{}\u{201d}", f.text),
            });
    }
    for f in &cleaned.furniture {
        match &f.kind {
            FurnitureKind::ReadingTime(Some(date)) if out.published.is_none() => {
                out.published = Some(Inference {
                    value: *date,
                    evidence: format!("byline \u{201c}{}\u{201d}", f.text),
                });
            }
            // "By examplenews.com", "Author: Valley Times": a site credits itself.
            FurnitureKind::Byline(name)
                if is_domain(name) || crate::clean::masthead_name(name).is_some() =>
            {
                out.source.get_or_insert_with(|| Inference {
                    value: name.clone(),
                    evidence: format!("byline \u{201c}{}\u{201d}", f.text),
                });
            }
            FurnitureKind::Byline(name) if out.author.is_none() => {
                out.author = Some(Inference {
                    value: name.clone(),
                    evidence: format!("byline \u{201c}{}\u{201d}", f.text),
                });
            }
            FurnitureKind::Masthead(name) if out.source.is_none() => {
                out.source = Some(Inference {
                    value: name.clone(),
                    evidence: format!("masthead \u{201c}{}\u{201d}", f.text),
                });
            }
            FurnitureKind::SignOff(wire) if out.wire.is_none() => {
                out.wire = Some(Inference {
                    value: wire.to_string(),
                    evidence: format!("sign-off \u{201c}{}\u{201d}", f.text),
                });
            }
            _ => {}
        }
    }
    // "Example Online, Wednesday 21 Nov 2012": a dated line opening with the
    // publication's name.
    if out.source.is_none() {
        out.source = cleaned
            .furniture
            .iter()
            .filter(|f| matches!(f.kind, FurnitureKind::Dateline(_)))
            .find_map(|f| {
                let (head, _) = f.text.split_once(',')?;
                crate::clean::masthead_name(head).map(|name| (name, &f.text))
            })
            .map(|(name, text)| Inference {
                value: name,
                evidence: format!("dateline \u{201c}{text}\u{201d}"),
            });
    }
    // "Jana Roe is Valley Editor of The Valley Times": the writer's note names the
    // publication.
    if out.source.is_none() {
        out.source = cleaned
            .furniture
            .iter()
            .filter(|f| matches!(f.kind, FurnitureKind::Credit))
            .find_map(|f| crate::clean::bio_outlet(&f.text).map(|name| (name, &f.text)))
            .map(|(name, text)| Inference {
                value: name,
                evidence: format!("writer's note \u{201c}{text}\u{201d}"),
            });
    }
    // "Get Example News in your inbox", "Follow Example on Twitter": a site names
    // itself in its own prompts; the weakest evidence, used last.
    if out.source.is_none() {
        out.source = cleaned
            .furniture
            .iter()
            .filter(|f| matches!(f.kind, FurnitureKind::Promotion | FurnitureKind::Interface))
            .find_map(|f| promoted_outlet(&f.text).map(|name| (name, &f.text)))
            .map(|(name, text)| Inference {
                value: name,
                evidence: format!("prompt \u{201c}{text}\u{201d}"),
            });
    }
    // "CITY, Country, March 18, 2019 (XYZ/AFP) - ...": the date in an opening
    // dateline.
    if out.published.is_none() {
        out.published = cleaned.paragraphs.first().and_then(|p| {
            let rest = crate::clean::without_wire_dateline(p);
            let head = &p[..p.len() - rest.len()];
            (!rest.is_empty() && rest.len() < p.len())
                .then(|| find_full_date(head))
                .flatten()
                .map(|date| Inference {
                    value: date,
                    evidence: format!("dateline \u{201c}{}\u{201d}", head.trim()),
                })
        });
    }
    // "Orravale (22.04.2015 - Jana Roe) The union ...": a date in the brackets of
    // an opening dateline.
    if out.published.is_none() {
        out.published = cleaned.paragraphs.iter().take(2).find_map(|p| {
            let (head, rest) = p.split_once(" (")?;
            let words = head.split_whitespace().count();
            let inner = rest.split_once(')')?.0;
            if words == 0 || words > 4 || !head.starts_with(char::is_uppercase) || inner.len() > 60
            {
                return None;
            }
            Some(Inference {
                value: find_full_date(inner)?,
                evidence: format!("dateline \u{201c}{head} ({inner})\u{201d}"),
            })
        });
    }
    // "Orra and Vessa to meet Thursday, June 3, 2021 | 09:09": a headline line, or
    // the page's first line, that ends with the day and time the story went up.
    if out.published.is_none() {
        let lines = cleaned.title.iter().map(|t| t.text.as_str());
        out.published = lines
            .chain(cleaned.paragraphs.first().map(String::as_str))
            .find_map(|line| {
                let chars: Vec<char> = line.trim_end().chars().collect();
                let at = |from: usize| -> String {
                    chars[chars.len().saturating_sub(from)..].iter().collect()
                };
                let date = has_clock_time(&at(6))
                    .then(|| find_full_date(&at(40)))
                    .flatten()?;
                Some(Inference {
                    value: date,
                    evidence: format!("first line \u{201c}{}\u{201d}", at(40).trim()),
                })
            });
    }
    // "31-1-2024 (CITY) The court ...": a date stamped before the dateline.
    if out.published.is_none() {
        out.published = cleaned.paragraphs.iter().take(2).find_map(|p| {
            let (first, rest) = p.split_once(' ')?;
            let shouted = rest
                .split_whitespace()
                .next()
                .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
                .is_some_and(|w| w.chars().count() >= 3 && w.chars().all(char::is_uppercase));
            let date = (first.chars().next().is_some_and(|c| c.is_ascii_digit())
                && (rest.starts_with('(') || shouted))
                .then(|| find_full_date(first))
                .flatten()?;
            Some(Inference {
                value: date,
                evidence: format!("date before the dateline \u{201c}{first}\u{201d}"),
            })
        });
    }
    if out.wire.is_none() {
        out.wire = cleaned
            .paragraphs
            .iter()
            .take(3)
            .find_map(|p| dateline_wire(p))
            .map(|(w, ev)| Inference {
                value: w.to_string(),
                evidence: format!("dateline \u{201c}{ev}\u{201d}"),
            });
    }
    if out.wire.is_none() {
        out.wire = cleaned
            .paragraphs
            .iter()
            .find_map(|p| credited_wire(p))
            .map(|(w, ev)| Inference {
                value: w.to_string(),
                evidence: format!("\u{201c}{ev}\u{201d}"),
            });
    }
    out
}

/// Whether `name` is a web site's domain: "examplenews.com", "news.example.co.uk".
pub fn is_domain(name: &str) -> bool {
    let labels: Vec<&str> = name.split('.').collect();
    labels.len() >= 2
        && !name.contains(' ')
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        && labels[labels.len() - 1].len() >= 2
        && labels[labels.len() - 1]
            .chars()
            .all(|c| c.is_ascii_lowercase())
}

/// Whether `line`, case folded, opens with one of `openings`.
fn opens_with(line: &str, openings: &[&str]) -> bool {
    let f = crate::text::fold(line);
    openings.iter().any(|p| f.starts_with(p))
}

/// Whether a dated line says when the story was last changed ("Updated: ...").
fn updated_line(line: &str) -> bool {
    opens_with(
        line,
        &[
            "updated",
            "last updated",
            "modified",
            "last modified",
            "edited",
        ],
    )
}

/// Whether a line holds a time of day: "11:50", "04:40 AM".
fn has_clock_time(line: &str) -> bool {
    let c: Vec<char> = line.chars().collect();
    (1..c.len().saturating_sub(2)).any(|i| {
        c[i] == ':'
            && c[i - 1].is_ascii_digit()
            && c[i + 1].is_ascii_digit()
            && c[i + 2].is_ascii_digit()
    })
}

/// Whether a dated line says when the story was published ("Published: ...",
/// "First published on ...", "Posted ..."), not when it was updated or read.
fn published_line(line: &str) -> bool {
    opens_with(
        line,
        &["published", "first published", "posted", "date published"],
    )
}

/// The publication a site's own prompt names: "Get Example News in your Inbox"
/// (Example), "Download the Example app", "Follow Example on Twitter", "Subscribe to
/// Example". The name is one to four capitalised words; "us", "me" and "our" name
/// nobody.
pub fn promoted_outlet(line: &str) -> Option<String> {
    let words: Vec<&str> = line
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| matches!(c, ':' | '.' | '!' | ',')))
        .collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let find = |w: &str| lower.iter().position(|l| l == w);
    let (start, end) = if lower.first().is_some_and(|w| w == "get") {
        // "Get X [News] in your inbox"
        let k = (1..lower.len().saturating_sub(2))
            .find(|&k| lower[k] == "in" && lower[k + 1] == "your" && lower[k + 2] == "inbox")?;
        (1, k)
    } else if lower.first().is_some_and(|w| w == "download")
        && lower.get(1).is_some_and(|w| w == "the")
    {
        // "Download the X app"
        (2, find("app")?)
    } else if lower.first().is_some_and(|w| w == "follow") {
        // "Follow X on Twitter"
        (1, find("on")?)
    } else if lower.first().is_some_and(|w| w == "subscribe")
        && lower.get(1).is_some_and(|w| w == "to")
    {
        (2, words.len())
    } else {
        return None;
    };
    let mut name: Vec<&str> = words.get(start..end)?.to_vec();
    // "Get Example News in your inbox": the site's news, not a title called so.
    while name.len() > 1
        && name.last().is_some_and(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "news" | "newsletter" | "newsletters" | "updates" | "alerts" | "headlines"
            )
        })
    {
        name.pop();
    }
    let capitalised = name
        .iter()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    let nobody = name
        .iter()
        .any(|w| matches!(w.to_lowercase().as_str(), "us" | "me" | "our" | "my"));
    ((1..=4).contains(&name.len()) && capitalised && !nobody).then(|| name.join(" "))
}

/// An article's publication facts once given and inferred metadata are combined.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    pub title: String,
    pub source: Option<String>,
    pub wire: Option<String>,
    pub author: Option<String>,
    pub published: Option<Date>,
    pub url: Option<String>,
    /// Which fields came from the text rather than from given metadata.
    pub inferred: Vec<&'static str>,
    pub notes: Vec<String>,
}

/// Given metadata wins; inference fills the gaps; what is still unknown is reported
/// with the line to add.
pub fn resolve(doc: &Document, cleaned: &Cleaned, inferred: &Inferred) -> Resolved {
    let file = &doc.file;
    let meta_file = {
        let stem = file.strip_suffix(".txt").unwrap_or(file);
        format!("{stem}.meta")
    };
    let mut notes = Vec::new();
    let mut inferred_fields = Vec::new();

    let title = match (&doc.meta.title, &cleaned.title) {
        (Some(t), _) => t.clone(),
        (None, Some(t)) => {
            inferred_fields.push("title");
            if t.from_headline {
                notes.push(format!(
                    "{file}: title \u{201c}{}\u{201d} taken from its headline line",
                    t.text
                ));
            } else {
                notes.push(format!(
                    "{file}: no headline found; title made from the opening words \u{2014} add `title: ...` to {meta_file}"
                ));
            }
            t.text.clone()
        }
        (None, None) => {
            notes.push(format!(
                "{file}: no title found \u{2014} add `title: ...` to {meta_file}"
            ));
            doc.id.clone()
        }
    };

    fn pick<T: Clone + PartialEq + std::fmt::Display>(
        field: &'static str,
        given: &Option<T>,
        found: &Option<Inference<T>>,
        file: &str,
        notes: &mut Vec<String>,
        inferred_fields: &mut Vec<&'static str>,
    ) -> Option<T> {
        match (given, found) {
            (Some(g), Some(f)) if *g != f.value => {
                notes.push(format!(
                    "{file}: given {field} {g} kept, though the text suggests {} ({})",
                    f.value, f.evidence
                ));
                Some(g.clone())
            }
            (Some(g), _) => Some(g.clone()),
            (None, Some(f)) => {
                notes.push(format!(
                    "{file}: {field} {} inferred from {}",
                    f.value, f.evidence
                ));
                inferred_fields.push(field);
                Some(f.value.clone())
            }
            (None, None) => None,
        }
    }
    let published = pick(
        "published",
        &doc.meta.published,
        &inferred.published,
        file,
        &mut notes,
        &mut inferred_fields,
    );
    let wire = pick(
        "wire",
        &doc.meta.wire,
        &inferred.wire,
        file,
        &mut notes,
        &mut inferred_fields,
    );
    let author = pick(
        "author",
        &doc.meta.author,
        &inferred.author,
        file,
        &mut notes,
        &mut inferred_fields,
    );

    if published.is_none() {
        notes.push(format!(
            "{file}: publication date unknown (no dated dateline or byline; relative dates such as \u{201c}Thursday\u{201d} need an anchor) \u{2014} add `published: YYYY-MM-DD` to {meta_file}"
        ));
    }
    let source = pick(
        "source",
        &doc.meta.source,
        &inferred.source,
        file,
        &mut notes,
        &mut inferred_fields,
    );
    if source.is_none() {
        notes.push(format!(
            "{file}: outlet unknown \u{2014} add `source: Name` to {meta_file}"
        ));
    }
    Resolved {
        title,
        source,
        wire,
        author,
        published,
        url: doc.meta.url.clone(),
        inferred: inferred_fields,
        notes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn dates_in_datelines_and_bylines() {
        assert_eq!(dateline_date("Jan 10, 2022 - World"), Some(d("2022-01-10")));
        assert_eq!(
            find_full_date("3 min readNov 18, 2022"),
            Some(d("2022-11-18"))
        );
        assert_eq!(
            find_full_date("Updated 18 November 2022, 10:31"),
            Some(d("2022-11-18"))
        );
        assert_eq!(find_full_date("posted 2022-01-10"), Some(d("2022-01-10")));
        assert_eq!(find_full_date("On November 17, the government"), None);
        assert_eq!(find_full_date("Feb 30, 2022"), None);
        // Slashes: only when one number is over 12 is the order known.
        assert_eq!(
            find_full_date("11/25/2011 08:15:37 AM -"),
            Some(d("2011-11-25"))
        );
        assert_eq!(find_full_date("25/11/2011"), Some(d("2011-11-25")));
        assert_eq!(find_full_date("03/04/2011"), None);
        assert!(is_reading_time("3 min readNov 18, 2022"));
        assert!(is_reading_time("5 min read"));
        assert!(!is_reading_time("I read it in 3 min"));
    }

    #[test]
    fn author_lines() {
        assert_eq!(
            byline_name("Written by The Countermeasure").as_deref(),
            Some("The Countermeasure")
        );
        assert_eq!(
            byline_name("By Jane Doe, Reuters").as_deref(),
            Some("Jane Doe")
        );
        assert_eq!(byline_name("By the end of the year, it was over."), None);
        assert_eq!(byline_name("By Monday"), None);
    }

    #[test]
    fn outlets_named_in_their_own_prompts() {
        assert_eq!(
            promoted_outlet("Get Harbour Ledger News in your Inbox:").as_deref(),
            Some("Harbour Ledger")
        );
        assert_eq!(
            promoted_outlet("Download the Valley Echo app").as_deref(),
            Some("Valley Echo")
        );
        assert_eq!(
            promoted_outlet("Follow Daily Orra on Twitter").as_deref(),
            Some("Daily Orra")
        );
        assert_eq!(promoted_outlet("Follow us on Twitter"), None);
        assert_eq!(promoted_outlet("Get the latest news in your inbox"), None);
        assert_eq!(promoted_outlet("Download NewsApp"), None);
    }

    #[test]
    fn a_dated_line_opening_with_the_publication_names_it() {
        let cleaned = crate::clean::clean(
            "Bridge opens\n\nValley Online, Wednesday 21 Nov 2012\n\nThe bridge opened on Wednesday.\n",
            1,
            None,
        );
        assert_eq!(
            infer(&cleaned).source.map(|s| s.value).as_deref(),
            Some("Valley Online")
        );
    }

    #[test]
    fn a_paper_with_its_city_a_site_as_author_and_a_writers_note_name_the_outlet() {
        let source = |body: &str| {
            infer(&crate::clean::clean(body, 1, None))
                .source
                .map(|s| s.value)
        };
        assert_eq!(
            source(
                "Runners sweep

8 December 2019
The Valley Nation (Nairobi)
By Ana Orrin

The race ended on Sunday.
"
            )
            .as_deref(),
            Some("The Valley Nation (Nairobi)")
        );
        assert_eq!(
            source(
                "publish time

27/06/2024

author name Valley Times

Police clashed with protesters on Thursday.
"
            )
            .as_deref(),
            Some("Valley Times")
        );
        assert_eq!(
            source(
                "Vote set

Councillors voted on Monday.

Jana Orrick

Jana Orrick is Valley Editor of The Valley Times
"
            )
            .as_deref(),
            Some("The Valley Times")
        );
    }

    #[test]
    fn a_date_in_a_datelines_brackets_and_at_the_end_of_the_first_line() {
        let published = |body: &str| {
            infer(&crate::clean::clean(body, 1, None))
                .published
                .map(|p| p.value.to_string())
        };
        assert_eq!(
            published(
                "Orravale (22.04.2015 - Jana Roe) The merger of two firms is about to close, the union said on Monday.\n"
            )
            .as_deref(),
            Some("2015-04-22")
        );
        assert_eq!(
            published(
                "World \"We will meet\" Envoy for the Orra talks says a date is set. Thursday, June 3, 2021 | 09:09\n\nThe envoy said the talks would resume.\n"
            )
            .as_deref(),
            Some("2021-06-03")
        );
        // A time and a date inside the story are no publication stamp.
        assert_eq!(
            published("The blast at 10:30 on June 3, 2021 killed two, police said on Friday.\n"),
            None
        );
    }

    #[test]
    fn wire_credits() {
        assert_eq!(
            sign_off("He left. \u{2013} AFP"),
            Some(("He left.".to_string(), "AFP"))
        );
        assert_eq!(sign_off("He met the CHAFP"), None);
        assert_eq!(
            sign_off("\u{201c}We will wait,\u{201d} he said. -Bernama"),
            Some((
                "\u{201c}We will wait,\u{201d} he said.".to_string(),
                "Bernama"
            ))
        );
        assert_eq!(sign_off("a well-known pro-AFP"), None);
        assert_eq!(
            dateline_wire("ASTANA (Reuters) - The president said").map(|w| w.0),
            Some("Reuters")
        );
        assert_eq!(
            dateline_wire("MOSCOW, January 5 (TASS). The president").map(|w| w.0),
            Some("TASS")
        );
        assert_eq!(
            credited_wire("a farce,\u{201d} architect Aidar Ergaly told AFP.").map(|w| w.0),
            Some("AFP")
        );
        assert_eq!(credited_wire("He told APTN."), None);
    }

    #[test]
    fn the_date_in_an_opening_wire_dateline_is_the_publication_date() {
        let c = crate::clean::clean(
            "HARBOURTON, Valdoria, May 2, 2021 (XYZ/AFP) \u{2013} Ferries sailed again on Sunday, the port said.\n\nThe port was shut for a week since April 25, 2021.\n",
            1,
            None,
        );
        let inferred = infer(&c);
        assert_eq!(inferred.published.map(|p| p.value), Some(d("2021-05-02")));
        // A full date in the story itself is not the publication date.
        let c = crate::clean::clean(
            "Ferry service resumes\n\nThe port, shut since April 25, 2021 (by order) \u{2013} reopened.\n",
            1,
            None,
        );
        assert_eq!(infer(&c).published, None);
    }
}

#[cfg(test)]
mod published_tests {
    use super::*;
    use crate::clean::clean;

    fn published(body: &str) -> Option<Date> {
        infer(&clean(body, 1, None)).published.map(|p| p.value)
    }

    #[test]
    fn a_published_line_outranks_the_date_a_page_is_read() {
        let body = "Friday, April 11, 2025 | 09:10 AM IST\nValley towns vote to share one water board\n\nThree towns voted on Tuesday to share one board.\n\nFirst Published: Nov 19 2018 | 6:05 PM IST\n";
        assert_eq!(published(body), Date::new(2018, 11, 19));
        let body = "Friday, April 11, 2025\nValley towns vote to share one water board\n\nThree towns voted on Tuesday to share one board.\n";
        assert_eq!(published(body), Date::new(2025, 4, 11));
        // A dated line with its update time, numbers and all; and an update line
        // when nothing else is dated.
        let body = "Valley towns vote to share one water board\n\n18 April 2019, 15:18 | Updated: 18 April 2019, 15:23\n\nThree towns voted on Tuesday.\n";
        assert_eq!(published(body), Date::new(2019, 4, 18));
        let body = "Valley towns vote to share one water board\nUpdated on Nov 11, 2021 06:25 AM IST\n\nThree towns voted on Tuesday.\n";
        assert_eq!(published(body), Date::new(2021, 11, 11));
        // A line stamped with the time the story went up outranks a bare date above.
        let body = "Friday, April 11, 2025\nValley towns vote to share one water board\n\nLakeport | November 19, 2018 06:05:10 PM IST\nThree towns voted on Tuesday to share one board.\n";
        assert_eq!(published(body), Date::new(2018, 11, 19));
    }

    #[test]
    fn a_site_crediting_itself_is_the_outlet() {
        let inferred = infer(&clean(
            "Valley towns vote to share one water board\nBy valleyecho.co.uk\n\nThree towns voted on Tuesday to share one board.\n",
            1,
            None,
        ));
        assert_eq!(inferred.source.unwrap().value, "valleyecho.co.uk");
        assert!(inferred.author.is_none());
        assert!(!is_domain("Jana Roe"));
        assert!(!is_domain("v1.2"));
    }

    #[test]
    fn a_page_stamp_outranks_every_printed_date() {
        let body = " date 2018-12-05 Posted on Dec 04 2018\n\nThree towns voted on Tuesday to share one board.\n";
        assert_eq!(published(body), Date::new(2018, 12, 5));
    }
}

#[cfg(test)]
mod dotted_tests {
    use super::*;

    #[test]
    fn dotted_dates_are_day_first() {
        assert_eq!(find_full_date("03.04.2019"), Date::new(2019, 4, 3));
        assert_eq!(
            find_full_date("Updated 9.12.2020, 10:15"),
            Date::new(2020, 12, 9)
        );
        assert_eq!(find_full_date("version 1.2.3"), None);
        assert_eq!(find_full_date("31.02.2020"), None);
        // Dashes, the year last in full: day first unless the day cannot be a month.
        assert_eq!(find_full_date("31-1-2024"), Date::new(2024, 1, 31));
        assert_eq!(find_full_date("1-31-2024"), Date::new(2024, 1, 31));
        assert_eq!(find_full_date("item 3-4-12"), None);
    }
}
