//! Generated records: a heavy six-year record for the scale benchmark and tests.

use chrono::{Days, NaiveDate};

use super::record::*;
use crate::check::bank::{Answer, Domain};
use crate::check::record::{CompletedCheck, DomainLevel};
use crate::check::scoring::Level;

/// Two children over six years: 1,000 measurements, 300 notes, every first,
/// a pregnancy with 14 checkups and the birth, and 40 completed checks.
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
        let checks = completed_checks(&mut h, birth, span);
        h.children.push(Child {
            id,
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
            checks,
            ..Child::new(id, String::new(), birth, Sex::Unspecified, None)
        });
    }
    h
}

/// Twenty completed checks a child (forty in the household), each with 19
/// answers, as a family using the check every few months would have.
fn completed_checks(h: &mut Household, birth: NaiveDate, span_days: u64) -> Vec<CompletedCheck> {
    (0..20u64)
        .map(|i| {
            let answers = (0..19).map(|q| (format!("band{i}-item-{q}"), if q % 7 == 0 { Answer::Sometimes } else { Answer::Yes })).collect();
            let levels = Domain::ALL.iter().map(|&domain| DomainLevel { domain, level: Level::OnTrack }).collect();
            CompletedCheck {
                id: h.new_id(),
                band: format!("{:02}m", 2 + i * 3),
                date: birth.checked_add_days(Days::new(60 + span_days * i / 21)).unwrap(),
                answers,
                levels,
                general_signs: vec![],
                caregiver_signals: vec![],
            }
        })
        .collect()
}
