//! The stored record as read back from localStorage (any text: another app,
//! an old version, a half-written value): decoding never panics, and a record
//! that decodes is written and read again unchanged.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sukusuku::storage::migrations::decode;

fuzz_target!(|data: &[u8]| {
    let Ok(raw) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(envelope) = decode(raw) {
        let again = decode(&envelope.to_json()).expect("a decoded record decodes again");
        assert_eq!(again, envelope, "writing the record changed it");
    }
});
