//! The storage rules that keep a family's record: quarantine, never
//! overwriting what could not be read or what is newer, verified saves,
//! two tabs, a full disk.

use chrono::{DateTime, TimeZone, Utc};
use sukusuku::domain::record::{Caregiver, Household};
use sukusuku::storage::envelope::Envelope;
use sukusuku::storage::keys::{StorageKey, QUARANTINE_PREFIX};
use sukusuku::storage::migrations::DecodeError;
use sukusuku::storage::repository::{self, LoadStatus, SaveError};
use sukusuku::storage::{KeyValueStore, MemoryStore, StoreError};

const RECORD: &str = "sukusuku.record";

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap()
}

fn add_caregiver(name: &'static str) -> impl Fn(&mut Household) {
    move |h: &mut Household| {
        let id = h.new_id();
        h.caregivers.push(Caregiver {
            id,
            name: name.into(),
            relation: String::new(),
        });
    }
}

fn names(h: &Household) -> Vec<&str> {
    h.caregivers.iter().map(|c| c.name.as_str()).collect()
}

#[test]
fn a_fresh_device_saves_and_loads_back() {
    let mut store = MemoryStore::default();
    let loaded = repository::load(&mut store, now());
    assert_eq!(loaded.status, LoadStatus::Fresh);
    assert!(store.items.is_empty(), "loading writes nothing");
    let saved = repository::apply(
        &mut store,
        &loaded.status,
        &loaded.envelope,
        false,
        &add_caregiver("さくら"),
        now(),
    )
    .unwrap();
    assert_eq!(saved.envelope.write_count, 1);
    let again = repository::load(&mut store, now());
    assert_eq!(again.status, LoadStatus::Loaded);
    assert_eq!(names(&again.envelope.record), ["さくら"]);
}

#[test]
fn unreadable_data_is_kept_aside_byte_for_byte_and_never_replaced() {
    let garbage = "{\"schema_version\":1,\"record\":{\"children\":[{\"name\":";
    let mut store = MemoryStore::default();
    store.items.insert(RECORD.into(), garbage.into());
    let loaded = repository::load(&mut store, now());
    let LoadStatus::Quarantined { key, reason } = &loaded.status else {
        panic!("{:?}", loaded.status)
    };
    assert!(matches!(reason, DecodeError::NotJson(_)));
    assert!(key.starts_with(QUARANTINE_PREFIX));
    assert_eq!(store.items.get(key).map(String::as_str), Some(garbage));
    assert_eq!(
        repository::quarantined(&store),
        vec![(key.clone(), garbage.to_owned())]
    );
    // New entries go to the record key; the quarantined copy stays.
    repository::apply(
        &mut store,
        &loaded.status,
        &loaded.envelope,
        false,
        &add_caregiver("a"),
        now(),
    )
    .unwrap();
    assert_eq!(store.items.get(key).map(String::as_str), Some(garbage));
}

#[test]
fn unreadable_data_that_cannot_be_set_aside_turns_saving_off() {
    let garbage = "x".repeat(100);
    let mut store = MemoryStore {
        quota_bytes: Some(150),
        ..Default::default()
    };
    store.items.insert(RECORD.into(), garbage.clone());
    let loaded = repository::load(&mut store, now());
    assert!(matches!(loaded.status, LoadStatus::Blocked { .. }));
    assert!(!loaded.status.can_save());
    let failed = repository::apply(
        &mut store,
        &loaded.status,
        &loaded.envelope,
        false,
        &add_caregiver("a"),
        now(),
    )
    .unwrap_err();
    assert_eq!(failed.error, SaveError::Disabled);
    assert_eq!(
        names(&failed.envelope.record),
        ["a"],
        "the change stays in memory"
    );
    assert_eq!(
        store.items.get(RECORD),
        Some(&garbage),
        "the unreadable data is untouched"
    );
}

#[test]
fn a_record_from_a_newer_app_is_left_alone() {
    let newer = r#"{"schema_version": 7, "record": {"what": "we cannot know"}}"#;
    let mut store = MemoryStore::default();
    store.items.insert(RECORD.into(), newer.into());
    let loaded = repository::load(&mut store, now());
    assert_eq!(loaded.status, LoadStatus::Newer { found: 7 });
    let failed = repository::apply(
        &mut store,
        &loaded.status,
        &loaded.envelope,
        false,
        &add_caregiver("a"),
        now(),
    )
    .unwrap_err();
    assert_eq!(failed.error, SaveError::Disabled);
    assert_eq!(store.items.get(RECORD).map(String::as_str), Some(newer));
    assert_eq!(
        store.items.len(),
        1,
        "no quarantine copy for data that is fine"
    );
}

#[test]
fn a_full_disk_keeps_the_change_in_memory_and_says_so() {
    let mut store = MemoryStore::default();
    let loaded = repository::load(&mut store, now());
    let first = repository::apply(
        &mut store,
        &loaded.status,
        &loaded.envelope,
        false,
        &add_caregiver("a"),
        now(),
    )
    .unwrap();
    let stored_before = store.items.get(RECORD).cloned();
    store.quota_bytes = Some(stored_before.as_ref().unwrap().len() + RECORD.len() + 5);
    let failed = repository::apply(
        &mut store,
        &loaded.status,
        &first.envelope,
        false,
        &add_caregiver("b"),
        now(),
    )
    .unwrap_err();
    assert_eq!(failed.error, SaveError::Store(StoreError::QuotaExceeded));
    assert_eq!(names(&failed.envelope.record), ["a", "b"]);
    assert_eq!(
        store.items.get(RECORD),
        stored_before.as_ref(),
        "the stored copy is still the last good one"
    );
    // Space freed: the next save writes everything kept in memory.
    store.quota_bytes = None;
    let saved = repository::apply(
        &mut store,
        &loaded.status,
        &failed.envelope,
        true,
        &add_caregiver("c"),
        now(),
    )
    .unwrap();
    assert_eq!(
        names(&repository::load(&mut store, now()).envelope.record),
        ["a", "b", "c"]
    );
    assert_eq!(saved.envelope.write_count, 2, "the counter counts what was stored");
}

#[test]
fn a_write_that_does_not_read_back_is_reported() {
    let mut store = MemoryStore {
        corrupt_writes: true,
        ..Default::default()
    };
    let loaded = repository::load(&mut store, now());
    let failed = repository::apply(
        &mut store,
        &loaded.status,
        &loaded.envelope,
        false,
        &add_caregiver("a"),
        now(),
    )
    .unwrap_err();
    assert_eq!(failed.error, SaveError::NotVerified);
    assert_eq!(names(&failed.envelope.record), ["a"]);
}

#[test]
fn two_tabs_never_overwrite_each_other() {
    let mut store = MemoryStore::default();
    let tab_a = repository::load(&mut store, now());
    let tab_b = repository::load(&mut store, now());
    let a = repository::apply(
        &mut store,
        &tab_a.status,
        &tab_a.envelope,
        false,
        &add_caregiver("from A"),
        now(),
    )
    .unwrap();
    assert!(!a.merged_with_newer);
    // Tab B still holds the old record; its save lands on top of A's.
    let b = repository::apply(
        &mut store,
        &tab_b.status,
        &tab_b.envelope,
        false,
        &add_caregiver("from B"),
        now(),
    )
    .unwrap();
    assert!(b.merged_with_newer);
    assert_eq!(names(&b.envelope.record), ["from A", "from B"]);
    assert_eq!(
        names(&repository::load(&mut store, now()).envelope.record),
        ["from A", "from B"]
    );
    // An older envelope replaced wholesale (an import in a stale tab) does not roll back the counter.
    let replaced =
        repository::replace(&mut store, &tab_a.status, Envelope::new(now()), now()).unwrap();
    assert!(replaced.write_count > b.envelope.write_count);
}

#[test]
fn the_write_counter_is_read_from_the_head_of_the_stored_text() {
    let mut envelope = Envelope::new(now());
    envelope.write_count = 4321;
    assert_eq!(
        repository::stored_write_count(&envelope.to_json()),
        Some(4321)
    );
    assert_eq!(
        repository::stored_write_count("{\"write_count\":7}"),
        Some(7)
    );
    assert_eq!(repository::stored_write_count("garbage"), None);
    assert_eq!(repository::stored_write_count(""), None);
}

#[test]
fn storage_that_is_switched_off_is_reported_not_hidden() {
    let mut store = MemoryStore {
        unavailable: true,
        ..Default::default()
    };
    let loaded = repository::load(&mut store, now());
    assert_eq!(loaded.status, LoadStatus::Unavailable);
    let failed = repository::apply(
        &mut store,
        &loaded.status,
        &loaded.envelope,
        false,
        &add_caregiver("a"),
        now(),
    )
    .unwrap_err();
    assert_eq!(failed.error, SaveError::Disabled);
    assert_eq!(names(&failed.envelope.record), ["a"]);
}

#[test]
fn delete_all_removes_this_apps_keys_and_nothing_else() {
    let mut store = MemoryStore::default();
    let loaded = repository::load(&mut store, now());
    repository::apply(
        &mut store,
        &loaded.status,
        &loaded.envelope,
        false,
        &add_caregiver("a"),
        now(),
    )
    .unwrap();
    store.set(StorageKey::Lang.as_str(), "en").unwrap();
    store
        .set("sukusuku.quarantine.20260101T000000Z", "x")
        .unwrap();
    store.set("city-portal-settings", "keep me").unwrap();
    repository::delete_all(&mut store).unwrap();
    assert_eq!(
        store.keys().unwrap(),
        vec!["city-portal-settings".to_owned()]
    );
}

/// A tab's record saved once, then a full disk: the change stays in memory only.
fn saved_then_disk_full(store: &mut MemoryStore) -> (LoadStatus, Envelope) {
    let loaded = repository::load(store, now());
    let first = repository::apply(store, &loaded.status, &loaded.envelope, false, &add_caregiver("a"), now()).unwrap();
    store.quota_bytes = Some(0);
    let failed = repository::apply(store, &loaded.status, &first.envelope, false, &add_caregiver("only in tab A"), now())
        .unwrap_err();
    store.quota_bytes = None;
    assert_eq!(failed.envelope.write_count, first.envelope.write_count, "the counter names what is stored");
    (loaded.status, failed.envelope)
}

#[test]
fn a_tab_holding_an_unsaved_change_never_writes_over_another_tabs_save() {
    let mut store = MemoryStore::default();
    let (status, tab_a) = saved_then_disk_full(&mut store);
    let tab_b = repository::load(&mut store, now()).envelope;
    repository::apply(&mut store, &status, &tab_b, false, &add_caregiver("from B"), now()).unwrap();
    let stored_b = store.items.get(RECORD).cloned();

    let refused = repository::apply(&mut store, &status, &tab_a, true, &add_caregiver("A again"), now()).unwrap_err();
    assert_eq!(refused.error, SaveError::Conflict);
    assert_eq!(names(&refused.envelope.record), ["a", "only in tab A", "A again"], "tab A keeps all it holds, to export");
    assert_eq!(store.items.get(RECORD), stored_b.as_ref(), "tab B's save is untouched");
    let export_marked = repository::mark_exported(&mut store, &status, &refused.envelope, true, now()).unwrap_err();
    assert_eq!(export_marked.error, SaveError::Conflict);
    assert_eq!(store.items.get(RECORD), stored_b.as_ref());
}

#[test]
fn a_tab_that_cannot_read_what_a_newer_version_saved_never_writes_over_it() {
    let mut store = MemoryStore::default();
    let loaded = repository::load(&mut store, now());
    let tab = repository::apply(&mut store, &loaded.status, &loaded.envelope, false, &add_caregiver("a"), now())
        .unwrap()
        .envelope;
    // Another tab, already updated, saved in a format this version cannot read.
    let newer = format!(r#"{{"schema_version":99,"write_count":{},"record":{{"?":1}}}}"#, tab.write_count + 1);
    store.items.insert(RECORD.into(), newer.clone());

    let mut current = tab;
    let mut unsaved = false;
    for name in ["first try", "second try", "third try"] {
        let failed = repository::apply(&mut store, &loaded.status, &current, unsaved, &add_caregiver(name), now())
            .unwrap_err();
        assert_eq!(failed.error, SaveError::StoredUnreadable, "{name}");
        assert_eq!(store.items.get(RECORD), Some(&newer), "{name}: the newer record is untouched");
        current = failed.envelope;
        unsaved = true;
    }
    assert_eq!(names(&current.record), ["a", "first try", "second try", "third try"]);
}

#[test]
fn an_export_from_a_stale_tab_does_not_roll_back_what_another_tab_saved() {
    let mut store = MemoryStore::default();
    let loaded = repository::load(&mut store, now());
    let stale = repository::apply(&mut store, &loaded.status, &loaded.envelope, false, &add_caregiver("a"), now())
        .unwrap()
        .envelope;
    let newer = repository::apply(&mut store, &loaded.status, &stale, false, &add_caregiver("b"), now())
        .unwrap()
        .envelope;

    let marked = repository::mark_exported(&mut store, &loaded.status, &stale, false, now()).unwrap();
    assert!(marked.merged_with_newer);
    assert_eq!(marked.envelope, newer, "the newer record is shown instead");
    assert_eq!(marked.envelope.last_export_at, None, "the file lacks b: no export date");
    assert_eq!(names(&repository::load(&mut store, now()).envelope.record), ["a", "b"]);

    let up_to_date = repository::mark_exported(&mut store, &loaded.status, &newer, false, now()).unwrap();
    assert!(!up_to_date.merged_with_newer);
    assert_eq!(up_to_date.envelope.last_export_at, Some(now()));
    assert_eq!(repository::load(&mut store, now()).envelope, up_to_date.envelope);
}
