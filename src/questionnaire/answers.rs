//! The answers so far, in rubric order: what the interview fills in, what a draft saves, and
//! the profile they describe once done.

use std::path::PathBuf;

use super::{EVIDENCE_FROM, Step};
use crate::credentials::Credential;
use crate::profile::Profile;
use crate::rubric::{Education, Rubric};

/// The target answer: not asked yet, not sure, or a level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TargetAnswer {
    /// Not answered yet.
    #[default]
    Unanswered,
    /// "Not sure — suggest one for me".
    Unsure,
    /// A level index.
    Level(usize),
}

/// The education answer: not asked yet, skipped, or a level of education.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum EducationAnswer {
    /// Not answered yet.
    #[default]
    Unanswered,
    /// Skipped: the stricter credential rules apply.
    Skipped,
    /// The highest education completed.
    Known(Education),
}

/// The answers so far, in rubric order. This is what the draft file holds.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Answers {
    /// The person's name, when the answers started from a profile that has one.
    pub name: Option<String>,
    /// The line, shift, cell or site the person works in (the web questionnaire asks it;
    /// otherwise it is kept from a profile being updated).
    pub group: Option<String>,
    /// The language the questions are asked in, recorded in the profile.
    pub lang: Option<crate::i18n::Lang>,
    /// The target level.
    pub target: TargetAnswer,
    /// Years of experience, once answered.
    pub years: Option<f64>,
    /// The highest education completed.
    pub education: EducationAnswer,
    /// Certifications held (indexes), once answered.
    pub certifications: Option<Vec<usize>>,
    /// The days given for certifications held (the web questionnaire asks them); they stand
    /// over the days of a profile being updated.
    pub credentials: Vec<Credential>,
    /// Per skill: `None` not asked yet, `Some(r)` answered with rating `r`.
    pub ratings: Vec<Option<u8>>,
    /// Per skill: the evidence given, if any.
    pub evidence: Vec<Option<String>>,
    /// The skill whose evidence question was asked and not answered yet.
    pub evidence_pending: Option<usize>,
    /// Only the target's defining skills and the skills of the top importance are asked.
    pub quick: bool,
    /// The profile file these answers update (`assess --update`), to write back.
    pub update: Option<PathBuf>,
    /// The target came from `--level`: it is not asked, and Esc before it stops.
    pub target_fixed: bool,
    /// What the questionnaire does not ask but a profile being updated holds, kept as it
    /// was: the group, and the days of its credentials.
    pub kept: Option<Box<Profile>>,
}

/// Importance at which a skill is asked with `--quick` whatever the target.
pub const TOP_IMPORTANCE: u8 = 5;

/// The skills `--quick` asks about when aiming at `level`: the level's defining skills (what
/// makes it a different job from the level below, each of which must be met) and the skills
/// of the top importance. Ascending.
pub fn quick_skills(rubric: &Rubric, level: usize) -> Vec<usize> {
    let defining = rubric.defining_skills(level);
    (0..rubric.skills.len())
        .filter(|s| defining.contains(s) || rubric.skills[*s].importance >= TOP_IMPORTANCE)
        .collect()
}

impl Answers {
    /// No answers yet, for a rubric.
    pub fn new(rubric: &Rubric, quick: bool) -> Answers {
        Answers {
            ratings: vec![None; rubric.skills.len()],
            evidence: vec![None; rubric.skills.len()],
            quick,
            ..Answers::default()
        }
    }

    /// Every answer a profile holds, for `assess --update`: its ratings and evidence are
    /// the defaults of every question. A profile without a target counts as "not sure".
    pub fn from_profile(rubric: &Rubric, profile: &Profile, quick: bool) -> Answers {
        Answers {
            name: profile.name.clone(),
            target: profile
                .target
                .map_or(TargetAnswer::Unsure, TargetAnswer::Level),
            years: profile.years_experience,
            education: profile
                .education
                .map_or(EducationAnswer::Unanswered, EducationAnswer::Known),
            certifications: Some(profile.certifications.clone()),
            ratings: profile.ratings.clone(),
            evidence: profile.evidence.clone(),
            kept: Some(Box::new(profile.clone())),
            ..Answers::new(rubric, quick)
        }
    }

    /// The level whose defining skills `--quick` asks about: the target, or the first level
    /// when the person is not sure.
    fn quick_level(&self) -> usize {
        match self.target {
            TargetAnswer::Level(l) => l,
            _ => 0,
        }
    }

    /// Whether the interview asks about this skill.
    pub fn asks(&self, rubric: &Rubric, skill: usize) -> bool {
        !self.quick || quick_skills(rubric, self.quick_level()).contains(&skill)
    }

    /// The skills `--quick` leaves out.
    pub fn not_asked(&self, rubric: &Rubric) -> Vec<usize> {
        (0..rubric.skills.len())
            .filter(|&s| !self.asks(rubric, s))
            .collect()
    }

    /// How many skill questions are answered, of how many asked.
    pub fn progress(&self, rubric: &Rubric) -> (usize, usize) {
        let asked: Vec<usize> = (0..rubric.skills.len())
            .filter(|&s| self.asks(rubric, s))
            .collect();
        let answered = asked.iter().filter(|&&s| self.ratings[s].is_some()).count();
        (answered, asked.len())
    }

    /// The profile these answers describe. Skills not asked (with `--quick`) are not asked,
    /// unless the answers update a profile: then what the questionnaire does not ask is kept
    /// from it as it was (the group, the days of the credentials still held, the reviews,
    /// and the ratings and evidence of skills not asked).
    pub fn to_profile(&self, rubric: &Rubric) -> Profile {
        let mut p = Profile::empty(rubric);
        p.name = self.name.clone();
        p.target = match self.target {
            TargetAnswer::Level(l) => Some(l),
            _ => None,
        };
        p.years_experience = self.years;
        p.education = match self.education {
            EducationAnswer::Known(e) => Some(e),
            _ => None,
        };
        p.certifications = self.certifications.clone().unwrap_or_default();
        if let Some(kept) = &self.kept {
            p.group.clone_from(&kept.group);
            // The day the profile was assessed, until the command dates the new answers.
            p.assessed_on = kept.assessed_on;
            // The days of the credentials still ticked.
            p.credentials = kept
                .credentials
                .iter()
                .filter(|k| p.certifications.contains(&k.cert))
                .copied()
                .collect();
            p.set_reviews(kept.reviews().to_vec());
        }
        if self.group.is_some() {
            p.group.clone_from(&self.group);
        }
        if self.lang.is_some() {
            p.lang = self.lang;
        }
        for given in &self.credentials {
            if p.certifications.contains(&given.cert) {
                p.credentials.retain(|k| k.cert != given.cert);
                p.credentials.push(*given);
            }
        }
        p.credentials.sort_by_key(|k| k.cert);
        let mut not_asked = vec![false; rubric.skills.len()];
        for (s, left_out) in not_asked.iter_mut().enumerate() {
            if self.asks(rubric, s) {
                p.ratings[s] = self.ratings[s];
                p.evidence[s] = self.evidence[s].clone();
            } else if let Some(kept) = &self.kept {
                p.ratings[s] = kept.ratings[s];
                p.evidence[s] = kept.evidence[s].clone();
                *left_out = !kept.asked(s);
            } else {
                *left_out = true;
            }
        }
        if not_asked.contains(&true) {
            p.not_asked = not_asked;
        }
        p
    }

    /// The first question still unanswered, or the review when all are answered. An
    /// evidence question left at an interruption comes first.
    pub fn first_open(&self, rubric: &Rubric) -> Step {
        if self.target == TargetAnswer::Unanswered {
            return Step::Target;
        }
        if self.years.is_none() {
            return Step::Years;
        }
        if self.education == EducationAnswer::Unanswered {
            return Step::Education;
        }
        if self.certifications.is_none() {
            return Step::Certifications;
        }
        if let Some(s) = self.evidence_pending
            && self.asks(rubric, s)
            && self.ratings[s].is_some_and(|r| r >= EVIDENCE_FROM)
        {
            return Step::Evidence(s);
        }
        (0..rubric.skills.len())
            .find(|&s| self.asks(rubric, s) && self.ratings[s].is_none())
            .map_or(Step::Review, Step::Skill)
    }
}
