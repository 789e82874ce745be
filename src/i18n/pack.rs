//! A language's pack: the catalogue's texts and the development check's bank,
//! in that one language. The browser fetches the pack of the language it
//! shows (`scripts/stamp-build.mjs` writes one per language from `locales/`
//! and `assessments/`), so a first visit downloads one language's words
//! rather than every language's, and each language added later costs nothing
//! to the families who do not read it.
//!
//! A pack is the build's own file, but it crosses the network: it is read as
//! strictly as any other input, and a pack of another build (a different
//! number of keys) is refused rather than shown with the texts shifted.

use std::sync::OnceLock;

use serde_json::Value;

use super::{Key, Lang};
use crate::check::bank::{read_band, read_rules, Bank, Band, Rules};
use crate::data_file::{list, object, read_value, string, Notes};

#[derive(Debug)]
pub struct Pack {
    pub lang: Lang,
    catalogue: Vec<String>,
    pub bank: Bank,
}

impl Pack {
    /// Reads the pack of `lang`; every problem is listed, in words for the
    /// people who build the app (the app shows them only as a failed start).
    pub fn read(lang: Lang, text: &str) -> Result<Pack, Vec<String>> {
        Pack::from_json(lang, &Pack::parse(text)?)
    }

    /// The first half of [`Pack::read`]: the app does the two halves in
    /// separate tasks, each short enough not to hold up a tap on a slow phone.
    pub fn parse(text: &str) -> Result<Value, Vec<String>> {
        crate::json::parse(text).map_err(|e| vec![format!("not JSON: {:?} at line {}, column {}", e.fault, e.line, e.column)])
    }

    /// The second half of [`Pack::read`].
    pub fn from_json(lang: Lang, value: &Value) -> Result<Pack, Vec<String>> {
        let (code, catalogue, rules, bands) = read_value(value, read_pack)
            .map_err(|found| found.iter().map(|p| format!("{}: {:?}", p.path, p.fault)).collect::<Vec<_>>())?;
        let mut problems = Vec::new();
        if code != lang.code() {
            problems.push(format!("the pack is for \"{code}\", not \"{}\"", lang.code()));
        }
        if catalogue.len() != Key::ALL.len() {
            problems.push(format!("{} texts for {} keys: a pack of another build", catalogue.len(), Key::ALL.len()));
        }
        problems.extend(catalogue.iter().position(|text| text.trim().is_empty()).map(|at| format!("catalogue[{at}] is empty")));
        if problems.is_empty() {
            Ok(Pack { lang, catalogue, bank: Bank { rules, bands } })
        } else {
            Err(problems)
        }
    }

    pub fn text(&self, key: Key) -> &str {
        &self.catalogue[key as usize]
    }
}

fn read_pack(value: &Value, notes: &Notes) -> (String, Vec<String>, Rules, Vec<Band>) {
    object(value, notes, |f| {
        (
            f.req("lang", string),
            f.req("catalogue", |v, n| list(v, n, string)),
            f.req("rules", read_rules),
            f.req("bands", |v, n| list(v, n, read_band)),
        )
    })
}

/// Where `lang`'s pack is, from the page's `<meta name="app-locales">`
/// ("ja=locale/ja-….json en=locale/en-….json", written by stamp-build).
pub fn path_in(locales: &str, lang: Lang) -> Option<&str> {
    locales
        .split_whitespace()
        .find_map(|entry| entry.strip_prefix(lang.code())?.strip_prefix('='))
        .filter(|path| !path.is_empty())
}

static INSTALLED: [OnceLock<Pack>; Lang::ALL.len()] = [const { OnceLock::new() }; Lang::ALL.len()];

/// Keeps `pack` for the rest of the page's life (a pack installed once stays:
/// switching back to a language never fetches it again).
pub fn install(pack: Pack) -> &'static Pack {
    let slot = &INSTALLED[pack.lang as usize];
    // Installed already (two fetches raced): the first one stays, both are the same file.
    let _ = slot.set(pack);
    slot.get().expect("just set")
}

pub fn installed(lang: Lang) -> Option<&'static Pack> {
    INSTALLED[lang as usize].get()
}

/// The text of the key at `index`: from `lang`'s pack, or while it is not
/// there (the moment a switch is under way), from a language that is.
#[cfg(target_arch = "wasm32")]
pub(super) fn catalogue_text(lang: Lang, index: usize) -> &'static str {
    installed(lang)
        .or_else(|| Lang::ALL.into_iter().find_map(installed))
        .map_or("", |pack| &pack.catalogue[index])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::bank::Text;
    use crate::check::files;

    /// The pack the build writes (scripts/locale-packs.mjs, which
    /// stamp-build.mjs runs), so these tests hold the two sides to one format.
    fn built_pack(lang: Lang) -> String {
        let out = std::process::Command::new("node")
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .args(["scripts/locale-packs.mjs", lang.code()])
            .output()
            .expect("node runs (scripts/setup installs it)");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    }

    /// The compiled bank with only `lang`'s words: what its pack must give.
    fn only_in(lang: Lang, bank: &Bank) -> Bank {
        let keep = |text: &mut Text| match lang {
            Lang::Ja => text.en.clear(),
            Lang::En => text.ja.clear(),
        };
        let mut bank = bank.clone();
        for band in &mut bank.bands {
            keep(&mut band.title);
            for item in &mut band.items {
                keep(&mut item.text);
                keep(&mut item.try_at_home);
            }
        }
        for sign in &mut bank.rules.warning_signs {
            keep(&mut sign.text);
            keep(&mut sign.reason);
        }
        bank.rules.caregiver_questions.iter_mut().for_each(|q| keep(&mut q.text));
        for advice in &mut bank.rules.advice {
            keep(&mut advice.name);
        }
        bank
    }

    #[test]
    fn a_built_pack_holds_its_language_and_nothing_more() {
        let compiled = files::bank(Lang::Ja).unwrap();
        for lang in Lang::ALL {
            let text = built_pack(lang);
            let pack = Pack::read(lang, &text).unwrap_or_else(|p| panic!("{}: {p:?}", lang.code()));
            for key in Key::ALL {
                assert_eq!(pack.text(*key), key.text(lang), "{key:?} in {}", lang.code());
            }
            assert_eq!(pack.bank, only_in(lang, compiled), "the bank in {}", lang.code());
            assert!(!text.contains("\"source"), "provenance left in the {} pack", lang.code());
        }
    }

    #[test]
    fn a_pack_of_another_build_or_language_is_refused() {
        let text = built_pack(Lang::En);
        let refused = |lang, text: &str| Pack::read(lang, text).unwrap_err().join("\n");
        assert!(refused(Lang::Ja, &text).contains("for \"en\", not \"ja\""));
        let mut value: Value = serde_json::from_str(&text).unwrap();
        value["catalogue"].as_array_mut().unwrap().pop();
        assert!(refused(Lang::En, &value.to_string()).contains("a pack of another build"));
        value["catalogue"].as_array_mut().unwrap().push(" ".into());
        assert!(refused(Lang::En, &value.to_string()).contains("is empty"));
        value["rules"]["bands"] = 3.into();
        assert!(refused(Lang::En, &value.to_string()).contains("rules.bands"));
        assert!(refused(Lang::En, "<html>").contains("not JSON"));
    }

    #[test]
    fn the_page_names_each_language_pack() {
        let meta = "ja=locale/ja-0123abcd.json en=locale/en-4567ef.json";
        assert_eq!(path_in(meta, Lang::Ja), Some("locale/ja-0123abcd.json"));
        assert_eq!(path_in(meta, Lang::En), Some("locale/en-4567ef.json"));
        assert_eq!(path_in("ja=locale/ja.json", Lang::En), None);
        assert_eq!(path_in("ja= en=x.json", Lang::Ja), None);
        assert_eq!(path_in("", Lang::Ja), None);
    }
}
