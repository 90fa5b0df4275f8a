//! The gap report: one document built from an assessment and its recommendations.
//!
//! [`Report`] holds everything any format shows, already ordered and labelled, so the
//! exporters (see [`crate::export`]) only lay it out. It is also the JSON report's schema:
//! the JSON exporter serialises it, and tests (and other programs) read reports back into it.

use serde::{Deserialize, Serialize};

use crate::figures::round_to;
use crate::profile::Profile;
use crate::recommend::{Recommendations, urgency_order};
use crate::rubric::{Category, Cost, CredentialKind, EducationPath, Rubric, RubricInfo, Salary};
use crate::score::{self, Assessment, TargetSource};

/// Version of the JSON report's layout; raised when a field changes meaning or goes away.
pub const SCHEMA_VERSION: u32 = 1;

/// A complete gap report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// Optional JSON Schema reference, for editors; skillgap does not write it.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Version of this layout.
    pub schema_version: u32,
    /// The rubric the profile was scored against.
    pub rubric: RubricInfo,
    /// The person's name, exactly as given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Years of experience, if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub years_experience: Option<f64>,
    /// Id of the target level.
    pub target_level: String,
    /// Title of the target level.
    pub target_title: String,
    /// How the target was chosen.
    pub target_chosen_by: TargetChoice,
    /// Labels of the rating scale, indexed by rating (0 = "None").
    pub scale: Vec<String>,
    /// Id of the best level reached, if any.
    pub best_level: Option<String>,
    /// Title of the best level reached, if any.
    pub best_title: Option<String>,
    /// The rules that decide when a level is reached.
    pub thresholds: ThresholdInfo,
    /// Readiness at every level, lowest first.
    pub levels: Vec<LevelRow>,
    /// Every skill against the target, most urgent first.
    pub skills: Vec<SkillRow>,
    /// Skills rated above what the target needs.
    pub strengths: Vec<Strength>,
    /// What stands between the person and the level after their best one.
    pub next_level: Option<NextLevel>,
    /// Pay at the best level and at the target.
    pub salary: SalaryContext,
    /// Recommended certifications, in the order chosen.
    pub certifications: Vec<CertRow>,
    /// The plan: skills to raise, most urgent first, with actions.
    pub next_steps: Vec<NextStep>,
    /// Formal education routes, with cost and duration.
    pub education_paths: Vec<EducationPath>,
    /// Certifications the person already holds (ids).
    pub certifications_held: Vec<String>,
    /// Skills not rated (ids); they count as 0.
    pub not_rated: Vec<String>,
    /// Things the reader should know about the input.
    pub warnings: Vec<String>,
}

/// How the target level was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum TargetChoice {
    /// Named in the profile.
    Profile,
    /// Named with `--level`.
    Option,
    /// Suggested: the level after the best one reached.
    Suggested,
    /// Chosen in the questionnaire.
    Questionnaire,
}

impl From<TargetSource> for TargetChoice {
    fn from(s: TargetSource) -> Self {
        match s {
            TargetSource::Profile => TargetChoice::Profile,
            TargetSource::Option => TargetChoice::Option,
            TargetSource::Suggested => TargetChoice::Suggested,
        }
    }
}

/// When a level counts as reached.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ThresholdInfo {
    /// Minimum readiness.
    pub ready_readiness: f64,
    /// A gap this large in any skill blocks a level.
    pub blocking_gap: u8,
}

/// Readiness at one level.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LevelRow {
    /// Level id.
    pub id: String,
    /// Level title.
    pub title: String,
    /// Usual years of experience, such as "4-7 years".
    pub years: String,
    /// Readiness from 0 to 100, to one decimal.
    pub readiness: f64,
    /// Whether the level is reached.
    pub reached: bool,
    /// Skills whose gap blocks this level (ids).
    pub blocking: Vec<String>,
    /// The level's step-up skills (ids): those it requires more of than the level below.
    /// Every one must be met for the level to be reached.
    #[serde(default)]
    pub step_up_skills: Vec<String>,
    /// Yearly pay at this level, where the rubric gives it.
    pub salary: Option<Salary>,
}

/// One skill against the target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SkillRow {
    /// Skill id.
    pub id: String,
    /// Skill name.
    pub name: String,
    /// Technical or soft.
    pub category: Category,
    /// Importance, 1 to 5.
    pub importance: u8,
    /// The rating, `null` when not rated.
    pub rating: Option<u8>,
    /// What the target level requires.
    pub required: u8,
    /// How far the rating falls short.
    pub gap: u8,
    /// Importance × gap.
    pub priority: u32,
    /// What the person says shows the rating.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
}

/// A skill rated above what the target needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Strength {
    /// Skill id.
    pub id: String,
    /// Skill name.
    pub name: String,
    /// The rating.
    pub rating: u8,
    /// What the target requires.
    pub required: u8,
}

/// What stands between the person and the next level.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NextLevel {
    /// Level id.
    pub id: String,
    /// Level title.
    pub title: String,
    /// Readiness at that level.
    pub readiness: f64,
    /// Readiness still missing to reach the threshold (0 when readiness is enough).
    pub readiness_short_by: f64,
    /// Every gap at that level: the unmet step-up skills first, then the rest, each group
    /// largest weighted gap first.
    pub gaps: Vec<Gap>,
}

/// A skill below what some level requires.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Gap {
    /// Skill id.
    pub id: String,
    /// Skill name.
    pub name: String,
    /// The rating, `null` when not rated.
    pub rating: Option<u8>,
    /// What the level requires.
    pub required: u8,
    /// How far below.
    pub gap: u8,
    /// Whether this gap alone blocks the level.
    pub blocking: bool,
    /// Whether the skill is one of the level's step-up skills, which must all be met.
    #[serde(default)]
    pub step_up: bool,
}

/// Pay at the best level and at the target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SalaryContext {
    /// Pay at the best level reached, if any and if the rubric gives it.
    pub best_level: Option<Salary>,
    /// Pay at the target level, if the rubric gives it.
    pub target: Option<Salary>,
    /// Where the figures come from.
    pub source: String,
}

/// A recommended certification.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CertRow {
    /// Certification id.
    pub id: String,
    /// Full name.
    pub name: String,
    /// Who awards it.
    pub issuer: String,
    /// Certification, certificate or training card.
    pub kind: CredentialKind,
    /// The person's gaps it addresses (skill ids).
    pub covers: Vec<String>,
    /// Total priority of those gaps.
    pub covered_priority: u32,
    /// Whether the rubric lists it for the target level.
    pub suits_target: bool,
    /// Typical preparation time.
    pub preparation: String,
    /// Typical cost.
    pub cost: Cost,
    /// What is needed first.
    pub prerequisites: String,
    /// Whether the person meets its experience rule (unknown experience counts as none).
    #[serde(default = "yes")]
    pub eligible: bool,
    /// Why the person is not eligible yet, when they are not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligibility: Option<String>,
}

fn yes() -> bool {
    true
}

/// One step of the plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NextStep {
    /// Skill id.
    pub skill: String,
    /// Skill name.
    pub name: String,
    /// The rating, `null` when not rated.
    pub rating: Option<u8>,
    /// What the target requires.
    pub required: u8,
    /// Importance × gap.
    pub priority: u32,
    /// Concrete actions, from the current rating up to the required one, in order.
    pub actions: Vec<String>,
    /// The same actions grouped by the rating each leads to.
    #[serde(default)]
    pub stages: Vec<Stage>,
}

/// The actions that lead to one rating of a skill.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Stage {
    /// The rating these actions lead to.
    pub to: u8,
    /// The actions.
    pub actions: Vec<String>,
}

impl TargetChoice {
    /// How the choice reads in a sentence: "named in the profile".
    pub fn describe(self) -> &'static str {
        match self {
            TargetChoice::Profile => "named in the profile",
            TargetChoice::Option => "chosen with --level",
            TargetChoice::Suggested => "suggested: the level after the best one reached",
            TargetChoice::Questionnaire => "chosen in the questionnaire",
        }
    }
}

impl Report {
    /// Builds the report for a scored profile: a mapping of what the assessment and the
    /// recommendations hold, nothing scored again. `target_chosen_by` says how the target
    /// was chosen (the assessment knows the command line from the profile, not a profile
    /// made of questionnaire answers from one read from a file).
    pub fn build(
        rubric: &Rubric,
        profile: &Profile,
        assessment: &Assessment,
        recommendations: &Recommendations,
        warnings: Vec<String>,
        target_chosen_by: TargetChoice,
    ) -> Report {
        let target = &rubric.levels[assessment.target];
        let best = assessment.best.map(|b| &rubric.levels[b]);

        let mut order: Vec<usize> = (0..rubric.skills.len()).collect();
        order.sort_by(|&a, &b| urgency_order(rubric, assessment, a, b));
        let skills = order
            .iter()
            .map(|&i| {
                let s = &rubric.skills[i];
                let sc = &assessment.skills[i];
                SkillRow {
                    id: s.id.clone(),
                    name: s.name.clone(),
                    category: s.category,
                    importance: s.importance,
                    rating: sc.rating,
                    required: sc.required,
                    gap: sc.gap,
                    priority: sc.priority,
                    evidence: profile.evidence[i].clone(),
                }
            })
            .collect();

        let strengths = rubric
            .skills
            .iter()
            .zip(&assessment.skills)
            .filter_map(|(s, sc)| match sc.rating {
                Some(r) if r > sc.required => Some(Strength {
                    id: s.id.clone(),
                    name: s.name.clone(),
                    rating: r,
                    required: sc.required,
                }),
                _ => None,
            })
            .collect();

        let levels = rubric
            .levels
            .iter()
            .zip(&assessment.levels)
            .enumerate()
            .map(|(i, (l, ls))| LevelRow {
                id: l.id.clone(),
                title: l.title.clone(),
                years: l.years.to_string(),
                readiness: round_to(ls.readiness, 1),
                reached: ls.reached,
                blocking: ls
                    .gaps
                    .iter()
                    .filter(|g| g.blocking)
                    .map(|g| rubric.skills[g.skill].id.clone())
                    .collect(),
                step_up_skills: rubric
                    .step_up_skills(i)
                    .into_iter()
                    .map(|s| rubric.skills[s].id.clone())
                    .collect(),
                salary: l.salary.clone(),
            })
            .collect();

        let next = match assessment.best {
            None => Some(0),
            Some(b) if b + 1 < rubric.levels.len() => Some(b + 1),
            Some(_) => None,
        };
        let next_level = next.map(|n| next_level(rubric, profile, assessment, n));

        let certifications = recommendations
            .certifications
            .iter()
            .map(|pick| {
                let c = &rubric.certifications[pick.cert];
                CertRow {
                    id: c.id.clone(),
                    name: c.name.clone(),
                    issuer: c.issuer.clone(),
                    kind: c.kind,
                    covers: pick
                        .covers
                        .iter()
                        .map(|&s| rubric.skills[s].id.clone())
                        .collect(),
                    covered_priority: pick.covered_priority,
                    suits_target: c.levels.contains(&target.id),
                    preparation: c.preparation.clone(),
                    cost: c.cost.clone(),
                    prerequisites: c.prerequisites.clone(),
                    eligible: pick.eligible,
                    eligibility: (!pick.eligible).then(|| eligibility_note(c, profile)),
                }
            })
            .collect();

        let next_steps = recommendations
            .next_steps
            .iter()
            .map(|step| {
                let s = &rubric.skills[step.skill];
                let sc = &assessment.skills[step.skill];
                let stages: Vec<Stage> = (sc.rating.unwrap_or(0) + 1..=sc.required)
                    .map(|to| Stage {
                        to,
                        actions: s.next_steps[usize::from(to) - 1].clone(),
                    })
                    .collect();
                NextStep {
                    skill: s.id.clone(),
                    name: s.name.clone(),
                    rating: sc.rating,
                    required: sc.required,
                    priority: sc.priority,
                    actions: stages.iter().flat_map(|st| st.actions.clone()).collect(),
                    stages,
                }
            })
            .collect();

        Report {
            schema: None,
            schema_version: SCHEMA_VERSION,
            rubric: RubricInfo::of(rubric),
            name: profile.name.clone(),
            years_experience: profile.years_experience,
            target_level: target.id.clone(),
            target_title: target.title.clone(),
            target_chosen_by,
            scale: rubric.scale.iter().map(|p| p.label.clone()).collect(),
            best_level: best.map(|l| l.id.clone()),
            best_title: best.map(|l| l.title.clone()),
            thresholds: ThresholdInfo {
                ready_readiness: rubric.thresholds.ready_readiness,
                blocking_gap: rubric.thresholds.blocking_gap,
            },
            levels,
            skills,
            strengths,
            next_level,
            salary: SalaryContext {
                best_level: best.and_then(|l| l.salary.clone()),
                target: target.salary.clone(),
                source: target
                    .salary
                    .as_ref()
                    .and_then(|p| p.source.clone())
                    .unwrap_or_else(|| target.source.clone()),
            },
            certifications,
            next_steps,
            education_paths: rubric.education_paths.clone(),
            certifications_held: profile
                .certifications
                .iter()
                .map(|&c| rubric.certifications[c].id.clone())
                .collect(),
            not_rated: profile
                .not_rated()
                .into_iter()
                .map(|s| rubric.skills[s].id.clone())
                .collect(),
            warnings,
        }
    }
}

/// "1 year", "3 years", "2.5 years".
fn years_text(y: f64) -> String {
    if y == 1.0 {
        "1 year".to_string()
    } else {
        format!("{y} years")
    }
}

/// Why a person may not sit for a certification yet.
fn eligibility_note(c: &crate::rubric::Certification, profile: &Profile) -> String {
    let need = years_text(c.requires_years);
    match profile.years_experience {
        Some(y) => format!(
            "asks for {need} of work experience; the profile gives {}",
            years_text(y)
        ),
        None => format!("asks for {need} of work experience; the profile gives none"),
    }
}

fn next_level(rubric: &Rubric, profile: &Profile, assessment: &Assessment, n: usize) -> NextLevel {
    let level = &rubric.levels[n];
    let standing = &assessment.levels[n];
    let mut gaps = standing.gaps.clone();
    // The skills the level adds first: each alone holds the level back. Then the largest
    // weighted gap first, then rubric order.
    let weight =
        |g: &score::LevelGap| u32::from(rubric.skills[g.skill].importance) * u32::from(g.gap);
    gaps.sort_by(|a, b| {
        b.step_up
            .cmp(&a.step_up)
            .then(weight(b).cmp(&weight(a)))
            .then(a.skill.cmp(&b.skill))
    });
    NextLevel {
        id: level.id.clone(),
        title: level.title.clone(),
        readiness: round_to(standing.readiness, 1),
        readiness_short_by: round_to(
            (rubric.thresholds.ready_readiness - standing.readiness).max(0.0),
            1,
        ),
        gaps: gaps
            .iter()
            .map(|g| {
                let s = &rubric.skills[g.skill];
                Gap {
                    id: s.id.clone(),
                    name: s.name.clone(),
                    rating: profile.scored_ratings().get(g.skill),
                    required: s.required[n],
                    gap: g.gap,
                    blocking: g.blocking,
                    step_up: g.step_up,
                }
            })
            .collect(),
    }
}

impl Report {
    /// "2 Working", or "not rated".
    pub fn rating_text(&self, rating: Option<u8>) -> String {
        match rating {
            Some(r) => self.level_label(r),
            None => "not rated".to_string(),
        }
    }

    /// "3 Advanced" for a requirement or rating on the scale.
    pub fn level_label(&self, value: u8) -> String {
        match self.scale.get(usize::from(value)) {
            Some(label) => format!("{value} {label}"),
            None => value.to_string(),
        }
    }

    /// The scale as "0 None, 1 Basic, ...".
    pub fn scale_text(&self) -> String {
        (0..self.scale.len())
            .map(|v| self.level_label(v as u8))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// A skill's name from its id, for lists of ids.
    pub fn skill_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.skills
            .iter()
            .find(|s| s.id == id)
            .map_or(id, |s| s.name.as_str())
    }

    /// One line per gap at the next level, with what it needs.
    pub(crate) fn gap_line(&self, g: &Gap) -> String {
        format!(
            "{}: {}, needs {} (gap {}{})",
            g.name,
            self.rating_text(g.rating),
            self.level_label(g.required),
            g.gap,
            match (g.step_up, g.blocking) {
                (true, _) => ", a skill this level adds: must be met",
                (false, true) => ", blocks this level",
                (false, false) => "",
            }
        )
    }

    /// The rule for reaching a level, in words.
    pub(crate) fn reach_rule(&self) -> String {
        format!(
            "reached at {}% readiness, with no gap of {} or more and every skill the level adds met",
            self.thresholds.ready_readiness, self.thresholds.blocking_gap
        )
    }

    /// The actions of one plan step, each prefixed with the rating it leads to when the step
    /// spans more than one rating.
    pub(crate) fn step_actions(&self, step: &NextStep) -> Vec<String> {
        if step.stages.len() <= 1 {
            return step.actions.clone();
        }
        step.stages
            .iter()
            .flat_map(|st| {
                let to = self.level_label(st.to);
                st.actions.iter().map(move |a| format!("toward {to}: {a}"))
            })
            .collect()
    }

    /// The details of a recommended certification, one fact per line.
    pub(crate) fn cert_lines(&self, c: &CertRow) -> Vec<String> {
        let covers: Vec<&str> = c.covers.iter().map(|id| self.skill_name(id)).collect();
        let kind = match c.kind {
            CredentialKind::Certification => "certification",
            CredentialKind::Certificate => "certificate program",
            CredentialKind::Card => "training card (not a certification)",
        };
        let mut lines = vec![
            format!("Issuer: {} ({kind})", c.issuer),
            format!("Closes gaps in: {}", covers.join(", ")),
            format!("Preparation: {}", c.preparation),
            format!("Cost: {}", c.cost),
            format!("Prerequisites: {}", c.prerequisites),
        ];
        if let Some(why) = &c.eligibility {
            lines.push(format!("Not eligible yet: {why}"));
        }
        if !c.suits_target {
            lines.push(format!(
                "Note: usually taken at other levels than {}",
                self.target_title
            ));
        }
        lines
    }

    /// Where the person stands on pay, from the rubric's source.
    pub(crate) fn salary_line(&self) -> String {
        let target = match &self.salary.target {
            Some(pay) => format!("{} at {} (target)", pay.median_text(), self.target_title),
            None => format!(
                "no pay figure for {} (target) in the source",
                self.target_title
            ),
        };
        match (&self.best_title, &self.salary.best_level) {
            (Some(best), Some(pay)) => format!(
                "{} at {best} (best level reached); {target}.",
                pay.median_text()
            ),
            _ => format!("{target}."),
        }
    }

    /// "USD 42,000", or a dash where the rubric gives no figure.
    pub(crate) fn median_cell(salary: &Option<Salary>) -> String {
        match salary {
            Some(pay) => format!("{} {}", pay.currency, crate::rubric::thousands(pay.median)),
            None => "-".to_string(),
        }
    }

    /// The short heading line: who, against what.
    pub(crate) fn title(&self) -> String {
        match &self.name {
            Some(name) if !name.trim().is_empty() => format!("Skill gap report: {name}"),
            _ => "Skill gap report".to_string(),
        }
    }

    /// Lines that describe the target and the best level.
    pub(crate) fn summary_lines(&self) -> Vec<String> {
        let target_years = self
            .levels
            .iter()
            .find(|l| l.id == self.target_level)
            .map_or(String::new(), |l| format!(" ({})", l.years));
        let mut lines = vec![
            format!(
                "Rubric: {}, version {}",
                self.rubric.title, self.rubric.version
            ),
            format!(
                "Target: {}{target_years}, {}",
                self.target_title,
                self.target_chosen_by.describe()
            ),
            match &self.best_title {
                Some(best) => format!("Best level reached: {best}"),
                None => format!(
                    "Best level reached: none yet (the first level, {}, needs readiness {}% and no gap of {} or more)",
                    self.levels.first().map_or("", |l| l.title.as_str()),
                    self.thresholds.ready_readiness,
                    self.thresholds.blocking_gap
                ),
            },
        ];
        if let Some(years) = self.years_experience {
            lines.push(format!("Experience: {years} years"));
        }
        lines
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::input::Origin;
    use crate::profile::{Strictness, parse};
    use crate::recommend::recommend;
    use crate::score::assess;

    /// A report for a small, fixed profile, with text that tries to break the layout.
    pub(crate) fn sample_report(name: &str) -> Report {
        let r = Rubric::builtin();
        let json = serde_json::json!({
            "name": name,
            "target_level": "senior",
            "years_experience": 3,
            "ratings": {
                "production-planning": 2, "quality-control": 3, "inventory-management": 2,
                "process-improvement": 1, "erp-systems": 2, "data-analysis": 1,
                "technical-documentation": 2, "troubleshooting-maintenance": 3,
                "project-management-software": 1, "industry-software": 2,
                "health-safety": 3, "budget-management": 1,
                "organizational-skills": 3, "attention-to-detail": 4, "problem-solving": 2,
                "adaptability": 3, "communication": 2, "time-management": 3,
                "collaboration": 3, "training-mentoring": 2, "team-leadership": 1,
                "strategic-planning": 0
            },
            "certifications": ["osha-10"],
            "evidence": {"quality-control": "ran first-article | inspections\non line 2"}
        });
        let p = parse(&json.to_string(), &Origin::Stdin, &r, Strictness::default()).unwrap();
        let a = assess(&r, &p, None);
        let rec = recommend(&r, &p, &a, 3);
        Report::build(
            &r,
            &p,
            &a,
            &rec,
            vec!["1 skill not rated: initiative".into()],
            a.target_source.into(),
        )
    }

    #[test]
    fn skills_are_ordered_most_urgent_first() {
        let rep = sample_report("Sam");
        let pr: Vec<u32> = rep.skills.iter().map(|s| s.priority).collect();
        assert!(pr.windows(2).all(|w| w[0] >= w[1]), "{pr:?}");
        assert_eq!(rep.skills.len(), Rubric::builtin().skills.len());
        assert_eq!(rep.target_level, "senior");
        assert_eq!(rep.target_chosen_by, TargetChoice::Profile);
        assert_eq!(rep.not_rated, ["initiative"]);
    }
}
