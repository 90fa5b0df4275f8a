//! The team's documents as Markdown: a team summary (coverage, the ladder, the training
//! plan and its sections) and a skills matrix. Every piece of text from a profile or rubric
//! is escaped, so it cannot break a table or inject HTML.

use std::io;

use super::MarkdownRenderer;
use crate::export::Renderer;
use crate::team::TeamSummary;
use crate::team::summary::{count, fixed, percent};
use crate::tr;
use crate::team::matrix::TeamMatrix;
use crate::team::sections::Section;
use crate::text::{markdown_cell as cell, markdown_text as text};

impl Renderer<TeamSummary> for MarkdownRenderer {
    fn render(&self, t: &TeamSummary, out: &mut dyn io::Write) -> io::Result<()> {
        let lang = t.lang;
        writeln!(out, "# {}", text(&t.title_line()))?;
        writeln!(out)?;
        if t.title.is_some() || t.site.is_some() {
            // A page headed for a meeting says where and when.
            writeln!(out, "{}", text(&t.place_line()))?;
            writeln!(out)?;
        }
        writeln!(out, "{}", text(&t.counts_line()))?;
        writeln!(out)?;
        skills(t, out)?;
        writeln!(out)?;
        writeln!(out, "## {}", tr!(lang, "team-ladder-heading"))?;
        writeln!(out)?;
        writeln!(
            out,
            "| {} | {} | {} | {} |",
            tr!(lang, "team-col-level"),
            tr!(lang, "team-col-reached"),
            tr!(lang, "team-col-best-of"),
            tr!(lang, "team-col-aiming")
        )?;
        writeln!(out, "|---|---:|---:|---:|")?;
        for l in &t.levels {
            writeln!(
                out,
                "| {} | {} | {} | {} |",
                cell(&l.title),
                count(lang, l.reached_count),
                count(lang, l.best_count),
                count(lang, l.target_count)
            )?;
        }
        writeln!(out)?;
        let none = count(lang, t.members_without_level);
        writeln!(out, "{}", tr!(lang, "team-no-level", n = none))?;
        writeln!(out)?;
        writeln!(out, "## {}", tr!(lang, "team-training-heading"))?;
        writeln!(out)?;
        if t.certifications.is_empty() {
            writeln!(out, "{}", tr!(lang, "team-nothing-to-fund"))?;
        }
        for (i, c) in t.certifications.iter().enumerate() {
            writeln!(out, "{}. **{}**", i + 1, text(&c.name))?;
            for line in t.cert_lines(c) {
                writeln!(out, "   - {}", text(&line))?;
            }
        }
        for s in t.sections() {
            section(&s, out)?;
        }
        Ok(())
    }
}

/// The skills, most urgent for the team first, with the review columns when any member
/// has a review.
fn skills(t: &TeamSummary, out: &mut dyn io::Write) -> io::Result<()> {
    let lang = t.lang;
    writeln!(out, "## {}", tr!(lang, "team-skills-heading"))?;
    writeln!(out)?;
    let mut header = vec![
        tr!(lang, "team-col-skill"),
        tr!(lang, "team-col-short"),
        tr!(lang, "team-col-short-percent"),
        tr!(lang, "team-col-mean-gap"),
        tr!(lang, "team-col-team-priority"),
    ];
    if t.has_reviews() {
        header.push(tr!(lang, "team-col-reviewed"));
        header.push(tr!(lang, "team-col-self-review"));
    }
    writeln!(out, "| {} |", header.join(" | "))?;
    writeln!(out, "|---|{}", "---:|".repeat(header.len() - 1))?;
    for s in &t.skills {
        let reviews = if t.has_reviews() {
            format!(
                " {} | {} |",
                count(lang, s.reviewed_count),
                t.perception_cell(s)
            )
        } else {
            String::new()
        };
        writeln!(
            out,
            "| {} | {} | {} | {} | {} |{reviews}",
            cell(&s.name),
            count(lang, s.short_count),
            percent(lang, s.short_percent),
            fixed(lang, s.mean_gap, 2),
            count(lang, s.priority)
        )?;
    }
    if t.has_reviews() {
        writeln!(out)?;
        writeln!(out, "{}", text(&t.review_legend()))?;
    }
    Ok(())
}

impl Renderer<TeamMatrix> for MarkdownRenderer {
    fn render(&self, m: &TeamMatrix, out: &mut dyn io::Write) -> io::Result<()> {
        writeln!(out, "# {}", text(&m.title_line()))?;
        section(&m.section(), out)
    }
}

/// A section of a team summary: heading, a list of lines, a table, more lines.
fn section(s: &Section, out: &mut dyn io::Write) -> io::Result<()> {
    writeln!(out)?;
    writeln!(out, "## {}", text(&s.heading))?;
    writeln!(out)?;
    for line in &s.lines {
        writeln!(out, "- {}", text(line))?;
    }
    if !s.header.is_empty() {
        if !s.lines.is_empty() {
            writeln!(out)?;
        }
        let head: Vec<String> = s.header.iter().map(|h| cell(h)).collect();
        writeln!(out, "| {} |", head.join(" | "))?;
        let rule: Vec<&str> = s
            .numeric
            .iter()
            .map(|&n| if n { "---:" } else { "---" })
            .collect();
        writeln!(out, "|{}|", rule.join("|"))?;
        for row in &s.rows {
            let cells: Vec<String> = row.iter().map(|c| cell(c)).collect();
            writeln!(out, "| {} |", cells.join(" | "))?;
        }
    }
    if !s.after.is_empty() {
        writeln!(out)?;
        for line in &s.after {
            writeln!(out, "- {}", text(line))?;
        }
    }
    Ok(())
}
