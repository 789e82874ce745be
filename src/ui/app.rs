use leptos::prelude::*;

use super::browser;
use super::components::{provide_announcer, provide_presentation, AppHeader, BottomNav, ConfigErrorPanel, DemoBanner, Later, LiveAnnouncer, PwaNotices, StorageAlert};
use super::i18n::{provide_i18n, tr};
use super::locale::Words;
use super::links::{use_current_section, RouterBase};
use super::municipality_state::{provide_city_state, CityStart, Fetched};
use super::pages::{Check, Consult, Home, NotFound, Record, Settings};
use super::record_state::provide_record_state;
use crate::i18n::Key;
use crate::pwa;
use crate::sections::{router_base, Section};

/// The app's state, in steps that `ui::start` runs in tasks of their
/// own, before [`App`] renders and under the owner it is later mounted in.
/// First the language and the record read from storage.
pub fn provide_words_and_record(words: Words) {
    provide_i18n(words);
    provide_record_state();
}

/// Then the municipality (its file read and checked).
pub fn provide_municipality(city: CityStart, city_file: Option<Fetched>) {
    provide_city_state(city, city_file);
}

/// Then the presentation mode, the announcer, the service worker and the
/// address.
pub fn provide_surroundings() {
    provide_presentation();
    provide_announcer();
    provide_context(pwa::register(&browser::public_url()));
    let base = router_base(&browser::public_url());
    provide_context(RouterBase(base.clone()));
    super::router::provide_location(base);
}

#[component]
pub fn App() -> impl IntoView {
    view! {
        <a class="skip-link" href="#main">{tr(Key::SkipToContent)}</a>
        <Later>
            <AppHeader/>
        </Later>
        <DemoBanner/>
        <Later>
            <PwaNotices/>
        </Later>
        <StorageAlert/>
        <ConfigErrorPanel/>
        <main id="main" class="app-main">
            <Later>
                <CurrentPage/>
            </Later>
        </main>
        <LiveAnnouncer/>
        <Later>
            <BottomNav/>
        </Later>
    }
}

#[component]
fn CurrentPage() -> impl IntoView {
    let current = use_current_section();
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
