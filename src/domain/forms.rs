//! Every form of the record as data: its fields ([`FieldSpec`] tables, which
//! one UI component renders) and what the typed text becomes, or which fields
//! to fix. The UI holds only the strings.

use chrono::NaiveDate;

use super::record::*;
use super::validate::{self as v, FieldError};
use crate::i18n::{format, Key, Lang};

/// How a field is typed.
#[derive(Clone, Copy, Debug)]
pub enum FieldKind {
    Text,
    Date,
    Time,
    /// A measurement: decimal keypad on phones.
    Decimal,
    /// A whole number: numeric keypad.
    Whole,
    LongText,
    /// One of a short list; `allow_empty` offers "not recorded".
    Choice {
        options: fn(Lang) -> Vec<(&'static str, String)>,
        allow_empty: bool,
    },
}

/// One field of a form.
#[derive(Clone, Copy, Debug)]
pub struct FieldSpec {
    /// The input's id; errors name the field by it.
    pub id: &'static str,
    pub label: Key,
    pub kind: FieldKind,
    pub unit: Option<&'static str>,
    pub hint: Option<Key>,
    /// Short fields sit two to a row on wider screens.
    pub half: bool,
    /// Shown only while another field (by id) holds this value.
    pub shown_when: Option<(&'static str, &'static str)>,
    /// Left empty, the form is refused: marked before saving, not only after.
    pub required: bool,
}

pub(crate) const fn field(id: &'static str, label: Key, kind: FieldKind) -> FieldSpec {
    FieldSpec {
        id,
        label,
        kind,
        unit: None,
        hint: None,
        half: false,
        shown_when: None,
        required: false,
    }
}

impl FieldSpec {
    pub(crate) const fn unit(mut self, unit: &'static str) -> Self {
        self.unit = Some(unit);
        self
    }
    pub(crate) const fn hint(mut self, hint: Key) -> Self {
        self.hint = Some(hint);
        self
    }
    pub(crate) const fn half(mut self) -> Self {
        self.half = true;
        self
    }
    pub(crate) const fn required(mut self) -> Self {
        self.required = true;
        self
    }
    pub(crate) const fn shown_when(mut self, id: &'static str, value: &'static str) -> Self {
        self.shown_when = Some((id, value));
        self
    }
}

/// The typed text of a form, in the order of its `FIELDS`.
macro_rules! form_values {
    ($name:ident { $($field:ident),* $(,)? }) => {
        impl $name {
            pub fn from_values(values: &[String]) -> Self {
                let mut it = values.iter().cloned();
                $name { $($field: it.next().unwrap_or_default()),* }
            }
            pub fn values(&self) -> Vec<String> {
                vec![$(self.$field.clone()),*]
            }
        }
    };
}
pub(crate) use form_values;

fn sex_options(lang: Lang) -> Vec<(&'static str, String)> {
    Sex::ALL
        .into_iter()
        .map(|s| (s.code(), format::sex(lang, s).to_owned()))
        .collect()
}

fn urine_options(lang: Lang) -> Vec<(&'static str, String)> {
    UrineResult::ALL
        .into_iter()
        .map(|u| (u.code(), format::urine(lang, u)))
        .collect()
}

fn first_options(lang: Lang) -> Vec<(&'static str, String)> {
    FirstKind::ALL
        .into_iter()
        .map(|k| {
            (
                first_kind_code(k),
                format::first_kind(k).text(lang).to_owned(),
            )
        })
        .chain([(OTHER_FIRST, Key::FirstOther.text(lang).to_owned())])
        .collect()
}

const URINE: FieldKind = FieldKind::Choice {
    options: urine_options,
    allow_empty: true,
};

impl ChildInput {
    pub const FIELDS: &'static [FieldSpec] = &[
        field("child-name", Key::ChildName, FieldKind::Text).required(),
        field("child-birth-date", Key::ChildBirthDate, FieldKind::Date).required(),
        field(
            "child-sex",
            Key::ChildSex,
            FieldKind::Choice {
                options: sex_options,
                allow_empty: false,
            },
        )
        .hint(Key::ChildSexHint),
        field(
            "child-gestation-weeks",
            Key::GestationWeeks,
            FieldKind::Whole,
        )
        .hint(Key::GestationHint)
        .half(),
        field("child-gestation-days", Key::GestationDays, FieldKind::Whole).half(),
    ];
}
form_values!(ChildInput {
    name,
    birth_date,
    sex,
    gestation_weeks,
    gestation_days
});

impl MeasurementInput {
    pub const FIELDS: &'static [FieldSpec] = &[
        field("m-date", Key::MeasuredOn, FieldKind::Date).required(),
        field("m-weight", Key::Weight, FieldKind::Decimal)
            .unit("kg")
            .hint(Key::WeightKgHint),
        field("m-length", Key::Length, FieldKind::Decimal)
            .unit("cm")
            .half(),
        field("m-head", Key::Head, FieldKind::Decimal)
            .unit("cm")
            .half(),
        field("m-chest", Key::Chest, FieldKind::Decimal)
            .unit("cm")
            .half(),
    ];
}
form_values!(MeasurementInput {
    date,
    weight_kg,
    length_cm,
    head_cm,
    chest_cm
});

impl NoteInput {
    pub const FIELDS: &'static [FieldSpec] = &[
        field("note-date", Key::NoteDate, FieldKind::Date).required(),
        field("note-text", Key::NoteText, FieldKind::LongText).required(),
    ];
}
form_values!(NoteInput { date, text });

impl FirstInput {
    pub const FIELDS: &'static [FieldSpec] = &[
        field(
            "first-kind",
            Key::FirstWhat,
            FieldKind::Choice {
                options: first_options,
                allow_empty: false,
            },
        ),
        field("first-label", Key::FirstLabel, FieldKind::Text)
            .shown_when("first-kind", OTHER_FIRST)
            .required(),
        field("first-date", Key::FirstDate, FieldKind::Date).required(),
    ];
}
form_values!(FirstInput { kind, label, date });

impl PregnancyInput {
    pub const FIELDS: &'static [FieldSpec] = &[
        field("preg-edd", Key::ExpectedDelivery, FieldKind::Date),
        field("preg-notes", Key::PregnancyNotes, FieldKind::LongText),
    ];
}
form_values!(PregnancyInput {
    expected_delivery,
    notes
});

impl CheckupInput {
    pub const FIELDS: &'static [FieldSpec] = &[
        field("pc-date", Key::CheckupDate, FieldKind::Date).hint(Key::WeeksFromDueHint).required(),
        field("pc-weeks", Key::CheckupWeeks, FieldKind::Whole).half(),
        field("pc-days", Key::GestationDays, FieldKind::Whole).half(),
        field("pc-weight", Key::MaternalWeight, FieldKind::Decimal).unit("kg"),
        field("pc-bp-systolic", Key::BpSystolic, FieldKind::Whole)
            .unit("mmHg")
            .half(),
        field("pc-bp-diastolic", Key::BpDiastolic, FieldKind::Whole)
            .unit("mmHg")
            .half(),
        field("pc-urine-protein", Key::UrineProtein, URINE).half(),
        field("pc-urine-sugar", Key::UrineSugar, URINE).half(),
        field("pc-notes", Key::NotesLabel, FieldKind::LongText),
    ];
}
form_values!(CheckupInput {
    date,
    weeks,
    days,
    weight_kg,
    bp_systolic,
    bp_diastolic,
    urine_protein,
    urine_sugar,
    notes
});

impl BirthInput {
    pub const FIELDS: &'static [FieldSpec] = &[
        field("birth-date", Key::BirthDate, FieldKind::Date).half().required(),
        field("birth-time", Key::BirthTime, FieldKind::Time).half(),
        field("birth-weeks", Key::GestationWeeks, FieldKind::Whole).half(),
        field("birth-days", Key::GestationDays, FieldKind::Whole).half(),
        field("birth-weight", Key::BirthWeight, FieldKind::Whole)
            .unit("g")
            .hint(Key::BirthWeightHint),
        field("birth-length", Key::BirthLength, FieldKind::Decimal).unit("cm"),
        field("birth-head", Key::Head, FieldKind::Decimal)
            .unit("cm")
            .half(),
        field("birth-chest", Key::Chest, FieldKind::Decimal)
            .unit("cm")
            .half(),
        field("birth-notes", Key::NotesLabel, FieldKind::LongText),
    ];
}
form_values!(BirthInput {
    date,
    time,
    weeks,
    days,
    weight_g,
    length_cm,
    head_cm,
    chest_cm,
    notes
});

impl CaregiverInput {
    pub const FIELDS: &'static [FieldSpec] = &[
        field("cg-name", Key::CaregiverName, FieldKind::Text).required(),
        field("cg-relation", Key::CaregiverRelation, FieldKind::Text),
    ];
}
form_values!(CaregiverInput { name, relation });

/// The fields to fix, by field id (the id of the input in the form).
pub type FormErrors = Vec<(&'static str, FieldError)>;

/// Collects field results so a form shows every problem at once.
#[derive(Default)]
pub(crate) struct Check(pub(crate) FormErrors);

impl Check {
    pub(crate) fn field<T>(&mut self, id: &'static str, result: Result<T, FieldError>) -> Option<T> {
        result.map_err(|e| self.0.push((id, e))).ok()
    }
    /// Weeks and days are two fields: a problem with the days is marked on the days.
    pub(crate) fn gestation(&mut self, weeks_id: &'static str, days_id: &'static str, result: Result<Option<GestationalAge>, FieldError>) -> Option<Option<GestationalAge>> {
        let id = if result == Err(FieldError::GestationDays) { days_id } else { weeks_id };
        self.field(id, result)
    }
    /// A day of a pregnancy and its weeks, against the due date: the day must
    /// fall in the pregnancy, weeks typed within two weeks of the due date's
    /// count, and weeks left blank are that count. An entry saved again with
    /// the day and weeks it had (`stored`) is taken as it is: a due date moved
    /// since, or an earlier version's entry, never blocks editing its notes.
    pub(crate) fn against_due(
        &mut self,
        (date_id, weeks_id): (&'static str, &'static str),
        date: Option<NaiveDate>,
        typed: Option<GestationalAge>,
        due: Option<NaiveDate>,
        stored: Option<(NaiveDate, Option<GestationalAge>)>,
    ) -> Option<GestationalAge> {
        let (Some(date), Some(due)) = (date, due) else { return typed };
        if stored == Some((date, typed)) {
            return typed;
        }
        let expected = self.field(date_id, v::weeks_on(due, date))?;
        match typed {
            Some(typed) => {
                self.field(weeks_id, v::check_weeks_against_due(typed, expected));
                Some(typed)
            }
            None => Some(expected),
        }
    }
    pub(crate) fn done<T>(self, value: impl FnOnce() -> T) -> Result<T, FormErrors> {
        if self.0.is_empty() {
            Ok(value())
        } else {
            Err(self.0)
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChildInput {
    pub name: String,
    pub birth_date: String,
    pub sex: String,
    pub gestation_weeks: String,
    pub gestation_days: String,
}

impl ChildInput {
    pub fn from_child(c: &Child) -> Self {
        ChildInput {
            name: c.name.clone(),
            birth_date: c.birth_date.to_string(),
            sex: c.sex.code().to_owned(),
            gestation_weeks: c.gestation.map(|g| g.weeks.to_string()).unwrap_or_default(),
            gestation_days: c.gestation.map(|g| g.days.to_string()).unwrap_or_default(),
        }
    }

    /// A child's form started from the birth recorded in a pregnancy: its
    /// date and weeks, so nothing is typed twice.
    pub fn from_birth(b: &Birth) -> Self {
        ChildInput {
            birth_date: b.date.to_string(),
            sex: Sex::Unspecified.code().to_owned(),
            gestation_weeks: b.gestation.map(|g| g.weeks.to_string()).unwrap_or_default(),
            gestation_days: b.gestation.map(|g| g.days.to_string()).unwrap_or_default(),
            ..Default::default()
        }
    }

    /// Applies the input to `child` (a new one has id 0 and empty lists).
    /// Dates already recorded for the child must still follow the birth.
    pub fn apply(&self, child: &mut Child, today: NaiveDate) -> Result<(), FormErrors> {
        let mut c = Check::default();
        let name = c.field("child-name", v::required_text(&self.name, v::NAME_MAX));
        let birth = c.field("child-birth-date", v::birth_date(&self.birth_date, today));
        if let Some(birth) = birth {
            if let Some(earliest) = child.earliest_entry().filter(|d| *d < birth) {
                c.0.push(("child-birth-date", FieldError::EntriesBeforeBirth { earliest }));
            }
        }
        let sex = c.field(
            "child-sex",
            Sex::from_code(&self.sex).ok_or(FieldError::Required),
        );
        let gestation = c.gestation(
            "child-gestation-weeks",
            "child-gestation-days",
            v::gestation(&self.gestation_weeks, &self.gestation_days, v::BIRTH_WEEKS),
        );
        c.done(|| {
            child.name = name.unwrap();
            child.birth_date = birth.unwrap();
            child.sex = sex.unwrap();
            child.gestation = gestation.unwrap();
        })
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MeasurementInput {
    pub date: String,
    pub weight_kg: String,
    pub length_cm: String,
    pub head_cm: String,
    pub chest_cm: String,
}

impl MeasurementInput {
    pub fn from_measurement(m: &Measurement) -> Self {
        use super::units::{grams_as_kg, mm_as_cm};
        MeasurementInput {
            date: m.date.to_string(),
            weight_kg: m.weight_g.map(grams_as_kg).unwrap_or_default(),
            length_cm: m.length_mm.map(mm_as_cm).unwrap_or_default(),
            head_cm: m.head_mm.map(mm_as_cm).unwrap_or_default(),
            chest_cm: m.chest_mm.map(mm_as_cm).unwrap_or_default(),
        }
    }

    pub fn to_measurement(
        &self,
        id: Id,
        birth: NaiveDate,
        today: NaiveDate,
    ) -> Result<Measurement, FormErrors> {
        let mut c = Check::default();
        let date = c.field("m-date", v::past_date(&self.date, today, Some(birth)));
        let weight_g = c.field(
            "m-weight",
            v::weight_kg(&self.weight_kg, v::CHILD_WEIGHT_KG),
        );
        let length_mm = c.field("m-length", v::length_cm(&self.length_cm, v::LENGTH_CM));
        let head_mm = c.field("m-head", v::length_cm(&self.head_cm, v::HEAD_CM));
        let chest_mm = c.field("m-chest", v::length_cm(&self.chest_cm, v::CHEST_CM));
        if c.0.is_empty()
            && weight_g.flatten().is_none()
            && length_mm.flatten().is_none()
            && head_mm.flatten().is_none()
            && chest_mm.flatten().is_none()
        {
            c.0.push(("m-weight", FieldError::NothingMeasured));
        }
        c.done(|| Measurement {
            id,
            date: date.unwrap(),
            weight_g: weight_g.unwrap(),
            length_mm: length_mm.unwrap(),
            head_mm: head_mm.unwrap(),
            chest_mm: chest_mm.unwrap(),
        })
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NoteInput {
    pub date: String,
    pub text: String,
}

impl NoteInput {
    pub fn to_note(&self, id: Id, today: NaiveDate) -> Result<Note, FormErrors> {
        let mut c = Check::default();
        let date = c.field("note-date", v::past_date(&self.date, today, None));
        let text = c.field("note-text", v::required_text(&self.text, v::NOTE_MAX));
        c.done(|| Note {
            id,
            date: date.unwrap(),
            text: text.unwrap(),
        })
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FirstInput {
    /// A [`FirstKind`] code, or "other" with a label.
    pub kind: String,
    pub label: String,
    pub date: String,
}

pub const OTHER_FIRST: &str = "other";

pub fn first_kind_code(kind: FirstKind) -> &'static str {
    match kind {
        FirstKind::HeadControl => "head_control",
        FirstKind::RollingOver => "rolling_over",
        FirstKind::SittingAlone => "sitting_alone",
        FirstKind::Crawling => "crawling",
        FirstKind::PullingToStand => "pulling_to_stand",
        FirstKind::WalkingAlone => "walking_alone",
        FirstKind::FirstWords => "first_words",
    }
}

impl FirstInput {
    pub fn to_first(
        &self,
        id: Id,
        birth: NaiveDate,
        today: NaiveDate,
    ) -> Result<First, FormErrors> {
        let mut c = Check::default();
        let kind = if self.kind == OTHER_FIRST {
            None
        } else {
            let known = FirstKind::ALL
                .into_iter()
                .find(|k| first_kind_code(*k) == self.kind);
            c.field("first-kind", known.ok_or(FieldError::Required))
                .map(Some)
                .unwrap_or(None)
        };
        let label = if self.kind == OTHER_FIRST {
            c.field("first-label", v::required_text(&self.label, v::NAME_MAX))
                .unwrap_or_default()
        } else {
            String::new()
        };
        let date = c.field("first-date", v::past_date(&self.date, today, Some(birth)));
        c.done(|| First {
            id,
            kind,
            label,
            date: date.unwrap(),
        })
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PregnancyInput {
    pub expected_delivery: String,
    pub notes: String,
}

impl PregnancyInput {
    pub fn apply(&self, p: &mut Pregnancy, today: NaiveDate) -> Result<(), FormErrors> {
        let mut c = Check::default();
        let edd = if self.expected_delivery.trim().is_empty() {
            Some(None)
        } else {
            c.field(
                "preg-edd",
                v::expected_delivery(&self.expected_delivery, today),
            )
            .map(Some)
        };
        let notes = c.field("preg-notes", v::optional_text(&self.notes, v::NOTE_MAX));
        c.done(|| {
            p.expected_delivery = edd.unwrap();
            p.notes = notes.unwrap();
        })
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CheckupInput {
    pub date: String,
    pub weeks: String,
    pub days: String,
    pub weight_kg: String,
    pub bp_systolic: String,
    pub bp_diastolic: String,
    pub urine_protein: String,
    pub urine_sugar: String,
    pub notes: String,
}

impl CheckupInput {
    pub fn from_checkup(k: &PrenatalCheckup) -> Self {
        CheckupInput {
            date: k.date.to_string(),
            weeks: k.gestation.map(|g| g.weeks.to_string()).unwrap_or_default(),
            days: k.gestation.map(|g| g.days.to_string()).unwrap_or_default(),
            weight_kg: k
                .weight_g
                .map(super::units::grams_as_kg)
                .unwrap_or_default(),
            bp_systolic: k.bp_systolic.map(|x| x.to_string()).unwrap_or_default(),
            bp_diastolic: k.bp_diastolic.map(|x| x.to_string()).unwrap_or_default(),
            urine_protein: k
                .urine_protein
                .map(|u| u.code().to_owned())
                .unwrap_or_default(),
            urine_sugar: k
                .urine_sugar
                .map(|u| u.code().to_owned())
                .unwrap_or_default(),
            notes: k.notes.clone(),
        }
    }

    /// `due`: the pregnancy's due date, when known (see [`Check::against_due`]);
    /// `stored`: the checkup as saved before, when this edits it.
    pub fn to_checkup(&self, id: Id, due: Option<NaiveDate>, stored: Option<&PrenatalCheckup>, today: NaiveDate) -> Result<PrenatalCheckup, FormErrors> {
        let mut c = Check::default();
        let date = c.field("pc-date", v::past_date(&self.date, today, None));
        let gestation = c.gestation(
            "pc-weeks",
            "pc-days",
            v::gestation(&self.weeks, &self.days, v::CHECKUP_WEEKS),
        );
        let gestation = gestation.map(|typed| c.against_due(("pc-date", "pc-weeks"), date, typed, due, stored.map(|k| (k.date, k.gestation))));
        let weight_g = c.field(
            "pc-weight",
            v::weight_kg(&self.weight_kg, v::MATERNAL_WEIGHT_KG),
        );
        let systolic = c.field(
            "pc-bp-systolic",
            v::blood_pressure(&self.bp_systolic, v::SYSTOLIC),
        );
        let diastolic = c.field(
            "pc-bp-diastolic",
            v::blood_pressure(&self.bp_diastolic, v::DIASTOLIC),
        );
        if let (Some(s), Some(d)) = (systolic, diastolic) {
            // One number kept alone by an earlier version saves again as it is.
            let unchanged = stored.is_some_and(|k| (k.bp_systolic, k.bp_diastolic) == (s, d));
            // The message goes on the number that is missing, or on the first.
            let at = if d.is_none() { "pc-bp-diastolic" } else { "pc-bp-systolic" };
            c.field(at, if unchanged { v::check_blood_pressure_pair(s, d) } else { v::check_blood_pressure_both(s, d) });
        }
        let urine = |code: &str| {
            if code.is_empty() {
                Ok(None)
            } else {
                UrineResult::from_code(code)
                    .map(Some)
                    .ok_or(FieldError::Required)
            }
        };
        let protein = c.field("pc-urine-protein", urine(&self.urine_protein));
        let sugar = c.field("pc-urine-sugar", urine(&self.urine_sugar));
        let notes = c.field("pc-notes", v::optional_text(&self.notes, v::NOTE_MAX));
        c.done(|| PrenatalCheckup {
            id,
            date: date.unwrap(),
            gestation: gestation.unwrap(),
            weight_g: weight_g.unwrap(),
            bp_systolic: systolic.unwrap(),
            bp_diastolic: diastolic.unwrap(),
            urine_protein: protein.unwrap(),
            urine_sugar: sugar.unwrap(),
            notes: notes.unwrap(),
        })
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BirthInput {
    pub date: String,
    pub time: String,
    pub weeks: String,
    pub days: String,
    pub weight_g: String,
    pub length_cm: String,
    pub head_cm: String,
    pub chest_cm: String,
    pub notes: String,
}

impl BirthInput {
    pub fn from_birth(b: &Birth) -> Self {
        use super::units::mm_as_cm;
        BirthInput {
            date: b.date.to_string(),
            time: b.time.map(super::units::hhmm).unwrap_or_default(),
            weeks: b.gestation.map(|g| g.weeks.to_string()).unwrap_or_default(),
            days: b.gestation.map(|g| g.days.to_string()).unwrap_or_default(),
            weight_g: b.weight_g.map(|g| g.to_string()).unwrap_or_default(),
            length_cm: b.length_mm.map(mm_as_cm).unwrap_or_default(),
            head_cm: b.head_mm.map(mm_as_cm).unwrap_or_default(),
            chest_cm: b.chest_mm.map(mm_as_cm).unwrap_or_default(),
            notes: b.notes.clone(),
        }
    }

    /// `due` and `stored` as for [`CheckupInput::to_checkup`].
    pub fn to_birth(&self, due: Option<NaiveDate>, stored: Option<&Birth>, today: NaiveDate) -> Result<Birth, FormErrors> {
        let mut c = Check::default();
        let date = c.field("birth-date", v::past_date(&self.date, today, None));
        let time = c.field("birth-time", v::optional_time(&self.time));
        let gestation = c.gestation(
            "birth-weeks",
            "birth-days",
            v::gestation(&self.weeks, &self.days, v::BIRTH_WEEKS),
        );
        let gestation = gestation.map(|typed| c.against_due(("birth-date", "birth-weeks"), date, typed, due, stored.map(|b| (b.date, b.gestation))));
        let weight_g = c.field(
            "birth-weight",
            v::weight_g(&self.weight_g, v::BIRTH_WEIGHT_G),
        );
        let length_mm = c.field(
            "birth-length",
            v::length_cm(&self.length_cm, v::BIRTH_LENGTH_CM),
        );
        let head_mm = c.field("birth-head", v::length_cm(&self.head_cm, v::HEAD_CM));
        let chest_mm = c.field("birth-chest", v::length_cm(&self.chest_cm, v::CHEST_CM));
        let notes = c.field("birth-notes", v::optional_text(&self.notes, v::NOTE_MAX));
        c.done(|| Birth {
            date: date.unwrap(),
            time: time.unwrap(),
            gestation: gestation.unwrap(),
            weight_g: weight_g.unwrap(),
            length_mm: length_mm.unwrap(),
            head_mm: head_mm.unwrap(),
            chest_mm: chest_mm.unwrap(),
            notes: notes.unwrap(),
        })
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CaregiverInput {
    pub name: String,
    pub relation: String,
}

impl CaregiverInput {
    pub fn to_caregiver(&self, id: Id) -> Result<Caregiver, FormErrors> {
        let mut c = Check::default();
        let name = c.field("cg-name", v::required_text(&self.name, v::NAME_MAX));
        let relation = c.field("cg-relation", v::optional_text(&self.relation, v::NAME_MAX));
        c.done(|| Caregiver {
            id,
            name: name.unwrap(),
            relation: relation.unwrap(),
        })
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn ids(fields: &[FieldSpec]) -> Vec<&'static str> {
        fields.iter().map(|f| f.id).collect()
    }

    /// Every error a form can report points at one of its own fields, and
    /// the value list lines up with the field table.
    #[test]
    fn field_tables_match_their_forms() {
        let today = d("2026-11-24");
        let junk = |n: usize| vec!["x".to_owned(); n];
        let check = |fields: &[FieldSpec], n_values: usize, errors: FormErrors| {
            assert_eq!(fields.len(), n_values);
            for (id, _) in errors {
                assert!(ids(fields).contains(&id), "{id} is not a field of its form");
            }
        };
        let mut child = Child::new(0, String::new(), today, Sex::Unspecified, None);
        let c = ChildInput::from_values(&junk(5));
        check(
            ChildInput::FIELDS,
            c.values().len(),
            c.apply(&mut child, today).unwrap_err(),
        );
        let m = MeasurementInput::from_values(&junk(5));
        check(
            MeasurementInput::FIELDS,
            m.values().len(),
            m.to_measurement(1, today, today).unwrap_err(),
        );
        let n = NoteInput::from_values(&["x".into(), String::new()]);
        check(
            NoteInput::FIELDS,
            n.values().len(),
            n.to_note(1, today).unwrap_err(),
        );
        let f = FirstInput::from_values(&[OTHER_FIRST.into(), String::new(), "x".into()]);
        check(
            FirstInput::FIELDS,
            f.values().len(),
            f.to_first(1, today, today).unwrap_err(),
        );
        let p = PregnancyInput::from_values(&junk(2));
        let mut preg = Pregnancy {
            id: 0,
            expected_delivery: None,
            checkups: vec![],
            birth: None,
            notes: String::new(),
        };
        check(
            PregnancyInput::FIELDS,
            p.values().len(),
            p.apply(&mut preg, today).unwrap_err(),
        );
        let k = CheckupInput::from_values(&junk(9));
        check(
            CheckupInput::FIELDS,
            k.values().len(),
            k.to_checkup(1, None, None, today).unwrap_err(),
        );
        let b = BirthInput::from_values(&junk(9));
        check(
            BirthInput::FIELDS,
            b.values().len(),
            b.to_birth(None, None, today).unwrap_err(),
        );
        let g = CaregiverInput::from_values(&[String::new(), "x".repeat(50)]);
        check(
            CaregiverInput::FIELDS,
            g.values().len(),
            g.to_caregiver(1).unwrap_err(),
        );
    }

    /// The fields marked as required are exactly those an empty form is
    /// refused for (a choice with no empty option always holds a value).
    pub(crate) fn assert_required_marks(fields: &[FieldSpec], refused_when_empty: FormErrors) {
        let always_set = |f: &&FieldSpec| matches!(f.kind, FieldKind::Choice { allow_empty: false, .. });
        let marked: Vec<_> = fields.iter().filter(|f| f.required && !always_set(f)).map(|f| f.id).collect();
        let refused: Vec<_> = fields
            .iter()
            .filter(|f| !always_set(f) && refused_when_empty.contains(&(f.id, FieldError::Required)))
            .map(|f| f.id)
            .collect();
        assert_eq!(marked, refused, "marked as required vs refused when left empty");
    }

    #[test]
    fn required_marks_match_what_each_form_refuses_empty() {
        let today = d("2026-11-24");
        let empty = |n: usize| vec![String::new(); n];
        let mut child = Child::new(0, String::new(), today, Sex::Unspecified, None);
        assert_required_marks(ChildInput::FIELDS, ChildInput::from_values(&empty(5)).apply(&mut child, today).unwrap_err());
        assert_required_marks(MeasurementInput::FIELDS, MeasurementInput::from_values(&empty(5)).to_measurement(1, today, today).unwrap_err());
        assert_required_marks(NoteInput::FIELDS, NoteInput::from_values(&empty(2)).to_note(1, today).unwrap_err());
        // The family's own label is asked for once "other" is chosen.
        let other = FirstInput::from_values(&[OTHER_FIRST.into(), String::new(), String::new()]);
        assert_required_marks(FirstInput::FIELDS, other.to_first(1, today, today).unwrap_err());
        let mut preg = Pregnancy { id: 0, expected_delivery: None, checkups: vec![], birth: None, notes: String::new() };
        assert!(PregnancyInput::from_values(&empty(2)).apply(&mut preg, today).is_ok(), "a pregnancy needs nothing typed");
        assert!(PregnancyInput::FIELDS.iter().all(|f| !f.required));
        assert_required_marks(CheckupInput::FIELDS, CheckupInput::from_values(&empty(9)).to_checkup(1, None, None, today).unwrap_err());
        assert_required_marks(BirthInput::FIELDS, BirthInput::from_values(&empty(9)).to_birth(None, None, today).unwrap_err());
        assert_required_marks(CaregiverInput::FIELDS, CaregiverInput::from_values(&empty(2)).to_caregiver(1).unwrap_err());
    }

    #[test]
    fn a_form_reports_every_field_to_fix_at_once() {
        let input = MeasurementInput {
            date: "2099-01-01".into(),
            weight_kg: "3250".into(),
            length_cm: "495".into(),
            ..Default::default()
        };
        let errors = input
            .to_measurement(1, d("2025-01-01"), d("2026-11-24"))
            .unwrap_err();
        let ids: Vec<_> = errors.iter().map(|(id, _)| *id).collect();
        assert_eq!(ids, ["m-date", "m-weight", "m-length"]);
        assert_eq!(
            errors[1].1,
            FieldError::LooksLikeGrams { kg: "3.25".into() }
        );
    }

    #[test]
    fn a_measurement_needs_at_least_one_value_and_a_date_after_birth() {
        let birth = d("2025-01-01");
        let empty = MeasurementInput {
            date: "2025-06-01".into(),
            ..Default::default()
        };
        assert_eq!(
            empty.to_measurement(1, birth, d("2026-11-24")).unwrap_err(),
            vec![("m-weight", FieldError::NothingMeasured)]
        );
        let before = MeasurementInput {
            date: "2024-12-31".into(),
            weight_kg: "3".into(),
            ..Default::default()
        };
        assert_eq!(
            before
                .to_measurement(1, birth, d("2026-11-24"))
                .unwrap_err(),
            vec![("m-date", FieldError::DateBeforeBirth { birth })]
        );
        let ok = MeasurementInput {
            date: "2025-06-01".into(),
            weight_kg: "７．２".into(),
            head_cm: "42".into(),
            ..Default::default()
        };
        let m = ok.to_measurement(9, birth, d("2026-11-24")).unwrap();
        assert_eq!(
            (m.weight_g, m.head_mm, m.length_mm),
            (Some(7200), Some(420), None)
        );
        assert_eq!(MeasurementInput::from_measurement(&m).weight_kg, "7.2");
    }

    #[test]
    fn a_problem_with_the_gestation_days_is_marked_on_the_days_field() {
        let today = d("2026-11-24");
        let mut child = Child::new(0, String::new(), today, Sex::Unspecified, None);
        let mut input = ChildInput {
            name: "ゆい".into(),
            birth_date: "2026-01-01".into(),
            sex: Sex::Female.code().into(),
            gestation_weeks: "30".into(),
            gestation_days: "9".into(),
        };
        assert_eq!(input.apply(&mut child, today).unwrap_err(), vec![("child-gestation-days", FieldError::GestationDays)]);
        input.gestation_days = "2".into();
        input.gestation_weeks = "50".into();
        assert_eq!(input.apply(&mut child, today).unwrap_err()[0].0, "child-gestation-weeks");
    }

    #[test]
    fn moving_a_birth_date_after_recorded_measurements_is_refused() {
        let mut child = Child {
            id: 1,
            name: "ゆい".into(),
            birth_date: d("2025-01-01"),
            sex: Sex::Female,
            gestation: None,
            firsts: vec![],
            measurements: vec![Measurement {
                id: 2,
                date: d("2025-02-01"),
                weight_g: Some(4000),
                length_mm: None,
                head_mm: None,
                chest_mm: None,
            }],
            ..Child::new(1, "ゆい".into(), d("2025-01-01"), Sex::Female, None)
        };
        let mut input = ChildInput::from_child(&child);
        input.birth_date = "2025-03-01".into();
        assert_eq!(
            input.apply(&mut child, d("2026-11-24")).unwrap_err()[0].0,
            "child-birth-date"
        );
        assert_eq!(
            child.birth_date,
            d("2025-01-01"),
            "nothing changes on error"
        );
    }

    #[test]
    fn birth_and_checkup_forms_catch_unit_slips_and_swapped_pressures() {
        let birth = BirthInput {
            date: "2025-05-14".into(),
            weeks: "39".into(),
            weight_g: "3.12".into(),
            length_cm: "49.5".into(),
            ..Default::default()
        };
        assert_eq!(
            birth.to_birth(None, None, d("2026-11-24")).unwrap_err(),
            vec![(
                "birth-weight",
                FieldError::LooksLikeKilograms {
                    grams: "3120".into()
                }
            )]
        );
        let checkup = CheckupInput {
            date: "2025-01-10".into(),
            bp_systolic: "70".into(),
            bp_diastolic: "120".into(),
            urine_protein: "trace".into(),
            ..Default::default()
        };
        assert_eq!(
            checkup.to_checkup(1, None, None, d("2026-11-24")).unwrap_err(),
            vec![("pc-bp-systolic", FieldError::SystolicNotAboveDiastolic)]
        );
        let fixed = CheckupInput {
            bp_systolic: "120".into(),
            bp_diastolic: "70".into(),
            ..checkup
        };
        let k = fixed.to_checkup(1, None, None, d("2026-11-24")).unwrap();
        assert_eq!(k.urine_protein, Some(UrineResult::Trace));
        assert_eq!(CheckupInput::from_checkup(&k).bp_systolic, "120");
        // One number alone would be stored and never shown: both or neither.
        let lone = CheckupInput { bp_diastolic: String::new(), ..fixed.clone() };
        assert_eq!(lone.to_checkup(1, None, None, d("2026-11-24")).unwrap_err(), vec![("pc-bp-diastolic", FieldError::BloodPressureHalf)]);
        let lone = CheckupInput { bp_systolic: String::new(), ..fixed };
        assert_eq!(lone.to_checkup(1, None, None, d("2026-11-24")).unwrap_err(), vec![("pc-bp-systolic", FieldError::BloodPressureHalf)]);
    }

    #[test]
    fn a_child_added_from_a_birth_starts_with_its_date_weeks_and_measurements() {
        let birth = BirthInput { date: "2026-06-05".into(), weeks: "39".into(), days: "2".into(), weight_g: "3120".into(), length_cm: "49.5".into(), ..Default::default() }
            .to_birth(None, None, d("2026-06-10"))
            .unwrap();
        let mut input = ChildInput::from_birth(&birth);
        input.name = "ゆい".into();
        let mut child = Child::new(0, String::new(), d("2026-06-10"), Sex::Unspecified, None);
        input.apply(&mut child, d("2026-06-10")).unwrap();
        assert_eq!((child.birth_date, child.gestation), (d("2026-06-05"), Some(GestationalAge { weeks: 39, days: 2 })));
        let m = birth.measurement_for(child.birth_date, 7).unwrap();
        assert_eq!((m.date, m.weight_g, m.length_mm, m.head_mm), (d("2026-06-05"), Some(3120), Some(495), None));
        assert_eq!(birth.measurement_for(d("2026-06-06"), 7), None, "the birth date changed in the form: not dated wrongly");
        assert_eq!(Birth { weight_g: None, length_mm: None, ..birth }.measurement_for(child.birth_date, 7), None, "nothing measured, no point");
    }

    /// Twins: the first baby takes the birth's measurement, the next one the
    /// date and weeks only (the birth holds one baby's measurement).
    #[test]
    fn a_birth_offers_a_first_child_then_another_without_the_measurement() {
        let birth = BirthInput { date: "2026-06-05".into(), weeks: "36".into(), weight_g: "2410".into(), ..Default::default() }
            .to_birth(None, None, d("2026-06-10"))
            .unwrap();
        let mut h = Household::default();
        let id = h.new_id();
        h.pregnancies.push(Pregnancy { id, expected_delivery: None, checkups: vec![], birth: None, notes: String::new() });
        assert_eq!(h.birth_offer(id), None, "no birth recorded, nothing offered");
        h.pregnancy_mut(id).unwrap().birth = Some(birth.clone());
        let first = h.birth_offer(id).unwrap();
        assert!(!first.another);
        assert_eq!(first.birth.measurement_for(birth.date, 9).and_then(|m| m.weight_g), Some(2410));
        let child = Child::new(h.new_id(), "ゆい".into(), birth.date, Sex::Female, birth.gestation);
        h.children.push(child);
        let second = h.birth_offer(id).unwrap();
        assert!(second.another);
        assert_eq!(ChildInput::from_birth(&second.birth), ChildInput::from_birth(&birth), "the same date and weeks");
        assert_eq!(second.birth.measurement_for(birth.date, 9), None, "the first baby's weight is not the twin's");
    }

    /// The smallest birth the birth form takes gives a first measurement the
    /// child's record (and so a backup of it) takes too.
    #[test]
    fn the_smallest_birth_recorded_is_a_measurement_the_record_keeps() {
        let today = d("2026-06-10");
        let smallest = BirthInput { date: "2026-06-05".into(), weeks: "22".into(), weight_g: "200".into(), length_cm: "20".into(), head_cm: "15".into(), chest_cm: "12".into(), ..Default::default() };
        let birth = smallest.to_birth(None, None, today).unwrap();
        let mut h = Household::default();
        let mut child = Child::new(h.new_id(), "ゆい".into(), birth.date, Sex::Unspecified, birth.gestation);
        child.measurements.extend(birth.measurement_for(birth.date, h.new_id()));
        h.children.push(child);
        assert_eq!(crate::domain::backup::check_household(&h, today), Ok(0));
    }

    #[test]
    fn a_day_of_pregnancy_and_its_weeks_agree_with_the_due_date() {
        let due = Some(d("2025-05-30"));
        let today = d("2026-11-24");
        let checkup = |date: &str, weeks: &str| CheckupInput { date: date.into(), weeks: weeks.into(), days: "1".into(), ..Default::default() };
        // 2025-01-24 is 22+0 by the due date: 22+1 and 21+1 are fine, 12+1 is not.
        assert!(checkup("2025-01-24", "22").to_checkup(1, due, None, today).is_ok());
        assert!(checkup("2025-01-24", "21").to_checkup(1, due, None, today).is_ok());
        let expected = GestationalAge { weeks: 22, days: 0 };
        assert_eq!(checkup("2025-01-24", "12").to_checkup(1, due, None, today).unwrap_err(), vec![("pc-weeks", FieldError::WeeksDisagreeWithDue { expected })]);
        // Without a due date there is nothing to compare with.
        assert!(checkup("2025-01-24", "12").to_checkup(1, None, None, today).is_ok());
        // A day long before the pregnancy is refused on the date.
        assert_eq!(checkup("2023-07-01", "30").to_checkup(1, due, None, today).unwrap_err(), vec![("pc-date", FieldError::DateOutsidePregnancy { due: d("2025-05-30") })]);
        // A birth 195 days before a due date five days on is not 39 weeks.
        let birth = BirthInput { date: "2025-11-20".into(), weeks: "39".into(), ..Default::default() };
        assert_eq!(birth.to_birth(Some(d("2026-06-08")), None, today).unwrap_err()[0].0, "birth-weeks");
        assert!(BirthInput { date: "2026-06-05".into(), ..birth }.to_birth(Some(d("2026-06-08")), None, d("2026-06-10")).is_ok());
        // Weeks left blank are the due date's count for the day.
        let blank = CheckupInput { date: "2025-01-24".into(), ..Default::default() };
        assert_eq!(blank.to_checkup(1, due, None, today).unwrap().gestation, Some(expected));
    }

    #[test]
    fn an_entry_saved_again_as_it_was_is_never_blocked() {
        let today = d("2026-11-24");
        // Stored by an earlier version (or before the due date moved): 12+1
        // on a day the due date now counts as 22+0, and one pressure alone.
        let mut stored = CheckupInput { date: "2025-01-24".into(), weeks: "12".into(), days: "1".into(), ..Default::default() }
            .to_checkup(5, None, None, today)
            .unwrap();
        stored.bp_systolic = Some(150);
        let due = Some(d("2025-05-30"));
        let notes_edited = CheckupInput { notes: "頭痛なし".into(), ..CheckupInput::from_checkup(&stored) };
        assert_eq!(notes_edited.to_checkup(5, due, Some(&stored), today).unwrap().notes, "頭痛なし");
        // Changing the weeks, or adding a pressure alone, is checked as new.
        let weeks_edited = CheckupInput { weeks: "13".into(), ..notes_edited.clone() };
        assert_eq!(weeks_edited.to_checkup(5, due, Some(&stored), today).unwrap_err()[0].0, "pc-weeks");
        let pressure_edited = CheckupInput { bp_systolic: "151".into(), ..notes_edited };
        assert_eq!(pressure_edited.to_checkup(5, due, Some(&stored), today).unwrap_err()[0].1, FieldError::BloodPressureHalf);
    }

    #[test]
    fn a_first_of_the_familys_own_needs_a_label() {
        let birth = d("2025-01-01");
        let other = FirstInput {
            kind: OTHER_FIRST.into(),
            label: " ".into(),
            date: "2025-05-01".into(),
        };
        assert_eq!(
            other.to_first(1, birth, d("2026-11-24")).unwrap_err()[0].0,
            "first-label"
        );
        let walking = FirstInput {
            kind: "walking_alone".into(),
            label: String::new(),
            date: "2026-01-20".into(),
        };
        assert_eq!(
            walking.to_first(1, birth, d("2026-11-24")).unwrap().kind,
            Some(FirstKind::WalkingAlone)
        );
    }
}
