//! The rules that say when a team covers a skill: `coverage` in a rubric file, its
//! defaults, and its checks. [`crate::coverage`] applies them.

use serde::{Deserialize, Serialize};

use super::Problem;
use super::doc::RubricDoc;

fn push_problem(problems: &mut Vec<Problem>, path: String, message: String) {
    problems.push(Problem { path, message });
}

/// When a team counts as covering a skill, once read from a rubric's `coverage` (whose
/// fields all have defaults, so rubrics without it keep working). See [`crate::coverage`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CoverageRules {
    /// The rating from which a person works on their own in a skill (default 3).
    pub independent: u8,
    /// The rating from which a person can train others in it (default 4).
    pub trainer: u8,
    /// People working on their own needed for a skill to be covered (default 2).
    pub min_independent: u32,
    /// Trainers needed for a skill to be covered (default 1).
    pub min_trainers: u32,
}

/// `coverage` as a rubric file writes it: every field may be left out.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(deny_unknown_fields)]
pub struct CoverageDoc {
    /// The rating from which a person works on their own in a skill; default 3 (or the top
    /// of a shorter scale).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub independent: Option<u8>,
    /// The rating from which a person can train others in it; default 4 (or the top of a
    /// shorter scale).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trainer: Option<u8>,
    /// People working on their own needed for a skill to be covered; default 2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_independent: Option<u32>,
    /// Trainers needed for a skill to be covered; default 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_trainers: Option<u32>,
}

impl CoverageDoc {
    /// The rules, with the defaults for what is left out, fitted to a scale whose top
    /// rating is `max`.
    pub fn rules(&self, max: u8) -> CoverageRules {
        let d = CoverageRules::default();
        CoverageRules {
            independent: self.independent.unwrap_or(d.independent.min(max)),
            trainer: self.trainer.unwrap_or(d.trainer.min(max)),
            min_independent: self.min_independent.unwrap_or(d.min_independent),
            min_trainers: self.min_trainers.unwrap_or(d.min_trainers),
        }
    }
}

impl Default for CoverageRules {
    fn default() -> Self {
        CoverageRules {
            independent: 3,
            trainer: 4,
            min_independent: 2,
            min_trainers: 1,
        }
    }
}

/// Skills of at least this importance are critical unless the skill says otherwise.
pub const CRITICAL_IMPORTANCE: u8 = 4;

/// The coverage rules: ratings on the scale, a trainer at least independent, and at least
/// one independent person asked for.
pub(super) fn check(doc: &RubricDoc, problems: &mut Vec<Problem>) {
    let max = doc.scale.len().saturating_sub(1);
    let c = doc.coverage.rules(max.min(255) as u8);
    for (field, value) in [("independent", c.independent), ("trainer", c.trainer)] {
        if value == 0 || usize::from(value) > max {
            push_problem(
                problems,
                format!("coverage.{field}"),
                format!("is {value} but must be a rating from 1 to {max}"),
            );
        }
    }
    if c.trainer < c.independent {
        push_problem(
            problems,
            "coverage.trainer".into(),
            format!(
                "is {} but must be at least coverage.independent ({}): whoever trains a skill also works in it on their own",
                c.trainer, c.independent
            ),
        );
    }
    if c.min_independent == 0 {
        push_problem(
            problems,
            "coverage.min_independent".into(),
            "is 0, which would call a skill nobody can do covered; use 1 or more (2 is the usual rule)".into(),
        );
    }
}
