//! Every storage key the app uses, under one prefix, in one table.
//! `public/boot.js` reads the language key before the wasm starts; a test
//! below keeps the two in step.

use chrono::{DateTime, Utc};

/// Prefix of every key, so the app never collides with another app on the
/// same origin (a municipal site embedding it, say).
pub const PREFIX: &str = "sukusuku.";

/// Unreadable records set aside on load: `sukusuku.quarantine.<time>`.
pub const QUARANTINE_PREFIX: &str = "sukusuku.quarantine.";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageKey {
    /// The chosen display language ("ja" or "en").
    Lang,
    /// The family's record: a versioned envelope (storage::envelope).
    Record,
    /// Whether persistent storage was already requested ("granted"/"denied").
    Persist,
    /// The chosen municipality's id (a family that moves keeps its record).
    City,
    /// The last valid configuration file of that municipality, for offline use.
    CityConfig,
    /// In this tab's sessionStorage only: the tab shows the demo family, and
    /// the record keys above then live in sessionStorage, away from the real record.
    Demo,
    /// Larger text for showing the app on a projector or tablet.
    Presentation,
}

impl StorageKey {
    pub const ALL: [StorageKey; 7] = [
        StorageKey::Lang,
        StorageKey::Record,
        StorageKey::Persist,
        StorageKey::City,
        StorageKey::CityConfig,
        StorageKey::Demo,
        StorageKey::Presentation,
    ];

    /// Kept in the tab's sessionStorage while it shows the demo family: the
    /// record (and what is set aside from it), and what a nurse's
    /// demonstration on a parent's phone changes (another municipality, large
    /// text, the language), so the family's own app stays as it was.
    pub fn follows_demo(self) -> bool {
        matches!(self, StorageKey::Lang | StorageKey::Record | StorageKey::City | StorageKey::CityConfig | StorageKey::Presentation)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            StorageKey::Lang => "sukusuku.lang",
            StorageKey::Record => "sukusuku.record",
            StorageKey::Persist => "sukusuku.persist",
            StorageKey::City => "sukusuku.city",
            StorageKey::CityConfig => "sukusuku.city-config",
            StorageKey::Demo => "sukusuku.demo",
            StorageKey::Presentation => "sukusuku.presentation",
        }
    }
}

pub fn quarantine_key(now: DateTime<Utc>) -> String {
    use chrono::{Datelike, Timelike};
    format!(
        "{QUARANTINE_PREFIX}{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        now.year(),
        now.month(),
        now.day(),
        now.hour(),
        now.minute(),
        now.second()
    )
}

/// Whether a key belongs to this app (and so goes with "delete all data").
pub fn is_app_key(key: &str) -> bool {
    key.starts_with(PREFIX)
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
            assert!(!key.as_str().starts_with(QUARANTINE_PREFIX));
        }
        assert!(QUARANTINE_PREFIX.starts_with(PREFIX));
        use chrono::TimeZone;
        assert_eq!(
            quarantine_key(Utc.with_ymd_and_hms(2026, 1, 2, 3, 4, 5).unwrap()),
            "sukusuku.quarantine.20260102T030405Z"
        );
    }

    #[test]
    fn the_boot_script_reads_the_same_language_and_demo_keys() {
        let boot = include_str!("../../public/boot.js");
        for key in [StorageKey::Lang, StorageKey::Demo] {
            assert!(boot.contains(&format!("\"{}\"", key.as_str())), "public/boot.js must read {}", key.as_str());
        }
    }
}
