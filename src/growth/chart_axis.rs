//! Axis ticks and number writing for the growth chart.

use std::fmt::Write;

/// The most value ticks on the chart's height (about 20 units apart on a
/// 260-unit chart: still readable on a phone).
const MAX_Y_TICKS: f64 = 12.0;
/// Tick steps in kg or cm, smallest first.
const STEPS: [f64; 7] = [0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0];

/// A value range that starts and ends on a tick: (min, max, step).
pub(crate) fn nice_range(lo: f64, hi: f64) -> (f64, f64, f64) {
    let span = (hi - lo).max(1e-9);
    let step = STEPS.iter().copied().find(|s| span / s <= MAX_Y_TICKS).unwrap_or(100.0);
    let min = ((lo / step).floor() * step).max(0.0);
    let mut max = (hi / step).ceil() * step;
    if max <= min {
        max = min + step;
    }
    (min, max, step)
}

/// The tick values from `min` to `max` by `step`, computed by counting so no
/// rounding error creeps in (0.5 * 3, not 0.5 + 0.5 + 0.5).
pub(crate) fn tick_values(min: f64, max: f64, step: f64) -> Vec<f64> {
    let first = (min / step).round() as i64;
    let last = (max / step).round() as i64;
    (first..=last).map(|k| k as f64 * step).collect()
}

/// How an age tick is labelled; the page words it ("6か月", "2歳").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgeLabel {
    Months(u32),
    Years(u32),
}

/// Age ticks for a chart of `months` months: each month and a label every 3
/// months on the 0-24 month chart; every 3 months and a label each year on
/// the 0-60 month chart. Returns (months, label).
pub(crate) fn age_ticks(months: u32) -> Vec<(u32, Option<AgeLabel>)> {
    if months <= 24 {
        (0..=months).map(|m| (m, (m % 3 == 0).then_some(AgeLabel::Months(m)))).collect()
    } else {
        (0..=months).step_by(3).map(|m| (m, (m % 12 == 0).then_some(AgeLabel::Years(m / 12)))).collect()
    }
}

/// Appends `v` rounded to one decimal ("12.3", "-4", "0.5"), written from
/// integers: the standard float formatter would add size to the app for
/// numbers that never need more than a tenth of a unit.
pub(crate) fn push_tenths(out: &mut String, v: f64) {
    let tenths = (v * 10.0).round() as i64;
    if tenths < 0 {
        out.push('-');
    }
    let a = tenths.unsigned_abs();
    let _ = write!(out, "{}", a / 10);
    if !a.is_multiple_of(10) {
        let _ = write!(out, ".{}", a % 10);
    }
}

/// An SVG path through `points`: "M x,y L x,y ...".
pub(crate) fn svg_path(points: impl IntoIterator<Item = (f64, f64)>) -> String {
    let mut d = String::new();
    for (i, (x, y)) in points.into_iter().enumerate() {
        d.push(if i == 0 { 'M' } else { 'L' });
        push_tenths(&mut d, x);
        d.push(',');
        push_tenths(&mut d, y);
    }
    d
}

/// One dot per point as a single SVG path: a zero-length segment at each
/// point, drawn as a dot by a round line cap. A chart of a six-year record has
/// hundreds of points, and one element instead of one each keeps opening the
/// child's page quick on a cheap phone.
pub(crate) fn svg_dots(points: impl IntoIterator<Item = (f64, f64)>) -> String {
    let mut d = String::new();
    for (x, y) in points {
        d.push('M');
        push_tenths(&mut d, x);
        d.push(',');
        push_tenths(&mut d, y);
        d.push_str("h0");
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_are_round_and_contain_the_data() {
        assert_eq!(nice_range(2.4, 24.9), (2.0, 26.0, 2.0));
        assert_eq!(nice_range(46.1, 119.2), (40.0, 120.0, 10.0));
        assert_eq!(nice_range(31.5, 37.0), (31.5, 37.0, 0.5));
        assert_eq!(tick_values(31.5, 33.0, 0.5), vec![31.5, 32.0, 32.5, 33.0]);
    }

    #[test]
    fn numbers_are_written_to_a_tenth() {
        let mut s = String::new();
        for v in [12.34, -4.0, 0.05, -0.04, 100.0] {
            push_tenths(&mut s, v);
            s.push(' ');
        }
        assert_eq!(s, "12.3 -4 0.1 0 100 ");
        assert_eq!(svg_path([(1.0, 2.0), (3.25, 4.0)]), "M1,2L3.3,4");
        assert_eq!(svg_path([]), "");
        assert_eq!(svg_dots([(1.0, 2.0), (3.25, 4.0)]), "M1,2h0M3.3,4h0");
        assert_eq!(svg_dots([]), "");
    }

    #[test]
    fn age_ticks_label_months_or_years() {
        let t = age_ticks(24);
        assert_eq!(t.len(), 25);
        assert_eq!(t[6], (6, Some(AgeLabel::Months(6))));
        assert_eq!(t[7], (7, None));
        let t = age_ticks(60);
        assert_eq!(t.len(), 21);
        assert_eq!(t[4], (12, Some(AgeLabel::Years(1))));
        assert_eq!(t[5], (15, None));
    }
}
