//! A person's assessments over time as text: the answer in a few lines, then the tables.

use std::io;

use comfy_table::{Cell, CellAlignment};

use super::TableRenderer;
use crate::export::Renderer;
use crate::i18n;
use crate::progress::history::History;
use crate::tr;
use crate::text::terminal_safe as safe;

impl Renderer<History> for TableRenderer {
    fn render(&self, h: &History, out: &mut dyn io::Write) -> io::Result<()> {
        writeln!(out, "{}", safe(&h.title_line()))?;
        writeln!(out)?;
        for line in &h.summary.lines {
            self.para(out, "", "  ", &safe(line))?;
        }
        writeln!(out)?;
        for line in h.summary_lines() {
            writeln!(out, "  {}", safe(&line))?;
        }
        writeln!(out)?;
        let lang = h.lang;
        let header = [
            tr!(lang, "progress-col-assessed-on"),
            tr!(lang, "progress-col-best-level"),
            tr!(
                lang,
                "progress-col-target-readiness",
                title = h.target_title.as_str()
            ),
            tr!(lang, "progress-col-ratings-changed"),
        ];
        let mut t = self.table(&header.each_ref().map(String::as_str));
        for a in &h.assessments {
            t.add_row(vec![
                Cell::new(safe(&h.day(a))),
                Cell::new(safe(&h.best_title(a))),
                Cell::new(i18n::percent(lang, a.target_readiness))
                    .set_alignment(CellAlignment::Right),
                Cell::new(safe(&h.changes_text(a))),
            ]);
        }
        writeln!(out, "{t}")?;
        writeln!(out)?;
        writeln!(out, "{}", tr!(lang, "progress-readiness-per-level"))?;
        let days: Vec<String> = h.assessments.iter().map(|a| h.day(a)).collect();
        let level = tr!(lang, "progress-col-level");
        let mut header = vec![level.as_str()];
        header.extend(days.iter().map(String::as_str));
        let mut t = self.table(&header);
        for (l, level) in h.levels.iter().enumerate() {
            let mut row = vec![Cell::new(safe(&level.title))];
            row.extend(h.assessments.iter().map(|a| {
                Cell::new(i18n::percent(lang, a.readiness[l])).set_alignment(CellAlignment::Right)
            }));
            t.add_row(row);
        }
        writeln!(out, "{t}")?;
        for a in &h.assessments {
            writeln!(out, "  {}: {}", safe(&h.day(a)), safe(&a.file))?;
        }
        Ok(())
    }
}
