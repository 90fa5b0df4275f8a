//! The skills matrix (an ILUO or cross-training matrix): one row per member with their
//! group, best level and target, and their scored rating in every skill, marked where it is
//! below what their target requires. Rows are sorted by group, then name.
//!
//! The CSV streams the rows as they are scored (in input order, for any number of members);
//! this document holds them in memory, so it is made only for teams up to a limit
//! (`--matrix-limit`).

use serde::{Deserialize, Serialize};

use super::member::MemberRow;
use crate::rubric::Rubric;

/// The matrix of a team.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TeamMatrix {
    /// The columns: skill ids and names, in rubric order.
    pub skills: Vec<MatrixSkill>,
    /// Members scored.
    pub members: u64,
    /// The most rows shown (`--matrix-limit`).
    pub limit: u64,
    /// One row per member, by group then name; empty when there are more members than
    /// `limit`.
    pub rows: Vec<MatrixRow>,
}

/// A column of the matrix.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MatrixSkill {
    /// Skill id.
    pub id: String,
    /// Skill name.
    pub name: String,
}

/// One member's row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MatrixRow {
    /// The member's name (or line number, or file name).
    pub member: String,
    /// Their group, if named.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// Title of their best level, if any.
    pub best_level: Option<String>,
    /// Title of their target level.
    pub target_level: String,
    /// Per skill, in the order of `skills`: the scored rating (0 when not rated) and the
    /// gap against the target.
    pub cells: Vec<MatrixCell>,
}

/// One cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MatrixCell {
    /// The rating scoring used.
    pub rating: u8,
    /// How far below the target's requirement (0: no gap).
    pub gap: u8,
}

impl MatrixCell {
    /// "3", or "2*" when short of the target.
    pub fn text(self) -> String {
        if self.gap > 0 {
            format!("{}*", self.rating)
        } else {
            self.rating.to_string()
        }
    }
}

impl TeamMatrix {
    /// What the mark means, for a line under the matrix.
    pub const LEGEND: &str = "Each cell is the rating scored (0 when not rated); * marks a rating below what the member's target level requires.";

    /// The matrix of `rows` (already labelled), or of none when `members` exceeds `limit`.
    pub fn build(
        rubric: &Rubric,
        rows: Vec<(String, MemberRow)>,
        members: u64,
        limit: u64,
    ) -> Self {
        let mut rows: Vec<MatrixRow> = if members > limit {
            Vec::new()
        } else {
            rows.into_iter()
                .map(|(label, r)| MatrixRow {
                    member: label,
                    group: r.group.clone(),
                    best_level: r.best.map(|b| rubric.levels[b].title.clone()),
                    target_level: rubric.levels[r.target].title.clone(),
                    cells: r
                        .cells
                        .iter()
                        .map(|&(rating, gap)| MatrixCell { rating, gap })
                        .collect(),
                })
                .collect()
        };
        // Members without a group last; the input order breaks ties (the sort is stable).
        rows.sort_by(|a, b| {
            (a.group.is_none(), &a.group, &a.member).cmp(&(b.group.is_none(), &b.group, &b.member))
        });
        TeamMatrix {
            skills: rubric
                .skills
                .iter()
                .map(|s| MatrixSkill {
                    id: s.id.clone(),
                    name: s.name.clone(),
                })
                .collect(),
            members,
            limit,
            rows,
        }
    }

    /// Whether the team is too large for the matrix to be shown.
    pub fn too_large(&self) -> bool {
        self.members > self.limit
    }

    /// The message shown instead of a matrix too large to show.
    pub fn too_large_line(&self) -> String {
        format!(
            "The matrix is not shown: {} members, more than --matrix-limit {}. Write it to a CSV file (-o matrix.csv), which has no limit, or raise --matrix-limit.",
            self.members, self.limit
        )
    }
}
