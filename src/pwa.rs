//! Service-worker registration and the update flow.
//!
//! Release builds only: `trunk serve` answers unknown files with index.html,
//! which a worker would cache. A new version installs in the background and
//! waits; the user sees "update available" and it takes over only when they
//! accept, so nothing changes under someone in the middle of typing.

use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

#[derive(Clone, Copy)]
pub struct PwaStatus {
    /// A new version is installed and waiting for the user's go-ahead.
    pub update_waiting: RwSignal<bool>,
    /// The first install just finished: tell the user the app now works offline.
    pub offline_ready_notice: RwSignal<bool>,
    /// A worker controls this page or has just been activated for it.
    pub works_offline: RwSignal<bool>,
}

thread_local! {
    static WAITING: RefCell<Option<ServiceWorker>> = const { RefCell::new(None) };
    static RELOAD_ON_CONTROLLER_CHANGE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

impl PwaStatus {
    /// Activates the waiting version; the page reloads once it has taken over.
    /// When another tab accepted first, the new version is active already
    /// (no takeover comes to wait for): the page reloads at once.
    pub fn accept_update(&self) {
        WAITING.with(|waiting| {
            if let Some(worker) = waiting.borrow().as_ref() {
                if worker.state() == ServiceWorkerState::Activated {
                    crate::ui::browser::reload();
                    return;
                }
                RELOAD_ON_CONTROLLER_CHANGE.with(|flag| flag.set(true));
                let _ = worker.post_message(&JsValue::from_str("skip-waiting"));
            }
        });
    }
}

pub fn register(public_url: &str) -> PwaStatus {
    let status = PwaStatus {
        update_waiting: RwSignal::new(false),
        offline_ready_notice: RwSignal::new(false),
        works_offline: RwSignal::new(false),
    };
    if cfg!(debug_assertions) {
        return status;
    }
    let Some(container) = container() else {
        return status;
    };
    let had_controller = container.controller().is_some();
    status.works_offline.set(had_controller);

    // Only the tab where the user accepted reloads; other tabs keep what is on screen.
    let on_controller_change = Closure::<dyn Fn()>::new(|| {
        if RELOAD_ON_CONTROLLER_CHANGE.with(|flag| flag.get()) {
            crate::ui::browser::reload();
        }
    });
    container.set_oncontrollerchange(Some(on_controller_change.as_ref().unchecked_ref()));
    on_controller_change.forget();

    let scope = if public_url.ends_with('/') {
        public_url.to_owned()
    } else {
        format!("{public_url}/")
    };
    // A worker's install reads and stores every file of the app, and even a
    // check for a new version fetches sw.js; on a two-core phone that work
    // competes with the start for the processor. It waits until the first
    // screen is up: with the worker registered at once, Lighthouse's blocking
    // time on the check page measured a median of 379 ms against 231 ms
    // without a worker (7 runs each, interleaved; see README's Speed).
    set_timeout(
        move || register_worker(&container, &scope, status, had_controller),
        REGISTER_AFTER_START,
    );
    status
}

/// Long enough for the start's tasks (pack, state, views, the municipality's
/// file) to finish on a slow phone; short beside how long anyone stays.
const REGISTER_AFTER_START: std::time::Duration = std::time::Duration::from_secs(2);

fn register_worker(
    container: &ServiceWorkerContainer,
    scope: &str,
    status: PwaStatus,
    had_controller: bool,
) {
    let options = web_sys::RegistrationOptions::new();
    options.set_scope(scope);
    let promise = container.register_with_options(&format!("{scope}sw.js"), &options);

    wasm_bindgen_futures::spawn_local(async move {
        let Ok(registration) = wasm_bindgen_futures::JsFuture::from(promise).await else {
            return;
        };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        if let Some(waiting) = registration.waiting() {
            if had_controller {
                offer_update(status, waiting);
            }
        }
        if let Some(installing) = registration.installing() {
            follow(status, installing, had_controller);
        }
        let watched = registration.clone();
        let on_update_found = Closure::<dyn Fn()>::new(move || {
            if let Some(installing) = watched.installing() {
                follow(status, installing, had_controller);
            }
        });
        registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
        on_update_found.forget();
    });
}

fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    let supported =
        js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    supported.then(|| navigator.service_worker())
}

/// Watches an installing worker: a first install ends in "activated"
/// (offline ready); an update stops at "installed" and waits for the user.
fn follow(status: PwaStatus, worker: ServiceWorker, had_controller: bool) {
    let watched = worker.clone();
    let on_state_change = Closure::<dyn Fn()>::new(move || match watched.state() {
        // Controlled now, not only at load: a first visit's page is claimed
        // by its worker (sw.js), and a later version must still be offered.
        ServiceWorkerState::Installed if container().and_then(|c| c.controller()).is_some() => {
            offer_update(status, watched.clone())
        }
        ServiceWorkerState::Activated if !had_controller => {
            // Offline-ready only once the language packs are kept too: they
            // were fetched before this worker existed. Offline meanwhile:
            // again when the connection is back.
            wasm_bindgen_futures::spawn_local(async move {
                while !crate::ui::locale::keep_installed().await {
                    crate::ui::browser::online_again().await;
                }
                status.works_offline.set(true);
                status.offline_ready_notice.set(true);
            });
        }
        _ => {}
    });
    worker.set_onstatechange(Some(on_state_change.as_ref().unchecked_ref()));
    on_state_change.forget();
}

fn offer_update(status: PwaStatus, worker: ServiceWorker) {
    WAITING.with(|waiting| *waiting.borrow_mut() = Some(worker));
    status.update_waiting.set(true);
}
