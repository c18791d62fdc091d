//! The page: header with search, filters, results and the article reader, all
//! driven by one view state that lives in the URL.

use crate::components::{
    ActiveFilters, DateAxis, DateFilter, FacetPanel, Notices, Reader, ResultList, SearchBox,
};
use crate::nav::{Data, Nav};
use crate::shards::Shards;
use crate::text::{human_date, plural};
use leptos::prelude::*;
use newsprism_query::{Facet, Index, Results, TextQuery, ViewState};

#[component]
pub fn App(index: &'static Index) -> impl IntoView {
    let nav = Nav::from_location(index);
    provide_context(nav);
    provide_context(Data(index));
    let shards = Shards::new(index);
    provide_context(shards);
    window_event_listener(leptos::ev::popstate, move |_| {
        nav.restore_from_location(index)
    });
    window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" && nav.view.with_untracked(|v| v.article.is_some()) {
            nav.go(|v| v.article = None);
        }
    });

    // Opening or closing an article must not re-run the search.
    let query = Memo::new(move |_| {
        nav.view.with(|v| ViewState {
            article: None,
            ..v.clone()
        })
    });
    // A search whose text shards are still on their way re-runs when they land.
    Effect::new(move || query.with(|v| shards.want_text(&TextQuery::parse(&v.q))));
    let results: Memo<Results> = Memo::new_with_compare(
        move |_| {
            shards.text.track();
            query.with(|v| index.search(v))
        },
        |_, _| true,
    );

    let filters_open = RwSignal::new(false);
    let reader_open = Memo::new(move |_| nav.view.with(|v| v.article.is_some()));
    let active_filters = Memo::new(move |_| nav.view.with(|v| v.has_filters()));

    view! {
        <header class="top">
            <div class="brand">
                <a class="logo" href=move || nav.href(|v| *v = ViewState::default()) on:click=move |ev| {
                    ev.prevent_default();
                    nav.go(|v| *v = ViewState::default());
                }>"newsprism"</a>
                <p class="tagline">{corpus_summary(index)}</p>
            </div>
            <SearchBox/>
            <button
                class="filters-toggle"
                aria-expanded=move || filters_open.get().to_string()
                on:click=move |_| filters_open.update(|open| *open = !*open)
            >
                {move || if filters_open.get() { "Hide filters" } else { "Filters" }}
                <Show when=move || active_filters.get()>
                    <span class="dot" aria-label="filters active"></span>
                </Show>
            </button>
        </header>
        <Notices results/>
        <div class="layout" class:reading=move || reader_open.get()>
            <aside class="filters" class:open=move || filters_open.get() aria-label="Filters">
                <ActiveFilters/>
                <DateFilter axis=DateAxis::Published results/>
                <FacetPanel facet=Facet::Source results/>
                <FacetPanel facet=Facet::Person results/>
                <FacetPanel facet=Facet::Organisation results/>
                <FacetPanel facet=Facet::Place results/>
                <FacetPanel facet=Facet::Speaker results/>
                <DateFilter axis=DateAxis::Mentioned results/>
            </aside>
            <section class="results-pane" aria-label="Results">
                <ResultList results/>
            </section>
            <Reader results/>
        </div>
        <footer class="foot">
            "newsprism — everything on this page runs in your browser; nothing is sent anywhere."
        </footer>
    }
}

/// "5 articles from 5 outlets, 10 Jan 2022 – 19 Nov 2022".
fn corpus_summary(index: &Index) -> String {
    let corpus = index.corpus();
    let dates = || corpus.articles.iter().filter_map(|a| a.published);
    let span = match (dates().min(), dates().max()) {
        (Some(first), Some(last)) => format!(", {} – {}", human_date(first), human_date(last)),
        _ => String::new(),
    };
    let outlets = corpus.sources.iter().filter(|s| s.id != "unknown").count();
    format!(
        "{} from {}{}",
        plural(corpus.articles.len(), "article", "articles"),
        plural(outlets, "outlet", "outlets"),
        span
    )
}
