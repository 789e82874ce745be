//! The backup file: the whole record as JSON, versioned and documented in
//! docs/backup-format.md. Import validates everything (size, JSON, shape,
//! version, every value) before anything is written, so a bad file changes
//! nothing.

use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use serde_json::Value;

use super::record::{Household, RecordCounts};
use super::record_write::json_objects;
use super::{record_read, timestamp};
use crate::data_file::{object, read_value, string, whole, Fault, Notes};
use super::schedule_forms::{check_vaccination, check_visit};
use super::validate::{self as v, FieldError};
use super::backup_place::place_in_words;
use crate::i18n::{t_with, Key, Lang};
use crate::storage::migrations::DecodeError;

pub const FORMAT: &str = "sukusuku-backup";
/// 2 added development checks, vaccinations and checkup visits (every
/// version-1 file still imports).
pub const FORMAT_VERSION: u32 = 2;
/// Far above any real record (a heavy six-year record is about 0.2 MB), far
/// below what would freeze a phone.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Backup {
    pub format: String,
    pub format_version: u32,
    #[serde(with = "super::timestamp")]
    pub exported_at: DateTime<Utc>,
    /// The app build that wrote the file, for support questions.
    pub app_version: String,
    pub record: Household,
}

pub fn export(record: &Household, now: DateTime<Utc>, app_version: &str) -> String {
    let backup = Backup {
        format: FORMAT.to_owned(),
        format_version: FORMAT_VERSION,
        exported_at: now,
        app_version: app_version.to_owned(),
        record: record.clone(),
    };
    indent(&super::record_write::to_text(&backup))
}

json_objects! {
    Backup { format format_version exported_at app_version record }
}

/// serde_json's compact text laid out as its `to_string_pretty` would (two
/// spaces, `": "`), so that a family can read the file. Done on the text
/// because `to_string_pretty` compiled the record's writer a second time.
fn indent(compact: &str) -> String {
    let bytes = compact.as_bytes();
    let mut out = String::with_capacity(compact.len() * 3 / 2);
    let mut depth = 0;
    let new_line = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    };
    let (mut in_string, mut escaped) = (false, false);
    for (at, c) in compact.char_indices() {
        if in_string {
            out.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                // An empty object or list stays on its line: `{}`, `[]`.
                if !matches!(bytes.get(at + 1), Some(b'}' | b']')) {
                    depth += 1;
                    new_line(&mut out, depth);
                }
            }
            '}' | ']' => {
                if !matches!(bytes[at - 1], b'{' | b'[') {
                    depth -= 1;
                    new_line(&mut out, depth);
                }
                out.push(c);
            }
            ',' => {
                out.push(c);
                new_line(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out
}

/// `sukusuku-backup-2026-11-24.json`
pub fn file_name(today: NaiveDate) -> String {
    format!("{FORMAT}-{today}.json")
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// The browser could not give the file's content (moved, deleted, still
    /// downloading, or access refused): nothing was read, so nothing is judged.
    Unreadable,
    Empty,
    TooLarge {
        bytes: usize,
    },
    /// Where the text stops being JSON, for the tests: a family is told
    /// only that it is not a backup.
    NotJson {
        line: usize,
        column: usize,
    },
    /// The text stops in the middle (a download or a save cut short).
    CutShort,
    NotABackup,
    /// `supported`: the newest this version reads (the backup format's, or
    /// for a stored record the storage schema's).
    NewerFormat {
        found: u64,
        supported: u32,
    },
    BadFormatVersion,
    /// A field of the wrong type, a missing field or an unknown one.
    Shape {
        path: String,
        fault: Fault,
    },
    /// A value that cannot be true (a measurement before the birth, 3250 kg…).
    Impossible {
        path: String,
        error: FieldError,
    },
    DuplicateId {
        id: u64,
    },
    /// An id (or the next one to give) far beyond what the app ever gives:
    /// counting on from it would wrap round onto ids in use.
    IdTooLarge {
        id: u64,
    },
    /// A record as a device stored it, which this version cannot read either.
    StoredUnreadable,
}

/// Ids stay below 2^53, as JavaScript numbers count exactly; the app gives
/// them one by one from 1.
pub const MAX_ID: u64 = 1 << 53;

impl ImportError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ImportError::Unreadable => t_with(lang, Key::ImportUnreadable, &[]),
            ImportError::Empty => t_with(lang, Key::ImportEmpty, &[]),
            ImportError::TooLarge { bytes } => t_with(
                lang,
                Key::ImportTooLarge,
                &[
                    (
                        "size",
                        &super::units::decimal_text(*bytes as f64 / 1_048_576.0, 1),
                    ),
                    ("max", &(MAX_BYTES / 1_048_576).to_string()),
                ],
            ),
            ImportError::NotJson { .. } => Key::ImportNotJson.text(lang).to_owned(),
            ImportError::CutShort => Key::ImportCutShort.text(lang).to_owned(),
            ImportError::NotABackup => t_with(lang, Key::ImportNotABackup, &[]),
            ImportError::NewerFormat { found, supported } => t_with(
                lang,
                Key::ImportNewerFormat,
                &[("found", &found.to_string()), ("supported", &supported.to_string())],
            ),
            ImportError::BadFormatVersion => t_with(lang, Key::ImportBadFormatVersion, &[]),
            // A family cannot mend the file: where it went wrong is said in
            // their words, and a value's rule only as a hint, never a field's
            // type or the names a program reads.
            ImportError::Shape { path, .. } => t_with(lang, Key::ImportShape, &[("place", &place_in_words(path, lang))]),
            ImportError::Impossible { path, error } => {
                let rule = error.message(lang);
                let rule = rule.trim_end_matches(['。', '.']);
                t_with(lang, Key::ImportImpossible, &[("place", &place_in_words(path, lang)), ("detail", rule)])
            }
            ImportError::DuplicateId { id } => {
                t_with(lang, Key::ImportDuplicateId, &[("id", &id.to_string())])
            }
            ImportError::StoredUnreadable => t_with(lang, Key::ImportStoredUnreadable, &[]),
            ImportError::IdTooLarge { id } => t_with(lang, Key::ImportIdTooLarge, &[("id", &id.to_string())]),
        }
    }
}

/// A record's contents as a short list, leaving out what it has none of:
/// "お子さん1人・計測2件".
pub fn counts_in_words(c: &RecordCounts, lang: Lang) -> String {
    let counted = [
        (c.children, Key::CountChildren),
        (c.pregnancies, Key::CountPregnancies),
        (c.measurements, Key::CountMeasurements),
        (c.notes, Key::CountNotes),
        (c.firsts, Key::CountFirsts),
        (c.checks, Key::CountChecks),
        (c.vaccinations, Key::CountVaccinations),
        (c.checkup_visits, Key::CountVisits),
        (c.caregivers, Key::CountCaregivers),
        (c.prenatal_checkups, Key::CountPrenatal),
    ];
    let parts: Vec<String> = counted.iter().filter(|(n, _)| *n > 0).map(|(n, key)| t_with(lang, *key, &[("n", &n.to_string())])).collect();
    if parts.is_empty() {
        return Key::CountsNothing.text(lang).to_owned();
    }
    parts.join(Key::CountsJoin.text(lang))
}

/// What a file holds, shown before the family decides to replace their record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportPreview {
    pub exported_at: DateTime<Utc>,
    /// Doses, visits and checks dated before their child's birth (see [`check_household`]).
    pub before_birth: usize,
    pub counts: RecordCounts,
    pub children: Vec<(String, NaiveDate)>,
}

/// Reads and checks a backup file. Nothing is written here: the caller
/// stores the household only after the family has seen the preview.
pub fn read(bytes: &[u8], today: NaiveDate) -> Result<(Household, ImportPreview), ImportError> {
    if bytes.len() > MAX_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    let text =
        std::str::from_utf8(bytes).map_err(|_| ImportError::NotJson { line: 1, column: 1 })?;
    let text = text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let value: Value = crate::json::parse(text).map_err(|e| match e.fault {
        crate::json::SyntaxFault::EndsEarly => ImportError::CutShort,
        _ => ImportError::NotJson { line: e.line, column: e.column },
    })?;
    // First only the two identifying fields: a file of another shape is
    // named as such before its details are judged.
    if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
        // The record as a device stored it: what Settings saves as a file
        // when this app could not read it there (a newer version's, say).
        if value.get("schema_version").is_some() && value.get("record").is_some() {
            return read_stored(text, today);
        }
        return Err(ImportError::NotABackup);
    }
    match value.get("format_version").and_then(Value::as_u64) {
        Some(found) if found > FORMAT_VERSION as u64 => return Err(ImportError::NewerFormat { found, supported: FORMAT_VERSION }),
        Some(found) if found >= 1 => {}
        _ => return Err(ImportError::BadFormatVersion),
    }
    let backup = read_value(&value, read_backup).map_err(|problems| {
        let first = problems.into_iter().next().expect("a refused file has a problem");
        // Inside the record, the same paths as the value checks below.
        let path = first.path.strip_prefix("record.").map(str::to_owned).unwrap_or(first.path);
        ImportError::Shape { path, fault: first.fault }
    })?;
    preview(backup.record, backup.exported_at, today)
}

/// A stored record, read as a start would read it (migrations included)
/// and checked as a backup is.
fn read_stored(text: &str, today: NaiveDate) -> Result<(Household, ImportPreview), ImportError> {
    let envelope = crate::storage::migrations::decode(text).map_err(|e| match e {
        DecodeError::Newer { found } => ImportError::NewerFormat { found, supported: crate::storage::envelope::SCHEMA_VERSION },
        _ => ImportError::StoredUnreadable,
    })?;
    preview(envelope.record, envelope.updated_at, today)
}

fn preview(record: Household, exported_at: DateTime<Utc>, today: NaiveDate) -> Result<(Household, ImportPreview), ImportError> {
    // A day of slack: a backup written in Japan in the morning is dated
    // tomorrow on a device whose clock or time zone is behind.
    let before_birth = check_household(&record, today.succ_opt().unwrap_or(today))?;
    let preview = ImportPreview {
        exported_at,
        before_birth,
        counts: record.counts(),
        children: record.children.iter().map(|c| (c.name.clone(), c.birth_date)).collect(),
    };
    Ok((record, preview))
}

/// The file's shape, before its values are checked (see [`read`]).
pub fn read_backup(value: &Value, notes: &Notes) -> Backup {
    object(value, notes, |f| Backup {
        format: f.req("format", string),
        format_version: f.req("format_version", whole),
        exported_at: f.req("exported_at", timestamp::read),
        app_version: f.or_default("app_version", string),
        record: f.req("record", record_read::household),
    })
}

/// Every value of a household against the same rules the forms use.
///
/// Returns how many doses, checkup visits and checks are dated before their
/// child's birth. Earlier versions let a birth date be moved past them (the
/// form now refuses that), so such a record is still restored, never lost,
/// and the preview asks the family to look at those entries.
pub fn check_household(h: &Household, today: NaiveDate) -> Result<usize, ImportError> {
    let mut before_birth = 0;
    let mut ids = BTreeSet::new();
    if h.next_id >= MAX_ID {
        return Err(ImportError::IdTooLarge { id: h.next_id });
    }
    let mut id = |id: u64| {
        if id >= MAX_ID {
            Err(ImportError::IdTooLarge { id })
        } else if ids.insert(id) {
            Ok(())
        } else {
            Err(ImportError::DuplicateId { id })
        }
    };

    for (i, c) in h.caregivers.iter().enumerate() {
        id(c.id)?;
        let entry = format!("caregivers[{i}]");
        v::required_text(&c.name, v::NAME_MAX).map_err(at(&entry, "name"))?;
        v::optional_text(&c.relation, v::NAME_MAX).map_err(at(&entry, "relation"))?;
    }
    for (i, p) in h.pregnancies.iter().enumerate() {
        id(p.id)?;
        let path = format!("pregnancies[{i}]");
        if let Some(edd) = p.expected_delivery {
            v::check_expected_delivery(edd, today)
                .map_err(at(&path, "expected_delivery"))?;
        }
        v::optional_text(&p.notes, v::NOTE_MAX).map_err(at(&path, "notes"))?;
        for (j, c) in p.checkups.iter().enumerate() {
            id(c.id)?;
            let path = format!("{path}.checkups[{j}]");
            v::check_past_date(c.date, today, None).map_err(at(&path, "date"))?;
            if let Some(ga) = c.gestation {
                v::check_gestation(ga, v::CHECKUP_WEEKS)
                    .map_err(at(&path, "gestation"))?;
            }
            if let Some(g) = c.weight_g {
                v::check_weight_kg(g as f64 / 1000.0, v::MATERNAL_WEIGHT_KG)
                    .map_err(at(&path, "weight_g"))?;
            }
            check_bp(c.bp_systolic, v::SYSTOLIC).map_err(at(&path, "bp_systolic"))?;
            check_bp(c.bp_diastolic, v::DIASTOLIC).map_err(at(&path, "bp_diastolic"))?;
            v::check_blood_pressure_pair(c.bp_systolic, c.bp_diastolic)
                .map_err(at(&path, "bp_systolic"))?;
            v::optional_text(&c.notes, v::NOTE_MAX).map_err(at(&path, "notes"))?;
        }
        if let Some(b) = &p.birth {
            let path = format!("{path}.birth");
            v::check_past_date(b.date, today, None).map_err(at(&path, "date"))?;
            if let Some(ga) = b.gestation {
                v::check_gestation(ga, v::BIRTH_WEEKS).map_err(at(&path, "gestation"))?;
            }
            if let Some(g) = b.weight_g {
                v::check_weight_g(g as f64, v::BIRTH_WEIGHT_G)
                    .map_err(at(&path, "weight_g"))?;
            }
            check_mm(b.length_mm, v::BIRTH_LENGTH_CM).map_err(at(&path, "length_mm"))?;
            check_mm(b.head_mm, v::HEAD_CM).map_err(at(&path, "head_mm"))?;
            check_mm(b.chest_mm, v::CHEST_CM).map_err(at(&path, "chest_mm"))?;
            v::optional_text(&b.notes, v::NOTE_MAX).map_err(at(&path, "notes"))?;
        }
    }
    for (i, c) in h.children.iter().enumerate() {
        id(c.id)?;
        let path = format!("children[{i}]");
        v::required_text(&c.name, v::NAME_MAX).map_err(at(&path, "name"))?;
        v::check_birth_date(c.birth_date, today).map_err(at(&path, "birth_date"))?;
        if let Some(ga) = c.gestation {
            v::check_gestation(ga, v::BIRTH_WEEKS).map_err(at(&path, "gestation"))?;
        }
        let born = Some(c.birth_date);
        for (j, f) in c.firsts.iter().enumerate() {
            id(f.id)?;
            let entry = format!("{path}.firsts[{j}]");
            v::check_past_date(f.date, today, born)
                .map_err(at(&entry, "date"))?;
            if f.kind.is_none() {
                v::required_text(&f.label, v::NAME_MAX)
                    .map_err(at(&entry, "label"))?;
            }
        }
        for (j, m) in c.measurements.iter().enumerate() {
            id(m.id)?;
            let path = format!("{path}.measurements[{j}]");
            v::check_past_date(m.date, today, born).map_err(at(&path, "date"))?;
            if let Some(g) = m.weight_g {
                v::check_weight_kg(g as f64 / 1000.0, v::CHILD_WEIGHT_KG)
                    .map_err(at(&path, "weight_g"))?;
            }
            check_mm(m.length_mm, v::LENGTH_CM).map_err(at(&path, "length_mm"))?;
            check_mm(m.head_mm, v::HEAD_CM).map_err(at(&path, "head_mm"))?;
            check_mm(m.chest_mm, v::CHEST_CM).map_err(at(&path, "chest_mm"))?;
            if m.weight_g.is_none()
                && m.length_mm.is_none()
                && m.head_mm.is_none()
                && m.chest_mm.is_none()
            {
                return Err(ImportError::Impossible {
                    path,
                    error: FieldError::NothingMeasured,
                });
            }
        }
        for (j, n) in c.notes.iter().enumerate() {
            id(n.id)?;
            let entry = format!("{path}.notes[{j}]");
            v::check_past_date(n.date, today, None)
                .map_err(at(&entry, "date"))?;
            v::required_text(&n.text, v::NOTE_MAX)
                .map_err(at(&entry, "text"))?;
        }
        before_birth += c.entries_before_birth();
        for (j, k) in c.checks.iter().enumerate() {
            id(k.id)?;
            let entry = format!("{path}.checks[{j}]");
            v::check_past_date(k.date, today, None)
                .map_err(at(&entry, "date"))?;
            v::required_text(&k.band, v::NAME_MAX)
                .map_err(at(&entry, "band"))?;
        }
        for (j, d) in c.vaccinations.iter().enumerate() {
            id(d.id)?;
            check_vaccination(d, None, today).map_err(|(field, error)| ImportError::Impossible {
                path: format!("{path}.vaccinations[{j}].{field}"),
                error,
            })?;
        }
        for (j, k) in c.checkup_visits.iter().enumerate() {
            id(k.id)?;
            check_visit(k, None, today).map_err(|(field, error)| ImportError::Impossible {
                path: format!("{path}.checkup_visits[{j}].{field}"),
                error,
            })?;
        }
    }
    Ok(before_birth)
}

/// Names a refused field; the path is written only then, so a large
/// backup's valid fields cost no text.
fn at<'a>(path: &'a str, field: &'static str) -> impl FnOnce(FieldError) -> ImportError + 'a {
    move |error| ImportError::Impossible { path: format!("{path}.{field}"), error }
}

fn check_mm(mm: Option<u32>, range: v::Range) -> Result<(), FieldError> {
    mm.map_or(Ok(()), |mm| {
        v::check_length_cm(mm as f64 / 10.0, range).map(|_| ())
    })
}

fn check_bp(value: Option<u16>, range: v::Range) -> Result<(), FieldError> {
    match value {
        Some(x) if !range.contains(x as f64) => Err(range.error("mmHg")),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::sample::{demo_household, heavy_household};

    #[test]
    fn the_layout_is_serde_json_pretty() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let mut odd = demo_household(today, crate::i18n::Lang::Ja);
        // Text that looks like the layout's own characters, and escapes.
        odd.children[0].name = "{[\"a\": 1,]} \\\" , : \u{7}".into();
        for household in [heavy_household(today), demo_household(today, crate::i18n::Lang::Ja), odd, Household::default()] {
            let backup = Backup {
                format: FORMAT.to_owned(),
                format_version: FORMAT_VERSION,
                exported_at: DateTime::<Utc>::default(),
                app_version: "test".into(),
                record: household.clone(),
            };
            let pretty = serde_json::to_string_pretty(&backup).unwrap();
            assert_eq!(export(&household, DateTime::<Utc>::default(), "test"), pretty);
        }
    }
}
