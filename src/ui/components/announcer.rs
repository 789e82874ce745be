//! A polite live region for news a page has as it opens (a check's
//! result). It is in the page from the app's start, outside the pages: a
//! region inserted together with its text is not reliably read out.

use leptos::prelude::*;

/// The text, and how many times it was set: a frame scheduled by an earlier
/// `say` must not write over a later `clear`.
#[derive(Clone, Copy)]
pub struct Announcer {
    text: RwSignal<String>,
    generation: StoredValue<u32>,
}

pub fn provide_announcer() {
    provide_context(Announcer { text: RwSignal::new(String::new()), generation: StoredValue::new(0) });
}

pub fn use_announcer() -> Announcer {
    expect_context()
}

impl Announcer {
    /// Reads out `text` once the page has taken focus (its heading is read first).
    pub fn say(self, text: String) {
        let now = self.clear();
        request_animation_frame(move || {
            if self.generation.get_value() == now {
                self.text.set(text);
            }
        });
    }

    /// Empties the region, so news of a page that has gone is not found there later.
    pub fn clear(self) -> u32 {
        self.generation.update_value(|g| *g += 1);
        self.text.set(String::new());
        self.generation.get_value()
    }
}

#[component]
pub fn LiveAnnouncer() -> impl IntoView {
    let announcer = use_announcer();
    let text = announcer.text;
    // A switch of language changes every word but the button pressed: said
    // in the new language, so a screen reader user knows it happened.
    let lang = crate::ui::i18n::use_i18n().lang;
    Effect::new(move |before: Option<crate::i18n::Lang>| {
        let now = lang.get();
        if before.is_some_and(|before| before != now) {
            announcer.say(crate::i18n::Key::LanguageSwitched.text(now).to_owned());
        }
        now
    });
    view! { <p class="visually-hidden" role="status" data-testid="announcer">{move || text.get()}</p> }
}
