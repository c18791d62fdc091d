//! Publication-date filter: a histogram of the matching articles over time,
//! whose bars select their period, and exact from/to fields.

use crate::nav::Nav;
use leptos::prelude::*;
use newsprism_model::Date;
use newsprism_query::Results;

/// One histogram bar as displayed.
#[derive(Clone, PartialEq)]
struct Bar {
    start: Date,
    end: Date,
    label: String,
    count: u32,
    in_range: bool,
}

#[component]
pub fn DateFilter(results: Memo<Results>) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let bars = Memo::new(move |_| {
        results.with(|r| {
            r.histogram
                .bins
                .iter()
                .map(|b| Bar {
                    start: b.start,
                    end: b.end,
                    label: b.label.clone(),
                    count: b.count,
                    in_range: b.in_range,
                })
                .collect::<Vec<_>>()
        })
    });
    let undated = Memo::new(move |_| results.with(|r| r.histogram.undated));
    let max = Memo::new(move |_| {
        bars.with(|b| b.iter().map(|b| b.count).max().unwrap_or(0))
            .max(1)
    });
    let first_label = move || bars.with(|b| b.first().map(|b| b.label.clone()).unwrap_or_default());
    let last_label = move || bars.with(|b| b.last().map(|b| b.label.clone()).unwrap_or_default());
    let set_date = move |from: bool, value: String| {
        let date = Date::parse(&value).ok();
        nav.go(|v| if from { v.from = date } else { v.to = date });
    };
    view! {
        <section class="facet dates" aria-labelledby="facet-dates">
            <div class="facet-head">
                <h2 id="facet-dates">"Published"</h2>
                <Show when=move || nav.view.with(|v| v.from.is_some() || v.to.is_some())>
                    <button class="link" on:click=move |_| nav.go(|v| { v.from = None; v.to = None; })>
                        "Any date"
                    </button>
                </Show>
            </div>
            <Show when=move || bars.with(|b| !b.is_empty())>
                <div class="histogram" data-testid="histogram" role="group" aria-label="Articles over time">
                    <For each=move || bars.get() key=|b| (b.start, b.count, b.in_range) let:bar>
                        <button
                            data-testid="histogram-bar"
                            data-start=bar.start.to_string()
                            data-end=bar.end.to_string()
                            class:out=!bar.in_range
                            class:zero=bar.count == 0
                            title=format!("{}: {}", bar.label, crate::text::plural(bar.count as usize, "article", "articles"))
                            aria-label=format!("{}: {} articles; show only this period", bar.label, bar.count)
                            on:click=move |_| nav.go(|v| { v.from = Some(bar.start); v.to = Some(bar.end); })
                        >
                            <span class="fill" style:height=move || format!("{}%", (bar.count * 100 / max.get()).max(if bar.count > 0 { 4 } else { 0 }))></span>
                        </button>
                    </For>
                </div>
                <div class="axis" aria-hidden="true">
                    <span>{first_label}</span>
                    <span>{last_label}</span>
                </div>
            </Show>
            <div class="date-inputs">
                <label>
                    "From"
                    <input
                        type="date"
                        data-testid="date-from"
                        prop:value=move || nav.view.with(|v| v.from.map(|d| d.to_string()).unwrap_or_default())
                        on:change=move |ev| set_date(true, event_target_value(&ev))
                    />
                </label>
                <label>
                    "To"
                    <input
                        type="date"
                        data-testid="date-to"
                        prop:value=move || nav.view.with(|v| v.to.map(|d| d.to_string()).unwrap_or_default())
                        on:change=move |ev| set_date(false, event_target_value(&ev))
                    />
                </label>
            </div>
            <Show when=move || { undated.get() > 0 }>
                <p class="empty">{move || format!("{} without a known date", crate::text::plural(undated.get() as usize, "article", "articles"))}</p>
            </Show>
        </section>
    }
}
