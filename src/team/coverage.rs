//! Coverage across a team and per group: per skill, how many members work on their own and
//! how many can train, folded into fixed-size counts (one set per group, and the number of
//! groups is bounded), and the status each count gives (see [`crate::coverage`]).

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::coverage::{Status, status};
use crate::i18n::Lang;
use crate::profile::Ratings;
use crate::rubric::{CoverageRules, Rubric};
use crate::team::summary::count;

/// Counts for one set of members (the team, or one group).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CoverageTally {
    /// Members counted.
    pub members: u64,
    /// Per skill: members rated at least `coverage.independent`.
    pub independent: Vec<u64>,
    /// Per skill: members rated at least `coverage.trainer`.
    pub trainers: Vec<u64>,
    /// Per skill: the first member (in input order) who works in it on their own, named
    /// when they turn out to be the only one.
    pub first: Vec<Option<String>>,
}

impl CoverageTally {
    /// Empty counts for `skills` skills.
    pub fn new(skills: usize) -> CoverageTally {
        CoverageTally {
            members: 0,
            independent: vec![0; skills],
            trainers: vec![0; skills],
            first: vec![None; skills],
        }
    }

    /// Adds one member's scored ratings; `who` names them, asked only when needed.
    pub fn add(&mut self, rules: &CoverageRules, ratings: Ratings<'_>, who: &dyn Fn() -> String) {
        self.members += 1;
        for (s, rating) in ratings.iter().enumerate() {
            let r = rating.unwrap_or(0);
            // Counted without branches: this runs for every skill of every member.
            let independent = r >= rules.independent;
            self.independent[s] += u64::from(independent);
            self.trainers[s] += u64::from(independent & (r >= rules.trainer));
            if independent && self.first[s].is_none() {
                self.first[s] = Some(who());
            }
        }
    }

    /// Adds the counts of members that come after these in the input.
    pub fn merge(&mut self, later: &CoverageTally) {
        self.members += later.members;
        for s in 0..self.independent.len() {
            self.independent[s] += later.independent[s];
            self.trainers[s] += later.trainers[s];
            if self.first[s].is_none() {
                self.first[s].clone_from(&later.first[s]);
            }
        }
    }

    /// Every skill's coverage: critical skills first, worst first, then in rubric order.
    pub fn skills(&self, rubric: &Rubric, rules: &CoverageRules) -> Vec<SkillCoverage> {
        let mut out: Vec<SkillCoverage> = rubric
            .skills
            .iter()
            .enumerate()
            .map(|(s, skill)| {
                let st = status(self.independent[s], self.trainers[s], rules);
                SkillCoverage {
                    id: skill.id.clone(),
                    name: skill.name.clone(),
                    critical: skill.critical,
                    independent_count: self.independent[s],
                    trainer_count: self.trainers[s],
                    status: st,
                    // The one person a single point of failure depends on is the point.
                    only_person: (st == Status::Single)
                        .then(|| self.first[s].clone())
                        .flatten(),
                }
            })
            .collect();
        out.sort_by_key(|c| (!c.critical, c.status));
        out
    }
}

/// Coverage counts per group, the groups as the input names them (`None`: no group given).
pub type GroupTallies = HashMap<Option<String>, CoverageTally>;

/// One skill's coverage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SkillCoverage {
    /// Skill id.
    pub id: String,
    /// Skill name.
    pub name: String,
    /// Whether the rubric counts the skill as critical.
    pub critical: bool,
    /// Members rated at least `coverage.independent`: they work in it on their own.
    pub independent_count: u64,
    /// Members rated at least `coverage.trainer`: they can train others in it.
    pub trainer_count: u64,
    /// `none`, `single`, `low` or `ok`.
    pub status: Status,
    /// With `single`, the one person who works in it on their own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub only_person: Option<String>,
}

/// The coverage rules the summary applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CoverageInfo {
    /// The rating from which a person works on their own.
    pub independent: u8,
    /// The rating from which a person can train others.
    pub trainer: u8,
    /// Independent people a skill needs.
    pub min_independent: u32,
    /// Trainers a skill needs.
    pub min_trainers: u32,
}

impl From<CoverageRules> for CoverageInfo {
    fn from(r: CoverageRules) -> Self {
        CoverageInfo {
            independent: r.independent,
            trainer: r.trainer,
            min_independent: r.min_independent,
            min_trainers: r.min_trainers,
        }
    }
}

/// One group's coverage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GroupCoverage {
    /// The group as profiles name it; `null` for members who name none.
    pub id: Option<String>,
    /// Members in the group.
    pub members: u64,
    /// Every skill, critical first, worst first.
    pub coverage: Vec<SkillCoverage>,
}

impl GroupCoverage {
    /// The group's name for a reader (English: the workbook's).
    pub fn title(&self) -> &str {
        self.id.as_deref().unwrap_or("(no group)")
    }

    /// The group's name for a reader in `lang`.
    pub fn title_in(&self, lang: Lang) -> String {
        match &self.id {
            Some(id) => id.clone(),
            None => crate::tr!(lang, "team-no-group"),
        }
    }

    /// The worst status among its critical skills (then among all), for ordering groups.
    pub fn worst(&self) -> (Status, Status) {
        let worst = |critical: bool| {
            self.coverage
                .iter()
                .filter(|c| c.critical || !critical)
                .map(|c| c.status)
                .min()
                .unwrap_or(Status::Ok)
        };
        (worst(true), worst(false))
    }

    /// One line on the group in `lang`: its worst cell, and how many more fall short.
    pub fn verdict(&self, lang: Lang) -> String {
        verdict(lang, &self.title_in(lang), &self.coverage)
    }
}

/// One line on a set of skills' coverage in `lang`, by its worst cell ("Line 2 / nights:
/// Health and Safety has one independent person — Ana").
pub fn verdict(lang: Lang, who: &str, coverage: &[SkillCoverage]) -> String {
    let short: Vec<&SkillCoverage> = coverage.iter().filter(|c| c.status != Status::Ok).collect();
    let Some(worst) = short.first() else {
        return crate::tr!(lang, "team-verdict-covered", who = who);
    };
    let main = match worst.status {
        Status::None => crate::tr!(lang, "team-verdict-nobody", skill = worst.name.as_str()),
        Status::Single => crate::tr!(
            lang,
            "team-verdict-single",
            skill = worst.name.as_str(),
            person = worst.only_person.as_deref().unwrap_or("?")
        ),
        _ => crate::tr!(
            lang,
            "team-verdict-low",
            skill = worst.name.as_str(),
            independent = count(lang, worst.independent_count),
            trainers = count(lang, worst.trainer_count),
            count = worst.trainer_count
        ),
    };
    let critical = if worst.critical { "yes" } else { "no" };
    let more = short.len() - 1;
    let critical_more = short[1..].iter().filter(|c| c.critical).count();
    match (more, critical_more) {
        (0, _) => crate::tr!(
            lang,
            "team-verdict-one",
            who = who,
            main = main,
            critical = critical
        ),
        (m, 0) => crate::tr!(
            lang,
            "team-verdict-more",
            who = who,
            main = main,
            critical = critical,
            more = count(lang, m as u64),
            count = m
        ),
        (m, c) => crate::tr!(
            lang,
            "team-verdict-more-critical",
            who = who,
            main = main,
            critical = critical,
            more = count(lang, m as u64),
            count = m,
            critical_more = count(lang, c as u64),
            critical_count = c
        ),
    }
}

/// The groups' coverage, worst first (by their critical skills, then all), then by name.
pub fn groups(
    tallies: &GroupTallies,
    rubric: &Rubric,
    rules: &CoverageRules,
) -> Vec<GroupCoverage> {
    let mut out: Vec<GroupCoverage> = tallies
        .iter()
        .map(|(id, t)| GroupCoverage {
            id: id.clone(),
            members: t.members,
            coverage: t.skills(rubric, rules),
        })
        .collect();
    out.sort_by(|a, b| a.worst().cmp(&b.worst()).then_with(|| a.id.cmp(&b.id)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::Profile;

    #[test]
    fn the_only_independent_person_is_named_and_the_first_is_kept_across_chunks() {
        let r = Rubric::builtin();
        let hs = r.skill_index("health-safety").unwrap();
        let rules = r.coverage;
        let person = |rating: u8| {
            let mut p = Profile::empty(&r);
            p.ratings = vec![Some(4); r.skills.len()];
            p.ratings[hs] = Some(rating);
            p
        };
        let mut a = CoverageTally::new(r.skills.len());
        a.add(&rules, person(2).scored_ratings(), &|| "Bo".into());
        let mut b = CoverageTally::new(r.skills.len());
        b.add(&rules, person(3).scored_ratings(), &|| "Ana".into());
        b.add(&rules, person(1).scored_ratings(), &|| "Cy".into());
        a.merge(&b);
        assert_eq!(a.members, 3);
        let cov = a.skills(&r, &rules);
        let first = &cov[0];
        assert_eq!(
            first.id, "health-safety",
            "the one critical gap comes first"
        );
        assert_eq!((first.independent_count, first.trainer_count), (1, 0));
        assert_eq!(first.status, Status::Single);
        assert_eq!(first.only_person.as_deref(), Some("Ana"));
        assert!(
            cov[1..]
                .iter()
                .all(|c| c.status == Status::Ok && c.only_person.is_none())
        );
        let g = GroupCoverage {
            id: Some("Line 2 / nights".into()),
            members: 3,
            coverage: cov,
        };
        assert_eq!(
            g.verdict(Lang::En),
            "Line 2 / nights: Health and Safety Regulations has one independent person — Ana (critical skill)"
        );
    }

    #[test]
    fn critical_skills_come_first_then_the_worst() {
        let r = Rubric::builtin();
        let mut t = CoverageTally::new(r.skills.len());
        let mut p = Profile::empty(&r);
        p.ratings = vec![Some(3); r.skills.len()];
        t.add(&r.coverage, p.scored_ratings(), &|| "A".into());
        let cov = t.skills(&r, &r.coverage);
        let keys: Vec<(bool, Status)> = cov.iter().map(|c| (!c.critical, c.status)).collect();
        assert!(keys.windows(2).all(|w| w[0] <= w[1]), "{keys:?}");
        assert!(cov.iter().all(|c| c.status == Status::Single));
        assert!(cov[0].critical && !cov.last().unwrap().critical);
    }
}
