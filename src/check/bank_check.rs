//! The checks every bank must pass before the app ships it. They run in the
//! native tests over the real files (`tests/assessments.rs`, which also proves
//! the shipped copy equal to the checked one), in the fuzz target and for
//! `Bank::parse`; the app only reads its copy (`Bank::read_compiled`). The
//! questions' provenance is checked by the tests alone (`provenance`).

use std::collections::BTreeSet;

use super::bank::{Band, Domain, Rules, Text};

pub const MIN_BANDS: usize = 25;
/// Each area asks at least this many questions in every band: its items and
/// the warning signs of the area asked at that age ...
pub const MIN_QUESTIONS_PER_DOMAIN: usize = 3;
/// ... of which at least this many are items, which the ideas to try come from.
pub const MIN_ITEMS_PER_DOMAIN: usize = 2;
/// From 12 months, bands come at least this often.
pub const MAX_GAP_FROM_12_MONTHS: u32 = 3;

pub(super) fn check(
    rules: &Rules,
    files: Vec<(String, Band)>,
    problems: &mut Vec<String>,
) -> Vec<Band> {
    let mut ids = BTreeSet::new();
    let mut unique = |id: &str, problems: &mut Vec<String>| {
        if !ids.insert(id.to_string()) {
            problems.push(format!("id {id:?} is used twice"));
        }
    };
    if rules.schema_version != 1 {
        problems.push(format!(
            "rules.json: schema_version {} is not 1",
            rules.schema_version
        ));
    }
    let r = &rules.domain_rules;
    if r.watch_when_not_yet_at_least == 0
        || r.consult_when_not_yet_at_least <= r.watch_when_not_yet_at_least
    {
        problems.push(
            "rules.json: consult needs more \"not yet\" answers than watch, and watch at least one"
                .into(),
        );
    }
    if r.incomplete_when_unknown_at_least == 0 || r.watch_when_sometimes_at_least == 0 {
        problems.push("rules.json: thresholds of 0 would fire on every check".into());
    }
    for domain in Domain::ALL {
        if !rules.advice.iter().any(|a| a.domain == domain) {
            problems.push(format!("rules.json: no advice for {}", domain.code()));
        }
    }
    for advice in &rules.advice {
        text(
            &format!("advice {}", advice.domain.code()),
            &advice.name,
            problems,
        );
    }
    for sign in &rules.warning_signs {
        unique(&sign.id, problems);
        text(&sign.id, &sign.text, problems);
        text(&sign.id, &sign.reason, problems);
        if sign.consult_on.is_empty() {
            problems.push(format!("{}: needs consult_on answers", sign.id));
        }
    }
    if rules.caregiver_questions.len() < 2 {
        problems.push(
            "rules.json: the caregiver questions (someone to talk to; anxiety) are missing".into(),
        );
    }
    for question in &rules.caregiver_questions {
        unique(&question.id, problems);
        text(&question.id, &question.text, problems);
        if question.signal_on.is_empty() {
            problems.push(format!("{}: needs signal_on answers", question.id));
        }
    }

    let mut by_id: Vec<Option<Band>> = rules.bands.iter().map(|_| None).collect();
    for (name, band) in files {
        match rules.bands.iter().position(|id| *id == band.id) {
            Some(at) if name == format!("band-{}.json", band.id) => by_id[at] = Some(band),
            Some(_) => problems.push(format!(
                "{name}: a band with id {:?} belongs in band-{}.json",
                band.id, band.id
            )),
            None => problems.push(format!(
                "{name}: band {:?} is not listed in rules.json",
                band.id
            )),
        }
    }
    let mut bands = Vec::new();
    for (id, band) in rules.bands.iter().zip(by_id) {
        match band {
            Some(band) => bands.push(band),
            None => problems.push(format!(
                "rules.json lists band {id:?} but band-{id}.json is missing"
            )),
        }
    }
    if bands.len() < MIN_BANDS {
        problems.push(format!(
            "{} bands; at least {MIN_BANDS} are needed",
            bands.len()
        ));
    }
    for pair in bands.windows(2) {
        let (a, b) = (pair[0].age_months, pair[1].age_months);
        if b <= a {
            problems.push(format!(
                "band {} ({b} months) must come after {} ({a} months)",
                pair[1].id, pair[0].id
            ));
        } else if a >= 12 && b - a > MAX_GAP_FROM_12_MONTHS {
            problems.push(format!(
                "{} months between bands {} and {}",
                b - a,
                pair[0].id,
                pair[1].id
            ));
        }
    }
    if let Some(last) = bands.last() {
        if rules.last_band_ends_months <= last.age_months {
            problems.push("rules.json: last_band_ends_months must be after the last band".into());
        }
    }
    for band in &bands {
        text(&band.id, &band.title, problems);
        for domain in Domain::ALL {
            let items = band.items.iter().filter(|i| i.domain == domain).count();
            let signs = rules.warning_signs.iter().filter(|s| s.domain == Some(domain) && s.asked_at(band.age_months));
            let questions = items + signs.count();
            if items < MIN_ITEMS_PER_DOMAIN || questions < MIN_QUESTIONS_PER_DOMAIN {
                problems.push(format!(
                    "band {}: {items} {} items and {questions} questions; at least {MIN_ITEMS_PER_DOMAIN} and {MIN_QUESTIONS_PER_DOMAIN}",
                    band.id,
                    domain.code()
                ));
            }
        }
        for item in &band.items {
            unique(&item.id, problems);
            text(&item.id, &item.text, problems);
            text(&item.id, &item.try_at_home, problems);
        }
    }
    bands
}

/// Where each question comes from, checked on the files in `assessments/`
/// by the native tests. The copy the app ships has none (build.rs), so the
/// app does not run this.
pub(super) fn provenance(rules: &Rules, bands: &[Band]) -> Vec<String> {
    let mut problems = Vec::new();
    let sourced = rules.warning_signs.iter().map(|s| (&s.id, &s.source));
    let sourced = sourced.chain(rules.caregiver_questions.iter().map(|q| (&q.id, &q.source)));
    for (id, source) in sourced.chain(bands.iter().flat_map(|b| b.items.iter().map(|i| (&i.id, &i.source)))) {
        if source.trim().is_empty() {
            problems.push(format!("{id}: no source"));
        }
    }
    for band in bands {
        for item in band.items.iter().filter(|i| i.source_age_months > band.age_months) {
            problems.push(format!(
                "{}: most children do this only at {} months, after the {}-month band, so \"not yet\" would mean nothing",
                item.id, item.source_age_months, band.age_months
            ));
        }
    }
    problems
}

/// Both languages present, and each in its own script: Japanese text with
/// kana or kanji, English text without them (a pasted Japanese sentence in
/// the English field is the usual slip).
fn text(owner: &str, text: &Text, problems: &mut Vec<String>) {
    let japanese = |s: &str| {
        s.chars().any(|c| {
            ('\u{3040}'..='\u{30ff}').contains(&c) || ('\u{4e00}'..='\u{9fff}').contains(&c)
        })
    };
    if text.ja.trim().is_empty() || !japanese(&text.ja) {
        problems.push(format!("{owner}: Japanese text missing or not Japanese"));
    }
    if text.en.trim().is_empty() || japanese(&text.en) {
        problems.push(format!("{owner}: English text missing or not English"));
    }
}
