//! A backup file chosen by the family (any bytes at all): importing it never
//! panics, every refusal has a message in both languages, and a file that is
//! accepted exports and imports again to the same record.
#![no_main]

use chrono::{NaiveDate, TimeZone, Utc};
use libfuzzer_sys::fuzz_target;
use sukusuku::domain::backup;
use sukusuku::i18n::Lang;

fuzz_target!(|data: &[u8]| {
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    match backup::read(data, today) {
        Err(error) => {
            let _ = error.message(Lang::Ja);
            let _ = error.message(Lang::En);
        }
        Ok((household, _preview)) => {
            let now = Utc.with_ymd_and_hms(2026, 11, 24, 3, 0, 0).unwrap();
            let again = backup::export(&household, now, "fuzz");
            match backup::read(again.as_bytes(), today) {
                Ok((read_back, _)) => assert_eq!(read_back, household, "export changed the record"),
                Err(e) => panic!("an accepted record does not import again: {e:?}"),
            }
        }
    }
});
