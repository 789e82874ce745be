use leptos::html::Button;
use leptos::prelude::*;

use crate::i18n::{t_with, Key};
use crate::ui::i18n::{tr, use_i18n};

/// "Delete", then a second, explicit "Delete" with what will be lost spelled
/// out. Focus moves to the confirmation so keyboard and screen-reader users
/// meet it at once, and back to "Delete" when they cancel.
#[component]
pub fn DeleteButton(
    /// What will be lost, in the current language.
    #[prop(into)]
    warning: Signal<String>,
    #[prop(into)] on_confirm: Callback<()>,
) -> impl IntoView {
    let asking = RwSignal::new(false);
    let confirm = NodeRef::<Button>::new();
    let delete = NodeRef::<Button>::new();
    Effect::new(move |was_asking: Option<bool>| {
        let now_asking = asking.get();
        let target = if now_asking { Some(confirm) } else { was_asking.filter(|&was| was).map(|_| delete) };
        if let Some(button) = target.and_then(|node| node.get()) {
            let _ = button.focus();
        }
        now_asking
    });
    view! {
        <Show
            when=move || asking.get()
            fallback=move || view! {
                <button type="button" class="button button--quiet" data-testid="delete" node_ref=delete on:click=move |_| asking.set(true)>
                    {tr(Key::Delete)}
                </button>
            }
        >
            <div class="confirm" role="group">
                <p class="confirm__text">{move || warning.get()}</p>
                <button type="button" class="button button--urgent" data-testid="confirm-delete" node_ref=confirm
                    on:click=move |_| { asking.set(false); on_confirm.run(()); }>
                    {tr(Key::ConfirmDeleteYes)}
                </button>
                <button type="button" class="button" on:click=move |_| asking.set(false)>{tr(Key::Cancel)}</button>
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
) -> impl IntoView {
    view! {
        <div class="item__actions">
            <button type="button" class="button" class:button--quiet=!prominent data-testid=edit_test_id on:click=move |_| on_edit.run(())>
                {tr(Key::Edit)}
            </button>
            <DeleteButton warning=warning on_confirm=on_delete/>
        </div>
    }
}
