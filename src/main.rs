//! Starts the explorer: decodes the corpus prepared at build time, builds the
//! query index's lookup tables once, and mounts the Leptos app in place of the
//! loading notice.

mod app;
#[cfg(feature = "bench")]
mod bench;
mod components;
mod data;
mod nav;
mod shards;
mod text;

use newsprism_query::Index;
use wasm_bindgen::JsCast;

// Talc rather than Rust's default dlmalloc: less code in the page
// (see Cargo.toml). The page is single-threaded WebAssembly, as Talc requires.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    // Prints a panic's message in the console. Only builds that format panics
    // reach it (debug builds, a plain `trunk build`): the release page of
    // scripts/build.sh aborts at the panic itself (see scripts/env.sh).
    console_error_panic_hook::set_once();
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a browser document");
    let loading = document.get_element_by_id("loading");
    let index = match data::load()
        .map_err(|e| e.to_string())
        .and_then(Index::from_pack)
    {
        Ok(index) => index,
        Err(error) => {
            if let Some(loading) = loading {
                loading.set_text_content(Some(&format!(
                    "The corpus embedded in this page could not be read ({error}). Rebuild the page."
                )));
            }
            return;
        }
    };
    // The index lives as long as the page; leaking it gives every component a
    // `Copy` reference instead of a reference-counted handle.
    let index: &'static Index = Box::leak(Box::new(index));
    #[cfg(feature = "bench")]
    bench::install(index);
    let root: web_sys::HtmlElement = document
        .get_element_by_id("app")
        .and_then(|e| e.dyn_into().ok())
        .expect("index.html has <main id=\"app\">");
    leptos::mount::mount_to(root.clone(), move || app::App(app::AppProps { index })).forget();
    if let Some(loading) = loading {
        loading.remove();
    }
    let _ = root.set_attribute("data-ready", "true");
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("newsprism:first-results");
    }
}
