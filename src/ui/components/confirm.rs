use leptos::html::Button;
use leptos::prelude::*;

use wasm_bindgen::JsCast;

use crate::i18n::{t_with, Key};
use crate::ui::components::field::{action_for, next_dom_number, FOCUSABLE};
use crate::ui::components::use_announcer;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::record_state::use_record;

/// "Delete", then a second, explicit "Delete" with what will be lost spelled
/// out. Focus moves into the confirmation, on "Cancel" (a key pressed twice
/// keeps the entry), so keyboard and screen-reader users meet the question
/// (the group's name) at once, and back to "Delete" when they cancel. Once deleted,
/// the entry is gone with its buttons: focus moves to the entry now in its
/// place (or the list's "add" button once it is empty) and the deletion is read out.
#[component]
pub fn DeleteButton(
    /// What will be lost, in the current language.
    #[prop(into)]
    warning: Signal<String>,
    #[prop(into)] on_confirm: Callback<()>,
    /// The entry, for the button's name when a list has many ("Delete (3 Dec 2026)").
    #[prop(default = None)]
    what: Option<String>,
) -> impl IntoView {
    let asking = RwSignal::new(false);
    let warning_id = format!("delete-warning-{}", next_dom_number());
    let lang = use_i18n().lang;
    let (announcer, record) = (use_announcer(), use_record());
    let confirm = NodeRef::<Button>::new();
    let cancel = NodeRef::<Button>::new();
    let delete = NodeRef::<Button>::new();
    Effect::new(move |was_asking: Option<bool>| {
        let now_asking = asking.get();
        let target = if now_asking { Some(cancel) } else { was_asking.filter(|&was| was).map(|_| delete) };
        if let Some(button) = target.and_then(|node| node.get()) {
            let _ = button.focus();
        }
        now_asking
    });
    view! {
        <Show
            when=move || asking.get()
            fallback=move || view! {
                <button type="button" class="button button--quiet" data-testid="delete" node_ref=delete on:click=move |_| asking.set(true)
                    aria-label=what.clone().map(|what| move || action_for(lang.get(), Key::Delete, Some(&what)))>
                    {tr(Key::Delete)}
                </button>
            }
        >
            <div class="confirm" role="group" aria-labelledby=warning_id.clone()>
                <p class="confirm__text" id=warning_id.clone()>
                    {move || warning.get()}
                    // "Cannot be undone" is true of the entry, not of the sample family.
                    {crate::ui::browser::in_demo().then(|| view! { " " {tr(Key::DemoDeleteNote)} })}
                </p>
                <button type="button" class="button button--urgent" data-testid="confirm-delete" node_ref=confirm aria-describedby=warning_id.clone()
                    on:click=move |_| {
                        let place = confirm.get_untracked().and_then(|button| place_in_list(&button));
                        asking.set(false);
                        on_confirm.run(());
                        // A deletion that could not be saved has its own alert (StorageAlert).
                        if record.save_error.with_untracked(Option::is_none) {
                            announcer.say(Key::Deleted.text(lang.get_untracked()).to_owned());
                        }
                        request_animation_frame(move || focus_after_removal(place));
                    }>
                    {tr(Key::ConfirmDeleteYes)}
                </button>
                <button type="button" class="button" data-testid="cancel-delete" node_ref=cancel on:click=move |_| asking.set(false)>{tr(Key::Cancel)}</button>
            </div>
        </Show>
    }
}

/// "Delete this entry: …?" naming the entry as the reader sees it.
pub fn delete_warning(what: String) -> Signal<String> {
    let lang = use_i18n().lang;
    Signal::derive(move || t_with(lang.get(), Key::ConfirmDelete, &[("what", &what)]))
}

/// An entry's Edit and Delete, side by side. `prominent` for the page's own
/// subject (a child, a pregnancy) rather than an entry in a list.
#[component]
pub fn EditDelete(
    #[prop(into)] on_edit: Callback<()>,
    #[prop(into)] warning: Signal<String>,
    #[prop(into)] on_delete: Callback<()>,
    #[prop(optional)] prominent: bool,
    #[prop(optional)] edit_test_id: Option<&'static str>,
    /// The entry, for the buttons' names in a list of many.
    #[prop(optional, into)]
    what: Option<String>,
) -> impl IntoView {
    let lang = use_i18n().lang;
    let edit_label = what.clone().map(|what| move || action_for(lang.get(), Key::Edit, Some(&what)));
    view! {
        <div class="item__actions">
            <button type="button" class="button" class:button--quiet=!prominent data-testid=edit_test_id on:click=move |_| on_edit.run(()) aria-label=edit_label>
                {tr(Key::Edit)}
            </button>
            <DeleteButton warning=warning on_confirm=on_delete what=what/>
        </div>
    }
}

/// Where an entry is: its list, its position there, and the control to
/// take focus once the list is empty (its `data-when-empty`: the test id of
/// the list's "add" button).
struct Place {
    list: web_sys::Element,
    index: u32,
    when_empty: Option<String>,
}

fn place_in_list(inside: &web_sys::Element) -> Option<Place> {
    let item = inside.closest("li").ok()??;
    let list = item.parent_element()?;
    let children = list.children();
    let index = (0..children.length()).find(|&i| children.item(i).as_ref() == Some(&item))?;
    Some(Place { when_empty: list.get_attribute("data-when-empty"), list, index })
}

/// After an entry has been removed: the first control of the entry now at
/// its place (or the last one); when the list is empty, its "add" button;
/// else the page's heading. Only when focus was lost with the entry: a page
/// change has already put it on the new heading.
fn focus_after_removal(place: Option<Place>) {
    if !crate::ui::browser::focus_lost() {
        return;
    }
    let Some(place) = place else { return crate::ui::browser::focus_id("page-title") };
    let neighbour = Some(&place.list).filter(|list| list.is_connected()).and_then(|list| {
        let items = list.children();
        items.item(place.index.min(items.length().checked_sub(1)?))?.query_selector(FOCUSABLE).ok()?
    });
    let add = || document().query_selector(&format!("[data-testid={}]", place.when_empty.as_deref()?)).ok()?;
    match neighbour.or_else(add).and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
        Some(control) => {
            let _ = control.focus();
        }
        None => crate::ui::browser::focus_id("page-title"),
    }
}
