//! The result list: how many articles match, how they are sorted, and for each
//! its title, outlet, date and a snippet with the search hits marked.

use super::quotes::QuoteList;
use crate::nav::{context, Data, Nav};
use crate::shards::Shards;
use crate::text::{highlighted, human_date, plural};
use leptos::prelude::*;
use newsprism_query::{Results, Sort, Tab};

/// Results rendered at first and added by each "Show more".
const PAGE: usize = 50;
/// Characters of context in a snippet.
const SNIPPET_CHARS: usize = 220;

#[component]
pub fn ResultList(results: Memo<Results>) -> impl IntoView {
    let nav = context::<Nav>();
    let Data(index) = context();
    let shards = context::<Shards>();
    let limit = page_limit(results, PAGE);
    let total = Memo::new(move |_| results.with(|r| r.total));
    let pending = Memo::new(move |_| results.with(|r| r.pending));
    let shown = Memo::new(move |_| {
        results.with(|r| {
            r.hits
                .iter()
                .take(limit.get())
                .map(|h| h.article)
                .collect::<Vec<_>>()
        })
    });
    // The snippets of the articles on screen (a no-op when bodies are embedded).
    Effect::new(move || shown.with(|s| shards.want_bodies(s)));
    let sort = Memo::new(move |_| results.with(|r| r.sort));
    let tab = Memo::new(move |_| nav.view.with(|v| v.tab));
    let searching = Memo::new(move |_| results.with(|r| r.text.has_positive()));
    let set_sort = move |value: String| {
        let sort = Sort::parse(&value).unwrap_or_default();
        nav.go(|v| v.sort = sort);
    };
    view! {
        <div class="results-head">
            <p class="result-count" data-testid="result-count" aria-live="polite" aria-busy=move || pending.get().to_string()>
                {move || if pending.get() {
                    "Loading the search index…".to_string()
                } else {
                    plural(total.get(), "article", "articles")
                }}
            </p>
            <div class="tabs" role="tablist" aria-label="Show">
                <button
                    role="tab"
                    data-testid="tab-articles"
                    aria-selected=move || (tab.get() == Tab::Articles).to_string()
                    on:click=move |_| nav.go(|v| v.tab = Tab::Articles)
                >
                    "Articles"
                </button>
                <button
                    role="tab"
                    data-testid="tab-quotes"
                    aria-selected=move || (tab.get() == Tab::Quotes).to_string()
                    on:click=move |_| nav.go(|v| v.tab = Tab::Quotes)
                >
                    "Quotations"
                </button>
            </div>
            <label class="sort">
                "Sort "
                <select on:change=move |ev| set_sort(event_target_value(&ev)) prop:value=move || sort.get().as_str()>
                    <option value="relevance" disabled=move || !searching.get()>"by relevance"</option>
                    <option value="newest">"newest first"</option>
                    <option value="oldest">"oldest first"</option>
                </select>
            </label>
        </div>
        <Show when=move || tab.get() == Tab::Articles fallback=move || view! { <QuoteList results/> }>
        <Show
            when=move || { total.get() > 0 }
            fallback=move || {
                if pending.get() {
                    view! { <div class="no-results"><p class="loading-line">"Searching…"</p></div> }.into_any()
                } else if index.corpus().articles.is_empty() {
                    view! {
                        <div class="no-results">
                            <p>"This corpus has no articles yet. Put plain-text articles in corpus/ and rebuild."</p>
                        </div>
                    }
                    .into_any()
                } else {
                    view! {
                        <div class="no-results">
                            <p>"No article matches all of these filters."</p>
                            <button class="link" on:click=move |_| nav.go(|v| v.clear_filters())>"Clear all filters"</button>
                        </div>
                    }
                    .into_any()
                }
            }
        >
            <ol class="results" data-testid="results">
                // Keyed by a pair, as the quotations list is: one keyed-diff
                // instantiation serves both (0.4 KB less gzipped, measured).
                <For each=move || shown.get() key=|a| (*a, 0u32) let:article>
                    <ResultItem article results/>
                </For>
            </ol>
            <Show when=move || { total.get() > limit.get() }>
                <button class="more-results" on:click=move |_| limit.update(|l| *l += PAGE)>
                    {move || format!("Show more ({} left)", total.get() - limit.get())}
                </button>
            </Show>
        </Show>
        </Show>
    }
}

/// How many items a list shows: `page` at first, more with each "Show more",
/// and `page` again whenever a new search or filter changes the results.
pub(super) fn page_limit(results: Memo<Results>, page: usize) -> RwSignal<usize> {
    let limit = RwSignal::new(page);
    Effect::new(move |seen: Option<()>| {
        results.track();
        if seen.is_some() {
            limit.set(page);
        }
    });
    limit
}

#[component]
fn ResultItem(article: u32, results: Memo<Results>) -> impl IntoView {
    let nav = context::<Nav>();
    let Data(index) = context();
    let shards = context::<Shards>();
    let corpus = index.corpus();
    let a = &corpus.articles[article as usize];
    let id = a.id.clone();
    let href = {
        let id = id.clone();
        move || {
            let id = id.clone();
            nav.href(move |v| v.article = Some(id))
        }
    };
    let is_open = {
        let id = id.clone();
        move || nav.view.with(|v| v.article.as_deref() == Some(id.as_str()))
    };
    let title =
        move || results.with(|r| highlighted(&a.title, &index.title_highlights(article, &r.text)));
    let snippet = move || {
        shards.bodies.track();
        results.with(|r| match index.snippet(article, &r.text, SNIPPET_CHARS) {
            Some(s) => view! {
                <p class="snippet">
                    {s.leading_ellipsis.then_some("… ")}
                    {highlighted(&s.text, &s.highlights)}
                    {s.trailing_ellipsis.then_some(" …")}
                </p>
            }
            .into_any(),
            // A sharded page's text is on its way; keep the line's height.
            None if index.body(article).is_none() => {
                view! { <p class="snippet loading-line" aria-hidden="true">"…"</p> }.into_any()
            }
            None => ().into_any(),
        })
    };
    let source = corpus
        .sources
        .get(a.source as usize)
        .map(|s| s.name.clone())
        .unwrap_or_default();
    let byline = a.wire.clone().or_else(|| a.author.clone());
    let date = a
        .published
        .map_or_else(|| "date unknown".to_string(), human_date);
    let datetime = a.published.map(|d| d.to_string());
    let data_id = id.clone();
    view! {
        <li class="result" data-article-id=data_id class:open=is_open>
            <h3>
                <a
                    data-testid="open-article"
                    href=href
                    on:click=move |ev| {
                        if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
                            return;
                        }
                        ev.prevent_default();
                        let id = id.clone();
                        nav.go(move |v| v.article = Some(id));
                    }
                >
                    {title}
                </a>
            </h3>
            <p class="meta">
                <span class="source">{source}</span>
                {byline.map(|b| view! { <span class="byline">{b}</span> })}
                <time datetime=datetime>{date}</time>
            </p>
            {snippet}
        </li>
    }
}
