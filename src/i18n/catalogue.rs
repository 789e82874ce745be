//! Every user-facing string: `locales/<lang>.json`, one file per language,
//! each mapping a key to its text. build.rs makes a [`Key`] of each entry and
//! stops the build when a language lacks a key, has an extra one or leaves a
//! text empty. Placeholders are written `{name}` and must match across
//! languages (checked in `i18n::tests`).
//!
//! Native builds compile every language in; the browser reads the one it
//! shows from that language's pack (`super::pack`), in the same key order.

use super::Lang;

include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));

impl Key {
    pub fn text(self, lang: Lang) -> &'static str {
        #[cfg(not(target_arch = "wasm32"))]
        {
            TEXTS[lang as usize][self as usize]
        }
        #[cfg(target_arch = "wasm32")]
        {
            super::pack::catalogue_text(lang, self as usize)
        }
    }
}
