//! Checkup windows and the .ics export.

use chrono::{NaiveDate, TimeZone, Utc};
use sukusuku::i18n::Lang;
use sukusuku::schedule::checkups::{checkup_status, CheckupStatus, CheckupVisit};
use sukusuku::schedule::ics::{calendar, child_events, escape_text, file_name, fold, Event};
use sukusuku::schedule::immunisation::status;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn visit(checkup: &str, date: &str) -> CheckupVisit {
    CheckupVisit { id: 1, checkup: checkup.into(), date: d(date), place: String::new(), weight_g: None, length_mm: None, head_mm: None, notes: String::new() }
}

fn state_of(birth: &str, visits: &[CheckupVisit], today: &str, id: &str) -> CheckupStatus {
    checkup_status(d(birth), visits, d(today)).into_iter().find(|(c, _)| c.id == id).unwrap().1
}

#[test]
fn checkup_windows_follow_the_legal_age_count() {
    // 1 month: after day 27, before 6 weeks.
    assert_eq!(state_of("2025-04-01", &[], "2025-04-28", "1m"), CheckupStatus::Upcoming { from: d("2025-04-29") });
    assert_eq!(state_of("2025-04-01", &[], "2025-05-12", "1m"), CheckupStatus::Now { until: d("2025-05-12") });
    assert_eq!(state_of("2025-04-01", &[], "2025-05-13", "1m"), CheckupStatus::Passed);
    assert_eq!(state_of("2025-04-01", &[visit("1m", "2025-05-02")], "2025-07-15", "1m"), CheckupStatus::Done(d("2025-05-02")));
    assert_eq!(state_of("2025-04-01", &[], "2025-07-15", "3-4m"), CheckupStatus::Now { until: d("2025-08-31") });
    // 1y6m and 3y (母子保健法 §12): "over 1y6m" opens on the 18-month birthday.
    assert_eq!(state_of("2025-04-01", &[], "2026-09-30", "1y6m"), CheckupStatus::Upcoming { from: d("2026-10-01") });
    assert_eq!(state_of("2025-04-01", &[], "2027-03-31", "1y6m"), CheckupStatus::Now { until: d("2027-03-31") });
    assert_eq!(state_of("2025-04-01", &[], "2027-04-01", "1y6m"), CheckupStatus::Passed);
    assert_eq!(state_of("2025-04-01", &[], "2028-01-01", "3y"), CheckupStatus::Upcoming { from: d("2028-04-01") });
    // Month ends: born 31 Jan, 3 months on 30 Apr, 5 months on 30 Jun.
    assert_eq!(state_of("2025-01-31", &[], "2025-04-01", "3-4m"), CheckupStatus::Upcoming { from: d("2025-04-30") });
    assert_eq!(state_of("2025-01-31", &[], "2025-06-30", "3-4m"), CheckupStatus::Now { until: d("2025-06-30") });
    // Born 29 Feb: 1 year 6 months on 28 Aug, so the window opens on 29 Aug.
    assert_eq!(state_of("2024-02-29", &[], "2025-08-01", "1y6m"), CheckupStatus::Upcoming { from: d("2025-08-29") });
}

#[test]
fn checkup_visits_round_trip_and_refuse_unknown_fields() {
    let v = CheckupVisit { weight_g: Some(6_250), length_mm: Some(612), head_mm: Some(405), notes: "順調, 問題なし".into(), ..visit("3-4m", "2025-07-10") };
    let json = serde_json::to_string(&v).unwrap();
    assert!(json.contains(r#""date":"2025-07-10""#));
    let read = |text: &str| sukusuku::data_file::read_text(text, sukusuku::domain::record_read::checkup_visit);
    assert_eq!(read(&json).unwrap(), v);
    let extra = json.replace(r#""notes""#, r#""doctor":"x","notes""#);
    assert_eq!(read(&extra).unwrap_err()[0].to_string(), "unknown field `doctor`");
}

#[test]
fn text_is_escaped() {
    assert_eq!(escape_text(r"a,b;c\d"), r"a\,b\;c\\d");
    assert_eq!(escape_text("line1\nline2\r\nline3"), r"line1\nline2\nline3");
    assert_eq!(escape_text("bell\u{7}gone"), "bellgone");
}

#[test]
fn long_lines_fold_at_75_octets_between_characters() {
    let line = format!("SUMMARY:{}", "予防接種".repeat(12));
    let folded = fold(&line);
    let parts: Vec<&str> = folded.split("\r\n").collect();
    assert!(parts.len() > 1);
    for (i, p) in parts.iter().enumerate() {
        assert!(p.len() <= 75, "part {i} is {} octets", p.len());
        if i > 0 {
            assert!(p.starts_with(' '));
        }
    }
    // "SUMMARY:" is 8 octets; 22 three-octet characters fit (74), a 23rd would not.
    assert_eq!(parts[0].len(), 74);
    assert_eq!(folded.replace("\r\n ", ""), line, "unfolding restores the line");
    assert_eq!(fold("SHORT:ok"), "SHORT:ok");
}

#[test]
fn a_child_calendar_has_all_day_events_with_stable_uids() {
    let birth = d("2025-04-01");
    let today = d("2025-05-01");
    let doses = status(birth, &[], today);
    let checks = checkup_status(birth, &[visit("1m", "2025-04-30")], today);
    let events = child_events(Lang::Ja, 42, "はなこ", &doses, &checks, today);
    let first = events.iter().find(|e| e.uid == "42-hepb-1@sukusuku-techo").unwrap();
    assert_eq!(first.date, d("2025-05-31"));
    assert_eq!(first.summary, "はなこ: B型肝炎 1回目");
    assert!(first.description.contains("公費で受けられる期間: 2025年4月1日 – 2026年3月31日"));
    assert!(!events.iter().any(|e| e.uid.contains("checkup-1m")), "done checkups are left out");
    assert!(events.iter().any(|e| e.uid == "42-checkup-3-4m@sukusuku-techo"));
    assert!(events.windows(2).all(|w| w[0].date <= w[1].date));
    // The same dose keeps its UID in a later export, so calendars update it.
    let later = child_events(Lang::En, 42, "Hana", &status(birth, &[], d("2025-06-10")), &[], d("2025-06-10"));
    let same = later.iter().find(|e| e.uid == "42-hepb-1@sukusuku-techo").unwrap();
    assert_eq!(same.date, d("2025-06-10"), "due now: dated today");
    assert_eq!(same.summary, "Hana: Hepatitis B dose 1");

    let stamp = Utc.with_ymd_and_hms(2025, 5, 1, 9, 30, 0).unwrap();
    let ics = calendar(&events, stamp);
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    assert!(!ics.replace("\r\n", "").contains('\n'), "every line ends in CRLF");
    assert!(ics.split("\r\n").all(|l| l.len() <= 75));
    let unfolded = ics.replace("\r\n ", "");
    assert!(unfolded.contains("\r\nUID:42-hepb-1@sukusuku-techo\r\nDTSTAMP:20250501T093000Z\r\nDTSTART;VALUE=DATE:20250531\r\nDTEND;VALUE=DATE:20250601\r\n"));
    assert!(unfolded.contains("\r\nSUMMARY:はなこ: B型肝炎 1回目\r\n"));
    assert_eq!(unfolded.matches("BEGIN:VEVENT").count(), events.len());
    assert_eq!(unfolded.matches("END:VEVENT").count(), events.len());
}

#[test]
fn names_with_separators_are_escaped_in_the_file() {
    let e = Event { uid: "1-x@sukusuku-techo".into(), date: d("2025-12-31"), summary: "Ken, Jr.; \\o/".into(), description: "1行目\n2行目".into() };
    let ics = calendar(&[e], Utc.with_ymd_and_hms(2025, 1, 1, 0, 0, 0).unwrap());
    assert!(ics.contains("SUMMARY:Ken\\, Jr.\\; \\\\o/\r\n"));
    assert!(ics.contains("DESCRIPTION:1行目\\n2行目\r\n"));
    assert!(ics.contains("DTEND;VALUE=DATE:20260101\r\n"), "DTEND crosses the year end");
}

#[test]
fn the_file_is_named_after_the_child_with_unsafe_characters_replaced() {
    assert_eq!(file_name("ゆい"), "sukusuku-ゆい-schedule.ics");
    assert_eq!(file_name(" a/b:c?\n"), "sukusuku-a-b-c--schedule.ics");
    assert_eq!(file_name("x\ty"), "sukusuku-x-y-schedule.ics");
}
