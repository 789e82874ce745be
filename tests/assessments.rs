//! Every file in assessments/ passes the bank's checks (schema, unique ids,
//! four domains with enough items in every band, Japanese/English parity, a
//! source on every item, ages in order) and is compiled into the app.

use sukusuku::check::bank::{Bank, Domain};
use sukusuku::check::files::{bank, BAND_FILES, RULES};

#[test]
fn the_bank_in_the_repository_passes_every_check() {
    if let Err(problems) = bank() {
        panic!(
            "assessments/ has {} problem(s):\n{}",
            problems.len(),
            problems.join("\n")
        );
    }
}

#[test]
fn every_band_file_is_compiled_into_the_app() {
    let mut on_disk: Vec<String> = std::fs::read_dir("assessments")
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|name| name.starts_with("band-"))
        .collect();
    on_disk.sort();
    let mut compiled: Vec<String> = BAND_FILES
        .iter()
        .map(|(name, _)| name.to_string())
        .collect();
    compiled.sort();
    assert_eq!(
        on_disk, compiled,
        "add new band files to BAND_FILES in src/check/files.rs"
    );
}

fn with_band_edit(edit: impl Fn(&mut serde_json::Value)) -> Result<Bank, Vec<String>> {
    let (name, text) = BAND_FILES[0];
    let mut band: serde_json::Value = serde_json::from_str(text).unwrap();
    edit(&mut band);
    let edited = band.to_string();
    let mut files: Vec<(&str, &str)> = BAND_FILES.to_vec();
    files[0] = (name, edited.as_str());
    Bank::parse(RULES, &files)
}

fn problems_of(result: Result<Bank, Vec<String>>) -> String {
    result.err().expect("the edit must be refused").join("\n")
}

#[test]
fn a_broken_band_is_refused_with_a_reason() {
    let unknown_field = with_band_edit(|b| b["items"][0]["typo"] = "x".into());
    assert!(problems_of(unknown_field).contains("unknown field"));

    let english_missing = with_band_edit(|b| b["items"][0]["text"]["en"] = "".into());
    assert!(problems_of(english_missing).contains("English text missing"));

    let japanese_in_english = with_band_edit(|b| b["items"][0]["try"]["en"] = "ボール".into());
    assert!(problems_of(japanese_in_english).contains("English text missing or not English"));

    let no_source = with_band_edit(|b| b["items"][0]["source"] = " ".into());
    assert!(problems_of(no_source).contains("no source"));

    let too_late = with_band_edit(|b| b["items"][0]["source_age_months"] = 200.into());
    assert!(problems_of(too_late).contains("so \"not yet\" would mean nothing"));

    let duplicate = with_band_edit(|b| {
        let first = b["items"][0]["id"].clone();
        b["items"][1]["id"] = first;
    });
    assert!(problems_of(duplicate).contains("is used twice"));

    let thin_domain = with_band_edit(|b| {
        let items = b["items"].as_array_mut().unwrap();
        items.retain(|i| i["domain"] != "daily");
    });
    assert!(problems_of(thin_domain).contains("daily items"));
}

#[test]
fn every_domain_has_a_name_in_every_language() {
    let bank = bank().unwrap();
    for domain in Domain::ALL {
        assert!(bank.domain_name(domain).is_some());
    }
}
