//! Where the app keeps the family's record on the device.
//!
//! - `keys`: the one table of storage keys, all under one prefix.
//! - `envelope` + `migrations`: the versioned format of the stored record.
//! - `repository`: load, save and quarantine, written against the
//!   [`KeyValueStore`] trait so every rule is tested natively with
//!   [`MemoryStore`]; the browser's localStorage implements the same trait.

pub mod envelope;
pub mod keys;
pub mod memory;
pub mod migrations;
pub mod repository;

pub use memory::MemoryStore;

/// Why the device's storage refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// Storage is switched off or blocked (some private modes, policies).
    Unavailable,
    /// The device or the browser's quota is full.
    QuotaExceeded,
    Other(String),
}

/// A string key-value store: the browser's localStorage, or memory in tests.
pub trait KeyValueStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&mut self, key: &str) -> Result<(), StoreError>;
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}
