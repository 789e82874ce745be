use leptos::prelude::*;

use crate::i18n::Key;
use crate::ui::browser;
use crate::ui::i18n::tr;
use crate::ui::municipality_state::use_city;

/// For the webmaster: what is wrong in the configuration file and where.
/// The app keeps working for families meanwhile (national lines only).
#[component]
pub fn ConfigErrorPanel() -> impl IntoView {
    let city = use_city();
    view! {
        <Show when=move || city.bad_address.with(Option::is_some) || !city.errors.with(|e| e.is_empty())>
            <div class="notice notice--urgent config-error" role="alert" data-testid="config-error">
                <p><strong>{tr(Key::ConfigErrorTitle)}</strong></p>
                <ul class="config-error__list">
                    {move || city.bad_address.get().into_iter().chain(city.errors.get()).map(|e| view! { <li><code>{e.message()}</code></li> }).collect_view()}
                </ul>
                <p>{tr(Key::ConfigErrorFamilies)}</p>
            </div>
        </Show>
    }
}

/// Whether the app runs inside another page's iframe.
pub fn embedded() -> bool {
    let window = browser::window();
    match window.top() {
        Ok(Some(top)) => !js_sys::Object::is(&top, &window),
        // A cross-origin parent may refuse even this question: embedded.
        _ => true,
    }
}

/// Inside an iframe the browser partitions storage: offer the app's own tab
/// before the family starts a record there.
#[component]
pub fn EmbeddedNotice() -> impl IntoView {
    let href = browser::window().location().href().unwrap_or_default();
    embedded().then(|| {
        view! {
            <div class="notice notice--urgent" data-testid="embedded-notice">
                <p>{tr(Key::EmbeddedNotice)}</p>
                <a class="button button--primary" href=href target="_blank" rel="noopener" data-testid="open-own-tab">{tr(Key::OpenInOwnTab)}</a>
            </div>
        }
    })
}
