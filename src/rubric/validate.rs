//! Checking a rubric file: the checks that make a [`Rubric`] of a [`RubricDoc`], one function
//! per part (scale, levels, skills, certifications; texts and ids are in `texts.rs`, the
//! glossary in `glossary.rs`, the ladder in `rules.rs`), each adding every problem it finds
//! to one list, in file order.

use super::doc::{RubricDoc, SkillDoc};
use super::rules::{
    check_builds_on, check_defining_skills, check_education_levels, check_routes, ladder_problems,
};
use super::texts::check_texts_and_ids;
use super::{IdMap, LevelRow, Problem, Rubric, RubricError, Skill};
use crate::input::Origin;
use crate::suggest::did_you_mean;

/// Problems as they are found, with their JSON paths.
pub(super) type Problems = Vec<Problem>;

pub(super) fn push(problems: &mut Problems, path: String, message: String) {
    problems.push(Problem { path, message });
}

/// Checks a parsed rubric file as a whole and builds the [`Rubric`], or lists every problem.
pub(super) fn from_doc(doc: RubricDoc, origin: Origin) -> Result<Rubric, RubricError> {
    let mut problems = Vec::new();
    check_scale(&doc, &mut problems);
    super::coverage::check(&doc, &mut problems);
    let level_index = check_levels(&doc, &mut problems);
    let (skill_index, required) = check_skills(&doc, &level_index, &mut problems);
    check_defining_skills(&doc, &skill_index, &required, &mut problems);
    check_education_levels(&doc, &level_index, &mut problems);
    let certs = check_certifications(&doc, &skill_index, &level_index, &mut problems);
    check_texts_and_ids(&doc, &mut problems);
    super::glossary::check(&doc.glossary, &mut problems);
    if problems.is_empty() {
        ladder_problems(&doc.levels, &doc.skills, &required, &mut problems);
    }
    if !problems.is_empty() {
        return Err(RubricError::Invalid { origin, problems });
    }
    Ok(assemble(
        doc,
        origin,
        required,
        [skill_index, level_index],
        certs,
    ))
}

/// Builds the [`Rubric`] of a rubric file known to be valid (a built-in one) without the
/// checks that only find mistakes: the same construction as [`from_doc`] (the same
/// functions build the indexes, the skills and the certifications' lookups), minus the
/// checks of the scale, coverage, defining skills, education paths, texts, ids and ladder.
/// For a valid file it builds the same rubric as [`from_doc`]; of an invalid one it makes
/// no promise, so it is only for the rubrics compiled into skillgap, which the tests load
/// through [`from_doc`] as well (`rubric::tests` checks that both give the same rubric).
pub(super) fn from_trusted_doc(doc: RubricDoc, origin: Origin) -> Rubric {
    // The checks made while building are cheap (they allocate only for a problem); their
    // problems are not looked at.
    let mut problems = Vec::new();
    let level_index = check_levels(&doc, &mut problems);
    let (skill_index, required) = check_skills(&doc, &level_index, &mut problems);
    let certs = check_certifications(&doc, &skill_index, &level_index, &mut problems);
    debug_assert!(
        problems.is_empty(),
        "a built-in rubric has problems: {problems:?}"
    );
    assemble(doc, origin, required, [skill_index, level_index], certs)
}

/// The id, the rating scale and the thresholds.
fn check_scale(doc: &RubricDoc, problems: &mut Problems) {
    let mut push = |path: String, message: String| push(problems, path, message);
    if doc.id.trim().is_empty() {
        push(
            "id".into(),
            "is empty; give the rubric a short id such as \"my-ladder\"".into(),
        );
    }
    if doc.scale.len() < 2 {
        push(
            "scale".into(),
            "needs at least two points (for example 0 None to 4 Expert)".into(),
        );
    }
    for (i, point) in doc.scale.iter().enumerate() {
        if usize::from(point.value) != i {
            push(
                format!("scale[{i}].value"),
                format!(
                    "is {} but should be {i}: scale points count up from 0 in steps of 1",
                    point.value
                ),
            );
        }
    }
    let t = doc.thresholds;
    if !(t.ready_readiness.is_finite() && (0.0..=100.0).contains(&t.ready_readiness)) {
        push(
            "thresholds.ready_readiness".into(),
            format!("is {} but must be between 0 and 100", t.ready_readiness),
        );
    }
    if t.blocking_gap == 0 {
        push(
            "thresholds.blocking_gap".into(),
            "is 0, which would block every level; use 1 or more".into(),
        );
    }
}

/// The ladder's levels; returns their index by id.
fn check_levels(doc: &RubricDoc, problems: &mut Problems) -> IdMap {
    let mut push = |path: String, message: String| push(problems, path, message);
    if doc.levels.is_empty() {
        push(
            "levels".into(),
            "is empty; a rubric needs at least one level on its ladder".into(),
        );
    }
    let mut level_index = IdMap::default();
    for (i, level) in doc.levels.iter().enumerate() {
        if level.id.trim().is_empty() {
            push(format!("levels[{i}].id"), "is empty".into());
        } else if level_index.insert(level.id.clone(), i).is_some() {
            push(
                format!("levels[{i}].id"),
                format!(
                    "\"{}\" is used by an earlier level; ids must be unique",
                    level.id
                ),
            );
        }
        if let Some(max) = level.years.max
            && max < level.years.min
        {
            push(
                format!("levels[{i}].years"),
                format!("max ({max}) is below min ({})", level.years.min),
            );
        }
    }
    level_index
}

/// The skills; returns their index by id, and each skill's requirements indexed by level.
fn check_skills(
    doc: &RubricDoc,
    level_index: &IdMap,
    problems: &mut Problems,
) -> (IdMap, Vec<Vec<u8>>) {
    if doc.skills.is_empty() {
        push(
            problems,
            "skills".into(),
            "is empty; a rubric needs at least one skill".into(),
        );
    }
    let mut skill_index = IdMap::default();
    let mut required = Vec::with_capacity(doc.skills.len());
    for (i, s) in doc.skills.iter().enumerate() {
        required.push(check_skill(
            doc,
            i,
            s,
            level_index,
            &mut skill_index,
            problems,
        ));
    }
    (skill_index, required)
}

/// One skill: its id, importance and anchors, its requirements and its next steps; returns
/// its requirements.
fn check_skill(
    doc: &RubricDoc,
    i: usize,
    s: &SkillDoc,
    level_index: &IdMap,
    skill_index: &mut IdMap,
    problems: &mut Problems,
) -> Vec<u8> {
    let max_rating = doc.scale.len().saturating_sub(1);
    let at = |field: &str| format!("skills[{i}].{field}");
    let mut push = |path: String, message: String| push(problems, path, message);
    if s.id.trim().is_empty() {
        push(at("id"), "is empty".into());
    } else if skill_index.insert(s.id.clone(), i).is_some() {
        push(
            at("id"),
            format!(
                "\"{}\" is used by an earlier skill; ids must be unique",
                s.id
            ),
        );
    }
    if !(1..=5).contains(&s.importance) {
        push(
            at("importance"),
            format!("is {} but must be from 1 to 5", s.importance),
        );
    }
    if s.anchors.len() != doc.scale.len() {
        push(
            at("anchors"),
            format!(
                "has {} description{} but the scale has {} points; write one for each point from 0 to {max_rating}",
                s.anchors.len(),
                if s.anchors.len() == 1 { "" } else { "s" },
                doc.scale.len()
            ),
        );
    }
    for (a, anchor) in s.anchors.iter().enumerate() {
        if anchor.trim().is_empty() {
            push(at(&format!("anchors[{a}]")), "is empty".into());
        }
    }
    let required = requirements(doc, i, s, level_index, problems);
    check_steps(i, s, max_rating, problems);
    required
}

/// What each level requires of skill `i`, in ladder order.
fn requirements(
    doc: &RubricDoc,
    i: usize,
    s: &SkillDoc,
    level_index: &IdMap,
    problems: &mut Problems,
) -> Vec<u8> {
    let max_rating = doc.scale.len().saturating_sub(1);
    let level_ids = || doc.levels.iter().map(|l| l.id.as_str());
    let at = |field: &str| format!("skills[{i}].{field}");
    let mut push = |path: String, message: String| push(problems, path, message);
    let mut required = vec![0u8; doc.levels.len()];
    for (level_id, &value) in &s.required {
        match level_index.get(level_id) {
            Some(&l) => {
                required[l] = value;
                if usize::from(value) > max_rating {
                    push(
                        at(&format!("required.{level_id}")),
                        format!("is {value} but the scale only goes up to {max_rating}"),
                    );
                }
            }
            None => push(
                at(&format!("required.{level_id}")),
                format!(
                    "names a level that is not on the ladder{}",
                    did_you_mean(level_id, level_ids())
                ),
            ),
        }
    }
    for level in &doc.levels {
        if !s.required.contains_key(&level.id) {
            push(
                at("required"),
                format!(
                    "has no requirement for level \"{}\"; give one (0 if the level does not need the skill)",
                    level.id
                ),
            );
        }
    }
    required
}

/// The rating that the steps under `key` lead to, if `key` names one: "1" up to `max_rating`.
fn step_rating(key: &str, max_rating: usize) -> Option<usize> {
    // Written as the number is ("1", not "01" or "+1").
    let plain = key.bytes().all(|b| b.is_ascii_digit()) && !key.starts_with('0');
    key.parse::<usize>()
        .ok()
        .filter(|r| plain && (1..=max_rating).contains(r))
}

/// The steps toward each rating of skill `i`: every key names a rating, and every rating has
/// a step.
fn check_steps(i: usize, s: &SkillDoc, max_rating: usize, problems: &mut Problems) {
    let at = |field: &str| format!("skills[{i}].{field}");
    let mut push = |path: String, message: String| push(problems, path, message);
    let mut has_steps = vec![false; max_rating];
    for (key, steps) in &s.next_steps {
        match step_rating(key, max_rating) {
            // Empty steps are reported by `check_texts_and_ids`.
            Some(r) => has_steps[r - 1] = !steps.is_empty(),
            None => push(
                at(&format!("next_steps.{key}")),
                format!("is not a rating a step can lead to; use \"1\" up to \"{max_rating}\""),
            ),
        }
    }
    for (r, &has) in has_steps.iter().enumerate() {
        if !has {
            push(
                at("next_steps"),
                format!(
                    "gives no step toward rating {}; list at least one action under \"{}\"",
                    r + 1,
                    r + 1
                ),
            );
        }
    }
}

/// What [`check_certifications`] builds: the index by id, and per certification the skills
/// it builds and the rating it builds each to.
struct CertIndexes {
    index: IdMap,
    skills: Vec<Vec<usize>>,
    builds: Vec<Vec<u8>>,
}

/// The certifications.
fn check_certifications(
    doc: &RubricDoc,
    skill_index: &IdMap,
    level_index: &IdMap,
    problems: &mut Problems,
) -> CertIndexes {
    let max_rating = doc.scale.len().saturating_sub(1);
    let level_ids: Vec<&str> = doc.levels.iter().map(|l| l.id.as_str()).collect();
    let skill_ids: Vec<&str> = doc.skills.iter().map(|s| s.id.as_str()).collect();
    let mut push = |path: String, message: String| push(problems, path, message);
    let mut cert_index = IdMap::default();
    let mut cert_skills = Vec::with_capacity(doc.certifications.len());
    let mut cert_builds = Vec::with_capacity(doc.certifications.len());
    for (i, c) in doc.certifications.iter().enumerate() {
        if c.id.trim().is_empty() {
            push(format!("certifications[{i}].id"), "is empty".into());
        } else if cert_index.insert(c.id.clone(), i).is_some() {
            push(
                format!("certifications[{i}].id"),
                format!(
                    "\"{}\" is used by an earlier certification; ids must be unique",
                    c.id
                ),
            );
        }
        let mut builds = Vec::with_capacity(c.skills.len());
        for (skill, &to) in &c.skills {
            match skill_index.get(skill) {
                Some(&s) => builds.push((s, to)),
                None => push(
                    format!("certifications[{i}].skills.{skill}"),
                    format!(
                        "\"{skill}\" is not a skill of this rubric{}",
                        did_you_mean(skill, skill_ids.iter().copied())
                    ),
                ),
            }
            if to == 0 || usize::from(to) > max_rating {
                push(
                    format!("certifications[{i}].skills.{skill}"),
                    format!(
                        "is {to}, but it must be the rating the credential builds the skill to, from 1 to {max_rating}"
                    ),
                );
            }
        }
        if c.valid_years == Some(0) {
            push(
                format!("certifications[{i}].valid_years"),
                "is 0; give the years the credential stays valid (1 or more), or leave the field out if it does not expire".into(),
            );
        }
        if !(c.requires_years.is_finite() && c.requires_years >= 0.0) {
            push(
                format!("certifications[{i}].requires_years"),
                format!(
                    "is {} but must be the years of experience needed, 0 or more",
                    c.requires_years
                ),
            );
        }
        check_routes(i, c, &mut push);
        builds.sort_unstable();
        cert_skills.push(builds.iter().map(|b| b.0).collect::<Vec<_>>());
        cert_builds.push(builds.iter().map(|b| b.1).collect::<Vec<_>>());
        for (k, level) in c.levels.iter().enumerate() {
            if !level_index.contains_key(level) {
                push(
                    format!("certifications[{i}].levels[{k}]"),
                    format!(
                        "\"{level}\" is not a level of this rubric{}",
                        did_you_mean(level, level_ids.iter().copied())
                    ),
                );
            }
        }
        if c.cost.max_usd < c.cost.min_usd {
            push(
                format!("certifications[{i}].cost"),
                "max_usd is below min_usd".into(),
            );
        }
    }
    check_builds_on(doc, &cert_index, &mut push);
    CertIndexes {
        index: cert_index,
        skills: cert_skills,
        builds: cert_builds,
    }
}

/// The rubric, once valid, with what scoring looks up precomputed: each skill's texts are
/// moved out of the document, with its requirements by level (`required`, from
/// [`check_skills`]) and its steps by the rating they lead to.
fn assemble(
    doc: RubricDoc,
    origin: Origin,
    required: Vec<Vec<u8>>,
    [skill_index, level_index]: [IdMap; 2],
    certs: CertIndexes,
) -> Rubric {
    let max_rating = doc.scale.len().saturating_sub(1);
    let skills: Vec<Skill> = doc
        .skills
        .into_iter()
        .zip(required)
        .map(|(s, required)| {
            // Entry `r - 1` leads to rating `r`.
            let mut next_steps = vec![Vec::new(); max_rating];
            for (key, steps) in s.next_steps {
                if let Some(r) = step_rating(&key, max_rating) {
                    next_steps[r - 1] = steps;
                }
            }
            Skill {
                id: s.id,
                name: s.name,
                category: s.category,
                description: s.description,
                importance: s.importance,
                critical: s
                    .critical
                    .unwrap_or(s.importance >= super::CRITICAL_IMPORTANCE),
                anchors: s.anchors,
                required,
                next_steps,
                source: s.source,
            }
        })
        .collect();
    let coverage = doc.coverage.rules(max_rating as u8);
    let rows = (0..doc.levels.len())
        .map(|l| LevelRow {
            required: skills.iter().map(|s| s.required[l]).collect(),
            defining: skills
                .iter()
                .map(|s| doc.levels[l].defining_skills.contains(&s.id))
                .collect(),
            weight: skills
                .iter()
                .map(|s| u32::from(s.importance) * u32::from(s.required[l]))
                .sum(),
        })
        .collect();
    let importance = skills.iter().map(|s| s.importance).collect();
    let mut by_id: Vec<usize> = (0..skills.len()).collect();
    by_id.sort_by(|&a, &b| skills[a].id.cmp(&skills[b].id));
    let mut by_id_place = vec![0; skills.len()];
    for (place, &s) in by_id.iter().enumerate() {
        by_id_place[s] = place;
    }
    Rubric {
        id: doc.id,
        title: doc.title,
        version: doc.version,
        source: doc.source,
        scale: doc.scale,
        thresholds: doc.thresholds,
        coverage,
        levels: doc.levels,
        skills,
        certifications: doc.certifications,
        education_paths: doc.education_paths,
        glossary: doc.glossary,
        origin,
        skill_index,
        level_index,
        cert_index: certs.index,
        cert_skills: certs.skills,
        cert_builds: certs.builds,
        rows,
        importance,
        by_id,
        by_id_place,
        translations: Vec::new(),
    }
}
