//! The stored record and backups written as JSON by hand, byte for byte as
//! serde_json writes the types' `Serialize` derives (the tests compare the
//! two on every record they have). serde's writer cost the wasm its own
//! serialiser per type; this is one small function per type. The derives
//! stay as the tests' reference and are not compiled into the app.

use chrono::{DateTime, NaiveDate, NaiveTime, Timelike, Utc};
use std::fmt::Write;

use super::record::{Birth, Caregiver, Child, First, FirstKind, GestationalAge, Household, Measurement, Note, Pregnancy, PrenatalCheckup, Sex, UrineResult, Vaccination};
use super::timestamp;
use crate::check::bank::Answer;
use crate::check::record::{CheckDraft, CompletedCheck, DomainLevel};
use crate::check::scoring::{Answers, Level};
use crate::schedule::checkups::CheckupVisit;
use crate::schedule::immunisation::RecordedDose;

/// A value that writes itself as JSON.
pub trait Json {
    fn write(&self, out: &mut String);
}

/// `{"a":1,"b":2}`: fields in the order given, as serde writes a struct.
pub struct Object<'a> {
    out: &'a mut String,
    empty: bool,
}

impl<'a> Object<'a> {
    pub fn new(out: &'a mut String) -> Self {
        out.push('{');
        Object { out, empty: true }
    }

    pub fn field(&mut self, key: &str, value: &dyn Json) -> &mut Self {
        if !self.empty {
            self.out.push(',');
        }
        self.empty = false;
        key.write(self.out);
        self.out.push(':');
        value.write(self.out);
        self
    }

    pub fn end(&mut self) {
        self.out.push('}');
    }
}

/// The whole value as compact JSON text.
pub fn to_text(value: &dyn Json) -> String {
    let mut out = String::new();
    value.write(&mut out);
    out
}

impl Json for str {
    /// Escaped as serde_json does: quote, backslash and control characters
    /// only (the short forms where JSON has one, `\u00XX` otherwise).
    fn write(&self, out: &mut String) {
        out.push('"');
        for c in self.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                '\u{08}' => out.push_str("\\b"),
                '\u{0c}' => out.push_str("\\f"),
                c if (c as u32) < 0x20 => {
                    let _ = write!(out, "\\u{:04x}", c as u32);
                }
                c => out.push(c),
            }
        }
        out.push('"');
    }
}

impl Json for String {
    fn write(&self, out: &mut String) {
        self.as_str().write(out);
    }
}

impl Json for bool {
    fn write(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

macro_rules! numbers {
    ($($t:ty)*) => {$(
        impl Json for $t {
            fn write(&self, out: &mut String) {
                let _ = write!(out, "{self}");
            }
        }
    )*};
}
numbers!(u8 u16 u32 u64 usize);

impl<T: Json> Json for Option<T> {
    fn write(&self, out: &mut String) {
        match self {
            Some(value) => value.write(out),
            None => out.push_str("null"),
        }
    }
}

impl<T: Json> Json for Vec<T> {
    fn write(&self, out: &mut String) {
        out.push('[');
        for (i, value) in self.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            value.write(out);
        }
        out.push(']');
    }
}

impl Json for NaiveDate {
    fn write(&self, out: &mut String) {
        let _ = write!(out, "\"{self}\"");
    }
}

impl Json for NaiveTime {
    fn write(&self, out: &mut String) {
        let _ = write!(out, "\"{:02}:{:02}:{:02}\"", self.hour(), self.minute(), self.second());
    }
}

impl Json for DateTime<Utc> {
    fn write(&self, out: &mut String) {
        timestamp::to_text(self).write(out);
    }
}

/// A unit enum, written as the name serde gives it.
macro_rules! names {
    ($($t:ty => $names:expr;)*) => {$(
        impl Json for $t {
            fn write(&self, out: &mut String) {
                $names[*self as usize].write(out);
            }
        }
    )*};
}
names! {
    Sex => Sex::CODES;
    UrineResult => UrineResult::CODES;
    FirstKind => ["head_control", "rolling_over", "sitting_alone", "crawling", "pulling_to_stand", "walking_alone", "first_words"];
    crate::check::bank::Domain => crate::check::bank::Domain::CODES;
    Level => ["on_track", "watch", "consult", "incomplete"];
    Answer => ["yes", "sometimes", "not_yet", "unknown"];
}

/// A struct, written field by field in the order given (its declaration
/// order, as serde writes it). Also used for the envelope and the backup.
macro_rules! json_objects {
    ($($t:ty { $($field:ident)* })*) => {$(
        impl $crate::domain::record_write::Json for $t {
            fn write(&self, out: &mut String) {
                $crate::domain::record_write::Object::new(out)$(.field(stringify!($field), &self.$field))*.end();
            }
        }
    )*};
}
pub(crate) use json_objects;
json_objects! {
    Household { caregivers pregnancies children next_id }
    Caregiver { id name relation }
    GestationalAge { weeks days }
    Pregnancy { id expected_delivery checkups birth notes }
    PrenatalCheckup { id date gestation weight_g bp_systolic bp_diastolic urine_protein urine_sugar notes }
    Birth { date time gestation weight_g length_mm head_mm chest_mm notes }
    First { id kind label date }
    Measurement { id date weight_g length_mm head_mm chest_mm }
    Vaccination { id given }
    Note { id date text }
    Child { id name birth_date sex gestation firsts measurements notes checks check_draft in_support questions_for_nurse vaccinations checkup_visits }
    CompletedCheck { id band date answers levels general_signs caregiver_signals }
    DomainLevel { domain level }
    CheckDraft { band started answers position }
    CheckupVisit { id checkup date place weight_g length_mm head_mm notes }
}

impl Json for Answers {
    fn write(&self, out: &mut String) {
        let mut object = Object::new(out);
        for (question, answer) in self {
            object.field(question, answer);
        }
        object.end();
    }
}

impl Json for RecordedDose {
    /// Without `product` when there is none, as older records were written.
    fn write(&self, out: &mut String) {
        let mut object = Object::new(out);
        object.field("vaccine", &self.vaccine).field("dose", &self.dose).field("date", &self.date).field("lot", &self.lot);
        if let Some(product) = &self.product {
            object.field("product", product);
        }
        object.end();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::sample::{demo_household, heavy_household};
    use crate::storage::envelope::Envelope;

    /// The reference: what serde_json writes from the types' derives.
    fn serde<T: serde::Serialize>(value: &T) -> String {
        serde_json::to_string(value).unwrap()
    }

    #[test]
    fn text_is_escaped_as_serde_json_escapes_it() {
        let every_control: String = (0u32..0x20).chain([0x7f, 0x2028, 0x1F600]).filter_map(char::from_u32).collect();
        for text in [every_control.as_str(), "", "\"\\/ <script> 日本語", "a\u{0}b"] {
            assert_eq!(to_text(&text.to_owned()), serde(&text), "{text:?}");
        }
    }

    #[test]
    fn the_richest_records_are_written_as_serde_writes_them() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let at = DateTime::<Utc>::from_timestamp(1_795_000_000, 0).unwrap();
        for record in [heavy_household(today), demo_household(today, crate::i18n::Lang::Ja), Household::default()] {
            assert_eq!(to_text(&record), serde(&record));
            let mut envelope = Envelope::new(at);
            envelope.record = record;
            envelope.write_count = u64::MAX;
            assert_eq!(envelope.to_json(), serde(&envelope));
            envelope.last_export_at = Some(at);
            assert_eq!(envelope.to_json(), serde(&envelope));
        }
    }
}
