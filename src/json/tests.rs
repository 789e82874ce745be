use proptest::prelude::*;
use serde_json::Value;

use super::{decimal_to_f64, parse, same_reading, SyntaxError, SyntaxFault};

fn agrees_with_serde(text: &str) -> Result<(), TestCaseError> {
    let ours = parse(text);
    let theirs = serde_json::from_str::<Value>(text);
    match (&ours, &theirs) {
        (Ok(a), Ok(b)) => prop_assert!(same_reading(a, b), "{text:?}: {a:?} but serde_json reads {b:?}"),
        (Err(_), Err(_)) => {}
        // serde_json keeps the last of a key given twice; this parser refuses it.
        (Err(e), Ok(_)) if e.fault == SyntaxFault::DuplicateKey => {}
        _ => prop_assert!(false, "{text:?}: {ours:?} but serde_json says {theirs:?}"),
    }
    Ok(())
}

fn fault(text: &str) -> SyntaxError {
    parse(text).expect_err(text)
}

fn any_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<u64>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(Value::from),
        // Measurements as the app writes them: a few decimals.
        (0u32..1_000_000, 0u32..4).prop_map(|(n, decimals)| Value::from(n as f64 / 10f64.powi(decimals as i32))),
        any::<String>().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 40, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(any::<String>(), inner, 0..6)
                .prop_map(|fields| Value::Object(fields.into_iter().collect())),
        ]
    })
}

proptest! {
    /// Whatever serde_json writes, compact or indented, reads back as it was.
    #[test]
    fn reads_what_serde_json_writes(value in any_value(), pretty in any::<bool>()) {
        let text = if pretty { serde_json::to_string_pretty(&value) } else { serde_json::to_string(&value) }.unwrap();
        let read = parse(&text).unwrap();
        prop_assert!(same_reading(&read, &value), "{text}");
        agrees_with_serde(&text)?;
    }

    /// Near-JSON text: accepted and refused exactly where serde_json accepts
    /// and refuses it, with the same values.
    #[test]
    fn accepts_and_refuses_as_serde_json_does(text in r#"[\[\]{}",:. \n\t0-9eE+\-\\/ubfnrtalsxé\u{1}]{0,24}"#) {
        agrees_with_serde(&text)?;
    }

    #[test]
    fn numbers_as_serde_json(text in r"-?(0|[1-9][0-9]{0,24})(\.[0-9]{1,24})?([eE][+-]?[0-9]{1,3})?") {
        agrees_with_serde(&text)?;
    }

    /// Numbers of up to 15 digits and 22 powers of ten are read exactly.
    #[test]
    fn short_decimals_are_exact(digits in 0u64..1_000_000_000_000_000, exp10 in -22i32..=22) {
        let text = format!("{digits}e{exp10}");
        prop_assert_eq!(decimal_to_f64(digits, exp10), text.parse::<f64>().unwrap());
    }
}

#[test]
fn reads_every_kind_of_value() {
    let value = parse(r#" {"a": [1, -2, 3.5, -0, true, false, null, "x\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00"], "b": {}} "#);
    let expected = serde_json::json!({"a": [1, -2, 3.5, -0.0, true, false, null, "x\"\\/\u{8}\u{c}\n\r\té😀"], "b": {}});
    assert_eq!(value, Ok(expected));
    let list = parse(r#"[18446744073709551615, -9223372036854775808, 18446744073709551616, 1.5e3, 25E-1]"#).unwrap();
    assert_eq!(list[0].as_u64(), Some(u64::MAX));
    assert_eq!(list[1].as_i64(), Some(i64::MIN));
    assert_eq!(list[2].as_f64(), Some(18446744073709551616.0));
    assert_eq!(list[3].as_f64(), Some(1500.0));
    assert_eq!(list[4].as_f64(), Some(2.5));
    assert!(parse("-0").unwrap().is_f64(), "-0 is a float, as with serde_json");
}

#[test]
fn each_fault_is_named_where_it_is() {
    let at = |text: &str| {
        let e = fault(text);
        (e.line, e.column, e.fault)
    };
    assert_eq!(at(""), (1, 1, SyntaxFault::EndsEarly));
    assert_eq!(at("{\n  \"名前\": \"さくら\",\n  \"年\": 1,\n}"), (4, 1, SyntaxFault::Unexpected));
    assert_eq!(at("{\"a\": 1"), (1, 8, SyntaxFault::EndsEarly));
    assert_eq!(at("[\"あい\" 2]"), (1, 7, SyntaxFault::Unexpected));
    assert_eq!(at("[01]"), (1, 3, SyntaxFault::Number));
    assert_eq!(at("[1.]"), (1, 4, SyntaxFault::Number));
    assert_eq!(at("1e999"), (1, 6, SyntaxFault::Number));
    assert_eq!(at(r#""\x""#), (1, 3, SyntaxFault::Escape));
    assert_eq!(at(r#""\ud83d""#), (1, 8, SyntaxFault::Escape));
    assert_eq!(at(r#""\udc00""#), (1, 8, SyntaxFault::Escape));
    assert_eq!(at(r#""\ud83d\ud83d""#), (1, 14, SyntaxFault::Escape));
    assert_eq!(at("\"a\tb\""), (1, 3, SyntaxFault::ControlCharacter));
    assert_eq!(at("\"\u{1f}\""), (1, 2, SyntaxFault::ControlCharacter));
    assert!(parse("\"\u{7f} \u{80}\"").is_ok(), "only characters below U+0020 must be escaped");
    assert_eq!(at("{} {}"), (1, 4, SyntaxFault::Trailing));
    assert_eq!(at("tru"), (1, 4, SyntaxFault::EndsEarly));
    assert_eq!(at("\u{feff}{}"), (1, 1, SyntaxFault::Unexpected));
    // A key given twice: named at the second, where serde_json would keep it and drop the first.
    assert_eq!(at("{\n  \"hours\": 1,\n  \"hours\": 2\n}"), (3, 3, SyntaxFault::DuplicateKey));
    assert_eq!(at(r#"{"a": {"b": 1}, "c": {"b": 2, "b": 3}}"#), (1, 31, SyntaxFault::DuplicateKey));
    assert!(parse(r#"{"a": {"b": 1}, "c": {"b": 2}}"#).is_ok(), "the same key in two objects is fine");
}

#[test]
fn nesting_stops_where_serde_json_stops() {
    let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    assert!(parse(&nested(127)).is_ok());
    assert_eq!(fault(&nested(128)).fault, SyntaxFault::TooDeep);
    assert!(serde_json::from_str::<Value>(&nested(127)).is_ok());
    assert!(serde_json::from_str::<Value>(&nested(128)).is_err());
    // Far deeper than the stack could take, had there been no limit.
    assert_eq!(fault(&"{\"a\":".repeat(100_000)).fault, SyntaxFault::TooDeep);
}

#[test]
fn every_file_the_app_ships_reads_as_serde_json_reads_it() {
    let mut files = Vec::new();
    for folder in ["assessments", "data", "data/growth", "locales", "public/municipalities", "tests/fixtures/backups/good", "tests/fixtures/backups/bad", "tests/fixtures/configs/bad", "tests/fixtures/storage"] {
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|ext| ext == "json") {
                files.push(path);
            }
        }
    }
    assert!(files.len() > 40, "{} files", files.len());
    for path in files {
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        agrees_with_serde(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
}
