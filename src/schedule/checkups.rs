//! The standard infant and child checkups (乳幼児健診) and which are done,
//! open now, coming, or past.
//!
//! The list is data (`data/checkups-jp.json`). Only the 1y6m and 3y checkups
//! are required by law (母子保健法 §12); the rest are run by municipalities,
//! whose exact timing varies, so the windows are the common ones and the
//! notes say so.

use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::Serialize;

use crate::data_file::{read_text, Problem};

use super::window::{Span, Window};
use super::Source;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checkups {
    pub source: Source,
    pub as_of: String,
    pub checkups: Vec<Checkup>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checkup {
    pub id: String,
    pub ja: String,
    pub en: String,
    /// Counted from birth (chronological age).
    pub window: Window,
    /// Required by 母子保健法 §12.
    pub statutory: bool,
    pub basis_ja: String,
    pub basis_en: String,
    pub note_ja: String,
    pub note_en: String,
}

/// A checkup the family recorded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CheckupVisit {
    pub id: u64,
    /// A checkup id from the data file ("1m", "3y", …).
    pub checkup: String,
    #[serde(with = "crate::domain::timestamp::date")]
    pub date: NaiveDate,
    pub place: String,
    pub weight_g: Option<u32>,
    pub length_mm: Option<u32>,
    pub head_mm: Option<u32>,
    pub notes: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckupStatus {
    Done(NaiveDate),
    /// In its window, until this day included.
    Now { until: NaiveDate },
    Upcoming { from: NaiveDate },
    /// The window is over and no visit was recorded.
    Passed,
}

/// Minified by `build.rs` from `data/`.
const DATA: &str = include_str!(concat!(env!("OUT_DIR"), "/data/checkups-jp.json"));

impl Checkups {
    pub fn parse(text: &str) -> Result<Checkups, Vec<Problem>> {
        read_text(text, super::read::checkups)
    }

    /// Each checkup with its state on `today`, in the data's order.
    pub fn status(&self, birth: NaiveDate, visits: &[CheckupVisit], today: NaiveDate) -> Vec<(&Checkup, CheckupStatus)> {
        self.checkups
            .iter()
            .filter_map(|c| {
                let span = c.span(birth)?;
                let done = visits.iter().filter(|v| v.checkup == c.id).map(|v| v.date).min();
                let status = match done {
                    Some(date) => CheckupStatus::Done(date),
                    None if today < span.from => CheckupStatus::Upcoming { from: span.from },
                    None if today <= span.until => CheckupStatus::Now { until: span.until },
                    None => CheckupStatus::Passed,
                };
                Some((c, status))
            })
            .collect()
    }
}

impl Checkup {
    /// The window's dates for a child born on `birth`.
    pub fn span(&self, birth: NaiveDate) -> Option<Span> {
        // Checkup windows are all counted from birth; no dose dates apply.
        self.window.resolve(birth, |_| None)
    }
}

/// The built-in list (checked by the tests).
pub fn checkups() -> &'static Checkups {
    static CHECKUPS: OnceLock<Checkups> = OnceLock::new();
    CHECKUPS.get_or_init(|| Checkups::parse(DATA).expect("data/checkups-jp.json is checked by the tests"))
}

/// [`Checkups::status`] with the built-in list.
pub fn checkup_status(birth: NaiveDate, visits: &[CheckupVisit], today: NaiveDate) -> Vec<(&'static Checkup, CheckupStatus)> {
    checkups().status(birth, visits, today)
}
