//! The ingested corpus as data: articles, sources and entities.
//!
//! These types are written once by the build (`newsprism-ingest`, called from
//! `build.rs`) and read back in the browser (`newsprism-query` and the app). They
//! are serialised with serde into a compact binary blob that is embedded in the
//! WebAssembly module, so this crate holds types only: no IO, no parsing, no UI.
//! Cross references are indexes into the corpus's vectors rather than strings, to
//! keep the embedded blob small; the stable string ids live on each item.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Everything the explorer knows: the articles and the sources and entities they
/// refer to. `Article::source` and `Mention::entity` index `sources` and `entities`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Corpus {
    pub articles: Vec<Article>,
    pub sources: Vec<Source>,
    pub entities: Vec<Entity>,
}

/// One news article as the reader sees it, with its page furniture removed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Stable id used in URLs (`article=`): the file name without its extension.
    pub id: String,
    /// The file in `corpus/` this article came from, for error messages and export.
    pub file: String,
    pub title: String,
    /// Index into `Corpus::sources`. An article whose outlet is neither given nor
    /// found in its text points at a source with id `unknown`, so every article can
    /// be reached through the source facet.
    pub source: u32,
    /// The news agency whose copy this is ("AFP", "Reuters"), when known.
    pub wire: Option<String>,
    /// The named writer, when known.
    pub author: Option<String>,
    pub published: Option<Date>,
    /// Link to the original page, when known.
    pub url: Option<String>,
    /// Clean body text, one string per paragraph; the title is not repeated here.
    pub paragraphs: Vec<String>,
    /// Entity mentions, sorted by (paragraph, start).
    pub mentions: Vec<Mention>,
    /// Dates the text mentions ("last Wednesday", "21.11.2022"), resolved to the
    /// calendar; sorted by (paragraph, start).
    pub date_mentions: Vec<DateMention>,
    /// Direct quotations with their speaker; sorted by (paragraph, start).
    pub quotes: Vec<Quote>,
}

/// An outlet that published articles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// Stable slug used in URLs (`source=`).
    pub id: String,
    pub name: String,
}

/// A person, organisation or place, with every spelling under which it appears.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// Stable slug used in URLs (`entity=`).
    pub id: String,
    /// The canonical (fullest, most common) name.
    pub name: String,
    pub kind: EntityKind,
    /// Every surface form found in the corpus, the canonical name included.
    pub aliases: Vec<String>,
}

/// The kinds of named entity the explorer facets on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organisation,
    Place,
}

impl EntityKind {
    pub const ALL: [EntityKind; 3] = [Self::Person, Self::Organisation, Self::Place];

    /// The lowercase name used in JSON and URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Person => "person",
            Self::Organisation => "organisation",
            Self::Place => "place",
        }
    }
}

/// One occurrence of an entity in an article's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// Index into `Corpus::entities`.
    pub entity: u32,
    /// Index into `Article::paragraphs`.
    pub paragraph: u32,
    /// Start offset in characters (Unicode scalar values) of the paragraph string.
    pub start: u32,
    /// End offset (exclusive) in characters of the paragraph string.
    pub end: u32,
}

/// A date expression in an article's text and the calendar period it names, resolved
/// against the article's publication date where it is relative ("yesterday").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateMention {
    /// Index into `Article::paragraphs`.
    pub paragraph: u32,
    /// Start offset in characters of the paragraph string.
    pub start: u32,
    /// End offset (exclusive) in characters of the paragraph string.
    pub end: u32,
    pub value: DateValue,
}

/// A calendar period named by a date expression: a day, a month or a year. Its
/// precision is which parts are present (`day` implies `month`). Ordered by year,
/// then month, then day, a coarser period before the finer ones it contains.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct DateValue {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

/// How finely a [`DateValue`] is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Precision {
    Year,
    Month,
    Day,
}

impl DateValue {
    /// The day `date`.
    pub fn day(date: Date) -> DateValue {
        DateValue {
            year: date.year,
            month: Some(date.month),
            day: Some(date.day),
        }
    }

    /// A whole month; `None` when `month` is not 1–12.
    pub fn month(year: u16, month: u8) -> Option<DateValue> {
        (year > 0 && (1..=12).contains(&month)).then_some(DateValue {
            year,
            month: Some(month),
            day: None,
        })
    }

    /// A whole year.
    pub fn year(year: u16) -> DateValue {
        DateValue {
            year,
            month: None,
            day: None,
        }
    }

    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// The first day of the period.
    pub fn first_day(&self) -> Date {
        Date {
            year: self.year,
            month: self.month.unwrap_or(1),
            day: self.day.unwrap_or(1),
        }
    }

    /// The last day of the period.
    pub fn last_day(&self) -> Date {
        let month = self.month.unwrap_or(12);
        Date {
            year: self.year,
            month,
            day: self.day.unwrap_or_else(|| days_in_month(self.year, month)),
        }
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, rejecting periods that do not exist.
    pub fn parse(s: &str) -> Result<DateValue, DateError> {
        let digits = |part: &str| !part.is_empty() && part.bytes().all(|c| c.is_ascii_digit());
        match s.len() {
            10 => Date::parse(s).map(DateValue::day),
            7 if s.as_bytes()[4] == b'-' && digits(&s[..4]) && digits(&s[5..]) => {
                let year: u16 = s[..4].parse().map_err(|_| DateError::Format)?;
                let month: u8 = s[5..].parse().map_err(|_| DateError::Format)?;
                DateValue::month(year, month).ok_or(DateError::Impossible)
            }
            4 if digits(s) => match s.parse::<u16>() {
                Ok(0) => Err(DateError::Impossible),
                Ok(year) => Ok(DateValue::year(year)),
                Err(_) => Err(DateError::Format),
            },
            _ => Err(DateError::Format),
        }
    }
}

impl fmt::Display for DateValue {
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, by precision.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(month) = self.month {
            write!(f, "-{month:02}")?;
            if let Some(day) = self.day {
                write!(f, "-{day:02}")?;
            }
        }
        Ok(())
    }
}

/// A direct quotation: the quoted words, quote marks included, and who said them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// Index into `Article::paragraphs` of the paragraph the quotation opens in.
    pub paragraph: u32,
    /// Start offset in characters of the opening quote mark in `paragraph`.
    pub start: u32,
    /// End offset (exclusive) in characters, just after the closing quote mark, in
    /// `end_paragraph`.
    pub end: u32,
    /// The paragraph the quotation closes in: `paragraph` unless it runs over several
    /// paragraphs.
    pub end_paragraph: u32,
    /// Index into `Corpus::entities` when the speaker is a named entity.
    pub speaker: Option<u32>,
    /// The words naming the speaker as written ("Tokayev", "a retired resident of
    /// Almaty"); for a pronoun, the name it stands for. Empty when unknown.
    pub speaker_text: String,
}

/// A calendar day. Ordered chronologically.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Year, month and day in one number that orders as the day does.
    #[inline(always)]
    fn key(self) -> u32 {
        (self.year as u32) << 16 | (self.month as u32) << 8 | self.day as u32
    }
}

// By hand rather than derived: one comparison of packed numbers instead of
// three of fields. The page compares dates for every period it bins, and its
// size-optimised build keeps the derived comparison as calls.
impl Ord for Date {
    #[inline(always)]
    fn cmp(&self, other: &Date) -> std::cmp::Ordering {
        self.key().cmp(&other.key())
    }
}

impl PartialOrd for Date {
    #[inline(always)]
    fn partial_cmp(&self, other: &Date) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
    #[inline(always)]
    fn lt(&self, other: &Date) -> bool {
        self.key() < other.key()
    }
    #[inline(always)]
    fn le(&self, other: &Date) -> bool {
        self.key() <= other.key()
    }
    #[inline(always)]
    fn gt(&self, other: &Date) -> bool {
        self.key() > other.key()
    }
    #[inline(always)]
    fn ge(&self, other: &Date) -> bool {
        self.key() >= other.key()
    }
}

/// Why a string is not a valid `YYYY-MM-DD` calendar date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    /// Not of the shape `YYYY-MM-DD`.
    Format,
    /// The shape is right but the day does not exist (2022-02-30).
    Impossible,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Format => f.write_str("expected a date written YYYY-MM-DD"),
            DateError::Impossible => f.write_str("no such day in the calendar"),
        }
    }
}

impl Date {
    /// A checked constructor: `None` when the day does not exist.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        (year > 0 && (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month))
            .then_some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD`, rejecting days that do not exist.
    pub fn parse(s: &str) -> Result<Date, DateError> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(DateError::Format);
        }
        let num = |r: std::ops::Range<usize>| -> Result<u16, DateError> {
            let part = &s[r];
            if !part.bytes().all(|c| c.is_ascii_digit()) {
                return Err(DateError::Format);
            }
            part.parse().map_err(|_| DateError::Format)
        };
        let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
        Date::new(y, m as u8, d as u8).ok_or(DateError::Impossible)
    }

    /// Days since 0000-03-01 in the proleptic Gregorian calendar; differences
    /// between two dates are day counts.
    pub fn day_number(self) -> i64 {
        let (y, m) = if self.month <= 2 {
            (self.year as i64 - 1, self.month as i64 + 9)
        } else {
            (self.year as i64, self.month as i64 - 3)
        };
        365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + self.day as i64 - 1
    }

    /// The inverse of [`Date::day_number`].
    pub fn from_day_number(n: i64) -> Date {
        let mut y = (10000 * n + 14780) / 3652425;
        let mut doy = n - (365 * y + y / 4 - y / 100 + y / 400);
        if doy < 0 {
            y -= 1;
            doy = n - (365 * y + y / 4 - y / 100 + y / 400);
        }
        let mi = (100 * doy + 52) / 3060;
        let month = (mi + 2) % 12 + 1;
        let year = y + (mi + 2) / 12;
        let day = doy - (mi * 306 + 5) / 10 + 1;
        Date {
            year: year as u16,
            month: month as u8,
            day: day as u8,
        }
    }

    /// The date `days` days later (earlier when negative).
    pub fn add_days(self, days: i64) -> Date {
        Date::from_day_number(self.day_number() + days)
    }

    /// Day of the week, 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u8 {
        // 0000-03-01 was a Wednesday.
        ((self.day_number() + 2).rem_euclid(7)) as u8
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Days in a month of the Gregorian calendar.
pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_rejects_dates() {
        assert_eq!(
            Date::parse("2022-11-17"),
            Ok(Date {
                year: 2022,
                month: 11,
                day: 17
            })
        );
        assert_eq!(Date::parse("2022-02-30"), Err(DateError::Impossible));
        assert_eq!(
            Date::parse("2024-02-29").map(|d| d.to_string()),
            Ok("2024-02-29".into())
        );
        assert_eq!(Date::parse("2023-02-29"), Err(DateError::Impossible));
        assert_eq!(Date::parse("17/11/2022"), Err(DateError::Format));
        assert_eq!(Date::parse("2022-1-17"), Err(DateError::Format));
        assert_eq!(Date::parse("+022-01-17"), Err(DateError::Format));
    }

    #[test]
    fn dates_order_as_days_do() {
        // Every day over four years against every other, by day number.
        let days: Vec<Date> = (738_000..739_500)
            .step_by(7)
            .map(Date::from_day_number)
            .collect();
        for a in &days {
            for b in &days {
                assert_eq!(a.cmp(b), a.day_number().cmp(&b.day_number()), "{a} vs {b}");
            }
        }
        let d = |s| Date::parse(s).unwrap();
        assert!(d("2021-12-31") < d("2022-01-01"));
        assert!(d("2022-01-31") < d("2022-02-01"));
        assert_eq!(d("2022-05-05").max(d("2022-05-04")), d("2022-05-05"));
    }

    #[test]
    fn day_numbers_round_trip_and_weekdays_are_right() {
        let thursday = Date::parse("2022-11-17").unwrap();
        assert_eq!(thursday.weekday(), 3);
        assert_eq!(thursday.add_days(3).to_string(), "2022-11-20");
        assert_eq!(thursday.add_days(3).weekday(), 6);
        assert_eq!(Date::parse("2022-01-10").unwrap().weekday(), 0);
        for n in 700_000..740_000 {
            assert_eq!(Date::from_day_number(n).day_number(), n);
        }
        assert_eq!(
            Date::parse("2022-03-01").unwrap().add_days(-1).to_string(),
            "2022-02-28"
        );
    }

    #[test]
    fn date_values_print_parse_and_span_their_period() {
        for s in ["2022-11-20", "2024-12", "2019"] {
            assert_eq!(DateValue::parse(s).unwrap().to_string(), s);
        }
        let feb = DateValue::parse("2024-02").unwrap();
        assert_eq!(feb.precision(), Precision::Month);
        assert_eq!(feb.first_day().to_string(), "2024-02-01");
        assert_eq!(feb.last_day().to_string(), "2024-02-29");
        let year = DateValue::year(2022);
        assert_eq!(year.last_day().to_string(), "2022-12-31");
        assert_eq!(year.precision(), Precision::Year);
        assert_eq!(DateValue::parse("2022-13"), Err(DateError::Impossible));
        assert_eq!(DateValue::parse("2022-02-30"), Err(DateError::Impossible));
        assert_eq!(DateValue::parse("22-02"), Err(DateError::Format));
        assert!(year < DateValue::parse("2022-01").unwrap());
    }

    #[test]
    fn corpus_round_trips_through_the_binary_format() {
        let corpus = Corpus {
            articles: vec![Article {
                id: "a".into(),
                file: "a.txt".into(),
                title: "Título".into(),
                source: 0,
                wire: Some("AFP".into()),
                author: None,
                published: Date::new(2022, 1, 10),
                url: None,
                paragraphs: vec!["Tokayev spoke.".into()],
                mentions: vec![Mention {
                    entity: 0,
                    paragraph: 0,
                    start: 0,
                    end: 7,
                }],
                date_mentions: vec![DateMention {
                    paragraph: 0,
                    start: 0,
                    end: 4,
                    value: DateValue::month(2022, 3).unwrap(),
                }],
                quotes: vec![Quote {
                    paragraph: 0,
                    start: 8,
                    end: 14,
                    end_paragraph: 1,
                    speaker: Some(0),
                    speaker_text: "Tokayev".into(),
                }],
            }],
            sources: vec![Source {
                id: "axios".into(),
                name: "Axios".into(),
            }],
            entities: vec![Entity {
                id: "kassym-jomart-tokayev".into(),
                name: "Kassym-Jomart Tokayev".into(),
                kind: EntityKind::Person,
                aliases: vec!["Kassym-Jomart Tokayev".into(), "Tokayev".into()],
            }],
        };
        let bytes = postcard::to_allocvec(&corpus).unwrap();
        let back: Corpus = postcard::from_bytes(&bytes).unwrap();
        assert_eq!(back, corpus);
    }
}
