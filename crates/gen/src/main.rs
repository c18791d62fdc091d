//! newsprism-gen writes a synthetic, news-like corpus in the format `corpus/` uses, so
//! benchmarks can run the real ingest pipeline at any size. Native only; it is never
//! part of the WebAssembly.
//!
//! ```sh
//! cargo run --release -p newsprism-gen -- --articles 10000 --seed 42 --out /tmp/corpus-10k
//! cargo run --release -p newsprism-ingest -- inspect /tmp/corpus-10k
//! ```
//!
//! Options: `--articles N` (default 1000), `--seed S` (default 42), `--out DIR`
//! (required), `--force`. The directory is created if missing; a directory that is not
//! empty is refused unless `--force` is given, and then only its `.txt` and `.meta`
//! files are removed before writing, so it holds exactly the generated corpus.
//!
//! The same seed and article count give byte-identical files on any machine and with
//! any number of threads: every draw comes from the hand-written SplitMix64 in
//! `rng.rs`, the world is drawn in order first, and each article from its own stream.
//!
//! What the corpus looks like:
//! - Thousands of people, organisations and places with synthetic names and Zipf-like
//!   mention frequencies, each with several spellings (`-ov`/`-off`, `-ayev`/`-aev`,
//!   doubled consonants, accents dropped, British/American `Organisation`), later
//!   mentions by surname, `Mr X`, `President X`, or acronym (`the National Security
//!   Committee (NSC)`, then `the NSC`).
//! - A few hundred outlets with a long-tailed share of the articles, each with a house
//!   style (honorifics, spelling, title case, wire share, furniture).
//! - Stories of one to forty articles from different outlets sharing entities and a
//!   theme; stories cluster around events, so dates (2015–2024) come in bursts. Agency
//!   copy of one story is the same text in every outlet that runs it, cut to length.
//! - 4–15 paragraphs of 1–4 sentences of 10–30 words from templates with slots for
//!   entities, numbers and relative dates (`on Monday`, `last week`, `in March`), and
//!   quotations (`“…,” said X`, `X said: “…”`, `according to X`).
//! - Mostly front matter (title, source, published; wire, author, url on some); some
//!   files have none and carry a dateline instead (`Jan 10, 2022 - World`, `3 min read
//!   · Nov 18, 2022`, `MOSCOW (Reuters) -` with `Updated 10 January 2022`), a few no
//!   date at all. Some have page furniture (`Share this article`, `Related article: …`,
//!   `Leave a Reply`, photo credits), some hard-wrapped lines.

mod article;
mod date;
mod lexicon;
mod rng;
mod world;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

struct Options {
    articles: usize,
    seed: u64,
    out: PathBuf,
    force: bool,
}

const USAGE: &str =
    "usage: newsprism-gen --out DIR [--articles N (default 1000)] [--seed S (default 42)] [--force]";

fn parse_args(args: impl Iterator<Item = String>) -> Result<Options, String> {
    let mut articles = 1000;
    let mut seed = 42;
    let mut out = None;
    let mut force = false;
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .ok_or_else(|| format!("{name} needs a value\n{USAGE}"))
        };
        match arg.as_str() {
            "--articles" | "-n" => {
                let v = value("--articles")?;
                articles = v
                    .parse()
                    .map_err(|_| format!("--articles: `{v}` is not a whole number"))?;
            }
            "--seed" => {
                let v = value("--seed")?;
                seed = v
                    .parse()
                    .map_err(|_| format!("--seed: `{v}` is not a whole number"))?;
            }
            "--out" | "-o" => out = Some(PathBuf::from(value("--out")?)),
            "--force" => force = true,
            "--help" | "-h" => return Err(USAGE.to_string()),
            other => return Err(format!("unknown argument `{other}`\n{USAGE}")),
        }
    }
    let out = out.ok_or_else(|| format!("--out DIR is required\n{USAGE}"))?;
    if articles == 0 {
        return Err("--articles must be at least 1".to_string());
    }
    Ok(Options {
        articles,
        seed,
        out,
        force,
    })
}

/// Makes `dir` ready: created if missing; if it has files, refused without `--force`,
/// otherwise cleared of earlier articles.
fn prepare(dir: &Path, force: bool) -> Result<(), String> {
    fs::create_dir_all(dir).map_err(|e| format!("{}: cannot create: {e}", dir.display()))?;
    let entries: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| format!("{}: cannot read: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    if entries.is_empty() {
        return Ok(());
    }
    if !force {
        return Err(format!(
            "{}: not empty ({} entries); choose an empty directory or pass --force to replace its .txt and .meta files",
            dir.display(),
            entries.len()
        ));
    }
    for path in entries {
        let ext = path.extension().and_then(|e| e.to_str());
        if path.is_file() && matches!(ext, Some("txt") | Some("meta")) {
            fs::remove_file(&path)
                .map_err(|e| format!("{}: cannot remove: {e}", path.display()))?;
        }
    }
    Ok(())
}

/// `000042_1f2e…`: ordered by index, with a hash tail like the seed corpus's names.
fn file_name(seed: u64, index: usize, total: usize) -> String {
    let width = total.saturating_sub(1).to_string().len().max(3);
    let tail = rng::derive(seed, "file", &[index as u64]);
    format!("{index:0width$}_{tail:016x}.txt")
}

fn run(opts: &Options) -> Result<(usize, u64), String> {
    prepare(&opts.out, opts.force)?;
    let world = world::World::new(opts.seed, opts.articles);
    let words = article::Words::new();
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(16);
    // Each article's text depends only on its index, so threads can take any share.
    let results: Vec<Result<u64, String>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let (world, words) = (&world, &words);
                scope.spawn(move || -> Result<u64, String> {
                    let mut bytes = 0u64;
                    for i in (t..opts.articles).step_by(threads) {
                        let text = article::write(world, words, opts.seed, i);
                        let path = opts.out.join(file_name(opts.seed, i, opts.articles));
                        fs::write(&path, &text)
                            .map_err(|e| format!("{}: cannot write: {e}", path.display()))?;
                        bytes += text.len() as u64;
                    }
                    Ok(bytes)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err("a writer thread panicked".into()))
            })
            .collect()
    });
    let mut total = 0;
    for r in results {
        total += r?;
    }
    Ok((world.stories.len(), total))
}

fn main() -> ExitCode {
    let opts = match parse_args(std::env::args().skip(1)) {
        Ok(o) => o,
        Err(msg) => {
            eprintln!("{msg}");
            return ExitCode::from(2);
        }
    };
    let started = Instant::now();
    match run(&opts) {
        Ok((stories, bytes)) => {
            eprintln!(
                "wrote {} articles ({} stories, {:.1} MB) to {} in {:.2}s (seed {})",
                opts.articles,
                stories,
                bytes as f64 / 1e6,
                opts.out.display(),
                started.elapsed().as_secs_f64(),
                opts.seed
            );
            ExitCode::SUCCESS
        }
        Err(msg) => {
            eprintln!("newsprism-gen: {msg}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_text_and_different_seed_different_text() {
        let a = world::World::new(5, 300);
        let b = world::World::new(5, 300);
        let c = world::World::new(6, 300);
        let words = article::Words::new();
        for i in [0, 17, 299] {
            assert_eq!(
                article::write(&a, &words, 5, i),
                article::write(&b, &words, 5, i)
            );
        }
        assert_ne!(
            article::write(&a, &words, 5, 0),
            article::write(&c, &words, 6, 0)
        );
    }

    #[test]
    fn parses_arguments() {
        let args = |s: &str| s.split(' ').map(str::to_string).collect::<Vec<_>>();
        let o =
            parse_args(args("--articles 10 --seed 7 --out /tmp/x --force").into_iter()).unwrap();
        assert_eq!((o.articles, o.seed, o.force), (10, 7, true));
        assert!(parse_args(args("--articles 10").into_iter()).is_err());
        assert!(parse_args(args("--out /tmp/x --articles ten").into_iter()).is_err());
    }
}
