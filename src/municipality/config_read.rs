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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data_file::read_text;

    fn config_with(channel: &str, rest: &str) -> MunicipalityConfig {
        let text = format!(r#"{{"id":"x","name":{{"ja":"市"}},"channels":[{channel}]{rest}}}"#);
        read_text(&text, config).unwrap_or_else(|problems| panic!("{problems:?}"))
    }

    #[test]
    fn every_kind_audience_and_holiday_rule_is_read_by_its_documented_name() {
        let channel = |kind: &str, audience: &str, holidays: &str| {
            format!(r#"{{"id":"c","kind":"{kind}","label":{{"ja":"窓口"}},"hours":{{"holidays":"{holidays}"}},"audience":"{audience}"}}"#)
        };
        for (name, kind) in [("line", ChannelKind::Line), ("web", ChannelKind::Web), ("phone", ChannelKind::Phone), ("email", ChannelKind::Email)] {
            assert_eq!(config_with(&channel(name, "everyone", "open"), "").channels[0].kind, kind);
        }
        for (name, audience) in [("pregnancy", Audience::Pregnancy), ("children", Audience::Children), ("everyone", Audience::Everyone)] {
            assert_eq!(config_with(&channel("phone", name, "closed"), "").channels[0].audience, audience);
        }
        let open = config_with(&channel("phone", "everyone", "open"), "");
        assert_eq!(open.channels[0].hours.holidays, HolidayRule::Open);
        let services = r#","services":[{"kind":"checkup_schedule","label":{"ja":"a"},"url":"https://a"},{"kind":"prenatal_interview","label":{"ja":"b"},"url":"https://b"},{"kind":"support_centre","label":{"ja":"c"},"url":"https://c"},{"kind":"other","label":{"ja":"d"},"url":"https://d"}]"#;
        let kinds: Vec<ServiceKind> = config_with(&channel("phone", "everyone", "open"), services).services.iter().map(|s| s.kind).collect();
        assert_eq!(kinds, [ServiceKind::CheckupSchedule, ServiceKind::PrenatalInterview, ServiceKind::SupportCentre, ServiceKind::Other]);
    }

    #[test]
    fn national_lines_are_shown_unless_switched_off() {
        let channel = r#"{"id":"c","kind":"phone","label":{"ja":"窓口"},"hours":{},"audience":"everyone"}"#;
        assert_eq!(config_with(channel, "").national_lines, NationalLines::default());
        let off = config_with(channel, r#","national_lines":{"child_abuse_189":false}"#).national_lines;
        assert_eq!((off.child_illness_8000, off.child_abuse_189, off.general_24h), (true, false, true));
        assert_eq!(config_with(channel, "").theme, Theme::default());
    }
}
