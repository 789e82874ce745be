use leptos::prelude::*;

use crate::i18n::Key;
use crate::sections::Section;
use crate::ui::components::{EmbeddedNotice, PageFrame};
use crate::ui::i18n::tr;
use crate::ui::links::href;
use crate::ui::record_state::use_record;
use crate::ui::{backup, browser};

#[component]
pub fn Home() -> impl IntoView {
    let card = |section: Section, title: Key, body: Key| {
        view! {
            <li>
                <a href=href(section) class="card card--link">
                    <span class="card__title">{tr(title)}</span>
                    <span class="card__body">{tr(body)}</span>
                </a>
            </li>
        }
    };
    let state = use_record();
    let reminder = move || {
        state
            .envelope
            .with(|e| e.export_reminder_due(browser::now()))
    };
    view! {
        <PageFrame section=Section::Home>
            <EmbeddedNotice/>
            <Show when=reminder>
                <div class="notice" data-testid="export-reminder">
                    <p>{tr(Key::ExportReminder)}</p>
                    <button type="button" class="button button--primary" on:click=move |_| { backup::export(state); }>{tr(Key::ExportBackup)}</button>
                </div>
            </Show>
            <p class="lead">{tr(Key::AppTagline)}</p>
            <p>{tr(Key::HomeIntro)}</p>
            <ul class="cards">
                {card(Section::Record, Key::HomeRecordTitle, Key::HomeRecordBody)}
                {card(Section::Check, Key::HomeCheckTitle, Key::HomeCheckBody)}
                {card(Section::Consult, Key::HomeConsultTitle, Key::HomeConsultBody)}
            </ul>
            <p class="guidance">{tr(Key::GuidanceNote)}</p>
        </PageFrame>
    }
}
