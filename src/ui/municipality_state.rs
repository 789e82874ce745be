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
    /// `?city=` named no valid id (the municipality then is the remembered
    /// or default one): for the webmaster testing a link.
    pub bad_address: RwSignal<Option<ConfigError>>,
}

impl CityState {
    /// Switches municipality (Settings) and remembers it.
    /// Nothing of the previous municipality stays on screen: until the new
    /// one's file arrives, only a copy of it kept on this device is shown.
    pub fn choose(&self, id: &str) {
        if validate::is_id(id) {
            browser::write_setting(StorageKey::City, id);
            let kept = kept_config(id);
            apply_theme(kept.as_ref());
            self.config.set(kept);
            self.errors.set(Vec::new());
            self.bad_address.set(None);
            self.unavailable.set(false);
            self.id.set(id.to_owned());
            load(*self, id.to_owned());
        }
    }
}

fn city_from_address() -> Option<String> {
    browser::query_param("city").filter(|id| validate::is_id(id))
}

fn bad_city_in_address() -> Option<ConfigError> {
    let given = browser::query_param("city").filter(|id| !validate::is_id(id))?;
    Some(ConfigError { path: format!("?city={given}"), problem: validate::Problem::BadId })
}

/// The municipality a start opens with: chosen from the address, the
/// remembered choice or the default, with the copy of its file this device
/// keeps, if any.
pub struct CityStart {
    id: String,
    kept: Option<MunicipalityConfig>,
}

impl CityStart {
    pub fn read() -> CityStart {
        let from_address = city_from_address();
        if let Some(id) = &from_address {
            browser::write_setting(StorageKey::City, id);
        }
        let id = from_address
            .or_else(|| {
                browser::read_setting(StorageKey::City).filter(|id| validate::is_id(id))
            })
            .unwrap_or_else(|| DEFAULT_CITY.to_owned());
        let kept = kept_config(&id);
        CityStart { id, kept }
    }

    /// The file, fetched during the start when no copy is kept (a first
    /// visit), so the app is first shown with the municipality's name and
    /// colours rather than shown again once they arrive. With a kept copy
    /// nothing waits: the copy is shown and refreshed afterwards. Nor does a
    /// stalled file hold the start up: after [`START_WAIT_MS`] the app shows
    /// without it, and the file is fetched again (`None`, as if kept).
    pub async fn fetch_if_needed(&self) -> Option<Fetched> {
        if self.kept.is_some() {
            return None;
        }
        let url = file_url(&self.id);
        let fetch = std::pin::pin!(browser::fetch_text(&url));
        let waited = std::pin::pin!(browser::after_ms(START_WAIT_MS));
        match futures::future::select(fetch, waited).await {
            futures::future::Either::Left((fetched, _)) => Some(fetched),
            futures::future::Either::Right(_) => None,
        }
    }
}

/// The copy of municipality `id`'s file this device keeps, if it is that one's.
fn kept_config(id: &str) -> Option<MunicipalityConfig> {
    browser::read_setting(StorageKey::CityConfig)
        .and_then(|kept| validate::parse(&kept).ok())
        .filter(|config| config.id == id)
}

pub type Fetched = Result<Option<String>, ()>;

/// How long a first start waits for the municipality's file beyond the
/// words, which come alongside and take longer on any healthy connection.
const START_WAIT_MS: i32 = 2_000;

pub fn provide_city_state(start: CityStart, fetched: Option<Fetched>) -> CityState {
    let CityStart { id, kept } = start;
    let state = CityState {
        id: RwSignal::new(id.clone()),
        config: RwSignal::new(None),
        errors: RwSignal::new(Vec::new()),
        unavailable: RwSignal::new(false),
        bad_address: RwSignal::new(bad_city_in_address()),
    };
    if kept.is_some() {
        apply_theme(kept.as_ref());
        state.config.set(kept);
    }
    match fetched {
        Some(fetched) => use_fetched(state, &id, fetched),
        None => load(state, id),
    }
    provide_context(state);
    state
}

pub fn use_city() -> CityState {
    expect_context::<CityState>()
}

fn file_url(id: &str) -> String {
    format!("{}municipalities/{id}.json", browser::public_url())
}

fn load(state: CityState, id: String) {
    wasm_bindgen_futures::spawn_local(async move {
        let fetched = browser::fetch_text(&file_url(&id)).await;
        use_fetched(state, &id, fetched);
    });
}

fn use_fetched(state: CityState, id: &str, fetched: Fetched) {
    // Another municipality was chosen while this file was on its way.
    if state.id.get_untracked() != id {
        return;
    }
    match fetched {
        Ok(Some(text)) => match validate::parse(&text) {
            Ok(config) if config.id == id => {
                browser::write_setting(StorageKey::CityConfig, &text);
                apply_theme(Some(&config));
                state.errors.set(Vec::new());
                state.unavailable.set(false);
                state.config.set(Some(config));
            }
            Ok(config) => state.errors.set(vec![ConfigError {
                path: format!("id \"{}\" ({id}.json)", config.id),
                problem: validate::Problem::IdMismatch,
            }]),
            // A broken file is never used, not even partly. Families keep the
            // last good copy this device has of the same municipality (if
            // any) while the webmaster sees what to fix.
            Err(errors) => state.errors.set(errors),
        },
        // So is a copy when the file is missing, or what came instead was a
        // page (a host's fallback, a Wi-Fi login page).
        Ok(None) => state.errors.set(vec![ConfigError {
            path: format!("municipalities/{id}.json"),
            problem: validate::Problem::NotFound,
        }]),
        // Offline and nothing kept: the national lines still show.
        Err(()) => state
            .unavailable
            .set(state.config.get_untracked().is_none()),
    }
}

/// The municipality's colours as CSS custom properties (validated for
/// contrast); the app's own where it gives none.
fn apply_theme(config: Option<&MunicipalityConfig>) {
    let Some(root) = browser::document()
        .document_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let style = root.style();
    let theme = config.map(|c| &c.theme);
    for (property, colour) in [
        ("--color-primary", theme.and_then(|t| t.primary.as_deref())),
        ("--color-bg", theme.and_then(|t| t.background.as_deref())),
    ] {
        let _ = match colour {
            Some(colour) => style.set_property(property, colour),
            None => style.remove_property(property).map(drop),
        };
    }
}
