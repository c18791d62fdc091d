//! Benchmark-only hook, compiled with the cargo feature `bench` and never in the
//! published page: `window.__newsprismBench(queryString)` runs one search on the
//! embedded index and returns `[milliseconds, total results]`, so the browser
//! benchmark times the query engine inside the page without the UI's rendering.
//! On a sharded page, `window.__newsprismBenchLoad(queryString)` first fetches
//! the text shards the query needs and resolves to how many it fetched, so the
//! timed runs measure the engine, not the network.

use newsprism_query::{Index, TextQuery, ViewState};
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
    let load = Closure::<dyn Fn(String) -> js_sys::Promise>::new(move |query: String| {
        let (view, _) = ViewState::from_query_string(&query);
        let missing = index.missing_text_shards(&TextQuery::parse(&view.q));
        wasm_bindgen_futures::future_to_promise(async move {
            for &i in &missing {
                let shard = index.text_shard(i).ok_or("no such shard")?;
                let url = format!("shards/{}.bin", shard.name);
                let bytes = crate::shards::fetch_bytes(&url).await?;
                index.load_text_shard(i, &bytes)?;
            }
            Ok((missing.len() as f64).into())
        })
    });
    let _ = js_sys::Reflect::set(&window, &"__newsprismBenchLoad".into(), load.as_ref());
    // The hooks live as long as the page.
    search.forget();
    load.forget();
}
