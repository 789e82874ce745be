//! Small, failure-aware wrappers around the browser APIs the shell needs.

use wasm_bindgen::{JsCast, JsValue};

use crate::storage::keys::StorageKey;

pub fn window() -> web_sys::Window {
    web_sys::window().expect("a browser window")
}

pub fn document() -> web_sys::Document {
    window().document().expect("a document")
}

/// Moves keyboard focus to the element with this id, if it is on the page.
pub fn focus_id(id: &str) {
    if let Some(el) = document().get_element_by_id(id).and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// Whether keyboard focus went with something removed from the page (it
/// is then on the body, or on an element no longer there).
pub fn focus_lost() -> bool {
    let document = document();
    match (document.active_element(), document.body()) {
        (Some(active), Some(body)) => active == *body.as_ref() || !active.is_connected(),
        _ => true,
    }
}

/// Whether keyboard focus is inside the element `selector` finds.
pub fn focus_within(selector: &str) -> bool {
    document().active_element().and_then(|active| active.closest(selector).ok().flatten()).is_some()
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

pub fn read_setting(key: StorageKey) -> Option<String> {
    settings_for(key)?.get_item(key.as_str()).ok().flatten()
}

/// Returns false when the setting could not be stored (quota, blocked storage).
pub fn write_setting(key: StorageKey, value: &str) -> bool {
    settings_for(key).is_some_and(|s| s.set_item(key.as_str(), value).is_ok())
}

/// What a demonstration changes stays in its tab (`StorageKey::follows_demo`).
fn settings_for(key: StorageKey) -> Option<web_sys::Storage> {
    if key.follows_demo() && in_demo() {
        session_storage()
    } else {
        local_storage()
    }
}

/// `Ok(None)` for a missing file, `Err` when the network failed.
/// A connection that stalls counts as none after this long, so nothing
/// waits on it for ever (a spinner, a language switch, the start).
const FETCH_TIMEOUT_MS: i32 = 20_000;

/// `promise`, or a rejection once [`FETCH_TIMEOUT_MS`] have passed.
fn in_time(promise: js_sys::Promise) -> wasm_bindgen_futures::JsFuture {
    let timeout = js_sys::Promise::new(&mut |_, reject| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&reject, FETCH_TIMEOUT_MS);
    });
    wasm_bindgen_futures::JsFuture::from(js_sys::Promise::race(&js_sys::Array::of2(&promise, &timeout)))
}

/// Resolves in a later task: long work split at an `.await` of this lets
/// the browser handle a tap in between.
pub async fn next_task() {
    after_ms(0).await;
}

/// Resolves once `ms` milliseconds have passed.
pub async fn after_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// A JSON file of the app's (`Ok(None)`: not on the server). Hosts that
/// answer every address with the app's page, as single-page hosting often
/// does, send HTML for a missing file: that is a missing file too, not a
/// file with a mistake in it.
pub async fn fetch_text(url: &str) -> Result<Option<String>, ()> {
    let response = in_time(window().fetch_with_str(url)).await.map_err(|_| ())?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| ())?;
    if response.status() == 404 {
        return Ok(None);
    }
    if !response.ok() {
        return Err(());
    }
    let text = in_time(response.text().map_err(|_| ())?).await.map_err(|_| ())?;
    Ok(text.as_string().filter(|text| !text.trim_start().starts_with('<')))
}

/// Resolves when the browser says it is online again.
pub async fn online_again() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        // Resolving again on a later event does nothing.
        let _ = window().add_event_listener_with_callback("online", &resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

pub fn reload() {
    let _ = window().location().reload();
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

/// The browser's localStorage as the app's [`KeyValueStore`], with its
/// failures named (a full quota is not the same as storage switched off).
/// Where the record lives: localStorage, or this tab's sessionStorage while
/// the tab is in demo mode, so a demonstration never reads or writes the
/// family's real record.
pub struct RecordStore;

impl RecordStore {
    fn storage() -> Result<web_sys::Storage, crate::storage::StoreError> {
        // The record and what is set aside from it follow the demo together.
        settings_for(StorageKey::Record).ok_or(crate::storage::StoreError::Unavailable)
    }
}

fn session_storage() -> Option<web_sys::Storage> {
    window().session_storage().ok().flatten()
}

thread_local! {
    static DEMO: std::cell::OnceCell<bool> = const { std::cell::OnceCell::new() };
}

/// Whether this tab shows the demo family. Decided once at start-up:
/// `?demo=1` enters demo mode, `?demo=0` leaves it, otherwise the tab keeps
/// what it had (a reload stays in the demo).
pub fn in_demo() -> bool {
    DEMO.with(|demo| {
        *demo.get_or_init(|| {
            let key = crate::storage::keys::StorageKey::Demo.as_str();
            let session = session_storage();
            match query_param("demo").as_deref() {
                Some("1") => session.is_some_and(|s| {
                    // The demonstration starts in the language and text size on
                    // screen (a nurse ticks large text, then starts it); a switch
                    // made during it stays in the tab (`StorageKey::follows_demo`).
                    let entering = s.get_item(key).ok().flatten().is_none();
                    if entering {
                        for carried in [crate::storage::keys::StorageKey::Lang, crate::storage::keys::StorageKey::Presentation] {
                            if let Some(family) = local_storage().and_then(|l| l.get_item(carried.as_str()).ok().flatten()) {
                                let _ = s.set_item(carried.as_str(), &family);
                            }
                        }
                    }
                    s.set_item(key, "1").is_ok()
                }),
                Some("0") => {
                    // Nothing of this demonstration is left for the next one.
                    if let Some(s) = session {
                        let _ = s.remove_item(key);
                        for kept in crate::storage::keys::StorageKey::ALL.into_iter().filter(|k| k.follows_demo()) {
                            let _ = s.remove_item(kept.as_str());
                        }
                    }
                    false
                }
                _ => session.and_then(|s| s.get_item(key).ok().flatten()).is_some(),
            }
        })
    })
}

/// Enters (`true`) or leaves demo mode: the whole app starts again on the
/// home page with the other record, as if freshly opened.
pub fn switch_demo(on: bool) {
    let base = crate::sections::router_base(&public_url());
    let _ = window().location().assign(&format!("{base}/?demo={}", if on { 1 } else { 0 }));
}

fn store_error(error: JsValue) -> crate::storage::StoreError {
    use crate::storage::StoreError;
    match error.dyn_ref::<web_sys::DomException>().map(|e| e.name()) {
        Some(name) if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" => {
            StoreError::QuotaExceeded
        }
        Some(name) if name == "SecurityError" => StoreError::Unavailable,
        Some(name) => StoreError::Other(name),
        None => StoreError::Other("unknown".into()),
    }
}

impl crate::storage::KeyValueStore for RecordStore {
    fn get(&self, key: &str) -> Result<Option<String>, crate::storage::StoreError> {
        Self::storage()?.get_item(key).map_err(store_error)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), crate::storage::StoreError> {
        Self::storage()?.set_item(key, value).map_err(store_error)
    }
    fn remove(&mut self, key: &str) -> Result<(), crate::storage::StoreError> {
        Self::storage()?.remove_item(key).map_err(store_error)
    }
    fn keys(&self) -> Result<Vec<String>, crate::storage::StoreError> {
        let storage = Self::storage()?;
        let count = storage.length().map_err(store_error)?;
        Ok((0..count)
            .filter_map(|i| storage.key(i).ok().flatten())
            .collect())
    }
}

/// Copies `text` to the clipboard. False where the page has no clipboard (a
/// page not served over https) or the browser refuses.
pub async fn copy_text(text: &str) -> bool {
    let navigator = window().navigator();
    if !js_sys::Reflect::has(&navigator, &JsValue::from_str("clipboard")).unwrap_or(false) {
        return false;
    }
    wasm_bindgen_futures::JsFuture::from(navigator.clipboard().write_text(text)).await.is_ok()
}

/// Offers `text` as a JSON file download (a backup, or quarantined data).
pub fn download(file_name: &str, text: &str) -> bool {
    download_as(file_name, text, "application/json")
}

/// Offers `text` as a file download of the given media type (a calendar:
/// `text/calendar`).
pub fn download_as(file_name: &str, text: &str, media_type: &str) -> bool {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(media_type);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let Some(link) = document()
        .create_element("a")
        .ok()
        .and_then(|el| el.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return false;
    };
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // Some browsers (Safari, iOS home-screen apps) read the file after the
    // click returns: revoked at once, the download can come out empty.
    wasm_bindgen_futures::spawn_local(async move {
        after_ms(60_000).await;
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    true
}

/// Runs `f` between two performance marks, so load and save times show in
/// the browser's performance tools (and in scripts/bench-record.mjs).
pub fn measured<T>(name: &str, f: impl FnOnce() -> T) -> T {
    let performance = window().performance();
    let start = format!("{name}:start");
    if let Some(p) = &performance {
        let _ = p.mark(&start);
    }
    let out = f();
    if let Some(p) = &performance {
        let _ = p.measure_with_start_mark(name, &start);
    }
    out
}

/// Today's date on the device (the family's own calendar). Read from JS
/// `Date` rather than chrono's local-time support, which is much larger.
pub fn today() -> chrono::NaiveDate {
    local_date(&js_sys::Date::new_0())
}

/// The device's calendar date at `at` (in Japan, 07:30 is still that day,
/// not the day before as in UTC).
pub fn local_date_of(at: chrono::DateTime<chrono::Utc>) -> chrono::NaiveDate {
    local_date(&js_sys::Date::new(&JsValue::from_f64(at.timestamp_millis() as f64)))
}

fn local_date(d: &js_sys::Date) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or_default()
}

pub fn now() -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
}

/// A parameter of the page's address (`?city=…`), read when a page opens.
pub fn query_param(name: &str) -> Option<String> {
    let search = window().location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search).ok()?.get(name)
}
