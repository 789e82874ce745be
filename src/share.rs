//! PURE: the app's address to share, and its QR code as an SVG path.

use crate::municipality::links::{has_query, with_query};

/// The address to open the app with: the municipality's own `app_url` when
/// its configuration gives one, otherwise this copy's address, either with
/// the municipality chosen (`?city=`) so a new phone lands on the family's
/// own city rather than the demonstration one.
pub fn app_address(configured: Option<&str>, origin: &str, base: &str, city: Option<&str>) -> String {
    let address = match configured.map(str::trim).filter(|u| !u.is_empty()) {
        Some(url) => url.to_owned(),
        None => format!("{origin}{base}/"),
    };
    match city.filter(|c| !c.is_empty()) {
        Some(city) if !has_query(&address, "city") => with_query(&address, "city", city),
        _ => address,
    }
}

/// A QR code drawn as one SVG path of unit squares.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrSvg {
    /// Width and height in modules, the 4-module quiet zone included.
    pub size: usize,
    /// The dark modules, for `<path d=…>` in a `0 0 size size` view box.
    pub path: String,
}

const QUIET_ZONE: usize = 4;

/// Medium error correction (15%): survives a scuffed screen or glare while
/// keeping the modules large enough to scan at arm's length.
pub fn qr_svg(text: &str) -> Option<QrSvg> {
    let code = crate::qr::encode(text.as_bytes())?;
    let mut path = String::new();
    for i in (0..code.dark.len()).filter(|&i| code.dark[i]) {
        let (x, y) = (i % code.width + QUIET_ZONE, i / code.width + QUIET_ZONE);
        path.push_str(&format!("M{x} {y}h1v1h-1z"));
    }
    Some(QrSvg { size: code.width + 2 * QUIET_ZONE, path })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_configured_address_wins_and_the_city_is_kept_otherwise() {
        assert_eq!(app_address(Some("https://city.example/app/"), "http://x", "", Some("kosodate-shi")), "https://city.example/app/?city=kosodate-shi");
        // The configured address's own query and fragment are kept, and a city it names wins.
        assert_eq!(app_address(Some("https://city.example/app/?from=qr#top"), "http://x", "", Some("a")), "https://city.example/app/?from=qr&city=a#top");
        assert_eq!(app_address(Some("https://city.example/app/?city=b"), "http://x", "", Some("a")), "https://city.example/app/?city=b");
        assert_eq!(app_address(Some("https://city.example/app/?mycity=b"), "http://x", "", Some("a")), "https://city.example/app/?mycity=b&city=a");
        assert_eq!(app_address(None, "https://host.example", "/city/app", Some("demo")), "https://host.example/city/app/?city=demo");
        assert_eq!(app_address(Some(" "), "https://host.example", "", None), "https://host.example/");
    }

    #[test]
    fn the_qr_code_has_its_finder_patterns_and_quiet_zone() {
        let qr = qr_svg("https://city.example/app/?city=demo").unwrap();
        // Version 3 (29 modules) for an address this long, plus the quiet zone.
        assert_eq!(qr.size, 29 + 8);
        // Top-left finder pattern: its corner module is dark, the quiet zone is not.
        assert!(qr.path.starts_with("M4 4h1v1h-1z"));
        assert!(!qr.path.contains("M3 "));
    }
}
