//! What is typed in an open form outlives the form's view. A list is built
//! again when the record changes (an entry saved from another form on the
//! page, or from another tab), and so are the forms inside it. A form built
//! in the place of the same form (same title and subject, fields and starting values) in
//! the same turn takes over what was typed, its errors and its focused
//! field. A form that closed leaves nothing behind.

use std::cell::RefCell;

use leptos::prelude::*;

use crate::domain::forms::FormErrors;
use crate::i18n::Key;

/// What a form holds while it is open.
#[derive(Clone)]
pub struct Draft {
    pub values: Vec<ArcRwSignal<String>>,
    pub errors: ArcRwSignal<FormErrors>,
    pub opening: Opening,
    pub token: u32,
}

/// How a form comes into the page.
#[derive(Clone, Copy)]
pub enum Opening {
    /// Opened by the user: it takes focus on its first field.
    New,
    /// Built again in the place of the same form: focus goes back to the
    /// field that had it (by position), or stays where it is.
    Resumed { focused: Option<usize> },
}

struct Entry {
    title: Key,
    /// Whose form it is, when many share a title: two doses given the same
    /// day open "Edit" forms with the same fields and values.
    about: Option<String>,
    first_field: &'static str,
    initial: Vec<String>,
    draft: Draft,
    open: bool,
}

thread_local! {
    static DRAFTS: RefCell<Vec<Entry>> = const { RefCell::new(Vec::new()) };
    static NEXT_TOKEN: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// The draft of a form being opened: the one its predecessor set aside this
/// turn, or a new one from `initial`.
pub fn open(title: Key, about: Option<&str>, first_field: &'static str, initial: &[String], len: usize) -> Draft {
    DRAFTS.with_borrow_mut(|all| {
        let same = |e: &Entry| !e.open && e.title == title && e.about.as_deref() == about && e.first_field == first_field && e.initial == initial;
        if let Some(entry) = all.iter_mut().find(|e| same(e)) {
            entry.open = true;
            let draft = entry.draft.clone();
            entry.draft.opening = Opening::New;
            return draft;
        }
        let token = NEXT_TOKEN.get() + 1;
        NEXT_TOKEN.set(token);
        let draft = Draft {
            values: (0..len).map(|i| ArcRwSignal::new(initial.get(i).cloned().unwrap_or_default())).collect(),
            errors: ArcRwSignal::new(FormErrors::new()),
            opening: Opening::New,
            token,
        };
        all.push(Entry { title, about: about.map(str::to_owned), first_field, initial: initial.to_vec(), draft: draft.clone(), open: true });
        draft
    })
}

/// The form's view is going. Its draft waits for a form built in its place
/// in this turn; when none came, the form has closed: the draft is dropped
/// and `closed` runs.
pub fn set_aside(token: u32, focused: Option<usize>, closed: impl FnOnce() + 'static) {
    DRAFTS.with_borrow_mut(|all| {
        if let Some(entry) = all.iter_mut().find(|e| e.draft.token == token) {
            entry.open = false;
            entry.draft.opening = Opening::Resumed { focused };
        }
    });
    queue_microtask(move || {
        let dropped = DRAFTS.with_borrow_mut(|all| {
            let before = all.len();
            all.retain(|e| e.open || e.draft.token != token);
            all.len() < before
        });
        if dropped {
            closed();
        }
    });
}
