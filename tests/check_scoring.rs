//! Table-driven scoring: the per-domain levels, warning signs and the
//! caregiver's answers, by the thresholds in assessments/rules.json.

mod support {
    pub mod synthetic_bank;
}

use sukusuku::check::bank::{Answer, Domain};
use sukusuku::check::questions::{answers_as_taken, first_unanswered, questions_for, QuestionRole};
use sukusuku::check::scoring::{score, score_as_taken, Answers, Level, Reason};
use support::synthetic_bank::synthetic_bank;

use Answer::*;

/// Answers that differ from "yes", by question id.
type Overrides<'a> = &'a [(&'a str, Answer)];

/// Everything "yes" and the caregiver fine, then the given answers on top.
fn answers(band: &str, overrides: Overrides) -> Answers {
    let bank = synthetic_bank();
    let mut all: Answers = questions_for(&bank, bank.band(band).unwrap())
        .iter()
        .map(|q| (q.id.to_string(), q.reassuring_answer()))
        .collect();
    for (id, answer) in overrides {
        all.insert(id.to_string(), *answer);
    }
    all
}

fn levels(band: &str, overrides: Overrides) -> Vec<Level> {
    let bank = synthetic_bank();
    score(&bank, band, &answers(band, overrides)).unwrap().domains.iter().map(|d| d.level).collect()
}

#[test]
fn domain_levels_follow_the_counts_in_the_rules() {
    use Level::*;
    let cases: &[(Overrides, [Level; 4])] = &[
        (&[], [OnTrack; 4]),
        (&[("18m-motor-1", Sometimes)], [OnTrack, OnTrack, OnTrack, OnTrack]),
        (&[("18m-motor-1", Sometimes), ("18m-motor-2", Sometimes)], [Watch, OnTrack, OnTrack, OnTrack]),
        (&[("18m-language-3", NotYet)], [OnTrack, Watch, OnTrack, OnTrack]),
        (&[("18m-social-1", NotYet), ("18m-social-2", NotYet)], [OnTrack, OnTrack, Consult, OnTrack]),
        (&[("18m-daily-1", Unknown), ("18m-daily-2", Unknown)], [OnTrack, OnTrack, OnTrack, Incomplete]),
        // Not sure about most of it: never "on track", nor "watch" on one answer.
        (&[("18m-daily-1", Unknown), ("18m-daily-2", Unknown), ("18m-daily-3", NotYet)], [OnTrack, OnTrack, OnTrack, Incomplete]),
        // Enough "not yet" is worth talking over even with a "not sure".
        (&[("18m-motor-1", NotYet), ("18m-motor-2", NotYet), ("18m-motor-3", Unknown)], [Consult, OnTrack, OnTrack, OnTrack]),
        (&[("18m-motor-1", NotYet), ("18m-motor-2", Sometimes)], [Watch, OnTrack, OnTrack, OnTrack]),
    ];
    for (overrides, want) in cases {
        assert_eq!(levels("18m", overrides), want.to_vec(), "{overrides:?}");
    }
}

#[test]
fn all_not_yet_is_consult_everywhere_and_offers_consultation() {
    let bank = synthetic_bank();
    let all_not_yet: Answers = questions_for(&bank, bank.band("18m").unwrap()).iter().map(|q| (q.id.to_string(), NotYet)).collect();
    let outcome = score(&bank, "18m", &all_not_yet).unwrap();
    assert!(outcome.domains.iter().all(|d| d.level == Level::Consult));
    assert!(outcome.offers_consultation());
}

#[test]
fn unanswered_questions_count_as_not_sure() {
    let bank = synthetic_bank();
    let outcome = score(&bank, "18m", &Answers::new()).unwrap();
    assert!(outcome.domains.iter().all(|d| d.level == Level::Incomplete));
}

#[test]
fn a_warning_sign_alone_leads_to_consult_in_its_domain() {
    let bank = synthetic_bank();
    let outcome = score(&bank, "18m", &answers("18m", &[("sign-first-words", NotYet)])).unwrap();
    let language = outcome.domains.iter().find(|d| d.domain == Domain::Language).unwrap();
    assert_eq!(language.level, Level::Consult);
    assert_eq!(language.reason, Reason::WarningSign("sign-first-words".into()));
    assert!(outcome.domains.iter().filter(|d| d.domain != Domain::Language).all(|d| d.level == Level::OnTrack));
    assert!(outcome.offers_consultation());
}

#[test]
fn a_warning_sign_not_ruled_out_never_reads_as_on_track() {
    use Level::*;
    // Not sure about first words: the language area cannot be called on track.
    assert_eq!(levels("18m", &[("sign-first-words", Unknown)]), [OnTrack, Incomplete, OnTrack, OnTrack]);
    // Responding to their name only sometimes: worth watching.
    assert_eq!(levels("18m", &[("sign-name", Sometimes)]), [OnTrack, OnTrack, Watch, OnTrack]);
    let bank = synthetic_bank();
    let outcome = score(&bank, "18m", &answers("18m", &[("sign-first-words", Unknown)])).unwrap();
    assert_eq!(outcome.domains[Domain::Language as usize].reason, Reason::Unknown(1));
    // A skill lost "sometimes" (an answer stored before yes-no questions
    // stopped offering it) is a lost skill.
    let lost = score(&bank, "24m", &answers("24m", &[("sign-lost-skill", Sometimes)])).unwrap();
    assert_eq!(lost.general_signs, ["sign-lost-skill"]);
}

#[test]
fn signs_are_asked_only_in_their_age_range() {
    let bank = synthetic_bank();
    let ids = |band: &str| -> Vec<String> { questions_for(&bank, bank.band(band).unwrap()).iter().map(|q| q.id.to_string()).collect() };
    assert!(!ids("15m").contains(&"sign-first-words".to_string()));
    assert!(ids("18m").contains(&"sign-first-words".to_string()));
    assert!(ids("12m").contains(&"sign-name".to_string()));
    assert!(!ids("09m").contains(&"sign-name".to_string()));
    assert!(ids("30m").contains(&"sign-two-words".to_string()));
    assert!(ids("06m").contains(&"sign-head-control".to_string()) && !ids("12m").contains(&"sign-head-control".to_string()));
    // A lost skill is asked at every age, with examples of that age: no
    // words or gestures for a baby.
    for band in &bank.bands {
        let lost: Vec<String> = ids(&band.id).into_iter().filter(|id| id.starts_with("sign-lost-skill")).collect();
        let expected = if band.age_months <= 9 { "sign-lost-skill-baby" } else { "sign-lost-skill" };
        assert_eq!(lost, [expected], "band {}", band.id);
    }
    // Every check ends with the caregiver's two questions.
    for band in &bank.bands {
        let all = ids(&band.id);
        assert_eq!(&all[all.len() - 2..], ["caregiver-someone", "caregiver-anxious"]);
    }
}

#[test]
fn a_lost_skill_offers_consultation_whatever_the_domains_say() {
    let bank = synthetic_bank();
    let outcome = score(&bank, "24m", &answers("24m", &[("sign-lost-skill", Yes)])).unwrap();
    assert!(outcome.domains.iter().all(|d| d.level == Level::OnTrack));
    assert_eq!(outcome.general_signs, ["sign-lost-skill"]);
    assert!(outcome.offers_consultation());
}

#[test]
fn a_caregiver_without_anyone_to_talk_to_is_offered_consultation() {
    let bank = synthetic_bank();
    for (id, answer) in [("caregiver-someone", NotYet), ("caregiver-anxious", Yes)] {
        let outcome = score(&bank, "09m", &answers("09m", &[(id, answer)])).unwrap();
        assert!(outcome.domains.iter().all(|d| d.level == Level::OnTrack));
        assert_eq!(outcome.caregiver_signals, [id]);
        assert!(outcome.offers_consultation(), "{id}");
    }
    let fine = score(&bank, "09m", &answers("09m", &[("caregiver-anxious", Sometimes)])).unwrap();
    assert!(!fine.offers_consultation());
}

/// Suggestions are the band's own items (written for its age), those not yet
/// done first; an area on track gets the next band's, the next steps.
#[test]
fn suggestions_come_from_the_band_items_not_yet_done_first() {
    let bank = synthetic_bank();
    let outcome = score(&bank, "18m", &answers("18m", &[("18m-motor-3", NotYet), ("18m-motor-1", Sometimes)])).unwrap();
    assert_eq!(outcome.domains[0].to_try, ["18m-motor-1", "18m-motor-3", "18m-motor-2"]);
    let language = |band: &str| -> Vec<String> {
        questions_for(&bank, bank.band(band).unwrap())
            .iter()
            .filter(|q| matches!(q.role, QuestionRole::Item { domain: Domain::Language }))
            .map(|q| q.id.to_owned())
            .collect()
    };
    assert!(!language("21m").is_empty());
    assert_eq!(outcome.domains[1].level, Level::OnTrack);
    assert_eq!(outcome.domains[1].to_try, language("21m"), "all done: the next band's ideas, the next steps");
    // The last band has no next: its own ideas.
    let last = bank.bands.last().unwrap().id.clone();
    let at_the_end = score(&bank, &last, &answers(&last, &[])).unwrap();
    assert_eq!(at_the_end.domains[1].to_try, language(&last));
}

mod never_reassuring {
    use super::*;
    use proptest::prelude::*;
    use sukusuku::check::questions::QuestionRole;

    fn any_answer() -> impl Strategy<Value = Answer> {
        prop_oneof![Just(Yes), Just(Sometimes), Just(NotYet), Just(Unknown)]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// Whatever the answers, in any band: an area is "on track" only when
        /// every one of its warning signs was answered and ruled out ("yes").
        #[test]
        fn an_area_is_on_track_only_when_its_signs_are_ruled_out(
            band_at in 0usize..25,
            picks in proptest::collection::vec(any_answer(), 40),
        ) {
            let bank = synthetic_bank();
            let band = &bank.bands[band_at % bank.bands.len()];
            let questions = questions_for(&bank, band);
            let answers: Answers = questions.iter().zip(picks.iter().cycle()).map(|(q, a)| (q.id.to_string(), *a)).collect();
            let outcome = score(&bank, &band.id, &answers).unwrap();
            for result in outcome.domains.iter().filter(|d| d.level == Level::OnTrack) {
                for q in &questions {
                    if let QuestionRole::Sign { domain: Some(domain), .. } = q.role {
                        if domain == result.domain {
                            prop_assert_eq!(answers[q.id], Yes, "{} on track with {} answered {:?}", result.domain.code(), q.id, answers[q.id]);
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn a_baby_who_does_not_react_to_loud_sounds_is_a_sign_to_ask_about_hearing() {
    let bank = synthetic_bank();
    for band in ["02m", "04m"] {
        let outcome = score(&bank, band, &answers(band, &[("02m-language-loud-sound", NotYet)])).unwrap();
        let language = &outcome.domains[Domain::Language as usize];
        assert_eq!(language.level, Level::Consult, "band {band}: one answer is enough, however the rest went");
        assert_eq!(language.reason, Reason::WarningSign("02m-language-loud-sound".into()));
    }
    // Not sure whether the baby reacts: look out for it at home and check again.
    assert_eq!(levels("02m", &[("02m-language-loud-sound", Unknown)])[Domain::Language as usize], Level::Incomplete);
    assert!(!questions_for(&bank, bank.band("06m").unwrap()).iter().any(|q| q.id == "02m-language-loud-sound"));
}

#[test]
fn yes_no_questions_offer_no_sometimes_and_the_reassuring_answer_raises_nothing() {
    let bank = synthetic_bank();
    for band in &bank.bands {
        let questions = questions_for(&bank, band);
        for q in &questions {
            let offered = q.kind.choices();
            assert!(offered.contains(&q.reassuring_answer()), "{}", q.id);
            assert_eq!(offered.contains(&Sometimes), q.kind == sukusuku::check::bank::AnswerKind::Behaviour, "{}", q.id);
        }
        let fine: Answers = questions.iter().map(|q| (q.id.to_string(), q.reassuring_answer())).collect();
        let outcome = score(&bank, &band.id, &fine).unwrap();
        assert!(outcome.domains.iter().all(|d| d.level == Level::OnTrack) && !outcome.offers_consultation(), "band {}", band.id);
    }
}

#[test]
fn a_check_taken_before_the_bank_gained_a_question_reads_as_it_was_taken() {
    let bank = synthetic_bank();
    // A 4-month check from before the loud-sound sign was asked at 4 months.
    let mut taken = answers("04m", &[]);
    taken.remove("02m-language-loud-sound");
    // Finishing it now would count the question as "not sure" ...
    assert_eq!(score(&bank, "04m", &taken).unwrap().domains[Domain::Language as usize].level, Level::Incomplete);
    // ... but read again, the question it never asked is left out.
    let again = score_as_taken(&bank, "04m", &taken).unwrap();
    assert!(again.domains.iter().all(|d| d.level == Level::OnTrack), "{:?}", again.domains);
}

#[test]
fn a_resumed_draft_is_sent_back_to_the_question_it_skipped() {
    let bank = synthetic_bank();
    let questions = questions_for(&bank, bank.band("06m").unwrap());
    // Saved before the baby's own lost-skill question: its answer is under the old id.
    let mut draft = answers("06m", &[]);
    draft.remove("sign-lost-skill-baby");
    draft.insert("sign-lost-skill".into(), Yes);
    let at = first_unanswered(&questions, &draft).expect("a question is unanswered");
    assert_eq!(questions[at].id, "sign-lost-skill-baby");
    draft.insert("sign-lost-skill-baby".into(), Yes);
    assert_eq!(first_unanswered(&questions, &draft), None);
    // A "sometimes" to a yes-no question, stored before it stopped being
    // offered, is asked again rather than shown with no answer chosen.
    draft.insert("caregiver-someone".into(), Sometimes);
    assert_eq!(first_unanswered(&questions, &draft).map(|at| questions[at].id), Some("caregiver-someone"));
    draft.insert("caregiver-someone".into(), Yes);
    assert_eq!(score(&bank, "06m", &draft).unwrap().general_signs, ["sign-lost-skill-baby"]);
}

#[test]
fn a_results_answers_read_as_the_check_was_taken() {
    let bank = synthetic_bank();
    let band = bank.band("06m").unwrap();
    // A 6-month check from before the baby's own lost-skill question: it
    // answered the toddler's one, and not the new one.
    let mut taken = answers("06m", &[]);
    taken.remove("sign-lost-skill-baby");
    taken.insert("sign-lost-skill".into(), NotYet);
    let rows: Vec<&str> = answers_as_taken(&bank, band, &taken).iter().map(|(q, _)| q.id).collect();
    assert!(!rows.contains(&"sign-lost-skill-baby"), "never asked, so not shown as \"not sure\"");
    let at = |id: &str| rows.iter().position(|r| *r == id).unwrap_or_else(|| panic!("{id} missing from {rows:?}"));
    // The old question still reads in its own words, before the parent's own two, which stay last.
    assert!(at("sign-lost-skill") < at("caregiver-someone"));
    assert_eq!(&rows[rows.len() - 2..], ["caregiver-someone", "caregiver-anxious"]);
    assert_eq!(rows.len(), taken.len(), "every answer given has its row");
}
