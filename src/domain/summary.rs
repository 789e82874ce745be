//! The one-page checkup summary as plain data, worded in the family's
//! language: what a parent hands the nurse or doctor. Pure, so a test can
//! read it; the page only lays it out.

use chrono::NaiveDate;

use super::age::{age_on, corrected_age_on, CorrectedAge};
use super::record::Child;
use crate::check::files;
use crate::check::words::level_key;
use crate::growth::{findings, who_2006, Measure, RefSex};
use crate::i18n::{format, Key, Lang};
use crate::schedule::immunisation::{self, State};

/// Upcoming doses listed, besides everything due now or overdue.
const UPCOMING_SHOWN: usize = 3;

#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub name: String,
    pub birth: String,
    pub age: String,
    pub corrected_age: Option<String>,
    /// (what, "7.2 kg（50パーセンタイル）, 2026年10月1日")
    pub measurements: Vec<(String, String)>,
    pub vaccines_done: Vec<String>,
    /// Due now, overdue, then the next few, each with its date.
    pub vaccines_due: Vec<String>,
    /// The latest check: (band and date, [(area, level)]).
    pub latest_check: Option<(String, Vec<(String, String)>)>,
    pub firsts: Vec<(String, String)>,
    pub questions: String,
}

pub fn summary(lang: Lang, child: &Child, today: NaiveDate) -> Summary {
    let code = lang.code();
    let date = |d| format::date(lang, d);
    let age = age_on(child.birth_date, today).map(|a| format::age(lang, &a)).unwrap_or_default();
    // The row is already labelled "corrected age": the value is the age alone.
    let corrected_age = match corrected_age_on(child.birth_date, child.gestation, today) {
        CorrectedAge::Age(a) => Some(format::age(lang, &a)),
        other => format::corrected_age(lang, &other),
    };

    let mut measurements = Vec::new();
    let sex = RefSex::from_sex(child.sex);
    let all = child.growth_measurements();
    let found = sex.map(|sex| findings(who_2006(), &all, child.birth_date, child.gestation.map(|g| g.total_days()), false, sex)).unwrap_or_default();
    for (measure, key, unit) in [(Measure::Weight, Key::Weight, "kg"), (Measure::Length, Key::Length, "cm"), (Measure::Head, Key::Head, "cm")] {
        let latest = all
            .iter()
            .filter_map(|m| crate::growth::findings::raw_value(m, measure).map(|raw| (m.date, m.id, raw)))
            .max_by_key(|(d, id, _)| (*d, *id));
        if let Some((when, id, raw)) = latest {
            let value = measure.from_record(raw);
            let centile = found.iter().find(|f| f.id == id && f.measure == measure).and_then(|f| f.centile);
            let shown = match measure {
                Measure::Weight => format!("{}.{:02} {unit}", raw / 1000, (raw % 1000) / 10),
                _ => format!("{}.{} {unit}", raw / 10, raw % 10),
            };
            let _ = value;
            let centile = centile.map(|c| format!("（{}）", format::centile(lang, c))).unwrap_or_default();
            measurements.push((key.text(lang).to_owned(), format!("{shown}{centile}, {}", date(when))));
        }
    }

    let doses = child.recorded_doses();
    let statuses = immunisation::status(child.birth_date, &doses, today);
    let name = |s: &immunisation::DoseStatus| {
        let vaccine = if lang == Lang::En { &s.vaccine.en } else { &s.vaccine.ja };
        let dose = if lang == Lang::En { &s.dose.en } else { &s.dose.ja };
        format!("{vaccine} {dose}")
    };
    let vaccines_done = statuses.iter().filter_map(|s| match s.state {
        State::Done(on) => Some(format!("{} ({})", name(s), date(on))),
        _ => None,
    }).collect();
    let mut vaccines_due: Vec<String> = statuses
        .iter()
        .filter_map(|s| match s.state {
            State::DueNow { until } => Some(format!("{}: {}", name(s), crate::i18n::t_with(lang, Key::SummaryDueUntil, &[("date", &date(until))]))),
            State::Overdue { since } => Some(format!("{}: {}", name(s), crate::i18n::t_with(lang, Key::SummaryOverdueSince, &[("date", &date(since))]))),
            _ => None,
        })
        .collect();
    let mut upcoming: Vec<(NaiveDate, String)> = statuses
        .iter()
        .filter_map(|s| match s.state {
            State::Upcoming { from } => Some((from, format!("{}: {}", name(s), crate::i18n::t_with(lang, Key::SummaryFrom, &[("date", &date(from))])))),
            _ => None,
        })
        .collect();
    crate::sorting::sort(&mut upcoming);
    vaccines_due.extend(upcoming.into_iter().take(UPCOMING_SHOWN).map(|(_, text)| text));

    let latest_check = child.checks.iter().max_by_key(|c| (c.date, c.id)).map(|check| {
        let bank = files::bank(lang).ok();
        let band = bank.and_then(|b| b.band(&check.band)).map(|b| b.title.get(code).to_owned()).unwrap_or_else(|| check.band.clone());
        let levels = check
            .levels
            .iter()
            .map(|l| {
                let area = bank.and_then(|b| b.domain_name(l.domain)).map(|n| n.get(code).to_owned()).unwrap_or_default();
                (area, level_key(l.level, child.in_support).text(lang).to_owned())
            })
            .collect();
        (format!("{band}, {}", date(check.date)), levels)
    });

    let mut firsts: Vec<_> = child.firsts.iter().collect();
    crate::sorting::sort_by_key(&mut firsts, |f| (f.date, f.id));
    let firsts = firsts
        .into_iter()
        .map(|f| {
            let what = f.kind.map(|k| format::first_kind(k).text(lang).to_owned()).unwrap_or_else(|| f.label.clone());
            (what, date(f.date))
        })
        .collect();

    Summary {
        name: child.name.clone(),
        birth: date(child.birth_date),
        age,
        corrected_age,
        measurements,
        vaccines_done,
        vaccines_due,
        latest_check,
        firsts,
        questions: child.questions_for_nurse.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::sample::demo_household;

    #[test]
    fn the_demo_child_summary_holds_what_the_checkup_asks_for() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let h = demo_household(today);
        let s = summary(Lang::Ja, &h.children[0], today);
        assert_eq!(s.name, "見本 さくら");
        assert_eq!(s.age, "1歳6か月10日");
        assert!(s.corrected_age.is_none(), "born at term");
        assert_eq!(s.measurements.len(), 3);
        assert!(s.measurements[0].1.starts_with("10.10 kg（"), "{:?}", s.measurements[0]);
        assert!(s.measurements[0].1.contains("パーセンタイル"));
        let (band, levels) = s.latest_check.unwrap();
        assert!(band.starts_with("1歳3か月"));
        assert!(levels.iter().any(|(area, level)| area == "ことば" && level == "様子を見ましょう"));
        assert_eq!(s.firsts.len(), 7);
        assert!(!s.vaccines_done.is_empty() && !s.vaccines_due.is_empty());
    }
}
