//! Languages and the locale catalogue.
//!
//! Every user-facing string is a [`Key`], with its text in each language in
//! `locales/<lang>.json`. build.rs stops the build when a language lacks a key
//! or leaves one empty, so a missing translation never shows as a blank;
//! `tests` below check what the build cannot (same placeholders in every
//! language, no key left untranslated or unused). The browser reads the
//! language it shows from that language's pack ([`pack`]).

mod catalogue;
pub mod pack;
pub mod format;

pub use catalogue::Key;

/// A language the app is written in. Japanese is the default: most families
/// who receive a 母子健康手帳 read Japanese first.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Ja,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Ja, Lang::En];

    /// Of a data file's two texts (`ja`, `en`), the one in this language.
    pub fn pick<'a>(self, ja: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Ja => ja,
            Lang::En => en,
        }
    }

    /// The BCP 47 tag written to `<html lang>` and to storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }

    /// Reads a stored or browser language tag ("ja", "en-GB", "JA-jp").
    /// Unknown tags give `None` so the caller can fall back deliberately.
    pub fn from_code(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|lang| lang.code() == primary)
    }

    /// The language offered by the one-tap switch.
    pub fn other(self) -> Lang {
        match self {
            Lang::Ja => Lang::En,
            Lang::En => Lang::Ja,
        }
    }

    /// The switch's label, in the language it switches to: not in the
    /// catalogue, because only the language on screen has its pack loaded.
    pub fn switch_label(self) -> &'static str {
        match self {
            Lang::Ja => "表示言語を日本語に切り替える",
            Lang::En => "Switch the language to English",
        }
    }

    /// The language's own name, so the switch is readable to someone who
    /// does not read the current language.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::Ja => "日本語",
            Lang::En => "English",
        }
    }
}

/// The text of `key` in `lang`.
pub fn t(lang: Lang, key: Key) -> &'static str {
    key.text(lang)
}

/// The text of `key` with `{name}` placeholders filled in. A placeholder with
/// no value is left visible rather than dropped, so a mistake shows in tests.
pub fn t_with(lang: Lang, key: Key, values: &[(&str, &str)]) -> String {
    let mut out = key.text(lang).to_owned();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// The `{name}` placeholders of a text, in order of appearance.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                found.push(&after[..end]);
                rest = &after[end + 1..];
            }
            None => break,
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn every_key_has_a_non_empty_text_in_every_language() {
        for key in Key::ALL {
            for lang in Lang::ALL {
                assert!(
                    !key.text(lang).trim().is_empty(),
                    "{key:?} is blank in {}",
                    lang.code()
                );
            }
        }
    }

    /// Every text is in its language's pack, so one no screen shows costs
    /// every family's download (seven such keys were found and removed).
    #[test]
    fn every_key_is_used_somewhere_in_the_app() {
        fn sources(dir: &std::path::Path, out: &mut String) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    sources(&path, out);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    out.push_str(&std::fs::read_to_string(&path).unwrap());
                }
            }
        }
        let mut code = String::new();
        sources(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")), &mut code);
        let unused: Vec<_> = Key::ALL
            .iter()
            .filter(|key| {
                let name = format!("Key::{key:?}");
                !code.match_indices(&name).any(|(at, _)| !code[at + name.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_'))
            })
            .collect();
        assert!(unused.is_empty(), "keys no code uses: {unused:?}");
    }

    #[test]
    fn every_language_uses_the_same_placeholders() {
        for key in Key::ALL {
            let ja: BTreeSet<_> = placeholders(key.text(Lang::Ja)).into_iter().collect();
            let en: BTreeSet<_> = placeholders(key.text(Lang::En)).into_iter().collect();
            assert_eq!(ja, en, "{key:?} has different placeholders in ja and en");
        }
    }

    #[test]
    fn japanese_texts_are_written_in_japanese() {
        // A key copied from English and never translated is the usual slip.
        let untranslated: Vec<_> = Key::ALL
            .iter()
            .filter(|key| {
                key.text(Lang::Ja) == key.text(Lang::En)
                    && key.text(Lang::Ja).chars().any(|c| c.is_ascii_alphabetic())
            })
            .collect();
        assert!(
            untranslated.is_empty(),
            "same text in ja and en: {untranslated:?}"
        );
    }

    /// build.rs lays the texts out in the order of `Lang::ALL`.
    #[test]
    fn each_language_reads_its_own_locale_file() {
        assert_eq!(Key::AppName.text(Lang::Ja), "すくすく手帳");
        assert_eq!(Key::AppName.text(Lang::En), "Sukusuku Handbook");
        for lang in Lang::ALL {
            assert!(lang.switch_label().contains(lang.endonym()));
        }
    }

    #[test]
    fn language_tags_are_read_leniently() {
        assert_eq!(Lang::from_code("ja"), Some(Lang::Ja));
        assert_eq!(Lang::from_code("ja-JP"), Some(Lang::Ja));
        assert_eq!(Lang::from_code(" EN_gb "), Some(Lang::En));
        assert_eq!(Lang::from_code("fr"), None);
        assert_eq!(Lang::from_code(""), None);
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
            assert_eq!(lang.other().other(), lang);
        }
    }

    #[test]
    fn placeholders_are_filled() {
        assert_eq!(placeholders("a {x} b {y}"), vec!["x", "y"]);
        let filled = t_with(Lang::En, Key::SettingsVersion, &[("version", "abc123")]);
        assert!(
            filled.contains("abc123") && !filled.contains('{'),
            "{filled}"
        );
    }
}
