//! Reads a stored or imported household (see `crate::data_file`): every field
//! the app writes, with the same names; a missing required field, a value
//! of the wrong kind and an unknown field (a file of another shape) are
//! refused with their place (`children[0].measurements[2].weight_g`).
//! Optional fields may be absent or null; lists, notes and flags may be absent.
//! Written by `record_write`; `tests/backup.rs` and the storage
//! fixtures check that what is written reads back the same.

use serde_json::Value;

use super::record::{
    Birth, Caregiver, Child, First, FirstKind, GestationalAge, Household, Measurement, Note, Pregnancy, PrenatalCheckup, Sex,
    UrineResult, Vaccination,
};
use super::timestamp::{date, time_option};
use crate::check::bank::{read_answer, Domain};
use crate::check::record::{CheckDraft, CompletedCheck, DomainLevel};
use crate::check::scoring::Level;
use crate::data_file::{boolean, entries, list, object, string, whole, Fields, Notes};
use crate::schedule::checkups::CheckupVisit;
use crate::schedule::immunisation::RecordedDose;

fn gestation(value: &Value, notes: &Notes) -> GestationalAge {
    object(value, notes, |f| GestationalAge { weeks: f.req("weeks", whole), days: f.req("days", whole) })
}

fn caregiver(value: &Value, notes: &Notes) -> Caregiver {
    object(value, notes, |f| Caregiver {
        id: f.req("id", whole),
        name: f.req("name", string),
        relation: f.or_default("relation", string),
    })
}

fn prenatal_checkup(value: &Value, notes: &Notes) -> PrenatalCheckup {
    object(value, notes, |f| PrenatalCheckup {
        id: f.req("id", whole),
        date: f.req("date", date::read),
        gestation: f.opt("gestation", gestation),
        weight_g: f.opt("weight_g", whole),
        bp_systolic: f.opt("bp_systolic", whole),
        bp_diastolic: f.opt("bp_diastolic", whole),
        urine_protein: f.opt_choice("urine_protein", &UrineResult::CODES, &UrineResult::ALL),
        urine_sugar: f.opt_choice("urine_sugar", &UrineResult::CODES, &UrineResult::ALL),
        notes: f.or_default("notes", string),
    })
}

fn birth(value: &Value, notes: &Notes) -> Birth {
    object(value, notes, |f| Birth {
        date: f.req("date", date::read),
        time: f.opt("time", time_option::read).flatten(),
        gestation: f.opt("gestation", gestation),
        weight_g: f.opt("weight_g", whole),
        length_mm: f.opt("length_mm", whole),
        head_mm: f.opt("head_mm", whole),
        chest_mm: f.opt("chest_mm", whole),
        notes: f.or_default("notes", string),
    })
}

fn pregnancy(value: &Value, notes: &Notes) -> Pregnancy {
    object(value, notes, |f| Pregnancy {
        id: f.req("id", whole),
        expected_delivery: f.opt("expected_delivery", date::read),
        checkups: f.or_default("checkups", |v, n| list(v, n, prenatal_checkup)),
        birth: f.opt("birth", birth),
        notes: f.or_default("notes", string),
    })
}

fn first(value: &Value, notes: &Notes) -> First {
    const KINDS: [&str; 7] =
        ["head_control", "rolling_over", "sitting_alone", "crawling", "pulling_to_stand", "walking_alone", "first_words"];
    object(value, notes, |f| First {
        id: f.req("id", whole),
        kind: f.opt_choice("kind", &KINDS, &FirstKind::ALL),
        label: f.or_default("label", string),
        date: f.req("date", date::read),
    })
}

fn measurement(value: &Value, notes: &Notes) -> Measurement {
    object(value, notes, |f| Measurement {
        id: f.req("id", whole),
        date: f.req("date", date::read),
        weight_g: f.opt("weight_g", whole),
        length_mm: f.opt("length_mm", whole),
        head_mm: f.opt("head_mm", whole),
        chest_mm: f.opt("chest_mm", whole),
    })
}

fn note(value: &Value, notes: &Notes) -> Note {
    object(value, notes, |f| Note { id: f.req("id", whole), date: f.req("date", date::read), text: f.req("text", string) })
}

pub fn recorded_dose(value: &Value, notes: &Notes) -> RecordedDose {
    object(value, notes, |f| RecordedDose {
        vaccine: f.req("vaccine", string),
        dose: f.req("dose", whole),
        date: f.req("date", date::read),
        lot: f.or_default("lot", string),
        product: f.opt("product", string),
    })
}

fn vaccination(value: &Value, notes: &Notes) -> Vaccination {
    object(value, notes, |f| Vaccination { id: f.req("id", whole), given: f.req("given", recorded_dose) })
}

pub fn checkup_visit(value: &Value, notes: &Notes) -> CheckupVisit {
    object(value, notes, |f| CheckupVisit {
        id: f.req("id", whole),
        checkup: f.req("checkup", string),
        date: f.req("date", date::read),
        place: f.or_default("place", string),
        weight_g: f.opt("weight_g", whole),
        length_mm: f.opt("length_mm", whole),
        head_mm: f.opt("head_mm", whole),
        notes: f.or_default("notes", string),
    })
}

fn domain_level(value: &Value, notes: &Notes) -> DomainLevel {
    const LEVELS: [&str; 4] = ["on_track", "watch", "consult", "incomplete"];
    object(value, notes, |f| DomainLevel {
        domain: f.choice("domain", &Domain::CODES, &Domain::ALL),
        level: f.choice("level", &LEVELS, &[Level::OnTrack, Level::Watch, Level::Consult, Level::Incomplete]),
    })
}

fn strings(f: &Fields, key: &'static str) -> Vec<String> {
    f.or_default(key, |v, n| list(v, n, string))
}

fn completed_check(value: &Value, notes: &Notes) -> CompletedCheck {
    object(value, notes, |f| CompletedCheck {
        id: f.req("id", whole),
        band: f.req("band", string),
        date: f.req("date", date::read),
        answers: f.req("answers", |v, n| entries(v, n, read_answer)),
        levels: f.req("levels", |v, n| list(v, n, domain_level)),
        general_signs: strings(f, "general_signs"),
        caregiver_signals: strings(f, "caregiver_signals"),
    })
}

fn check_draft(value: &Value, notes: &Notes) -> CheckDraft {
    object(value, notes, |f| CheckDraft {
        band: f.req("band", string),
        started: f.req("started", date::read),
        answers: f.req("answers", |v, n| entries(v, n, read_answer)),
        position: f.req("position", whole),
    })
}

fn child(value: &Value, notes: &Notes) -> Child {
    object(value, notes, |f| Child {
        id: f.req("id", whole),
        name: f.req("name", string),
        birth_date: f.req("birth_date", date::read),
        sex: f.choice("sex", &Sex::CODES, &Sex::ALL),
        gestation: f.opt("gestation", gestation),
        firsts: f.or_default("firsts", |v, n| list(v, n, first)),
        measurements: f.or_default("measurements", |v, n| list(v, n, measurement)),
        notes: f.or_default("notes", |v, n| list(v, n, note)),
        checks: f.or_default("checks", |v, n| list(v, n, completed_check)),
        check_draft: f.opt("check_draft", check_draft),
        in_support: f.or_default("in_support", boolean),
        questions_for_nurse: f.or_default("questions_for_nurse", string),
        vaccinations: f.or_default("vaccinations", |v, n| list(v, n, vaccination)),
        checkup_visits: f.or_default("checkup_visits", |v, n| list(v, n, checkup_visit)),
    })
}

pub fn household(value: &Value, notes: &Notes) -> Household {
    object(value, notes, |f| Household {
        caregivers: f.or_default("caregivers", |v, n| list(v, n, caregiver)),
        pregnancies: f.or_default("pregnancies", |v, n| list(v, n, pregnancy)),
        children: f.or_default("children", |v, n| list(v, n, child)),
        next_id: f.req("next_id", whole),
    })
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::check::bank::Answer;
    use crate::data_file::read_text;

    /// The names read are the ones the app writes (and serde's derives would),
    /// for every value of every choice in the record (a stored record that
    /// reads back differently would be set aside as unreadable).
    #[test]
    fn every_choice_reads_back_as_written() {
        let day = NaiveDate::from_ymd_opt(2025, 5, 1).unwrap();
        let mut h = Household::default();
        for sex in Sex::ALL {
            let id = h.new_id();
            h.children.push(Child::new(id, "x".into(), day, sex, None));
        }
        let firsts = FirstKind::ALL.map(|kind| First { id: h.new_id(), kind: Some(kind), label: String::new(), date: day });
        let levels = [Level::OnTrack, Level::Watch, Level::Consult, Level::Incomplete];
        let check = CompletedCheck {
            id: h.new_id(),
            band: "18m".into(),
            date: day,
            answers: Answer::ALL.iter().enumerate().map(|(i, a)| (format!("q{i}"), *a)).collect(),
            levels: Domain::ALL.iter().zip(levels).map(|(d, level)| DomainLevel { domain: *d, level }).collect(),
            general_signs: vec!["lost-skill".into()],
            caregiver_signals: vec![],
        };
        h.children[0].firsts = firsts.to_vec();
        h.children[0].checks = vec![check];
        let checkups = UrineResult::ALL
            .map(|urine| PrenatalCheckup {
                id: h.new_id(),
                date: day,
                gestation: Some(GestationalAge { weeks: 20, days: 3 }),
                weight_g: None,
                bp_systolic: Some(118),
                bp_diastolic: Some(72),
                urine_protein: Some(urine),
                urine_sugar: Some(urine),
                notes: String::new(),
            })
            .to_vec();
        let id = h.new_id();
        h.pregnancies.push(Pregnancy { id, expected_delivery: None, checkups, birth: None, notes: String::new() });
        let written = crate::domain::record_write::to_text(&h);
        assert_eq!(written, serde_json::to_string(&h).unwrap());
        assert_eq!(read_text(&written, household), Ok(h));
    }
}
