//! Every stored format this app has ever written must keep loading.
//! Add a fixture here whenever SCHEMA_VERSION goes up (see storage/migrations.rs).

use sukusuku::storage::migrations::decode;

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
