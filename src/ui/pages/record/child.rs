use leptos::prelude::*;
use crate::ui::router::use_navigate;

use super::checkup_visits::CheckupVisits;
use super::child_lists::{Firsts, Measurements, Notes};
use super::forms::ChildForm;
use super::growth::{GrowthSection, GrowthView};
use super::vaccinations::Vaccinations;
use crate::domain::age::{age_on, corrected_age_on};
use crate::domain::record::Id;
use crate::i18n::{format, t_with, Key};
use crate::sections::{RecordPage, Section};
use crate::ui::browser;
use crate::ui::components::{EditDelete, PageFrame};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::links::href_to;
use crate::ui::record_state::use_record;

#[component]
pub fn ChildPage(id: Id) -> impl IntoView {
    let state = use_record();
    let lang = use_i18n().lang;
    let child = Memo::new(move |_| state.envelope.with(|e| e.record.child(id).cloned()));
    let editing = RwSignal::new(false);
    let navigate = use_navigate();
    // The sections below are built again only when the birth date changes,
    // so their own state (the chart's measure, an open form) survives entries.
    let birth = Memo::new(move |_| child.with(|c| c.as_ref().map(|c| c.birth_date)));
    provide_context(GrowthView::new(child));
    let heading = Signal::derive(move || {
        child
            .with(|c| c.as_ref().map(|c| c.name.clone()))
            .unwrap_or_else(|| Key::RecordTitle.text(lang.get()).to_owned())
    });

    let summary = move || {
        child.with(|c| c.as_ref().map(|c| {
            let today = browser::today();
            let l = lang.get();
            let age = age_on(c.birth_date, today).map(|a| format::age(l, &a));
            let corrected = format::corrected_age(l, &corrected_age_on(c.birth_date, c.gestation, today));
            let gestation = c.gestation.map(|g| format::gestation(l, &g)).unwrap_or_else(|| Key::NotRecorded.text(l).to_owned());
            view! {
                <dl class="facts" data-testid="child-summary">
                    <dt>{tr(Key::ChildBirthDate)}</dt><dd>{format::date(l, c.birth_date)}</dd>
                    <dt>{tr(Key::ChildAge)}</dt>
                    <dd>{age}{corrected.map(|text| view! { <br/><span data-testid="corrected-age">{text}</span> })}</dd>
                    <dt>{tr(Key::ChildSex)}</dt><dd>{format::sex(l, c.sex)}</dd>
                    <dt>{tr(Key::GestationWeeks)}</dt><dd>{gestation}</dd>
                </dl>
            }
        }))
    };
    let delete_warning = Signal::derive(move || {
        child
            .with(|c| {
                c.as_ref().map(|c| {
                    let n = |x: usize| x.to_string();
                    t_with(
                        lang.get(),
                        Key::DeleteChildWarning,
                        &[
                            ("name", &c.name),
                            ("measurements", &n(c.measurements.len())),
                            ("notes", &n(c.notes.len())),
                            ("firsts", &n(c.firsts.len())),
                            ("checks", &n(c.checks.len())),
                            ("vaccinations", &n(c.vaccinations.len())),
                            ("visits", &n(c.checkup_visits.len())),
                        ],
                    )
                })
            })
            .unwrap_or_default()
    });

    view! {
        <PageFrame section=Section::Record heading=heading>
            <p><a href=href_to(&RecordPage::Overview.path()) class="back-link">{tr(Key::Back)}</a></p>
            <Show when=move || child.with(|c| c.is_some()) fallback=|| view! { <p class="card">{tr(Key::NoSuchItem)}</p> }>
                <Show
                    when=move || editing.get()
                    fallback={
                        let navigate = navigate.clone();
                        move || {
                        let navigate = navigate.clone();
                        view! {
                            {summary}
                            // Under the facts they change; and the first control in the
                            // form's place, so focus comes back to "Edit" after editing.
                            <EditDelete prominent=true edit_test_id="edit-child" on_edit=move |_| editing.set(true) warning=delete_warning
                                on_delete=move |_| {
                                    state.apply(move |h| h.children.retain(|c| c.id != id));
                                    navigate(&RecordPage::Overview.path());
                                }/>
                            <p><a class="button" data-testid="open-summary" href=href_to(&RecordPage::Summary(id).path())>{tr(Key::SummaryOpen)}</a></p>
                        }
                        }
                    }
                >
                    <ChildForm existing=child.get_untracked() on_done=move |_| editing.set(false)/>
                </Show>
                {move || birth.get().map(|birth_date| view! {
                    <GrowthSection child_id=id/>
                    <Measurements child_id=id birth=birth_date/>
                    <Vaccinations child_id=id birth=birth_date/>
                    <CheckupVisits child_id=id birth=birth_date/>
                    <Firsts child_id=id birth=birth_date/>
                    <Notes child_id=id/>
                })}
            </Show>
        </PageFrame>
    }
}
