//! A comparison of two assessments and a person's history as Markdown: the answer first,
//! as a quote of a few lines, then the header, the tables and the changes. Every piece of
//! text from a profile or rubric is escaped.

use std::io;

use super::MarkdownRenderer;
use crate::export::Renderer;
use crate::i18n;
use crate::progress::history::History;
use crate::progress::{Comparison, change_cell, rating_cell};
use crate::tr;
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
        let lang = c.lang;
        writeln!(out, "## {}", tr!(lang, "progress-skills"))?;
        writeln!(out)?;
        let header = [
            tr!(lang, "progress-col-skill"),
            tr!(lang, "progress-col-then"),
            tr!(lang, "progress-col-now"),
            tr!(lang, "progress-col-change"),
            tr!(lang, "progress-col-required"),
            tr!(lang, "progress-col-gap-then"),
            tr!(lang, "progress-col-gap-now"),
        ];
        writeln!(out, "| {} |", header.join(" | "))?;
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
        writeln!(out, "## {}", tr!(lang, "progress-col-readiness"))?;
        writeln!(out)?;
        let header = [
            tr!(lang, "progress-col-level"),
            tr!(lang, "progress-col-then"),
            tr!(lang, "progress-col-now"),
            tr!(lang, "progress-col-reached-then"),
            tr!(lang, "progress-col-reached-now"),
        ];
        writeln!(out, "| {} |", header.join(" | "))?;
        writeln!(out, "|---|---:|---:|---|---|")?;
        let yes = |b: bool| {
            if b {
                tr!(lang, "progress-yes")
            } else {
                tr!(lang, "progress-no")
            }
        };
        for l in &c.levels {
            writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                cell(&l.title),
                i18n::percent(lang, l.old_readiness),
                i18n::percent(lang, l.new_readiness),
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
        let lang = h.lang;
        writeln!(out, "## {}", tr!(lang, "progress-assessments"))?;
        writeln!(out)?;
        writeln!(
            out,
            "| {} | {} | {} | {} |",
            tr!(lang, "progress-col-assessed-on"),
            tr!(lang, "progress-col-best-level"),
            cell(&tr!(
                lang,
                "progress-col-target-readiness",
                title = h.target_title.as_str()
            )),
            tr!(lang, "progress-col-ratings-changed"),
        )?;
        writeln!(out, "|---|---|---:|---|")?;
        for a in &h.assessments {
            writeln!(
                out,
                "| {} | {} | {} | {} |",
                cell(&h.day(a)),
                cell(&h.best_title(a)),
                i18n::percent(lang, a.target_readiness),
                cell(&h.changes_text(a))
            )?;
        }
        writeln!(out)?;
        writeln!(out, "## {}", tr!(lang, "progress-readiness-per-level"))?;
        writeln!(out)?;
        let days: Vec<String> = h.assessments.iter().map(|a| cell(&h.day(a))).collect();
        writeln!(
            out,
            "| {} | {} |",
            tr!(lang, "progress-col-level"),
            days.join(" | ")
        )?;
        writeln!(out, "|---|{}", "---:|".repeat(days.len()))?;
        for (l, level) in h.levels.iter().enumerate() {
            let values: Vec<String> = h
                .assessments
                .iter()
                .map(|a| i18n::percent(lang, a.readiness[l]))
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

    /// Words of the English documents that a Spanish one must not show.
    const ENGLISH: &[&str] = &[
        "Skill",
        "Then",
        "Now",
        "Gap",
        "Readiness",
        "Level",
        "Reached",
        "Rubric",
        "Measured against",
        "Assessed on",
        "Best level",
        "Ratings changed",
        "rated",
        "needs",
        "none",
        "yes",
        "file date",
        "Progress",
        "Assessments",
        "Since",
    ];

    #[test]
    fn markdown_progress_in_spanish_snapshot() {
        use crate::i18n::Lang;
        use crate::progress::history::tests::sample_history_in;
        use crate::progress::tests::sample_comparison_in;
        let c = sample_comparison_in(Lang::Es);
        let h = sample_history_in(Lang::Es);
        let md = [
            render_to_vec(&MarkdownRenderer, &c).unwrap(),
            render_to_vec(&MarkdownRenderer, &h).unwrap(),
        ]
        .map(|b| String::from_utf8(b).unwrap())
        .join("\n---\n\n");
        for word in ENGLISH {
            let found = md.split(|c: char| !c.is_alphanumeric() && c != ' ').any(|part| {
                part.split(' ').collect::<Vec<_>>().windows(word.split(' ').count()).any(|w| {
                    w.join(" ") == *word
                })
            });
            assert!(!found, "{word:?} in the Spanish documents:\n{md}");
        }
        for spanish in ["# Progreso: Sam Rivera", "| Habilidad | Antes | Ahora |", "(fecha del archivo)", "1 de diciembre de 2026"] {
            assert!(md.contains(spanish), "{spanish:?} in\n{md}");
        }
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
