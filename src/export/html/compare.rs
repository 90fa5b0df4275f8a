//! The comparison's page: what changed between two assessments of one person, the answer
//! first in the callout, then the charts and the tables.

use std::io;

use maud::{Markup, html};

use super::{HtmlRenderer, t, write_page_in, yes_no_in};
use crate::export::Renderer;
use crate::export::svg;
use crate::i18n::{self, tr};
use crate::progress::{Comparison, change_cell, rating_cell, threshold};
use crate::tr;

impl Renderer<Comparison> for HtmlRenderer {
    fn render(&self, c: &Comparison, out: &mut dyn io::Write) -> io::Result<()> {
        let lang = c.lang;
        let target = t(&c.target_title);
        let dots = c.skill_dots();
        let ladder = svg::ladder_pairs(
            lang,
            "readiness-then-now",
            &tr!(lang, "progress-chart-then-now"),
            &c.level_pairs(),
            c.thresholds.ready_readiness,
        );
        let body = html! {
            header {
                p.kicker { (tr!(lang, "progress-kicker")) }
                h1 { (t(&c.title_line())) }
                (dates(c))
            }
            section.headline aria-label=(tr!(lang, "progress-what-changed")) {
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
                h2 { (tr!(lang, "progress-at-a-glance")) }
                figure.chart-long {
                    (dots)
                    figcaption {
                        (tr!(lang, "progress-dots-caption", target = target.as_str())) " "
                        a href="#skills" { (tr!(lang, "progress-skills")) } "."
                    }
                }
                figure {
                    (ladder)
                    figcaption {
                        (tr!(lang, "progress-ladder-caption",
                            ready = threshold(lang, c.thresholds.ready_readiness),
                            gap = c.thresholds.blocking_gap)) " "
                        a href="#readiness" { (tr!(lang, "progress-col-readiness")) } "."
                    }
                }
            }
            (compare_tables(c))
        };
        let footer = html! {
            (tr!(lang, "progress-footer", rubric = t(&c.rubric.title), version = c.rubric.version))
        };
        write_page_in(out, lang, &t(&c.title_line()), body, footer)
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
    let lang = c.lang;
    let yes = |b: bool| yes_no_in(lang, b);
    let col = |id: &str| tr(lang, id, &[]);
    html! {
        section #skills {
            h2 { (col("progress-skills")) }
            table {
                thead { tr {
                    th scope="col" { (col("progress-col-skill")) }
                    th.num scope="col" { (col("progress-col-then")) }
                    th.num scope="col" { (col("progress-col-now")) }
                    th.num scope="col" { (col("progress-col-change")) }
                    th.num scope="col" { (col("progress-col-required")) }
                    th.num scope="col" { (col("progress-col-gap-then")) }
                    th.num scope="col" { (col("progress-col-gap-now")) }
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
            h2 { (col("progress-col-readiness")) }
            table {
                thead { tr {
                    th scope="col" { (col("progress-col-level")) }
                    th.num scope="col" { (col("progress-col-then")) }
                    th.num scope="col" { (col("progress-col-now")) }
                    th scope="col" { (col("progress-col-reached-then")) }
                    th scope="col" { (col("progress-col-reached-now")) }
                } }
                tbody {
                    @for l in &c.levels {
                        tr {
                            th scope="row" { (t(&l.title)) }
                            td.num { (i18n::percent(lang, l.old_readiness)) }
                            td.num { (i18n::percent(lang, l.new_readiness)) }
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
