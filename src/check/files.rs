//! The bank's files. Native builds (the tests, the fuzzers) compile in the
//! copies build.rs writes, without the questions' provenance
//! (`tests/assessments.rs` checks that on the files in `assessments/`, and
//! fails when one of them is missing from this list). The browser reads the
//! bank of the language it shows from that language's pack (`i18n::pack`).

use super::bank::Bank;
use crate::i18n::Lang;

#[cfg(not(target_arch = "wasm32"))]
mod compiled {
    use std::sync::OnceLock;

    use super::Bank;

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
}

#[cfg(not(target_arch = "wasm32"))]
pub use compiled::{BAND_FILES, RULES};

/// The bank with its texts in `lang`: natively in every language.
#[cfg(not(target_arch = "wasm32"))]
pub fn bank(_lang: Lang) -> Result<&'static Bank, &'static [String]> {
    compiled::bank()
}

/// The bank with its texts in `lang`. The app shows a language only once its
/// pack is installed (`ui::i18n`); without it, an error rather than a bank
/// whose every text would be blank.
#[cfg(target_arch = "wasm32")]
pub fn bank(lang: Lang) -> Result<&'static Bank, &'static [String]> {
    crate::i18n::pack::installed(lang).map(|pack| &pack.bank).ok_or(&[])
}
