//! From a found table to people: each person's name, group, target, years, education, day
//! assessed, ratings and certifications, read cell by cell; every cell that cannot be read
//! is a [`Problem`] naming it, and all of them are collected, not only the first.

use std::collections::HashMap;

use super::grid::Cell;
use super::headers::{Headings, Role, fold};
use super::layout::{Found, Layout, RATING_WORDS, SKILL_WORDS, View};
use super::scale::{Scale, Value};
use super::values::{cert_value, fact, skill_value};
use super::{Column, Facts, Problem};
use crate::date::Date;
use crate::rubric::Education;
use crate::rubric::Rubric;

/// One person as read.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Person {
    /// Where the person is: `Sheet1!7:7`, `line 7`, or for people in columns `Sheet1!D:D`.
    pub place: String,
    /// Their name.
    pub name: String,
    /// Their group, the group columns joined with " / ".
    pub group: Option<String>,
    /// Index of their target level.
    pub target: Option<usize>,
    /// Years of experience.
    pub years: Option<f64>,
    /// Highest education.
    pub education: Option<Education>,
    /// Day of the assessment.
    pub assessed_on: Option<Date>,
    /// Per skill in rubric order: `None` when the sheet has no column for it (not asked),
    /// `Some(None)` when the cell is blank (not rated).
    pub ratings: Vec<Option<Option<u8>>>,
    /// Certifications held: index, day earned, day it expires.
    pub certs: Vec<(usize, Option<Date>, Option<Date>)>,
}

/// First words of a row of totals, or of the requirements a matrix carries, rather than a
/// person (lower case).
const SUMMARY_WORDS: &[&str] = &[
    "total",
    "totals",
    "average",
    "avg",
    "mean",
    "sum",
    "count",
    "coverage",
    "median",
    "minimum",
    "maximum",
    "min",
    "max",
    "subtotal",
    "grand",
    "required",
    "requirement",
    "requirements",
    "target",
    "standard",
    "trained",
    "number",
];

/// Second words that say a two-word line counts something ("Grand total", "Required
/// level", "Average rating"), where a person's name would not.
const COUNTING: &[&str] = &[
    "total",
    "totals",
    "level",
    "levels",
    "rating",
    "ratings",
    "score",
    "scores",
    "trained",
    "independent",
    "coverage",
    "count",
    "people",
    "staff",
    "operators",
    "required",
    "average",
    "row",
];

/// Whether a line's name marks a row of totals or requirements rather than a person: one of
/// [`SUMMARY_WORDS`] alone or before a colon ("Total", "Coverage: Line 1 — independent
/// (3+)"), or before a word that counts ("Grand total", "Required level"); or it opens with
/// "#" or "%" ("# trained"). Whole words: "Summer Lee" and "Total Lee" are people.
fn is_summary(name: &str) -> bool {
    let name = name.trim();
    if name.starts_with(['#', '%']) {
        return true;
    }
    let words: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let Some(first) = words.first() else {
        return false;
    };
    if !SUMMARY_WORDS.contains(&first.as_str()) {
        return false;
    }
    words.len() == 1
        || name.contains(':')
        || (words.len() == 2 && COUNTING.contains(&words[1].as_str()))
}

/// Reads the people of a table.
pub fn read(
    view: View<'_>,
    found: Found,
    rubric: &Rubric,
    headings: &Headings<'_>,
    scale: &Scale,
    facts: &mut Facts,
) -> Vec<Person> {
    match found.layout {
        Layout::Rows | Layout::Columns => wide(view, found.heading, rubric, headings, scale, facts),
        Layout::Long => long(view, found.heading, rubric, headings, scale, facts),
    }
}

/// The roles of the heading line, with the columns listed in `facts`.
fn roles(
    view: View<'_>,
    heading: usize,
    rubric: &Rubric,
    headings: &Headings<'_>,
    facts: &mut Facts,
) -> Vec<(Role, String)> {
    let (_, fields) = view.size();
    let mut roles: Vec<(Role, String)> = (0..fields)
        .map(|f| {
            let text = view.get(heading, f).text();
            (headings.role(&text), text)
        })
        .collect();
    // No heading says "name": the text column before the skills whose values differ most
    // is taken for it (nearest the skills on a tie), not a title merged across the top.
    if !roles
        .iter()
        .any(|(r, _)| matches!(r, Role::Name | Role::FirstName))
    {
        let first_skill = roles
            .iter()
            .position(|(r, _)| matches!(r, Role::Skill(_)))
            .unwrap_or(fields);
        let lines = view.size().0;
        let distinct = |f: usize| {
            let values: std::collections::HashSet<String> = (heading + 1..lines)
                .filter(|&l| matches!(view.get(l, f), Cell::Text(_)))
                .map(|l| view.get(l, f).text())
                .collect();
            values.len()
        };
        let chosen = (0..first_skill)
            .filter(|&f| matches!(roles[f].0, Role::Blank | Role::Unknown { .. }))
            .map(|f| (distinct(f), f))
            .filter(|&(n, _)| n > 0)
            .max();
        if let Some((_, f)) = chosen {
            facts.notes.push(format!(
                "names are read from {} (its heading, \"{}\", does not say \"name\")",
                view.field_place(f),
                crate::text::terminal_safe(&roles[f].1)
            ));
            roles[f].0 = Role::Name;
        }
    }
    let mut seen: HashMap<Role, usize> = HashMap::new();
    for (f, (r, text)) in roles.iter_mut().enumerate() {
        let place = view.field_place(f);
        if let Some(&first) = seen.get(r)
            && matches!(
                r,
                Role::Skill(_) | Role::Cert(_) | Role::CertExpires(_) | Role::Name | Role::Target
            )
        {
            facts.problems.push(Problem {
                place: view.place(heading, f, text),
                message: format!(
                    "\"{}\" is the same column as {} (\"{}\"); delete one of them or rename it",
                    crate::text::terminal_safe(text),
                    view.field_place(first),
                    crate::text::terminal_safe(&view.get(heading, first).text())
                ),
            });
            *r = Role::Derived;
            continue;
        }
        seen.insert(*r, f);
        if let Role::Unknown { near: Some(skill) } = r {
            facts.problems.push(Problem {
                place: view.place(heading, f, text),
                message: format!(
                    "the heading \"{}\" is not a skill of the rubric; did you mean \"{}\"? Rename the column, or add --map \"{}={}\" (or --map \"{}=ignore\" to leave it out)",
                    crate::text::terminal_safe(text),
                    rubric.skills[*skill].name,
                    crate::text::terminal_safe(text),
                    rubric.skills[*skill].id,
                    crate::text::terminal_safe(text),
                ),
            });
        }
        if matches!(r, Role::Unknown { near: None }) && holds_ratings(view, heading, f, rubric) {
            facts.notes.push(format!(
                "{place} (\"{}\") holds numbers like ratings but names no skill, so it is not read; if it is a skill, add --map \"{}=SKILL-ID\" (`skillgap rubric show` lists the ids)",
                crate::text::terminal_safe(text),
                crate::text::terminal_safe(text),
            ));
        }
        facts.columns.push(Column {
            place,
            heading: text.clone(),
            role: *r,
        });
    }
    roles
}

/// Whether a column (below the heading line) holds whole numbers on the rubric's scale,
/// three at least and all but two, or nine in ten, of what it holds (totals below may be
/// larger): a skill
/// under a heading skillgap does not know.
fn holds_ratings(view: View<'_>, heading: usize, field: usize, rubric: &Rubric) -> bool {
    let top = f64::from(rubric.max_rating()) + 1.0;
    let (mut on_scale, mut other) = (0usize, 0usize);
    for line in heading + 1..view.size().0 {
        let value = match view.get(line, field) {
            Cell::Number(n) => Some(*n),
            Cell::Text(t) => t.trim().parse::<f64>().ok(),
            c if c.is_blank() => continue,
            _ => None,
        };
        match value {
            Some(n) if n.fract() == 0.0 && (0.0..=top).contains(&n) => on_scale += 1,
            _ => other += 1,
        }
    }
    on_scale >= 3 && (other <= 2 || other * 10 <= on_scale + other)
}

/// People in rows (or, through the view, in columns).
fn wide(
    view: View<'_>,
    heading: usize,
    rubric: &Rubric,
    headings: &Headings<'_>,
    scale: &Scale,
    facts: &mut Facts,
) -> Vec<Person> {
    let roles = roles(view, heading, rubric, headings, facts);
    let (lines, _) = view.size();
    let mut people = Vec::new();
    for line in heading + 1..lines {
        if (0..roles.len()).all(|f| view.get(line, f).is_blank()) {
            continue;
        }
        // A row of totals (or the template's example) is left out before its cells are read:
        // its counts are no ratings.
        let name = line_name(view, line, &roles);
        let folded = fold(&name);
        let place = view.line_place(line);
        if folded.starts_with("example") && name.contains(':') {
            facts.left_out.push(format!(
                "{place} (\"{}\", the template's example)",
                crate::text::terminal_safe(&name)
            ));
            continue;
        }
        if is_summary(&name) {
            facts.summary_rows.push(format!(
                "{place} (\"{}\")",
                crate::text::terminal_safe(&name)
            ));
            continue;
        }
        let (person, rated_any) = read_line(view, line, &roles, rubric, scale, facts);
        if person.name.is_empty() {
            if rated_any {
                facts.problems.push(Problem {
                    place: person.place.clone(),
                    message: "this line has ratings but no name; write the person's name, or delete the line".into(),
                });
            } else {
                facts
                    .left_out
                    .push(format!("{} (no name, no rating)", person.place));
            }
            continue;
        }
        people.push(person);
    }
    people
}

/// The name on a line: the name column, else the first and last names joined.
fn line_name(view: View<'_>, line: usize, roles: &[(Role, String)]) -> String {
    let part = |role: Role| {
        roles
            .iter()
            .position(|(r, _)| *r == role)
            .map(|f| view.get(line, f).text())
            .unwrap_or_default()
    };
    let name = part(Role::Name);
    if !name.is_empty() {
        return name;
    }
    [part(Role::FirstName), part(Role::LastName)]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// One line of a table: the person's name (or first and last names), group (the group
/// columns joined with " / "), facts and ratings; and whether any skill is rated.
fn read_line(
    view: View<'_>,
    line: usize,
    roles: &[(Role, String)],
    rubric: &Rubric,
    scale: &Scale,
    facts: &mut Facts,
) -> (Person, bool) {
    let mut person = Person {
        place: view.line_place(line),
        ratings: vec![None; rubric.skills.len()],
        ..Person::default()
    };
    let (mut first, mut last, mut groups) = (String::new(), String::new(), Vec::new());
    let mut rated_any = false;
    for (f, (r, text)) in roles.iter().enumerate() {
        let cell = view.get(line, f);
        let at = || view.place(line, f, text);
        match r {
            Role::Name => person.name = cell.text(),
            Role::FirstName => first = cell.text(),
            Role::LastName => last = cell.text(),
            Role::Group if !cell.is_blank() => groups.push(cell.text()),
            Role::Skill(s) => {
                let value = skill_value(cell, scale, rubric, &at, facts);
                rated_any |= matches!(value, Some(Value::Rated(_)));
                person.ratings[*s] = match value {
                    Some(Value::Rated(n)) => Some(Some(n)),
                    Some(Value::NotAsked) => None,
                    _ => Some(None),
                };
            }
            _ => fact(&mut person, *r, cell, rubric, &at, facts),
        }
    }
    if person.name.is_empty() {
        person.name = [first, last]
            .into_iter()
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
    }
    if !groups.is_empty() {
        person.group = Some(groups.join(" / "));
    }
    (person, rated_any)
}

/// One row per person and skill.
fn long(
    view: View<'_>,
    heading: usize,
    rubric: &Rubric,
    headings: &Headings<'_>,
    scale: &Scale,
    facts: &mut Facts,
) -> Vec<Person> {
    let mut roles = roles(view, heading, rubric, headings, facts);
    let field_of = |words: &[&str], roles: &[(Role, String)]| {
        roles
            .iter()
            .position(|(_, h)| words.contains(&fold(h).as_str()))
    };
    let (Some(skill_f), Some(rating_f)) = (
        field_of(SKILL_WORDS, &roles),
        field_of(RATING_WORDS, &roles),
    ) else {
        return Vec::new();
    };
    roles[skill_f].0 = Role::SkillNames;
    roles[rating_f].0 = Role::Ratings;
    for (f, role) in [(skill_f, Role::SkillNames), (rating_f, Role::Ratings)] {
        let place = view.field_place(f);
        if let Some(c) = facts.columns.iter_mut().find(|c| c.place == place) {
            c.role = role;
        }
    }
    let (lines, _) = view.size();
    let mut people: Vec<Person> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    // Where each person's skill was first given, to name both places of a repeat.
    let mut given: HashMap<(usize, usize), String> = HashMap::new();
    for line in heading + 1..lines {
        if (0..roles.len()).all(|f| view.get(line, f).is_blank()) {
            continue;
        }
        let (row, _) = read_line(view, line, &roles, rubric, scale, facts);
        if row.name.is_empty() {
            facts.problems.push(Problem {
                place: row.place.clone(),
                message: "this line has no name; write whose rating it is, or delete the line"
                    .into(),
            });
            continue;
        }
        let skill_text = view.get(line, skill_f).text();
        let skill_at = view.place(line, skill_f, &roles[skill_f].1);
        let rating_cell = view.get(line, rating_f);
        let rating_at = || view.place(line, rating_f, &roles[rating_f].1);
        let who = *index.entry(row.name.clone()).or_insert_with(|| {
            people.push(row.clone());
            people.len() - 1
        });
        let person = &mut people[who];
        merge_facts(person, &row, facts);
        match headings.role(&skill_text) {
            Role::Skill(s) => {
                if let Some(first) = given.insert((who, s), skill_at.clone()) {
                    facts.problems.push(Problem {
                        place: skill_at,
                        message: format!(
                            "{} is rated twice on {} (first at {first}); keep one line",
                            crate::text::terminal_safe(&person.name),
                            rubric.skills[s].name
                        ),
                    });
                    continue;
                }
                let value = skill_value(rating_cell, scale, rubric, &rating_at, facts);
                person.ratings[s] = match value {
                    Some(Value::Rated(n)) => Some(Some(n)),
                    Some(Value::NotAsked) => None,
                    _ => Some(None),
                };
            }
            Role::Cert(c) => cert_value(person, c, rating_cell, &rating_at, facts),
            Role::Unknown { near } => facts.problems.push(Problem {
                place: skill_at,
                message: format!(
                    "\"{}\" is not a skill of the rubric{}; rename it, or add --map \"{}={}\" (or =ignore)",
                    crate::text::terminal_safe(&skill_text),
                    near.map(|s| format!(" (did you mean \"{}\"?)", rubric.skills[s].name))
                        .unwrap_or_default(),
                    crate::text::terminal_safe(&skill_text),
                    near.map_or("SKILL-ID", |s| rubric.skills[s].id.as_str()),
                ),
            }),
            _ => {}
        }
    }
    people
}

/// Takes a long table's facts about a person from one more line: a fact given twice must
/// agree.
fn merge_facts(person: &mut Person, row: &Person, facts: &mut Facts) {
    let group = row.group.clone();
    let mut clash = |what: &str, a: String, b: String| {
        facts.problems.push(Problem {
            place: row.place.clone(),
            message: format!(
                "the {what} of {} is \"{}\" here and \"{}\" on an earlier line; give one",
                crate::text::terminal_safe(&person.name),
                crate::text::terminal_safe(&b),
                crate::text::terminal_safe(&a)
            ),
        });
    };
    macro_rules! merge {
        ($field:ident, $value:expr, $what:expr, $show:expr) => {
            match (&person.$field, $value) {
                (_, None) => {}
                (None, Some(v)) => person.$field = Some(v),
                (Some(a), Some(b)) if *a != b => clash($what, $show(a.clone()), $show(b)),
                _ => {}
            }
        };
    }
    merge!(group, group, "group", |g: String| g);
    merge!(target, row.target, "target level", |t: usize| t.to_string());
    merge!(years, row.years, "years of experience", |y: f64| y
        .to_string());
    merge!(education, row.education, "education", |e: Education| e
        .id()
        .to_string());
    merge!(assessed_on, row.assessed_on, "day assessed", |d: Date| d
        .to_string());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_of_totals_are_told_from_people() {
        for total in [
            "Total",
            "TOTAL:",
            "Grand total",
            "Average",
            "Min",
            "Max",
            "# trained",
            "% trained",
            "Required level",
            "Target",
            "Average rating",
            "Coverage: Line 1 / days — independent (3+)",
            "Count",
        ] {
            assert!(is_summary(total), "{total}");
        }
        for person in [
            "Summer Lee",
            "Sum Wong Li",
            "Maximilian Ortiz",
            "Totalia Bern",
            "Ana Ruiz",
            "Mean Joe Greene",
            "Sum Wong",
            "Total Lee",
            "Count Basie",
            "",
        ] {
            assert!(!is_summary(person), "{person}");
        }
    }
}
