//! The browser layer: mounting, the app shell and the pages. Thin by design:
//! rules live in the pure modules and are only called from here.

mod app;
mod backup;
mod browser;
mod components;
mod i18n;
mod links;
mod municipality_state;
mod pages;
mod record_state;

use wasm_bindgen::JsCast;

/// Mounts the app into `#app` and removes the static loading shell.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        // The app cannot go on after a panic (release builds abort): show the
        // readable panel from index.html rather than a frozen screen.
        browser::show_fatal_panel(&info.to_string());
    }));

    let document = browser::document();
    let Some(target) = document
        .get_element_by_id("app")
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        browser::show_fatal_panel("#app element missing from index.html");
        return;
    };
    leptos::mount::mount_to(target, app::App).forget();
    if let Some(boot) = document.get_element_by_id("boot") {
        boot.remove();
    }
}
