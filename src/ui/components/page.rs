use leptos::html::H1;
use leptos::prelude::*;

use crate::i18n::Key;
use crate::sections::Section;
use crate::ui::browser;
use crate::ui::i18n::use_i18n;

/// Every page's frame: its heading, the document title, and focus moved to
/// the heading after in-app navigation so a screen reader announces the new
/// page (not on the first page shown, where focus belongs to the browser).
#[component]
pub fn PageFrame(
    section: Section,
    /// A heading of the page's own (a child's name); the section's title otherwise.
    #[prop(optional, into)]
    heading: Option<Signal<String>>,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let heading_ref = NodeRef::<H1>::new();
    let title_text = move || match heading {
        Some(h) => h.get(),
        None => section.title().text(i18n.lang.get()).to_owned(),
    };

    Effect::new(move |_| {
        let lang = i18n.lang.get();
        let app = Key::AppName.text(lang);
        let title = title_text();
        let title = title.as_str();
        let full = if title == app {
            app.to_owned()
        } else {
            format!("{title} | {app}")
        };
        browser::document().set_title(&full);
    });

    Effect::new(move |_| {
        if let Some(h1) = heading_ref.get() {
            if FIRST_PAGE_SHOWN.with(|shown| shown.replace(true)) {
                let _ = h1.focus();
            }
        }
    });

    view! {
        <section class="page" aria-labelledby="page-title">
            <h1 id="page-title" class="page__title" tabindex="-1" node_ref=heading_ref>
                {title_text}
            </h1>
            {children()}
        </section>
    }
}

thread_local! {
    static FIRST_PAGE_SHOWN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}
