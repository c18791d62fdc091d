//! Ingests `corpus/` natively at build time and writes the compact binary corpus
//! that `src/data.rs` embeds. A corpus with problems stops the build with every
//! problem listed, each naming its file (and line) and what to do.

use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(
        std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    );
    // A benchmark or a second deployment can point the build at another folder.
    println!("cargo::rerun-if-env-changed=NEWSPRISM_CORPUS");
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
    let bytes =
        postcard::to_allocvec(&ingested.corpus).expect("the corpus model always serialises");
    let out =
        PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("corpus.bin");
    std::fs::write(&out, bytes).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}
