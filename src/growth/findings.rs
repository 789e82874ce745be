//! A child's measurements against the reference, one finding per measured
//! value: its chart age, centile and note. The record's pages word them.

use chrono::NaiveDate;

use super::lms::Reference;
use super::notes::{growth_notes, GrowthNote};
use super::series::chart_age_days;
use super::{Measure, RefSex};
use crate::domain::record::{Id, Measurement};

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Finding {
    /// The measurement's id.
    pub id: Id,
    pub measure: Measure,
    pub date: NaiveDate,
    pub age_days: i64,
    /// kg or cm.
    pub value: f64,
    /// 0-100; `None` where the reference has no figure (over 5 years).
    pub centile: Option<f64>,
    pub note: GrowthNote,
}

/// The value of `measure` recorded in `m`, in grams or millimetres.
pub fn raw_value(m: &Measurement, measure: Measure) -> Option<u32> {
    match measure {
        Measure::Weight => m.weight_g,
        Measure::Length => m.length_mm,
        Measure::Head => m.head_mm,
    }
}

/// Every measured weight, length and head of `measurements`, by measure
/// and then by age. Blanks give nothing (never a zero), and so do
/// measurements with no chart age (see [`chart_age_days`]).
pub fn findings(
    reference: &Reference,
    measurements: &[Measurement],
    birth: NaiveDate,
    gestation_days: Option<u32>,
    corrected: bool,
    sex: RefSex,
) -> Vec<Finding> {
    let mut out = Vec::new();
    for measure in Measure::ALL {
        let mut found: Vec<Finding> = measurements
            .iter()
            .filter_map(|m| {
                let raw = raw_value(m, measure)?;
                let age_days = chart_age_days(birth, gestation_days, m.date, corrected)?;
                let value = measure.from_record(raw);
                let centile = reference.centile(measure, sex, age_days as f64, value);
                Some(Finding { id: m.id, measure, date: m.date, age_days, value, centile, note: GrowthNote::NoReference })
            })
            .collect();
        crate::sorting::sort_by_key(&mut found, |f| (f.age_days, f.id));
        // A fall is judged within one way of counting age: the first
        // measurement after correction ends (by real age, months older at
        // once) is not compared with the last one by corrected age.
        let by_real_age = |f: &Finding| chart_age_days(birth, gestation_days, f.date, false) == Some(f.age_days);
        let split = found.iter().position(by_real_age).unwrap_or(found.len());
        let (corrected_part, real_part) = found.split_at_mut(split);
        for part in [corrected_part, real_part] {
            let series: Vec<(i64, f64)> = part.iter().map(|f| (f.age_days, f.value)).collect();
            for (f, note) in part.iter_mut().zip(growth_notes(reference, measure, sex, &series)) {
                f.note = note;
            }
        }
        out.extend(found);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::growth::who_2006;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn m(id: Id, date: &str, weight_g: Option<u32>, length_mm: Option<u32>) -> Measurement {
        Measurement { id, date: d(date), weight_g, length_mm, head_mm: None, chest_mm: None }
    }

    #[test]
    fn each_value_gets_its_centile_and_note_and_blanks_nothing() {
        let birth = d("2025-01-01");
        // Girls' median weight is about 3.2 kg at birth; 2.0 kg at 3 months is far below the 3rd.
        let list = [m(3, "2025-04-01", Some(2000), None), m(1, "2025-01-01", Some(3232), Some(491))];
        let f = findings(who_2006(), &list, birth, None, false, RefSex::Female);
        assert_eq!(f.len(), 3, "two weights and one length; no zero for the blank length");
        assert_eq!((f[0].id, f[0].measure, f[0].age_days), (1, Measure::Weight, 0));
        let birth_centile = f[0].centile.unwrap();
        assert!((45.0..55.0).contains(&birth_centile), "{birth_centile}");
        assert_eq!(f[0].note, GrowthNote::Typical);
        assert_eq!((f[1].id, f[1].age_days), (3, 90));
        assert!(f[1].centile.unwrap() < 1.0);
        assert!(matches!(f[1].note, GrowthNote::Below3rd { .. }));
        assert_eq!((f[2].measure, f[2].value), (Measure::Length, 49.1));
    }

    #[test]
    fn corrected_age_moves_a_preterm_childs_points() {
        let birth = d("2025-01-01");
        let list = [m(1, "2025-03-02", Some(3500), None)];
        let plain = findings(who_2006(), &list, birth, Some(32 * 7), false, RefSex::Male);
        let corrected = findings(who_2006(), &list, birth, Some(32 * 7), true, RefSex::Male);
        assert_eq!(plain[0].age_days, 60);
        assert_eq!(corrected[0].age_days, 4);
        // Small for two months, typical for four days past the due date.
        assert!(plain[0].centile.unwrap() < corrected[0].centile.unwrap());
        assert_eq!(raw_value(&list[0], Measure::Head), None);
    }

    /// Born at 23+0 (119 days early): length growing along one corrected
    /// centile reads much lower by real age. The first measurement after the
    /// second birthday is not a fall from the last one before it.
    #[test]
    fn no_fall_is_read_across_the_end_of_correction() {
        let (birth, gestation) = (d("2024-01-01"), Some(23 * 7));
        let length_at = |date: &str, z: f64| {
            let corrected = chart_age_days(birth, gestation, d(date), true).unwrap();
            let corrected = if d(date) >= d("2026-01-01") { corrected - 119 } else { corrected };
            (who_2006().value_at_z(Measure::Length, RefSex::Female, corrected as f64, z).unwrap() * 10.0).round() as u32
        };
        let list = [m(1, "2025-12-20", None, Some(length_at("2025-12-20", 1.92))), m(2, "2026-01-20", None, Some(length_at("2026-01-20", 1.92)))];
        let f = findings(who_2006(), &list, birth, gestation, true, RefSex::Female);
        let z = |f: &Finding| who_2006().z_score(Measure::Length, RefSex::Female, f.age_days as f64, f.value).unwrap();
        assert!(crate::growth::notes::lines_crossed_down(z(&f[0]), z(&f[1])) >= 2, "the switch alone drops {} to {}", z(&f[0]), z(&f[1]));
        assert_eq!(f[1].note, GrowthNote::Typical);
    }
}
