//! Which check is due and when the next one comes: band edges, month ends,
//! leap days, corrected age for preterm births, overdue and re-checks.

mod support {
    pub mod synthetic_bank;
}

use chrono::NaiveDate;
use sukusuku::check::record::{CompletedCheck, DomainLevel};
use sukusuku::check::schedule::{plan, reaches, window_on, Plan};
use sukusuku::check::scoring::{Answers, Level};
use sukusuku::check::bank::Domain;
use sukusuku::domain::record::GestationalAge;
use support::synthetic_bank::synthetic_bank;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}
fn ga(weeks: u8, days: u8) -> Option<GestationalAge> {
    Some(GestationalAge { weeks, days })
}
fn check(band: &str, date: &str, motor: Level) -> CompletedCheck {
    let mut levels: Vec<DomainLevel> = Domain::ALL.iter().map(|&domain| DomainLevel { domain, level: Level::OnTrack }).collect();
    levels[0].level = motor;
    CompletedCheck {
        id: 1,
        band: band.into(),
        date: d(date),
        answers: Answers::new(),
        levels,
        general_signs: vec![],
        caregiver_signals: vec![],
    }
}

#[test]
fn band_dates_follow_month_ends_and_leap_days() {
    let cases = [
        ("2025-01-31", 2, "2025-03-31"),
        ("2025-01-31", 1, "2025-02-28"),
        ("2024-01-31", 1, "2024-02-29"),
        ("2024-02-29", 12, "2025-02-28"),
        ("2024-02-29", 24, "2026-02-28"),
        ("2024-02-29", 48, "2028-02-29"),
        ("2025-05-20", 18, "2026-11-20"),
    ];
    for (birth, months, want) in cases {
        assert_eq!(reaches(d(birth), None, months), d(want), "{birth} + {months}");
    }
}

#[test]
fn the_band_changes_on_the_day_the_next_one_opens() {
    let bank = synthetic_bank();
    let birth = d("2025-05-20");
    let band_on = |on: &str| window_on(&bank, birth, None, d(on)).map(|w| w.band.id.clone());
    assert_eq!(band_on("2025-07-19"), None, "under 2 months");
    assert_eq!(band_on("2025-07-20").as_deref(), Some("02m"));
    assert_eq!(band_on("2026-11-19").as_deref(), Some("15m"));
    assert_eq!(band_on("2026-11-20").as_deref(), Some("18m"));
    let window = window_on(&bank, birth, None, d("2026-11-24")).unwrap();
    assert_eq!((window.from, window.until), (d("2026-11-20"), d("2027-02-20")));
    assert_eq!(band_on("2031-05-19").as_deref(), Some("69m"));
    assert_eq!(band_on("2031-05-20").as_deref(), Some("72m"));
    assert_eq!(band_on("2031-11-20"), None, "the checks end at 78 months");
}

#[test]
fn preterm_children_are_placed_by_corrected_age_until_24_months() {
    // Born at 32+0, eight weeks early: due date 2025-04-26.
    let birth = d("2025-03-01");
    assert_eq!(reaches(birth, ga(32, 0), 2), d("2025-06-26"));
    assert_eq!(reaches(birth, ga(32, 0), 18), d("2026-10-26"));
    assert_eq!(reaches(birth, ga(36, 6), 2), d("2025-05-23"), "22 days early");
    assert_eq!(reaches(birth, ga(37, 0), 2), d("2025-05-01"), "term: no correction");
    // From 24 months of chronological age the birth date counts again.
    assert_eq!(reaches(birth, ga(32, 0), 24), d("2027-03-01"));
    assert_eq!(reaches(birth, ga(32, 0), 27), d("2027-06-01"));
    let bank = synthetic_bank();
    let on = |s: &str| window_on(&bank, birth, ga(32, 0), d(s)).map(|w| w.band.id.clone());
    assert_eq!(on("2026-10-25").as_deref(), Some("15m"), "chronologically 19 months, corrected 17");
    assert_eq!(on("2026-10-26").as_deref(), Some("18m"));
    assert_eq!(on("2027-03-01").as_deref(), Some("24m"));
}

#[test]
fn a_due_check_turns_overdue_after_the_grace_days() {
    let bank = synthetic_bank();
    let birth = d("2025-05-20");
    match plan(&bank, birth, None, &[], d("2026-11-20")) {
        Plan::Due { window, overdue: false, recheck: false, since } => {
            assert_eq!((window.band.id.as_str(), since), ("18m", d("2026-11-20")))
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(plan(&bank, birth, None, &[], d("2026-12-19")), Plan::Due { overdue: false, .. }));
    assert!(matches!(plan(&bank, birth, None, &[], d("2026-12-20")), Plan::Due { overdue: true, .. }));
    // A check of the previous band does not count for this one.
    let earlier = [check("15m", "2026-09-01", Level::OnTrack)];
    assert!(matches!(plan(&bank, birth, None, &earlier, d("2026-11-24")), Plan::Due { .. }));
}

#[test]
fn a_done_check_points_to_the_next_band() {
    let bank = synthetic_bank();
    let birth = d("2025-05-20");
    let done = [check("18m", "2026-11-24", Level::OnTrack)];
    let p = plan(&bank, birth, None, &done, d("2026-11-24"));
    assert!(matches!(p, Plan::Done { .. }));
    assert_eq!(p.next_date(), Some(d("2027-02-20")));
}

#[test]
fn a_watch_result_brings_a_recheck_one_month_later() {
    let bank = synthetic_bank();
    let birth = d("2025-05-20");
    let watched = [check("18m", "2026-11-24", Level::Watch)];
    assert_eq!(plan(&bank, birth, None, &watched, d("2026-11-25")).next_date(), Some(d("2026-12-24")));
    match plan(&bank, birth, None, &watched, d("2026-12-24")) {
        Plan::Due { recheck: true, since, .. } => assert_eq!(since, d("2026-12-24")),
        other => panic!("{other:?}"),
    }
    // The re-check done and on track: on to the next band.
    let rechecked = [watched[0].clone(), CompletedCheck { id: 2, ..check("18m", "2026-12-26", Level::OnTrack) }];
    assert_eq!(plan(&bank, birth, None, &rechecked, d("2026-12-26")).next_date(), Some(d("2027-02-20")));
    // A watch late in the window: the next band's check comes first.
    let late = [check("18m", "2027-02-01", Level::Watch)];
    assert_eq!(plan(&bank, birth, None, &late, d("2027-02-02")).next_date(), Some(d("2027-02-20")));
}

#[test]
fn an_incomplete_result_brings_a_recheck_too() {
    let bank = synthetic_bank();
    let unsure = [check("18m", "2026-11-24", Level::Incomplete)];
    assert_eq!(plan(&bank, d("2025-05-20"), None, &unsure, d("2026-11-25")).next_date(), Some(d("2026-12-24")));
}

#[test]
fn before_the_first_band_and_after_the_last() {
    let bank = synthetic_bank();
    let birth = d("2026-11-01");
    assert_eq!(plan(&bank, birth, None, &[], d("2026-11-24")), Plan::FirstOn { band: &bank.bands[0], from: d("2027-01-01") });
    assert_eq!(plan(&bank, d("2019-01-01"), None, &[], d("2026-11-24")), Plan::Finished);
    let last = [check("72m", "2026-01-05", Level::OnTrack)];
    assert!(matches!(plan(&bank, d("2020-01-01"), None, &last, d("2026-01-06")), Plan::Done { next: None, .. }));
}
