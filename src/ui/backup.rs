//! Export, import and "delete all": the family's way to keep their record
//! beyond this browser.

use leptos::prelude::*;

use crate::domain::backup;
use crate::ui::browser;
use crate::ui::record_state::RecordState;

/// Downloads the whole record as a backup file and remembers the date.
pub fn export(state: RecordState) -> bool {
    let envelope = state.envelope.get_untracked();
    let version = browser::meta("app-version").unwrap_or_default();
    let text = backup::export(&envelope.record, browser::now(), &version);
    let ok = browser::download(&backup::file_name(browser::today()), &text);
    if ok {
        state.mark_exported();
    }
    ok
}
