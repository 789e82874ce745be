//! Generated records: a heavy six-year record for the scale benchmark and tests.

use chrono::{Days, NaiveDate};

use super::record::*;
use crate::check::bank::{Answer, Domain};
use crate::check::record::{CompletedCheck, DomainLevel};
use crate::check::scoring::Level;

/// Two children over six years: 1,000 measurements, 300 notes, every first,
/// every routine vaccination and infant checkup so far, a pregnancy with 14
/// checkups and the birth, and 40 completed checks.
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
    let mut checkups: Vec<PrenatalCheckup> = checkups;
    sort_newest_first(&mut checkups, |k| k.date, |k| k.id);
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
        // Every checkup on its first day: as a punctual family would record it.
        let vaccinations = punctual_vaccinations(&mut h, birth, today, &[]);
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
            checks,
            ..Child::new(id, String::new(), birth, Sex::Unspecified, None)
        });
    }
    h
}

/// Every dose on the first day of its standard period, as a punctual family
/// would record it, but for the vaccines in `leave_out`.
fn punctual_vaccinations(h: &mut Household, birth: NaiveDate, today: NaiveDate, leave_out: &[&str]) -> Vec<Vaccination> {
    let mut vaccinations: Vec<Vaccination> = Vec::new();
    for vaccine in crate::schedule::immunisation::schedule().vaccines.iter().filter(|v| !leave_out.contains(&v.id.as_str())) {
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
    vaccinations
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

/// The demo family for nurses at checkups: a pregnancy with its birth, and a
/// girl of about 18 months with growth points, firsts, notes and two past
/// checks (the later one "worth watching"). Dates follow `today`, so the
/// demo always looks current. Names are plainly fictional, and its words
/// (names, notes, the check's answers) in `lang`, the language on screen:
/// the only one whose check questions the browser has loaded.
pub fn demo_household(today: NaiveDate, lang: crate::i18n::Lang) -> Household {
    use crate::i18n::Key;
    let text = |key: Key| key.text(lang).to_owned();
    use chrono::Months;
    let mut h = Household::default();
    let birth = today.checked_sub_months(Months::new(18)).and_then(|d| d.checked_sub_days(Days::new(10))).unwrap_or(today);
    let at = |months: u32, days: u64| birth.checked_add_months(Months::new(months)).and_then(|d| d.checked_add_days(Days::new(days))).unwrap_or(birth);
    let caregiver = h.new_id();
    h.caregivers.push(Caregiver { id: caregiver, name: text(Key::SampleCaregiverName), relation: text(Key::SampleCaregiverRelation) });
    let gestation = GestationalAge { weeks: 39, days: 2 };
    let pregnancy = h.new_id();
    let due = birth.checked_add_days(Days::new(5));
    // At 12+1, 20+1 and 36+1 weeks by the due date (born at 39+2).
    let checkups = [(190u64, 52_400u32), (134, 55_100), (22, 60_300)]
        .into_iter()
        .map(|(days_before, weight_g)| {
            let date = birth.checked_sub_days(Days::new(days_before)).unwrap_or(birth);
            (date, weight_g)
        })
        .map(|(date, weight_g)| PrenatalCheckup {
            id: h.new_id(),
            date,
            gestation: due.and_then(|due| super::age::pregnancy_age(due, date)),
            weight_g: Some(weight_g),
            bp_systolic: Some(112),
            bp_diastolic: Some(68),
            urine_protein: Some(UrineResult::Negative),
            urine_sugar: Some(UrineResult::Negative),
            notes: String::new(),
        })
        .collect();
    let mut checkups: Vec<PrenatalCheckup> = checkups;
    sort_newest_first(&mut checkups, |k| k.date, |k| k.id);
    h.pregnancies.push(Pregnancy {
        id: pregnancy,
        expected_delivery: due,
        checkups,
        birth: Some(Birth {
            date: birth,
            time: chrono::NaiveTime::from_hms_opt(4, 12, 0),
            gestation: Some(gestation),
            weight_g: Some(3_050),
            length_mm: Some(492),
            head_mm: Some(332),
            chest_mm: Some(318),
            notes: text(Key::SampleBirthNote),
        }),
        notes: String::new(),
    });
    let child = h.new_id();
    // Close to the WHO girls' medians, one slightly lower at 15 months.
    let growth = [(1, 4_200, 537, 369), (3, 5_800, 598, 395), (6, 7_300, 657, 422), (9, 8_200, 701, 438), (12, 8_900, 740, 449), (15, 9_300, 770, 456), (18, 10_100, 805, 463)];
    let measurements = growth
        .into_iter()
        .map(|(months, weight_g, length_mm, head_mm)| Measurement {
            id: h.new_id(),
            date: at(months, 3),
            weight_g: Some(weight_g),
            length_mm: Some(length_mm),
            head_mm: Some(head_mm),
            chest_mm: None,
        })
        .collect();
    let firsts = [(FirstKind::HeadControl, 3, 10), (FirstKind::RollingOver, 5, 2), (FirstKind::SittingAlone, 7, 0), (FirstKind::Crawling, 8, 12), (FirstKind::PullingToStand, 9, 20), (FirstKind::FirstWords, 12, 4), (FirstKind::WalkingAlone, 13, 15)]
        .into_iter()
        .map(|(kind, months, days)| First { id: h.new_id(), kind: Some(kind), label: String::new(), date: at(months, days) })
        .collect();
    let notes = vec![
        Note { id: h.new_id(), date: at(12, 0), text: text(Key::SampleNoteBirthday) },
        Note { id: h.new_id(), date: at(17, 2), text: text(Key::SampleNotePark) },
    ];
    let mut checks = Vec::new();
    if let Ok(bank) = crate::check::files::bank(lang) {
        for (band, months, not_yet) in [("12m", 12, None), ("15m", 15, Some(1))] {
            let Some(b) = bank.band(band) else { continue };
            let questions = crate::check::questions::questions_for(bank, b);
            let language_items: Vec<&str> = questions.iter().filter(|q| matches!(q.role, crate::check::questions::QuestionRole::Item { domain: Domain::Language })).map(|q| q.id).collect();
            let mut answers = crate::check::scoring::Answers::new();
            answers.extend(questions.iter().map(|q| {
                let answer = match q.id {
                    id if not_yet.is_some_and(|n| language_items.get(n) == Some(&id)) => Answer::NotYet,
                    _ => q.reassuring_answer(),
                };
                (q.id.to_owned(), answer)
            }));
            if let Some(outcome) = crate::check::scoring::score(bank, band, &answers) {
                checks.push(CompletedCheck::new(h.new_id(), band, at(months, 6), answers, &outcome));
            }
        }
    }
    // Everything so far but the varicella course, which is due now.
    let vaccinations = punctual_vaccinations(&mut h, birth, today, &["varicella"]);
    // The checkups whose time has passed, attended; the 18-month one is due
    // now. A demo at a checkup shows a family who went, not missed ones.
    let checkup_visits = crate::schedule::checkups::checkups()
        .checkups
        .iter()
        .filter_map(|k| k.span(birth).filter(|s| s.until < today).map(|s| (k, s.from)))
        .map(|(k, from)| crate::schedule::checkups::CheckupVisit {
            id: h.new_id(),
            checkup: k.id.clone(),
            date: from.checked_add_days(Days::new(3)).unwrap_or(from),
            place: text(Key::SampleCheckupPlace),
            weight_g: None,
            length_mm: None,
            head_mm: None,
            notes: text(Key::SampleCheckupNote),
        })
        .collect();
    // In the order the app keeps a family's own lists, so an entry a nurse
    // adds during the demo lands where it would at home.
    let (mut firsts, mut measurements, mut notes): (Vec<First>, Vec<Measurement>, Vec<Note>) = (firsts, measurements, notes);
    let mut checkup_visits: Vec<crate::schedule::checkups::CheckupVisit> = checkup_visits;
    sort_newest_first(&mut checkup_visits, |x| x.date, |x| x.id);
    sort_newest_first(&mut firsts, |x| x.date, |x| x.id);
    sort_newest_first(&mut measurements, |x| x.date, |x| x.id);
    sort_newest_first(&mut notes, |x| x.date, |x| x.id);
    h.children.push(Child {
        firsts,
        measurements,
        notes,
        checks,
        vaccinations,
        checkup_visits,
        questions_for_nurse: text(Key::SampleQuestionsForNurse),
        ..Child::new(child, text(Key::SampleChildName), birth, Sex::Female, Some(gestation))
    });
    h
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::scoring::Level;

    /// Started in English, the demo is in English and still has its two
    /// past checks (the browser has only the language on screen's questions).
    #[test]
    fn the_demo_family_speaks_the_language_on_screen() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let h = demo_household(today, crate::i18n::Lang::En);
        assert_eq!(h.children[0].name, "Sakura (sample)");
        assert_eq!(h.children[0].checks.len(), 2);
        assert!(h.children[0].checks[1].asks_recheck());
        assert_eq!(crate::domain::backup::check_household(&h, today), Ok(0));
    }

    #[test]
    fn the_demo_family_is_valid_current_and_has_a_watch_result() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let h = demo_household(today, crate::i18n::Lang::Ja);
        assert_eq!(crate::domain::backup::check_household(&h, today), Ok(0), "the demo passes the import rules");
        let child = &h.children[0];
        let age = crate::domain::age::age_on(child.birth_date, today).unwrap();
        assert_eq!((age.years, age.months), (1, 6));
        assert_eq!(child.checks.len(), 2);
        assert!(child.checks[0].levels.iter().all(|l| l.level == Level::OnTrack));
        assert!(child.checks[1].asks_recheck());
        assert!(h.pregnancies[0].birth.is_some());
        // As the forms would take them: every week count agrees with the due date.
        let p = &h.pregnancies[0];
        let due = p.expected_delivery.unwrap();
        let weeks: Vec<String> = p.checkups.iter().map(|k| crate::i18n::format::gestation(crate::i18n::Lang::Ja, &k.gestation.unwrap())).collect();
        assert_eq!(weeks, ["36週1日", "20週1日", "12週1日"], "newest first, as the app keeps them");
        for dates in [
            child.measurements.iter().map(|m| m.date).collect::<Vec<_>>(),
            child.firsts.iter().map(|f| f.date).collect(),
            child.notes.iter().map(|n| n.date).collect(),
            child.checkup_visits.iter().map(|v| v.date).collect(),
        ] {
            assert!(dates.windows(2).all(|w| w[0] >= w[1]), "newest first: {dates:?}");
        }
        // The checkups whose time has passed were attended; the 18-month one is due.
        let attended: Vec<&str> = child.checkup_visits.iter().rev().map(|v| v.checkup.as_str()).collect();
        assert_eq!(attended, ["1m", "3-4m", "6-7m", "9-10m"]);
        let born = p.birth.as_ref().unwrap();
        let expected = crate::domain::validate::weeks_on(due, born.date).unwrap();
        assert_eq!(crate::domain::validate::check_weeks_against_due(born.gestation.unwrap(), expected), Ok(()));
    }
}
