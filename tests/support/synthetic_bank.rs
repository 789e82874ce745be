//! A bank with the real rules and generated bands (three items a domain, ids
//! "<band>-<domain>-<n>"), so scoring and schedule tests do not change when
//! the wording of the real items does.

use sukusuku::check::bank::{Bank, Domain};
use sukusuku::check::files::RULES;

pub fn synthetic_bank() -> Bank {
    let rules: serde_json::Value = serde_json::from_str(RULES).unwrap();
    let files: Vec<(String, String)> = rules["bands"]
        .as_array()
        .unwrap()
        .iter()
        .map(|id| {
            let id = id.as_str().unwrap();
            let age: u32 = id.trim_end_matches('m').parse().unwrap();
            let items: Vec<serde_json::Value> = Domain::ALL
                .iter()
                .flat_map(|d| {
                    (1..=3).map(move |n| {
                        serde_json::json!({
                            "id": format!("{id}-{}-{n}", d.code()),
                            "domain": d.code(),
                            "text": { "ja": "できますか。", "en": "Can they?" },
                            "try": { "ja": "やってみましょう。", "en": "Try it." },
                            "source": "synthetic",
                            "source_age_months": age,
                        })
                    })
                })
                .collect();
            let band = serde_json::json!({ "id": id, "age_months": age, "title": { "ja": "月齢", "en": "months" }, "items": items });
            (format!("band-{id}.json"), band.to_string())
        })
        .collect();
    let borrowed: Vec<(&str, &str)> = files.iter().map(|(n, t)| (n.as_str(), t.as_str())).collect();
    Bank::parse(RULES, &borrowed).expect("the synthetic bank is valid")
}
