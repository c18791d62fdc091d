//! The full-text search field: results follow as the reader types.

use crate::nav::{context, Nav};
use leptos::prelude::*;
use std::time::Duration;

/// How long typing must pause before the results follow.
const DEBOUNCE: Duration = Duration::from_millis(200);

#[component]
pub fn SearchBox() -> impl IntoView {
    let nav = context::<Nav>();
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let cancel_pending = move || {
        if let Some(handle) = pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    };
    view! {
        <form class="search" role="search" on:submit=|ev| ev.prevent_default()>
            <input
                type="search"
                data-testid="search-input"
                aria-label="Search the articles"
                placeholder="Search: words, \"exact phrase\", -exclude"
                autocomplete="off"
                spellcheck="false"
                prop:value=move || nav.view.with(|v| v.q.clone())
                on:input=move |ev| {
                    cancel_pending();
                    let text = event_target_value(&ev);
                    let handle = set_timeout_with_handle(
                        move || {
                            pending.set_value(None);
                            nav.type_query(text);
                        },
                        DEBOUNCE,
                    );
                    pending.set_value(handle.ok());
                }
                on:keydown=move |ev| {
                    if ev.key() == "Enter" {
                        ev.prevent_default();
                        cancel_pending();
                        nav.type_query(event_target_value(&ev));
                    }
                }
            />
        </form>
    }
}
