//! Where the table is on a sheet and which way it runs: people in rows (the usual skills
//! matrix), people in columns (a TWI timetable), or one row per person and skill (as HR
//! systems export). The heading line is the one, among the first rows (or columns), that
//! names the most skills; a title or a row of category headings above it is passed over.

use super::grid::Grid;
use super::headers::{Headings, Role, fold};

/// How many rows (or columns) from the top a heading line is looked for.
const LOOK: usize = 30;

/// How far along a line its headings are looked at: a rubric's skills and a person's facts
/// fit well within it, and a team of thousands in rows is not read down every column.
const ALONG: usize = 500;

/// Which way people run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// One row per person, one column per skill.
    Rows,
    /// One column per person, one row per skill.
    Columns,
    /// One row per person and skill.
    Long,
}

impl Layout {
    /// The name `--layout` uses.
    pub fn name(self) -> &'static str {
        match self {
            Layout::Rows => "rows",
            Layout::Columns => "columns",
            Layout::Long => "long",
        }
    }

    /// In words, for the note that says how the sheet was read.
    pub fn words(self) -> &'static str {
        match self {
            Layout::Rows => "people in rows, skills in columns",
            Layout::Columns => "people in columns, skills in rows",
            Layout::Long => "one row per person and skill",
        }
    }
}

/// A grid seen with people along rows: for people in columns, rows and columns swap, and
/// places are still named as the file has them.
#[derive(Clone, Copy)]
pub struct View<'g> {
    /// The sheet.
    pub grid: &'g Grid,
    /// Whether people run down columns.
    pub across: bool,
}

impl<'g> View<'g> {
    /// The cell at line `line` (a person, or the heading line), field `field`.
    pub fn get(&self, line: usize, field: usize) -> &'g super::grid::Cell {
        if self.across {
            self.grid.get(field, line)
        } else {
            self.grid.get(line, field)
        }
    }

    /// How many lines and fields.
    pub fn size(&self) -> (usize, usize) {
        let (rows, cols) = self.grid.size();
        if self.across {
            (cols, rows)
        } else {
            (rows, cols)
        }
    }

    /// Where a cell is, as the file has it.
    pub fn place(&self, line: usize, field: usize, heading: &str) -> String {
        if self.across && self.grid.kind == super::grid::Kind::Text {
            // The heading is the row's: "line 9 ("Health and Safety"), column 3".
            format!(
                "line {} (\"{}\"), column {}",
                field + 1,
                crate::text::terminal_safe(heading),
                line + 1
            )
        } else if self.across {
            self.grid.place(field, line, Some(heading))
        } else {
            self.grid.place(line, field, Some(heading))
        }
    }

    /// Where a whole line (a person) is.
    pub fn line_place(&self, line: usize) -> String {
        if self.across {
            self.grid.column_place(line)
        } else {
            self.grid.row_place(line)
        }
    }

    /// Where a whole field (a column of the table) is.
    pub fn field_place(&self, field: usize) -> String {
        if self.across {
            self.grid.row_place(field)
        } else {
            self.grid.column_place(field)
        }
    }
}

/// Where the table was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    /// Which way people run.
    pub layout: Layout,
    /// The heading line (a row, or for people in columns a column).
    pub heading: usize,
    /// How many headings name a skill.
    pub skills: usize,
}

/// Finds the table: with `forced`, only that layout is tried.
pub fn find(grid: &Grid, headings: &Headings<'_>, forced: Option<Layout>) -> Option<Found> {
    let best = |across: bool| {
        let view = View { grid, across };
        let (lines, fields) = view.size();
        (0..lines.min(LOOK))
            .map(|line| {
                let skills = (0..fields.min(ALONG))
                    .filter(|&f| matches!(headings.role(&view.get(line, f).text()), Role::Skill(_)))
                    .count();
                (line, skills)
            })
            .max_by_key(|&(line, skills)| (skills, std::cmp::Reverse(line)))
            .filter(|&(_, skills)| skills > 0)
    };
    let long = || long_heading(grid);
    match forced {
        Some(Layout::Rows) => best(false).map(|(heading, skills)| Found {
            layout: Layout::Rows,
            heading,
            skills,
        }),
        Some(Layout::Columns) => best(true).map(|(heading, skills)| Found {
            layout: Layout::Columns,
            heading,
            skills,
        }),
        Some(Layout::Long) => long().map(|heading| Found {
            layout: Layout::Long,
            heading,
            skills: 0,
        }),
        None => {
            let rows = best(false);
            let cols = best(true);
            let rows_n = rows.map_or(0, |r| r.1);
            let cols_n = cols.map_or(0, |c| c.1);
            // A long table's skill column names many skills too: a heading row with a skill
            // and a rating column wins unless a row of headings names skills.
            if rows_n < 2
                && let Some(heading) = long()
            {
                return Some(Found {
                    layout: Layout::Long,
                    heading,
                    skills: 0,
                });
            }
            match (rows, cols) {
                (Some((heading, skills)), _) if rows_n >= cols_n => Some(Found {
                    layout: Layout::Rows,
                    heading,
                    skills,
                }),
                (_, Some((heading, skills))) => Some(Found {
                    layout: Layout::Columns,
                    heading,
                    skills,
                }),
                _ => None,
            }
        }
    }
}

/// Headings of a long table's skill column, folded.
pub const SKILL_WORDS: &[&str] = &[
    "skill",
    "skillname",
    "competency",
    "competence",
    "task",
    "skillid",
];
/// Headings of a long table's rating column, folded.
pub const RATING_WORDS: &[&str] = &[
    "rating",
    "score",
    "level",
    "value",
    "mark",
    "proficiency",
    "skilllevel",
    "result",
];

/// The row of a long table's headings: one with a skill column and a rating column.
fn long_heading(grid: &Grid) -> Option<usize> {
    let (rows, cols) = grid.size();
    (0..rows.min(LOOK)).find(|&r| {
        let folded: Vec<String> = (0..cols).map(|c| fold(&grid.get(r, c).text())).collect();
        folded.iter().any(|h| SKILL_WORDS.contains(&h.as_str()))
            && folded.iter().any(|h| RATING_WORDS.contains(&h.as_str()))
    })
}
