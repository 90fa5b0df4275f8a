//! The skills matrix to fill in (`skillgap template --format csv|xlsx`): the Matrix sheet's
//! header without the best level and the certifications (`Name`, `Group`, `Target level`,
//! `Years`, `Education`, then every skill's name), one example row, and in a workbook a
//! Ratings sheet with what every rating of every skill means, and checks on the cells
//! (ratings are whole numbers on the scale; levels and education come from lists).

use rust_xlsxwriter::{DataValidation, DataValidationRule, Note, XlsxError};

use super::matrix::{EDUCATION, GROUP, NAME, TARGET_LEVEL, YEARS};
use super::{Cell, Sheet, col_num, workbook_bytes};
use crate::rubric::{Education, Rubric};

/// The name of the example row, which says what to do with it.
pub const EXAMPLE_NAME: &str = "Example: Ana Ruiz (replace or delete this row)";

/// The columns before the skills.
const FIXED: usize = 5;

/// The last row (counting from 0) the workbook's checks cover.
const LAST_CHECKED_ROW: u32 = 5_000;

/// The header of the template.
pub fn header(rubric: &Rubric) -> Vec<String> {
    let mut head: Vec<String> = [NAME, GROUP, TARGET_LEVEL, YEARS, EDUCATION]
        .map(String::from)
        .to_vec();
    head.extend(rubric.skills.iter().map(|s| s.name.clone()));
    head
}

/// The example row, as text: a person aiming at `level` (else the second level), rated
/// what it requires but a little short in every fourth skill.
pub fn example(rubric: &Rubric, level: Option<usize>) -> Vec<String> {
    let target = level.unwrap_or(1.min(rubric.levels.len().saturating_sub(1)));
    let mut row = vec![
        EXAMPLE_NAME.to_string(),
        "Line 1 / days".to_string(),
        rubric
            .levels
            .get(target)
            .map_or(String::new(), |l| l.title.clone()),
        "3".to_string(),
        Education::Secondary.id().to_string(),
    ];
    row.extend(rubric.skills.iter().enumerate().map(|(i, s)| {
        let required = s.required.get(target).copied().unwrap_or(0);
        let rating = if i % 4 == 3 {
            required.saturating_sub(1)
        } else {
            required
        };
        rating.min(rubric.max_rating()).to_string()
    }));
    row
}

/// The template as a workbook: the Matrix sheet to fill in and the Ratings sheet.
pub fn workbook(rubric: &Rubric, level: Option<usize>) -> Result<Vec<u8>, XlsxError> {
    let mut sheet = Sheet::new("Matrix")?;
    sheet.header(0, &header(rubric).iter().map(String::as_str).collect::<Vec<_>>())?;
    sheet.worksheet().set_freeze_panes(1, 1)?;
    sheet.worksheet().insert_note(
        0,
        0,
        &Note::new(format!(
            "One row per person. Ratings are whole numbers from 0 to {}; leave a cell empty when the skill is not rated. The Ratings sheet says what each rating means. Then run: skillgap team -i THIS-FILE.xlsx",
            rubric.max_rating()
        ))
        .add_author_prefix(false)
        .set_width(400),
    )?;
    let example = example(rubric, level);
    for (col, text) in example.iter().enumerate() {
        // The years and the ratings are numbers.
        let cell = match text.parse::<f64>() {
            Ok(n) if col == 3 || col >= FIXED => Cell::Number(n),
            _ => Cell::from(text),
        };
        sheet.cell(1, col_num(col)?, cell)?;
    }
    checks(&mut sheet, rubric)?;
    let sheets = vec![sheet.finish(), ratings(rubric)?.finish()];
    workbook_bytes(sheets)
}

/// Checks on the cells: ratings on the scale, target levels and education from lists.
fn checks(sheet: &mut Sheet, rubric: &Rubric) -> Result<(), XlsxError> {
    let last = LAST_CHECKED_ROW;
    let max = i32::from(rubric.max_rating());
    if !rubric.skills.is_empty() {
        let rating = DataValidation::new()
            .allow_whole_number(DataValidationRule::Between(0, max))
            .set_error_message(format!(
                "A rating is a whole number from 0 to {max}; leave the cell empty when the skill is not rated."
            ))?;
        let last_col = col_num(FIXED + rubric.skills.len() - 1)?;
        sheet
            .worksheet()
            .add_data_validation(1, col_num(FIXED)?, last, last_col, &rating)?;
    }
    // A list Excel can hold (up to 255 characters); a rubric with longer titles goes without.
    let titles: Vec<&str> = rubric.levels.iter().map(|l| l.title.as_str()).collect();
    if let Ok(levels) = DataValidation::new().allow_list_strings(&titles) {
        sheet
            .worksheet()
            .add_data_validation(1, 2, last, 2, &levels)?;
    }
    let ids: Vec<&str> = Education::ALL.iter().map(|e| e.id()).collect();
    let education = DataValidation::new().allow_list_strings(&ids)?;
    sheet
        .worksheet()
        .add_data_validation(1, 4, last, 4, &education)?;
    Ok(())
}

/// What every rating of every skill means.
fn ratings(rubric: &Rubric) -> Result<Sheet, XlsxError> {
    let mut sheet = Sheet::new("Ratings")?;
    let mut head = vec!["Skill".to_string(), "Category".to_string()];
    head.extend(rubric.scale.iter().map(|p| format!("{} {}", p.value, p.label)));
    let head: Vec<&str> = head.iter().map(String::as_str).collect();
    sheet.table_header(0, &head, rubric.skills.len())?;
    sheet.worksheet().set_freeze_panes(1, 1)?;
    let wrap = sheet.styles().wrap.clone();
    for col in 2..head.len() {
        sheet.set_width(col_num(col)?, 40.0)?;
    }
    for (i, s) in rubric.skills.iter().enumerate() {
        let row = super::row_num(i + 1)?;
        sheet.row(row, [Cell::from(&s.name), Cell::from(s.category.as_str())])?;
        for (v, anchor) in s.anchors.iter().enumerate() {
            sheet.cell_with(row, col_num(v + 2)?, Cell::from(anchor), Some(&wrap))?;
        }
    }
    Ok(sheet)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_row_fits_the_header_and_the_scale() {
        let r = Rubric::builtin();
        let head = header(&r);
        let row = example(&r, r.level_index("senior"));
        assert_eq!(head.len(), row.len());
        assert_eq!(head[..5], ["Name", "Group", "Target level", "Years", "Education"]);
        assert_eq!(row[2], r.levels[r.level_index("senior").unwrap()].title);
        for rating in &row[5..] {
            let v: u8 = rating.parse().unwrap();
            assert!(v <= r.max_rating());
        }
        assert!(workbook(&r, None).is_ok());
    }
}
