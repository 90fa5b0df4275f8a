//! A person's assessments over time as text: the answer in a few lines, then the tables.

use std::io;

use comfy_table::{Cell, CellAlignment};

use super::TableRenderer;
use crate::export::Renderer;
use crate::progress::history::History;
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
        let readiness = format!("{} readiness", h.target_title);
        let mut t = self.table(&["Assessed on", "Best level", &readiness, "Ratings changed"]);
        for a in &h.assessments {
            t.add_row(vec![
                Cell::new(safe(&History::day(a))),
                Cell::new(safe(a.best_title.as_deref().unwrap_or("none yet"))),
                Cell::new(format!("{:.1}%", a.target_readiness))
                    .set_alignment(CellAlignment::Right),
                Cell::new(safe(&History::changes_text(a))),
            ]);
        }
        writeln!(out, "{t}")?;
        writeln!(out)?;
        writeln!(out, "Readiness per level")?;
        let days: Vec<String> = h
            .assessments
            .iter()
            .map(History::day)
            .collect();
        let mut header = vec!["Level"];
        header.extend(days.iter().map(String::as_str));
        let mut t = self.table(&header);
        for (l, level) in h.levels.iter().enumerate() {
            let mut row = vec![Cell::new(safe(&level.title))];
            row.extend(h.assessments.iter().map(|a| {
                Cell::new(format!("{:.1}%", a.readiness[l])).set_alignment(CellAlignment::Right)
            }));
            t.add_row(row);
        }
        writeln!(out, "{t}")?;
        for a in &h.assessments {
            writeln!(out, "  {}: {}", safe(&History::day(a)), safe(&a.file))?;
        }
        Ok(())
    }
}
