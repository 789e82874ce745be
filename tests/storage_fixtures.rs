//! Every stored format this app has ever written must keep loading.
//! Add a fixture here whenever SCHEMA_VERSION goes up (see storage/migrations.rs).

use sukusuku::storage::migrations::{decode, DecodeError};

#[test]
fn every_stored_format_fixture_still_loads() {
    let dir = format!("{}/tests/fixtures/storage", env!("CARGO_MANIFEST_DIR"));
    let mut count = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let raw = std::fs::read_to_string(&path).unwrap();
        let envelope = decode(&raw).unwrap_or_else(|e| panic!("{}: {e:?}", path.display()));
        assert!(
            !envelope.record.is_empty(),
            "{}: the fixture holds a real record",
            path.display()
        );
        // Loading then saving must not lose anything either.
        assert_eq!(decode(&envelope.to_json()).unwrap(), envelope);
        count += 1;
    }
    assert!(count >= 1);
}

/// Found by fuzzing (`scripts/fuzz`, target `storage_decode`): a stored
/// timestamp with a long offset ("-008608400741469785418:…") overflowed while
/// being read, and the panic stopped the app at start-up. And, found while
/// reviewing that fix: "9999-12-31T23:00:00-02:00" was read as the year
/// 10000, written back as "+10000-…" and then could not be read, so the next
/// start-up set the family's record aside. Both are now refused on reading
/// (the record is quarantined, never lost) instead.
#[test]
fn a_stored_timestamp_out_of_range_is_refused_not_a_crash() {
    let raw = include_str!("fixtures/storage/v1-family.json");
    let crashing = [
        r#"{
  "schema_version": 2,  "created_at": "2025-10-20T509T--008608400741469785418::tttWWWWWWWWWW",
  "last_expotr_ord": {
}
}
"#
        .to_owned(),
        raw.replace("2025-05-20T09:00:00Z", "2025-05-20T09:00:00+99999999999:00"),
        raw.replace("2025-05-20T09:00:00Z", "9999-12-31T23:00:00-02:00"),
        raw.replace("2025-05-20T09:00:00Z", "0000-01-01T01:00:00+02:00"),
    ];
    for text in &crashing {
        assert!(
            matches!(decode(text), Err(DecodeError::Shape(_))),
            "{text}"
        );
    }
    // The last moments that are still four-digit years load and save.
    for edge in ["9999-12-31T23:00:00+02:00", "0000-01-01T01:00:00-02:00"] {
        let envelope = decode(&raw.replace("2025-05-20T09:00:00Z", edge)).unwrap();
        assert_eq!(decode(&envelope.to_json()).unwrap(), envelope);
    }
}

#[test]
fn the_v1_fixture_keeps_its_content() {
    let raw = include_str!("fixtures/storage/v1-family.json");
    let envelope = decode(raw).unwrap();
    assert_eq!(envelope.write_count, 12);
    let child = &envelope.record.children[0];
    assert_eq!(child.name, "ゆい");
    assert_eq!(child.measurements[0].weight_g, Some(4210));
    assert_eq!(
        envelope.record.pregnancies[0]
            .birth
            .as_ref()
            .unwrap()
            .weight_g,
        Some(3120)
    );
}
