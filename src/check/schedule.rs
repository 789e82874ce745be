//! Which band is due, its window, and when the next check comes.
//!
//! Bands are placed by developmental age: for a child born before 37 weeks,
//! counted from the due date until 24 months of chronological age (the same
//! rule as `domain::age`), then from the birth date.

use chrono::{Days, Months, NaiveDate};

use super::bank::{Band, Bank};
use super::record::CompletedCheck;
use crate::domain::age::{CORRECT_UNTIL_MONTHS, TERM_WEEKS};
use crate::domain::record::GestationalAge;

/// The date on which a child reaches `months` of developmental age.
pub fn reaches(birth: NaiveDate, gestation: Option<GestationalAge>, months: u32) -> NaiveDate {
    let chronological = birth.checked_add_months(Months::new(months)).unwrap_or(NaiveDate::MAX);
    let Some(g) = gestation.filter(|g| g.weeks < TERM_WEEKS) else { return chronological };
    let due = birth.checked_add_days(Days::new((280u32.saturating_sub(g.total_days())) as u64)).unwrap_or(birth);
    let corrected = due.checked_add_months(Months::new(months)).unwrap_or(NaiveDate::MAX);
    let correction_ends = birth.checked_add_months(Months::new(CORRECT_UNTIL_MONTHS)).unwrap_or(NaiveDate::MAX);
    if corrected < correction_ends { corrected } else { chronological.max(correction_ends) }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Window<'a> {
    pub band: &'a Band,
    pub from: NaiveDate,
    /// The first day of the next band's window (or the end of the checks).
    pub until: NaiveDate,
}

impl Window<'_> {
    /// The check the plan follows: the newest of this band's, in this window.
    pub fn latest<'c>(&self, checks: &'c [CompletedCheck]) -> Option<&'c CompletedCheck> {
        checks
            .iter()
            .filter(|c| c.band == self.band.id && c.date >= self.from)
            .max_by_key(|c| (c.date, c.id))
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Plan<'a> {
    /// Too young: the first check opens on `from`.
    FirstOn { band: &'a Band, from: NaiveDate },
    /// A check is due (or was due on `since`; overdue after the rules' grace days).
    Due { window: Window<'a>, since: NaiveDate, overdue: bool, recheck: bool },
    /// This band's check is done; the next one is on `next` (None: the checks have ended).
    Done { window: Window<'a>, next: Option<NaiveDate> },
    /// Past the last band's window.
    Finished,
}

impl<'a> Plan<'a> {
    pub fn window(&self) -> Option<&Window<'a>> {
        match self {
            Plan::Due { window, .. } | Plan::Done { window, .. } => Some(window),
            _ => None,
        }
    }

    /// The date the next check is due, for home and the result page.
    pub fn next_date(&self) -> Option<NaiveDate> {
        match self {
            Plan::FirstOn { from, .. } => Some(*from),
            Plan::Due { since, .. } => Some(*since),
            Plan::Done { next, .. } => *next,
            Plan::Finished => None,
        }
    }
}

pub fn window_on<'a>(bank: &'a Bank, birth: NaiveDate, gestation: Option<GestationalAge>, on: NaiveDate) -> Option<Window<'a>> {
    let starts: Vec<NaiveDate> = bank.bands.iter().map(|b| reaches(birth, gestation, b.age_months)).collect();
    let at = starts.iter().rposition(|from| *from <= on)?;
    let until = match starts.get(at + 1) {
        Some(next) => *next,
        None => reaches(birth, gestation, bank.rules.last_band_ends_months),
    };
    (on < until).then(|| Window { band: &bank.bands[at], from: starts[at], until })
}

/// `checks` in any order. A "watch" or "incomplete" result in the current
/// band asks for a re-check `recheck_after_watch_months` after it, while the
/// window lasts.
pub fn plan<'a>(
    bank: &'a Bank,
    birth: NaiveDate,
    gestation: Option<GestationalAge>,
    checks: &[CompletedCheck],
    today: NaiveDate,
) -> Plan<'a> {
    let Some(window) = window_on(bank, birth, gestation, today) else {
        let first = &bank.bands[0];
        let from = reaches(birth, gestation, first.age_months);
        return if today < from { Plan::FirstOn { band: first, from } } else { Plan::Finished };
    };
    let grace = Days::new(bank.rules.overdue_after_days as u64);
    let latest = window.latest(checks);
    let next_window = (window.until < reaches(birth, gestation, bank.rules.last_band_ends_months)).then_some(window.until);
    match latest {
        None => {
            let overdue = today >= window.from.checked_add_days(grace).unwrap_or(NaiveDate::MAX);
            Plan::Due { since: window.from, overdue, recheck: false, window }
        }
        Some(check) if check.asks_recheck() => {
            let recheck = check.date.checked_add_months(Months::new(bank.rules.recheck_after_watch_months)).unwrap_or(NaiveDate::MAX);
            if recheck >= window.until {
                Plan::Done { next: next_window, window }
            } else if today >= recheck {
                let overdue = today >= recheck.checked_add_days(grace).unwrap_or(NaiveDate::MAX);
                Plan::Due { since: recheck, overdue, recheck: true, window }
            } else {
                Plan::Done { next: Some(recheck), window }
            }
        }
        Some(_) => Plan::Done { next: next_window, window },
    }
}
