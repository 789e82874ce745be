use leptos::prelude::*;
use leptos_router::components::Router;
use leptos_router::hooks::use_location;
use leptos_router::location::{BrowserUrl, LocationProvider};

use super::browser;
use super::components::{provide_presentation, AppHeader, BottomNav, ConfigErrorPanel, DemoBanner, PwaNotices, StorageAlert};
use super::i18n::{provide_i18n, tr};
use super::links::{use_current_section, RouterBase};
use super::municipality_state::provide_city_state;
use super::pages::{Check, Consult, Home, NotFound, Record, Settings};
use super::record_state::provide_record_state;
use crate::i18n::Key;
use crate::pwa;
use crate::sections::{router_base, Section};

#[component]
pub fn App() -> impl IntoView {
    provide_i18n();
    provide_record_state();
    provide_city_state();
    provide_presentation();
    provide_context(pwa::register(&browser::public_url()));
    let base = router_base(&browser::public_url());
    provide_context(RouterBase(base.clone()));

    // The router keeps the address bar, history and link clicks; which page
    // a path shows is decided by the pure `Section` table (tested natively),
    // which costs far less code than the router's nested route matching.
    view! {
        <Router base=base>
            <a class="skip-link" href="#main">{tr(Key::SkipToContent)}</a>
            <AppHeader/>
            <DemoBanner/>
            <PwaNotices/>
            <StorageAlert/>
            <ConfigErrorPanel/>
            <main id="main" class="app-main">
                <CurrentPage/>
            </main>
            <BottomNav/>
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
        Some(Section::Home) => Home().into_any(),
        Some(Section::Record) => Record().into_any(),
        Some(Section::Check) => Check().into_any(),
        Some(Section::Consult) => Consult().into_any(),
        Some(Section::Settings) => Settings().into_any(),
        None => NotFound().into_any(),
    }
}
