//! The Markdown report: headings, two tables and lists, for sharing with a coach or a
//! manager. Every piece of text from a profile or rubric is escaped, so it cannot break a
//! table or inject HTML.

use std::io;

use super::{Exporter, FormatSpec, Look, Renderer, words};
use crate::report::Report;
use crate::text::{markdown_cell as cell, markdown_text as text};
use crate::tr;

mod progress;
mod team;

/// Writes a document as Markdown.
pub struct MarkdownRenderer;

impl Exporter for MarkdownRenderer {
    const SPEC: FormatSpec = FormatSpec {
        name: "markdown",
        help: "Markdown, for sharing",
        extensions: &["md", "markdown"],
    };

    fn new(_: Look) -> MarkdownRenderer {
        MarkdownRenderer
    }
}

impl Renderer<Report> for MarkdownRenderer {
    fn render(&self, r: &Report, out: &mut dyn io::Write) -> io::Result<()> {
        self.report_head(r, out)?;
        self.skills_section(r, out)?;
        self.disagreements_section(r, out)?;
        self.levels_section(r, out)?;
        self.salary_section(r, out)?;
        self.certs_section(r, out)?;
        self.steps_section(r, out)?;
        self.education_section(r, out)?;
        self.glossary_section(r, out)?;
        Ok(())
    }
}

/// A table's header row and the rule under it, `numeric` columns aligned right.
fn header(out: &mut dyn io::Write, columns: &[String], numeric: &[bool]) -> io::Result<()> {
    writeln!(out, "| {} |", columns.join(" | "))?;
    let rule: Vec<&str> = numeric
        .iter()
        .map(|&n| if n { "---:" } else { "---" })
        .collect();
    writeln!(out, "|{}|", rule.join("|"))
}

impl MarkdownRenderer {
    /// The title, the summary and the warnings.
    fn report_head(&self, r: &Report, out: &mut dyn io::Write) -> io::Result<()> {
        writeln!(out, "# {}", text(&r.title()))?;
        writeln!(out)?;
        // The answer first: one paragraph, a hard line break (a trailing backslash) after
        // each line but the last, the first line in bold.
        let lines = &r.summary.lines;
        for (i, line) in lines.iter().enumerate() {
            let end = if i + 1 < lines.len() { "\\" } else { "" };
            if i == 0 {
                writeln!(out, "**{}**{end}", text(line))?;
            } else {
                writeln!(out, "{}{end}", text(line))?;
            }
        }
        if !lines.is_empty() {
            writeln!(out)?;
        }
        for line in r.summary_lines() {
            writeln!(out, "- {}", text(&line))?;
        }
        if !r.warnings.is_empty() {
            writeln!(out)?;
            writeln!(out, "## {}", tr!(r.lang, "doc-warnings-heading"))?;
            writeln!(out)?;
            for w in &r.warnings {
                writeln!(out, "- {}", text(w))?;
            }
        }
        Ok(())
    }

    /// Every skill against the target, and the strengths.
    fn skills_section(&self, r: &Report, out: &mut dyn io::Write) -> io::Result<()> {
        let lang = r.lang;
        let level = r.target_title.as_str();
        writeln!(out)?;
        writeln!(out, "## {}", text(&tr!(lang, "doc-skills-heading", level = level)))?;
        writeln!(out)?;
        let scale = r.scale_text();
        writeln!(out, "{}", text(&tr!(lang, "doc-skills-intro", scale = scale)))?;
        writeln!(out)?;
        let mut columns = vec![tr!(lang, "doc-col-skill"), tr!(lang, "doc-col-category")];
        if r.has_reviews() {
            columns.extend([tr!(lang, "doc-col-self"), tr!(lang, "doc-col-review")]);
        } else {
            columns.push(tr!(lang, "doc-col-rating"));
        }
        columns.extend([
            tr!(lang, "doc-col-required"),
            tr!(lang, "doc-col-gap"),
            tr!(lang, "doc-col-priority"),
            tr!(lang, "doc-col-evidence"),
        ]);
        let mut numeric = vec![false; columns.len()];
        let n = numeric.len();
        numeric[n - 3] = true;
        numeric[n - 2] = true;
        header(out, &columns, &numeric)?;
        for s in &r.skills {
            let ratings = if r.has_reviews() {
                format!(
                    "{} | {}",
                    cell(&r.self_cell(s, false)),
                    cell(&r.review_cell(s, false))
                )
            } else {
                cell(&r.row_rating_text(s))
            };
            writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} | {} |",
                cell(&s.name),
                words::category(lang, s.category, false),
                ratings,
                cell(&r.level_label(s.required)),
                s.gap,
                s.priority,
                cell(s.evidence.as_deref().unwrap_or(""))
            )?;
        }
        if r.has_reviews() {
            writeln!(out)?;
            writeln!(out, "{}", text(&r.review_legend()))?;
        }
        if !r.strengths.is_empty() {
            writeln!(out)?;
            let list: Vec<String> = r
                .strengths
                .iter()
                .map(|s| r.strength_text(s))
                .collect();
            let label = tr!(lang, "doc-strengths");
            writeln!(out, "**{label}** {}", text(&list.join(", ")))?;
        }
        Ok(())
    }

    /// Where the person and their reviewers see a skill 2 or more apart; only when there
    /// are reviews.
    fn disagreements_section(&self, r: &Report, out: &mut dyn io::Write) -> io::Result<()> {
        if !r.has_reviews() {
            return Ok(());
        }
        writeln!(out)?;
        writeln!(out, "## {}", r.disagree_heading())?;
        writeln!(out)?;
        if r.disagreements.is_empty() {
            writeln!(out, "{}", text(&r.no_disagreement_line()))?;
        }
        for d in &r.disagreements {
            writeln!(out, "- ⚑ {}", text(&r.disagreement_line(d)))?;
            for n in &d.notes {
                writeln!(
                    out,
                    "  - {} ({}): {}",
                    text(&n.reviewer),
                    words::role(r.lang, n.role),
                    text(&n.note)
                )?;
            }
        }
        Ok(())
    }

    /// Readiness by level, and what stands before the next one.
    fn levels_section(&self, r: &Report, out: &mut dyn io::Write) -> io::Result<()> {
        let lang = r.lang;
        writeln!(out)?;
        writeln!(out, "## {}", tr!(lang, "doc-levels-heading"))?;
        writeln!(out)?;
        writeln!(out, "{}", tr!(lang, "doc-reach-rule", rule = r.reach_rule()))?;
        writeln!(out)?;
        header(
            out,
            &[
                tr!(lang, "doc-col-level"),
                tr!(lang, "doc-col-years"),
                tr!(lang, "doc-col-readiness"),
                tr!(lang, "doc-col-reached"),
                tr!(lang, "doc-col-pay"),
            ],
            &[false, false, true, false, true],
        )?;
        for l in &r.levels {
            writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                cell(&l.title),
                cell(&l.years),
                words::percent(lang, l.readiness),
                words::yes_no(lang, l.reached),
                cell(&words::pay(lang, &l.salary))
            )?;
        }
        if let Some(next) = &r.next_level {
            writeln!(out)?;
            let heading = tr!(lang, "doc-next-heading", level = next.title.as_str());
            writeln!(out, "### {}", text(&heading))?;
            writeln!(out)?;
            if next.readiness_short_by > 0.0 {
                writeln!(out, "- {}", r.short_line(next))?;
            }
            for g in &next.gaps {
                writeln!(out, "- {}", text(&r.gap_line(g)))?;
            }
        }
        Ok(())
    }

    /// Pay at the best level and the target.
    fn salary_section(&self, r: &Report, out: &mut dyn io::Write) -> io::Result<()> {
        writeln!(out)?;
        writeln!(out, "## {}", tr!(r.lang, "doc-salary-heading"))?;
        writeln!(out)?;
        writeln!(out, "{}", text(&r.salary_line()))?;
        writeln!(out)?;
        let source = tr!(r.lang, "doc-source", source = r.salary.source.as_str());
        writeln!(out, "{}", text(&source))?;
        Ok(())
    }

    /// The recommended certifications.
    fn certs_section(&self, r: &Report, out: &mut dyn io::Write) -> io::Result<()> {
        if !r.credentials.is_empty() {
            writeln!(out)?;
            writeln!(out, "## {}", text(&r.credentials_heading()))?;
            writeln!(out)?;
            for line in r.credential_lines() {
                writeln!(out, "- {}", text(&line))?;
            }
        }
        writeln!(out)?;
        writeln!(out, "## {}", tr!(r.lang, "doc-certs-heading"))?;
        writeln!(out)?;
        if r.certifications.is_empty() {
            writeln!(out, "{}", r.no_certifications_sentence())?;
        }
        for (i, c) in r.certifications.iter().enumerate() {
            writeln!(out, "{}. **{}**", i + 1, text(&c.name))?;
            for line in r.cert_lines(c) {
                writeln!(out, "   - {}", text(&line))?;
            }
        }
        Ok(())
    }

    /// The next steps, with their actions.
    fn steps_section(&self, r: &Report, out: &mut dyn io::Write) -> io::Result<()> {
        let lang = r.lang;
        writeln!(out)?;
        writeln!(out, "## {}", tr!(lang, "doc-steps-heading"))?;
        writeln!(out)?;
        if r.next_steps.is_empty() {
            writeln!(out, "{}", tr!(lang, "doc-steps-none"))?;
        }
        for (i, step) in r.next_steps.iter().enumerate() {
            let standing = tr!(
                lang,
                "doc-step",
                rating = r.rating_text(step.rating),
                required = r.level_label(step.required),
                priority = step.priority
            );
            writeln!(
                out,
                "{}. **{}**: {}",
                i + 1,
                text(&step.name),
                text(&standing)
            )?;
            for action in &r.step_actions(step) {
                writeln!(out, "   - {}", text(action))?;
            }
        }
        Ok(())
    }

    /// The education routes that matter: ways in, or routes toward the next level.
    fn education_section(&self, r: &Report, out: &mut dyn io::Write) -> io::Result<()> {
        if !r.education_paths.is_empty() {
            let lang = r.lang;
            writeln!(out)?;
            writeln!(out, "## {}", text(&r.education_heading()))?;
            writeln!(out)?;
            let columns = [
                tr!(lang, "doc-col-path"),
                tr!(lang, "doc-col-cost"),
                tr!(lang, "doc-col-duration"),
                tr!(lang, "doc-col-note"),
            ];
            header(out, &columns, &[false; 4])?;
            for e in &r.education_paths {
                writeln!(
                    out,
                    "| {} | {} | {} | {} |",
                    cell(&e.name),
                    cell(&words::cost(lang, &e.cost)),
                    cell(&e.duration),
                    cell(&e.note)
                )?;
            }
        }
        Ok(())
    }

    /// The words the report uses that need explaining, each once.
    fn glossary_section(&self, r: &Report, out: &mut dyn io::Write) -> io::Result<()> {
        if !r.glossary.is_empty() {
            writeln!(out)?;
            writeln!(out, "## {}", tr!(r.lang, "doc-glossary-heading"))?;
            writeln!(out)?;
            for e in &r.glossary {
                writeln!(out, "- **{}**: {}", text(&e.term), text(&e.explanation))?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::render_to_vec;
    use crate::report::tests::sample_report;

    fn render(name: &str) -> String {
        String::from_utf8(render_to_vec(&MarkdownRenderer, &sample_report(name)).unwrap()).unwrap()
    }

    #[test]
    fn markdown_report_snapshot() {
        insta::assert_snapshot!(render("Sam Rivera"));
    }

    #[test]
    fn markdown_report_with_two_reviews_snapshot() {
        let report = crate::report::tests::reviewed_report("D. Lee", "2026-11-20");
        let md = String::from_utf8(render_to_vec(&MarkdownRenderer, &report).unwrap()).unwrap();
        // A reviewer's note with a pipe, a line break and markup stays in its line.
        assert!(md.contains("misses \\| the second<br>check &lt;b&gt;often&lt;/b&gt;"), "{md}");
        for line in md.lines().filter(|l| l.starts_with("| ") && l.contains("Attention")) {
            assert_eq!(line.replace("\\|", "").matches('|').count(), 9, "{line}");
        }
        insta::assert_snapshot!(md);
    }

    #[test]
    fn hostile_text_cannot_break_tables() {
        let md = render("Eve | <img src=x onerror=alert(1)>\n# fake");
        assert!(md.starts_with(
            "# Skill gap report: Eve \\| &lt;img src=x onerror=alert(1)&gt;<br>\\# fake\n"
        ));
        // Evidence with a pipe and a newline stays inside its cell: every table row of the
        // skills table has exactly the 8 unescaped pipes of 7 columns.
        for line in md
            .lines()
            .filter(|l| l.starts_with("| ") && l.contains("Quality Control"))
        {
            let bars = line.replace("\\|", "").matches('|').count();
            assert_eq!(bars, 8, "{line}");
        }
    }
}
