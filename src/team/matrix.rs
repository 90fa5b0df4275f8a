//! The skills matrix (an ILUO or cross-training matrix): one row per member with their
//! group, best level and target, and their scored rating in every skill, marked where it is
//! below what their target requires. Rows are sorted by group, then name.
//!
//! The CSV streams the rows as they are scored (in input order, for any number of members);
//! this document holds them in memory, so it is made only for teams up to a limit
//! (`--matrix-limit`).

use serde::{Deserialize, Serialize};

use super::member::MemberRow;
use crate::credentials::Date;
use crate::i18n::Lang;
use crate::rubric::Rubric;

/// The matrix of a team.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TeamMatrix {
    /// The columns: skill ids and names, in rubric order.
    pub skills: Vec<MatrixSkill>,
    /// The titles of the ladder's levels, lowest first: the order of each skill's
    /// `required`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub levels: Vec<String>,
    /// The rating from which a member works in a skill on their own (the rubric's
    /// `coverage.independent`), for the coverage counts under the rows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub independent: Option<u8>,
    /// The certifications some member lists, in rubric order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub certifications: Vec<MatrixCert>,
    /// Members scored.
    pub members: u64,
    /// The most rows shown (`--matrix-limit`).
    pub limit: u64,
    /// One row per member, by group then name; empty when there are more members than
    /// `limit`.
    pub rows: Vec<MatrixRow>,
    /// The language its words are in. Not part of the JSON, which is always English.
    #[serde(skip)]
    pub lang: Lang,
}

/// A column of the matrix.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MatrixSkill {
    /// Skill id.
    pub id: String,
    /// Skill name.
    pub name: String,
    /// What each level requires, in the order of the matrix's `levels`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub required: Vec<u8>,
}

/// A certification some member lists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MatrixCert {
    /// Certification id.
    pub id: String,
    /// Full name.
    pub name: String,
}

/// A credential a member lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MatrixCredential {
    /// Index of the certification in the matrix's `certifications`.
    pub cert: usize,
    /// The day it was earned, if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub earned: Option<Date>,
    /// The first day it is no longer valid, if it expires.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<Date>,
}

/// One member's row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
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
    /// Years of experience, as the profile gives them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub years_experience: Option<f64>,
    /// The education id the profile gives (`none`, `secondary`, `associate`, `bachelor`,
    /// `master`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub education: Option<String>,
    /// The credentials the profile lists, in the order of the matrix's `certifications`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub credentials: Vec<MatrixCredential>,
}

/// One cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MatrixCell {
    /// The rating scoring used.
    pub rating: u8,
    /// How far below the target's requirement (0: no gap).
    pub gap: u8,
    /// Whether the profile rates the skill (`false`: not rated, scored as 0).
    #[serde(default = "yes", skip_serializing_if = "is_yes")]
    pub rated: bool,
    /// Whether the skill was asked (`false`: left out of the profile, and of its scores).
    #[serde(default = "yes", skip_serializing_if = "is_yes")]
    pub asked: bool,
}

fn yes() -> bool {
    true
}

fn is_yes(b: &bool) -> bool {
    *b
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
    pub fn legend(&self) -> String {
        crate::tr!(self.lang, "team-matrix-legend")
    }

    /// The matrix of `rows` (already labelled), or of none when `members` exceeds `limit`.
    pub fn build(
        rubric: &Rubric,
        rows: Vec<(String, MemberRow)>,
        members: u64,
        limit: u64,
    ) -> Self {
        let rows = if members > limit { Vec::new() } else { rows };
        // The certifications some member lists, in rubric order, and where each now sits.
        let mut held = vec![false; rubric.certifications.len()];
        for (_, r) in &rows {
            for c in &r.credentials {
                held[c.cert] = true;
            }
        }
        let mut column = vec![0; held.len()];
        let mut certifications = Vec::new();
        for (i, cert) in rubric.certifications.iter().enumerate() {
            if held[i] {
                column[i] = certifications.len();
                certifications.push(MatrixCert {
                    id: cert.id.clone(),
                    name: cert.name.clone(),
                });
            }
        }
        let mut rows: Vec<MatrixRow> = rows
            .into_iter()
            .map(|(label, r)| matrix_row(rubric, label, r, &column))
            .collect();
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
                    required: s.required.clone(),
                })
                .collect(),
            levels: rubric.levels.iter().map(|l| l.title.clone()).collect(),
            independent: Some(rubric.coverage.independent),
            certifications,
            members,
            limit,
            rows,
            lang: Lang::En,
        }
    }

    /// The same matrix in `lang`: skill names, level titles and certification names from
    /// `rubric`, the same rubric in that language (its ids and order are the same).
    pub fn in_lang(&self, rubric: &Rubric, lang: Lang) -> TeamMatrix {
        let mut m = self.clone();
        m.lang = lang;
        for s in &mut m.skills {
            if let Some(k) = rubric.skills.iter().find(|k| k.id == s.id) {
                s.name.clone_from(&k.name);
            }
        }
        for c in &mut m.certifications {
            if let Some(k) = rubric.certifications.iter().find(|k| k.id == c.id) {
                c.name.clone_from(&k.name);
            }
        }
        // Levels are in rubric order: a row's titles are found by their place.
        let title = |old: &str| {
            self.levels
                .iter()
                .position(|t| t == old)
                .and_then(|i| rubric.levels.get(i))
                .map_or_else(|| old.to_string(), |l| l.title.clone())
        };
        for r in &mut m.rows {
            r.target_level = title(&r.target_level);
            r.best_level = r.best_level.as_deref().map(title);
        }
        m.levels = m.levels.iter().map(|t| title(t)).collect();
        m
    }

    /// What the target of `row` requires in skill `skill`, when the matrix knows.
    pub fn required(&self, row: &MatrixRow, skill: usize) -> Option<u8> {
        let level = self.levels.iter().position(|t| *t == row.target_level)?;
        self.skills.get(skill)?.required.get(level).copied()
    }

    /// The matrix as a format with `limit` shows it: without rows when the team has more
    /// members.
    pub fn limited(&self, limit: u64) -> TeamMatrix {
        let mut m = self.clone();
        m.limit = limit;
        if m.members > limit {
            m.rows.clear();
        }
        m
    }

    /// Whether the team is too large for the matrix to be shown.
    pub fn too_large(&self) -> bool {
        self.members > self.limit
    }

    /// The message shown instead of a matrix too large to show.
    pub fn too_large_line(&self) -> String {
        let lang = self.lang;
        crate::tr!(
            lang,
            "team-matrix-too-large",
            n = super::summary::count(lang, self.members),
            limit = self.limit
        )
    }
}

/// One member's row of the matrix; `column` gives each certification's place among the
/// matrix's certifications.
fn matrix_row(rubric: &Rubric, label: String, r: MemberRow, column: &[usize]) -> MatrixRow {
    MatrixRow {
        member: label,
        best_level: r.best.map(|b| rubric.levels[b].title.clone()),
        target_level: rubric.levels[r.target].title.clone(),
        cells: r
            .cells
            .iter()
            .enumerate()
            .map(|(k, &(rating, gap))| MatrixCell {
                rating: rating.unwrap_or(0),
                gap,
                rated: rating.is_some(),
                asked: !r.not_asked.contains(&k),
            })
            .collect(),
        years_experience: r.years_experience,
        education: r.education.map(|e| e.id().to_string()),
        credentials: r
            .credentials
            .iter()
            .map(|c| MatrixCredential {
                cert: column[c.cert],
                earned: c.earned,
                expires: c.expires,
            })
            .collect(),
        group: r.group,
    }
}
