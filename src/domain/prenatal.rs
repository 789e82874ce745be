//! PURE: what a prenatal checkup's recorded values are worth mentioning to
//! the family. Guidance, never a diagnosis: the clinic that measured them
//! already knows; the note says when not to wait for the next checkup.
//!
//! Thresholds of the Japan Society for the Study of Hypertension in
//! Pregnancy's 2018 definition (日本妊娠高血圧学会, 妊娠高血圧症候群の新定義・
//! 臨床分類): hypertension at 140 mmHg systolic or 90 diastolic, severe at
//! 160 or 110. Protein in the urine alongside it is what the definition
//! watches for, so a strip of + or more is mentioned too.

use super::record::{PrenatalCheckup, UrineResult};
use super::units::grams_as_kg;
use crate::i18n::{format, Key, Lang};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrenatalSign {
    /// 160/110 mmHg or more.
    VeryHighBloodPressure,
    /// 140/90 mmHg or more.
    HighBloodPressure,
    /// A urine protein strip of + or more.
    ProteinInUrine,
}

/// The signs in one checkup's values, the most pressing first.
pub fn signs(checkup: &PrenatalCheckup) -> Vec<PrenatalSign> {
    let mut found = Vec::new();
    let (systolic, diastolic) = (checkup.bp_systolic.unwrap_or(0), checkup.bp_diastolic.unwrap_or(0));
    if systolic >= 160 || diastolic >= 110 {
        found.push(PrenatalSign::VeryHighBloodPressure);
    } else if systolic >= 140 || diastolic >= 90 {
        found.push(PrenatalSign::HighBloodPressure);
    }
    if matches!(checkup.urine_protein, Some(UrineResult::Plus1 | UrineResult::Plus2 | UrineResult::Plus3)) {
        found.push(PrenatalSign::ProteinInUrine);
    }
    found
}

/// A checkup's values in one line: "30週2日 · 血圧 118/72 mmHg · …".
pub fn checkup_line(l: Lang, k: &PrenatalCheckup) -> String {
    let mut parts = Vec::new();
    if let Some(g) = k.gestation {
        parts.push(format::gestation(l, &g));
    }
    if let Some(w) = k.weight_g {
        parts.push(format!(
            "{} {} kg",
            Key::MaternalWeight.text(l),
            grams_as_kg(w)
        ));
    }
    // An earlier version stored one number alone: shown, with a dash for the other.
    if k.bp_systolic.is_some() || k.bp_diastolic.is_some() {
        let number = |n: Option<u16>| n.map_or_else(|| "–".to_owned(), |n| n.to_string());
        parts.push(format!("{} {}/{} mmHg", Key::BloodPressure.text(l), number(k.bp_systolic), number(k.bp_diastolic)));
    }
    if let Some(u) = k.urine_protein {
        parts.push(format!(
            "{} {}",
            Key::UrineProtein.text(l),
            format::urine(l, u)
        ));
    }
    if let Some(u) = k.urine_sugar {
        parts.push(format!(
            "{} {}",
            Key::UrineSugar.text(l),
            format::urine(l, u)
        ));
    }
    parts.join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn checkup(bp: Option<(u16, u16)>, protein: Option<UrineResult>) -> PrenatalCheckup {
        PrenatalCheckup {
            id: 1,
            date: NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
            gestation: None,
            weight_g: None,
            bp_systolic: bp.map(|b| b.0),
            bp_diastolic: bp.map(|b| b.1),
            urine_protein: protein,
            urine_sugar: None,
            notes: String::new(),
        }
    }

    #[test]
    fn blood_pressure_at_and_around_the_thresholds() {
        use PrenatalSign::*;
        for (bp, expected) in [
            ((118, 72), vec![]),
            ((139, 89), vec![]),
            ((140, 70), vec![HighBloodPressure]),
            ((130, 90), vec![HighBloodPressure]),
            ((159, 109), vec![HighBloodPressure]),
            ((160, 80), vec![VeryHighBloodPressure]),
            ((150, 110), vec![VeryHighBloodPressure]),
        ] {
            assert_eq!(signs(&checkup(Some(bp), None)), expected, "{bp:?}");
        }
        assert_eq!(signs(&checkup(None, None)), vec![], "nothing recorded, nothing said");
    }

    #[test]
    fn protein_from_one_plus_and_with_blood_pressure_both_said() {
        assert_eq!(signs(&checkup(None, Some(UrineResult::Trace))), vec![]);
        assert_eq!(signs(&checkup(None, Some(UrineResult::Plus1))), vec![PrenatalSign::ProteinInUrine]);
        assert_eq!(
            signs(&checkup(Some((165, 112)), Some(UrineResult::Plus1))),
            vec![PrenatalSign::VeryHighBloodPressure, PrenatalSign::ProteinInUrine]
        );
    }

    #[test]
    fn a_pressure_stored_alone_is_shown_with_a_dash() {
        assert_eq!(checkup_line(Lang::Ja, &checkup(Some((118, 72)), None)), "血圧 118/72 mmHg");
        let lone = PrenatalCheckup { bp_diastolic: None, ..checkup(Some((150, 0)), None) };
        assert_eq!(checkup_line(Lang::Ja, &lone), "血圧 150/– mmHg");
        assert_eq!(checkup_line(Lang::Ja, &checkup(None, None)), "");
    }
}
