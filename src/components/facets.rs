//! A facet panel: the values of one facet in the current results, with counts;
//! clicking a value narrows the results, and entity facets can combine their
//! selected values as any-of or all-of.

use crate::nav::{context, Data, Nav};
use crate::text::plural;
use leptos::prelude::*;
use newsprism_query::{Facet, FacetValue, Index, Results, ViewState};

/// Values shown before "Show all".
const FOLDED: usize = 8;

/// One facet value as displayed: its URL id, its name and its count.
#[derive(Clone, PartialEq)]
struct Row {
    id: String,
    name: String,
    count: u32,
    adds: u32,
    selected: bool,
}

#[component]
pub fn FacetPanel(facet: Facet, results: Memo<Results>) -> impl IntoView {
    let nav = context::<Nav>();
    let Data(index) = context();
    let unfolded = RwSignal::new(false);
    let rows = Memo::new(move |_| {
        results.with(|r| {
            values(r, facet)
                .iter()
                .map(|v| {
                    let (id, name) = label(index, facet, v.id);
                    Row {
                        id,
                        name,
                        count: v.count,
                        adds: v.adds,
                        selected: v.selected,
                    }
                })
                .collect::<Vec<_>>()
        })
    });
    let max_count =
        Memo::new(move |_| rows.with(|rows| rows.iter().map(|r| r.count).max().unwrap_or(0)));
    let shown = move || {
        let rows = rows.get();
        if unfolded.get() {
            rows
        } else {
            // Selected values stay visible even when folded away.
            let mut shown: Vec<Row> = rows.iter().take(FOLDED).cloned().collect();
            shown.extend(rows.iter().skip(FOLDED).filter(|r| r.selected).cloned());
            shown
        }
    };
    let hidden = move || rows.with(|rows| rows.len().saturating_sub(FOLDED));
    let all_of = Memo::new(move |_| nav.view.with(|v| v.is_all_of(facet)));
    let mode_button = move |all: bool| {
        view! {
            <button
                data-testid="facet-mode"
                data-mode=if all { "all" } else { "any" }
                aria-pressed=move || (all_of.get() == all).to_string()
                title=if all { "Articles mentioning every selected value" } else { "Articles mentioning any selected value" }
                on:click=move |_| nav.go(|v| v.set_all_of(facet, all))
            >
                {if all { "all" } else { "any" }}
            </button>
        }
    };
    let heading_id = format!("facet-{}", facet.as_str());
    let labelled_by = heading_id.clone();

    view! {
        <section class="facet" data-facet=facet.as_str() aria-labelledby=labelled_by>
            <div class="facet-head">
                <h2 id=heading_id>{facet_title(facet)}</h2>
                {(facet != Facet::Source).then(|| view! {
                    <div class="mode" role="group" aria-label="Combine selected values">
                        {mode_button(false)}
                        {mode_button(true)}
                    </div>
                })}
            </div>
            <Show
                when=move || rows.with(|r| !r.is_empty())
                fallback=|| view! { <p class="empty">"None in these results."</p> }
            >
                <ul class="values">
                    {move || shown().into_iter().map(|row| view! {
                        <li>
                            <button
                                data-testid="facet-value"
                                data-value=row.id.clone()
                                aria-pressed=row.selected.to_string()
                                class:selected=row.selected
                                class:absent=row.count == 0 && !row.selected
                                title=adds_title(row.count, row.adds)
                                class=format!("value kind-{}", facet.as_str())
                                on:click={
                                    let id = row.id.clone();
                                    move |_| nav.go(|v| toggle(v, facet, &id))
                                }
                            >
                                <span class="name">{row.name.clone()}</span>
                                <span class="count">
                                    {(row.count > 0 || row.selected).then_some(row.count)}
                                    {(row.adds > 0).then(|| view! { <span class="adds">{format!("+{}", row.adds)}</span> })}
                                </span>
                                <span
                                    class="bar"
                                    aria-hidden="true"
                                    style:width=move || format!("{}%", row.count * 100 / max_count.get().max(1))
                                ></span>
                            </button>
                        </li>
                    }).collect_view()}
                </ul>
                <Show when=move || { hidden() > 0 }>
                    <button class="link more" on:click=move |_| unfolded.update(|u| *u = !*u)>
                        {move || if unfolded.get() { "Show fewer".to_string() } else { format!("Show all ({} more)", hidden()) }}
                    </button>
                </Show>
            </Show>
        </section>
    }
}

/// What a value's numbers mean, for the pointer's tooltip.
fn adds_title(count: u32, adds: u32) -> String {
    let here = plural(count as usize, "article", "articles");
    match adds {
        0 => format!("{here} in these results"),
        n => format!(
            "{here} in these results; selecting it adds {}",
            plural(n as usize, "article", "articles")
        ),
    }
}

fn values(results: &Results, facet: Facet) -> &[FacetValue] {
    results.facets.get(facet)
}

/// The URL id and display name of a facet value.
pub fn label(index: &Index, facet: Facet, value: u32) -> (String, String) {
    let corpus = index.corpus();
    match facet {
        Facet::Source => {
            let s = &corpus.sources[value as usize];
            (s.id.clone(), s.name.clone())
        }
        _ => {
            let e = &corpus.entities[value as usize];
            (e.id.clone(), e.name.clone())
        }
    }
}

pub fn toggle(view: &mut ViewState, facet: Facet, id: &str) {
    match facet {
        Facet::Source => view.toggle_source(id),
        Facet::Speaker => view.toggle_speaker(id),
        _ => view.toggle_entity(id),
    }
}

fn facet_title(facet: Facet) -> &'static str {
    match facet {
        Facet::Source => "Source",
        Facet::Person => "People",
        Facet::Organisation => "Organisations",
        Facet::Place => "Places",
        Facet::Speaker => "Speakers",
    }
}
