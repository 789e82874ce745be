//! Whether a channel is open, always in Japan time (UTC+9, no daylight
//! saving), whatever time zone the phone is set to.

use chrono::{DateTime, Datelike, Days, NaiveDate, NaiveDateTime, NaiveTime, Utc, Weekday};

use super::config::{HolidayRule, Hours};
use super::holidays::is_holiday;

/// Japan Standard Time for an instant.
pub fn japan_time(now: DateTime<Utc>) -> NaiveDateTime {
    now.naive_utc() + chrono::Duration::hours(9)
}

/// One opening span in a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub from: NaiveTime,
    pub to: NaiveTime,
}

/// Reads "09:00-12:00,13:00-17:15" ("" is closed). `None` if malformed.
pub fn parse_spans(text: &str) -> Option<Vec<Span>> {
    let text = text.trim();
    if text.is_empty() {
        return Some(Vec::new());
    }
    let time = |s: &str| {
        let (h, m) = s.trim().split_once(':')?;
        if h.len() != 2 || m.len() != 2 {
            return None;
        }
        let (h, m) = (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?);
        // "24:00" closes at midnight.
        if h == 24 && m == 0 {
            return NaiveTime::from_hms_opt(23, 59, 59);
        }
        NaiveTime::from_hms_opt(h, m, 0)
    };
    let mut spans: Vec<Span> = Vec::new();
    for part in text.split(',') {
        let (from, to) = part.split_once('-')?;
        let span = Span {
            from: time(from)?,
            to: time(to)?,
        };
        if span.to <= span.from || spans.last().is_some_and(|prev| span.from < prev.to) {
            return None;
        }
        spans.push(span);
    }
    Some(spans)
}

/// Days closed besides national holidays: "MM-DD" (every year) or "YYYY-MM-DD".
pub fn is_closed_day(date: NaiveDate, closed_days: &[String]) -> bool {
    let full = date.to_string();
    closed_days
        .iter()
        .any(|d| *d == full || (d.len() == 5 && full.ends_with(d.as_str())))
}

impl Hours {
    fn text_for(&self, weekday: Weekday) -> &str {
        match weekday {
            Weekday::Mon => &self.mon,
            Weekday::Tue => &self.tue,
            Weekday::Wed => &self.wed,
            Weekday::Thu => &self.thu,
            Weekday::Fri => &self.fri,
            Weekday::Sat => &self.sat,
            Weekday::Sun => &self.sun,
        }
    }

    /// The spans on a date, holidays and closed days applied.
    pub fn spans_on(&self, date: NaiveDate, closed_days: &[String]) -> Vec<Span> {
        if self.holidays == HolidayRule::Closed
            && (is_holiday(date) || is_closed_day(date, closed_days))
        {
            return Vec::new();
        }
        parse_spans(self.text_for(date.weekday())).unwrap_or_default()
    }
}

/// A channel's state at a moment, for "open now until 18:00" and
/// "closed now, opens Monday 9:00".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Availability {
    AlwaysOpen,
    OpenUntil(NaiveTime),
    /// Closed; opens next at this Japan date and time.
    OpensAt(NaiveDateTime),
    /// No opening in the next two weeks.
    Closed,
}

impl Availability {
    pub fn is_open(&self) -> bool {
        matches!(self, Availability::AlwaysOpen | Availability::OpenUntil(_))
    }
}

pub fn availability(hours: &Hours, closed_days: &[String], now: DateTime<Utc>) -> Availability {
    if hours.always {
        return Availability::AlwaysOpen;
    }
    let local = japan_time(now);
    let (today, time) = (local.date(), local.time());
    if let Some(span) = hours
        .spans_on(today, closed_days)
        .into_iter()
        .find(|s| s.from <= time && time < s.to)
    {
        // A span to midnight that the next day's first span carries on
        // ("22:00-24:00", then "00:00-02:00"): open until that one ends.
        let midnight = NaiveTime::from_hms_opt(23, 59, 59).unwrap_or(NaiveTime::MIN);
        let carried = (span.to == midnight)
            .then(|| today.succ_opt())
            .flatten()
            .and_then(|tomorrow| hours.spans_on(tomorrow, closed_days).first().copied())
            .filter(|next| next.from == NaiveTime::MIN);
        return Availability::OpenUntil(carried.map_or(span.to, |next| next.to));
    }
    for ahead in 0..15 {
        let Some(date) = today.checked_add_days(Days::new(ahead)) else {
            break;
        };
        let next = hours
            .spans_on(date, closed_days)
            .into_iter()
            .find(|s| ahead > 0 || s.from > time);
        if let Some(span) = next {
            return Availability::OpensAt(date.and_time(span.from));
        }
    }
    Availability::Closed
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn office() -> Hours {
        let day = "08:30-12:00,13:00-17:15".to_owned();
        Hours {
            mon: day.clone(),
            tue: day.clone(),
            wed: day.clone(),
            thu: day.clone(),
            fri: day,
            ..Default::default()
        }
    }

    /// An instant given as Japan time.
    fn jst(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap() - chrono::Duration::hours(9)
    }

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(h, min, 0)
            .unwrap()
    }

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    #[test]
    fn a_night_line_split_at_midnight_is_open_until_it_really_closes() {
        let h = Hours { fri: "17:00-24:00".into(), sat: "00:00-09:00".into(), holidays: HolidayRule::Open, ..Default::default() };
        // Friday 27 November 2026, 23:00 in Japan.
        assert_eq!(availability(&h, &[], jst(2026, 11, 27, 23, 0)), Availability::OpenUntil(t(9, 0)));
        assert_eq!(availability(&h, &[], jst(2026, 11, 28, 1, 0)), Availability::OpenUntil(t(9, 0)));
        // Without Saturday's early span it closes at midnight.
        let evening = Hours { fri: "17:00-24:00".into(), ..Default::default() };
        assert_eq!(
            availability(&evening, &[], jst(2026, 11, 27, 23, 0)),
            Availability::OpenUntil(NaiveTime::from_hms_opt(23, 59, 59).unwrap())
        );
    }

    #[test]
    fn weekday_hours_around_lunch_and_closing() {
        let h = office();
        // Tuesday 24 November 2026
        assert_eq!(
            availability(&h, &[], jst(2026, 11, 24, 8, 29)),
            Availability::OpensAt(at(2026, 11, 24, 8, 30))
        );
        assert_eq!(
            availability(&h, &[], jst(2026, 11, 24, 8, 30)),
            Availability::OpenUntil(t(12, 0))
        );
        assert_eq!(
            availability(&h, &[], jst(2026, 11, 24, 12, 0)),
            Availability::OpensAt(at(2026, 11, 24, 13, 0))
        );
        assert_eq!(
            availability(&h, &[], jst(2026, 11, 24, 17, 14)),
            Availability::OpenUntil(t(17, 15))
        );
        assert_eq!(
            availability(&h, &[], jst(2026, 11, 24, 17, 15)),
            Availability::OpensAt(at(2026, 11, 25, 8, 30))
        );
    }

    #[test]
    fn weekends_and_holidays_are_closed_unless_configured() {
        let h = office();
        // Friday evening → Monday; Monday 23 November 2026 is 勤労感謝の日, so Tuesday.
        assert_eq!(
            availability(&h, &[], jst(2026, 11, 20, 18, 0)),
            Availability::OpensAt(at(2026, 11, 24, 8, 30))
        );
        assert_eq!(
            availability(&h, &[], jst(2026, 11, 23, 10, 0)),
            Availability::OpensAt(at(2026, 11, 24, 8, 30))
        );
        let open_on_holidays = Hours {
            holidays: HolidayRule::Open,
            ..office()
        };
        assert_eq!(
            availability(&open_on_holidays, &[], jst(2026, 11, 23, 10, 0)),
            Availability::OpenUntil(t(12, 0))
        );
        // 年末年始 as closed days: from 28 December (Monday) to 4 January.
        let closed: Vec<String> = ["12-29", "12-30", "12-31", "01-02", "01-03"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(
            availability(&h, &closed, jst(2026, 12, 28, 18, 0)),
            Availability::OpensAt(at(2027, 1, 4, 8, 30))
        );
    }

    #[test]
    fn japan_time_is_used_whatever_the_device_zone() {
        // 00:30 UTC on Tuesday is 09:30 in Japan (open), though it is still
        // Monday evening in New York.
        let now = Utc.with_ymd_and_hms(2026, 11, 24, 0, 30, 0).unwrap();
        assert_eq!(
            availability(&office(), &[], now),
            Availability::OpenUntil(t(12, 0))
        );
        assert_eq!(japan_time(now), at(2026, 11, 24, 9, 30));
    }

    #[test]
    fn always_open_and_never_open() {
        assert_eq!(
            availability(
                &Hours {
                    always: true,
                    ..Default::default()
                },
                &[],
                jst(2026, 1, 1, 3, 0)
            ),
            Availability::AlwaysOpen
        );
        assert_eq!(
            availability(&Hours::default(), &[], jst(2026, 1, 1, 3, 0)),
            Availability::Closed
        );
    }

    #[test]
    fn spans_are_read_strictly() {
        assert_eq!(
            parse_spans("09:00-17:00"),
            Some(vec![Span {
                from: t(9, 0),
                to: t(17, 0)
            }])
        );
        assert_eq!(parse_spans(""), Some(vec![]));
        assert_eq!(parse_spans("00:00-24:00").map(|s| s.len()), Some(1));
        assert_eq!(parse_spans("17:00-09:00"), None);
        assert_eq!(parse_spans("9:00-17:00"), None);
        assert_eq!(
            parse_spans("09:00-13:00,12:00-17:00"),
            None,
            "overlapping spans"
        );
        assert_eq!(parse_spans("09:00～17:00"), None);
    }
}
