//! Date filters: when articles were published, and when the things they
//! mention happened. Each shows a histogram of the matching articles over time,
//! whose bars select their period, and exact from/to fields.

use crate::nav::{context, Nav};
use crate::text::plural;
use leptos::prelude::*;
use newsprism_model::Date;
use newsprism_query::{Histogram, Results, ViewState};

/// Which dates a filter works on.
#[derive(Clone, Copy, PartialEq)]
pub enum DateAxis {
    Published,
    Mentioned,
}

impl DateAxis {
    fn histogram(self, results: &Results) -> &Histogram {
        match self {
            DateAxis::Published => &results.histogram,
            DateAxis::Mentioned => &results.mentioned,
        }
    }

    fn range(self, view: &ViewState) -> (Option<Date>, Option<Date>) {
        match self {
            DateAxis::Published => (view.from, view.to),
            DateAxis::Mentioned => (view.mentioned_from, view.mentioned_to),
        }
    }

    fn set_range(self, view: &mut ViewState, from: Option<Date>, to: Option<Date>) {
        match self {
            DateAxis::Published => (view.from, view.to) = (from, to),
            DateAxis::Mentioned => (view.mentioned_from, view.mentioned_to) = (from, to),
        }
    }

    /// Prefix of the test ids: the publication filter keeps the original names.
    fn test_id(self, part: &str) -> String {
        match self {
            DateAxis::Published if part == "bar" => "histogram-bar".into(),
            DateAxis::Published if part == "histogram" => "histogram".into(),
            DateAxis::Published => format!("date-{part}"),
            DateAxis::Mentioned => format!("mentioned-{part}"),
        }
    }
}

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
pub fn DateFilter(axis: DateAxis, results: Memo<Results>) -> impl IntoView {
    let nav = context::<Nav>();
    let bars = Memo::new(move |_| {
        results.with(|r| {
            axis.histogram(r)
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
    let undated = Memo::new(move |_| results.with(|r| axis.histogram(r).undated));
    let max = Memo::new(move |_| {
        bars.with(|b| b.iter().map(|b| b.count).max().unwrap_or(0))
            .max(1)
    });
    let range = Memo::new(move |_| nav.view.with(|v| axis.range(v)));
    let first_label = move || bars.with(|b| b.first().map(|b| b.label.clone()).unwrap_or_default());
    let last_label = move || bars.with(|b| b.last().map(|b| b.label.clone()).unwrap_or_default());
    let set_date = move |is_from: bool, value: String| {
        let date = Date::parse(&value).ok();
        nav.go(|v| {
            let (from, to) = axis.range(v);
            if is_from {
                axis.set_range(v, date, to)
            } else {
                axis.set_range(v, from, date)
            }
        });
    };
    let date_input = move |is_from: bool| {
        let shown = move || {
            range
                .with(|&(f, t)| if is_from { f } else { t })
                .map(|d| d.to_string())
                .unwrap_or_default()
        };
        view! {
            <label>
                {if is_from { "From" } else { "To" }}
                <input
                    type="date"
                    data-testid=axis.test_id(if is_from { "from" } else { "to" })
                    prop:value=shown
                    on:change=move |ev| set_date(is_from, event_target_value(&ev))
                />
            </label>
        }
    };
    let (title, heading_id, help, undated_words) = match axis {
        DateAxis::Published => (
            "Published",
            "facet-published",
            "Articles by publication date",
            "without a known publication date",
        ),
        DateAxis::Mentioned => (
            "Dates mentioned",
            "facet-mentioned",
            "Articles by the dates their text mentions: when things happened",
            "mentioning no date",
        ),
    };
    view! {
        <section class="facet dates" data-facet=match axis { DateAxis::Published => "published", DateAxis::Mentioned => "mentioned" } aria-labelledby=heading_id>
            <div class="facet-head">
                <h2 id=heading_id title=help>{title}</h2>
                <Show when=move || range.with(|(f, t)| f.is_some() || t.is_some())>
                    <button class="link" on:click=move |_| nav.go(|v| axis.set_range(v, None, None))>
                        "Any date"
                    </button>
                </Show>
            </div>
            <Show
                when=move || bars.with(|b| !b.is_empty())
                fallback=|| view! { <p class="empty">"No dates in this corpus."</p> }
            >
                <div class="histogram" data-testid=axis.test_id("histogram") role="group" aria-label=help>
                    {move || bars.get().into_iter().map(|bar| view! {
                        <button
                            data-testid=axis.test_id("bar")
                            data-start=bar.start.to_string()
                            data-end=bar.end.to_string()
                            class:out=!bar.in_range
                            class:zero=bar.count == 0
                            title=format!("{}: {}", bar.label, plural(bar.count as usize, "article", "articles"))
                            aria-label=format!("{}: {} articles; show only this period", bar.label, bar.count)
                            on:click=move |_| nav.go(|v| axis.set_range(v, Some(bar.start), Some(bar.end)))
                        >
                            <span
                                class="fill"
                                style:height=move || {
                                    format!("{}%", (bar.count * 100 / max.get()).max(if bar.count > 0 { 4 } else { 0 }))
                                }
                            ></span>
                        </button>
                    }).collect_view()}
                </div>
                <div class="axis" aria-hidden="true">
                    <span>{first_label}</span>
                    <span>{last_label}</span>
                </div>
            </Show>
            <div class="date-inputs">{date_input(true)} {date_input(false)}</div>
            <Show when=move || { undated.get() > 0 }>
                <p class="empty">
                    {move || format!("{} {undated_words}", plural(undated.get() as usize, "article", "articles"))}
                </p>
            </Show>
        </section>
    }
}
