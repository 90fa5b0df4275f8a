//! The team's page: a heatmap of where the team falls short (or, by group, how each line or
//! shift covers each skill), the ladder, the training plan, and the skills-matrix sections
//! (coverage, certificates, who trains whom, the matrix).

use std::io;

use maud::{Markup, html};

use super::{HtmlRenderer, t, write_page};
use crate::export::Renderer;
use crate::coverage::Status;
use crate::export::svg::{self, Bar, HeatCell, HeatColumn, HeatLegend};
use crate::team::TeamSummary;
use crate::team::coverage::SkillCoverage;
use crate::team::matrix::TeamMatrix;
use crate::team::sections::Section;

/// The most groups the heatmap shows (the worst first); the tables list them all.
const HEAT_GROUPS: usize = 12;

/// The heatmap's columns, in the order of `t.skills`: without groups, the whole team with
/// the share of members short in every skill; by group (`--by-group`), the coverage status
/// of every skill for the whole team and for each group, worst groups first.
fn heat_columns(tm: &TeamSummary) -> (Vec<HeatColumn>, HeatLegend) {
    if tm.groups.is_empty() {
        let col = HeatColumn {
            title: format!("Whole team ({})", tm.members_scored),
            cells: tm
                .skills
                .iter()
                .map(|s| HeatCell::share(s.short_percent))
                .collect(),
        };
        return (vec![col], HeatLegend::shares());
    }
    let column = |title: String, coverage: &[SkillCoverage]| HeatColumn {
        title,
        cells: tm
            .skills
            .iter()
            .map(|s| {
                let status = coverage
                    .iter()
                    .find(|c| c.id == s.id)
                    .map_or(Status::None, |c| c.status);
                HeatCell {
                    step: coverage_step(status),
                    text: status.as_str().to_string(),
                }
            })
            .collect(),
    };
    let mut cols = vec![column(
        format!("Whole team ({})", tm.members_scored),
        &tm.coverage,
    )];
    cols.extend(
        tm.groups
            .iter()
            .take(HEAT_GROUPS)
            .map(|g| column(format!("{} ({})", t(g.title()), g.members), &g.coverage)),
    );
    let legend = HeatLegend {
        title: "coverage:",
        steps: [Status::Ok, Status::Low, Status::Single, Status::None]
            .into_iter()
            .map(|s| (coverage_step(s), s.as_str().to_string()))
            .collect(),
    };
    (cols, legend)
}

/// The shade of a coverage status: darker is worse.
fn coverage_step(s: Status) -> usize {
    match s {
        Status::Ok => 0,
        Status::Low => 2,
        Status::Single => 3,
        Status::None => 4,
    }
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
        let (columns, legend) = heat_columns(tm);
        let heat = if tm.groups.is_empty() {
            svg::heatmap(
                "heatmap",
                "Share of members short in each skill",
                &format!(
                    "Heatmap of {} skills, most urgent for the team first: the share of members whose rating is below what their target level requires, darker for more. The figures are in the table Skills, most urgent for the team first.",
                    rows.len()
                ),
                &rows,
                &columns,
                &legend,
            )
        } else {
            svg::heatmap(
                "heatmap",
                "Coverage of each skill, by group",
                &format!(
                    "Heatmap of {} skills, most urgent for the team first, for the whole team and the {} worst covered of {} groups: each cell says whether the skill is covered (ok), below the minimum (low), depends on one person (single) or on nobody (none), darker for worse. The figures are in the tables Coverage and Coverage by group.",
                    rows.len(),
                    tm.groups.len().min(HEAT_GROUPS),
                    tm.groups.len()
                ),
                &rows,
                &columns,
                &legend,
            )
        };
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
            @for s in tm.sections() { (section(&s)) }
        };
        let footer = html! {
            "Made by skillgap with the rubric " (t(&tm.rubric.title)) ", version " (tm.rubric.version)
            ". This page needs no network and no scripts; print it to keep it on paper or as a PDF."
        };
        write_page(out, &t(&tm.title_line()), body, footer)
    }
}

impl Renderer<TeamMatrix> for HtmlRenderer {
    fn render(&self, m: &TeamMatrix, out: &mut dyn io::Write) -> io::Result<()> {
        let body = html! {
            header { h1 { (t(&m.title_line())) } }
            (section(&m.section()))
        };
        let footer = html! { "Made by skillgap. This page needs no network and no scripts." };
        write_page(out, &t(&m.title_line()), body, footer)
    }
}

/// A section of the skills matrix: heading, lines, a table, more lines.
fn section(s: &Section) -> Markup {
    html! {
        section id=(s.id) {
            h2 { (t(&s.heading)) }
            @if !s.lines.is_empty() {
                ul { @for line in &s.lines { li { (t(line)) } } }
            }
            @if !s.header.is_empty() {
                table {
                    thead { tr {
                        @for (h, &num) in s.header.iter().zip(&s.numeric) {
                            @if num { th.num scope="col" { (t(h)) } } @else { th scope="col" { (t(h)) } }
                        }
                    } }
                    tbody {
                        @for row in &s.rows {
                            tr {
                                @for (c, &num) in row.iter().zip(&s.numeric) {
                                    @if num { td.num { (t(c)) } } @else { td { (t(c)) } }
                                }
                            }
                        }
                    }
                }
            }
            @if !s.after.is_empty() {
                ul { @for line in &s.after { li { (t(line)) } } }
            }
        }
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
