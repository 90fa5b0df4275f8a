//! The HTML report: one self-contained page with charts, for taking to a supervisor,
//! presenting a team's gaps, or printing to PDF.
//!
//! Self-contained means inline CSS and inline SVG, no JavaScript, and no reference to any
//! other host: the page reads the same from a file, an email attachment or a printout, and a
//! Content-Security-Policy forbids the browser to fetch anything even if a reference slipped
//! in. It says everything the Markdown report says, in the same order, with the charts first.
//!
//! The page is written with `maud`, whose templates escape every value by default, so a name
//! such as `<script>` is shown as text; only the stylesheet, a constant, is inserted as it is.
//! Text from files is also passed through [`terminal_safe_lines`] first, so control
//! characters are shown as `\u{1b}` as in the terminal report (and cannot make the SVG
//! ill-formed XML). The charts are in [`super::svg`].

use std::io;

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::svg::{self, Axis, Bar, Change, HeatColumn, LevelPair, Rung, Series, SeriesKind};
use super::{Exporter, FormatSpec, Look, Renderer};
use crate::report::{Report, SkillRow};
use crate::progress::{Comparison, change_cell, rating_cell};
use crate::rubric::Category;
use crate::team::TeamSummary;
use crate::text::terminal_safe_lines;

/// Writes a report, team summary or comparison as one HTML page.
pub struct HtmlRenderer;

impl Exporter for HtmlRenderer {
    const SPEC: FormatSpec = FormatSpec {
        name: "html",
        help: "One HTML page with charts, for a browser or printing to PDF",
        extensions: &["html", "htm"],
    };

    fn new(_: Look) -> HtmlRenderer {
        HtmlRenderer
    }
}

/// Text from a file, made safe to show; maud escapes it for HTML afterwards.
fn t(s: &str) -> String {
    terminal_safe_lines(s)
}

/// The page's stylesheet: a system font stack, calm colours from [`svg::palette`], and print
/// rules that keep each chart, table row and list item on one page, for A4 and US Letter
/// alike (no page size is forced; the margins and a content width under 18 cm fit both).
const CSS: &str = r#"
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0; background: #ffffff; color: #1b1f24;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
    "Noto Sans", "Liberation Sans", sans-serif;
}
main { max-width: 860px; margin: 0 auto; padding: 28px 24px 40px; }
h1 { font-size: 28px; line-height: 1.2; margin: 0 0 6px; overflow-wrap: anywhere; }
h2 { font-size: 20px; margin: 36px 0 10px; padding-bottom: 4px; border-bottom: 2px solid #d5dae1; }
h3 { font-size: 16px; margin: 22px 0 8px; }
h2, h3 { break-after: avoid; page-break-after: avoid; }
p, li { overflow-wrap: anywhere; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: 12px; font-weight: 700;
  color: #545d68; margin: 0 0 4px; }
.meta { color: #545d68; margin: 0; }
.meta li { margin: 0; }
.meta ul, ul.meta { padding-left: 18px; }
.headline { background: #f3f5f8; border-left: 6px solid #0b5cad; border-radius: 6px;
  padding: 14px 18px; margin: 18px 0 8px; break-inside: avoid; page-break-inside: avoid; }
.headline p { margin: 4px 0; }
.headline .answer { font-size: 19px; }
.warnings { border: 1px solid #9a4a00; border-radius: 6px; padding: 8px 16px; margin: 16px 0; }
.warnings h2 { border: 0; margin: 4px 0; font-size: 16px; color: #9a4a00; }
figure { margin: 18px 0 8px; break-inside: avoid; page-break-inside: avoid; }
figcaption { color: #545d68; font-size: 13px; margin-top: 2px; }
svg.chart { display: block; max-width: 100%; height: auto; font-family: inherit; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 12px; font-size: 14px; }
caption { text-align: left; color: #545d68; font-size: 13px; padding-bottom: 4px; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid #d5dae1; vertical-align: top; }
thead th { background: #f3f5f8; border-bottom: 2px solid #545d68; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.rating { white-space: nowrap; }
td.evidence { white-space: pre-line; color: #545d68; font-size: 13px; }
.yes { color: #18753a; font-weight: 700; }
.no { color: #545d68; }
.block { color: #b3261e; font-weight: 700; }
ol > li, ul > li { margin: 3px 0; }
ol.plan > li { margin: 10px 0; break-inside: avoid; page-break-inside: avoid; }
ol.plan ul { color: #1b1f24; }
.tag { display: inline-block; font-size: 12px; font-weight: 700; border: 1px solid currentColor;
  border-radius: 4px; padding: 0 5px; margin-left: 4px; }
footer { color: #545d68; font-size: 12px; border-top: 1px solid #d5dae1; margin-top: 36px; padding-top: 8px; }
@page { margin: 14mm 12mm; }
@media print {
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 22pt; }
  h2 { margin-top: 18px; font-size: 14pt; }
  table { font-size: 9.5pt; }
  th, td { padding: 3px 6px; }
  svg.chart { width: auto; max-width: 170mm; max-height: 105mm; margin: 0 auto; }
  /* One row per skill: these may take most of a page, to stay legible. */
  svg#heatmap, svg#skills-then-now { max-height: 175mm; }
  a { color: inherit; text-decoration: none; }
}
"#;

/// The whole page around a document's body.
fn page(title: &str, body: Markup, footer: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                // Nothing may be loaded from anywhere, and no script may run: the page is
                // complete as it is.
                meta http-equiv="Content-Security-Policy"
                    content="default-src 'none'; style-src 'unsafe-inline'; img-src data:";
                title { (title) }
                style { (PreEscaped(CSS)) }
            }
            body {
                main {
                    (body)
                    footer { (footer) }
                }
            }
        }
    }
}

fn yes_no(b: bool) -> Markup {
    html! {
        @if b { span.yes { "✓ yes" } } @else { span.no { "✗ no" } }
    }
}

fn category_rank(c: Category) -> u8 {
    match c {
        Category::Technical => 0,
        Category::Soft => 1,
        Category::Leadership => 2,
    }
}

/// A reviewer's rating of each skill, in the order of `skills`.
///
/// Reviews (a supervisor's or coach's rating beside the person's own) are not part of a
/// report yet. When [`Report`] carries them, return them here: the radar chart then draws
/// them as a third series (dotted line, triangles) and the skills table gains a column.
fn review_ratings(_r: &Report, _skills: &[&SkillRow]) -> Option<Vec<Option<u8>>> {
    None
}

impl Report {
    fn headline(&self) -> Markup {
        html! {
            section.headline aria-label="Where you stand" {
                p.answer {
                    "Best level reached: "
                    strong { (t(self.best_title.as_deref().unwrap_or("none yet"))) }
                }
                @match &self.next_level {
                    Some(next) => {
                        p.answer {
                            "Next: " strong { (t(&next.title)) }
                            (format!(" — {:.1}% ready", next.readiness))
                        }
                        p {
                            @if next.gaps.is_empty() && next.readiness_short_by > 0.0 {
                                (format!("What stands before it: readiness {:.1} points short of {}%.",
                                    next.readiness_short_by, self.thresholds.ready_readiness))
                            } @else if next.gaps.is_empty() {
                                "Nothing stands before it."
                            } @else {
                                (format!("What stands before it: {} skill{} ",
                                    next.gaps.len(), if next.gaps.len() == 1 { "" } else { "s" }))
                                @for (i, g) in next.gaps.iter().take(3).enumerate() {
                                    @if i > 0 { ", " }
                                    strong { (t(&g.name)) }
                                    (format!(" ({} of {})", rating_cell(g.rating), g.required))
                                }
                                @if next.gaps.len() > 3 { (format!(" and {} more", next.gaps.len() - 3)) }
                                ". " a href="#next" { "Details below." }
                            }
                        }
                    }
                    None => {
                        p { "Every level of the ladder is reached." }
                    }
                }
                p {
                    "Measured against " strong { (t(&self.target_title)) }
                    (format!(" ({}).", self.target_chosen_by.describe()))
                }
            }
        }
    }

    fn charts(&self) -> Markup {
        let mut skills: Vec<&SkillRow> = self.skills.iter().collect();
        skills.sort_by(|a, b| {
            category_rank(a.category)
                .cmp(&category_rank(b.category))
                .then(a.name.cmp(&b.name))
        });
        let axes: Vec<Axis> = skills
            .iter()
            .map(|s| Axis {
                name: t(&s.name),
                category: s.category.as_str().to_string(),
            })
            .collect();
        let mut series = vec![
            Series {
                label: "Your rating".into(),
                kind: SeriesKind::Rating,
                values: skills.iter().map(|s| s.rating).collect(),
            },
            Series {
                label: format!("Required at {}", t(&self.target_title)),
                kind: SeriesKind::Required,
                values: skills.iter().map(|s| Some(s.required)).collect(),
            },
        ];
        if let Some(values) = review_ratings(self, &skills) {
            series.push(Series {
                label: "Review rating".into(),
                kind: SeriesKind::Review,
                values,
            });
        }
        let scale_max = self.scale.len().saturating_sub(1).clamp(1, 255) as u8;
        let radar = svg::radar(
            "radar",
            &format!(
                "Every skill: your rating and what {} requires",
                t(&self.target_title)
            ),
            &format!(
                "Radar chart of {} skills grouped by category, on the scale 0 to {}: your rating (solid line, dots) and the requirement of {} (dashed line, squares). The figures are in the table Skills against {}.",
                skills.len(),
                scale_max,
                t(&self.target_title),
                t(&self.target_title)
            ),
            &axes,
            scale_max,
            &series,
        );
        let rungs: Vec<Rung> = self
            .levels
            .iter()
            .map(|l| Rung {
                title: t(&l.title),
                readiness: l.readiness,
                reached: l.reached,
                best: self.best_level.as_deref() == Some(l.id.as_str()),
                target: l.id == self.target_level,
            })
            .collect();
        let ladder = svg::ladder(
            "ladder",
            "Readiness for every level of the ladder",
            &format!(
                "Bar chart of readiness per level, highest level on top, with the {}% needed to reach a level as a dashed line. Reached levels are marked reached. The figures are in the table Readiness by level.",
                self.thresholds.ready_readiness
            ),
            &rungs,
            self.thresholds.ready_readiness,
        );
        html! {
            section #charts {
                h2 { "At a glance" }
                figure {
                    (ladder)
                    figcaption {
                        "A level is " (self.reach_rule()) ". Figures: "
                        a href="#readiness" { "Readiness by level" } "."
                    }
                }
                figure {
                    (radar)
                    figcaption {
                        "Where the solid line is inside the dashed one, the skill is below what "
                        (t(&self.target_title)) " requires. Figures: "
                        a href="#skills" { "Skills against " (t(&self.target_title)) } "."
                    }
                }
            }
        }
    }
}

impl Renderer<Report> for HtmlRenderer {
    fn render(&self, r: &Report, out: &mut dyn io::Write) -> io::Result<()> {
        let target = t(&r.target_title);
        let body = html! {
            header {
                p.kicker { "Skill gap report" }
                h1 { (t(r.name.as_deref().filter(|n| !n.trim().is_empty()).unwrap_or("Skill gap report"))) }
                ul.meta {
                    @for line in r.summary_lines() { li { (t(&line)) } }
                }
            }
            (r.headline())
            @if !r.warnings.is_empty() {
                section.warnings role="note" {
                    h2 { "Warnings" }
                    ul { @for w in &r.warnings { li { (t(w)) } } }
                }
            }
            (r.charts())

            section #skills {
                h2 { "Skills against " (target) }
                p { "Most urgent first. Scale: " (t(&r.scale_text())) ". Priority is importance × gap." }
                table {
                    thead { tr {
                        th scope="col" { "Skill" } th scope="col" { "Category" }
                        th scope="col" { "Rating" } th scope="col" { "Required" }
                        th.num scope="col" { "Gap" } th.num scope="col" { "Priority" }
                        th scope="col" { "Evidence" }
                    } }
                    tbody {
                        @for s in &r.skills {
                            tr {
                                th scope="row" { (t(&s.name)) }
                                td { (s.category.as_str()) }
                                td.rating { (t(&r.rating_text(s.rating))) }
                                td.rating { (t(&r.level_label(s.required))) }
                                td.num {
                                    @if s.gap >= r.thresholds.blocking_gap {
                                        span.block { (s.gap) " ⚠" }
                                    } @else if s.gap == 0 {
                                        span.yes { "0 ✓" }
                                    } @else { (s.gap) }
                                }
                                td.num { (s.priority) }
                                td.evidence { (t(s.evidence.as_deref().unwrap_or(""))) }
                            }
                        }
                    }
                }
                p.meta { "✓ no gap · ⚠ a gap of " (r.thresholds.blocking_gap) " or more blocks a level" }
                @if !r.strengths.is_empty() {
                    p {
                        strong { "Strengths: " }
                        (t(&r.strengths.iter()
                            .map(|s| format!("{} ({} of {} needed)", s.name, s.rating, s.required))
                            .collect::<Vec<_>>().join(", ")))
                    }
                }
            }

            section #readiness {
                h2 { "Readiness by level" }
                p { "A level is " (r.reach_rule()) "." }
                table {
                    thead { tr {
                        th scope="col" { "Level" } th scope="col" { "Years" }
                        th.num scope="col" { "Readiness" } th scope="col" { "Reached" }
                        th.num scope="col" { "Median pay" }
                    } }
                    tbody {
                        @for l in &r.levels {
                            tr {
                                th scope="row" {
                                    (t(&l.title))
                                    @if r.best_level.as_deref() == Some(l.id.as_str()) { span.tag { "best" } }
                                    @if l.id == r.target_level { span.tag { "target" } }
                                }
                                td { (t(&l.years)) }
                                td.num { (format!("{:.1}%", l.readiness)) }
                                td { (yes_no(l.reached)) }
                                td.num { (t(&Report::median_cell(&l.salary))) }
                            }
                        }
                    }
                }
                @if let Some(next) = &r.next_level {
                    h3 #next { "What stands before " (t(&next.title)) }
                    ul {
                        @if next.readiness_short_by > 0.0 {
                            li { (format!("Readiness is {:.1}%, {:.1} points short of {}%.",
                                next.readiness, next.readiness_short_by, r.thresholds.ready_readiness)) }
                        }
                        @for g in &next.gaps {
                            li { (t(&r.gap_line(g))) }
                        }
                    }
                }
            }

            section #salary {
                h2 { "Salary context" }
                p { (t(&r.salary_line())) }
                p.meta { "Source: " (t(&r.salary.source)) "." }
            }

            section #certifications {
                h2 { "Certifications that close the most important gaps" }
                @if r.certifications.is_empty() {
                    p { "None needed: no certification covers a remaining gap." }
                } @else {
                    ol.plan {
                        @for c in &r.certifications {
                            li {
                                strong { (t(&c.name)) }
                                ul { @for line in r.cert_lines(c) { li { (t(&line)) } } }
                            }
                        }
                    }
                }
            }

            section #next-steps {
                h2 { "Next steps, in order" }
                @if r.next_steps.is_empty() {
                    p { "No gaps at the target level." }
                } @else {
                    ol.plan {
                        @for step in &r.next_steps {
                            li {
                                strong { (t(&step.name)) }
                                ": " (t(&r.rating_text(step.rating))) " now, "
                                (t(&r.level_label(step.required)))
                                (format!(" needed (priority {})", step.priority))
                                ul { @for a in r.step_actions(step) { li { (t(&a)) } } }
                            }
                        }
                    }
                }
            }

            @if r.best_level.is_none() && !r.education_paths.is_empty() {
                section #education {
                    h2 { "Ways in through education" }
                    table {
                        thead { tr {
                            th scope="col" { "Path" } th scope="col" { "Cost" }
                            th scope="col" { "Duration" } th scope="col" { "Note" }
                        } }
                        tbody {
                            @for e in &r.education_paths {
                                tr {
                                    th scope="row" { (t(&e.name)) }
                                    td { (t(&e.cost.to_string())) }
                                    td { (t(&e.duration)) }
                                    td { (t(&e.note)) }
                                }
                            }
                        }
                    }
                }
            }
        };
        let footer = html! {
            "Made by skillgap with the rubric " (t(&r.rubric.title)) ", version " (r.rubric.version)
            ". This page needs no network and no scripts; print it to keep it on paper or as a PDF."
        };
        write_page(out, &t(&r.title()), body, footer)
    }
}

fn write_page(
    out: &mut dyn io::Write,
    title: &str,
    body: Markup,
    footer: Markup,
) -> io::Result<()> {
    let mut text = page(title, body, footer).into_string();
    text.push('\n');
    out.write_all(text.as_bytes())
}

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
            section #skills {
                h2 { "Skills, most urgent for the team first" }
                table {
                    thead { tr {
                        th scope="col" { "Skill" } th.num scope="col" { "Short" }
                        th.num scope="col" { "Short %" } th.num scope="col" { "Mean gap" }
                        th.num scope="col" { "Team priority" }
                    } }
                    tbody {
                        @for s in &tm.skills {
                            tr {
                                th scope="row" { (t(&s.name)) }
                                td.num { (s.short_count) }
                                td.num { (format!("{:.1}%", s.short_percent)) }
                                td.num { (format!("{:.2}", s.mean_gap)) }
                                td.num { (s.priority) }
                            }
                        }
                    }
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
        };
        let footer = html! {
            "Made by skillgap with the rubric " (t(&tm.rubric.title)) ", version " (tm.rubric.version)
            ". This page needs no network and no scripts; print it to keep it on paper or as a PDF."
        };
        write_page(out, &t(&tm.title_line()), body, footer)
    }
}

impl Renderer<Comparison> for HtmlRenderer {
    fn render(&self, c: &Comparison, out: &mut dyn io::Write) -> io::Result<()> {
        let target = t(&c.target_title);
        let scale_max = c
            .skills
            .iter()
            .flat_map(|s| [s.old.unwrap_or(0), s.new.unwrap_or(0), s.required])
            .max()
            .unwrap_or(0)
            .max(4);
        let changes: Vec<Change> = c
            .skills
            .iter()
            .map(|s| Change {
                name: t(&s.name),
                old: s.old,
                new: s.new,
                required: s.required,
            })
            .collect();
        let dumbbell = svg::dumbbell(
            "skills-then-now",
            "Every skill then and now",
            &format!(
                "For each of {} skills, the rating then (hollow dot) and now (filled dot) joined by a line, and what {} requires (upright mark). The figures are in the table Skills.",
                changes.len(),
                target
            ),
            &changes,
            scale_max,
        );
        let pairs: Vec<LevelPair> = c
            .levels
            .iter()
            .map(|l| LevelPair {
                title: t(&l.title),
                old: l.old_readiness,
                new: l.new_readiness,
                old_reached: l.old_reached,
                new_reached: l.new_reached,
            })
            .collect();
        // A comparison does not carry the rubric's reach threshold, so no reach line is
        // drawn: the ✓ beside each figure tells the reached levels apart.
        let ladder = svg::ladder_pairs(
            "readiness-then-now",
            "Readiness per level then and now",
            "Bar chart of readiness per level, highest level on top: then (pale bar) and now (solid bar), with reached levels marked ✓. The figures are in the table Readiness.",
            &pairs,
        );
        let yes = |b: bool| yes_no(b);
        let body = html! {
            header {
                p.kicker { "Progress report" }
                h1 { (t(&c.title_line())) }
                ul.meta { @for line in c.summary_lines() { li { (t(&line)) } } }
            }
            section.headline aria-label="What changed" {
                @for line in c.change_lines() { p { (t(&line)) } }
            }
            section #charts {
                h2 { "At a glance" }
                figure {
                    (dumbbell)
                    figcaption { "Measured against " (target) ". Figures: " a href="#skills" { "Skills" } "." }
                }
                figure {
                    (ladder)
                    figcaption { "Figures: " a href="#readiness" { "Readiness" } "." }
                }
            }
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
        };
        let footer = html! {
            "Made by skillgap with the rubric " (t(&c.rubric.title)) ", version " (c.rubric.version)
            ". This page needs no network and no scripts; print it to keep it on paper or as a PDF."
        };
        write_page(out, &t(&c.title_line()), body, footer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::render_to_vec;
    use crate::report::tests::sample_report;
    use crate::rubric::Rubric;

    fn render<T>(doc: &T) -> String
    where
        HtmlRenderer: Renderer<T>,
    {
        String::from_utf8(render_to_vec(&HtmlRenderer, doc).unwrap()).unwrap()
    }

    /// The page's text as a reader sees it, whitespace collapsed.
    fn shown(html: &str) -> String {
        let doc = scraper::Html::parse_document(html);
        let text: String = doc.root_element().text().collect();
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    fn assert_shows(page: &str, line: &str) {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(page.contains(&line), "the page does not say {line:?}");
    }

    #[test]
    fn report_page_says_everything_the_markdown_report_says() {
        let r = sample_report("Sam Rivera");
        let page = shown(&render(&r));
        for line in r.summary_lines() {
            assert_shows(&page, &line);
        }
        for w in &r.warnings {
            assert_shows(&page, w);
        }
        assert_shows(&page, &r.scale_text());
        assert_shows(&page, &r.reach_rule());
        for s in &r.skills {
            assert_shows(&page, &s.name);
            assert_shows(&page, s.evidence.as_deref().unwrap_or(""));
        }
        for s in &r.strengths {
            assert_shows(
                &page,
                &format!("{} ({} of {} needed)", s.name, s.rating, s.required),
            );
        }
        for l in &r.levels {
            assert_shows(&page, &format!("{:.1}%", l.readiness));
            assert_shows(&page, &Report::median_cell(&l.salary));
        }
        let next = r.next_level.as_ref().unwrap();
        for g in &next.gaps {
            assert_shows(&page, &r.gap_line(g));
        }
        assert_shows(&page, &r.salary_line());
        assert_shows(&page, &r.salary.source);
        for c in &r.certifications {
            for line in r.cert_lines(c) {
                assert_shows(&page, &line);
            }
        }
        for step in &r.next_steps {
            for a in r.step_actions(step) {
                assert_shows(&page, &a);
            }
        }
    }

    #[test]
    fn team_and_comparison_pages_say_what_markdown_says() {
        let rubric = Rubric::builtin();
        let mut tally = crate::team::TeamTally::new(&rubric);
        let mut p = crate::profile::Profile::empty(&rubric);
        p.ratings = vec![Some(2); rubric.skills.len()];
        tally.add(&rubric, &p);
        let mut q = p.clone();
        q.ratings[0] = Some(0);
        tally.add(&rubric, &q);
        let team = tally.summary(&rubric, 3);
        let page = shown(&render(&team));
        assert_shows(&page, &team.title_line());
        assert_shows(&page, &team.counts_line());
        for c in &team.certifications {
            for line in team.cert_lines(c) {
                assert_shows(&page, &line);
            }
        }
        assert_shows(
            &page,
            &format!("No level reached yet: {}", team.members_without_level),
        );

        let c = crate::progress::compare(&rubric, ("old.json", &q), ("new.json", &p), 2);
        let page = shown(&render(&c));
        for line in c.summary_lines().into_iter().chain(c.change_lines()) {
            assert_shows(&page, &line);
        }
    }

    #[test]
    fn markup_in_a_name_is_text() {
        let html = render(&sample_report("<script>alert(1)</script>"));
        assert!(!html.contains("<script"), "no script element");
        assert!(html.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"));
        assert!(html.contains("<title>Skill gap report: &lt;script&gt;"));
    }

    #[test]
    fn the_page_is_self_contained() {
        let html = render(&sample_report("Sam"));
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(!html.contains("http://") && !html.contains("https://"));
        assert!(html.contains("Content-Security-Policy"));
        assert_eq!(html.matches("<svg").count(), 2, "ladder and radar");
        assert_eq!(html.matches("<desc").count(), 2, "one per chart");
    }

    #[test]
    fn the_stylesheet_uses_only_palette_colours() {
        use svg::palette::*;
        let mut known = vec![PAPER, PANEL, INK, MUTED, GRID, YOU, NEED, REACHED, BLOCK];
        known.extend(HEAT.iter().flat_map(|(a, b)| [*a, *b]));
        let mut colours = 0;
        for (at, _) in CSS.match_indices('#') {
            let hex = &CSS[at..at + 7];
            if !hex[1..].chars().all(|c| c.is_ascii_hexdigit()) {
                continue; // an id selector
            }
            colours += 1;
            assert!(
                known.contains(&hex),
                "{hex} is not a checked palette colour"
            );
        }
        assert!(colours > 10, "the colours were found");
    }
}
