//! The development check's files (rules.json and the band files): parsing
//! and checking them never panics, whatever they hold.
//!
//! The input is split at 0 bytes (JSON text never contains one):
//! - no 0 byte: the input is rules.json, checked with the real band files;
//! - otherwise `rules \0 name \0 band \0 name \0 band …`: the rules (the real
//!   rules.json when that part is empty) and band files with their names.
//!
//! `scripts/fuzz` writes seeds of both shapes from `assessments/`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sukusuku::check::bank::Bank;
use sukusuku::check::files::{BAND_FILES, RULES};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let result = match text.split_once('\0') {
        None => Bank::parse(text, BAND_FILES),
        Some((rules, rest)) => {
            let rules = if rules.is_empty() { RULES } else { rules };
            let parts: Vec<&str> = rest.split('\0').collect();
            let files: Vec<(&str, &str)> = parts
                .chunks_exact(2)
                .map(|pair| (pair[0], pair[1]))
                .collect();
            Bank::parse(rules, &files)
        }
    };
    if let Err(problems) = result {
        assert!(!problems.is_empty(), "a refused bank names at least one problem");
    }
});
