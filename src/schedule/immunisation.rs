//! Japan's routine childhood immunisation schedule (定期接種) and where a
//! child stands in it.
//!
//! The schedule is data (`data/immunisation-jp.json`, compiled in); this
//! module only applies it. Ages are always chronological: vaccines follow the
//! age since birth even for a child born preterm, unlike development checks.

use std::sync::OnceLock;

use chrono::{Days, NaiveDate};
use serde::Serialize;

use crate::data_file::{read_text, Problem};

use super::window::{age_bound, interval_bound, Offset, Span, Window};
use super::Source;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Schedule {
    pub source: Source,
    /// The date from which the rules in the file are in force.
    pub as_of: String,
    pub vaccines: Vec<Vaccine>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Vaccine {
    pub id: String,
    pub ja: String,
    pub en: String,
    /// The routine (公費) window; a dose or product may narrow or replace it.
    pub legal: Window,
    /// Injectable live vaccines must be 27 days apart from each other unless
    /// given the same day (実施要領, since October 2020).
    pub live_injected: bool,
    pub products: Vec<Product>,
    /// The product whose windows are shown until the family records one.
    pub default_product: Option<String>,
    pub note_ja: String,
    pub note_en: String,
    pub doses: Vec<Dose>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Product {
    pub id: String,
    pub ja: String,
    pub en: String,
    pub doses: u8,
    pub legal: Option<Window>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dose {
    pub dose: u8,
    pub ja: String,
    pub en: String,
    /// The standard period (標準的な接種期間); the legal window when absent.
    pub recommended: Option<Window>,
    pub legal: Option<Window>,
    pub min_intervals: Vec<MinInterval>,
    /// A course started late has fewer doses (PCV): this one is left out
    /// when any of these earlier doses was given past its age.
    pub skipped_if: Vec<SkippedIf>,
    /// Only in these products' courses (rotavirus dose 3: pentavalent only).
    pub products: Vec<String>,
    pub note_ja: String,
    pub note_en: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MinInterval {
    pub after: u8,
    pub at_least: Offset,
}

/// See [`Dose::skipped_if`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SkippedIf {
    pub dose: u8,
    /// `dose` given after the day this age is reached (legal count:
    /// 「生後N月に至った日の翌日以降」) means this dose is not in the course.
    pub given_after: Offset,
}

/// A dose the family recorded, as stored in the handbook record.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct RecordedDose {
    /// A vaccine id from the data file ("hepb", "mr", …).
    pub vaccine: String,
    pub dose: u8,
    #[serde(with = "crate::domain::timestamp::date")]
    pub date: NaiveDate,
    pub lot: String,
    /// The product id when the vaccine has several ("rv1", "rv5"); it decides
    /// the course. Optional so records without it stay readable.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub product: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    Done(NaiveDate),
    /// Within the standard period and allowed now, until this day included.
    DueNow { until: NaiveDate },
    /// Past the standard period since this day, still routine until `legal.until`.
    Overdue { since: NaiveDate },
    /// Not yet: from this day (the later of the standard start and the earliest allowed).
    Upcoming { from: NaiveDate },
    /// The routine window has closed (or cannot be met any more).
    Missed,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DoseStatus<'a> {
    pub vaccine: &'a Vaccine,
    pub dose: &'a Dose,
    pub state: State,
    pub recommended: Span,
    pub legal: Span,
    /// The first day allowed by the legal start, minimum intervals and live-vaccine spacing.
    pub earliest: NaiveDate,
    /// A recorded dose dated before `earliest`: worth checking the date.
    pub given_early: bool,
    pub product: Option<&'a Product>,
    /// No product recorded yet: `product` is the data's default.
    pub product_assumed: bool,
    /// Its dates count from an earlier dose not recorded yet: they move
    /// with the day that one is given.
    pub after_unrecorded: bool,
}

impl DoseStatus<'_> {
    /// Still to be given: neither done nor past its routine window.
    pub fn is_open(&self) -> bool {
        !matches!(self.state, State::Done(_) | State::Missed)
    }
}

/// What comes next: everything due on `on` (today when something is due now or overdue).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NextDue<'a> {
    pub on: NaiveDate,
    pub doses: Vec<DoseStatus<'a>>,
}

/// Minified by `build.rs` from `data/`.
const DATA: &str = include_str!(concat!(env!("OUT_DIR"), "/data/immunisation-jp.json"));

impl Schedule {
    pub fn parse(text: &str) -> Result<Schedule, Vec<Problem>> {
        read_text(text, super::read::schedule)
    }

    pub fn vaccine(&self, id: &str) -> Option<&Vaccine> {
        self.vaccines.iter().find(|v| v.id == id)
    }

    /// Every scheduled dose, in the data's order, with its state on `today`.
    pub fn status(&self, birth: NaiveDate, doses: &[RecordedDose], today: NaiveDate) -> Vec<DoseStatus<'_>> {
        let live_dates = |except: &str| -> Vec<NaiveDate> {
            let live = |id: &str| self.vaccine(id).is_some_and(|v| v.live_injected);
            doses.iter().filter(|r| r.vaccine != except && live(&r.vaccine)).map(|r| r.date).collect()
        };
        let mut out = Vec::new();
        for vaccine in &self.vaccines {
            let records: Vec<&RecordedDose> = doses.iter().filter(|r| r.vaccine == vaccine.id).collect();
            let others_live = if vaccine.live_injected { live_dates(&vaccine.id) } else { Vec::new() };
            vaccine_status(vaccine, birth, &records, &others_live, today, &mut out);
        }
        out
    }

    pub fn next_due(&self, birth: NaiveDate, doses: &[RecordedDose], today: NaiveDate) -> Option<NextDue<'_>> {
        let open: Vec<_> = self.status(birth, doses, today).into_iter().filter(DoseStatus::is_open).collect();
        let now: Vec<_> = open.iter().filter(|s| matches!(s.state, State::DueNow { .. } | State::Overdue { .. })).cloned().collect();
        if !now.is_empty() {
            return Some(NextDue { on: today, doses: now });
        }
        let on = open.iter().filter_map(|s| if let State::Upcoming { from } = s.state { Some(from) } else { None }).min()?;
        let doses = open.into_iter().filter(|s| s.state == State::Upcoming { from: on }).collect();
        Some(NextDue { on, doses })
    }
}

/// The built-in schedule. The file is checked by the tests, so failing to
/// read it here is a build mistake, not a user's situation.
pub fn schedule() -> &'static Schedule {
    static SCHEDULE: OnceLock<Schedule> = OnceLock::new();
    SCHEDULE.get_or_init(|| Schedule::parse(DATA).expect("data/immunisation-jp.json is checked by the tests"))
}

/// [`Schedule::status`] with the built-in schedule.
pub fn status(birth: NaiveDate, doses: &[RecordedDose], today: NaiveDate) -> Vec<DoseStatus<'static>> {
    schedule().status(birth, doses, today)
}

/// [`Schedule::next_due`] with the built-in schedule.
pub fn next_due(birth: NaiveDate, doses: &[RecordedDose], today: NaiveDate) -> Option<NextDue<'static>> {
    schedule().next_due(birth, doses, today)
}

/// The course: of the recorded products, the one with the most doses (a
/// course begun with one product and finished with another is given in
/// full); a product that holds every recorded dose number when the recorded
/// one does not (no recorded dose ever drops out of sight); else the default.
/// Independent of the order the doses were recorded or corrected in.
fn product_of<'a>(vaccine: &'a Vaccine, records: &[&RecordedDose]) -> (Option<&'a Product>, bool) {
    let find = |id: &str| vaccine.products.iter().find(|p| p.id == id);
    let highest = records.iter().map(|r| r.dose).max().unwrap_or(0);
    let holding = || vaccine.products.iter().find(|p| p.doses >= highest);
    let recorded = records.iter().filter_map(|r| r.product.as_deref()).filter_map(find).max_by_key(|p| p.doses);
    if let Some(p) = recorded {
        return (Some(if p.doses >= highest { p } else { holding().unwrap_or(p) }), false);
    }
    let default = vaccine.default_product.as_deref().and_then(find);
    if default.is_some_and(|p| highest > p.doses) {
        if let Some(p) = holding() {
            return (Some(p), false);
        }
    }
    (default, default.is_some())
}

fn vaccine_status<'a>(vaccine: &'a Vaccine, birth: NaiveDate, records: &[&RecordedDose], others_live: &[NaiveDate], today: NaiveDate, out: &mut Vec<DoseStatus<'a>>) {
    let (product, product_assumed) = product_of(vaccine, records);
    // Recorded dates, or for doses not yet given the day they could be given:
    // later doses are counted from these.
    // A few doses: a list, the latest entry for a dose number winning (a map
    // type of its own cost the wasm about 1 KiB).
    let mut dates: Vec<(u8, NaiveDate)> = Vec::new();
    for dose in &vaccine.doses {
        if !dose.products.is_empty() && !product.is_some_and(|p| dose.products.contains(&p.id)) {
            continue;
        }
        let given = |n: u8| records.iter().filter(|r| r.dose == n).map(|r| r.date).min();
        let skipped = dose.skipped_if.iter().any(|rule| {
            given(rule.dose).zip(age_bound(birth, rule.given_after)).is_some_and(|(date, reached)| date > reached)
        });
        if skipped && given(dose.dose).is_none() {
            // Not in this child's course: the next dose counts from the one before.
            if let Some(&(_, before)) = dates.last() {
                dates.push((dose.dose, before));
            }
            continue;
        }
        let legal_window = dose.legal.or(product.and_then(|p| p.legal)).unwrap_or(vaccine.legal);
        let at = |n: u8| dates.iter().rev().find(|(dose, _)| *dose == n).map(|&(_, date)| date);
        let (Some(legal), Some(recommended)) = (legal_window.resolve(birth, at), dose.recommended.unwrap_or(legal_window).resolve(birth, at)) else {
            continue;
        };
        let mut earliest = legal.from;
        for rule in &dose.min_intervals {
            if let Some(bound) = at(rule.after).and_then(|prev| interval_bound(prev, rule.at_least)) {
                earliest = earliest.max(bound);
            }
        }
        let recorded = given(dose.dose);
        // Another live vaccine forbids a gap of days, not a start: check the
        // day the dose could actually be given (today at the soonest).
        let soonest = earliest.max(today);
        let spaced = after_live_spacing(soonest, others_live);
        if recorded.is_none() && spaced > soonest {
            earliest = spaced;
        }
        let state = match recorded {
            Some(date) => State::Done(date),
            None => open_state(recommended, legal, earliest, today),
        };
        let date = match state {
            State::Done(d) => d,
            State::Upcoming { from } => from,
            // No longer to be given: no base for the next dose's interval,
            // which would otherwise move on with every day.
            State::Missed => dates.last().map_or(today.max(earliest), |&(_, before)| before),
            _ => today.max(earliest),
        };
        dates.push((dose.dose, date));
        let given_early = recorded.is_some_and(|d| d < earliest || after_live_spacing(d, others_live) > d);
        let anchors = dose.min_intervals.iter().map(|rule| rule.after).chain([dose.recommended, dose.legal].into_iter().flatten().filter_map(|w| match w.from {
            super::window::Anchor::Dose(n) => Some(n),
            _ => None,
        }));
        let after_unrecorded = recorded.is_none() && anchors.into_iter().any(|n| given(n).is_none());
        out.push(DoseStatus { vaccine, dose, state, recommended, legal, earliest, given_early, product, product_assumed, after_unrecorded });
    }
}

fn open_state(recommended: Span, legal: Span, earliest: NaiveDate, today: NaiveDate) -> State {
    if today > legal.until || earliest > legal.until {
        return State::Missed;
    }
    let due_from = recommended.from.max(earliest);
    let due_until = recommended.until.min(legal.until);
    if due_from <= due_until {
        if today < due_from {
            State::Upcoming { from: due_from }
        } else if today <= due_until {
            State::DueNow { until: due_until }
        } else {
            State::Overdue { since: due_until + Days::new(1) }
        }
    } else if today < earliest {
        // The standard period cannot be met any more (a late earlier dose).
        State::Upcoming { from: earliest }
    } else {
        State::Overdue { since: (recommended.until + Days::new(1)).min(earliest) }
    }
}

/// Moves `day` past the 27 clear days after any other injectable live vaccine
/// (the same day as it is allowed).
fn after_live_spacing(mut day: NaiveDate, others: &[NaiveDate]) -> NaiveDate {
    let mut sorted = others.to_vec();
    crate::sorting::sort(&mut sorted);
    for given in sorted {
        let free = given + Days::new(28);
        if day > given && day < free {
            day = free;
        }
    }
    day
}
