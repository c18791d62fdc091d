//! The quotations view: who said what, in which outlet, with a link into the
//! article. Follows the filters; a Speaker selection keeps only their words.

use super::active_filters::kind_key;
use super::results::page_limit;
use crate::nav::{context, Data, Nav};
use crate::shards::Shards;
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
    let shards = context::<Shards>();
    let limit = page_limit(results, PAGE);
    let list = Memo::new(move |_| {
        shards.bodies.track();
        results.with(|r| nav.view.with(|v| index.quotes(r, v, limit.get())))
    });
    // A sharded page fetches the articles the list is waiting for.
    Effect::new(move || list.with(|l| shards.want_bodies(&l.waiting)));
    let shown = move || {
        list.with(|l| {
            l.quotes
                .iter()
                .map(|q| (q.article, q.quote))
                .collect::<Vec<_>>()
        })
    };
    let empty = move || list.with(|l| l.quotes.is_empty() && l.waiting.is_empty());
    let loading = move || list.with(|l| !l.waiting.is_empty() && l.quotes.len() < limit.get());
    let more = move || list.with(|l| l.more && l.quotes.len() >= limit.get());
    view! {
        <Show
            when=move || !empty()
            fallback=|| view! { <div class="no-results"><p>"No quotations in these articles."</p></div> }
        >
            <ol class="quotes" data-testid="quotes">
                <For each=shown key=|q| *q let:item>
                    <QuoteItem article=item.0 quote=item.1/>
                </For>
            </ol>
            <Show when=loading>
                <p class="loading-line" role="status">"Loading quotations…"</p>
            </Show>
            <Show when=more>
                <button class="more-results" on:click=move |_| limit.update(|l| *l += PAGE)>
                    "Show more quotations"
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
    let Some(q) = index
        .body(article)
        .and_then(|b| b.quotes.get(quote as usize))
    else {
        return ().into_any();
    };
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
    .into_any()
}
