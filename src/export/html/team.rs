//! The team's page, read at a shift meeting and on a phone: the heading (`--title`,
//! `--site`, the day the figures stand on), a callout naming the single points of failure
//! and the skills nobody covers, a heatmap (of the share of members short in each skill or,
//! by group, a table of each skill's coverage in every group), the ladder, the training
//! plan, and the skills-matrix sections (coverage, certificates, who trains whom, the
//! matrix). Long lists are summarised on the page and named where they are in full.

mod callout;
mod heat;
mod pairs;

use std::io;

use maud::{Markup, html};

use super::{HtmlRenderer, t, write_page};
use crate::export::Renderer;
use crate::export::svg::{self, Bar, HeatCell, HeatColumn, HeatLegend};
use crate::team::TeamSummary;
use crate::team::matrix::TeamMatrix;
use crate::team::sections::Section;

/// The heatmap without groups: the share of members short in each skill, most urgent for
/// the team first, critical skills marked ◆ (the caption says so).
fn share_heatmap(tm: &TeamSummary) -> Markup {
    let critical = |id: &str| tm.coverage.iter().any(|c| c.id == id && c.critical);
    let rows: Vec<String> = tm
        .skills
        .iter()
        .map(|s| {
            if critical(&s.id) {
                format!("◆ {}", t(&s.name))
            } else {
                t(&s.name)
            }
        })
        .collect();
    let column = HeatColumn {
        title: format!("Whole team ({})", tm.members_scored),
        cells: tm
            .skills
            .iter()
            .map(|s| HeatCell::share(s.short_percent))
            .collect(),
    };
    let chart = svg::heatmap(
        "heatmap",
        "Share of members short in each skill",
        &format!(
            "Heatmap of {} skills, most urgent for the team first: the share of members whose rating is below what their target level requires, darker for more; critical skills are marked with a diamond. The figures are in the table Skills, most urgent for the team first.",
            rows.len()
        ),
        &rows,
        &[column],
        &HeatLegend::shares(),
    );
    html! {
        figure.wide {
            div.scroll { (chart) }
            figcaption {
                @if tm.coverage.iter().any(|c| c.critical) { "◆ marks a critical skill. " }
                "Figures: " a href="#skills" { "Skills, most urgent for the team first" } "."
            }
        }
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
        let place = tm.place_line();
        let body = html! {
            header {
                p.kicker { "Team summary" }
                h1 { (t(&tm.title_line())) }
                @if !place.is_empty() { p.place { (t(&place)) } }
                p.meta { (t(&tm.counts_line())) }
            }
            (callout::callout(tm))
            section #charts {
                h2 { "At a glance" }
                @if tm.groups.is_empty() { (share_heatmap(tm)) } @else { (heat::heatmap(tm)) }
                // The ladder's table below holds the same figures: on paper and on a phone,
                // where the chart's text would be too small, the table is enough.
                figure.screen-only.not-narrow {
                    (best_levels(tm))
                    figcaption { "Figures: " a href="#ladder" { "The ladder" } "." }
                }
            }
            (team_tables(tm))
            @for s in tm.sections() { (team_section(tm, &s)) }
        };
        let footer = html! {
            "Made by skillgap with the rubric " (t(&tm.rubric.title)) ", version " (tm.rubric.version) "."
            span.screen-only { " This page needs no network and no scripts; print it to keep it on paper or as a PDF." }
        };
        write_page(out, &t(&tm.title_line()), body, footer)
    }
}

/// The bar chart of members per best level.
fn best_levels(tm: &TeamSummary) -> Markup {
    let scored = tm.members_scored;
    let mut bars = vec![Bar {
        label: "No level reached yet".into(),
        value: tm.members_without_level,
        text: format!(
            "{} ({:.1}%)",
            tm.members_without_level,
            share(tm.members_without_level, scored)
        ),
    }];
    bars.extend(tm.levels.iter().map(|l| Bar {
        label: t(&l.title),
        value: l.best_count,
        text: format!("{} ({:.1}%)", l.best_count, share(l.best_count, scored)),
    }));
    svg::bars(
        "best-levels",
        "Best level reached, members per level",
        "Bar chart of how many members have each level as their best level reached, and how many have reached none. The figures are in the table The ladder.",
        &bars,
    )
}

/// A skills-matrix section, laid out for this page: the pairs by trainer, the learners
/// without a trainer per skill, and without the coverage table when the heatmap shows it.
fn team_section(tm: &TeamSummary, s: &Section) -> Markup {
    match (s.id, &tm.pairs) {
        ("pairs", Some(p)) => pairs::pairs_section(tm, p, s),
        ("unpaired", Some(p)) => pairs::unpaired_section(tm, p),
        // The heatmap shows the whole team's coverage and its legend the rule: on paper,
        // this section would say it again.
        ("coverage", _) if !tm.groups.is_empty() => {
            let mut s = s.clone();
            s.header.clear();
            s.after.push(
                "Each skill's counts and status for the whole team are in the heatmap above.".into(),
            );
            html! { div.screen-only { (section(&s)) } }
        }
        // Every group is in the heatmap: on paper this section would say it all again.
        ("groups", _) if tm.groups.len() <= heat::HEAT_GROUPS => {
            html! { div.screen-only { (section(s)) } }
        }
        _ => section(s),
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

/// A section of the skills matrix: heading, lines, a table, more lines. On a narrow
/// screen the table becomes one card per row, each value labelled with its column; the
/// matrix, one column per skill, scrolls sideways in its own box instead.
fn section(s: &Section) -> Markup {
    let wide = s.id == "matrix";
    let table = html! {
        table.cards[!wide] {
            thead { tr {
                @for (h, &num) in s.header.iter().zip(&s.numeric) {
                    @if num { th.num scope="col" { (t(h)) } } @else { th scope="col" { (t(h)) } }
                }
            } }
            tbody {
                @for row in &s.rows {
                    tr {
                        @for (i, ((c, &num), h)) in row.iter().zip(&s.numeric).zip(&s.header).enumerate() {
                            @if i == 0 { th scope="row" { (t(c)) } }
                            @else if num { td.num data-label=(t(h)) { (t(c)) } }
                            @else { td data-label=(t(h)) { (t(c)) } }
                        }
                    }
                }
            }
        }
    };
    html! {
        section id=(s.id) {
            h2 { (t(&s.heading)) }
            @if !s.lines.is_empty() {
                ul { @for line in &s.lines { li { (t(line)) } } }
            }
            @if !s.header.is_empty() {
                @if wide { div.scroll { (table) } } @else { (table) }
            }
            @if !s.after.is_empty() {
                ul { @for line in &s.after { li { (t(line)) } } }
            }
        }
    }
}

/// The tables: skills most urgent for the team, the ladder, and the training plan.
fn team_tables(tm: &TeamSummary) -> Markup {
    // By group, the heatmap carries each skill's share short: on paper, that is enough.
    let by_group = !tm.groups.is_empty();
    html! {
        section #skills .screen-only[by_group] {
            h2 { "Skills, most urgent for the team first" }
            table.cards {
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
                            td.num data-label="Short" { (s.short_count) }
                            td.num data-label="Short %" { (format!("{:.1}%", s.short_percent)) }
                            td.num data-label="Mean gap" { (format!("{:.2}", s.mean_gap)) }
                            td.num data-label="Team priority" { (s.priority) }
                            @if tm.has_reviews() {
                                td.num data-label="Reviewed" { (s.reviewed_count) }
                                td.num data-label="Self − review" { (TeamSummary::perception_cell(s)) }
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
            table.cards {
                thead { tr {
                    th scope="col" { "Level" } th.num scope="col" { "Reached" }
                    th.num scope="col" { "Best level of" } th.num scope="col" { "Aiming at" }
                } }
                tbody {
                    @for l in &tm.levels {
                        tr {
                            th scope="row" { (t(&l.title)) }
                            td.num data-label="Reached" { (l.reached_count) }
                            td.num data-label="Best level of" { (l.best_count) }
                            td.num data-label="Aiming at" { (l.target_count) }
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
