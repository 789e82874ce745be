use std::collections::BTreeMap;

use super::{KeyValueStore, StoreError};

/// An in-memory store for tests, able to act out a full disk or a
/// browser that silently keeps something other than what was written.
#[derive(Clone, Debug, Default)]
pub struct MemoryStore {
    pub items: BTreeMap<String, String>,
    /// Total bytes (keys + values) the store accepts, like a browser quota.
    pub quota_bytes: Option<usize>,
    pub unavailable: bool,
    /// Stores a different value than asked: simulates a write that does not stick.
    pub corrupt_writes: bool,
}

impl MemoryStore {
    fn used_without(&self, key: &str) -> usize {
        self.items
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(|(k, v)| k.len() + v.len())
            .sum()
    }
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        if self.unavailable {
            return Err(StoreError::Unavailable);
        }
        Ok(self.items.get(key).cloned())
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        if self.unavailable {
            return Err(StoreError::Unavailable);
        }
        if let Some(quota) = self.quota_bytes {
            if self.used_without(key) + key.len() + value.len() > quota {
                return Err(StoreError::QuotaExceeded);
            }
        }
        let stored = if self.corrupt_writes {
            value.chars().take(value.len() / 2).collect()
        } else {
            value.to_owned()
        };
        self.items.insert(key.to_owned(), stored);
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        if self.unavailable {
            return Err(StoreError::Unavailable);
        }
        self.items.remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        if self.unavailable {
            return Err(StoreError::Unavailable);
        }
        Ok(self.items.keys().cloned().collect())
    }
}
