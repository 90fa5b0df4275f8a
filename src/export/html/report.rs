//! The report's page: headline, charts, then the sections of the Markdown report.

use std::io;

use maud::{Markup, html};

use super::{HtmlRenderer, t, write_page_in, yes_no_in};
use crate::export::svg;
use crate::export::{Renderer, words};
use crate::report::Report;
use crate::tr;

impl Report {
    /// The answer first: the verdict's lines, the first as the headline.
    fn headline(&self) -> Markup {
        let lang = self.lang;
        html! {
            section.verdict.headline aria-label=(tr!(lang, "doc-html-answer")) {
                @for (i, line) in self.summary.lines.iter().enumerate() {
                    @if i == 0 {
                        p.answer { strong { (t(line)) } }
                    } @else {
                        p { (t(line)) }
                    }
                }
                p.meta {
                    (tr!(lang, "doc-html-measured-against")) " " strong { (t(&self.target_title)) }
                    (format!(" ({}).", self.target_chosen_by.describe(lang)))
                    @if self.next_level.is_some() {
                        " " a href="#next" { (tr!(lang, "doc-html-next-link")) }
                    }
                }
            }
        }
    }

    fn charts(&self) -> Markup {
        let lang = self.lang;
        let ladder = svg::ladder(
            lang,
            "ladder",
            &tr!(lang, "doc-chart-ladder"),
            &self.rungs(),
            self.thresholds.ready_readiness,
        );
        let target = t(&self.target_title);
        let figures = tr!(lang, "doc-html-figures");
        html! {
            section #charts {
                h2 { (tr!(lang, "doc-html-glance")) }
                figure {
                    (ladder)
                    figcaption {
                        (tr!(lang, "doc-reach-rule", rule = self.reach_rule())) " " (figures) " "
                        a href="#readiness" { (tr!(lang, "doc-levels-heading")) } "."
                    }
                }
                figure.chart-long {
                    (self.skill_dots())
                    figcaption {
                        (tr!(lang, "doc-html-dots-caption", scale = t(&self.scale_text())))
                        " " (figures) " "
                        a href="#skills" { (tr!(lang, "doc-skills-heading", level = target)) } "."
                    }
                }
            }
        }
    }
}

impl Renderer<Report> for HtmlRenderer {
    fn render(&self, r: &Report, out: &mut dyn io::Write) -> io::Result<()> {
        let lang = r.lang;
        let kind = tr!(lang, "doc-report-kind");
        let body = html! {
            header {
                p.kicker { (kind) }
                h1 { (t(r.name.as_deref().filter(|n| !n.trim().is_empty()).unwrap_or(&kind))) }
                ul.meta {
                    @for line in r.summary_lines() { li { (t(&line)) } }
                }
            }
            (r.headline())
            @if !r.warnings.is_empty() {
                section.warnings role="note" {
                    h2 { (tr!(lang, "doc-warnings-heading")) }
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
            (tr!(lang, "doc-html-footer", rubric = t(&r.rubric.title), version = r.rubric.version.to_string()))
        };
        write_page_in(out, lang, &t(&r.title()), body, footer)
    }
}

/// Every skill against the target, and the strengths.
fn skills_section(r: &Report) -> Markup {
    let lang = r.lang;
    let target = t(&r.target_title);
    let col = |id: &str| match id {
        "skill" => tr!(lang, "doc-col-skill"),
        "category" => tr!(lang, "doc-col-category"),
        "self" => tr!(lang, "doc-col-self"),
        "review" => tr!(lang, "doc-col-review"),
        "rating" => tr!(lang, "doc-col-rating"),
        "required" => tr!(lang, "doc-col-required"),
        "gap" => tr!(lang, "doc-col-gap"),
        "priority" => tr!(lang, "doc-col-priority"),
        _ => tr!(lang, "doc-col-evidence"),
    };
    html! {
        section #skills {
            h2 { (tr!(lang, "doc-skills-heading", level = target)) }
            p { (tr!(lang, "doc-skills-intro", scale = t(&r.scale_text()))) }
            table.cards {
                thead { tr {
                    th scope="col" { (col("skill")) } th scope="col" { (col("category")) }
                    @if r.has_reviews() {
                        th scope="col" { (col("self")) } th scope="col" { (col("review")) }
                    } @else {
                        th scope="col" { (col("rating")) }
                    }
                    th scope="col" { (col("required")) }
                    th.num scope="col" { (col("gap")) } th.num scope="col" { (col("priority")) }
                    th scope="col" { (col("evidence")) }
                } }
                tbody {
                    @for s in &r.skills {
                        tr {
                            th scope="row" { (t(&s.name)) }
                            td.cat data-label=(col("category")) { (words::category(lang, s.category, false)) }
                            @if r.has_reviews() {
                                td.rating data-label=(col("self")) { (t(&r.self_cell(s, false))) }
                                td.rating data-label=(col("review")) { (t(&r.review_cell(s, false))) }
                            } @else {
                                td.rating data-label=(col("rating")) { (t(&r.row_rating_text(s))) }
                            }
                            td.rating data-label=(col("required")) { (t(&r.level_label(s.required))) }
                            td.num data-label=(col("gap")) {
                                @if !s.asked {
                                    "-"
                                } @else if s.gap >= r.thresholds.blocking_gap {
                                    span.block { (s.gap) " ⚠" }
                                } @else if s.gap == 0 {
                                    span.yes { "0 ✓" }
                                } @else { (s.gap) }
                            }
                            td.num data-label=(col("priority")) { (s.priority) }
                            td.evidence data-label=(col("evidence")) { (t(s.evidence.as_deref().unwrap_or(""))) }
                        }
                    }
                }
            }
            p.meta {
                (tr!(lang, "doc-html-skills-key", gap = r.thresholds.blocking_gap))
                @if !r.not_asked.is_empty() { " · " (tr!(lang, "doc-html-skills-key-not-asked")) }
            }
            @if r.has_reviews() {
                p.meta { (t(&r.review_legend())) }
            }
            @if !r.strengths.is_empty() {
                p {
                    strong { (tr!(lang, "doc-strengths")) " " }
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
                                        li { (t(&n.reviewer)) " (" (words::role(r.lang, n.role)) "): " (t(&n.note)) }
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
    let lang = r.lang;
    let (years, readiness) = (tr!(lang, "doc-col-years"), tr!(lang, "doc-col-readiness"));
    let (reached, pay) = (tr!(lang, "doc-col-reached"), tr!(lang, "doc-col-pay"));
    html! {
        section #readiness {
            h2 { (tr!(lang, "doc-levels-heading")) }
            p { (tr!(lang, "doc-reach-rule", rule = r.reach_rule())) }
            table.cards {
                thead { tr {
                    th scope="col" { (tr!(lang, "doc-col-level")) } th scope="col" { (years) }
                    th.num scope="col" { (readiness) } th scope="col" { (reached) }
                    th.num scope="col" { (pay) }
                } }
                tbody {
                    @for l in &r.levels {
                        tr {
                            th scope="row" {
                                (t(&l.title))
                                @if r.best_level.as_deref() == Some(l.id.as_str()) { span.tag { (tr!(lang, "doc-chart-best")) } }
                                @if l.id == r.target_level { span.tag { (tr!(lang, "doc-chart-target")) } }
                            }
                            td data-label=(years) { (t(&l.years)) }
                            td.num data-label=(readiness) { (words::percent(lang, l.readiness)) }
                            td data-label=(reached) { (yes_no_in(lang, l.reached)) }
                            td.num data-label=(pay) { (t(&words::pay(lang, &l.salary))) }
                        }
                    }
                }
            }
            @if let Some(next) = &r.next_level {
                h3 #next { (tr!(lang, "doc-next-heading", level = t(&next.title))) }
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
    let lang = r.lang;
    html! {
        section #salary {
            h2 { (tr!(lang, "doc-salary-heading")) }
            p { (t(&r.salary_line())) }
            p.meta { (tr!(lang, "doc-source", source = t(&r.salary.source))) }
        }

        @if !r.credentials.is_empty() {
            section #credentials {
                h2 { (t(&r.credentials_heading())) }
                ul { @for line in r.credential_lines() { li { (t(&line)) } } }
            }
        }

        section #certifications {
            h2 { (tr!(lang, "doc-certs-heading")) }
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
            h2 { (tr!(lang, "doc-steps-heading")) }
            @if r.next_steps.is_empty() {
                p { (tr!(lang, "doc-steps-none")) }
            } @else {
                ol.plan {
                    @for step in &r.next_steps {
                        li {
                            strong { (t(&step.name)) }
                            ": " (t(&tr!(lang, "doc-step", rating = r.rating_text(step.rating),
                                required = r.level_label(step.required), priority = step.priority)))
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
    let lang = r.lang;
    let (cost, duration) = (tr!(lang, "doc-col-cost"), tr!(lang, "doc-col-duration"));
    let note = tr!(lang, "doc-col-note");
    html! {
        @if !r.education_paths.is_empty() {
            section #education {
                h2 { (t(&r.education_heading())) }
                table.cards {
                    thead { tr {
                        th scope="col" { (tr!(lang, "doc-col-path")) } th scope="col" { (cost) }
                        th scope="col" { (duration) } th scope="col" { (note) }
                    } }
                    tbody {
                        @for e in &r.education_paths {
                            tr {
                                th scope="row" { (t(&e.name)) }
                                td data-label=(cost) { (t(&words::cost(lang, &e.cost))) }
                                td data-label=(duration) { (t(&e.duration)) }
                                td.wide data-label=(note) { (t(&e.note)) }
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
                h2 { (tr!(r.lang, "doc-glossary-heading")) }
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
