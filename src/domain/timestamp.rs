//! Timestamps in stored records and backups, as RFC 3339 UTC text
//! ("2026-11-24T09:00:00Z"), read and written by hand: chrono's general
//! parser and formatter would add about 20 KB to the app for this one format.

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, Timelike, Utc};
use serde::Serializer;
use serde_json::Value;

use crate::data_file::{parsed, Kind, Notes};

pub fn to_text(t: &DateTime<Utc>) -> String {
    let naive = t.naive_utc();
    format!(
        "{}T{:02}:{:02}:{:02}Z",
        naive.date(),
        naive.hour(),
        naive.minute(),
        naive.second()
    )
}

/// Reads "YYYY-MM-DDTHH:MM:SS[.fff]Z" or with a "+HH:MM" offset (at most
/// 23:59), in the years 0000-9999 once in UTC: the years `to_text` writes
/// with four digits, so whatever is read is written back readable.
pub fn from_text(s: &str) -> Option<DateTime<Utc>> {
    let (date, rest) = s.split_once('T')?;
    let date = crate::domain::validate::parse_date(date).ok()?;
    let (clock, offset_minutes) =
        if let Some(clock) = rest.strip_suffix('Z').or_else(|| rest.strip_suffix('z')) {
            (clock, 0i64)
        } else {
            let at = rest.rfind(['+', '-'])?;
            let (clock, offset) = rest.split_at(at);
            let sign = if offset.starts_with('-') { -1 } else { 1 };
            let (h, m) = offset[1..].split_once(':')?;
            // Two digits each, as for the clock: a longer hour overflowed
            // `h * 60` or the subtraction below (found by fuzzing).
            if h.len() != 2 || m.len() != 2 {
                return None;
            }
            let (h, m) = (h.parse::<i64>().ok()?, m.parse::<i64>().ok()?);
            if h > 23 || m > 59 {
                return None;
            }
            (clock, sign * (h * 60 + m))
        };
    let clock = clock.split('.').next()?;
    let parts: Vec<u32> = clock
        .split(':')
        .map(|p| if p.len() == 2 { p.parse().ok() } else { None })
        .collect::<Option<_>>()?;
    let time = match parts.as_slice() {
        [h, m, s] => NaiveTime::from_hms_opt(*h, *m, *s)?,
        _ => return None,
    };
    let local = NaiveDate::and_time(&date, time).and_utc();
    let utc = local - chrono::Duration::minutes(offset_minutes);
    // "9999-12-31T23:00:00-02:00" is in the year 10000, which `to_text`
    // would write as "+10000-…" and this function could not read back.
    (0..=9999).contains(&utc.year()).then_some(utc)
}

pub fn serialize<S: Serializer>(t: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&to_text(t))
}

/// Reads a stored timestamp (see `crate::data_file`).
pub fn read(value: &Value, notes: &Notes) -> DateTime<Utc> {
    parsed(value, notes, Kind::DateTime, from_text)
}

/// The same, for an optional timestamp.
pub mod option {
    use super::*;

    pub fn serialize<S: Serializer>(t: &Option<DateTime<Utc>>, s: S) -> Result<S::Ok, S::Error> {
        match t {
            Some(t) => super::serialize(t, s),
            None => s.serialize_none(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn timestamps_round_trip_and_accept_offsets() {
        let t = Utc.with_ymd_and_hms(2026, 11, 24, 9, 5, 7).unwrap();
        assert_eq!(to_text(&t), "2026-11-24T09:05:07Z");
        assert_eq!(from_text("2026-11-24T09:05:07Z"), Some(t));
        assert_eq!(from_text("2026-11-24T09:05:07.123Z"), Some(t));
        assert_eq!(from_text("2026-11-24T18:05:07+09:00"), Some(t));
        assert_eq!(from_text("2026-11-24T04:05:07-05:00"), Some(t));
        assert_eq!(from_text("2026-11-24 09:05:07"), None);
        assert_eq!(from_text("2026-11-24T25:00:00Z"), None);
        assert_eq!(from_text("garbage"), None);
        assert_eq!(from_text("2026-11-24T09:05:07+24:00"), None);
        assert_eq!(from_text("2026-11-24T09:05:07+9:00"), None);
        assert_eq!(
            from_text("0000-01-01T00:00:00Z").map(|t| to_text(&t)).as_deref(),
            Some("0000-01-01T00:00:00Z")
        );
        assert_eq!(from_text("9999-12-31T23:00:00-02:00"), None);
        assert_eq!(from_text("0000-01-01T01:00:00+02:00"), None);
    }
}

/// Calendar dates as "YYYY-MM-DD", by the same hand-written parser as the forms.
pub mod date {
    use chrono::NaiveDate;
    use serde::Serializer;
    use serde_json::Value;

    use crate::data_file::{parsed, Kind, Notes};

    pub fn serialize<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(d)
    }

    /// Reads a stored date (see `crate::data_file`).
    pub fn read(value: &Value, notes: &Notes) -> NaiveDate {
        parsed(value, notes, Kind::Date, |text| crate::domain::validate::parse_date(text).ok())
    }

    pub mod option {
        use super::*;

        pub fn serialize<S: Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
            match d {
                Some(d) => s.collect_str(d),
                None => s.serialize_none(),
            }
        }
    }
}

/// Times of day as "HH:MM:SS".
pub mod time_option {
    use chrono::{NaiveTime, Timelike};
    use serde::Serializer;
    use serde_json::Value;

    use crate::data_file::{parsed, Kind, Notes};

    pub fn serialize<S: Serializer>(t: &Option<NaiveTime>, s: S) -> Result<S::Ok, S::Error> {
        match t {
            Some(t) => s.serialize_str(&format!(
                "{:02}:{:02}:{:02}",
                t.hour(),
                t.minute(),
                t.second()
            )),
            None => s.serialize_none(),
        }
    }

    /// Reads a stored time of day; an empty text is no time.
    pub fn read(value: &Value, notes: &Notes) -> Option<NaiveTime> {
        parsed(value, notes, Kind::Time, |text| crate::domain::validate::optional_time(text).ok())
    }
}
