//! One component per file; each reads the shared `Nav` and `Data` contexts.

mod active_filters;
mod dates;
mod facets;
mod notices;
mod quotes;
mod reader;
mod results;
mod search_box;

pub use active_filters::ActiveFilters;
pub use dates::{DateAxis, DateFilter};
pub use facets::FacetPanel;
pub use notices::Notices;
pub use reader::Reader;
pub use results::ResultList;
pub use search_box::SearchBox;
