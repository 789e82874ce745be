//! Reads `data/immunisation-jp.json` and `data/checkups-jp.json` into their
//! types (with `crate::data_file`: every object refuses a field it does not know).

use serde_json::Value;

use crate::data_file::{boolean, list, object, one_of, string, whole, Notes};

use super::checkups::{Checkup, Checkups};
use super::immunisation::{Dose, MinInterval, Product, Schedule, SkippedIf, Vaccine};
use super::window::{Anchor, Offset, Window};
use super::Source;

fn source(value: &Value, notes: &Notes) -> Source {
    object(value, notes, |f| Source { ja: f.req("ja", string), en: f.req("en", string), version: f.req("version", string) })
}

fn offset(value: &Value, notes: &Notes) -> Offset {
    object(value, notes, |f| Offset {
        years: f.or_default("years", whole),
        months: f.or_default("months", whole),
        weeks: f.or_default("weeks", whole),
        days: f.or_default("days", whole),
    })
}

/// `"birth"`, `"year_before_school"` or `{ "dose": 1 }`.
fn anchor(value: &Value, notes: &Notes) -> Anchor {
    if value.is_object() {
        return object(value, notes, |f| Anchor::Dose(f.req("dose", whole)));
    }
    one_of(value, notes, &["birth", "year_before_school"], &[Anchor::Birth, Anchor::YearBeforeSchool])
}

fn window(value: &Value, notes: &Notes) -> Window {
    object(value, notes, |f| Window {
        from: f.or_default("from", anchor),
        start: f.or_default("start", offset),
        end: f.req("end", offset),
        start_after: f.or_default("start_after", boolean),
    })
}

fn product(value: &Value, notes: &Notes) -> Product {
    object(value, notes, |f| Product {
        id: f.req("id", string),
        ja: f.req("ja", string),
        en: f.req("en", string),
        doses: f.req("doses", whole),
        legal: f.opt("legal", window),
    })
}

fn skipped_if(value: &Value, notes: &Notes) -> SkippedIf {
    object(value, notes, |f| SkippedIf { dose: f.req("dose", whole), given_after: f.req("given_after", offset) })
}

fn min_interval(value: &Value, notes: &Notes) -> MinInterval {
    object(value, notes, |f| MinInterval { after: f.req("after", whole), at_least: f.req("at_least", offset) })
}

fn dose(value: &Value, notes: &Notes) -> Dose {
    object(value, notes, |f| Dose {
        dose: f.req("dose", whole),
        ja: f.req("ja", string),
        en: f.req("en", string),
        recommended: f.opt("recommended", window),
        legal: f.opt("legal", window),
        min_intervals: f.or_default("min_intervals", |v, n| list(v, n, min_interval)),
        skipped_if: f.or_default("skipped_if", |v, n| list(v, n, skipped_if)),
        products: f.or_default("products", |v, n| list(v, n, string)),
        note_ja: f.or_default("note_ja", string),
        note_en: f.or_default("note_en", string),
    })
}

fn vaccine(value: &Value, notes: &Notes) -> Vaccine {
    object(value, notes, |f| Vaccine {
        id: f.req("id", string),
        ja: f.req("ja", string),
        en: f.req("en", string),
        legal: f.req("legal", window),
        live_injected: f.or_default("live_injected", boolean),
        products: f.or_default("products", |v, n| list(v, n, product)),
        default_product: f.opt("default_product", string),
        note_ja: f.req("note_ja", string),
        note_en: f.req("note_en", string),
        doses: f.req("doses", |v, n| list(v, n, dose)),
    })
}

pub(super) fn schedule(value: &Value, notes: &Notes) -> Schedule {
    object(value, notes, |f| Schedule {
        source: f.req("source", source),
        as_of: f.req("as_of", string),
        vaccines: f.req("vaccines", |v, n| list(v, n, vaccine)),
    })
}

fn checkup(value: &Value, notes: &Notes) -> Checkup {
    object(value, notes, |f| Checkup {
        id: f.req("id", string),
        ja: f.req("ja", string),
        en: f.req("en", string),
        window: f.req("window", window),
        statutory: f.req("statutory", boolean),
        basis_ja: f.req("basis_ja", string),
        basis_en: f.req("basis_en", string),
        note_ja: f.req("note_ja", string),
        note_en: f.req("note_en", string),
    })
}

pub(super) fn checkups(value: &Value, notes: &Notes) -> Checkups {
    object(value, notes, |f| Checkups {
        source: f.req("source", source),
        as_of: f.req("as_of", string),
        checkups: f.req("checkups", |v, n| list(v, n, checkup)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data_file::read_text;

    #[test]
    fn a_window_reads_each_anchor_and_defaults() {
        let read = |text: &str| read_text(text, window).map_err(|found| found.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("; "));
        let plain = read(r#"{"end":{"months":3}}"#).unwrap();
        assert_eq!(plain, Window { from: Anchor::Birth, start: Offset::default(), end: Offset { months: 3, ..Offset::default() }, start_after: false });
        assert_eq!(read(r#"{"from":{"dose":2},"end":{"days":6}}"#).unwrap().from, Anchor::Dose(2));
        assert_eq!(read(r#"{"from":"year_before_school","end":{"years":1}}"#).unwrap().from, Anchor::YearBeforeSchool);
        assert_eq!(read(r#"{"from":"school","end":{}}"#).unwrap_err(), "from: unknown value `school`, expected one of birth, year_before_school");
        assert_eq!(read(r#"{"end":{"month":3}}"#).unwrap_err(), "end: unknown field `month`");
        assert_eq!(read(r#"{"from":{"dose":1,"x":0},"end":{}}"#).unwrap_err(), "from: unknown field `x`");
    }
}
