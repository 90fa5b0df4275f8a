//! One person's report as a workbook: their Skills against the target (the verdict on
//! top, as every format opens with it), Levels (readiness, met and reached),
//! Certifications (recommended, and the credentials held with their days), Next steps, a
//! Summary with everything else the Markdown report says, and the Words it uses, explained.

use rust_xlsxwriter::XlsxError;

use super::{Cell, Sheet, row_num};
use crate::report::Report;

/// Every sheet of the report, in order.
pub fn sheets(r: &Report) -> Result<Vec<Sheet>, XlsxError> {
    Ok(vec![
        skills(r)?,
        levels(r)?,
        certifications(r)?,
        next_steps(r)?,
        summary(r)?,
        words(r)?,
    ])
}

/// The words the report uses, explained, as every format ends with them.
fn words(r: &Report) -> Result<Sheet, XlsxError> {
    let mut sheet = Sheet::new("Words")?;
    sheet.title(0, "Words used in this report")?;
    sheet.set_width(0, 24.0)?;
    sheet.set_width(1, 90.0)?;
    sheet.set_width(2, 50.0)?;
    sheet.header(2, &["Term", "What it means", "Source"])?;
    for (i, entry) in r.glossary.iter().enumerate() {
        sheet.row(
            row_num(i + 3)?,
            [
                Cell::from(&entry.term),
                Cell::from(&entry.explanation),
                Cell::from(&entry.source),
            ],
        )?;
    }
    Ok(sheet)
}

/// Every skill against the target, most urgent first.
fn skills(r: &Report) -> Result<Sheet, XlsxError> {
    let mut sheet = Sheet::new("Skills")?;
    sheet.title(0, &r.title())?;
    // The answer first: the verdict's headline, then the rest of it on one line.
    let verdict = &r.summary.lines;
    sheet.line(1, verdict.first().map_or("", String::as_str))?;
    sheet.line(2, &verdict.get(1..).unwrap_or_default().join(" "))?;
    sheet.line(
        3,
        &format!(
            "Most urgent first. Scale: {}. Priority is importance × gap.",
            r.scale_text()
        ),
    )?;
    let mut head = vec!["Skill", "Category", "Rating", "Rating in words"];
    if r.has_reviews() {
        head.extend(["Self rating", "Review rating"]);
    }
    head.extend(["Required", "Gap", "Priority", "Evidence"]);
    sheet.table_header(4, &head, r.skills.len())?;
    let wrap = sheet.styles().wrap.clone();
    for (i, s) in r.skills.iter().enumerate() {
        let row = row_num(i + 5)?;
        let mut cells = vec![
            Cell::from(&s.name),
            Cell::from(s.category.as_str()),
            Cell::Empty,
            Cell::from(r.row_rating_text(s)),
        ];
        if r.has_reviews() {
            cells.extend([Cell::from(r.own_rating(s)), Cell::from(s.review_rating)]);
        }
        cells.extend([
            Cell::from(s.required),
            Cell::from(s.gap),
            Cell::from(s.priority),
        ]);
        let evidence_col = super::col_num(cells.len())?;
        sheet.row(row, cells)?;
        let colour = sheet.styles().for_gap(s.gap).clone();
        let rating = match s.rating {
            Some(v) => Cell::from(v),
            None => Cell::Empty,
        };
        sheet.cell_with(row, 2, rating, Some(&colour))?;
        sheet.cell_with(
            row,
            evidence_col,
            Cell::from(s.evidence.as_ref()),
            Some(&wrap),
        )?;
    }
    Ok(sheet)
}

/// Readiness by level, and what stands before the next one.
fn levels(r: &Report) -> Result<Sheet, XlsxError> {
    let mut sheet = Sheet::new("Levels")?;
    sheet.table_header(
        0,
        &[
            "Level",
            "Years",
            "Readiness",
            "Met",
            "Reached",
            "Median pay",
            "Currency",
        ],
        r.levels.len(),
    )?;
    for (i, l) in r.levels.iter().enumerate() {
        sheet.row(
            row_num(i + 1)?,
            [
                Cell::from(&l.title),
                Cell::from(&l.years),
                Cell::Percent(l.readiness),
                Cell::from(l.met),
                Cell::from(l.reached),
                Cell::from(l.salary.as_ref().map(|s| s.median)),
                Cell::from(l.salary.as_ref().map(|s| &s.currency)),
            ],
        )?;
    }
    let mut row = r.levels.len() + 2;
    sheet.line(row_num(row)?, &format!("A level is {}.", r.reach_rule()))?;
    if let Some(next) = &r.next_level {
        row += 2;
        sheet.title(row_num(row)?, &format!("What stands before {}", next.title))?;
        if next.readiness_short_by > 0.0 {
            row += 1;
            sheet.line(
                row_num(row)?,
                &r.short_line(next),
            )?;
        }
        for g in &next.gaps {
            row += 1;
            sheet.line(row_num(row)?, &r.gap_line(g))?;
        }
    }
    Ok(sheet)
}

/// The certifications recommended, then the credentials held.
fn certifications(r: &Report) -> Result<Sheet, XlsxError> {
    let mut sheet = Sheet::new("Certifications")?;
    sheet.table_header(
        0,
        &["#", "Certification", "Issuer", "Details"],
        r.certifications.len(),
    )?;
    let wrap = sheet.styles().wrap.clone();
    for (i, c) in r.certifications.iter().enumerate() {
        let row = row_num(i + 1)?;
        sheet.row(
            row,
            [Cell::from(i + 1), Cell::from(&c.name), Cell::from(&c.issuer)],
        )?;
        sheet.cell_with(row, 3, Cell::from(r.cert_lines(c).join("\n")), Some(&wrap))?;
    }
    let mut row = r.certifications.len() + 2;
    if r.certifications.is_empty() {
        sheet.line(row_num(row)?, &r.no_certifications_sentence())?;
        row += 2;
    }
    if !r.credentials.is_empty() {
        sheet.title(row_num(row)?, &r.credentials_heading())?;
        row += 1;
        sheet.header(
            row_num(row)?,
            &["Certification", "Earned", "Expires", "State", "Days left"],
        )?;
        for h in &r.credentials {
            row += 1;
            sheet.row(
                row_num(row)?,
                [
                    Cell::from(&h.name),
                    Cell::from(h.earned),
                    Cell::from(h.expires),
                    Cell::from(h.state.as_str()),
                    Cell::from(h.days_left),
                ],
            )?;
        }
    }
    Ok(sheet)
}

/// The next steps, one row per action.
fn next_steps(r: &Report) -> Result<Sheet, XlsxError> {
    let mut sheet = Sheet::new("Next steps")?;
    let actions: Vec<(usize, &crate::report::NextStep, String)> = r
        .next_steps
        .iter()
        .enumerate()
        .flat_map(|(i, step)| {
            let mut list = r.step_actions(step);
            if list.is_empty() {
                list.push(String::new());
            }
            list.into_iter().map(move |a| (i + 1, step, a))
        })
        .collect();
    sheet.table_header(
        0,
        &["Step", "Skill", "Rating", "Required", "Priority", "Action"],
        actions.len(),
    )?;
    for (i, (n, step, action)) in actions.iter().enumerate() {
        sheet.row(
            row_num(i + 1)?,
            [
                Cell::from(*n),
                Cell::from(&step.name),
                Cell::from(step.rating),
                Cell::from(step.required),
                Cell::from(step.priority),
                Cell::from(action),
            ],
        )?;
    }
    if r.next_steps.is_empty() {
        sheet.line(2, "No gaps at the target level.")?;
    }
    Ok(sheet)
}

/// The summary lines, warnings, strengths, disagreements, pay and education routes.
fn summary(r: &Report) -> Result<Sheet, XlsxError> {
    let mut sheet = Sheet::new("Summary")?;
    sheet.title(0, &r.title())?;
    let mut lines: Vec<String> = r.summary_lines();
    if !r.warnings.is_empty() {
        lines.push(String::new());
        lines.push("Warnings:".into());
        lines.extend(r.warnings.iter().cloned());
    }
    if !r.strengths.is_empty() {
        let list: Vec<String> = r
            .strengths
            .iter()
            .map(|s| r.strength_text(s))
            .collect();
        lines.push(String::new());
        lines.push(format!("Strengths: {}", list.join(", ")));
    }
    if r.has_reviews() {
        lines.push(String::new());
        lines.push(format!("{}:", r.disagree_heading()));
        if r.disagreements.is_empty() {
            lines.push(r.no_disagreement_line());
        }
        for d in &r.disagreements {
            lines.push(r.disagreement_line(d));
            lines.extend(
                d.notes
                    .iter()
                    .map(|n| format!("  {} ({}): {}", n.reviewer, n.role.as_str(), n.note)),
            );
        }
        lines.push(r.review_legend());
    }
    lines.push(String::new());
    lines.push(format!("Salary context: {}", r.salary_line()));
    lines.push(format!("Source: {}.", r.salary.source));
    for (i, line) in lines.iter().enumerate() {
        sheet.line(row_num(i + 1)?, line)?;
    }
    let mut row = lines.len() + 2;
    if !r.education_paths.is_empty() {
        sheet.title(row_num(row)?, &r.education_heading())?;
        row += 1;
        sheet.header(row_num(row)?, &["Path", "Cost", "Duration", "Note"])?;
        for e in &r.education_paths {
            row += 1;
            sheet.row(
                row_num(row)?,
                [
                    Cell::from(&e.name),
                    Cell::from(e.cost.to_string()),
                    Cell::from(&e.duration),
                    Cell::from(&e.note),
                ],
            )?;
        }
    }
    Ok(sheet)
}
