//! Small, failure-aware wrappers around the browser APIs the shell needs.

use wasm_bindgen::{JsCast, JsValue};

pub fn window() -> web_sys::Window {
    web_sys::window().expect("a browser window")
}

pub fn document() -> web_sys::Document {
    window().document().expect("a document")
}

/// Content of `<meta name="...">` written into index.html at build time.
pub fn meta(name: &str) -> Option<String> {
    document()
        .query_selector(&format!("meta[name=\"{name}\"]"))
        .ok()
        .flatten()
        .and_then(|el| el.get_attribute("content"))
}

/// The path the app is hosted under, as the build stamped it ("/" at the root).
pub fn public_url() -> String {
    meta("app-base").unwrap_or_else(|| "/".to_owned())
}

/// Local storage, or `None` where the browser blocks it (some private modes,
/// storage disabled): callers keep working from memory and say so.
fn local_storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

pub fn read_setting(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

/// Returns false when the setting could not be stored (quota, blocked storage).
pub fn write_setting(key: &str, value: &str) -> bool {
    local_storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

/// Shows the start-up error panel of index.html (see public/boot.js).
pub fn show_fatal_panel(detail: &str) {
    let window = window();
    let Ok(fail) = js_sys::Reflect::get(&window, &JsValue::from_str("sukusukuFail")) else {
        return;
    };
    if let Some(fail) = fail.dyn_ref::<js_sys::Function>() {
        let _ = fail.call2(&JsValue::NULL, &JsValue::from_str(detail), &JsValue::TRUE);
    }
}
