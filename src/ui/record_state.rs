//! The family's record as reactive state, saved through the pure repository.
//! Every change goes through [`RecordState::apply`]: it lands on the newest
//! stored record (another tab may have written), is verified, and a failure
//! leaves a lasting warning while the change stays in memory for export.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::browser::{self, RecordStore};
use crate::domain::record::Household;
use crate::storage::envelope::Envelope;
use crate::storage::keys::StorageKey;
use crate::storage::repository::{self, LoadStatus, SaveError};

#[derive(Clone, Copy)]
pub struct RecordState {
    pub envelope: RwSignal<Envelope>,
    pub status: RwSignal<LoadStatus>,
    /// The last save failed; cleared by the next save that succeeds.
    pub save_error: RwSignal<Option<SaveError>>,
    /// Another tab changed the record and this one now shows it.
    pub updated_elsewhere: RwSignal<bool>,
    /// `navigator.storage.persisted()`: `None` until known or where unsupported.
    pub persisted: RwSignal<Option<bool>>,
    /// Whether the app has asked the browser yet (it asks at the first save).
    pub persist_asked: RwSignal<bool>,
    pub quarantined: RwSignal<Vec<(String, String)>>,
    /// The family agreed to lose an unsaved change (`may_restart`): the
    /// browser's own question on leaving is not asked again.
    leaving_agreed: StoredValue<bool>,
}

/// The write that put the sample family in place (demo mode; `u64::MAX`
/// before one): while the record is still at it, nothing of the sample has
/// been changed. One per tab, as the demo is.
static DEMO_SEEDED_AT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(u64::MAX);

impl RecordState {
    /// Applies `change` and saves. Returns false when the save failed (the
    /// change is still shown and kept in memory).
    pub fn apply(&self, change: impl Fn(&mut Household)) -> bool {
        self.apply_dyn(&change)
    }

    fn apply_dyn(&self, change: &dyn Fn(&mut Household)) -> bool {
        let status = self.status.get_untracked();
        let current = self.envelope.get_untracked();
        let unsaved = self.has_unsaved();
        let first_save = current.write_count == 0;
        let result = browser::measured("sukusuku:record-save", || {
            repository::apply(&mut RecordStore, &status, &current, unsaved, change, browser::now())
        });
        match result {
            Ok(saved) => {
                self.envelope.set(saved.envelope);
                self.save_error.set(None);
                if saved.merged_with_newer {
                    self.updated_elsewhere.set(true);
                }
                if first_save && !browser::in_demo() {
                    request_persistence(*self);
                }
                true
            }
            Err(failed) => {
                self.envelope.set(failed.envelope);
                self.save_error.set(Some(failed.error));
                false
            }
        }
    }

    /// Before the page starts again (an update, demo mode): a change this
    /// tab could not save would be lost, so the family is asked first.
    pub fn may_restart(&self, lang: crate::i18n::Lang) -> bool {
        if !self.has_unsaved() {
            return true;
        }
        let agreed = browser::window().confirm_with_message(crate::i18n::Key::LeaveUnsaved.text(lang)).unwrap_or(false);
        self.leaving_agreed.set_value(agreed);
        agreed
    }

    /// Whether this device keeps data the app could not read: a record it
    /// left in place or copies it set aside.
    pub fn holds_unread(&self) -> bool {
        self.status.with(LoadStatus::keeps_unread_record) || self.quarantined.with(|q| !q.is_empty())
    }

    /// Whether memory holds a change that an earlier save could not write.
    fn has_unsaved(&self) -> bool {
        self.save_error.with_untracked(Option::is_some)
    }

    /// Replaces the whole record (an import the family confirmed).
    pub fn replace(&self, household: Household) -> bool {
        let mut next = self.envelope.get_untracked();
        next.record = household;
        let status = self.status.get_untracked();
        self.settle(repository::replace(&mut RecordStore, &status, next, browser::now()))
    }

    /// After the record in memory was saved as a file.
    pub fn mark_exported(&self) {
        let exported = self.envelope.get_untracked();
        let status = self.status.get_untracked();
        let unsaved = self.has_unsaved();
        let result = repository::mark_exported(&mut RecordStore, &status, &exported, unsaved, browser::now());
        if result.as_ref().is_ok_and(|saved| saved.merged_with_newer) {
            // Another tab had saved: the file lacks its changes, shown now.
            self.updated_elsewhere.set(true);
        }
        self.settle(result.map(|saved| saved.envelope));
    }

    fn settle(&self, result: Result<Envelope, repository::Failed>) -> bool {
        match result {
            Ok(saved) => {
                self.envelope.set(saved);
                self.save_error.set(None);
                true
            }
            Err(failed) => {
                self.envelope.set(failed.envelope);
                self.save_error.set(Some(failed.error));
                false
            }
        }
    }

    /// Puts the demo family back as it was (demo mode only), in `lang`.
    pub fn reset_demo(&self, lang: crate::i18n::Lang) -> bool {
        let done = self.replace(crate::domain::sample::demo_household(browser::today(), lang));
        let at = if done { self.envelope.with_untracked(|e| e.write_count) } else { u64::MAX };
        DEMO_SEEDED_AT.store(at, std::sync::atomic::Ordering::Relaxed);
        done
    }

    /// "Delete all data on this device".
    pub fn delete_all(&self) -> bool {
        let ok = repository::delete_all(&mut RecordStore).is_ok();
        if ok {
            self.envelope.set(Envelope::new(browser::now()));
            self.status.set(LoadStatus::Fresh);
            self.save_error.set(None);
            self.quarantined.set(Vec::new());
        }
        ok
    }

    pub fn forget_quarantined(&self, key: &str) {
        use crate::storage::KeyValueStore;
        if RecordStore.remove(key).is_ok() {
            self.quarantined.update(|q| q.retain(|(k, _)| k != key));
        }
    }

    /// Another tab wrote: show its newer record (never go back to an older
    /// one, and never drop a change this tab could not save).
    fn sync_from_storage(&self) {
        match repository::read_stored(&RecordStore) {
            Ok(Some(stored)) if stored.write_count > self.envelope.get_untracked().write_count => {
                if self.has_unsaved() {
                    self.save_error.set(Some(SaveError::Conflict));
                    return;
                }
                self.envelope.set(stored);
                self.updated_elsewhere.set(true);
            }
            Ok(None) if self.envelope.get_untracked().write_count > 0 => {
                // Deleted in another tab ("delete all data"); a change this
                // tab could not save stays on screen, to be exported.
                if self.has_unsaved() {
                    self.save_error.set(Some(SaveError::Conflict));
                    return;
                }
                self.envelope.set(Envelope::new(browser::now()));
                self.updated_elsewhere.set(true);
            }
            _ => {}
        }
    }
}

pub fn provide_record_state() -> RecordState {
    let loaded = browser::measured("sukusuku:record-load", || {
        repository::load(&mut RecordStore, browser::now())
    });
    let state = RecordState {
        envelope: RwSignal::new(loaded.envelope),
        status: RwSignal::new(loaded.status),
        save_error: RwSignal::new(None),
        updated_elsewhere: RwSignal::new(false),
        persisted: RwSignal::new(None),
        persist_asked: RwSignal::new(browser::read_setting(StorageKey::Persist).is_some()),
        quarantined: RwSignal::new(repository::quarantined(&RecordStore)),
        leaving_agreed: StoredValue::new(false),
    };
    provide_context(state);
    // Closing or reloading the tab would lose a change that could not be
    // saved: the browser asks first. Kept for the app's whole life.
    let _ = window_event_listener(leptos::ev::beforeunload, move |event| {
        if state.has_unsaved() && !state.leaving_agreed.get_value() {
            event.prevent_default();
        }
    });
    if browser::in_demo() {
        // The demo lives in this tab alone: other tabs' changes to the real
        // record are not its business, and the browser is not asked to
        // keep it.
        let lang = super::i18n::use_i18n().lang;
        if state.envelope.with_untracked(|e| e.write_count == 0) {
            state.reset_demo(lang.get_untracked());
        }
        // A nurse switching language for a parent gets the sample family in
        // it, names and notes too, unless the demo has been changed since.
        Effect::new(move |before: Option<crate::i18n::Lang>| {
            let now = lang.get();
            let untouched = state.envelope.with_untracked(|e| e.write_count == DEMO_SEEDED_AT.load(std::sync::atomic::Ordering::Relaxed));
            if before.is_some_and(|b| b != now) && untouched {
                state.reset_demo(now);
            }
            now
        });
        return state;
    }
    let handle = window_event_listener(leptos::ev::storage, move |event| {
        let key = event.key();
        if key.is_none() || key.as_deref() == Some(StorageKey::Record.as_str()) {
            state.sync_from_storage();
        }
    });
    // A page restored from the back-forward cache missed the storage events
    // of its time away.
    let restored = window_event_listener(leptos::ev::pageshow, move |event| {
        if event.persisted() {
            state.sync_from_storage();
        }
    });
    on_cleanup(move || {
        handle.remove();
        restored.remove();
    });
    check_persisted(state);
    state
}

pub fn use_record() -> RecordState {
    expect_context::<RecordState>()
}

fn storage_manager() -> Option<web_sys::StorageManager> {
    let navigator = browser::window().navigator();
    js_sys::Reflect::has(&navigator, &JsValue::from_str("storage"))
        .unwrap_or(false)
        .then(|| navigator.storage())
}

fn check_persisted(state: RecordState) {
    let Some(promise) = storage_manager().and_then(|m| m.persisted().ok()) else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        if let Ok(value) = wasm_bindgen_futures::JsFuture::from(promise).await {
            state.persisted.set(value.as_bool());
        }
    });
}

/// Asks the browser to keep the record even when space runs low, at the
/// first real save (asking on an empty app would only puzzle people).
fn request_persistence(state: RecordState) {
    if state.persisted.get_untracked() == Some(true) {
        return;
    }
    let Some(promise) = storage_manager().and_then(|m| m.persist().ok()) else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        if let Ok(value) = wasm_bindgen_futures::JsFuture::from(promise).await {
            let granted = value.as_bool().unwrap_or(false);
            state.persisted.set(Some(granted));
            state.persist_asked.set(true);
            browser::write_setting(
                StorageKey::Persist,
                if granted { "granted" } else { "denied" },
            );
        }
    });
}

/// The raw stored text unreadable data was moved to, for its export button.
pub fn quarantine_file_name(key: &str) -> String {
    format!(
        "sukusuku-unreadable-{}.json",
        key.rsplit('.').next().unwrap_or("data")
    )
}
