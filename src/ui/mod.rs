//! The browser layer: mounting, the app shell and the pages. Thin by design:
//! rules live in the pure modules and are only called from here.

mod app;
mod backup;
pub(crate) mod browser;
mod components;
mod i18n;
mod links;
pub(crate) mod locale;
mod municipality_state;
mod pages;
mod record_state;
mod router;

use std::time::Duration;

use leptos::prelude::{set_timeout, Owner};
use wasm_bindgen::JsCast;

/// Mounts the app into `#app` and removes the static loading shell.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        // The app cannot go on after a panic (release builds abort): show the
        // readable panel from index.html rather than a frozen screen.
        browser::show_fatal_panel(&info.to_string());
    }));

    // The first render is split over tasks, so none holds a slow phone's
    // main thread for long (a tap waits for the task in progress; Lighthouse
    // counts it as Total Blocking Time): the app's state in one task, the
    // views in the next. The loader (Trunk.toml) has already let the static
    // shell paint before fetching the wasm.
    //
    // Mounting would start the async executor, but the state task (the
    // municipality's fetch) needs it first.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    // Nothing can be said before the words are there: the language's pack
    // first (public/boot.js has already asked for it, alongside the wasm).
    wasm_bindgen_futures::spawn_local(async {
        let words = match locale::load_for_start(i18n::initial_lang()).await {
            Ok(words) => words,
            Err(failure) => return browser::show_fatal_panel(failure.detail()),
        };
        set_timeout(
            move || {
                let owner = Owner::new();
                owner.with(|| app::provide_app_state(words));
                set_timeout(
                    move || {
                        owner.with(mount);
                        // The state lives as long as the page: dropping the owner would dispose it.
                        std::mem::forget(owner);
                    },
                    Duration::ZERO,
                );
            },
            Duration::ZERO,
        );
    });
}

fn mount() {
    let document = browser::document();
    let Some(target) = document
        .get_element_by_id("app")
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        browser::show_fatal_panel("#app element missing from index.html");
        return;
    };
    // Mounted under the owner holding the state, which lives as long as the page.
    leptos::mount::mount_to(target, app::App).forget();
    if let Some(boot) = document.get_element_by_id("boot") {
        boot.remove();
    }
}
