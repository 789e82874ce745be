//! Dates, ages and labels as each language writes them.

use chrono::{Datelike, NaiveDate};

use super::{t_with, Key, Lang};
use crate::domain::age::{Age, CorrectedAge};
use crate::domain::record::{FirstKind, GestationalAge, Id, Sex, UrineResult};
use crate::growth::{Finding, Measure};
use crate::schedule::immunisation::{DoseStatus, State};

/// 2025年5月14日 / 14 May 2025
pub fn date(lang: Lang, d: NaiveDate) -> String {
    match lang {
        Lang::Ja => format!("{}年{}月{}日", d.year(), d.month(), d.day()),
        Lang::En => {
            const MONTHS: [&str; 12] = [
                "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
            ];
            format!("{} {} {}", d.day(), MONTHS[d.month0() as usize], d.year())
        }
    }
}

/// 1歳6か月12日 / 1 year 6 months 12 days
pub fn age(lang: Lang, a: &Age) -> String {
    match lang {
        Lang::Ja if a.years > 0 => format!("{}歳{}か月{}日", a.years, a.months, a.days),
        Lang::Ja => format!("{}か月{}日", a.months, a.days),
        Lang::En => {
            let unit =
                |n: u32, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
            let mut parts = Vec::new();
            if a.years > 0 {
                parts.push(unit(a.years, "year", "years"));
            }
            parts.push(unit(a.months, "month", "months"));
            parts.push(unit(a.days, "day", "days"));
            parts.join(" ")
        }
    }
}

/// The corrected-age line, or `None` when it does not apply.
pub fn corrected_age(lang: Lang, c: &CorrectedAge) -> Option<String> {
    match c {
        CorrectedAge::NotApplicable => None,
        CorrectedAge::Age(a) => Some(t_with(lang, Key::CorrectedAge, &[("age", &age(lang, a))])),
        CorrectedAge::BeforeDueDate { days } => Some(t_with(
            lang,
            Key::BeforeDueDate,
            &[("days", &days.to_string())],
        )),
    }
}

/// 39週2日 / 39 weeks 2 days
pub fn gestation(lang: Lang, g: &GestationalAge) -> String {
    t_with(
        lang,
        Key::GestationValue,
        &[
            ("weeks", &g.weeks.to_string()),
            ("days", &g.days.to_string()),
        ],
    )
}

pub fn sex(lang: Lang, s: Sex) -> &'static str {
    match s {
        Sex::Female => Key::SexFemale.text(lang),
        Sex::Male => Key::SexMale.text(lang),
        Sex::Unspecified => Key::SexUnspecified.text(lang),
    }
}

pub fn first_kind(kind: FirstKind) -> Key {
    match kind {
        FirstKind::HeadControl => Key::FirstHeadControl,
        FirstKind::RollingOver => Key::FirstRollingOver,
        FirstKind::SittingAlone => Key::FirstSittingAlone,
        FirstKind::Crawling => Key::FirstCrawling,
        FirstKind::PullingToStand => Key::FirstPullingToStand,
        FirstKind::WalkingAlone => Key::FirstWalkingAlone,
        FirstKind::FirstWords => Key::FirstWords,
    }
}

pub fn urine(lang: Lang, u: UrineResult) -> String {
    let word = match u {
        UrineResult::Negative => Key::UrineNegative.text(lang),
        UrineResult::Trace => Key::UrineTrace.text(lang),
        _ => "",
    };
    if word.is_empty() {
        u.symbol().to_owned()
    } else {
        format!("{} ({word})", u.symbol())
    }
}

/// Where a dose stands, as the child's page and the printed summary say it.
pub fn dose_state(lang: Lang, s: &DoseStatus) -> String {
    let date = |d| date(lang, d);
    match s.state {
        State::Done(d) => t_with(lang, Key::DoseDone, &[("date", &date(d))]),
        State::DueNow { until } => t_with(lang, Key::DoseDueNow, &[("date", &date(until))]),
        State::Overdue { since } => t_with(lang, Key::DoseOverdue, &[("since", &date(since)), ("until", &date(s.legal.until))]),
        // Not an appointment: it moves with the day the dose before is given.
        State::Upcoming { from } if s.after_unrecorded => t_with(lang, Key::FromDateAfterEarlier, &[("date", &date(from))]),
        State::Upcoming { from } => t_with(lang, Key::FromDate, &[("date", &date(from))]),
        State::Missed => Key::DoseMissed.text(lang).to_owned(),
    }
}

/// "（50パーセンタイル）" after a value of measurement `id`, or "" when there
/// is no centile (no reference chosen yet, or over five years).
pub fn centile_suffix(lang: Lang, found: &[Finding], id: Id, measure: Measure) -> String {
    found
        .iter()
        .find(|f| f.id == id && f.measure == measure)
        .and_then(|f| f.centile)
        .map(|c| match lang {
            Lang::Ja => format!("（{}）", centile(lang, c)),
            Lang::En => format!(" ({})", centile(lang, c)),
        })
        .unwrap_or_default()
}

/// A centile as a whole number: "50パーセンタイル" / "50th centile". Beyond
/// the 1st and 99th it says so instead of printing 0 or 100.
pub fn centile(lang: Lang, c: f64) -> String {
    // The growth notes flag a value below the 3rd or above the 97th: it is
    // never rounded onto that line, or "3rd centile" would sit over "below the 3rd".
    let n = match c.round() as i64 {
        n if c < 3.0 => n.min(2),
        n if c > 97.0 => n.max(98),
        n => n,
    };
    // 0.7 is below the 1st: printed as "1st" it would hide how far out it is.
    if c < 1.0 {
        return Key::CentileBelow1.text(lang).to_owned();
    }
    if c > 99.0 {
        return Key::CentileAbove99.text(lang).to_owned();
    }
    let n = match lang {
        Lang::Ja => n.to_string(),
        Lang::En => {
            let suffix = match (n % 100, n % 10) {
                (11..=13, _) => "th",
                (_, 1) => "st",
                (_, 2) => "nd",
                (_, 3) => "rd",
                _ => "th",
            };
            format!("{n}{suffix}")
        }
    };
    t_with(lang, Key::CentileValue, &[("n", &n)])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_ages_read_naturally_in_each_language() {
        let d = NaiveDate::from_ymd_opt(2025, 5, 14).unwrap();
        assert_eq!(date(Lang::Ja, d), "2025年5月14日");
        assert_eq!(date(Lang::En, d), "14 May 2025");
        let a = Age {
            years: 1,
            months: 6,
            days: 1,
        };
        assert_eq!(age(Lang::Ja, &a), "1歳6か月1日");
        assert_eq!(age(Lang::En, &a), "1 year 6 months 1 day");
        let baby = Age {
            years: 0,
            months: 1,
            days: 0,
        };
        assert_eq!(age(Lang::Ja, &baby), "1か月0日");
        assert_eq!(age(Lang::En, &baby), "1 month 0 days");
        assert_eq!(corrected_age(Lang::Ja, &CorrectedAge::NotApplicable), None);
        assert!(corrected_age(Lang::Ja, &CorrectedAge::Age(baby))
            .unwrap()
            .contains("1か月0日"));
        assert_eq!(
            gestation(Lang::Ja, &GestationalAge { weeks: 39, days: 2 }),
            "39週2日"
        );
    }

    #[test]
    fn centiles_are_whole_numbers_with_the_ends_spelled_out() {
        assert_eq!(centile(Lang::Ja, 49.6), "50パーセンタイル");
        assert_eq!(centile(Lang::En, 49.6), "50th centile");
        let en: Vec<String> = [1.0, 2.0, 3.0, 11.0, 12.0, 13.0, 21.0, 97.0].iter().map(|&c| centile(Lang::En, c)).collect();
        assert_eq!(en, ["1st centile", "2nd centile", "3rd centile", "11th centile", "12th centile", "13th centile", "21st centile", "97th centile"]);
        assert_eq!(centile(Lang::Ja, 0.3), "1パーセンタイル未満");
        // Just past the lines the growth notes flag: never printed on them.
        assert_eq!(centile(Lang::En, 2.9), "2nd centile");
        assert_eq!(centile(Lang::En, 97.2), "98th centile");
        assert_eq!(centile(Lang::En, 3.4), "3rd centile");
        assert_eq!(centile(Lang::En, 99.7), "above the 99th centile");
        // Between 0.5 and 1 (or 99 and 99.5) is beyond the line, not on it.
        assert_eq!(centile(Lang::Ja, 0.7), "1パーセンタイル未満");
        assert_eq!(centile(Lang::En, 99.2), "above the 99th centile");
    }
}
