//! A comparison of two assessments and a person's history as Markdown: the answer first,
//! as a quote of a few lines, then the header, the tables and the changes. Every piece of
//! text from a profile or rubric is escaped.

use std::io;

use super::MarkdownRenderer;
use crate::export::Renderer;
use crate::progress::history::History;
use crate::progress::{Comparison, change_cell, rating_cell};
use crate::text::{markdown_cell as cell, markdown_text as text};

/// The answer a document opens with: a quote, one paragraph per line, so that each stays a
/// line of its own in every Markdown viewer.
fn answer(lines: &[String], out: &mut dyn io::Write) -> io::Result<()> {
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            writeln!(out, ">")?;
        }
        writeln!(out, "> {}", text(line))?;
    }
    if !lines.is_empty() {
        writeln!(out)?;
    }
    Ok(())
}

impl Renderer<Comparison> for MarkdownRenderer {
    fn render(&self, c: &Comparison, out: &mut dyn io::Write) -> io::Result<()> {
        writeln!(out, "# {}", text(&c.title_line()))?;
        writeln!(out)?;
        answer(&c.summary.lines, out)?;
        for line in c.summary_lines() {
            writeln!(out, "- {}", text(&line))?;
        }
        writeln!(out)?;
        writeln!(out, "## Skills")?;
        writeln!(out)?;
        writeln!(
            out,
            "| Skill | Then | Now | Change | Required | Gap then | Gap now |"
        )?;
        writeln!(out, "|---|---:|---:|---:|---:|---:|---:|")?;
        for s in &c.skills {
            writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} | {} |",
                cell(&s.name),
                rating_cell(s.old),
                rating_cell(s.new),
                change_cell(s.change),
                s.required,
                s.old_gap,
                s.new_gap
            )?;
        }
        writeln!(out)?;
        writeln!(out, "## Readiness")?;
        writeln!(out)?;
        writeln!(out, "| Level | Then | Now | Reached then | Reached now |")?;
        writeln!(out, "|---|---:|---:|---|---|")?;
        let yes = |b: bool| if b { "yes" } else { "no" };
        for l in &c.levels {
            writeln!(
                out,
                "| {} | {:.1}% | {:.1}% | {} | {} |",
                cell(&l.title),
                l.old_readiness,
                l.new_readiness,
                yes(l.old_reached),
                yes(l.new_reached)
            )?;
        }
        writeln!(out)?;
        for line in c.change_lines() {
            writeln!(out, "- {}", text(&line))?;
        }
        Ok(())
    }
}

impl Renderer<History> for MarkdownRenderer {
    fn render(&self, h: &History, out: &mut dyn io::Write) -> io::Result<()> {
        writeln!(out, "# {}", text(&h.title_line()))?;
        writeln!(out)?;
        answer(&h.summary.lines, out)?;
        for line in h.summary_lines() {
            writeln!(out, "- {}", text(&line))?;
        }
        writeln!(out)?;
        writeln!(out, "## Assessments")?;
        writeln!(out)?;
        writeln!(
            out,
            "| Assessed on | Best level | {} readiness | Ratings changed |",
            cell(&h.target_title)
        )?;
        writeln!(out, "|---|---|---:|---|")?;
        for a in &h.assessments {
            writeln!(
                out,
                "| {} | {} | {:.1}% | {} |",
                cell(&History::day(a)),
                cell(a.best_title.as_deref().unwrap_or("none yet")),
                a.target_readiness,
                cell(&History::changes_text(a))
            )?;
        }
        writeln!(out)?;
        writeln!(out, "## Readiness per level")?;
        writeln!(out)?;
        let days: Vec<String> = h.assessments.iter().map(|a| cell(&History::day(a))).collect();
        writeln!(out, "| Level | {} |", days.join(" | "))?;
        writeln!(out, "|---|{}", "---:|".repeat(days.len()))?;
        for (l, level) in h.levels.iter().enumerate() {
            let values: Vec<String> = h
                .assessments
                .iter()
                .map(|a| format!("{:.1}%", a.readiness[l]))
                .collect();
            writeln!(out, "| {} | {} |", cell(&level.title), values.join(" | "))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::export::markdown::MarkdownRenderer;
    use crate::export::render_to_vec;
    use crate::progress::history::tests::sample_history;
    use crate::progress::tests::sample_comparison;

    #[test]
    fn markdown_comparison_snapshot() {
        let c = sample_comparison();
        let md = String::from_utf8(render_to_vec(&MarkdownRenderer, &c).unwrap()).unwrap();
        // The answer first, right under the title, each of its lines as a quote.
        let quoted: Vec<&str> = md
            .lines()
            .skip(2)
            .take_while(|l| l.starts_with('>'))
            .filter(|l| *l != ">")
            .collect();
        assert_eq!(quoted.len(), c.summary.lines.len(), "{md}");
        insta::assert_snapshot!(md);
    }

    #[test]
    fn markdown_history_snapshot() {
        let h = sample_history();
        let md = String::from_utf8(render_to_vec(&MarkdownRenderer, &h).unwrap()).unwrap();
        assert!(md.contains("| 2026-12-01 (file date) |"), "{md}");
        insta::assert_snapshot!(md);
    }
}
