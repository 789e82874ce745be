//! Field rules, shared by the forms and the backup importer. Each returns the
//! stored value or a [`FieldError`] that says what to fix, in the user's language.

use chrono::{NaiveDate, NaiveTime};

use super::record::GestationalAge;
use super::units::{decimal_text, grams_as_kg, mm_as_cm, parse_decimal};
use crate::i18n::{format, t_with, Key, Lang};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldError {
    Required,
    NotANumber,
    NotADate,
    NotATime,
    DateInFuture,
    DateBeforeBirth {
        birth: NaiveDate,
    },
    /// A birth date moved after entries already recorded for the child.
    EntriesBeforeBirth {
        earliest: NaiveDate,
    },
    DateTooFarAhead,
    DateTooLongAgo,
    OutOfRange {
        min: String,
        max: String,
        unit: &'static str,
    },
    WeeksOutOfRange {
        min: String,
        max: String,
    },
    /// A weight in grams typed into a kilogram field.
    LooksLikeGrams {
        kg: String,
    },
    /// A weight in kilograms typed into a gram field.
    LooksLikeKilograms {
        grams: String,
    },
    /// A length in millimetres typed into a centimetre field.
    LooksLikeMillimetres {
        cm: String,
    },
    TooLong {
        max: usize,
    },
    GestationDays,
    SystolicNotAboveDiastolic,
    /// One of the two blood pressure numbers without the other.
    BloodPressureHalf,
    /// Weeks more than two weeks away from what the due date gives for the day.
    WeeksDisagreeWithDue {
        expected: GestationalAge,
    },
    /// A day that counted from the due date falls outside a pregnancy.
    DateOutsidePregnancy {
        due: NaiveDate,
    },
    NothingMeasured,
    /// A vaccine, dose, product or checkup the built-in schedules do not have.
    NotInSchedule,
}

impl FieldError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            FieldError::Required => t_with(lang, Key::ErrRequired, &[]),
            FieldError::NotANumber => t_with(lang, Key::ErrNotANumber, &[]),
            FieldError::NotADate => t_with(lang, Key::ErrNotADate, &[]),
            FieldError::NotATime => t_with(lang, Key::ErrNotATime, &[]),
            FieldError::DateInFuture => t_with(lang, Key::ErrDateInFuture, &[]),
            FieldError::DateBeforeBirth { birth } => t_with(
                lang,
                Key::ErrDateBeforeBirth,
                &[("birth", &format::date(lang, *birth))],
            ),
            FieldError::EntriesBeforeBirth { earliest } => t_with(
                lang,
                Key::ErrEntriesBeforeBirth,
                &[("date", &format::date(lang, *earliest))],
            ),
            FieldError::DateTooFarAhead => t_with(lang, Key::ErrDateTooFarAhead, &[]),
            FieldError::DateTooLongAgo => t_with(lang, Key::ErrDateTooLongAgo, &[]),
            FieldError::OutOfRange { min, max, unit } => t_with(
                lang,
                Key::ErrOutOfRange,
                &[("min", min), ("max", max), ("unit", unit)],
            ),
            FieldError::WeeksOutOfRange { min, max } => t_with(lang, Key::ErrWeeksOutOfRange, &[("min", min), ("max", max)]),
            FieldError::LooksLikeGrams { kg } => {
                t_with(lang, Key::ErrLooksLikeGrams, &[("kg", kg)])
            }
            FieldError::LooksLikeKilograms { grams } => {
                t_with(lang, Key::ErrLooksLikeKilograms, &[("grams", grams)])
            }
            FieldError::LooksLikeMillimetres { cm } => {
                t_with(lang, Key::ErrLooksLikeMillimetres, &[("cm", cm)])
            }
            FieldError::TooLong { max } => {
                t_with(lang, Key::ErrTooLong, &[("max", &max.to_string())])
            }
            FieldError::GestationDays => t_with(lang, Key::ErrGestationDays, &[]),
            FieldError::SystolicNotAboveDiastolic => {
                t_with(lang, Key::ErrSystolicNotAboveDiastolic, &[])
            }
            FieldError::BloodPressureHalf => t_with(lang, Key::ErrBloodPressureHalf, &[]),
            FieldError::WeeksDisagreeWithDue { expected } => {
                t_with(lang, Key::ErrWeeksDisagreeWithDue, &[("weeks", &format::gestation(lang, expected))])
            }
            FieldError::DateOutsidePregnancy { due } => {
                t_with(lang, Key::ErrDateOutsidePregnancy, &[("due", &format::date(lang, *due))])
            }
            FieldError::NothingMeasured => t_with(lang, Key::ErrNothingMeasured, &[]),
            FieldError::NotInSchedule => t_with(lang, Key::ErrNotInSchedule, &[]),
        }
    }
}

pub type FieldResult<T> = Result<T, FieldError>;

// ---- dates -------------------------------------------------------------

/// A date as `<input type="date">` gives it ("2025-04-01"), or typed with slashes.
pub fn parse_date(input: &str) -> FieldResult<NaiveDate> {
    let s = input.trim();
    if s.is_empty() {
        return Err(FieldError::Required);
    }
    let parts: Vec<&str> = s.split(['-', '/']).collect();
    let number = |p: &str| {
        p.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| p.parse::<u32>().ok())
            .flatten()
    };
    match parts.as_slice() {
        [y, m, d] if y.len() == 4 && (1..=2).contains(&m.len()) && (1..=2).contains(&d.len()) => {
            NaiveDate::from_ymd_opt(
                number(y).ok_or(FieldError::NotADate)? as i32,
                number(m).ok_or(FieldError::NotADate)?,
                number(d).ok_or(FieldError::NotADate)?,
            )
            .ok_or(FieldError::NotADate)
        }
        _ => Err(FieldError::NotADate),
    }
}

/// A date that has happened: not after today, not before `not_before` (a birth).
pub fn past_date(
    input: &str,
    today: NaiveDate,
    not_before: Option<NaiveDate>,
) -> FieldResult<NaiveDate> {
    let date = parse_date(input)?;
    check_past_date(date, today, not_before)
}

pub fn check_past_date(
    date: NaiveDate,
    today: NaiveDate,
    not_before: Option<NaiveDate>,
) -> FieldResult<NaiveDate> {
    if date > today {
        return Err(FieldError::DateInFuture);
    }
    if let Some(birth) = not_before {
        if date < birth {
            return Err(FieldError::DateBeforeBirth { birth });
        }
    }
    if (today - date).num_days() > 366 * 120 {
        return Err(FieldError::DateTooLongAgo);
    }
    Ok(date)
}

/// A date of birth the app can follow: not in the future, at most 18 years ago.
pub fn birth_date(input: &str, today: NaiveDate) -> FieldResult<NaiveDate> {
    let date = past_date(input, today, None)?;
    check_birth_date(date, today)
}

pub fn check_birth_date(date: NaiveDate, today: NaiveDate) -> FieldResult<NaiveDate> {
    check_past_date(date, today, None)?;
    if (today - date).num_days() > 366 * 18 {
        return Err(FieldError::DateTooLongAgo);
    }
    Ok(date)
}

/// An expected delivery date: up to 300 days ahead (40 weeks from the last
/// period, and a margin; backups made with it must still restore), or up to
/// 20 years back (a record filled in long after the birth).
pub fn expected_delivery(input: &str, today: NaiveDate) -> FieldResult<NaiveDate> {
    let date = parse_date(input)?;
    check_expected_delivery(date, today)
}

pub fn check_expected_delivery(date: NaiveDate, today: NaiveDate) -> FieldResult<NaiveDate> {
    if (date - today).num_days() > 300 {
        return Err(FieldError::DateTooFarAhead);
    }
    if (today - date).num_days() > 366 * 20 {
        return Err(FieldError::DateTooLongAgo);
    }
    Ok(date)
}

pub fn optional_time(input: &str) -> FieldResult<Option<NaiveTime>> {
    let s = input.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let parts: Vec<u32> = s
        .split(':')
        .map(|p| if p.len() == 2 { p.parse().ok() } else { None })
        .collect::<Option<_>>()
        .ok_or(FieldError::NotATime)?;
    match parts.as_slice() {
        [h, m] => NaiveTime::from_hms_opt(*h, *m, 0),
        [h, m, sec] => NaiveTime::from_hms_opt(*h, *m, *sec),
        _ => None,
    }
    .map(Some)
    .ok_or(FieldError::NotATime)
}

// ---- measurements --------------------------------------------------------

/// What a measured quantity may plausibly be, in the unit the field shows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Range {
    pub min: f64,
    pub max: f64,
}

impl Range {
    pub fn error(&self, unit: &'static str) -> FieldError {
        FieldError::OutOfRange {
            min: fmt_num(self.min),
            max: fmt_num(self.max),
            unit,
        }
    }
    /// Weeks are a word in each language, not a unit symbol.
    pub fn weeks_error(&self) -> FieldError {
        FieldError::WeeksOutOfRange { min: fmt_num(self.min), max: fmt_num(self.max) }
    }
    pub fn contains(&self, value: f64) -> bool {
        value >= self.min && value <= self.max
    }
}

fn fmt_num(v: f64) -> String {
    decimal_text(v, 2)
}

/// A child's weight, 0 to 6 years (and a margin), in kilograms. The lower
/// ends here and below are a baby born at 22 weeks (some weigh under 300 g),
/// and match the birth's: its measurement becomes the child's first.
pub const CHILD_WEIGHT_KG: Range = Range {
    min: 0.2,
    max: 40.0,
};
/// A mother's weight during pregnancy, in kilograms.
pub const MATERNAL_WEIGHT_KG: Range = Range {
    min: 30.0,
    max: 200.0,
};
/// A weight at birth, in grams (the handbook writes birth weight in grams).
pub const BIRTH_WEIGHT_G: Range = Range {
    min: 200.0,
    max: 6500.0,
};
pub const LENGTH_CM: Range = Range {
    min: 20.0,
    max: 130.0,
};
pub const BIRTH_LENGTH_CM: Range = Range {
    min: 20.0,
    max: 65.0,
};
pub const HEAD_CM: Range = Range {
    min: 15.0,
    max: 60.0,
};
pub const CHEST_CM: Range = Range {
    min: 12.0,
    max: 70.0,
};

fn number(input: &str, unit: &str) -> FieldResult<Option<f64>> {
    if input.trim().is_empty() {
        return Ok(None);
    }
    parse_decimal(input, unit)
        .map(Some)
        .ok_or(FieldError::NotANumber)
}

/// A weight typed in kilograms, stored in grams. A number that only makes
/// sense in grams (3250 for 3.25 kg) is caught and explained.
pub fn weight_kg(input: &str, range: Range) -> FieldResult<Option<u32>> {
    let Some(kg) = number(input, "kg")? else {
        return Ok(None);
    };
    check_weight_kg(kg, range).map(Some)
}

pub fn check_weight_kg(kg: f64, range: Range) -> FieldResult<u32> {
    // From 200: "800" typed for a preterm baby is 0.8 kg, and saying so
    // helps more than a range would.
    let in_grams = Range { min: range.min * 1000.0, max: range.max * 1000.0 };
    check_in_unit(kg, range, "kg", 1000.0, in_grams, |g| FieldError::LooksLikeGrams { kg: grams_as_kg(g.round() as u32) })
}

/// The one rule behind every measurement field: a value in `range` is stored
/// as a whole number of a smaller unit (`stored_per_unit` of them per unit);
/// a value that only makes sense in another unit (grams typed into a
/// kilogram field: it falls in `other_unit`) is explained by `mistaken`;
/// anything else is out of range.
fn check_in_unit(
    value: f64,
    range: Range,
    unit: &'static str,
    stored_per_unit: f64,
    other_unit: Range,
    mistaken: impl FnOnce(f64) -> FieldError,
) -> FieldResult<u32> {
    if range.contains(value) {
        Ok((value * stored_per_unit).round() as u32)
    } else if other_unit.contains(value) {
        Err(mistaken(value))
    } else {
        Err(range.error(unit))
    }
}

/// A weight typed in grams (birth weight). 3.25 typed here is caught as kilograms.
pub fn weight_g(input: &str, range: Range) -> FieldResult<Option<u32>> {
    let Some(grams) = number(input, "g")? else {
        return Ok(None);
    };
    check_weight_g(grams, range).map(Some)
}

pub fn check_weight_g(grams: f64, range: Range) -> FieldResult<u32> {
    let in_kg = Range { min: range.min / 1000.0, max: range.max / 1000.0 };
    check_in_unit(grams, range, "g", 1.0, in_kg, |kg| FieldError::LooksLikeKilograms { grams: ((kg * 1000.0).round() as u32).to_string() })
}

/// A length typed in centimetres, stored in millimetres. Millimetres typed
/// here (495 for 49.5 cm) are caught and explained.
pub fn length_cm(input: &str, range: Range) -> FieldResult<Option<u32>> {
    let Some(cm) = number(input, "cm")? else {
        return Ok(None);
    };
    check_length_cm(cm, range).map(Some)
}

pub fn check_length_cm(cm: f64, range: Range) -> FieldResult<u32> {
    let in_mm = Range { min: range.min * 10.0, max: range.max * 10.0 };
    check_in_unit(cm, range, "cm", 10.0, in_mm, |mm| FieldError::LooksLikeMillimetres { cm: mm_as_cm(mm.round() as u32) })
}

pub fn blood_pressure(input: &str, range: Range) -> FieldResult<Option<u16>> {
    let Some(value) = number(input, "mmHg")? else {
        return Ok(None);
    };
    if value.fract() != 0.0 || !range.contains(value) {
        return Err(range.error("mmHg"));
    }
    Ok(Some(value as u16))
}

pub const SYSTOLIC: Range = Range {
    min: 60.0,
    max: 250.0,
};
pub const DIASTOLIC: Range = Range {
    min: 30.0,
    max: 160.0,
};

pub fn check_blood_pressure_pair(systolic: Option<u16>, diastolic: Option<u16>) -> FieldResult<()> {
    match (systolic, diastolic) {
        (Some(s), Some(d)) if s <= d => Err(FieldError::SystolicNotAboveDiastolic),
        _ => Ok(()),
    }
}

/// A form's blood pressure: both numbers or neither (the importer, lenient
/// with what an earlier version stored, checks only the pair's order).
pub fn check_blood_pressure_both(systolic: Option<u16>, diastolic: Option<u16>) -> FieldResult<()> {
    match (systolic, diastolic) {
        (Some(_), None) | (None, Some(_)) => Err(FieldError::BloodPressureHalf),
        _ => check_blood_pressure_pair(systolic, diastolic),
    }
}

/// How far weeks typed may be from the due date's count (an early scan can
/// move a due date; more than this is a mistyped date or weeks).
const WEEKS_TOLERANCE_DAYS: i64 = 14;

/// The weeks and days of pregnancy on `on`, counted from the due date;
/// refused when that is not a day of a pregnancy (0 to 44 weeks).
pub fn weeks_on(due: NaiveDate, on: NaiveDate) -> FieldResult<GestationalAge> {
    super::age::pregnancy_age(due, on).ok_or(FieldError::DateOutsidePregnancy { due })
}

/// Weeks typed for a day, against the due date's count.
pub fn check_weeks_against_due(typed: GestationalAge, expected: GestationalAge) -> FieldResult<()> {
    let apart = (typed.total_days() as i64 - expected.total_days() as i64).abs();
    if apart > WEEKS_TOLERANCE_DAYS {
        return Err(FieldError::WeeksDisagreeWithDue { expected });
    }
    Ok(())
}

/// Gestational age as weeks + days. Both empty is "not recorded".
pub fn gestation(
    weeks: &str,
    days: &str,
    weeks_range: Range,
) -> FieldResult<Option<GestationalAge>> {
    if weeks.trim().is_empty() && days.trim().is_empty() {
        return Ok(None);
    }
    let w = number(weeks, "w")?.ok_or(FieldError::Required)?;
    // Whatever is wrong with the days, the days' own message (the form shows it there).
    let d = number(days, "d").map_err(|_| FieldError::GestationDays)?.unwrap_or(0.0);
    if w.fract() != 0.0 || !weeks_range.contains(w) {
        return Err(weeks_range.weeks_error());
    }
    if d.fract() != 0.0 || d > 6.0 {
        return Err(FieldError::GestationDays);
    }
    Ok(Some(GestationalAge {
        weeks: w as u8,
        days: d as u8,
    }))
}

pub fn check_gestation(ga: GestationalAge, weeks_range: Range) -> FieldResult<GestationalAge> {
    if !weeks_range.contains(ga.weeks as f64) {
        return Err(weeks_range.weeks_error());
    }
    if ga.days > 6 {
        return Err(FieldError::GestationDays);
    }
    Ok(ga)
}

/// Weeks at birth a record can hold (22 weeks is the limit of viability in Japan).
pub const BIRTH_WEEKS: Range = Range {
    min: 22.0,
    max: 44.0,
};
/// Weeks at a prenatal checkup.
pub const CHECKUP_WEEKS: Range = Range {
    min: 4.0,
    max: 43.0,
};

// ---- text ------------------------------------------------------------------

pub const NAME_MAX: usize = 40;
pub const NOTE_MAX: usize = 2000;
/// A vaccine lot number as printed on the sticker (a few letters and digits).
pub const LOT_MAX: usize = 20;
/// Where a checkup was done: a health centre's or clinic's name.
pub const PLACE_MAX: usize = 60;

pub fn required_text(input: &str, max: usize) -> FieldResult<String> {
    let s = input.trim();
    if s.is_empty() {
        return Err(FieldError::Required);
    }
    optional_text(s, max)
}

pub fn optional_text(input: &str, max: usize) -> FieldResult<String> {
    let s = input.trim();
    if s.chars().count() > max {
        return Err(FieldError::TooLong { max });
    }
    Ok(s.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }
    const TODAY: &str = "2026-11-24";

    #[test]
    fn grams_typed_into_a_kilogram_field_are_explained() {
        assert_eq!(weight_kg("3.25", CHILD_WEIGHT_KG), Ok(Some(3250)));
        assert_eq!(weight_kg("", CHILD_WEIGHT_KG), Ok(None));
        assert_eq!(
            weight_kg("3250", CHILD_WEIGHT_KG),
            Err(FieldError::LooksLikeGrams { kg: "3.25".into() })
        );
        assert_eq!(
            weight_kg("12500", CHILD_WEIGHT_KG),
            Err(FieldError::LooksLikeGrams { kg: "12.5".into() })
        );
        assert!(matches!(
            weight_kg("0.1", CHILD_WEIGHT_KG),
            Err(FieldError::OutOfRange { .. })
        ));
        assert!(matches!(
            weight_kg("95", CHILD_WEIGHT_KG),
            Err(FieldError::OutOfRange { .. })
        ));
        assert_eq!(
            weight_kg("3.2.5", CHILD_WEIGHT_KG),
            Err(FieldError::NotANumber)
        );
        assert_eq!(
            weight_kg("58000", MATERNAL_WEIGHT_KG),
            Err(FieldError::LooksLikeGrams { kg: "58".into() })
        );
    }

    #[test]
    fn kilograms_typed_into_a_gram_field_are_explained() {
        assert_eq!(weight_g("3250", BIRTH_WEIGHT_G), Ok(Some(3250)));
        assert_eq!(
            weight_g("3.25", BIRTH_WEIGHT_G),
            Err(FieldError::LooksLikeKilograms {
                grams: "3250".into()
            })
        );
        assert!(matches!(
            weight_g("120", BIRTH_WEIGHT_G),
            Err(FieldError::OutOfRange { .. })
        ));
    }

    #[test]
    fn millimetres_typed_into_a_centimetre_field_are_explained() {
        assert_eq!(length_cm("49.5", BIRTH_LENGTH_CM), Ok(Some(495)));
        assert_eq!(
            length_cm("495", BIRTH_LENGTH_CM),
            Err(FieldError::LooksLikeMillimetres { cm: "49.5".into() })
        );
        assert_eq!(length_cm("３３", HEAD_CM), Ok(Some(330)));
        assert!(matches!(
            length_cm("5", HEAD_CM),
            Err(FieldError::OutOfRange { .. })
        ));
    }

    #[test]
    fn dates_must_have_happened_and_follow_the_birth() {
        let today = d(TODAY);
        assert_eq!(past_date("2026-11-24", today, None), Ok(today));
        assert_eq!(past_date("2026/11/01", today, None), Ok(d("2026-11-01")));
        assert_eq!(
            past_date("2026-11-25", today, None),
            Err(FieldError::DateInFuture)
        );
        assert_eq!(past_date("", today, None), Err(FieldError::Required));
        assert_eq!(
            past_date("2026-02-30", today, None),
            Err(FieldError::NotADate)
        );
        assert_eq!(past_date("2026-1-5", today, None), Ok(d("2026-01-05")));
        assert_eq!(
            past_date("26-01-05", today, None),
            Err(FieldError::NotADate)
        );
        assert_eq!(
            past_date("2026-+1-05", today, None),
            Err(FieldError::NotADate)
        );
        assert_eq!(
            optional_time("04:12"),
            Ok(NaiveTime::from_hms_opt(4, 12, 0))
        );
        assert_eq!(optional_time("4:12"), Err(FieldError::NotATime));
        assert_eq!(optional_time("25:00"), Err(FieldError::NotATime));
        let birth = d("2026-01-10");
        assert_eq!(
            past_date("2026-01-09", today, Some(birth)),
            Err(FieldError::DateBeforeBirth { birth })
        );
        assert_eq!(
            birth_date("2008-01-01", today),
            Err(FieldError::DateTooLongAgo)
        );
        assert_eq!(expected_delivery("2027-06-01", today), Ok(d("2027-06-01")));
        assert_eq!(
            expected_delivery("2028-06-01", today),
            Err(FieldError::DateTooFarAhead)
        );
    }

    #[test]
    fn gestation_and_blood_pressure_are_checked() {
        assert_eq!(gestation("", "", BIRTH_WEEKS), Ok(None));
        assert_eq!(
            gestation("39", "", BIRTH_WEEKS),
            Ok(Some(GestationalAge { weeks: 39, days: 0 }))
        );
        assert_eq!(gestation("", "3", BIRTH_WEEKS), Err(FieldError::Required));
        assert_eq!(
            gestation("39", "7", BIRTH_WEEKS),
            Err(FieldError::GestationDays)
        );
        assert_eq!(
            gestation("50", "0", BIRTH_WEEKS),
            Err(FieldError::WeeksOutOfRange { min: "22".into(), max: "44".into() })
        );
        assert_eq!(gestation("39", "x", BIRTH_WEEKS), Err(FieldError::GestationDays), "the days' own message");
        assert_eq!(FieldError::WeeksOutOfRange { min: "22".into(), max: "44".into() }.message(Lang::Ja), "22〜44週の範囲で入力してください。");
        assert_eq!(blood_pressure("118", SYSTOLIC), Ok(Some(118)));
        assert!(blood_pressure("118.5", SYSTOLIC).is_err());
        assert_eq!(
            check_blood_pressure_pair(Some(70), Some(80)),
            Err(FieldError::SystolicNotAboveDiastolic)
        );
        assert_eq!(check_blood_pressure_pair(Some(120), None), Ok(()));
    }

    #[test]
    fn every_error_has_a_message_in_every_language_with_its_values_filled() {
        let errors = [
            FieldError::Required,
            FieldError::NotANumber,
            FieldError::NotADate,
            FieldError::NotATime,
            FieldError::DateInFuture,
            FieldError::DateBeforeBirth {
                birth: d("2025-01-02"),
            },
            FieldError::DateTooFarAhead,
            FieldError::DateTooLongAgo,
            FieldError::OutOfRange {
                min: "0.3".into(),
                max: "40".into(),
                unit: "kg",
            },
            FieldError::LooksLikeGrams { kg: "3.25".into() },
            FieldError::LooksLikeKilograms {
                grams: "3250".into(),
            },
            FieldError::LooksLikeMillimetres { cm: "49.5".into() },
            FieldError::TooLong { max: 40 },
            FieldError::GestationDays,
            FieldError::SystolicNotAboveDiastolic,
            FieldError::NothingMeasured,
        ];
        for lang in Lang::ALL {
            for e in &errors {
                let m = e.message(lang);
                assert!(!m.is_empty() && !m.contains('{'), "{e:?} in {lang:?}: {m}");
            }
        }
        assert!(FieldError::LooksLikeGrams { kg: "3.25".into() }
            .message(Lang::Ja)
            .contains("3.25"));
        // The birth date as the reader writes dates, not as the computer stores them.
        let before = FieldError::DateBeforeBirth { birth: d("2025-04-01") };
        assert!(before.message(Lang::Ja).contains("（2025年4月1日）"), "{}", before.message(Lang::Ja));
        assert!(before.message(Lang::En).contains("(1 Apr 2025)"), "{}", before.message(Lang::En));
    }

    #[test]
    fn text_is_trimmed_and_limited() {
        assert_eq!(
            required_text("  はなちゃん ", NAME_MAX),
            Ok("はなちゃん".into())
        );
        assert_eq!(required_text("   ", NAME_MAX), Err(FieldError::Required));
        assert_eq!(
            optional_text(&"あ".repeat(41), NAME_MAX),
            Err(FieldError::TooLong { max: 40 })
        );
    }
}
