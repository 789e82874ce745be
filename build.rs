//! Three things the app compiles from data files.
//!
//! The development check's files, without their provenance. Each question's
//! `source` and `source_age_months` are for the people who write and review
//! the bank (checked by `tests/assessments.rs` on the files in
//! `assessments/`); no screen shows them. The copies in OUT_DIR, minified,
//! are what native builds compile in (`src/check/files.rs`); the browser
//! reads the same copies, one language at a time, from the locale packs that
//! `scripts/stamp-build.mjs` writes (`src/i18n/pack.rs`).
//!
//! The schedules and the WHO tables in `data/`, minified, and the WHO file
//! without its documentation fields, which only people read (-0.4 KiB).
//!
//! The catalogue's keys, from `locales/<lang>.json`: a `Key` per entry, so a
//! key that does not exist is a compile error, and a locale file that lacks a
//! key, has one too many or has an empty text stops the build here.

use std::{collections::BTreeMap, env, fmt::Write, fs, path::Path};

use serde_json::Value;

const PROVENANCE: [&str; 2] = ["source", "source_age_months"];
/// In the order of `i18n::Lang::ALL` (checked by `i18n::tests`).
const LANGS: [&str; 2] = ["ja", "en"];

fn without_provenance(value: &mut Value) {
    match value {
        Value::Object(fields) => {
            fields.retain(|key, _| !PROVENANCE.contains(&key.as_str()));
            fields.values_mut().for_each(without_provenance);
        }
        Value::Array(items) => items.iter_mut().for_each(without_provenance),
        _ => {}
    }
}

fn assessments(out: &Path) {
    println!("cargo:rerun-if-changed=assessments");
    let out = out.join("assessments");
    fs::create_dir_all(&out).expect("OUT_DIR is writable");
    for entry in fs::read_dir("assessments").expect("assessments/ is there") {
        let path = entry.expect("a readable directory").path();
        if path.extension().is_none_or(|ext| ext != "json") {
            continue;
        }
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).expect("a readable file");
        // A file that is not JSON is copied as it is: the bank's own parser
        // then refuses it with its message (and the tests fail).
        let shipped = match serde_json::from_str::<Value>(&text) {
            Ok(mut value) => {
                without_provenance(&mut value);
                value.to_string()
            }
            Err(_) => text,
        };
        fs::write(out.join(path.file_name().expect("a file name")), shipped).expect("OUT_DIR is writable");
    }
}

/// Documentation fields of the WHO file; `growth::lms` would skip them.
const WHO_DOCUMENTATION: [&str; 4] = ["source", "licence", "format", "units"];

fn data_files(out: &Path) {
    let out = out.join("data");
    fs::create_dir_all(&out).expect("OUT_DIR is writable");
    for (path, drop) in [
        ("data/immunisation-jp.json", &[][..]),
        ("data/checkups-jp.json", &[][..]),
        ("data/growth/who-2006-lms.json", &WHO_DOCUMENTATION[..]),
    ] {
        println!("cargo:rerun-if-changed={path}");
        let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        // As for the check's files: not JSON, copied as it is for the reader to refuse.
        let shipped = match serde_json::from_str::<Value>(&text) {
            Ok(Value::Object(mut fields)) => {
                fields.retain(|key, _| !drop.contains(&key.as_str()));
                Value::Object(fields).to_string()
            }
            _ => text,
        };
        let name = Path::new(path).file_name().expect("a file name");
        fs::write(out.join(name), shipped).expect("OUT_DIR is writable");
    }
}

/// One locale file: key -> text, in key order (the order of `Key` and of a pack's catalogue).
fn locale(lang: &str) -> BTreeMap<String, String> {
    let path = format!("locales/{lang}.json");
    println!("cargo:rerun-if-changed={path}");
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let value: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path} is not JSON: {e}"));
    let Value::Object(entries) = value else { panic!("{path}: expected an object of key: text") };
    entries
        .into_iter()
        .map(|(key, text)| {
            let Value::String(text) = text else { panic!("{path}: {key} is not a string") };
            assert!(!text.trim().is_empty(), "{path}: {key} is empty");
            assert!(
                key.starts_with(|c: char| c.is_ascii_uppercase()) && key.chars().all(|c| c.is_ascii_alphanumeric()),
                "{path}: {key} is not a key name (UpperCamelCase letters and digits)"
            );
            (key, text)
        })
        .collect()
}

fn catalogue(out: &Path) {
    let locales: Vec<_> = LANGS.iter().map(|lang| locale(lang)).collect();
    let keys: Vec<&String> = locales[0].keys().collect();
    for (lang, texts) in LANGS.iter().zip(&locales).skip(1) {
        let missing: Vec<_> = keys.iter().filter(|k| !texts.contains_key(**k)).collect();
        let extra: Vec<_> = texts.keys().filter(|k| !locales[0].contains_key(*k)).collect();
        assert!(missing.is_empty(), "locales/{lang}.json lacks {missing:?} (in locales/{}.json)", LANGS[0]);
        assert!(extra.is_empty(), "locales/{lang}.json has {extra:?}, which locales/{}.json lacks", LANGS[0]);
    }
    let mut code = String::from(
        "/// A user-facing string. Referencing a key that does not exist is a\n\
         /// compile error, so the UI can never show a blank for a typo.\n\
         #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum Key {\n",
    );
    keys.iter().for_each(|key| writeln!(code, "    {key},").unwrap());
    code.push_str("}\n\nimpl Key {\n    pub const ALL: &'static [Key] = &[\n");
    keys.iter().for_each(|key| writeln!(code, "        Key::{key},").unwrap());
    code.push_str("    ];\n}\n\n/// Native builds only: the browser reads its language's pack instead.\n");
    code.push_str("#[cfg(not(target_arch = \"wasm32\"))]\npub(super) const TEXTS: &[&[&str]] = &[\n");
    for texts in &locales {
        code.push_str("    &[\n");
        // Debug of a str is a valid Rust string literal.
        texts.values().for_each(|text| writeln!(code, "        {text:?},").unwrap());
        code.push_str("    ],\n");
    }
    code.push_str("];\n");
    fs::write(out.join("catalogue.rs"), code).expect("OUT_DIR is writable");
}

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    assessments(Path::new(&out));
    data_files(Path::new(&out));
    catalogue(Path::new(&out));
}
