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

#[derive(Clone, Copy)]
pub struct Shards {
    index: &'static Index,
    /// Bumped each time a text shard is loaded.
    pub text: RwSignal<u32>,
    /// Bumped each time a body shard is loaded.
    pub bodies: RwSignal<u32>,
    /// What could not be fetched, for the notices.
    pub errors: RwSignal<Vec<String>>,
    /// Whether each shard is loaded or on its way, text shard `i` at `2 × i` and
    /// body shard `i` at `2 × i + 1`. A plain list rather than a `HashSet`: the
    /// set was the page's only user of std's randomly seeded hasher (measured).
    requested: StoredValue<Vec<bool>>,
}

impl Shards {
    pub fn new(index: &'static Index) -> Shards {
        Shards {
            index,
            text: RwSignal::new(0),
            bodies: RwSignal::new(0),
            errors: RwSignal::new(Vec::new()),
            requested: StoredValue::new(Vec::new()),
        }
    }

    /// Fetches the text shards a search needs.
    pub fn want_text(&self, q: &TextQuery) {
        for i in self.index.missing_text_shards(q) {
            self.fetch(false, i);
        }
    }

    /// Fetches the body shards of these articles.
    pub fn want_bodies(&self, articles: &[u32]) {
        for i in self.index.missing_body_shards(articles.iter().copied()) {
            self.fetch(true, i);
        }
    }

    /// Fetches text shard `i`, or body shard `i` when `body`, unless it is
    /// loaded or on its way. One path for both kinds.
    fn fetch(&self, body: bool, i: u32) {
        let key = 2 * i as usize + body as usize;
        let fresh = self.requested.try_update_value(|r| {
            if r.len() <= key {
                r.resize(key + 1, false);
            }
            !std::mem::replace(&mut r[key], true)
        });
        if fresh != Some(true) {
            return;
        }
        let index = self.index;
        let shard = if body {
            index.body_shard(i)
        } else {
            index.text_shard(i)
        };
        let Some(shard) = shard else { return };
        let url = format!("shards/{}.bin", shard.name);
        let this = *self;
        spawn_local(async move {
            let loaded = match fetch_bytes(&url).await {
                Ok(bytes) if body => index.load_body_shard(i, &bytes),
                Ok(bytes) => index.load_text_shard(i, &bytes),
                Err(e) => Err(e),
            };
            this.loaded(key, loaded);
        });
    }

    /// Tells the components that shard `key` (see `requested`) arrived, or
    /// notes why it did not.
    fn loaded(&self, key: usize, loaded: Result<(), String>) {
        match loaded {
            Ok(()) if key % 2 == 1 => self.bodies.update(|n| *n += 1),
            Ok(()) => self.text.update(|n| *n += 1),
            Err(e) => {
                // Asking again (a new search, reopening the article) retries.
                self.requested.update_value(|r| r[key] = false);
                let message = format!("Could not load part of the corpus: {e}");
                self.errors.update(|list| {
                    if !list.contains(&message) {
                        list.push(message);
                    }
                });
            }
        }
    }
}

/// GETs a file of the page's own origin as bytes. Plain `fetch` through web-sys
/// rather than gloo-net: the page needs one GET of binary data, and gloo-net's
/// request builder added 2.1 kB of gzip to the seed page (measured).
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
