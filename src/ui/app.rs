use leptos::prelude::*;
use leptos_router::components::Router;
use leptos_router::hooks::use_location;
use leptos_router::location::{BrowserUrl, LocationProvider};

use super::browser;
use super::components::{provide_presentation, AppHeader, BottomNav, ConfigErrorPanel, DemoBanner, Later, PwaNotices, StorageAlert};
use super::i18n::{provide_i18n, tr};
use super::links::{use_current_section, RouterBase};
use super::municipality_state::provide_city_state;
use super::pages::{Check, Consult, Home, NotFound, Record, Settings};
use super::record_state::provide_record_state;
use crate::i18n::Key;
use crate::pwa;
use crate::sections::{router_base, Section};

/// The app's state: language, the record read from storage, the
/// municipality, the service worker. Runs in a task of its own before [`App`]
/// renders (see `ui::start`), under the owner the app is later mounted in.
pub fn provide_app_state() {
    provide_i18n();
    provide_record_state();
    provide_city_state();
    provide_presentation();
    provide_context(pwa::register(&browser::public_url()));
    provide_context(RouterBase(router_base(&browser::public_url())));
}

#[component]
pub fn App() -> impl IntoView {
    let base = expect_context::<RouterBase>().0;

    // The router keeps the address bar, history and link clicks; which page
    // a path shows is decided by the pure `Section` table (tested natively),
    // which costs far less code than the router's nested route matching.
    view! {
        <Router base=base>
            <a class="skip-link" href="#main">{tr(Key::SkipToContent)}</a>
            <AppHeader/>
            <DemoBanner/>
            <Later>
                <PwaNotices/>
            </Later>
            <StorageAlert/>
            <ConfigErrorPanel/>
            <main id="main" class="app-main">
                <CurrentPage/>
            </main>
            <Later>
                <BottomNav/>
            </Later>
        </Router>
    }
}

#[component]
fn CurrentPage() -> impl IntoView {
    let current = use_current_section();
    // The router writes a new address to the history once the routed view
    // says it is ready; this view is that view.
    let provider = use_context::<BrowserUrl>();
    let location = use_location();
    Effect::new(move |_| {
        location.pathname.track();
        location.search.track();
        if let Some(provider) = &provider {
            provider.ready_to_complete();
        }
    });
    move || match current.get() {
        Some(Section::Home) => home(),
        Some(Section::Record) => record(),
        Some(Section::Check) => check(),
        Some(Section::Consult) => consult(),
        Some(Section::Settings) => settings(),
        None => not_found(),
    }
}

// One function per page, never merged into the match above: the browser
// compiles wasm functions when they are first called, so a start-up then
// compiles the page being opened rather than every page's set-up code.
#[inline(never)]
fn home() -> AnyView {
    Home().into_any()
}
#[inline(never)]
fn record() -> AnyView {
    Record().into_any()
}
#[inline(never)]
fn check() -> AnyView {
    Check().into_any()
}
#[inline(never)]
fn consult() -> AnyView {
    Consult().into_any()
}
#[inline(never)]
fn settings() -> AnyView {
    Settings().into_any()
}
#[inline(never)]
fn not_found() -> AnyView {
    NotFound().into_any()
}
