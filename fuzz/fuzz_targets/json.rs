//! The app's JSON parser (`sukusuku::json`) against serde_json, on any text:
//! it never panics, accepts exactly what serde_json accepts (but a key given
//! twice in an object, which it refuses), reads the same values, and names a
//! place inside the text for what it refuses.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sukusuku::json::{parse, same_reading, SyntaxFault};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match (parse(text), serde_json::from_str::<serde_json::Value>(text)) {
        (Ok(ours), Ok(theirs)) => assert!(same_reading(&ours, &theirs), "{ours:?} but serde_json reads {theirs:?}"),
        (Err(e), theirs) if theirs.is_err() || e.fault == SyntaxFault::DuplicateKey => {
            assert!(e.line >= 1 && e.line <= text.lines().count().max(1) + 1, "{e:?}");
            assert!(e.column >= 1 && e.column <= text.chars().count() + 1, "{e:?}");
        }
        (ours, theirs) => panic!("{ours:?} but serde_json says {theirs:?}"),
    }
});
