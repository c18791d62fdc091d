//! The hand annotation of one article, as written in `eval/gold/<stem>.json`
//! (the format and the guidelines are in `eval/README.md`).

use serde::Deserialize;
use std::fmt;

/// The three kinds of named entity the explorer facets on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Person,
    Organisation,
    Place,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Person, Kind::Organisation, Kind::Place];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Organisation => "organisation",
            Kind::Place => "place",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Everything an annotator recorded about one article.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldArticle {
    /// The headline printed in the text; `None` when the text has none.
    pub title: Option<String>,
    /// The outlet, or `None` when nothing names one.
    pub source: Option<String>,
    /// `YYYY-MM-DD`, or `None` when the date cannot be known.
    pub published: Option<String>,
    pub entities: Vec<GoldEntity>,
    /// In the order they occur in the article.
    pub dates: Vec<GoldDate>,
    pub quotes: Vec<GoldQuote>,
}

/// One person, organisation or place as named in one article's body.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldEntity {
    /// Canonical name; the same string in two articles is the same entity.
    pub name: String,
    pub kind: Kind,
    /// Every spelling the body uses.
    pub aliases: Vec<String>,
    /// How many times the body names it.
    pub mentions: usize,
}

/// One date expression and its calendar value.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldDate {
    /// The expression exactly as printed.
    pub text: String,
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub value: String,
}

/// One direct quotation and who said it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldQuote {
    /// The first words of the quotation, without the opening mark.
    pub text: String,
    /// A gold entity's canonical name, or a description as written.
    pub speaker: String,
}

impl GoldArticle {
    /// Parses one gold file's text.
    pub fn parse(json: &str) -> Result<GoldArticle, String> {
        let gold: GoldArticle = serde_json::from_str(json).map_err(|e| e.to_string())?;
        gold.check()?;
        Ok(gold)
    }

    /// Problems an annotator can fix: values that are not calendar values, entities
    /// with no spelling, the same canonical name twice.
    fn check(&self) -> Result<(), String> {
        for d in &self.dates {
            if !is_calendar_value(&d.value) {
                return Err(format!(
                    "date {:?} has value {:?}: use YYYY-MM-DD, YYYY-MM or YYYY",
                    d.text, d.value
                ));
            }
        }
        if let Some(p) = &self.published {
            if p.len() != 10 || !is_calendar_value(p) {
                return Err(format!("published {p:?} is not YYYY-MM-DD"));
            }
        }
        for (i, e) in self.entities.iter().enumerate() {
            if e.aliases.is_empty() {
                return Err(format!("entity {:?} lists no alias", e.name));
            }
            if self.entities[..i].iter().any(|o| o.name == e.name) {
                return Err(format!("entity {:?} is listed twice", e.name));
            }
        }
        Ok(())
    }

    /// The gold entity a quotation's speaker names, when it names one.
    pub fn speaker_entity(&self, speaker: &str) -> Option<&GoldEntity> {
        self.entities.iter().find(|e| e.name == speaker)
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a month 1–12 and a day 1–31.
pub fn is_calendar_value(v: &str) -> bool {
    let parts: Vec<&str> = v.split('-').collect();
    let num = |s: &str, len: usize| s.len() == len && s.bytes().all(|b| b.is_ascii_digit());
    let in_range = |s: &str, hi: u32| s.parse::<u32>().is_ok_and(|n| (1..=hi).contains(&n));
    match parts.as_slice() {
        [y] => num(y, 4),
        [y, m] => num(y, 4) && num(m, 2) && in_range(m, 12),
        [y, m, d] => num(y, 4) && num(m, 2) && in_range(m, 12) && num(d, 2) && in_range(d, 31),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_documented_format() {
        let g = GoldArticle::parse(
            r#"{"title": "T", "source": null, "published": "2022-01-10",
                "entities": [{"name": "Almaty", "kind": "place", "aliases": ["Almaty"], "mentions": 2}],
                "dates": [{"text": "Monday", "value": "2022-01-10"}],
                "quotes": [{"text": "soon", "speaker": "Almaty"}]}"#,
        )
        .unwrap();
        assert_eq!(g.entities[0].kind, Kind::Place);
        assert_eq!(g.speaker_entity("Almaty").unwrap().mentions, 2);
        assert!(g.speaker_entity("the government").is_none());
    }

    #[test]
    fn rejects_what_an_annotator_should_fix() {
        let bad_value = r#"{"title": null, "source": null, "published": null, "entities": [],
            "dates": [{"text": "in March", "value": "2022-3"}], "quotes": []}"#;
        assert!(GoldArticle::parse(bad_value)
            .unwrap_err()
            .contains("in March"));
        let twice = r#"{"title": null, "source": null, "published": null, "dates": [], "quotes": [],
            "entities": [{"name": "X", "kind": "person", "aliases": ["X"], "mentions": 1},
                         {"name": "X", "kind": "person", "aliases": ["X"], "mentions": 1}]}"#;
        assert!(GoldArticle::parse(twice).unwrap_err().contains("twice"));
        assert!(GoldArticle::parse(r#"{"title": null}"#).is_err());
    }

    #[test]
    fn calendar_values() {
        assert!(is_calendar_value("2022"));
        assert!(is_calendar_value("2022-11"));
        assert!(is_calendar_value("2022-11-20"));
        assert!(!is_calendar_value("2022-13"));
        assert!(!is_calendar_value("22-11-20"));
        assert!(!is_calendar_value("2022-W46"));
    }
}
