//! A child's infant checkups (乳幼児健診): each standard checkup with its
//! state from the checkup data, recording a visit, and the visits recorded.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::record::{sort_newest_first, Id};
use crate::domain::schedule_forms::VisitInput;
use crate::domain::units::{grams_as_kg, mm_as_cm};
use crate::i18n::{format, t_with, Key, Lang};
use crate::schedule::checkups::{checkup_status, checkups, Checkup, CheckupStatus, CheckupVisit};
use crate::ui::browser;
use crate::ui::components::{action_for, delete_warning, DataForm, EditDelete};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::record_state::use_record;

fn name(l: Lang, c: &Checkup) -> String {
    l.pick(&c.ja, &c.en).to_owned()
}

fn state(l: Lang, status: CheckupStatus) -> (&'static str, String) {
    let date = |d| format::date(l, d);
    match status {
        CheckupStatus::Done(d) => ("done", t_with(l, Key::CheckupDone, &[("date", &date(d))])),
        CheckupStatus::Now { until } => ("due", t_with(l, Key::CheckupNow, &[("date", &date(until))])),
        CheckupStatus::Upcoming { .. } => ("upcoming", Key::CheckupUpcoming.text(l).to_owned()),
        CheckupStatus::Passed => ("passed", Key::CheckupPassed.text(l).to_owned()),
    }
}

/// "体重 6.25 kg · 身長 61.5 cm · 頭囲 40.1 cm"
fn values(l: Lang, v: &CheckupVisit) -> String {
    let mut out = Vec::new();
    if let Some(g) = v.weight_g {
        out.push(format!("{} {} kg", Key::Weight.text(l), grams_as_kg(g)));
    }
    for (key, mm) in [(Key::Length, v.length_mm), (Key::Head, v.head_mm)] {
        if let Some(mm) = mm {
            out.push(format!("{} {} cm", key.text(l), mm_as_cm(mm)));
        }
    }
    out.join(" · ")
}

#[component]
pub fn CheckupVisits(child_id: Id, birth: NaiveDate) -> impl IntoView {
    let record = use_record();
    let lang = use_i18n().lang;
    let recording = RwSignal::new(None::<&'static str>);
    let editing = RwSignal::new(None::<Id>);
    let visits = Memo::new(move |_| {
        record.envelope.with(|e| e.record.child(child_id).map(|c| c.checkup_visits.clone()).unwrap_or_default())
    });

    let schedule_rows = move || {
        let l = lang.get();
        visits.with(|visits| {
            checkup_status(birth, visits, browser::today())
                .into_iter()
                .map(|(checkup, status)| {
                    let (code, text) = state(l, status);
                    let id: &'static str = checkup.id.as_str();
                    let span = checkup.span(birth).map(|s| format!("{} – {}", format::date(l, s.from), format::date(l, s.until)));
                    let statutory = checkup.statutory.then(|| view! { <span class="badge">{tr(Key::CheckupStatutory)}</span> });
                    // A visit can be recorded once its time has come (or passed unrecorded).
                    let checkup_name = name(l, checkup);
                    let action = matches!(code, "due" | "passed").then(|| {
                        move || {
                            if recording.get() == Some(id) {
                                view! { <VisitForm child_id=child_id birth=birth checkup=id existing=None on_done=move |_| recording.set(None)/> }.into_any()
                            } else {
                                view! {
                                    <button type="button" class="button" data-testid="record-checkup-visit" aria-label=action_for(l, Key::RecordCheckupVisit, Some(&checkup_name)) on:click=move |_| recording.set(Some(id))>
                                        {tr(Key::RecordCheckupVisit)}
                                    </button>
                                }
                                .into_any()
                            }
                        }
                    });
                    view! {
                        <li class="item checkup" data-testid="checkup-visit-status" data-checkup=id data-state=code>
                            <p class="item__main">
                                <strong>{name(l, checkup)}</strong>{statutory}<br/>
                                <span class="item__date">{span}</span><br/>
                                <span class="dose__state">{text}</span>
                            </p>
                            // When towns usually hold it, what it looks at: for a checkup still to come.
                            {(matches!(code, "due" | "upcoming") && !checkup.note_ja.is_empty())
                                .then(|| view! { <p class="muted" data-testid="checkup-note">{l.pick(&checkup.note_ja, &checkup.note_en).to_owned()}</p> })}
                            {action}
                        </li>
                    }
                })
                .collect_view()
        })
    };

    let visit_rows = move || {
        let l = lang.get();
        visits.with(|visits| {
            let empty = visits.is_empty().then(|| view! { <p class="muted">{tr(Key::NoCheckups)}</p> });
            let items = visits
                .iter()
                .map(|v| {
                    let v = v.clone();
                    let id = v.id;
                    let title = checkups().checkups.iter().find(|c| c.id == v.checkup).map(|c| name(l, c)).unwrap_or_else(|| v.checkup.clone());
                    let when = format::date(l, v.date);
                    let what = format!("{title} {when}");
                    let place = (!v.place.is_empty()).then(|| t_with(l, Key::VisitPlaceShown, &[("place", &v.place)]));
                    let warning = delete_warning(what.clone());
                    let (measured, notes) = (values(l, &v), v.notes.clone());
                    view! {
                        <li class="item" data-testid="checkup-visit">
                            <Show
                                when=move || editing.get() == Some(id)
                                fallback={
                                    let (title, when, place, measured, notes) = (title.clone(), when.clone(), place.clone(), measured.clone(), notes.clone());
                                    move || view! {
                                        <p class="item__main">
                                            <strong>{title.clone()}</strong><br/>
                                            <span class="item__date">{when.clone()}</span>
                                            {place.clone().map(|p| view! { <br/><span>{p}</span> })}
                                            <br/>{measured.clone()}
                                        </p>
                                        <p class="item__text">{notes.clone()}</p>
                                        <EditDelete on_edit=move |_| editing.set(Some(id)) warning=warning what=what.clone() on_delete=move |_| {
                                            record.apply(move |h| {
                                                if let Some(c) = h.child_mut(child_id) {
                                                    c.checkup_visits.retain(|x| x.id != id);
                                                }
                                            });
                                        }/>
                                    }
                                }
                            >
                                <VisitForm child_id=child_id birth=birth checkup=v.checkup.clone() existing=Some(v.clone()) on_done=move |_| editing.set(None)/>
                            </Show>
                        </li>
                    }
                })
                .collect_view();
            (empty, view! { <ul class="items">{items}</ul> })
        })
    };

    view! {
        <section aria-labelledby="checkups-title">
            <h2 id="checkups-title">{tr(Key::CheckupsTitle)}</h2>
            <p class="muted">{tr(Key::CheckupsIntro)}</p>
            <ul class="items">{schedule_rows}</ul>
            <h3 class="subheading">{tr(Key::VisitsTitle)}</h3>
            {visit_rows}
        </section>
    }
}

#[component]
fn VisitForm(
    child_id: Id,
    birth: NaiveDate,
    #[prop(into)] checkup: String,
    existing: Option<CheckupVisit>,
    #[prop(into)] on_done: Callback<()>,
) -> impl IntoView {
    let record = use_record();
    let existing_id = existing.as_ref().map(|v| v.id);
    let initial = existing
        .as_ref()
        .map(VisitInput::from_visit)
        .unwrap_or(VisitInput { date: browser::today().to_string(), ..Default::default() });
    let about_checkup = checkup.clone();
    let submit = move |values: Vec<String>| {
        let visit = VisitInput::from_values(&values).to_visit(existing_id.unwrap_or(0), &about_checkup, birth, browser::today())?;
        record.apply(move |h| {
            let mut v = visit.clone();
            if existing_id.is_none() {
                v.id = h.new_id();
            }
            if let Some(c) = h.child_mut(child_id) {
                c.checkup_visits.retain(|x| x.id != v.id);
                c.checkup_visits.push(v);
                sort_newest_first(&mut c.checkup_visits, |x| x.date, |x| x.id);
            }
        });
        on_done.run(());
        Ok(())
    };
    let title = if existing_id.is_some() { Key::Edit } else { Key::RecordCheckupVisit };
    let lang = use_i18n().lang.get_untracked();
    let about = checkups().checkups.iter().find(|c| c.id == checkup).map(|c| name(lang, c));
    view! {
        <DataForm title=title about=about fields=VisitInput::FIELDS initial=initial.values()
            on_submit=submit on_cancel=move |_| on_done.run(())/>
    }
}
