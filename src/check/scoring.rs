//! Scoring a finished check by the rules in `assessments/rules.json`.

use std::collections::BTreeMap;

use serde::Serialize;

use super::bank::{Answer, Bank, Domain};
use super::questions::{questions_for, QuestionRole};

pub type Answers = BTreeMap<String, Answer>;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    OnTrack,
    Watch,
    Consult,
    /// Too many "not sure" answers to say: try at home and come back.
    Incomplete,
}

impl Level {
    pub fn code(self) -> &'static str {
        match self {
            Level::OnTrack => "on-track",
            Level::Watch => "watch",
            Level::Consult => "consult",
            Level::Incomplete => "incomplete",
        }
    }
}

/// Why a domain got its level, for the result page's plain-words reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    /// A warning sign was answered (its id).
    WarningSign(String),
    NotYet(u32),
    Unknown(u32),
    Sometimes(u32),
    AllDone,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DomainResult {
    pub domain: Domain,
    pub level: Level,
    pub reason: Reason,
    /// Items whose "try at home" notes are the result page's ideas. An area
    /// on track: the next band's items of the area (the next steps; the
    /// band's own in the last band). Otherwise the band's items, those
    /// answered other than "yes" first, each group in the order asked.
    pub to_try: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub domains: Vec<DomainResult>,
    /// Warning signs without a domain that were answered (a lost skill).
    pub general_signs: Vec<String>,
    /// The caregiver questions whose answer signals isolation or strain.
    pub caregiver_signals: Vec<String>,
}

impl Outcome {
    /// Whether the result page shows the consultation card.
    pub fn offers_consultation(&self) -> bool {
        !self.general_signs.is_empty()
            || !self.caregiver_signals.is_empty()
            || self.domains.iter().any(|d| d.level == Level::Consult)
    }
}

/// What one domain's questions were answered, gathered in the order asked.
#[derive(Default)]
struct Tally {
    not_yet: u32,
    sometimes: u32,
    unknown: u32,
    /// The first warning sign answered.
    sign: Option<String>,
    /// A warning sign answered "not sure" or "sometimes": a check that
    /// could not rule a sign out never calls the area on track.
    sign_unsure: bool,
    sign_sometimes: bool,
    to_try: Vec<String>,
    mastered: Vec<String>,
}

/// Scores the answers to band `band_id`'s questions. Unanswered questions
/// count as "not sure": a check is never reassuring about what was not asked.
pub fn score(bank: &Bank, band_id: &str, answers: &Answers) -> Option<Outcome> {
    tally(bank, band_id, answers, Some(Answer::Unknown))
}

/// Scores a completed check again, for its reasons and ideas, over the
/// questions it asked: one the bank added since was never put to the family,
/// so it is left out rather than counted as "not sure".
pub fn score_as_taken(bank: &Bank, band_id: &str, answers: &Answers) -> Option<Outcome> {
    tally(bank, band_id, answers, None)
}

fn tally(bank: &Bank, band_id: &str, answers: &Answers, unanswered: Option<Answer>) -> Option<Outcome> {
    let band = bank.band(band_id)?;
    let rules = &bank.rules.domain_rules;
    let questions = questions_for(bank, band);
    let mut general_signs = Vec::new();
    let mut caregiver_signals = Vec::new();
    // Indexed by `domain as usize` (`Domain::ALL` is in that order).
    let mut tallies: [Tally; 4] = Default::default();
    for question in &questions {
        let Some(given) = answers.get(question.id).copied().or(unanswered) else { continue };
        match question.role {
            QuestionRole::Item { domain } => {
                let c = &mut tallies[domain as usize];
                match given {
                    Answer::Yes => {}
                    Answer::Sometimes => c.sometimes += 1,
                    Answer::NotYet => c.not_yet += 1,
                    Answer::Unknown => c.unknown += 1,
                }
                let ideas = if given == Answer::Yes { &mut c.mastered } else { &mut c.to_try };
                ideas.push(question.id.to_string());
            }
            QuestionRole::Sign { domain, consult_on } => match (domain, consult_on.contains(&given)) {
                (Some(domain), true) => {
                    tallies[domain as usize].sign.get_or_insert_with(|| question.id.to_string());
                }
                (Some(domain), false) => {
                    let c = &mut tallies[domain as usize];
                    match given {
                        Answer::Unknown => {
                            c.unknown += 1;
                            c.sign_unsure = true;
                        }
                        Answer::Sometimes => {
                            c.sometimes += 1;
                            c.sign_sometimes = true;
                        }
                        Answer::Yes | Answer::NotYet => {}
                    }
                }
                (None, true) => general_signs.push(question.id.to_string()),
                (None, false) => {}
            },
            QuestionRole::Caregiver { signal_on } => {
                if signal_on.contains(&given) {
                    caregiver_signals.push(question.id.to_string());
                }
            }
        }
    }
    let next_band = bank.bands.iter().skip_while(|b| b.id != band.id).nth(1);
    let domains = Domain::ALL
        .into_iter()
        .zip(tallies)
        .map(|(domain, c)| {
            let (level, reason) = if let Some(sign) = c.sign {
                (Level::Consult, Reason::WarningSign(sign))
            } else if c.not_yet >= rules.consult_when_not_yet_at_least {
                (Level::Consult, Reason::NotYet(c.not_yet))
            } else if c.unknown >= rules.incomplete_when_unknown_at_least || c.sign_unsure {
                (Level::Incomplete, Reason::Unknown(c.unknown))
            } else if c.not_yet >= rules.watch_when_not_yet_at_least {
                (Level::Watch, Reason::NotYet(c.not_yet))
            } else if c.sometimes >= rules.watch_when_sometimes_at_least || c.sign_sometimes {
                (Level::Watch, Reason::Sometimes(c.sometimes))
            } else {
                (Level::OnTrack, Reason::AllDone)
            };
            let next_steps: Vec<String> = next_band
                .filter(|_| level == Level::OnTrack)
                .map(|b| b.items.iter().filter(|i| i.domain == domain).map(|i| i.id.clone()).collect())
                .unwrap_or_default();
            let to_try = if next_steps.is_empty() {
                let mut own = c.to_try;
                own.extend(c.mastered);
                own
            } else {
                next_steps
            };
            DomainResult { domain, level, reason, to_try }
        })
        .collect();
    Some(Outcome { domains, general_signs, caregiver_signals })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `score` and `Domain::code` index by `domain as usize`.
    #[test]
    fn domains_are_listed_in_their_own_order() {
        for (at, domain) in Domain::ALL.into_iter().enumerate() {
            assert_eq!(domain as usize, at, "{domain:?}");
        }
    }
}
