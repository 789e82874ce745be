//! The current language as reactive context, kept in `<html lang>` and storage.

use leptos::prelude::*;

use super::locale::{self, Missing, Words};
use super::browser;
use crate::i18n::pack::installed;
use crate::i18n::{Key, Lang};
use crate::storage::keys::StorageKey;

#[derive(Clone, Copy)]
pub struct I18n {
    pub lang: RwSignal<Lang>,
    /// A language asked for whose pack could not be fetched, and what to
    /// do about it; the header says so.
    pub unavailable: RwSignal<Option<(Lang, Missing)>>,
    /// A language whose pack is being fetched: the switch shows it is busy.
    pub switching: RwSignal<Option<Lang>>,
}

impl I18n {
    /// Switches the language and remembers it for the next visit: at once
    /// when its pack is on the page, or once it has been fetched.
    pub fn set(&self, lang: Lang) {
        let this = *self;
        if this.switching.get_untracked().is_some() {
            return;
        }
        this.unavailable.set(None);
        if installed(lang).is_some() {
            this.show(lang);
            return;
        }
        this.switching.set(Some(lang));
        leptos::task::spawn_local(async move {
            match locale::load(lang).await {
                Ok(_) => this.show(lang),
                Err(failure) => this.unavailable.set(Some((lang, failure.missing()))),
            }
            this.switching.set(None);
        });
    }

    fn show(&self, lang: Lang) {
        self.lang.set(lang);
        browser::write_setting(StorageKey::Lang, lang.code());
    }
}

/// The language of the first render: the one chosen last time, else Japanese
/// (public/boot.js reads the same setting to preload its pack).
pub fn initial_lang() -> Lang {
    browser::read_setting(StorageKey::Lang)
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default()
}

/// `words`: the language whose pack the start loaded (read again from
/// storage here, another tab's switch in between would name one not loaded).
pub fn provide_i18n(words: Words) -> I18n {
    let i18n = I18n {
        lang: RwSignal::new(words.lang),
        unavailable: RwSignal::new(words.missing),
        switching: RwSignal::new(None),
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
