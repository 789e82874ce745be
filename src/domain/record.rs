//! The handbook record: one household's caregivers, pregnancies and children.
//!
//! Measurements are stored as integers in the smallest unit (grams,
//! millimetres): no float rounding in backups, and no doubt about the unit.
//! Written by `record_write` (the `Serialize` derives are its tests'
//! reference, not compiled into the app); read by `record_read`, which
//! refuses unknown fields so an imported file of another shape is refused
//! rather than half-read.

use chrono::{NaiveDate, NaiveTime};
use serde::Serialize;

use crate::check::record::{CheckDraft, CompletedCheck};
use crate::schedule::checkups::CheckupVisit;
use crate::schedule::immunisation::RecordedDose;

pub type Id = u64;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Household {
    pub caregivers: Vec<Caregiver>,
    pub pregnancies: Vec<Pregnancy>,
    pub children: Vec<Child>,
    /// The next id to hand out; ids are never reused within a household.
    pub next_id: Id,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Caregiver {
    pub id: Id,
    pub name: String,
    /// Free text: 母, 父, 祖母, …
    pub relation: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct GestationalAge {
    pub weeks: u8,
    pub days: u8,
}

impl GestationalAge {
    pub fn total_days(&self) -> u32 {
        self.weeks as u32 * 7 + self.days as u32
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Pregnancy {
    pub id: Id,
    #[serde(with = "super::timestamp::date::option")]
    pub expected_delivery: Option<NaiveDate>,
    pub checkups: Vec<PrenatalCheckup>,
    pub birth: Option<Birth>,
    pub notes: String,
}

/// Urine test strip result as written in the handbook: −, ±, +, ++, +++.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum UrineResult {
    Negative,
    Trace,
    Plus1,
    Plus2,
    Plus3,
}

impl UrineResult {
    pub const ALL: [UrineResult; 5] = [
        Self::Negative,
        Self::Trace,
        Self::Plus1,
        Self::Plus2,
        Self::Plus3,
    ];

    pub fn symbol(self) -> &'static str {
        match self {
            Self::Negative => "−",
            Self::Trace => "±",
            Self::Plus1 => "+",
            Self::Plus2 => "++",
            Self::Plus3 => "+++",
        }
    }

    /// As the record writes them, in the order of `ALL`.
    pub const CODES: [&'static str; 5] = ["negative", "trace", "plus1", "plus2", "plus3"];
    pub fn code(self) -> &'static str {
        Self::CODES[self as usize]
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.code() == code)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PrenatalCheckup {
    pub id: Id,
    #[serde(with = "super::timestamp::date")]
    pub date: NaiveDate,
    pub gestation: Option<GestationalAge>,
    pub weight_g: Option<u32>,
    pub bp_systolic: Option<u16>,
    pub bp_diastolic: Option<u16>,
    pub urine_protein: Option<UrineResult>,
    pub urine_sugar: Option<UrineResult>,
    pub notes: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Birth {
    #[serde(with = "super::timestamp::date")]
    pub date: NaiveDate,
    #[serde(with = "super::timestamp::time_option")]
    pub time: Option<NaiveTime>,
    pub gestation: Option<GestationalAge>,
    pub weight_g: Option<u32>,
    pub length_mm: Option<u32>,
    pub head_mm: Option<u32>,
    pub chest_mm: Option<u32>,
    pub notes: String,
}

impl Birth {
    /// What was measured at birth, as the first growth point of a child born
    /// on `born_on`; `None` when nothing was, or when the child's birth date
    /// was changed from this birth's (the values would be dated wrongly).
    pub fn measurement_for(&self, born_on: NaiveDate, id: Id) -> Option<Measurement> {
        if born_on != self.date {
            return None;
        }
        let m = Measurement { id, date: self.date, weight_g: self.weight_g, length_mm: self.length_mm, head_mm: self.head_mm, chest_mm: self.chest_mm };
        [m.weight_g, m.length_mm, m.head_mm, m.chest_mm].iter().any(Option::is_some).then_some(m)
    }
}

/// See [`Household::birth_offer`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BirthOffer {
    pub birth: Birth,
    /// A child born that day is recorded already.
    pub another: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    Female,
    Male,
    /// Not recorded; growth charts then ask which reference to use.
    Unspecified,
}

impl Sex {
    pub const ALL: [Sex; 3] = [Sex::Female, Sex::Male, Sex::Unspecified];
    /// As the record writes them, in the order of `ALL`.
    pub const CODES: [&'static str; 3] = ["female", "male", "unspecified"];
    pub fn code(self) -> &'static str {
        Self::CODES[self as usize]
    }
    pub fn from_code(code: &str) -> Option<Sex> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// The firsts that nursery and checkup forms ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FirstKind {
    HeadControl,
    RollingOver,
    SittingAlone,
    Crawling,
    PullingToStand,
    WalkingAlone,
    FirstWords,
}

impl FirstKind {
    pub const ALL: [FirstKind; 7] = [
        Self::HeadControl,
        Self::RollingOver,
        Self::SittingAlone,
        Self::Crawling,
        Self::PullingToStand,
        Self::WalkingAlone,
        Self::FirstWords,
    ];
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct First {
    pub id: Id,
    /// One of the standard firsts, or `None` with a `label` of the family's own.
    pub kind: Option<FirstKind>,
    pub label: String,
    #[serde(with = "super::timestamp::date")]
    pub date: NaiveDate,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Measurement {
    pub id: Id,
    #[serde(with = "super::timestamp::date")]
    pub date: NaiveDate,
    pub weight_g: Option<u32>,
    pub length_mm: Option<u32>,
    pub head_mm: Option<u32>,
    pub chest_mm: Option<u32>,
}

/// A vaccine dose the family recorded: the schedule's [`RecordedDose`] with
/// the id the record needs to delete it. Stored as `{"id": 12, "given": {…}}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Vaccination {
    pub id: Id,
    pub given: RecordedDose,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Note {
    pub id: Id,
    #[serde(with = "super::timestamp::date")]
    pub date: NaiveDate,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Child {
    pub id: Id,
    /// Name or nickname, as the family likes.
    pub name: String,
    #[serde(with = "super::timestamp::date")]
    pub birth_date: NaiveDate,
    pub sex: Sex,
    pub gestation: Option<GestationalAge>,
    pub firsts: Vec<First>,
    pub measurements: Vec<Measurement>,
    pub notes: Vec<Note>,
    /// Completed development checks, with their answers.
    pub checks: Vec<CompletedCheck>,
    /// The check being answered, kept across reloads.
    pub check_draft: Option<CheckDraft>,
    /// Already receiving developmental support (療育): the check stays
    /// available for tracking but stops urging consultation.
    pub in_support: bool,
    /// The parent's own questions for the next checkup, printed on the summary.
    pub questions_for_nurse: String,
    /// Vaccine doses given, in the order recorded.
    pub vaccinations: Vec<Vaccination>,
    /// Infant checkups (乳幼児健診) attended, newest first.
    pub checkup_visits: Vec<CheckupVisit>,
}

impl Child {
    /// The earliest date among the entries that cannot precede the birth
    /// (the ones a backup's reader checks), so the child's form never moves
    /// the birth past them. Only entries on or after the birth now recorded
    /// count: one an earlier version let predate it (`entries_before_birth`)
    /// does not stop the family editing the child.
    pub fn earliest_entry(&self) -> Option<NaiveDate> {
        let measurements = self.measurements.iter().map(|m| m.date);
        let firsts = self.firsts.iter().map(|f| f.date);
        let checks = self.checks.iter().map(|c| c.date);
        let doses = self.vaccinations.iter().map(|v| v.given.date);
        let visits = self.checkup_visits.iter().map(|v| v.date);
        measurements.chain(firsts).chain(checks).chain(doses).chain(visits).filter(|d| *d >= self.birth_date).min()
    }

    /// Doses, checkup visits and checks dated before the birth: a record an
    /// earlier version let through (see `backup::check_household`).
    pub fn entries_before_birth(&self) -> usize {
        let before = |d: NaiveDate| d < self.birth_date;
        self.vaccinations.iter().filter(|v| before(v.given.date)).count()
            + self.checkup_visits.iter().filter(|v| before(v.date)).count()
            + self.checks.iter().filter(|c| before(c.date)).count()
    }

    /// A child with nothing recorded yet but the essentials.
    pub fn new(id: Id, name: String, birth_date: NaiveDate, sex: Sex, gestation: Option<GestationalAge>) -> Self {
        Child {
            id,
            name,
            birth_date,
            sex,
            gestation,
            firsts: vec![],
            measurements: vec![],
            notes: vec![],
            checks: vec![],
            check_draft: None,
            in_support: false,
            questions_for_nurse: String::new(),
            vaccinations: vec![],
            checkup_visits: vec![],
        }
    }

    /// The doses given, as the immunisation schedule reads them.
    pub fn recorded_doses(&self) -> Vec<RecordedDose> {
        self.vaccinations.iter().map(|v| v.given.clone()).collect()
    }

    /// Every measurement the growth chart plots: the measurements, and the
    /// weight, length and head measured at a checkup visit on a day with no
    /// measurement of its own (the family may have typed it in twice).
    pub fn growth_measurements(&self) -> Vec<Measurement> {
        let mut all = self.measurements.clone();
        for v in &self.checkup_visits {
            let measured = v.weight_g.is_some() || v.length_mm.is_some() || v.head_mm.is_some();
            if measured && !self.measurements.iter().any(|m| m.date == v.date) {
                all.push(Measurement { id: v.id, date: v.date, weight_g: v.weight_g, length_mm: v.length_mm, head_mm: v.head_mm, chest_mm: None });
            }
        }
        all
    }
}

impl Household {
    /// A fresh id; ids are unique across the whole household.
    pub fn new_id(&mut self) -> Id {
        self.next_id = self.next_id.max(self.max_id() + 1);
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    /// The largest id in use (0 for an empty record).
    pub fn max_id(&self) -> Id {
        let mut ids: Vec<Id> = Vec::new();
        ids.extend(self.caregivers.iter().map(|c| c.id));
        for p in &self.pregnancies {
            ids.push(p.id);
            ids.extend(p.checkups.iter().map(|c| c.id));
        }
        for c in &self.children {
            ids.push(c.id);
            ids.extend(c.firsts.iter().map(|f| f.id));
            ids.extend(c.measurements.iter().map(|m| m.id));
            ids.extend(c.notes.iter().map(|n| n.id));
            ids.extend(c.checks.iter().map(|k| k.id));
            ids.extend(c.vaccinations.iter().map(|v| v.id));
            ids.extend(c.checkup_visits.iter().map(|v| v.id));
        }
        ids.into_iter().max().unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.caregivers.is_empty() && self.pregnancies.is_empty() && self.children.is_empty()
    }

    pub fn child(&self, id: Id) -> Option<&Child> {
        self.children.iter().find(|c| c.id == id)
    }

    pub fn child_mut(&mut self, id: Id) -> Option<&mut Child> {
        self.children.iter_mut().find(|c| c.id == id)
    }

    pub fn pregnancy(&self, id: Id) -> Option<&Pregnancy> {
        self.pregnancies.iter().find(|p| p.id == id)
    }

    /// What a pregnancy's recorded birth offers towards a child's own
    /// record. The first baby born that day starts with the birth's
    /// measurement; once one is there, the offer is for a twin (or more),
    /// from the date and weeks only, as the birth holds one baby's measurement.
    pub fn birth_offer(&self, pregnancy_id: Id) -> Option<BirthOffer> {
        let birth = self.pregnancy(pregnancy_id)?.birth.clone()?;
        let another = self.children.iter().any(|c| c.birth_date == birth.date);
        let birth = if another { Birth { weight_g: None, length_mm: None, head_mm: None, chest_mm: None, ..birth } } else { birth };
        Some(BirthOffer { birth, another })
    }

    pub fn pregnancy_mut(&mut self, id: Id) -> Option<&mut Pregnancy> {
        self.pregnancies.iter_mut().find(|p| p.id == id)
    }

    /// Counts shown before an import replaces anything, and in Settings.
    pub fn counts(&self) -> RecordCounts {
        RecordCounts {
            caregivers: self.caregivers.len(),
            pregnancies: self.pregnancies.len(),
            prenatal_checkups: self.pregnancies.iter().map(|p| p.checkups.len()).sum(),
            children: self.children.len(),
            measurements: self.children.iter().map(|c| c.measurements.len()).sum(),
            notes: self.children.iter().map(|c| c.notes.len()).sum(),
            firsts: self.children.iter().map(|c| c.firsts.len()).sum(),
            checks: self.children.iter().map(|c| c.checks.len()).sum(),
            vaccinations: self.children.iter().map(|c| c.vaccinations.len()).sum(),
            checkup_visits: self.children.iter().map(|c| c.checkup_visits.len()).sum(),
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RecordCounts {
    pub caregivers: usize,
    pub pregnancies: usize,
    pub prenatal_checkups: usize,
    pub children: usize,
    pub measurements: usize,
    pub notes: usize,
    pub firsts: usize,
    pub checks: usize,
    pub vaccinations: usize,
    pub checkup_visits: usize,
}

/// Keeps a dated list in date order (newest first, later entries first on
/// the same day), so lists read like a diary. The key is total, so the
/// smaller unstable sort gives a stable order.
pub fn sort_newest_first<T>(
    items: &mut [T],
    date: impl Fn(&T) -> NaiveDate,
    id: impl Fn(&T) -> Id,
) {
    crate::sorting::sort_by_key(items, |item| std::cmp::Reverse((date(item), id(item))));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_even_when_next_id_is_behind() {
        let mut h = Household::default();
        let a = h.new_id();
        let b = h.new_id();
        assert_ne!(a, b);
        h.children.push(Child::new(50, "x".into(), NaiveDate::from_ymd_opt(2025, 1, 1).unwrap(), Sex::Female, None));
        h.next_id = 3; // e.g. an edited backup
        assert_eq!(h.new_id(), 51);
    }

    #[test]
    fn doses_and_visits_count_for_ids_and_visits_feed_the_chart() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        let mut h = Household::default();
        let mut c = Child::new(1, "x".into(), d("2025-01-01"), Sex::Female, None);
        c.vaccinations.push(Vaccination {
            id: 40,
            given: RecordedDose { vaccine: "hepb".into(), dose: 1, date: d("2025-03-01"), lot: String::new(), product: None },
        });
        let visit = |id, date: &str, weight_g| CheckupVisit {
            id,
            checkup: "3-4m".into(),
            date: d(date),
            place: String::new(),
            weight_g,
            length_mm: None,
            head_mm: None,
            notes: String::new(),
        };
        c.measurements.push(Measurement { id: 2, date: d("2025-04-20"), weight_g: Some(6000), length_mm: None, head_mm: None, chest_mm: None });
        // The same day as a measurement (typed twice), a visit with nothing measured, and one to plot.
        c.checkup_visits = vec![visit(41, "2025-04-20", Some(6000)), visit(42, "2025-05-01", None), visit(43, "2025-05-02", Some(6500))];
        h.children.push(c);
        assert_eq!(h.max_id(), 43);
        assert_eq!(h.new_id(), 44);
        let counts = h.counts();
        assert_eq!((counts.vaccinations, counts.checkup_visits), (1, 3));
        let plotted: Vec<(Id, Option<u32>)> = h.children[0].growth_measurements().iter().map(|m| (m.id, m.weight_g)).collect();
        assert_eq!(plotted, vec![(2, Some(6000)), (43, Some(6500))]);
        assert_eq!(h.children[0].recorded_doses()[0].vaccine, "hepb");
    }

    #[test]
    fn codes_round_trip() {
        for r in UrineResult::ALL {
            assert_eq!(UrineResult::from_code(r.code()), Some(r));
        }
        for s in Sex::ALL {
            assert_eq!(Sex::from_code(s.code()), Some(s));
        }
    }
}
