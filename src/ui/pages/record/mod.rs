//! The Record section: an overview, a page per child and per pregnancy.

mod checkup_visits;
mod child;
mod child_lists;
mod forms;
mod growth;
mod growth_chart;
mod growth_notes;
mod overview;
mod pregnancy;
mod summary;
mod vaccinations;

use leptos::prelude::*;

use crate::sections::RecordPage;
use crate::ui::links::use_app_path;

use super::NotFound;

#[component]
pub fn Record() -> impl IntoView {
    let path = use_app_path();
    let page = Memo::new(move |_| RecordPage::parse(&path.get()));
    move || match page.get() {
        Some(RecordPage::Overview) => overview::Overview().into_any(),
        Some(RecordPage::Child(id)) => view! { <child::ChildPage id=id/> }.into_any(),
        Some(RecordPage::Summary(id)) => view! { <summary::SummaryPage id=id/> }.into_any(),
        Some(RecordPage::Pregnancy(id)) => view! { <pregnancy::PregnancyPage id=id/> }.into_any(),
        None => NotFound().into_any(),
    }
}
