use leptos::prelude::*;

use super::settings_data::DataSettings;
use crate::i18n::{t_with, Key, Lang};
use crate::pwa::PwaStatus;
use crate::sections::Section;
use crate::ui::browser;
use crate::ui::components::PageFrame;
use crate::ui::i18n::{tr, use_i18n};
use crate::municipality::index::{parse_index, CityEntry};
use crate::ui::browser::fetch_text;
use crate::ui::municipality_state::use_city;

#[component]
pub fn Settings() -> impl IntoView {
    let path = crate::ui::links::use_app_path();
    move || {
        if path.get().trim_end_matches('/') == SHARE_PATH {
            super::share::ShareApp().into_any()
        } else {
            SettingsMain().into_any()
        }
    }
}

/// The "share this app" page, inside Settings.
pub const SHARE_PATH: &str = "/settings/share";

#[component]
fn SettingsMain() -> impl IntoView {
    let i18n = use_i18n();
    let (record, lang) = (crate::ui::record_state::use_record(), i18n.lang);
    let pwa = expect_context::<PwaStatus>();
    let version = browser::meta("app-version").unwrap_or_else(|| "dev".to_owned());
    let languages = Lang::ALL
        .into_iter()
        .map(|lang| {
            view! {
                <button
                    type="button"
                    class="segmented__option"
                    lang=lang.code()
                    aria-pressed=move || (i18n.lang.get() == lang).to_string()
                    aria-busy=move || (i18n.switching.get() == Some(lang)).then_some("true")
                    on:click=move |_| i18n.set(lang)
                >
                    {lang.endonym()}
                    {move || (i18n.switching.get() == Some(lang)).then(|| view! { <span class="spinner spinner--inline" aria-hidden="true"></span> })}
                </button>
            }
        })
        .collect_view();
    let presentation = expect_context::<RwSignal<bool>>();
    let city = use_city();
    let cities = RwSignal::new(Vec::<CityEntry>::new());
    wasm_bindgen_futures::spawn_local(async move {
        let url = format!("{}municipalities/index.json", browser::public_url());
        if let Ok(Some(text)) = fetch_text(&url).await {
            cities.set(parse_index(&text));
        }
    });
    let city_options = move || {
        let current = city.id.get();
        let l = i18n.lang.get();
        let mut list = cities.get();
        if !list.iter().any(|c| c.id == current) {
            let name = city.config.with(|c| c.as_ref().map(|c| c.name.clone()));
            list.insert(
                0,
                CityEntry {
                    id: current.clone(),
                    name: name.unwrap_or(crate::municipality::config::Text {
                        ja: current.clone(),
                        en: String::new(),
                    }),
                },
            );
        }
        list.into_iter()
            .map(|c| view! { <option value=c.id.clone() selected=c.id == current>{c.name.get(l).to_owned()}</option> })
            .collect_view()
    };
    view! {
        <PageFrame section=Section::Settings>
            <h2 id="settings-language">{tr(Key::SettingsLanguage)}</h2>
            <div class="segmented" role="group" aria-labelledby="settings-language">{languages}</div>

            <h2><label for="settings-city">{tr(Key::SettingsCity)}</label></h2>
            <p class="muted">{tr(Key::SettingsCityHint)}</p>
            <select id="settings-city" data-testid="city-select" on:change=move |ev| city.choose(&event_target_value(&ev))>{city_options}</select>

            <DataSettings/>

            <h2>{tr(Key::CheckupRoomTitle)}</h2>
            <p class="muted">{tr(Key::CheckupRoomHint)}</p>
            <p>
                {if browser::in_demo() {
                    view! { <button type="button" class="button" data-testid="demo-exit-settings" on:click=move |_| if record.may_restart(lang.get_untracked()) { browser::switch_demo(false) }>{tr(Key::DemoExit)}</button> }.into_any()
                } else {
                    view! { <button type="button" class="button button--primary" data-testid="demo-enter" on:click=move |_| if record.may_restart(lang.get_untracked()) { browser::switch_demo(true) }>{tr(Key::DemoEnter)}</button> }.into_any()
                }}
            </p>
            <label class="checkbox">
                <input type="checkbox" data-testid="presentation" prop:checked=move || presentation.get()
                    on:change=move |ev| presentation.set(event_target_checked(&ev))/>
                {tr(Key::PresentationLabel)}
            </label>
            <p><a class="button" href=crate::ui::links::href_to(SHARE_PATH) data-testid="share-app">{tr(Key::ShareAppLink)}</a></p>

            <h2>{tr(Key::SettingsOfflineTitle)}</h2>
            <p data-testid="offline-status">
                {move || if pwa.works_offline.get() { tr(Key::SettingsOfflineReady)() } else { tr(Key::SettingsOfflinePending)() }}
            </p>
            <p class="muted" data-testid="app-version">
                {move || t_with(i18n.lang.get(), Key::SettingsVersion, &[("version", &version)])}
            </p>
        </PageFrame>
    }
}
