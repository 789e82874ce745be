//! Every storage key the app uses, under one prefix, in one table.
//! `public/boot.js` reads the language key before the wasm starts; a test
//! below keeps the two in step.

/// Prefix of every key, so the app never collides with another app on the
/// same origin (a municipal site embedding it, say).
pub const PREFIX: &str = "sukusuku.";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageKey {
    /// The chosen display language ("ja" or "en").
    Lang,
}

impl StorageKey {
    pub const ALL: [StorageKey; 1] = [StorageKey::Lang];

    pub fn as_str(self) -> &'static str {
        match self {
            StorageKey::Lang => "sukusuku.lang",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_key_is_prefixed_and_unique() {
        let mut seen = HashSet::new();
        for key in StorageKey::ALL {
            assert!(key.as_str().starts_with(PREFIX), "{key:?}");
            assert!(key.as_str().len() > PREFIX.len(), "{key:?}");
            assert!(seen.insert(key.as_str()), "duplicate {key:?}");
        }
    }

    #[test]
    fn the_boot_script_reads_the_same_language_key() {
        let boot = include_str!("../../public/boot.js");
        assert!(
            boot.contains(&format!("\"{}\"", StorageKey::Lang.as_str())),
            "public/boot.js must read the language from {}",
            StorageKey::Lang.as_str()
        );
    }
}
