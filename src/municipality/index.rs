//! `municipalities/index.json`: the municipalities this deployment serves,
//! offered in Settings. The host writes it by hand, so one broken entry is
//! left out and the others are still offered.

use serde_json::Value;

use super::config::Text;
use super::validate::is_id;
use crate::data_file::{object, read_value, string, Notes};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CityEntry {
    pub id: String,
    pub name: Text,
}

fn entry(value: &Value, notes: &Notes) -> CityEntry {
    object(value, notes, |f| CityEntry { id: f.req("id", string), name: f.req("name", super::config_read::text) })
}

/// The entries that read well and have a usable id, in the file's order;
/// nothing when the file is not a list.
pub fn parse_index(text: &str) -> Vec<CityEntry> {
    let Ok(Value::Array(items)) = crate::json::parse(text) else {
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|item| read_value(item, entry).ok())
        .filter(|entry| is_id(&entry.id))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_broken_entry_is_left_out_and_the_others_stay() {
        let text = r#"[
            { "id": "demo", "name": { "ja": "デモ市", "en": "Demo City" } },
            { "id": "../etc", "name": { "ja": "悪い" } },
            { "id": "kita", "name": { "ja": "北市" }, "colour": "red" },
            { "id": "minami", "name": { "ja": "南市" } }
        ]"#;
        let ids: Vec<String> = parse_index(text).into_iter().map(|c| c.id).collect();
        assert_eq!(ids, ["demo", "minami"]);
        assert_eq!(parse_index(text)[1].name, Text { ja: "南市".into(), en: String::new() });
        assert!(parse_index(r#"{"id":"demo"}"#).is_empty());
        assert!(parse_index("not json").is_empty());
    }

    #[test]
    fn the_shipped_index_lists_the_demo_city() {
        let shipped = parse_index(include_str!("../../public/municipalities/index.json"));
        assert_eq!(shipped.len(), 1);
        assert_eq!(shipped[0].id, "demo");
    }
}
