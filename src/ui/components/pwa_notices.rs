use leptos::prelude::*;

use crate::i18n::Key;
use crate::pwa::PwaStatus;
use crate::ui::browser;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::record_state::use_record;

/// How long "works offline now" stays: it floats over the page (so it never
/// pushes the page down), and it is news, not a question, so it goes away
/// on its own. Settings keeps saying whether the app works offline.
const OFFLINE_READY_SHOWN: std::time::Duration = std::time::Duration::from_secs(8);

/// "Update available" and "works offline now": polite and non-modal. The
/// update waits for the user rather than acting on its own.
#[component]
pub fn PwaNotices() -> impl IntoView {
    let status = expect_context::<PwaStatus>();
    let (record, lang) = (use_record(), use_i18n().lang);
    Effect::new(move |_| {
        if status.offline_ready_notice.get() {
            // Not from under a keyboard user who has reached its button.
            set_timeout(
                move || {
                    if !browser::focus_within("[data-testid=offline-ready]") {
                        status.offline_ready_notice.set(false);
                    }
                },
                OFFLINE_READY_SHOWN,
            );
        }
    });
    // A closed notice takes its button with it: focus goes on to the page.
    let close = move |notice: RwSignal<bool>| {
        notice.set(false);
        request_animation_frame(|| {
            if browser::focus_lost() {
                browser::focus_id("page-title");
            }
        });
    };
    view! {
        <div class="notices" role="status" aria-live="polite">
            <Show when=move || status.update_waiting.get()>
                <div class="notice notice--update" data-testid="update-prompt">
                    <p>{tr(Key::UpdateAvailable)}</p>
                    <div class="notice__actions">
                        <button type="button" class="button button--primary" data-testid="update-accept" on:click=move |_| if record.may_restart(lang.get_untracked()) { status.accept_update() }>
                            {tr(Key::UpdateNow)}
                        </button>
                        <button type="button" class="button" data-testid="update-later" on:click=move |_| close(status.update_waiting)>
                            {tr(Key::UpdateLater)}
                        </button>
                    </div>
                </div>
            </Show>
            <Show when=move || status.offline_ready_notice.get()>
                <div class="notice notice--ok" data-testid="offline-ready">
                    <p>{tr(Key::OfflineReady)}</p>
                    <div class="notice__actions">
                        <button type="button" class="button" on:click=move |_| close(status.offline_ready_notice)>
                            {tr(Key::Dismiss)}
                        </button>
                    </div>
                </div>
            </Show>
        </div>
    }
}
