//! The corpus that `build.rs` prepared, embedded in the WebAssembly module.

use newsprism_query::pack::Pack;

static PACK: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/pack.bin"));

/// Decodes the embedded pack. Fails only if the page was built from mismatched
/// sources, which the message asks the reader to fix by rebuilding.
pub fn load() -> Result<Pack, postcard::Error> {
    postcard::from_bytes(PACK)
}
