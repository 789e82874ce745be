use leptos::prelude::*;
use crate::ui::router::use_navigate;

use super::{bank, bank_broken, level_badge};
use crate::check::bank::{Bank, Domain};
use crate::check::record::CheckDraft;
use crate::check::schedule::{plan, Plan};
use crate::check::words::plan_text;
use crate::domain::age::{corrected_age_on, CorrectedAge};
use crate::domain::record::{Child, Id};
use crate::i18n::{format, Key};
use crate::sections::{CheckPage, RecordPage, Section};
use crate::ui::browser;
use crate::ui::components::PageFrame;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::links::href_to;
use crate::ui::record_state::use_record;

#[component]
pub fn Overview() -> impl IntoView {
    let state = use_record();
    let lang = use_i18n().lang;
    let children = move || state.envelope.with(|e| e.record.children.iter().map(|c| c.id).collect::<Vec<_>>());
    view! {
        <PageFrame section=Section::Check>
            <p>{tr(Key::CheckIntro)}</p>
            <Show when=move || !children().is_empty() fallback=|| view! {
                <p class="card">{tr(Key::CheckNoChild)}</p>
                <p><a class="button button--primary" href=href_to(&RecordPage::Overview.path())>{tr(Key::CheckAddChild)}</a></p>
            }>
                // The bank is parsed on first need: a first visit with no
                // child never pays for it.
                {move || match bank(lang.get()) {
                    None => bank_broken().into_any(),
                    Some(bank) => view! {
                        <For each=children key=|id| *id let:id>
                            <ChildChecks bank=bank id=id/>
                        </For>
                    }.into_any(),
                }}
            </Show>
            <p class="guidance">{tr(Key::GuidanceNote)}</p>
        </PageFrame>
    }
}

#[component]
fn ChildChecks(bank: &'static Bank, id: Id) -> impl IntoView {
    let state = use_record();
    let lang = use_i18n().lang;
    let navigate = use_navigate();
    let child = Memo::new(move |_| state.envelope.with(|e| e.record.child(id).cloned()));
    let with_child = move |f: &dyn Fn(&Child) -> AnyView| child.with(|c| c.as_ref().map(f));

    let start = move |fresh: bool| {
        let today = browser::today();
        let band = child.with_untracked(|c| {
            c.as_ref().and_then(|c| plan(bank, c.birth_date, c.gestation, &c.checks, today).window().map(|w| w.band.id.clone()))
        });
        let Some(band) = band else { return };
        state.apply(|h| {
            if let Some(c) = h.child_mut(id) {
                let keep = !fresh && c.check_draft.as_ref().is_some_and(|d| d.band == band);
                if !keep {
                    c.check_draft = Some(CheckDraft { band: band.clone(), started: today, answers: Default::default(), position: 0 });
                }
            }
        });
        navigate(&CheckPage::Run(id).path());
    };
    let start_again = start.clone();

    let status = move || {
        with_child(&|c| {
            let today = browser::today();
            let l = lang.get();
            let p = plan(bank, c.birth_date, c.gestation, &c.checks, today);
            let can_start = p.window().is_some();
            // A draft for an age band that has passed cannot be resumed: starting replaces it.
            let draft = c.check_draft.as_ref().zip(p.window()).is_some_and(|(d, w)| d.band == w.band.id);
            let corrected = matches!(corrected_age_on(c.birth_date, c.gestation, today), CorrectedAge::Age(_) | CorrectedAge::BeforeDueDate { .. });
            let label = match (&p, draft) {
                (_, true) => Key::CheckResume,
                (Plan::Done { .. }, false) => Key::CheckAgain,
                _ => Key::CheckStart,
            };
            let overdue = matches!(p, Plan::Due { overdue: true, .. });
            let start = start.clone();
            let start_again = start_again.clone();
            view! {
                <p class=if overdue { "notice" } else { "card__body" } data-testid="check-plan">{plan_text(l, &p)}</p>
                {corrected.then(|| view! { <p class="muted">{tr(Key::CheckCorrectedNote)}</p> })}
                {can_start.then(|| view! {
                    <p><button type="button" class="button button--primary button--large" data-testid="start-check"
                        on:click=move |_| start(false)>{tr(label)}</button></p>
                })}
                {(can_start && draft).then(|| view! {
                    <p><button type="button" class="button button--quiet" on:click=move |_| {
                        let sure = browser::window().confirm_with_message(Key::CheckDiscardConfirm.text(lang.get_untracked())).unwrap_or(false);
                        if sure {
                            start_again(true);
                        }
                    }>{tr(Key::CheckDiscard)}</button></p>
                })}
            }
            .into_any()
        })
    };

    let support = move || child.with(|c| c.as_ref().is_some_and(|c| c.in_support));
    let support_id = format!("support-{id}");
    let toggle_support = move |ev| {
        let on = event_target_checked(&ev);
        state.apply(|h| {
            if let Some(c) = h.child_mut(id) {
                c.in_support = on;
            }
        });
    };

    view! {
        <section class="card" data-testid="child-checks" aria-labelledby=format!("checks-{id}")>
            <h2 class="card__title" id=format!("checks-{id}")>{move || child.with(|c| c.as_ref().map(|c| c.name.clone()))}</h2>
            {status}
            <History bank=bank id=id/>
            <label class="checkbox">
                <input type="checkbox" id=support_id data-testid="in-support" prop:checked=support on:change=toggle_support/>
                {tr(Key::CheckSupportLabel)}
            </label>
            <p class="muted">{tr(Key::CheckSupportHint)}</p>
        </section>
    }
}

/// Each completed check with every domain's level, newest first.
#[component]
fn History(bank: &'static Bank, id: Id) -> impl IntoView {
    let state = use_record();
    let lang = use_i18n().lang;
    let rows = move || {
        state.envelope.with(|e| {
            let Some(child) = e.record.child(id) else { return Vec::new() };
            let mut checks = child.checks.clone();
            crate::sorting::sort_by_key(&mut checks, |c| std::cmp::Reverse((c.date, c.id)));
            checks.into_iter().map(|c| (c, child.in_support)).collect::<Vec<_>>()
        })
    };
    let headers = move || {
        Domain::ALL
            .iter()
            .map(|d| view! { <th scope="col">{move || bank.domain_name(*d).map(|n| n.get(lang.get().code()).to_owned())}</th> })
            .collect_view()
    };
    view! {
        <h3>{tr(Key::CheckHistoryTitle)}</h3>
        <Show when=move || !rows().is_empty() fallback=|| view! { <p class="muted">{tr(Key::CheckHistoryEmpty)}</p> }>
            <div class="table-scroll">
                <table class="history" data-testid="check-history">
                    <thead><tr><th scope="col">{tr(Key::CheckHistoryDate)}</th>{headers}</tr></thead>
                    <tbody>
                        {move || rows().into_iter().map(|(check, in_support)| {
                            let l = lang.get();
                            let band = bank.band(&check.band).map(|b| b.title.get(l.code()).to_owned()).unwrap_or_else(|| check.band.clone());
                            let cells = Domain::ALL.iter().map(|d| view! {
                                <td>{check.level(*d).map(|level| level_badge(level, in_support))}</td>
                            }).collect_view();
                            view! {
                                <tr data-testid="history-row">
                                    <th scope="row">
                                        <a href=href_to(&CheckPage::Result(id, check.id).path())>{format::date(l, check.date)}</a>
                                        <br/><span class="muted">{band}</span>
                                    </th>
                                    {cells}
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </Show>
    }
}
