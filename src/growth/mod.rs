//! PURE: growth centiles against the WHO Child Growth Standards (2006) and
//! the geometry of growth charts. No browser, no clock: ages are arguments.
//!
//! - [`lms`]: the reference tables (compiled in from `data/growth/`) and the
//!   LMS method: z-score, centile, and the value at a given z.
//! - [`normal`]: the standard normal distribution, written here because the
//!   app has no maths crate and the usual short approximations are too coarse.
//! - [`series`]: ages for the chart, and a child's measurements as points.
//! - [`notes`]: per-point flags (below the 3rd, above the 97th centile, a fall
//!   across two centile lines). They are prompts to ask, never a diagnosis.
//! - [`chart`]: centile lines, points, axes as plain numbers and SVG paths.
//! - [`findings`]: a child's measured values with their centiles and notes.
//!
//! Units: the record stores grams and millimetres (whole numbers, so nothing
//! is lost to rounding); the WHO tables and every function here use kg and cm.
//! [`Measure::from_record`] is the single place that converts, because growth
//! charts that misread grams as kilograms are a known failure of other apps.

pub mod chart;
mod chart_axis;
pub mod findings;
pub mod lms;
pub mod normal;
pub mod notes;
pub mod series;

use crate::domain::record::Sex;

/// The centile lines drawn on the chart and counted when a child's centile
/// falls. They are the lines of WHO's own percentile charts (3, 15, 50, 85,
/// 97), about one standard deviation apart, so "two lines crossed" means a
/// fall of roughly one SD or more. The 3/10/25/50/75/90/97 set of the
/// Japanese handbook has lines about half an SD apart around the middle:
/// crossing two of them happens with ordinary measuring error and would
/// alarm parents for nothing.
pub const MAJOR_CENTILES: [u8; 5] = [3, 15, 50, 85, 97];

/// What was measured. Each has its own WHO table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Measure {
    /// Weight-for-age; kg in the tables, grams in the record.
    Weight,
    /// Length-for-age below 24 months (lying down), height-for-age from 24
    /// months (standing), as WHO tabulates it; cm in the tables, mm in the record.
    Length,
    /// Head-circumference-for-age; cm in the tables, mm in the record.
    Head,
}

impl Measure {
    pub const ALL: [Measure; 3] = [Measure::Weight, Measure::Length, Measure::Head];

    /// A record value (grams or millimetres) in table units (kg or cm).
    pub fn from_record(self, raw: u32) -> f64 {
        match self {
            Measure::Weight => raw as f64 / 1000.0,
            Measure::Length | Measure::Head => raw as f64 / 10.0,
        }
    }

    pub(crate) fn index(self) -> usize {
        match self {
            Measure::Weight => 0,
            Measure::Length => 1,
            Measure::Head => 2,
        }
    }
}

/// The reference population to compare with. The record's sex may be
/// "unspecified"; the app then asks which chart to use, so every function
/// here takes this explicit choice instead of guessing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RefSex {
    Male,
    Female,
}

impl RefSex {
    pub const ALL: [RefSex; 2] = [RefSex::Male, RefSex::Female];

    /// The reference for a recorded sex; `None` when it is unspecified.
    pub fn from_sex(sex: Sex) -> Option<RefSex> {
        match sex {
            Sex::Male => Some(RefSex::Male),
            Sex::Female => Some(RefSex::Female),
            Sex::Unspecified => None,
        }
    }

    pub(crate) fn index(self) -> usize {
        match self {
            RefSex::Male => 0,
            RefSex::Female => 1,
        }
    }
}

pub use chart::{growth_chart, AgeLabel, AgeSpan, CentileLine, Chart, PlotPoint, Viewport, XTick, YTick};
pub use findings::{findings, Finding};
pub use lms::{who_2006, Lms, Reference, DAYS_PER_MONTH, MAX_AGE_DAYS};
pub use normal::{centile_of_z, normal_cdf, z_of_centile};
pub use notes::{growth_notes, GrowthNote};
pub use series::{chart_age_days, measured_series};
