//! The history's page: the answer in the callout, readiness per level over time as a line
//! chart, and the tables.

use std::io;

use maud::html;

use super::{HtmlRenderer, t, write_page};
use crate::export::Renderer;
use crate::export::svg::{self, Line};
use crate::progress::history::History;

impl Renderer<History> for HtmlRenderer {
    fn render(&self, h: &History, out: &mut dyn io::Write) -> io::Result<()> {
        let days: Vec<String> = h
            .assessments
            .iter()
            .map(|a| t(&History::day(a)))
            .collect();
        let lines: Vec<Line> = h
            .levels
            .iter()
            .enumerate()
            .map(|(l, level)| Line {
                title: t(&level.title),
                values: h.assessments.iter().map(|a| a.readiness[l]).collect(),
            })
            .collect();
        let chart = svg::lines(
            "readiness-over-time",
            "Readiness per level over time",
            &format!(
                "Line chart of readiness per level at each of {} assessments, oldest on the left, with the {}% that meets a level as a dashed line. The figures are in the table Readiness per level.",
                days.len(),
                h.ready_readiness
            ),
            &days,
            &lines,
            h.ready_readiness,
        );
        let target = t(&h.target_title);
        let body = html! {
            header {
                p.kicker { "Assessments over time" }
                h1 { (t(&h.title_line())) }
                ul.meta { @for line in h.summary_lines() { li { (t(&line)) } } }
            }
            section.headline aria-label="What changed" {
                @for (i, line) in h.summary.lines.iter().enumerate() {
                    @if i == 0 { p.answer { strong { (t(line)) } } } @else { p { (t(line)) } }
                }
            }
            section #charts {
                h2 { "At a glance" }
                figure {
                    (chart)
                    figcaption {
                        @if let Some(why) = past_the_line(h) { (why) " " }
                        "Figures: " a href="#readiness" { "Readiness per level" } "."
                    }
                }
            }
            section #assessments {
                h2 { "Assessments" }
                p { "Readiness is measured against " (target) "." }
                table.cards {
                    thead { tr {
                        th scope="col" { "Assessed on" } th scope="col" { "Best level" }
                        th.num scope="col" { "Readiness" } th scope="col" { "Ratings changed" }
                    } }
                    tbody {
                        @for a in &h.assessments {
                            tr {
                                th.nowrap scope="row" { (t(&History::day(a))) }
                                td data-label="Best level" { (t(a.best_title.as_deref().unwrap_or("none yet"))) }
                                td.num data-label="Readiness" { (format!("{:.1}%", a.target_readiness)) }
                                td.wide data-label="Ratings changed" { (t(&History::changes_text(a))) }
                            }
                        }
                    }
                }
            }
            section #readiness {
                h2 { "Readiness per level" }
                div.scroll { table {
                    thead { tr {
                        th scope="col" { "Level" }
                        @for day in &days { th.num scope="col" { (day) } }
                    } }
                    tbody {
                        @for (l, level) in h.levels.iter().enumerate() {
                            tr {
                                th scope="row" { (t(&level.title)) }
                                @for a in &h.assessments { td.num { (format!("{:.1}%", a.readiness[l])) } }
                            }
                        }
                    }
                } }
            }
        };
        let footer = html! {
            "Made by skillgap with the rubric " (t(&h.rubric.title)) ", version " (h.rubric.version)
            ". This page needs no network and no scripts; print it to keep it on paper or as a PDF."
        };
        write_page(out, &t(&h.title_line()), body, footer)
    }
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
        .map(|(l, level)| format!("{} ({:.1}%)", t(&level.title), last.readiness[l]))
        .collect();
    let list: Vec<&str> = past.iter().map(String::as_str).collect();
    (!past.is_empty()).then(|| {
        format!(
            "At the latest assessment, {} {} past the {}% line but not reached: a level is held back by a gap large enough to block it or by a defining skill short of it; that assessment's own report names which.",
            svg::names(&list, 8),
            if past.len() == 1 { "is" } else { "are" },
            h.ready_readiness
        )
    })
}
