//! A child's routine vaccinations: what comes next, each vaccine's doses
//! with their state from the schedule data, recording a dose, correcting or
//! deleting one, and the coming dates as a calendar file.

use chrono::NaiveDate;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::record::{Child, Id, Vaccination};
use crate::domain::schedule_forms::DoseInput;
use crate::i18n::{format, t_with, Key, Lang};
use crate::schedule::checkups::checkup_status;
use crate::schedule::ics;
use crate::schedule::immunisation::{next_due, schedule, status, DoseStatus, State, Vaccine};
use crate::ui::browser;
use crate::ui::components::{action_for, delete_warning, DataForm, EditDelete};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::record_state::use_record;

fn state_code(state: State) -> &'static str {
    match state {
        State::Done(_) => "done",
        State::DueNow { .. } => "due",
        State::Overdue { .. } => "overdue",
        State::Upcoming { .. } => "upcoming",
        State::Missed => "missed",
    }
}


/// "B型肝炎 2回目" / "Hepatitis B dose 2"
pub fn dose_name(l: Lang, s: &DoseStatus) -> String {
    format!("{} {}", l.pick(&s.vaccine.ja, &s.vaccine.en), l.pick(&s.dose.ja, &s.dose.en))
}

fn next_text(l: Lang, c: &Child, today: NaiveDate) -> String {
    let Some(next) = next_due(c.birth_date, &c.recorded_doses(), today) else {
        return Key::VaccineAllDone.text(l).to_owned();
    };
    let list = next.doses.iter().map(|s| dose_name(l, s)).collect::<Vec<_>>().join(l.pick("、", ", "));
    let now = next.doses.iter().any(|s| matches!(s.state, State::DueNow { .. } | State::Overdue { .. }));
    if now {
        t_with(l, Key::VaccineNextNow, &[("list", &list)])
    } else {
        t_with(l, Key::VaccineNextOn, &[("date", &format::date(l, next.on)), ("list", &list)])
    }
}

/// Downloads the coming doses and checkups as `sukusuku-<name>-schedule.ics`.
fn export_calendar(l: Lang, c: &Child) -> bool {
    let today = browser::today();
    let doses = status(c.birth_date, &c.recorded_doses(), today);
    let checkups = checkup_status(c.birth_date, &c.checkup_visits, today);
    let events = ics::child_events(l, c.id, &c.name, &doses, &checkups, today);
    browser::download_as(&ics::file_name(&c.name), &ics::calendar(&events, browser::now()), "text/calendar")
}

#[component]
pub fn Vaccinations(child_id: Id, birth: NaiveDate) -> impl IntoView {
    let state = use_record();
    let lang = use_i18n().lang;
    let recording = RwSignal::new(None::<(&'static str, u8)>);
    // Cards the family opened (or acted in) stay open when the list is built
    // again: a course just completed would otherwise fold away under them.
    let kept_open = RwSignal::new(Vec::<&'static str>::new());
    let child = Memo::new(move |_| state.envelope.with(|e| e.record.child(child_id).cloned()));

    let next = move || child.with(|c| c.as_ref().map(|c| next_text(lang.get(), c, browser::today())));
    let export = move |_| {
        child.with_untracked(|c| {
            if let Some(c) = c {
                export_calendar(lang.get_untracked(), c);
            }
        })
    };
    let groups = move || {
        let l = lang.get();
        child.with(|c| {
            let c = c.as_ref()?;
            let today = browser::today();
            let all = status(birth, &c.recorded_doses(), today);
            let next: Vec<&str> = next_due(birth, &c.recorded_doses(), today).map(|n| n.doses.iter().map(|s| s.vaccine.id.as_str()).collect()).unwrap_or_default();
            let groups = schedule()
                .vaccines
                .iter()
                .map(|vaccine| {
                    let doses: Vec<&DoseStatus<'static>> = all.iter().filter(|s| s.vaccine.id == vaccine.id).collect();
                    let done = doses.iter().filter(|s| matches!(s.state, State::Done(_))).count();
                    // Open: something to do now or next, or a course under way.
                    let started = done > 0 && doses.iter().any(|s| matches!(s.state, State::Upcoming { .. }));
                    let active = started || next.contains(&vaccine.id.as_str()) || doses.iter().any(|s| matches!(s.state, State::DueNow { .. } | State::Overdue { .. }));
                    let rows = doses.iter().map(|s| dose_row(l, c, s, recording)).collect_view();
                    view! {
                        <details class="vaccine" open=active || kept_open.with_untracked(|k| k.contains(&vaccine.id.as_str()))
                            on:toggle=move |ev| {
                                let open = event_target::<web_sys::Element>(&ev).has_attribute("open");
                                kept_open.update(|k| {
                                    k.retain(|id| *id != vaccine.id.as_str());
                                    if open {
                                        k.push(vaccine.id.as_str());
                                    }
                                });
                            }>
                            <summary class="vaccine__summary">
                                <span class="vaccine__name">{l.pick(&vaccine.ja, &vaccine.en).to_owned()}</span>
                                <span class="vaccine__count">{t_with(l, Key::VaccineCount, &[("done", &done.to_string()), ("total", &doses.len().to_string())])}</span>
                            </summary>
                            <p class="muted">{l.pick(&vaccine.note_ja, &vaccine.note_en).to_owned()}</p>
                            <ul class="items">{rows}</ul>
                        </details>
                    }
                })
                .collect_view();
            Some(groups)
        })
    };
    let source = move || {
        let s = &schedule().source;
        let l = lang.get();
        t_with(l, Key::ScheduleSource, &[("source", l.pick(&s.ja, &s.en)), ("version", &s.version)])
    };

    view! {
        <section aria-labelledby="vaccines-title" class="vaccines">
            <h2 id="vaccines-title">{tr(Key::VaccinesTitle)}</h2>
            <p class="muted">{tr(Key::VaccinesIntro)}</p>
            <p class="card vaccine-next" data-testid="vaccine-next" aria-live="polite">{next}</p>
            <button type="button" class="button" data-testid="export-ics" on:click=export>{tr(Key::ExportIcs)}</button>
            <p class="muted">{tr(Key::ExportIcsHint)}</p>
            {groups}
            <p class="muted schedule-source">{source}</p>
        </section>
    }
}

fn dose_row(l: Lang, c: &Child, s: &DoseStatus<'static>, recording: RwSignal<Option<(&'static str, u8)>>) -> impl IntoView {
    let state = use_record();
    let (child_id, birth) = (c.id, c.birth_date);
    let vaccine: &'static Vaccine = s.vaccine;
    let key = (vaccine.id.as_str(), s.dose.dose);
    let name = dose_name(l, s);
    let recorded = c.vaccinations.iter().filter(|v| v.given.vaccine == vaccine.id && v.given.dose == key.1).min_by_key(|v| v.given.date).cloned();
    let lot = recorded.as_ref().filter(|v| !v.given.lot.is_empty()).map(|v| t_with(l, Key::DoseLotShown, &[("lot", &v.given.lot)]));
    // The product decides the course (rotavirus: two doses or three), so it is shown with the dose.
    let product = recorded
        .as_ref()
        .and_then(|v| vaccine.products.iter().find(|p| Some(&p.id) == v.given.product.as_ref()))
        .map(|p| l.pick(&p.ja, &p.en).to_owned());
    let early = s.given_early.then(|| view! { <p class="dose__warning">{tr(Key::DoseGivenEarly)}</p> });
    // What to know before this dose (rotavirus dose 1 after 15 weeks, PCV dose 3 after a late dose 2).
    let note = (s.is_open() && !s.dose.note_ja.is_empty())
        .then(|| view! { <p class="muted" data-testid="dose-note">{l.pick(&s.dose.note_ja, &s.dose.note_en).to_owned()}</p> });
    // Recorded: edit or delete it; not yet: record it, with the product of the course's earlier doses.
    let product_so_far = s.product.filter(|_| !s.product_assumed).map(|p| p.id.clone());
    let action = move || {
        if recording.get() == Some(key) {
            let product = recorded.as_ref().map_or(product_so_far.clone(), |v| v.given.product.clone());
            return view! {
                <DoseForm child_id=child_id birth=birth vaccine=vaccine dose=key.1 existing=recorded.clone() product=product about=name.clone() on_done=move |_| recording.set(None)/>
            }
            .into_any();
        }
        match recorded.as_ref().map(|v| v.id) {
            Some(id) => view! {
                <EditDelete on_edit=move |_| recording.set(Some(key)) warning=delete_warning(name.clone()) what=name.clone() on_delete=move |_| {
                    state.apply(move |h| {
                        if let Some(c) = h.child_mut(child_id) {
                            c.vaccinations.retain(|v| v.id != id);
                        }
                    });
                }/>
            }
            .into_any(),
            // Eleven or more of these on the page: each names its dose to a screen reader.
            None => view! {
                <button type="button" class="button" data-testid="record-dose" aria-label=action_for(l, Key::RecordDose, Some(&name)) on:click=move |_| recording.set(Some(key))>{tr(Key::RecordDose)}</button>
            }
            .into_any(),
        }
    };
    view! {
        <li class="item dose" data-testid="vaccine-dose" data-vaccine=key.0 data-dose=key.1.to_string() data-state=state_code(s.state)>
            <p class="item__main">
                <strong>{l.pick(&s.dose.ja, &s.dose.en).to_owned()}</strong><br/>
                <span class="dose__state">{format::dose_state(l, s)}</span>
                {product.map(|p| view! { <br/><span class="item__date" data-testid="dose-product">{p}</span> })}
                {lot.map(|t| view! { <br/><span class="item__date">{t}</span> })}
            </p>
            {early}
            {note}
            {action}
        </li>
    }
}

#[component]
fn DoseForm(
    child_id: Id,
    birth: NaiveDate,
    vaccine: &'static Vaccine,
    dose: u8,
    /// The dose as recorded, when it is being corrected.
    existing: Option<Vaccination>,
    product: Option<String>,
    /// The dose's name, for the form's title.
    about: String,
    #[prop(into)] on_done: Callback<()>,
) -> impl IntoView {
    let state = use_record();
    let existing_id = existing.as_ref().map(|v| v.id);
    let initial = DoseInput {
        date: existing.as_ref().map_or_else(browser::today, |v| v.given.date).to_string(),
        lot: existing.map(|v| v.given.lot).unwrap_or_default(),
        product: product.unwrap_or_default(),
    };
    let submit = move |values: Vec<String>| {
        let given = DoseInput::from_values(&values).to_vaccination(0, &vaccine.id, dose, birth, browser::today())?;
        state.apply(move |h| {
            let mut v = given.clone();
            v.id = existing_id.unwrap_or_else(|| h.new_id());
            if let Some(c) = h.child_mut(child_id) {
                // Corrected where it is, so nothing depends on the order of edits.
                match c.vaccinations.iter_mut().find(|x| Some(x.id) == existing_id) {
                    Some(slot) => *slot = v,
                    None => c.vaccinations.push(v),
                }
            }
        });
        on_done.run(());
        // The row is built again around the saved dose: focus goes to its
        // Edit, before the form's own return (which would find its place gone).
        let row = format!("[data-testid=vaccine-dose][data-vaccine=\"{}\"][data-dose=\"{dose}\"] button", vaccine.id);
        request_animation_frame(move || {
            if let Some(edit) = document().query_selector(&row).ok().flatten().and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = edit.focus();
            }
        });
        Ok(())
    };
    view! {
        <DataForm title=if existing_id.is_some() { Key::Edit } else { Key::RecordDose } about=Some(about) fields=DoseInput::fields(vaccine) initial=initial.values()
            on_submit=submit on_cancel=move |_| on_done.run(())/>
    }
}
