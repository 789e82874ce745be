//! Age windows as the data files write them, and the dates they mean.
//!
//! Japanese routine vaccination counts ages the legal way (年齢計算ニ関スル法律,
//! 民法 §143, as MHLW's 事務連絡「定期の予防接種における対象者の解釈について」
//! applies it), which differs by a day from the everyday count in
//! `domain::age`:
//! - a child *reaches* N months at the end of the day before the same-numbered
//!   day N months later, or on the last day of that month when it has no such
//!   day (born 31 Jan: 1 month reached on 28/29 Feb; born 1 Apr: 2 months on 31 May);
//! - "生後A月から" opens on the day A months are reached; "B月に至るまで/B歳未満"
//!   includes the day B is reached;
//! - "出生X週Y日後" is a plain day count with the birth day as 0週0日, and
//!   both "から" and "まで" include that day (rotavirus);
//! - an interval "N日以上の間隔" leaves N whole days between doses (27 days:
//!   same weekday four weeks later), and "M月以上" allows the dose from the
//!   same-numbered day M months later (first of the next month when that day
//!   does not exist).

use chrono::{Datelike, Days, Months, NaiveDate};

/// A length written in the data: years and months, or weeks and days.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Offset {
    pub years: u32,
    pub months: u32,
    pub weeks: u32,
    pub days: u32,
}

impl Offset {
    pub fn total_months(&self) -> u32 {
        self.years * 12 + self.months
    }
    pub fn total_days(&self) -> u32 {
        self.weeks * 7 + self.days
    }
    /// Calendar (month) and day lengths are never mixed in the data: the
    /// legal rules for the two differ and a mix has no agreed meaning.
    pub fn is_mixed(&self) -> bool {
        self.total_months() > 0 && self.total_days() > 0
    }
    /// A rough length in days, only for ordering windows in data checks.
    pub fn approx_days(&self) -> u32 {
        self.total_months() * 30 + self.total_days()
    }
}

/// What a window is counted from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Anchor {
    /// The child's age (legal count).
    #[default]
    Birth,
    /// The date of an earlier dose of the same vaccine (interval count).
    Dose(u8),
    /// 1 April of the school year before the child enters primary school
    /// (MR 2期: 小学校就学前の1年間).
    YearBeforeSchool,
}

/// A window in the data: from `start` to `end` after the anchor, both days included.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Window {
    pub from: Anchor,
    pub start: Offset,
    pub end: Offset,
    /// "満N歳を超え" (母子保健法 §12): the window opens the day after the age is reached.
    pub start_after: bool,
}

/// A resolved window: both dates included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub from: NaiveDate,
    pub until: NaiveDate,
}

impl Span {
    pub fn contains(&self, d: NaiveDate) -> bool {
        self.from <= d && d <= self.until
    }
}

/// The day on which `months` months counted from `start` (that day included) are complete.
pub fn reach_months(start: NaiveDate, months: u32) -> Option<NaiveDate> {
    if months == 0 {
        return Some(start);
    }
    let same_day = start.checked_add_months(Months::new(months))?;
    if same_day.day() == start.day() {
        same_day.checked_sub_days(Days::new(1))
    } else {
        // chrono clamped to the month's last day: that month has no such day.
        Some(same_day)
    }
}

/// A bound counted as an age from `anchor` (birth, or the school-year start).
pub fn age_bound(anchor: NaiveDate, o: Offset) -> Option<NaiveDate> {
    reach_months(anchor, o.total_months())?.checked_add_days(Days::new(o.total_days() as u64))
}

/// The first day allowed after an interval of `o` following a dose on `prev`.
pub fn interval_bound(prev: NaiveDate, o: Offset) -> Option<NaiveDate> {
    let whole = if o.total_months() > 0 { reach_months(prev, o.total_months())? } else { prev };
    whole.checked_add_days(Days::new(o.total_days() as u64 + 1))
}

/// 1 April of the year the child enters primary school: the first school
/// year beginning after the day the child reaches 6 (学校教育法 §17). So
/// children born 2 April to 1 April of the next year share a school year.
pub fn school_entry(birth: NaiveDate) -> Option<NaiveDate> {
    let day_after_six = reach_months(birth, 72)?.succ_opt()?;
    let april = NaiveDate::from_ymd_opt(day_after_six.year(), 4, 1)?;
    if day_after_six <= april {
        Some(april)
    } else {
        NaiveDate::from_ymd_opt(day_after_six.year() + 1, 4, 1)
    }
}

impl Window {
    /// The dates this window means for a child born on `birth`; `dose_date`
    /// gives the (recorded or expected) date of an earlier dose.
    pub fn resolve(&self, birth: NaiveDate, dose_date: impl Fn(u8) -> Option<NaiveDate>) -> Option<Span> {
        let (from, until) = match self.from {
            Anchor::Birth => (age_bound(birth, self.start)?, age_bound(birth, self.end)?),
            Anchor::YearBeforeSchool => {
                let anchor = NaiveDate::from_ymd_opt(school_entry(birth)?.year() - 1, 4, 1)?;
                (age_bound(anchor, self.start)?, age_bound(anchor, self.end)?)
            }
            Anchor::Dose(n) => {
                let prev = dose_date(n)?;
                (interval_bound(prev, self.start)?, interval_bound(prev, self.end)?)
            }
        };
        let from = if self.start_after { from.succ_opt()? } else { from };
        Some(Span { from, until })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn months_are_reached_the_day_before_or_at_month_end() {
        // Examples from MHLW's rotavirus Q&A and municipal explanations.
        assert_eq!(reach_months(d(2025, 7, 31), 2), Some(d(2025, 9, 30)));
        assert_eq!(reach_months(d(2025, 4, 1), 2), Some(d(2025, 5, 31)));
        assert_eq!(reach_months(d(2018, 12, 31), 2), Some(d(2019, 2, 28)));
        assert_eq!(reach_months(d(2024, 2, 29), 12), Some(d(2025, 2, 28)));
        assert_eq!(reach_months(d(2020, 4, 1), 12), Some(d(2021, 3, 31)));
    }

    #[test]
    fn intervals_leave_whole_days_or_months_between() {
        let months = |m| Offset { months: m, ..Offset::default() };
        let days = |n| Offset { days: n, ..Offset::default() };
        assert_eq!(interval_bound(d(2025, 4, 1), days(27)), Some(d(2025, 4, 29)));
        assert_eq!(interval_bound(d(2025, 4, 1), days(6)), Some(d(2025, 4, 8)));
        assert_eq!(interval_bound(d(2025, 4, 1), months(3)), Some(d(2025, 7, 1)));
        assert_eq!(interval_bound(d(2025, 11, 30), months(3)), Some(d(2026, 3, 1)));
    }
}
