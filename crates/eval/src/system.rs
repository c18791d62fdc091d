//! What the ingest extracted, read from its JSON export (`newsprism_ingest::export_json`)
//! rather than from the model types, so the scorer keeps working while fields are
//! added to the export: an article without `date_mentions` or `quotes` simply has
//! none, and the report says those were not extracted.

use crate::gold::Kind;
use serde_json::Value;
use std::collections::HashMap;

/// The extraction of a whole corpus.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct System {
    pub articles: Vec<SysArticle>,
    pub entities: Vec<SysEntity>,
    /// Whether any article carried a `date_mentions` array.
    pub dates_extracted: bool,
    /// Whether any article carried a `quotes` array.
    pub quotes_extracted: bool,
}

/// One entity of the corpus.
#[derive(Debug, Clone, PartialEq)]
pub struct SysEntity {
    pub id: String,
    pub name: String,
    pub kind: Kind,
    pub aliases: Vec<String>,
}

/// One article and what was found in it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SysArticle {
    pub id: String,
    /// The file's stem, which is what gold files are named after.
    pub stem: String,
    pub title: String,
    /// The outlet's name; `None` for the unknown outlet.
    pub source: Option<String>,
    pub published: Option<String>,
    pub paragraphs: Vec<String>,
    pub mentions: Vec<SysMention>,
    pub dates: Vec<SysDate>,
    pub quotes: Vec<SysQuote>,
}

/// A mention: an index into [`System::entities`] and the text it covers.
#[derive(Debug, Clone, PartialEq)]
pub struct SysMention {
    pub entity: usize,
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
    /// The paragraph's characters `[start, end)`.
    pub surface: String,
}

/// A date expression found in a paragraph.
#[derive(Debug, Clone, PartialEq)]
pub struct SysDate {
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub value: String,
}

/// A quotation found in a paragraph.
#[derive(Debug, Clone, PartialEq)]
pub struct SysQuote {
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
    /// The paragraph's characters `[start, end)`.
    pub text: String,
    /// An index into [`System::entities`].
    pub speaker: Option<usize>,
    pub speaker_text: String,
}

/// The characters `[start, end)` of `s`, clamped to its length.
pub fn char_slice(s: &str, start: usize, end: usize) -> String {
    s.chars()
        .skip(start)
        .take(end.saturating_sub(start))
        .collect()
}

impl System {
    /// Reads the export's JSON. Fails only on what the scorer cannot do without:
    /// articles with ids and paragraphs, entities with ids and kinds.
    pub fn from_json(v: &Value) -> Result<System, String> {
        let mut system = System::default();
        let mut by_id = HashMap::new();
        for e in array(v, "entities")? {
            let id = string(e, "id")?;
            let kind = string(e, "kind")?;
            let kind = Kind::parse(&kind).ok_or_else(|| format!("entity {id}: kind {kind:?}"))?;
            by_id.insert(id.clone(), system.entities.len());
            system.entities.push(SysEntity {
                name: opt_string(e, "name").unwrap_or_else(|| id.clone()),
                aliases: e
                    .get("aliases")
                    .and_then(Value::as_array)
                    .map(|a| {
                        a.iter()
                            .filter_map(|s| s.as_str().map(String::from))
                            .collect()
                    })
                    .unwrap_or_default(),
                id,
                kind,
            });
        }
        let entity = |id: &str| {
            by_id
                .get(id)
                .copied()
                .ok_or_else(|| format!("unknown entity id {id:?}"))
        };
        for a in array(v, "articles")? {
            let id = string(a, "id")?;
            let paragraphs: Vec<String> = array(a, "paragraphs")?
                .iter()
                .map(|p| p.as_str().unwrap_or_default().to_string())
                .collect();
            let paragraph = |m: &Value| -> Result<(usize, usize, usize, String), String> {
                let p = number(m, "paragraph")?;
                let (start, end) = (number(m, "start")?, number(m, "end")?);
                let text = paragraphs
                    .get(p)
                    .map(|s| char_slice(s, start, end))
                    .ok_or_else(|| format!("article {id}: no paragraph {p}"))?;
                Ok((p, start, end, text))
            };
            let mut mentions = Vec::new();
            for m in array(a, "mentions")? {
                let (paragraph, start, end, surface) = paragraph(m)?;
                mentions.push(SysMention {
                    entity: entity(&string(m, "entity")?)?,
                    paragraph,
                    start,
                    end,
                    surface,
                });
            }
            let mut dates = Vec::new();
            if let Some(list) = a.get("date_mentions").and_then(Value::as_array) {
                system.dates_extracted = true;
                for d in list {
                    let (paragraph, start, end, slice) = paragraph(d)?;
                    dates.push(SysDate {
                        paragraph,
                        start,
                        end,
                        text: opt_string(d, "text").unwrap_or(slice),
                        value: opt_string(d, "value").unwrap_or_default(),
                    });
                }
            }
            let mut quotes = Vec::new();
            if let Some(list) = a.get("quotes").and_then(Value::as_array) {
                system.quotes_extracted = true;
                for q in list {
                    let (paragraph, start, end, text) = paragraph(q)?;
                    let speaker = match q.get("speaker").and_then(Value::as_str) {
                        Some(id) => Some(entity(id)?),
                        None => None,
                    };
                    quotes.push(SysQuote {
                        paragraph,
                        start,
                        end,
                        text,
                        speaker,
                        speaker_text: opt_string(q, "speaker_text").unwrap_or_default(),
                    });
                }
            }
            let file = opt_string(a, "file").unwrap_or_default();
            let stem = std::path::Path::new(&file)
                .file_stem()
                .and_then(|s| s.to_str())
                .map_or_else(|| id.clone(), String::from);
            let source = a.get("source").and_then(|s| {
                let id = s.get("id").and_then(Value::as_str);
                let name = s.get("name").and_then(Value::as_str);
                if id == Some(newsprism_ingest::UNKNOWN_SOURCE.0) {
                    return None;
                }
                name.map(String::from)
            });
            system.articles.push(SysArticle {
                title: opt_string(a, "title").unwrap_or_default(),
                published: opt_string(a, "published"),
                source,
                id,
                stem,
                paragraphs,
                mentions,
                dates,
                quotes,
            });
        }
        Ok(system)
    }
}

fn array<'a>(v: &'a Value, key: &str) -> Result<&'a Vec<Value>, String> {
    v.get(key)
        .and_then(Value::as_array)
        .ok_or_else(|| format!("the export has no `{key}` array"))
}

fn string(v: &Value, key: &str) -> Result<String, String> {
    opt_string(v, key).ok_or_else(|| format!("the export has a record without `{key}`"))
}

fn opt_string(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(String::from)
}

fn number(v: &Value, key: &str) -> Result<usize, String> {
    v.get(key)
        .and_then(Value::as_u64)
        .map(|n| n as usize)
        .ok_or_else(|| format!("the export has a record without a number `{key}`"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn export() -> Value {
        json!({
            "articles": [{
                "id": "a", "file": "eval/corpus/a.txt", "title": "T",
                "source": {"id": "unknown", "name": "Unknown outlet"}, "published": null,
                "paragraphs": ["Mr Tokayev’s Almaty speech on Monday."],
                "mentions": [{"entity": "t", "paragraph": 0, "start": 3, "end": 10}],
                "date_mentions": [{"paragraph": 0, "start": 29, "end": 35, "text": "Monday", "value": "2022-01-10"}]
            }],
            "entities": [{"id": "t", "name": "Kassym-Jomart Tokayev", "kind": "person", "aliases": ["Tokayev"]}],
            "sources": []
        })
    }

    #[test]
    fn reads_mentions_as_character_slices() {
        let s = System::from_json(&export()).unwrap();
        let a = &s.articles[0];
        assert_eq!(a.mentions[0].surface, "Tokayev");
        assert_eq!(a.source, None);
        assert_eq!(a.stem, "a");
        assert_eq!(a.dates[0].value, "2022-01-10");
        assert!(s.dates_extracted);
        assert!(!s.quotes_extracted);
    }

    #[test]
    fn missing_arrays_mean_not_extracted() {
        let mut v = export();
        v["articles"][0]
            .as_object_mut()
            .unwrap()
            .remove("date_mentions");
        let s = System::from_json(&v).unwrap();
        assert!(!s.dates_extracted);
        assert!(s.articles[0].dates.is_empty());
    }

    #[test]
    fn unknown_entity_ids_are_errors() {
        let mut v = export();
        v["articles"][0]["mentions"][0]["entity"] = json!("nobody");
        assert!(System::from_json(&v).unwrap_err().contains("nobody"));
    }
}
