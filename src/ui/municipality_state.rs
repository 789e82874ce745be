//! The family's municipality: chosen by `?city=<id>` or in Settings and
//! remembered, its configuration file fetched, checked and kept for offline
//! use, its colours applied.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::browser;
use crate::municipality::config::MunicipalityConfig;
use crate::municipality::validate::{self, ConfigError};
use crate::storage::keys::StorageKey;

pub const DEFAULT_CITY: &str = "demo";


#[derive(Clone, Copy)]
pub struct CityState {
    pub id: RwSignal<String>,
    pub config: RwSignal<Option<MunicipalityConfig>>,
    /// Problems in the configuration file, for the webmaster error panel.
    pub errors: RwSignal<Vec<ConfigError>>,
    /// The file could not be fetched and no copy is kept on this device.
    pub unavailable: RwSignal<bool>,
}

impl CityState {
    /// Switches municipality (Settings) and remembers it.
    pub fn choose(&self, id: &str) {
        if validate::is_id(id) {
            browser::write_setting(StorageKey::City.as_str(), id);
            self.id.set(id.to_owned());
            load(*self, id.to_owned());
        }
    }
}

fn city_from_address() -> Option<String> {
    browser::query_param("city").filter(|id| validate::is_id(id))
}

pub fn provide_city_state() -> CityState {
    let from_address = city_from_address();
    if let Some(id) = &from_address {
        browser::write_setting(StorageKey::City.as_str(), id);
    }
    let id = from_address
        .or_else(|| {
            browser::read_setting(StorageKey::City.as_str()).filter(|id| validate::is_id(id))
        })
        .unwrap_or_else(|| DEFAULT_CITY.to_owned());
    let state = CityState {
        id: RwSignal::new(id.clone()),
        config: RwSignal::new(None),
        errors: RwSignal::new(Vec::new()),
        unavailable: RwSignal::new(false),
    };
    // Show the kept copy at once (offline, slow network); the fetch refreshes it.
    if let Some(kept) = browser::read_setting(StorageKey::CityConfig.as_str()) {
        if let Ok(config) = validate::parse(&kept) {
            if config.id == id {
                apply_theme(&config);
                state.config.set(Some(config));
            }
        }
    }
    load(state, id);
    provide_context(state);
    state
}

pub fn use_city() -> CityState {
    expect_context::<CityState>()
}

fn load(state: CityState, id: String) {
    let url = format!("{}municipalities/{id}.json", browser::public_url());
    wasm_bindgen_futures::spawn_local(async move {
        match browser::fetch_text(&url).await {
            Ok(Some(text)) => match validate::parse(&text) {
                Ok(config) if config.id == id => {
                    browser::write_setting(StorageKey::CityConfig.as_str(), &text);
                    apply_theme(&config);
                    state.errors.set(Vec::new());
                    state.unavailable.set(false);
                    state.config.set(Some(config));
                }
                Ok(config) => state.errors.set(vec![ConfigError {
                    path: format!("id \"{}\" ({id}.json)", config.id),
                    problem: validate::Problem::IdMismatch,
                }]),
                Err(errors) => {
                    // A broken file is never used, not even partly.
                    state.config.set(None);
                    state.errors.set(errors);
                }
            },
            Ok(None) => {
                state.config.set(None);
                state.errors.set(vec![ConfigError {
                    path: format!("municipalities/{id}.json"),
                    problem: validate::Problem::NotFound,
                }]);
            }
            // Offline and nothing kept: the national lines still show.
            Err(()) => state
                .unavailable
                .set(state.config.get_untracked().is_none()),
        }
    });
}

/// The municipality's colours as CSS custom properties (validated for contrast).
fn apply_theme(config: &MunicipalityConfig) {
    let Some(root) = browser::document()
        .document_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let style = root.style();
    if let Some(primary) = &config.theme.primary {
        let _ = style.set_property("--color-primary", primary);
    }
    if let Some(background) = &config.theme.background {
        let _ = style.set_property("--color-bg", background);
    }
}
