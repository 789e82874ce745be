use leptos::prelude::*;
use crate::ui::router::use_navigate;

use super::forms::{CaregiverForm, ChildForm, PregnancyForm};
use crate::domain::age::age_on;
use crate::domain::record::{Caregiver, Pregnancy};
use crate::i18n::{format, Key};
use crate::sections::{RecordPage, Section};
use crate::ui::browser;
use crate::ui::components::{delete_warning, EditDelete, EmbeddedNotice, PageFrame};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::links::href_to;
use crate::ui::record_state::use_record;

#[component]
pub fn Overview() -> impl IntoView {
    let state = use_record();
    let lang = use_i18n().lang;
    let adding_child = RwSignal::new(false);
    let adding_pregnancy = RwSignal::new(false);
    let adding_caregiver = RwSignal::new(false);
    let editing_caregiver = RwSignal::new(None::<u64>);
    let navigate = use_navigate();
    let navigate_too = navigate.clone();

    let children = move || {
        let today = browser::today();
        state.envelope.with(|e| {
            e.record
                .children
                .iter()
                .map(|c| {
                    let age = age_on(c.birth_date, today).map(|a| format::age(lang.get(), &a)).unwrap_or_default();
                    let link = href_to(&RecordPage::Child(c.id).path());
                    view! {
                        <li>
                            <a class="card card--link" href=link data-testid="child-card">
                                <span class="card__title">{c.name.clone()}</span>
                                <span class="card__body">{format::date(lang.get(), c.birth_date)} " · " {age}</span>
                            </a>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let pregnancies = move || {
        state.envelope.with(|e| {
            e.record
                .pregnancies
                .iter()
                .map(|p: &Pregnancy| {
                    let link = href_to(&RecordPage::Pregnancy(p.id).path());
                    // Once born, the birth date tells one pregnancy from another.
                    let (key, date) = match &p.birth {
                        Some(b) => (Key::BirthDate, Some(b.date)),
                        None => (Key::ExpectedDelivery, p.expected_delivery),
                    };
                    let edd = date.map(|d| format!("{}: {}", key.text(lang.get()), format::date(lang.get(), d)));
                    view! {
                        <li>
                            <a class="card card--link" href=link data-testid="pregnancy-card">
                                <span class="card__title">{tr(Key::PregnancyTitle)}</span>
                                <span class="card__body">{edd}</span>
                            </a>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let caregivers = move || {
        state.envelope.with(|e| {
            e.record
                .caregivers
                .iter()
                .map(|c: &Caregiver| {
                    let id = c.id;
                    let existing = c.clone();
                    let name = c.name.clone();
                    // "母", "祖母": shown under the name, as entered (it was kept but never shown).
                    let relation = (!c.relation.is_empty()).then(|| c.relation.clone());
                    view! {
                        <li class="item">
                            <Show
                                when=move || editing_caregiver.get() == Some(id)
                                fallback=move || {
                                    view! {
                                        <p class="item__main">{name.clone()}{relation.clone().map(|r| view! { <br/><span class="item__date">{r}</span> })}</p>
                                        <EditDelete on_edit=move |_| editing_caregiver.set(Some(id)) warning=delete_warning(name.clone()) what=name.clone()
                                            on_delete=move |_| { state.apply(move |h| h.caregivers.retain(|c| c.id != id)); }/>
                                    }
                                }
                            >
                                <CaregiverForm existing=Some(existing.clone()) on_done=move |_| editing_caregiver.set(None)/>
                            </Show>
                        </li>
                    }
                })
                .collect_view()
        })
    };

    view! {
        <PageFrame section=Section::Record>
            <p>{tr(Key::RecordIntro)}</p>
            <EmbeddedNotice/>

            <h2>{tr(Key::RecordChildren)}</h2>
            <Show when=move || state.envelope.with(|e| e.record.children.is_empty())>
                <p class="muted">{tr(Key::RecordNoChildren)}</p>
            </Show>
            <ul class="cards">{children}</ul>
            <Show
                when=move || adding_child.get()
                fallback=move || view! {
                    <button type="button" class="button button--primary" data-testid="add-child" on:click=move |_| adding_child.set(true)>
                        {tr(Key::AddChild)}
                    </button>
                }
            >
                <ChildForm existing=None on_done={
                    let navigate = navigate.clone();
                    move |created: Option<u64>| {
                        adding_child.set(false);
                        if let Some(id) = created {
                            navigate(&RecordPage::Child(id).path());
                        }
                    }
                }/>
            </Show>

            <h2>{tr(Key::RecordPregnancies)}</h2>
            <Show when=move || state.envelope.with(|e| e.record.pregnancies.is_empty())>
                <p class="muted">{tr(Key::RecordNoPregnancies)}</p>
            </Show>
            <ul class="cards">{pregnancies}</ul>
            <Show
                when=move || adding_pregnancy.get()
                fallback=move || view! {
                    <button type="button" class="button" data-testid="add-pregnancy" on:click=move |_| adding_pregnancy.set(true)>
                        {tr(Key::AddPregnancy)}
                    </button>
                }
            >
                <PregnancyForm existing=None on_done={
                    let navigate = navigate_too.clone();
                    move |created: Option<u64>| {
                        adding_pregnancy.set(false);
                        if let Some(id) = created {
                            navigate(&RecordPage::Pregnancy(id).path());
                        }
                    }
                }/>
            </Show>

            <h2>{tr(Key::RecordCaregivers)}</h2>
            <ul class="items" data-when-empty="add-caregiver">{caregivers}</ul>
            <Show
                when=move || adding_caregiver.get()
                fallback=move || view! {
                    <button type="button" class="button" data-testid="add-caregiver" on:click=move |_| adding_caregiver.set(true)>
                        {tr(Key::AddCaregiver)}
                    </button>
                }
            >
                <CaregiverForm existing=None on_done=move |_| adding_caregiver.set(false)/>
            </Show>

            <p class="guidance">{tr(Key::RecordPrivacy)}</p>
        </PageFrame>
    }
}
