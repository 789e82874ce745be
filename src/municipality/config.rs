//! A municipality's configuration file (public/municipalities/<id>.json),
//! documented for webmasters in docs/municipality-config.md, read by
//! `config_read`. Unknown fields are refused, so a misspelt field is reported
//! instead of silently ignored.

use crate::i18n::Lang;

/// Text in Japanese, and in English when the municipality provides it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Text {
    pub ja: String,
    pub en: String,
}

impl Text {
    /// English falls back to Japanese: a municipality may write only Japanese.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En if !self.en.trim().is_empty() => &self.en,
            _ => &self.ja,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MunicipalityConfig {
    /// Short id used in the address (`?city=<id>`) and settings: a-z, 0-9, "-".
    pub id: String,
    pub name: Text,
    /// A demonstration municipality: the app says so on every page.
    pub demo: bool,
    /// Logo image, a path relative to the app (the app loads images from its own site only).
    pub logo: Option<String>,
    pub theme: Theme,
    /// The address families open the app at (for the QR code).
    pub app_url: Option<String>,
    pub channels: Vec<Channel>,
    pub services: Vec<Service>,
    pub national_lines: NationalLines,
    /// Days the municipality's own channels are closed besides national
    /// holidays: "MM-DD" every year (年末年始 "12-29"…"01-03") or "YYYY-MM-DD".
    pub closed_days: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Theme {
    /// "#rrggbb" colours; the app keeps text contrast readable on them.
    pub primary: Option<String>,
    pub background: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChannelKind {
    /// A LINE official account (`line_id`, e.g. "@city-kosodate").
    Line,
    /// A web chat or form (`url`, https only).
    Web,
    /// A phone number (`phone`).
    Phone,
    /// An e-mail address (`email`).
    Email,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    Pregnancy,
    Children,
    Everyone,
}

impl Audience {
    /// Whether a channel for this audience fits a family in `need`.
    pub fn serves(self, need: Audience) -> bool {
        self == Audience::Everyone || need == Audience::Everyone || self == need
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Channel {
    /// Stable id (also the link's `data-channel`): a-z, 0-9, "-".
    pub id: String,
    pub kind: ChannelKind,
    pub label: Text,
    /// Who answers and what about, one or two sentences.
    pub description: Option<Text>,
    pub line_id: Option<String>,
    pub url: Option<String>,
    /// For web channels: the query parameter that receives the shared text.
    pub text_parameter: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub hours: Hours,
    /// Messages can be sent at any time and are read when the desk opens.
    pub accepts_messages_outside_hours: bool,
    pub audience: Audience,
}

/// Opening hours in Japan time, per weekday: "09:00-17:15", several spans
/// separated by commas ("09:00-12:00,13:00-17:00"), or "" for closed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Hours {
    /// Open around the clock every day (national 24-hour lines).
    pub always: bool,
    pub mon: String,
    pub tue: String,
    pub wed: String,
    pub thu: String,
    pub fri: String,
    pub sat: String,
    pub sun: String,
    /// On national holidays and `closed_days`: "closed" (default) or "open"
    /// (the weekday's hours apply).
    pub holidays: HolidayRule,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum HolidayRule {
    #[default]
    Closed,
    Open,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Service {
    pub kind: ServiceKind,
    pub label: Text,
    pub url: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ServiceKind {
    /// The municipality's checkup (健診) schedule page.
    CheckupSchedule,
    /// Booking the prenatal interview (妊婦面談).
    PrenatalInterview,
    /// The child-rearing support centre (子育て支援センター).
    SupportCentre,
    Other,
}

/// The national lines the app shows by default; a municipality may switch any off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NationalLines {
    pub child_illness_8000: bool,
    pub child_abuse_189: bool,
    pub general_24h: bool,
}

impl Default for NationalLines {
    fn default() -> Self {
        NationalLines {
            child_illness_8000: true,
            child_abuse_189: true,
            general_24h: true,
        }
    }
}
