//! A child's growth chart section: which measure, which age range, corrected
//! age for a child born early, the chart, and the same numbers as a table.

use chrono::{Days, NaiveDate};
use leptos::prelude::*;

use super::growth_chart::{chart_svg, measure_code, unit, value_text, VIEWPORT};
use crate::domain::age::{age_on, TERM_WEEKS};
use crate::domain::record::{Child, Id};
use crate::growth::findings::raw_value;
use crate::growth::{findings, growth_chart, measured_series, who_2006, AgeSpan, Finding, Measure, RefSex};
use crate::i18n::{format, t_with, Key, Lang};
use crate::ui::browser;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::record_state::use_record;

/// The chart's choices, shared with the measurement list so both read the
/// same centiles. Provided by the child's page.
#[derive(Clone, Copy)]
pub struct GrowthView {
    /// The reference chosen for a child whose sex is not recorded (this visit only).
    pub chosen: RwSignal<Option<RefSex>>,
    pub corrected: RwSignal<bool>,
    /// Every measured value of the child with its centile and note; empty
    /// until a reference is known. Worked out once per change for the chart,
    /// the table and the list together (a six-year record has a thousand values).
    pub findings: Memo<Vec<Finding>>,
}

impl GrowthView {
    /// Corrected age starts on for a child born before 37 weeks: it places
    /// what was measured before the second birthday (see `chart_age_days`).
    pub fn new(child: Memo<Option<Child>>) -> Self {
        let by_default = move |c: &Option<Child>| c.as_ref().is_some_and(is_preterm);
        let chosen = RwSignal::new(None);
        let corrected = RwSignal::new(child.with_untracked(by_default));
        // The weeks at birth edited (now preterm, or no longer): the switch
        // follows; otherwise it stays as the family set it.
        Effect::new(move |before: Option<bool>| {
            let now = child.with(by_default);
            if before.is_some_and(|before| before != now) {
                corrected.set(now);
            }
            now
        });
        let findings = Memo::new(move |_| {
            child.with(|c| {
                let Some(c) = c else { return Vec::new() };
                let Some(sex) = reference(chosen, c) else { return Vec::new() };
                let gestation = c.gestation.map(|g| g.total_days());
                findings(who_2006(), &c.growth_measurements(), c.birth_date, gestation, corrected_for(corrected, c), sex)
            })
        });
        GrowthView { chosen, corrected, findings }
    }

    pub fn reference(&self, child: &Child) -> Option<RefSex> {
        reference(self.chosen, child)
    }

    pub fn corrected_for(&self, child: &Child) -> bool {
        corrected_for(self.corrected, child)
    }
}

/// The child's own sex, or the reference the family chose for this visit.
fn reference(chosen: RwSignal<Option<RefSex>>, child: &Child) -> Option<RefSex> {
    RefSex::from_sex(child.sex).or_else(|| chosen.get())
}

/// Corrected only when it applies to this child.
fn corrected_for(corrected: RwSignal<bool>, child: &Child) -> bool {
    is_preterm(child) && corrected.get()
}

pub fn is_preterm(child: &Child) -> bool {
    child.gestation.is_some_and(|g| g.weeks < TERM_WEEKS)
}

pub fn measure_name(measure: Measure) -> Key {
    match measure {
        Measure::Weight => Key::Weight,
        Measure::Length => Key::Length,
        Measure::Head => Key::Head,
    }
}

/// The age a point is plotted at, in words (from the due date when the chart
/// is corrected): the age on `on` of someone born `age_days` before.
fn chart_age_text(lang: Lang, age_days: i64, on: NaiveDate) -> String {
    on.checked_sub_days(Days::new(age_days.max(0) as u64))
        .and_then(|from| age_on(from, on))
        .map(|a| format::age(lang, &a))
        .unwrap_or_default()
}

fn pressed(on: bool) -> &'static str {
    if on {
        "true"
    } else {
        "false"
    }
}

#[component]
pub fn GrowthSection(child_id: Id) -> impl IntoView {
    let state = use_record();
    let lang = use_i18n().lang;
    let growth = expect_context::<GrowthView>();
    let child = Memo::new(move |_| state.envelope.with(|e| e.record.child(child_id).cloned()));
    let measure = RwSignal::new(Measure::Weight);
    let young = child.with_untracked(|c| {
        c.as_ref().and_then(|c| age_on(c.birth_date, browser::today())).is_some_and(|a| a.total_months() < 24)
    });
    let span = RwSignal::new(if young { AgeSpan::Months24 } else { AgeSpan::Months60 });
    // The table is built only once it is asked for: a six-year record has
    // hundreds of rows, and building them unseen made the page slow to open
    // on a cheap phone. It stays open across measure and span changes.
    let table_open = RwSignal::new(false);

    let measure_buttons = Measure::ALL
        .into_iter()
        .map(|m| {
            view! {
                <button type="button" class="segmented__option" data-testid="growth-measure" data-measure=measure_code(m)
                    aria-pressed=move || pressed(measure.get() == m) on:click=move |_| measure.set(m)>{tr(measure_name(m))}</button>
            }
        })
        .collect_view();
    let span_buttons = [(AgeSpan::Months24, Key::GrowthSpan24), (AgeSpan::Months60, Key::GrowthSpan60)]
        .into_iter()
        .map(|(s, key)| {
            view! {
                <button type="button" class="segmented__option" data-testid="growth-span" aria-pressed=move || pressed(span.get() == s)
                    on:click=move |_| span.set(s)>{tr(key)}</button>
            }
        })
        .collect_view();

    let choose_reference = move || {
        child.with(|c| c.as_ref().is_some_and(|c| RefSex::from_sex(c.sex).is_none())).then(|| {
            let on_change = move |ev| {
                growth.chosen.set(match event_target_value(&ev).as_str() {
                    "male" => Some(RefSex::Male),
                    "female" => Some(RefSex::Female),
                    _ => None,
                })
            };
            view! {
                <div class="field">
                    <label class="field__label" for="growth-reference">{tr(Key::GrowthChooseRef)}</label>
                    <p class="field__hint" id="growth-reference-hint">{tr(Key::GrowthChooseRefHint)}</p>
                    <select id="growth-reference" data-testid="growth-reference" aria-describedby="growth-reference-hint" on:change=on_change>
                        <option value="" selected=move || growth.chosen.get().is_none()>{tr(Key::GrowthChooseRefPrompt)}</option>
                        <option value="female" selected=move || growth.chosen.get() == Some(RefSex::Female)>{tr(Key::GrowthRefGirls)}</option>
                        <option value="male" selected=move || growth.chosen.get() == Some(RefSex::Male)>{tr(Key::GrowthRefBoys)}</option>
                    </select>
                </div>
            }
        })
    };
    let corrected_switch = move || {
        child.with(|c| c.as_ref().is_some_and(is_preterm)).then(|| {
            view! {
                <label class="checkbox">
                    <input type="checkbox" data-testid="growth-corrected" prop:checked=move || growth.corrected.get()
                        on:change=move |ev| growth.corrected.set(event_target_checked(&ev))/>
                    {tr(Key::GrowthCorrected)}
                </label>
            }
        })
    };

    let body = move || {
        let l = lang.get();
        child.with(|c| {
            let c = c.as_ref()?;
            let sex = growth.reference(c)?;
            let m = measure.get();
            let corrected = growth.corrected_for(c);
            let gestation = c.gestation.map(|g| g.total_days());
            let measured = c.growth_measurements();
            let series = measured_series(&measured, m, c.birth_date, gestation, corrected);
            // Measured before the due date: no corrected age, so not on the chart.
            let before_due = measured.iter().filter(|x| raw_value(x, m).is_some()).count() - series.len();
            let chart = growth_chart(who_2006(), m, sex, span.get(), VIEWPORT, &series);
            let rows: Vec<Finding> = growth.findings.with(|all| all.iter().filter(|f| f.measure == m).copied().collect());
            let name = measure_name(m).text(l);
            let with_unit = move |v: f64| format!("{} {}", value_text(m, v), unit(m));
            let centile_text = move |f: &Finding| f.centile.map(|x| format::centile(l, x)).unwrap_or_else(|| "—".to_owned());
            let mut label = t_with(
                l,
                Key::GrowthChartLabel,
                &[
                    ("measure", name),
                    ("reference", if sex == RefSex::Male { Key::GrowthRefBoys.text(l) } else { Key::GrowthRefGirls.text(l) }),
                    ("span", if span.get() == AgeSpan::Months24 { Key::GrowthSpan24.text(l) } else { Key::GrowthSpan60.text(l) }),
                    ("count", &chart.points.len().to_string()),
                ],
            );
            if let Some(last) = rows.last() {
                let latest = t_with(
                    l,
                    Key::GrowthChartLatest,
                    &[("date", &format::date(l, last.date)), ("value", &with_unit(last.value)), ("centile", &centile_text(last))],
                );
                label.push_str(&latest);
            }
            // Past two, only what was measured before is placed by corrected age.
            let axis_title = match (span.get(), corrected) {
                (AgeSpan::Months24, true) if !young => Key::GrowthAxisMonthsCorrectedUntil2,
                (AgeSpan::Months60, true) if !young => Key::GrowthAxisYearsCorrectedUntil2,
                (AgeSpan::Months24, false) => Key::GrowthAxisMonths,
                (AgeSpan::Months24, true) => Key::GrowthAxisCorrectedMonths,
                (AgeSpan::Months60, false) => Key::GrowthAxisYears,
                (AgeSpan::Months60, true) => Key::GrowthAxisCorrectedYears,
            }
            .text(l);
            let visits: Vec<Id> = c.checkup_visits.iter().map(|v| v.id).collect();
            let table_rows = move || {
                rows
                .iter()
                .map(|f| {
                    let from_visit = visits.contains(&f.id).then(|| Key::GrowthFromCheckup.text(l));
                    view! {
                        <tr data-testid="growth-row" data-age-days=f.age_days.to_string() data-value=value_text(m, f.value)>
                            <td>{format::date(l, f.date)}{from_visit}</td>
                            <td>{chart_age_text(l, f.age_days, f.date)}</td>
                            <td class="growth-table__value">{with_unit(f.value)}</td>
                            <td>{centile_text(f)}</td>
                        </tr>
                    }
                })
                .collect_view()
            };
            let empty = chart.points.is_empty().then(|| view! { <p class="muted">{tr(Key::GrowthNoPoints)}</p> });
            let excluded = (chart.excluded > 0)
                .then(|| view! { <p class="muted">{t_with(l, Key::GrowthExcluded, &[("count", &chart.excluded.to_string())])}</p> });
            let before_due = (before_due > 0)
                .then(|| view! { <p class="muted">{t_with(l, Key::GrowthBeforeDue, &[("count", &before_due.to_string())])}</p> });
            let age_header = match corrected {
                true if !young => Key::GrowthTableAgeCorrectedUntil2,
                true => Key::GrowthTableCorrectedAge,
                false => Key::ChildAge,
            };
            Some(view! {
                <figure class="growth-figure">
                    {chart_svg(&chart, m, label, axis_title)}
                    <figcaption class="muted">{tr(Key::GrowthSource)}</figcaption>
                </figure>
                {empty}
                {excluded}
                {before_due}
                <button type="button" class="button button--quiet" data-testid="growth-table-toggle"
                    aria-expanded=move || table_open.get().to_string() on:click=move |_| table_open.update(|open| *open = !*open)>
                    {tr(Key::GrowthTableToggle)}
                </button>
                {move || table_open.get().then(|| view! {
                    <div class="table-scroll">
                        <table class="history growth-table" data-testid="growth-table">
                            <caption class="visually-hidden">{name}</caption>
                            <thead><tr>
                                <th scope="col">{tr(Key::MeasuredOn)}</th>
                                <th scope="col">{tr(age_header)}</th>
                                <th scope="col">{format!("{name} ({})", unit(m))}</th>
                                <th scope="col">{tr(Key::CentileColumn)}</th>
                            </tr></thead>
                            <tbody>{table_rows()}</tbody>
                        </table>
                    </div>
                })}
            })
        })
    };

    view! {
        <section aria-labelledby="growth-title" class="growth">
            <h2 id="growth-title">{tr(Key::GrowthTitle)}</h2>
            <div class="segmented" role="group" aria-label=move || Key::GrowthMeasureLabel.text(lang.get())>{measure_buttons}</div>
            <div class="segmented growth__span" role="group" aria-label=move || Key::GrowthSpanLabel.text(lang.get())>{span_buttons}</div>
            {corrected_switch}
            {choose_reference}
            {body}
        </section>
    }
}
