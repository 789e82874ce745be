//! Municipality configuration files: the shipped demonstration config is
//! valid, and every broken one is refused with the problem and its place.

use sukusuku::municipality::links::channel_link;
use sukusuku::data_file::Fault;
use sukusuku::json::{SyntaxError, SyntaxFault};
use sukusuku::municipality::config::Audience;
use sukusuku::municipality::validate::{parse, Problem, MAX_BYTES};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/configs/bad/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

#[test]
fn the_shipped_demonstration_config_is_valid_and_marked_as_a_demo() {
    let config =
        parse(include_str!("../public/municipalities/demo.json")).expect("demo.json is valid");
    assert!(config.demo);
    assert_eq!(config.id, "demo");
    assert!(config.channels.len() >= 4);
    for channel in &config.channels {
        let link = channel_link(channel, Some("テスト")).expect("every channel has a link");
        assert!(
            link.starts_with("https://") || link.starts_with("tel:") || link.starts_with("mailto:"),
            "{link}"
        );
    }
}

/// A webmaster reads where the file stops being JSON, and why, in both
/// languages (the example in docs/municipality-config.md).
#[test]
fn a_file_that_is_not_json_is_explained_in_both_languages() {
    let message = |text: &str| {
        let errors = parse(text).unwrap_err();
        assert_eq!(errors.len(), 1);
        errors[0].message()
    };
    let missing_comma = "{\n  \"id\": \"demo\",\n  \"name\": {\"ja\": \"デモ市\", \"en\": \"Demo\"}\n  \"colors\": {}\n}\n";
    assert_eq!(
        message(missing_comma),
        "(file): JSONとして読めません。4行目 3文字目: ここに置けない文字があります（カンマや \" の抜けがないか確かめてください） / \
         not JSON at line 4, column 3: a character that cannot stand here (is a comma or a quotation mark missing?)"
    );
    assert!(message("{\"id\": \"demo\"").ends_with("not JSON at line 1, column 14: the text ends in the middle of a value"));
}

#[test]
fn every_broken_config_is_refused_with_what_and_where() {
    type Check = fn(&str, &Problem) -> bool;
    let expected: &[(&str, Check)] = &[
        ("not-json.json", |_, p| {
            *p == Problem::Shape(Fault::Syntax(SyntaxError { line: 1, column: 3, fault: SyntaxFault::Unexpected }))
        }),
        // Tuesday's hours given twice: one would be dropped unseen.
        ("duplicate-key.json", |_, p| {
            *p == Problem::Shape(Fault::Syntax(SyntaxError { line: 17, column: 62, fault: SyntaxFault::DuplicateKey }))
        }),
        (
            "missing-channels.json",
            |path, p| path == "(file)" && *p == Problem::Shape(Fault::Missing("channels")),
        ),
        (
            "missing-name.json",
            |path, p| path == "(file)" && *p == Problem::Shape(Fault::Missing("name")),
        ),
        (
            "unknown-field.json",
            |path, p| path == "channels[0]" && *p == Problem::Shape(Fault::UnknownField("lineid".into())),
        ),
        ("javascript-link.json", |path, p| {
            path == "channels[1].url" && *p == Problem::UnsafeLink
        }),
        ("http-link.json", |path, p| {
            path == "services[0].url" && *p == Problem::UnsafeLink
        }),
        ("data-link-on-phone-channel.json", |path, p| {
            path == "channels[2].url" && *p == Problem::UnsafeLink
        }),
        ("bad-line-id.json", |path, p| {
            path == "channels[0].line_id" && *p == Problem::BadLineId
        }),
        ("missing-line-id.json", |path, p| {
            path == "channels[0].kind" && *p == Problem::MissingContact
        }),
        ("bad-hours.json", |path, p| {
            path == "channels[0].hours.mon" && *p == Problem::BadHours
        }),
        ("closing-before-opening.json", |path, p| {
            path == "channels[2].hours.tue" && *p == Problem::BadHours
        }),
        ("duplicate-channel-id.json", |path, p| {
            path == "channels[3].id" && *p == Problem::DuplicateId
        }),
        ("bad-colour.json", |path, p| {
            path == "theme.primary" && *p == Problem::BadColour
        }),
        ("pale-primary-colour.json", |path, p| {
            path == "theme.primary" && *p == Problem::LowContrast
        }),
        ("bad-phone.json", |path, p| {
            path == "channels[2].phone" && *p == Problem::BadPhone
        }),
        ("bad-email.json", |path, p| {
            path == "channels[3].email" && *p == Problem::BadEmail
        }),
        (
            "unknown-audience.json",
            |path, p| path.ends_with("].audience") && matches!(p, Problem::Shape(Fault::NotOneOf { found: Some(found), .. }) if found == "parents"),
        ),
        ("external-logo-over-http.json", |path, p| {
            path == "logo" && *p == Problem::BadLogo
        }),
        ("bad-closed-day.json", |path, p| {
            path == "closed_days[5]" && *p == Problem::BadClosedDay
        }),
        ("no-channels.json", |path, p| {
            path == "channels" && *p == Problem::NoChannels
        }),
        // White on it reads (5.4:1), links and titles on the background do not (3.7:1).
        ("links-unreadable-on-background.json", |path, p| path == "theme.primary" && *p == Problem::LowContrast),
        // The body text reads (8.2:1), the muted text does not (3.9:1).
        ("muted-text-unreadable-on-background.json", |path, p| path == "theme.background" && *p == Problem::LowContrast),
        ("no-channel-for-children.json", |path, p| path == "channels" && *p == Problem::NoChannelFor(Audience::Children)),
        ("no-round-the-clock-line.json", |path, p| path == "national_lines" && *p == Problem::NoRoundTheClock),
        ("empty-text-parameter.json", |path, p| path == "channels[1].text_parameter" && *p == Problem::BadTextParameter),
        // Never shown: most likely the wrong kind.
        ("phone-on-line-channel.json", |path, p| path == "channels[0].phone" && *p == Problem::NotForKind),
    ];
    let dir = format!("{}/tests/fixtures/configs/bad", env!("CARGO_MANIFEST_DIR"));
    assert_eq!(
        std::fs::read_dir(dir).unwrap().count(),
        expected.len(),
        "every file in the corpus has an expectation"
    );
    for (file, check) in expected {
        let errors = parse(&fixture(file)).expect_err(file);
        assert!(
            errors.iter().any(|e| check(&e.path, &e.problem)),
            "{file}: {errors:?}"
        );
        for e in &errors {
            let message = e.message();
            let (ja, en) = message.split_once(" / ").unwrap_or_else(|| panic!("{file}: not in Japanese and English: {message}"));
            // The Japanese half says what is wrong in Japanese, not only where.
            let ja_what = ja.strip_prefix(e.path.as_str()).unwrap_or(ja);
            assert!(ja_what.chars().any(|c| c > '\u{3000}'), "{file}: {message}");
            assert!(!ja.contains("expected") && !ja.contains("unknown") && !ja.contains("missing"), "{file}: {message}");
            assert!(!en.chars().any(|c| ('\u{3040}'..'\u{30ff}').contains(&c)), "{file}: the English half is English: {message}");
        }
    }
}

/// The file is kept in the same storage as the family's record: one that
/// could crowd it out is refused before it is read.
#[test]
fn an_oversized_file_is_refused_before_it_is_read() {
    let demo = include_str!("../public/municipalities/demo.json");
    let padded = format!("{demo}{}", " ".repeat(MAX_BYTES - demo.len() + 1));
    let errors = parse(&padded).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].problem, Problem::TooLarge);
    assert!(parse(&padded[..MAX_BYTES]).is_ok(), "whitespace up to the limit is fine");
}

/// A city may turn the national 24-hour lines off only if it answers
/// around the clock itself, for pregnant women and for families with children.
#[test]
fn the_national_lines_may_go_off_only_behind_a_round_the_clock_channel_for_everyone() {
    let demo = include_str!("../public/municipalities/demo.json");
    let off = demo
        .replace("\"child_abuse_189\": true", "\"child_abuse_189\": false")
        .replace("\"general_24h\": true", "\"general_24h\": false");
    assert!(parse(&off).is_err());
    let always = off.replacen("\"hours\": {", "\"hours\": {\n        \"always\": true,", 1);
    assert!(parse(&always).is_ok(), "the first channel (audience everyone) answers at all hours");
}

/// The colours the validator protects are the stylesheet's own.
#[test]
fn the_protected_colours_are_the_stylesheets() {
    use sukusuku::municipality::validate::{DEFAULT_BACKGROUND, DEFAULT_PRIMARY, TEXT_ON_BACKGROUND};
    let css = include_str!("../style/main.css");
    let root = &css[..css.find('}').unwrap()];
    let value = |name: &str| {
        let at = root.find(&format!("{name}:")).unwrap_or_else(|| panic!("{name} in :root"));
        root[at + name.len() + 1..].split(';').next().unwrap().trim().to_owned()
    };
    assert_eq!(value("--color-primary"), DEFAULT_PRIMARY);
    assert_eq!(value("--color-bg"), DEFAULT_BACKGROUND);
    assert_eq!(
        [value("--color-text"), value("--color-muted"), value("--color-urgent")],
        TEXT_ON_BACKGROUND.map(str::to_owned)
    );
}
