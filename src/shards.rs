//! Fetches the shards of a sharded page (see `newsprism_query::pack`) from the
//! page's own origin, once each, and tells the components when they arrive.
//!
//! Components say what they need (`want_text` for a search, `want_bodies` for
//! the articles on screen) from effects; what is already loaded or on its way is
//! not fetched again. A search re-runs when a text shard arrives (the `text`
//! signal); snippets, the reader and quotations re-render when a body shard does
//! (the `bodies` signal). With an embedded page nothing is ever fetched.

use leptos::prelude::*;
use leptos::task::spawn_local;
use newsprism_query::{Index, TextQuery};
use std::collections::HashSet;

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Kind {
    Text,
    Body,
}

#[derive(Clone, Copy)]
pub struct Shards {
    index: &'static Index,
    /// Bumped each time a text shard is loaded.
    pub text: RwSignal<u32>,
    /// Bumped each time a body shard is loaded.
    pub bodies: RwSignal<u32>,
    /// What could not be fetched, for the notices.
    pub errors: RwSignal<Vec<String>>,
    requested: StoredValue<HashSet<(Kind, u32)>>,
}

impl Shards {
    pub fn new(index: &'static Index) -> Shards {
        Shards {
            index,
            text: RwSignal::new(0),
            bodies: RwSignal::new(0),
            errors: RwSignal::new(Vec::new()),
            requested: StoredValue::new(HashSet::new()),
        }
    }

    /// Fetches the text shards a search needs.
    pub fn want_text(&self, q: &TextQuery) {
        for i in self.index.missing_text_shards(q) {
            self.fetch(Kind::Text, i);
        }
    }

    /// Fetches the body shards of these articles.
    pub fn want_bodies(&self, articles: impl IntoIterator<Item = u32>) {
        for i in self.index.missing_body_shards(articles) {
            self.fetch(Kind::Body, i);
        }
    }

    fn fetch(&self, kind: Kind, i: u32) {
        if !self
            .requested
            .try_update_value(|r| r.insert((kind, i)))
            .unwrap_or(false)
        {
            return;
        }
        let index = self.index;
        let shard = match kind {
            Kind::Text => index.text_shard(i),
            Kind::Body => index.body_shard(i),
        };
        let Some(shard) = shard else { return };
        let url = format!("shards/{}.bin", shard.name);
        let this = *self;
        spawn_local(async move {
            let loaded = match fetch_bytes(&url).await {
                Ok(bytes) => match kind {
                    Kind::Text => index.load_text_shard(i, &bytes),
                    Kind::Body => index.load_body_shard(i, &bytes),
                },
                Err(e) => Err(e),
            };
            match loaded {
                Ok(()) => match kind {
                    Kind::Text => this.text.update(|n| *n += 1),
                    Kind::Body => this.bodies.update(|n| *n += 1),
                },
                Err(e) => {
                    // Asking again (a new search, reopening the article) retries.
                    this.requested.update_value(|r| {
                        r.remove(&(kind, i));
                    });
                    let message = format!("Could not load part of the corpus: {e}");
                    this.errors.update(|list| {
                        if !list.contains(&message) {
                            list.push(message);
                        }
                    });
                }
            }
        });
    }
}

/// GETs a file of the page's own origin as bytes. Plain `fetch` through web-sys
/// rather than gloo-net: the page needs one GET of binary data, and gloo-net's
/// request builder added several kilobytes of gzip to the seed page (measured).
pub(crate) async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let fail = |e: wasm_bindgen::JsValue| {
        let why = e
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .unwrap_or_else(|| "network error".into());
        format!("{url}: {why}")
    };
    let window = web_sys::window().ok_or("no window")?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(fail)?
        .unchecked_into();
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(fail)?)
        .await
        .map_err(fail)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
