//! Fetching a language's pack of words (`i18n::pack`): before the app first
//! renders, and before a switch to a language not yet on this page.

use crate::i18n::pack::{install, installed, path_in, Pack};
use crate::i18n::Lang;

use super::browser;

/// Why a pack is not there: offline before it was ever kept, or a broken build.
pub enum Unavailable {
    Offline,
    Broken(String),
}

impl Unavailable {
    /// For the start-up error panel's small print.
    pub fn detail(&self) -> &str {
        match self {
            Unavailable::Offline => "the language pack could not be fetched (offline?)",
            Unavailable::Broken(detail) => detail,
        }
    }
}

pub fn pack_url(lang: Lang) -> Option<String> {
    let locales = browser::meta("app-locales")?;
    let path = path_in(&locales, lang)?;
    Some(format!("{}{path}", browser::public_url()))
}

/// The pack of `lang`, fetched and installed once per page.
pub async fn load(lang: Lang) -> Result<&'static Pack, Unavailable> {
    if let Some(pack) = installed(lang) {
        return Ok(pack);
    }
    let url = pack_url(lang).ok_or_else(|| Unavailable::Broken("no app-locales in the page".into()))?;
    let text = match browser::fetch_text(&url).await {
        Ok(Some(text)) => text,
        Ok(None) => return Err(Unavailable::Broken(format!("{url} is not on the server"))),
        Err(()) => return Err(Unavailable::Offline),
    };
    let pack = browser::measured("read locale pack", || Pack::read(lang, &text))
        .map_err(|problems| Unavailable::Broken(format!("{url}: {}", problems.join("; "))))?;
    Ok(install(pack))
}

/// Fetches every installed pack again, through the service worker that now
/// controls the page, which keeps them for offline use (a first visit's
/// packs were fetched before there was a worker).
pub async fn keep_installed() {
    for lang in Lang::ALL {
        if installed(lang).is_some() {
            if let Some(url) = pack_url(lang) {
                let _ = browser::fetch_text(&url).await;
            }
        }
    }
}
