//! Fetching a language's pack of words (`i18n::pack`): before the app first
//! renders, and before a switch to a language not yet on this page.

use crate::i18n::pack::{install, installed, path_in, Pack};
use crate::i18n::Lang;

use super::browser;

/// Why a pack is not there.
pub enum Unavailable {
    /// No network, or none in time, and the pack never kept on this device.
    Offline,
    /// The server answered with something else: most likely this page is of
    /// a version the server no longer has (another tab took an update).
    Broken(String),
}

/// What the family is told about a language that could not be shown.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    /// Connect and switch again.
    Offline,
    /// Reload the app (then it is of the version the server has).
    Reload,
}

impl Unavailable {
    /// For the start-up error panel's small print.
    pub fn detail(&self) -> &str {
        match self {
            Unavailable::Offline => "the language pack could not be fetched (offline?)",
            Unavailable::Broken(detail) => detail,
        }
    }

    pub fn missing(&self) -> Missing {
        match self {
            Unavailable::Offline => Missing::Offline,
            Unavailable::Broken(_) => Missing::Reload,
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
    let broken = |problems: Vec<String>| Unavailable::Broken(format!("{url}: {}", problems.join("; ")));
    let value = Pack::parse(&text).map_err(broken)?;
    browser::next_task().await;
    let pack = Pack::from_json(lang, &value).map_err(broken)?;
    Ok(install(pack))
}

/// The language the app starts in, and the one asked for when that is not it.
#[derive(Clone, Copy)]
pub struct Words {
    pub lang: Lang,
    pub missing: Option<(Lang, Missing)>,
}

/// The pack of `wanted` or, when it cannot be had (offline with its pack
/// never kept on this device), of any language that can: the family still
/// reaches their record, in a language they chose once, and is told why.
pub async fn load_for_start(wanted: Lang) -> Result<Words, Unavailable> {
    let failure = match load(wanted).await {
        Ok(_) => return Ok(Words { lang: wanted, missing: None }),
        Err(failure) => failure,
    };
    for other in Lang::ALL.into_iter().filter(|&l| l != wanted) {
        if load(other).await.is_ok() {
            return Ok(Words { lang: other, missing: Some((wanted, failure.missing())) });
        }
    }
    Err(failure)
}

/// Fetches every installed pack again, through the service worker that now
/// controls the page, which keeps them for offline use (a first visit's
/// packs were fetched before there was a worker). False when one failed.
pub async fn keep_installed() -> bool {
    let mut kept = true;
    for lang in Lang::ALL {
        if installed(lang).is_some() {
            if let Some(url) = pack_url(lang) {
                kept &= matches!(browser::fetch_text(&url).await, Ok(Some(_)));
            }
        }
    }
    kept
}
