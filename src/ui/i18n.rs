//! The current language as reactive context, kept in `<html lang>` and storage.

use leptos::prelude::*;

use super::browser;
use crate::i18n::{Key, Lang};
use crate::storage::keys::StorageKey;

#[derive(Clone, Copy)]
pub struct I18n {
    pub lang: RwSignal<Lang>,
}

impl I18n {
    /// Switches the language and remembers it for the next visit.
    pub fn set(&self, lang: Lang) {
        self.lang.set(lang);
        browser::write_setting(StorageKey::Lang.as_str(), lang.code());
    }
}

pub fn provide_i18n() -> I18n {
    let stored =
        browser::read_setting(StorageKey::Lang.as_str()).and_then(|code| Lang::from_code(&code));
    let i18n = I18n {
        lang: RwSignal::new(stored.unwrap_or_default()),
    };
    Effect::new(move |_| {
        let lang = i18n.lang.get();
        if let Some(root) = browser::document().document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
    });
    provide_context(i18n);
    i18n
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// A reactive text: `{tr(Key::HomeTitle)}` in a view follows the language.
pub fn tr(key: Key) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_i18n().lang;
    move || key.text(lang.get())
}
