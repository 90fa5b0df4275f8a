//! The team summary and the skills matrix as text tables: every section of
//! [`crate::team::sections`] as a heading, its lines and its table.

use std::io;

use comfy_table::{Cell, CellAlignment};

use super::TableRenderer;
use crate::export::Renderer;
use crate::team::TeamSummary;
use crate::team::summary::{count, fixed, percent};
use crate::tr;
use crate::team::matrix::TeamMatrix;
use crate::team::sections::Section;
use crate::text::terminal_safe as safe;

impl Renderer<TeamSummary> for TableRenderer {
    fn render(&self, t: &TeamSummary, out: &mut dyn io::Write) -> io::Result<()> {
        let lang = t.lang;
        writeln!(out, "{}", safe(&t.title_line()))?;
        writeln!(out, "  {}", safe(&t.counts_line()))?;
        writeln!(out)?;
        writeln!(out, "{}", tr!(lang, "team-skills-heading"))?;
        let mut header = vec![
            tr!(lang, "team-col-skill"),
            tr!(lang, "team-col-short"),
            tr!(lang, "team-col-short-percent"),
            tr!(lang, "team-col-mean-gap"),
            tr!(lang, "team-col-team-priority"),
        ];
        if t.has_reviews() {
            header.extend([
                tr!(lang, "team-col-reviewed"),
                tr!(lang, "team-col-self-review"),
            ]);
        }
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        let mut table = self.table(&header);
        for s in &t.skills {
            let right = |c: Cell| c.set_alignment(CellAlignment::Right);
            let mut row = vec![
                Cell::new(safe(&s.name)),
                right(Cell::new(count(lang, s.short_count))),
                right(Cell::new(percent(lang, s.short_percent))),
                right(Cell::new(fixed(lang, s.mean_gap, 2))),
                right(Cell::new(count(lang, s.priority))),
            ];
            if t.has_reviews() {
                row.push(right(Cell::new(count(lang, s.reviewed_count))));
                row.push(right(Cell::new(t.perception_cell(s))));
            }
            table.add_row(row);
        }
        writeln!(out, "{table}")?;
        if t.has_reviews() {
            self.para(out, "", "  ", &t.review_legend())?;
        }
        writeln!(out)?;
        self.ladder(t, out)?;
        writeln!(out)?;
        writeln!(out, "{}", tr!(lang, "team-training-heading"))?;
        if t.certifications.is_empty() {
            writeln!(out, "  {}", tr!(lang, "team-nothing-to-fund-line"))?;
        }
        for (i, c) in t.certifications.iter().enumerate() {
            writeln!(out, "  {}. {}", i + 1, safe(&c.name))?;
            for line in t.cert_lines(c) {
                writeln!(out, "     {}", safe(&line))?;
            }
        }
        for section in t.sections() {
            self.section(&section, out)?;
        }
        Ok(())
    }
}

impl Renderer<TeamMatrix> for TableRenderer {
    fn render(&self, m: &TeamMatrix, out: &mut dyn io::Write) -> io::Result<()> {
        writeln!(out, "{}", safe(&m.title_line()))?;
        self.section(&m.section(), out)
    }
}

impl TableRenderer {
    /// The ladder: members per level, and those who reached none.
    fn ladder(&self, t: &TeamSummary, out: &mut dyn io::Write) -> io::Result<()> {
        let lang = t.lang;
        writeln!(out, "{}", tr!(lang, "team-ladder-heading"))?;
        let header = [
            tr!(lang, "team-col-level"),
            tr!(lang, "team-col-reached"),
            tr!(lang, "team-col-best-of"),
            tr!(lang, "team-col-aiming"),
        ];
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        let mut table = self.table(&header);
        for l in &t.levels {
            let right = |c: Cell| c.set_alignment(CellAlignment::Right);
            table.add_row(vec![
                Cell::new(safe(&l.title)),
                right(Cell::new(count(lang, l.reached_count))),
                right(Cell::new(count(lang, l.best_count))),
                right(Cell::new(count(lang, l.target_count))),
            ]);
        }
        writeln!(out, "{table}")?;
        writeln!(
            out,
            "{}",
            tr!(
                lang,
                "team-no-level",
                n = count(lang, t.members_without_level)
            )
        )
    }

    /// A section of a team summary: heading, lines, table, lines.
    fn section(&self, s: &Section, out: &mut dyn io::Write) -> io::Result<()> {
        writeln!(out)?;
        writeln!(out, "{}", safe(&s.heading))?;
        for line in &s.lines {
            writeln!(out, "  {}", safe(line))?;
        }
        if !s.header.is_empty() {
            let header: Vec<&str> = s.header.iter().map(String::as_str).collect();
            let mut table = self.table(&header);
            for row in &s.rows {
                table.add_row(row.iter().zip(&s.numeric).map(|(c, &num)| {
                    let cell = Cell::new(safe(c));
                    if num {
                        cell.set_alignment(CellAlignment::Right)
                    } else {
                        cell
                    }
                }));
            }
            writeln!(out, "{table}")?;
        }
        for line in &s.after {
            writeln!(out, "  {}", safe(line))?;
        }
        Ok(())
    }
}

