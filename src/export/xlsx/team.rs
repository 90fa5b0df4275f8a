//! A team summary as a workbook: the Matrix (when made), Coverage (the team's, then each
//! group's), Pairs (with `--pairs`), Credentials (expiring and expired, with their days) and
//! the Summary (members, levels, the skills' gaps and the training plan), and the
//! Requirements the matrix is coloured by.

use rust_xlsxwriter::XlsxError;

use super::{Cell, Sheet, matrix, row_num};
use crate::credentials::{CertState, Date, Window};
use crate::team::TeamSummary;
use crate::team::coverage::SkillCoverage;

/// Every sheet of the summary, in order.
pub fn sheets(t: &TeamSummary) -> Result<Vec<Sheet>, XlsxError> {
    let mut out = Vec::new();
    if let Some(m) = &t.matrix {
        out.push(matrix::sheet(m)?);
    }
    out.push(coverage(t)?);
    if t.pairs.is_some() {
        out.push(pairs(t)?);
    }
    out.push(credentials(t)?);
    out.push(summary(t)?);
    if let Some(m) = &t.matrix {
        out.extend(matrix::requirements(m)?);
    }
    Ok(out)
}

/// One row of coverage.
fn coverage_cells<'a>(group: &'a str, c: &'a SkillCoverage) -> Vec<Cell<'a>> {
    vec![
        Cell::from(group),
        Cell::from(&c.name),
        Cell::from(c.critical),
        Cell::from(c.independent_count),
        Cell::from(c.trainer_count),
        Cell::from(c.status.as_str()),
        Cell::from(c.only_person.as_ref()),
    ]
}

/// Per skill, for the whole team and then per group: who works on their own, who trains,
/// and the status that gives.
fn coverage(t: &TeamSummary) -> Result<Sheet, XlsxError> {
    let mut sheet = Sheet::new("Coverage")?;
    let rows = t.coverage.len() + t.groups.iter().map(|g| g.coverage.len()).sum::<usize>();
    sheet.table_header(
        0,
        &[
            "Group",
            "Skill",
            "Critical",
            "Independent",
            "Trainers",
            "Status",
            "Only person",
        ],
        rows,
    )?;
    let mut row = 1;
    for c in &t.coverage {
        sheet.row(row_num(row)?, coverage_cells("Whole team", c))?;
        row += 1;
    }
    for g in &t.groups {
        for c in &g.coverage {
            sheet.row(row_num(row)?, coverage_cells(g.title(), c))?;
            row += 1;
        }
    }
    row += 1;
    if let Some(line) = t.coverage_rule_line() {
        sheet.line(row_num(row)?, &line)?;
    }
    Ok(sheet)
}

/// Who trains whom, then the learners without a trainer.
fn pairs(t: &TeamSummary) -> Result<Sheet, XlsxError> {
    let mut sheet = Sheet::new("Pairs")?;
    let Some(p) = &t.pairs else {
        return Ok(sheet);
    };
    sheet.table_header(
        0,
        &[
            "Trainer",
            "Trainer's group",
            "Learner",
            "Learner's group",
            "Skill",
            "Same group",
            "Gap",
            "Priority",
            "Without a trainer because",
        ],
        p.pairs.len() + p.unpaired.len(),
    )?;
    let mut row = 1;
    for x in &p.pairs {
        sheet.row(
            row_num(row)?,
            [
                Cell::from(&*x.trainer),
                Cell::from(x.trainer_group.as_deref()),
                Cell::from(&*x.learner),
                Cell::from(x.learner_group.as_deref()),
                Cell::from(t.skill_name(&x.skill)),
                Cell::from(x.same_group),
                Cell::from(x.gap),
                Cell::from(x.priority),
            ],
        )?;
        row += 1;
    }
    for u in &p.unpaired {
        sheet.row(
            row_num(row)?,
            [
                Cell::Empty,
                Cell::Empty,
                Cell::from(&*u.learner),
                Cell::from(u.learner_group.as_deref()),
                Cell::from(t.skill_name(&u.skill)),
                Cell::Empty,
                Cell::from(u.gap),
                Cell::from(u.priority),
                Cell::from(u.reason.describe()),
            ],
        )?;
        row += 1;
    }
    Ok(sheet)
}

/// A member's credential that runs out.
struct Running<'a> {
    member: &'a str,
    group: Option<&'a str>,
    name: &'a str,
    expires: Date,
    state: CertState,
    days_left: i64,
}

/// The credentials expired or expiring on the day of the summary: every member's, from the
/// matrix, when it was made; else the ones running out soonest.
fn running_out(t: &TeamSummary) -> Vec<Running<'_>> {
    let window = t.as_of.zip(t.expiring_days).map(|(as_of, expiring_days)| Window {
        as_of,
        expiring_days,
    });
    let (Some(m), Some(window)) = (&t.matrix, window) else {
        return t
            .next_expiries
            .iter()
            .map(|e| Running {
                member: &e.member,
                group: e.group.as_deref(),
                name: &e.name,
                expires: e.expires,
                state: e.state,
                days_left: e.days_left,
            })
            .collect();
    };
    let mut out: Vec<Running<'_>> = m
        .rows
        .iter()
        .flat_map(|r| r.credentials.iter().map(move |c| (r, c)))
        .filter_map(|(r, c)| {
            let expires = c.expires?;
            let state = window.state(Some(expires));
            matches!(state, CertState::Expired | CertState::Expiring).then(|| Running {
                member: &r.member,
                group: r.group.as_deref(),
                name: m.certifications.get(c.cert).map_or("", |k| k.name.as_str()),
                expires,
                state,
                days_left: window.as_of.days_until(expires),
            })
        })
        .collect();
    out.sort_by_key(|x| x.expires);
    out
}

/// Credentials expired and expiring, with their days, then the counts per certification.
fn credentials(t: &TeamSummary) -> Result<Sheet, XlsxError> {
    let mut sheet = Sheet::new("Credentials")?;
    let list = running_out(t);
    sheet.table_header(
        0,
        &[
            "Member",
            "Group",
            "Certification",
            "Expires",
            "State",
            "Days left",
        ],
        list.len(),
    )?;
    for (i, x) in list.iter().enumerate() {
        sheet.row(
            row_num(i + 1)?,
            [
                Cell::from(x.member),
                Cell::from(x.group),
                Cell::from(x.name),
                Cell::from(x.expires),
                Cell::from(x.state.as_str()),
                Cell::from(x.days_left),
            ],
        )?;
    }
    let mut row = list.len() + 2;
    if let (Some(day), Some(days)) = (t.as_of, t.expiring_days) {
        sheet.line(
            row_num(row)?,
            &format!(
                "As of {day}: expiring means it runs out within {days} days; an expired credential no longer counts as held."
            ),
        )?;
        row += 2;
    }
    sheet.header(
        row_num(row)?,
        &[
            "Certification",
            "Valid",
            "Expiring",
            "Expired",
            "Earned after the day",
        ],
    )?;
    for c in &t.credentials {
        row += 1;
        sheet.row(
            row_num(row)?,
            [
                Cell::from(&c.name),
                Cell::from(c.valid),
                Cell::from(c.expiring),
                Cell::from(c.expired),
                Cell::from(c.future),
            ],
        )?;
    }
    Ok(sheet)
}

/// Members, the skills' gaps, the ladder and the training plan.
fn summary(t: &TeamSummary) -> Result<Sheet, XlsxError> {
    let mut sheet = Sheet::new("Summary")?;
    sheet.title(0, &t.title_line())?;
    sheet.line(1, &t.counts_line())?;
    let mut row = 2;
    if let Some(m) = &t.matrix {
        let line = if m.too_large() {
            m.too_large_line()
        } else {
            matrix::LEGEND.to_string()
        };
        sheet.line(row, &line)?;
        row += 1;
    }
    row += 1;
    let mut head = vec![
        "Skill",
        "Short",
        "Short %",
        "Mean gap",
        "Team priority",
    ];
    if t.has_reviews() {
        head.extend(["Reviewed", "Self − review"]);
    }
    sheet.header(row, &head)?;
    sheet.worksheet().set_freeze_panes(row + 1, 0)?;
    for s in &t.skills {
        row += 1;
        let mut cells = vec![
            Cell::from(&s.name),
            Cell::from(s.short_count),
            Cell::Percent(s.short_percent),
            Cell::from(s.mean_gap),
            Cell::from(s.priority),
        ];
        if t.has_reviews() {
            cells.extend([
                Cell::from(s.reviewed_count),
                Cell::from(s.mean_perception_gap),
            ]);
        }
        sheet.row(row, cells)?;
    }
    if t.has_reviews() {
        row += 1;
        sheet.line(row, &t.review_legend())?;
    }
    row = levels(&mut sheet, t, row + 2)?;
    training_plan(&mut sheet, t, row + 2)?;
    Ok(sheet)
}

/// The ladder from `row`; returns the last row written.
fn levels(sheet: &mut Sheet, t: &TeamSummary, mut row: u32) -> Result<u32, XlsxError> {
    sheet.header(
        row,
        &["Level", "Met", "Reached", "Best level of", "Aiming at"],
    )?;
    for l in &t.levels {
        row += 1;
        sheet.row(
            row,
            [
                Cell::from(&l.title),
                Cell::from(l.met_count),
                Cell::from(l.reached_count),
                Cell::from(l.best_count),
                Cell::from(l.target_count),
            ],
        )?;
    }
    row += 1;
    sheet.line(
        row,
        &format!("No level reached yet: {}", t.members_without_level),
    )?;
    Ok(row)
}

/// The training plan from `row`.
fn training_plan(sheet: &mut Sheet, t: &TeamSummary, mut row: u32) -> Result<(), XlsxError> {
    if t.certifications.is_empty() {
        sheet.line(
            row,
            "Training plan: nothing to fund, no certification covers a team gap.",
        )?;
        return Ok(());
    }
    sheet.header(
        row,
        &[
            "Training plan",
            "Members helped",
            "Team priority",
            "Closes team gaps in",
            "Cost each (USD, from)",
            "Cost each (USD, to)",
            "Estimate",
            "Total (USD, from)",
            "Total (USD, to)",
            "First step toward",
        ],
    )?;
    for c in &t.certifications {
        row += 1;
        let covers: Vec<&str> = c.covers.iter().map(|id| t.skill_name(id)).collect();
        let toward = c.step_toward.as_ref().map(|next| {
            t.certifications
                .iter()
                .find(|x| &x.id == next)
                .map_or(next.as_str(), |x| x.name.as_str())
        });
        sheet.row(
            row,
            [
                Cell::from(&c.name),
                Cell::from(c.members_helped),
                Cell::from(c.covered_priority),
                Cell::from(covers.join(", ")),
                Cell::from(c.cost_each.min_usd),
                Cell::from(c.cost_each.max_usd),
                Cell::from(c.cost_each.estimate),
                Cell::from(c.total_cost_min_usd),
                Cell::from(c.total_cost_max_usd),
                Cell::from(toward),
            ],
        )?;
    }
    Ok(())
}
