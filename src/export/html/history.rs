//! The history's page: the answer in the callout, readiness per level over time as a line
//! chart, and the tables.

use std::io;

use maud::html;

use super::{HtmlRenderer, t, write_page_in};
use crate::export::Renderer;
use crate::export::svg::{self, Line};
use crate::i18n;
use crate::progress::history::History;
use crate::progress::threshold;
use crate::tr;

impl Renderer<History> for HtmlRenderer {
    fn render(&self, h: &History, out: &mut dyn io::Write) -> io::Result<()> {
        let lang = h.lang;
        let days: Vec<String> = h.assessments.iter().map(|a| t(&h.day(a))).collect();
        let chart = chart(h, &days);
        let target = t(&h.target_title);
        let per_level = tr!(lang, "progress-readiness-per-level");
        let best_col = (
            tr!(lang, "progress-col-assessed-on"),
            tr!(lang, "progress-col-best-level"),
            tr!(lang, "progress-col-readiness"),
            tr!(lang, "progress-col-ratings-changed"),
        );
        let body = html! {
            header {
                p.kicker { (tr!(lang, "progress-history-kicker")) }
                h1 { (t(&h.title_line())) }
                ul.meta { @for line in h.summary_lines() { li { (t(&line)) } } }
            }
            section.headline aria-label=(tr!(lang, "progress-what-changed")) {
                @for (i, line) in h.summary.lines.iter().enumerate() {
                    @if i == 0 { p.answer { strong { (t(line)) } } } @else { p { (t(line)) } }
                }
            }
            section #charts {
                h2 { (tr!(lang, "progress-at-a-glance")) }
                figure {
                    (chart)
                    figcaption {
                        @if let Some(why) = past_the_line(h) { (why) " " }
                        (tr!(lang, "progress-figures")) " "
                        a href="#readiness" { (per_level) } "."
                    }
                }
            }
            section #assessments {
                h2 { (tr!(lang, "progress-assessments")) }
                p { (tr!(lang, "progress-measured-against", target = target.as_str())) }
                table.cards {
                    thead { tr {
                        th scope="col" { (best_col.0) } th scope="col" { (best_col.1) }
                        th.num scope="col" { (best_col.2) } th scope="col" { (best_col.3) }
                    } }
                    tbody {
                        @for a in &h.assessments {
                            tr {
                                th.nowrap scope="row" { (t(&h.day(a))) }
                                td data-label=(best_col.1) { (t(&h.best_title(a))) }
                                td.num data-label=(best_col.2) { (i18n::percent(lang, a.target_readiness)) }
                                td.wide data-label=(best_col.3) { (t(&h.changes_text(a))) }
                            }
                        }
                    }
                }
            }
            section #readiness {
                h2 { (per_level) }
                div.scroll { table {
                    thead { tr {
                        th scope="col" { (tr!(lang, "progress-col-level")) }
                        @for day in &days { th.num scope="col" { (day) } }
                    } }
                    tbody {
                        @for (l, level) in h.levels.iter().enumerate() {
                            tr {
                                th scope="row" { (t(&level.title)) }
                                @for a in &h.assessments { td.num { (i18n::percent(lang, a.readiness[l])) } }
                            }
                        }
                    }
                } }
            }
        };
        let footer = html! {
            (tr!(lang, "progress-footer", rubric = t(&h.rubric.title), version = h.rubric.version))
        };
        write_page_in(out, h.lang, &t(&h.title_line()), body, footer)
    }
}

/// Readiness per level at each assessment, as a line chart.
fn chart(h: &History, days: &[String]) -> maud::Markup {
    let lang = h.lang;
        let lines: Vec<Line> = h
            .levels
            .iter()
            .enumerate()
            .map(|(l, level)| Line {
                title: t(&level.title),
                values: h.assessments.iter().map(|a| a.readiness[l]).collect(),
            })
            .collect();
        let ready = threshold(lang, h.ready_readiness);
        svg::lines(
            "readiness-over-time",
            (
                &tr!(lang, "progress-chart-over-time"),
                &tr!(
                    lang,
                    "progress-chart-over-time-text",
                    count = days.len(),
                    ready = ready.as_str()
                ),
            ),
            days,
            &lines,
            h.ready_readiness,
            &tr!(lang, "progress-chart-dashed", ready = ready.as_str()),
        )
}

/// The levels past the line but not reached at the latest assessment, and why a level can
/// be: the history keeps readiness, not the gaps, so it says what may hold them back.
fn past_the_line(h: &History) -> Option<String> {
    let last = h.assessments.last()?;
    let best = last
        .best_level
        .as_ref()
        .and_then(|b| h.levels.iter().position(|l| &l.id == b));
    let past: Vec<String> = h
        .levels
        .iter()
        .enumerate()
        .filter(|&(l, _)| last.readiness[l] >= h.ready_readiness && best.is_none_or(|b| l > b))
        .map(|(l, level)| {
            format!(
                "{} ({})",
                t(&level.title),
                i18n::percent(h.lang, last.readiness[l])
            )
        })
        .collect();
    let list: Vec<&str> = past.iter().map(String::as_str).collect();
    (!past.is_empty()).then(|| {
        tr!(
            h.lang,
            "progress-past-the-line",
            count = past.len(),
            levels = crate::export::words::names(h.lang, &list, 8),
            ready = threshold(h.lang, h.ready_readiness)
        )
    })
}
