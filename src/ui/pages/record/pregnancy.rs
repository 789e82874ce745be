use leptos::prelude::*;
use crate::ui::router::use_navigate;

use super::forms::{BirthForm, CheckupForm, ChildForm, PregnancyForm};
use crate::domain::prenatal::{checkup_line, signs, PrenatalSign};
use crate::domain::record::{Id, PrenatalCheckup};
use crate::domain::units::{grams_as_kg, hhmm, mm_as_cm};
use crate::i18n::{format, t_with, Key, Lang};
use crate::sections::{RecordPage, Section};
use crate::ui::components::{delete_warning, EditDelete, PageFrame};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::links::{href, href_to};
use crate::ui::record_state::use_record;

/// The Talk page, about the pregnancy while it lasts (the page offers that
/// choice only until the birth is recorded).
fn consult_href(ongoing: bool) -> String {
    let page = href(Section::Consult);
    if ongoing { format!("{page}?child=pregnancy") } else { page }
}

/// Values worth a word, each with where to talk it over.
fn sign_notes(l: Lang, ongoing: bool, k: &PrenatalCheckup) -> impl IntoView {
    let consult = consult_href(ongoing);
    signs(k)
        .into_iter()
        .map(|sign| {
            let key = match sign {
                PrenatalSign::VeryHighBloodPressure => Key::PrenatalVeryHighBp,
                PrenatalSign::HighBloodPressure => Key::PrenatalHighBp,
                PrenatalSign::ProteinInUrine => Key::PrenatalProtein,
            };
            view! {
                <p class="growth-note" data-testid="prenatal-note">
                    {key.text(l)} " "
                    <a href=consult.clone()>{tr(Key::ResultConsultOpen)}</a>
                </p>
            }
        })
        .collect_view()
}

#[component]
pub fn PregnancyPage(id: Id) -> impl IntoView {
    let state = use_record();
    let lang = use_i18n().lang;
    let pregnancy = Memo::new(move |_| state.envelope.with(|e| e.record.pregnancy(id).cloned()));
    let editing = RwSignal::new(false);
    let adding_checkup = RwSignal::new(false);
    let editing_checkup = RwSignal::new(None::<Id>);
    let editing_birth = RwSignal::new(false);
    let navigate = use_navigate();

    let details = move || {
        pregnancy.get().map(|p| {
            let l = lang.get();
            let edd = p
                .expected_delivery
                .map(|d| format::date(l, d))
                .unwrap_or_else(|| Key::NotRecorded.text(l).to_owned());
            view! {
                <dl class="facts">
                    <dt>{tr(Key::ExpectedDelivery)}</dt><dd>{edd}</dd>
                    <dt>{tr(Key::PregnancyNotes)}</dt><dd class="item__text">{p.notes.clone()}</dd>
                </dl>
            }
        })
    };
    let checkups = move || {
        let l = lang.get();
        pregnancy.get().map(|p| {
            let empty = p.checkups.is_empty().then(|| view! { <p class="muted">{tr(Key::NoCheckups)}</p> });
            // Only the latest checkup of a pregnancy still going on speaks up:
            // an old reading, or one since followed by others, is not news.
            let ongoing = p.birth.is_none();
            let latest = ongoing.then(|| p.checkups.iter().max_by_key(|k| (k.date, k.id)).map(|k| k.id)).flatten();
            let items = p
                .checkups
                .into_iter()
                .map(|k| {
                    let kid = k.id;
                    let when = format::date(l, k.date);
                    let line = checkup_line(l, &k);
                    let notes = k.notes.clone();
                    let recorded = (latest == Some(kid)).then(|| k.clone());
                    view! {
                        <li class="item" data-testid="checkup">
                            <Show
                                when=move || editing_checkup.get() == Some(kid)
                                fallback={
                                    let (when, line, notes) = (when.clone(), line.clone(), notes.clone());
                                    move || {
                                        view! {
                                            <p class="item__main"><span class="item__date">{when.clone()}</span><br/>{line.clone()}<br/><span class="item__text">{notes.clone()}</span></p>
                                            {recorded.as_ref().map(|k| sign_notes(l, ongoing, k))}
                                            <EditDelete on_edit=move |_| editing_checkup.set(Some(kid)) warning=delete_warning(when.clone()) what=when.clone() on_delete=move |_| {
                                                state.apply(move |h| if let Some(p) = h.pregnancy_mut(id) { p.checkups.retain(|x| x.id != kid) });
                                            }/>
                                        }
                                    }
                                }
                            >
                                <CheckupForm pregnancy_id=id existing=Some(k.clone()) on_done=move |_| editing_checkup.set(None)/>
                            </Show>
                        </li>
                    }
                })
                .collect_view();
            (empty, view! { <ul class="items" data-when-empty="add-checkup">{items}</ul> })
        })
    };
    let birth = move || {
        let l = lang.get();
        pregnancy.get().map(|p| match p.birth {
            Some(b) if !editing_birth.get() => {
                let mut facts = vec![(Key::BirthDate, format!("{}{}", format::date(l, b.date), b.time.map(|t| format!(" {}", hhmm(t))).unwrap_or_default()))];
                if let Some(g) = b.gestation {
                    facts.push((Key::SummaryGestation, format::gestation(l, &g)));
                }
                if let Some(w) = b.weight_g {
                    facts.push((Key::BirthWeight, format!("{w} g ({} kg)", grams_as_kg(w))));
                }
                for (key, mm) in [(Key::BirthLength, b.length_mm), (Key::Head, b.head_mm), (Key::Chest, b.chest_mm)] {
                    if let Some(mm) = mm {
                        facts.push((key, format!("{} cm", mm_as_cm(mm))));
                    }
                }
                let rows = facts.into_iter().map(|(k, v)| view! { <dt>{tr(k)}</dt><dd>{v}</dd> }).collect_view();
                view! {
                    <dl class="facts" data-testid="birth">{rows}</dl>
                    <p class="item__text">{b.notes.clone()}</p>
                    <EditDelete on_edit=move |_| editing_birth.set(true) warning=delete_warning(Key::BirthTitle.text(l).to_owned()) on_delete=move |_| {
                        state.apply(move |h| if let Some(p) = h.pregnancy_mut(id) { p.birth = None });
                    }/>
                }
                .into_any()
            }
            existing if editing_birth.get() => view! {
                <BirthForm pregnancy_id=id existing=existing on_done=move |_| editing_birth.set(false)/>
            }
            .into_any(),
            _ => view! {
                <button type="button" class="button button--primary" data-testid="add-birth" on:click=move |_| editing_birth.set(true)>{tr(Key::AddBirth)}</button>
            }
            .into_any(),
        })
    };
    // Everything inside goes with it: said with the counts, as for a child.
    let delete_warning = Signal::derive(move || {
        let (checkups, births) = pregnancy.with(|p| p.as_ref().map_or((0, 0), |p| (p.checkups.len(), usize::from(p.birth.is_some()))));
        t_with(lang.get(), Key::DeletePregnancyWarning, &[("checkups", &checkups.to_string()), ("births", &births.to_string())])
    });

    view! {
        <PageFrame section=Section::Record heading=Signal::derive(move || Key::PregnancyTitle.text(lang.get()).to_owned())>
            <p><a href=href_to(&RecordPage::Overview.path()) class="back-link">{tr(Key::Back)}</a></p>
            <Show when=move || pregnancy.with(|p| p.is_some()) fallback=|| view! { <p class="card">{tr(Key::NoSuchItem)}</p> }>
                <Show
                    when=move || editing.get()
                    fallback={
                        let navigate = navigate.clone();
                        move || {
                            let navigate = navigate.clone();
                            view! {
                                {details}
                                <EditDelete prominent=true on_edit=move |_| editing.set(true) warning=delete_warning on_delete=move |_| {
                                    state.apply(move |h| h.pregnancies.retain(|p| p.id != id));
                                    navigate(&RecordPage::Overview.path());
                                }/>
                            }
                        }
                    }
                >
                    <PregnancyForm existing=pregnancy.get_untracked() on_done=move |_| editing.set(false)/>
                </Show>

                <h2>{tr(Key::PrenatalCheckups)}</h2>
                <Show
                    when=move || adding_checkup.get()
                    fallback=move || view! {
                        <button type="button" class="button button--primary" data-testid="add-checkup" on:click=move |_| adding_checkup.set(true)>{tr(Key::AddCheckup)}</button>
                    }
                >
                    <CheckupForm pregnancy_id=id existing=None on_done=move |_| adding_checkup.set(false)/>
                </Show>
                {checkups}
                // While the pregnancy lasts: afterwards the Talk page is about the child.
                <Show when=move || pregnancy.with(|p| p.as_ref().is_some_and(|p| p.birth.is_none()))>
                    <p><a class="button" href=consult_href(true) data-testid="pregnancy-consult">{tr(Key::PrenatalConsult)}</a></p>
                </Show>

                <h2>{tr(Key::BirthTitle)}</h2>
                {birth}
                <Show when=move || !editing_birth.get()>
                    <ChildFromBirth pregnancy_id=id/>
                </Show>
            </Show>
        </PageFrame>
    }
}

/// Once the birth is recorded, the child's own record starts from it (date,
/// weeks and what was measured); after that, a twin's can (see `birth_offer`).
#[component]
fn ChildFromBirth(pregnancy_id: Id) -> impl IntoView {
    let state = use_record();
    let navigate = use_navigate();
    let adding = RwSignal::new(false);
    let offer = Memo::new(move |_| state.envelope.with(|e| e.record.birth_offer(pregnancy_id)));
    move || {
        let navigate = navigate.clone();
        offer.get().map(|offer| {
            if adding.get() {
                let done = move |id: Option<Id>| {
                    adding.set(false);
                    if let Some(id) = id {
                        navigate(&RecordPage::Child(id).path());
                    }
                };
                view! { <ChildForm existing=None from_birth=Some(offer.birth) on_done=done/> }.into_any()
            } else {
                let (body, action, class) = if offer.another {
                    (Key::ChildFromBirthAnotherBody, Key::AddAnotherChild, "button")
                } else {
                    (Key::ChildFromBirthBody, Key::AddChild, "button button--primary")
                };
                view! {
                    <div class="card card--offer" data-testid="child-from-birth">
                        <p>{tr(body)}</p>
                        <button type="button" class=class data-testid="add-child-from-birth" on:click=move |_| adding.set(true)>{tr(action)}</button>
                    </div>
                }
                .into_any()
            }
        })
    }
}
