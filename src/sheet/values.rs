//! What a cell of a skills matrix holds, read by what its column is: a rating on the scale,
//! a target level, years, education, a day, a certification held. Each cell that cannot be
//! read is a [`Problem`] naming it.

use super::grid::Cell;
use super::headers::{Role, fold};
use super::people::Person;
use super::scale::{Scale, Value};
use super::{Facts, Problem};
use crate::date::Date;
use crate::rubric::{Education, Rubric};

/// A skill's cell on the scale; a problem (and `None`) when it fits no point.
pub fn skill_value(
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
        // The rubric's own words for its points ("Working", "2 Working"), on its own scale.
        Err(_)
            if matches!(scale, Scale::Range { low: 0, .. }) && label(&text, rubric).is_some() =>
        {
            label(&text, rubric).map(Value::Rated)
        }
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

/// The point of the rubric's scale a cell names in words: "Working", or "2 Working" as a
/// skillgap report writes it.
fn label(text: &str, rubric: &Rubric) -> Option<u8> {
    let f = fold(text);
    (0..=rubric.max_rating()).find(|&r| {
        let word = fold(rubric.scale_label(r));
        !word.is_empty() && (f == word || f == format!("{r}{word}"))
    })
}

/// A fact about the person from its cell: target, years, education, day, certification.
pub fn fact(
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
                    let ids: Vec<&str> = rubric.levels.iter().map(|l| l.id.as_str()).collect();
                    problem(format!(
                        "found \"{}\": expected a level of the ladder{} (its id, {}, or its title), or \"not sure\"",
                        crate::text::terminal_safe(&text),
                        crate::suggest::did_you_mean(&text, titles.iter().copied()),
                        ids.join(", ")
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
pub fn cert_value(
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
