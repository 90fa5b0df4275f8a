//! The comparison's page: what changed between two assessments of one person, the answer
//! first in the callout, then the charts and the tables.

use std::io;

use maud::{Markup, html};

use super::{HtmlRenderer, t, write_page, yes_no};
use crate::export::Renderer;
use crate::export::svg;
use crate::progress::{Comparison, change_cell, rating_cell};

impl Renderer<Comparison> for HtmlRenderer {
    fn render(&self, c: &Comparison, out: &mut dyn io::Write) -> io::Result<()> {
        let target = t(&c.target_title);
        let dots = c.skill_dots();
        let ladder = svg::ladder_pairs(
            "readiness-then-now",
            "Readiness per level then and now",
            &c.level_pairs(),
            c.thresholds.ready_readiness,
        );
        let body = html! {
            header {
                p.kicker { "Progress report" }
                h1 { (t(&c.title_line())) }
                (dates(c))
            }
            section.headline aria-label="What changed" {
                @for (i, line) in c.summary.lines.iter().enumerate() {
                    @if i == 0 { p.answer { strong { (t(line)) } } } @else { p { (t(line)) } }
                }
            }
            // The rubric, its notes and the target after the answer: a note may be long, and
            // the answer stays on a phone's first screen.
            ul.meta {
                @for line in c.summary_lines().iter().skip(c.date_lines().len()) { li { (t(line)) } }
            }
            section #charts {
                h2 { "At a glance" }
                figure.chart-long {
                    (dots)
                    figcaption { "Measured against " (target) ". Figures: " a href="#skills" { "Skills" } "." }
                }
                figure {
                    (ladder)
                    figcaption {
                        (format!("The dashed line is the {}% readiness that meets a level; a gap of {} or more, or a defining skill short of it, still holds a level back. Figures: ",
                            c.thresholds.ready_readiness, c.thresholds.blocking_gap))
                        a href="#readiness" { "Readiness" } "."
                    }
                }
            }
            (compare_tables(c))
        };
        let footer = html! {
            "Made by skillgap with the rubric " (t(&c.rubric.title)) ", version " (c.rubric.version)
            ". This page needs no network and no scripts; print it to keep it on paper or as a PDF."
        };
        write_page(out, &t(&c.title_line()), body, footer)
    }
}

/// The header's days: each side's day first and its file smaller.
fn dates(c: &Comparison) -> Markup {
    html! {
        ul.meta {
            @for (label, day, source) in &c.date_lines() {
                li { (label) ": " strong { (t(day)) } small { ", " (t(source)) } }
            }
        }
    }
}

/// The tables: every skill then and now, and readiness then and now.
fn compare_tables(c: &Comparison) -> Markup {
    let yes = |b: bool| yes_no(b);
    html! {
        section #skills {
            h2 { "Skills" }
            table {
                thead { tr {
                    th scope="col" { "Skill" } th.num scope="col" { "Then" } th.num scope="col" { "Now" }
                    th.num scope="col" { "Change" } th.num scope="col" { "Required" }
                    th.num scope="col" { "Gap then" } th.num scope="col" { "Gap now" }
                } }
                tbody {
                    @for s in &c.skills {
                        tr {
                            th scope="row" { (t(&s.name)) }
                            td.num { (rating_cell(s.old)) }
                            td.num { (rating_cell(s.new)) }
                            td.num {
                                @if s.change > 0 { span.yes { (change_cell(s.change)) } }
                                @else if s.change < 0 { span.block { (change_cell(s.change)) } }
                                @else { (change_cell(s.change)) }
                            }
                            td.num { (s.required) }
                            td.num { (s.old_gap) }
                            td.num { (s.new_gap) }
                        }
                    }
                }
            }
        }
        section #readiness {
            h2 { "Readiness" }
            table {
                thead { tr {
                    th scope="col" { "Level" } th.num scope="col" { "Then" } th.num scope="col" { "Now" }
                    th scope="col" { "Reached then" } th scope="col" { "Reached now" }
                } }
                tbody {
                    @for l in &c.levels {
                        tr {
                            th scope="row" { (t(&l.title)) }
                            td.num { (format!("{:.1}%", l.old_readiness)) }
                            td.num { (format!("{:.1}%", l.new_readiness)) }
                            td { (yes(l.old_reached)) }
                            td { (yes(l.new_reached)) }
                        }
                    }
                }
            }
            ul { @for line in c.change_lines() { li { (t(&line)) } } }
        }
    }
}
