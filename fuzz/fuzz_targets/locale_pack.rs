//! A language's pack of words, as the browser fetches it (`i18n::pack`):
//! reading one never panics, whatever it holds, and a pack that is refused
//! says why. The input is read as the Japanese pack and as the English one.
//!
//! `scripts/fuzz` writes both built packs as seeds (scripts/locale-packs.mjs).
#![no_main]

use libfuzzer_sys::fuzz_target;
use sukusuku::i18n::pack::Pack;
use sukusuku::i18n::Lang;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for lang in Lang::ALL {
        match Pack::read(lang, text) {
            Ok(pack) => assert_eq!(pack.lang, lang),
            Err(problems) => assert!(!problems.is_empty(), "a refused pack names at least one problem"),
        }
    }
});
