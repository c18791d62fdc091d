//! `newsprism-ingest`: ingest a corpus directory and show what was extracted.
//!
//! `newsprism-ingest inspect <corpus-dir>` prints a summary for a person to read;
//! `newsprism-ingest inspect <corpus-dir> --json` writes the whole ingested corpus as
//! JSON to stdout. On errors, each is printed to stderr and the exit status is 1.

use newsprism_ingest::export::span_text;
use newsprism_ingest::{export_json, ingest_dir, Ingested};
use newsprism_model::EntityKind;
use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: newsprism-ingest inspect <corpus-dir> [--json]

  inspect <dir>          summary: articles, entities by kind, report notes
  inspect <dir> --json   the whole ingested corpus as JSON on stdout";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let json = args.iter().any(|a| a == "--json");
    let rest: Vec<&String> = args.iter().filter(|a| *a != "--json").collect();
    let dir = match rest.as_slice() {
        [cmd, dir] if cmd.as_str() == "inspect" => PathBuf::from(dir),
        [flag] if flag.as_str() == "--help" || flag.as_str() == "-h" => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match ingest_dir(&dir) {
        Ok(ingested) if json => {
            let value = export_json(&ingested.corpus);
            println!(
                "{}",
                serde_json::to_string_pretty(&value).expect("a JSON value serialises")
            );
            ExitCode::SUCCESS
        }
        Ok(ingested) => {
            print!("{}", summary(&ingested));
            ExitCode::SUCCESS
        }
        Err(errors) => {
            for e in &errors {
                eprintln!("error: {e}");
            }
            eprintln!(
                "{} error{} in {}; nothing was ingested.",
                errors.len(),
                if errors.len() == 1 { "" } else { "s" },
                dir.display()
            );
            ExitCode::FAILURE
        }
    }
}

/// How many examples of each extraction the summary shows per article.
const EXAMPLES: usize = 6;

/// ": a, b, c …" — the first few items of a list, for the summary.
fn examples(items: &[String]) -> String {
    if items.is_empty() {
        return String::new();
    }
    let shown: Vec<&str> = items.iter().take(EXAMPLES).map(String::as_str).collect();
    let more = if items.len() > EXAMPLES { ", …" } else { "" };
    format!(": {}{more}", shown.join(", "))
}

/// The readable report of `inspect`.
fn summary(ingested: &Ingested) -> String {
    use std::fmt::Write;
    let corpus = &ingested.corpus;
    let mut out = String::new();
    let _ = writeln!(out, "Articles ({})", corpus.articles.len());
    for a in &corpus.articles {
        let inferred = ingested
            .report
            .inferred
            .get(&a.id)
            .filter(|f| !f.is_empty())
            .map(|f| f.join(", "))
            .unwrap_or_else(|| "nothing".into());
        let _ = writeln!(out, "  {}  \u{201c}{}\u{201d}", a.id, a.title);
        let _ = writeln!(
            out,
            "      source: {} | wire: {} | author: {} | published: {}",
            corpus.sources[a.source as usize].name,
            a.wire.as_deref().unwrap_or("-"),
            a.author.as_deref().unwrap_or("-"),
            a.published
                .map(|d| d.to_string())
                .unwrap_or_else(|| "unknown".into()),
        );
        let _ = writeln!(
            out,
            "      {} paragraphs, {} mentions; inferred from the text: {}",
            a.paragraphs.len(),
            a.mentions.len(),
            inferred
        );
        let dates: Vec<String> = a
            .date_mentions
            .iter()
            .map(|m| format!("{}={}", span_text(a, m.paragraph, m.start, m.end), m.value))
            .collect();
        let _ = writeln!(
            out,
            "      {} date mention{}{}",
            dates.len(),
            if dates.len() == 1 { "" } else { "s" },
            examples(&dates),
        );
        let quotes: Vec<String> = a
            .quotes
            .iter()
            .map(|q| {
                let end = if q.end_paragraph == q.paragraph {
                    q.end
                } else {
                    u32::MAX
                };
                let text = span_text(a, q.paragraph, q.start, end);
                let mut words: Vec<&str> = text.split_whitespace().take(5).collect();
                if text.split_whitespace().count() > 5 {
                    words.push("…");
                }
                let speaker = match (q.speaker, q.speaker_text.as_str()) {
                    (Some(e), _) => format!("[{}]", corpus.entities[e as usize].id),
                    (None, "") => "?".to_string(),
                    (None, text) => text.to_string(),
                };
                format!("{} — {speaker}", words.join(" "))
            })
            .collect();
        let _ = writeln!(
            out,
            "      {} quotation{}",
            quotes.len(),
            if quotes.len() == 1 { "" } else { "s" }
        );
        for q in quotes.iter().take(EXAMPLES) {
            let _ = writeln!(out, "        {q}");
        }
        if quotes.len() > EXAMPLES {
            let _ = writeln!(out, "        …");
        }
    }
    let _ = writeln!(out, "\nSources ({})", corpus.sources.len());
    for s in &corpus.sources {
        let n = corpus
            .articles
            .iter()
            .filter(|a| corpus.sources[a.source as usize].id == s.id)
            .count();
        let _ = writeln!(
            out,
            "  {} [{}]: {} article{}",
            s.name,
            s.id,
            n,
            if n == 1 { "" } else { "s" }
        );
    }

    let mut mentions: HashMap<u32, usize> = HashMap::new();
    let mut articles: HashMap<u32, BTreeSet<&str>> = HashMap::new();
    for a in &corpus.articles {
        for m in &a.mentions {
            *mentions.entry(m.entity).or_default() += 1;
            articles.entry(m.entity).or_default().insert(&a.id);
        }
    }
    let _ = writeln!(out, "\nEntities ({})", corpus.entities.len());
    for kind in EntityKind::ALL {
        let mut of_kind: Vec<(usize, &newsprism_model::Entity)> = corpus
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == kind)
            .collect();
        of_kind.sort_by_key(|(i, e)| {
            (
                std::cmp::Reverse(mentions.get(&(*i as u32)).copied().unwrap_or(0)),
                e.name.clone(),
            )
        });
        let _ = writeln!(out, "  {} ({})", kind.as_str(), of_kind.len());
        for (i, e) in of_kind {
            let i = i as u32;
            let others: Vec<&str> = e
                .aliases
                .iter()
                .filter(|a| **a != e.name)
                .map(String::as_str)
                .collect();
            let _ = writeln!(
                out,
                "    {} [{}]: {} mention{} in {} article{}{}",
                e.name,
                e.id,
                mentions.get(&i).copied().unwrap_or(0),
                if mentions.get(&i).copied().unwrap_or(0) == 1 {
                    ""
                } else {
                    "s"
                },
                articles.get(&i).map_or(0, |s| s.len()),
                if articles.get(&i).map_or(0, |s| s.len()) == 1 {
                    ""
                } else {
                    "s"
                },
                if others.is_empty() {
                    String::new()
                } else {
                    format!("; also {}", others.join(", "))
                },
            );
        }
    }
    let _ = writeln!(out, "\nReport ({} notes)", ingested.report.notes.len());
    for note in &ingested.report.notes {
        let _ = writeln!(out, "  {note}");
    }
    out
}
