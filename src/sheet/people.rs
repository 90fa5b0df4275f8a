//! From a found table to people: each person's name, group, target, years, education, day
//! assessed, ratings and certifications, read cell by cell; every cell that cannot be read
//! is a [`Problem`] naming it, and all of them are collected, not only the first.

use std::collections::HashMap;

use super::grid::Cell;
use super::headers::{Role, fold, role};
use super::layout::{Found, Layout, RATING_WORDS, SKILL_WORDS, View};
use super::scale::{Scale, Value};
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

/// Words that open a row of totals rather than a person (folded).
const SUMMARY_WORDS: &[&str] = &[
    "total", "totals", "average", "avg", "mean", "sum", "count", "coverage", "median", "minimum",
    "maximum", "subtotal",
];

/// Reads the people of a table.
pub fn read(
    view: View<'_>,
    found: Found,
    rubric: &Rubric,
    maps: &[(String, String)],
    scale: &Scale,
    facts: &mut Facts,
) -> Vec<Person> {
    match found.layout {
        Layout::Rows | Layout::Columns => wide(view, found.heading, rubric, maps, scale, facts),
        Layout::Long => long(view, found.heading, rubric, maps, scale, facts),
    }
}

/// The roles of the heading line, with the columns listed in `facts`.
fn roles(
    view: View<'_>,
    heading: usize,
    rubric: &Rubric,
    maps: &[(String, String)],
    facts: &mut Facts,
) -> Vec<(Role, String)> {
    let (_, fields) = view.size();
    let mut roles: Vec<(Role, String)> = (0..fields)
        .map(|f| {
            let text = view.get(heading, f).text();
            (role(&text, rubric, maps), text)
        })
        .collect();
    // No heading says "name": the first text column before the skills is taken for it.
    if !roles
        .iter()
        .any(|(r, _)| matches!(r, Role::Name | Role::FirstName))
    {
        let first_skill = roles
            .iter()
            .position(|(r, _)| matches!(r, Role::Skill(_)))
            .unwrap_or(fields);
        if let Some(f) = (0..first_skill).find(|&f| {
            matches!(roles[f].0, Role::Blank | Role::Unknown { .. })
                && (heading + 1..view.size().0).any(|l| matches!(view.get(l, f), Cell::Text(_)))
        }) {
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
        facts.columns.push(Column {
            place,
            heading: text.clone(),
            role: *r,
        });
    }
    roles
}

/// People in rows (or, through the view, in columns).
fn wide(
    view: View<'_>,
    heading: usize,
    rubric: &Rubric,
    maps: &[(String, String)],
    scale: &Scale,
    facts: &mut Facts,
) -> Vec<Person> {
    let roles = roles(view, heading, rubric, maps, facts);
    let (lines, _) = view.size();
    let mut people = Vec::new();
    for line in heading + 1..lines {
        let cells: Vec<&Cell> = (0..roles.len()).map(|f| view.get(line, f)).collect();
        if cells.iter().all(|c| c.is_blank()) {
            continue;
        }
        let mut person = Person {
            place: view.line_place(line),
            ratings: vec![None; rubric.skills.len()],
            ..Person::default()
        };
        let (mut first, mut last, mut groups) = (String::new(), String::new(), Vec::new());
        let mut rated_any = false;
        for (f, (r, text)) in roles.iter().enumerate() {
            let cell = cells[f];
            let at = || view.place(line, f, text);
            match r {
                Role::Name => person.name = cell.text(),
                Role::FirstName => first = cell.text(),
                Role::LastName => last = cell.text(),
                Role::Group if !cell.is_blank() => groups.push(cell.text()),
                Role::Skill(s) => {
                    let value = skill_value(cell, scale, rubric, &at, facts);
                    rated_any |= matches!(value, Some(Value::Rated(_)));
                    person.ratings[*s] = Some(match value {
                        Some(Value::Rated(n)) => Some(n),
                        _ => None,
                    });
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
        let folded = fold(&person.name);
        if SUMMARY_WORDS.iter().any(|w| folded.starts_with(w)) {
            facts.summary_rows.push(format!(
                "{} (\"{}\")",
                person.place,
                crate::text::terminal_safe(&person.name)
            ));
            continue;
        }
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
        if !groups.is_empty() {
            person.group = Some(groups.join(" / "));
        }
        people.push(person);
    }
    people
}

/// One row per person and skill.
fn long(
    view: View<'_>,
    heading: usize,
    rubric: &Rubric,
    maps: &[(String, String)],
    scale: &Scale,
    facts: &mut Facts,
) -> Vec<Person> {
    let mut roles = roles(view, heading, rubric, maps, facts);
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
    roles[skill_f].0 = Role::Derived;
    roles[rating_f].0 = Role::Derived;
    let (lines, _) = view.size();
    let mut people: Vec<Person> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    // Where each person's skill was first given, to name both places of a repeat.
    let mut given: HashMap<(usize, usize), String> = HashMap::new();
    for line in heading + 1..lines {
        if (0..roles.len()).all(|f| view.get(line, f).is_blank()) {
            continue;
        }
        let mut row = Person {
            place: view.line_place(line),
            ratings: vec![None; rubric.skills.len()],
            ..Person::default()
        };
        let mut groups = Vec::new();
        let (mut first, mut last) = (String::new(), String::new());
        for (f, (r, text)) in roles.iter().enumerate() {
            let cell = view.get(line, f);
            let at = || view.place(line, f, text);
            match r {
                Role::Name => row.name = cell.text(),
                Role::FirstName => first = cell.text(),
                Role::LastName => last = cell.text(),
                Role::Group if !cell.is_blank() => groups.push(cell.text()),
                Role::Skill(_) | Role::Cert(_) | Role::CertExpires(_) => {}
                _ => fact(&mut row, *r, cell, rubric, &at, facts),
            }
        }
        if row.name.is_empty() {
            row.name = [first, last]
                .into_iter()
                .filter(|p| !p.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
        }
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
            let mut p = row.clone();
            p.group = (!groups.is_empty()).then(|| groups.join(" / "));
            people.push(p);
            people.len() - 1
        });
        let person = &mut people[who];
        merge_facts(person, &row, &groups, facts);
        match role(&skill_text, rubric, maps) {
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
                person.ratings[s] = Some(match value {
                    Some(Value::Rated(n)) => Some(n),
                    _ => None,
                });
            }
            Role::Cert(c) => cert_value(person, c, rating_cell, &rating_at, facts),
            Role::Unknown { near } => facts.problems.push(Problem {
                place: skill_at,
                message: format!(
                    "\"{}\" is not a skill of the rubric{}; rename it, or add --map \"{}=SKILL-ID\" (or =ignore)",
                    crate::text::terminal_safe(&skill_text),
                    near.map(|s| format!(" (did you mean \"{}\"?)", rubric.skills[s].name)).unwrap_or_default(),
                    crate::text::terminal_safe(&skill_text),
                ),
            }),
            _ => {}
        }
    }
    people
}

/// Takes a long table's facts about a person from one more line: a fact given twice must
/// agree.
fn merge_facts(person: &mut Person, row: &Person, groups: &[String], facts: &mut Facts) {
    let group = (!groups.is_empty()).then(|| groups.join(" / "));
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

/// A skill's cell on the scale; a problem (and `None`) when it fits no point.
fn skill_value(
    cell: &Cell,
    scale: &Scale,
    rubric: &Rubric,
    at: &dyn Fn() -> String,
    facts: &mut Facts,
) -> Option<Value> {
    let text = match cell {
        Cell::Error(e) => {
            facts.problems.push(Problem {
                place: at(),
                message: format!(
                    "the cell holds the error {e}; fix the formula or type the rating"
                ),
            });
            return None;
        }
        Cell::Date(d) => {
            facts.problems.push(Problem {
                place: at(),
                message: format!(
                    "the cell holds the date {d}, not a rating; format it as a number"
                ),
            });
            return None;
        }
        other => other.text(),
    };
    match scale.read(&text, rubric.max_rating()) {
        Ok(v) => Some(v),
        Err(expected) => {
            facts.problems.push(Problem {
                place: at(),
                message: format!(
                    "found \"{}\": {expected}",
                    crate::text::terminal_safe(&text)
                ),
            });
            None
        }
    }
}

/// A fact about the person from its cell: target, years, education, day, certification.
fn fact(
    person: &mut Person,
    role: Role,
    cell: &Cell,
    rubric: &Rubric,
    at: &dyn Fn() -> String,
    facts: &mut Facts,
) {
    if cell.is_blank() {
        return;
    }
    let text = cell.text();
    let mut problem = |message: String| {
        facts.problems.push(Problem {
            place: at(),
            message,
        })
    };
    match role {
        Role::Target => {
            let f = fold(&text);
            if ["notsure", "unsure", "none", "dontknow", "tbd"].contains(&f.as_str()) {
                return;
            }
            match rubric
                .levels
                .iter()
                .position(|l| fold(&l.id) == f || fold(&l.title) == f)
            {
                Some(l) => person.target = Some(l),
                None => {
                    let titles: Vec<&str> =
                        rubric.levels.iter().map(|l| l.title.as_str()).collect();
                    problem(format!(
                        "found \"{}\": expected a level of the ladder{}, or \"not sure\"",
                        crate::text::terminal_safe(&text),
                        crate::suggest::did_you_mean(&text, titles.iter().copied())
                    ));
                }
            }
        }
        Role::Years => match years(cell) {
            Some(y) if (0.0..=crate::profile::MAX_YEARS).contains(&y) => person.years = Some(y),
            _ => problem(format!(
                "found \"{}\": expected years of experience, a number from 0 to {}",
                crate::text::terminal_safe(&text),
                crate::profile::MAX_YEARS
            )),
        },
        Role::Education => match education(&text) {
            Some(e) => person.education = Some(e),
            None => problem(format!(
                "found \"{}\": expected none, secondary (high school, GED), associate, bachelor or master",
                crate::text::terminal_safe(&text)
            )),
        },
        Role::Assessed => match day(cell) {
            Some(d) => person.assessed_on = Some(d),
            None => problem(format!(
                "found \"{}\": expected a date (YYYY-MM-DD, or a date cell)",
                crate::text::terminal_safe(&text)
            )),
        },
        Role::Cert(c) => cert_value(person, c, cell, at, facts),
        Role::CertExpires(c) => match day(cell) {
            Some(d) => match person.certs.iter_mut().find(|(i, ..)| *i == c) {
                Some(entry) => entry.2 = Some(d),
                None => person.certs.push((c, None, Some(d))),
            },
            None => problem(format!(
                "found \"{}\": expected the day {} expires (YYYY-MM-DD, or a date cell)",
                crate::text::terminal_safe(&text),
                rubric.certifications[c].name
            )),
        },
        _ => {}
    }
}

/// A certification's cell: the day earned, or a mark that it is held ("yes", "x", "✓");
/// blank or "no" when not held.
fn cert_value(
    person: &mut Person,
    c: usize,
    cell: &Cell,
    at: &dyn Fn() -> String,
    facts: &mut Facts,
) {
    if cell.is_blank() {
        return;
    }
    let text = cell.text();
    let f = fold(&text);
    let earned = match cell {
        Cell::Bool(false) => return,
        Cell::Bool(true) => None,
        _ if ["no", "n", "false", "0", "na", "notheld"].contains(&f.as_str())
            || ["-", "–", "✗", "✘"].contains(&text.as_str()) =>
        {
            return;
        }
        _ => match day(cell) {
            Some(d) => Some(d),
            None if ["yes", "y", "x", "held", "true", "1", "done", "certified"]
                .contains(&f.as_str())
                || ["✓", "✔", "☑"].contains(&text.as_str()) =>
            {
                None
            }
            None => {
                facts.problems.push(Problem {
                    place: at(),
                    message: format!(
                        "found \"{}\": expected the day it was earned (YYYY-MM-DD, or a date cell), \"yes\" when held without a date, or blank",
                        crate::text::terminal_safe(&text)
                    ),
                });
                return;
            }
        },
    };
    match person.certs.iter_mut().find(|(i, ..)| *i == c) {
        Some(entry) => entry.1 = earned,
        None => person.certs.push((c, earned, None)),
    }
}

/// Years from a number cell or text such as "3", "3.5" or "3 years".
fn years(cell: &Cell) -> Option<f64> {
    match cell {
        Cell::Number(n) => Some(*n),
        Cell::Text(t) => {
            let t = t.trim();
            let end = t
                .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
                .unwrap_or(t.len());
            let rest = t[end..].trim().to_lowercase();
            if !(rest.is_empty() || rest.starts_with("year") || rest.starts_with("yr")) {
                return None;
            }
            t[..end].replace(',', ".").parse().ok()
        }
        _ => None,
    }
}

/// A day from a date cell or text in the form YYYY-MM-DD.
fn day(cell: &Cell) -> Option<Date> {
    match cell {
        Cell::Date(d) => Some(*d),
        Cell::Text(t) => Date::parse(t.trim()),
        _ => None,
    }
}

/// Education from its id or the words people write for it.
fn education(text: &str) -> Option<Education> {
    let f = fold(text);
    if let Some(e) = Education::ALL
        .into_iter()
        .find(|e| fold(e.id()) == f || fold(e.label()) == f)
    {
        return Some(e);
    }
    // Short words must be the whole text ("BA" is not in "basic"); longer ones may be part.
    let has = |words: &[&str]| {
        words
            .iter()
            .any(|w| if w.len() <= 3 { f == *w } else { f.contains(w) })
    };
    Some(
        if has(&["master", "mba", "phd", "doctor", "msc", "ma", "ms"]) {
            Education::Master
        } else if has(&["bachelor", "bsc", "ba", "bs", "university"]) {
            Education::Bachelor
        } else if has(&["associate", "technical", "vocational", "college", "trade"]) {
            Education::Associate
        } else if has(&["highschool", "ged", "diploma", "secondary", "hse"]) {
            Education::Secondary
        } else if has(&["none", "nodiploma", "noformal"]) {
            Education::None
        } else {
            return None;
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_are_read_from_numbers_and_words() {
        assert_eq!(years(&Cell::Number(3.0)), Some(3.0));
        assert_eq!(years(&Cell::Text("3.5".into())), Some(3.5));
        assert_eq!(years(&Cell::Text("4 years".into())), Some(4.0));
        assert_eq!(years(&Cell::Text("2,5".into())), Some(2.5));
        assert_eq!(years(&Cell::Text("since 2019".into())), None);
    }

    #[test]
    fn education_words() {
        assert_eq!(education("secondary"), Some(Education::Secondary));
        assert_eq!(education("High school"), Some(Education::Secondary));
        assert_eq!(education("GED"), Some(Education::Secondary));
        assert_eq!(education("Bachelor's degree"), Some(Education::Bachelor));
        assert_eq!(education("MBA"), Some(Education::Master));
        assert_eq!(education("Associate degree"), Some(Education::Associate));
        assert_eq!(education("something"), None);
    }
}
