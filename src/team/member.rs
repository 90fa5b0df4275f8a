//! One member's line in the member CSV and the skills matrix: who, their group, target and
//! best level, their readiness at the target, their three largest gaps, their next
//! credential to expire, and their rating and gap in every skill.

use std::path::PathBuf;

use crate::credentials::{Credential, Date, Window};
use crate::figures::round_to;
use crate::input::Origin;
use crate::profile::Profile;
use crate::rubric::Education;
use crate::score::Assessment;

/// One member's row, before its label is known for certain.
#[derive(Debug, Clone)]
pub struct MemberRow {
    /// The name in the profile, if any.
    pub name: Option<String>,
    /// Where the record came from (line number, or index among the files), used when there
    /// is no name.
    pub record: usize,
    /// Index of the member's target level.
    pub target: usize,
    /// Index of their best level, if any.
    pub best: Option<usize>,
    /// Readiness at the target, to one decimal.
    pub readiness: f64,
    /// Up to three (skill, gap) pairs, largest priority first.
    pub gaps: Vec<(usize, u8)>,
    /// How many skills carry a review rating.
    pub verified_skills: usize,
    /// The group, if named.
    pub group: Option<String>,
    /// The first credential still to expire: its day and certification.
    pub next_expiry: Option<(Date, usize)>,
    /// Per skill, in rubric order: the rating scored (`None` when not rated, which scores
    /// as 0) and the gap.
    pub cells: Vec<(Option<u8>, u8)>,
    /// Years of experience, as the profile gives them.
    pub years_experience: Option<f64>,
    /// The highest education the profile gives.
    pub education: Option<Education>,
    /// The credentials the profile lists.
    pub credentials: Vec<Credential>,
    /// The skills the profile leaves out (not asked), by index; usually none.
    pub not_asked: Vec<usize>,
}

impl MemberRow {
    /// The row of a scored member, judging credentials by `window`.
    pub fn new(profile: &Profile, record: usize, a: &Assessment, window: Window) -> MemberRow {
        let name = &profile.name;
        let mut gaps: Vec<(usize, u8, u32)> = a
            .skills
            .iter()
            .enumerate()
            .filter(|(_, s)| s.gap > 0)
            .map(|(i, s)| (i, s.gap, s.priority))
            .collect();
        gaps.sort_by(|x, y| y.2.cmp(&x.2).then(y.1.cmp(&x.1)).then(x.0.cmp(&y.0)));
        MemberRow {
            name: name.clone().filter(|n| !n.trim().is_empty()),
            record,
            target: a.target,
            best: a.best,
            readiness: round_to(a.levels[a.target].readiness, 1),
            gaps: gaps.into_iter().take(3).map(|(s, g, _)| (s, g)).collect(),
            verified_skills: profile.verified_skills(),
            group: profile.group.clone(),
            next_expiry: super::expiry::next_expiry(window, profile),
            cells: a.skills.iter().map(|s| (s.rating, s.gap)).collect(),
            years_experience: profile.years_experience,
            education: profile.education,
            credentials: profile.credentials.clone(),
            not_asked: profile.skills_not_asked(),
        }
    }

    /// Who the row is about, as text from the input: the name, else the file name (from a
    /// folder), else "INPUT line N".
    pub fn label(&self, files: &[PathBuf], input: &Origin) -> String {
        match &self.name {
            Some(n) => n.clone(),
            None => match files.get(self.record) {
                Some(path) => path
                    .file_name()
                    .map(|f| f.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                None => format!("{input} line {}", self.record),
            },
        }
    }
}
