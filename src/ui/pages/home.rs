use leptos::prelude::*;

use crate::check::files;
use crate::check::schedule::{plan, Plan};
use crate::i18n::{format, t_with, Key};
use crate::domain::age::{pregnancy_now, PregnancyNow};
use crate::sections::{RecordPage, Section};
use crate::ui::components::{EmbeddedNotice, PageFrame};
use crate::ui::i18n::tr;
use crate::ui::links::{href, href_to};
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
    let lang = crate::ui::i18n::use_i18n().lang;
    // When each child's next check is due, and whether it is overdue. The
    // question bank is parsed only once there is a child: a first visit
    // should not spend a slow phone's start-up on it.
    let next_checks = move || {
        if state.envelope.with(|e| e.record.children.is_empty()) {
            return Vec::new();
        }
        let l = lang.get();
        let Ok(bank) = files::bank(l) else { return Vec::new() };
        let today = browser::today();
        state.envelope.with(|e| {
            e.record
                .children
                .iter()
                .filter_map(|c| {
                    let p = plan(bank, c.birth_date, c.gestation, &c.checks, today);
                    let date = |d| format::date(l, d);
                    let (text, overdue) = match &p {
                        Plan::Due { overdue: true, since, .. } => (t_with(l, Key::HomeCheckOverdue, &[("name", &c.name), ("date", &date(*since))]), true),
                        Plan::Due { .. } => (t_with(l, Key::HomeCheckDue, &[("name", &c.name)]), false),
                        _ => (t_with(l, Key::HomeNextCheck, &[("name", &c.name), ("date", &date(p.next_date()?))]), false),
                    };
                    Some(view! {
                        <li><a href=href(Section::Check) class=if overdue { "card card--link notice--urgent" } else { "card card--link" }
                            data-testid="home-next-check" data-overdue=overdue.to_string()>{text}</a></li>
                    })
                })
                .collect::<Vec<_>>()
        })
    };
    // A pregnancy still going on: how far along, and its page one tap away.
    let pregnancies = move || {
        let l = lang.get();
        let today = browser::today();
        state.envelope.with(|e| {
            e.record
                .pregnancies
                .iter()
                .filter(|p| p.birth.is_none())
                .filter_map(|p| {
                    let due = p.expected_delivery?;
                    let date = format::date(l, due);
                    let text = match pregnancy_now(due, today)? {
                        PregnancyNow::PastDue => t_with(l, Key::HomePregnancyPastDue, &[("date", &date)]),
                        PregnancyNow::Along(weeks) => t_with(l, Key::HomePregnancy, &[("weeks", &format::gestation(l, &weeks)), ("date", &date)]),
                    };
                    Some(view! {
                        <li><a href=href_to(&RecordPage::Pregnancy(p.id).path()) class="card card--link" data-testid="home-pregnancy">{text}</a></li>
                    })
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <PageFrame section=Section::Home>
            <EmbeddedNotice/>
            // Back from a demonstration: said, so nobody wonders whose record this is.
            {(browser::query_param("demo").as_deref() == Some("0")).then(|| view! {
                <p class="notice notice--ok" role="status" data-testid="demo-left">{tr(Key::DemoLeft)}</p>
            })}
            <Show when=reminder>
                <div class="notice" data-testid="export-reminder">
                    <p>{tr(Key::ExportReminder)}</p>
                    <button type="button" class="button button--primary" on:click=move |_| { backup::export(state); }>{tr(Key::ExportBackup)}</button>
                </div>
            </Show>
            <p class="lead">{tr(Key::AppTagline)}</p>
            <ul class="cards">{pregnancies}{next_checks}</ul>
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
