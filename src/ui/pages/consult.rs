use leptos::prelude::*;

use crate::i18n::{t_with, Key};
use crate::municipality::national::NATIONAL_LINES;
use crate::sections::Section;
use crate::ui::components::PageFrame;
use crate::ui::i18n::{tr, use_i18n};

#[component]
pub fn Consult() -> impl IntoView {
    let lang = use_i18n().lang;
    let lines = NATIONAL_LINES
        .iter()
        .map(|line| {
            let label = move || t_with(lang.get(), Key::CallNumber, &[("number", line.number)]);
            view! {
                <li class="card">
                    <h3 class="card__title">{tr(line.name)}</h3>
                    <p class="card__body">{tr(line.purpose)}</p>
                    <p class="card__meta">{tr(line.hours)}</p>
                    <a class="button" href=line.tel_href() data-testid="consult-link" data-channel=line.id>{label}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <PageFrame section=Section::Consult>
            <p>{tr(Key::ConsultIntro)}</p>
            <div class="card card--urgent">
                <h2 class="card__title">{tr(Key::ConsultEmergencyTitle)}</h2>
                <p class="card__body">{tr(Key::ConsultEmergencyBody)}</p>
                <a class="button button--urgent" href="tel:119">{tr(Key::ConsultCall119)}</a>
            </div>
            <h2>{tr(Key::ConsultNationalTitle)}</h2>
            <ul class="cards">{lines}</ul>
        </PageFrame>
    }
}
