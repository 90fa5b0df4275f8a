//! A person's assessments over time ([`History`]): each one's day, best level, readiness at
//! every level and at the target, and the ratings that changed since the one before, all
//! scored with one rubric against one target. Pure: the files are read by the command.

use serde::{Deserialize, Serialize};

use crate::figures::round_to;
use crate::profile::Profile;
use crate::report::RatingChange;
use crate::rubric::{Rubric, RubricInfo};
use crate::score::{self, assess};

/// Version of the JSON history's layout.
pub const HISTORY_SCHEMA_VERSION: u32 = 1;

/// A person's assessments, oldest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct History {
    /// Version of this layout.
    pub schema_version: u32,
    /// The rubric every assessment was scored against.
    pub rubric: RubricInfo,
    /// The person's name, from the latest assessment that gives one.
    pub name: Option<String>,
    /// The level every assessment is measured against.
    pub target_level: String,
    /// Its title.
    pub target_title: String,
    /// The ladder's levels (ids and titles), lowest first: the order of `readiness`.
    pub levels: Vec<LevelName>,
    /// The readiness a level needs to be met.
    pub ready_readiness: f64,
    /// The assessments, oldest first.
    pub assessments: Vec<Assessment>,
}

/// A level of the ladder, by id and title.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LevelName {
    /// Level id.
    pub id: String,
    /// Level title.
    pub title: String,
}

/// One assessment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    /// The file it was read from.
    pub file: String,
    /// Its day, YYYY-MM-DD; `null` when the file does not say.
    pub assessed_on: Option<String>,
    /// Its best level (id), `null` when none is met.
    pub best_level: Option<String>,
    /// Its best level's title.
    pub best_title: Option<String>,
    /// Readiness at the target, to one decimal.
    pub target_readiness: f64,
    /// Readiness at every level, lowest first, to one decimal.
    pub readiness: Vec<f64>,
    /// The person's own ratings that changed since the assessment before (none for the
    /// first), in rubric order.
    pub changed: Vec<RatingChange>,
}

impl History {
    /// The heading: whose history.
    pub fn title_line(&self) -> String {
        match &self.name {
            Some(name) => format!("Assessments of {name}"),
            None => "Assessments".to_string(),
        }
    }

    /// The lines under the heading: the rubric, the target, how many assessments.
    pub fn summary_lines(&self) -> Vec<String> {
        vec![
            format!(
                "Rubric: {}, version {}",
                self.rubric.title, self.rubric.version
            ),
            format!("Measured against: {}", self.target_title),
            format!(
                "{} assessment{}, oldest first",
                self.assessments.len(),
                if self.assessments.len() == 1 { "" } else { "s" }
            ),
        ]
    }

    /// An assessment's day, or "date unknown".
    pub fn day(a: &Assessment) -> &str {
        a.assessed_on.as_deref().unwrap_or("date unknown")
    }

    /// The ratings that changed, in words: "Quality Control and Assurance 2 → 3", or "-".
    pub fn changes_text(a: &Assessment) -> String {
        if a.changed.is_empty() {
            return "-".to_string();
        }
        let rating = |r: Option<u8>| r.map_or("not rated".to_string(), |v| v.to_string());
        a.changed
            .iter()
            .map(|c| format!("{} {} → {}", c.name, rating(c.from), rating(c.to)))
            .collect::<Vec<_>>()
            .join("; ")
    }
}

/// The history of `assessments` (each file's label and profile, oldest first), measured
/// against `level`, else the latest one's target, else the level after its best.
pub fn history(
    rubric: &Rubric,
    assessments: &[(String, Profile)],
    level: Option<usize>,
) -> History {
    let latest = assessments.last().map(|(_, p)| p);
    let target = level.unwrap_or_else(|| {
        latest.map_or(0, |p| {
            p.target.unwrap_or_else(|| {
                score::default_target(assess(rubric, p, None).best, rubric.levels.len())
            })
        })
    });
    let mut before: Option<&Profile> = None;
    let mut out = Vec::with_capacity(assessments.len());
    for (file, p) in assessments {
        let a = assess(rubric, p, Some(target));
        let changed = before.map_or_else(Vec::new, |b| {
            (0..rubric.skills.len())
                .filter(|&s| b.ratings[s] != p.ratings[s])
                .map(|s| RatingChange {
                    id: rubric.skills[s].id.clone(),
                    name: rubric.skills[s].name.clone(),
                    from: b.ratings[s],
                    to: p.ratings[s],
                })
                .collect()
        });
        out.push(Assessment {
            file: file.clone(),
            assessed_on: p.assessed_on.map(|d| d.to_string()),
            best_level: a.best.map(|b| rubric.levels[b].id.clone()),
            best_title: a.best.map(|b| rubric.levels[b].title.clone()),
            target_readiness: round_to(a.levels[target].readiness, 1),
            readiness: a.levels.iter().map(|l| round_to(l.readiness, 1)).collect(),
            changed,
        });
        before = Some(p);
    }
    History {
        schema_version: HISTORY_SCHEMA_VERSION,
        rubric: RubricInfo::of(rubric),
        name: assessments
            .iter()
            .rev()
            .find_map(|(_, p)| p.name.clone().filter(|n| !n.trim().is_empty())),
        target_level: rubric.levels[target].id.clone(),
        target_title: rubric.levels[target].title.clone(),
        ready_readiness: rubric.thresholds.ready_readiness,
        levels: rubric
            .levels
            .iter()
            .map(|l| LevelName {
                id: l.id.clone(),
                title: l.title.clone(),
            })
            .collect(),
        assessments: out,
    }
}
