//! Checking a rubric's texts and ids: what every report shows must be written, and every id
//! must be one a command line can give.

use super::Problem;
use super::doc::RubricDoc;

/// Checks the rubric's texts and ids: an empty name, title, label or next step would show
/// as a blank in every report, and an id with `/`, white space or control characters could
/// never be typed on a command line or found again by id. Also refuses a blocking gap no gap
/// can reach, and a certification that builds no skill.
pub(super) fn check_texts_and_ids(doc: &RubricDoc, problems: &mut Vec<Problem>) {
    let mut push = |path: String, message: String| problems.push(Problem { path, message });
    let mut id = |path: String, id: &str| {
        if id.trim().is_empty() {
            return; // reported as empty already
        }
        let bad = id.chars().find(|&c| {
            matches!(c, '/' | '\\' | '"')
                || c.is_whitespace()
                || crate::text::is_hidden_or_control(c)
        });
        if let Some(c) = bad {
            let what = match c {
                '/' | '\\' => "a slash".to_string(),
                '"' => "a quotation mark".to_string(),
                c if c.is_whitespace() && !c.is_control() => "white space".to_string(),
                c => format!("the invisible character \\u{{{:x}}}", c as u32),
            };
            push(
                path,
                format!(
                    "\"{}\" contains {what}; an id may hold only letters, digits, - and _ (no /, quotation marks, white space or control characters), or it could never be given on a command line or found again",
                    crate::text::terminal_safe(id)
                ),
            );
        }
    };
    id("id".into(), &doc.id);
    for (i, level) in doc.levels.iter().enumerate() {
        id(format!("levels[{i}].id"), &level.id);
    }
    for (i, skill) in doc.skills.iter().enumerate() {
        id(format!("skills[{i}].id"), &skill.id);
    }
    for (i, cert) in doc.certifications.iter().enumerate() {
        id(format!("certifications[{i}].id"), &cert.id);
    }
    for (i, path) in doc.education_paths.iter().enumerate() {
        id(format!("education_paths[{i}].id"), &path.id);
    }

    let mut empty = |path: String, text: &str| {
        if text.trim().is_empty() {
            problems.push(Problem {
                path,
                message: "is empty; write the text that reports show here".into(),
            });
        }
    };
    for (i, point) in doc.scale.iter().enumerate() {
        empty(format!("scale[{i}].label"), &point.label);
    }
    for (i, level) in doc.levels.iter().enumerate() {
        empty(format!("levels[{i}].title"), &level.title);
    }
    for (i, skill) in doc.skills.iter().enumerate() {
        empty(format!("skills[{i}].name"), &skill.name);
        // Read through JSON so that the check holds whatever shape next_steps has.
        let steps = serde_json::to_value(&skill.next_steps).unwrap_or_default();
        let mut texts = Vec::new();
        collect_strings(&steps, "", &mut texts);
        if texts.is_empty() {
            empty(format!("skills[{i}].next_steps"), "");
        }
        for (at, text) in texts {
            empty(format!("skills[{i}].next_steps{at}"), &text);
        }
    }

    let max_rating = doc.scale.len().saturating_sub(1);
    let blocking = usize::from(doc.thresholds.blocking_gap);
    if doc.scale.len() >= 2 && blocking > max_rating {
        problems.push(Problem {
            path: "thresholds.blocking_gap".into(),
            message: format!(
                "is {blocking} but the scale only goes up to {max_rating}, so no gap could ever be that large; use 1 to {max_rating}"
            ),
        });
    }
    for (i, cert) in doc.certifications.iter().enumerate() {
        if cert.skills.is_empty() {
            problems.push(Problem {
                path: format!("certifications[{i}].skills"),
                message: "is empty; a certification must build at least one skill of the rubric, or it can never be recommended".into(),
            });
        }
    }
}

/// Every string inside a JSON value, with its path below it (`[0]`, `.3[1]`).
fn collect_strings(value: &serde_json::Value, at: &str, out: &mut Vec<(String, String)>) {
    match value {
        serde_json::Value::String(s) => out.push((at.to_string(), s.clone())),
        serde_json::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                collect_strings(item, &format!("{at}[{i}]"), out);
            }
        }
        serde_json::Value::Object(map) => {
            for (k, item) in map {
                collect_strings(item, &format!("{at}.{k}"), out);
            }
        }
        _ => {}
    }
}
