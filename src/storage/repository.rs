//! Loading and saving the record without ever losing it.
//!
//! - Data that cannot be read is set aside under a quarantine key before
//!   anything new is written; if even that fails, saving stays off.
//! - Data written by a newer version of the app is left alone (saving off).
//! - Every save checks the stored write counter first: if another tab has
//!   written since, the change is re-applied on top of the newer record.
//! - Every save is read back and compared.
//! - A save that fails leaves the change in memory, where it can be exported.

use chrono::{DateTime, Utc};

use super::envelope::Envelope;
use super::keys::{quarantine_key, StorageKey, QUARANTINE_PREFIX};
use super::migrations::{decode, DecodeError};
use super::{KeyValueStore, StoreError};
use crate::domain::record::Household;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadStatus {
    /// Nothing stored yet.
    Fresh,
    Loaded,
    /// Stored data could not be read; it was kept aside under `key`.
    Quarantined {
        key: String,
        reason: DecodeError,
    },
    /// Stored data could not be read nor kept aside: saving is off so it is never overwritten.
    Blocked {
        reason: DecodeError,
    },
    /// Written by a newer version of the app: saving is off until the app updates.
    Newer {
        found: u64,
    },
    /// Storage cannot be used at all here (blocked, private mode).
    Unavailable,
}

impl LoadStatus {
    /// Whether saving may write to the record key.
    pub fn can_save(&self) -> bool {
        matches!(
            self,
            LoadStatus::Fresh | LoadStatus::Loaded | LoadStatus::Quarantined { .. }
        )
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded {
    pub envelope: Envelope,
    pub status: LoadStatus,
}

pub fn load(store: &mut impl KeyValueStore, now: DateTime<Utc>) -> Loaded {
    let key = StorageKey::Record.as_str();
    let raw = match store.get(key) {
        Ok(Some(raw)) => raw,
        Ok(None) => {
            return Loaded {
                envelope: Envelope::new(now),
                status: LoadStatus::Fresh,
            }
        }
        Err(_) => {
            return Loaded {
                envelope: Envelope::new(now),
                status: LoadStatus::Unavailable,
            }
        }
    };
    match decode(&raw) {
        Ok(envelope) => Loaded {
            envelope,
            status: LoadStatus::Loaded,
        },
        Err(DecodeError::Newer { found }) => Loaded {
            envelope: Envelope::new(now),
            status: LoadStatus::Newer { found },
        },
        Err(reason) => {
            let status = match set_aside(store, &raw, now) {
                Some(quarantined) => LoadStatus::Quarantined {
                    key: quarantined,
                    reason,
                },
                None => LoadStatus::Blocked { reason },
            };
            Loaded {
                envelope: Envelope::new(now),
                status,
            }
        }
    }
}

/// Copies unreadable data to a quarantine key, verified, then frees the record key.
fn set_aside(store: &mut impl KeyValueStore, raw: &str, now: DateTime<Utc>) -> Option<String> {
    let existing = store.keys().ok()?;
    let mut key = quarantine_key(now);
    let mut n = 1;
    while existing.contains(&key) {
        n += 1;
        key = format!("{}-{n}", quarantine_key(now));
    }
    store.set(&key, raw).ok()?;
    if store.get(&key).ok()?.as_deref() != Some(raw) {
        let _ = store.remove(&key);
        return None;
    }
    store.remove(StorageKey::Record.as_str()).ok()?;
    Some(key)
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// Saving is off for this session (see [`LoadStatus::can_save`]).
    Disabled,
    Store(StoreError),
    /// The write seemed to succeed but reading it back gave something else.
    NotVerified,
    /// The stored record changed to something this version cannot read.
    StoredUnreadable,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Saved {
    pub envelope: Envelope,
    /// Another tab had written first; the change was applied on top of its record.
    pub merged_with_newer: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failed {
    /// The record with the change applied, kept in memory (and exportable).
    pub envelope: Envelope,
    pub error: SaveError,
}

/// Applies `change` to the newest record there is and saves it. (`change`
/// is a trait object so the app holds one copy of this, not one per caller.)
pub fn apply(
    store: &mut impl KeyValueStore,
    status: &LoadStatus,
    current: &Envelope,
    change: &dyn Fn(&mut Household),
    now: DateTime<Utc>,
) -> Result<Saved, Failed> {
    let mut base = current.clone();
    let mut merged = false;
    if status.can_save() {
        match read_stored_if_newer(store, current.write_count) {
            Ok(Some(stored)) => {
                base = stored;
                merged = true;
            }
            Ok(None) => {}
            Err(error) => return Err(failed(current, change, now, error)),
        }
    }
    let mut next = base.clone();
    change(&mut next.record);
    next.write_count = base.write_count + 1;
    next.updated_at = now;
    if !status.can_save() {
        return Err(Failed {
            envelope: next,
            error: SaveError::Disabled,
        });
    }
    match write_verified(store, &next) {
        Ok(()) => Ok(Saved {
            envelope: next,
            merged_with_newer: merged,
        }),
        Err(error) => Err(Failed {
            envelope: next,
            error,
        }),
    }
}

/// Saves `envelope` as it is (after an import or an export date), with the
/// same newer-data check: a stored record written after `expected_write_count`
/// is never overwritten silently.
pub fn replace(
    store: &mut impl KeyValueStore,
    status: &LoadStatus,
    expected_write_count: u64,
    mut envelope: Envelope,
    now: DateTime<Utc>,
) -> Result<Envelope, Failed> {
    if !status.can_save() {
        return Err(Failed {
            envelope,
            error: SaveError::Disabled,
        });
    }
    match read_stored_if_newer(store, expected_write_count) {
        Ok(Some(stored)) => envelope.write_count = stored.write_count + 1,
        Ok(None) => envelope.write_count = expected_write_count + 1,
        Err(error) => return Err(Failed { envelope, error }),
    }
    envelope.updated_at = now;
    match write_verified(store, &envelope) {
        Ok(()) => Ok(envelope),
        Err(error) => Err(Failed { envelope, error }),
    }
}

fn failed(
    current: &Envelope,
    change: &dyn Fn(&mut Household),
    now: DateTime<Utc>,
    error: SaveError,
) -> Failed {
    let mut envelope = current.clone();
    change(&mut envelope.record);
    envelope.write_count += 1;
    envelope.updated_at = now;
    Failed { envelope, error }
}

/// The stored record only if another tab has written since `write_count`.
/// The counter is read from the head of the stored text first, so an
/// ordinary save does not decode the whole record again.
fn read_stored_if_newer(
    store: &impl KeyValueStore,
    write_count: u64,
) -> Result<Option<Envelope>, SaveError> {
    let raw = match store.get(StorageKey::Record.as_str()) {
        Ok(None) => return Ok(None),
        Ok(Some(raw)) => raw,
        Err(e) => return Err(SaveError::Store(e)),
    };
    if stored_write_count(&raw).is_some_and(|stored| stored <= write_count) {
        return Ok(None);
    }
    let stored = decode(&raw).map_err(|_| SaveError::StoredUnreadable)?;
    Ok((stored.write_count > write_count).then_some(stored))
}

/// `write_count` from the start of an envelope as this app writes it
/// (`{"schema_version":1,"write_count":12,…`); `None` for anything else.
pub fn stored_write_count(raw: &str) -> Option<u64> {
    let head = raw.get(..raw.len().min(64))?;
    let after = &head[head.find("\"write_count\":")? + "\"write_count\":".len()..];
    let digits: &str = &after[..after.find(|c: char| !c.is_ascii_digit())?];
    digits.parse().ok()
}

/// The stored record, if it can be read.
pub fn read_stored(store: &impl KeyValueStore) -> Result<Option<Envelope>, SaveError> {
    match store.get(StorageKey::Record.as_str()) {
        Ok(None) => Ok(None),
        Ok(Some(raw)) => decode(&raw)
            .map(Some)
            .map_err(|_| SaveError::StoredUnreadable),
        Err(e) => Err(SaveError::Store(e)),
    }
}

fn write_verified(store: &mut impl KeyValueStore, envelope: &Envelope) -> Result<(), SaveError> {
    let json = envelope.to_json();
    let key = StorageKey::Record.as_str();
    store.set(key, &json).map_err(SaveError::Store)?;
    match store.get(key) {
        Ok(Some(back)) if back == json => Ok(()),
        Ok(_) => Err(SaveError::NotVerified),
        Err(e) => Err(SaveError::Store(e)),
    }
}

/// Quarantined data kept on this device, oldest first: (key, raw content).
pub fn quarantined(store: &impl KeyValueStore) -> Vec<(String, String)> {
    let mut keys: Vec<String> = store
        .keys()
        .unwrap_or_default()
        .into_iter()
        .filter(|k| k.starts_with(QUARANTINE_PREFIX))
        .collect();
    crate::sorting::sort(&mut keys);
    keys.into_iter()
        .filter_map(|k| store.get(&k).ok().flatten().map(|v| (k, v)))
        .collect()
}

/// "Delete all data on this device": every key of this app, nothing else.
pub fn delete_all(store: &mut impl KeyValueStore) -> Result<(), StoreError> {
    for key in store.keys()? {
        if super::keys::is_app_key(&key) {
            store.remove(&key)?;
        }
    }
    Ok(())
}
