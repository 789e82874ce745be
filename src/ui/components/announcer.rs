//! One polite live region for the whole app, in the page from the start:
//! a region inserted together with its text is not reliably read out, so
//! a page that has news on opening (a check's result) writes it here.

use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Announcer(RwSignal<String>);

pub fn provide_announcer() {
    provide_context(Announcer(RwSignal::new(String::new())));
}

pub fn use_announcer() -> Announcer {
    expect_context()
}

impl Announcer {
    /// Read out `text` once the page has taken focus (its heading is read first).
    pub fn say(self, text: String) {
        self.0.set(String::new());
        request_animation_frame(move || self.0.set(text));
    }
}

#[component]
pub fn LiveAnnouncer() -> impl IntoView {
    let text = use_announcer().0;
    view! { <p class="visually-hidden" role="status" data-testid="announcer">{move || text.get()}</p> }
}
