//! Benchmark-only hook, compiled with the cargo feature `bench` and never in the
//! published page: `window.__newsprismBench(queryString)` runs one search on the
//! embedded index and returns `[milliseconds, total results]`, so the browser
//! benchmark times the query engine inside the page without the UI's rendering.

use newsprism_query::{Index, ViewState};
use wasm_bindgen::prelude::*;

pub fn install(index: &'static Index) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(performance) = window.performance() else {
        return;
    };
    let search = Closure::<dyn Fn(String) -> js_sys::Array>::new(move |query: String| {
        let (view, _) = ViewState::from_query_string(&query);
        let start = performance.now();
        let results = index.search(&view);
        let elapsed = performance.now() - start;
        js_sys::Array::of2(&elapsed.into(), &(results.total as f64).into())
    });
    let _ = js_sys::Reflect::set(&window, &"__newsprismBench".into(), search.as_ref());
    // The hook lives as long as the page.
    search.forget();
}
