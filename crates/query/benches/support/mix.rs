//! The benchmark's query mix, chosen deterministically from the corpus itself, so
//! every size gets queries that hit real data, and the peers in `bench/` (ItemsJS,
//! Orama) get exactly the same ones through the JSON written by [`to_json`].
//!
//! Choices: entities and sources by article count (ties by id); terms and phrases
//! by document frequency in a fixed sample (the first 2,000 articles, which the
//! generator makes identical across sizes), preferring plain lowercase words that
//! every engine tokenises the same way.

use newsprism_ingest::ingest_dir;
use newsprism_model::{Corpus, Date, EntityKind};
use newsprism_query::{Facet, Index, ViewState};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// One query of the mix: what it exercises, the view, and its parts for the peers.
#[derive(Debug, Clone)]
pub struct MixQuery {
    pub kind: &'static str,
    pub view: ViewState,
    /// Positive single terms, phrase words and excluded terms, as typed.
    pub terms: Vec<String>,
    pub phrase: Vec<String>,
    pub exclude: Vec<String>,
}

impl MixQuery {
    pub fn query_string(&self) -> String {
        self.view.to_query_string()
    }
}

/// The generated corpus of `articles` articles (seed 42): from
/// `NEWSPRISM_BENCH_CORPORA` (`1000=/dir,10000=/dir`) when it names one, else
/// `$TMPDIR/newsprism-bench/gen-<n>`, generated with newsprism-gen if missing.
pub fn corpus_dir(articles: usize) -> PathBuf {
    if let Ok(list) = std::env::var("NEWSPRISM_BENCH_CORPORA") {
        for item in list.split(',') {
            if let Some((n, dir)) = item.split_once('=') {
                if n.trim().parse() == Ok(articles) {
                    return PathBuf::from(dir.trim());
                }
            }
        }
    }
    let dir = std::env::temp_dir()
        .join("newsprism-bench")
        .join(format!("gen-{articles}"));
    if !dir.join(".complete").exists() {
        generate(articles, &dir);
    }
    dir
}

fn generate(articles: usize, dir: &Path) {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    eprintln!(
        "bench: generating {articles} articles into {}",
        dir.display()
    );
    // A separate target dir: the cargo that runs this benchmark may hold the lock
    // on its own.
    let status = Command::new(cargo)
        .current_dir(&workspace)
        .env(
            "CARGO_TARGET_DIR",
            std::env::temp_dir().join("newsprism-bench/target"),
        )
        .args(["run", "--quiet", "--release", "-p", "newsprism-gen", "--"])
        .arg("--articles")
        .arg(articles.to_string())
        .args(["--seed", "42", "--force", "--out"])
        .arg(dir)
        .status()
        .expect("cannot run cargo to generate the benchmark corpus");
    assert!(status.success(), "newsprism-gen failed");
    std::fs::write(dir.join(".complete"), b"").expect("cannot mark the corpus complete");
}

/// Ingests a corpus directory, panicking with the ingest errors.
pub fn ingest(dir: &Path) -> Corpus {
    match ingest_dir(dir) {
        Ok(ingested) => ingested.corpus,
        Err(errors) => panic!(
            "cannot ingest {}: {}",
            dir.display(),
            errors
                .iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("; ")
        ),
    }
}

/// Entity indexes of one kind, most articles first, ties by id.
fn by_frequency(index: &Index, kind: EntityKind) -> Vec<u32> {
    let entities = &index.corpus().entities;
    let mut v: Vec<u32> = (0..entities.len() as u32)
        .filter(|&e| entities[e as usize].kind == kind)
        .collect();
    v.sort_by(|&a, &b| {
        let (la, lb) = (
            index.entity_articles(a).len(),
            index.entity_articles(b).len(),
        );
        lb.cmp(&la)
            .then_with(|| entities[a as usize].id.cmp(&entities[b as usize].id))
    });
    v
}

/// The entity of `kind` (other than those in `with`) mentioned in the most articles
/// that mention every entity in `with`; ties by id.
fn co_occurring(index: &Index, kind: EntityKind, with: &[u32]) -> u32 {
    let entities = &index.corpus().entities;
    let mut counts: HashMap<u32, u32> = HashMap::new();
    for &a in index.entity_articles(with[0]) {
        let ents = index.article_entities(a);
        if with.iter().all(|w| ents.binary_search(w).is_ok()) {
            for &e in ents {
                if entities[e as usize].kind == kind && !with.contains(&e) {
                    *counts.entry(e).or_default() += 1;
                }
            }
        }
    }
    counts
        .into_iter()
        .max_by(|a, b| {
            a.1.cmp(&b.1)
                .then_with(|| entities[b.0 as usize].id.cmp(&entities[a.0 as usize].id))
        })
        .map(|(e, _)| e)
        .unwrap_or_else(|| by_frequency(index, kind)[1])
}

/// Function words that some peers drop as stop words (lunr's list, in ItemsJS).
const STOP: &[&str] = &[
    "able", "about", "across", "after", "almost", "also", "among", "because", "been", "cannot",
    "could", "dear", "does", "either", "else", "ever", "every", "from", "have", "hers", "however",
    "into", "just", "least", "like", "likely", "might", "most", "must", "neither", "often", "only",
    "other", "rather", "said", "says", "should", "since", "some", "than", "that", "their", "them",
    "then", "there", "these", "they", "this", "wants", "were", "what", "when", "where", "which",
    "while", "whom", "will", "with", "would", "your",
];

/// A plain word every engine tokenises alike: lowercase ASCII letters, 4–12 long,
/// its own stem (so no plural ending that newsprism would strip and peers not),
/// not a stop word.
fn plain(word: &str) -> bool {
    (4..=12).contains(&word.len())
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && newsprism_query::text::stem(word) == word
        && !STOP.contains(&word)
}

/// Words or word pairs with their share of the sample's articles.
type Shares = Vec<(String, f64)>;

/// Document frequencies (as a share of the sample) of plain words and of adjacent
/// pairs of plain words, over the sample's titles and paragraphs as written.
fn frequencies(corpus: &Corpus) -> (Shares, Shares) {
    let sample = &corpus.articles[..corpus.articles.len().min(2000)];
    let mut words: HashMap<String, u32> = HashMap::new();
    let mut pairs: HashMap<String, u32> = HashMap::new();
    for a in sample {
        let mut seen_w: Vec<String> = Vec::new();
        let mut seen_p: Vec<String> = Vec::new();
        for text in std::iter::once(&a.title).chain(&a.paragraphs) {
            let toks: Vec<&str> = text
                .split(|c: char| !c.is_alphanumeric() && c != '\'')
                .filter(|t| !t.is_empty())
                .collect();
            for (i, t) in toks.iter().enumerate() {
                if plain(t) {
                    seen_w.push(t.to_string());
                    if let Some(next) = toks.get(i + 1).filter(|n| plain(n)) {
                        seen_p.push(format!("{t} {next}"));
                    }
                }
            }
        }
        for (seen, map) in [(&mut seen_w, &mut words), (&mut seen_p, &mut pairs)] {
            seen.sort();
            seen.dedup();
            for s in seen.drain(..) {
                *map.entry(s).or_default() += 1;
            }
        }
    }
    let share = |m: HashMap<String, u32>| {
        let mut v: Shares = m
            .into_iter()
            .map(|(k, c)| (k, c as f64 / sample.len() as f64))
            .collect();
        v.sort_by(|a, b| a.0.cmp(&b.0));
        v
    };
    (share(words), share(pairs))
}

/// The item whose share is closest to `target` (ties: alphabetical), not in `avoid`.
fn closest(items: &[(String, f64)], target: f64, avoid: &[&str]) -> String {
    items
        .iter()
        .filter(|(k, _)| !avoid.contains(&k.as_str()))
        .min_by(|a, b| (a.1 - target).abs().total_cmp(&(b.1 - target).abs()))
        .map(|(k, _)| k.clone())
        .expect("the sample has words")
}

/// The fixed mix for this corpus, in report order.
pub fn query_mix(index: &Index) -> Vec<MixQuery> {
    let corpus = index.corpus();
    let eid = |e: u32| corpus.entities[e as usize].id.clone();
    let people = by_frequency(index, EntityKind::Person);

    // Facets: the third most frequent person, then who appears most often with them.
    let p = people[2.min(people.len() - 1)];
    let p2 = co_occurring(index, EntityKind::Person, &[p]);
    let o = co_occurring(index, EntityKind::Organisation, &[p, p2]);
    let o2 = co_occurring(index, EntityKind::Organisation, &[p, p2, o]);
    let place = co_occurring(index, EntityKind::Place, &[p]);

    let mut source_counts = vec![0u32; corpus.sources.len()];
    for a in &corpus.articles {
        source_counts[a.source as usize] += 1;
    }
    let mut sources: Vec<usize> = (0..corpus.sources.len()).collect();
    sources.sort_by(|&a, &b| {
        source_counts[b]
            .cmp(&source_counts[a])
            .then_with(|| corpus.sources[a].id.cmp(&corpus.sources[b].id))
    });
    // The biggest named outlet: "unknown" collects the articles without one.
    let top_source = sources
        .iter()
        .map(|&s| corpus.sources[s].id.clone())
        .find(|id| id != newsprism_ingest::UNKNOWN_SOURCE.0)
        .unwrap_or_else(|| corpus.sources[sources[0]].id.clone());

    let (words, pairs) = frequencies(corpus);
    let term = closest(&words, 0.05, &[]);
    let common = closest(&words, 0.30, &[&term]);
    let excluded = closest(&words, 0.10, &[&term, &common]);
    let phrase = closest(&pairs, 0.03, &[]);

    // Dates: the middle tenth of the dated articles.
    let mut dates: Vec<Date> = corpus.articles.iter().filter_map(|a| a.published).collect();
    dates.sort();
    let (from, to) = if dates.is_empty() {
        (None, None)
    } else {
        (
            Some(dates[dates.len() * 45 / 100]),
            Some(dates[(dates.len() * 55 / 100).min(dates.len() - 1)]),
        )
    };

    let view = |q: &str, entities: &[u32], sources: &[&str], all: &[Facet]| ViewState {
        q: q.to_string(),
        entities: entities.iter().map(|&e| eid(e)).collect(),
        sources: sources.iter().map(|s| s.to_string()).collect(),
        all_of: all.to_vec(),
        ..ViewState::default()
    };
    let words_of = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
    let q = |kind, view: ViewState, terms: Vec<String>, phrase: Vec<String>, exclude| MixQuery {
        kind,
        view,
        terms,
        phrase,
        exclude,
    };
    let several = [p, p2, o, o2];
    vec![
        q("facet", view("", &[p], &[], &[]), vec![], vec![], vec![]),
        q(
            "facets any-of",
            view("", &several, &[], &[]),
            vec![],
            vec![],
            vec![],
        ),
        q(
            "facets all-of",
            view("", &several, &[], &[Facet::Person, Facet::Organisation]),
            vec![],
            vec![],
            vec![],
        ),
        q(
            "date range",
            ViewState {
                from,
                to,
                ..ViewState::default()
            },
            vec![],
            vec![],
            vec![],
        ),
        q(
            "term",
            view(&term, &[], &[], &[]),
            vec![term.clone()],
            vec![],
            vec![],
        ),
        q(
            "phrase",
            view(&format!("\"{phrase}\""), &[], &[], &[]),
            vec![],
            words_of(&phrase),
            vec![],
        ),
        q(
            "exclusion",
            view(&format!("{common} -{excluded}"), &[], &[], &[]),
            vec![common.clone()],
            vec![],
            vec![excluded.clone()],
        ),
        q(
            "text + 3 facets",
            view(&common, &[p, place], &[&top_source], &[]),
            vec![common.clone()],
            vec![],
            vec![],
        ),
        q("empty", ViewState::default(), vec![], vec![], vec![]),
    ]
}

/// The mix as JSON for `bench/` (hand-written: the query crate has no serde_json).
pub fn to_json(index: &Index, mix: &[MixQuery], totals: &[usize]) -> String {
    let corpus = index.corpus();
    let s = |v: &str| format!("\"{}\"", v.replace('\\', "\\\\").replace('"', "\\\""));
    let list = |v: &[String]| format!("[{}]", v.iter().map(|x| s(x)).collect::<Vec<_>>().join(","));
    let mut out = String::from("[\n");
    for (i, m) in mix.iter().enumerate() {
        let of_kind = |k: EntityKind| -> Vec<String> {
            m.view
                .entities
                .iter()
                .filter(|id| {
                    index
                        .entity_by_id(id)
                        .is_some_and(|e| corpus.entities[e as usize].kind == k)
                })
                .cloned()
                .collect()
        };
        let date = |d: Option<Date>| d.map_or("null".to_string(), |d| s(&d.to_string()));
        out += &format!(
            "  {{\"kind\":{},\"qs\":{},\"terms\":{},\"phrase\":{},\"exclude\":{},\"sources\":{},\"people\":{},\"organisations\":{},\"places\":{},\"all_people\":{},\"all_organisations\":{},\"all_places\":{},\"from\":{},\"to\":{},\"newsprism_total\":{}}}{}\n",
            s(m.kind),
            s(&m.query_string()),
            list(&m.terms),
            list(&m.phrase),
            list(&m.exclude),
            list(&m.view.sources),
            list(&of_kind(EntityKind::Person)),
            list(&of_kind(EntityKind::Organisation)),
            list(&of_kind(EntityKind::Place)),
            m.view.is_all_of(Facet::Person),
            m.view.is_all_of(Facet::Organisation),
            m.view.is_all_of(Facet::Place),
            date(m.view.from),
            date(m.view.to),
            totals[i],
            if i + 1 < mix.len() { "," } else { "" }
        );
    }
    out + "]\n"
}
