//! Where in a backup a refused value is, in the family's words: "Child 1 ›
//! Measurement 2 › Weight", not `children[0].measurements[1].weight_g`. A
//! parent cannot mend the file, but can tell which entry it was.

use crate::i18n::{t_with, Key, Lang};

/// The lists of a backup, each named with its entry's number.
const LISTS: &[(&str, Key)] = &[
    ("caregivers", Key::PlaceCaregiver),
    ("pregnancies", Key::PlacePregnancy),
    ("checkups", Key::PlacePrenatalCheckup),
    ("children", Key::PlaceChild),
    ("firsts", Key::PlaceFirst),
    ("measurements", Key::PlaceMeasurement),
    ("notes", Key::PlaceNote),
    ("checks", Key::PlaceCheck),
    ("vaccinations", Key::PlaceVaccination),
    ("checkup_visits", Key::PlaceVisit),
];

/// The fields that can be refused, by the label a form shows for them.
const FIELDS: &[(&str, Key)] = &[
    ("birth", Key::PlaceBirth),
    ("name", Key::CaregiverName),
    ("relation", Key::PlaceRelation),
    ("expected_delivery", Key::ExpectedDelivery),
    ("notes", Key::NoteText),
    ("text", Key::NoteText),
    ("label", Key::FirstLabel),
    ("date", Key::PlaceDate),
    ("birth_date", Key::BirthDate),
    ("gestation", Key::PlaceGestation),
    ("weight_g", Key::Weight),
    ("length_mm", Key::Length),
    ("head_mm", Key::Head),
    ("chest_mm", Key::Chest),
    ("bp_systolic", Key::PlaceBloodPressure),
    ("bp_diastolic", Key::PlaceBloodPressure),
    ("vaccine", Key::PlaceVaccine),
    ("product", Key::DoseProduct),
    ("band", Key::PlaceCheckBand),
    ("lot", Key::PlaceLot),
    ("place", Key::PlaceVenue),
    ("checkup", Key::PlaceCheckupKind),
    ("sex", Key::PlaceSex),
];

/// `children[0].measurements[1].weight_g` as "お子さん1人目の計測2件目の体重".
/// A name the tables do not know (a field of another app, say) is shown as
/// it is; the path of the whole record reads as "the record".
pub fn place_in_words(path: &str, lang: Lang) -> String {
    if path.is_empty() {
        return Key::PlaceRecord.text(lang).to_owned();
    }
    let words: Vec<String> = path
        .split('.')
        .map(|segment| match segment.split_once('[') {
            Some((list, index)) => {
                let number = index.trim_end_matches(']').parse::<usize>().map_or_else(|_| index.to_owned(), |i| (i + 1).to_string());
                match LISTS.iter().find(|(name, _)| *name == list) {
                    Some((_, key)) => t_with(lang, *key, &[("n", &number)]),
                    None => format!("{list} {number}"),
                }
            }
            None => FIELDS.iter().find(|(name, _)| *name == segment).map_or_else(|| segment.to_owned(), |(_, key)| key.text(lang).to_owned()),
        })
        .collect();
    words.join(Key::PlaceJoin.text(lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refused_value_is_placed_in_the_familys_words() {
        assert_eq!(place_in_words("children[0].measurements[1].weight_g", Lang::Ja), "お子さん1人目の計測2件目の体重");
        assert_eq!(place_in_words("children[0].measurements[1].weight_g", Lang::En), "Child 1 › Measurement 2 › Weight");
        assert_eq!(place_in_words("pregnancies[0].checkups[2].bp_systolic", Lang::Ja), "妊娠の記録1件目の妊婦健診3回目の血圧");
        assert_eq!(place_in_words("children[1].vaccinations[0].vaccine", Lang::En), "Child 2 › Vaccination 1 › Vaccine");
        assert_eq!(place_in_words("pregnancies[0].notes", Lang::Ja), "妊娠の記録1件目のメモ");
        assert_eq!(place_in_words("", Lang::Ja), "記録全体");
        // What the dose and visit checks refuse (a lot or a place too long, an unknown checkup).
        assert_eq!(place_in_words("children[0].vaccinations[2].lot", Lang::Ja), "お子さん1人目の予防接種3件目のロット番号");
        assert_eq!(place_in_words("children[0].checkup_visits[0].place", Lang::En), "Child 1 › Checkup 1 › Place");
        assert_eq!(place_in_words("children[0].checkup_visits[0].checkup", Lang::Ja), "お子さん1人目の健診1回目の健診の種類");
        // What no table names is kept, so the place is never lost.
        assert_eq!(place_in_words("children[0].nickname", Lang::En), "Child 1 › nickname");
    }
}
