//! Ages for the chart, and a child's measurements of one kind as points.

use chrono::NaiveDate;

use super::Measure;
use crate::domain::age::{age_on, CORRECT_UNTIL_MONTHS};
use crate::domain::record::Measurement;

/// Full term, counted from the first day of the last period (40 weeks).
const TERM_DAYS: i64 = 280;
/// Born before 37+0 weeks is preterm.
const PRETERM_BELOW_DAYS: u32 = 37 * 7;

/// The age in days to plot a measurement taken on `on` at.
///
/// With `corrected`, a child born before 37 weeks is placed by the age
/// counted from the due date, (280 - gestation) days less, for what was
/// measured before the chronological age correction ends at
/// (`domain::age::CORRECT_UNTIL_MONTHS`). So a measurement reads the same
/// before and after the second birthday. Whether to correct at all is the
/// caller's choice, so the chart can offer both. `None` before birth, or
/// before the due date when corrected (there is no WHO reference for those ages).
pub fn chart_age_days(birth: NaiveDate, gestation_days: Option<u32>, on: NaiveDate, corrected: bool) -> Option<i64> {
    let days = (on - birth).num_days();
    let still_corrected = || age_on(birth, on).is_some_and(|age| age.total_months() < CORRECT_UNTIL_MONTHS);
    let shift = match gestation_days {
        Some(g) if corrected && g < PRETERM_BELOW_DAYS && still_corrected() => TERM_DAYS - g as i64,
        _ => 0,
    };
    let age = days - shift;
    (days >= 0 && age >= 0).then_some(age)
}

/// The points (age in days, value in kg or cm) of one measure, sorted by age.
///
/// A measurement that did not record this measure gives no point: a blank
/// is never read as zero. Measurements with no chart age (before birth, or
/// before the due date when corrected) are left out too.
pub fn measured_series(
    measurements: &[Measurement],
    measure: Measure,
    birth: NaiveDate,
    gestation_days: Option<u32>,
    corrected: bool,
) -> Vec<(i64, f64)> {
    let mut points: Vec<(i64, f64)> = measurements
        .iter()
        .filter_map(|m| {
            let raw = match measure {
                Measure::Weight => m.weight_g,
                Measure::Length => m.length_mm,
                Measure::Head => m.head_mm,
            }?;
            let age = chart_age_days(birth, gestation_days, m.date, corrected)?;
            Some((age, measure.from_record(raw)))
        })
        .collect();
    // Unstable (smaller code) with a total key: same-day values in value order.
    crate::sorting::sort_by(&mut points, |a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)));
    points
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn correction_applies_only_to_preterm_children_and_only_when_asked() {
        let birth = d("2024-01-01");
        let on = d("2024-03-01"); // 60 days old
        assert_eq!(chart_age_days(birth, Some(32 * 7), on, false), Some(60));
        assert_eq!(chart_age_days(birth, Some(32 * 7), on, true), Some(60 - 56));
        assert_eq!(chart_age_days(birth, Some(36 * 7 + 6), on, true), Some(60 - 22));
        assert_eq!(chart_age_days(birth, Some(37 * 7), on, true), Some(60));
        assert_eq!(chart_age_days(birth, None, on, true), Some(60));
        // Before the due date there is no point to plot, nor before birth.
        assert_eq!(chart_age_days(birth, Some(28 * 7), on, true), None);
        assert_eq!(chart_age_days(birth, None, d("2023-12-31"), false), None);
    }

    #[test]
    fn a_measurement_keeps_its_corrected_age_after_the_second_birthday_and_later_ones_are_chronological() {
        let birth = d("2024-01-01");
        // Born at 28+0: 84 days early.
        assert_eq!(chart_age_days(birth, Some(28 * 7), d("2025-12-31"), true), Some(730 - 84));
        // From the day 24 months are reached, by chronological age.
        assert_eq!(chart_age_days(birth, Some(28 * 7), d("2026-01-01"), true), Some(731));
    }

    #[test]
    fn blanks_give_no_point_and_units_are_converted() {
        let m = |id: u64, date: &str, weight_g: Option<u32>, length_mm: Option<u32>| Measurement {
            id,
            date: d(date),
            weight_g,
            length_mm,
            head_mm: None,
            chest_mm: None,
        };
        let list = [m(2, "2024-02-01", None, Some(540)), m(1, "2024-01-01", Some(3250), None)];
        let birth = d("2024-01-01");
        assert_eq!(measured_series(&list, Measure::Weight, birth, None, false), vec![(0, 3.25)]);
        assert_eq!(measured_series(&list, Measure::Length, birth, None, false), vec![(31, 54.0)]);
        assert!(measured_series(&list, Measure::Head, birth, None, false).is_empty());
    }
}
