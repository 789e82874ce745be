//! Flags on a child's growth points, as data for the page to word gently.
//!
//! These are prompts to talk with the checkup staff, never a diagnosis:
//! a child can be well and small. The page chooses the words.

use super::lms::Reference;
use super::{normal, Measure, RefSex, MAJOR_CENTILES};

/// What one measurement shows against the reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GrowthNote {
    /// No reference at this age (over 60 months) or the value is not a
    /// positive number: nothing to say.
    NoReference,
    /// Between the 3rd and 97th centiles, and no fall across two lines.
    Typical,
    /// Below the 3rd centile. `falling` when it also fell across two or
    /// more centile lines since the previous measurement, which is more
    /// reason to ask than a child who has always been small.
    Below3rd { falling: bool },
    /// Above the 97th centile.
    Above97th,
    /// Within the 3rd-97th centiles, but fell across `lines` (two or more)
    /// of the [`MAJOR_CENTILES`] lines since the previous measurement.
    FellAcross { lines: u8 },
}

/// Newborns lose weight in the first days and regain their birth weight by
/// about two weeks; a fall measured before then is expected, not a warning.
const WEIGHT_SETTLES_DAYS: i64 = 14;

/// The z-scores of the [`MAJOR_CENTILES`] lines.
pub fn major_line_z() -> [f64; 5] {
    MAJOR_CENTILES.map(|c| normal::z_of_centile(c as f64).unwrap_or(0.0))
}

/// How many of the major lines lie in (to, from]: the lines crossed on the
/// way down from z `from` to z `to`.
pub fn lines_crossed_down(from: f64, to: f64) -> u8 {
    major_line_z().iter().filter(|&&line| to < line && line <= from).count() as u8
}

/// One note per point of `series` (age in days, value in kg or cm), in the
/// order given. A fall is judged against the previous point in age order
/// that had a reference.
pub fn growth_notes(reference: &Reference, measure: Measure, sex: RefSex, series: &[(i64, f64)]) -> Vec<GrowthNote> {
    let z_at = |&(age, value): &(i64, f64)| reference.z_score(measure, sex, age as f64, value);
    let (z3, z97) = (major_line_z()[0], major_line_z()[4]);
    let mut order: Vec<usize> = (0..series.len()).collect();
    crate::sorting::sort_by_key(&mut order, |&i| (series[i].0, i));

    let mut notes = vec![GrowthNote::NoReference; series.len()];
    let mut previous: Option<f64> = None;
    for i in order {
        let Some(z) = z_at(&series[i]) else { continue };
        let settled = measure != Measure::Weight || series[i].0 >= WEIGHT_SETTLES_DAYS;
        let crossed = match previous {
            Some(before) if settled => lines_crossed_down(before, z),
            _ => 0,
        };
        notes[i] = if z < z3 {
            GrowthNote::Below3rd { falling: crossed >= 2 }
        } else if z > z97 {
            GrowthNote::Above97th
        } else if crossed >= 2 {
            GrowthNote::FellAcross { lines: crossed }
        } else {
            GrowthNote::Typical
        };
        previous = Some(z);
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::growth::who_2006;

    fn at_z(measure: Measure, age: i64, z: f64) -> (i64, f64) {
        (age, who_2006().value_at_z(measure, RefSex::Female, age as f64, z).unwrap())
    }

    #[test]
    fn positions_and_falls() {
        let w = Measure::Weight;
        let series = [at_z(w, 30, 0.5), at_z(w, 120, -1.2), at_z(w, 200, -2.5), at_z(w, 300, 2.2), (9999, 10.0)];
        let notes = growth_notes(who_2006(), w, RefSex::Female, &series);
        assert_eq!(
            notes,
            vec![
                GrowthNote::Typical,
                // 0.5 → -1.2 crosses the 50th (0) and 15th (-1.04) lines.
                GrowthNote::FellAcross { lines: 2 },
                // -1.2 → -2.5 crosses only the 3rd line: small, not falling.
                GrowthNote::Below3rd { falling: false },
                GrowthNote::Above97th,
                GrowthNote::NoReference,
            ]
        );
    }

    #[test]
    fn newborn_weight_loss_is_not_a_fall_but_a_later_one_is() {
        let w = Measure::Weight;
        let early = [at_z(w, 0, 0.3), at_z(w, 7, -1.3)];
        assert_eq!(growth_notes(who_2006(), w, RefSex::Female, &early)[1], GrowthNote::Typical);
        let month = [at_z(w, 0, 0.3), at_z(w, 30, -1.3)];
        assert_eq!(growth_notes(who_2006(), w, RefSex::Female, &month)[1], GrowthNote::FellAcross { lines: 2 });
        // Length has no such settling period.
        let l = Measure::Length;
        let length = [at_z(l, 0, 0.3), at_z(l, 7, -1.3)];
        assert_eq!(growth_notes(who_2006(), l, RefSex::Female, &length)[1], GrowthNote::FellAcross { lines: 2 });
    }

    #[test]
    fn order_given_is_kept_and_falls_use_age_order() {
        let w = Measure::Weight;
        let series = [at_z(w, 200, -2.5), at_z(w, 30, 0.5)];
        let notes = growth_notes(who_2006(), w, RefSex::Female, &series);
        assert_eq!(notes, vec![GrowthNote::Below3rd { falling: true }, GrowthNote::Typical]);
    }
}
