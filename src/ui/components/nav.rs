use crate::i18n::Key;
use crate::sections::Section;
use crate::ui::i18n::tr;
use crate::ui::links::{href, use_current_section};
use leptos::prelude::*;

/// The bottom navigation, within reach of a thumb. The current entry carries
/// `aria-current="page"`, for screen readers and for the CSS.
#[component]
pub fn BottomNav() -> impl IntoView {
    let current = use_current_section();
    let items = Section::ALL
        .into_iter()
        .map(|section| {
            view! {
                <li>
                    <a
                        href=href(section)
                        class="bottom-nav__link"
                        data-testid=section.nav_test_id()
                        aria-current=move || (current.get() == Some(section)).then_some("page")
                    >
                        <NavIcon section=section/>
                        <span class="bottom-nav__label">{tr(section.nav_label())}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="bottom-nav" aria-label=tr(Key::NavMain)>
            <ul class="bottom-nav__list">{items}</ul>
        </nav>
    }
}

#[component]
fn NavIcon(section: Section) -> impl IntoView {
    let d = section.nav_icon();
    view! {
        <svg class="bottom-nav__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d=d/>
        </svg>
    }
}
