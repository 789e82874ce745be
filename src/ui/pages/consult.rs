use leptos::prelude::*;

use crate::check::bank::Domain;
use crate::check::files;
use crate::check::words::sign_answers;
use crate::domain::age::{age_on, corrected_age_on, pregnancy_weeks};
use crate::i18n::{t_with, Key};
use crate::municipality::card::{availability_text, nothing_open, ordered_channels, share_text, ShareInput};
use crate::municipality::config::{Audience, ChannelKind, NationalLines};
use crate::municipality::links::channel_link;
use crate::municipality::national::national_lines_for;
use crate::sections::Section;
use crate::ui::browser;
use crate::ui::components::PageFrame;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::links::query_param;
use crate::ui::municipality_state::use_city;
use crate::ui::record_state::use_record;

/// "pregnancy", a child's id, or "" (nobody chosen).
const ABOUT_PREGNANCY: &str = "pregnancy";

#[component]
pub fn Consult() -> impl IntoView {
    let lang = use_i18n().lang;
    let city = use_city();
    let record = use_record();
    // A child's id (from a check or a growth note), or "pregnancy" (from the pregnancy page).
    let from_check = query_param("child").filter(|id| id == ABOUT_PREGNANCY || id.parse::<u64>().is_ok());
    // The check the family came from: its warning signs go into the message too.
    let from_check_id = query_param("check").and_then(|id| id.parse::<u64>().ok());
    let concerns: Vec<Domain> = query_param("concerns")
        .map(|list| list.split(',').filter_map(|code| Domain::ALL.into_iter().find(|d| d.code() == code)).collect())
        .unwrap_or_default();
    let default_about = from_check.clone().unwrap_or_else(|| record.envelope.with_untracked(|e| {
        e.record
            .children
            .iter()
            .max_by_key(|c| c.birth_date)
            .map(|c| c.id.to_string())
            .unwrap_or_else(|| {
                if e.record.pregnancies.iter().any(|p| p.birth.is_none()) {
                    ABOUT_PREGNANCY.to_owned()
                } else {
                    String::new()
                }
            })
    }));
    let about = RwSignal::new(default_about);
    let include_name = RwSignal::new(false);
    let note = RwSignal::new(String::new());
    // Some(true) copied, Some(false) the browser refused. An edit clears it:
    // "copied" speaks of the text as it was.
    let copied = RwSignal::new(None::<bool>);

    let need = move || match about.get().as_str() {
        ABOUT_PREGNANCY => Audience::Pregnancy,
        "" => Audience::Everyone,
        _ => Audience::Children,
    };
    let text = Memo::new(move |_| {
        let today = browser::today();
        let l = lang.get();
        let chosen = about.get();
        // The areas from a check belong to the child it was about.
        let about_checked_child = from_check.as_deref() == Some(chosen.as_str());
        let mut input = ShareInput {
            note: note.get(),
            concerns: concerns
                .iter()
                .filter(|_| about_checked_child)
                .filter_map(|d| files::bank(l).ok()?.domain_name(*d).map(|n| n.get(l.code()).to_owned()))
                .collect(),
            ..Default::default()
        };
        record.envelope.with(|e| {
            if chosen == ABOUT_PREGNANCY {
                input.pregnancy_weeks = e
                    .record
                    .pregnancies
                    .iter()
                    .filter(|p| p.birth.is_none())
                    .find_map(|p| p.expected_delivery.and_then(|d| pregnancy_weeks(d, today)));
            } else if let Some(child) = chosen.parse().ok().and_then(|id| e.record.child(id)) {
                let check = from_check_id.filter(|_| about_checked_child).and_then(|id| child.checks.iter().find(|c| c.id == id));
                if let (Some(check), Ok(bank)) = (check, files::bank(l)) {
                    input.signs = sign_answers(bank, check, l);
                }
                input.age = age_on(child.birth_date, today);
                input.corrected = Some(corrected_age_on(child.birth_date, child.gestation, today));
                if include_name.get() {
                    input.name = Some(child.name.clone());
                }
            }
        });
        share_text(lang.get(), &input)
    });
    let about_options = move || {
        let l = lang.get();
        let current = about.get();
        let mut options = vec![(String::new(), Key::ShareAboutNobody.text(l).to_owned())];
        record.envelope.with(|e| {
            options.extend(
                e.record
                    .children
                    .iter()
                    .map(|c| (c.id.to_string(), c.name.clone())),
            );
            if e.record.pregnancies.iter().any(|p| p.birth.is_none()) {
                options.push((
                    ABOUT_PREGNANCY.to_owned(),
                    Key::SharePregnancyOption.text(l).to_owned(),
                ));
            }
        });
        options.into_iter().map(|(value, label)| view! { <option selected=current == value value=value>{label}</option> }).collect_view()
    };

    let clock = minute_clock();
    let channels = move || {
        let l = lang.get();
        let now = clock.get();
        let shared = text.get();
        city.config.with(|config| {
            config.as_ref().map(|config| {
                let list = ordered_channels(config, need(), now);
                let nothing_open = nothing_open(&list);
                let items = channel_items(l, list, &shared, now, config.demo);
                let demo = config.demo.then(|| view! { <p class="notice" data-testid="demo-city">{tr(Key::DemoCityNotice)}</p> });
                let services = (!config.services.is_empty()).then(|| {
                    let links = config
                        .services
                        .iter()
                        .filter(|s| crate::municipality::links::is_safe_link(&s.url))
                        .map(|s| view! { <li><a class="button" href=s.url.clone() target="_blank" rel="noopener noreferrer">{s.label.get(l).to_owned()}</a></li> })
                        .collect_view();
                    view! { <h3>{tr(Key::ServicesTitle)}</h3><ul class="link-list">{links}</ul> }
                });
                view! {
                    <h2>{t_with(l, Key::ConsultCityTitle, &[("city", config.name.get(l))])}</h2>
                    {demo}
                    {nothing_open.then(|| view! { <p class="notice notice--urgent" data-testid="nothing-open">{tr(Key::ConsultNothingOpen)}</p> })}
                    {items}
                    {services}
                }
            })
        })
    };

    let national = move || {
        let switches = city
            .config
            .with(|c| c.as_ref().map(|c| c.national_lines).unwrap_or_default());
        lines_view(switches, false, lang)
    };

    view! {
        <PageFrame section=Section::Consult>
            <p>{tr(Key::ConsultIntro)}</p>
            <div class="card card--urgent">
                <h2 class="card__title">{tr(Key::ConsultEmergencyTitle)}</h2>
                <p class="card__body">{tr(Key::ConsultEmergencyBody)}</p>
                <a class="button button--urgent" href="tel:119">{tr(Key::ConsultCall119)}</a>
            </div>

            <section class="consult-card" data-testid="consult-card">
                <div class="card" data-testid="share-preview-box">
                    <h2 class="card__title">{tr(Key::ShareTitle)}</h2>
                    <p class="card__body">{tr(Key::ShareIntro)}</p>
                    <label class="field__label" for="share-about">{tr(Key::ShareAbout)}</label>
                    <select id="share-about" on:change=move |ev| { copied.set(None); about.set(event_target_value(&ev)) }>{about_options}</select>
                    // Only a child has a name to add.
                    <label class="checkbox" hidden=move || about.with(|a| a.parse::<u64>().is_err())>
                        <input type="checkbox" id="share-name" prop:checked=move || include_name.get()
                            on:change=move |ev| { copied.set(None); include_name.set(event_target_checked(&ev)) }/>
                        {tr(Key::ShareIncludeName)}
                    </label>
                    <label class="field__label" for="share-note">{tr(Key::ShareNoteLabel)}</label>
                    <textarea id="share-note" rows="3" prop:value=move || note.get() on:input=move |ev| { copied.set(None); note.set(event_target_value(&ev)) }></textarea>
                    // Not a live region: it changes with every key typed in the note.
                    <pre class="share-preview" data-testid="share-preview">{move || text.get()}</pre>
                    <button type="button" class="button" data-testid="share-copy" on:click=move |_| {
                        copied.set(None);
                        let text = text.get_untracked();
                        wasm_bindgen_futures::spawn_local(async move {
                            copied.set(Some(browser::copy_text(&text).await));
                        });
                    }>{tr(Key::ShareCopy)}</button>
                    <span role="status" data-testid="share-copied">{move || copied.get().map(|ok| tr(if ok { Key::ShareCopied } else { Key::ShareCopyFailed })())}</span>
                </div>
                // A broken file has its own panel (which points to the national
                // lines): "loading" would never end.
                {move || (city.config.with(|c| c.is_none()) && city.errors.with(Vec::is_empty)).then(|| {
                    let key = if city.unavailable.get() { Key::CityUnavailable } else { Key::ConsultLoading };
                    view! { <p class="muted" data-testid="city-status">{tr(key)}</p> }
                })}
                {channels}
            </section>

            <h2>{tr(Key::ConsultNationalTitle)}</h2>
            {national}
        </PageFrame>
    }
}

/// The time now, renewed each minute and whenever the page is shown again
/// (a phone may bring the app back hours later), so "open now" stays true.
pub fn minute_clock() -> ReadSignal<chrono::DateTime<chrono::Utc>> {
    let (now, set_now) = signal(browser::now());
    let renew = move || {
        let time = browser::now();
        if time.timestamp() / 60 != now.get_untracked().timestamp() / 60 {
            set_now.set(time);
        }
    };
    let tick = set_interval_with_handle(renew, std::time::Duration::from_secs(15)).ok();
    let shown = window_event_listener(leptos::ev::visibilitychange, move |_| renew());
    on_cleanup(move || {
        if let Some(tick) = tick {
            tick.clear();
        }
        shown.remove();
    });
    now
}

/// The channels in the given order, each with its hours in Japan time and a
/// link that carries `shared` (LINE, form, mail) or calls (phone). Used by
/// the Talk page and by the check's result page. A demonstration
/// municipality's desks are fictional: their addresses are no one's today but
/// could be someone's tomorrow (a LINE ID can be registered), so nothing a
/// family typed is ever sent to them.
pub fn channel_items(
    l: crate::i18n::Lang,
    list: Vec<(&crate::municipality::config::Channel, crate::municipality::hours::Availability)>,
    shared: &str,
    now: chrono::DateTime<chrono::Utc>,
    demo: bool,
) -> impl IntoView {
    // "Today" in the hours is Japan's today, whatever the phone's time zone.
    let today = crate::municipality::hours::japan_time(now).date();
    let items = list
        .into_iter()
        .map(|(channel, availability)| {
            let carries_text = channel.kind != ChannelKind::Phone;
            let href = if demo { None } else { channel_link(channel, carries_text.then_some(shared)) };
            let action = match channel.kind {
                ChannelKind::Line => Key::SendLine.text(l).to_owned(),
                ChannelKind::Web => Key::SendWeb.text(l).to_owned(),
                ChannelKind::Email => Key::SendMail.text(l).to_owned(),
                ChannelKind::Phone => t_with(l, Key::CallNumber, &[("number", channel.phone.as_deref().unwrap_or(""))]),
            };
            let external = matches!(channel.kind, ChannelKind::Line | ChannelKind::Web);
            view! {
                <li class="card" data-testid="consult-channel" data-desk=channel.id.clone() data-open=availability.is_open().to_string()>
                    <h3 class="card__title">{channel.label.get(l).to_owned()}</h3>
                    {channel.description.as_ref().map(|d| view! { <p class="card__body">{d.get(l).to_owned()}</p> })}
                    <p class="card__meta" data-testid="channel-hours">
                        {availability_text(l, &availability, channel.accepts_messages_outside_hours, today)}
                    </p>
                    {demo.then(|| view! { <p class="card__meta" data-testid="demo-no-link">{tr(Key::DemoChannelNoLink)}</p> })}
                    {href.map(|href| view! {
                        <a class="button button--primary" href=href data-testid="consult-link" data-channel=channel.id.clone()
                            target=external.then_some("_blank") rel=external.then_some("noopener noreferrer")>{action}</a>
                    })}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="cards">{items}</ul> }
}

pub fn lines_view(switches: NationalLines, for_parent: bool, lang: RwSignal<crate::i18n::Lang>) -> impl IntoView {
    let items = national_lines_for(&switches, for_parent)
        .into_iter()
        .map(|line| {
            let label = move || t_with(lang.get(), Key::CallNumber, &[("number", line.number)]);
            view! {
                <li class="card">
                    <h3 class="card__title">{tr(line.name)}</h3>
                    <p class="card__body">{tr(line.purpose)}</p>
                    <p class="card__meta">{tr(line.hours)}</p>
                    {line.other_languages.map(|key| view! { <p class="card__body" data-testid="line-languages">{tr(key)}</p> })}
                    <a class="button" href=line.tel_href() data-testid="consult-link" data-channel=line.id>{label}</a>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="cards">{items}</ul> }
}
