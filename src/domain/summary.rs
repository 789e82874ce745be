//! The one-page checkup summary as plain data, worded in the family's
//! language: what a parent hands the nurse or doctor. Pure, so a test can
//! read it; the page only lays it out.

use chrono::NaiveDate;

use super::age::{age_on, corrected_age_on, corrects_growth_on, CorrectedAge};
use super::record::{Child, Sex};
use crate::check::files;
use crate::check::words::level_key;
use crate::growth::{findings, who_2006, Measure, RefSex};
use crate::i18n::{format, t_with, Key, Lang};
use super::units::{grams_as_kg, mm_as_cm};
use crate::schedule::immunisation::{self, State};

/// Upcoming doses listed, besides everything due now or overdue.
const UPCOMING_SHOWN: usize = 3;

#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub name: String,
    /// (label, value): birth date, sex and weeks at birth when recorded, age,
    /// corrected age when it applies, and the day the sheet was made (ages
    /// and what is due depend on it).
    pub basics: Vec<(String, String)>,
    /// (what, "7.2 kg（50パーセンタイル）, 2026年10月1日")
    pub measurements: Vec<(String, String)>,
    /// The centiles are by corrected age (as the growth chart reads them by default).
    pub centiles_corrected: bool,
    /// "Hepatitis B: 24 Jul 2025, 21 Aug 2025": a vaccine's doses in one line.
    pub vaccines_done: Vec<String>,
    /// Due now, overdue, then the next few, each with its date; last, in one
    /// line, the doses whose routine period ended unrecorded.
    pub vaccines_due: Vec<String>,
    /// The latest check: (band and date, [(area, level)]).
    pub latest_check: Option<(String, Vec<(String, String)>)>,
    /// Its questions answered "not yet" and its warning signs answered as a
    /// sign ("yes" to a lost skill), each with the answer: what a nurse asks
    /// about first.
    pub check_not_yet: Vec<String>,
    /// A check due now and not answered yet (this age's, or the re-check a
    /// result asked for).
    pub check_due: Option<String>,
    pub firsts: Vec<(String, String)>,
    pub questions: String,
}

pub fn summary(lang: Lang, child: &Child, today: NaiveDate) -> Summary {
    let code = lang.code();
    let date = |d| format::date(lang, d);
    let age = age_on(child.birth_date, today).map(|a| format::age(lang, &a)).unwrap_or_default();
    // The row is already labelled "corrected age": the value is the age alone.
    let corrected_age = match corrected_age_on(child.birth_date, child.gestation, today) {
        CorrectedAge::Age(a) => Some(format::age(lang, &a)),
        other => format::corrected_age(lang, &other),
    };
    let row = |key: Key, value: String| (key.text(lang).to_owned(), value);
    let mut basics = vec![row(Key::SummaryBirth, date(child.birth_date))];
    if child.sex != Sex::Unspecified {
        basics.push(row(Key::ChildSex, format::sex(lang, child.sex).to_owned()));
    }
    if let Some(g) = &child.gestation {
        basics.push(row(Key::SummaryGestation, format::gestation(lang, g)));
    }
    // The weight measured on the day of birth (the birth's own, when the
    // child's record was started from it).
    let at_birth = child.measurements.iter().filter(|m| m.date == child.birth_date).find_map(|m| m.weight_g);
    basics.extend(at_birth.map(|g| row(Key::BirthWeight, format!("{g} g"))));
    basics.push(row(Key::SummaryAge, age));
    basics.extend(corrected_age.map(|c| row(Key::SummaryCorrected, c)));
    basics.push(row(Key::SummaryMadeOn, date(today)));

    let mut measurements = Vec::new();
    let sex = RefSex::from_sex(child.sex);
    let all = child.growth_measurements();
    let gestation_days = child.gestation.map(|g| g.total_days());
    // As the chart places them: by corrected age what a preterm child had
    // measured before the second birthday, whenever the sheet is made.
    let found = sex.map(|sex| findings(who_2006(), &all, child.birth_date, gestation_days, true, sex)).unwrap_or_default();
    let latest: Vec<_> = [(Measure::Weight, Key::Weight, "kg"), (Measure::Length, Key::Length, "cm"), (Measure::Head, Key::Head, "cm")]
        .into_iter()
        .filter_map(|(measure, key, unit)| {
            all.iter()
                .filter_map(|m| crate::growth::findings::raw_value(m, measure).map(|raw| (m.date, m.id, raw)))
                .max_by_key(|(d, id, _)| (*d, *id))
                .map(|(when, id, raw)| (measure, key, unit, when, id, raw, corrects_growth_on(child.birth_date, child.gestation, when)))
        })
        .collect();
    // The heading says "by corrected age" when every line is; otherwise the lines that are say so.
    let centiles_corrected = !latest.is_empty() && latest.iter().all(|l| l.6);
    for (measure, key, unit, when, id, raw, corrected) in latest {
        // As entered, to the gram: a nurse compares it with the scale.
        let shown = match measure {
            Measure::Weight => format!("{} {unit}", grams_as_kg(raw)),
            _ => format!("{} {unit}", mm_as_cm(raw)),
        };
        let centile = format::centile_suffix(lang, &found, id, measure);
        let mark = if corrected && !centiles_corrected { Key::SummaryByCorrectedAge.text(lang) } else { "" };
        measurements.push((key.text(lang).to_owned(), format!("{shown}{centile}{mark}, {}", date(when))));
    }

    let doses = child.recorded_doses();
    let statuses = immunisation::status(child.birth_date, &doses, today);
    let name = |s: &immunisation::DoseStatus| {
        let vaccine = lang.pick(&s.vaccine.ja, &s.vaccine.en);
        let dose = lang.pick(&s.dose.ja, &s.dose.en);
        format!("{vaccine} {dose}")
    };
    // One line a vaccine, its doses' dates in order: the sheet stays on one page.
    let mut vaccines_done: Vec<(&str, Vec<String>)> = Vec::new();
    for s in &statuses {
        if let State::Done(on) = s.state {
            let vaccine = lang.pick(&s.vaccine.ja, &s.vaccine.en);
            match vaccines_done.iter_mut().find(|(v, _)| *v == vaccine) {
                Some((_, dates)) => dates.push(date(on)),
                None => vaccines_done.push((vaccine, vec![date(on)])),
            }
        }
    }
    let vaccines_done = vaccines_done.into_iter().map(|(vaccine, dates)| format!("{vaccine}: {}", dates.join(", "))).collect();
    let mut vaccines_due: Vec<String> = statuses
        .iter()
        .filter(|s| matches!(s.state, State::DueNow { .. } | State::Overdue { .. }))
        .map(|s| format!("{}: {}", name(s), format::dose_state(lang, s)))
        .collect();
    let mut upcoming: Vec<(NaiveDate, String)> = statuses
        .iter()
        .filter_map(|s| match s.state {
            State::Upcoming { from } => Some((from, format!("{}: {}", name(s), t_with(lang, Key::SummaryFrom, &[("date", &date(from))])))),
            _ => None,
        })
        .collect();
    crate::sorting::sort(&mut upcoming);
    vaccines_due.extend(upcoming.into_iter().take(UPCOMING_SHOWN).map(|(_, text)| text));
    let missed: Vec<String> = statuses.iter().filter(|s| s.state == State::Missed).map(name).collect();
    if !missed.is_empty() {
        vaccines_due.push(t_with(lang, Key::SummaryMissed, &[("doses", &missed.join(", "))]));
    }

    let check_due = files::bank(lang).ok().and_then(|bank| match crate::check::schedule::plan(bank, child.birth_date, child.gestation, &child.checks, today) {
        crate::check::schedule::Plan::Due { window, recheck, .. } => Some(t_with(
            lang,
            if recheck { Key::SummaryRecheckDue } else { Key::SummaryCheckDue },
            &[("band", window.band.title.get(code))],
        )),
        _ => None,
    });
    let latest = child.checks.iter().max_by_key(|c| (c.date, c.id));
    let check_not_yet = latest.map(|check| not_yet_questions(lang, check)).unwrap_or_default();
    let latest_check = latest.map(|check| {
        let bank = files::bank(lang).ok();
        let band = bank.and_then(|b| b.band(&check.band)).map(|b| b.title.get(code).to_owned()).unwrap_or_else(|| check.band.clone());
        let levels = check
            .levels
            .iter()
            .map(|l| {
                let area = bank.and_then(|b| b.domain_name(l.domain)).map(|n| n.get(code).to_owned()).unwrap_or_default();
                (area, level_key(l.level, child.in_support).text(lang).to_owned())
            })
            .collect();
        (format!("{band}, {}", date(check.date)), levels)
    });

    let mut firsts: Vec<_> = child.firsts.iter().collect();
    crate::sorting::sort_by_key(&mut firsts, |f| (f.date, f.id));
    let firsts = firsts
        .into_iter()
        .map(|f| {
            let what = f.kind.map(|k| format::first_kind(k).text(lang).to_owned()).unwrap_or_else(|| f.label.clone());
            (what, date(f.date))
        })
        .collect();

    Summary {
        name: child.name.clone(),
        basics,
        measurements,
        centiles_corrected,
        vaccines_done,
        vaccines_due,
        latest_check,
        check_not_yet,
        check_due,
        firsts,
        questions: child.questions_for_nurse.clone(),
    }
}

fn not_yet_questions(lang: Lang, check: &crate::check::record::CompletedCheck) -> Vec<String> {
    use crate::check::bank::Answer;
    use crate::check::questions::{questions_for, QuestionRole};
    let Some((bank, band)) = files::bank(lang).ok().and_then(|b| Some((b, b.band(&check.band)?))) else { return Vec::new() };
    questions_for(bank, band)
        .iter()
        .filter(|q| {
            let given = check.answers.get(q.id);
            match q.role {
                QuestionRole::Item { .. } => given == Some(&Answer::NotYet),
                QuestionRole::Sign { consult_on, .. } => given.is_some_and(|a| consult_on.contains(a)),
                // The parent's own answers are theirs to bring up.
                QuestionRole::Caregiver { .. } => false,
            }
        })
        .map(|q| {
            let answer = check.answers.get(q.id).copied().unwrap_or(Answer::Unknown);
            format!("{}（{}）", q.text.get(lang.code()), crate::check::words::answer_key(q.kind, answer).text(lang))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::sample::demo_household;

    #[test]
    fn the_demo_child_summary_holds_what_the_checkup_asks_for() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let h = demo_household(today, crate::i18n::Lang::Ja);
        let s = summary(Lang::Ja, &h.children[0], today);
        assert_eq!(s.name, "見本 さくら");
        let basics: Vec<String> = s.basics.iter().map(|(label, value)| format!("{label}={value}")).collect();
        assert!(basics.contains(&"月齢・年齢=1歳6か月10日".to_owned()), "{basics:?}");
        assert!(basics.contains(&"作成日=2026年11月24日".to_owned()), "{basics:?}");
        assert!(!basics.iter().any(|b| b.starts_with("修正月齢")), "born at term: {basics:?}");
        assert!(!s.centiles_corrected);
        assert_eq!(s.measurements.len(), 3);
        assert!(s.measurements[0].1.starts_with("10.1 kg（"), "{:?}", s.measurements[0]);
        assert!(s.measurements[0].1.contains("パーセンタイル"));
        let (band, levels) = s.latest_check.unwrap();
        assert!(band.starts_with("1歳3か月"));
        assert!(levels.iter().any(|(area, level)| area == "ことば" && level == "様子を見ましょう"));
        // Which question it was, for the nurse to ask about; not the parent's own answers.
        assert_eq!(s.check_not_yet.len(), 1, "{:?}", s.check_not_yet);
        // At 18 months, that age's check is not done yet: the sheet says so.
        assert_eq!(s.check_due.as_deref(), Some("1歳6か月のチェックは、まだ答えていません。"));
        assert!(!s.check_not_yet[0].contains("子育て"), "{:?}", s.check_not_yet);
        assert!(s.check_not_yet[0].ends_with("（まだ）"), "{:?}", s.check_not_yet);
        assert_eq!(s.firsts.len(), 7);
        assert!(!s.vaccines_done.is_empty() && !s.vaccines_due.is_empty());
        let hepb: Vec<&String> = s.vaccines_done.iter().filter(|l| l.starts_with("B型肝炎")).collect();
        assert_eq!(hepb.len(), 1, "one line a vaccine: {:?}", s.vaccines_done);
        assert_eq!(hepb[0].matches(", ").count(), 2, "its three doses: {}", hepb[0]);
    }

    /// A baby born at 30 weeks, three months on: the nurse's sheet reads her
    /// growth by corrected age, as her growth chart does, and says so.
    #[test]
    fn a_preterm_babys_centiles_are_by_corrected_age() {
        use crate::domain::record::{GestationalAge, Measurement};
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        let today = d("2026-11-01");
        let mut child = demo_household(today, crate::i18n::Lang::Ja).children[0].clone();
        child.birth_date = d("2026-08-01");
        child.sex = Sex::Female;
        child.gestation = Some(GestationalAge { weeks: 30, days: 0 });
        child.measurements = vec![Measurement { id: 900, date: today, weight_g: Some(3500), length_mm: Some(500), head_mm: Some(350), chest_mm: None }];
        child.checkup_visits.clear();
        let s = summary(Lang::Ja, &child, today);
        assert!(s.centiles_corrected);
        assert!(s.basics.iter().any(|(label, value)| label == "在胎週数" && value == "30週0日"), "{:?}", s.basics);
        assert!(!s.basics.iter().any(|(label, _)| label == "出生体重"), "nothing weighed on the day of birth");
        child.measurements.push(Measurement { id: 901, date: child.birth_date, weight_g: Some(1210), length_mm: None, head_mm: None, chest_mm: None });
        let s = summary(Lang::Ja, &child, today);
        assert!(s.basics.contains(&("出生体重".to_owned(), "1210 g".to_owned())), "{:?}", s.basics);
        // 3.5 kg at a corrected age of 22 days is about the 24th centile, not below the 1st.
        assert_eq!(s.measurements[0].1, "3.5 kg（24パーセンタイル）, 2026年11月1日");
        // Made after her second birthday, the sheet reads the same measurement the same way.
        let s = summary(Lang::Ja, &child, d("2028-09-01"));
        assert!(s.centiles_corrected);
        assert_eq!(s.measurements[0].1, "3.5 kg（24パーセンタイル）, 2026年11月1日");
        // Measurements after the second birthday are by chronological age, and the sheet no longer says "corrected".
        child.measurements.push(Measurement { id: 902, date: d("2028-08-15"), weight_g: Some(11_000), length_mm: Some(850), head_mm: Some(470), chest_mm: None });
        let s = summary(Lang::Ja, &child, d("2028-09-01"));
        assert!(!s.centiles_corrected);
        assert!(s.measurements.iter().all(|(_, line)| !line.contains("修正")), "{:?}", s.measurements);
        // Mixed (the latest head before the second birthday): that line says so, the heading does not.
        child.measurements.last_mut().unwrap().head_mm = None;
        let s = summary(Lang::Ja, &child, d("2028-09-01"));
        assert!(!s.centiles_corrected);
        assert!(s.measurements[2].1.contains("（修正月齢で）, 2026年11月1日"), "{:?}", s.measurements);
        assert!(!s.measurements[0].1.contains("修正"));
    }

    #[test]
    fn doses_whose_routine_period_ended_are_named_not_dropped() {
        let today = NaiveDate::from_ymd_opt(2028, 3, 1).unwrap();
        let mut child = demo_household(today, crate::i18n::Lang::Ja).children[0].clone();
        child.birth_date = NaiveDate::from_ymd_opt(2023, 1, 31).unwrap();
        child.vaccinations.clear();
        let s = summary(Lang::Ja, &child, today);
        let missed = s.vaccines_due.last().unwrap();
        assert!(missed.contains("BCG") && missed.contains("MR"), "{missed}");
    }

    /// A lost skill is a sign when answered "yes": the sheet says "yes", not
    /// "not yet", and leaves out the parent's own answers.
    #[test]
    fn a_lost_skill_is_on_the_sheet_with_its_answer() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let mut child = demo_household(today, crate::i18n::Lang::Ja).children[0].clone();
        let latest = child.checks.iter_mut().max_by_key(|c| c.date).unwrap();
        latest.answers.insert("sign-lost-skill".into(), crate::check::bank::Answer::Yes);
        latest.answers.insert("caregiver-anxious".into(), crate::check::bank::Answer::Yes);
        let s = summary(Lang::Ja, &child, today);
        assert_eq!(s.check_not_yet.len(), 2, "{:?}", s.check_not_yet);
        assert!(s.check_not_yet.iter().any(|q| q.starts_with("前はできていたこと") && q.ends_with("（はい）")), "{:?}", s.check_not_yet);
    }
}
