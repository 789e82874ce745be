use leptos::prelude::*;

use crate::i18n::Key;
use crate::municipality::links::logo_src;
use crate::ui::locale::Missing;
use crate::ui::browser;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::municipality_state::use_city;

/// The top bar: the app's name and the one-tap language switch. The switch is
/// labelled in the language it switches to, so it can be found by someone who
/// cannot read the current one.
#[component]
pub fn AppHeader() -> impl IntoView {
    let i18n = use_i18n();
    let other = move || i18n.lang.get().other();
    let city = use_city();
    let city_name = move || {
        city.config.with(|c| {
            c.as_ref().map(|c| {
                let badge = c.demo.then(|| view! { <span class="badge">{tr(Key::DemoBadge)}</span> });
                // Decorative next to the name, which is text: empty alt.
                let logo = c.logo.as_ref().map(|path| view! {
                    <img class="app-header__logo" src=logo_src(&browser::public_url(), path) alt="" width="20" height="20"/>
                });
                view! { <span class="app-header__city" data-testid="city-name">{logo}{c.name.get(i18n.lang.get()).to_owned()} {badge}</span> }
            })
        })
    };
    view! {
        <header class="app-header">
            <span class="app-header__titles">
                <span class="app-header__name">{tr(Key::AppName)}</span>
                {city_name}
            </span>
            <button
                type="button"
                class="app-header__lang"
                data-testid="lang-toggle"
                lang=move || other().code()
                aria-label=move || other().switch_label()
                aria-busy=move || i18n.switching.get().is_some().then_some("true")
                on:click=move |_| i18n.set(other())
            >
                {move || other().endonym()}
                {move || i18n.switching.get().map(|_| view! { <span class="spinner spinner--inline" aria-hidden="true"></span> })}
            </button>
        </header>
        {move || i18n.unavailable.get().map(|(wanted, missing)| {
            let (text, reload) = match missing {
                Missing::Offline => (Key::LangUnavailable, false),
                Missing::Reload => (Key::LangReload, true),
            };
            view! {
                <div class="alerts">
                    <div class="notice notice--urgent" role="alert" data-testid="lang-unavailable">
                        // The language's name in its own language, so a screen reader voices it right.
                        <p><strong lang=wanted.code()>{wanted.endonym()}</strong>": "{tr(text)}</p>
                        {reload.then(|| view! {
                            <button type="button" class="button" on:click=|_| browser::reload()>{tr(Key::ReloadApp)}</button>
                        })}
                    </div>
                </div>
            }
        })}
    }
}
