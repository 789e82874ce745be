//! A municipality's configuration file (any text): parsing and checking it
//! never panics, every problem has a message, and an accepted file's hours and
//! links can be worked out for every channel.
#![no_main]

use chrono::{Duration, TimeZone, Utc};
use libfuzzer_sys::fuzz_target;
use sukusuku::municipality::hours::availability;
use sukusuku::municipality::links::channel_link;
use sukusuku::municipality::validate::parse;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match parse(text) {
        Err(errors) => {
            assert!(!errors.is_empty(), "a refused file names at least one problem");
            for error in &errors {
                let _ = error.message();
            }
        }
        Ok(config) => {
            // A weekday morning, and the small hours of New Year's Day.
            let times = [
                Utc.with_ymd_and_hms(2026, 11, 24, 1, 0, 0).unwrap(),
                Utc.with_ymd_and_hms(2026, 12, 31, 16, 0, 0).unwrap() + Duration::minutes(30),
            ];
            for channel in &config.channels {
                for now in times {
                    let _ = availability(&channel.hours, &config.closed_days, now);
                }
                let _ = channel_link(channel, Some("相談したいこと & <b>"));
            }
        }
    }
});
