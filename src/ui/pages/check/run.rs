use leptos::html::H2;
use leptos::prelude::*;
use crate::ui::router::use_navigate;

use super::{bank, bank_broken};
use crate::check::bank::{Answer, Bank};
use crate::check::questions::{first_unanswered, questions_for, Question};
use crate::check::record::CompletedCheck;
use crate::check::schedule::plan;
use crate::check::scoring::score;
use crate::check::words::answer_key;
use crate::domain::record::Id;
use crate::i18n::{t_with, Key};
use crate::sections::{CheckPage, Section};
use crate::ui::browser;
use crate::ui::components::PageFrame;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::links::href_to;
use crate::ui::record_state::use_record;

/// One question at a time: the answer is saved the moment it is tapped (a
/// reload resumes here), "next" moves on, "back" changes an earlier answer.
#[component]
pub fn RunCheck(child: Id) -> impl IntoView {
    let state = use_record();
    let lang = use_i18n().lang;
    let draft = Memo::new(move |_| state.envelope.with(|e| e.record.child(child).and_then(|c| c.check_draft.clone())));
    // Whose check it is, and that it is the check: a screen reader hears the heading first.
    let heading = Signal::derive(move || {
        let name = state.envelope.with(|e| e.record.child(child).map(|c| c.name.clone()).unwrap_or_default());
        t_with(lang.get(), Key::CheckRunTitle, &[("name", &name)])
    });
    view! {
        <PageFrame section=Section::Check heading=heading>
            <Show when=move || draft.with(|d| d.is_some()) fallback=move || view! {
                <p class="card">{tr(Key::CheckNoDraft)}</p>
                <p><a class="button" href=href_to(&CheckPage::Overview.path())>{tr(Key::CheckBackToList)}</a></p>
            }>
                // Built again when the language changes: the flow holds the
                // bank's texts in one language (its place is in the record).
                {move || match bank(lang.get()) {
                    Some(bank) => view! { <Flow bank=bank child=child/> }.into_any(),
                    None => bank_broken().into_any(),
                }}
            </Show>
        </PageFrame>
    }
}

#[component]
fn Flow(bank: &'static Bank, child: Id) -> impl IntoView {
    let state = use_record();
    let lang = use_i18n().lang;
    let navigate = use_navigate();
    let draft = move || state.envelope.with(|e| e.record.child(child).and_then(|c| c.check_draft.clone()));
    let band_id = draft().map(|d| d.band).unwrap_or_default();
    let Some(band) = bank.band(&band_id) else { return view! { <p class="card">{tr(Key::CheckNoDraft)}</p> }.into_any() };
    // A check left open past the age band it was for would be saved under
    // that band, with a "next check" already behind: the new band's check starts instead.
    let band_now = move || {
        state.envelope.with_untracked(|e| {
            let c = e.record.child(child)?;
            plan(bank, c.birth_date, c.gestation, &c.checks, browser::today()).window().map(|w| w.band.id.clone())
        })
    };
    if band_now().as_deref() != Some(band_id.as_str()) {
        return view! {
            <p class="notice" data-testid="check-draft-stale">{tr(Key::CheckDraftStale)}</p>
            <p><a class="button button--primary" href=href_to(&CheckPage::Overview.path())>{tr(Key::CheckBackToList)}</a></p>
        }
        .into_any();
    }
    let questions: StoredValue<Vec<Question<'static>>> = StoredValue::new(questions_for(bank, band));
    let total = questions.with_value(Vec::len);
    let position = Memo::new(move |_| draft().map(|d| d.position.min(total - 1)).unwrap_or(0));
    let current = move || questions.with_value(|q| q[position.get()]);
    let given = move || draft().and_then(|d| current().answer_in(&d.answers));

    let heading_ref = NodeRef::<H2>::new();
    // A new question takes the focus, so a screen reader reads it at once.
    Effect::new(move |previous: Option<usize>| {
        let now = position.get();
        if previous.is_some_and(|p| p != now) {
            if let Some(h) = heading_ref.get() {
                let _ = h.focus();
            }
        }
        now
    });

    let save_answer = move |answer: Answer| {
        let id = current().id.to_owned();
        state.apply(|h| {
            if let Some(d) = h.child_mut(child).and_then(|c| c.check_draft.as_mut()) {
                d.answers.insert(id.clone(), answer);
            }
        });
    };
    let move_to = move |to: usize| {
        state.apply(|h| {
            if let Some(d) = h.child_mut(child).and_then(|c| c.check_draft.as_mut()) {
                d.position = to;
            }
        });
    };
    // The age band passed with the page open: nothing is saved under it, and the page says why.
    let passed = RwSignal::new(false);
    let finish = move |_| {
        if band_now().as_deref() != Some(band.id.as_str()) {
            passed.set(true);
            return;
        }
        if let Some(at) = draft().and_then(|d| questions.with_value(|q| first_unanswered(q, &d.answers))) {
            move_to(at);
            return;
        }
        let today = browser::today();
        let new_id = std::cell::Cell::new(0);
        state.apply(|h| {
            let id = h.new_id();
            let Some(c) = h.child_mut(child) else { return };
            let Some(d) = c.check_draft.take() else { return };
            let Some(outcome) = score(bank, &d.band, &d.answers) else { return };
            c.checks.push(CompletedCheck::new(id, &d.band, today, d.answers, &outcome));
            new_id.set(id);
        });
        if new_id.get() != 0 {
            navigate(&CheckPage::Result(child, new_id.get()).path());
        }
    };

    // Native radios: one choice of several is read as such ("2 of 4"),
    // and the arrow keys move between answers as in any form.
    let answers = move || {
        let q = current();
        q.kind
            .choices()
            .iter()
            .map(|&answer| {
                view! {
                    <label class="button answer">
                        <input type="radio" name="answer" data-testid=format!("answer-{}", answer.code())
                            prop:checked=move || given() == Some(answer)
                            on:change=move |_| save_answer(answer)/>
                        {tr(answer_key(q.kind, answer))}
                    </label>
                }
            })
            .collect_view()
    };
    let section = move || {
        let l = lang.get().code();
        match current().domain() {
            Some(domain) => bank.domain_name(domain).map(|n| n.get(l).to_owned()).unwrap_or_default(),
            None if matches!(current().role, crate::check::questions::QuestionRole::Caregiver { .. }) => Key::CheckAboutYou.text(lang.get()).to_owned(),
            None => Key::CheckAboutChild.text(lang.get()).to_owned(),
        }
    };
    let progress_text = move || t_with(lang.get(), Key::CheckProgress, &[("n", &(position.get() + 1).to_string()), ("total", &total.to_string())]);
    let last = move || position.get() + 1 == total;

    view! {
        <div class="check-flow" data-testid="check-flow">
            <p class="check-flow__band">{move || band.title.get(lang.get().code()).to_owned()}</p>
            <p class="check-flow__progress" aria-live="polite" data-testid="check-progress">{progress_text}" · "{section}</p>
            <progress class="check-flow__bar" max=total value=move || position.get() + 1 aria-hidden="true"></progress>
            <h2 id="check-question-text" class="check-flow__question" tabindex="-1" node_ref=heading_ref data-testid="check-question" data-question=move || current().id>
                {move || current().text.get(lang.get().code()).to_owned()}
            </h2>
            <div class="answers" role="radiogroup" aria-labelledby="check-question-text check-question-label">
                <span id="check-question-label" class="visually-hidden">{tr(Key::CheckAnswersLabel)}</span>
                {answers}
            </div>
            <div class="check-flow__nav">
                <button type="button" class="button" data-testid="check-back" disabled=move || position.get() == 0
                    on:click=move |_| move_to(position.get_untracked().saturating_sub(1))>{tr(Key::CheckBack)}</button>
                <Show when=last fallback=move || view! {
                    <button type="button" class="button button--primary" data-testid="check-next" disabled=move || given().is_none()
                        on:click=move |_| move_to(position.get_untracked() + 1)>{tr(Key::CheckNext)}</button>
                }>
                    <button type="button" class="button button--primary" data-testid="check-finish" disabled=move || given().is_none()
                        on:click=finish.clone()>{tr(Key::CheckFinish)}</button>
                </Show>
            </div>
            <Show when=move || passed.get()>
                <p class="notice" role="alert" data-testid="check-draft-stale">{tr(Key::CheckDraftStale)}</p>
                <p><a class="button button--primary" href=href_to(&CheckPage::Overview.path())>{tr(Key::CheckBackToList)}</a></p>
            </Show>
            <p class="guidance">{tr(Key::GuidanceNote)}</p>
        </div>
    }
    .into_any()
}
