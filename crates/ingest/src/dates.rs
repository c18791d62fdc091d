//! Step 5, dates: the date expressions of each paragraph ("Jan 10, 2022",
//! "21.11.2022", "in March", "last Wednesday", "yesterday", "this weekend") and the
//! calendar period each names, with its precision (day, month or year).
//!
//! Relative expressions are resolved against the article's publication date and the
//! tense of the clause around them: the nearest tense cue in the sentence ("will",
//! "ahead of" → future; "said", "had", a verb in -ed → past). An article without a
//! publication date keeps only the dates that carry their own year. The rules:
//!
//! - A weekday ("Sunday", "on Monday") is the nearest such day on or before the
//!   publication date in a past-tense clause, on or after it otherwise: a news report
//!   puts what happened in the past tense, so a weekday in a present-tense clause
//!   ("polling stations open Sunday") is an upcoming one. Reporting verbs in the
//!   present ("says", "claims") count as past, the usual tense of attribution.
//! - "last Wednesday" is the most recent Wednesday strictly before the publication
//!   day; "next Wednesday" the first strictly after it. "last March" is the most
//!   recent March before the publication month, "next March" the first after it.
//! - Periods longer than a day and shorter than a month ("this weekend", "at the
//!   weekend", "last weekend", "this week", "last week", "next week") take the
//!   finest value containing all their days: their month, or their year when they
//!   straddle two months (the annotation guidelines in `eval/README.md`). This
//!   weekend is the coming one; last weekend the one before the current week.
//! - "The next day", "the following day", "the previous day", "the day before" count
//!   from the last day the text named; "the beginning/end of the year" is the
//!   publication year.
//! - A month without a year ("in March") is the one in the publication year, moved a
//!   year back when a past-tense clause puts it after the publication month, or a year
//!   on when a future one puts it before; a day without a year likewise, with a month
//!   of slack (a past-tense sentence may name an event scheduled days ahead), and with
//!   no tense cue the nearest such day.
//! - Decades ("the 1990s") are skipped.
//!
//! Guards against false positives: "May" and "March" count only with a day, a year or
//! a preposition before them ("in May"); a month or weekday right after a capitalised
//! word mid-sentence is a name ("Theresa May", "Bloody Sunday"), and a weekday before
//! a newspaper word is a title ("Sunday Times"); a four-digit number is a year only
//! between 1800 and 2100 and not as an amount ("$2022", "1990 people", "1,000").

use crate::tokens::{tokenize, Kind, Token};
use newsprism_model::{Date, DateMention, DateValue};

/// English month names, lowercase, January first; shared with `metadata`.
pub(crate) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const MONTH_ABBREVIATIONS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];
const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Words after which a month name is a date even when it could be a word ("in May").
const MONTH_CUES: &[&str] = &[
    "in",
    "since",
    "by",
    "until",
    "till",
    "from",
    "of",
    "through",
    "throughout",
    "between",
    "before",
    "after",
    "during",
    "early",
    "late",
    "mid",
    "last",
    "next",
    "this",
    "past",
    "that",
    "each",
    "every",
    "to",
    "and",
    "or",
    "on",
    "for",
    "end",
    "start",
    "beginning",
    "middle",
];

/// Capitalised words that make a following weekday part of a name.
const WEEKDAY_NAME_BEFORE: &[&str] = &[
    "bloody",
    "easter",
    "palm",
    "super",
    "black",
    "cyber",
    "good",
    "holy",
    "ash",
    "shrove",
    "whit",
    "low",
    "trinity",
    "mothering",
];
/// Capitalised words that make a preceding weekday part of a title ("Sunday Times").
const WEEKDAY_NAME_AFTER: &[&str] = &[
    "times",
    "telegraph",
    "express",
    "mirror",
    "post",
    "herald",
    "mail",
    "people",
    "sport",
    "independent",
    "observer",
    "tribune",
    "school",
    "service",
    "night",
    "morning",
    "edition",
    "magazine",
    "review",
    "league",
    "club",
];

/// Lowercase words that, right after a four-digit number, make it a count.
const COUNT_NOUNS: &[&str] = &[
    "people",
    "persons",
    "men",
    "women",
    "children",
    "troops",
    "soldiers",
    "km",
    "kilometres",
    "kilometers",
    "miles",
    "metres",
    "meters",
    "feet",
    "tonnes",
    "tons",
    "dollars",
    "euros",
    "votes",
    "times",
    "cases",
    "units",
    "pieces",
    "hours",
    "minutes",
    "days",
    "weeks",
    "months",
    "years",
    "million",
    "billion",
    "thousand",
    "percent",
    "per",
    "points",
    "deaths",
    "seats",
];

/// Past-tense forms that do not end in -ed.
const PAST_IRREGULAR: &[&str] = &[
    "was",
    "were",
    "had",
    "did",
    "said",
    "told",
    "made",
    "took",
    "taken",
    "came",
    "went",
    "gone",
    "began",
    "begun",
    "broke",
    "broken",
    "left",
    "saw",
    "seen",
    "gave",
    "given",
    "met",
    "won",
    "held",
    "fled",
    "fell",
    "fallen",
    "became",
    "brought",
    "thought",
    "sought",
    "found",
    "got",
    "kept",
    "led",
    "lost",
    "meant",
    "paid",
    "put",
    "ran",
    "sent",
    "set",
    "spoke",
    "spoken",
    "stood",
    "struck",
    "wrote",
    "written",
    "knew",
    "known",
    "shot",
    "hit",
    "quit",
    "drew",
    "drawn",
    "chose",
    "chosen",
    "rose",
    "risen",
    "sat",
    "sold",
    "spent",
    "swore",
    "sworn",
    "threw",
    "thrown",
    "understood",
    "withdrew",
    "ago",
    "since",
    "earlier",
    "previously",
    "already",
    "yesterday",
    "last",
    "former",
    "formerly",
];
/// Present-tense reporting verbs: they report speech that has already happened.
const REPORTING_PRESENT: &[&str] = &[
    "says",
    "claims",
    "tells",
    "adds",
    "notes",
    "contends",
    "insists",
    "argues",
    "reports",
    "announces",
    "confirms",
    "writes",
    "explains",
    "warns",
    "denies",
    "acknowledges",
];
/// Words in -ed that are not past-tense verbs.
const NOT_PAST_ED: &[&str] = &[
    "need",
    "seed",
    "speed",
    "feed",
    "deed",
    "bed",
    "red",
    "shed",
    "bred",
    "wed",
    "hundred",
    "kindred",
    "sacred",
    "naked",
    "wicked",
    "armed",
    "alleged",
    "based",
    "united",
    "limited",
    "related",
    "detailed",
    "concerned",
    "interested",
    "skilled",
    "advanced",
    "embed",
    "proceed",
    "exceed",
    "succeed",
    "indeed",
    "breed",
    "greed",
    "weed",
    "ted",
    "fred",
    "ahmed",
    "mohammed",
    "muhammad",
    "med",
    "led",
];
/// Words that point to the future.
const FUTURE: &[&str] = &[
    "will",
    "shall",
    "ll",
    "upcoming",
    "ahead",
    "next",
    "coming",
    "tomorrow",
    "forthcoming",
    "later",
    "should",
    "must",
    "expects",
    "forecasts",
    "ending",
];
/// Words that point to the future when "to" or "for" follows ("set to", "due for").
const FUTURE_BEFORE_TO: &[&str] = &[
    "set",
    "due",
    "expected",
    "going",
    "scheduled",
    "slated",
    "poised",
    "plans",
    "plan",
    "planning",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tense {
    Past,
    Future,
    Unknown,
}

/// What an expression says, before it is resolved against the publication date.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Expr {
    /// A full calendar value, year included.
    Absolute(DateValue),
    /// A day of a month, year to infer, maybe with its weekday ("Sunday, November
    /// 20"), which then picks the year.
    MonthDay(u8, u8, Option<u8>),
    /// A month, year to infer; `Some(true)` when "next", `Some(false)` when "last" /
    /// "this past".
    Month(u8, Option<bool>),
    /// A weekday (0 = Monday); `Some(false)` for "last", `Some(true)` for "next".
    Weekday(u8, Option<bool>),
    /// Days from the publication date ("yesterday" = -1).
    DayOffset(i64),
    /// Years from the publication year ("last year" = -1).
    YearOffset(i32),
    /// A month of a year counted from the publication year ("June last year").
    MonthOfYear(u8, i32),
    /// A day of a year counted from the publication year ("December 31 last
    /// year").
    DayOfYear(u8, u8, i32),
    /// A span of months in one year, by its first month ("July-September"): the
    /// year, inferred as for the month alone.
    MonthSpan(u8),
    /// Months from the publication month ("this month" = 0).
    MonthOffset(i32),
    /// A week, Monday to Sunday: this one (0), the last (-1) or the next (1).
    Week(i64),
    /// A weekend: this one (0, the coming one) or the last (-1).
    Weekend(i64),
    /// Days from the day the text last named ("the next day" = 1).
    AfterAnchor(i64),
    /// Years from the year of the date the text last named ("ten years later").
    YearsAfterAnchor(i32),
}

/// A match: token range and what it says.
struct Found {
    first: usize,
    last: usize,
    expr: Expr,
}

/// The date mentions of an article's paragraphs, in text order.
pub fn extract(paragraphs: &[String], published: Option<Date>) -> Vec<DateMention> {
    let mut out: Vec<DateMention> = Vec::new();
    // The paragraph and token of the last mention when it was a relative day word.
    let mut relative_before: Option<(usize, usize)> = None;
    for (pi, p) in paragraphs.iter().enumerate() {
        let tokens = tokenize(p, &|_| false);
        let mut i = 0;
        while i < tokens.len() {
            let Some(found) = match_at(&tokens, i) else {
                i += 1;
                continue;
            };
            if is_dateline(&tokens, &found) {
                i = found.last + 1;
                continue;
            }
            // A date written with its day's number ("13 July"), not a relative word.
            let absolute = tokens[found.first..=found.last]
                .iter()
                .any(|t| t.kind == Kind::Number);
            let value = match found.expr {
                Expr::Absolute(v) => Some(v),
                Expr::AfterAnchor(n) => out
                    .iter()
                    .rev()
                    .find(|m| m.value.day.is_some())
                    .map(|m| DateValue::day(m.value.first_day().add_days(n))),
                Expr::YearsAfterAnchor(n) => out.last().and_then(|m| {
                    u16::try_from(i32::from(m.value.first_day().year) + n)
                        .ok()
                        .map(DateValue::year)
                }),
                _ => published.and_then(|pubd| {
                    let of_year = matches!(found.expr, Expr::MonthDay(..) | Expr::Month(..));
                    let tense = if of_year && purpose_before(&tokens, found.first) {
                        Tense::Future
                    } else if matches!(found.expr, Expr::MonthDay(..))
                        && limit_near(&tokens, found.first, found.last)
                    {
                        Tense::Unknown
                    } else {
                        tense_near(&tokens, found.first, found.last)
                    };
                    resolve(found.expr, pubd, tense)
                }),
            };
            if let Some(value) = value {
                // "tomorrow 13 July", "today, 5 May": a relative day and the date it
                // is, side by side, are one expression with the date's value.
                let beside = relative_before.is_some_and(|(p0, last)| {
                    p0 == pi
                        && (found.first == last + 1
                            || (found.first == last + 2 && tokens[last + 1].is_punct(',')))
                });
                if beside && absolute && value.day.is_some() {
                    let m = out.last_mut().expect("a mention before");
                    m.end = tokens[found.last].end as u32;
                    m.value = value;
                } else {
                    out.push(DateMention {
                        paragraph: pi as u32,
                        start: tokens[found.first].start as u32,
                        end: tokens[found.last].end as u32,
                        value,
                    });
                }
                relative_before = (found.first == found.last
                    && matches!(
                        tokens[found.first].lower().as_str(),
                        "today" | "tomorrow" | "yesterday" | "tonight"
                    ))
                .then_some((pi, found.last));
            }
            i = found.last + 1;
        }
    }
    out
}

/// Whether a date is the article's own dateline or byline, metadata rather than a
/// mention: a paragraph that is only the date, a date before an agency credit
/// ("MOSCOW, January 5 (TASS) -"), after "Posted on" or "©".
fn is_dateline(tokens: &[Token], found: &Found) -> bool {
    let alone = found.first == 0 && found.last + 1 == tokens.len();
    let credit = tokens.get(found.last + 1).is_some_and(|t| t.is_punct('('))
        && tokens.get(found.last + 2).is_some_and(|t| t.capitalised())
        && tokens.get(found.last + 3).is_some_and(|t| t.is_punct(')'))
        && tokens
            .get(found.last + 4)
            .is_some_and(|t| t.is_punct('-') || t.is_punct('\u{2013}') || t.is_punct('\u{2014}'));
    // "New Delhi, Jan 24 (PTI) ...", "CITY, March 18, 2019 (BSS/AFP) - ...": near the
    // paragraph's start, a date right before a bracketed agency, dash or not.
    let agency = found.first <= 8
        && tokens.get(found.last + 1).is_some_and(|t| t.is_punct('('))
        && (found.last + 2..tokens.len().min(found.last + 7))
            .find(|&j| tokens[j].is_punct(')'))
            .is_some_and(|close| {
                close > found.last + 2
                    && tokens[found.last + 2..close].iter().all(|t| {
                        t.is_punct('/')
                            || (t.kind == Kind::Word
                                && (crate::metadata::wire_name(t.text).is_some()
                                    || t.text.chars().all(|c| c.is_ascii_uppercase())))
                    })
            });
    let before = |k: usize| found.first.checked_sub(k).map(|j| &tokens[j]);
    // "KOTA BARU, Dec 24 — ...": a date between the dateline's place and its dash.
    let dashed = found.first <= 6
        && before(1).is_some_and(|t| t.is_punct(','))
        && before(2).is_some_and(|t| t.capitalised())
        && tokens
            .get(found.last + 1)
            .is_some_and(|t| t.is_punct('-') || t.is_punct('\u{2013}') || t.is_punct('\u{2014}'));
    // "ORVALE (Example News / Agency - 3rd May, 2021) ...": a date closing a credit
    // bracket at the paragraph's start.
    let bracketed = found.first <= 14
        && tokens.first().is_some_and(|t| {
            t.kind == Kind::Word
                && t.text.chars().count() >= 2
                && t.text.chars().all(char::is_uppercase)
        })
        && tokens.get(found.last + 1).is_some_and(|t| t.is_punct(')'))
        && tokens[..found.first]
            .iter()
            .rev()
            .take_while(|t| !t.is_punct(')'))
            .any(|t| t.is_punct('('));
    let posted = before(1).is_some_and(|t| t.is("on")) && before(2).is_some_and(|t| t.is("posted"));
    let copyright = tokens.first().is_some_and(|t| t.is_punct('\u{a9}'));
    alone || credit || agency || dashed || bracketed || posted || copyright
}

fn month_of(t: &Token) -> Option<(u8, bool)> {
    if !t.capitalised() {
        return None;
    }
    let l = t.lower();
    if let Some(m) = MONTHS.iter().position(|m| *m == l) {
        return Some((m as u8 + 1, false));
    }
    if l == "sept" {
        return Some((9, true));
    }
    MONTH_ABBREVIATIONS
        .iter()
        .position(|m| *m == l)
        .map(|m| (m as u8 + 1, true))
}

fn weekday_of(t: &Token) -> Option<u8> {
    if !t.capitalised() {
        return None;
    }
    let l = t.lower();
    WEEKDAYS.iter().position(|d| *d == l).map(|d| d as u8)
}

fn number(t: Option<&Token>) -> Option<(u32, usize)> {
    let t = t?;
    (t.kind == Kind::Number && t.text.len() <= 4)
        .then(|| t.text.parse().ok().map(|n| (n, t.text.len())))
        .flatten()
}

fn year_value(t: Option<&Token>) -> Option<u16> {
    match number(t)? {
        (n, 4) if (1800..=2100).contains(&n) => Some(n as u16),
        _ => None,
    }
}

/// A day number at `i` (with an ordinal suffix, "20th"): (day, last token index).
fn day_at(tokens: &[Token], i: usize) -> Option<(u8, usize)> {
    let (n, len) = number(tokens.get(i))?;
    if len > 2 || !(1..=31).contains(&n) {
        return None;
    }
    let mut last = i;
    if let Some(s) = tokens.get(i + 1) {
        if !s.space_before && ["st", "nd", "rd", "th"].contains(&s.lower().as_str()) {
            last = i + 1;
        }
    }
    // A time ("1:00"), a decimal or a range glued on is not a day.
    if let Some(next) = tokens.get(last + 1) {
        if !next.space_before
            && (next.kind != Kind::Punct || next.is_punct(':') || next.is_punct('%'))
        {
            return None;
        }
        if !next.space_before
            && (next.is_punct('.') || next.is_punct(','))
            && tokens
                .get(last + 2)
                .is_some_and(|t| !t.space_before && t.kind == Kind::Number)
        {
            return None;
        }
    }
    Some((n as u8, last))
}

/// The last token of a month name: the glued full stop of an abbreviation ("Nov.")
/// belongs to it.
fn month_end(tokens: &[Token], i: usize, abbrev: bool) -> usize {
    match tokens.get(i + 1) {
        Some(t) if abbrev && t.is_punct('.') && !t.space_before => i + 1,
        _ => i,
    }
}

fn glued(tokens: &[Token], i: usize, c: char) -> bool {
    tokens
        .get(i)
        .is_some_and(|t| !t.space_before && t.is_punct(c))
}

fn prev_word<'a>(tokens: &'a [Token<'a>], i: usize) -> Option<&'a Token<'a>> {
    i.checked_sub(1)
        .map(|p| &tokens[p])
        .filter(|t| t.kind == Kind::Word)
}

/// Whether the capitalised word before `i` makes the word at `i` part of a name: a
/// capitalised word that does not start its sentence and is no date cue.
fn after_name(tokens: &[Token], i: usize) -> bool {
    let Some(p) = i.checked_sub(1) else {
        return false;
    };
    let prev = &tokens[p];
    if !prev.capitalised() || month_of(prev).is_some() || weekday_of(prev).is_some() {
        return false;
    }
    let starts = p == 0 || tokens[p - 1].sentence != prev.sentence;
    let cue = MONTH_CUES.contains(&prev.lower().as_str());
    !(starts || cue)
}

fn match_at(tokens: &[Token], i: usize) -> Option<Found> {
    let t = &tokens[i];
    if let Some(found) = time_ago(tokens, i) {
        return Some(found);
    }
    match t.kind {
        Kind::Number => numeric_date(tokens, i)
            .or_else(|| day_month(tokens, i))
            .or_else(|| {
                bare_year(tokens, i).map(|y| Found {
                    first: i,
                    last: i,
                    expr: Expr::Absolute(DateValue::year(y)),
                })
            }),
        Kind::Word => {
            if let Some(wd) = weekday_of(t) {
                return weekday(tokens, i, wd, i, None);
            }
            if month_of(t).is_some() {
                return month_date(tokens, i, i, None);
            }
            relative(tokens, i)
        }
        Kind::Punct => None,
    }
}

/// "10 years ago", "two weeks ago", "three days ago": counted back from the
/// publication date, to the year, the month or the week's month, or the day.
fn time_ago(tokens: &[Token], i: usize) -> Option<Found> {
    const WORDS: &[&str] = &[
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve",
    ];
    let t = &tokens[i];
    let article = t.is("a") || t.is("an");
    let n: i64 = match t.kind {
        Kind::Number if t.text.len() <= 2 => t.text.parse().ok()?,
        Kind::Word if article => 1,
        Kind::Word => WORDS.iter().position(|w| t.is(w))? as i64 + 1,
        _ => return None,
    };
    let unit = tokens.get(i + 1).filter(|u| u.kind == Kind::Word)?;
    // "In 2006, ... Ten years later", "on July 13. Six days later", "a day
    // earlier": counted from the date last named.
    let after = tokens
        .get(i + 2)
        .filter(|a| a.is("later") || a.is("earlier"));
    if let Some(a) = after {
        let sign: i64 = if a.is("later") { 1 } else { -1 };
        let expr = match unit.lower().trim_end_matches('s') {
            "year" if !article => Expr::YearsAfterAnchor((sign * n) as i32),
            "day" => Expr::AfterAnchor(sign * n),
            "week" => Expr::AfterAnchor(sign * 7 * n),
            _ => return None,
        };
        return Some(Found {
            first: i,
            last: i + 2,
            expr,
        });
    }
    if article {
        return None;
    }
    if !tokens.get(i + 2).is_some_and(|a| a.is("ago")) {
        return None;
    }
    let expr = match unit.lower().trim_end_matches('s') {
        "year" => Expr::YearOffset(-n as i32),
        "month" => Expr::MonthOffset(-n as i32),
        "week" => Expr::Week(-n),
        "day" => Expr::DayOffset(-n),
        _ => return None,
    };
    Some(Found {
        first: i,
        last: i + 2,
        expr,
    })
}

/// "2022-11-21", "21.11.2022", "21/11/2022" (read day first unless impossible).
fn numeric_date(tokens: &[Token], i: usize) -> Option<Found> {
    let (a, alen) = number(tokens.get(i))?;
    let sep = tokens.get(i + 1)?;
    if sep.space_before || !(sep.is_punct('-') || sep.is_punct('.') || sep.is_punct('/')) {
        return None;
    }
    let c = sep.text.chars().next()?;
    let (b, blen) = number(tokens.get(i + 2)).filter(|_| !tokens[i + 2].space_before)?;
    if !glued(tokens, i + 3, c) {
        return None;
    }
    let (d, dlen) = number(tokens.get(i + 4)).filter(|_| !tokens[i + 4].space_before)?;
    // Not part of a longer numeric run ("1.2.3.4", "2022-11-21-a").
    if tokens
        .get(i + 5)
        .is_some_and(|n| !n.space_before && n.kind != Kind::Punct)
        || (glued(tokens, i + 5, c) && tokens.get(i + 6).is_some_and(|n| n.kind == Kind::Number))
    {
        return None;
    }
    let date = match (c, alen, blen, dlen) {
        ('-', 4, 2, 2) => Date::new(a as u16, b as u8, d as u8),
        ('.' | '/', 1..=2, 1..=2, 4) => {
            Date::new(d as u16, b as u8, a as u8).or_else(|| Date::new(d as u16, a as u8, b as u8))
        }
        _ => None,
    }
    .filter(|d| (1800..=2100).contains(&d.year))?;
    Some(Found {
        first: i,
        last: i + 4,
        expr: Expr::Absolute(DateValue::day(date)),
    })
}

/// "10 January 2022", "10 January", "20th of November".
fn day_month(tokens: &[Token], i: usize) -> Option<Found> {
    let (day, dlast) = day_at(tokens, i)?;
    let mut m = dlast + 1;
    if tokens.get(m).is_some_and(|t| t.is("of")) {
        m += 1;
    }
    let (month, abbrev) = month_of(tokens.get(m)?)?;
    let mlast = month_end(tokens, m, abbrev);
    // "13-17 December": a span of days is its month.
    let range_start = (i >= 2
        && !tokens[i].space_before
        && (tokens[i - 1].is_punct('-') || tokens[i - 1].is_punct('\u{2013}'))
        && !tokens[i - 1].space_before)
        .then(|| day_at(&tokens[..i - 1], i - 2))
        .flatten()
        .filter(|&(d, _)| d < day);
    if range_start.is_some() {
        let expr = match year_after(tokens, mlast) {
            Some(y) => Expr::Absolute(DateValue::month(y.0, month)?),
            None => Expr::Month(month, None),
        };
        let last = year_after(tokens, mlast).map_or(mlast, |y| y.1);
        return Some(Found {
            first: i - 2,
            last,
            expr,
        });
    }
    if let Some(y) = year_after(tokens, mlast) {
        let date = Date::new(y.0, month, day)?;
        return Some(Found {
            first: i,
            last: y.1,
            expr: Expr::Absolute(DateValue::day(date)),
        });
    }
    if day > newsprism_model::days_in_month(2024, month) {
        return None;
    }
    // "31 December last year".
    if let Some((n, ylast)) = counted_year(tokens, mlast) {
        return Some(Found {
            first: i,
            last: ylast,
            expr: Expr::DayOfYear(month, day, n),
        });
    }
    Some(Found {
        first: i,
        last: mlast,
        expr: Expr::MonthDay(month, day, None),
    })
}

/// "last year", "this year", "next year" right after `last`, in the same sentence:
/// (years from the publication year, the token index of "year").
fn counted_year(tokens: &[Token], last: usize) -> Option<(i32, usize)> {
    let (a, b) = (tokens.get(last + 1)?, tokens.get(last + 2)?);
    if !b.is("year") || a.sentence != tokens[last].sentence {
        return None;
    }
    let n = match a.lower().as_str() {
        "last" => -1,
        "this" => 0,
        "next" => 1,
        _ => return None,
    };
    Some((n, last + 2))
}

/// A year right after `last` ("…, 2022" or "… 2022"): (year, its token index).
fn year_after(tokens: &[Token], last: usize) -> Option<(u16, usize)> {
    let mut j = last + 1;
    if tokens.get(j).is_some_and(|t| t.is_punct(',')) {
        j += 1;
    }
    let y = year_value(tokens.get(j))?;
    // "January 5, 2000 people" is not a year.
    (!count_follows(tokens, j)).then_some((y, j))
}

fn count_follows(tokens: &[Token], j: usize) -> bool {
    match tokens.get(j + 1) {
        Some(n) if !n.space_before => {
            n.kind != Kind::Punct
                || n.is_punct('%')
                || (n.is_punct(',')
                    && tokens
                        .get(j + 2)
                        .is_some_and(|t| !t.space_before && t.kind == Kind::Number))
        }
        Some(n) if n.kind == Kind::Word => COUNT_NOUNS.contains(&n.lower().as_str()),
        _ => false,
    }
}

/// A month name at `m` (`first` is where the expression starts, e.g. at "last").
fn month_date(tokens: &[Token], first: usize, m: usize, dir: Option<bool>) -> Option<Found> {
    let (month, abbrev) = month_of(&tokens[m])?;
    let mlast = month_end(tokens, m, abbrev);
    if dir.is_none() {
        // "Jan. 10, 2022", "January 10".
        if let Some((day, dlast)) = day_at(tokens, mlast + 1) {
            if let Some((y, ylast)) = year_after(tokens, dlast) {
                return Date::new(y, month, day).map(|d| Found {
                    first,
                    last: ylast,
                    expr: Expr::Absolute(DateValue::day(d)),
                });
            }
            if day <= newsprism_model::days_in_month(2024, month) && !count_follows(tokens, dlast) {
                if let Some((n, ylast)) = counted_year(tokens, dlast) {
                    return Some(Found {
                        first,
                        last: ylast,
                        expr: Expr::DayOfYear(month, day, n),
                    });
                }
                return Some(Found {
                    first,
                    last: dlast,
                    expr: Expr::MonthDay(month, day, None),
                });
            }
        }
        // "December 2024".
        if let Some(y) = year_value(tokens.get(mlast + 1)) {
            if !count_follows(tokens, mlast + 1) {
                return Some(Found {
                    first,
                    last: mlast + 1,
                    expr: Expr::Absolute(DateValue::month(y, month)?),
                });
            }
        }
    }
    // "July-September", "January-March 2022", "from April to May": a span of
    // months is its year.
    let from = m > 0 && tokens[m - 1].is("from");
    if dir.is_none()
        && !abbrev
        && tokens.get(mlast + 1).is_some_and(|t| {
            t.is_punct('-')
                || t.is_punct('\u{2013}')
                || from && (t.is("to") || t.is("through") || t.is("until"))
        })
    {
        if let Some((m2, abbrev2)) = tokens.get(mlast + 2).and_then(month_of) {
            let last = month_end(tokens, mlast + 2, abbrev2);
            if m2 > month {
                if let Some(y) = year_value(tokens.get(last + 1)) {
                    return Some(Found {
                        first,
                        last: last + 1,
                        expr: Expr::Absolute(DateValue::year(y)),
                    });
                }
                return Some(Found {
                    first,
                    last,
                    expr: Expr::MonthSpan(month),
                });
            }
        }
    }
    // "in June last year", "March next year": the month of a counted year.
    if dir.is_none() && !abbrev {
        let offset = match (tokens.get(mlast + 1), tokens.get(mlast + 2)) {
            (Some(a), Some(b)) if b.is("year") && a.sentence == tokens[m].sentence => {
                match a.lower().as_str() {
                    "last" => Some(-1),
                    "this" => Some(0),
                    "next" => Some(1),
                    _ => None,
                }
            }
            _ => None,
        };
        if let Some(n) = offset {
            return Some(Found {
                first,
                last: mlast + 2,
                expr: Expr::MonthOfYear(month, n),
            });
        }
    }
    // A month on its own: full names only, and not inside a name.
    if abbrev || (first == m && after_name(tokens, m)) {
        return None;
    }
    let ambiguous = month == 3 || month == 5;
    let cue = dir.is_some()
        || prev_word(tokens, m).is_some_and(|w| MONTH_CUES.contains(&w.lower().as_str()))
        || (m >= 2 && tokens[m - 1].is_punct('-') && tokens[m - 2].is("mid"));
    if ambiguous && !cue {
        return None;
    }
    // "June Carter": a capitalised word after a lone month makes it a name.
    if !ambiguous
        && !cue
        && tokens
            .get(m + 1)
            .is_some_and(|n| n.capitalised() && n.space_before && n.sentence == tokens[m].sentence)
    {
        return None;
    }
    Some(Found {
        first,
        last: mlast,
        expr: Expr::Month(month, dir),
    })
}

fn weekday(tokens: &[Token], first: usize, wd: u8, w: usize, dir: Option<bool>) -> Option<Found> {
    // "Sunday, November 20": the date says it all.
    let mut j = w + 1;
    if tokens.get(j).is_some_and(|t| t.is_punct(',')) {
        j += 1;
    }
    if dir.is_none() {
        if let Some(f) = tokens.get(j).and_then(|t| match t.kind {
            Kind::Word => month_date(tokens, j, j, None),
            Kind::Number => day_month(tokens, j),
            Kind::Punct => None,
        }) {
            let expr = match f.expr {
                Expr::MonthDay(m, d, _) => Some(Expr::MonthDay(m, d, Some(wd))),
                Expr::Absolute(_) => Some(f.expr),
                _ => None,
            };
            if let Some(expr) = expr {
                return Some(Found {
                    first,
                    last: f.last,
                    expr,
                });
            }
        }
    }
    if let Some(prev) = prev_word(tokens, first) {
        if prev.capitalised() && WEEKDAY_NAME_BEFORE.contains(&prev.lower().as_str()) {
            return None;
        }
    }
    if let Some(next) = tokens.get(w + 1) {
        if next.capitalised()
            && next.space_before
            && WEEKDAY_NAME_AFTER.contains(&next.lower().as_str())
        {
            return None;
        }
    }
    // "Ana Berg Thursday discussed ...", "told Orra News Friday.": a weekday after
    // a name is a date when a verb or the clause's end follows it.
    let clause_goes_on = tokens.get(w + 1).is_some_and(|n| {
        n.space_before
            && n.kind == Kind::Word
            && !n.capitalised()
            && (n.lower().ends_with("ed")
                || [
                    "said", "met", "told", "says", "spoke", "wrote", "held", "began", "sent",
                ]
                .contains(&n.lower().as_str()))
    }) || tokens
        .get(w + 1)
        .is_some_and(|n| !n.space_before && (n.is_punct('.') || n.is_punct(',')));
    if first == w && after_name(tokens, w) && !clause_goes_on {
        return None;
    }
    Some(Found {
        first,
        last: w,
        expr: Expr::Weekday(wd, dir),
    })
}

/// "yesterday", "last Wednesday", "this weekend", "earlier this year", "this month".
fn relative(tokens: &[Token], i: usize) -> Option<Found> {
    let l = tokens[i].lower();
    let next = tokens.get(i + 1);
    let one = |expr| {
        Some(Found {
            first: i,
            last: i,
            expr,
        })
    };
    // "USA TODAY", "TODAY show": a word in capitals is a name's.
    let shouted = tokens[i].text.len() > 1 && tokens[i].text.chars().all(|c| !c.is_lowercase());
    match l.as_str() {
        _ if shouted && !matches!(l.as_str(), "last" | "next" | "this" | "earlier" | "later") => {}
        "yesterday" => return one(Expr::DayOffset(-1)),
        "today" | "tonight" => return one(Expr::DayOffset(0)),
        "tomorrow" => return one(Expr::DayOffset(1)),
        _ => {}
    }
    if let Some(found) = business_period(tokens, i) {
        return Some(found);
    }
    // "earlier this year", "later this month".
    let (first, k) = if (l == "earlier" || l == "later") && next.is_some_and(|n| n.is("this")) {
        (i, i + 1)
    } else {
        (i, i)
    };
    let head = tokens[k].lower();
    let unit = tokens.get(k + 1).filter(|t| t.kind == Kind::Word)?;
    let dir = match head.as_str() {
        "last" => Some(false),
        "next" => Some(true),
        "this" | "the" | "past" => None,
        _ => return None,
    };
    // "over the past year", "in the last month": a duration, not a date.
    if matches!(head.as_str(), "past" | "last") && k > 0 && tokens[k - 1].is("the") {
        return None;
    }
    let found = |last, expr| Some(Found { first, last, expr });
    let ulow = unit.lower();
    if head == "the" {
        let after = tokens.get(k + 2).map(|t| t.lower()).unwrap_or_default();
        let third = tokens.get(k + 3).map(|t| t.lower()).unwrap_or_default();
        return match (ulow.as_str(), after.as_str(), third.as_str()) {
            ("weekend", _, _) if k > 0 && tokens[k - 1].is("at") => found(k + 1, Expr::Weekend(0)),
            ("next" | "following", "day", _) => found(k + 2, Expr::AfterAnchor(1)),
            ("previous", "day", _) => found(k + 2, Expr::AfterAnchor(-1)),
            ("day", "before", _) => found(k + 2, Expr::AfterAnchor(-1)),
            ("beginning" | "start" | "end" | "middle", "of", "the")
                if tokens.get(k + 4).is_some_and(|t| t.is("year")) =>
            {
                found(k + 4, Expr::YearOffset(0))
            }
            _ => None,
        };
    }
    match (head.as_str(), ulow.as_str()) {
        // "last night", "this morning": the day before, or the day itself.
        ("last", "night") if k == i => found(k + 1, Expr::DayOffset(-1)),
        ("this", "morning" | "afternoon" | "evening") if k == i => found(k + 1, Expr::DayOffset(0)),
        // "this summer", "last winter": a season is within its year (a northern
        // winter spans two, so only summer, spring and autumn are placed).
        ("this", "summer" | "spring" | "autumn") if k == i => found(k + 1, Expr::YearOffset(0)),
        ("last", "summer" | "spring" | "autumn") if k == i => found(k + 1, Expr::YearOffset(-1)),
        ("next", "summer" | "spring" | "autumn") if k == i => found(k + 1, Expr::YearOffset(1)),
        (_, "year") => found(
            k + 1,
            Expr::YearOffset(dir.map_or(0, |d| if d { 1 } else { -1 })),
        ),
        (_, "month") => found(
            k + 1,
            Expr::MonthOffset(dir.map_or(0, |d| if d { 1 } else { -1 })),
        ),
        ("this", "weekend") if k == i => found(k + 1, Expr::Weekend(0)),
        ("last", "weekend") if k == i => found(k + 1, Expr::Weekend(-1)),
        ("this" | "last" | "next", "week") if k == i => {
            found(k + 1, Expr::Week(dir.map_or(0, |d| if d { 1 } else { -1 })))
        }
        ("this", "past") => {
            // "this past September", "this past Sunday".
            let w = tokens.get(k + 2)?;
            if let Some(wd) = weekday_of(w) {
                weekday(tokens, first, wd, k + 2, Some(false))
            } else {
                month_date(tokens, first, k + 2, Some(false))
            }
        }
        ("last" | "next" | "this", _) if k == i => {
            if let Some(wd) = weekday_of(unit) {
                weekday(tokens, first, wd, k + 1, dir)
            } else if month_of(unit).is_some() {
                month_date(tokens, first, k + 1, dir)
            } else {
                None
            }
        }
        _ => None,
    }
}

/// A four-digit year standing alone, unless it is an amount or a count.
/// Periods of business reporting, placed in their year: "the third quarter",
/// "third-quarter", "Q3", "this quarter", "the first half of the year", "the second
/// half of next year"; and "a year earlier", "a year ago".
fn business_period(tokens: &[Token], i: usize) -> Option<Found> {
    let l = tokens[i].lower();
    let word = |k: usize| tokens.get(k).map(|t| t.lower()).unwrap_or_default();
    let found = |last: usize, years: i32| {
        Some(Found {
            first: i,
            last,
            expr: Expr::YearOffset(years),
        })
    };
    // "a year earlier", "a year ago", "a year before".
    if l == "a" && word(i + 1) == "year" && matches!(word(i + 2).as_str(), "earlier" | "ago") {
        return found(i + 2, -1);
    }
    // "Q3", "Q4 2021" is left to the year that follows.
    if tokens[i].text.len() == 1 && tokens[i].text == "Q" {
        let n = tokens
            .get(i + 1)
            .filter(|t| t.kind == Kind::Number && !t.space_before)?;
        if matches!(n.text, "1" | "2" | "3" | "4")
            && !tokens.get(i + 2).is_some_and(|t| t.kind == Kind::Number)
        {
            return found(i + 1, 0);
        }
        return None;
    }
    if l == "this" && word(i + 1) == "quarter" && business_sentence(tokens, i) {
        return found(i + 1, 0);
    }
    if !matches!(l.as_str(), "first" | "second" | "third" | "fourth") {
        return None;
    }
    // "third-quarter", "third quarter".
    let unit = if tokens.get(i + 1).is_some_and(|t| t.is_punct('-')) {
        i + 2
    } else {
        i + 1
    };
    // A quarter of a game ("scored in the third quarter") is no date: only with a
    // word of business reporting in the sentence.
    match word(unit).as_str() {
        "quarter" if business_sentence(tokens, i) => {
            // "the fourth quarter of last year".
            if word(unit + 1) == "of" {
                return year_of(tokens, i, unit + 2);
            }
            found(unit, 0)
        }
        "half" if word(unit + 1) == "of" => year_of(tokens, i, unit + 2),
        _ => None,
    }
}

/// Whether the sentence of token `i` has a word of business reporting: a quarter
/// of a game ("scored in the third quarter") is no date.
fn business_sentence(tokens: &[Token], i: usize) -> bool {
    let sentence = tokens[i].sentence;
    tokens.iter().filter(|t| t.sentence == sentence).any(|t| {
        matches!(
            t.lower().as_str(),
            "profit"
                | "profits"
                | "revenue"
                | "revenues"
                | "earnings"
                | "sales"
                | "result"
                | "results"
                | "growth"
                | "gdp"
                | "economy"
                | "dividend"
                | "income"
                | "loss"
                | "losses"
                | "fiscal"
                | "financial"
                | "output"
                | "inflation"
                | "quarterly"
        )
    })
}

/// "... of the year", "... of this year", "... of next year", "... of last year"
/// from token `k`, as a period starting at token `first`.
fn year_of(tokens: &[Token], first: usize, k: usize) -> Option<Found> {
    let word = |k: usize| tokens.get(k).map(|t| t.lower()).unwrap_or_default();
    let years = match word(k).as_str() {
        "the" | "this" => 0,
        "next" => 1,
        "last" => -1,
        _ => return None,
    };
    (word(k + 1) == "year").then_some(Found {
        first,
        last: k + 1,
        expr: Expr::YearOffset(years),
    })
}

fn bare_year(tokens: &[Token], i: usize) -> Option<u16> {
    let y = year_value(tokens.get(i))?;
    if let Some(p) = i.checked_sub(1).map(|p| &tokens[p]) {
        let money = p.kind == Kind::Punct && matches!(p.text, "$" | "€" | "£" | "¥" | "#");
        let glued_number = !tokens[i].space_before && (p.kind != Kind::Punct || p.is_punct(','));
        if money || glued_number || p.is("no") || p.is("number") {
            return None;
        }
        if !tokens[i].space_before
            && p.is_punct('.')
            && i >= 2
            && tokens[i - 2].kind == Kind::Number
        {
            return None;
        }
    }
    // "the 2020-21 season", "fiscal 2022/23", "the 2023-2024 season": a season or
    // a fiscal year, which no one calendar year holds, is left alone ("2014-2016"
    // names two years).
    let joiner = |n: &Token| {
        !n.space_before && (n.is_punct('-') || n.is_punct('/') || n.is_punct('\u{2013}'))
    };
    let next_year = |a: u16, b: Option<&Token>| {
        b.is_some_and(|b| {
            !b.space_before
                && (b.kind == Kind::Number && b.text.len() == 2
                    || year_value(Some(b)) == Some(a + 1))
        })
    };
    if tokens.get(i + 1).is_some_and(joiner) && next_year(y, tokens.get(i + 2)) {
        return None;
    }
    if i >= 2 && joiner(&tokens[i - 1]) && !tokens[i].space_before {
        if let Some(before) = year_value(tokens.get(i - 2)) {
            if before + 1 == y {
                return None;
            }
        }
    }
    // "the 1990s" is fine, "1990 people" is not.
    if tokens
        .get(i + 1)
        .is_some_and(|n| !n.space_before && n.kind == Kind::Word)
        || count_follows(tokens, i)
    {
        return None;
    }
    Some(y)
}

/// The tense of the nearest cue to the expression in its sentence.
/// "a break until 30 April", "before the deal's July 18 deadline": a limit may lie
/// ahead of a sentence told in the past, so the tense does not place a day of the
/// year; the nearest such day is meant.
fn limit_near(tokens: &[Token], first: usize, last: usize) -> bool {
    prev_word(tokens, first).is_some_and(|p| ["until", "till", "before"].iter().any(|w| p.is(w)))
        || tokens
            .get(last + 1)
            .is_some_and(|n| n.is("deadline") || n.is("deadlines"))
}

/// "were told to report back in February", "agreed to meet again in March": what
/// someone was told or agreed to do is still to come.
fn purpose_before(tokens: &[Token], first: usize) -> bool {
    const TO_DO: &[&str] = &[
        "report",
        "return",
        "meet",
        "resume",
        "decide",
        "vote",
        "submit",
        "present",
        "publish",
        "announce",
        "complete",
        "finish",
        "deliver",
        "reopen",
        "reconvene",
        "rule",
        "respond",
        "reply",
        "appear",
        "testify",
        "launch",
    ];
    let from = first.saturating_sub(5);
    (from..first).any(|j| {
        tokens[j].is("to")
            && tokens
                .get(j + 1)
                .is_some_and(|v| TO_DO.iter().any(|w| v.is(w)))
    })
}

fn tense_near(tokens: &[Token], first: usize, last: usize) -> Tense {
    // "starting Friday", "effective Monday": a change that is still to come.
    if first > 0
        && ["starting", "beginning", "effective"]
            .iter()
            .any(|w| tokens[first - 1].is(w))
    {
        return Tense::Future;
    }
    let sentence = tokens[first].sentence;
    let mut best: Option<(usize, Tense)> = None;
    for (j, t) in tokens.iter().enumerate() {
        if t.sentence != sentence || (first..=last).contains(&j) || t.kind != Kind::Word {
            continue;
        }
        let tense = word_tense(tokens, j);
        if tense == Tense::Unknown {
            continue;
        }
        let dist = if j < first { first - j } else { j - last };
        if best.is_none_or(|(d, _)| dist < d) {
            best = Some((dist, tense));
        }
    }
    best.map_or(Tense::Unknown, |(_, t)| t)
}

fn word_tense(tokens: &[Token], j: usize) -> Tense {
    let t = &tokens[j];
    let l = t.lower();
    let next = tokens.get(j + 1);
    if FUTURE_BEFORE_TO.contains(&l.as_str()) && next.is_some_and(|n| n.is("to") || n.is("for")) {
        return Tense::Future;
    }
    // "have to", "they've got to", "needs to": an obligation still to be met.
    let obliged = match l.as_str() {
        "have" | "has" | "need" | "needs" => true,
        "got" => j > 0 && ["ve", "have", "has"].iter().any(|w| tokens[j - 1].is(w)),
        _ => false,
    };
    if obliged && next.is_some_and(|n| n.is("to")) {
        return Tense::Future;
    }
    // "later this week" looks ahead; "Later in Sunday's game" tells what followed.
    if l == "later"
        && !next.is_some_and(|n| n.is("this") || n.is("today") || n.is("tonight") || n.is("next"))
    {
        return Tense::Unknown;
    }
    // "won't" is "will not", "won" alone is past.
    if l == "won" && next.is_some_and(|n| !n.space_before && n.kind == Kind::Punct) {
        return Tense::Future;
    }
    if l == "ll" && !t.space_before {
        return Tense::Future;
    }
    if FUTURE.contains(&l.as_str()) && l != "ll" {
        return Tense::Future;
    }
    // A participle after "will" ("will be tried") is future.
    let after_will = || {
        tokens[j.saturating_sub(3)..j]
            .iter()
            .any(|p| p.is("will") || p.is("shall") || (p.is("ll") && !p.space_before))
    };
    if PAST_IRREGULAR.contains(&l.as_str()) || REPORTING_PRESENT.contains(&l.as_str()) {
        return if after_will() {
            Tense::Future
        } else {
            Tense::Past
        };
    }
    let lower_case = t.text.chars().next().is_some_and(char::is_lowercase);
    // "or be released", "to be named": a participle after a bare "be" is no past.
    if j > 0 && tokens[j - 1].is("be") && !after_will() {
        return Tense::Unknown;
    }
    // A word in -ed, not part of a hyphenated compound ("France-based").
    let hyphen_before = j > 0 && tokens[j - 1].is_punct('-') && !t.space_before;
    if lower_case
        && l.len() >= 5
        && l.ends_with("ed")
        && !NOT_PAST_ED.contains(&l.as_str())
        && !hyphen_before
    {
        return if after_will() {
            Tense::Future
        } else {
            Tense::Past
        };
    }
    Tense::Unknown
}

/// The finest month or year containing the days `first..=last`.
fn period(first: Date, last: Date) -> Option<DateValue> {
    if (first.year, first.month) == (last.year, last.month) {
        DateValue::month(first.year, first.month)
    } else {
        (first.year == last.year).then(|| DateValue::year(first.year))
    }
}

/// The calendar value of a relative expression.
fn resolve(expr: Expr, pubd: Date, tense: Tense) -> Option<DateValue> {
    let v = match expr {
        Expr::Absolute(v) => v,
        Expr::DayOffset(n) => DateValue::day(pubd.add_days(n)),
        Expr::YearOffset(n) => DateValue::year((pubd.year as i32 + n) as u16),
        Expr::MonthOfYear(m, n) => DateValue::month((pubd.year as i32 + n) as u16, m)?,
        Expr::DayOfYear(m, d, n) => DateValue::day(Date::new((pubd.year as i32 + n) as u16, m, d)?),
        Expr::MonthSpan(m) => {
            let month = resolve(Expr::Month(m, None), pubd, tense)?;
            DateValue::year(month.first_day().year)
        }
        Expr::MonthOffset(n) => {
            let index = pubd.year as i32 * 12 + pubd.month as i32 - 1 + n;
            DateValue::month((index / 12) as u16, (index % 12 + 1) as u8)?
        }
        Expr::Week(n) => {
            let monday = pubd.add_days(-(pubd.weekday() as i64) + 7 * n);
            period(monday, monday.add_days(6))?
        }
        Expr::Weekend(n) => {
            // This weekend: the coming one (on a Sunday, today's); last weekend: the
            // one before this week.
            let saturday = pubd.add_days(5 - pubd.weekday() as i64 + 7 * n);
            period(saturday, saturday.add_days(1))?
        }
        Expr::AfterAnchor(_) | Expr::YearsAfterAnchor(_) => return None,
        Expr::Weekday(wd, dir) => {
            let today = pubd.weekday() as i64;
            let back = (today - wd as i64).rem_euclid(7);
            let ahead = (wd as i64 - today).rem_euclid(7);
            let offset = match (dir, tense) {
                (Some(false), _) => -(if back == 0 { 7 } else { back }),
                (Some(true), _) => {
                    if ahead == 0 {
                        7
                    } else {
                        ahead
                    }
                }
                (None, Tense::Past) => -back,
                (None, _) => ahead,
            };
            DateValue::day(pubd.add_days(offset))
        }
        Expr::Month(month, dir) => {
            let y = pubd.year;
            let year = match (dir, tense) {
                (Some(false), _) if month >= pubd.month => y - 1,
                (Some(true), _) if month <= pubd.month => y + 1,
                (Some(_), _) => y,
                (None, Tense::Past) if month > pubd.month => y - 1,
                (None, Tense::Future) if month < pubd.month => y + 1,
                (None, _) => y,
            };
            // "this past September" in September is that September.
            let year = if dir == Some(false) && month == pubd.month {
                y
            } else {
                year
            };
            DateValue::month(year, month)?
        }
        Expr::MonthDay(month, day, Some(wd)) => {
            // The nearest year in which that day falls on that weekday.
            let fits = [0i32, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6]
                .iter()
                .filter_map(|d| Date::new((pubd.year as i32 + d) as u16, month, day))
                .find(|d| d.weekday() == wd)?;
            DateValue::day(fits)
        }
        Expr::MonthDay(month, day, None) => {
            let at = |y: u16| Date::new(y, month, day);
            let this = at(pubd.year)
                .or_else(|| at(pubd.year - 1))
                .or_else(|| at(pubd.year + 1))?;
            let delta = this.day_number() - pubd.day_number();
            let year = match tense {
                Tense::Past if delta > 31 => this.year - 1,
                Tense::Future if delta < -31 => this.year + 1,
                Tense::Unknown if delta > 183 => this.year - 1,
                Tense::Unknown if delta < -183 => this.year + 1,
                _ => this.year,
            };
            DateValue::day(at(year)?)
        }
    };
    Some(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each date mention of `text` as "surface=value".
    fn dates(text: &str, published: &str) -> Vec<String> {
        let pubd = (!published.is_empty()).then(|| Date::parse(published).unwrap());
        let paragraphs = vec![text.to_string()];
        extract(&paragraphs, pubd)
            .iter()
            .map(|m| {
                let s: String = text
                    .chars()
                    .skip(m.start as usize)
                    .take((m.end - m.start) as usize)
                    .collect();
                format!("{s}={}", m.value)
            })
            .collect()
    }

    #[test]
    fn absolute_dates_in_many_forms() {
        assert_eq!(
            dates(
                "On Jan 10, 2022 and 10 January 2022, then 21.11.2022 and 2022-11-21 and Nov. 20, 2021.",
                ""
            ),
            vec![
                "Jan 10, 2022=2022-01-10",
                "10 January 2022=2022-01-10",
                "21.11.2022=2022-11-21",
                "2022-11-21=2022-11-21",
                "Nov. 20, 2021=2021-11-20",
            ]
        );
        assert_eq!(
            dates("Elections were set for December 2024, not 1990.", ""),
            vec!["December 2024=2024-12", "1990=1990"]
        );
        assert_eq!(
            dates("The 20th of November 2022 came.", ""),
            vec!["20th of November 2022=2022-11-20"]
        );
    }

    #[test]
    fn ranges_seasons_durations_and_modal_future() {
        // A span of days is its month; the tense picks the year.
        assert_eq!(
            dates(
                "The union meets in congress on 13-17 December to elect its chair.",
                "2011-11-25"
            ),
            vec!["13-17 December=2011-12"]
        );
        assert_eq!(
            dates("The fair ran on 2-5 May 2019.", ""),
            vec!["2-5 May 2019=2019-05"]
        );
        // Seasons and fiscal years, and durations, are left alone.
        assert!(dates("The 2020-21 league now takes a break.", "2020-12-24").is_empty());
        assert!(dates("Ticket sales doubled over the past year.", "2010-05-19").is_empty());
        // A modal points forward; a participle after a bare "be" is no past tense.
        assert_eq!(
            dates(
                "Officials said Saturday the ferry should sail before noon Tuesday or be cancelled.",
                "2017-04-08"
            ),
            vec!["Saturday=2017-04-08", "Tuesday=2017-04-11"]
        );
        assert_eq!(
            dates(
                "Tarvik sees a profit for the quarter ending in June.",
                "2010-05-19"
            ),
            vec!["June=2010-06"]
        );
    }

    #[test]
    fn nights_seasons_and_names_in_capitals() {
        assert_eq!(
            dates(
                "The centres closed last night. This summer was dry, ORRA TODAY reported this morning.",
                "2019-12-24"
            ),
            vec![
                "last night=2019-12-23",
                "This summer=2019",
                "this morning=2019-12-24"
            ]
        );
    }

    #[test]
    fn later_narrates_unless_it_looks_ahead() {
        assert_eq!(
            dates(
                "Later in Sunday's game, Orrin left the field.",
                "2014-06-23"
            ),
            vec!["Sunday=2014-06-22"]
        );
        assert_eq!(
            dates(
                "The team will meet later this week, on Sunday.",
                "2014-06-23"
            ),
            vec!["this week=2014-06", "Sunday=2014-06-29"]
        );
    }

    #[test]
    fn spans_and_counts_back() {
        assert_eq!(
            dates(
                "From January to May 2022, cases rose; from April to May most were in the south.",
                "2022-05-31"
            ),
            vec!["January to May 2022=2022", "April to May=2022"]
        );
        assert_eq!(
            dates(
                "It happened 10 years ago, and two weeks ago he left; three days ago too.",
                "2023-09-20"
            ),
            vec![
                "10 years ago=2013",
                "two weeks ago=2023-09",
                "three days ago=2023-09-17"
            ]
        );
        // A season or a fiscal year is no calendar year; two years are two.
        assert_eq!(
            dates(
                "before the 2023-2024 season; he served in 2014-2016.",
                "2023-09-20"
            ),
            vec!["2014=2014", "2016=2016"]
        );
    }

    #[test]
    fn business_periods_are_their_year() {
        assert_eq!(
            dates(
                "Third-quarter profit rose from the second quarter and from a year earlier. July-September sales beat the first half of the year; results this quarter may fall.",
                "2021-10-28"
            ),
            vec![
                "Third-quarter=2021",
                "second quarter=2021",
                "a year earlier=2020",
                "July-September=2021",
                "first half of the year=2021",
                "this quarter=2021",
            ]
        );
        // A quarter of a game is no date.
        assert_eq!(
            dates("She scored twice in the third quarter.", "2021-10-28"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn a_month_of_a_counted_year() {
        assert_eq!(
            dates(
                "The protests began in June last year and the trial opens in March next year.",
                "2020-12-02"
            ),
            vec!["June last year=2019-06", "March next year=2021-03"]
        );
        // A day of a counted year, month first or day first.
        assert_eq!(
            dates(
                "As of December 31 last year, 90 cases were open; the next hearing is on 3 March next year.",
                "2024-01-31"
            ),
            vec!["December 31 last year=2023-12-31", "3 March next year=2025-03-03"]
        );
    }

    #[test]
    fn without_a_publication_date_relative_dates_are_skipped() {
        assert_eq!(
            dates("He said Monday, on January 10 and yesterday, in 2019.", ""),
            vec!["2019=2019"]
        );
    }

    #[test]
    fn days_and_months_without_a_year_follow_the_tense() {
        // A limit may lie ahead of a sentence in the past: the nearest such day.
        assert_eq!(
            dates(
                "The board granted him a break until 30 April.",
                "2022-03-11"
            ),
            vec!["30 April=2022-04-30"]
        );
        assert_eq!(
            dates(
                "The regulator sued before the deal's July 18 deadline.",
                "2023-06-12"
            ),
            vec!["July 18=2023-07-18"]
        );
        // What someone was told or agreed to do is still to come.
        assert_eq!(
            dates(
                "Officials were directed to report back in February.",
                "2024-10-30"
            ),
            vec!["February=2025-02"]
        );
        // Published on a Thursday.
        let p = "2022-11-17";
        assert_eq!(
            dates("On November 17, the government said so.", p),
            vec!["November 17=2022-11-17"]
        );
        assert_eq!(
            dates("The vote will be held on 20 November.", p),
            vec!["20 November=2022-11-20"]
        );
        assert_eq!(
            dates("He was arrested in December.", p),
            vec!["December=2021-12"]
        );
        assert_eq!(
            dates("He will be tried in January.", p),
            vec!["January=2023-01"]
        );
        assert_eq!(
            dates("Talks were held on December 28.", "2022-01-05"),
            vec!["December 28=2021-12-28"]
        );
        assert_eq!(
            dates("The summit on December 28 matters.", "2022-01-05"),
            vec!["December 28=2021-12-28"]
        );
        assert_eq!(
            dates("this past September, last March and next March", p),
            vec![
                "this past September=2022-09",
                "last March=2022-03",
                "next March=2023-03"
            ]
        );
        assert_eq!(
            dates("Protests spread in mid-March.", p),
            vec!["March=2022-03"]
        );
        assert_eq!(
            dates("A visit by Xi this past September.", p),
            vec!["this past September=2022-09"]
        );
    }

    #[test]
    fn weekdays_and_relative_words() {
        // A Monday.
        let p = "2022-01-10";
        assert_eq!(
            dates("Tokayev claimed Monday that it was a coup.", p),
            vec!["Monday=2022-01-10"]
        );
        assert_eq!(
            dates("He was ousted last Wednesday and left last Monday.", p),
            vec!["last Wednesday=2022-01-05", "last Monday=2022-01-03"]
        );
        assert_eq!(
            dates("Talks resume next Monday.", p),
            vec!["next Monday=2022-01-17"]
        );
        assert_eq!(
            dates("Talks will resume Friday.", p),
            vec!["Friday=2022-01-14"]
        );
        assert_eq!(dates("Talks resumed Friday.", p), vec!["Friday=2022-01-07"]);
        assert_eq!(
            dates("The court will sit tomorrow 11 January, if possible.", p),
            vec!["tomorrow 11 January=2022-01-11"]
        );
        assert_eq!(
            dates("Yesterday, today and tomorrow.", p),
            vec![
                "Yesterday=2022-01-09",
                "today=2022-01-10",
                "tomorrow=2022-01-11"
            ]
        );
        assert_eq!(
            dates(
                "Earlier this year and this month; last year, next month.",
                p
            ),
            vec![
                "Earlier this year=2022",
                "this month=2022-01",
                "last year=2021",
                "next month=2022-02"
            ]
        );
        assert_eq!(
            dates("Sunday, November 20 is the day.", p),
            vec!["Sunday, November 20=2022-11-20"]
        );
    }

    #[test]
    fn weeks_and_weekends_are_their_month_or_year() {
        // A Thursday; this weekend is 19–20 November.
        assert_eq!(
            dates(
                "A vote this weekend, after last week and before next week.",
                "2022-11-17"
            ),
            vec![
                "this weekend=2022-11",
                "last week=2022-11",
                "next week=2022-11"
            ]
        );
        // A Monday: last weekend is 8–9 January; this week straddles no month.
        assert_eq!(
            dates(
                "Protests began last weekend; this week is calm.",
                "2022-01-10"
            ),
            vec!["last weekend=2022-01", "this week=2022-01"]
        );
        // Tuesday 2022-11-29: this week runs into December.
        assert_eq!(
            dates("Talks this week.", "2022-11-29"),
            vec!["this week=2022"]
        );
    }

    #[test]
    fn the_next_day_counts_from_the_day_last_named() {
        assert_eq!(
            dates(
                "Mobs stormed buildings last Tuesday. The next day, he fired the cabinet.",
                "2022-01-10"
            ),
            vec!["last Tuesday=2022-01-04", "The next day=2022-01-05"]
        );
        assert_eq!(
            dates(
                "At the beginning of the year, and the day before.",
                "2022-11-18"
            ),
            vec!["the beginning of the year=2022"]
        );
        // Years later, counted from the year last named.
        assert_eq!(
            dates(
                "In 2006, four engineers went to Orra. Ten years later the team is 100 strong.",
                "2016-11-06"
            ),
            vec!["2006=2006", "Ten years later=2016"]
        );
        assert_eq!(
            dates("Two years later it grew.", "2016-11-06"),
            Vec::<String>::new()
        );
        // Days and weeks later or earlier, from the day last named.
        assert_eq!(
            dates(
                "He was elected on July 13. Six days later, his bid failed. He had spoken a day earlier.",
                "2023-07-25"
            ),
            vec![
                "July 13=2023-07-13",
                "Six days later=2023-07-19",
                "a day earlier=2023-07-18"
            ]
        );
    }

    #[test]
    fn a_weekday_after_a_name_then_a_verb() {
        assert_eq!(
            dates(
                "Director Ana Orrel Thursday discussed the plan, she told Orra News Friday.",
                "2024-02-23"
            ),
            vec!["Thursday=2024-02-22", "Friday=2024-02-23"]
        );
        // A weekday inside a name stays out.
        assert_eq!(
            dates("The Orra Monday Club met.", "2024-02-23"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn a_change_starting_on_a_day_or_an_obligation_looks_ahead() {
        // Published on a Wednesday: the Friday to come, not the one before.
        assert_eq!(
            dates(
                "\u{201c}We are on strike starting Friday unless a deal is reached,\u{201d} she said.",
                "2022-11-02"
            ),
            vec!["Friday=2022-11-04"]
        );
        assert_eq!(
            dates(
                "\u{201c}They\u{2019}ve got to take the strike off the table on Friday.\u{201d}",
                "2022-11-02"
            ),
            vec!["Friday=2022-11-04"]
        );
        assert_eq!(
            dates("He had to leave on Monday.", "2022-11-02"),
            vec!["Monday=2022-10-31"]
        );
    }

    #[test]
    fn datelines_and_bylines_are_metadata() {
        for text in [
            "MOSCOW, January 5 (TASS) - The alliance met.",
            "ASTANA, Nov 21 (Reuters) - Results came.",
            "21.11.2022",
            "Posted on September 7, 2022 by Maira K.",
            "\u{a9} The Steppe Herald 2022",
            "Lakeport, Mar 3 (PTI) The minister arrived in the valley town.",
            "HARBOURTON, Netherlands, May 2, 2021 (ABC/XYZ) \u{2013} Two ferries collided.",
            "VALDORIA (Orra Daily / Wirewire - 3rd May, 2021) Two ferries collided.",
        ] {
            assert_eq!(dates(text, "2022-11-21"), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn words_that_only_look_like_dates() {
        let p = "2022-11-17";
        for text in [
            "May I say that Theresa May spoke to the Sunday Times.",
            "March on, they said; protesters March to the square.",
            "It cost $2022 and 1,000 people, 2000 troops, at 1:00 a.m. in the 1990s.",
            "Bloody Sunday is remembered. Jan Kowalski spoke.",
            "He is 69, and 12 million people are 57-year-old.",
        ] {
            assert_eq!(dates(text, p), Vec::<String>::new(), "{text}");
        }
        assert_eq!(
            dates("It happened in May and since March.", p),
            vec!["May=2022-05", "March=2022-03"]
        );
    }
}
