use leptos::prelude::*;

use crate::i18n::{t_with, Key};
use crate::sections::{router_base, Section};
use crate::share::{app_address, qr_svg};
use crate::ui::browser;
use crate::ui::components::PageFrame;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::links::href;
use crate::ui::municipality_state::use_city;

/// A QR code a parent can scan from a nurse's tablet at arm's length, with
/// the address in text below for anyone who cannot scan.
#[component]
pub fn ShareApp() -> impl IntoView {
    let lang = use_i18n().lang;
    let city = use_city();
    let heading = Signal::derive(move || Key::ShareAppTitle.text(lang.get()).to_owned());
    let address = Memo::new(move |_| {
        let origin = browser::window().location().origin().unwrap_or_default();
        let base = router_base(&browser::public_url());
        city.config.with(|c| {
            let configured = c.as_ref().and_then(|c| c.app_url.clone());
            let id = c.as_ref().map(|c| c.id.clone());
            app_address(configured.as_deref(), &origin, &base, id.as_deref())
        })
    });
    let code = move || {
        let text = address.get();
        qr_svg(&text).map(|qr| {
            let label = t_with(lang.get(), Key::ShareAppQrLabel, &[("address", &text)]);
            view! {
                <svg class="share-qr" data-testid="share-qr" role="img" aria-label=label
                    viewBox=format!("0 0 {0} {0}", qr.size) shape-rendering="crispEdges" xmlns="http://www.w3.org/2000/svg">
                    <rect width="100%" height="100%" fill="#fff"/>
                    <path d=qr.path fill="#000"/>
                </svg>
            }
        })
    };
    view! {
        <PageFrame section=Section::Settings heading=heading>
            <p><a href=href(Section::Settings) class="back-link">{tr(Key::Back)}</a></p>
            <p>{tr(Key::ShareAppIntro)}</p>
            {code}
            <p class="share-address" data-testid="share-address">{move || address.get()}</p>
        </PageFrame>
    }
}
