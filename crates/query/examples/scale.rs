//! Times index building and searching on a synthetic corpus, to check the engine
//! stays usable as corpora grow: `cargo run --release -p newsprism-query --example
//! scale -- 100000`. Native timings; expect WebAssembly to be a few times slower.

use newsprism_model::{Article, Corpus, Date, Entity, EntityKind, Mention, Source};
use newsprism_query::{Index, ViewState};
use std::time::Instant;

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(10_000);
    let mut seed = 1u64;
    let mut rand = move |m: usize| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((seed >> 33) % m as u64) as usize
    };
    // A Zipf-ish vocabulary: low word numbers are far more common.
    let vocab: Vec<String> = (0..50_000).map(|i| format!("w{i}x")).collect();
    let word = |rand: &mut dyn FnMut(usize) -> usize| vocab[rand(1_000) * rand(1_000) / 20].clone();
    let entities: Vec<Entity> = (0..5_000)
        .map(|i| Entity {
            id: format!("e{i}"),
            name: format!("Entity {i}"),
            kind: EntityKind::ALL[i % 3],
            aliases: vec![],
        })
        .collect();
    let sources: Vec<Source> = (0..200)
        .map(|i| Source {
            id: format!("s{i}"),
            name: format!("Source {i}"),
        })
        .collect();
    let articles: Vec<Article> = (0..n)
        .map(|i| {
            let paragraphs: Vec<String> = (0..8)
                .map(|_| {
                    (0..60)
                        .map(|_| word(&mut rand))
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect();
            Article {
                id: format!("a{i}"),
                file: String::new(),
                title: (0..8)
                    .map(|_| word(&mut rand))
                    .collect::<Vec<_>>()
                    .join(" "),
                source: rand(200) as u32,
                wire: None,
                author: None,
                published: (rand(20) > 0)
                    .then(|| Date::from_day_number(738_000 + rand(1500) as i64)),
                url: None,
                paragraphs,
                mentions: (0..15)
                    .map(|_| Mention {
                        entity: rand(5_000) as u32,
                        paragraph: 0,
                        start: 0,
                        end: 1,
                    })
                    .collect(),
                date_mentions: Vec::new(),
                quotes: Vec::new(),
            }
        })
        .collect();
    let corpus = Corpus {
        articles,
        sources,
        entities,
    };

    let t = Instant::now();
    let index = Index::new(corpus);
    println!("{n} articles: Index::new {:?}", t.elapsed());
    for qs in [
        "",
        "q=w1x",
        "q=w1x+w2x",
        "q=%22w1x+w2x%22",
        "q=w700x+-w1x",
        "entity=e1&entity=e2&source=s3",
        "entity=e1&entity=e4&all=person&from=2022-01-01",
        "q=w3x&entity=e1&source=s1&source=s2&from=2021-01-01&to=2022-06-30",
    ] {
        let (view, _) = ViewState::from_query_string(qs);
        let t = Instant::now();
        let r = index.search(&view);
        println!("{:>70}  {:>7} hits  {:?}", qs, r.total, t.elapsed());
    }
}
