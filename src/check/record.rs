//! What the handbook keeps of checks: every completed check with its answers
//! (so a nurse can read them) and the levels as they were given, and the
//! check in progress so a reload never loses an answer.

use chrono::NaiveDate;
use serde::Serialize;

use super::bank::Domain;
use super::scoring::{Answers, Level, Outcome};
use crate::domain::record::Id;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CompletedCheck {
    pub id: Id,
    pub band: String,
    #[serde(with = "crate::domain::timestamp::date")]
    pub date: NaiveDate,
    pub answers: Answers,
    /// Kept as given: a later change to the rules never rewrites history.
    pub levels: Vec<DomainLevel>,
    pub general_signs: Vec<String>,
    pub caregiver_signals: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct DomainLevel {
    pub domain: Domain,
    pub level: Level,
}

impl CompletedCheck {
    pub fn new(id: Id, band: &str, date: NaiveDate, answers: Answers, outcome: &Outcome) -> Self {
        CompletedCheck {
            id,
            band: band.to_string(),
            date,
            answers,
            levels: outcome.domains.iter().map(|d| DomainLevel { domain: d.domain, level: d.level }).collect(),
            general_signs: outcome.general_signs.clone(),
            caregiver_signals: outcome.caregiver_signals.clone(),
        }
    }

    pub fn level(&self, domain: Domain) -> Option<Level> {
        self.levels.iter().find(|l| l.domain == domain).map(|l| l.level)
    }

    /// "Watch" asks to look again soon; so does "incomplete" (try at home,
    /// then come back), or the family would hear of the check next band.
    pub fn asks_recheck(&self) -> bool {
        self.levels.iter().any(|l| matches!(l.level, Level::Watch | Level::Incomplete))
    }

    /// The result offers someone to talk to, with the channels: an area
    /// worth talking over, a warning sign, or a parent who is struggling.
    pub fn offers_consultation(&self) -> bool {
        self.levels.iter().any(|l| l.level == Level::Consult) || !self.caregiver_signals.is_empty() || !self.general_signs.is_empty()
    }
}

/// A check being answered: saved after every answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CheckDraft {
    pub band: String,
    #[serde(with = "crate::domain::timestamp::date")]
    pub started: NaiveDate,
    pub answers: Answers,
    /// The question on screen, so a reload returns to it.
    pub position: usize,
}
