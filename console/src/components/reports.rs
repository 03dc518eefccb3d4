//! The reports screen (admins): first-response times, SLA keeping and volume, drawn as
//! SVG, the same per channel, with the CSV export.

use frontdesk_protocol::{ChannelReportRow, ClinicReport};
use leptos::{prelude::*, task::spawn_local};

use crate::{
    api,
    charts::{columns, minutes, one_decimal, percent},
    components::{channel_label, department_label},
    state::use_auth,
};

const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

#[component]
pub fn Reports() -> impl IntoView {
    let auth = use_auth();
    let weeks = RwSignal::new(4u32);
    let report = RwSignal::new(None::<ClinicReport>);
    let error = RwSignal::new(None::<String>);

    Effect::new(move |_| {
        let weeks = weeks.get();
        let Some(token) = auth.token() else {
            return;
        };
        spawn_local(async move {
            match api::reports(&token, weeks).await {
                Ok(answer) => {
                    report.try_set(Some(answer));
                    error.try_set(None);
                }
                Err(failure) => {
                    if !auth.signed_out_by(&failure) {
                        error.try_set(Some(failure.to_string()));
                    }
                }
            }
        });
    });

    view! {
        <section class="reports" aria-label="Reports" data-testid="reports">
            <header class="reports-head">
                <h1>"Reports"</h1>
                <label class="reports-weeks">
                    "Period "
                    <select
                        data-testid="reports-weeks"
                        on:change=move |event| {
                            if let Ok(value) = event_target_value(&event).parse() {
                                weeks.set(value);
                            }
                        }
                    >
                        <option value="4" selected>"Last 4 weeks"</option>
                        <option value="8">"Last 8 weeks"</option>
                        <option value="13">"Last quarter"</option>
                        <option value="52">"Last year"</option>
                    </select>
                </label>
                // Same-origin GET: the session cookie authorises the download.
                <a
                    class="button secondary"
                    data-testid="reports-csv"
                    href=move || format!("/v1/admin/reports?weeks={}&format=csv", weeks.get())
                    download
                >
                    "Export CSV"
                </a>
            </header>
            <p class="inbox-error" role="alert" data-testid="reports-error">{move || error.get()}</p>
            {move || report.get().map(|report| view! { <ReportBody report=report /> })}
        </section>
    }
}

#[component]
fn ReportBody(report: ClinicReport) -> impl IntoView {
    let sla = report.sla.clone();
    let volume = report.volume.clone();
    let surveys = report.surveys.clone();
    let deflection = report.deflection.clone();
    let average = surveys.average_rating.map_or("–".to_owned(), |rating| {
        format!("{} / 5", one_decimal(rating))
    });
    view! {
        <div class="report-tiles">
            <div class="tile" data-testid="report-sla">
                <span class="tile-figure">{percent(sla.share)}</span>
                <span class="tile-label">
                    {format!("urgent answered in time ({} of {})", sla.answered_in_time, sla.due)}
                </span>
            </div>
            <div class="tile" data-testid="report-volume">
                <span class="tile-figure">{volume.conversations}</span>
                <span class="tile-label">"conversations"</span>
            </div>
            <div class="tile" data-testid="report-after-hours">
                <span class="tile-figure">{percent(volume.after_hours_share)}</span>
                <span class="tile-label">"started after hours"</span>
            </div>
            <div class="tile" data-testid="report-deflection">
                <span class="tile-figure">{percent(deflection.share)}</span>
                <span class="tile-label">
                    {format!(
                        "settled by instant answers ({} of {})",
                        deflection.deflected,
                        deflection.conversations,
                    )}
                </span>
            </div>
            <div class="tile" data-testid="report-survey-rating">
                <span class="tile-figure">{average}</span>
                <span class="tile-label">
                    {format!(
                        "survey rating ({} answers of {} sent, {} with problems, {} red flags)",
                        surveys.answered,
                        surveys.sent,
                        surveys.problems,
                        surveys.red_flags,
                    )}
                </span>
            </div>
        </div>
        <h2>"First response"</h2>
        <table class="report-table" data-testid="report-first-response">
            <ColumnHeads names=&[
                "Week of",
                "Team",
                "Conversations",
                "Answered",
                "Median",
                "90th percentile",
            ] />
            <tbody>
                {report
                    .first_response
                    .iter()
                    .map(|row| {
                        view! {
                            <tr data-testid="report-row" data-department=row.department.as_str()>
                                <td>{row.week_start.clone()}</td>
                                <td>{department_label(row.department)}</td>
                                <td>{row.conversations}</td>
                                <td>{row.answered}</td>
                                <td data-testid="report-median">{minutes(row.median_minutes)}</td>
                                <td>{minutes(row.p90_minutes)}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
        <ChannelTable rows=report.by_channel.clone() />
        <h2>"Triage corrections"</h2>
        <table class="report-table" data-testid="report-corrections">
            <ColumnHeads names=&[
                "Language",
                "Conversations",
                "Corrections",
                "Raised",
                "Lowered",
                "Team only",
                "Corrected",
            ] />
            <tbody>
                {std::iter::once(&report.corrections.total)
                    .chain(&report.corrections.by_language)
                    .map(|row| {
                        view! {
                            <tr data-testid="report-correction-row" data-language=row.language.clone()>
                                <td>{row.language.clone()}</td>
                                <td>{row.conversations}</td>
                                <td>{row.corrections}</td>
                                <td>{row.up}</td>
                                <td>{row.down}</td>
                                <td>{row.department_only}</td>
                                <td>{percent(row.corrected_share)}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
        <h2>"When patients write"</h2>
        <div class="report-charts">
            <ColumnChart
                title="By hour of day"
                values=volume.by_hour.clone()
                labels=(0..24).map(|h| format!("{h:02}")).collect()
                label_every=3
                testid="chart-hours"
            />
            <ColumnChart
                title="By weekday"
                values=volume.by_weekday.clone()
                labels=WEEKDAYS.iter().map(|d| (*d).to_owned()).collect()
                label_every=1
                testid="chart-weekdays"
            />
            <ColumnChart
                title="Survey ratings"
                values=surveys.ratings.clone()
                labels=(1..=5).map(|r| r.to_string()).collect()
                label_every=1
                testid="chart-ratings"
            />
        </div>
        <p class="report-note">
            {format!(
                "Counted in {}. Median and 90th percentile of minutes from the patient's first message to the first staff reply.",
                report.time_zone,
            )}
        </p>
    }
}

/// A coordinate as the browser writes a number (`Number.prototype.toString`, the same
/// shortest form as Rust's `Display`), so no float printing is linked into the wasm.
fn svg_number(value: f64) -> String {
    js_sys::Number::from(value)
        .to_string_with_radix(10)
        .map(String::from)
        .unwrap_or_default()
}

/// A column chart with a text alternative: every value is also in the title list.
#[component]
fn ColumnChart(
    title: &'static str,
    values: Vec<u32>,
    labels: Vec<String>,
    /// Label every n-th column, so a dense axis stays readable.
    label_every: usize,
    testid: &'static str,
) -> impl IntoView {
    const WIDTH: f64 = 480.0;
    const HEIGHT: f64 = 120.0;
    let description = labels
        .iter()
        .zip(&values)
        .map(|(label, value)| format!("{label}: {value}"))
        .collect::<Vec<_>>()
        .join(", ");
    let bars = columns(&values, WIDTH, HEIGHT, 2.0);
    view! {
        <figure class="chart" data-testid=testid>
            <figcaption>{title}</figcaption>
            <svg
                viewBox=format!("0 -4 {} {}", WIDTH as u32, HEIGHT as u32 + 22)
                role="img"
                aria-label=format!("{title}: {description}")
            >
                {bars
                    .into_iter()
                    .zip(values)
                    .zip(labels)
                    .enumerate()
                    .map(|(i, ((bar, value), label))| {
                        let show_label = i % label_every.max(1) == 0;
                        view! {
                            <rect
                                class="chart-bar"
                                x=svg_number(bar.x)
                                y=svg_number(bar.y)
                                width=svg_number(bar.width)
                                height=svg_number(bar.height)
                            >
                                <title>{format!("{label}: {value}")}</title>
                            </rect>
                            {show_label
                                .then(|| {
                                    view! {
                                        <text
                                            class="chart-label"
                                            x=svg_number(bar.x + bar.width / 2.0)
                                            y=HEIGHT as u32 + 16
                                        >
                                            {label.clone()}
                                        </text>
                                    }
                                })}
                        }
                    })
                    .collect_view()}
            </svg>
        </figure>
    }
}

/// Volume, first responses, triage and SLA per channel the patients wrote on.
#[component]
fn ChannelTable(rows: Vec<ChannelReportRow>) -> impl IntoView {
    view! {
        <h2>"By channel"</h2>
        <table class="report-table" data-testid="report-channels">
            <ColumnHeads names=&[
                "Channel",
                "Conversations",
                "Median first response",
                "90th percentile",
                "Emergency",
                "Urgent",
                "Routine",
                "SLA kept",
            ] />
            <tbody>
                {rows
                    .into_iter()
                    .map(|row| {
                        view! {
                            <tr data-testid="report-channel-row" data-channel=row.channel.as_str()>
                                <td>{channel_label(row.channel)}</td>
                                <td>{row.conversations}</td>
                                <td>{minutes(row.median_minutes)}</td>
                                <td>{minutes(row.p90_minutes)}</td>
                                <td>{row.emergency}</td>
                                <td>{row.urgent}</td>
                                <td>{row.routine}</td>
                                <td>{format!("{} / {}", row.sla_answered_in_time, row.sla_due)}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}

/// A report table's column heads.
#[component]
fn ColumnHeads(names: &'static [&'static str]) -> impl IntoView {
    view! {
        <thead>
            <tr>{names.iter().map(|name| view! { <th scope="col">{*name}</th> }).collect_view()}</tr>
        </thead>
    }
}
