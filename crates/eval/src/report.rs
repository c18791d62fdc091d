//! The evaluation as a person reads it (a table, then per-article findings) and as
//! a script reads it (JSON with the same figures and counts).

use crate::gold::Kind;
use crate::score::{Counts, Evaluation, Finding, Ratio};
use serde_json::{json, Value};
use std::fmt::Write;
use std::path::Path;

fn fig(v: Option<f64>) -> String {
    v.map_or_else(|| "n/a".to_string(), |v| format!("{v:.3}"))
}

fn counts_row(out: &mut String, label: &str, c: Counts) {
    let _ = writeln!(
        out,
        "  {label:<26}{:>9}{:>9}{:>9}{:>8}{:>8}",
        fig(c.precision()),
        fig(c.recall()),
        fig(c.f1()),
        c.gold(),
        c.system()
    );
}

fn ratio_row(out: &mut String, label: &str, r: Ratio, of: &str) {
    let _ = writeln!(
        out,
        "  {label:<26}{:>9}   ({} of {} {of})",
        fig(r.value()),
        r.right,
        r.total
    );
}

const HEAD: &str = "precision   recall       F1    gold  system";

/// The figures as a table.
pub fn table(eval: &Evaluation, dir: &Path) -> String {
    let t = eval.totals();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "newsprism evaluation: {} articles in {}\n",
        eval.articles.len(),
        dir.display()
    );
    let _ = writeln!(out, "{:<28}{HEAD}", "Entities, mention level");
    for k in Kind::ALL {
        counts_row(&mut out, k.as_str(), t.mentions[k]);
    }
    counts_row(&mut out, "all kinds", t.mentions.all());
    let _ = writeln!(out, "{:<28}{HEAD}", "Entities, entity level");
    for k in Kind::ALL {
        counts_row(&mut out, k.as_str(), t.entities[k]);
    }
    counts_row(&mut out, "all kinds", t.entities.all());
    let m = eval.merge;
    let _ = writeln!(
        out,
        "{:<28}precision   recall   ({} spellings both sides have)",
        "Alias merging, pairwise", m.forms
    );
    let _ = writeln!(
        out,
        "  {:<26}{:>9}{:>9}   ({} of {} system pairs, {} gold pairs)",
        "pairs of spellings",
        fig(m.precision()),
        fig(m.recall()),
        m.both,
        m.system_pairs,
        m.gold_pairs
    );
    let not = |done: bool| if done { "" } else { "   [not extracted]" };
    let _ = writeln!(out, "{:<28}{HEAD}{}", "Dates", not(eval.dates_extracted));
    counts_row(&mut out, "detection", t.dates);
    ratio_row(
        &mut out,
        "calendar value accuracy",
        t.date_values,
        "matched",
    );
    let _ = writeln!(
        out,
        "{:<28}{HEAD}{}",
        "Quotations",
        not(eval.quotes_extracted)
    );
    counts_row(&mut out, "detection", t.quotes);
    ratio_row(&mut out, "speaker accuracy", t.speakers, "matched");
    let _ = writeln!(out, "{:<28}accuracy", "Metadata, exact");
    ratio_row(&mut out, "title", t.title, "with a printed headline");
    ratio_row(&mut out, "outlet", t.source, "articles");
    ratio_row(&mut out, "publication date", t.published, "articles");
    out
}

fn counts_json(c: Counts) -> Value {
    json!({
        "precision": c.precision(), "recall": c.recall(), "f1": c.f1(),
        "tp": c.tp, "fp": c.fp, "fn": c.missed, "gold": c.gold(), "system": c.system(),
    })
}

fn ratio_json(r: Ratio) -> Value {
    json!({"accuracy": r.value(), "right": r.right, "total": r.total})
}

/// The figures as JSON: every rate with the counts it comes from; rates are null
/// when undefined (nothing to divide by).
pub fn json(eval: &Evaluation) -> Value {
    let t = eval.totals();
    let per_kind = |p: crate::score::PerKind| {
        let mut v = json!({"all": counts_json(p.all())});
        for k in Kind::ALL {
            v[k.as_str()] = counts_json(p[k]);
        }
        v
    };
    let m = eval.merge;
    json!({
        "articles": eval.articles.len(),
        "entities": {"mention_level": per_kind(t.mentions), "entity_level": per_kind(t.entities)},
        "alias_merging": {
            "precision": m.precision(), "recall": m.recall(), "spellings": m.forms,
            "system_pairs": m.system_pairs, "gold_pairs": m.gold_pairs, "both": m.both,
        },
        "dates": {
            "extracted": eval.dates_extracted,
            "detection": counts_json(t.dates),
            "value_accuracy": ratio_json(t.date_values),
        },
        "quotes": {
            "extracted": eval.quotes_extracted,
            "detection": counts_json(t.quotes),
            "speaker_accuracy": ratio_json(t.speakers),
        },
        "metadata": {
            "title": ratio_json(t.title),
            "source": ratio_json(t.source),
            "published": ratio_json(t.published),
        },
    })
}

fn finding_json(f: &Finding) -> Value {
    json!({"area": f.area.as_str(), "verdict": f.verdict.as_str(), "text": f.text})
}

/// Every finding, per article and for the corpus, as JSON.
pub fn findings_json(eval: &Evaluation) -> Value {
    let mut per = serde_json::Map::new();
    for a in &eval.articles {
        per.insert(
            a.id.clone(),
            a.findings.iter().map(finding_json).collect::<Value>(),
        );
    }
    json!({
        "articles": per,
        "corpus": eval.merge_findings.iter().map(finding_json).collect::<Value>(),
    })
}

/// Every miss, false positive and wrong value, per article, grouped by measure.
pub fn verbose(eval: &Evaluation) -> String {
    let mut out = String::new();
    for a in &eval.articles {
        let _ = writeln!(out, "== {} ({} findings)", a.id, a.findings.len());
        let mut sorted: Vec<&Finding> = a.findings.iter().collect();
        sorted.sort_by_key(|f| (f.area, f.verdict));
        for f in sorted {
            let _ = writeln!(
                out,
                "  {:<8} {:<8} {}",
                f.area.as_str(),
                f.verdict.as_str(),
                f.text
            );
        }
    }
    let _ = writeln!(
        out,
        "== alias merging across the corpus ({} findings)",
        eval.merge_findings.len()
    );
    for f in &eval.merge_findings {
        let _ = writeln!(out, "  {:<8} {}", f.verdict.as_str(), f.text);
    }
    out
}
