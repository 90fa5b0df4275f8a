//! The team's page: a heatmap of where the team falls short, the ladder, and the training
//! plan.

use std::io;

use maud::{Markup, html};

use super::{HtmlRenderer, t, write_page};
use crate::export::Renderer;
use crate::export::svg::{self, Bar, HeatColumn};
use crate::team::TeamSummary;

/// The heatmap's columns: one per group of members, each with the share of the group short
/// in every skill, in the order of `t.skills`.
///
/// Teams have no groups yet (shifts, lines, sites), so today the whole team is the one
/// column. When [`TeamSummary`] carries groups, return one column per group here (and, once
/// the coverage matrix exists, its coverage status instead of the share short).
fn heat_columns(t: &TeamSummary) -> Vec<HeatColumn> {
    vec![HeatColumn {
        title: format!("Whole team ({})", t.members_scored),
        shares: t.skills.iter().map(|s| s.short_percent).collect(),
    }]
}

fn share(count: u64, of: u64) -> f64 {
    if of == 0 {
        0.0
    } else {
        100.0 * count as f64 / of as f64
    }
}

impl Renderer<TeamSummary> for HtmlRenderer {
    fn render(&self, tm: &TeamSummary, out: &mut dyn io::Write) -> io::Result<()> {
        let rows: Vec<String> = tm.skills.iter().map(|s| t(&s.name)).collect();
        let heat = svg::heatmap(
            "heatmap",
            "Share of members short in each skill",
            &format!(
                "Heatmap of {} skills, most urgent for the team first: the share of members whose rating is below what their target level requires, darker for more. The figures are in the table Skills, most urgent for the team first.",
                rows.len()
            ),
            &rows,
            &heat_columns(tm),
        );
        let scored = tm.members_scored;
        let mut best_bars = vec![Bar {
            label: "No level reached yet".into(),
            value: tm.members_without_level,
            text: format!(
                "{} ({:.1}%)",
                tm.members_without_level,
                share(tm.members_without_level, scored)
            ),
        }];
        best_bars.extend(tm.levels.iter().map(|l| Bar {
            label: t(&l.title),
            value: l.best_count,
            text: format!("{} ({:.1}%)", l.best_count, share(l.best_count, scored)),
        }));
        let bars = svg::bars(
            "best-levels",
            "Best level reached, members per level",
            "Bar chart of how many members have each level as their best level reached, and how many have reached none. The figures are in the table The ladder.",
            &best_bars,
        );
        let most_short: Vec<_> = tm
            .skills
            .iter()
            .filter(|s| s.short_count > 0)
            .take(3)
            .collect();
        let body = html! {
            header {
                p.kicker { "Team summary" }
                h1 { (t(&tm.rubric.title)) }
                p.meta { (t(&tm.title_line())) " · " (t(&tm.counts_line())) }
            }
            section.headline aria-label="Where the team stands" {
                @if most_short.is_empty() {
                    p.answer { "No member is short of their target in any skill." }
                } @else {
                    p.answer {
                        "Most urgent for the team: "
                        @for (i, s) in most_short.iter().enumerate() {
                            @if i > 0 { ", " }
                            strong { (t(&s.name)) }
                            (format!(" ({:.1}% short)", s.short_percent))
                        }
                    }
                }
                p { (format!("{} of {} members have reached no level yet.", tm.members_without_level, scored)) }
            }
            section #charts {
                h2 { "At a glance" }
                figure {
                    (heat)
                    figcaption { "Figures: " a href="#skills" { "Skills, most urgent for the team first" } "." }
                }
                figure {
                    (bars)
                    figcaption { "Figures: " a href="#ladder" { "The ladder" } "." }
                }
            }
            (team_tables(tm))
        };
        let footer = html! {
            "Made by skillgap with the rubric " (t(&tm.rubric.title)) ", version " (tm.rubric.version)
            ". This page needs no network and no scripts; print it to keep it on paper or as a PDF."
        };
        write_page(out, &t(&tm.title_line()), body, footer)
    }
}

/// The tables: skills most urgent for the team, the ladder, and the training plan.
fn team_tables(tm: &TeamSummary) -> Markup {
    html! {
        section #skills {
            h2 { "Skills, most urgent for the team first" }
            table {
                thead { tr {
                    th scope="col" { "Skill" } th.num scope="col" { "Short" }
                    th.num scope="col" { "Short %" } th.num scope="col" { "Mean gap" }
                    th.num scope="col" { "Team priority" }
                    @if tm.has_reviews() {
                        th.num scope="col" { "Reviewed" } th.num scope="col" { "Self − review" }
                    }
                } }
                tbody {
                    @for s in &tm.skills {
                        tr {
                            th scope="row" { (t(&s.name)) }
                            td.num { (s.short_count) }
                            td.num { (format!("{:.1}%", s.short_percent)) }
                            td.num { (format!("{:.2}", s.mean_gap)) }
                            td.num { (s.priority) }
                            @if tm.has_reviews() {
                                td.num { (s.reviewed_count) }
                                td.num { (TeamSummary::perception_cell(s)) }
                            }
                        }
                    }
                }
            }
            @if tm.has_reviews() {
                p.meta { (tm.review_legend()) }
            }
        }
        section #ladder {
            h2 { "The ladder" }
            table {
                thead { tr {
                    th scope="col" { "Level" } th.num scope="col" { "Reached" }
                    th.num scope="col" { "Best level of" } th.num scope="col" { "Aiming at" }
                } }
                tbody {
                    @for l in &tm.levels {
                        tr {
                            th scope="row" { (t(&l.title)) }
                            td.num { (l.reached_count) }
                            td.num { (l.best_count) }
                            td.num { (l.target_count) }
                        }
                    }
                }
            }
            p { "No level reached yet: " (tm.members_without_level) }
        }
        section #training {
            h2 { "Training plan" }
            @if tm.certifications.is_empty() {
                p { "Nothing to fund: no certification covers a team gap." }
            } @else {
                ol.plan {
                    @for c in &tm.certifications {
                        li {
                            strong { (t(&c.name)) }
                            ul { @for line in tm.cert_lines(c) { li { (t(&line)) } } }
                        }
                    }
                }
            }
        }
    }
}
