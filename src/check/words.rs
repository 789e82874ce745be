//! The plain words of the check: answer labels, levels and reasons. Pure, so
//! a test can read every result sentence the app can show.

use super::bank::{Answer, AnswerKind, Bank, Domain, WarningSign};
use super::record::CompletedCheck;
use super::schedule::Plan;
use super::scoring::{Level, Reason};
use crate::i18n::{format, t_with, Key, Lang};

pub fn answer_key(kind: AnswerKind, answer: Answer) -> Key {
    match (kind, answer) {
        (AnswerKind::Behaviour, Answer::Yes) => Key::AnswerCan,
        (AnswerKind::YesNo, Answer::Yes) => Key::AnswerYes,
        (_, Answer::Sometimes) => Key::AnswerSometimes,
        (AnswerKind::Behaviour, Answer::NotYet) => Key::AnswerNotYet,
        (AnswerKind::YesNo, Answer::NotYet) => Key::AnswerNo,
        (_, Answer::Unknown) => Key::AnswerUnknown,
    }
}

/// The warning signs a check found: the lost skill, which has no area, and
/// an area's sign where the check found the area worth talking over (a
/// question that became a sign since was an ordinary answer then). The
/// result shows them first, and the family's message names them.
pub fn signs_found<'a>(bank: &'a Bank, check: &CompletedCheck) -> Vec<&'a WarningSign> {
    bank.rules
        .warning_signs
        .iter()
        .filter(|sign| {
            let answer = check.answers.get(sign.id.as_str()).copied().unwrap_or(Answer::Unknown);
            let in_area = sign.domain.is_some_and(|d| check.level(d) == Some(Level::Consult)) && sign.consult_on.contains(&answer);
            check.general_signs.contains(&sign.id) || in_area
        })
        .collect()
}

/// The signs a result puts first. A child already in support hears their
/// areas' signs with each area, in its supportive words, and only a lost
/// skill up front.
pub fn signs_shown_first<'a>(bank: &'a Bank, check: &CompletedCheck, in_support: bool) -> Vec<&'a WarningSign> {
    signs_found(bank, check).into_iter().filter(|s| s.domain.is_none() || !in_support).collect()
}

/// Each sign found as its question and the answer given: what the family's
/// message tells the people they write to.
pub fn sign_answers(bank: &Bank, check: &CompletedCheck, lang: Lang) -> Vec<(String, String)> {
    signs_found(bank, check)
        .into_iter()
        .map(|sign| {
            let answer = check.answers.get(sign.id.as_str()).copied().unwrap_or(Answer::Unknown);
            (sign.text.get(lang.code()).to_owned(), answer_key(sign.answers, answer).text(lang).to_owned())
        })
        .collect()
}

/// A child already in developmental support is not urged to seek advice:
/// the same level reads as something to share with their support team.
pub fn level_key(level: Level, in_support: bool) -> Key {
    match level {
        Level::OnTrack => Key::LevelOnTrack,
        Level::Watch => Key::LevelWatch,
        Level::Consult if in_support => Key::LevelConsultSupported,
        Level::Consult => Key::LevelConsult,
        Level::Incomplete => Key::LevelIncomplete,
    }
}

pub fn reason_text(lang: Lang, bank: &Bank, reason: &Reason) -> String {
    let count = |key: Key, n: u32| t_with(lang, key, &[("n", &n.to_string())]);
    match reason {
        Reason::WarningSign(id) => bank
            .rules
            .warning_signs
            .iter()
            .find(|s| s.id == *id)
            .map(|s| s.reason.get(lang.code()).to_owned())
            .unwrap_or_default(),
        Reason::NotYet(n) => count(Key::ReasonNotYet, *n),
        Reason::Sometimes(n) => count(Key::ReasonSometimes, *n),
        Reason::Unknown(n) => count(Key::ReasonUnknown, *n),
        Reason::AllDone => Key::ReasonAllDone.text(lang).to_owned(),
    }
}

/// What a screen reader hears when a result opens, after the page's
/// heading, in the page's order: a warning sign first, each area with its
/// level, that this is a guide, not a diagnosis, and the offer to talk it
/// over (the same words the page shows).
pub fn result_announcement(lang: Lang, bank: &Bank, check: &CompletedCheck, in_support: bool) -> String {
    let mut spoken = Vec::new();
    let signs = signs_shown_first(bank, check, in_support);
    if !signs.is_empty() {
        spoken.push(t_with(lang, Key::ResultAnnounceSign, &[("title", Key::ResultSignTitle.text(lang))]));
        spoken.extend(signs.iter().map(|s| s.reason.get(lang.code()).to_owned()));
    }
    spoken.extend(Domain::ALL.iter().filter_map(|&domain| {
        let level = check.level(domain)?;
        let area = bank.domain_name(domain)?.get(lang.code());
        Some(t_with(lang, Key::ResultAreaLevel, &[("area", area), ("level", level_key(level, in_support).text(lang))]))
    }));
    spoken.push(Key::ResultGuide.text(lang).to_owned());
    if check.offers_consultation() {
        spoken.push(Key::ResultConsultTitle.text(lang).to_owned());
    }
    // Japanese sentences follow each other without a space.
    spoken.join(if lang == Lang::Ja { "" } else { " " })
}

/// What the plan says, in words.
pub fn plan_text(lang: Lang, plan: &Plan) -> String {
    let band = |b: &super::bank::Band| b.title.get(lang.code()).to_owned();
    let date = |d| format::date(lang, d);
    match plan {
        Plan::FirstOn { band: b, from } => t_with(lang, Key::CheckFirstOn, &[("date", &date(*from)), ("band", &band(b))]),
        Plan::Due { window, since, recheck: true, .. } => t_with(lang, Key::CheckRecheckDue, &[("date", &date(*since)), ("band", &band(window.band))]),
        Plan::Due { window, since, overdue, .. } => {
            let key = if *overdue { Key::CheckOverdue } else { Key::CheckDueNow };
            t_with(lang, key, &[("date", &date(*since)), ("band", &band(window.band))])
        }
        Plan::Done { window, next: Some(next) } => t_with(lang, Key::CheckDoneNext, &[("date", &date(*next)), ("band", &band(window.band))]),
        Plan::Done { next: None, .. } | Plan::Finished => Key::CheckAllDone.text(lang).to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::files::RULES;

    /// Words that would turn a guide into a verdict.
    const VERDICTS: &[&str] = &["障害", "異常", "遅れています", "診断します", "disorder", "abnormal", "delayed", "diagnosed"];

    #[test]
    fn no_result_sentence_reads_as_a_diagnosis() {
        let mut sentences: Vec<String> = Vec::new();
        for lang in [Lang::Ja, Lang::En] {
            for level in [Level::OnTrack, Level::Watch, Level::Consult, Level::Incomplete] {
                for support in [false, true] {
                    sentences.push(level_key(level, support).text(lang).to_owned());
                }
            }
            for key in [Key::ReasonAllDone, Key::ReasonNotYet, Key::ReasonSometimes, Key::ReasonUnknown, Key::ResultGuide, Key::ResultConsultBody] {
                sentences.push(key.text(lang).to_owned());
            }
        }
        let rules: serde_json::Value = serde_json::from_str(RULES).unwrap();
        for sign in rules["warning_signs"].as_array().unwrap() {
            sentences.push(sign["reason"]["ja"].as_str().unwrap().to_owned());
            sentences.push(sign["reason"]["en"].as_str().unwrap().to_owned());
        }
        for sentence in &sentences {
            for word in VERDICTS {
                assert!(!sentence.to_lowercase().contains(word), "{sentence:?} contains {word:?}");
            }
        }
        // And the result page says so in plain words, in every language.
        assert!(Key::ResultGuide.text(Lang::Ja).contains("診断ではありません"));
        assert!(Key::ResultGuide.text(Lang::En).contains("not a diagnosis"));
    }

    #[test]
    fn a_result_is_announced_in_the_pages_order_sign_areas_guide_offer() {
        use crate::check::files;
        use crate::check::scoring::score;
        let bank = files::bank(Lang::Ja).unwrap();
        let band = &bank.bands.iter().find(|b| b.id == "18m").unwrap();
        let all = |answer| {
            crate::check::questions::questions_for(bank, band).iter().map(|q| (q.id.to_owned(), answer)).collect::<std::collections::BTreeMap<_, _>>()
        };
        let date = chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        let mut yes = all(Answer::Yes);
        // "Has your child lost a skill?", "Do you often feel anxious?": no.
        yes.insert("sign-lost-skill".into(), Answer::NotYet);
        yes.insert("caregiver-anxious".into(), Answer::NotYet);
        let on_track = CompletedCheck::new(1, "18m", date, yes.clone(), &score(bank, "18m", &yes).unwrap());
        assert_eq!(
            result_announcement(Lang::Ja, bank, &on_track, false),
            format!("からだの動き：順調のようです。ことば：順調のようです。人との関わり：順調のようです。生活習慣：順調のようです。{}", Key::ResultGuide.text(Lang::Ja))
        );
        let not_yet = all(Answer::NotYet);
        let consult = CompletedCheck::new(2, "18m", date, not_yet.clone(), &score(bank, "18m", &not_yet).unwrap());
        let en = result_announcement(Lang::En, bank, &consult, false);
        assert!(en.contains("Movement: Worth talking over with someone. Language: Worth talking over with someone."), "{en}");
        assert!(en.ends_with("It is not a diagnosis. Every child develops at their own pace. Would you like to talk it over?"), "{en}");
        // A lost skill is heard first, as the page shows it first, and the offer after the guide.
        let mut lost = yes.clone();
        lost.insert("sign-lost-skill".into(), Answer::Yes);
        let lost = CompletedCheck::new(3, "18m", date, lost.clone(), &score(bank, "18m", &lost).unwrap());
        let ja = result_announcement(Lang::Ja, bank, &lost, false);
        assert!(ja.starts_with("気になるサインがあります。できていたことが"), "{ja}");
        assert!(ja.ends_with("一人ひとり違います。相談してみませんか"), "{ja}");
        // A child in support hears the supportive words, not the urging ones.
        let supported = result_announcement(Lang::En, bank, &consult, true);
        assert!(supported.contains("Worth looking at with your support team") && !supported.contains("talking over"), "{supported}");
    }

    #[test]
    fn the_message_names_every_sign_found_with_its_answer() {
        use crate::check::files;
        use crate::check::scoring::score;
        let bank = files::bank(Lang::Ja).unwrap();
        let band = bank.bands.iter().find(|b| b.id == "30m").unwrap();
        let mut answers: std::collections::BTreeMap<String, Answer> = band.items.iter().map(|i| (i.id.clone(), Answer::Yes)).collect();
        answers.insert("sign-two-words".into(), Answer::NotYet);
        answers.insert("sign-lost-skill".into(), Answer::Yes);
        answers.insert("sign-name".into(), Answer::Unknown);
        let date = chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        let check = CompletedCheck::new(1, "30m", date, answers.clone(), &score(bank, "30m", &answers).unwrap());
        let found: Vec<String> = sign_answers(bank, &check, Lang::Ja).into_iter().map(|(q, a)| format!("{q}={a}")).collect();
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].starts_with("前はできていたこと") && found[0].ends_with("=はい"), "{found:?}");
        assert!(found[1].contains("2つの言葉") && found[1].ends_with("=まだ"), "{found:?}");
        // A 2-month check from when "no reaction to a loud sound" was an
        // ordinary item: its "not yet" made the area one to watch, not a
        // sign, and the message to the city does not call it one.
        let mut old: std::collections::BTreeMap<String, Answer> = std::collections::BTreeMap::new();
        old.insert("02m-language-loud-sound".into(), Answer::NotYet);
        old.insert("caregiver-someone".into(), Answer::NotYet);
        let levels = Domain::ALL.iter().map(|&domain| crate::check::record::DomainLevel { domain, level: if domain == Domain::Language { Level::Watch } else { Level::OnTrack } }).collect();
        let then = CompletedCheck { id: 2, band: "02m".into(), date, answers: old.clone(), levels, general_signs: vec![], caregiver_signals: vec!["caregiver-someone".into()] };
        assert_eq!(sign_answers(bank, &then, Lang::Ja), []);
        // Found now, it is named with its answer.
        let now = CompletedCheck::new(3, "02m", date, old.clone(), &score(bank, "02m", &old).unwrap());
        let named = sign_answers(bank, &now, Lang::Ja);
        assert!(named.len() == 1 && named[0].0.contains("大きな音") && named[0].1 == "いいえ", "{named:?}");
        // An area's sign is said first, before the levels, as the page shows it first.
        let spoken = result_announcement(Lang::Ja, bank, &now, false);
        assert!(spoken.starts_with("気になるサインがあります。大きな音に反応しないときは"), "{spoken}");
        assert!(!result_announcement(Lang::Ja, bank, &now, true).starts_with("気になるサイン"), "a child in support hears it with the area");
    }

    #[test]
    fn support_changes_the_words_not_the_level() {
        assert_ne!(level_key(Level::Consult, true), level_key(Level::Consult, false));
        assert_eq!(level_key(Level::Watch, true), level_key(Level::Watch, false));
    }
}
