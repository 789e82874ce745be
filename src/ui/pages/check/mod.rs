//! The Check section: each child's due check and history, the question
//! flow, and the result page. The rules are in `crate::check`.

mod overview;
mod result;
mod run;

use leptos::prelude::*;

use crate::check::bank::Bank;
use crate::check::files;
use crate::check::scoring::Level;
use crate::check::words::level_key;
use crate::i18n::{Key, Lang};
use crate::sections::CheckPage;
use crate::ui::i18n::tr;
use crate::ui::links::use_app_path;

use super::NotFound;

#[component]
pub fn Check() -> impl IntoView {
    let path = use_app_path();
    let page = Memo::new(move |_| CheckPage::parse(&path.get()));
    move || match page.get() {
        Some(CheckPage::Overview) => overview::Overview().into_any(),
        Some(CheckPage::Run(child)) => view! { <run::RunCheck child=child/> }.into_any(),
        Some(CheckPage::Result(child, check)) => view! { <result::CheckResult child=child check=check/> }.into_any(),
        None => NotFound().into_any(),
    }
}

/// The bank comes with the language's pack, which the app has before it
/// shows the language (a broken pack stops the start itself); should the
/// bank still be missing, the page says so instead of scoring without it.
fn bank(lang: Lang) -> Option<&'static Bank> {
    files::bank(lang).ok()
}

fn bank_broken() -> impl IntoView {
    view! { <p class="notice notice--urgent" role="alert">{tr(Key::CheckBankBroken)}</p> }
}

/// A level as a short mark and word: never colour alone.
fn level_badge(level: Level, in_support: bool) -> impl IntoView {
    let mark = match level {
        Level::OnTrack => "◎",
        Level::Watch => "△",
        Level::Consult => "●",
        Level::Incomplete => "？",
    };
    let key = level_key(level, in_support);
    view! {
        <span class=format!("level level--{}", level.code())>
            <span aria-hidden="true">{mark}" "</span>{tr(key)}
        </span>
    }
}
