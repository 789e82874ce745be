//! Every file in assessments/ passes the bank's checks (schema, unique ids,
//! four domains with enough items in every band, Japanese/English parity, a
//! source on every item, ages in order) and is compiled into the app, as the
//! copy build.rs writes without the sources.

use sukusuku::check::bank::{Bank, Domain};
use sukusuku::check::files::{bank, BAND_FILES, RULES};
use sukusuku::i18n::Lang;

/// The files as they are in the repository, with their sources.
fn repository_files() -> (String, Vec<(String, String)>) {
    let read = |name: &str| std::fs::read_to_string(format!("assessments/{name}")).unwrap();
    let bands = BAND_FILES.iter().map(|(name, _)| (name.to_string(), read(name))).collect();
    (read("rules.json"), bands)
}

fn parse_repository_files(edit_first_band: impl Fn(&mut serde_json::Value)) -> Result<Bank, Vec<String>> {
    let (rules, mut bands) = repository_files();
    let mut first: serde_json::Value = serde_json::from_str(&bands[0].1).unwrap();
    edit_first_band(&mut first);
    bands[0].1 = first.to_string();
    let files: Vec<(&str, &str)> = bands.iter().map(|(n, t)| (n.as_str(), t.as_str())).collect();
    let bank = Bank::parse(&rules, &files)?;
    match bank.provenance_problems() {
        problems if problems.is_empty() => Ok(bank),
        problems => Err(problems),
    }
}

#[test]
fn the_bank_in_the_repository_passes_every_check() {
    if let Err(problems) = parse_repository_files(|_| {}) {
        panic!(
            "assessments/ has {} problem(s):\n{}",
            problems.len(),
            problems.join("\n")
        );
    }
}

#[test]
fn the_app_ships_the_same_bank_without_its_sources() {
    let shipped = bank(Lang::Ja).unwrap_or_else(|problems| panic!("the shipped bank: {}", problems.join("\n")));
    let mut full = parse_repository_files(|_| {}).unwrap();
    assert!(full.bands.iter().flat_map(|b| &b.items).all(|i| !i.source.is_empty()));
    for item in full.bands.iter_mut().flat_map(|b| b.items.iter_mut()) {
        item.source.clear();
        item.source_age_months = 0;
    }
    full.rules.warning_signs.iter_mut().for_each(|s| s.source.clear());
    full.rules.caregiver_questions.iter_mut().for_each(|q| q.source.clear());
    assert_eq!(*shipped, full, "build.rs must take out the sources and nothing else");
    assert!(!RULES.contains("\"source\"") && BAND_FILES.iter().all(|(_, text)| !text.contains("\"source")));
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

fn problems_of(result: Result<Bank, Vec<String>>) -> String {
    result.expect_err("the edit must be refused").join("\n")
}

#[test]
fn a_broken_band_is_refused_with_a_reason() {
    let two_typos = parse_repository_files(|b| {
        b["items"][0]["typo"] = "x".into();
        b["items"][2]["domain"] = "moter".into();
    });
    assert_eq!(
        problems_of(two_typos),
        "band-02m.json: items[0]: unknown field `typo`\nband-02m.json: items[2].domain: unknown value `moter`, expected one of motor, language, social, daily"
    );

    let english_missing = parse_repository_files(|b| b["items"][0]["text"]["en"] = "".into());
    assert!(problems_of(english_missing).contains("English text missing"));

    let japanese_in_english = parse_repository_files(|b| b["items"][0]["try"]["en"] = "ボール".into());
    assert!(problems_of(japanese_in_english).contains("English text missing or not English"));

    let no_source = parse_repository_files(|b| b["items"][0]["source"] = " ".into());
    assert!(problems_of(no_source).contains("no source"));

    let too_late = parse_repository_files(|b| b["items"][0]["source_age_months"] = 200.into());
    assert!(problems_of(too_late).contains("so \"not yet\" would mean nothing"));

    let duplicate = parse_repository_files(|b| {
        let first = b["items"][0]["id"].clone();
        b["items"][1]["id"] = first;
    });
    assert!(problems_of(duplicate).contains("is used twice"));

    let thin_domain = parse_repository_files(|b| {
        let items = b["items"].as_array_mut().unwrap();
        items.retain(|i| i["domain"] != "daily");
    });
    assert!(problems_of(thin_domain).contains("daily items"));
}

#[test]
fn every_domain_has_a_name_in_every_language() {
    let bank = bank(Lang::Ja).unwrap();
    for domain in Domain::ALL {
        assert!(bank.domain_name(domain).is_some());
    }
}
