//! A child's dated lists: measurements, firsts and notes, each with add,
//! edit and delete.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::forms::{FirstForm, MeasurementForm, NoteForm};
use super::growth::GrowthView;
use super::growth_notes::{note_texts, notes_view};
use crate::domain::age::age_on;
use crate::domain::record::{Child, Id};
use crate::domain::units::{grams_as_kg, mm_as_cm};
use crate::growth::Measure;
use crate::i18n::{format, t_with, Key, Lang};
use crate::ui::components::{delete_warning, EditDelete};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::record_state::{use_record, RecordState};

/// How many entries a list shows before "show all": keeps a six-year record quick to open.
const SHOWN: usize = 10;

fn at_age(lang: Lang, birth: NaiveDate, on: NaiveDate) -> String {
    let age = age_on(birth, on)
        .map(|a| format::age(lang, &a))
        .unwrap_or_default();
    t_with(lang, Key::AtAge, &[("age", &age)])
}

/// The row of Edit and Delete for one entry.
fn actions(editing: RwSignal<Option<Id>>, id: Id, what: String, delete: impl Fn() + Send + Sync + 'static) -> impl IntoView {
    view! { <EditDelete on_edit=move |_| editing.set(Some(id)) warning=delete_warning(what.clone()) what=what on_delete=move |_| delete()/> }
}

fn with_child<T>(state: RecordState, child_id: Id, f: impl FnOnce(&Child) -> T) -> Option<T> {
    state.envelope.with(|e| e.record.child(child_id).map(f))
}

/// One entry of a list: what it says (with its Edit and Delete), or its form
/// while it is being edited.
#[component]
fn EditableItem(
    test_id: &'static str,
    id: Id,
    editing: RwSignal<Option<Id>>,
    #[prop(into)] shown: ViewFn,
    children: ChildrenFn,
) -> impl IntoView {
    view! {
        <li class="item" data-testid=test_id>
            <Show when=move || editing.get() == Some(id) fallback=shown>
                {children()}
            </Show>
        </li>
    }
}

/// How many of `count` entries a list shows, and the "show all" button while some are hidden.
fn paged(lang: Lang, count: usize, show_all: RwSignal<bool>) -> (usize, Option<impl IntoView>) {
    if show_all.get() || count <= SHOWN {
        return (count, None);
    }
    let more = view! {
        <button type="button" class="button button--quiet" on:click=move |_| show_all.set(true)>
            {t_with(lang, Key::ShowAll, &[("count", &count.to_string())])}
        </button>
    };
    (SHOWN, Some(more))
}

#[component]
pub fn Measurements(child_id: Id, birth: NaiveDate) -> impl IntoView {
    let state = use_record();
    let lang = use_i18n().lang;
    let adding = RwSignal::new(false);
    let editing = RwSignal::new(None::<Id>);
    let show_all = RwSignal::new(false);
    let growth = use_context::<GrowthView>();
    let rows = move || {
        let l = lang.get();
        with_child(state, child_id, |c| {
            let found = growth.map(|g| g.findings.get()).unwrap_or_default();
            let count = c.measurements.len();
            let (shown, more) = paged(l, count, show_all);
            let items = c.measurements[..shown]
                .iter()
                .map(|m| {
                    let m = m.clone();
                    let id = m.id;
                    let mut values = Vec::new();
                    if let Some(g) = m.weight_g {
                        let centile = format::centile_suffix(l, &found, id, Measure::Weight);
                        values.push(format!("{} {} kg{centile}", Key::Weight.text(l), grams_as_kg(g)));
                    }
                    for (key, mm, measure) in [
                        (Key::Length, m.length_mm, Some(Measure::Length)),
                        (Key::Head, m.head_mm, Some(Measure::Head)),
                        (Key::Chest, m.chest_mm, None),
                    ] {
                        if let Some(mm) = mm {
                            let centile = measure.map(|x| format::centile_suffix(l, &found, id, x)).unwrap_or_default();
                            values.push(format!("{} {} cm{centile}", key.text(l), mm_as_cm(mm)));
                        }
                    }
                    let notes = note_texts(l, &found, id);
                    let when = format!("{}{}", format::date(l, m.date), at_age(l, birth, m.date));
                    let (what, values) = (format::date(l, m.date), values.join(" · "));
                    let shown = move || view! {
                        <p class="item__main"><span class="item__date">{when.clone()}</span><br/>{values.clone()}</p>
                        {notes_view(notes.clone(), child_id)}
                        {actions(editing, id, what.clone(), move || {
                            apply_to_child(state, child_id, move |c| c.measurements.retain(|x| x.id != id));
                        })}
                    };
                    view! {
                        <EditableItem test_id="measurement" id=id editing=editing shown=shown>
                            <MeasurementForm child_id=child_id birth=birth existing=Some(m.clone()) on_done=move |_| editing.set(None)/>
                        </EditableItem>
                    }
                })
                .collect_view();
            let empty =
                (count == 0).then(|| view! { <p class="muted">{tr(Key::NoMeasurements)}</p> });
            (empty, view! { <ul class="items" data-when-empty="add-measurement">{items}</ul> }, more)
        })
    };
    view! {
        <section aria-labelledby="measurements-title">
            <h2 id="measurements-title">{tr(Key::MeasurementsTitle)}</h2>
            <AddOr adding=adding label=Key::AddMeasurement test_id="add-measurement">
                <MeasurementForm child_id=child_id birth=birth existing=None on_done=move |_| adding.set(false)/>
            </AddOr>
            {rows}
        </section>
    }
}

/// Applies a change to one child of the record.
fn apply_to_child(state: RecordState, child_id: Id, change: impl Fn(&mut Child) + 'static) {
    state.apply(move |h| {
        if let Some(c) = h.child_mut(child_id) {
            change(c);
        }
    });
}

/// The "add" button, or the form it opens.
#[component]
fn AddOr(
    adding: RwSignal<bool>,
    label: Key,
    test_id: &'static str,
    children: ChildrenFn,
) -> impl IntoView {
    view! {
        <Show
            when=move || adding.get()
            fallback=move || view! {
                <button type="button" class="button button--primary" data-testid=test_id on:click=move |_| adding.set(true)>{tr(label)}</button>
            }
        >
            {children()}
        </Show>
    }
}

#[component]
pub fn Firsts(child_id: Id, birth: NaiveDate) -> impl IntoView {
    let state = use_record();
    let lang = use_i18n().lang;
    let adding = RwSignal::new(false);
    let editing = RwSignal::new(None::<Id>);
    let rows = move || {
        let l = lang.get();
        with_child(state, child_id, |c| {
            c.firsts
                .iter()
                .map(|f| {
                    let f = f.clone();
                    let id = f.id;
                    let name = f.kind.map(|k| format::first_kind(k).text(l).to_owned()).unwrap_or_else(|| f.label.clone());
                    let when = format!("{}{}", format::date(l, f.date), at_age(l, birth, f.date));
                    let shown = move || view! {
                        <p class="item__main"><strong>{name.clone()}</strong><br/><span class="item__date">{when.clone()}</span></p>
                        {actions(editing, id, name.clone(), move || {
                            apply_to_child(state, child_id, move |c| c.firsts.retain(|x| x.id != id));
                        })}
                    };
                    view! {
                        <EditableItem test_id="first" id=id editing=editing shown=shown>
                            <FirstForm child_id=child_id birth=birth existing=Some(f.clone()) on_done=move |_| editing.set(None)/>
                        </EditableItem>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section aria-labelledby="firsts-title">
            <h2 id="firsts-title">{tr(Key::FirstsTitle)}</h2>
            <p class="muted">{tr(Key::FirstsHint)}</p>
            <ul class="items" data-when-empty="add-first">{rows}</ul>
            <AddOr adding=adding label=Key::AddFirst test_id="add-first">
                <FirstForm child_id=child_id birth=birth existing=None on_done=move |_| adding.set(false)/>
            </AddOr>
        </section>
    }
}

#[component]
pub fn Notes(child_id: Id) -> impl IntoView {
    let state = use_record();
    let lang = use_i18n().lang;
    let adding = RwSignal::new(false);
    let editing = RwSignal::new(None::<Id>);
    let show_all = RwSignal::new(false);
    let rows = move || {
        let l = lang.get();
        with_child(state, child_id, |c| {
            let count = c.notes.len();
            let (shown, more) = paged(l, count, show_all);
            let items = c.notes[..shown]
                .iter()
                .map(|n| {
                    let n = n.clone();
                    let id = n.id;
                    let (date, text) = (format::date(l, n.date), n.text.clone());
                    let shown = move || view! {
                        <p class="item__main"><span class="item__date">{date.clone()}</span><br/><span class="item__text">{text.clone()}</span></p>
                        {actions(editing, id, date.clone(), move || {
                            apply_to_child(state, child_id, move |c| c.notes.retain(|x| x.id != id));
                        })}
                    };
                    view! {
                        <EditableItem test_id="note" id=id editing=editing shown=shown>
                            <NoteForm child_id=child_id existing=Some(n.clone()) on_done=move |_| editing.set(None)/>
                        </EditableItem>
                    }
                })
                .collect_view();
            let empty = (count == 0).then(|| view! { <p class="muted">{tr(Key::NoNotes)}</p> });
            (empty, view! { <ul class="items" data-when-empty="add-note">{items}</ul> }, more)
        })
    };
    view! {
        <section aria-labelledby="notes-title">
            <h2 id="notes-title">{tr(Key::NotesTitle)}</h2>
            <AddOr adding=adding label=Key::AddNote test_id="add-note">
                <NoteForm child_id=child_id existing=None on_done=move |_| adding.set(false)/>
            </AddOr>
            {rows}
        </section>
    }
}
