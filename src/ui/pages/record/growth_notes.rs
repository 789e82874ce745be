//! The centile beside each measured value, and a calm note when a value is
//! worth mentioning at the next checkup. Never a diagnosis: the words ask
//! the family to talk it over, and the consultation page is one tap away.

use leptos::prelude::*;

use super::growth::measure_name;
use crate::domain::record::Id;
use crate::growth::{Finding, GrowthNote};
use crate::i18n::{t_with, Key, Lang};
use crate::sections::Section;
use crate::ui::i18n::tr;
use crate::ui::links::href;

/// The words for each flagged value of measurement `id`.
pub fn note_texts(lang: Lang, found: &[Finding], id: Id) -> Vec<String> {
    found
        .iter()
        .filter(|f| f.id == id)
        .filter_map(|f| {
            let measure = measure_name(f.measure).text(lang);
            let (key, lines) = match f.note {
                GrowthNote::Below3rd { falling: false } => (Key::GrowthNoteBelow, 0),
                GrowthNote::Below3rd { falling: true } => (Key::GrowthNoteBelowFalling, 0),
                GrowthNote::Above97th => (Key::GrowthNoteAbove, 0),
                GrowthNote::FellAcross { lines } => (Key::GrowthNoteFell, lines),
                GrowthNote::Typical | GrowthNote::NoReference => return None,
            };
            Some(t_with(lang, key, &[("measure", measure), ("lines", &lines.to_string())]))
        })
        .collect()
}

/// The notes under a measurement, each with the link to talk it over.
pub fn notes_view(texts: Vec<String>, child_id: Id) -> impl IntoView {
    let consult = format!("{}?child={child_id}", href(Section::Consult));
    texts
        .into_iter()
        .map(|text| {
            view! {
                <p class="growth-note" data-testid="growth-note">
                    {text} " "
                    <a href=consult.clone() data-testid="growth-note-consult">{tr(Key::ResultConsultOpen)}</a>
                </p>
            }
        })
        .collect_view()
}
