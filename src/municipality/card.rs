//! What the consultation card shows: which channels fit the family, in which
//! order, how their hours read, and the exact text a family may share.

use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc, Weekday};

use super::config::{Audience, Channel, MunicipalityConfig};
use super::hours::{availability, Availability};
use crate::domain::age::{Age, CorrectedAge};
use crate::i18n::{format, t_with, Key, Lang};

/// The channels that serve `need`, open ones first, then those taking
/// messages at any hour, then by when they open next.
pub fn ordered_channels(
    config: &MunicipalityConfig,
    need: Audience,
    now: DateTime<Utc>,
) -> Vec<(&Channel, Availability)> {
    let mut channels: Vec<(&Channel, Availability)> = config
        .channels
        .iter()
        .filter(|c| c.audience.serves(need))
        .map(|c| (c, availability(&c.hours, &config.closed_days, now)))
        .collect();
    crate::sorting::sort_by_key(&mut channels, |(c, a)| {
        let rank = match a {
            Availability::AlwaysOpen | Availability::OpenUntil(_) => 0,
            _ if c.accepts_messages_outside_hours => 1,
            _ => 2,
        };
        let next = match a {
            Availability::OpensAt(at) => Some(*at),
            _ => None,
        };
        (rank, next.is_none(), next)
    });
    channels
}

/// No channel answers now, nor takes a message to answer later (an empty
/// list included): the family is pointed to the 24-hour lines, which the
/// configuration's check keeps (`validate::Problem::NoRoundTheClock`).
pub fn nothing_open(list: &[(&Channel, Availability)]) -> bool {
    list.iter().all(|(c, a)| !a.is_open() && !c.accepts_messages_outside_hours)
}

fn weekday(lang: Lang, w: Weekday) -> &'static str {
    const JA: [&str; 7] = ["月", "火", "水", "木", "金", "土", "日"];
    const EN: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    match lang {
        Lang::Ja => JA[w.num_days_from_monday() as usize],
        Lang::En => EN[w.num_days_from_monday() as usize],
    }
}

fn clock<T: Timelike>(t: &T) -> String {
    // A span written "…-24:00" ends at 23:59:59 (hours::parse_spans).
    if (t.hour(), t.minute(), t.second()) == (23, 59, 59) {
        return "24:00".to_owned();
    }
    format!("{}:{:02}", t.hour(), t.minute())
}

/// "Open now, until 17:15" / "Closed now. Opens Monday 25 Nov at 8:30 …".
pub fn availability_text(
    lang: Lang,
    a: &Availability,
    takes_messages: bool,
    today: NaiveDate,
) -> String {
    match a {
        Availability::AlwaysOpen => Key::Open24h.text(lang).to_owned(),
        Availability::OpenUntil(until) => t_with(lang, Key::OpenUntil, &[("time", &clock(until))]),
        Availability::OpensAt(at) => {
            let day = if at.date() == today {
                Key::Today.text(lang).to_owned()
            } else {
                match lang {
                    Lang::Ja => format!(
                        "{}月{}日（{}）",
                        at.month(),
                        at.day(),
                        weekday(lang, at.weekday())
                    ),
                    Lang::En => format!(
                        "{} {}",
                        weekday(lang, at.weekday()),
                        format::date(lang, at.date())
                    ),
                }
            };
            let key = if takes_messages {
                Key::ClosedMessageRead
            } else {
                Key::ClosedOpensAt
            };
            t_with(lang, key, &[("day", &day), ("time", &clock(&at.time()))])
        }
        Availability::Closed => Key::ClosedForNow.text(lang).to_owned(),
    }
}

/// What a family may choose to share. Nothing identifies the child unless
/// the family adds the name themselves.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ShareInput {
    pub age: Option<Age>,
    pub corrected: Option<CorrectedAge>,
    /// Only when the family ticks "include the name".
    pub name: Option<String>,
    pub pregnancy_weeks: Option<u8>,
    /// Areas the latest check suggests talking about (filled by the check).
    pub concerns: Vec<String>,
    /// Warning signs the check found: (question, answer given).
    pub signs: Vec<(String, String)>,
    pub note: String,
}

/// The exact text shown before sharing and carried by the link.
pub fn share_text(lang: Lang, s: &ShareInput) -> String {
    let mut lines = vec![Key::ShareHeader.text(lang).to_owned()];
    if let Some(name) = s.name.as_ref().filter(|n| !n.trim().is_empty()) {
        lines.push(t_with(lang, Key::ShareName, &[("name", name.trim())]));
    }
    if let Some(age) = &s.age {
        lines.push(t_with(
            lang,
            Key::ShareAge,
            &[("age", &format::age(lang, age))],
        ));
    }
    if let Some(text) = s
        .corrected
        .as_ref()
        .and_then(|c| format::corrected_age(lang, c))
    {
        lines.push(text);
    }
    if let Some(weeks) = s.pregnancy_weeks {
        lines.push(t_with(
            lang,
            Key::SharePregnancy,
            &[("weeks", &weeks.to_string())],
        ));
    }
    if !s.concerns.is_empty() {
        lines.push(t_with(
            lang,
            Key::ShareConcerns,
            &[("areas", &s.concerns.join(", "))],
        ));
    }
    for (question, answer) in &s.signs {
        lines.push(t_with(lang, Key::ShareSign, &[("question", question), ("answer", answer)]));
    }
    let note = s.note.trim();
    if !note.is_empty() {
        lines.push(t_with(lang, Key::ShareNote, &[("note", note)]));
    }
    lines.join("\n")
}

/// WCAG contrast ratio of two "#rrggbb" colours (None if malformed).
pub fn contrast(a: &str, b: &str) -> Option<f64> {
    fn luminance(hex: &str) -> Option<f64> {
        let hex = hex.strip_prefix('#')?;
        if hex.len() != 6 {
            return None;
        }
        let channel = |i: usize| -> Option<f64> {
            let v = u8::from_str_radix(&hex[i..i + 2], 16).ok()? as f64 / 255.0;
            Some(if v <= 0.03928 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            })
        };
        Some(0.2126 * channel(0)? + 0.7152 * channel(2)? + 0.0722 * channel(4)?)
    }
    let (la, lb) = (luminance(a)?, luminance(b)?);
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    Some((hi + 0.05) / (lo + 0.05))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::municipality::validate::parse;
    use chrono::TimeZone;

    fn demo() -> MunicipalityConfig {
        parse(include_str!("../../public/municipalities/demo.json")).unwrap()
    }

    #[test]
    fn open_channels_come_first_and_the_audience_is_respected() {
        let config = demo();
        // Tuesday 24 Nov 2026, 10:00 in Japan: everything weekday is open.
        let morning = Utc.with_ymd_and_hms(2026, 11, 24, 1, 0, 0).unwrap();
        let ids: Vec<_> = ordered_channels(&config, Audience::Children, morning)
            .iter()
            .map(|(c, _)| c.id.as_str())
            .collect();
        assert_eq!(
            ids,
            ["line-kosodate", "web-form", "phone-center"],
            "no pregnancy-only channel for a child"
        );
        // Saturday: the phone desk (no messages outside hours) goes last.
        let saturday = Utc.with_ymd_and_hms(2026, 11, 28, 1, 0, 0).unwrap();
        let order: Vec<_> = ordered_channels(&config, Audience::Everyone, saturday)
            .iter()
            .map(|(c, _)| c.id.as_str())
            .collect();
        assert_eq!(order.last(), Some(&"phone-center"));
        // Saturday: the phone desk is closed, but the message channels take messages.
        assert!(!nothing_open(&ordered_channels(&config, Audience::Children, saturday)));
        assert!(nothing_open(&[]), "no channel at all is nothing open");
        let mut phone_only = config.clone();
        phone_only.channels.retain(|c| c.id == "phone-center");
        assert!(nothing_open(&ordered_channels(&phone_only, Audience::Children, saturday)));
        assert!(!nothing_open(&ordered_channels(&phone_only, Audience::Children, morning)));
        assert_eq!(order.len(), 4);
    }

    #[test]
    fn hours_read_naturally() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        let monday = NaiveDate::from_ymd_opt(2026, 11, 30)
            .unwrap()
            .and_hms_opt(8, 30, 0)
            .unwrap();
        let a = Availability::OpensAt(monday);
        assert_eq!(
            availability_text(Lang::Ja, &a, false, today),
            "受付時間外です。次は11月30日（月）8:30から"
        );
        assert!(availability_text(Lang::En, &a, true, today)
            .contains("it will be read from 8:30 Monday 30 Nov 2026"));
        let until = Availability::OpenUntil(chrono::NaiveTime::from_hms_opt(17, 15, 0).unwrap());
        assert_eq!(
            availability_text(Lang::Ja, &until, false, today),
            "受付中・17:15まで"
        );
        let midnight = Availability::OpenUntil(chrono::NaiveTime::from_hms_opt(23, 59, 59).unwrap());
        assert_eq!(
            availability_text(Lang::Ja, &midnight, false, today),
            "受付中・24:00まで",
            "a span written to 24:00 reads so"
        );
    }

    #[test]
    fn the_share_text_holds_only_what_the_family_chose() {
        let input = ShareInput {
            age: Some(Age {
                years: 1,
                months: 6,
                days: 3,
            }),
            corrected: Some(CorrectedAge::Age(Age {
                years: 1,
                months: 4,
                days: 0,
            })),
            note: " 言葉が少ない気がします ".into(),
            ..Default::default()
        };
        let text = share_text(Lang::Ja, &input);
        assert!(
            text.contains("1歳6か月3日")
                && text.contains("修正月齢 1歳4か月0日")
                && text.contains("言葉が少ない気がします")
        );
        let named = share_text(
            Lang::Ja,
            &ShareInput {
                name: Some("ゆい".into()),
                ..input.clone()
            },
        );
        assert!(!text.contains("ゆい") && named.contains("ゆい"));
    }

    #[test]
    fn contrast_follows_wcag() {
        assert!((contrast("#000000", "#ffffff").unwrap() - 21.0).abs() < 0.01);
        assert!(contrast("#2b6e53", "#ffffff").unwrap() >= 4.5);
        assert!(contrast("#ffff00", "#ffffff").unwrap() < 4.5);
        assert_eq!(contrast("green", "#ffffff"), None);
    }
}
