use leptos::prelude::*;

use crate::i18n::Key;
use crate::storage::keys::StorageKey;
use crate::ui::browser;
use crate::ui::i18n::tr;
use crate::ui::record_state::use_record;

/// Shown on every page while the tab is in demo mode, so nobody mistakes
/// the sample family for a real record.
#[component]
pub fn DemoBanner() -> impl IntoView {
    let state = use_record();
    let lang = crate::ui::i18n::use_i18n().lang;
    browser::in_demo().then(|| {
        view! {
            <div class="demo-banner" data-testid="demo-banner" role="region" aria-label=tr(Key::DemoBanner)>
                <p>{tr(Key::DemoBanner)}</p>
                <div class="demo-banner__actions">
                    <button type="button" class="button" data-testid="demo-reset" on:click=move |_| { state.reset_demo(lang.get_untracked()); }>{tr(Key::DemoReset)}</button>
                    <button type="button" class="button button--primary" data-testid="demo-exit" on:click=move |_| if state.may_restart(lang.get_untracked()) { browser::switch_demo(false) }>{tr(Key::DemoExit)}</button>
                </div>
            </div>
        }
    })
}

/// Larger text for a projector or a tablet held up to a parent: a
/// setting of this device, kept across visits.
pub fn provide_presentation() -> RwSignal<bool> {
    let on = RwSignal::new(browser::read_setting(StorageKey::Presentation).as_deref() == Some("1"));
    Effect::new(move |_| {
        let value = on.get();
        if let Some(root) = browser::document().document_element() {
            let _ = root.set_attribute("data-presentation", if value { "on" } else { "off" });
        }
        browser::write_setting(StorageKey::Presentation, if value { "1" } else { "0" });
    });
    provide_context(on);
    on
}
