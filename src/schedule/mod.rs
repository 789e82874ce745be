//! PURE: Japan's routine immunisation schedule, the standard infant checkups
//! and an iCalendar export. The schedules are data (`data/*.json`, compiled
//! in); no browser, no clock: "today" is an argument. Ages are chronological.

pub mod checkups;
pub mod ics;
pub mod immunisation;
mod read;
pub mod window;

/// Where a data file's facts come from, shown in the app's about page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Source {
    pub ja: String,
    pub en: String,
    /// The edition of the sources the data follows.
    pub version: String,
}
