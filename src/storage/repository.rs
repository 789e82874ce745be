//! Loading and saving the record without ever losing it.
//!
//! - Data that cannot be read is set aside under a quarantine key before
//!   anything new is written; if even that fails, saving stays off.
//! - Data written by a newer version of the app is left alone (saving off).
//! - Every save checks the stored write counter first: if another tab has
//!   written since, the change is re-applied on top of the newer record.
//! - Every save is read back and compared.
//! - A save that fails leaves the change in memory, where it can be exported.
//!   The memory's write counter stays that of the stored record it was built
//!   on, so a later save still sees what another tab (or a newer version of
//!   the app) wrote meanwhile. If another tab saves while this one holds a
//!   change it could not save, neither is written over the other: the save
//!   is refused as a [`SaveError::Conflict`] and this tab's record can be
//!   exported.

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

    /// Whether the record key holds a record this version could not read
    /// (and so left where it was): what the app shows is not it.
    pub fn keeps_unread_record(&self) -> bool {
        matches!(self, LoadStatus::Newer { .. } | LoadStatus::Blocked { .. })
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
    /// Another tab saved while this one held a change it could not save.
    Conflict,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Saved {
    pub envelope: Envelope,
    /// Another tab had written first; the change was applied on top of its record.
    pub merged_with_newer: bool,
}

/// Clippy's `result_large_err` is allowed where this is returned: `Saved`
/// carries the same record, so boxing the error would not make a result smaller.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failed {
    /// The record with the change applied, kept in memory (and exportable).
    pub envelope: Envelope,
    pub error: SaveError,
}

/// Applies `change` to the newest record there is and saves it. `unsaved`:
/// `current` holds changes an earlier save could not write. (`change` is a
/// trait object so the app holds one copy of this, not one per caller.)
#[allow(clippy::result_large_err)]
pub fn apply(
    store: &mut impl KeyValueStore,
    status: &LoadStatus,
    current: &Envelope,
    unsaved: bool,
    change: &dyn Fn(&mut Household),
    now: DateTime<Utc>,
) -> Result<Saved, Failed> {
    let mut base = current.clone();
    let mut merged = false;
    if status.can_save() {
        match read_stored_if_newer(store, current.write_count) {
            // Applying the change to the newer record would drop this tab's
            // unsaved changes; writing this tab's record would drop the other's.
            Ok(Some(_)) if unsaved => return Err(failed(current, change, now, SaveError::Conflict)),
            Ok(Some(stored)) => {
                base = stored;
                merged = true;
            }
            Ok(None) => {}
            Err(error) => return Err(failed(current, change, now, error)),
        }
    }
    let mut next = base;
    change(&mut next.record);
    next.updated_at = now;
    if !status.can_save() {
        return Err(Failed {
            envelope: next,
            error: SaveError::Disabled,
        });
    }
    write_next(store, next).map(|envelope| Saved {
        envelope,
        merged_with_newer: merged,
    })
}

/// Saves `envelope` as it is: an import the family confirmed replaces
/// whatever is stored, even a record another tab wrote meanwhile. Stored data
/// this version cannot read is still never written over.
#[allow(clippy::result_large_err)]
pub fn replace(
    store: &mut impl KeyValueStore,
    status: &LoadStatus,
    mut envelope: Envelope,
    now: DateTime<Utc>,
) -> Result<Envelope, Failed> {
    envelope.updated_at = now;
    if !status.can_save() {
        return Err(Failed {
            envelope,
            error: SaveError::Disabled,
        });
    }
    match read_stored_if_newer(store, envelope.write_count) {
        // The counter never goes back, so other tabs still see a newer record.
        Ok(Some(stored)) => envelope.write_count = stored.write_count,
        Ok(None) => {}
        Err(error) => return Err(Failed { envelope, error }),
    }
    write_next(store, envelope)
}

/// Records that `exported` was saved as a file. When another tab has written
/// since, the file lacks its changes: the export date is not recorded and the
/// newer record is returned to be shown instead (`merged_with_newer`), or, if
/// `exported` holds unsaved changes, a conflict.
#[allow(clippy::result_large_err)]
pub fn mark_exported(
    store: &mut impl KeyValueStore,
    status: &LoadStatus,
    exported: &Envelope,
    unsaved: bool,
    now: DateTime<Utc>,
) -> Result<Saved, Failed> {
    let mut next = exported.clone();
    next.last_export_at = Some(now);
    if !status.can_save() {
        return Err(Failed {
            envelope: next,
            error: SaveError::Disabled,
        });
    }
    match read_stored_if_newer(store, exported.write_count) {
        Ok(Some(_)) if unsaved => Err(Failed {
            envelope: next,
            error: SaveError::Conflict,
        }),
        Ok(Some(stored)) => Ok(Saved {
            envelope: stored,
            merged_with_newer: true,
        }),
        Ok(None) => write_next(store, next).map(|envelope| Saved {
            envelope,
            merged_with_newer: false,
        }),
        Err(error) => Err(Failed {
            envelope: next,
            error,
        }),
    }
}

/// Writes `envelope` as the stored record's next version. On failure the
/// counter is left as it was: it names the stored record the memory is built on.
#[allow(clippy::result_large_err)]
fn write_next(store: &mut impl KeyValueStore, envelope: Envelope) -> Result<Envelope, Failed> {
    let mut written = envelope;
    written.write_count += 1;
    match write_verified(store, &written) {
        Ok(()) => Ok(written),
        Err(error) => {
            written.write_count -= 1;
            Err(Failed {
                envelope: written,
                error,
            })
        }
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
