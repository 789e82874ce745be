//! The question bank: `assessments/rules.json` and one file per age band.
//!
//! The files are data, not code: the items, the warning signs, the caregiver
//! questions and the scoring thresholds all live there (docs/assessments.md).
//! Every object rejects unknown fields, so a typo in a field name fails the
//! tests instead of silently dropping a rule (read by `crate::data_file`).

use serde_json::Value;

use crate::data_file::{list, object, one_of, read_text, string, whole, Fields, Notes, Problem};

/// Text in every language the app speaks. A new language is a new field, and
/// the parity test then asks for it in every file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
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
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize,
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
    /// As the files and the record write them, in the order of `ALL`.
    pub const CODES: [&'static str; 4] = ["motor", "language", "social", "daily"];
    pub fn code(self) -> &'static str {
        Self::CODES[self as usize]
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
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

/// How the answers read: a behaviour (できる / ときどき / まだ / わからない)
/// or a yes-no question (はい / いいえ / わからない, as the handbook's own
/// parent questions offer: "sometimes" fits neither "is there someone to
/// talk to" nor "has your child lost a skill").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnswerKind {
    Behaviour,
    YesNo,
}

impl AnswerKind {
    /// The answers offered. A "sometimes" stored before yes-no questions
    /// stopped offering it still scores by its question's rules.
    pub fn choices(self) -> &'static [Answer] {
        match self {
            AnswerKind::Behaviour => &Answer::ALL,
            AnswerKind::YesNo => &[Answer::Yes, Answer::NotYet, Answer::Unknown],
        }
    }
}

/// One observable behaviour in a band.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub id: String,
    pub domain: Domain,
    pub text: Text,
    /// Something a parent can try at home.
    pub try_at_home: Text,
    /// Where the age comes from (CDC 2022, 母子健康手帳, 乳幼児身体発育調査).
    /// Required in `assessments/`; empty in the copy the app ships (build.rs).
    pub source: String,
    /// The age, in months, by which the source says most children (75% or
    /// more) do this. Never later than the band it is asked in.
    pub source_age_months: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    pub id: String,
    pub age_months: u32,
    pub title: Text,
    pub items: Vec<Item>,
}

/// A sign that needs no counting: the answers in `consult_on` lead straight
/// to "talk with someone" for its domain (or for the whole check when it has
/// no domain, like the loss of a skill).
#[derive(Clone, Debug, PartialEq)]
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
    pub source: String,
}

impl WarningSign {
    pub fn asked_at(&self, age_months: u32) -> bool {
        self.from_months <= age_months && self.until_months.is_none_or(|u| age_months <= u)
    }
}

/// Asked of the caregiver at every check; an answer in `signal_on` offers the
/// consultation options whatever the child's results.
#[derive(Clone, Debug, PartialEq)]
pub struct CaregiverQuestion {
    pub id: String,
    pub text: Text,
    pub signal_on: Vec<Answer>,
    pub source: String,
}

/// Per-domain levels, decided in this order: consult, incomplete, watch,
/// on track. The counts are of the domain's answers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DomainRules {
    pub consult_when_not_yet_at_least: u32,
    pub incomplete_when_unknown_at_least: u32,
    pub watch_when_not_yet_at_least: u32,
    pub watch_when_sometimes_at_least: u32,
}

#[derive(Clone, Debug, Default, PartialEq)]
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

#[derive(Clone, Debug, PartialEq)]
pub struct DomainAdvice {
    pub domain: Domain,
    pub name: Text,
}

/// The whole bank: checked by `Bank::parse`, or the app's checked copy read by `Bank::read_compiled`.
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
        let (rules, bands) = read_files(rules, files)?;
        let mut problems = Vec::new();
        let bands = super::bank_check::check(&rules, bands, &mut problems);
        if problems.is_empty() {
            Ok(Bank { rules, bands })
        } else {
            Err(problems)
        }
    }

    /// Reads the files without checking them together, in the order given:
    /// for the copies compiled into the app, which the tests prove equal to
    /// the checked bank (`tests/assessments.rs`). The browser then neither
    /// runs the checks at every start nor carries their code.
    pub fn read_compiled(rules: &str, files: &[(&str, &str)]) -> Result<Bank, Vec<String>> {
        let (rules, bands) = read_files(rules, files)?;
        Ok(Bank { rules, bands: bands.into_iter().map(|(_, band)| band).collect() })
    }

    /// What is wrong with the questions' sources (see `bank_check::provenance`).
    pub fn provenance_problems(&self) -> Vec<String> {
        super::bank_check::provenance(&self.rules, &self.bands)
    }
}

/// Each band with the name of the file it was read from.
type NamedBands = Vec<(String, Band)>;

/// The rules and each band file read, or every problem in them.
fn read_files(rules: &str, files: &[(&str, &str)]) -> Result<(Rules, NamedBands), Vec<String>> {
    let rules = read_text(rules, read_rules).map_err(|found| in_file("rules.json", found))?;
    let mut problems = Vec::new();
    let mut bands = Vec::new();
    for (name, text) in files {
        match read_text(text, read_band) {
            Ok(band) => bands.push((name.to_string(), band)),
            Err(found) => problems.extend(in_file(name, found)),
        }
    }
    if problems.is_empty() {
        Ok((rules, bands))
    } else {
        Err(problems)
    }
}

fn in_file(name: &str, found: Vec<Problem>) -> Vec<String> {
    found.iter().map(|problem| format!("{name}: {problem}")).collect()
}

// The files' field names are those of the types, but for `try`, a keyword.

/// Every language is optional here: a language's pack carries only its own
/// (`i18n::pack`), and the checks (`bank_check::text`) demand both of the
/// files in `assessments/`.
fn read_text_pair(value: &Value, notes: &Notes) -> Text {
    object(value, notes, |f| Text { ja: f.or_default("ja", string), en: f.or_default("en", string) })
}

pub(crate) fn read_answer(value: &Value, notes: &Notes) -> Answer {
    // The record's spelling (serde's snake_case), not `Answer::code`.
    one_of(value, notes, &["yes", "sometimes", "not_yet", "unknown"], &Answer::ALL)
}

/// Provenance: required in `assessments/` (checked by the tests), absent
/// from the copy the app ships.
fn source(f: &Fields) -> String {
    f.or_default("source", string)
}

fn read_item(value: &Value, notes: &Notes) -> Item {
    object(value, notes, |f| Item {
        id: f.req("id", string),
        domain: f.choice("domain", &Domain::CODES, &Domain::ALL),
        text: f.req("text", read_text_pair),
        try_at_home: f.req("try", read_text_pair),
        source: source(f),
        source_age_months: f.or_default("source_age_months", whole),
    })
}

pub(crate) fn read_band(value: &Value, notes: &Notes) -> Band {
    object(value, notes, |f| Band {
        id: f.req("id", string),
        age_months: f.req("age_months", whole),
        title: f.req("title", read_text_pair),
        items: f.req("items", |v, n| list(v, n, read_item)),
    })
}

fn read_warning_sign(value: &Value, notes: &Notes) -> WarningSign {
    object(value, notes, |f| WarningSign {
        id: f.req("id", string),
        domain: f.opt_choice("domain", &Domain::CODES, &Domain::ALL),
        answers: f.choice("answers", &["behaviour", "yes_no"], &[AnswerKind::Behaviour, AnswerKind::YesNo]),
        from_months: f.req("from_months", whole),
        until_months: f.opt("until_months", whole),
        text: f.req("text", read_text_pair),
        consult_on: f.req("consult_on", |v, n| list(v, n, read_answer)),
        reason: f.req("reason", read_text_pair),
        source: source(f),
    })
}

fn read_caregiver_question(value: &Value, notes: &Notes) -> CaregiverQuestion {
    object(value, notes, |f| CaregiverQuestion {
        id: f.req("id", string),
        text: f.req("text", read_text_pair),
        signal_on: f.req("signal_on", |v, n| list(v, n, read_answer)),
        source: source(f),
    })
}

fn read_domain_rules(value: &Value, notes: &Notes) -> DomainRules {
    object(value, notes, |f| DomainRules {
        consult_when_not_yet_at_least: f.req("consult_when_not_yet_at_least", whole),
        incomplete_when_unknown_at_least: f.req("incomplete_when_unknown_at_least", whole),
        watch_when_not_yet_at_least: f.req("watch_when_not_yet_at_least", whole),
        watch_when_sometimes_at_least: f.req("watch_when_sometimes_at_least", whole),
    })
}

fn read_advice(value: &Value, notes: &Notes) -> DomainAdvice {
    object(value, notes, |f| DomainAdvice {
        domain: f.choice("domain", &Domain::CODES, &Domain::ALL),
        name: f.req("name", read_text_pair),
    })
}

pub(crate) fn read_rules(value: &Value, notes: &Notes) -> Rules {
    object(value, notes, |f| Rules {
        schema_version: f.req("schema_version", whole),
        domain_rules: f.req("domain_rules", read_domain_rules),
        recheck_after_watch_months: f.req("recheck_after_watch_months", whole),
        overdue_after_days: f.req("overdue_after_days", whole),
        last_band_ends_months: f.req("last_band_ends_months", whole),
        bands: f.req("bands", |v, n| list(v, n, string)),
        warning_signs: f.req("warning_signs", |v, n| list(v, n, read_warning_sign)),
        caregiver_questions: f.req("caregiver_questions", |v, n| list(v, n, read_caregiver_question)),
        advice: f.req("advice", |v, n| list(v, n, read_advice)),
    })
}
