//! The report's page: headline, charts, then the sections of the Markdown report.

use std::io;

use maud::{Markup, html};

use super::{HtmlRenderer, t, write_page, yes_no};
use crate::export::Renderer;
use crate::export::svg;
use crate::report::Report;

impl Report {
    /// The answer first: the verdict's lines, the first as the headline.
    fn headline(&self) -> Markup {
        html! {
            section.verdict.headline aria-label="The answer" {
                @for (i, line) in self.summary.lines.iter().enumerate() {
                    @if i == 0 {
                        p.answer { strong { (t(line)) } }
                    } @else {
                        p { (t(line)) }
                    }
                }
                p.meta {
                    "Measured against " strong { (t(&self.target_title)) }
                    (format!(" ({}).", self.target_chosen_by.describe(self.lang)))
                    @if self.next_level.is_some() {
                        " " a href="#next" { "What stands before the next level" }
                    }
                }
            }
        }
    }

    fn charts(&self) -> Markup {
        let ladder = svg::ladder(
            "ladder",
            "Readiness for every level of the ladder",
            &self.rungs(),
            self.thresholds.ready_readiness,
        );
        let target = t(&self.target_title);
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
                figure.chart-long {
                    (self.skill_dots())
                    figcaption {
                        "Rows are grouped by category, the largest gap first. Scale: "
                        (t(&self.scale_text())) ". Figures: "
                        a href="#skills" { "Skills against " (target) } "."
                    }
                }
            }
        }
    }
}

impl Renderer<Report> for HtmlRenderer {
    fn render(&self, r: &Report, out: &mut dyn io::Write) -> io::Result<()> {
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

            (skills_section(r))
            (disagreements_section(r))
            (readiness_section(r))
            (plan_sections(r))
            (education_section(r))
            (glossary_section(r))
        };
        let footer = html! {
            "Made by skillgap with the rubric " (t(&r.rubric.title)) ", version " (r.rubric.version)
            ". This page needs no network and no scripts; print it to keep it on paper or as a PDF."
        };
        write_page(out, &t(&r.title()), body, footer)
    }
}

/// Every skill against the target, and the strengths.
fn skills_section(r: &Report) -> Markup {
    let target = t(&r.target_title);
    html! {
        section #skills {
            h2 { "Skills against " (target) }
            p { "Most urgent first. Scale: " (t(&r.scale_text())) ". Priority is importance × gap." }
            table.cards {
                thead { tr {
                    th scope="col" { "Skill" } th scope="col" { "Category" }
                    @if r.has_reviews() {
                        th scope="col" { "Self" } th scope="col" { "Review" }
                    } @else {
                        th scope="col" { "Rating" }
                    }
                    th scope="col" { "Required" }
                    th.num scope="col" { "Gap" } th.num scope="col" { "Priority" }
                    th scope="col" { "Evidence" }
                } }
                tbody {
                    @for s in &r.skills {
                        tr {
                            th scope="row" { (t(&s.name)) }
                            td.cat data-label="Category" { (s.category.as_str()) }
                            @if r.has_reviews() {
                                td.rating data-label="Self" { (t(&r.self_cell(s, false))) }
                                td.rating data-label="Review" { (t(&r.review_cell(s, false))) }
                            } @else {
                                td.rating data-label="Rating" { (t(&r.row_rating_text(s))) }
                            }
                            td.rating data-label="Required" { (t(&r.level_label(s.required))) }
                            td.num data-label="Gap" {
                                @if !s.asked {
                                    "-"
                                } @else if s.gap >= r.thresholds.blocking_gap {
                                    span.block { (s.gap) " ⚠" }
                                } @else if s.gap == 0 {
                                    span.yes { "0 ✓" }
                                } @else { (s.gap) }
                            }
                            td.num data-label="Priority" { (s.priority) }
                            td.evidence data-label="Evidence" { (t(s.evidence.as_deref().unwrap_or(""))) }
                        }
                    }
                }
            }
            p.meta {
                "✓ no gap · ⚠ a gap of " (r.thresholds.blocking_gap) " or more blocks a level"
                @if !r.not_asked.is_empty() { " · - not asked: left out of the scores" }
            }
            @if r.has_reviews() {
                p.meta { (t(&r.review_legend())) }
            }
            @if !r.strengths.is_empty() {
                p {
                    strong { "Strengths: " }
                    (t(&r.strengths.iter()
                        .map(|s| r.strength_text(s))
                        .collect::<Vec<_>>().join(", ")))
                }
            }
        }
    }
}

/// Where the person and their reviewers see a skill 2 or more apart; only when there are
/// reviews.
fn disagreements_section(r: &Report) -> Markup {
    html! {
        @if r.has_reviews() {
            section #disagreements {
                h2 { (r.disagree_heading()) }
                @if r.disagreements.is_empty() {
                    p { (r.no_disagreement_line()) }
                } @else {
                    ul {
                        @for d in &r.disagreements {
                            li {
                                "⚑ " (t(&r.disagreement_line(d)))
                                @if !d.notes.is_empty() {
                                    ul { @for n in &d.notes {
                                        li { (t(&n.reviewer)) " (" (n.role.as_str()) "): " (t(&n.note)) }
                                    } }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Readiness by level, and what stands before the next one.
fn readiness_section(r: &Report) -> Markup {
    html! {
        section #readiness {
            h2 { "Readiness by level" }
            p { "A level is " (r.reach_rule()) "." }
            table.cards {
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
                            td data-label="Years" { (t(&l.years)) }
                            td.num data-label="Readiness" { (format!("{:.1}%", l.readiness)) }
                            td data-label="Reached" { (yes_no(l.reached)) }
                            td.num data-label="Median pay" { (t(&Report::median_cell(&l.salary))) }
                        }
                    }
                }
            }
            @if let Some(next) = &r.next_level {
                h3 #next { "What stands before " (t(&next.title)) }
                ul {
                    @if next.readiness_short_by > 0.0 {
                        li { (r.short_line(next)) }
                    }
                    @for g in &next.gaps {
                        li { (t(&r.gap_line(g))) }
                    }
                }
            }
        }
    }
}

/// Pay, the recommended certifications and the next steps.
fn plan_sections(r: &Report) -> Markup {
    html! {
        section #salary {
            h2 { "Salary context" }
            p { (t(&r.salary_line())) }
            p.meta { "Source: " (t(&r.salary.source)) "." }
        }

        @if !r.credentials.is_empty() {
            section #credentials {
                h2 { (t(&r.credentials_heading())) }
                ul { @for line in r.credential_lines() { li { (t(&line)) } } }
            }
        }

        section #certifications {
            h2 { "Certifications that close the most important gaps" }
            @if r.certifications.is_empty() {
                p { (r.no_certifications_sentence()) }
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
    }
}

/// The education routes that matter: ways in, or routes toward the next level.
fn education_section(r: &Report) -> Markup {
    html! {
        @if !r.education_paths.is_empty() {
            section #education {
                h2 { (t(&r.education_heading())) }
                table.cards {
                    thead { tr {
                        th scope="col" { "Path" } th scope="col" { "Cost" }
                        th scope="col" { "Duration" } th scope="col" { "Note" }
                    } }
                    tbody {
                        @for e in &r.education_paths {
                            tr {
                                th scope="row" { (t(&e.name)) }
                                td data-label="Cost" { (t(&e.cost.to_string())) }
                                td data-label="Duration" { (t(&e.duration)) }
                                td.wide data-label="Note" { (t(&e.note)) }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The words the report uses that need explaining, each once, as a list of definitions.
fn glossary_section(r: &Report) -> Markup {
    html! {
        @if !r.glossary.is_empty() {
            section #glossary {
                h2 { "Words used in this report" }
                dl {
                    @for e in &r.glossary {
                        dt { dfn { (t(&e.term)) } }
                        dd { (t(&e.explanation)) }
                    }
                }
            }
        }
    }
}
