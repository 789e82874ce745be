use leptos::html::Button;
use leptos::prelude::*;

use crate::i18n::Key;
use crate::ui::i18n::tr;

/// "Delete", then a second, explicit "Delete" with what will be lost spelled
/// out. Focus moves to the confirmation so keyboard and screen-reader users
/// meet it at once.
#[component]
pub fn DeleteButton(
    /// What will be lost, in the current language.
    #[prop(into)]
    warning: Signal<String>,
    #[prop(into)] on_confirm: Callback<()>,
) -> impl IntoView {
    let asking = RwSignal::new(false);
    let confirm = NodeRef::<Button>::new();
    Effect::new(move |_| {
        if asking.get() {
            if let Some(button) = confirm.get() {
                let _ = button.focus();
            }
        }
    });
    view! {
        <Show
            when=move || asking.get()
            fallback=move || view! {
                <button type="button" class="button button--quiet" data-testid="delete" on:click=move |_| asking.set(true)>
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
