//! The one form component: renders a form's [`FieldSpec`] table with a visible
//! label, an optional hint and the field's own error under each input (tied
//! with aria-describedby), a summary of what to fix, and Save / Cancel.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::drafts::{self, Opening};
use crate::domain::forms::{FieldKind, FieldSpec, FormErrors};
use crate::i18n::{t_with, Key, Lang};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::components::use_announcer;
use crate::ui::record_state::use_record;

/// "Record a dose (Hepatitis B dose 1)": a button's or form's name when many share the action.
pub fn action_for(lang: Lang, action: Key, about: Option<&str>) -> String {
    match about {
        Some(what) => t_with(lang, Key::ActionFor, &[("action", action.text(lang)), ("what", what)]),
        None => action.text(lang).to_owned(),
    }
}

fn error_for(errors: RwSignal<FormErrors>, id: &'static str, lang: Lang) -> Option<String> {
    errors.with(|all| {
        all.iter()
            .find(|(field, _)| *field == id)
            .map(|(_, e)| e.message(lang))
    })
}

fn field_view(
    spec: FieldSpec,
    dom_id: String,
    value: RwSignal<String>,
    errors: RwSignal<FormErrors>,
    lang: RwSignal<Lang>,
) -> AnyView {
    let error = move || error_for(errors, spec.id, lang.get());
    let id = dom_id.clone();
    let described = move || {
        let hint = spec.hint.map(|_| format!("{id}-hint"));
        let err = error().map(|_| format!("{id}-error"));
        match (hint, err) {
            (Some(h), Some(e)) => Some(format!("{h} {e}")),
            (h, e) => h.or(e),
        }
    };
    let invalid = move || error().map(|_| "true");
    let required = spec.required.then_some("true");
    let on_input = move |ev| value.set(event_target_value(&ev));
    let control = match spec.kind {
        FieldKind::LongText => view! {
            <textarea id=dom_id.clone() name=spec.id rows="4" prop:value=move || value.get() on:input=on_input
                aria-invalid=invalid aria-required=required aria-describedby=described></textarea>
        }
        .into_any(),
        FieldKind::Choice { options, allow_empty } => view! {
            <select id=dom_id.clone() name=spec.id on:change=on_input aria-invalid=invalid aria-required=required aria-describedby=described>
                {move || {
                    let current = value.get();
                    let l = lang.get();
                    let mut all = options(l);
                    if allow_empty {
                        all.insert(0, ("", Key::NotRecorded.text(l).to_owned()));
                    }
                    all.into_iter()
                        .map(|(code, text)| view! { <option value=code selected=current == code>{text}</option> })
                        .collect_view()
                }}
            </select>
        }
        .into_any(),
        kind => {
            let (input_type, mode) = match kind {
                FieldKind::Date => ("date", None),
                FieldKind::Time => ("time", None),
                FieldKind::Decimal => ("text", Some("decimal")),
                FieldKind::Whole => ("text", Some("numeric")),
                _ => ("text", None),
            };
            view! {
                <input id=dom_id.clone() name=spec.id type=input_type inputmode=mode autocomplete="off" prop:value=move || value.get()
                    on:input=on_input aria-invalid=invalid aria-required=required aria-describedby=described/>
            }
            .into_any()
        }
    };
    view! {
        <div class="field" class:field--half=spec.half class:field--invalid=move || error().is_some()>
            <label class="field__label" for=dom_id.clone()>
                {tr(spec.label)}
                {spec.unit.map(|u| view! { <span class="field__unit">" (" {u} ")"</span> })}
                // Seen here, heard from aria-required (not twice).
                {spec.required.then(|| view! { <span class="field__required" aria-hidden="true">{tr(Key::Required)}</span> })}
            </label>
            {spec.hint.map(|h| view! { <p class="field__hint" id=format!("{dom_id}-hint")>{tr(h)}</p> })}
            {control}
            <p class="field__error" id=format!("{dom_id}-error")>{error}</p>
        </div>
    }
    .into_any()
}

/// Focuses the first element in `form` that matches `selector`.
fn focus_first(form: NodeRef<leptos::html::Form>, selector: &str) {
    let first = form.get_untracked().and_then(|f| f.query_selector(selector).ok().flatten());
    if let Some(el) = first.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// Which of the form's fields has focus, counted in table order.
fn focused_field(form: NodeRef<leptos::html::Form>) -> Option<usize> {
    let form = form.try_get_untracked().flatten()?;
    let active = document().active_element()?;
    let mut field = form.query_selector(".form__fields").ok()??.first_element_child();
    let mut index = 0;
    while let Some(el) = field {
        if el.contains(Some(active.as_ref())) {
            return Some(index);
        }
        field = el.next_element_sibling();
        index += 1;
    }
    None
}

/// A number no other form or dialog on the page has, for its element ids.
pub fn next_dom_number() -> u32 {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(2);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

pub(super) const FOCUSABLE: &str = "button, a[href], input, select, textarea";

/// When a form closes, its button (or the entry it edited) comes back in its
/// place: focus goes to the first control there, so a keyboard or
/// screen-reader user carries on where they were. Only when focus was lost
/// with the form: after a page change it is already on the new page's heading.
/// Where the form was is read while it is still in the page; the returned
/// step runs once the form is known to have closed, not been built again.
fn return_focus_from(form: NodeRef<leptos::html::Form>) -> impl FnOnce() {
    let place = form.try_get_untracked().flatten().map(|closing| (closing.previous_element_sibling(), closing.parent_element()));
    move || {
        if let Some((before, parent)) = place {
            request_animation_frame(move || give_focus_back(before, parent));
        }
    }
}

fn give_focus_back(before: Option<web_sys::Element>, parent: Option<web_sys::Element>) {
    let lost = crate::ui::browser::focus_lost();
    let in_its_place = match (before, parent) {
        (Some(before), _) if before.is_connected() => before.next_element_sibling(),
        (None, Some(parent)) if parent.is_connected() => parent.first_element_child(),
        _ => None,
    };
    // The first control from there on: the button itself, or an entry's Edit.
    let mut candidate = in_its_place;
    let target = loop {
        let Some(el) = candidate else { break None };
        let found = if el.matches(FOCUSABLE).unwrap_or(false) { Some(el.clone()) } else { el.query_selector(FOCUSABLE).ok().flatten() };
        if found.is_some() {
            break found;
        }
        candidate = el.next_element_sibling();
    };
    if !lost {
        return;
    }
    match target.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
        Some(el) => {
            let _ = el.focus();
        }
        // Nothing took the form's place (a checkup recorded is no longer
        // due): the page's heading rather than nowhere.
        None => crate::ui::browser::focus_id("page-title"),
    }
}

/// A form from its field table. `on_submit` gets the typed values in table
/// order and returns the fields to fix, if any.
#[component]
pub fn DataForm(
    title: Key,
    /// What the form is for, when the title alone is the same for many
    /// (every dose's form is "Record a dose"): "Hepatitis B dose 1".
    #[prop(default = None)]
    about: Option<String>,
    fields: &'static [FieldSpec],
    initial: Vec<String>,
    #[prop(into)] on_submit: Callback<Vec<String>, Result<(), FormErrors>>,
    #[prop(into)] on_cancel: Callback<()>,
) -> impl IntoView {
    let lang = use_i18n().lang;
    let draft = drafts::open(title, about.as_deref(), fields.first().map_or("", |f| f.id), &initial, fields.len());
    let errors = RwSignal::from(draft.errors);
    let values: Vec<RwSignal<String>> = draft.values.into_iter().map(RwSignal::from).collect();
    let form = NodeRef::<leptos::html::Form>::new();
    let read = values.clone();
    let (record, announcer) = (use_record(), use_announcer());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed: Vec<String> = read.iter().map(|v| v.get_untracked()).collect();
        match on_submit.run(typed) {
            Ok(()) => {
                errors.set(Vec::new());
                // A save that failed has its own alert (StorageAlert) instead.
                if record.save_error.with_untracked(Option::is_none) {
                    announcer.say(Key::Saved.text(lang.get_untracked()).to_owned());
                }
            }
            Err(found) => {
                errors.set(found);
                // Once the errors are on screen, take the user to the first field to fix.
                request_animation_frame(move || focus_first(form, "[aria-invalid=\"true\"]"));
            }
        }
    };
    // Every form opens from a button it takes the place of, and focus would be
    // lost with that button: it moves to the first field instead, as soon as
    // the form is in the page (an effect, not a frame later, so nothing typed
    // in between lands in another field).
    // A form built again in the place of the same one (see `drafts`) keeps
    // focus where it was, and takes none when it had none.
    let opening = draft.opening;
    Effect::new(move |_| match opening {
        Opening::New => focus_first(form, ".form__field:not([hidden]) :is(input, select, textarea)"),
        Opening::Resumed { focused: Some(field) } => {
            focus_first(form, &format!(".form__field:nth-child({}) :is(input, select, textarea)", field + 1))
        }
        Opening::Resumed { focused: None } => {}
    });
    let token = draft.token;
    on_cleanup(move || {
        drafts::set_aside(token, focused_field(form), return_focus_from(form));
    });
    // Ids are the field table's own ("m-date"), except when a form with the
    // same fields is already open (adding one measurement while editing
    // another): then this one's get a number, so labels and error messages
    // stay tied to their own fields.
    let suffix = match fields.first() {
        Some(f) if document().get_element_by_id(f.id).is_some() => format!("-{}", next_dom_number()),
        _ => String::new(),
    };
    let title_id = format!("{}-form-title{suffix}", fields.first().map_or("data", |f| f.id));
    let rendered = fields
        .iter()
        .zip(values.iter())
        .map(|(spec, value)| {
            let view = field_view(*spec, format!("{}{suffix}", spec.id), *value, errors, lang);
            let controller = spec.shown_when.and_then(|(other, wanted)| {
                fields
                    .iter()
                    .position(|f| f.id == other)
                    .map(|i| (values[i], wanted))
            });
            let hidden = move || controller.is_some_and(|(other, wanted)| other.get() != wanted);
            view! { <div class="form__field" hidden=hidden>{view}</div> }
        })
        .collect_view();
    view! {
        // Named by its title, the form is a landmark a screen reader announces on entry.
        <form class="form card" novalidate node_ref=form on:submit=submit aria-labelledby=title_id.clone()>
            <h3 class="form__title" id=title_id.clone()>{move || action_for(lang.get(), title, about.as_deref())}</h3>
            <p class="form__summary" role="alert">
                {move || {
                    let n = errors.with(|e| e.len());
                    (n > 0).then(|| t_with(lang.get(), Key::FormHasErrors, &[("count", &n.to_string())]))
                }}
            </p>
            <div class="form__fields">{rendered}</div>
            <div class="form__actions">
                <button type="submit" class="button button--primary" data-testid="form-save">{tr(Key::Save)}</button>
                <button type="button" class="button" on:click=move |_| on_cancel.run(())>{tr(Key::Cancel)}</button>
            </div>
        </form>
    }
}
