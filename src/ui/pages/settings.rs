use leptos::prelude::*;

use crate::i18n::{t_with, Key, Lang};
use crate::pwa::PwaStatus;
use crate::sections::Section;
use crate::ui::browser;
use crate::ui::components::PageFrame;
use crate::ui::i18n::{tr, use_i18n};
use super::settings_data::DataSettings;

#[component]
pub fn Settings() -> impl IntoView {
    let i18n = use_i18n();
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
                    on:click=move |_| i18n.set(lang)
                >
                    {lang.endonym()}
                </button>
            }
        })
        .collect_view();
    view! {
        <PageFrame section=Section::Settings>
            <h2 id="settings-language">{tr(Key::SettingsLanguage)}</h2>
            <div class="segmented" role="group" aria-labelledby="settings-language">{languages}</div>

            <DataSettings/>

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
