use leptos::prelude::*;

use crate::i18n::Key;
use crate::sections::Section;
use crate::ui::components::PageFrame;
use crate::ui::i18n::tr;
use crate::ui::links::href;

#[component]
pub fn Check() -> impl IntoView {
    view! {
        <PageFrame section=Section::Check>
            <p>{tr(Key::CheckIntro)}</p>
            <p class="card">{tr(Key::CheckNotYet)}</p>
            <p><a href=href(Section::Consult) class="button">{tr(Key::HomeConsultTitle)}</a></p>
            <p class="guidance">{tr(Key::GuidanceNote)}</p>
        </PageFrame>
    }
}
