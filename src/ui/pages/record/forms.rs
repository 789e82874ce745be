//! One form per part of the record, each used to add and to edit. The fields
//! and rules are in `domain::forms`; these connect them to the record.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::forms::*;
use crate::domain::record::*;
use crate::i18n::Key;
use crate::ui::browser;
use crate::ui::components::DataForm;
use crate::ui::record_state::use_record;

fn title(existing: bool, add: Key) -> Key {
    if existing {
        Key::Edit
    } else {
        add
    }
}

/// Puts `item` into `list` (replacing the one with its id), newest first.
fn upsert<T>(list: &mut Vec<T>, item: T, id: impl Fn(&T) -> Id, date: impl Fn(&T) -> NaiveDate) {
    let new_id = id(&item);
    list.retain(|x| id(x) != new_id);
    list.push(item);
    sort_newest_first(list, date, id);
}

#[component]
pub fn ChildForm(
    existing: Option<Child>,
    /// A new child born as recorded in a pregnancy: the form starts from it,
    /// and what was measured at birth becomes the first growth point.
    #[prop(default = None)]
    from_birth: Option<Birth>,
    #[prop(into)] on_done: Callback<Option<Id>>,
) -> impl IntoView {
    let state = use_record();
    let existing_id = existing.as_ref().map(|c| c.id);
    let initial = match (&existing, &from_birth) {
        (Some(c), _) => ChildInput::from_child(c),
        (None, Some(b)) => ChildInput::from_birth(b),
        (None, None) => ChildInput { sex: Sex::Unspecified.code().into(), ..Default::default() },
    };
    let template = existing.unwrap_or_else(|| Child::new(0, String::new(), browser::today(), Sex::Unspecified, None));
    let submit = move |values: Vec<String>| {
        let input = ChildInput::from_values(&values);
        let today = browser::today();
        let mut checked = template.clone();
        input.apply(&mut checked, today)?;
        let from_birth = from_birth.clone();
        state.apply(move |h| match existing_id {
            Some(id) => {
                if let Some(c) = h.child_mut(id) {
                    let _ = input.apply(c, today);
                }
            }
            None => {
                let mut c = checked.clone();
                c.id = h.new_id();
                let at_birth = from_birth.as_ref().and_then(|b| b.measurement_for(c.birth_date, h.new_id()));
                c.measurements.extend(at_birth);
                h.children.push(c);
            }
        });
        on_done.run(existing_id.or_else(|| {
            state
                .envelope
                .with_untracked(|e| e.record.children.last().map(|c| c.id))
        }));
        Ok(())
    };
    view! {
        <DataForm title=title(existing_id.is_some(), Key::AddChild) fields=ChildInput::FIELDS initial=initial.values()
            on_submit=submit on_cancel=move |_| on_done.run(None)/>
    }
}

#[component]
pub fn MeasurementForm(
    child_id: Id,
    birth: NaiveDate,
    existing: Option<Measurement>,
    #[prop(into)] on_done: Callback<Option<Id>>,
) -> impl IntoView {
    let state = use_record();
    let existing_id = existing.as_ref().map(|m| m.id);
    let initial = existing
        .as_ref()
        .map(MeasurementInput::from_measurement)
        .unwrap_or(MeasurementInput {
            date: browser::today().to_string(),
            ..Default::default()
        });
    let submit = move |values: Vec<String>| {
        let measurement = MeasurementInput::from_values(&values).to_measurement(
            existing_id.unwrap_or(0),
            birth,
            browser::today(),
        )?;
        state.apply(move |h| {
            let mut m = measurement.clone();
            if existing_id.is_none() {
                m.id = h.new_id();
            }
            if let Some(c) = h.child_mut(child_id) {
                upsert(&mut c.measurements, m, |x| x.id, |x| x.date);
            }
        });
        on_done.run(existing_id);
        Ok(())
    };
    view! {
        <DataForm title=title(existing_id.is_some(), Key::AddMeasurement) fields=MeasurementInput::FIELDS initial=initial.values()
            on_submit=submit on_cancel=move |_| on_done.run(None)/>
    }
}

#[component]
pub fn NoteForm(
    child_id: Id,
    existing: Option<Note>,
    #[prop(into)] on_done: Callback<Option<Id>>,
) -> impl IntoView {
    let state = use_record();
    let existing_id = existing.as_ref().map(|n| n.id);
    let initial = existing
        .map(|n| NoteInput {
            date: n.date.to_string(),
            text: n.text,
        })
        .unwrap_or(NoteInput {
            date: browser::today().to_string(),
            text: String::new(),
        });
    let submit = move |values: Vec<String>| {
        let note =
            NoteInput::from_values(&values).to_note(existing_id.unwrap_or(0), browser::today())?;
        state.apply(move |h| {
            let mut n = note.clone();
            if existing_id.is_none() {
                n.id = h.new_id();
            }
            if let Some(c) = h.child_mut(child_id) {
                upsert(&mut c.notes, n, |x| x.id, |x| x.date);
            }
        });
        on_done.run(existing_id);
        Ok(())
    };
    view! {
        <DataForm title=title(existing_id.is_some(), Key::AddNote) fields=NoteInput::FIELDS initial=initial.values()
            on_submit=submit on_cancel=move |_| on_done.run(None)/>
    }
}

#[component]
pub fn FirstForm(
    child_id: Id,
    birth: NaiveDate,
    existing: Option<First>,
    #[prop(into)] on_done: Callback<Option<Id>>,
) -> impl IntoView {
    let state = use_record();
    let existing_id = existing.as_ref().map(|f| f.id);
    let initial = existing
        .map(|f| FirstInput {
            kind: f
                .kind
                .map(first_kind_code)
                .unwrap_or(OTHER_FIRST)
                .to_owned(),
            label: f.label,
            date: f.date.to_string(),
        })
        .unwrap_or(FirstInput {
            kind: first_kind_code(FirstKind::HeadControl).to_owned(),
            label: String::new(),
            date: browser::today().to_string(),
        });
    let submit = move |values: Vec<String>| {
        let first = FirstInput::from_values(&values).to_first(
            existing_id.unwrap_or(0),
            birth,
            browser::today(),
        )?;
        state.apply(move |h| {
            let mut f = first.clone();
            if existing_id.is_none() {
                f.id = h.new_id();
            }
            if let Some(c) = h.child_mut(child_id) {
                upsert(&mut c.firsts, f, |x| x.id, |x| x.date);
                c.firsts.reverse(); // firsts read oldest first, like a timeline
            }
        });
        on_done.run(existing_id);
        Ok(())
    };
    view! {
        <DataForm title=title(existing_id.is_some(), Key::AddFirst) fields=FirstInput::FIELDS initial=initial.values()
            on_submit=submit on_cancel=move |_| on_done.run(None)/>
    }
}

#[component]
pub fn PregnancyForm(
    existing: Option<Pregnancy>,
    #[prop(into)] on_done: Callback<Option<Id>>,
) -> impl IntoView {
    let state = use_record();
    let existing_id = existing.as_ref().map(|p| p.id);
    let initial = PregnancyInput {
        expected_delivery: existing
            .as_ref()
            .and_then(|p| p.expected_delivery)
            .map(|d| d.to_string())
            .unwrap_or_default(),
        notes: existing
            .as_ref()
            .map(|p| p.notes.clone())
            .unwrap_or_default(),
    };
    let submit = move |values: Vec<String>| {
        let input = PregnancyInput::from_values(&values);
        let today = browser::today();
        let mut probe = Pregnancy {
            id: 0,
            expected_delivery: None,
            checkups: vec![],
            birth: None,
            notes: String::new(),
        };
        input.apply(&mut probe, today)?;
        state.apply(move |h| match existing_id {
            Some(id) => {
                if let Some(p) = h.pregnancy_mut(id) {
                    let _ = input.apply(p, today);
                }
            }
            None => {
                let mut p = probe.clone();
                p.id = h.new_id();
                h.pregnancies.push(p);
            }
        });
        on_done.run(existing_id.or_else(|| {
            state
                .envelope
                .with_untracked(|e| e.record.pregnancies.last().map(|p| p.id))
        }));
        Ok(())
    };
    view! {
        <DataForm title=title(existing_id.is_some(), Key::AddPregnancy) fields=PregnancyInput::FIELDS initial=initial.values()
            on_submit=submit on_cancel=move |_| on_done.run(None)/>
    }
}

#[component]
pub fn CheckupForm(
    pregnancy_id: Id,
    existing: Option<PrenatalCheckup>,
    #[prop(into)] on_done: Callback<Option<Id>>,
) -> impl IntoView {
    let state = use_record();
    let existing_id = existing.as_ref().map(|k| k.id);
    let due = move || state.envelope.with_untracked(|e| e.record.pregnancy(pregnancy_id).and_then(|p| p.expected_delivery));
    let initial = existing
        .as_ref()
        .map(CheckupInput::from_checkup)
        .unwrap_or(CheckupInput {
            date: browser::today().to_string(),
            ..Default::default()
        });
    let submit = move |values: Vec<String>| {
        let checkup = CheckupInput::from_values(&values)
            .to_checkup(existing_id.unwrap_or(0), due(), existing.as_ref(), browser::today())?;
        state.apply(move |h| {
            let mut k = checkup.clone();
            if existing_id.is_none() {
                k.id = h.new_id();
            }
            if let Some(p) = h.pregnancy_mut(pregnancy_id) {
                upsert(&mut p.checkups, k, |x| x.id, |x| x.date);
            }
        });
        on_done.run(existing_id);
        Ok(())
    };
    view! {
        <DataForm title=title(existing_id.is_some(), Key::AddCheckup) fields=CheckupInput::FIELDS initial=initial.values()
            on_submit=submit on_cancel=move |_| on_done.run(None)/>
    }
}

#[component]
pub fn BirthForm(
    pregnancy_id: Id,
    existing: Option<Birth>,
    #[prop(into)] on_done: Callback<Option<Id>>,
) -> impl IntoView {
    let state = use_record();
    let initial = existing
        .as_ref()
        .map(BirthInput::from_birth)
        .unwrap_or_default();
    let submit = move |values: Vec<String>| {
        let due = state.envelope.with_untracked(|e| e.record.pregnancy(pregnancy_id).and_then(|p| p.expected_delivery));
        let birth = BirthInput::from_values(&values).to_birth(due, existing.as_ref(), browser::today())?;
        state.apply(move |h| {
            if let Some(p) = h.pregnancy_mut(pregnancy_id) {
                p.birth = Some(birth.clone());
            }
        });
        on_done.run(Some(pregnancy_id));
        Ok(())
    };
    view! {
        <DataForm title=Key::BirthTitle fields=BirthInput::FIELDS initial=initial.values() on_submit=submit on_cancel=move |_| on_done.run(None)/>
    }
}

#[component]
pub fn CaregiverForm(
    existing: Option<Caregiver>,
    #[prop(into)] on_done: Callback<Option<Id>>,
) -> impl IntoView {
    let state = use_record();
    let existing_id = existing.as_ref().map(|c| c.id);
    let initial = existing
        .map(|c| CaregiverInput {
            name: c.name,
            relation: c.relation,
        })
        .unwrap_or_default();
    let submit = move |values: Vec<String>| {
        let caregiver =
            CaregiverInput::from_values(&values).to_caregiver(existing_id.unwrap_or(0))?;
        state.apply(move |h| {
            let mut c = caregiver.clone();
            match existing_id {
                Some(id) => {
                    if let Some(slot) = h.caregivers.iter_mut().find(|x| x.id == id) {
                        *slot = c;
                    }
                }
                None => {
                    c.id = h.new_id();
                    h.caregivers.push(c);
                }
            }
        });
        on_done.run(existing_id);
        Ok(())
    };
    view! {
        <DataForm title=title(existing_id.is_some(), Key::AddCaregiver) fields=CaregiverInput::FIELDS initial=initial.values()
            on_submit=submit on_cancel=move |_| on_done.run(None)/>
    }
}
