use leptos::prelude::*;

use crate::i18n::Key;
use crate::storage::repository::{LoadStatus, SaveError};
use crate::storage::StoreError;
use crate::ui::backup;
use crate::ui::i18n::tr;
use crate::ui::record_state::use_record;

/// What went wrong with storage, shown until it is resolved, always with a
/// way to take the record out of this browser.
#[component]
pub fn StorageAlert() -> impl IntoView {
    let state = use_record();
    let save_problem = move || {
        state.save_error.get().map(|e| match e {
            SaveError::Store(StoreError::QuotaExceeded) => Key::SaveFailedQuota,
            SaveError::Disabled => match state.status.get() {
                LoadStatus::Newer { .. } => Key::LoadNewer,
                LoadStatus::Unavailable => Key::StorageUnavailable,
                _ => Key::LoadBlocked,
            },
            SaveError::Store(StoreError::Unavailable) => Key::StorageUnavailable,
            SaveError::Conflict => Key::SaveConflict,
            SaveError::StoredUnreadable => Key::SaveStoredUnreadable,
            SaveError::Store(_) | SaveError::NotVerified => Key::SaveFailed,
        })
    };
    let load_problem = move || match state.status.get() {
        LoadStatus::Newer { .. } => Some(Key::LoadNewer),
        LoadStatus::Blocked { .. } => Some(Key::LoadBlocked),
        LoadStatus::Unavailable => Some(Key::StorageUnavailable),
        _ => None,
    };
    let problem = move || save_problem().or_else(load_problem);
    let quarantined = move || matches!(state.status.get(), LoadStatus::Quarantined { .. });
    view! {
        <div class="alerts">
            <div role="alert" class="alerts__slot">
                {move || problem().map(|key| {
                    // Only a change made here is worth a backup: after a load
                    // problem alone, memory holds an empty record.
                    let unsaved = state.save_error.with(Option::is_some);
                    let blocked = matches!(state.status.get(), LoadStatus::Blocked { .. });
                    view! {
                        <div class="notice notice--urgent" data-testid="storage-warning">
                            <p>{tr(key)}</p>
                            {unsaved.then(|| view! {
                                <button type="button" class="button button--primary" on:click=move |_| { backup::export(state); }>
                                    {tr(Key::ExportBackup)}
                                </button>
                            })}
                            {blocked.then(|| view! {
                                <button type="button" class="button" data-testid="export-blocked" on:click=move |_| {
                                    // Still under the record key: it could not be set aside.
                                    backup::download_stored_record();
                                }>{tr(Key::ExportUnreadable)}</button>
                            })}
                        </div>
                    }
                })}
            </div>
            <Show when=quarantined>
                <div class="notice notice--urgent" role="alert" data-testid="quarantine-notice">
                    <p>{tr(Key::LoadQuarantined)}</p>
                    <button type="button" class="button" on:click=move |_| backup::save_unread(state)>{tr(Key::ExportUnreadable)}</button>
                </div>
            </Show>
            <Show when=move || state.updated_elsewhere.get()>
                <div class="notice" role="status" data-testid="updated-elsewhere">
                    <p>{tr(Key::UpdatedElsewhere)}</p>
                    <button type="button" class="button" on:click=move |_| state.updated_elsewhere.set(false)>{tr(Key::Dismiss)}</button>
                </div>
            </Show>
        </div>
    }
}
