//! Ages from dates, and corrected age for children born preterm.

use chrono::{Days, Months, NaiveDate};

use super::record::GestationalAge;

/// A chronological age in whole years, months and days.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Age {
    pub years: u32,
    pub months: u32,
    pub days: u32,
}

impl Age {
    pub fn total_months(&self) -> u32 {
        self.years * 12 + self.months
    }
}

/// The age on `on` of someone born on `birth`; `None` before the birth.
/// A month is counted when the same day of the month comes round, or the
/// month's last day when it has no such day (born 31 January: one month old
/// on 28 or 29 February).
pub fn age_on(birth: NaiveDate, on: NaiveDate) -> Option<Age> {
    if on < birth {
        return None;
    }
    let months = whole_months_between(birth, on);
    let anchor = birth.checked_add_months(Months::new(months))?;
    let days = (on - anchor).num_days() as u32;
    Some(Age {
        years: months / 12,
        months: months % 12,
        days,
    })
}

fn whole_months_between(from: NaiveDate, to: NaiveDate) -> u32 {
    use chrono::Datelike;
    let rough = (to.year() - from.year()) * 12 + to.month() as i32 - from.month() as i32;
    let mut months = rough.max(0) as u32;
    while months > 0
        && from
            .checked_add_months(Months::new(months))
            .is_none_or(|d| d > to)
    {
        months -= 1;
    }
    months
}

/// Children born before 37 weeks are assessed by corrected age until this
/// many months of chronological age (AAP/JPS practice; ../shared/facts).
pub const CORRECT_UNTIL_MONTHS: u32 = 24;
pub const TERM_WEEKS: u8 = 37;
const FULL_TERM_DAYS: u32 = 40 * 7;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CorrectedAge {
    /// Born at term, gestation unknown, or 24 months or older: use the chronological age.
    NotApplicable,
    /// The age counted from the due date (40 weeks).
    Age(Age),
    /// Still before the due date: this many days to go.
    BeforeDueDate { days: u32 },
}

/// Whether a measurement taken on `on` is read by corrected age (a child
/// born before 37 weeks, under 24 months then): the summary's lines.
pub fn corrects_growth_on(birth: NaiveDate, gestation: Option<GestationalAge>, on: NaiveDate) -> bool {
    corrected_age_on(birth, gestation, on) != CorrectedAge::NotApplicable
}

pub fn corrected_age_on(
    birth: NaiveDate,
    gestation: Option<GestationalAge>,
    on: NaiveDate,
) -> CorrectedAge {
    let Some(gestation) = gestation else {
        return CorrectedAge::NotApplicable;
    };
    if gestation.weeks >= TERM_WEEKS {
        return CorrectedAge::NotApplicable;
    }
    match age_on(birth, on) {
        Some(age) if age.total_months() < CORRECT_UNTIL_MONTHS => {}
        _ => return CorrectedAge::NotApplicable,
    }
    let early_days = FULL_TERM_DAYS.saturating_sub(gestation.total_days());
    let Some(due) = birth.checked_add_days(Days::new(early_days as u64)) else {
        return CorrectedAge::NotApplicable;
    };
    match age_on(due, on) {
        Some(age) => CorrectedAge::Age(age),
        None => CorrectedAge::BeforeDueDate {
            days: (due - on).num_days() as u32,
        },
    }
}

/// The age to judge development by: corrected while it applies, otherwise chronological.
pub fn developmental_age_on(
    birth: NaiveDate,
    gestation: Option<GestationalAge>,
    on: NaiveDate,
) -> Option<Age> {
    match corrected_age_on(birth, gestation, on) {
        CorrectedAge::Age(age) => Some(age),
        CorrectedAge::BeforeDueDate { .. } => Some(Age {
            years: 0,
            months: 0,
            days: 0,
        }),
        CorrectedAge::NotApplicable => age_on(birth, on),
    }
}

/// Weeks and days of pregnancy on `on`, from the expected delivery date
/// (40+0 on that date); `None` outside 0-44 weeks.
pub fn pregnancy_age(expected_delivery: NaiveDate, on: NaiveDate) -> Option<GestationalAge> {
    let days = FULL_TERM_DAYS as i64 - (expected_delivery - on).num_days();
    (0..=44 * 7).contains(&days).then_some(GestationalAge { weeks: (days / 7) as u8, days: (days % 7) as u8 })
}

/// Where a pregnancy with no birth recorded stands on `on`, for Home.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PregnancyNow {
    Along(GestationalAge),
    /// Past the due date, however long: the family is reminded to record the birth.
    PastDue,
}

/// `None` before the pregnancy's first day by its due date.
pub fn pregnancy_now(expected_delivery: NaiveDate, on: NaiveDate) -> Option<PregnancyNow> {
    if on > expected_delivery {
        return Some(PregnancyNow::PastDue);
    }
    pregnancy_age(expected_delivery, on).map(PregnancyNow::Along)
}

pub fn pregnancy_weeks(expected_delivery: NaiveDate, on: NaiveDate) -> Option<u8> {
    pregnancy_age(expected_delivery, on).map(|g| g.weeks)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }
    fn age(years: u32, months: u32, days: u32) -> Age {
        Age {
            years,
            months,
            days,
        }
    }
    fn ga(weeks: u8, days: u8) -> Option<GestationalAge> {
        Some(GestationalAge { weeks, days })
    }

    #[test]
    fn ages_count_whole_months_and_days() {
        let cases = [
            ("2025-03-15", "2025-03-15", age(0, 0, 0)),
            ("2025-03-15", "2025-04-14", age(0, 0, 30)),
            ("2025-03-15", "2025-04-15", age(0, 1, 0)),
            ("2025-03-15", "2026-03-14", age(0, 11, 27)),
            ("2025-03-15", "2026-03-15", age(1, 0, 0)),
            ("2024-01-31", "2024-02-29", age(0, 1, 0)), // month end, leap year
            ("2025-01-31", "2025-02-28", age(0, 1, 0)),
            ("2025-01-31", "2025-03-30", age(0, 1, 30)),
            ("2025-01-31", "2025-03-31", age(0, 2, 0)),
            ("2024-02-29", "2025-02-28", age(1, 0, 0)), // no 29th: the month's last day counts
            ("2024-02-29", "2025-02-27", age(0, 11, 29)),
            ("2024-02-29", "2025-03-01", age(1, 0, 1)),
            ("2020-06-10", "2026-11-24", age(6, 5, 14)),
        ];
        for (birth, on, want) in cases {
            assert_eq!(age_on(d(birth), d(on)), Some(want), "{birth} → {on}");
        }
        assert_eq!(age_on(d("2025-03-15"), d("2025-03-14")), None);
    }

    #[test]
    fn corrected_age_applies_before_37_weeks_until_24_months() {
        // Born at 32+0: 8 weeks (56 days) early; due date 2025-03-01 + 56 days = 2025-04-26.
        let birth = d("2025-03-01");
        assert_eq!(
            corrected_age_on(birth, ga(32, 0), d("2025-04-20")),
            CorrectedAge::BeforeDueDate { days: 6 }
        );
        assert_eq!(
            corrected_age_on(birth, ga(32, 0), d("2025-07-26")),
            CorrectedAge::Age(age(0, 3, 0))
        );
        assert_eq!(age_on(birth, d("2025-07-26")), Some(age(0, 4, 25)));
        // At 24 months chronological, correction stops.
        assert_eq!(
            corrected_age_on(birth, ga(32, 0), d("2027-02-28")),
            CorrectedAge::Age(age(1, 10, 2))
        );
        assert_eq!(
            corrected_age_on(birth, ga(32, 0), d("2027-03-01")),
            CorrectedAge::NotApplicable
        );
        // 36+6 is preterm, 37+0 is term, unknown gestation is never corrected.
        assert!(matches!(
            corrected_age_on(birth, ga(36, 6), d("2025-06-01")),
            CorrectedAge::Age(_)
        ));
        assert_eq!(
            corrected_age_on(birth, ga(37, 0), d("2025-06-01")),
            CorrectedAge::NotApplicable
        );
        assert_eq!(
            corrected_age_on(birth, None, d("2025-06-01")),
            CorrectedAge::NotApplicable
        );
    }

    #[test]
    fn pregnancy_weeks_count_back_from_the_due_date() {
        assert_eq!(pregnancy_weeks(d("2027-05-20"), d("2027-05-20")), Some(40));
        assert_eq!(pregnancy_weeks(d("2027-05-20"), d("2027-02-25")), Some(28));
        assert_eq!(pregnancy_weeks(d("2027-05-20"), d("2026-01-01")), None);
    }

    #[test]
    fn developmental_age_uses_the_corrected_age_while_it_applies() {
        let birth = d("2025-03-01");
        assert_eq!(
            developmental_age_on(birth, ga(32, 0), d("2025-07-26")),
            Some(age(0, 3, 0))
        );
        assert_eq!(
            developmental_age_on(birth, ga(39, 2), d("2025-07-26")),
            Some(age(0, 4, 25))
        );
        assert_eq!(
            developmental_age_on(birth, ga(28, 0), d("2025-04-01")),
            Some(age(0, 0, 0))
        );
    }

    #[test]
    fn a_pregnancy_stands_by_its_due_date_and_past_it_stays_past_due() {
        let due = d("2026-12-07");
        assert_eq!(pregnancy_now(due, d("2026-12-04")), Some(PregnancyNow::Along(GestationalAge { weeks: 39, days: 4 })));
        assert_eq!(pregnancy_now(due, d("2026-12-07")), Some(PregnancyNow::Along(GestationalAge { weeks: 40, days: 0 })));
        assert_eq!(pregnancy_now(due, d("2026-12-08")), Some(PregnancyNow::PastDue));
        // Long past the 44 weeks a pregnancy can last, still a reminder.
        assert_eq!(pregnancy_now(due, d("2027-03-01")), Some(PregnancyNow::PastDue));
        assert_eq!(pregnancy_now(due, d("2026-02-01")), None, "before its first day");
    }
}
