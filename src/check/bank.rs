//! The question bank: `assessments/rules.json` and one file per age band.
//!
//! The files are data, not code: the items, the warning signs, the caregiver
//! questions and the scoring thresholds all live there (docs/assessments.md).
//! Every struct rejects unknown fields, so a typo in a field name fails the
//! tests instead of silently dropping a rule.

use serde::Deserialize;

/// Text in every language the app speaks. A new language is a new field, and
/// the parity test then asks for it in every file.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub ja: String,
    pub en: String,
}

impl Text {
    pub fn get(&self, lang: &str) -> &str {
        if lang == "en" {
            &self.en
        } else {
            &self.ja
        }
    }
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Domain {
    Motor,
    Language,
    Social,
    Daily,
}

impl Domain {
    pub const ALL: [Domain; 4] = [
        Domain::Motor,
        Domain::Language,
        Domain::Social,
        Domain::Daily,
    ];
    pub fn code(self) -> &'static str {
        match self {
            Domain::Motor => "motor",
            Domain::Language => "language",
            Domain::Social => "social",
            Domain::Daily => "daily",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Yes,
    Sometimes,
    NotYet,
    Unknown,
}

impl Answer {
    pub const ALL: [Answer; 4] = [
        Answer::Yes,
        Answer::Sometimes,
        Answer::NotYet,
        Answer::Unknown,
    ];
    pub fn code(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::Sometimes => "sometimes",
            Answer::NotYet => "not-yet",
            Answer::Unknown => "unknown",
        }
    }
}

/// How the four answer buttons read: a behaviour (できる / ときどき / まだ /
/// わからない) or a yes-no question (はい / ときどき / いいえ / わからない).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerKind {
    Behaviour,
    YesNo,
}

/// One observable behaviour in a band.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub id: String,
    pub domain: Domain,
    pub text: Text,
    /// Something a parent can try at home.
    #[serde(rename = "try")]
    pub try_at_home: Text,
    /// Where the age comes from (CDC 2022, 母子健康手帳, 乳幼児身体発育調査).
    /// Required in `assessments/`; empty in the copy the app ships (build.rs).
    #[serde(default)]
    pub source: String,
    /// The age, in months, by which the source says most children (75% or
    /// more) do this. Never later than the band it is asked in.
    #[serde(default)]
    pub source_age_months: u32,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    pub id: String,
    pub age_months: u32,
    pub title: Text,
    pub items: Vec<Item>,
}

/// A sign that needs no counting: the answers in `consult_on` lead straight
/// to "talk with someone" for its domain (or for the whole check when it has
/// no domain, like the loss of a skill).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WarningSign {
    pub id: String,
    pub domain: Option<Domain>,
    pub answers: AnswerKind,
    /// Asked in bands from this age up to `until_months` (inclusive).
    pub from_months: u32,
    pub until_months: Option<u32>,
    pub text: Text,
    pub consult_on: Vec<Answer>,
    /// Shown as the reason when the sign is present.
    pub reason: Text,
    #[serde(default)]
    pub source: String,
}

/// Asked of the caregiver at every check; an answer in `signal_on` offers the
/// consultation options whatever the child's results.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaregiverQuestion {
    pub id: String,
    pub text: Text,
    pub signal_on: Vec<Answer>,
    #[serde(default)]
    pub source: String,
}

/// Per-domain levels, decided in this order: consult, incomplete, watch,
/// on track. The counts are of the domain's answers.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DomainRules {
    pub consult_when_not_yet_at_least: u32,
    pub incomplete_when_unknown_at_least: u32,
    pub watch_when_not_yet_at_least: u32,
    pub watch_when_sometimes_at_least: u32,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rules {
    pub schema_version: u32,
    pub domain_rules: DomainRules,
    /// A "watch" result brings the next check this many months closer.
    pub recheck_after_watch_months: u32,
    /// A due check counts as overdue this many days after its due date.
    pub overdue_after_days: u32,
    /// After the last band, checks end at this age.
    pub last_band_ends_months: u32,
    /// Bands' ids in age order; each has a file `band-<id>.json`.
    pub bands: Vec<String>,
    pub warning_signs: Vec<WarningSign>,
    pub caregiver_questions: Vec<CaregiverQuestion>,
    /// Per domain, what the result page says for each level.
    pub advice: Vec<DomainAdvice>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DomainAdvice {
    pub domain: Domain,
    pub name: Text,
    /// For a domain on track: something to keep enjoying together.
    pub keep_going: Text,
}

/// The whole bank, parsed and checked.
#[derive(Clone, Debug, PartialEq)]
pub struct Bank {
    pub rules: Rules,
    /// In age order.
    pub bands: Vec<Band>,
}

impl Bank {
    pub fn band(&self, id: &str) -> Option<&Band> {
        self.bands.iter().find(|b| b.id == id)
    }

    pub fn domain_name(&self, domain: Domain) -> Option<&Text> {
        self.rules
            .advice
            .iter()
            .find(|a| a.domain == domain)
            .map(|a| &a.name)
    }

    /// Parses the rules and the band files (as `(file name, text)` pairs) and
    /// checks them together; every problem is listed, not only the first.
    pub fn parse(rules: &str, files: &[(&str, &str)]) -> Result<Bank, Vec<String>> {
        let mut problems = Vec::new();
        let rules: Rules = match serde_json::from_str(rules) {
            Ok(rules) => rules,
            Err(e) => return Err(vec![format!("rules.json: {e}")]),
        };
        let mut bands = Vec::new();
        for (name, text) in files {
            match serde_json::from_str::<Band>(text) {
                Ok(band) => bands.push((name.to_string(), band)),
                Err(e) => problems.push(format!("{name}: {e}")),
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let bands = super::bank_check::check(&rules, bands, &mut problems);
        if problems.is_empty() {
            Ok(Bank { rules, bands })
        } else {
            Err(problems)
        }
    }

    /// What is wrong with the questions' sources (see `bank_check::provenance`).
    pub fn provenance_problems(&self) -> Vec<String> {
        super::bank_check::provenance(&self.rules, &self.bands)
    }
}
