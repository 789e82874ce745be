use leptos::prelude::*;

use crate::i18n::Key;
use crate::sections::Section;
use crate::ui::i18n::tr;
use crate::ui::links::href;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <section class="page" aria-labelledby="page-title">
            <h1 id="page-title" class="page__title" tabindex="-1">{tr(Key::NotFoundTitle)}</h1>
            <p>{tr(Key::NotFoundBody)}</p>
            <p><a href=href(Section::Home) class="button">{tr(Key::NotFoundHome)}</a></p>
        </section>
    }
}
