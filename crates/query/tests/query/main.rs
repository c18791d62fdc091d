//! Integration tests of newsprism-query against a small hand-built corpus, one
//! module per area.

mod consistency;
mod facets;
mod filters;
mod fixture;
mod mentioned;
mod quotes;
mod robustness;
mod search;
mod shards;
mod snippets;
mod url;

use newsprism_query::{Index, Results, ViewState};

/// Parses a query string (asserting it raises no notice) and searches.
pub fn search(index: &Index, qs: &str) -> Results {
    let (view, notices) = ViewState::from_query_string(qs);
    assert_eq!(notices, Vec::<String>::new(), "notices for {qs}");
    index.search(&view)
}

/// The article ids of the hits, in order.
pub fn ids(index: &Index, r: &Results) -> Vec<String> {
    r.hits
        .iter()
        .map(|h| index.corpus().articles[h.article as usize].id.clone())
        .collect()
}

/// Searches and returns the hit ids.
pub fn hit_ids(index: &Index, qs: &str) -> Vec<String> {
    let r = search(index, qs);
    assert_eq!(r.total, r.hits.len());
    ids(index, &r)
}
