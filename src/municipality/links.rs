//! Links that hand a family over to a channel, with the text they chose to share.

use super::config::{Channel, ChannelKind};

/// Percent-encodes everything but RFC 3986's unreserved characters, byte by
/// byte in UTF-8 (so Japanese text and "@" survive in any part of a URL).
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// The only schemes a configured link may use.
pub fn is_safe_link(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    (lower.starts_with("https://") && lower.len() > "https://".len())
        || lower.starts_with("tel:")
        || lower.starts_with("mailto:")
}

/// A LINE official account's chat with `text` typed in, ready to send
/// (`https://line.me/R/oaMessage/{id}/?{text}`), or its "add friend" page.
pub fn line_link(line_id: &str, text: Option<&str>) -> String {
    match text {
        Some(text) => format!(
            "https://line.me/R/oaMessage/{}/?{}",
            percent_encode(line_id),
            percent_encode(text)
        ),
        None => format!("https://line.me/R/ti/p/{}", percent_encode(line_id)),
    }
}

/// `url` with `name=value` added to its query, before any #fragment (or the
/// page never receives it).
pub fn with_query(url: &str, name: &str, value: &str) -> String {
    let (address, fragment) = url.split_at(url.find('#').unwrap_or(url.len()));
    let separator = if address.contains('?') { '&' } else { '?' };
    format!("{address}{separator}{}={}{fragment}", percent_encode(name), percent_encode(value))
}

/// Whether `url`'s query already has a parameter `name`.
pub fn has_query(url: &str, name: &str) -> bool {
    let address = url.split('#').next().unwrap_or_default();
    address.split_once('?').is_some_and(|(_, query)| query.split('&').any(|pair| pair.split('=').next() == Some(name)))
}

/// The address of the municipality's logo: a path from the site's root as
/// it is, one relative to the app after the app's address (`public_url`,
/// ending in "/").
pub fn logo_src(public_url: &str, path: &str) -> String {
    if path.starts_with('/') {
        path.to_owned()
    } else {
        format!("{public_url}{path}")
    }
}

pub fn tel_link(number: &str) -> String {
    let dial: String = number
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '#' || *c == '+')
        .collect();
    format!("tel:{}", dial.replace('#', "%23"))
}

/// The link for a channel, with the shared text where the channel can take it.
/// `None` if the channel's address is missing or unsafe (validation stops
/// such a configuration first; this is the second line of defence).
pub fn channel_link(channel: &Channel, text: Option<&str>) -> Option<String> {
    let link = match channel.kind {
        ChannelKind::Line => line_link(channel.line_id.as_deref()?, text),
        ChannelKind::Web => {
            let url = channel.url.as_deref()?;
            match (channel.text_parameter.as_deref(), text) {
                (Some(param), Some(text)) => with_query(url, param, text),
                _ => url.to_owned(),
            }
        }
        ChannelKind::Phone => tel_link(channel.phone.as_deref()?),
        ChannelKind::Email => match text {
            Some(text) => format!(
                "mailto:{}?body={}",
                channel.email.as_deref()?,
                percent_encode(text)
            ),
            None => format!("mailto:{}", channel.email.as_deref()?),
        },
    };
    is_safe_link(&link).then_some(link)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::municipality::config::{Audience, Hours, Text};

    fn channel(kind: ChannelKind) -> Channel {
        Channel {
            id: "c".into(),
            kind,
            label: Text {
                ja: "相談".into(),
                en: String::new(),
            },
            description: None,
            line_id: Some("@city-kosodate".into()),
            url: Some("https://city.example.jp/form?lang=ja".into()),
            text_parameter: Some("message".into()),
            phone: Some("03-1234-5678".into()),
            email: Some("kosodate@city.example.jp".into()),
            hours: Hours::default(),
            accepts_messages_outside_hours: true,
            audience: Audience::Children,
        }
    }

    #[test]
    fn line_links_encode_the_id_and_japanese_text_exactly() {
        assert_eq!(
            line_link("@city-kosodate", Some("1歳6か月 ことば")),
            "https://line.me/R/oaMessage/%40city-kosodate/?1%E6%AD%B36%E3%81%8B%E6%9C%88%20%E3%81%93%E3%81%A8%E3%81%B0"
        );
        assert_eq!(line_link("@abc", None), "https://line.me/R/ti/p/%40abc");
        assert_eq!(percent_encode("a&b=c?d/e#f+g"), "a%26b%3Dc%3Fd%2Fe%23f%2Bg");
    }

    #[test]
    fn long_text_is_carried_whole() {
        let text = "相談したいことがあります。".repeat(40);
        let link = line_link("@x", Some(&text));
        let encoded = link.split_once("/?").unwrap().1;
        assert_eq!(encoded, percent_encode(&text));
        assert!(!encoded.contains(|c: char| !c.is_ascii()));
    }

    #[test]
    fn a_logo_path_is_from_the_app_or_from_the_sites_root() {
        assert_eq!(logo_src("/city/app/", "logos/a.png"), "/city/app/logos/a.png");
        assert_eq!(logo_src("/city/app/", "/logos/a.png"), "/logos/a.png");
    }

    #[test]
    fn a_form_address_with_a_fragment_still_receives_the_text() {
        let mut form = channel(ChannelKind::Web);
        form.url = Some("https://city.example.jp/form#consult".into());
        assert_eq!(
            channel_link(&form, Some("あ")).unwrap(),
            "https://city.example.jp/form?message=%E3%81%82#consult"
        );
        form.url = Some("https://city.example.jp/form?lang=ja#top?x".into());
        assert_eq!(
            channel_link(&form, Some("a")).unwrap(),
            "https://city.example.jp/form?lang=ja&message=a#top?x"
        );
    }

    #[test]
    fn each_kind_of_channel_gets_its_own_link() {
        assert_eq!(
            channel_link(&channel(ChannelKind::Web), Some("あ")).unwrap(),
            "https://city.example.jp/form?lang=ja&message=%E3%81%82"
        );
        assert_eq!(
            channel_link(&channel(ChannelKind::Phone), None).unwrap(),
            "tel:0312345678"
        );
        assert_eq!(
            channel_link(&channel(ChannelKind::Email), Some("a b")).unwrap(),
            "mailto:kosodate@city.example.jp?body=a%20b"
        );
        assert_eq!(tel_link("#8000"), "tel:%238000");
    }

    #[test]
    fn unsafe_links_are_never_built() {
        let mut web = channel(ChannelKind::Web);
        web.url = Some("javascript:alert(1)".into());
        assert_eq!(channel_link(&web, None), None);
        web.url = Some("http://city.example.jp".into());
        assert_eq!(channel_link(&web, None), None);
        assert!(!is_safe_link("data:text/html,x"));
        assert!(
            is_safe_link("https://a.jp")
                && is_safe_link("tel:189")
                && is_safe_link("mailto:a@b.jp")
        );
    }
}
