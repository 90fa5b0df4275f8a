//! The gap report: one document built from an assessment and its recommendations.
//!
//! [`Report`] holds everything any format shows, already ordered and labelled, so the
//! exporters (see [`crate::export`]) only lay it out. It is also the JSON report's schema:
//! the JSON exporter serialises it, and tests (and other programs) read reports back into it.

mod build;
pub mod glossary;
mod phrases;
mod verdict;
mod wording;

pub use phrases::{day_text, role_name, years_band, years_text};
pub use verdict::{CanApply, FirstThing, ReviewedSummary, Summary};

use serde::{Deserialize, Serialize};

use crate::credentials::{CertState, Date};
use crate::i18n::Lang;
use crate::profile::{Basis, Role};
use crate::rubric::{
    Category, Cost, CredentialKind, Education, EducationPath, GlossaryEntry, RubricInfo, Salary,
};
use crate::score::TargetSource;

/// Version of the JSON report's layout; raised when a field changes meaning or goes away.
pub const SCHEMA_VERSION: u32 = 2;

/// The oldest layout a report is still read back in (by `compare` and `history`): version 1
/// differs only in names that are read as their version 2 equivalents (`step_up_skills`,
/// `step_up`) and in fields version 2 added with defaults.
pub const OLDEST_READABLE_SCHEMA: u32 = 1;

/// A perception gap (own rating minus review rating) at least this large either way is shown
/// beside the skill.
pub const PERCEPTION_SHOWN: i8 = 1;
/// A perception gap at least this large either way is flagged "talk about this" and listed
/// in the section "Where you and your reviewers disagree".
pub const PERCEPTION_TALK: i8 = 2;

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
    /// The answer first: the verdict in plain words (at most five lines) and its facts.
    /// Reports written before it existed read back with an empty one.
    #[serde(default)]
    pub summary: Summary,
    /// The person's name, exactly as given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Years of experience, if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub years_experience: Option<f64>,
    /// The highest education completed, if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub education: Option<Education>,
    /// The day of the assessment, YYYY-MM-DD; `null` when the profile does not say.
    #[serde(default)]
    pub assessed_on: Option<String>,
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
    /// Which rating each skill is scored on (`--ratings`): `self`, `reviewed` (the review
    /// rating where there is one, else the person's own) or `lower`.
    #[serde(default)]
    pub basis: Basis,
    /// How many skills carry a review rating.
    #[serde(default)]
    pub verified_skills: usize,
    /// The reviews of the person that count, in the order given.
    #[serde(default)]
    pub reviews: Vec<ReviewInfo>,
    /// Reviews set aside: one reviewer counts once, with their latest review (of two on the
    /// same day, the one given last).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reviews_set_aside: Vec<ReviewInfo>,
    /// What changed since the assessment this one re-assessed (`assess --update`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<Since>,
    /// The best level on the person's own ratings, when the report is scored on reviewed
    /// ratings: beside `best_level`, the review's effect on the answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub best_on_own_ratings: Option<OwnBest>,
    /// The day reviews and credentials were judged by (`--as-of`, by default the day of the
    /// report), when there are reviews or a credential with an end date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
    /// Readiness at every level, lowest first.
    pub levels: Vec<LevelRow>,
    /// Every skill against the target, most urgent first.
    pub skills: Vec<SkillRow>,
    /// Skills rated above what the target needs.
    pub strengths: Vec<Strength>,
    /// Skills whose own rating and review rating differ by 2 or more: to talk about. Largest
    /// difference first.
    #[serde(default)]
    pub disagreements: Vec<Disagreement>,
    /// What stands between the person and the level after their best one.
    pub next_level: Option<NextLevel>,
    /// Pay at the best level and at the target.
    pub salary: SalaryContext,
    /// Recommended certifications, in the order chosen.
    pub certifications: Vec<CertRow>,
    /// Whether certifications were asked for (false with `--max-certs 0`).
    #[serde(default = "asked", skip_serializing_if = "is_asked")]
    pub certifications_asked: bool,
    /// The plan: skills to raise, most urgent first, with actions.
    pub next_steps: Vec<NextStep>,
    /// Formal education routes, with cost and duration: every one when no level is reached
    /// yet, else those that lead toward the next level or the target.
    pub education_paths: Vec<EducationPath>,
    /// Certifications the person already holds (ids); an expired one is not held.
    pub certifications_held: Vec<String>,
    /// Every credential the profile lists, with its days and where it stands.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub credentials: Vec<HeldCredential>,
    /// Skills not rated (ids); they count as 0.
    pub not_rated: Vec<String>,
    /// Skills the profile leaves out altogether (ids): not asked by `--quick`, or missing
    /// from a profile written for an older rubric. They are left out of readiness and of the
    /// gap rule, and the levels they decide are provisional.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_asked: Vec<String>,
    /// Things the reader should know about the input.
    pub warnings: Vec<String>,
    /// The words the report uses that need explaining, each once, in alphabetical order:
    /// the terms of the rubric's glossary its texts show, and its own words (readiness,
    /// gap, priority, defining skill).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub glossary: Vec<GlossaryEntry>,
    /// The language of its words (the rubric's and skillgap's own). Not in the JSON report,
    /// which is always written in English so that reports compare whatever their readers'
    /// language (`Output` builds it so); a report read back is in English.
    #[serde(skip)]
    pub lang: Lang,
}

/// Who reads a report, and when: the language of its words, and the day reviews and
/// credentials are judged by (reviews older than 12 months before it are marked stale;
/// without a day none is).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Reading {
    /// The reader's language. The rubric given to [`Report::build`] must already be in it
    /// ([`Rubric::in_lang`]).
    pub lang: Lang,
    /// The day of reading.
    pub as_of: Option<Date>,
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
    /// Whether the level's own conditions hold: readiness at the threshold, no blocking
    /// gap, and every defining skill met.
    #[serde(default)]
    pub met: bool,
    /// Whether the level is at or below the best level (the highest level met).
    pub reached: bool,
    /// Whether a skill the level requires was not asked, so that its standing may change
    /// once it is rated.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub provisional: bool,
    /// Skills whose gap blocks this level (ids).
    pub blocking: Vec<String>,
    /// The level's defining skills (ids): what makes it a different job from the level
    /// below. Every one must be met for the level to be met. Reports of schema version 1
    /// called a wider list `step_up_skills`; it is read here.
    #[serde(default, alias = "step_up_skills")]
    pub defining_skills: Vec<String>,
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
    /// The rating scored (see `basis`), `null` when not rated or not asked.
    pub rating: Option<u8>,
    /// Whether the skill was asked; `false` for a skill the profile leaves out, which has
    /// no gap and is left out of readiness (see `not_asked`).
    #[serde(default = "asked", skip_serializing_if = "is_asked")]
    pub asked: bool,
    /// The person's own rating, `null` when not rated.
    #[serde(default)]
    pub self_rating: Option<u8>,
    /// The reviewers' rating (the median of the reviews that rate the skill), `null` when no
    /// review rates it.
    #[serde(default)]
    pub review_rating: Option<u8>,
    /// The person's own rating minus the review rating, `null` unless both exist.
    #[serde(default)]
    pub perception_gap: Option<i8>,
    /// How many reviews rate the skill ("had no chance to observe" does not count).
    #[serde(default)]
    pub reviewers: usize,
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

/// What changed since the assessment a re-assessment (`assess --update`) started from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Since {
    /// The day of the earlier assessment, YYYY-MM-DD; `null` when its file does not say.
    pub date: Option<String>,
    /// The person's own ratings that changed, in rubric order.
    pub ratings: Vec<RatingChange>,
    /// The levels whose readiness or standing changed, lowest first.
    pub levels: Vec<LevelChange>,
}

/// A rating then and now.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RatingChange {
    /// Skill id.
    pub id: String,
    /// Skill name.
    pub name: String,
    /// The rating then, `null` when not rated.
    pub from: Option<u8>,
    /// The rating now, `null` when not rated.
    pub to: Option<u8>,
}

/// A level's standing then and now.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LevelChange {
    /// Level id.
    pub id: String,
    /// Level title.
    pub title: String,
    /// Readiness then, to one decimal.
    pub readiness_from: f64,
    /// Readiness now, to one decimal.
    pub readiness_to: f64,
    /// Whether it was reached then.
    pub reached_from: bool,
    /// Whether it is reached now.
    pub reached_to: bool,
}

/// The best level on the person's own ratings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OwnBest {
    /// Level id, `null` when no level is met on them.
    pub level: Option<String>,
    /// Level title, `null` when no level is met on them.
    pub title: Option<String>,
}

/// A review, as a report names it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReviewInfo {
    /// Who wrote it.
    pub reviewer: String,
    /// In what role.
    pub role: Role,
    /// The day of the review, YYYY-MM-DD.
    pub date: String,
    /// Whether it is more than 12 months older than `as_of`; a stale review is still used.
    pub stale: bool,
    /// How many skills it rates.
    pub skills_rated: usize,
}

/// A skill on which the person and their reviewers disagree by 2 or more.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Disagreement {
    /// Skill id.
    pub id: String,
    /// Skill name.
    pub name: String,
    /// The person's own rating.
    pub self_rating: u8,
    /// The reviewers' rating.
    pub review_rating: u8,
    /// Own minus review.
    pub perception_gap: i8,
    /// What the reviewers noted on the skill.
    #[serde(default)]
    pub notes: Vec<ReviewNote>,
}

/// A reviewer's note on a skill.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReviewNote {
    /// Who wrote it.
    pub reviewer: String,
    /// In what role.
    pub role: Role,
    /// The note.
    pub note: String,
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
    /// Every gap at that level: the defining skills not asked first, then the unmet defining
    /// skills, then the rest, each group largest weighted gap first.
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
    /// Whether the skill is one of the level's defining skills, which must all be met.
    #[serde(default, alias = "step_up")]
    pub defining: bool,
    /// Whether the skill was asked; a defining skill that was not asked is listed (first)
    /// with no gap, since the level cannot be met until it is rated.
    #[serde(default = "asked", skip_serializing_if = "is_asked")]
    pub asked: bool,
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
    /// When the person held it and it expired: the day it did. Recommended to renew.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub renew_expired_on: Option<Date>,
    /// The credential it is the first step toward, when it is recommended because that one,
    /// which would close more, builds on it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step_toward: Option<CertName>,
}

/// A credential named in a report beside another.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CertName {
    /// Certification id.
    pub id: String,
    /// Full name.
    pub name: String,
}

fn yes() -> bool {
    true
}

/// A credential the person lists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HeldCredential {
    /// Certification id.
    pub id: String,
    /// Full name.
    pub name: String,
    /// The day it was earned, if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub earned: Option<Date>,
    /// The first day it is no longer valid, if it expires.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<Date>,
    /// `valid`, `expiring` or `expired` on the day of the assessment.
    pub state: CertState,
    /// Days from the day of the assessment to `expires` (negative once expired).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days_left: Option<i64>,
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
    /// How the choice reads in a sentence in `lang`: "named in the profile".
    pub fn describe(self, lang: Lang) -> String {
        match self {
            TargetChoice::Profile => crate::tr!(lang, "report-chosen-profile"),
            TargetChoice::Option => crate::tr!(lang, "report-chosen-option"),
            TargetChoice::Suggested => crate::tr!(lang, "report-chosen-suggested"),
            TargetChoice::Questionnaire => crate::tr!(lang, "report-chosen-questionnaire"),
        }
    }
}

/// `certifications_asked` is true unless a report says otherwise.
fn asked() -> bool {
    true
}

/// Whether to leave `certifications_asked` out of a report: it is only written when false.
fn is_asked(asked: &bool) -> bool {
    *asked
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::input::Origin;
    use crate::profile::Basis;
    use crate::profile::{Strictness, parse};
    use crate::recommend::recommend;
    use crate::rubric::Rubric;
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
                "collaboration": 3, "initiative": null, "training-mentoring": 2,
                "team-leadership": 1, "strategic-planning": 0
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
            Reading::default(),
        )
    }

    /// The sample report with two reviews: a supervisor's (dated `supervisor_date`) that
    /// differs by 2 on two skills and has a note, and a peer's, judged on 2026-11-27.
    pub(crate) fn reviewed_report(reviewer: &str, supervisor_date: &str) -> Report {
        reviewed_report_in(reviewer, supervisor_date, Lang::En)
    }

    /// [`reviewed_report`] in `lang`.
    pub(crate) fn reviewed_report_in(reviewer: &str, supervisor_date: &str, lang: Lang) -> Report {
        let r = Rubric::builtin();
        let base = sample_report("Sam Rivera");
        let mut p = crate::progress::read::sniff(
            serde_json::to_string(&base).unwrap(),
            Origin::Stdin,
            "r".into(),
        )
        .unwrap()
        .to_profile(&r)
        .unwrap()
        .0;
        let review = |who: &str, role: &str, date: &str, pairs: &[(&str, Option<u8>)]| {
            let mut ratings = serde_json::Map::new();
            for (id, v) in pairs {
                ratings.insert((*id).into(), serde_json::json!(v));
            }
            let doc = serde_json::json!({
                "person": "Sam Rivera", "reviewer": who, "role": role, "date": date,
                "ratings": ratings,
                "notes": {"attention-to-detail": "misses | the second\ncheck <b>often</b>"}
            });
            crate::profile::review::parse_review(&doc.to_string(), &Origin::Stdin, &r).unwrap()
        };
        p.set_reviews(vec![
            review(
                reviewer,
                "supervisor",
                supervisor_date,
                &[
                    ("attention-to-detail", Some(2)),
                    ("process-improvement", Some(3)),
                    ("quality-control", Some(2)),
                    ("problem-solving", None),
                ],
            ),
            review(
                "A. Kim",
                "peer",
                "2026-10-02",
                &[("attention-to-detail", Some(4)), ("communication", Some(3))],
            ),
        ]);
        let words = r.in_lang(lang);
        let a = assess(&words, &p, None);
        let rec = recommend(&words, &p, &a, 3);
        Report::build(
            &words,
            &p,
            &a,
            &rec,
            Vec::new(),
            a.target_source.into(),
            Reading {
                lang,
                as_of: crate::date::Date::parse_explained("2026-11-27").ok(),
            },
        )
    }

    #[test]
    fn reviews_read_in_spanish() {
        let rep = reviewed_report_in("D. Lee", "2025-11-26", Lang::Es);
        assert_eq!(
            rep.review_line().unwrap(),
            "4 de 23 habilidades confirmadas por D. Lee (supervisor), 26 de noviembre de 2025 (antigua: de hace más de 12 meses) y A. Kim (compañero), 2 de octubre de 2026"
        );
        assert_eq!(
            rep.warnings[0],
            "la evaluación de D. Lee (supervisor) del 26 de noviembre de 2025 tiene más de 12 meses al 27 de noviembre de 2026; todavía se usa, pero una evaluación nueva diría dónde está usted hoy"
        );
        assert_eq!(
            rep.disagree_heading(),
            "Donde usted y sus evaluadores no coinciden"
        );
        let d = rep.disagreement_line(&rep.disagreements[0]);
        assert!(
            d.contains(": usted 1 ") && d.ends_with("(-2): converse sobre esto"),
            "{d}"
        );
        assert!(rep.review_legend().starts_with(
            "Autoevaluación / Evaluación: su propia calificación y la de sus evaluadores"
        ));
        let verdict = rep.summary.lines.join("\n");
        assert!(
            verdict.contains("Evaluación de D. Lee y A. Kim (4 de 23 habilidades confirmadas)"),
            "{verdict}"
        );
        assert!(verdict.contains("habilidades para conversar"), "{verdict}");
        let top = rep.summary_lines().join("\n");
        assert!(top.contains("Puntaje calculado con: la calificación de los evaluadores donde la hay; si no, la suya (--ratings reviewed)"), "{top}");
        for english in [
            "Reviewed by",
            "confirmed by",
            "to talk about",
            "stale",
            "your reviewers",
            "Scored on",
        ] {
            assert!(
                !verdict.contains(english) && !top.contains(english),
                "{english}"
            );
        }
    }

    #[test]
    fn reviews_are_scored_compared_and_dated() {
        let rep = reviewed_report("D. Lee", "2026-11-20");
        let row = |id: &str| rep.skills.iter().find(|s| s.id == id).unwrap();
        // The supervisor outranks the peer on attention to detail: 4 own, 2 reviewed.
        let ad = row("attention-to-detail");
        assert_eq!(
            (
                ad.self_rating,
                ad.review_rating,
                ad.rating,
                ad.perception_gap,
                ad.reviewers
            ),
            (Some(4), Some(2), Some(2), Some(2), 2)
        );
        // Only the peer rated communication: 2 own, 3 reviewed.
        let c = row("communication");
        assert_eq!(
            (c.review_rating, c.perception_gap, c.reviewers),
            (Some(3), Some(-1), 1)
        );
        // Not observed is no review rating: the own rating is scored.
        let ps = row("problem-solving");
        assert_eq!(
            (ps.review_rating, ps.rating, ps.reviewers),
            (None, Some(2), 0)
        );
        assert_eq!(rep.verified_skills, 4);
        assert_eq!(rep.basis, Basis::Reviewed);
        assert_eq!(rep.as_of.as_deref(), Some("2026-11-27"));
        // Disagreements: 2 or more apart, largest first; 1 apart is shown but not listed.
        let ids: Vec<&str> = rep.disagreements.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["process-improvement", "attention-to-detail"]);
        assert_eq!(rep.disagreements[0].perception_gap, -2);
        assert_eq!(rep.disagreements[1].notes.len(), 2, "both reviewers' notes");
        let qc = row("quality-control");
        assert_eq!(qc.perception_gap, Some(1));
        assert_eq!(Report::perception_mark(Some(1)), "+1");
        assert_eq!(Report::perception_mark(Some(-1)), "-1");
        assert_eq!(Report::perception_mark(Some(0)), "");
        assert_eq!(Report::perception_mark(Some(2)), "+2 ⚑");
        assert_eq!(Report::perception_mark(Some(-3)), "-3 ⚑");
        assert_eq!(Report::perception_mark(None), "");
        assert_eq!(
            rep.review_line().unwrap(),
            "4 of 23 skills confirmed by D. Lee (supervisor), 2026-11-20 and A. Kim (peer), 2026-10-02"
        );
        assert!(rep.warnings.is_empty());
        // Staleness at its boundary: exactly 12 months old is current, a day more is stale.
        let current = reviewed_report("D. Lee", "2025-11-27");
        assert!(!current.reviews[0].stale);
        let stale = reviewed_report("D. Lee", "2025-11-26");
        assert!(stale.reviews[0].stale && !stale.reviews[1].stale);
        assert!(stale.review_line().unwrap().contains("2025-11-26 (stale"));
        assert!(stale.warnings[0].contains("more than 12 months old on 2026-11-27"));
        assert_eq!(
            stale.skills,
            reviewed_report("D. Lee", "2026-11-20").skills,
            "still used"
        );
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
