//! Ingests `corpus/` natively at build time, prepares it for querying (see
//! `newsprism_query::pack`) and writes the blob that `src/data.rs` embeds, plus,
//! for a large corpus, the shard files `scripts/copy_shards.py` publishes next to
//! the page. A corpus with problems stops the build with every problem listed,
//! each naming its file (and line) and what to do.
//!
//! Layout: `NEWSPRISM_LAYOUT=embedded|sharded|auto` (default `auto`: sharded once
//! the article text passes `AUTO_SHARD_BYTES`); `NEWSPRISM_SHARD_BYTES` sets the
//! approximate size of one shard (default `newsprism_query::pack::SHARD_BYTES`).

use newsprism_query::pack::{Layout, Pack};
use std::path::PathBuf;

/// Article text above which `auto` shards: about 300 typical articles. Below it,
/// one embedded blob downloads faster than a page plus shard requests.
const AUTO_SHARD_BYTES: usize = 1_000_000;

fn main() {
    let root = PathBuf::from(
        std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    );
    // A benchmark or a second deployment can point the build at another folder.
    println!("cargo::rerun-if-env-changed=NEWSPRISM_CORPUS");
    println!("cargo::rerun-if-env-changed=NEWSPRISM_LAYOUT");
    println!("cargo::rerun-if-env-changed=NEWSPRISM_SHARD_BYTES");
    let dir = std::env::var_os("NEWSPRISM_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("corpus"));
    println!("cargo::rerun-if-changed={}", dir.display());

    let ingested = match newsprism_ingest::ingest_dir(&dir) {
        Ok(ingested) => ingested,
        Err(errors) => {
            eprintln!();
            eprintln!(
                "newsprism: {} problem{} in {}; the page was not built:",
                errors.len(),
                if errors.len() == 1 { "" } else { "s" },
                dir.display()
            );
            for error in &errors {
                eprintln!("  error: {error}");
            }
            eprintln!("Fix these and build again; `cargo run -p newsprism-ingest -- inspect corpus` checks a corpus without building the page.");
            std::process::exit(1);
        }
    };
    for note in &ingested.report.notes {
        println!("cargo::warning={note}");
    }
    let text_bytes: usize = ingested
        .corpus
        .articles
        .iter()
        .flat_map(|a| &a.paragraphs)
        .map(String::len)
        .sum();
    let layout = match std::env::var("NEWSPRISM_LAYOUT").as_deref() {
        Ok("embedded") => Layout::Embedded,
        Ok("sharded") => Layout::Sharded,
        Ok("auto" | "") | Err(_) if text_bytes > AUTO_SHARD_BYTES => Layout::Sharded,
        Ok("auto" | "") | Err(_) => Layout::Embedded,
        Ok(other) => {
            eprintln!("newsprism: NEWSPRISM_LAYOUT={other} is not one of embedded, sharded, auto.");
            std::process::exit(1);
        }
    };
    let n = ingested.corpus.articles.len();
    // Tests set a tiny shard size to get many shards from a small corpus.
    let shard_bytes = match std::env::var("NEWSPRISM_SHARD_BYTES") {
        Ok(v) => v.parse().unwrap_or_else(|_| {
            eprintln!("newsprism: NEWSPRISM_SHARD_BYTES={v} is not a number of bytes.");
            std::process::exit(1);
        }),
        Err(_) => newsprism_query::pack::SHARD_BYTES,
    };
    let (pack, shards) = Pack::build_with(ingested.corpus, layout, shard_bytes);
    let bytes = postcard::to_allocvec(&pack).expect("the pack always serialises");
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let write = |path: &std::path::Path, bytes: &[u8]| {
        std::fs::write(path, bytes)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()))
    };
    write(&out_dir.join("pack.bin"), &bytes);
    // Only this build's shards may be in the folder the publishing hook reads.
    let shard_dir = out_dir.join("shards");
    let _ = std::fs::remove_dir_all(&shard_dir);
    if !shards.is_empty() {
        std::fs::create_dir_all(&shard_dir)
            .unwrap_or_else(|e| panic!("cannot create {}: {e}", shard_dir.display()));
        for shard in &shards {
            write(&shard_dir.join(format!("{}.bin", shard.name)), &shard.bytes);
        }
        let names: Vec<&str> = shards.iter().map(|s| s.name.as_str()).collect();
        write(&shard_dir.join("manifest.txt"), names.join("\n").as_bytes());
        let total: usize = shards.iter().map(|s| s.bytes.len()).sum();
        println!(
            "cargo::warning=newsprism: {n} articles, sharded layout: {} kB embedded, {} shard files ({} kB) in {}",
            bytes.len() / 1000,
            shards.len(),
            total / 1000,
            shard_dir.display()
        );
    }
}
