//! The address bar, the history and in-app link clicks. Which page a path
//! shows is decided by the pure `Section` table (tested natively); this is
//! only the browser's side, which leptos_router did with its own URL
//! parsing and navigation queue at 9.5 KiB of every first visit.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::browser;

/// The address being shown, as signals pages can follow.
#[derive(Clone, Copy)]
pub struct Location {
    /// The full path, with the app's base ("/city/app/record").
    pub pathname: RwSignal<String>,
    /// `?city=…`, or empty.
    pub search: RwSignal<String>,
}

pub fn use_location() -> Location {
    expect_context::<Location>()
}

/// Starts following the address: back and forward, and clicks on links to
/// pages of the app, which then change the page without a reload. `base` is
/// the path the app is served under ("" at the root).
pub fn provide_location(base: String) {
    let location = Location { pathname: RwSignal::new(String::new()), search: RwSignal::new(String::new()) };
    read_address(location);
    provide_context(location);
    // For the page's lifetime, like the app (dropping a handle keeps its listener).
    _ = window_event_listener(leptos::ev::popstate, move |_| read_address(location));
    _ = window_event_listener(leptos::ev::click, move |ev| on_click(&ev, &base, location));
}

/// What shows the page at a path under the app's base ("/record/child/3").
/// Taken while a component is set up, where the contexts are, for its event
/// handlers to call.
pub fn use_navigate() -> impl Fn(&str) + Clone + 'static {
    let base = expect_context::<super::links::RouterBase>().0;
    let location = use_location();
    move |path| go(&format!("{base}{path}"), location)
}

fn read_address(location: Location) {
    let address = browser::window().location();
    // The search first: a page set up by the new path reads it then.
    location.search.set(address.search().unwrap_or_default());
    location.pathname.set(address.pathname().unwrap_or_default());
}

fn go(url: &str, location: Location) {
    let window = browser::window();
    if window.history().and_then(|h| h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url))).is_err() {
        // No history (a sandboxed frame): an ordinary page load still works.
        let _ = window.location().set_href(url);
        return;
    }
    read_address(location);
    window.scroll_to_with_x_and_y(0.0, 0.0);
}

/// A plain click on a link to a page of the app is handled here; anything
/// else (a new tab, a download, another site, a link to a place on the same
/// page such as "skip to content") is left to the browser.
fn on_click(ev: &web_sys::MouseEvent, base: &str, location: Location) {
    if ev.default_prevented() || ev.button() != 0 || ev.meta_key() || ev.alt_key() || ev.ctrl_key() || ev.shift_key() {
        return;
    }
    let Some(link) = ev
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .and_then(|element| element.closest("a[href]").ok().flatten())
        .and_then(|element| element.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return;
    };
    let external = link.get_attribute("rel").is_some_and(|rel| rel.split_ascii_whitespace().any(|r| r == "external"));
    if !link.target().is_empty() || link.has_attribute("download") || external {
        return;
    }
    let here = browser::window().location();
    let path = link.pathname();
    let in_app = path == base || path.starts_with(&format!("{base}/"));
    if link.origin() != here.origin().unwrap_or_default() || !in_app {
        return;
    }
    let search = link.search();
    let same_page = path == location.pathname.get_untracked() && search == location.search.get_untracked();
    if same_page && !link.hash().is_empty() {
        return;
    }
    ev.prevent_default();
    go(&format!("{path}{search}{}", link.hash()), location);
}
