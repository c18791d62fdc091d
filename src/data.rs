//! The corpus that `build.rs` ingested, embedded in the WebAssembly module.

use newsprism_model::Corpus;

static CORPUS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));

/// Decodes the embedded corpus. Fails only if the page was built from
/// mismatched sources, which the message asks the reader to fix by rebuilding.
pub fn load() -> Result<Corpus, postcard::Error> {
    postcard::from_bytes(CORPUS)
}
