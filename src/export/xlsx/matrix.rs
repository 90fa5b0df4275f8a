//! The Matrix sheet: one row per member, one column per skill, then the certifications
//! they list, and under the members the coverage counts; and the Requirements sheet, what
//! every level requires.
//!
//! Row 1 is a contract, because skillgap reads the sheet back: `Name`, `Group`,
//! `Target level` (the level's title), `Best level` (a title, or empty; not read back),
//! `Years`, `Education` (an education id), then every skill's name in rubric order, then for
//! every certification some member lists, in rubric order, a column headed by its name (the
//! day it was earned, or `held`) and, when some member's credential of it expires, a column
//! headed `<name> expires`. A skill's cell is the rating scored, or empty when not rated.
//! One blank row after the members, each coverage row's name starts with `Coverage`, which a
//! reader skips.

use rust_xlsxwriter::{Color, Format, FormatAlign, FormatBorder, Note, XlsxError};

use super::{Cell, Sheet, col_num, row_num};
use crate::team::matrix::{MatrixRow, TeamMatrix};

/// The heading of the member's name.
pub const NAME: &str = "Name";
/// The heading of the member's group.
pub const GROUP: &str = "Group";
/// The heading of the title of the member's target level.
pub const TARGET_LEVEL: &str = "Target level";
/// The heading of the title of the member's best level (not read back).
pub const BEST_LEVEL: &str = "Best level";
/// The heading of the member's years of experience.
pub const YEARS: &str = "Years";
/// The heading of the member's education id.
pub const EDUCATION: &str = "Education";
/// What follows a certification's name in the heading of its expiry days.
pub const EXPIRES_SUFFIX: &str = " expires";
/// A certification's cell when the day it was earned is not known.
pub const HELD: &str = "held";
/// How every coverage row's name starts.
pub const COVERAGE: &str = "Coverage";

/// What the colours of the matrix mean.
pub const LEGEND: &str = "Each skill cell is the rating scored. Green: at or above what the member's target level requires. Orange: 1 below it. Red: 2 or more below it. A rating short of the target shows a * (in a matrix of up to 1,000 members, the cell's note gives the requirement). Grey and empty: not rated (scored as 0). Grey \"not asked\": left out of the profile, and of its scores. The Requirements sheet lists what every level requires.";

/// The formats of the matrix's own cells.
struct Colours {
    skill_header: Format,
    coverage: Format,
}

impl Colours {
    fn new() -> Colours {
        Colours {
            skill_header: Format::new()
                .set_bold()
                .set_background_color(Color::RGB(0xD9E1F2))
                .set_border_bottom(FormatBorder::Thin)
                .set_rotation(90)
                .set_align(FormatAlign::Center),
            coverage: Format::new().set_italic().set_align(FormatAlign::Center),
        }
    }
}

/// The certification columns: per certification of the matrix, whether some member's
/// credential of it expires.
fn cert_columns(m: &TeamMatrix) -> Vec<bool> {
    let mut expires = vec![false; m.certifications.len()];
    for c in m.rows.iter().flat_map(|r| &r.credentials) {
        if c.expires.is_some()
            && let Some(e) = expires.get_mut(c.cert)
        {
            *e = true;
        }
    }
    expires
}

/// The first row of the sheet.
pub fn header(m: &TeamMatrix) -> Vec<String> {
    let mut header: Vec<String> = [NAME, GROUP, TARGET_LEVEL, BEST_LEVEL, YEARS, EDUCATION]
        .map(String::from)
        .to_vec();
    header.extend(m.skills.iter().map(|s| s.name.clone()));
    for (cert, expires) in m.certifications.iter().zip(cert_columns(m)) {
        header.push(cert.name.clone());
        if expires {
            header.push(format!("{}{EXPIRES_SUFFIX}", cert.name));
        }
    }
    header
}

/// A skill's cell when the profile leaves it out (not asked), as the reader knows it.
pub const NOT_ASKED: &str = "not asked";

/// The columns before the skills.
const FIXED: usize = 6;

/// The Matrix sheet.
pub fn sheet(m: &TeamMatrix) -> Result<Sheet, XlsxError> {
    let mut sheet = Sheet::new("Matrix")?;
    let colours = Colours::new();
    let head = header(m);
    let header_format = sheet.styles().header.clone();
    for (col, name) in head.iter().enumerate() {
        let skill = (FIXED..FIXED + m.skills.len()).contains(&col);
        let f = if skill {
            &colours.skill_header
        } else {
            &header_format
        };
        sheet.cell_with(0, col_num(col)?, Cell::from(name), Some(f))?;
        if skill {
            sheet.set_width(col_num(col)?, 5.0)?;
        } else if col >= FIXED {
            // Certifications' names are long: wrapped in the tall header row.
            sheet.set_width(col_num(col)?, 16.0)?;
        }
    }
    // Tall enough for the longest skill's name, written upwards (Excel's tallest row is
    // 409 points).
    let longest = m.skills.iter().map(|k| k.name.chars().count()).max().unwrap_or(10);
    sheet
        .worksheet()
        .set_row_height(0, (longest as f64 * 6.0 + 12.0).clamp(60.0, 409.0))?;
    sheet.worksheet().set_freeze_panes(1, 1)?;
    let legend = if m.too_large() {
        m.too_large_line()
    } else {
        LEGEND.to_string()
    };
    sheet
        .worksheet()
        .insert_note(0, 0, &Note::new(legend).add_author_prefix(false).set_width(400))?;
    let expires = cert_columns(m);
    for (i, r) in m.rows.iter().enumerate() {
        member_row(&mut sheet, m, r, row_num(i + 1)?, &expires)?;
    }
    coverage_rows(&mut sheet, m, row_num(m.rows.len() + 2)?, &colours)?;
    // As wide as the longest name: the coverage rows' labels run on over the empty cells
    // beside them. On paper, the heading row and the names are repeated on every page.
    let widest = m.rows.iter().map(|r| r.member.chars().count()).max().unwrap_or(0);
    sheet.set_width(0, widest.clamp(10, 30) as f64 + 2.0)?;
    sheet.worksheet().set_repeat_rows(0, 0)?.set_repeat_columns(0, 0)?;
    Ok(sheet)
}

/// The most members whose short cells get a note with the requirement: past it a workbook
/// of notes grows slow to write and to open (ten thousand members have a hundred thousand
/// short cells), and the legend and the Requirements sheet say the same.
const NOTES_UP_TO: usize = 1_000;

/// One member's row.
fn member_row(
    sheet: &mut Sheet,
    m: &TeamMatrix,
    r: &MatrixRow,
    row: u32,
    expires: &[bool],
) -> Result<(), XlsxError> {
    sheet.row(
        row,
        [
            Cell::from(&r.member),
            Cell::from(r.group.as_ref()),
            Cell::from(&r.target_level),
            Cell::from(r.best_level.as_ref()),
            Cell::from(r.years_experience),
            Cell::from(r.education.as_ref()),
        ],
    )?;
    for (k, c) in r.cells.iter().enumerate() {
        let col = col_num(FIXED + k)?;
        if !c.asked {
            // Told apart from "not rated" so that the sheet reads back as the profile was.
            let grey = sheet.styles().unrated.clone();
            sheet.cell_with(row, col, Cell::from(NOT_ASKED), Some(&grey))?;
            continue;
        }
        if !c.rated {
            let grey = sheet.styles().unrated.clone();
            sheet.cell_with(row, col, Cell::Empty, Some(&grey))?;
            continue;
        }
        // A rating short of the target shows as "2*", as in the CSV, so that it reads in
        // black and white too; the cell still holds the number 2.
        let colour = match c.gap {
            0 => sheet.styles().for_gap(0).clone(),
            gap => sheet.styles().for_gap(gap).clone().set_num_format("0\"*\""),
        };
        sheet.cell_with(row, col, Cell::from(c.rating), Some(&colour))?;
        if c.gap > 0 && m.rows.len() <= NOTES_UP_TO {
            let required = m.required(r, k).unwrap_or(c.rating + c.gap);
            let note = format!("{} needs {required} here", r.target_level);
            sheet
                .worksheet()
                .insert_note(row, col, &Note::new(note).add_author_prefix(false))?;
        }
    }
    let mut col = FIXED + m.skills.len();
    for (i, &has_expiry) in expires.iter().enumerate() {
        if let Some(c) = r.credentials.iter().find(|c| c.cert == i) {
            let held = c.earned.map_or(Cell::from(HELD), Cell::from);
            sheet.cell(row, col_num(col)?, held)?;
            if has_expiry {
                sheet.cell(row, col_num(col + 1)?, Cell::from(c.expires))?;
            }
        }
        col += 1 + usize::from(has_expiry);
    }
    Ok(())
}

/// Under the members: per group (when there are several), then for the whole team, how many
/// members work in each skill on their own.
fn coverage_rows(
    sheet: &mut Sheet,
    m: &TeamMatrix,
    mut row: u32,
    colours: &Colours,
) -> Result<(), XlsxError> {
    let Some(independent) = m.independent.filter(|_| !m.rows.is_empty()) else {
        return Ok(());
    };
    let mut groups: Vec<Option<&String>> = Vec::new();
    for r in &m.rows {
        if groups.last() != Some(&r.group.as_ref()) {
            groups.push(r.group.as_ref());
        }
    }
    let mut sets: Vec<(String, Option<Option<&String>>)> = Vec::new();
    if groups.len() > 1 {
        for g in groups {
            let title = g.map_or("(no group)", |g| g.as_str());
            sets.push((title.to_string(), Some(g)));
        }
    }
    sets.push(("whole team".to_string(), None));
    for (title, group) in sets {
        let name = format!("{COVERAGE}: {title} — independent ({independent}+)");
        sheet.cell(row, 0, Cell::from(name))?;
        for k in 0..m.skills.len() {
            let count = m
                .rows
                .iter()
                .filter(|r| group.is_none_or(|g| r.group.as_ref() == g))
                .filter(|r| r.cells.get(k).is_some_and(|c| c.rating >= independent))
                .count();
            sheet.cell_with(
                row,
                col_num(FIXED + k)?,
                Cell::from(count),
                Some(&colours.coverage),
            )?;
        }
        row += 1;
    }
    Ok(())
}

/// The Requirements sheet: what every level requires in every skill, and what the colours
/// of the matrix mean; `None` when the matrix does not say.
pub fn requirements(m: &TeamMatrix) -> Result<Option<Sheet>, XlsxError> {
    if m.levels.is_empty() {
        return Ok(None);
    }
    let mut sheet = Sheet::new("Requirements")?;
    let mut head = vec!["Skill"];
    head.extend(m.levels.iter().map(String::as_str));
    sheet.table_header(0, &head, m.skills.len())?;
    for (i, s) in m.skills.iter().enumerate() {
        let mut cells = vec![Cell::from(&s.name)];
        cells.extend(s.required.iter().map(|&r| Cell::from(r)));
        sheet.row(row_num(i + 1)?, cells)?;
    }
    sheet.line(row_num(m.skills.len() + 2)?, LEGEND)?;
    Ok(Some(sheet))
}
