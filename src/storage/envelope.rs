//! The stored record's wrapper: format version, write counter, timestamps.

use chrono::{DateTime, Utc};
use serde::Serialize;

use serde_json::Value;

use crate::data_file::{object, whole, Notes};
use crate::domain::record::Household;
use crate::domain::record_write::{self, json_objects};
use crate::domain::{record_read, timestamp};

/// The format written by this version of the app. Raise it only together
/// with a migration in `migrations.rs` and a fixture of the old format.
/// 2 added each child's checks, check in progress and support setting.
pub const SCHEMA_VERSION: u32 = 2;

/// Remind the family to export when their last backup is this old.
pub const EXPORT_REMINDER_DAYS: i64 = 30;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Envelope {
    pub schema_version: u32,
    /// Goes up by one with every save; a tab whose counter is behind the
    /// stored one knows another tab has written since it loaded.
    pub write_count: u64,
    #[serde(with = "crate::domain::timestamp")]
    pub created_at: DateTime<Utc>,
    #[serde(with = "crate::domain::timestamp")]
    pub updated_at: DateTime<Utc>,
    /// When the family last exported a backup (for the gentle reminder).
    #[serde(with = "crate::domain::timestamp::option")]
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

    /// Whether to remind the family to export a backup: there is something to
    /// lose and no export in the last 30 days (counted from the first save
    /// when they never exported).
    pub fn export_reminder_due(&self, now: DateTime<Utc>) -> bool {
        let since = self.last_export_at.unwrap_or(self.created_at);
        !self.record.is_empty() && (now - since).num_days() >= EXPORT_REMINDER_DAYS
    }

    pub fn to_json(&self) -> String {
        record_write::to_text(self)
    }
}

json_objects! {
    Envelope { schema_version write_count created_at updated_at last_export_at record }
}

/// Reads the stored wrapper and its record (see `crate::data_file`).
pub fn read(value: &Value, notes: &Notes) -> Envelope {
    object(value, notes, |f| Envelope {
        schema_version: f.req("schema_version", whole),
        write_count: f.req("write_count", whole),
        created_at: f.req("created_at", timestamp::read),
        updated_at: f.req("updated_at", timestamp::read),
        last_export_at: f.opt("last_export_at", timestamp::read),
        record: f.req("record", record_read::household),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn the_export_reminder_waits_30_days_and_needs_something_to_lose() {
        let start = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
        let mut e = Envelope::new(start);
        let later = |days| start + chrono::Duration::days(days);
        assert!(
            !e.export_reminder_due(later(90)),
            "an empty record needs no backup"
        );
        e.record.caregivers.push(crate::domain::record::Caregiver {
            id: 1,
            name: "a".into(),
            relation: String::new(),
        });
        assert!(!e.export_reminder_due(later(29)));
        assert!(e.export_reminder_due(later(30)));
        e.last_export_at = Some(later(30));
        assert!(!e.export_reminder_due(later(59)));
        assert!(e.export_reminder_due(later(60)));
    }
}
