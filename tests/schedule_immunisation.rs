//! Immunisation status around birthdays, month ends, intervals and the school year.

use chrono::NaiveDate;
use sukusuku::schedule::immunisation::{next_due, status, DoseStatus, RecordedDose, State};
use sukusuku::schedule::window::school_entry;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn rec(vaccine: &str, dose: u8, date: &str) -> RecordedDose {
    RecordedDose { vaccine: vaccine.into(), dose, date: d(date), lot: String::new(), product: None }
}

fn find<'a>(all: &'a [DoseStatus<'static>], vaccine: &str, dose: u8) -> &'a DoseStatus<'static> {
    all.iter().find(|s| s.vaccine.id == vaccine && s.dose.dose == dose).unwrap_or_else(|| panic!("no {vaccine} {dose}"))
}

fn state(birth: &str, doses: &[RecordedDose], today: &str, vaccine: &str, dose: u8) -> State {
    find(&status(d(birth), doses, d(today)), vaccine, dose).state
}

#[test]
fn windows_open_the_day_before_the_month_birthday() {
    // Born 1 April: 2 months are reached on 31 May (legal age count).
    assert_eq!(state("2025-04-01", &[], "2025-05-30", "hepb", 1), State::Upcoming { from: d("2025-05-31") });
    assert_eq!(state("2025-04-01", &[], "2025-05-31", "hepb", 1), State::DueNow { until: d("2025-12-31") });
    assert_eq!(state("2025-04-01", &[], "2025-12-31", "hepb", 1), State::DueNow { until: d("2025-12-31") });
    // Past the standard period, still routine until the day before the first birthday.
    assert_eq!(state("2025-04-01", &[], "2026-01-01", "hepb", 1), State::Overdue { since: d("2026-01-01") });
    assert_eq!(state("2025-04-01", &[], "2026-03-31", "hepb", 1), State::Overdue { since: d("2026-01-01") });
    assert_eq!(state("2025-04-01", &[], "2026-04-01", "hepb", 1), State::Missed);
}

#[test]
fn month_ends_use_the_last_day_of_a_shorter_month() {
    // Born 31 Jan: 2 months on 30 Mar (31 Mar exists), 5 months on 30 Jun (no 31 Jun).
    let all = status(d("2025-01-31"), &[], d("2025-01-31"));
    assert_eq!(find(&all, "dpt_ipv_hib", 1).legal.from, d("2025-03-30"));
    assert_eq!(find(&all, "bcg", 1).recommended.from, d("2025-06-30"));
    assert_eq!(find(&all, "bcg", 1).recommended.until, d("2025-09-30"));
    assert_eq!(find(&all, "mr", 1).legal.from, d("2026-01-30"));
    // Born 29 Feb: 12 months are reached on 28 Feb, in a year with no 29th.
    let leap = status(d("2024-02-29"), &[], d("2024-02-29"));
    assert_eq!(find(&leap, "mr", 1).legal.from, d("2025-02-28"));
    assert_eq!(find(&leap, "mr", 1).legal.until, d("2026-02-28"));
    assert_eq!(find(&leap, "hepb", 1).recommended.from, d("2024-04-28"));
    // Weeks after birth are plain days: 6w0d and 24w0d both included.
    assert_eq!(find(&leap, "rotavirus", 1).legal, sukusuku::schedule::window::Span { from: d("2024-04-11"), until: d("2024-08-15") });
}

#[test]
fn minimum_intervals_push_a_dose_later() {
    let given = [rec("hepb", 1, "2025-07-15"), rec("hepb", 2, "2025-08-12")];
    // Dose 3 needs 139 clear days after dose 1: 2 Dec.
    assert_eq!(state("2025-04-01", &given, "2025-11-01", "hepb", 3), State::Upcoming { from: d("2025-12-02") });
    assert_eq!(state("2025-04-01", &given, "2025-12-02", "hepb", 3), State::DueNow { until: d("2025-12-31") });
    // A late first dose pushes dose 3 past the standard period: overdue once allowed.
    let late = [rec("hepb", 1, "2025-10-01"), rec("hepb", 2, "2025-10-29")];
    assert_eq!(state("2025-04-01", &late, "2025-11-01", "hepb", 3), State::Upcoming { from: d("2026-02-18") });
    assert_eq!(state("2025-04-01", &late, "2026-02-18", "hepb", 3), State::Overdue { since: d("2026-01-01") });
    // …and past the routine window: missed even before the window closes.
    let too_late = [rec("hepb", 1, "2026-01-01")];
    assert_eq!(state("2025-04-01", &too_late, "2026-01-10", "hepb", 3), State::Missed);
    // Months: the 5-in-1 booster from the same day 6 months after dose 3.
    let primary = [rec("dpt_ipv_hib", 1, "2025-06-02"), rec("dpt_ipv_hib", 2, "2025-07-01"), rec("dpt_ipv_hib", 3, "2025-07-31")];
    assert_eq!(state("2025-04-01", &primary, "2025-10-01", "dpt_ipv_hib", 4), State::Upcoming { from: d("2026-01-31") });
}

#[test]
fn a_dose_recorded_too_early_is_done_but_flagged() {
    let given = [rec("dpt_ipv_hib", 1, "2025-06-02"), rec("dpt_ipv_hib", 2, "2025-06-12")];
    let all = status(d("2025-04-01"), &given, d("2025-06-20"));
    let second = find(&all, "dpt_ipv_hib", 2);
    assert_eq!(second.state, State::Done(d("2025-06-12")));
    assert!(second.given_early, "10 days is under the 20-day minimum");
    assert!(!find(&all, "dpt_ipv_hib", 1).given_early);
    // Dose 3 counts from the recorded dose 2: standard 20-56 clear days after it.
    assert_eq!(find(&all, "dpt_ipv_hib", 3).state, State::Upcoming { from: d("2025-07-03") });
    assert_eq!(find(&all, "dpt_ipv_hib", 3).recommended.until, d("2025-08-08"));
}

#[test]
fn the_routine_window_closing_means_missed() {
    assert_eq!(state("2025-04-01", &[], "2026-03-31", "bcg", 1), State::Overdue { since: d("2025-12-01") });
    assert_eq!(state("2025-04-01", &[], "2026-04-01", "bcg", 1), State::Missed);
    // MR stage 1: the standard period is the routine one, so never "overdue".
    assert_eq!(state("2025-04-01", &[], "2027-03-31", "mr", 1), State::DueNow { until: d("2027-03-31") });
    assert_eq!(state("2025-04-01", &[], "2027-04-01", "mr", 1), State::Missed);
}

#[test]
fn mr_stage_2_follows_the_school_year_cut_off() {
    // 1 April births start school a year before 2 April births.
    assert_eq!(school_entry(d("2019-04-01")), Some(d("2025-04-01")));
    assert_eq!(school_entry(d("2019-04-02")), Some(d("2026-04-01")));
    assert_eq!(school_entry(d("2019-03-31")), Some(d("2025-04-01")));
    assert_eq!(school_entry(d("2020-02-29")), Some(d("2026-04-01")));
    assert_eq!(state("2019-04-01", &[], "2024-06-01", "mr", 2), State::DueNow { until: d("2025-03-31") });
    assert_eq!(state("2019-04-02", &[], "2024-06-01", "mr", 2), State::Upcoming { from: d("2025-04-01") });
    assert_eq!(state("2019-04-01", &[], "2025-04-01", "mr", 2), State::Missed);
    assert_eq!(state("2019-04-02", &[], "2026-03-31", "mr", 2), State::DueNow { until: d("2026-03-31") });
}

#[test]
fn rotavirus_course_depends_on_the_product() {
    let unknown = status(d("2025-04-01"), &[], d("2025-05-01"));
    let rota: Vec<_> = unknown.iter().filter(|s| s.vaccine.id == "rotavirus").collect();
    assert_eq!(rota.len(), 2, "monovalent windows until a product is recorded");
    assert!(rota[0].product_assumed);
    assert_eq!(rota[0].legal.until, d("2025-09-16"));
    // First dose: standard until 14w6d, then overdue (not advised), routine until 24w0d.
    assert_eq!(state("2025-04-01", &[], "2025-07-14", "rotavirus", 1), State::DueNow { until: d("2025-07-14") });
    assert_eq!(state("2025-04-01", &[], "2025-07-15", "rotavirus", 1), State::Overdue { since: d("2025-07-15") });

    let mut first = rec("rotavirus", 1, "2025-06-02");
    first.product = Some("rv5".into());
    let penta = status(d("2025-04-01"), &[first], d("2025-06-10"));
    let third = find(&penta, "rotavirus", 3);
    assert!(!third.product_assumed);
    assert_eq!(third.legal.until, d("2025-11-11"), "pentavalent: until 32w0d");
    // A recorded dose 3 implies the pentavalent course even without a product.
    let implied = status(d("2025-04-01"), &[rec("rotavirus", 3, "2025-08-01")], d("2025-08-02"));
    assert_eq!(find(&implied, "rotavirus", 3).product.map(|p| p.id.as_str()), Some("rv5"));
}

/// No recorded dose drops out of sight when a product is corrected, and the
/// course does not depend on the order the doses were entered in.
#[test]
fn a_corrected_product_never_hides_a_recorded_dose() {
    let with = |dose: u8, date: &str, product: Option<&str>| RecordedDose { product: product.map(Into::into), ..rec("rotavirus", dose, date) };
    // Three doses without a product (so pentavalent), then dose 1 corrected to the monovalent one.
    let corrected = [with(2, "2025-07-01", None), with(3, "2025-08-01", None), with(1, "2025-06-02", Some("rv1"))];
    let all = status(d("2025-04-01"), &corrected, d("2025-08-10"));
    assert_eq!(find(&all, "rotavirus", 3).state, State::Done(d("2025-08-01")));
    // A course begun with one product and finished with the other is given in full, whichever came first in the list.
    for order in [[with(1, "2025-06-02", Some("rv1")), with(2, "2025-07-01", Some("rv5"))], [with(2, "2025-07-01", Some("rv5")), with(1, "2025-06-02", Some("rv1"))]] {
        let mixed = status(d("2025-04-01"), &order, d("2025-07-10"));
        assert_eq!(find(&mixed, "rotavirus", 3).product.map(|p| p.id.as_str()), Some("rv5"));
    }
}

#[test]
fn live_vaccines_keep_27_clear_days_apart_unless_the_same_day() {
    let mr = [rec("mr", 1, "2026-04-01")];
    assert_eq!(state("2025-04-01", &mr, "2026-04-10", "varicella", 1), State::Upcoming { from: d("2026-04-29") });
    assert_eq!(state("2025-04-01", &mr, "2026-04-29", "varicella", 1), State::DueNow { until: d("2026-06-30") });
    let same_day = [rec("mr", 1, "2026-04-01"), rec("varicella", 1, "2026-04-01")];
    assert!(!find(&status(d("2025-04-01"), &same_day, d("2026-05-01")), "varicella", 1).given_early);
    let close = [rec("mr", 1, "2026-04-01"), rec("varicella", 1, "2026-04-15")];
    assert!(find(&status(d("2025-04-01"), &close, d("2026-05-01")), "varicella", 1).given_early);
}

#[test]
fn next_due_groups_what_can_be_given_together() {
    // At 1 month old: the 2-month visit (four vaccines) comes next.
    let next = next_due(d("2025-04-01"), &[], d("2025-05-01")).unwrap();
    assert_eq!(next.on, d("2025-05-31"));
    let mut ids: Vec<_> = next.doses.iter().map(|s| (s.vaccine.id.as_str(), s.dose.dose)).collect();
    ids.sort();
    assert_eq!(ids, [("dpt_ipv_hib", 1), ("hepb", 1), ("pcv", 1), ("rotavirus", 1)]);
    // Once due, "next" is today with everything due now.
    let now = next_due(d("2025-04-01"), &[], d("2025-06-01")).unwrap();
    assert_eq!(now.on, d("2025-06-01"));
    assert_eq!(now.doses.len(), 4);
    // Everything in the course done or closed: nothing next.
    assert!(next_due(d("2000-01-01"), &[], d("2026-01-01")).is_none());
}

#[test]
fn recorded_doses_serialise_with_plain_dates() {
    let r = rec("hepb", 1, "2025-05-31");
    let json = serde_json::to_string(&r).unwrap();
    assert_eq!(json, r#"{"vaccine":"hepb","dose":1,"date":"2025-05-31","lot":""}"#);
    let read = |text: &str| sukusuku::data_file::read_text(text, sukusuku::domain::record_read::recorded_dose);
    assert_eq!(read(&json).unwrap(), r);
    let with_product = r#"{"vaccine":"rotavirus","dose":1,"date":"2025-06-02","lot":"X1","product":"rv1"}"#;
    assert_eq!(read(with_product).unwrap().product.as_deref(), Some("rv1"));
    assert!(read(r#"{"vaccine":"hepb","dose":1,"date":"2025-05-31","lot":"","site":"arm"}"#).is_err());
    assert_eq!(read(r#"{"vaccine":"hepb","dose":1,"date":"2025-02-30","lot":""}"#).unwrap_err()[0].to_string(), "date: not a date: 2025-02-30");
}

fn listed(birth: &str, doses: &[RecordedDose], today: &str, vaccine: &str) -> Vec<u8> {
    status(d(birth), doses, d(today)).iter().filter(|s| s.vaccine.id == vaccine).map(|s| s.dose.dose).collect()
}

#[test]
fn a_late_pcv_start_has_the_shorter_course_and_its_booster_comes_due() {
    // Born 1 Jan 2025: 12 months are reached on 31 Dec 2025.
    let birth = "2025-01-01";
    // Dose 2 after the first birthday: no dose 3, the booster 60 clear days after dose 2.
    let late_second = [rec("pcv", 1, "2025-03-05"), rec("pcv", 2, "2026-01-10")];
    assert_eq!(listed(birth, &late_second, "2026-03-01", "pcv"), [1, 2, 4]);
    assert_eq!(state(birth, &late_second, "2026-03-01", "pcv", 4), State::Upcoming { from: d("2026-03-12") });
    // Once overdue, it stays so from the same day instead of moving on with the calendar.
    let overdue = state(birth, &late_second, "2026-06-01", "pcv", 4);
    assert!(matches!(overdue, State::Overdue { .. }), "{overdue:?}");
    assert_eq!(state(birth, &late_second, "2028-06-01", "pcv", 4), overdue);
    // The summary's "missed" never names dose 3.
    assert!(!status(d(birth), &late_second, d("2027-06-01")).iter().any(|s| s.vaccine.id == "pcv" && s.state == State::Missed));
    // Dose 2 on the day 12 months are reached is still in time for dose 3.
    assert_eq!(listed(birth, &[rec("pcv", 1, "2025-03-05"), rec("pcv", 2, "2025-12-31")], "2026-01-05", "pcv"), [1, 2, 3, 4]);

    // Started at 8 months: two primary doses and the booster.
    assert_eq!(listed(birth, &[rec("pcv", 1, "2025-09-01")], "2025-09-01", "pcv"), [1, 2, 4]);
    // Started at 13 months: a second dose 60 clear days later (the booster's row).
    let at_13 = [rec("pcv", 1, "2026-02-15")];
    assert_eq!(listed(birth, &at_13, "2026-02-15", "pcv"), [1, 4]);
    assert_eq!(find(&status(d(birth), &at_13, d("2026-02-15")), "pcv", 4).earliest, d("2026-04-17"));
    // Started after 24 months: one dose.
    assert_eq!(listed(birth, &[rec("pcv", 1, "2027-01-10")], "2027-01-10", "pcv"), [1]);
}

#[test]
fn a_missed_dose_is_no_base_for_the_next_interval() {
    // PCV dose 1 at 3 months, nothing after: doses 2 and 3 are missed at 24
    // months, and the booster counts from dose 1, the same on any later day.
    let doses = [rec("pcv", 1, "2025-04-05")];
    assert_eq!(state("2025-01-01", &doses, "2027-03-01", "pcv", 2), State::Missed);
    let booster = state("2025-01-01", &doses, "2027-03-01", "pcv", 4);
    assert!(matches!(booster, State::Overdue { .. }), "{booster:?}");
    assert_eq!(state("2025-01-01", &doses, "2029-06-01", "pcv", 4), booster);
}

#[test]
fn a_date_counted_from_a_dose_not_yet_given_says_so() {
    let birth = "2025-01-01";
    let before = status(d(birth), &[], d("2025-03-05"));
    assert!(find(&before, "hepb", 2).after_unrecorded, "dose 2 moves with the day dose 1 is given");
    assert!(!find(&before, "hepb", 1).after_unrecorded);
    let after = status(d(birth), &[rec("hepb", 1, "2025-03-05")], d("2025-03-05"));
    assert!(!find(&after, "hepb", 2).after_unrecorded);
}
