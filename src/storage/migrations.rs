//! Reading stored records of every format version this app has written.
//!
//! To change the stored format: raise `SCHEMA_VERSION`, append to
//! `MIGRATIONS` a pure function that turns version N-1 into N, and add a
//! fixture of version N-1 under `tests/fixtures/storage/`; every fixture must
//! keep loading in every later version (`tests/storage_fixtures.rs`).

use serde_json::Value;

use super::envelope::{Envelope, SCHEMA_VERSION};
use crate::data_file::read_value;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    NotJson(crate::json::SyntaxError),
    NoVersion,
    /// Written by a newer app: must be kept as it is, never overwritten.
    Newer {
        found: u64,
    },
    Shape(String),
}

type Migration = fn(Value) -> Result<Value, DecodeError>;

/// `MIGRATIONS[i]` turns version `i + 1` into version `i + 2`.
const MIGRATIONS: &[Migration] = &[v1_to_v2];

/// Version 2 only added fields with defaults (checks, the check in
/// progress, the support setting), so a version-1 record reads as it is.
/// The version still went up so an older app refuses to overwrite a record
/// that holds checks it cannot read.
fn v1_to_v2(value: Value) -> Result<Value, DecodeError> {
    Ok(value)
}

pub fn decode(raw: &str) -> Result<Envelope, DecodeError> {
    let mut value: Value = crate::json::parse(raw).map_err(DecodeError::NotJson)?;
    let version = value
        .get("schema_version")
        .and_then(Value::as_u64)
        .filter(|v| *v > 0)
        .ok_or(DecodeError::NoVersion)?;
    if version > SCHEMA_VERSION as u64 {
        return Err(DecodeError::Newer { found: version });
    }
    for migration in &MIGRATIONS[(version as usize - 1)..] {
        value = migration(value)?;
    }
    let mut envelope = read_value(&value, super::envelope::read).map_err(|problems| {
        DecodeError::Shape(problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))
    })?;
    envelope.schema_version = SCHEMA_VERSION;
    Ok(envelope)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_schema_version_has_a_migration_to_the_next() {
        assert_eq!(MIGRATIONS.len() as u32, SCHEMA_VERSION - 1);
    }

    #[test]
    fn newer_and_unversioned_data_are_recognised() {
        assert_eq!(
            decode(r#"{"schema_version": 99}"#),
            Err(DecodeError::Newer { found: 99 })
        );
        assert_eq!(decode(r#"{"record": {}}"#), Err(DecodeError::NoVersion));
        assert!(matches!(decode("{not json"), Err(DecodeError::NotJson(_))));
        assert!(matches!(
            decode(r#"{"schema_version": 1, "record": 5}"#),
            Err(DecodeError::Shape(_))
        ));
    }
}
