//! Checking a municipality's configuration file, with messages for the
//! webmaster who wrote it: what is wrong and where. A file with any problem
//! is not used at all (the app shows the webmaster error page instead), so an
//! unsafe link can never reach a family.

use std::collections::BTreeSet;

use super::config::{Audience, ChannelKind, MunicipalityConfig};
use super::hours::parse_spans;
use super::links::is_safe_link;
use crate::data_file::{read_value, Fault};
use crate::i18n::Lang;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Not JSON (`Fault::Syntax`), a missing or unknown field, or a value of the wrong kind.
    Shape(Fault),
    /// The file is not on the server (the path says which).
    NotFound,
    /// The file's `id` is not its file name.
    IdMismatch,
    Empty,
    BadId,
    DuplicateId,
    UnsafeLink,
    BadLogo,
    BadColour,
    /// Text on this colour would be hard to read (WCAG AA, 4.5:1).
    LowContrast,
    BadLineId,
    BadPhone,
    BadEmail,
    BadHours,
    BadClosedDay,
    MissingContact,
    /// A contact field a channel of this kind never uses (a `phone` on a LINE channel).
    NotForKind,
    NoChannels,
    /// No channel serves this audience (itself or "everyone").
    NoChannelFor(Audience),
    /// Both national 24-hour lines are off and no channel of the
    /// municipality's is open around the clock for every family.
    NoRoundTheClock,
    BadTextParameter,
    /// Over [`MAX_BYTES`]: the file is kept in the same storage as the family's record.
    TooLarge,
}

/// The largest configuration file read (the demonstration's is 4 KB).
pub const MAX_BYTES: usize = 64 * 1024;

/// The app's own colours (style/main.css's `:root`, checked by a test) that
/// a municipality's colours must keep readable.
pub const DEFAULT_PRIMARY: &str = "#2b6e53";
pub const DEFAULT_BACKGROUND: &str = "#fbf8f3";
/// Text drawn on the background: body, muted and urgent.
pub const TEXT_ON_BACKGROUND: [&str; 3] = ["#1f2a26", "#4f5b56", "#a3261c"];
/// Text drawn on the primary colour (buttons).
pub const TEXT_ON_PRIMARY: &str = "#ffffff";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    /// Where in the file: "channels[1].url".
    pub path: String,
    pub problem: Problem,
}

impl ConfigError {
    /// One line for the webmaster, in Japanese and English.
    pub fn message(&self) -> String {
        let (ja, en) = match &self.problem {
            Problem::Shape(fault) => {
                // In the browser only the language on screen has its words
                // (i18n::pack): the other then reads the same, said once.
                let (ja, en) = (fault.text(Lang::Ja), fault.text(Lang::En));
                return if ja == en { format!("{}: {ja}", self.path) } else { format!("{}: {ja} / {en}", self.path) };
            }
            Problem::NotFound => ("このファイルがサーバーにありません。?city= の値とファイル名を確かめてください", "is not on the server; check the ?city= value and the file name"),
            Problem::IdMismatch => ("ファイル名と id が一致しません", "does not match the file name"),
            Problem::Empty => ("空です。値を入れてください", "is empty"),
            Problem::BadId => ("idは半角英小文字・数字・ハイフンで書いてください", "must use a-z, 0-9 and \"-\" only"),
            Problem::DuplicateId => ("同じidが2回使われています", "is used twice"),
            Problem::UnsafeLink => ("リンクは https:// で始まるものだけ使えます", "must be an https:// link"),
            Problem::BadLogo => ("ロゴはアプリと同じ場所に置き、相対パスで書いてください（例: logos/city.png）", "must be a path relative to the app (e.g. logos/city.png): the app's security policy loads images from its own site only"),
            Problem::BadColour => ("色は #rrggbb の形で書いてください", "must be a colour like #2b6e53"),
            Problem::LowContrast => ("この色では文字が読みにくくなります（コントラスト比4.5以上が必要）", "makes text hard to read (needs a contrast ratio of at least 4.5)"),
            Problem::BadLineId => ("LINE IDは @ で始まる半角英数字です（例: @city-kosodate）", "must be a LINE ID starting with @ (e.g. @city-kosodate)"),
            Problem::BadPhone => ("電話番号は半角の数字とハイフンで書いてください（例: 03-1234-5678、#8000）", "must be a phone number in ASCII digits and hyphens, such as 03-1234-5678 or #8000"),
            Problem::BadEmail => ("メールアドレスの形式が正しくありません", "is not a valid e-mail address"),
            Problem::BadHours => ("受付時間は \"09:00-17:15\" の形で、複数ならカンマで区切ってください", "must look like \"09:00-17:15\" (several spans separated by commas)"),
            Problem::BadClosedDay => ("休業日は \"12-29\" か \"2026-12-29\" の形で書いてください", "must look like \"12-29\" or \"2026-12-29\""),
            Problem::NotForKind => ("この種類（kind）の窓口では使われません。kind を確かめるか、この項目を消してください", "is not used by a channel of this kind; check the kind, or remove it"),
            Problem::MissingContact => ("この種類の窓口に必要な連絡先（line_id・url・phone・email のどれか）がありません", "lacks the address its kind needs (line_id, url, phone or email)"),
            Problem::NoChannels => ("相談窓口が1つもありません", "has no consultation channel"),
            Problem::NoChannelFor(Audience::Pregnancy) => ("妊娠中の方への窓口がありません（audience を pregnancy か everyone にした窓口が必要です）", "has no channel for pregnant women (one with audience \"pregnancy\" or \"everyone\" is needed)"),
            Problem::NoChannelFor(_) => ("子どものいる家庭への窓口がありません（audience を children か everyone にした窓口が必要です）", "has no channel for families with children (one with audience \"children\" or \"everyone\" is needed)"),
            Problem::NoRoundTheClock => ("24時間つながる相談先がなくなります。child_abuse_189 か general_24h を true にするか、\"always\": true の窓口を妊娠中の方と子どものいる家庭の両方に用意してください", "leaves families no line open at all hours: keep child_abuse_189 or general_24h true, or give both pregnant women and families with children a channel with \"always\": true"),
            Problem::BadTextParameter => ("text_parameter は半角英数字と . _ - で書いてください（例: message）", "must be a query parameter name of a-z, A-Z, 0-9, \".\", \"_\" and \"-\" (e.g. message)"),
            Problem::TooLarge => ("ファイルが大きすぎます（64KBまで）", "is too large (at most 64 KB)"),
        };
        format!("{}: {ja} / {en}", self.path)
    }
}

/// An id of a municipality or a channel: a-z, 0-9 and "-", at most 40.
pub fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 40
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn is_colour(s: &str) -> bool {
    s.len() == 7 && s.starts_with('#') && s[1..].bytes().all(|b| b.is_ascii_hexdigit())
}

fn is_line_id(s: &str) -> bool {
    s.len() >= 2
        && s.len() <= 41
        && s.starts_with('@')
        && s[1..]
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

fn is_phone(s: &str) -> bool {
    let digits = s.bytes().filter(u8::is_ascii_digit).count();
    (3..=15).contains(&digits)
        && s.bytes()
            .enumerate()
            .all(|(i, b)| b.is_ascii_digit() || b == b'-' || (i == 0 && (b == b'#' || b == b'+')))
}

fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && s.bytes().all(|b| {
            b.is_ascii_graphic()
                && !matches!(b, b'<' | b'>' | b'"' | b'\'' | b'?' | b'&' | b'#' | b'%')
        })
        && !domain.contains('@')
}

/// On the app's own site: relative to the app ("logos/x.png") or to the
/// site's root ("/logos/x.png"), never another host ("//evil.example/x.png").
fn is_relative_path(s: &str) -> bool {
    !s.is_empty() && !s.contains(':') && !s.starts_with("//") && !s.contains('\\') && !s.contains("..")
}

fn is_closed_day(s: &str) -> bool {
    // Dashes only: the documented format, not everything a person may type.
    let parse = |t: &str| !t.contains('/') && crate::domain::validate::parse_date(t).is_ok();
    match s.len() {
        5 => parse(&format!("2024-{s}")), // a leap year, so "02-29" is allowed
        10 => parse(s),
        _ => false,
    }
}

/// Reads and checks a configuration file: the config, or every problem found.
pub fn parse(text: &str) -> Result<MunicipalityConfig, Vec<ConfigError>> {
    if text.len() > MAX_BYTES {
        return Err(vec![ConfigError { path: "(file)".into(), problem: Problem::TooLarge }]);
    }
    let value = crate::json::parse(text)
        .map_err(|e| vec![ConfigError { path: "(file)".into(), problem: Problem::Shape(Fault::Syntax(e)) }])?;
    let config = read_value(&value, super::config_read::config).map_err(|problems| {
        problems
            .into_iter()
            .map(|p| ConfigError {
                path: if p.path.is_empty() { "(file)".into() } else { p.path },
                problem: Problem::Shape(p.fault),
            })
            .collect::<Vec<_>>()
    })?;
    let errors = check(&config);
    if errors.is_empty() {
        Ok(config)
    } else {
        Err(errors)
    }
}

pub fn check(c: &MunicipalityConfig) -> Vec<ConfigError> {
    let mut errors = Vec::new();
    let mut report = |path: String, ok: bool, problem: Problem| {
        if !ok {
            errors.push(ConfigError { path, problem });
        }
    };
    report("id".into(), is_id(&c.id), Problem::BadId);
    report(
        "name.ja".into(),
        !c.name.ja.trim().is_empty(),
        Problem::Empty,
    );
    if let Some(logo) = &c.logo {
        // The page's CSP allows images from the app's own origin only.
        report("logo".into(), is_relative_path(logo), Problem::BadLogo);
    }
    // White text sits on the primary colour; on the background, the app's
    // text, muted and urgent text, and links and titles in the primary colour.
    fn valid(colour: &Option<String>) -> Option<&str> {
        colour.as_deref().filter(|c| is_colour(c))
    }
    let primary = valid(&c.theme.primary).unwrap_or(DEFAULT_PRIMARY);
    let background = valid(&c.theme.background).unwrap_or(DEFAULT_BACKGROUND);
    let readable = |a: &str, b: &str| super::card::contrast(a, b).is_some_and(|r| r >= 4.5);
    for (field, colour) in [("theme.primary", &c.theme.primary), ("theme.background", &c.theme.background)] {
        if let Some(colour) = colour {
            report(field.into(), is_colour(colour), Problem::BadColour);
        }
    }
    if valid(&c.theme.primary).is_some() {
        report("theme.primary".into(), readable(primary, TEXT_ON_PRIMARY) && readable(primary, background), Problem::LowContrast);
    }
    if valid(&c.theme.background).is_some() {
        let text_readable = TEXT_ON_BACKGROUND.iter().all(|text| readable(background, text));
        // A pair already reported on theme.primary is not reported twice.
        let links_readable = valid(&c.theme.primary).is_some() || readable(primary, background);
        report("theme.background".into(), text_readable && links_readable, Problem::LowContrast);
    }
    if let Some(url) = &c.app_url {
        report(
            "app_url".into(),
            url.starts_with("https://") && is_safe_link(url),
            Problem::UnsafeLink,
        );
    }
    report(
        "channels".into(),
        !c.channels.is_empty(),
        Problem::NoChannels,
    );
    // Whoever the family is, the city offers someone, and someone answers
    // at any hour (the app points there when the city's desks are closed).
    if !c.channels.is_empty() {
        for need in [Audience::Children, Audience::Pregnancy] {
            let serves = c.channels.iter().any(|ch| ch.audience.serves(need));
            report("channels".into(), serves, Problem::NoChannelFor(need));
        }
    }
    let lines = c.national_lines;
    let round_the_clock = lines.child_abuse_189
        || lines.general_24h
        || [Audience::Children, Audience::Pregnancy]
            .into_iter()
            .all(|need| c.channels.iter().any(|ch| ch.hours.always && ch.audience.serves(need)));
    report("national_lines".into(), round_the_clock, Problem::NoRoundTheClock);
    let mut ids = BTreeSet::new();
    for (i, ch) in c.channels.iter().enumerate() {
        let at = |field: &str| format!("channels[{i}].{field}");
        report(at("id"), is_id(&ch.id), Problem::BadId);
        report(at("id"), ids.insert(ch.id.clone()), Problem::DuplicateId);
        report(
            at("label.ja"),
            !ch.label.ja.trim().is_empty(),
            Problem::Empty,
        );
        let contact = match ch.kind {
            ChannelKind::Line => ch
                .line_id
                .as_deref()
                .map(|v| ("line_id", is_line_id(v), Problem::BadLineId)),
            ChannelKind::Web => ch.url.as_deref().map(|v| {
                (
                    "url",
                    v.starts_with("https://") && is_safe_link(v),
                    Problem::UnsafeLink,
                )
            }),
            ChannelKind::Phone => ch
                .phone
                .as_deref()
                .map(|v| ("phone", is_phone(v), Problem::BadPhone)),
            ChannelKind::Email => ch
                .email
                .as_deref()
                .map(|v| ("email", is_email(v), Problem::BadEmail)),
        };
        match contact {
            Some((field, ok, problem)) => report(at(field), ok, problem),
            None => report(at("kind"), false, Problem::MissingContact),
        }
        // Never shown nor used: most likely the wrong kind, which the webmaster should hear of.
        for (field, given, used_by) in [
            ("line_id", ch.line_id.is_some(), ChannelKind::Line),
            ("url", ch.url.is_some(), ChannelKind::Web),
            ("text_parameter", ch.text_parameter.is_some(), ChannelKind::Web),
            ("phone", ch.phone.is_some(), ChannelKind::Phone),
            ("email", ch.email.is_some(), ChannelKind::Email),
        ] {
            report(at(field), !given || ch.kind == used_by, Problem::NotForKind);
        }
        if let Some(name) = &ch.text_parameter {
            let ok = !name.is_empty()
                && name.len() <= 40
                && name.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'));
            report(at("text_parameter"), ok, Problem::BadTextParameter);
        }
        // Addresses given for another kind are still links a family could meet.
        if let Some(url) = &ch.url {
            report(
                at("url"),
                url.starts_with("https://") && is_safe_link(url),
                Problem::UnsafeLink,
            );
        }
        for (day, text) in [
            ("mon", &ch.hours.mon),
            ("tue", &ch.hours.tue),
            ("wed", &ch.hours.wed),
            ("thu", &ch.hours.thu),
            ("fri", &ch.hours.fri),
            ("sat", &ch.hours.sat),
            ("sun", &ch.hours.sun),
        ] {
            report(
                at(&format!("hours.{day}")),
                parse_spans(text).is_some(),
                Problem::BadHours,
            );
        }
    }
    for (i, s) in c.services.iter().enumerate() {
        report(
            format!("services[{i}].label.ja"),
            !s.label.ja.trim().is_empty(),
            Problem::Empty,
        );
        report(
            format!("services[{i}].url"),
            s.url.starts_with("https://") && is_safe_link(&s.url),
            Problem::UnsafeLink,
        );
    }
    for (i, d) in c.closed_days.iter().enumerate() {
        report(
            format!("closed_days[{i}]"),
            is_closed_day(d),
            Problem::BadClosedDay,
        );
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_checks() {
        assert!(is_line_id("@city-kosodate") && !is_line_id("city") && !is_line_id("@a b"));
        assert!(
            is_phone("03-1234-5678")
                && is_phone("#8000")
                && !is_phone("call us")
                && !is_phone("12")
        );
        assert!(is_email("a@city.example.jp") && !is_email("a@b") && !is_email("a@b.jp?cc=x"));
        assert!(is_colour("#2b6e53") && !is_colour("green") && !is_colour("#2b6e5"));
        assert!(
            is_closed_day("12-29")
                && is_closed_day("02-29")
                && is_closed_day("2026-12-29")
                && !is_closed_day("12/29")
        );
        assert!(
            is_relative_path("logos/city.png")
                && !is_relative_path("javascript:x")
                && !is_relative_path("//evil.example/x.png")
                && is_relative_path("/logos/city.png")
                && !is_relative_path("\\\\evil.example\\x.png")
                && !is_relative_path("/\\evil.example\\x.png")
        );
    }
}
