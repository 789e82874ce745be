//! The stored record's wrapper: format version, write counter, timestamps.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::domain::record::Household;

/// The format written by this version of the app. Raise it only together
/// with a migration in `migrations.rs` and a fixture of the old format.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Envelope {
    pub schema_version: u32,
    /// Goes up by one with every save; a tab whose counter is behind the
    /// stored one knows another tab has written since it loaded.
    pub write_count: u64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// When the family last exported a backup (for the gentle reminder).
    #[serde(default)]
    pub last_export_at: Option<DateTime<Utc>>,
    pub record: Household,
}

impl Envelope {
    /// A new, empty record that has never been saved (write count 0).
    pub fn new(now: DateTime<Utc>) -> Self {
        Envelope {
            schema_version: SCHEMA_VERSION,
            write_count: 0,
            created_at: now,
            updated_at: now,
            last_export_at: None,
            record: Household::default(),
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("the record always serialises")
    }
}
