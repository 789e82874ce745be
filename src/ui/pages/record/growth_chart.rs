//! The growth chart as SVG, from the geometry `growth::growth_chart` computes.
//! Nothing is calculated here but where to write the labels.

use leptos::prelude::*;

use crate::domain::units::decimal_text;
use crate::growth::{AgeLabel, Chart, Measure, Viewport};

/// A phone-width chart (scaled to the screen) with room for the value labels
/// on the left, centile labels on the right, the age labels and the axis
/// title below, and the unit above.
pub const VIEWPORT: Viewport = Viewport {
    width: 360.0,
    height: 300.0,
    margin_left: 34.0,
    margin_right: 22.0,
    margin_top: 22.0,
    margin_bottom: 42.0,
};

/// Text size in chart units: about 11 px on a 360 px screen.
const FONT: f64 = 12.0;

pub fn measure_code(measure: Measure) -> &'static str {
    match measure {
        Measure::Weight => "weight",
        Measure::Length => "length",
        Measure::Head => "head",
    }
}

pub fn unit(measure: Measure) -> &'static str {
    match measure {
        Measure::Weight => "kg",
        Measure::Length | Measure::Head => "cm",
    }
}

/// kg to the gram, cm to the millimetre: exactly what was typed.
pub fn value_text(measure: Measure, value: f64) -> String {
    decimal_text(value, if measure == Measure::Weight { 3 } else { 1 })
}

fn n(v: f64) -> String {
    decimal_text(v, 1)
}

/// The chart. `label` is the summary a screen reader reads; `axis_title`
/// names the age axis (months or years, corrected or not).
pub fn chart_svg(chart: &Chart, measure: Measure, label: String, axis_title: &'static str) -> impl IntoView {
    let v = chart.viewport;
    let (left, right, top, bottom) = (v.plot_left(), v.plot_right(), v.plot_top(), v.plot_bottom());
    let grid_y = chart
        .y_ticks
        .iter()
        .map(|t| {
            view! {
                <line class="growth-chart__grid" x1=n(left) x2=n(right) y1=n(t.y) y2=n(t.y)/>
                <text class="growth-chart__tick" x=n(left - 4.0) y=n(t.y + FONT / 3.0) text-anchor="end">{decimal_text(t.value, 1)}</text>
            }
        })
        .collect_view();
    let grid_x = chart
        .x_ticks
        .iter()
        .map(|t| {
            let label = t.label.map(|l| {
                let text = match l {
                    AgeLabel::Months(m) => m.to_string(),
                    AgeLabel::Years(y) => y.to_string(),
                };
                view! { <text class="growth-chart__tick" x=n(t.x) y=n(bottom + FONT + 3.0) text-anchor="middle">{text}</text> }
            });
            let class = if t.label.is_some() { "growth-chart__grid growth-chart__grid--major" } else { "growth-chart__grid" };
            view! { <line class=class x1=n(t.x) x2=n(t.x) y1=n(top) y2=n(bottom)/>{label} }
        })
        .collect_view();
    let label_ys = chart.label_ys(FONT);
    let lines = chart
        .lines
        .iter()
        .zip(label_ys)
        .map(|(l, y)| {
            let class = format!("growth-chart__centile growth-chart__centile--{}", l.centile);
            view! {
                <path class=class d=l.d.clone()/>
                <text class="growth-chart__centile-label" x=n(right + 3.0) y=n(y + FONT / 3.0)>{l.centile.to_string()}</text>
            }
        })
        .collect_view();
    view! {
        <svg class="growth-chart" data-testid="growth-chart" data-measure=measure_code(measure) role="img" aria-label=label
            viewBox=format!("0 0 {} {}", n(v.width), n(v.height)) font-size=n(FONT)>
            {grid_y}
            {grid_x}
            <line class="growth-chart__axis" x1=n(left) x2=n(left) y1=n(top) y2=n(bottom)/>
            <line class="growth-chart__axis" x1=n(left) x2=n(right) y1=n(bottom) y2=n(bottom)/>
            <text class="growth-chart__unit" x=n(left - 4.0) y=n(top - 8.0) text-anchor="end">{unit(measure)}</text>
            <text class="growth-chart__unit" x=n((left + right) / 2.0) y=n(v.height - 6.0) text-anchor="middle">{axis_title}</text>
            {lines}
            <path class="growth-chart__child" d=chart.path.clone()/>
            // The halo under the dots keeps them apart from the lines they sit on.
            <path class="growth-chart__halo" d=chart.dots.clone()/>
            <path class="growth-chart__dots" data-testid="growth-dots" d=chart.dots.clone()/>
        </svg>
    }
}
