//! Export, import and "delete all": the family's way to keep their record
//! beyond this browser.

use leptos::prelude::*;

use crate::domain::backup;
use crate::storage::keys::StorageKey;
use crate::storage::repository::LoadStatus;
use crate::storage::KeyValueStore;
use crate::ui::browser::{self, RecordStore};
use crate::ui::record_state::{quarantine_file_name, RecordState};

/// Downloads the whole record as a backup file and remembers the date.
///
/// After a load problem alone (a record from a newer version of the app,
/// or one that could not be read nor set aside), memory holds an empty
/// record: a "backup" of it would look like one and hold nothing. What
/// this browser keeps is then the stored text itself, downloaded as it is.
pub fn export(state: RecordState) -> bool {
    let changed_here = state.save_error.with_untracked(Option::is_some);
    if !state.status.get_untracked().can_save() && !changed_here {
        return download_stored_record();
    }
    let envelope = state.envelope.get_untracked();
    let version = browser::meta("app-version").unwrap_or_default();
    let text = backup::export(&envelope.record, browser::now(), &version);
    let ok = browser::download(&backup::file_name(browser::today()), &text);
    if ok {
        state.mark_exported();
    }
    ok
}

/// Everything this device keeps that the app could not read, each as a file
/// of its stored text: the record (from a newer version, or unreadable and
/// not set aside) and what was set aside.
pub fn save_unread(state: RecordState) {
    if state.status.with_untracked(LoadStatus::keeps_unread_record) {
        download_stored_record();
    }
    for (key, raw) in state.quarantined.get_untracked() {
        browser::download(&quarantine_file_name(&key), &raw);
    }
}

/// The text under the record key, as stored; false when there is none.
pub fn download_stored_record() -> bool {
    match RecordStore.get(StorageKey::Record.as_str()) {
        Ok(Some(raw)) => browser::download(&quarantine_file_name("record"), &raw),
        _ => false,
    }
}
