//! The query engine natively, on generated corpora of 1k, 10k and 100k articles:
//! the fixed mix of `support/mix.rs` (one facet value; several facets any-of and
//! all-of; a date range; a term; a phrase; an exclusion; text plus three facets;
//! the empty query), each a full `Index::search`: every hit sorted, every facet's
//! counts, the histogram.
//!
//! ```sh
//! cargo bench -p newsprism-query --bench queries
//! NEWSPRISM_BENCH_SIZES=1000,10000 NEWSPRISM_BENCH_OUT=bench/out cargo bench -p newsprism-query --bench queries
//! ```
//!
//! Criterion reports mean and median per query; after it, each query is run again
//! on its own (`NEWSPRISM_BENCH_REPS` times, default 200, at most ~3 s each) and
//! p50/p95 of the single runs are printed. With `NEWSPRISM_BENCH_OUT=<dir>` the
//! mix (`mix-<n>.json`, read by `bench/`) and the percentiles (`native-<n>.json`)
//! are written there. Corpora: see [`mix::corpus_dir`]. Not run by CI.

#[path = "support/mix.rs"]
mod mix;

use criterion::{black_box, Criterion};
use newsprism_query::Index;
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicIsize, Ordering};
use std::time::{Duration, Instant};

/// Counts live heap bytes, to report what the corpus and the index occupy.
struct Counting;
static LIVE: AtomicIsize = AtomicIsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size() as isize, Ordering::Relaxed);
        System.alloc(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size() as isize, Ordering::Relaxed);
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(
            new_size as isize - layout.size() as isize,
            Ordering::Relaxed,
        );
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn live() -> isize {
    LIVE.load(Ordering::Relaxed)
}

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The value at quantile `q` (0..=1) of sorted samples, nearest rank.
fn quantile(sorted: &[f64], q: f64) -> f64 {
    let rank = ((q * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

fn main() {
    let sizes: Vec<usize> = std::env::var("NEWSPRISM_BENCH_SIZES")
        .unwrap_or_else(|_| "1000,10000,100000".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    let reps: usize = env_or("NEWSPRISM_BENCH_REPS", 200);
    let out_dir = std::env::var_os("NEWSPRISM_BENCH_OUT").map(std::path::PathBuf::from);
    if let Some(dir) = &out_dir {
        std::fs::create_dir_all(dir).expect("cannot create NEWSPRISM_BENCH_OUT");
    }
    let mut criterion = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(2))
        .configure_from_args();

    for n in sizes {
        let dir = mix::corpus_dir(n);
        let before = live();
        let t = Instant::now();
        let corpus = mix::ingest(&dir);
        let ingest_s = t.elapsed().as_secs_f64();
        let corpus_bytes = live() - before;
        let before = live();
        let t = Instant::now();
        let index = Index::new(corpus);
        let build_ms = t.elapsed().as_secs_f64() * 1e3;
        let index_bytes = live() - before;
        let articles = index.corpus().articles.len();
        println!(
            "\n{n} articles from {}: ingest {ingest_s:.1} s, corpus {:.1} MB on the heap; Index::new {build_ms:.0} ms, index {:.1} MB",
            dir.display(),
            corpus_bytes as f64 / 1e6,
            index_bytes as f64 / 1e6
        );

        let queries = mix::query_mix(&index);
        let totals: Vec<usize> = queries
            .iter()
            .map(|q| index.search(&q.view).total)
            .collect();
        for (q, total) in queries.iter().zip(&totals) {
            println!("  {:<16} {:>7} hits  {}", q.kind, total, q.query_string());
        }

        let mut group = criterion.benchmark_group(format!("search/{n}"));
        for q in &queries {
            group.bench_function(q.kind, |b| {
                b.iter(|| black_box(index.search(black_box(&q.view))))
            });
        }
        group.finish();

        let mut rows = Vec::new();
        for (q, total) in queries.iter().zip(&totals) {
            let mut samples = Vec::with_capacity(reps);
            let budget = Instant::now();
            while samples.len() < reps && (samples.len() < 10 || budget.elapsed().as_secs() < 3) {
                let t = Instant::now();
                let r = index.search(&q.view);
                samples.push(t.elapsed().as_secs_f64() * 1e3);
                black_box(r);
            }
            samples.sort_by(f64::total_cmp);
            let mean = samples.iter().sum::<f64>() / samples.len() as f64;
            rows.push((
                q.kind,
                q.query_string(),
                *total,
                samples.len(),
                quantile(&samples, 0.5),
                quantile(&samples, 0.95),
                mean,
            ));
        }
        println!("\n{n} articles, single runs (ms):");
        println!(
            "  {:<16} {:>5} {:>9} {:>9} {:>9}",
            "query", "runs", "p50", "p95", "mean"
        );
        for (kind, _, _, runs, p50, p95, mean) in &rows {
            println!("  {kind:<16} {runs:>5} {p50:>9.3} {p95:>9.3} {mean:>9.3}");
        }

        if let Some(dir) = &out_dir {
            std::fs::write(
                dir.join(format!("mix-{n}.json")),
                mix::to_json(&index, &queries, &totals),
            )
            .expect("cannot write the mix");
            let rows_json: Vec<String> = rows
                .iter()
                .map(|(kind, qs, total, runs, p50, p95, mean)| {
                    format!(
                        "{{\"kind\":\"{kind}\",\"qs\":{qs:?},\"total\":{total},\"runs\":{runs},\"p50\":{p50},\"p95\":{p95},\"mean\":{mean}}}"
                    )
                })
                .collect();
            std::fs::write(
                dir.join(format!("native-{n}.json")),
                format!(
                    "{{\"articles\":{articles},\"ingest_s\":{ingest_s},\"corpus_bytes\":{corpus_bytes},\"index_build_ms\":{build_ms},\"index_bytes\":{index_bytes},\"queries\":[{}]}}\n",
                    rows_json.join(",")
                ),
            )
            .expect("cannot write the percentiles");
        }
        drop(index);
    }
    criterion.final_summary();
}
