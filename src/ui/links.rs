//! In-app links. Plain `<a>` elements: `router`'s click handler turns them
//! into navigation without a reload, and they still work as links (middle
//! click, long press, no wasm yet).

use leptos::prelude::*;

use super::router::use_location;

use crate::sections::{app_href, section_at, Section};

/// The router base ("" at the root), provided once by the app.
#[derive(Clone)]
pub struct RouterBase(pub String);

pub fn href(section: Section) -> String {
    app_href(&expect_context::<RouterBase>().0, section)
}

/// A link to any path under the app (for pages inside a section).
pub fn href_to(path: &str) -> String {
    format!("{}{path}", expect_context::<RouterBase>().0)
}

/// The current path with the app's base taken off ("/record/child/3").
pub fn use_app_path() -> Memo<String> {
    let base = expect_context::<RouterBase>().0;
    let pathname = use_location().pathname;
    Memo::new(move |_| {
        let path = pathname.get();
        path.strip_prefix(base.as_str()).unwrap_or(&path).to_owned()
    })
}

/// The section the browser is showing now.
pub fn use_current_section() -> Memo<Option<Section>> {
    let base = expect_context::<RouterBase>().0;
    let pathname = use_location().pathname;
    Memo::new(move |_| section_at(&base, &pathname.get()))
}

/// A parameter of the address being shown.
pub fn query_param(name: &str) -> Option<String> {
    let search = use_location().search.get_untracked();
    web_sys::UrlSearchParams::new_with_str(&search).ok()?.get(name)
}
