//! The backup file: round trips, and a corpus of malformed files each refused
//! with a message that names its own problem.

use chrono::{NaiveDate, TimeZone, Utc};
use proptest::prelude::*;
use sukusuku::data_file::{Fault, Kind};
use sukusuku::domain::backup::{self, ImportError};
use sukusuku::domain::record::*;
use sukusuku::domain::sample::heavy_household;
use sukusuku::domain::validate::FieldError;
use sukusuku::schedule::checkups::CheckupVisit;
use sukusuku::schedule::immunisation::RecordedDose;
use sukusuku::i18n::Lang;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
}

fn fixture(path: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/backups/{path}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

#[test]
fn a_good_backup_is_read_with_a_preview_of_what_it_holds() {
    let (household, preview) = backup::read(&fixture("good/family.json"), today()).unwrap();
    assert_eq!(
        preview.children,
        vec![(
            "ゆい".to_owned(),
            NaiveDate::from_ymd_opt(2025, 5, 14).unwrap()
        )]
    );
    assert_eq!(preview.counts.measurements, 2);
    assert_eq!(preview.counts.prenatal_checkups, 1);
    assert_eq!(
        household.children[0].notes[0].text,
        "はじめて声を出して笑った。<b>うれしい</b>"
    );
}

#[test]
fn a_format_2_backup_holds_vaccinations_and_checkup_visits() {
    let (household, preview) = backup::read(&fixture("good/family-v2.json"), today()).unwrap();
    assert_eq!((preview.counts.vaccinations, preview.counts.checkup_visits), (2, 1));
    let child = &household.children[0];
    assert_eq!(child.vaccinations[0].given.lot, "AB12");
    assert_eq!(child.vaccinations[1].given.product.as_deref(), Some("rv1"));
    assert_eq!(child.checkup_visits[0].head_mm, Some(401));
    // Written again, it reads back the same.
    let text = backup::export(&household, Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap(), "test");
    assert_eq!(backup::read(text.as_bytes(), today()).unwrap().0, household);
}

#[test]
fn every_malformed_file_is_refused_with_its_own_reason() {
    type Check = fn(&ImportError) -> bool;
    let expected: &[(&str, Check)] = &[
        ("empty.json", |e| *e == ImportError::Empty),
        ("whitespace.json", |e| *e == ImportError::Empty),
        ("not-json.json", |e| {
            matches!(e, ImportError::NotJson { .. })
        }),
        (
            "truncated.json",
            |e| *e == ImportError::CutShort,
        ),
        ("binary.json", |e| matches!(e, ImportError::NotJson { .. })),
        ("array.json", |e| *e == ImportError::NotABackup),
        ("other-app.json", |e| *e == ImportError::NotABackup),
        ("newer-format.json", |e| {
            *e == ImportError::NewerFormat { found: 99, supported: backup::FORMAT_VERSION }
        }),
        ("format-version-zero.json", |e| {
            *e == ImportError::BadFormatVersion
        }),
        ("format-version-string.json", |e| {
            *e == ImportError::BadFormatVersion
        }),
        (
            "missing-record.json",
            |e| matches!(e, ImportError::Shape { fault: Fault::Missing("record"), .. }),
        ),
        (
            "unknown-field.json",
            |e| matches!(e, ImportError::Shape { path, fault: Fault::UnknownField(name) } if path == "children[0]" && name == "nickname"),
        ),
        (
            "weight-wrong-type.json",
            |e| matches!(e, ImportError::Shape { path, .. } if path.starts_with("children[0].measurements[") && path.ends_with("].weight_g")),
        ),
        (
            "negative-weight.json",
            |e| matches!(e, ImportError::Shape { path, .. } if path.starts_with("children[0].measurements[") && path.ends_with("].weight_g")),
        ),
        (
            "impossible-date.json",
            |e| matches!(e, ImportError::Shape { path, .. } if path == "children[0].birth_date"),
        ),
        (
            "unknown-sex.json",
            |e| matches!(e, ImportError::Shape { path, .. } if path == "children[0].sex"),
        ),
        (
            "future-birth.json",
            |e| matches!(e, ImportError::Impossible { path, error: FieldError::DateInFuture } if path == "children[0].birth_date"),
        ),
        (
            "measurement-before-birth.json",
            |e| matches!(e, ImportError::Impossible { error: FieldError::DateBeforeBirth { .. }, path } if path == "children[0].measurements[0].date"),
        ),
        (
            "weight-in-kg-as-grams.json",
            |e| matches!(e, ImportError::Impossible { error: FieldError::OutOfRange { .. }, path } if path == "children[0].measurements[1].weight_g"),
        ),
        ("duplicate-id.json", |e| {
            *e == ImportError::DuplicateId { id: 7 }
        }),
        // Counting on from it would wrap round to ids in use (deleting one would delete two).
        ("id-too-large.json", |e| *e == ImportError::IdTooLarge { id: u64::MAX }),
        ("gestation-days.json", |e| {
            matches!(
                e,
                ImportError::Impossible {
                    error: FieldError::GestationDays,
                    ..
                }
            )
        }),
        (
            "empty-name.json",
            |e| matches!(e, ImportError::Impossible { error: FieldError::Required, path } if path == "children[0].name"),
        ),
        (
            "unknown-vaccine.json",
            |e| matches!(e, ImportError::Impossible { error: FieldError::NotInSchedule, path } if path == "children[0].vaccinations[1].vaccine"),
        ),
        (
            "checkup-head-in-millimetres.json",
            |e| matches!(e, ImportError::Impossible { error: FieldError::LooksLikeMillimetres { .. }, path } if path == "children[0].checkup_visits[0].head_mm"),
        ),
        ("blood-pressure-swapped.json", |e| {
            matches!(
                e,
                ImportError::Impossible {
                    error: FieldError::SystolicNotAboveDiastolic,
                    ..
                }
            )
        }),
    ];
    let dir = format!("{}/tests/fixtures/backups/bad", env!("CARGO_MANIFEST_DIR"));
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = expected.iter().map(|(f, _)| f.to_string()).collect();
    listed.sort();
    assert_eq!(
        on_disk, listed,
        "every file in the corpus has an expectation"
    );
    assert!(on_disk.len() >= 15);

    let mut messages = std::collections::HashSet::new();
    for (file, check) in expected {
        let error = backup::read(&fixture(&format!("bad/{file}")), today()).expect_err(file);
        assert!(check(&error), "{file}: unexpected {error:?}");
        for lang in Lang::ALL {
            let message = error.message(lang);
            assert!(
                !message.contains('{'),
                "{file}: unfilled placeholder in {message}"
            );
        }
        if let ImportError::Shape { path, .. } | ImportError::Impossible { path, .. } = &error {
            for lang in Lang::ALL {
                let place = sukusuku::domain::backup_place::place_in_words(path, lang);
                assert!(error.message(lang).contains(&place), "{file}: the message names the place, {place:?}");
            }
        }
        // In words a family reads: no program's names, paths or quoting, and
        // no sentence ended twice.
        for lang in Lang::ALL {
            let message = error.message(lang);
            for technical in ["[", "_", "`", "。。", "..", "record.", "JSON"] {
                assert!(!message.contains(technical), "{file}: {technical:?} in {message}");
            }
        }
        // What is wrong is said in the family's language, not only in English.
        let ja = error.message(Lang::Ja);
        for english in ["expected", "unknown", "missing", "not a"] {
            assert!(!ja.contains(english), "{file}: English in the Japanese message: {ja}");
        }
        messages.insert(error.message(Lang::En));
    }
    // Files with the same fault (empty vs blank) share a message; the rest differ.
    assert!(
        messages.len() >= 15,
        "only {} distinct messages",
        messages.len()
    );
}

#[test]
fn an_oversized_file_is_refused_before_it_is_parsed() {
    let big = vec![b' '; backup::MAX_BYTES + 1];
    assert!(matches!(
        backup::read(&big, today()),
        Err(ImportError::TooLarge { .. })
    ));
}

/// Found by fuzzing (`scripts/fuzz`, target `backup_import`): a timestamp
/// whose offset had more than two hour digits made `from_text` multiply past
/// i64 (or, with a smaller huge offset, subtract past the last date chrono
/// has), and the panic took the whole app down instead of refusing the file.
/// Both are refused now as "not a date and time".
#[test]
fn a_timestamp_with_an_impossible_offset_is_refused_not_a_crash() {
    let crashing = [
        // The fuzzer's input, as it found it.
        r#"{
  "format": "sukusuku-backup",
  "format_version": 1,
  "exported_at": "4814-09-1T,-4674407370955161544:444444ure"
}
"#
        .to_owned(),
        // The same fault with a well-formed offset: panicked in release too.
        String::from_utf8(fixture("good/family.json"))
            .unwrap()
            .replace("2025-09-01T10:31:00Z", "2025-09-01T10:31:00+99999999999:00"),
    ];
    for text in crashing {
        match backup::read(text.as_bytes(), today()) {
            Err(ImportError::Shape { fault, .. }) => {
                assert!(matches!(fault, Fault::Unreadable { kind: Kind::DateTime, .. }), "{fault:?}")
            }
            other => panic!("expected a shape error for exported_at, got {other:?}"),
        }
    }
    // An ordinary offset is still read.
    let text = String::from_utf8(fixture("good/family.json"))
        .unwrap()
        .replace("2025-09-01T10:31:00Z", "2025-09-01T19:31:00+09:00");
    let (_, preview) = backup::read(text.as_bytes(), today()).unwrap();
    assert_eq!(
        preview.exported_at,
        Utc.with_ymd_and_hms(2025, 9, 1, 10, 31, 0).unwrap()
    );
}

#[test]
fn the_heavy_record_round_trips_and_is_valid() {
    let household = heavy_household(today());
    let text = backup::export(
        &household,
        Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap(),
        "test",
    );
    let (back, preview) = backup::read(text.as_bytes(), today()).unwrap();
    assert_eq!(back, household);
    assert_eq!(preview.counts.measurements, 1000);
    assert_eq!(preview.counts.notes, 300);
    assert_eq!(
        backup::file_name(today()),
        "sukusuku-backup-2026-11-24.json"
    );
}

/// A refused value is named by its place in the file, entry by entry.
#[test]
fn a_refused_entry_is_named_by_its_list_and_place() {
    let refused = |change: fn(&mut Household)| {
        let mut household = heavy_household(today());
        change(&mut household);
        match backup::check_household(&household, today()) {
            Err(ImportError::Impossible { path, .. }) => path,
            other => panic!("not refused by place: {other:?}"),
        }
    };
    assert_eq!(
        refused(|h| {
            h.children[0].firsts[1].kind = None;
            h.children[0].firsts[1].label.clear();
        }),
        "children[0].firsts[1].label"
    );
    assert_eq!(refused(|h| h.children[0].notes[2].text.clear()), "children[0].notes[2].text");
    assert_eq!(
        refused(|h| h.caregivers.push(Caregiver { id: 999_999, name: String::new(), relation: String::new() })),
        format!("caregivers[{}].name", heavy_household(today()).caregivers.len())
    );
}

fn arb_date() -> impl Strategy<Value = NaiveDate> {
    (0i64..2000)
        .prop_map(|d| NaiveDate::from_ymd_opt(2021, 1, 1).unwrap() + chrono::Duration::days(d))
}

fn arb_text() -> impl Strategy<Value = String> {
    // Japanese, markup, quotes, emoji: whatever a family types must survive.
    proptest::string::string_regex("[a-zあ-んア-ン漢字<>\"'&\\\\/😀 \n]{1,30}").unwrap()
}

fn arb_child() -> impl Strategy<Value = Child> {
    (
        arb_text(),
        arb_date(),
        prop::sample::select(Sex::ALL.to_vec()),
        prop::option::of(
            (22u8..44, 0u8..7).prop_map(|(weeks, days)| GestationalAge { weeks, days }),
        ),
        prop::collection::vec(
            (
                arb_date(),
                prop::option::of(300u32..40_000),
                prop::option::of(250u32..1300),
            ),
            0..8,
        ),
        prop::collection::vec((arb_date(), arb_text()), 0..5),
        prop::collection::vec((prop::sample::select(vec!["hepb", "rotavirus", "mr"]), 1u8..3, arb_date(), arb_text(), any::<bool>()), 0..4),
        prop::collection::vec((arb_date(), arb_text(), prop::option::of(2000u32..30_000), arb_text()), 0..3),
    )
        .prop_map(
            |(name, birth_date, sex, gestation, measurements, notes, doses, visits)| Child {
                id: 0,
                name,
                birth_date,
                sex,
                gestation,
                firsts: vec![First {
                    id: 0,
                    kind: Some(FirstKind::WalkingAlone),
                    label: String::new(),
                    date: birth_date,
                }],
                measurements: measurements
                    .into_iter()
                    .map(|(date, weight_g, length_mm)| Measurement {
                        id: 0,
                        date,
                        weight_g,
                        length_mm,
                        head_mm: None,
                        chest_mm: None,
                    })
                    .collect(),
                notes: notes
                    .into_iter()
                    .map(|(date, text)| Note { id: 0, date, text })
                    .collect(),
                vaccinations: doses
                    .into_iter()
                    .map(|(vaccine, dose, date, lot, with_product)| Vaccination {
                        id: 0,
                        given: RecordedDose {
                            vaccine: vaccine.into(),
                            dose,
                            date,
                            lot,
                            product: (with_product && vaccine == "rotavirus").then(|| "rv5".into()),
                        },
                    })
                    .collect(),
                checkup_visits: visits
                    .into_iter()
                    .map(|(date, place, weight_g, notes)| CheckupVisit {
                        id: 0,
                        checkup: "3-4m".into(),
                        date,
                        place,
                        weight_g,
                        length_mm: None,
                        head_mm: Some(420),
                        notes,
                    })
                    .collect(),
                ..Child::new(0, String::new(), birth_date, Sex::Unspecified, None)
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn any_record_survives_export_and_import_unchanged(children in prop::collection::vec(arb_child(), 0..4)) {
        let mut household = Household::default();
        for mut child in children {
            child.id = household.new_id();
            for f in &mut child.firsts { f.id = household.new_id(); }
            for m in &mut child.measurements { m.id = household.new_id(); }
            for n in &mut child.notes { n.id = household.new_id(); }
            for v in &mut child.vaccinations { v.id = household.new_id(); }
            for v in &mut child.checkup_visits { v.id = household.new_id(); }
            household.children.push(child);
        }
        // Written by hand exactly as serde's derives would write it.
        prop_assert_eq!(sukusuku::domain::record_write::to_text(&household), serde_json::to_string(&household).unwrap());
        let text = backup::export(&household, Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap(), "prop");
        let parsed = sukusuku::data_file::read_text(&text, backup::read_backup).unwrap();
        prop_assert_eq!(parsed.record, household);
    }
}

/// Every part of the record the app writes (caregivers, a pregnancy with its
/// checkups and birth time, checks with their answers and levels, a check in
/// progress, support, the nurse's questions) reads back the same, from a
/// backup and from storage.
#[test]
fn the_richest_records_read_back_exactly_as_written() {
    use sukusuku::check::bank::Answer;
    use sukusuku::check::record::CheckDraft;
    use sukusuku::storage::{envelope::Envelope, migrations::decode};
    let at = Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap();
    for mut household in [sukusuku::domain::sample::heavy_household(today()), sukusuku::domain::sample::demo_household(today(), Lang::En)] {
        let child = &mut household.children[0];
        child.in_support = true;
        child.check_draft = Some(CheckDraft {
            band: "18m".into(),
            started: today(),
            answers: [("18m-motor-1".to_string(), Answer::NotYet), ("18m-language-2".to_string(), Answer::Unknown)].into(),
            position: 2,
        });
        assert!(household.children.iter().any(|c| !c.checks.is_empty()) && !household.pregnancies.is_empty());
        let text = backup::export(&household, at, "test");
        assert_eq!(sukusuku::data_file::read_text(&text, backup::read_backup).unwrap().record, household);
        let stored = Envelope { write_count: 7, last_export_at: Some(at), record: household.clone(), ..Envelope::new(at) };
        assert_eq!(decode(&stored.to_json()).unwrap(), stored);
    }
}

fn dated_entries_child(birth: NaiveDate) -> Child {
    let week = birth + chrono::Days::new(7);
    // Ids above the heavy record's, so both can share a household.
    let mut child = Child::new(9001, "ゆい".into(), birth, Sex::Female, None);
    child.vaccinations.push(Vaccination {
        id: 9002,
        given: RecordedDose { vaccine: "hepb".into(), dose: 1, date: week, lot: String::new(), product: None },
    });
    child.checkup_visits.push(CheckupVisit {
        id: 9003,
        checkup: "1m".into(),
        date: week + chrono::Days::new(21),
        place: String::new(),
        weight_g: None,
        length_mm: None,
        head_mm: None,
        notes: String::new(),
    });
    child
}

/// The backup's reader refuses a dose, a checkup visit or a check dated
/// before the birth; so must the child's form, or after one edit of the
/// birth date every later backup of the record would be refused.
#[test]
fn a_birth_date_moved_after_a_dose_or_a_visit_is_refused_by_the_form() {
    use sukusuku::domain::forms::ChildInput;
    let birth = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
    let mut child = dated_entries_child(birth);
    let mut input = ChildInput::from_child(&child);
    input.birth_date = "2026-07-01".into();
    let errors = input.apply(&mut child, today()).unwrap_err();
    assert_eq!(
        errors,
        vec![("child-birth-date", FieldError::EntriesBeforeBirth { earliest: NaiveDate::from_ymd_opt(2026, 6, 8).unwrap() })]
    );
    assert_eq!(child.birth_date, birth, "nothing changes on error");
    assert!(!errors[0].1.message(Lang::Ja).contains('{'));
}

/// Whatever birth date the form accepts, the record's backup is read back.
#[test]
fn every_birth_date_the_form_accepts_leaves_a_backup_that_restores() {
    use sukusuku::domain::forms::ChildInput;
    let now = Utc.with_ymd_and_hms(2026, 11, 24, 3, 0, 0).unwrap();
    let mut household = heavy_household(today());
    household.children.push(dated_entries_child(NaiveDate::from_ymd_opt(2026, 6, 1).unwrap()));
    let mut accepted = 0;
    for i in 0..household.children.len() {
        for shift in [1, 6, 7, 8, 28, 29, 30, 60, 365] {
            let mut edited = household.clone();
            let child = &mut edited.children[i];
            let mut input = ChildInput::from_child(child);
            input.birth_date = (child.birth_date + chrono::Days::new(shift)).to_string();
            if input.apply(child, today()).is_ok() {
                accepted += 1;
                let text = backup::export(&edited, now, "test");
                match backup::read(text.as_bytes(), today()) {
                    Err(e) => panic!("child {i}, birth moved {shift} days: the backup is refused: {e:?}"),
                    // The reader lets earlier versions' entries before the birth through: the form must not make new ones.
                    Ok((_, preview)) => assert_eq!(preview.before_birth, 0, "child {i}, birth moved {shift} days"),
                }
            }
        }
    }
    assert!(accepted > 0, "some moves are allowed");
}

/// A backup made in Japan early in the morning is still "tomorrow" on a
/// device whose clock or time zone is behind: it restores; two days ahead does not.
#[test]
fn a_backup_dated_tomorrow_restores_and_one_two_days_ahead_is_refused() {
    let now = Utc.with_ymd_and_hms(2026, 11, 24, 3, 0, 0).unwrap();
    let mut household = Household::default();
    let mut child = Child::new(1, "ゆい".into(), NaiveDate::from_ymd_opt(2026, 6, 1).unwrap(), Sex::Female, None);
    child.measurements.push(Measurement { id: 2, date: today(), weight_g: Some(7000), length_mm: None, head_mm: None, chest_mm: None });
    household.children.push(child);
    let text = backup::export(&household, now, "test");
    let yesterday = today().pred_opt().unwrap();
    assert!(backup::read(text.as_bytes(), yesterday).is_ok());
    let two_days_before = yesterday.pred_opt().unwrap();
    assert!(matches!(
        backup::read(text.as_bytes(), two_days_before),
        Err(ImportError::Impossible { error: FieldError::DateInFuture, .. })
    ));
}

/// Earlier versions let a birth date be moved past recorded doses: such a
/// record restores (nothing is lost), and the preview counts what to look at.
#[test]
fn a_dose_dated_before_the_birth_by_an_earlier_version_restores_with_a_warning() {
    let (household, preview) = backup::read(&fixture("good/dose-before-birth-from-an-earlier-version.json"), today()).unwrap();
    assert_eq!(preview.before_birth, 1);
    let child = &household.children[0];
    assert!(child.vaccinations.iter().any(|v| v.given.date < child.birth_date));
    let (_, clean) = backup::read(&fixture("good/family.json"), today()).unwrap();
    assert_eq!(clean.before_birth, 0);
    // The family can still edit the child: only a new birth date after entries now on or after it is refused.
    use sukusuku::domain::forms::ChildInput;
    let mut child = household.children[0].clone();
    let mut input = ChildInput::from_child(&child);
    input.name = "ゆいちゃん".into();
    input.apply(&mut child, today()).expect("renaming is not blocked by an old entry");
    assert_eq!(child.name, "ゆいちゃん");
}

/// What Settings saves as "the unreadable data" is the record as the device
/// stored it: once an app can read it, it restores like a backup.
#[test]
fn a_stored_record_saved_as_a_file_restores_or_says_why_not() {
    let stored = std::fs::read_to_string(format!("{}/tests/fixtures/storage/v1-family.json", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let (household, preview) = backup::read(stored.as_bytes(), today()).expect("a version-1 record restores");
    assert_eq!(preview.children.len(), household.children.len());
    assert!(preview.counts.children > 0);
    assert_eq!(preview.exported_at.to_rfc3339(), "2025-09-01T10:30:00+00:00", "dated by its last save");

    let newer = stored.replacen("\"schema_version\": 1", "\"schema_version\": 99", 1);
    assert_eq!(backup::read(newer.as_bytes(), today()).unwrap_err(), ImportError::NewerFormat { found: 99, supported: sukusuku::storage::envelope::SCHEMA_VERSION });
    let broken = stored.replacen("\"caregivers\"", "\"caregiverz\"", 1);
    let error = backup::read(broken.as_bytes(), today()).unwrap_err();
    assert_eq!(error, ImportError::StoredUnreadable);
    for lang in Lang::ALL {
        assert!(!error.message(lang).contains('{'));
    }
}
