//! The team summary and the skills matrix as text tables: every section of
//! [`crate::team::sections`] as a heading, its lines and its table.

use std::io;

use comfy_table::{Cell, CellAlignment};

use super::TableRenderer;
use crate::export::Renderer;
use crate::team::TeamSummary;
use crate::team::matrix::TeamMatrix;
use crate::team::sections::Section;
use crate::text::terminal_safe as safe;

impl Renderer<TeamSummary> for TableRenderer {
    fn render(&self, t: &TeamSummary, out: &mut dyn io::Write) -> io::Result<()> {
        writeln!(out, "{}", safe(&t.title_line()))?;
        writeln!(out, "  {}", safe(&t.counts_line()))?;
        writeln!(out)?;
        writeln!(out, "Skills, most urgent for the team first")?;
        let mut header = vec!["Skill", "Short", "Short %", "Mean gap", "Team priority"];
        if t.has_reviews() {
            header.extend(["Reviewed", "Self − review"]);
        }
        let mut table = self.table(&header);
        for s in &t.skills {
            let right = |c: Cell| c.set_alignment(CellAlignment::Right);
            let mut row = vec![
                Cell::new(safe(&s.name)),
                right(Cell::new(s.short_count)),
                right(Cell::new(format!("{:.1}%", s.short_percent))),
                right(Cell::new(format!("{:.2}", s.mean_gap))),
                right(Cell::new(s.priority)),
            ];
            if t.has_reviews() {
                row.push(right(Cell::new(s.reviewed_count)));
                row.push(right(Cell::new(TeamSummary::perception_cell(s))));
            }
            table.add_row(row);
        }
        writeln!(out, "{table}")?;
        if t.has_reviews() {
            self.para(out, "", "  ", &t.review_legend())?;
        }
        writeln!(out)?;
        writeln!(out, "The ladder")?;
        let mut table = self.table(&["Level", "Reached", "Best level of", "Aiming at"]);
        for l in &t.levels {
            let right = |c: Cell| c.set_alignment(CellAlignment::Right);
            table.add_row(vec![
                Cell::new(safe(&l.title)),
                right(Cell::new(l.reached_count)),
                right(Cell::new(l.best_count)),
                right(Cell::new(l.target_count)),
            ]);
        }
        writeln!(out, "{table}")?;
        writeln!(out, "No level reached yet: {}", t.members_without_level)?;
        writeln!(out)?;
        writeln!(out, "Training plan")?;
        if t.certifications.is_empty() {
            writeln!(out, "  nothing to fund: no certification covers a team gap")?;
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

