//! Step 5, export: the ingested corpus as JSON, so anyone can check what the build
//! extracted without reading the binary blob the app embeds.
//!
//! Unlike the binary format, the JSON names things by their string ids (an article's
//! `source` is `{"id","name"}`, a mention's `entity` is the entity id) and writes dates
//! as `YYYY-MM-DD`. Offsets stay in characters (Unicode scalar values).

use newsprism_model::{Article, Corpus, Entity, Source};
use serde::Serialize;

/// The whole corpus as written by `newsprism-ingest inspect --json`.
#[derive(Debug, Serialize)]
pub struct JsonCorpus<'a> {
    pub articles: Vec<JsonArticle<'a>>,
    pub entities: &'a [Entity],
    pub sources: &'a [Source],
}

/// One article, with its source and mentions spelled out by id.
#[derive(Debug, Serialize)]
pub struct JsonArticle<'a> {
    pub id: &'a str,
    pub file: &'a str,
    pub title: &'a str,
    pub source: &'a Source,
    pub wire: Option<&'a str>,
    pub author: Option<&'a str>,
    /// `YYYY-MM-DD`, or null when unknown.
    pub published: Option<String>,
    pub url: Option<&'a str>,
    pub paragraphs: &'a [String],
    pub mentions: Vec<JsonMention<'a>>,
    pub date_mentions: Vec<JsonDateMention>,
    pub quotes: Vec<JsonQuote<'a>>,
}

/// One date expression: where it is, its text, and its calendar value, written
/// `YYYY-MM-DD`, `YYYY-MM` or `YYYY` by precision.
#[derive(Debug, Serialize)]
pub struct JsonDateMention {
    pub paragraph: u32,
    pub start: u32,
    pub end: u32,
    pub text: String,
    pub value: String,
}

/// One mention: the entity's id, the paragraph index and a character range in it.
#[derive(Debug, Serialize)]
pub struct JsonMention<'a> {
    pub entity: &'a str,
    pub paragraph: u32,
    pub start: u32,
    pub end: u32,
}

/// One direct quotation, or one paragraph's part of a quotation that runs over
/// several: where it is (quote marks included), the speaker's entity id when the
/// speaker is an entity, and the words naming the speaker. Records are bound to a
/// paragraph like every other offset here, so a quotation over three paragraphs is
/// three records with the same speaker, the second and third with `continued: true`.
#[derive(Debug, Serialize)]
pub struct JsonQuote<'a> {
    pub paragraph: u32,
    pub start: u32,
    pub end: u32,
    pub speaker: Option<&'a str>,
    pub speaker_text: &'a str,
    /// Whether this record continues the quotation of the record before it.
    pub continued: bool,
}

/// The serialisable view of `corpus`.
pub fn export(corpus: &Corpus) -> JsonCorpus<'_> {
    JsonCorpus {
        articles: corpus
            .articles
            .iter()
            .map(|a| JsonArticle {
                id: &a.id,
                file: &a.file,
                title: &a.title,
                source: &corpus.sources[a.source as usize],
                wire: a.wire.as_deref(),
                author: a.author.as_deref(),
                published: a.published.map(|d| d.to_string()),
                url: a.url.as_deref(),
                paragraphs: &a.paragraphs,
                mentions: a
                    .mentions
                    .iter()
                    .map(|m| JsonMention {
                        entity: &corpus.entities[m.entity as usize].id,
                        paragraph: m.paragraph,
                        start: m.start,
                        end: m.end,
                    })
                    .collect(),
                date_mentions: a
                    .date_mentions
                    .iter()
                    .map(|m| JsonDateMention {
                        paragraph: m.paragraph,
                        start: m.start,
                        end: m.end,
                        text: span_text(a, m.paragraph, m.start, m.end),
                        value: m.value.to_string(),
                    })
                    .collect(),
                quotes: a
                    .quotes
                    .iter()
                    .flat_map(|q| {
                        let speaker = q.speaker.map(|e| corpus.entities[e as usize].id.as_str());
                        (q.paragraph..=q.end_paragraph.max(q.paragraph)).map(move |p| {
                            let len = a
                                .paragraphs
                                .get(p as usize)
                                .map_or(0, |t| t.chars().count());
                            JsonQuote {
                                paragraph: p,
                                start: if p == q.paragraph { q.start } else { 0 },
                                end: if p == q.end_paragraph {
                                    q.end
                                } else {
                                    len as u32
                                },
                                speaker,
                                speaker_text: &q.speaker_text,
                                continued: p != q.paragraph,
                            }
                        })
                    })
                    .collect(),
            })
            .collect(),
        entities: &corpus.entities,
        sources: &corpus.sources,
    }
}

/// The characters `start..end` of paragraph `paragraph` (empty when out of range).
pub fn span_text(article: &Article, paragraph: u32, start: u32, end: u32) -> String {
    article
        .paragraphs
        .get(paragraph as usize)
        .map(|p| {
            p.chars()
                .skip(start as usize)
                .take(end.saturating_sub(start) as usize)
                .collect()
        })
        .unwrap_or_default()
}

/// The corpus as a JSON value (see [`JsonCorpus`] for the shape).
pub fn export_json(corpus: &Corpus) -> serde_json::Value {
    serde_json::to_value(export(corpus)).expect("the corpus has only JSON-representable data")
}
