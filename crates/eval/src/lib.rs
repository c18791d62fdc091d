//! Measures how well `newsprism-ingest` extracts what a researcher relies on, against
//! the hand-annotated set in `eval/`: entities (mention and entity level, per kind),
//! alias merging, date expressions and their calendar values, quotations and their
//! speakers, and title, outlet and publication date.
//!
//! It runs the real ingest on `eval/corpus/`, reads the result through the JSON
//! export (so it keeps working while the export grows: missing `date_mentions` or
//! `quotes` arrays score as nothing extracted), and compares it with
//! `eval/gold/<stem>.json`. [`gold`] reads the annotation, [`system`] the export,
//! [`score`] holds the measures as pure functions, [`report`] prints them.

pub mod gold;
pub mod report;
pub mod score;
pub mod system;
pub mod text;

use gold::GoldArticle;
use score::Evaluation;
use std::collections::BTreeMap;
use std::path::Path;
use system::System;

/// Reads every `*.json` in `dir`, keyed by file stem.
pub fn read_gold(dir: &Path) -> Result<BTreeMap<String, GoldArticle>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut gold = BTreeMap::new();
    let mut problems = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| format!("{}: {e}", dir.display()))?.path();
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string();
        match std::fs::read_to_string(&path)
            .map_err(|e| e.to_string())
            .and_then(|t| GoldArticle::parse(&t))
        {
            Ok(g) => {
                gold.insert(stem, g);
            }
            Err(e) => problems.push(format!("{}: {e}", path.display())),
        }
    }
    if !problems.is_empty() {
        return Err(problems.join("\n"));
    }
    if gold.is_empty() {
        return Err(format!("{}: no gold .json files", dir.display()));
    }
    Ok(gold)
}

/// Ingests `<dir>/corpus` with the real pipeline and scores it against `<dir>/gold`.
pub fn run(dir: &Path) -> Result<Evaluation, String> {
    let gold = read_gold(&dir.join("gold"))?;
    let ingested = newsprism_ingest::ingest_dir(&dir.join("corpus")).map_err(|errors| {
        let lines: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        format!("the ingest rejected the corpus:\n{}", lines.join("\n"))
    })?;
    let export = newsprism_ingest::export_json(&ingested.corpus);
    let system = System::from_json(&export)?;
    score::evaluate(&gold, &system)
}
