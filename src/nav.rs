//! The view state and the address bar kept in step: every change the reader
//! makes becomes a history entry, and back/forward or a pasted link restore it.

use leptos::prelude::*;
use newsprism_query::{Index, ViewState};
use wasm_bindgen::JsValue;

/// The context value of type `T`, which `App` provides to every component.
///
/// Used instead of leptos's `expect_context`: its panic message formats the
/// caller's location and the type name with `Debug`, which alone brings Rust's
/// string escaping and Unicode printability tables into the WebAssembly.
pub fn context<T: Clone + 'static>() -> T {
    use_context().expect("a component outside App, which provides its contexts")
}

/// The query index, shared by every component.
#[derive(Clone, Copy)]
pub struct Data(pub &'static Index);

/// Navigation: the current view and the notices about what a link held that
/// could not be used.
#[derive(Clone, Copy)]
pub struct Nav {
    pub view: RwSignal<ViewState>,
    pub url_notices: RwSignal<Vec<String>>,
    /// True while successive keystrokes refine one search, so they share one
    /// history entry instead of one per letter.
    typing: StoredValue<bool>,
}

impl Nav {
    /// Reads the view from the address bar and rewrites the address in its
    /// canonical form, so a copied link carries no ignored parameters.
    pub fn from_location(index: &Index) -> Nav {
        let (view, notices) = read_location(index);
        write_url(&view, true);
        Nav {
            view: RwSignal::new(view),
            url_notices: RwSignal::new(notices),
            typing: StoredValue::new(false),
        }
    }

    /// Applies a change as a new history entry.
    pub fn go(self, change: impl FnOnce(&mut ViewState)) {
        self.typing.set_value(false);
        self.commit(change, false);
    }

    /// Sets the search text; the first keystroke of a search pushes a history
    /// entry, the following ones replace it.
    pub fn type_query(self, q: String) {
        let replace = self.typing.get_value();
        self.typing.set_value(true);
        self.commit(|v| v.q = q, replace);
    }

    /// The link for the current view changed by `change`, for real `<a href>`s
    /// that also open in a new tab.
    pub fn href(self, change: impl FnOnce(&mut ViewState)) -> String {
        let mut next = self.view.get_untracked();
        change(&mut next);
        url_for(&next)
    }

    /// Back or forward: the address bar changed under us.
    pub fn restore_from_location(self, index: &Index) {
        let (view, notices) = read_location(index);
        self.typing.set_value(false);
        self.url_notices.set(notices);
        self.view.set(view);
    }

    fn commit(self, change: impl FnOnce(&mut ViewState), replace: bool) {
        let mut next = self.view.get_untracked();
        change(&mut next);
        if self.view.with_untracked(|current| *current == next) {
            return;
        }
        write_url(&next, replace);
        self.view.set(next);
    }
}

/// The view in the address bar, less the ids this corpus does not have, and a
/// notice for each thing left out.
fn read_location(index: &Index) -> (ViewState, Vec<String>) {
    let (mut view, mut notices) = ViewState::from_query_string(&location_search());
    let mut keep = |kind: &str, id: &String, known: bool| {
        if !known {
            notices.push(format!(
                "Ignored {kind} “{id}” from the link: it is not in this corpus."
            ));
        }
        known
    };
    view.entities
        .retain(|id| keep("entity", id, index.entity_by_id(id).is_some()));
    view.sources
        .retain(|id| keep("source", id, index.source_by_id(id).is_some()));
    if let Some(id) = view.article.take() {
        if keep("article", &id, index.article_by_id(&id).is_some()) {
            view.article = Some(id);
        }
    }
    (view, notices)
}

fn location_search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

fn url_for(view: &ViewState) -> String {
    let query = view.to_query_string();
    if query.is_empty() {
        // An empty query string needs the path, or the old one would stay.
        web_sys::window()
            .and_then(|w| w.location().pathname().ok())
            .unwrap_or_else(|| "./".into())
    } else {
        query
    }
}

fn write_url(view: &ViewState, replace: bool) {
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
        return;
    };
    let url = url_for(view);
    let _ = if replace {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    };
}
