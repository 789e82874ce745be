//! The schedule data files: well-formed, complete in both languages, and
//! consistent, checked against the same files the app compiles in.

use std::collections::HashSet;

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use sukusuku::schedule::checkups::{checkup_status, checkups, CheckupStatus};
use sukusuku::schedule::immunisation::{schedule, status, State};
use sukusuku::schedule::window::{Anchor, Offset, Window};

fn both(ja: &str, en: &str, what: &str) {
    assert!(!ja.trim().is_empty() && !en.trim().is_empty(), "{what}: needs ja and en");
}

fn check_window(w: &Window, dose: u8, what: &str) {
    assert!(!w.start.is_mixed() && !w.end.is_mixed(), "{what}: months and days mixed");
    assert!(w.start.approx_days() <= w.end.approx_days(), "{what}: start after end");
    if let Anchor::Dose(n) = w.from {
        assert!(n < dose, "{what}: counted from a later dose");
    }
}

#[test]
fn immunisation_data_is_consistent() {
    let s = schedule();
    both(&s.source.ja, &s.source.en, "source");
    assert!(!s.source.version.is_empty());
    assert!(NaiveDate::parse_from_str(&s.as_of, "%Y-%m-%d").is_ok(), "as_of is a date");
    let mut ids = HashSet::new();
    for v in &s.vaccines {
        assert!(ids.insert(v.id.as_str()), "duplicate vaccine id {}", v.id);
        both(&v.ja, &v.en, &v.id);
        both(&v.note_ja, &v.note_en, &v.id);
        check_window(&v.legal, 1, &v.id);
        assert!(!matches!(v.legal.from, Anchor::Dose(_)), "{}: a vaccine's window counts from birth", v.id);
        let numbers: Vec<u8> = v.doses.iter().map(|d| d.dose).collect();
        assert_eq!(numbers, (1..=numbers.len() as u8).collect::<Vec<_>>(), "{}: doses numbered 1, 2, … in order", v.id);
        let products: HashSet<&str> = v.products.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(products.len(), v.products.len(), "{}: duplicate product", v.id);
        assert_eq!(v.default_product.is_some(), !v.products.is_empty(), "{}: default product iff products", v.id);
        if let Some(default) = &v.default_product {
            assert!(products.contains(default.as_str()));
        }
        for p in &v.products {
            both(&p.ja, &p.en, &p.id);
            let course = v.doses.iter().filter(|d| d.products.is_empty() || d.products.contains(&p.id)).count();
            assert_eq!(course, p.doses as usize, "{}/{}: dose count", v.id, p.id);
        }
        for dose in &v.doses {
            let what = format!("{} dose {}", v.id, dose.dose);
            both(&dose.ja, &dose.en, &what);
            assert_eq!(dose.note_ja.is_empty(), dose.note_en.is_empty(), "{what}: note in one language only");
            for w in dose.recommended.iter().chain(dose.legal.iter()) {
                check_window(w, dose.dose, &what);
            }
            for rule in &dose.min_intervals {
                assert!(rule.after < dose.dose, "{what}: interval after a later dose");
                assert!(rule.at_least != Offset::default() && !rule.at_least.is_mixed(), "{what}: interval");
            }
            for rule in &dose.skipped_if {
                assert!(rule.dose < dose.dose, "{what}: left out for a later dose");
                assert!(rule.given_after.total_months() > 0 && !rule.given_after.is_mixed(), "{what}: an age in months");
            }
            assert!(dose.products.iter().all(|p| products.contains(p.as_str())), "{what}: unknown product");
        }
    }
}

#[test]
fn checkup_data_is_consistent() {
    let c = checkups();
    both(&c.source.ja, &c.source.en, "source");
    assert!(NaiveDate::parse_from_str(&c.as_of, "%Y-%m-%d").is_ok());
    let mut ids = HashSet::new();
    let mut last_start = 0;
    for k in &c.checkups {
        assert!(ids.insert(k.id.as_str()), "duplicate checkup id {}", k.id);
        both(&k.ja, &k.en, &k.id);
        both(&k.basis_ja, &k.basis_en, &k.id);
        both(&k.note_ja, &k.note_en, &k.id);
        assert_eq!(k.window.from, Anchor::Birth, "{}: counted from birth", k.id);
        check_window(&k.window, 0, &k.id);
        assert!(k.window.start.approx_days() >= last_start, "{}: checkups in age order", k.id);
        last_start = k.window.start.approx_days();
        assert_eq!(k.statutory, k.basis_ja.contains("第12条"), "{}: statutory means 母子保健法 §12", k.id);
    }
    assert_eq!(c.checkups.iter().filter(|k| k.statutory).count(), 2, "1y6m and 3y");
}

#[test]
fn every_birth_date_gets_the_whole_course() {
    // Two years of births, both month ends and a 29 February.
    let mut birth = NaiveDate::from_ymd_opt(2023, 12, 1).unwrap();
    while birth < NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() {
        let all = status(birth, &[], birth);
        assert_eq!(all.len(), 23, "{birth}");
        for s in &all {
            assert!(s.legal.from <= s.legal.until && s.recommended.from <= s.recommended.until, "{birth} {} {}", s.vaccine.id, s.dose.dose);
            assert!(matches!(s.state, State::Upcoming { .. }), "{birth} {} {}: {:?}", s.vaccine.id, s.dose.dose, s.state);
            if s.dose.recommended.is_some_and(|w| w.from == Anchor::Birth) {
                assert!(s.recommended.until <= s.legal.until, "{birth} {}: standard period ends inside the routine one", s.vaccine.id);
            }
        }
        let checks = checkup_status(birth, &[], birth);
        assert_eq!(checks.len(), 7);
        assert!(checks.iter().all(|(_, st)| matches!(st, CheckupStatus::Upcoming { .. })));
        birth = birth + Days::new(1);
    }
}

proptest! {
    // Whatever the dates, a state never contradicts today.
    #[test]
    fn states_agree_with_today(birth_day in 0u64..3000, age_days in 0u64..5000, gap in 0u64..120) {
        let birth = NaiveDate::from_ymd_opt(2015, 1, 1).unwrap() + Days::new(birth_day);
        let today = birth + Days::new(age_days);
        let first = birth + Days::new(60);
        let doses: Vec<_> = [("hepb", 1, first), ("hepb", 2, first + Days::new(gap)), ("dpt_ipv_hib", 1, first)]
            .into_iter()
            .filter(|(_, _, date)| *date <= today)
            .map(|(v, n, date)| sukusuku::schedule::immunisation::RecordedDose { vaccine: v.into(), dose: n, date, lot: String::new(), product: None })
            .collect();
        for s in status(birth, &doses, today) {
            match s.state {
                State::Upcoming { from } => prop_assert!(from > today),
                State::DueNow { until } => prop_assert!(until >= today && today >= s.earliest && s.legal.contains(today)),
                State::Overdue { since } => prop_assert!(since <= today && s.legal.contains(today) && today >= s.earliest),
                State::Missed => prop_assert!(today > s.legal.until || s.earliest > s.legal.until),
                State::Done(_) => {}
            }
        }
    }
}

/// The real file with `edit` applied, as the app would read it.
fn problems_after(path: &str, edit: impl Fn(&mut serde_json::Value), parse: impl Fn(&str) -> Option<Vec<String>>) -> Vec<String> {
    let mut data: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert!(parse(&data.to_string()).is_none(), "{path} reads as it is");
    edit(&mut data);
    parse(&data.to_string()).expect("the edited file must be refused")
}

#[test]
fn a_typo_in_a_schedule_file_is_refused_with_every_place_it_is() {
    use sukusuku::schedule::{checkups::Checkups, immunisation::Schedule};
    let as_strings = |found: Vec<sukusuku::data_file::Problem>| found.iter().map(|p| p.to_string()).collect::<Vec<_>>();
    let immunisation = problems_after(
        "data/immunisation-jp.json",
        |d| {
            d["vaccines"][0]["doses"][1]["recomended"] = serde_json::json!({ "end": { "months": 2 } });
            d["vaccines"][2]["legal"]["from"] = "school".into();
        },
        |text| Schedule::parse(text).err().map(as_strings),
    );
    assert_eq!(
        immunisation,
        ["vaccines[0].doses[1]: unknown field `recomended`", "vaccines[2].legal.from: unknown value `school`, expected one of birth, year_before_school"]
    );
    let checkups = problems_after(
        "data/checkups-jp.json",
        |d| {
            d["checkups"][3].as_object_mut().unwrap().remove("statutory");
        },
        |text| Checkups::parse(text).err().map(as_strings),
    );
    assert_eq!(checkups, ["checkups[3]: missing field `statutory`"]);
}
