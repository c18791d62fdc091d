//! The filters in force, as removable chips, and a way to clear them all.

use crate::nav::{context, Data, Nav};
use crate::text::human_date;
use leptos::prelude::*;
use newsprism_model::{Date, EntityKind};

/// One active filter: what it shows and how to remove it.
#[derive(Clone, PartialEq)]
struct Chip {
    key: String,
    kind: &'static str,
    label: String,
}

#[component]
pub fn ActiveFilters() -> impl IntoView {
    let nav = context::<Nav>();
    let Data(index) = context();
    let chips = Memo::new(move |_| {
        nav.view.with(|v| {
            let corpus = index.corpus();
            let mut chips = Vec::new();
            if !v.q.trim().is_empty() {
                chips.push(Chip {
                    key: "q".into(),
                    kind: "text",
                    label: format!("“{}”", v.q.trim()),
                });
            }
            for id in &v.sources {
                let name = index
                    .source_by_id(id)
                    .map(|s| corpus.sources[s as usize].name.clone());
                chips.push(Chip {
                    key: format!("source:{id}"),
                    kind: "source",
                    label: name.unwrap_or_else(|| id.clone()),
                });
            }
            for id in &v.entities {
                let entity = index.entity_by_id(id).map(|e| &corpus.entities[e as usize]);
                chips.push(Chip {
                    key: format!("entity:{id}"),
                    kind: entity.map_or("person", |e| kind_key(e.kind)),
                    label: entity.map_or_else(|| id.clone(), |e| e.name.clone()),
                });
            }
            for id in &v.speakers {
                let name = index
                    .entity_by_id(id)
                    .map(|e| corpus.entities[e as usize].name.clone());
                chips.push(Chip {
                    key: format!("speaker:{id}"),
                    kind: "speaker",
                    label: format!("quoting {}", name.unwrap_or_else(|| id.clone())),
                });
            }
            if let Some(label) = range_label(v.from, v.to) {
                chips.push(Chip {
                    key: "dates".into(),
                    kind: "date",
                    label: format!("published {label}"),
                });
            }
            if let Some(label) = range_label(v.mentioned_from, v.mentioned_to) {
                chips.push(Chip {
                    key: "mentioned".into(),
                    kind: "date",
                    label: format!("mentions {label}"),
                });
            }
            chips
        })
    });
    let remove = move |key: &str| {
        let key = key.to_string();
        nav.go(move |v| match key.split_once(':') {
            Some(("source", id)) => v.sources.retain(|s| s != id),
            Some(("entity", id)) => v.entities.retain(|e| e != id),
            Some(("speaker", id)) => v.speakers.retain(|s| s != id),
            _ if key == "q" => v.q.clear(),
            _ if key == "mentioned" => (v.mentioned_from, v.mentioned_to) = (None, None),
            _ => (v.from, v.to) = (None, None),
        });
    };
    view! {
        <Show when=move || chips.with(|c| !c.is_empty())>
            <div class="active" aria-label="Active filters">
                <ul class="chips">
                    {move || chips.get().into_iter().map(|chip| view! {
                        <li data-testid="chip" class=format!("chip kind-{}", chip.kind)>
                            <span>{chip.label.clone()}</span>
                            <button
                                data-testid="chip-remove"
                                aria-label=format!("Remove {}", chip.label)
                                on:click={
                                    let key = chip.key.clone();
                                    move |_| remove(&key)
                                }
                            >
                                "×"
                            </button>
                        </li>
                    }).collect_view()}
                </ul>
                <button data-testid="clear-all" class="link" on:click=move |_| nav.go(|v| v.clear_filters())>
                    "Clear all"
                </button>
            </div>
        </Show>
    }
}

/// "10 Jan 2022 – 19 Nov 2022", "from 10 Jan 2022", "until …"; `None` when open.
fn range_label(from: Option<Date>, to: Option<Date>) -> Option<String> {
    match (from, to) {
        (Some(f), Some(t)) => Some(format!("{} – {}", human_date(f), human_date(t))),
        (Some(f), None) => Some(format!("from {}", human_date(f))),
        (None, Some(t)) => Some(format!("until {}", human_date(t))),
        (None, None) => None,
    }
}

pub fn kind_key(kind: EntityKind) -> &'static str {
    kind.as_str()
}
