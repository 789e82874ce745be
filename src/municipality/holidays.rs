//! Japan's national holidays (国民の祝日に関する法律, as amended to 2018),
//! computed rather than listed so the app keeps working in later years:
//! fixed days, "Happy Monday" days, the equinoxes, substitute holidays
//! (振替休日) and a weekday between two holidays (国民の休日).
//! Valid for 2020-2099 (the equinox formula's range and the current law).

use chrono::{Datelike, Days, NaiveDate, Weekday};

fn nth_monday(year: i32, month: u32, n: u32) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(year, month, Weekday::Mon, n as u8)
}

/// Day of March of the vernal equinox and of September of the autumnal one
/// (the National Astronomical Observatory's approximation for 1980-2099),
/// in integer arithmetic.
fn equinoxes(year: i32) -> (u32, u32) {
    let y = (year - 1980) as i64;
    let vernal = (20_843_100 + 242_194 * y) / 1_000_000 - y / 4;
    let autumnal = (23_248_800 + 242_194 * y) / 1_000_000 - y / 4;
    (vernal as u32, autumnal as u32)
}

/// The holidays named by the law for `year` (before substitutes).
fn named_holidays(year: i32) -> Vec<NaiveDate> {
    let (vernal, autumnal) = equinoxes(year);
    let d = |m, day| NaiveDate::from_ymd_opt(year, m, day);
    [
        d(1, 1),                 // 元日
        nth_monday(year, 1, 2),  // 成人の日
        d(2, 11),                // 建国記念の日
        d(2, 23),                // 天皇誕生日
        d(3, vernal),            // 春分の日
        d(4, 29),                // 昭和の日
        d(5, 3),                 // 憲法記念日
        d(5, 4),                 // みどりの日
        d(5, 5),                 // こどもの日
        nth_monday(year, 7, 3),  // 海の日
        d(8, 11),                // 山の日
        nth_monday(year, 9, 3),  // 敬老の日
        d(9, autumnal),          // 秋分の日
        nth_monday(year, 10, 2), // スポーツの日
        d(11, 3),                // 文化の日
        d(11, 23),               // 勤労感謝の日
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// Every national holiday of `year`, in date order.
pub fn holidays(year: i32) -> Vec<NaiveDate> {
    let named = named_holidays(year);
    let mut all = named.clone();
    // 振替休日: a holiday on a Sunday moves to the next day that is not a holiday.
    for day in &named {
        if day.weekday() == Weekday::Sun {
            let mut next = *day;
            while let Some(candidate) = next.checked_add_days(Days::new(1)) {
                next = candidate;
                if !all.contains(&next) {
                    all.push(next);
                    break;
                }
            }
        }
    }
    // 国民の休日: a day between two named holidays is a holiday too.
    for day in &named {
        if let (Some(between), Some(after)) = (
            day.checked_add_days(Days::new(1)),
            day.checked_add_days(Days::new(2)),
        ) {
            if named.contains(&after)
                && !all.contains(&between)
                && between.weekday() != Weekday::Sun
            {
                all.push(between);
            }
        }
    }
    crate::sorting::sort(&mut all);
    all
}

pub fn is_holiday(date: NaiveDate) -> bool {
    holidays(date.year()).contains(&date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        crate::domain::validate::parse_date(s).unwrap()
    }

    #[test]
    fn the_2026_calendar_matches_the_cabinet_office_list() {
        // 内閣府「国民の祝日について」令和8年(2026年)
        let expected = [
            "2026-01-01",
            "2026-01-12",
            "2026-02-11",
            "2026-02-23",
            "2026-03-20",
            "2026-04-29",
            "2026-05-03",
            "2026-05-04",
            "2026-05-05",
            "2026-05-06",
            "2026-07-20",
            "2026-08-11",
            "2026-09-21",
            "2026-09-22",
            "2026-09-23",
            "2026-10-12",
            "2026-11-03",
            "2026-11-23",
        ];
        assert_eq!(
            holidays(2026),
            expected.iter().map(|s| d(s)).collect::<Vec<_>>()
        );
    }

    #[test]
    fn the_2025_and_2027_calendars_match_too() {
        // 令和7年: 2/24 and 5/6 and 11/24 are substitute holidays.
        let y2025 = [
            "2025-01-01",
            "2025-01-13",
            "2025-02-11",
            "2025-02-23",
            "2025-02-24",
            "2025-03-20",
            "2025-04-29",
            "2025-05-03",
            "2025-05-04",
            "2025-05-05",
            "2025-05-06",
            "2025-07-21",
            "2025-08-11",
            "2025-09-15",
            "2025-09-23",
            "2025-10-13",
            "2025-11-03",
            "2025-11-23",
            "2025-11-24",
        ];
        assert_eq!(
            holidays(2025),
            y2025.iter().map(|s| d(s)).collect::<Vec<_>>()
        );
        // 令和9年: 3/21 vernal equinox falls on Sunday → 3/22 substitute.
        let y2027 = holidays(2027);
        assert!(y2027.contains(&d("2027-03-21")) && y2027.contains(&d("2027-03-22")));
        assert!(y2027.contains(&d("2027-09-23")));
        assert_eq!(y2027.len(), 17);
    }

    #[test]
    fn ordinary_days_are_not_holidays() {
        assert!(!is_holiday(d("2026-11-24")));
        assert!(is_holiday(d("2026-11-23")));
    }
}
