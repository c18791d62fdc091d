//! Notices about what the page ignored: link parameters it could not use, ids
//! that are not in this corpus. Shown, never fatal.

use crate::nav::{context, Nav};
use crate::shards::Shards;
use leptos::prelude::*;
use newsprism_query::Results;

#[component]
pub fn Notices(results: Memo<Results>) -> impl IntoView {
    let nav = context::<Nav>();
    let shards = context::<Shards>();
    let notices = Memo::new(move |_| {
        let mut all = nav.url_notices.get();
        results.with(|r| all.extend(r.notices.iter().cloned()));
        shards.errors.with(|e| all.extend(e.iter().cloned()));
        all.dedup();
        all
    });
    view! {
        <Show when=move || notices.with(|n| !n.is_empty())>
            <div class="notices" role="status">
                {move || {
                    notices
                        .get()
                        .into_iter()
                        .map(|notice| view! { <p data-testid="notice" class="notice">{notice}</p> })
                        .collect_view()
                }}
                <button class="link" on:click=move |_| {
                    nav.url_notices.set(Vec::new());
                    shards.errors.set(Vec::new());
                }>
                    "Dismiss"
                </button>
            </div>
        </Show>
    }
}
