use leptos::prelude::*;

use super::{bank, bank_broken, level_badge};
use crate::check::bank::{Bank, Domain};
use crate::check::questions::answers_as_taken;
use crate::check::record::CompletedCheck;
use crate::check::schedule::plan;
use crate::check::scoring::{score_as_taken, Level};
use crate::check::words::{answer_key, reason_text, result_announcement, sign_answers, signs_shown_first};
use crate::domain::record::{Child, Id};
use crate::i18n::{format, t_with, Key, Lang};
use crate::sections::{CheckPage, Section};
use crate::ui::browser;
use crate::ui::components::{use_announcer, PageFrame};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::links::{href, href_to};
use crate::ui::municipality_state::use_city;
use crate::ui::pages::consult::{channel_items, lines_view, minute_clock};
use crate::ui::record_state::use_record;
use crate::domain::age::{age_on, corrected_age_on};
use crate::municipality::card::{nothing_open, ordered_channels, share_text, ShareInput};
use crate::municipality::config::Audience;

/// At most this many "try at home" ideas for an area to watch or talk about…
const TRIES_SHOWN: usize = 3;
/// …and for an area on track, where they are for fun rather than practice.
const TRIES_SHOWN_ON_TRACK: usize = 2;

#[component]
pub fn CheckResult(child: Id, check: Id) -> impl IntoView {
    let state = use_record();
    let lang = use_i18n().lang;
    let found = Memo::new(move |_| {
        state.envelope.with(|e| {
            let c = e.record.child(child)?;
            Some((c.clone(), c.checks.iter().find(|k| k.id == check)?.clone()))
        })
    });
    // Once, as the page opens: not again when the record changes in another tab.
    let announcer = use_announcer();
    Effect::new(move |_| {
        if let (Some(bank), Some((c, k))) = (bank(lang.get_untracked()), found.get_untracked()) {
            announcer.say(result_announcement(lang.get_untracked(), bank, &k, c.in_support));
        }
    });
    on_cleanup(move || {
        announcer.clear();
    });
    let body = move || {
        let Some(bank) = bank(lang.get()) else { return bank_broken().into_any() };
        match found.get() {
            Some((c, k)) => result_view(bank, lang.get(), &c, &k).into_any(),
            None => view! { <p class="card">{tr(Key::ResultNotFound)}</p> }.into_any(),
        }
    };
    view! {
        <PageFrame section=Section::Check heading=Signal::derive(move || Key::ResultTitle.text(lang.get()).to_owned())>
            <p class="notice" data-testid="result-guide">{tr(Key::ResultGuide)}</p>
            {body}
            <p><a class="button" href=href_to(&CheckPage::Overview.path())>{tr(Key::CheckBackToList)}</a></p>
        </PageFrame>
    }
}

fn result_view(bank: &'static Bank, l: Lang, child: &Child, check: &CompletedCheck) -> impl IntoView {
    let code = l.code();
    let band = bank.band(&check.band);
    let band_title = band.map(|b| b.title.get(code).to_owned()).unwrap_or_else(|| check.band.clone());
    let outcome = score_as_taken(bank, &check.band, &check.answers);
    // An area on track gets the next band's ideas: any band's item, by its id.
    let item_try = |id: &str| bank.bands.iter().flat_map(|b| &b.items).find(|i| i.id == id).map(|i| i.try_at_home.get(code).to_owned());
    let recheck = check.date.checked_add_months(chrono::Months::new(bank.rules.recheck_after_watch_months));
    // Only the check the schedule follows tells when to look again: an older
    // one's "next" would be about another check, or already past.
    let plan = plan(bank, child.birth_date, child.gestation, &child.checks, browser::today());
    let followed = plan.window().and_then(|w| w.latest(&child.checks)).is_some_and(|c| c.id == check.id);
    let next = plan.next_date().filter(|_| followed);
    // The schedule drops a re-check that would fall after the age band's
    // window: then the next band's check is when to look again.
    let watch_next = match next {
        Some(date) if next == recheck => Some(t_with(l, Key::ReasonWatchNext, &[("date", &format::date(l, date))])),
        Some(date) => Some(t_with(l, Key::ReasonWatchNextCheck, &[("date", &format::date(l, date))])),
        None => None,
    };

    // An area on track is given the next band's ideas, titled as such: a
    // parent reads "things to try" as things for now.
    let next_band = bank.bands.iter().position(|b| b.id == check.band).and_then(|i| bank.bands.get(i + 1));
    let on_track_tries_title = match next_band {
        Some(b) => t_with(l, Key::ResultNextStepsTitle, &[("band", b.title.get(code))]),
        None => Key::ResultTryTitle.text(l).to_owned(),
    };
    let domains = Domain::ALL
        .iter()
        .filter_map(|&domain| {
            let level = check.level(domain)?;
            // The level is the one given at the time; its reason is worked out
            // again, so it is shown only while today's rules agree with it.
            let scored = outcome.as_ref().and_then(|o| o.domains.iter().find(|d| d.domain == domain && d.level == level));
            let reason = scored.map(|d| reason_text(l, bank, &d.reason)).unwrap_or_default();
            // Ideas in the order scoring gives them (next steps for an area on track).
            let shown = if level == Level::OnTrack { TRIES_SHOWN_ON_TRACK } else { TRIES_SHOWN };
            let tries: Vec<String> = scored.map(|d| d.to_try.iter().filter_map(|id| item_try(id)).take(shown).collect()).unwrap_or_default();
            let watch_next = matches!(level, Level::Watch | Level::Incomplete).then(|| watch_next.clone()).flatten();
            let tries_title = if level == Level::OnTrack { on_track_tries_title.clone() } else { Key::ResultTryTitle.text(l).to_owned() };
            // Focusable, so a link from the areas at a glance takes focus along.
            Some(view! {
                <section class=format!("card result result--{}", level.code()) id=format!("result-{}", domain.code()) tabindex="-1" data-testid="result-domain" data-domain=domain.code() data-level=level.code()>
                    <h2 class="card__title">{bank.domain_name(domain).map(|n| n.get(code).to_owned())}</h2>
                    <p class="result__level">{level_badge(level, child.in_support)}</p>
                    <p>{reason}</p>
                    {watch_next.map(|t| view! { <p>{t}</p> })}
                    {(!tries.is_empty()).then(|| view! {
                        <h3 class="result__try-title">{tries_title}</h3>
                        <ul class="result__tries">{tries.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul>
                    })}
                </section>
            })
        })
        .collect_view();

    let found = signs_shown_first(bank, check, child.in_support);
    let any_sign = !found.is_empty();
    let signs = found.into_iter().map(|s| view! { <p>{s.reason.get(code).to_owned()}</p> }).collect_view();
    let caregiver = !check.caregiver_signals.is_empty();
    let offer = check.offers_consultation();
    let concerns: Vec<&str> = check.levels.iter().filter(|d| d.level == Level::Consult).map(|d| d.domain.code()).collect();
    let concerns_named: Vec<String> = check
        .levels
        .iter()
        .filter(|d| d.level == Level::Consult)
        .filter_map(|d| bank.domain_name(d.domain).map(|n| n.get(code).to_owned()))
        .collect();
    let consult_href = format!("{}?child={}&check={}&concerns={}", href(Section::Consult), child.id, check.id, concerns.join(","));
    let shared_signs = sign_answers(bank, check, l);
    let urge = !child.in_support || caregiver || !check.general_signs.is_empty();
    // Offered for the parent alone, the card does not open on the child's result.
    let about_child = any_sign || !concerns.is_empty();

    view! {
        <p class="lead" data-testid="result-for">{t_with(l, Key::ResultFor, &[("name", &child.name), ("band", &band_title), ("date", &format::date(l, check.date))])}</p>
        {any_sign.then(|| view! {
            <section class="card card--urgent" data-testid="result-sign">
                <h2 class="card__title">{tr(Key::ResultSignTitle)}</h2>
                {signs}
            </section>
        })}
        // The areas at a glance, before the channels push their cards down a phone's screen.
        // Its own heading, or a screen reader's list of headings files it
        // under the warning sign's above.
        {offer.then(|| view! { <h2 class="visually-hidden">{tr(Key::ResultGlanceTitle)}</h2> })}
        {offer.then(|| view! {
            <ul class="card result-glance" role="list" data-testid="result-glance">
                {check.levels.iter().map(|d| view! {
                    <li><a href=format!("#result-{}", d.domain.code())>{bank.domain_name(d.domain).map(|n| n.get(code).to_owned())}</a>{if l == Lang::Ja { "：" } else { ": " }}{level_badge(d.level, child.in_support)}</li>
                }).collect_view()}
            </ul>
        })}
        {offer.then(|| view! {
            <section class="card consult-offer" data-testid="consult-offer" aria-labelledby="consult-offer-title">
                <h2 class="card__title" id="consult-offer-title">{tr(Key::ResultConsultTitle)}</h2>
                {about_child.then(|| view! { <p>{tr(if urge { Key::ResultConsultBody } else { Key::ResultSupportBody })}</p> })}
                {caregiver.then(|| view! { <h3>{tr(Key::ResultCaregiverTitle)}</h3><p>{tr(Key::ResultCaregiverBody)}</p> })}
                {offer_channels(l, child, &concerns_named, shared_signs, caregiver)}
                <a class="button button--large" href=consult_href.clone() data-testid="consult-offer-link">{tr(Key::ResultConsultOpen)}</a>
            </section>
        })}
        {(!offer).then(|| view! {
            <p class="card" data-testid="consult-anytime">
                {tr(Key::ResultConsultAnytime)}" "
                <a href=consult_href>{tr(Key::ResultConsultOpen)}</a>
            </p>
        })}
        <div class="results">{domains}</div>
        // A date months away must not read as "wait until then" to talk.
        {next.map(|d| view! { <p class="card" data-testid="next-check">{t_with(l, if offer { Key::ResultNextNoWait } else { Key::ResultNext }, &[("date", &format::date(l, d))])}</p> })}
        {band.map(|band| answers_view(bank, band, l, check))}
    }
}

/// Every answer given, for a nurse to read at a checkup (`answers_as_taken`).
fn answers_view(bank: &'static Bank, band: &'static crate::check::bank::Band, l: Lang, check: &CompletedCheck) -> impl IntoView {
    let rows = answers_as_taken(bank, band, &check.answers)
        .into_iter()
        .map(|(q, answer)| view! { <tr><td>{q.text.get(l.code()).to_owned()}</td><td>{answer_key(q.kind, answer).text(l)}</td></tr> })
        .collect_view();
    view! {
        <details class="card" data-testid="result-answers">
            <summary>{tr(Key::ResultAnswers)}</summary>
            <table class="answers-table">
                <thead><tr><th scope="col">{tr(Key::ResultAnswersQuestion)}</th><th scope="col">{tr(Key::ResultAnswersAnswer)}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </details>
    }
}

/// The municipality's channels for a child, open ones first, with the exact
/// text each message link carries shown above them (the child's age and the
/// areas to talk about; never the name unless the family adds it on the
/// Talk page). A caregiver who said they are struggling also gets the
/// 24-hour lines, whatever the desks' hours: it may be 2 a.m.
fn offer_channels(l: Lang, child: &Child, concerns: &[String], signs: Vec<(String, String)>, caregiver: bool) -> impl IntoView {
    let city = use_city();
    let today = browser::today();
    let input = ShareInput {
        age: age_on(child.birth_date, today),
        corrected: Some(corrected_age_on(child.birth_date, child.gestation, today)),
        concerns: concerns.to_vec(),
        signs,
        ..Default::default()
    };
    let shared = share_text(l, &input);
    let lang = use_i18n().lang;
    let clock = minute_clock();
    // Someone to talk to even when every desk is closed, or the city's file
    // is not on this device (a first visit offline): the 24-hour lines.
    move || {
        let now = clock.get();
        city.config.with(|config| {
            let list = config.as_ref().map(|c| ordered_channels(c, Audience::Children, now)).unwrap_or_default();
            let fallback = match config {
                None => Some(Key::ResultCityMissing),
                Some(_) if nothing_open(&list) => Some(Key::ConsultNothingOpen),
                Some(_) => None,
            };
            let switches = config.as_ref().map(|c| c.national_lines).unwrap_or_default();
            view! {
                {config.is_some().then(|| view! {
                    // A label, not a heading: the desks' own headings below are not inside it.
                    <p><strong>{tr(Key::ShareTitle)}</strong></p>
                    <pre class="share-preview" data-testid="share-preview">{shared.clone()}</pre>
                })}
                {channel_items(l, list, &shared, now, config.as_ref().is_some_and(|c| c.demo))}
                {fallback.map(|key| view! { <p class="notice notice--urgent" data-testid="nothing-open">{tr(key)}</p> })}
                {(fallback.is_some() || caregiver).then(|| view! {
                    <p><strong>{tr(Key::ConsultNationalTitle)}</strong></p>
                    {lines_view(switches, caregiver, lang)}
                })}
            }
        })
    }
}
