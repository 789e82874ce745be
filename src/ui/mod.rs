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
use municipality_state::CityStart;
use wasm_bindgen::JsCast;

/// Mounts the app into `#app` and removes the static loading shell.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        // The app cannot go on after a panic (release builds abort): show the
        // readable panel from index.html rather than a frozen screen. The
        // panel also writes the message, with its place, to the console.
        browser::show_fatal_panel(&info.to_string());
    }));

    // The first render is split over tasks, so none holds a slow phone's
    // main thread for long (a tap waits for the task in progress; Lighthouse
    // counts it as Total Blocking Time): the app's state in three tasks, the
    // views in the next ones (`mount`). The loader (Trunk.toml) has already
    // let the static shell paint before fetching the wasm.
    //
    // Mounting would start the async executor, but the state task (the
    // municipality's fetch) needs it first.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    // Nothing can be said before the words are there: the language's pack
    // first (public/boot.js has already asked for it, alongside the wasm).
    // A first visit's municipality file is fetched alongside.
    wasm_bindgen_futures::spawn_local(async {
        let city = CityStart::read();
        let (words, city_file) = futures::future::join(
            locale::load_for_start(i18n::initial_lang()),
            city.fetch_if_needed(),
        )
        .await;
        let words = match words {
            Ok(words) => words,
            Err(failure) => return browser::show_fatal_panel(failure.detail()),
        };
        let owner = Owner::new();
        let steps: Vec<Box<dyn FnOnce()>> = vec![
            Box::new(move || app::provide_words_and_record(words)),
            Box::new(move || app::provide_municipality(city, city_file)),
            Box::new(app::provide_surroundings),
            Box::new(mount),
        ];
        one_task_each(owner, steps.into_iter());
    });
}

/// Runs each step under `owner`, in a task of its own, in order.
fn one_task_each(owner: Owner, mut steps: std::vec::IntoIter<Box<dyn FnOnce()>>) {
    let Some(step) = steps.next() else {
        // The state lives as long as the page: dropping the owner would dispose it.
        std::mem::forget(owner);
        return;
    };
    set_timeout(
        move || {
            owner.with(step);
            one_task_each(owner, steps);
        },
        Duration::ZERO,
    );
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
    // Built out of sight while the loading shell stays on screen: the parts
    // in `Later` arrive in tasks of their own, and the finished app replaces
    // the shell in one step, with one layout and nothing shifting.
    target.set_hidden(true);
    // Mounted under the owner holding the state, which lives as long as the page.
    leptos::mount::mount_to(target.clone(), app::App).forget();
    // Queued after the `Later` parts' own tasks, so it runs once they are in.
    set_timeout(
        move || {
            target.set_hidden(false);
            if let Some(boot) = document.get_element_by_id("boot") {
                boot.remove();
            }
        },
        Duration::ZERO,
    );
}
