//! The rules that keep a ladder and its credentials meaningful, checked with the rest of a
//! rubric file by [`super::validate`]: requirements that never fall, each level's defining
//! skills, the levels the education paths lead toward, and the credentials' education routes
//! and the credentials they build on.

use super::doc::{RubricDoc, SkillDoc};
use super::validate::{Problems, push};
use super::{IdMap, Level, Problem};
use crate::suggest::did_you_mean;

/// The ladder is cumulative: a requirement never falls from one level to the next.
pub(super) fn ladder_problems(
    levels: &[Level],
    docs: &[SkillDoc],
    required: &[Vec<u8>],
    out: &mut Vec<Problem>,
) {
    for (i, required) in required.iter().enumerate() {
        for l in 1..levels.len() {
            let (below, here) = (required[l - 1], required[l]);
            if here < below {
                out.push(Problem {
                    path: format!("skills[{i}].required.{}", levels[l].id),
                    message: format!(
                        "is {here}, below the {below} that \"{}\" requires at \"{}\"; requirements may not fall from one level to the next (the ladder is cumulative)",
                        docs[i].name, levels[l - 1].id
                    ),
                });
            }
        }
    }
}

/// The fewest defining skills a level after the first may name.
pub const MIN_DEFINING: usize = 2;
/// The most defining skills a level may name: more, and the level is told apart by every
/// skill whose number happens to rise rather than by what makes it a different job.
pub const MAX_DEFINING: usize = 8;

/// Each level's defining skills: none at the first level; 2 to 8 at every later one, each a
/// skill of the rubric, named once, required more here than at the level below (or it
/// could not tell the two apart), and named in the level's `source` beside the line of the
/// source material that makes it part of this level.
pub(super) fn check_defining_skills(
    doc: &RubricDoc,
    skill_index: &IdMap,
    required: &[Vec<u8>],
    problems: &mut Problems,
) {
    let skill_ids: Vec<&str> = doc.skills.iter().map(|s| s.id.as_str()).collect();
    let mut push = |path: String, message: String| push(problems, path, message);
    for (l, level) in doc.levels.iter().enumerate() {
        let at = format!("levels[{l}].defining_skills");
        let n = level.defining_skills.len();
        if l == 0 {
            if n > 0 {
                push(
                    at,
                    "names skills, but the first level has no level below it to differ from; leave it empty".into(),
                );
            }
            continue;
        }
        if !(MIN_DEFINING..=MAX_DEFINING).contains(&n) {
            push(
                at.clone(),
                format!(
                    "names {n} skill{}; name {MIN_DEFINING} to {MAX_DEFINING}: the few skills that make \"{}\" a different job from \"{}\", each required more here than there",
                    if n == 1 { "" } else { "s" },
                    level.id,
                    doc.levels[l - 1].id
                ),
            );
        }
        for (k, id) in level.defining_skills.iter().enumerate() {
            let path = format!("{at}[{k}]");
            if level.defining_skills[..k].contains(id) {
                push(path, format!("\"{id}\" is named twice"));
                continue;
            }
            let Some(&s) = skill_index.get(id) else {
                push(
                    path,
                    format!(
                        "\"{id}\" is not a skill of this rubric{}",
                        did_you_mean(id, skill_ids.iter().copied())
                    ),
                );
                continue;
            };
            let Some(required) = required.get(s) else {
                continue;
            };
            let (below, here) = (required[l - 1], required[l]);
            // A requirement that falls is reported as such by the ladder's check.
            if here == below {
                push(
                    path.clone(),
                    format!(
                        "\"{id}\" is required at {here} here and {below} at \"{}\", so it cannot be what sets \"{}\" apart; raise its requirement at \"{}\" or name another skill",
                        doc.levels[l - 1].id,
                        level.id,
                        level.id
                    ),
                );
            }
            if !level.source.contains(id.as_str()) {
                push(
                    path,
                    format!(
                        "\"{id}\" is not named in the level's source; quote the line of your source material that makes it part of this level, followed by ({id})"
                    ),
                );
            }
        }
    }
}

/// The levels each education path leads toward are levels of the ladder.
pub(super) fn check_education_levels(
    doc: &RubricDoc,
    level_index: &IdMap,
    problems: &mut Problems,
) {
    let level_ids: Vec<&str> = doc.levels.iter().map(|l| l.id.as_str()).collect();
    for (i, path) in doc.education_paths.iter().enumerate() {
        for (k, level) in path.levels.iter().enumerate() {
            if !level_index.contains_key(level) {
                push(
                    problems,
                    format!("education_paths[{i}].levels[{k}]"),
                    format!(
                        "\"{level}\" is not a level of this rubric{}",
                        did_you_mean(level, level_ids.iter().copied())
                    ),
                );
            }
        }
    }
}

/// A credential's education routes: years that are a number of years, each education once,
/// and `requires_years` the fewest years of any route (the easiest published route).
pub(super) fn check_routes(
    i: usize,
    c: &super::Certification,
    push: &mut impl FnMut(String, String),
) {
    for (k, route) in c.education_routes.iter().enumerate() {
        if !(route.years.is_finite() && route.years >= 0.0) {
            push(
                format!("certifications[{i}].education_routes[{k}].years"),
                format!("is {} but must be 0 or more", route.years),
            );
        }
        if c.education_routes[..k]
            .iter()
            .any(|r| r.education == route.education)
        {
            push(
                format!("certifications[{i}].education_routes[{k}].education"),
                format!(
                    "\"{}\" has a route already; give each education once",
                    route.education.id()
                ),
            );
        }
    }
    let easiest = c
        .education_routes
        .iter()
        .map(|r| r.years)
        .min_by(f64::total_cmp);
    if let Some(easiest) = easiest
        && easiest != c.requires_years
    {
        push(
            format!("certifications[{i}].requires_years"),
            format!(
                "is {} but the easiest of its education routes asks for {easiest}; make them agree (requires_years is the easiest published route)",
                c.requires_years
            ),
        );
    }
}

/// Each `builds_on` names another credential of the rubric, and following them never comes
/// back to where it started (or none of them could ever be recommended).
pub(super) fn check_builds_on(
    doc: &RubricDoc,
    cert_index: &IdMap,
    push: &mut impl FnMut(String, String),
) {
    let cert_ids: Vec<&str> = doc.certifications.iter().map(|c| c.id.as_str()).collect();
    for (i, c) in doc.certifications.iter().enumerate() {
        let Some(on) = &c.builds_on else { continue };
        let path = format!("certifications[{i}].builds_on");
        let Some(&first) = cert_index.get(on) else {
            push(
                path,
                format!(
                    "\"{on}\" is not a certification of this rubric{}",
                    did_you_mean(on, cert_ids.iter().copied())
                ),
            );
            continue;
        };
        let mut at = Some(first);
        for _ in 0..doc.certifications.len() {
            match at {
                Some(j) if j == i => {
                    push(
                        path,
                        format!(
                            "\"{on}\" leads back to \"{}\" itself; a credential cannot build on itself, even through others",
                            c.id
                        ),
                    );
                    break;
                }
                Some(j) => {
                    at = doc.certifications[j]
                        .builds_on
                        .as_ref()
                        .and_then(|id| cert_index.get(id).copied());
                }
                None => break,
            }
        }
    }
}
