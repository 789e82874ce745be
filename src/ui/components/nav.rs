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
    let d = match section {
        Section::Home => "M3 11 12 4l9 7v9a1 1 0 0 1-1 1h-5v-6H9v6H4a1 1 0 0 1-1-1z",
        Section::Record => "M6 3h10a2 2 0 0 1 2 2v16H8a2 2 0 0 1-2-2zM6 17a2 2 0 0 1 2-2h10M10 7h5",
        Section::Check => "M8 4h8v3H8zM6 5H5v16h14V5h-1M9 13l2 2 4-4",
        Section::Consult => "M4 5h16v11h-9l-5 4v-4H4zM8 10h8",
        Section::Settings => "M4 7h9M17 7h3M4 17h3M11 17h9M15 5v4M9 15v4",
    };
    view! {
        <svg class="bottom-nav__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d=d/>
        </svg>
    }
}
