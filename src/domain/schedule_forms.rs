//! The forms of the immunisation and checkup records, as data: a dose given
//! and a checkup visit. The same rules check an imported backup
//! ([`check_dose`], [`check_visit`]), so a file can hold nothing a form would refuse.

use chrono::NaiveDate;

use super::forms::{field, form_values, Check, FieldKind, FieldSpec, FormErrors};
use super::record::{Id, Vaccination};
use super::units::{grams_as_kg, mm_as_cm};
use super::validate::{self as v, FieldError};
use crate::i18n::{Key, Lang};
use crate::schedule::checkups::{checkups, CheckupVisit};
use crate::schedule::immunisation::{schedule, RecordedDose, Vaccine};

/// Every product of every vaccine that has several (only the data knows which).
fn product_options(lang: Lang) -> Vec<(&'static str, String)> {
    schedule()
        .vaccines
        .iter()
        .flat_map(|v| v.products.iter())
        .map(|p| (p.id.as_str(), if lang == Lang::Ja { p.ja.clone() } else { p.en.clone() }))
        .collect()
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DoseInput {
    pub date: String,
    pub lot: String,
    /// A product id of the vaccine, or "" when not recorded.
    pub product: String,
}

const DOSE_DATE: FieldSpec = field("dose-date", Key::DoseDate, FieldKind::Date).required();
const DOSE_LOT: FieldSpec = field("dose-lot", Key::DoseLot, FieldKind::Text).hint(Key::DoseLotHint);

impl DoseInput {
    pub const FIELDS: &'static [FieldSpec] = &[DOSE_DATE, DOSE_LOT];
    /// For a vaccine with several products: the product decides the course.
    pub const FIELDS_WITH_PRODUCT: &'static [FieldSpec] = &[
        DOSE_DATE,
        DOSE_LOT,
        field("dose-product", Key::DoseProduct, FieldKind::Choice { options: product_options, allow_empty: true })
            .hint(Key::DoseProductHint),
    ];

    /// The field table for `vaccine`.
    pub fn fields(vaccine: &Vaccine) -> &'static [FieldSpec] {
        if vaccine.products.is_empty() {
            Self::FIELDS
        } else {
            Self::FIELDS_WITH_PRODUCT
        }
    }

    /// Dose `dose` of `vaccine`, given to a child born on `birth`.
    pub fn to_vaccination(&self, id: Id, vaccine: &str, dose: u8, birth: NaiveDate, today: NaiveDate) -> Result<Vaccination, FormErrors> {
        let mut c = Check::default();
        let date = c.field("dose-date", v::past_date(&self.date, today, Some(birth)));
        let lot = c.field("dose-lot", v::optional_text(&self.lot, v::LOT_MAX));
        let product = self.product.trim();
        let given = RecordedDose {
            vaccine: vaccine.to_owned(),
            dose,
            date: date.unwrap_or(birth),
            lot: lot.clone().unwrap_or_default(),
            product: (!product.is_empty()).then(|| product.to_owned()),
        };
        if let Err((id, e)) = check_dose(&given) {
            c.0.push((id, e));
        }
        c.done(|| Vaccination { id, given })
    }
}
form_values!(DoseInput { date, lot, product });

/// The vaccine, dose and product of a recorded dose exist in the schedule
/// (the third rotavirus dose only in the pentavalent course). The error
/// names the form field it belongs to.
pub fn check_dose(r: &RecordedDose) -> Result<(), (&'static str, FieldError)> {
    let not_found = |id| Err((id, FieldError::NotInSchedule));
    let Some(vaccine) = schedule().vaccine(&r.vaccine) else { return not_found("dose-date") };
    let Some(dose) = vaccine.doses.iter().find(|d| d.dose == r.dose) else { return not_found("dose-date") };
    if let Some(p) = &r.product {
        let known = vaccine.products.iter().any(|x| &x.id == p);
        if !known || !(dose.products.is_empty() || dose.products.contains(p)) {
            return not_found("dose-product");
        }
    }
    Ok(())
}

/// Every rule of a stored dose, for the importer: (field name, problem).
/// `birth` bounds the date when given; the importer passes none, because
/// entries from before birth are restored (and reported) on purpose.
pub fn check_vaccination(v: &Vaccination, birth: Option<NaiveDate>, today: NaiveDate) -> Result<(), (&'static str, FieldError)> {
    v::check_past_date(v.given.date, today, birth).map_err(|e| ("date", e))?;
    v::optional_text(&v.given.lot, v::LOT_MAX).map_err(|e| ("lot", e))?;
    check_dose(&v.given).map_err(|(field, e)| (if field == "dose-product" { "product" } else { "vaccine" }, e))
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VisitInput {
    pub date: String,
    pub place: String,
    pub weight_kg: String,
    pub length_cm: String,
    pub head_cm: String,
    pub notes: String,
}

impl VisitInput {
    pub const FIELDS: &'static [FieldSpec] = &[
        field("visit-date", Key::VisitDate, FieldKind::Date).required(),
        field("visit-place", Key::VisitPlace, FieldKind::Text).hint(Key::VisitPlaceHint),
        field("visit-weight", Key::Weight, FieldKind::Decimal).unit("kg").hint(Key::WeightKgHint),
        field("visit-length", Key::Length, FieldKind::Decimal).unit("cm").half(),
        field("visit-head", Key::Head, FieldKind::Decimal).unit("cm").half(),
        field("visit-notes", Key::VisitNotes, FieldKind::LongText),
    ];

    pub fn from_visit(visit: &CheckupVisit) -> Self {
        VisitInput {
            date: visit.date.to_string(),
            place: visit.place.clone(),
            weight_kg: visit.weight_g.map(grams_as_kg).unwrap_or_default(),
            length_cm: visit.length_mm.map(mm_as_cm).unwrap_or_default(),
            head_cm: visit.head_mm.map(mm_as_cm).unwrap_or_default(),
            notes: visit.notes.clone(),
        }
    }

    /// A visit to `checkup` (an id of the checkup list) by a child born on `birth`.
    pub fn to_visit(&self, id: Id, checkup: &str, birth: NaiveDate, today: NaiveDate) -> Result<CheckupVisit, FormErrors> {
        let mut c = Check::default();
        let date = c.field("visit-date", v::past_date(&self.date, today, Some(birth)));
        if !checkups().checkups.iter().any(|k| k.id == checkup) {
            c.0.push(("visit-date", FieldError::NotInSchedule));
        }
        let place = c.field("visit-place", v::optional_text(&self.place, v::PLACE_MAX));
        let weight_g = c.field("visit-weight", v::weight_kg(&self.weight_kg, v::CHILD_WEIGHT_KG));
        let length_mm = c.field("visit-length", v::length_cm(&self.length_cm, v::LENGTH_CM));
        let head_mm = c.field("visit-head", v::length_cm(&self.head_cm, v::HEAD_CM));
        let notes = c.field("visit-notes", v::optional_text(&self.notes, v::NOTE_MAX));
        c.done(|| CheckupVisit {
            id,
            checkup: checkup.to_owned(),
            date: date.unwrap(),
            place: place.unwrap(),
            weight_g: weight_g.unwrap(),
            length_mm: length_mm.unwrap(),
            head_mm: head_mm.unwrap(),
            notes: notes.unwrap(),
        })
    }
}
form_values!(VisitInput { date, place, weight_kg, length_cm, head_cm, notes });

/// Every rule of a stored visit, for the importer: (field name, problem);
/// `birth` as for [`check_vaccination`].
pub fn check_visit(visit: &CheckupVisit, birth: Option<NaiveDate>, today: NaiveDate) -> Result<(), (&'static str, FieldError)> {
    v::check_past_date(visit.date, today, birth).map_err(|e| ("date", e))?;
    if !checkups().checkups.iter().any(|k| k.id == visit.checkup) {
        return Err(("checkup", FieldError::NotInSchedule));
    }
    v::optional_text(&visit.place, v::PLACE_MAX).map_err(|e| ("place", e))?;
    if let Some(g) = visit.weight_g {
        v::check_weight_kg(g as f64 / 1000.0, v::CHILD_WEIGHT_KG).map_err(|e| ("weight_g", e))?;
    }
    for (name, mm, range) in [("length_mm", visit.length_mm, v::LENGTH_CM), ("head_mm", visit.head_mm, v::HEAD_CM)] {
        if let Some(mm) = mm {
            v::check_length_cm(mm as f64 / 10.0, range).map_err(|e| (name, e))?;
        }
    }
    v::optional_text(&visit.notes, v::NOTE_MAX).map_err(|e| ("notes", e))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }
    const BIRTH: &str = "2025-05-14";
    const TODAY: &str = "2025-11-24";

    fn ids(errors: &FormErrors) -> Vec<&'static str> {
        errors.iter().map(|(id, _)| *id).collect()
    }

    #[test]
    fn required_marks_match_what_each_form_refuses_empty() {
        use crate::domain::forms::tests::assert_required_marks;
        let dose = DoseInput::default().to_vaccination(1, "rotavirus", 1, d(BIRTH), d(TODAY)).unwrap_err();
        assert_required_marks(DoseInput::FIELDS_WITH_PRODUCT, dose);
        let visit = VisitInput::default().to_visit(1, "1m", d(BIRTH), d(TODAY)).unwrap_err();
        assert_required_marks(VisitInput::FIELDS, visit);
    }

    #[test]
    fn field_tables_line_up_with_the_values() {
        assert_eq!(DoseInput::FIELDS_WITH_PRODUCT.len(), DoseInput::default().values().len());
        assert_eq!(VisitInput::FIELDS.len(), VisitInput::default().values().len());
        let rota = schedule().vaccine("rotavirus").unwrap();
        assert_eq!(DoseInput::fields(rota).len(), 3);
        assert_eq!(DoseInput::fields(schedule().vaccine("hepb").unwrap()).len(), 2);
        // The product choice lists exactly the data's products.
        let codes: Vec<_> = product_options(Lang::Ja).into_iter().map(|(c, _)| c).collect();
        assert_eq!(codes, ["rv1", "rv5"]);
    }

    #[test]
    fn a_dose_needs_a_past_date_after_birth_and_a_short_lot() {
        let input = DoseInput { date: "2026-01-01".into(), lot: "X".repeat(21), product: String::new() };
        let errors = input.to_vaccination(1, "hepb", 1, d(BIRTH), d(TODAY)).unwrap_err();
        assert_eq!(ids(&errors), ["dose-date", "dose-lot"]);
        assert_eq!(errors[0].1, FieldError::DateInFuture);
        let before = DoseInput { date: "2025-05-01".into(), ..Default::default() };
        assert_eq!(before.to_vaccination(1, "hepb", 1, d(BIRTH), d(TODAY)).unwrap_err()[0].1, FieldError::DateBeforeBirth { birth: d(BIRTH) });
        let ok = DoseInput { date: "2025-07-14".into(), lot: " AB12 ".into(), product: String::new() };
        let v = ok.to_vaccination(7, "hepb", 1, d(BIRTH), d(TODAY)).unwrap();
        assert_eq!((v.id, v.given.vaccine.as_str(), v.given.dose, v.given.lot.as_str(), v.given.product), (7, "hepb", 1, "AB12", None));
        assert_eq!(v.given.date, d("2025-07-14"));
    }

    #[test]
    fn products_must_belong_to_the_vaccine_and_the_dose() {
        let with = |product: &str| DoseInput { date: "2025-07-14".into(), lot: String::new(), product: product.into() };
        assert!(with("rv5").to_vaccination(1, "rotavirus", 3, d(BIRTH), d(TODAY)).is_ok());
        // Dose 3 is only in the pentavalent course.
        assert_eq!(ids(&with("rv1").to_vaccination(1, "rotavirus", 3, d(BIRTH), d(TODAY)).unwrap_err()), ["dose-product"]);
        assert_eq!(ids(&with("rv1").to_vaccination(1, "hepb", 1, d(BIRTH), d(TODAY)).unwrap_err()), ["dose-product"]);
        assert_eq!(with("").to_vaccination(1, "hepb", 9, d(BIRTH), d(TODAY)).unwrap_err()[0].1, FieldError::NotInSchedule);
        assert_eq!(with("").to_vaccination(1, "smallpox", 1, d(BIRTH), d(TODAY)).unwrap_err()[0].1, FieldError::NotInSchedule);
    }

    #[test]
    fn a_visit_checks_units_like_a_measurement() {
        let input = VisitInput {
            date: "2025-08-20".into(),
            place: "中央保健センター".into(),
            weight_kg: "6250".into(),
            length_cm: "615".into(),
            head_cm: "40.1".into(),
            notes: "順調と言われた".into(),
        };
        let errors = input.to_visit(1, "3-4m", d(BIRTH), d(TODAY)).unwrap_err();
        assert_eq!(ids(&errors), ["visit-weight", "visit-length"]);
        assert_eq!(errors[0].1, FieldError::LooksLikeGrams { kg: "6.25".into() });
        let fixed = VisitInput { weight_kg: "6.25".into(), length_cm: "61.5".into(), ..input };
        let visit = fixed.to_visit(3, "3-4m", d(BIRTH), d(TODAY)).unwrap();
        assert_eq!((visit.weight_g, visit.length_mm, visit.head_mm), (Some(6250), Some(615), Some(401)));
        assert_eq!(VisitInput::from_visit(&visit), fixed);
        assert!(check_visit(&visit, Some(d(BIRTH)), d(TODAY)).is_ok());
        // Measurements are optional; an unknown checkup is not.
        let bare = VisitInput { date: "2025-08-20".into(), ..Default::default() };
        assert!(bare.to_visit(4, "1y6m", d(BIRTH), d(TODAY)).is_ok());
        assert_eq!(ids(&bare.to_visit(4, "2y", d(BIRTH), d(TODAY)).unwrap_err()), ["visit-date"]);
    }

    #[test]
    fn the_importer_names_the_stored_field() {
        let visit = CheckupVisit {
            id: 1,
            checkup: "3-4m".into(),
            date: d("2025-08-20"),
            place: "x".repeat(61),
            weight_g: None,
            length_mm: None,
            head_mm: Some(4010),
            notes: String::new(),
        };
        assert_eq!(check_visit(&visit, Some(d(BIRTH)), d(TODAY)).unwrap_err().0, "place");
        let visit = CheckupVisit { place: String::new(), ..visit };
        assert!(matches!(check_visit(&visit, Some(d(BIRTH)), d(TODAY)), Err(("head_mm", FieldError::LooksLikeMillimetres { .. }))));
        let dose = Vaccination {
            id: 2,
            given: RecordedDose { vaccine: "rotavirus".into(), dose: 1, date: d("2025-07-14"), lot: String::new(), product: Some("rv9".into()) },
        };
        assert_eq!(check_vaccination(&dose, Some(d(BIRTH)), d(TODAY)), Err(("product", FieldError::NotInSchedule)));
        assert_eq!(check_vaccination(&dose, Some(d(BIRTH)), d("2025-07-01")).unwrap_err(), ("date", FieldError::DateInFuture));
        // Without a birth, a date before it is the importer's to report, not an error.
        let early = Vaccination { given: RecordedDose { date: d("2025-05-01"), product: None, ..dose.given.clone() }, ..dose };
        assert_eq!(check_vaccination(&early, Some(d(BIRTH)), d(TODAY)).unwrap_err().0, "date");
        assert!(check_vaccination(&early, None, d(TODAY)).is_ok());
    }
}
