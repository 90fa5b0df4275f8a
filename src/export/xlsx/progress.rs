//! Progress as workbooks: a comparison of two assessments (Skills, Readiness, Summary) and a
//! person's history (Assessments, Readiness per level), the tables the Markdown shows.

use rust_xlsxwriter::XlsxError;

use super::{Cell, Sheet, col_num, row_num};
use crate::credentials::Date;
use crate::progress::Comparison;
use crate::progress::history::{Assessment, History};

/// The sheets of a comparison.
pub fn comparison(c: &Comparison) -> Result<Vec<Sheet>, XlsxError> {
    let mut skills = Sheet::new("Skills")?;
    skills.table_header(
        0,
        &[
            "Skill", "Then", "Now", "Change", "Required", "Gap then", "Gap now",
        ],
        c.skills.len(),
    )?;
    for (i, s) in c.skills.iter().enumerate() {
        skills.row(
            row_num(i + 1)?,
            [
                Cell::from(&s.name),
                Cell::from(s.old),
                Cell::from(s.new),
                Cell::from(s.change),
                Cell::from(s.required),
                Cell::from(s.old_gap),
                Cell::from(s.new_gap),
            ],
        )?;
    }
    let mut levels = Sheet::new("Readiness")?;
    levels.table_header(
        0,
        &["Level", "Then", "Now", "Reached then", "Reached now"],
        c.levels.len(),
    )?;
    for (i, l) in c.levels.iter().enumerate() {
        levels.row(
            row_num(i + 1)?,
            [
                Cell::from(&l.title),
                Cell::Percent(l.old_readiness),
                Cell::Percent(l.new_readiness),
                Cell::from(l.old_reached),
                Cell::from(l.new_reached),
            ],
        )?;
    }
    let mut summary = Sheet::new("Summary")?;
    summary.title(0, &c.title_line())?;
    let lines: Vec<String> = c
        .summary
        .lines
        .iter()
        .cloned()
        .chain([String::new()])
        .chain(c.summary_lines())
        .chain([String::new()])
        .chain(c.change_lines())
        .collect();
    for (i, line) in lines.iter().enumerate() {
        summary.line(row_num(i + 1)?, line)?;
    }
    Ok(vec![skills, levels, summary])
}

/// An assessment's day as a date when the file gives one, else as the words shown for it
/// ("2026-12-01 (file date)", "date unknown").
fn day_cell<'a>(h: &History, a: &'a Assessment) -> Cell<'a> {
    match a.assessed_on.as_deref().and_then(Date::parse) {
        Some(day) => Cell::from(day),
        None => Cell::from(h.day(a)),
    }
}

/// The sheets of a history.
pub fn history(h: &History) -> Result<Vec<Sheet>, XlsxError> {
    let mut list = Sheet::new("Assessments")?;
    let readiness = format!("{} readiness", h.target_title);
    list.table_header(
        0,
        &[
            "Assessed on",
            "File",
            "Best level",
            &readiness,
            "Ratings changed",
        ],
        h.assessments.len(),
    )?;
    for (i, a) in h.assessments.iter().enumerate() {
        list.row(
            row_num(i + 1)?,
            [
                day_cell(h, a),
                Cell::from(&a.file),
                Cell::from(a.best_title.as_deref().unwrap_or("none yet")),
                Cell::Percent(a.target_readiness),
                Cell::from(h.changes_text(a)),
            ],
        )?;
    }
    let mut row = h.assessments.len() + 2;
    list.title(row_num(row)?, &h.title_line())?;
    for line in h.summary.lines.iter().cloned().chain(h.summary_lines()) {
        row += 1;
        list.line(row_num(row)?, &line)?;
    }
    let mut levels = Sheet::new("Readiness")?;
    levels.header(0, &["Level"])?;
    for (k, a) in h.assessments.iter().enumerate() {
        let header = levels.styles().header.clone();
        levels.cell_with(
            0,
            col_num(k + 1)?,
            day_cell(h, a),
            Some(&header),
        )?;
    }
    levels.worksheet().set_freeze_panes(1, 1)?;
    for (l, level) in h.levels.iter().enumerate() {
        let mut cells = vec![Cell::from(&level.title)];
        cells.extend(
            h.assessments
                .iter()
                .map(|a| a.readiness.get(l).map_or(Cell::Empty, |&r| Cell::Percent(r))),
        );
        levels.row(row_num(l + 1)?, cells)?;
    }
    Ok(vec![list, levels])
}
