//! Growth chart geometry as plain data: the page only places SVG elements.
//!
//! Coordinates are SVG user units in a `viewBox` of the viewport's size, y
//! downwards. Only real measurements become points: the caller passes the
//! measured values (see [`super::measured_series`]), and a value that is not
//! a positive number is skipped, never drawn at zero.

pub use super::chart_axis::AgeLabel;
use super::chart_axis::{age_ticks, nice_range, svg_dots, svg_path, tick_values};
use super::lms::{Reference, Side, DAYS_PER_MONTH};
use super::{normal, Measure, RefSex, MAJOR_CENTILES};

/// The age range shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum AgeSpan {
    /// 0-24 months: the zoomed infant chart (length lying down throughout).
    Months24,
    /// 0-60 months: the whole WHO range.
    #[default]
    Months60,
}

impl AgeSpan {
    pub fn months(self) -> u32 {
        match self {
            AgeSpan::Months24 => 24,
            AgeSpan::Months60 => 60,
        }
    }

    /// The last age in days on the chart (inclusive).
    pub fn end_days(self) -> f64 {
        self.months() as f64 * DAYS_PER_MONTH
    }
}

/// The drawing area: total size and the margins kept for axis labels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    pub width: f64,
    pub height: f64,
    pub margin_left: f64,
    pub margin_right: f64,
    pub margin_top: f64,
    pub margin_bottom: f64,
}

impl Default for Viewport {
    /// A phone-width chart: 360 x 260 with room for value labels on the
    /// left and age labels below.
    fn default() -> Self {
        Viewport { width: 360.0, height: 260.0, margin_left: 36.0, margin_right: 10.0, margin_top: 10.0, margin_bottom: 26.0 }
    }
}

impl Viewport {
    pub fn plot_left(&self) -> f64 {
        self.margin_left
    }
    pub fn plot_right(&self) -> f64 {
        self.width - self.margin_right
    }
    pub fn plot_top(&self) -> f64 {
        self.margin_top
    }
    pub fn plot_bottom(&self) -> f64 {
        self.height - self.margin_bottom
    }
}

/// One centile curve as an SVG path `d`.
#[derive(Clone, Debug, PartialEq)]
pub struct CentileLine {
    pub centile: u8,
    pub d: String,
    /// Where the curve ends (at the chart's right edge): its label goes there.
    pub end_y: f64,
}

/// A measured point and where it is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlotPoint {
    pub age_days: i64,
    /// kg or cm.
    pub value: f64,
    pub x: f64,
    pub y: f64,
}

/// A tick on the age axis.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct XTick {
    pub x: f64,
    pub months: u32,
    pub label: Option<AgeLabel>,
}

/// A tick on the value axis, labelled with its value (kg or cm).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct YTick {
    pub y: f64,
    pub value: f64,
}

/// Everything needed to draw one chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    pub viewport: Viewport,
    pub span: AgeSpan,
    /// The value range of the plot area (kg or cm), on tick marks.
    pub y_min: f64,
    pub y_max: f64,
    /// The [`MAJOR_CENTILES`] curves, lowest first.
    pub lines: Vec<CentileLine>,
    /// The points inside the age range, in age order.
    pub points: Vec<PlotPoint>,
    /// A path joining consecutive points; empty with fewer than two.
    pub path: String,
    /// A dot at every point, as one path (see `svg_dots`).
    pub dots: String,
    pub x_ticks: Vec<XTick>,
    pub y_ticks: Vec<YTick>,
    /// Points left out: outside the age range, or not a positive number.
    pub excluded: usize,
}

/// Curves are sampled every half month: at 360 units wide that is a vertex
/// every 3 units on the 5-year chart, smooth to the eye.
const SAMPLES_PER_MONTH: u32 = 2;

/// The chart of `measure` for reference `sex` over `span`, with the child's
/// `points` (age in days, value in kg or cm).
pub fn growth_chart(
    reference: &Reference,
    measure: Measure,
    sex: RefSex,
    span: AgeSpan,
    viewport: Viewport,
    points: &[(i64, f64)],
) -> Chart {
    let end = span.end_days();
    let ages = sample_ages(reference, measure, sex, span);
    let curves: Vec<(u8, Vec<(f64, f64)>)> = MAJOR_CENTILES
        .iter()
        .map(|&c| {
            let z = normal::z_of_centile(c as f64).unwrap_or(0.0);
            let values = ages
                .iter()
                .filter_map(|&(age, side)| reference.value_at_z_on(measure, sex, age, z, side).map(|v| (age, v)))
                .collect();
            (c, values)
        })
        .collect();

    let mut inside: Vec<(i64, f64)> = points
        .iter()
        .copied()
        .filter(|&(age, v)| age >= 0 && age as f64 <= end && v.is_finite() && v > 0.0)
        .collect();
    crate::sorting::sort_by(&mut inside, |a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)));
    let excluded = points.len() - inside.len();

    let all_values = curves.iter().flat_map(|(_, c)| c.iter().map(|p| p.1)).chain(inside.iter().map(|p| p.1));
    let (lo, hi) = all_values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let (y_min, y_max, step) = nice_range(lo, hi);

    let x_of = |age: f64| viewport.plot_left() + age / end * (viewport.plot_right() - viewport.plot_left());
    let y_of = |v: f64| viewport.plot_bottom() - (v - y_min) / (y_max - y_min) * (viewport.plot_bottom() - viewport.plot_top());

    let lines = curves
        .iter()
        .map(|(c, values)| CentileLine {
            centile: *c,
            d: svg_path(values.iter().map(|&(a, v)| (x_of(a), y_of(v)))),
            end_y: values.last().map_or(f64::NAN, |&(_, v)| y_of(v)),
        })
        .collect();
    let points: Vec<PlotPoint> = inside
        .iter()
        .map(|&(age_days, value)| PlotPoint { age_days, value, x: x_of(age_days as f64), y: y_of(value) })
        .collect();
    let path = if points.len() < 2 { String::new() } else { svg_path(points.iter().map(|p| (p.x, p.y))) };
    let dots = svg_dots(points.iter().map(|p| (p.x, p.y)));
    let x_ticks = age_ticks(span.months())
        .into_iter()
        .map(|(months, label)| XTick { x: x_of(months as f64 * DAYS_PER_MONTH), months, label })
        .collect();
    let y_ticks = tick_values(y_min, y_max, step).into_iter().map(|value| YTick { y: y_of(value), value }).collect();

    Chart { viewport, span, y_min, y_max, lines, points, path, dots, x_ticks, y_ticks, excluded }
}

impl Chart {
    /// The y of each centile line's label at the right edge, in the order of
    /// `lines`: at the line's end, moved apart so that no two are closer than
    /// `gap` (the label's height) and kept inside the plot.
    pub fn label_ys(&self, gap: f64) -> Vec<f64> {
        let (top, bottom) = (self.viewport.plot_top(), self.viewport.plot_bottom());
        let mut order: Vec<usize> = (0..self.lines.len()).collect();
        crate::sorting::sort_by(&mut order, |&a, &b| self.lines[a].end_y.total_cmp(&self.lines[b].end_y).then(a.cmp(&b)));
        // Not f64::clamp: its assertion message formats floats with Debug,
        // which alone kept 10 KB of float printing in the wasm.
        let mut ys: Vec<f64> = order.iter().map(|&i| self.lines[i].end_y.max(top).min(bottom)).collect();
        for k in 1..ys.len() {
            ys[k] = ys[k].max(ys[k - 1] + gap);
        }
        // Pushed below the plot: move the stack back up, keeping the gaps.
        if let Some(&last) = ys.last() {
            let over = last - bottom;
            if over > 0.0 {
                for k in (0..ys.len()).rev() {
                    let limit = if k + 1 < ys.len() { ys[k + 1] - gap } else { bottom };
                    ys[k] = ys[k].min(limit);
                }
            }
        }
        let mut out = vec![0.0; ys.len()];
        for (k, &i) in order.iter().enumerate() {
            out[i] = ys[k];
        }
        out
    }
}

/// The ages to sample the curves at: every half month, plus each step of the
/// table (length → height at 24 months) twice, the curve arriving and the
/// curve leaving, so the chart shows the step as WHO's charts do. At the
/// chart's end only the arriving curve is drawn (the 0-24 month chart is all
/// lying length).
fn sample_ages(reference: &Reference, measure: Measure, sex: RefSex, span: AgeSpan) -> Vec<(f64, Side)> {
    let end = span.end_days();
    let steps = reference.steps(measure, sex);
    let mut ages: Vec<f64> = (0..=span.months() * SAMPLES_PER_MONTH)
        .map(|k| k as f64 * DAYS_PER_MONTH / SAMPLES_PER_MONTH as f64)
        .chain(steps.iter().copied().filter(|&s| s > 0.0 && s < end))
        .collect();
    crate::sorting::sort_by(&mut ages, f64::total_cmp);
    ages.dedup_by(|a, b| (*a - *b).abs() < 1e-9);
    let mut out = Vec::with_capacity(ages.len() + steps.len());
    for age in ages {
        if steps.iter().any(|&s| (s - age).abs() < 1e-9) {
            if age > 0.0 {
                out.push((age, Side::Before));
            }
            if age < end {
                out.push((age, Side::After));
            }
        } else {
            out.push((age, Side::After));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::growth::who_2006;

    fn chart(measure: Measure, span: AgeSpan, points: &[(i64, f64)]) -> Chart {
        growth_chart(who_2006(), measure, RefSex::Male, span, Viewport::default(), points)
    }

    #[test]
    fn five_lines_and_points_inside_the_plot() {
        let c = chart(Measure::Weight, AgeSpan::Months60, &[(0, 3.3), (30, 4.4), (400, 10.0)]);
        assert_eq!(c.lines.iter().map(|l| l.centile).collect::<Vec<_>>(), vec![3, 15, 50, 85, 97]);
        assert!(c.lines.iter().all(|l| l.d.starts_with('M') && l.d.matches('L').count() == 120));
        assert_eq!(c.points.len(), 3);
        assert_eq!(c.excluded, 0);
        assert!(c.path.starts_with("M36,") && c.path.matches('L').count() == 2);
        assert_eq!(c.dots.matches("h0").count(), 3, "a dot per point");
        let v = c.viewport;
        assert!(c.points.iter().all(|p| p.x >= v.plot_left() && p.x <= v.plot_right()));
        assert!(c.points.iter().all(|p| p.y >= v.plot_top() && p.y <= v.plot_bottom()));
        assert_eq!(c.y_ticks.first().unwrap().y, v.plot_bottom());
        assert_eq!(c.y_ticks.last().unwrap().y, v.plot_top());
        assert_eq!(c.x_ticks.last().unwrap().x, v.plot_right());
    }

    #[test]
    fn centile_labels_sit_at_the_line_ends_and_never_overlap() {
        for measure in Measure::ALL {
            for span in [AgeSpan::Months24, AgeSpan::Months60] {
                let c = chart(measure, span, &[]);
                let ys = c.label_ys(12.0);
                assert_eq!(ys.len(), 5);
                // Lowest centile lowest on screen (largest y), each at least 12 apart.
                for k in 1..5 {
                    assert!(ys[k - 1] - ys[k] >= 12.0 - 1e-9, "{measure:?} {span:?}: {ys:?}");
                }
                assert!(ys.iter().all(|&y| y >= c.viewport.plot_top() && y <= c.viewport.plot_bottom()));
                // Far enough apart already: a label stays on its line.
                let spread: Vec<f64> = c.lines.iter().map(|l| l.end_y).collect();
                if spread.windows(2).all(|w| w[0] - w[1] >= 12.0) {
                    assert_eq!(ys, spread);
                }
            }
        }
    }

    #[test]
    fn points_outside_the_range_or_not_positive_are_counted_not_drawn() {
        let pts = [(-3, 3.0), (100, 6.0), (800, 11.0), (200, 0.0), (210, f64::NAN)];
        let c = chart(Measure::Weight, AgeSpan::Months24, &pts);
        assert_eq!(c.points.len(), 1);
        assert_eq!(c.excluded, 4);
        assert_eq!(c.path, "");
        assert_eq!(c.dots.matches("h0").count(), 1, "the one point inside is still a dot");
    }

    #[test]
    fn length_chart_steps_down_at_24_months_only_on_the_long_chart() {
        let long = sample_ages(who_2006(), Measure::Length, RefSex::Male, AgeSpan::Months60);
        let at_step: Vec<_> = long.iter().filter(|a| a.0 == 730.5).collect();
        assert_eq!(at_step, vec![&(730.5, Side::Before), &(730.5, Side::After)]);
        let short = sample_ages(who_2006(), Measure::Length, RefSex::Male, AgeSpan::Months24);
        assert_eq!(short.last(), Some(&(730.5, Side::Before)));
        assert_eq!(short.len(), 49);
    }
}
