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

use super::{HtmlRenderer, t, write_page_in};
use crate::export::Renderer;
use crate::export::svg::{self, Bar, HeatCell, HeatColumn, HeatLegend};
use crate::team::TeamSummary;
use crate::team::summary::{count, fixed, percent};
use crate::tr;
use crate::team::matrix::TeamMatrix;
use crate::team::sections::Section;

/// The heatmap without groups: the share of members short in each skill, most urgent for
/// the team first, critical skills marked ◆ (the caption says so).
fn share_heatmap(tm: &TeamSummary) -> Markup {
    let lang = tm.lang;
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
        title: tr!(
            lang,
            "team-heat-whole-team",
            n = count(lang, tm.members_scored)
        ),
        cells: tm
            .skills
            .iter()
            .map(|s| HeatCell {
                text: percent(lang, s.short_percent),
                ..HeatCell::share(s.short_percent)
            })
            .collect(),
    };
    let mut legend = HeatLegend::shares();
    legend.title = tr!(lang, "team-heat-legend");
    let chart = svg::heatmap(
        "heatmap",
        &tr!(lang, "team-heat-title"),
        &tr!(
            lang,
            "team-heat-desc",
            n = count(lang, rows.len() as u64),
            count = rows.len()
        ),
        &rows,
        &[column],
        &legend,
    );
    html! {
        figure.wide {
            div.scroll { (chart) }
            figcaption {
                @if tm.coverage.iter().any(|c| c.critical) { (tr!(lang, "team-critical-mark")) " " }
                (tr!(lang, "team-figures")) " " a href="#skills" { (tr!(lang, "team-skills-heading")) } "."
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
        let lang = tm.lang;
        let place = tm.place_line();
        let body = html! {
            header {
                p.kicker { (tr!(lang, "team-kicker")) }
                h1 { (t(&tm.title_line())) }
                @if !place.is_empty() { p.place { (t(&place)) } }
                p.meta { (t(&tm.counts_line())) }
            }
            (callout::callout(tm))
            section #charts {
                h2 { (tr!(lang, "team-at-a-glance")) }
                @if tm.groups.is_empty() { (share_heatmap(tm)) } @else { (heat::heatmap(tm)) }
                // The ladder's table below holds the same figures: on paper and on a phone,
                // where the chart's text would be too small, the table is enough.
                figure.screen-only.not-narrow {
                    (best_levels(tm))
                    figcaption {
                        (tr!(lang, "team-figures")) " "
                        a href="#ladder" { (tr!(lang, "team-ladder-heading")) } "."
                    }
                }
            }
            (team_tables(tm))
            @for s in tm.sections() { (team_section(tm, &s)) }
        };
        let footer = html! {
            (tr!(lang, "team-footer", rubric = t(&tm.rubric.title), version = tm.rubric.version.to_string()))
            span.screen-only { " " (tr!(lang, "team-footer-offline")) }
        };
        write_page_in(out, tm.lang, &t(&tm.title_line()), body, footer)
    }
}

/// The bar chart of members per best level.
fn best_levels(tm: &TeamSummary) -> Markup {
    let lang = tm.lang;
    let scored = tm.members_scored;
    let text = |n: u64| format!("{} ({})", count(lang, n), percent(lang, share(n, scored)));
    let mut bars = vec![Bar {
        label: tr!(lang, "team-bars-none"),
        value: tm.members_without_level,
        text: text(tm.members_without_level),
    }];
    bars.extend(tm.levels.iter().map(|l| Bar {
        label: t(&l.title),
        value: l.best_count,
        text: text(l.best_count),
    }));
    svg::bars(
        "best-levels",
        &tr!(lang, "team-bars-title"),
        &tr!(lang, "team-bars-desc"),
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
            s.after.push(tr!(tm.lang, "team-coverage-in-heatmap"));
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
        let footer = html! { (tr!(m.lang, "team-matrix-footer")) };
        write_page_in(out, m.lang, &t(&m.title_line()), body, footer)
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
    let lang = tm.lang;
    let [short, short_pc, mean_gap, priority, reviewed, self_review] = [
        tr!(lang, "team-col-short"),
        tr!(lang, "team-col-short-percent"),
        tr!(lang, "team-col-mean-gap"),
        tr!(lang, "team-col-team-priority"),
        tr!(lang, "team-col-reviewed"),
        tr!(lang, "team-col-self-review"),
    ];
    let [reached, best_of, aiming] = [
        tr!(lang, "team-col-reached"),
        tr!(lang, "team-col-best-of"),
        tr!(lang, "team-col-aiming"),
    ];
    html! {
        section #skills .screen-only[by_group] {
            h2 { (tr!(lang, "team-skills-heading")) }
            table.cards {
                thead { tr {
                    th scope="col" { (tr!(lang, "team-col-skill")) } th.num scope="col" { (short) }
                    th.num scope="col" { (short_pc) } th.num scope="col" { (mean_gap) }
                    th.num scope="col" { (priority) }
                    @if tm.has_reviews() {
                        th.num scope="col" { (reviewed) } th.num scope="col" { (self_review) }
                    }
                } }
                tbody {
                    @for s in &tm.skills {
                        tr {
                            th scope="row" { (t(&s.name)) }
                            td.num data-label=(short) { (count(lang, s.short_count)) }
                            td.num data-label=(short_pc) { (percent(lang, s.short_percent)) }
                            td.num data-label=(mean_gap) { (fixed(lang, s.mean_gap, 2)) }
                            td.num data-label=(priority) { (count(lang, s.priority)) }
                            @if tm.has_reviews() {
                                td.num data-label=(reviewed) { (count(lang, s.reviewed_count)) }
                                td.num data-label=(self_review) { (tm.perception_cell(s)) }
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
            h2 { (tr!(lang, "team-ladder-heading")) }
            table.cards {
                thead { tr {
                    th scope="col" { (tr!(lang, "team-col-level")) } th.num scope="col" { (reached) }
                    th.num scope="col" { (best_of) } th.num scope="col" { (aiming) }
                } }
                tbody {
                    @for l in &tm.levels {
                        tr {
                            th scope="row" { (t(&l.title)) }
                            td.num data-label=(reached) { (count(lang, l.reached_count)) }
                            td.num data-label=(best_of) { (count(lang, l.best_count)) }
                            td.num data-label=(aiming) { (count(lang, l.target_count)) }
                        }
                    }
                }
            }
            p { (tr!(lang, "team-no-level", n = count(lang, tm.members_without_level))) }
        }
        section #training {
            h2 { (tr!(lang, "team-training-heading")) }
            @if tm.certifications.is_empty() {
                p { (tr!(lang, "team-nothing-to-fund")) }
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
