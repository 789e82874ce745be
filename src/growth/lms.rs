//! The WHO reference tables and the LMS method (Cole 1990, as used by WHO 2006).
//!
//! A table gives, at each age, L (skewness, a Box-Cox power), M (median) and
//! S (coefficient of variation). A value X has
//! z = ((X/M)^L - 1) / (L*S), or ln(X/M)/S when L = 0.

use std::sync::OnceLock;

use serde_json::Value;

use crate::data_file::{list, number, object, read_text, Fault, Kind, Notes};

use super::{normal, Measure, RefSex};

/// WHO counts a month as 30.4375 days (365.25 / 12); its monthly tables sit
/// at exact multiples of it.
pub const DAYS_PER_MONTH: f64 = 30.4375;
/// The tables end at 60 months.
pub const MAX_AGE_DAYS: f64 = 60.0 * DAYS_PER_MONTH;

/// Minified by `build.rs` from `data/`.
const DATA: &str = include_str!(concat!(env!("OUT_DIR"), "/data/who-2006-lms.json"));

/// L, M and S at one age.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Lms {
    pub l: f64,
    pub m: f64,
    pub s: f64,
}

impl Lms {
    /// The plain LMS z-score of `x` (table units); `None` unless `x` is a
    /// positive number.
    pub fn z(&self, x: f64) -> Option<f64> {
        if !(x.is_finite() && x > 0.0) {
            return None;
        }
        let ratio = x / self.m;
        let z = if self.l == 0.0 { ratio.ln() / self.s } else { (ratio.powf(self.l) - 1.0) / (self.l * self.s) };
        z.is_finite().then_some(z)
    }

    /// The value whose plain LMS z-score is `z`; `None` where the curve has
    /// no positive value (far below -10 SD).
    pub fn value(&self, z: f64) -> Option<f64> {
        let x = if self.l == 0.0 {
            self.m * (self.s * z).exp()
        } else {
            let base = 1.0 + self.l * self.s * z;
            if base <= 0.0 {
                return None;
            }
            self.m * base.powf(1.0 / self.l)
        };
        (x.is_finite() && x > 0.0).then_some(x)
    }
}

/// One measure's table for one sex: rows sorted by age, split into pieces
/// where the table steps (length → height at 24 months has two rows at the
/// same age; the curve is not continuous there and is never smoothed across).
#[derive(Debug)]
struct Table {
    ages: Vec<f64>,
    lms: Vec<Lms>,
    /// Row index ranges of the continuous pieces, in age order.
    pieces: Vec<(usize, usize)>,
}

/// Which side of a step in the table to read at exactly the step's age.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Side {
    /// The curve arriving at this age (recumbent length at 24 months).
    Before,
    /// The curve leaving this age (standing height at 24 months).
    After,
}

impl Table {
    fn new(rows: &[[f64; 4]]) -> Table {
        let ages: Vec<f64> = rows.iter().map(|r| r[0]).collect();
        let lms = rows.iter().map(|r| Lms { l: r[1], m: r[2], s: r[3] }).collect();
        let mut pieces = Vec::new();
        let mut start = 0;
        for i in 1..ages.len() {
            assert!(ages[i] >= ages[i - 1], "growth table not sorted by age");
            if ages[i] == ages[i - 1] {
                pieces.push((start, i));
                start = i;
            }
        }
        pieces.push((start, ages.len()));
        Table { ages, lms, pieces }
    }

    fn at(&self, age: f64, side: Side) -> Option<Lms> {
        let last = *self.ages.last()?;
        if !(age >= 0.0 && age <= last) {
            return None;
        }
        let covers = |&&(a, b): &&(usize, usize)| self.ages[a] <= age && age <= self.ages[b - 1];
        let piece = match side {
            Side::Before => self.pieces.iter().find(covers),
            Side::After => self.pieces.iter().rev().find(covers),
        }?;
        Some(interpolate(&self.ages[piece.0..piece.1], &self.lms[piece.0..piece.1], age))
    }
}

/// Cubic (four-point Lagrange) interpolation inside one continuous piece.
/// Straight lines between monthly rows would put the median up to 0.23% off
/// WHO's daily table in the fourth month (z off by 0.02); the cubic stays
/// within 0.005% (see the tests against WHO's daily figures). At a row's own
/// age it returns that row exactly.
fn interpolate(ages: &[f64], lms: &[Lms], age: f64) -> Lms {
    let n = ages.len();
    if n == 1 {
        return lms[0];
    }
    let seg = ages.partition_point(|&a| a <= age).saturating_sub(1).min(n - 2);
    let start = seg.saturating_sub(1).min(n.saturating_sub(4));
    let end = (start + 4).min(n);
    let (mut l, mut m, mut s) = (0.0, 0.0, 0.0);
    for p in start..end {
        let mut w = 1.0;
        for q in start..end {
            if q != p {
                w *= (age - ages[q]) / (ages[p] - ages[q]);
            }
        }
        l += w * lms[p].l;
        m += w * lms[p].m;
        s += w * lms[p].s;
    }
    Lms { l, m, s }
}

type BySex = [Vec<[f64; 4]>; 2];

/// `data/growth/who-2006-lms.json`: `tables.<measure>.<sex>` as rows of
/// `[age_days, L, M, S]`, beside fields that document the file.
fn read_file(value: &Value, notes: &Notes) -> [BySex; 3] {
    fn row(value: &Value, notes: &Notes) -> [f64; 4] {
        let cells = list(value, notes, number);
        cells.try_into().unwrap_or_else(|_| {
            notes.problem(Fault::Expected(Kind::AgeRow));
            [0.0; 4]
        })
    }
    fn by_sex(value: &Value, notes: &Notes) -> BySex {
        object(value, notes, |f| [f.req("male", |v, n| list(v, n, row)), f.req("female", |v, n| list(v, n, row))])
    }
    fn tables(value: &Value, notes: &Notes) -> [BySex; 3] {
        object(value, notes, |f| [f.req("weight", by_sex), f.req("length", by_sex), f.req("head", by_sex)])
    }
    object(value, notes, |f| {
        for documentation in ["source", "licence", "format", "units"] {
            f.opt(documentation, |_, _| ());
        }
        f.req("tables", tables)
    })
}

/// The WHO Child Growth Standards for weight, length/height and head
/// circumference, 0-60 months, both sexes.
#[derive(Debug)]
pub struct Reference {
    /// [measure][sex], in the order of `Measure::index` and `RefSex::index`.
    tables: [[Table; 2]; 3],
}

/// The compiled-in reference, parsed on first use and kept.
pub fn who_2006() -> &'static Reference {
    static REFERENCE: OnceLock<Reference> = OnceLock::new();
    REFERENCE.get_or_init(|| {
        // The file is part of the build and a test parses it: failing here
        // means a broken build, not bad user data.
        let tables = read_text(DATA, read_file).expect("data/growth/who-2006-lms.json is checked by the tests");
        Reference { tables: tables.map(|by_sex| by_sex.map(|rows| Table::new(&rows))) }
    })
}

impl Reference {
    fn table(&self, measure: Measure, sex: RefSex) -> &Table {
        &self.tables[measure.index()][sex.index()]
    }

    /// L, M, S at `age_days` (0 to [`MAX_AGE_DAYS`]); `None` outside.
    pub fn lms(&self, measure: Measure, sex: RefSex, age_days: f64) -> Option<Lms> {
        self.table(measure, sex).at(age_days, Side::After)
    }

    pub(crate) fn lms_on(&self, measure: Measure, sex: RefSex, age_days: f64, side: Side) -> Option<Lms> {
        self.table(measure, sex).at(age_days, side)
    }

    /// Ages where the table steps from one curve to another (24 months for
    /// length → height); charts draw a vertical step there.
    pub fn steps(&self, measure: Measure, sex: RefSex) -> Vec<f64> {
        let t = self.table(measure, sex);
        t.pieces.iter().skip(1).map(|&(a, _)| t.ages[a]).collect()
    }

    /// The z-score of `value` (kg or cm) at `age_days`; `None` outside 0-60
    /// months or for a value that is not a positive number.
    ///
    /// Weight beyond ±3 SD follows WHO's restricted method (WHO 2006, ch. 7):
    /// the skewed LMS tail would stretch or squeeze extreme z-scores, so WHO
    /// measures beyond ±3 SD in steps of the distance between the 2 and 3 SD
    /// lines. This matches WHO Anthro. Length and head have L = 1 (no skew).
    pub fn z_score(&self, measure: Measure, sex: RefSex, age_days: f64, value: f64) -> Option<f64> {
        let lms = self.lms(measure, sex, age_days)?;
        let z = lms.z(value)?;
        if measure != Measure::Weight || z.abs() <= 3.0 {
            return Some(z);
        }
        let sign = z.signum();
        let sd3 = lms.value(3.0 * sign)?;
        let sd23 = (sd3 - lms.value(2.0 * sign)?) * sign;
        Some(3.0 * sign + (value - sd3) / sd23)
    }

    /// The centile (0-100) of `value` (kg or cm) at `age_days`.
    pub fn centile(&self, measure: Measure, sex: RefSex, age_days: f64, value: f64) -> Option<f64> {
        self.z_score(measure, sex, age_days, value).map(normal::centile_of_z)
    }

    /// The value (kg or cm) at z-score `z`: the inverse of [`Reference::z_score`].
    pub fn value_at_z(&self, measure: Measure, sex: RefSex, age_days: f64, z: f64) -> Option<f64> {
        let lms = self.lms(measure, sex, age_days)?;
        value_from_lms(measure, lms, z)
    }

    pub(crate) fn value_at_z_on(&self, measure: Measure, sex: RefSex, age_days: f64, z: f64, side: Side) -> Option<f64> {
        value_from_lms(measure, self.lms_on(measure, sex, age_days, side)?, z)
    }
}

fn value_from_lms(measure: Measure, lms: Lms, z: f64) -> Option<f64> {
    if !z.is_finite() {
        return None;
    }
    if measure != Measure::Weight || z.abs() <= 3.0 {
        return lms.value(z);
    }
    let sign = z.signum();
    let sd3 = lms.value(3.0 * sign)?;
    let sd23 = (sd3 - lms.value(2.0 * sign)?) * sign;
    let x = sd3 + (z - 3.0 * sign) * sd23;
    (x > 0.0).then_some(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_parses_and_spans_0_to_60_months() {
        let r = who_2006();
        for m in Measure::ALL {
            for s in RefSex::ALL {
                let t = r.table(m, s);
                assert_eq!(t.ages[0], 0.0);
                assert_eq!(*t.ages.last().unwrap(), MAX_AGE_DAYS);
                // 61 monthly rows + weeks 1-13 (+ the height row at 24 months).
                let extra = if m == Measure::Length { 1 } else { 0 };
                assert_eq!(t.ages.len(), 74 + extra, "{m:?} {s:?}");
                assert!(t.lms.iter().all(|x| x.m > 0.0 && x.s > 0.0));
            }
        }
    }

    #[test]
    fn rows_are_returned_exactly_and_ages_outside_are_refused() {
        let r = who_2006();
        let birth = r.lms(Measure::Weight, RefSex::Male, 0.0).unwrap();
        assert_eq!(birth, Lms { l: 0.3487, m: 3.3464, s: 0.14602 });
        assert_eq!(r.lms(Measure::Weight, RefSex::Male, -1.0), None);
        assert_eq!(r.lms(Measure::Weight, RefSex::Male, MAX_AGE_DAYS + 0.5), None);
        assert_eq!(r.lms(Measure::Weight, RefSex::Male, f64::NAN), None);
        assert!(r.lms(Measure::Weight, RefSex::Male, MAX_AGE_DAYS).is_some());
    }

    #[test]
    fn length_steps_to_height_at_24_months() {
        let r = who_2006();
        let step = 24.0 * DAYS_PER_MONTH;
        assert_eq!(r.steps(Measure::Length, RefSex::Male), vec![step]);
        assert!(r.steps(Measure::Weight, RefSex::Female).is_empty());
        let before = r.lms_on(Measure::Length, RefSex::Male, step, Side::Before).unwrap();
        let after = r.lms_on(Measure::Length, RefSex::Male, step, Side::After).unwrap();
        assert_eq!(before.m, 87.8161);
        assert_eq!(after.m, 87.1161);
        // Whole days never land on the step: day 730 is lying, 731 standing,
        // as in WHO's daily table (87.8018 and 87.1303 cm).
        assert!((r.lms(Measure::Length, RefSex::Male, 730.0).unwrap().m - 87.8018).abs() < 0.001);
        assert!((r.lms(Measure::Length, RefSex::Male, 731.0).unwrap().m - 87.1303).abs() < 0.001);
    }
}
