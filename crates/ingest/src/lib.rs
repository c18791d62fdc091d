//! Turns a directory of news articles copied from web pages into a
//! [`newsprism_model::Corpus`], at build time.
//!
//! The pipeline is named by its steps, each a module of pure functions:
//! [`read`] (files, encoding, front matter and `.meta` sidecars) → [`clean`] (page
//! furniture out, paragraphs in) → [`metadata`] (publication facts inferred from the
//! text, given metadata winning) → [`entities`] (people, organisations and places,
//! their mentions, and their spellings merged across the corpus) → [`export`] (the
//! JSON anyone can check). [`ingest_dir`] runs them all and collects every problem of
//! every file into one list of [`CorpusError`]s, so a curator fixes them in one go;
//! what was inferred, and what could not be, goes into the [`Report`].

pub mod clean;
pub mod dates;
pub mod entities;
pub mod error;
pub mod export;
pub mod metadata;
pub mod overrides;
pub mod quotes;
pub mod read;
mod text;
mod tokens;

pub use error::{CorpusError, ErrorKind};
pub use export::{export_json, JsonCorpus};

use newsprism_model::{Article, Corpus, Source};
use std::collections::BTreeMap;
use std::path::Path;

/// An ingested corpus and what the ingestion has to say about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Ingested {
    pub corpus: Corpus,
    pub report: Report,
}

/// What a person checking the corpus should know: what was inferred per file, what
/// could not be, which files were skipped.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    /// Human-readable lines, each starting with the file it is about.
    pub notes: Vec<String>,
    /// Per article id, the metadata fields taken from the text rather than given.
    pub inferred: BTreeMap<String, Vec<&'static str>>,
}

/// The id and name of the source of articles whose outlet is unknown.
pub const UNKNOWN_SOURCE: (&str, &str) = ("unknown", "Unknown outlet");

/// Reads, cleans and analyses every article in `dir`. Every file either becomes an
/// article or is named in an error or a report note; all errors are returned at once.
pub fn ingest_dir(dir: &Path) -> Result<Ingested, Vec<CorpusError>> {
    let read = read::read_dir(dir);
    let mut errors = read.errors;
    let overrides = overrides::load(dir).unwrap_or_else(|mut e| {
        errors.append(&mut e);
        overrides::Overrides::default()
    });
    match ingest_with_overrides(read.documents, &overrides) {
        Ok(mut ingested) if errors.is_empty() => {
            let mut notes = read.notes;
            notes.append(&mut ingested.report.notes);
            ingested.report.notes = notes;
            Ok(ingested)
        }
        Ok(_) => Err(sorted(errors)),
        Err(mut more) => {
            errors.append(&mut more);
            Err(sorted(errors))
        }
    }
}

/// Errors in file order, then line order, as a person works through them.
fn sorted(mut errors: Vec<CorpusError>) -> Vec<CorpusError> {
    errors.sort_by(|a, b| (&a.path, a.line).cmp(&(&b.path, b.line)));
    errors
}

/// The pipeline after reading: clean, metadata, entities, dates, quotes. Pure: no file access.
pub fn ingest_documents(documents: Vec<read::Document>) -> Result<Ingested, Vec<CorpusError>> {
    ingest_with_overrides(documents, &overrides::Overrides::default())
}

/// [`ingest_documents`] with an editor's [`overrides`] applied to the entities before
/// dates and quotes are found.
pub fn ingest_with_overrides(
    documents: Vec<read::Document>,
    overrides: &overrides::Overrides,
) -> Result<Ingested, Vec<CorpusError>> {
    let mut errors = Vec::new();
    let mut report = Report::default();
    let mut sources: Vec<Source> = Vec::new();
    let mut articles = Vec::new();
    for doc in &documents {
        let cleaned = clean::clean(&doc.body, doc.body_line, doc.meta.title.as_deref());
        if cleaned.paragraphs.is_empty() {
            errors.push(CorpusError::new(&doc.path, None, ErrorKind::NothingLeft));
            continue;
        }
        let inferred = metadata::infer(&cleaned);
        let resolved = metadata::resolve(doc, &cleaned, &inferred);
        report.notes.extend(resolved.notes);
        report.inferred.insert(doc.id.clone(), resolved.inferred);
        articles.push(Article {
            id: doc.id.clone(),
            file: doc.file.clone(),
            title: resolved.title,
            source: source_index(resolved.source.as_deref(), &mut sources),
            wire: resolved.wire,
            author: resolved.author,
            published: resolved.published,
            url: resolved.url,
            paragraphs: cleaned.paragraphs,
            mentions: Vec::new(),
            date_mentions: Vec::new(),
            quotes: Vec::new(),
        });
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    // Outlets and agencies named in the metadata are organisations wherever the text
    // mentions them.
    let mut known_organisations: Vec<String> = sources
        .iter()
        .filter(|s| s.id != UNKNOWN_SOURCE.0)
        .map(|s| s.name.clone())
        .collect();
    known_organisations.extend(articles.iter().filter_map(|a| a.wire.clone()));
    let mut found = entities::extract(&mut articles, &known_organisations);
    report.notes.extend(found.notes);
    report.notes.extend(overrides::apply(
        overrides,
        &mut found.entities,
        &mut articles,
    )?);
    for article in &mut articles {
        article.date_mentions = dates::extract(&article.paragraphs, article.published);
        // "the April 6 Youth Movement": a date inside a name is part of the name.
        let names = &article.mentions;
        article.date_mentions.retain(|d| {
            !names.iter().any(|m| {
                m.paragraph == d.paragraph
                    && m.start < d.end
                    && d.start < m.end
                    && found
                        .entities
                        .get(m.entity as usize)
                        .is_some_and(|e| e.kind == newsprism_model::EntityKind::Organisation)
            })
        });
        article.quotes = quotes::extract(article, &found.entities);
    }
    Ok(Ingested {
        corpus: Corpus {
            articles,
            sources,
            entities: found.entities,
        },
        report,
    })
}

/// The index of the source named `name` (or of the unknown source), added if new.
fn source_index(name: Option<&str>, sources: &mut Vec<Source>) -> u32 {
    let (id, name) = match name {
        Some(name) => {
            let slug = read::slugify(name);
            (
                if slug.is_empty() {
                    "source".into()
                } else {
                    slug
                },
                name.to_string(),
            )
        }
        None => (UNKNOWN_SOURCE.0.to_string(), UNKNOWN_SOURCE.1.to_string()),
    };
    if let Some(i) = sources.iter().position(|s| s.id == id) {
        return i as u32;
    }
    sources.push(Source { id, name });
    (sources.len() - 1) as u32
}
