//! Settings → "Your data": export, import, delete all, and whether the
//! browser has promised to keep the record.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::backup::{self, counts_in_words, ImportError, ImportPreview};
use crate::domain::record::Household;
use crate::i18n::{format, t_with, Key};
use crate::ui::backup::{export, save_unread};
use crate::ui::browser;
use crate::ui::components::DeleteButton;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::record_state::{quarantine_file_name, use_record};

#[component]
pub fn DataSettings() -> impl IntoView {
    let state = use_record();
    let lang = use_i18n().lang;
    // The file appears outside the page: a screen reader hears that it was made.
    let announcer = crate::ui::components::use_announcer();
    // Seen as well as heard: a download can go unnoticed on a phone.
    let exported = RwSignal::new(false);
    let save_backup = move || {
        if export(state) {
            exported.set(true);
            announcer.say(Key::ExportSaved.text(lang.get_untracked()).to_owned());
        }
    };
    let preview = RwSignal::new(None::<(Household, ImportPreview)>);
    let import_error = RwSignal::new(None::<ImportError>);
    let imported = RwSignal::new(false);
    let confirming_delete = RwSignal::new(false);
    let deleted = RwSignal::new(false);

    // What the family chose disappears with its button: focus goes to where
    // they would carry on (the file chooser, the panel that opened, or the
    // button that opens it again) once the page has been redrawn.
    let focus_next = |id: &'static str| request_animation_frame(move || browser::focus_id(id));

    let on_file = move |ev: leptos::ev::Event| {
        imported.set(false);
        import_error.set(None);
        preview.set(None);
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        input.set_value("");
        if file.size() > backup::MAX_BYTES as f64 {
            import_error.set(Some(ImportError::TooLarge {
                bytes: file.size() as usize,
            }));
            return;
        }
        wasm_bindgen_futures::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|v| v.as_string());
            match text {
                None => import_error.set(Some(ImportError::Unreadable)),
                Some(text) => match backup::read(text.as_bytes(), browser::today()) {
                    Ok(read) => {
                        preview.set(Some(read));
                        // A screen reader then reads what the file holds and what it replaces.
                        focus_next("import-preview-title");
                    }
                    Err(e) => import_error.set(Some(e)),
                },
            }
        });
    };

    let preview_view = move || {
        preview.get().map(|(_, p)| {
            let l = lang.get();
            let children = p
                .children
                .iter()
                .map(|(name, birth)| view! { <li>{name.clone()} " (" {format::date(l, *birth)} ")"</li> })
                .collect_view();
            let current = state.envelope.with(|e| e.record.counts());
            view! {
                <div class="card" data-testid="import-preview">
                    <h3 class="card__title" id="import-preview-title" tabindex="-1">{tr(Key::ImportPreviewTitle)}</h3>
                    <p>{t_with(l, Key::ImportExportedOn, &[("date", &format::date(l, browser::local_date_of(p.exported_at)))])}</p>
                    <ul>{children}</ul>
                    <p>{counts_in_words(&p.counts, l)}</p>
                    {(p.before_birth > 0).then(|| view! {
                        <p class="notice" data-testid="import-before-birth">{t_with(l, Key::ImportBeforeBirth, &[("count", &p.before_birth.to_string())])}</p>
                    })}
                    <p class="notice notice--urgent">{t_with(l, Key::ImportWillReplace, &[("current", &counts_in_words(&current, l))])}</p>
                    // The safe step first: what would be lost, kept in a file.
                    <div class="item__actions">
                        <button type="button" class="button button--primary" data-testid="import-export-first" on:click=move |_| save_backup()>{tr(Key::ExportCurrentFirst)}</button>
                        <button type="button" class="button button--urgent-outline" data-testid="import-confirm" on:click=move |_| {
                            if let Some((household, _)) = preview.get_untracked() {
                                if state.replace(household) {
                                    imported.set(true);
                                }
                                preview.set(None);
                                focus_next("import-file");
                            }
                        }>{tr(Key::ImportReplace)}</button>
                        <button type="button" class="button" on:click=move |_| { preview.set(None); focus_next("import-file"); }>{tr(Key::Cancel)}</button>
                    </div>
                </div>
            }
        })
    };

    let persist_text = move || match (state.persisted.get(), state.persist_asked.get()) {
        (Some(true), _) => Key::PersistGranted,
        (_, true) => Key::PersistDenied,
        _ => Key::PersistUnknown,
    };
    let last_export = move || {
        let l = lang.get();
        state.envelope.with(|e| match e.last_export_at {
            Some(at) => t_with(
                l,
                Key::LastExport,
                &[("date", &format::date(l, browser::local_date_of(at)))],
            ),
            None => Key::NeverExported.text(l).to_owned(),
        })
    };

    view! {
        <h2 id="data-title">{tr(Key::DataTitle)}</h2>
        <p>{tr(Key::DataIntro)}</p>
        <p class="muted" data-testid="persist-status">{move || persist_text().text(lang.get())}</p>

        <h3>{tr(Key::ExportBackup)}</h3>
        <p>{tr(Key::ExportHint)}</p>
        <p class="muted" data-testid="last-export">{last_export}</p>
        <button type="button" class="button button--primary" data-testid="export-backup" on:click=move |_| save_backup()>
            {tr(Key::ExportBackup)}
        </button>
        {move || exported.get().then(|| view! { <p class="notice notice--ok" data-testid="export-done">{tr(Key::ExportSaved)}</p> })}

        <h3>{tr(Key::ImportTitle)}</h3>
        <p>{tr(Key::ImportHint)}</p>
        // The label is the visible, full-size target; the input inside it keeps
        // keyboard access, and the label shows its focus ring.
        <label class="button file-button">
            {tr(Key::ImportChoose)}
            <input id="import-file" class="visually-hidden-file" type="file" accept=".json,application/json" data-testid="import-backup" on:change=on_file/>
        </label>
        <div role="alert" class="alerts__slot">
            {move || import_error.get().map(|e| view! {
                <div class="notice notice--urgent" data-testid="import-error">
                    <p>{e.message(lang.get())}</p>
                    <p>{tr(Key::ImportKeptCurrent)}</p>
                </div>
            })}
            {move || imported.get().then(|| view! { <p class="notice notice--ok" data-testid="import-done">{tr(Key::ImportDone)}</p> })}
        </div>
        {preview_view}

        <Show when=move || !state.quarantined.with(|q| q.is_empty())>
            <h3>{tr(Key::QuarantineTitle)}</h3>
            <p>{tr(Key::LoadQuarantined)}</p>
            <ul class="items">
                {move || state.quarantined.get().into_iter().map(|(key, raw)| {
                    let file = quarantine_file_name(&key);
                    let forget = key.clone();
                    view! {
                        <li class="item">
                            <p class="item__main">{file.clone()}</p>
                            <div class="item__actions">
                                <button type="button" class="button" on:click=move |_| { browser::download(&file, &raw); }>{tr(Key::ExportUnreadable)}</button>
                                // Possibly the only copy of an older record: deleted only once confirmed.
                                <DeleteButton warning=Signal::derive(move || Key::QuarantineDeleteWarning.text(lang.get()).to_owned())
                                    on_confirm=move |_| state.forget_quarantined(&forget)/>
                            </div>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </Show>

        // In demo mode the demo banner resets or leaves the sample family;
        // "delete all data on this device" would touch only the demo's copy.
        {(!browser::in_demo()).then(|| view! {
            <h3>{tr(Key::DeleteAllTitle)}</h3>
            <Show
                when=move || confirming_delete.get()
                fallback=move || view! {
                    <button type="button" class="button button--urgent-outline" id="delete-all-open" data-testid="delete-all-data" on:click=move |_| { deleted.set(false); confirming_delete.set(true); focus_next("delete-all-export"); }>
                        {tr(Key::DeleteAllTitle)}
                    </button>
                    {move || deleted.get().then(|| view! { <p class="notice notice--ok" role="status">{tr(Key::DeleteAllDone)}</p> })}
                }
            >
                <div class="confirm card card--urgent" role="group" aria-labelledby="delete-all-warning">
                    <p id="delete-all-warning">{move || {
                        let l = lang.get();
                        t_with(l, Key::DeleteAllWarning, &[("current", &state.envelope.with(|e| counts_in_words(&e.record.counts(), l)))])
                    }}</p>
                    // What the counts above cannot show: data this version could not read goes too.
                    <Show when=move || state.holds_unread()>
                        <p data-testid="delete-all-unread"><strong>{tr(Key::DeleteAllUnread)}</strong></p>
                        <p><button type="button" class="button button--primary" on:click=move |_| save_unread(state)>{tr(Key::ExportUnreadable)}</button></p>
                    </Show>
                    <div class="item__actions">
                        <button type="button" class="button button--primary" id="delete-all-export" on:click=move |_| save_backup()>{tr(Key::ExportBackup)}</button>
                        <button type="button" class="button button--urgent" data-testid="confirm-delete-all" on:click=move |_| {
                            if state.delete_all() {
                                deleted.set(true);
                            }
                            confirming_delete.set(false);
                            focus_next("delete-all-open");
                        }>{tr(Key::DeleteAllConfirm)}</button>
                        <button type="button" class="button" on:click=move |_| { confirming_delete.set(false); focus_next("delete-all-open"); }>{tr(Key::Cancel)}</button>
                    </div>
                </div>
            </Show>
        })}
    }
}
