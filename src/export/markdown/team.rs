//! The team's documents as Markdown: a team summary (coverage, the ladder, the training
//! plan and its sections) and a skills matrix. Every piece of text from a profile or rubric
//! is escaped, so it cannot break a table or inject HTML.

use std::io;

use super::MarkdownRenderer;
use crate::export::Renderer;
use crate::team::TeamSummary;
use crate::team::matrix::TeamMatrix;
use crate::team::sections::Section;
use crate::text::{markdown_cell as cell, markdown_text as text};

impl Renderer<TeamSummary> for MarkdownRenderer {
    fn render(&self, t: &TeamSummary, out: &mut dyn io::Write) -> io::Result<()> {
        writeln!(out, "# {}", text(&t.title_line()))?;
        writeln!(out)?;
        if t.title.is_some() || t.site.is_some() {
            // A page headed for a meeting says where and when.
            writeln!(out, "{}", text(&t.place_line()))?;
            writeln!(out)?;
        }
        writeln!(out, "{}", text(&t.counts_line()))?;
        writeln!(out)?;
        writeln!(out, "## Skills, most urgent for the team first")?;
        writeln!(out)?;
        if t.has_reviews() {
            writeln!(
                out,
                "| Skill | Short | Short % | Mean gap | Team priority | Reviewed | Self − review |"
            )?;
            writeln!(out, "|---|---:|---:|---:|---:|---:|---:|")?;
        } else {
            writeln!(
                out,
                "| Skill | Short | Short % | Mean gap | Team priority |"
            )?;
            writeln!(out, "|---|---:|---:|---:|---:|")?;
        }
        for s in &t.skills {
            let reviews = if t.has_reviews() {
                format!(
                    " {} | {} |",
                    s.reviewed_count,
                    TeamSummary::perception_cell(s)
                )
            } else {
                String::new()
            };
            writeln!(
                out,
                "| {} | {} | {:.1}% | {:.2} | {} |{reviews}",
                cell(&s.name),
                s.short_count,
                s.short_percent,
                s.mean_gap,
                s.priority
            )?;
        }
        if t.has_reviews() {
            writeln!(out)?;
            writeln!(out, "{}", text(&t.review_legend()))?;
        }
        writeln!(out)?;
        writeln!(out, "## The ladder")?;
        writeln!(out)?;
        writeln!(out, "| Level | Reached | Best level of | Aiming at |")?;
        writeln!(out, "|---|---:|---:|---:|")?;
        for l in &t.levels {
            writeln!(
                out,
                "| {} | {} | {} | {} |",
                cell(&l.title),
                l.reached_count,
                l.best_count,
                l.target_count
            )?;
        }
        writeln!(out)?;
        writeln!(out, "No level reached yet: {}", t.members_without_level)?;
        writeln!(out)?;
        writeln!(out, "## Training plan")?;
        writeln!(out)?;
        if t.certifications.is_empty() {
            writeln!(out, "Nothing to fund: no certification covers a team gap.")?;
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
