use leptos::prelude::*;

use crate::i18n::Key;
use crate::sections::Section;
use crate::ui::components::PageFrame;
use crate::ui::i18n::tr;

#[component]
pub fn Record() -> impl IntoView {
    view! {
        <PageFrame section=Section::Record>
            <p>{tr(Key::RecordIntro)}</p>
            <p class="card">{tr(Key::RecordNotYet)}</p>
        </PageFrame>
    }
}
