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
    let text = use_announcer().text;
    view! { <p class="visually-hidden" role="status" data-testid="announcer">{move || text.get()}</p> }
}
