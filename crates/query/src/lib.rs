//! The in-browser query engine: filters, facet counts, full-text search and
//! snippets over an ingested [`Corpus`].
//!
//! [`pack::Pack::build`] prepares the corpus at build time (inverted index with
//! word positions, per-article facts, optional shards); [`Index::from_pack`]
//! builds the lookup tables once at start-up;
//! [`Index::search`] turns a [`ViewState`] (the URL's query string, see
//! [`ViewState::from_query_string`]) into [`Results`]: the matching articles in
//! order, the facet counts, the publication and mentioned-date histograms and
//! notices about anything in the view that could not be used; [`Index::quotes`]
//! lists the results' quotations. Pure Rust with no UI dependencies, so it runs
//! the same in WebAssembly and in native tests.
//!
//! Modules: `view` (URL state), `text` (normalising, tokenising, stemming, query
//! syntax), `index` (building and searching), `facets` (facet counts and the
//! histogram), `snippet` (result snippets and highlights).

mod bitset;
mod facets;
mod index;
mod lists;
mod lower;
pub mod pack;
mod snippet;
pub mod sort;
pub mod text;
mod view;

pub use facets::{Bin, FacetCounts, FacetValue, Histogram};
pub use index::{BodyRef, Index};
pub use newsprism_model::{Corpus, Date};
pub use snippet::{highlights, Snippet};
pub use text::TextQuery;
pub use view::{Facet, Sort, Tab, ViewState};

/// One matching article.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    /// Index into `Corpus::articles`.
    pub article: u32,
    /// BM25 relevance to the text query's positive terms; 0 when there are none.
    pub score: f32,
}

/// One direct quotation of a result article, for the quotations tab; read it with
/// [`Index::quote_text`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct QuoteRef {
    /// Index into `Corpus::articles`.
    pub article: u32,
    /// Index into that article's `Article::quotes`.
    pub quote: u32,
}

/// Everything the page shows for one view.
#[derive(Debug, Clone, PartialEq)]
pub struct Results {
    /// How many articles match (equal to `hits.len()`).
    pub total: usize,
    /// All matching articles, in `sort` order.
    pub hits: Vec<Hit>,
    pub facets: FacetCounts,
    /// Publication dates of the articles matching every filter but the publication
    /// date range.
    pub histogram: Histogram,
    /// Dates the articles talk about (their date mentions), over the articles
    /// matching every filter but the mentioned-date range. An article counts once
    /// in every bin that wholly contains one of its mentioned periods; `undated`
    /// counts those without
    /// any date mention.
    pub mentioned: Histogram,
    /// What in the view was ignored and why, for the reader.
    pub notices: Vec<String>,
    /// The parsed search box, for [`Index::snippet`] and the highlighters.
    pub text: TextQuery,
    /// The order actually applied; never [`Sort::Auto`].
    pub sort: Sort,
    /// The text query waits for text shards still being fetched: nothing is
    /// known to match yet (see [`Index::missing_text_shards`]).
    pub pending: bool,
}

/// Quotations for the quotations tab, from [`Index::quotes`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QuoteList {
    pub quotes: Vec<QuoteRef>,
    /// Result articles with quotations whose bodies must be fetched before the
    /// list can go on, in result order.
    pub waiting: Vec<u32>,
    /// Whether the results hold quotations beyond `quotes`.
    pub more: bool,
}
