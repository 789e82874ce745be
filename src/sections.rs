//! The app's top-level sections: one route and one bottom-navigation entry each.
//! Kept as data so the router, the navigation and the tests agree.

use crate::i18n::Key;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Home,
    Record,
    Check,
    Consult,
    Settings,
}

impl Section {
    /// In bottom-navigation order, left to right.
    pub const ALL: [Section; 5] = [
        Section::Home,
        Section::Record,
        Section::Check,
        Section::Consult,
        Section::Settings,
    ];

    /// The path under the app's base, with a leading slash.
    pub fn path(self) -> &'static str {
        match self {
            Section::Home => "/",
            Section::Record => "/record",
            Section::Check => "/check",
            Section::Consult => "/consult",
            Section::Settings => "/settings",
        }
    }

    pub fn nav_label(self) -> Key {
        match self {
            Section::Home => Key::NavHome,
            Section::Record => Key::NavRecord,
            Section::Check => Key::NavCheck,
            Section::Consult => Key::NavConsult,
            Section::Settings => Key::NavSettings,
        }
    }

    /// The page heading, also used for the document title.
    pub fn title(self) -> Key {
        match self {
            Section::Home => Key::AppName,
            Section::Record => Key::RecordTitle,
            Section::Check => Key::CheckTitle,
            Section::Consult => Key::ConsultTitle,
            Section::Settings => Key::SettingsTitle,
        }
    }

    /// The section's name in boot.js and the loading shell's ids ("home", "check", ...).
    pub fn slug(self) -> &'static str {
        match self {
            Section::Home => "home",
            Section::Record => "record",
            Section::Check => "check",
            Section::Consult => "consult",
            Section::Settings => "settings",
        }
    }

    /// What the page says first under its heading: a lead line, then a
    /// paragraph. index.html paints the same words while the wasm loads
    /// (tests/boot_shell.rs writes and checks that part of the page).
    pub fn opening(self) -> (Option<Key>, Option<Key>) {
        match self {
            Section::Home => (Some(Key::AppTagline), Some(Key::HomeIntro)),
            Section::Record => (None, Some(Key::RecordIntro)),
            Section::Check => (None, Some(Key::CheckIntro)),
            Section::Consult => (None, Some(Key::ConsultIntro)),
            Section::Settings => (None, None),
        }
    }

    /// The navigation icon's SVG path (24×24, stroked), drawn by the app and
    /// by the loading shell alike.
    pub fn nav_icon(self) -> &'static str {
        match self {
            Section::Home => "M3 11 12 4l9 7v9a1 1 0 0 1-1 1h-5v-6H9v6H4a1 1 0 0 1-1-1z",
            Section::Record => "M6 3h10a2 2 0 0 1 2 2v16H8a2 2 0 0 1-2-2zM6 17a2 2 0 0 1 2-2h10M10 7h5",
            Section::Check => "M8 4h8v3H8zM6 5H5v16h14V5h-1M9 13l2 2 4-4",
            Section::Consult => "M4 5h16v11h-9l-5 4v-4H4zM8 10h8",
            Section::Settings => "M4 7h9M17 7h3M4 17h3M11 17h9M15 5v4M9 15v4",
        }
    }

    /// The stable hook the end-to-end tests drive (listed in the README).
    pub fn nav_test_id(self) -> &'static str {
        match self {
            Section::Home => "nav-home",
            Section::Record => "nav-record",
            Section::Check => "nav-check",
            Section::Consult => "nav-consult",
            Section::Settings => "nav-settings",
        }
    }

    /// Which section a path (relative to the app's base) belongs to.
    pub fn for_path(path: &str) -> Option<Section> {
        let trimmed = path.trim_end_matches('/');
        let trimmed = if trimmed.is_empty() { "/" } else { trimmed };
        Section::ALL.into_iter().find(|s| {
            trimmed == s.path()
                || (s.path() != "/" && trimmed.starts_with(&format!("{}/", s.path())))
        })
    }
}

/// The address of a section's page for links: `base` is [`router_base`]'s result.
pub fn app_href(base: &str, section: Section) -> String {
    format!("{base}{}", section.path())
}

/// The section of a full URL path (as the browser shows it) under `base`.
pub fn section_at(base: &str, url_path: &str) -> Option<Section> {
    Section::for_path(url_path.strip_prefix(base)?)
}

/// A page inside the Record section.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordPage {
    Overview,
    Child(u64),
    /// The printable one-page summary of a child for a checkup.
    Summary(u64),
    Pregnancy(u64),
}

impl RecordPage {
    /// The path under the app's base.
    pub fn path(self) -> String {
        match self {
            RecordPage::Overview => Section::Record.path().to_owned(),
            RecordPage::Child(id) => format!("/record/child/{id}"),
            RecordPage::Summary(id) => format!("/record/child/{id}/summary"),
            RecordPage::Pregnancy(id) => format!("/record/pregnancy/{id}"),
        }
    }

    /// `None` for a path that is not a Record page.
    pub fn parse(path: &str) -> Option<RecordPage> {
        let rest = path.trim_end_matches('/').strip_prefix("/record")?;
        let parts: Vec<&str> = rest.split('/').filter(|p| !p.is_empty()).collect();
        match parts.as_slice() {
            [] => Some(RecordPage::Overview),
            ["child", id] => id.parse().ok().map(RecordPage::Child),
            ["child", id, "summary"] => id.parse().ok().map(RecordPage::Summary),
            ["pregnancy", id] => id.parse().ok().map(RecordPage::Pregnancy),
            _ => None,
        }
    }
}

/// A page inside the Check section.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckPage {
    /// Each child's due check, history and settings.
    Overview,
    /// Answering the check in progress for a child.
    Run(u64),
    /// A completed check: (child, check).
    Result(u64, u64),
}

impl CheckPage {
    pub fn path(self) -> String {
        match self {
            CheckPage::Overview => Section::Check.path().to_owned(),
            CheckPage::Run(child) => format!("/check/run/{child}"),
            CheckPage::Result(child, check) => format!("/check/result/{child}/{check}"),
        }
    }

    pub fn parse(path: &str) -> Option<CheckPage> {
        let rest = path.trim_end_matches('/').strip_prefix("/check")?;
        let parts: Vec<&str> = rest.split('/').filter(|p| !p.is_empty()).collect();
        match parts.as_slice() {
            [] => Some(CheckPage::Overview),
            ["run", child] => child.parse().ok().map(CheckPage::Run),
            ["result", child, check] => Some(CheckPage::Result(child.parse().ok()?, check.parse().ok()?)),
            _ => None,
        }
    }
}

/// The router's base path from the public URL the app was built for:
/// "/" gives "" (root hosting), "/city/app/" gives "/city/app".
pub fn router_base(public_url: &str) -> String {
    let trimmed = public_url.trim().trim_end_matches('/');
    if trimmed.is_empty() {
        String::new()
    } else if trimmed.starts_with('/') {
        trimmed.to_owned()
    } else {
        format!("/{trimmed}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn paths_and_test_ids_are_unique() {
        let paths: HashSet<_> = Section::ALL.iter().map(|s| s.path()).collect();
        let ids: HashSet<_> = Section::ALL.iter().map(|s| s.nav_test_id()).collect();
        assert_eq!(paths.len(), Section::ALL.len());
        assert_eq!(ids.len(), Section::ALL.len());
    }

    #[test]
    fn paths_map_back_to_their_section() {
        for section in Section::ALL {
            assert_eq!(Section::for_path(section.path()), Some(section));
        }
        assert_eq!(Section::for_path("/record/child/2"), Some(Section::Record));
        assert_eq!(
            Section::for_path("/checkup"),
            None,
            "a prefix alone is not a match"
        );
        assert_eq!(Section::for_path(""), Some(Section::Home));
        assert_eq!(Section::for_path("/nowhere"), None);
    }

    #[test]
    fn links_and_the_current_section_follow_the_base() {
        assert_eq!(app_href("", Section::Home), "/");
        assert_eq!(app_href("/city/app", Section::Check), "/city/app/check");
        assert_eq!(
            section_at("/city/app", "/city/app/check"),
            Some(Section::Check)
        );
        assert_eq!(section_at("/city/app", "/city/app/"), Some(Section::Home));
        assert_eq!(section_at("/city/app", "/city/app"), Some(Section::Home));
        assert_eq!(section_at("/city/app", "/elsewhere/check"), None);
        assert_eq!(section_at("", "/settings"), Some(Section::Settings));
    }

    #[test]
    fn record_pages_have_addresses_of_their_own() {
        for page in [
            RecordPage::Overview,
            RecordPage::Child(7),
            RecordPage::Summary(7),
            RecordPage::Pregnancy(12),
        ] {
            assert_eq!(RecordPage::parse(&page.path()), Some(page));
            assert_eq!(Section::for_path(&page.path()), Some(Section::Record));
        }
        assert_eq!(RecordPage::parse("/record/child/abc"), None);
        for page in [CheckPage::Overview, CheckPage::Run(3), CheckPage::Result(3, 40)] {
            assert_eq!(CheckPage::parse(&page.path()), Some(page));
            assert_eq!(Section::for_path(&page.path()), Some(Section::Check));
        }
        assert_eq!(CheckPage::parse("/check/result/3"), None);
        assert_eq!(RecordPage::parse("/record/child/3/extra"), None);
        assert_eq!(RecordPage::parse("/check"), None);
    }

    #[test]
    fn router_base_follows_the_public_url() {
        assert_eq!(router_base("/"), "");
        assert_eq!(router_base(""), "");
        assert_eq!(router_base("/city/app/"), "/city/app");
        assert_eq!(router_base("city/app"), "/city/app");
    }
}
