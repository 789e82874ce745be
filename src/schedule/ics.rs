//! An iCalendar (RFC 5545) file of a child's coming vaccinations and
//! checkups, for the family's own calendar app. Pure text out: the caller
//! supplies the time stamp and saves the file.
//!
//! Events are all-day (`DTSTART;VALUE=DATE`), so no time zone is needed, and
//! each has a UID made from the child and the dose, so importing a newer
//! export updates the events instead of duplicating them.

use chrono::{DateTime, Datelike, Days, NaiveDate, Timelike, Utc};

use super::checkups::{Checkup, CheckupStatus};
use super::immunisation::{DoseStatus, State};
use crate::i18n::format::date as format_date;
use crate::i18n::Lang;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    pub uid: String,
    pub date: NaiveDate,
    pub summary: String,
    pub description: String,
}

/// The whole calendar, with CRLF line ends and long lines folded.
pub fn calendar(events: &[Event], dtstamp: DateTime<Utc>) -> String {
    let stamp = format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        dtstamp.year(),
        dtstamp.month(),
        dtstamp.day(),
        dtstamp.hour(),
        dtstamp.minute(),
        dtstamp.second()
    );
    let mut lines = vec!["BEGIN:VCALENDAR".to_string(), "VERSION:2.0".into(), "PRODID:-//Sukusuku Techo//Schedule//JA".into(), "CALSCALE:GREGORIAN".into()];
    for e in events {
        let next_day = e.date.checked_add_days(Days::new(1)).unwrap_or(e.date);
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}", escape_text(&e.uid)),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", ics_date(e.date)),
            // DTEND of an all-day event is the next day (exclusive).
            format!("DTEND;VALUE=DATE:{}", ics_date(next_day)),
            format!("SUMMARY:{}", escape_text(&e.summary)),
            format!("DESCRIPTION:{}", escape_text(&e.description)),
            // A reminder, not a busy block.
            "TRANSP:TRANSPARENT".into(),
            "END:VEVENT".into(),
        ]);
    }
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|l| fold(l) + "\r\n").collect()
}

/// `sukusuku-ゆい-schedule.ics`. Characters that file systems refuse
/// (path separators, `:*?"<>|`, control characters) become `-`.
pub fn file_name(child_name: &str) -> String {
    let name: String = child_name
        .trim()
        .chars()
        .map(|c| if c.is_control() || "/\\:*?\"<>|".contains(c) { '-' } else { c })
        .collect();
    format!("sukusuku-{name}-schedule.ics")
}

fn ics_date(d: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines.
/// Other control characters are not allowed in TEXT and are dropped.
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let normalised = s.replace("\r\n", "\n");
    for c in normalised.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' | '\r' => out.push_str("\\n"),
            c if c.is_control() && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets (RFC 5545 §3.1): continuation lines
/// start with one space, which counts towards their 75. A UTF-8 character
/// is never split (Japanese characters are 3 octets each).
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out
}

/// One event per dose or checkup still to come: on its first day when it is
/// upcoming, on `today` when it is due now or overdue. Done and missed ones are left out.
pub fn child_events(lang: Lang, child_id: u64, child_name: &str, doses: &[DoseStatus], checkups: &[(&Checkup, CheckupStatus)], today: NaiveDate) -> Vec<Event> {
    let mut events = Vec::new();
    for s in doses {
        let date = match s.state {
            State::Upcoming { from } => from,
            State::DueNow { .. } | State::Overdue { .. } => today,
            State::Done(_) | State::Missed => continue,
        };
        let (vaccine, dose, dose_note, vaccine_note) = match lang {
            Lang::Ja => (&s.vaccine.ja, &s.dose.ja, &s.dose.note_ja, &s.vaccine.note_ja),
            Lang::En => (&s.vaccine.en, &s.dose.en, &s.dose.note_en, &s.vaccine.note_en),
        };
        let span = |from, until| format!("{} – {}", format_date(lang, from), format_date(lang, until));
        let (standard, routine) = match lang {
            Lang::Ja => ("標準的な時期", "公費で受けられる期間"),
            Lang::En => ("Standard period", "Free (routine) period"),
        };
        let mut description = format!("{standard}: {}\n{routine}: {}", span(s.recommended.from, s.recommended.until), span(s.legal.from, s.legal.until));
        for note in [dose_note, vaccine_note] {
            if !note.is_empty() {
                description.push('\n');
                description.push_str(note);
            }
        }
        events.push(Event { uid: format!("{child_id}-{}-{}@sukusuku-techo", s.vaccine.id, s.dose.dose), date, summary: format!("{child_name}: {vaccine} {dose}"), description });
    }
    for (c, status) in checkups {
        let date = match *status {
            CheckupStatus::Upcoming { from } => from,
            CheckupStatus::Now { .. } => today,
            CheckupStatus::Done(_) | CheckupStatus::Passed => continue,
        };
        let (label, note) = match lang {
            Lang::Ja => (&c.ja, &c.note_ja),
            Lang::En => (&c.en, &c.note_en),
        };
        events.push(Event { uid: format!("{child_id}-checkup-{}@sukusuku-techo", c.id), date, summary: format!("{child_name}: {label}"), description: note.clone() });
    }
    crate::sorting::sort_by(&mut events, |a, b| (a.date, &a.uid).cmp(&(b.date, &b.uid)));
    events
}
