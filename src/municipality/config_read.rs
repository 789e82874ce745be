//! Reads a municipality's configuration file into its types (see
//! `crate::data_file`): a missing field, a value of the wrong kind and an
//! unknown field (a typo such as `lineid`) are each reported with their place
//! (`channels[0]`), all of them, for the webmaster; `validate` then checks the
//! values.

use serde_json::Value;

use super::config::{Audience, Channel, ChannelKind, HolidayRule, Hours, MunicipalityConfig, NationalLines, Service, ServiceKind, Text, Theme};
use crate::data_file::{boolean, list, object, string, Notes};

pub(super) fn text(value: &Value, notes: &Notes) -> Text {
    object(value, notes, |f| Text { ja: f.req("ja", string), en: f.or_default("en", string) })
}

fn theme(value: &Value, notes: &Notes) -> Theme {
    object(value, notes, |f| Theme { primary: f.opt("primary", string), background: f.opt("background", string) })
}

fn hours(value: &Value, notes: &Notes) -> Hours {
    object(value, notes, |f| Hours {
        always: f.or_default("always", boolean),
        mon: f.or_default("mon", string),
        tue: f.or_default("tue", string),
        wed: f.or_default("wed", string),
        thu: f.or_default("thu", string),
        fri: f.or_default("fri", string),
        sat: f.or_default("sat", string),
        sun: f.or_default("sun", string),
        holidays: f.opt_choice("holidays", &["closed", "open"], &[HolidayRule::Closed, HolidayRule::Open]).unwrap_or_default(),
    })
}

fn channel(value: &Value, notes: &Notes) -> Channel {
    object(value, notes, |f| Channel {
        id: f.req("id", string),
        kind: f.choice("kind", &["line", "web", "phone", "email"], &[ChannelKind::Line, ChannelKind::Web, ChannelKind::Phone, ChannelKind::Email]),
        label: f.req("label", text),
        description: f.opt("description", text),
        line_id: f.opt("line_id", string),
        url: f.opt("url", string),
        text_parameter: f.opt("text_parameter", string),
        phone: f.opt("phone", string),
        email: f.opt("email", string),
        hours: f.req("hours", hours),
        accepts_messages_outside_hours: f.or_default("accepts_messages_outside_hours", boolean),
        audience: f.choice("audience", &["pregnancy", "children", "everyone"], &[Audience::Pregnancy, Audience::Children, Audience::Everyone]),
    })
}

fn service(value: &Value, notes: &Notes) -> Service {
    const KINDS: [&str; 4] = ["checkup_schedule", "prenatal_interview", "support_centre", "other"];
    object(value, notes, |f| Service {
        kind: f.choice("kind", &KINDS, &[ServiceKind::CheckupSchedule, ServiceKind::PrenatalInterview, ServiceKind::SupportCentre, ServiceKind::Other]),
        label: f.req("label", text),
        url: f.req("url", string),
    })
}

/// Each line is shown unless the file switches it off.
fn national_lines(value: &Value, notes: &Notes) -> NationalLines {
    let shown = |f: &crate::data_file::Fields, key| f.opt(key, boolean).unwrap_or(true);
    object(value, notes, |f| NationalLines {
        child_illness_8000: shown(f, "child_illness_8000"),
        child_abuse_189: shown(f, "child_abuse_189"),
        general_24h: shown(f, "general_24h"),
    })
}

pub(super) fn config(value: &Value, notes: &Notes) -> MunicipalityConfig {
    object(value, notes, |f| MunicipalityConfig {
        id: f.req("id", string),
        name: f.req("name", text),
        demo: f.or_default("demo", boolean),
        logo: f.opt("logo", string),
        theme: f.or_default("theme", theme),
        app_url: f.opt("app_url", string),
        channels: f.req("channels", |v, n| list(v, n, channel)),
        services: f.or_default("services", |v, n| list(v, n, service)),
        national_lines: f.or_default("national_lines", national_lines),
        closed_days: f.or_default("closed_days", |v, n| list(v, n, string)),
    })
}
