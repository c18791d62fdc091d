//! Integration tests of `newsprism-ingest`, one module per area, on temporary corpus
//! directories and on the seed corpus in `corpus/`.

mod common;
mod dates;
mod entities;
mod errors;
mod export;
mod overrides;
mod quotes;
mod seeds;
