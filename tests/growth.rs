//! Growth centiles against published WHO figures, and properties of the
//! centile arithmetic, the notes and the chart.

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use sukusuku::domain::record::Measurement;
use sukusuku::growth::*;

const W: Measure = Measure::Weight;
const L: Measure = Measure::Length;
const H: Measure = Measure::Head;
const M: RefSex = RefSex::Male;
const F: RefSex = RefSex::Female;

/// (measure, sex, month, -2 SD, median, +2 SD) in kg or cm.
///
/// Source: the CDC's "WHO Growth Standards" data files, which tabulate the
/// WHO 2006 standards to six decimals (WHO-Boys-Weight-for-age-Percentiles,
/// WHO-Girls-Length-for-age-Percentiles, ...-Head-Circumference-for-age-...):
/// the "2nd (2.3rd)" and "98th (97.7th)" columns are the values at z = -2
/// and +2. Read from a public copy of those tables, not from our data file.
const WHO_0_TO_24: [(Measure, RefSex, u32, f64, f64, f64); 24] = [
    (W, M, 0, 2.459312, 3.3464, 4.419354),
    (W, M, 6, 6.352967, 7.934, 9.848832),
    (W, M, 12, 7.742219, 9.6479, 11.98574),
    (W, M, 24, 9.672527, 12.1515, 15.27674),
    (W, F, 0, 2.394672, 3.2322, 4.23043022),
    (W, F, 6, 5.729383, 7.297, 9.33549062),
    (W, F, 12, 7.042612, 8.9481, 11.5086985),
    (W, F, 24, 9.035869, 11.4775, 14.8452857),
    (L, M, 0, 46.09799, 49.8842, 53.67041),
    (L, M, 6, 63.34303, 67.6236, 71.90417),
    (L, M, 12, 70.99632, 75.7488, 80.50128),
    (L, M, 24, 81.70586, 87.8161, 93.92634),
    (L, F, 0, 45.4223043, 49.1477, 52.8730957),
    (L, F, 6, 61.1982833, 65.7311, 70.2639167),
    (L, F, 12, 68.8650363, 74.015, 79.1649637),
    (L, F, 24, 79.9618054, 86.4153, 92.8687946),
    (H, M, 0, 31.92128, 34.4618, 37.0023239),
    (H, M, 6, 40.88935, 43.3306, 45.771846),
    (H, M, 12, 43.49653, 46.0661, 48.6356671),
    (H, M, 24, 45.52915, 48.2515, 50.9738496),
    (H, F, 0, 31.5099, 33.8787, 36.2474987),
    (H, F, 6, 39.5941, 42.1995, 44.8048971),
    (H, F, 12, 42.17847, 44.8965, 47.6145341),
    (H, F, 24, 44.39184, 47.1822, 49.9725553),
];

fn month_days(month: u32, measure: Measure) -> f64 {
    let age = month as f64 * DAYS_PER_MONTH;
    // The 0-24 month length tables are lying length; at exactly 24 months
    // our table answers with standing height (from 24 months on), so read the
    // lying curve a hundredth of a day earlier.
    if measure == L && month == 24 { age - 0.01 } else { age }
}

#[test]
fn published_minus_2sd_median_and_plus_2sd_give_z_minus_2_0_and_2() {
    let r = who_2006();
    for (measure, sex, month, low, median, high) in WHO_0_TO_24 {
        let age = month_days(month, measure);
        for (value, want) in [(low, -2.0), (median, 0.0), (high, 2.0)] {
            let z = r.z_score(measure, sex, age, value).unwrap();
            assert!((z - want).abs() < 0.01, "{measure:?} {sex:?} {month} mo: {value} gave z {z}, want {want}");
        }
        let c = r.centile(measure, sex, age, median).unwrap();
        assert!((c - 50.0).abs() < 0.01, "{measure:?} {sex:?} {month} mo: median at centile {c}");
        let back = r.value_at_z(measure, sex, age, -2.0).unwrap();
        assert!((back - low).abs() < 1e-3 * low, "{measure:?} {sex:?} {month} mo: -2 SD {back} vs {low}");
    }
}

/// (measure, sex, month, [-3, -2, 0, +2, +3 SD]) as printed, to 0.1, in
/// WHO's z-score tables: wfa_boys_0-to-5-years_zscores,
/// wfa_girls_0-to-5-years_zscores, lhfa_boys_2-to-5-years_zscores,
/// lhfa_girls_2-to-5-years_zscores, hcfa_boys_0-5_zscores,
/// hcfa_girls_0-5_zscores (WHO Child Growth Standards, 2006).
const WHO_36_AND_60: [(Measure, RefSex, u32, [f64; 5]); 12] = [
    (W, M, 36, [10.0, 11.3, 14.3, 18.3, 20.7]),
    (W, M, 60, [12.4, 14.1, 18.3, 24.2, 27.9]),
    (W, F, 36, [9.6, 10.8, 13.9, 18.1, 20.9]),
    (W, F, 60, [12.1, 13.7, 18.2, 24.9, 29.5]),
    (L, M, 36, [85.0, 88.7, 96.1, 103.5, 107.2]),
    (L, M, 60, [96.1, 100.7, 110.0, 119.2, 123.9]),
    (L, F, 36, [83.6, 87.4, 95.1, 102.7, 106.5]),
    (L, F, 60, [95.2, 99.9, 109.4, 118.9, 123.7]),
    (H, M, 36, [45.2, 46.6, 49.5, 52.3, 53.7]),
    (H, M, 60, [46.3, 47.7, 50.7, 53.7, 55.2]),
    (H, F, 36, [44.3, 45.7, 48.5, 51.3, 52.7]),
    (H, F, 60, [45.7, 47.1, 49.9, 52.8, 54.2]),
];

#[test]
fn values_at_z_round_to_who_printed_tables_at_3_and_5_years() {
    let r = who_2006();
    for (measure, sex, month, printed) in WHO_36_AND_60 {
        for (z, want) in [-3.0, -2.0, 0.0, 2.0, 3.0].into_iter().zip(printed) {
            let got = r.value_at_z(measure, sex, month as f64 * DAYS_PER_MONTH, z).unwrap();
            assert!((got - want).abs() <= 0.05 + 1e-9, "{measure:?} {sex:?} {month} mo z {z}: {got} vs {want}");
        }
    }
}

/// (day, L, M, S) from WHO's daily tables (WorldHealthOrganization/anthro,
/// data-raw/growthstandards/weianthro.txt and lenanthro.txt, boys): our
/// table keeps only weekly and monthly rows, and the days in between must
/// come out of the interpolation as WHO tabulates them.
const WHO_DAILY_BOYS_WEIGHT: [(f64, f64, f64, f64); 8] = [
    (30.0, 0.2303, 4.4525, 0.13413),
    (45.0, 0.2122, 5.0404, 0.12858),
    (100.0, 0.1682, 6.5699, 0.11588),
    (110.0, 0.162, 6.7772, 0.1145),
    (150.0, 0.1406, 7.4772, 0.11092),
    (200.0, 0.1185, 8.1475, 0.1092),
    (400.0, 0.0552, 9.9065, 0.10953),
    (500.0, 0.0314, 10.6125, 0.11057),
];
const WHO_DAILY_BOYS_LENGTH: [(f64, f64, f64, f64); 5] = [
    (650.0, 1.0, 85.4615, 0.03388),
    (730.0, 1.0, 87.8018, 0.03479),
    (731.0, 1.0, 87.1303, 0.03508),
    (1000.0, 1.0, 93.9706, 0.03783),
    (1190.0, 1.0, 98.0679, 0.0392),
];

#[test]
fn interpolation_reproduces_who_daily_tables() {
    let r = who_2006();
    let tables = [(W, &WHO_DAILY_BOYS_WEIGHT[..]), (L, &WHO_DAILY_BOYS_LENGTH[..])];
    for (measure, rows) in tables {
        for &(day, l, m, s) in rows {
            let got = r.lms(measure, M, day).unwrap();
            assert!((got.m - m).abs() / m < 5e-5, "{measure:?} day {day}: M {} vs {m}", got.m);
            assert!((got.l - l).abs() < 1e-3, "{measure:?} day {day}: L {} vs {l}", got.l);
            assert!((got.s - s).abs() < 1e-4, "{measure:?} day {day}: S {} vs {s}", got.s);
        }
    }
}

#[test]
fn extreme_weights_use_who_restricted_z_scores() {
    // Beyond +3 SD, WHO counts in steps of the 2-to-3 SD distance.
    let r = who_2006();
    let age = 12.0 * DAYS_PER_MONTH;
    let sd2 = r.value_at_z(W, F, age, 2.0).unwrap();
    let sd3 = r.value_at_z(W, F, age, 3.0).unwrap();
    let z = r.z_score(W, F, age, sd3 + (sd3 - sd2)).unwrap();
    assert!((z - 4.0).abs() < 1e-9, "{z}");
}

fn measure() -> impl Strategy<Value = Measure> {
    prop_oneof![Just(W), Just(L), Just(H)]
}
fn sex() -> impl Strategy<Value = RefSex> {
    prop_oneof![Just(M), Just(F)]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn value_at_z_round_trips(m in measure(), s in sex(), age in 0.0..=MAX_AGE_DAYS, z in -5.0..5.0f64) {
        let r = who_2006();
        let v = r.value_at_z(m, s, age, z).unwrap();
        let back = r.z_score(m, s, age, v).unwrap();
        prop_assert!((back - z).abs() < 1e-9, "z {} came back as {}", z, back);
        let c = r.centile(m, s, age, v).unwrap();
        prop_assert!((z_of_centile(c).unwrap() - z).abs() < 1e-6);
    }

    #[test]
    fn centile_lines_never_cross(m in measure(), s in sex(), age in 0.0..=MAX_AGE_DAYS) {
        let r = who_2006();
        let values: Vec<f64> = MAJOR_CENTILES
            .iter()
            .map(|&c| r.value_at_z(m, s, age, z_of_centile(c as f64).unwrap()).unwrap())
            .collect();
        prop_assert!(values.windows(2).all(|w| w[0] < w[1]), "{:?}", values);
    }

    #[test]
    fn heavier_is_a_higher_centile(m in measure(), s in sex(), age in 0.0..=MAX_AGE_DAYS, a in 0.5..130.0f64, b in 0.5..130.0f64) {
        let r = who_2006();
        let (lo, hi) = if a < b { (a, b) } else { (b, a) };
        prop_assume!(hi - lo > 1e-6);
        prop_assert!(r.z_score(m, s, age, lo).unwrap() < r.z_score(m, s, age, hi).unwrap());
    }

    #[test]
    fn chart_never_draws_a_missing_measurement(
        entries in prop::collection::vec((0u64..2200, prop::option::of(1500u32..30000)), 0..20),
        span in prop_oneof![Just(AgeSpan::Months24), Just(AgeSpan::Months60)],
    ) {
        let birth = NaiveDate::from_ymd_opt(2024, 4, 1).unwrap();
        let list: Vec<Measurement> = entries.iter().enumerate().map(|(i, &(day, grams))| Measurement {
            id: i as u64,
            date: birth.checked_add_days(Days::new(day)).unwrap(),
            weight_g: grams,
            length_mm: Some(600),
            head_mm: None,
            chest_mm: None,
        }).collect();
        let series = measured_series(&list, W, birth, None, false);
        let recorded = entries.iter().filter(|e| e.1.is_some()).count();
        prop_assert_eq!(series.len(), recorded);
        let chart = growth_chart(who_2006(), W, F, span, Viewport::default(), &series);
        prop_assert_eq!(chart.points.len() + chart.excluded, recorded);
        for p in &chart.points {
            prop_assert!(p.value > 0.0);
            prop_assert!(entries.iter().any(|&(day, g)| day as i64 == p.age_days && g.map(|g| g as f64 / 1000.0) == Some(p.value)));
            prop_assert!(p.age_days as f64 <= span.end_days());
        }
        // Head circumference was never measured: nothing to draw.
        let none = growth_chart(who_2006(), H, F, span, Viewport::default(), &measured_series(&list, H, birth, None, false));
        prop_assert!(none.points.is_empty() && none.path.is_empty() && none.excluded == 0);
        prop_assert_eq!(none.lines.len(), 5);
    }

    #[test]
    fn a_fall_across_two_lines_is_flagged(
        m in measure(), s in sex(),
        first in 14i64..1500, gap in 1i64..300,
        z1 in -3.0..3.0f64, z2 in -3.0..3.0f64,
    ) {
        let r = who_2006();
        let second = first + gap;
        let series = [
            (first, r.value_at_z(m, s, first as f64, z1).unwrap()),
            (second, r.value_at_z(m, s, second as f64, z2).unwrap()),
        ];
        let notes = growth_notes(r, m, s, &series);
        // Counted independently: the centile lines between the two centiles.
        let (c1, c2) = (centile_of_z(z1), centile_of_z(z2));
        let crossed = MAJOR_CENTILES.iter().filter(|&&c| c2 < c as f64 && c as f64 <= c1).count() as u8;
        let expected = if c2 < 3.0 {
            GrowthNote::Below3rd { falling: crossed >= 2 }
        } else if c2 > 97.0 {
            GrowthNote::Above97th
        } else if crossed >= 2 {
            GrowthNote::FellAcross { lines: crossed }
        } else {
            GrowthNote::Typical
        };
        prop_assert_eq!(notes[1], expected);
        if z2 >= z1 {
            let falling = matches!(notes[1], GrowthNote::FellAcross { .. } | GrowthNote::Below3rd { falling: true });
            prop_assert!(!falling);
        }
    }
}
