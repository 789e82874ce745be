use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::record::Id;
use crate::domain::summary::summary;
use crate::domain::validate as v;
use crate::i18n::Key;
use crate::sections::{RecordPage, Section};
use crate::ui::browser;
use crate::ui::components::PageFrame;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::links::href_to;
use crate::ui::record_state::use_record;

/// One page for the checkup: on screen, and printed on A4 by the browser
/// ("print / save as PDF"), black and white friendly (style/main.css @media print).
#[component]
pub fn SummaryPage(id: Id) -> impl IntoView {
    let state = use_record();
    let lang = use_i18n().lang;
    let heading = Signal::derive(move || Key::SummaryTitle.text(lang.get()).to_owned());
    let data = Memo::new(move |_| state.envelope.with(|e| e.record.child(id).map(|c| summary(lang.get(), c, browser::today()))));
    let questions_error = RwSignal::new(None::<String>);
    let save_questions = move |text: String| {
        if data.try_with_untracked(|d| d.as_ref().is_some_and(|s| s.questions == text)) == Some(true) {
            return;
        }
        match v::optional_text(&text, v::NOTE_MAX) {
            Ok(text) => {
                questions_error.try_set(None);
                state.apply(|h| {
                    if let Some(c) = h.child_mut(id) {
                        c.questions_for_nurse = text.clone();
                    }
                });
            }
            Err(e) => {
                questions_error.try_set(Some(e.message(lang.get_untracked())));
            }
        }
    };
    // Written after a short pause in typing, at once on leaving the field or
    // the page, and never in the middle of composing a word with an input
    // method. `pending` is what has been typed and not yet written.
    let pending = StoredValue::new(None::<String>);
    let save_pending = move || {
        if let Some(text) = pending.try_update_value(Option::take).flatten() {
            save_questions(text);
        }
    };
    let save_soon = move |text: String| {
        pending.set_value(Some(text.clone()));
        // Only the last pause writes; after the page has gone, its cleanup did.
        set_timeout(
            move || {
                if pending.try_with_value(|p| p.as_ref() == Some(&text)) == Some(true) {
                    save_pending();
                }
            },
            Duration::from_millis(400),
        );
    };
    let on_type = move |ev: leptos::ev::Event| {
        let composing = ev.dyn_ref::<web_sys::InputEvent>().is_some_and(|e| e.is_composing());
        if !composing {
            save_soon(event_target_value(&ev));
        }
    };
    let on_leave = move |ev| {
        pending.set_value(Some(event_target_value(&ev)));
        save_pending();
    };
    // A phone may close the tab, or switch to another app, before the pause is
    // over: the page being hidden is the last moment it is sure to run.
    let on_hide = window_event_listener(leptos::ev::visibilitychange, move |_| save_pending());
    on_cleanup(move || {
        on_hide.remove();
        save_pending();
    });
    let saved_questions = move || data.with(|d| d.as_ref().map(|s| s.questions.clone()));
    let rows = |items: Vec<(String, String)>| {
        items.into_iter().map(|(what, value)| view! { <tr><th scope="row">{what}</th><td>{value}</td></tr> }).collect_view()
    };
    let list = |items: Vec<String>| {
        if items.is_empty() {
            view! { <p class="muted">{tr(Key::SummaryNone)}</p> }.into_any()
        } else {
            view! { <ul class="summary__list">{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> }.into_any()
        }
    };
    let body = move || {
        data.get().map(|s| {
            let not_yet = s.check_not_yet.clone();
            let check = s.latest_check.clone().map(|(when, levels)| view! {
                <p class="summary__when">{when}</p>
                <table class="summary__table"><tbody>{rows(levels)}</tbody></table>
                {(!not_yet.is_empty()).then(|| view! {
                    <p class="summary__when">{tr(Key::SummaryNotYet)}</p>
                    {list(not_yet)}
                })}
            });
            view! {
                <h2 class="summary__name" data-testid="summary-name">{s.name.clone()}</h2>
                <table class="summary__table"><tbody>{rows(s.basics.clone())}</tbody></table>
                <div class="summary__grid">
                    <section><h3>{tr(if s.centiles_corrected { Key::SummaryGrowthCorrected } else { Key::SummaryGrowth })}</h3>
                        {if s.measurements.is_empty() { list(vec![]) } else { view! { <table class="summary__table"><tbody>{rows(s.measurements.clone())}</tbody></table> }.into_any() }}
                    </section>
                    <section><h3>{tr(Key::SummaryCheck)}</h3>
                        {s.check_due.clone().map(|due| view! { <p class="summary__due" data-testid="summary-check-due">{due}</p> })}
                        {check.unwrap_or_else(|| view! { <p class="summary__when">{tr(Key::SummaryNone)}</p><table></table> })}
                    </section>
                    <section><h3>{tr(Key::SummaryVaccinesDone)}</h3>{list(s.vaccines_done.clone())}</section>
                    <section><h3>{tr(Key::SummaryVaccinesDue)}</h3>{list(s.vaccines_due.clone())}</section>
                    <section><h3>{tr(Key::SummaryFirsts)}</h3>
                        {if s.firsts.is_empty() { list(vec![]) } else { view! { <table class="summary__table"><tbody>{rows(s.firsts.clone())}</tbody></table> }.into_any() }}
                    </section>
                </div>
            }
        })
    };
    view! {
        <PageFrame section=Section::Record heading=heading>
            <p class="no-print"><a href=href_to(&RecordPage::Child(id).path()) class="back-link">{tr(Key::Back)}</a></p>
            <p class="no-print">
                <button type="button" class="button button--primary" data-testid="print-summary" on:click=|_| { let _ = browser::window().print(); }>
                    {tr(Key::SummaryPrint)}
                </button>
            </p>
            <article class="summary" data-testid="summary-page">
                {move || match body() { Some(view) => view.into_any(), None => view! { <p class="card">{tr(Key::NoSuchItem)}</p> }.into_any() }}
                // Outside the part built again on every change of the record, so
                // what is being typed, and the caret, stay as they are.
                <Show when=move || data.with(|d| d.is_some())>
                    <section class="summary__questions">
                        <h3><label for="summary-questions">{tr(Key::SummaryQuestions)}</label></h3>
                        <p class="muted no-print">{tr(Key::SummaryQuestionsHint)}</p>
                        <textarea id="summary-questions" class="no-print" rows="4" data-testid="summary-questions"
                            aria-describedby="summary-questions-error" prop:value=untrack(saved_questions)
                            on:input=on_type on:compositionend=move |ev| save_soon(event_target_value(&ev)) on:change=on_leave></textarea>
                        <p id="summary-questions-error" class="field__error" role="alert">{move || questions_error.get()}</p>
                        <p class="print-only summary__questions-text">{saved_questions}</p>
                    </section>
                    <p class="summary__footer">{tr(Key::SummaryFooter)}</p>
                </Show>
            </article>
        </PageFrame>
    }
}
