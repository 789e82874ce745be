//! The bank's files, compiled into the app so a check works offline and
//! never waits for the network: the copies build.rs writes, without the
//! questions' provenance (`tests/assessments.rs` checks that on the files in
//! `assessments/`, and fails when one of them is missing from this list).

use std::sync::OnceLock;

use super::bank::Bank;

macro_rules! bands {
    ($($id:literal),* $(,)?) => {
        &[$((concat!("band-", $id, ".json"), include_str!(concat!(env!("OUT_DIR"), "/assessments/band-", $id, ".json")))),*]
    };
}

pub const RULES: &str = include_str!(concat!(env!("OUT_DIR"), "/assessments/rules.json"));

pub const BAND_FILES: &[(&str, &str)] = bands![
    "02m", "04m", "06m", "09m", "12m", "15m", "18m", "21m", "24m", "27m", "30m", "33m", "36m",
    "39m", "42m", "45m", "48m", "51m", "54m", "57m", "60m", "63m", "66m", "69m", "72m",
];

/// The bank, read once (checked by the tests, see `Bank::read_compiled`).
pub fn bank() -> Result<&'static Bank, &'static [String]> {
    static BANK: OnceLock<Result<Bank, Vec<String>>> = OnceLock::new();
    match BANK.get_or_init(|| Bank::read_compiled(RULES, BAND_FILES)) {
        Ok(bank) => Ok(bank),
        Err(problems) => Err(problems),
    }
}
