use leptos::prelude::*;

use crate::i18n::Key;
use crate::pwa::PwaStatus;
use crate::ui::i18n::tr;

/// "Update available" and "works offline now": polite, non-modal, and each
/// waits for the user rather than acting on its own.
#[component]
pub fn PwaNotices() -> impl IntoView {
    let status = expect_context::<PwaStatus>();
    view! {
        <div class="notices" role="status" aria-live="polite">
            <Show when=move || status.update_waiting.get()>
                <div class="notice notice--update" data-testid="update-prompt">
                    <p>{tr(Key::UpdateAvailable)}</p>
                    <div class="notice__actions">
                        <button type="button" class="button button--primary" data-testid="update-accept" on:click=move |_| status.accept_update()>
                            {tr(Key::UpdateNow)}
                        </button>
                        <button type="button" class="button" data-testid="update-later" on:click=move |_| status.update_waiting.set(false)>
                            {tr(Key::UpdateLater)}
                        </button>
                    </div>
                </div>
            </Show>
            <Show when=move || status.offline_ready_notice.get()>
                <div class="notice notice--ok" data-testid="offline-ready">
                    <p>{tr(Key::OfflineReady)}</p>
                    <div class="notice__actions">
                        <button type="button" class="button" on:click=move |_| status.offline_ready_notice.set(false)>
                            {tr(Key::Dismiss)}
                        </button>
                    </div>
                </div>
            </Show>
        </div>
    }
}
