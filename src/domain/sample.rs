//! Generated records: a heavy six-year record for the scale benchmark and tests.

use chrono::{Days, NaiveDate};

use super::record::*;

/// Two children over six years: 1,000 measurements, 300 notes, every first,
/// every routine vaccination and infant checkup so far, a pregnancy with 14
/// checkups and the birth. (The 40 completed checks of the
/// scale target join this record when the development check lands.)
pub fn heavy_household(today: NaiveDate) -> Household {
    let mut h = Household::default();
    let caregiver = h.new_id();
    h.caregivers.push(Caregiver {
        id: caregiver,
        name: "さくら".into(),
        relation: "母".into(),
    });
    let older_birth = today.checked_sub_days(Days::new(6 * 365)).unwrap();
    let younger_birth = today.checked_sub_days(Days::new(3 * 365 + 40)).unwrap();
    let pregnancy = h.new_id();
    let mut checkups = Vec::new();
    for i in 0..14u32 {
        let id = h.new_id();
        checkups.push(PrenatalCheckup {
            id,
            date: younger_birth
                .checked_sub_days(Days::new(250 - i as u64 * 17))
                .unwrap(),
            gestation: Some(GestationalAge {
                weeks: (8 + i * 2) as u8,
                days: 3,
            }),
            weight_g: Some(52_000 + i * 600),
            bp_systolic: Some(112),
            bp_diastolic: Some(70),
            urine_protein: Some(UrineResult::Negative),
            urine_sugar: Some(UrineResult::Negative),
            notes: "順調と言われた。".into(),
        });
    }
    h.pregnancies.push(Pregnancy {
        id: pregnancy,
        expected_delivery: younger_birth.checked_add_days(Days::new(5)),
        checkups,
        birth: Some(Birth {
            date: younger_birth,
            time: chrono::NaiveTime::from_hms_opt(4, 12, 0),
            gestation: Some(GestationalAge { weeks: 39, days: 2 }),
            weight_g: Some(3120),
            length_mm: Some(495),
            head_mm: Some(335),
            chest_mm: Some(320),
            notes: String::new(),
        }),
        notes: String::new(),
    });
    for (name, birth, count_measurements, count_notes) in [
        ("はると", older_birth, 600u32, 180u32),
        ("ゆい", younger_birth, 400, 120),
    ] {
        let id = h.new_id();
        let span = (today - birth).num_days() as u64;
        let measurements = (0..count_measurements)
            .map(|i| {
                let day = span * i as u64 / count_measurements as u64;
                let months = day as f64 / 30.4;
                Measurement {
                    id: h.new_id(),
                    date: birth.checked_add_days(Days::new(day)).unwrap(),
                    weight_g: Some((3200.0 + months * 320.0 - months * months * 1.9) as u32),
                    length_mm: Some((500.0 + months * 14.0 - months * months * 0.075) as u32),
                    head_mm: Some(
                        (340.0 + months * 3.0 - months * months * 0.025).min(520.0) as u32
                    ),
                    chest_mm: None,
                }
            })
            .collect();
        let notes = (0..count_notes)
            .map(|i| Note {
                id: h.new_id(),
                date: birth
                    .checked_add_days(Days::new(span * i as u64 / count_notes as u64))
                    .unwrap(),
                text: format!(
                    "{i}日目の記録。よく笑って、よく食べた。公園で遊んだ。夜はぐっすり眠れた。"
                ),
            })
            .collect();
        let firsts = FirstKind::ALL
            .iter()
            .enumerate()
            .map(|(k, kind)| First {
                id: h.new_id(),
                kind: Some(*kind),
                label: String::new(),
                date: birth
                    .checked_add_days(Days::new(90 + k as u64 * 60))
                    .unwrap(),
            })
            .collect();
        // Every dose on the first day of its standard period, every checkup on
        // its first day: the schedule as a punctual family would record it.
        let mut vaccinations: Vec<Vaccination> = Vec::new();
        for vaccine in &crate::schedule::immunisation::schedule().vaccines {
            for dose in &vaccine.doses {
                let given: Vec<_> = vaccinations.iter().map(|v| v.given.clone()).collect();
                let state = crate::schedule::immunisation::status(birth, &given, today)
                    .into_iter()
                    .find(|s| s.vaccine.id == vaccine.id && s.dose.dose == dose.dose);
                if let Some(s) = state.filter(|s| s.earliest.max(s.recommended.from) <= today) {
                    let date = s.earliest.max(s.recommended.from);
                    let given = crate::schedule::immunisation::RecordedDose { vaccine: vaccine.id.clone(), dose: dose.dose, date, lot: "AB123".into(), product: None };
                    vaccinations.push(Vaccination { id: h.new_id(), given });
                }
            }
        }
        let checkup_visits = crate::schedule::checkups::checkups()
            .checkups
            .iter()
            .filter_map(|k| k.span(birth).filter(|s| s.from <= today).map(|s| (k, s.from)))
            .map(|(k, date)| crate::schedule::checkups::CheckupVisit {
                id: h.new_id(),
                checkup: k.id.clone(),
                date,
                place: "中央保健センター".into(),
                weight_g: None,
                length_mm: None,
                head_mm: None,
                notes: "順調と言われた。".into(),
            })
            .collect();
        h.children.push(Child {
            id,
            vaccinations,
            checkup_visits,
            name: name.into(),
            birth_date: birth,
            sex: if name == "ゆい" {
                Sex::Female
            } else {
                Sex::Male
            },
            gestation: Some(GestationalAge { weeks: 39, days: 2 }),
            firsts,
            measurements,
            notes,
            ..Child::new(id, String::new(), birth, Sex::Unspecified, None)
        });
    }
    h
}
