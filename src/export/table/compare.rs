//! A comparison of two assessments as text: the answer in a few lines, then each skill then
//! and now, and what changed.

use std::io;

use comfy_table::{Cell, CellAlignment, Color};

use super::TableRenderer;
use crate::export::Renderer;
use crate::i18n;
use crate::progress::{Comparison, change_cell, rating_cell};
use crate::tr;
use crate::text::terminal_safe as safe;

impl Renderer<Comparison> for TableRenderer {
    fn render(&self, c: &Comparison, out: &mut dyn io::Write) -> io::Result<()> {
        writeln!(out, "{}", safe(&c.title_line()))?;
        writeln!(out)?;
        // The answer first, unindented, so it is the first thing read.
        for line in &c.summary.lines {
            self.para(out, "", "  ", &safe(line))?;
        }
        writeln!(out)?;
        for line in c.summary_lines() {
            writeln!(out, "  {}", safe(&line))?;
        }
        writeln!(out)?;
        let lang = c.lang;
        let header = [
            tr!(lang, "progress-col-skill"),
            tr!(lang, "progress-col-then"),
            tr!(lang, "progress-col-now"),
            tr!(lang, "progress-col-change"),
            tr!(lang, "progress-col-required"),
            tr!(lang, "progress-col-gap-then"),
            tr!(lang, "progress-col-gap-now"),
        ];
        let mut t = self.table(&header.each_ref().map(String::as_str));
        for s in &c.skills {
            let right = |cell: Cell| cell.set_alignment(CellAlignment::Right);
            let change = Cell::new(change_cell(s.change));
            let change = if s.change > 0 {
                self.colored(change, Color::Green)
            } else if s.change < 0 {
                self.colored(change, Color::Red)
            } else {
                change
            };
            t.add_row(vec![
                Cell::new(safe(&s.name)),
                right(Cell::new(rating_cell(s.old))),
                right(Cell::new(rating_cell(s.new))),
                right(change),
                right(Cell::new(s.required)),
                right(Cell::new(s.old_gap)),
                right(Cell::new(s.new_gap)),
            ]);
        }
        writeln!(out, "{t}")?;
        writeln!(out)?;
        let header = [
            tr!(lang, "progress-col-level"),
            tr!(lang, "progress-col-readiness-then"),
            tr!(lang, "progress-col-readiness-now"),
            tr!(lang, "progress-col-reached-then"),
            tr!(lang, "progress-col-reached-now"),
        ];
        let mut t = self.table(&header.each_ref().map(String::as_str));
        let yes = |b: bool| {
            if b {
                tr!(lang, "progress-yes")
            } else {
                tr!(lang, "progress-no")
            }
        };
        for l in &c.levels {
            let right = |cell: Cell| cell.set_alignment(CellAlignment::Right);
            t.add_row(vec![
                Cell::new(safe(&l.title)),
                right(Cell::new(i18n::percent(lang, l.old_readiness))),
                right(Cell::new(i18n::percent(lang, l.new_readiness))),
                Cell::new(yes(l.old_reached)),
                Cell::new(yes(l.new_reached)),
            ]);
        }
        writeln!(out, "{t}")?;
        for line in c.change_lines() {
            writeln!(out, "{}", safe(&line))?;
        }
        Ok(())
    }
}


#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::render_to_vec;
    use crate::progress::tests::sample_comparison;

    #[test]
    fn table_comparison_snapshot() {
        let renderer = TableRenderer {
            color: false,
            width: Some(100),
            brief: false,
        };
        let c = sample_comparison();
        let out = String::from_utf8(render_to_vec(&renderer, &c).unwrap()).unwrap();
        // The title, then the answer before anything else.
        let first = out.lines().nth(2).unwrap();
        assert!(c.summary.lines[0].starts_with(first), "{out}");
        insta::assert_snapshot!(out);
    }
}
