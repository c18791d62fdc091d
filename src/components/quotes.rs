//! The quotations view: who said what, in which outlet, with a link into the
//! article. Follows the filters; a Speaker selection keeps only their words.

use super::active_filters::kind_key;
use crate::nav::{context, Data, Nav};
use crate::text::human_date;
use leptos::either::EitherOf3;
use leptos::prelude::*;
use newsprism_query::Results;

/// Quotations rendered at first and added by each "Show more".
const PAGE: usize = 100;

#[component]
pub fn QuoteList(results: Memo<Results>) -> impl IntoView {
    let nav = context::<Nav>();
    let Data(index) = context();
    let quotes = Memo::new(move |_| {
        results.with(|r| {
            nav.view.with(|v| {
                index
                    .quotes(r, v)
                    .into_iter()
                    .map(|q| (q.article, q.quote))
                    .collect::<Vec<_>>()
            })
        })
    });
    let limit = RwSignal::new(PAGE);
    let shown = move || quotes.with(|q| q.iter().take(limit.get()).copied().collect::<Vec<_>>());
    let total = move || quotes.with(Vec::len);
    view! {
        <Show
            when=move || { total() > 0 }
            fallback=|| view! { <div class="no-results"><p>"No quotations in these articles."</p></div> }
        >
            <ol class="quotes" data-testid="quotes">
                <For each=shown key=|q| *q let:item>
                    <QuoteItem article=item.0 quote=item.1/>
                </For>
            </ol>
            <Show when=move || { total() > limit.get() }>
                <button class="more-results" on:click=move |_| limit.update(|l| *l += PAGE)>
                    {move || format!("Show more ({} left)", total() - limit.get())}
                </button>
            </Show>
        </Show>
    }
}

#[component]
fn QuoteItem(article: u32, quote: u32) -> impl IntoView {
    let nav = context::<Nav>();
    let Data(index) = context();
    let corpus = index.corpus();
    let a = &corpus.articles[article as usize];
    let q = &a.quotes[quote as usize];
    // An `EitherOf3` rather than three `AnyView`s: type erasure instantiates
    // a set of view functions per erased type (0.5 KB less gzipped, measured).
    let speaker = match q.speaker {
        Some(e) => {
            let entity = &corpus.entities[e as usize];
            let id = entity.id.clone();
            EitherOf3::A(view! {
                <button
                    class=format!("mention kind-{}", kind_key(entity.kind))
                    data-entity-id=id.clone()
                    title=format!("Only quotations by {}", entity.name)
                    on:click=move |_| {
                        let id = id.clone();
                        nav.go(move |v| if !v.speakers.contains(&id) { v.speakers.push(id) });
                    }
                >
                    {entity.name.clone()}
                </button>
            })
        }
        None if q.speaker_text.is_empty() => {
            EitherOf3::B(view! { <span class="unattributed">"unattributed"</span> })
        }
        None => EitherOf3::C(view! { <span class="described">{q.speaker_text.clone()}</span> }),
    };
    let id = a.id.clone();
    let href = {
        let id = id.clone();
        nav.href(move |v| v.article = Some(id))
    };
    let source = corpus
        .sources
        .get(a.source as usize)
        .map(|s| s.name.clone())
        .unwrap_or_default();
    view! {
        <li class="quote-item" data-testid="quote" data-article-id=a.id.clone()>
            <blockquote>{index.quote_text(article, quote)}</blockquote>
            <p class="said">
                "— " {speaker}
                <span class="where">
                    " in "
                    <a href=href on:click=move |ev| {
                        ev.prevent_default();
                        let id = id.clone();
                        nav.go(move |v| v.article = Some(id));
                    }>{a.title.clone()}</a>
                    {format!(" · {source}")}
                    {a.published.map(|d| format!(" · {}", human_date(d)))}
                </span>
            </p>
        </li>
    }
}
