//! Progress: the difference between two assessments of one person, such as last quarter's
//! and today's. Both are scored with the same rubric against the same target level, so every
//! difference shown is a difference in the person, not in the yardstick.
//!
//! A [`Comparison`] is a document like a report: renderers lay it out, and its JSON form has a
//! schema. It opens with its [`answer`]: the best level then and now, the target's readiness,
//! the gaps closed and the new blockers, in facts and in words. [`read`] turns the files given
//! to `skillgap compare` (profiles, or JSON reports) back into profiles. Pure apart from that:
//! no printing, no writing, no clock and no file times (the command reads those).

pub mod answer;
pub mod history;
pub mod read;

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::figures::round_to;
use crate::i18n::{self, Lang};
use crate::profile::{Basis, Profile};
use crate::report::ThresholdInfo;
use crate::rubric::{Rubric, RubricInfo};
use crate::score::{self, assess};
use crate::tr;

pub use answer::{ProgressSummary, rated_needs, threshold};
pub use read::{Compared, OtherVersion, ReportError};

/// Version of the JSON comparison's layout.
pub const COMPARISON_SCHEMA_VERSION: u32 = 1;

/// The difference between two assessments of one person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Comparison {
    /// Version of this layout.
    pub schema_version: u32,
    /// The answer first: what changed, in facts and in at most five lines of words.
    pub summary: ProgressSummary,
    /// The rubric both were scored against.
    pub rubric: RubricInfo,
    /// The earlier file.
    pub old: Side,
    /// The later file.
    pub new: Side,
    /// The level both were measured against.
    pub target_level: String,
    /// Its title.
    pub target_title: String,
    /// The rubric's rules for meeting a level, which the levels' standing follows.
    pub thresholds: ThresholdInfo,
    /// Every skill: rating then and now.
    pub skills: Vec<SkillChange>,
    /// Every level: readiness then and now.
    pub levels: Vec<LevelChange>,
    /// Skills below the target then and not now (ids).
    pub gaps_closed: Vec<String>,
    /// Skills not below the target then and below it now (ids).
    pub gaps_opened: Vec<String>,
    /// Certifications held now and not then (ids).
    pub certifications_gained: Vec<String>,
    /// Set when a report was made with another version of the rubric: only the skills both
    /// versions have are compared.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rubric_changed: Option<RubricChange>,
    /// The language of its words; not in the JSON, which is always in English (see
    /// [`crate::report::Report::lang`]).
    #[serde(skip)]
    pub lang: Lang,
}

/// How the rubric changed between a report and the comparison.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RubricChange {
    /// Version of the rubric the report was made with.
    pub from_version: u32,
    /// Version of the rubric in use.
    pub to_version: u32,
    /// Skills of only one of the two versions (ids), left out of the comparison and counted
    /// as not rated on both sides.
    pub skills_left_out: Vec<String>,
}

impl RubricChange {
    /// One sentence saying what changed and what is compared.
    pub fn note(&self, compared: usize, lang: Lang) -> String {
        if self.skills_left_out.is_empty() {
            tr!(
                lang,
                "progress-rubric-changed",
                from = self.from_version,
                to = self.to_version,
                compared = compared
            )
        } else {
            tr!(
                lang,
                "progress-rubric-changed-left-out",
                from = self.from_version,
                to = self.to_version,
                compared = compared,
                skills = self.skills_left_out.join(", ")
            )
        }
    }
}

/// One of the two files.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Side {
    /// The file, as given.
    pub file: String,
    /// The day of the assessment (the file's `assessed_on`), YYYY-MM-DD; `null` when the
    /// file does not say.
    #[serde(default)]
    pub assessed_on: Option<String>,
    /// When the file gives no `assessed_on`: the day the file last changed (UTC), shown as
    /// the "file date"; for a version `assess --update` kept, the day in its name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_date: Option<String>,
    /// The person's name, if given.
    pub name: Option<String>,
    /// Best level reached, if any.
    pub best_level: Option<String>,
    /// What its ratings are: `self` when no review rates any skill, else the `--ratings`
    /// basis they were scored on.
    #[serde(default = "own")]
    pub basis: Basis,
    /// How many skills carry a review rating.
    #[serde(default)]
    pub verified_skills: usize,
}

fn own() -> Basis {
    Basis::Own
}

impl Side {
    /// The day to show for this side: its `assessed_on`; else its file's date, said as such;
    /// else "date unknown".
    pub fn day(&self, lang: Lang) -> String {
        day_words(lang, self.assessed_on.as_deref(), self.file_date.as_deref())
    }

    /// "from FILE", or "from standard input".
    pub fn source(&self, lang: Lang) -> String {
        if self.file == "-" {
            tr!(lang, "progress-from-stdin")
        } else {
            tr!(lang, "progress-from-file", file = self.file.as_str())
        }
    }
}

/// A day of an assessment as people read it: YYYY-MM-DD in English (as the files write
/// it), "1 de junio de 2026" in Spanish; a file's date said as such; else "date unknown".
pub fn day_words(lang: Lang, assessed_on: Option<&str>, file_date: Option<&str>) -> String {
    let written = |day: &str| match (lang, Date::parse_explained(day)) {
        (Lang::Es, Ok(date)) => i18n::day(lang, date),
        _ => day.to_string(),
    };
    match (assessed_on, file_date) {
        (Some(day), _) => written(day),
        (None, Some(day)) => tr!(lang, "progress-file-date", day = written(day)),
        (None, None) => tr!(lang, "progress-date-unknown"),
    }
}

/// What a side's ratings are: its own when no review rates any skill, whatever the basis.
fn effective_basis(basis: Basis, verified_skills: usize) -> Basis {
    if verified_skills == 0 {
        Basis::Own
    } else {
        basis
    }
}

/// A skill then and now.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SkillChange {
    /// Skill id.
    pub id: String,
    /// Skill name.
    pub name: String,
    /// Rating then, `null` when not rated.
    pub old: Option<u8>,
    /// Rating now, `null` when not rated.
    pub new: Option<u8>,
    /// Now minus then (not rated counts as 0).
    pub change: i16,
    /// What the target requires.
    pub required: u8,
    /// Gap then.
    pub old_gap: u8,
    /// Gap now.
    pub new_gap: u8,
}

/// A level then and now.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LevelChange {
    /// Level id.
    pub id: String,
    /// Level title.
    pub title: String,
    /// Readiness then, to one decimal.
    pub old_readiness: f64,
    /// Readiness now, to one decimal.
    pub new_readiness: f64,
    /// Reached then.
    pub old_reached: bool,
    /// Reached now.
    pub new_reached: bool,
    /// Skills whose gap blocks the level now (ids).
    #[serde(default)]
    pub blocking: Vec<String>,
    /// The level's defining skills that fall short of it now, or were not asked (ids): each
    /// holds the level back whatever its readiness.
    #[serde(default)]
    pub defining_short: Vec<String>,
}

/// Compares two profiles scored against `target`.
pub fn compare(
    rubric: &Rubric,
    (old_file, old): (&str, &Profile),
    (new_file, new): (&str, &Profile),
    target: usize,
    lang: Lang,
) -> Comparison {
    let a = assess(rubric, old, Some(target));
    let b = assess(rubric, new, Some(target));
    let (then, now) = (old.scored_ratings(), new.scored_ratings());
    let skills: Vec<SkillChange> = rubric
        .skills
        .iter()
        .enumerate()
        .map(|(s, skill)| SkillChange {
            id: skill.id.clone(),
            name: skill.name.clone(),
            old: then.get(s),
            new: now.get(s),
            change: i16::from(now.get(s).unwrap_or(0)) - i16::from(then.get(s).unwrap_or(0)),
            required: skill.required[target],
            old_gap: a.skills[s].gap,
            new_gap: b.skills[s].gap,
        })
        .collect();
    let side = |file: &str, p: &Profile, best: Option<usize>| Side {
        file: file.to_string(),
        assessed_on: p.assessed_on.map(|d| d.to_string()),
        file_date: None,
        name: p.name.clone(),
        best_level: best.map(|l| rubric.levels[l].id.clone()),
        basis: effective_basis(p.basis, p.verified_skills()),
        verified_skills: p.verified_skills(),
    };
    let sides = answer::Sides {
        then: (old, &a),
        now: (new, &b),
    };
    Comparison {
        schema_version: COMPARISON_SCHEMA_VERSION,
        summary: answer::summarize(rubric, &sides, target, &skills, lang),
        rubric: RubricInfo::of(rubric),
        old: side(old_file, old, a.best),
        new: side(new_file, new, b.best),
        target_level: rubric.levels[target].id.clone(),
        target_title: rubric.levels[target].title.clone(),
        thresholds: ThresholdInfo {
            ready_readiness: rubric.thresholds.ready_readiness,
            blocking_gap: rubric.thresholds.blocking_gap,
        },
        gaps_closed: skills
            .iter()
            .filter(|s| s.old_gap > 0 && s.new_gap == 0)
            .map(|s| s.id.clone())
            .collect(),
        gaps_opened: skills
            .iter()
            .filter(|s| s.old_gap == 0 && s.new_gap > 0)
            .map(|s| s.id.clone())
            .collect(),
        skills,
        levels: rubric
            .levels
            .iter()
            .enumerate()
            .map(|(l, level)| LevelChange {
                id: level.id.clone(),
                title: level.title.clone(),
                old_readiness: round_to(a.levels[l].readiness, 1),
                new_readiness: round_to(b.levels[l].readiness, 1),
                old_reached: a.levels[l].reached,
                new_reached: b.levels[l].reached,
                blocking: b.levels[l]
                    .gaps
                    .iter()
                    .filter(|g| g.blocking)
                    .map(|g| rubric.skills[g.skill].id.clone())
                    .collect(),
                defining_short: rubric
                    .defining_skills(l)
                    .into_iter()
                    .filter(|&s| {
                        !now.asked(s) || b.levels[l].gaps.iter().any(|g| g.skill == s && g.defining)
                    })
                    .map(|s| rubric.skills[s].id.clone())
                    .collect(),
            })
            .collect(),
        certifications_gained: new
            .certifications
            .iter()
            .filter(|c| old.certifications.binary_search(c).is_err())
            .map(|&c| rubric.certifications[c].id.clone())
            .collect(),
        rubric_changed: None,
        lang,
    }
}

/// One file of a comparison, read: the profile it describes.
#[derive(Clone)]
pub struct ProfileFile<'a> {
    /// The file, as shown.
    pub file: &'a str,
    /// The profile it describes.
    pub profile: Profile,
    /// For a report made with another version of the rubric, what that version had.
    pub other: Option<OtherVersion>,
    /// For a report, the basis its ratings were scored on and how many skills a review
    /// rated: a report holds the scored ratings, not the reviews.
    pub recorded: Option<(Basis, usize)>,
    /// The day the file last changed, read by the command: shown when the file gives no
    /// `assessed_on`. `None` for standard input.
    pub file_date: Option<Date>,
}

/// Compares two files' profiles against `level`, or else the later one's target (then the
/// earlier one's, then the level after the later one's best).
///
/// A report made with another version of the rubric is compared on the skills both versions
/// have; the others count as not asked on both sides (left out of readiness), so that no
/// change is invented for them, and are left out of the comparison.
pub fn compare_files(
    rubric: &Rubric,
    old: ProfileFile<'_>,
    new: ProfileFile<'_>,
    level: Option<usize>,
    lang: Lang,
) -> Comparison {
    let change = rubric_change(rubric, old.other.as_ref(), new.other.as_ref());
    let recorded = (old.recorded, new.recorded);
    let file_dates = (old.file_date, new.file_date);
    let (old_file, mut old) = (old.file, old.profile);
    let (new_file, mut new) = (new.file, new.profile);
    if let Some((_, shared)) = &change {
        for profile in [&mut old, &mut new] {
            for (s, _) in shared.iter().enumerate().filter(|(_, shared)| !**shared) {
                profile.forget_rating(s);
            }
        }
    }
    let target = level.unwrap_or_else(|| {
        new.target.or(old.target).unwrap_or_else(|| {
            let best = assess(rubric, &new, None).best;
            score::default_target(best, rubric.levels.len())
        })
    });
    let mut comparison = compare(rubric, (old_file, &old), (new_file, &new), target, lang);
    for (side, recorded, file_date) in [
        (&mut comparison.old, recorded.0, file_dates.0),
        (&mut comparison.new, recorded.1, file_dates.1),
    ] {
        if let Some((basis, verified)) = recorded {
            side.basis = effective_basis(basis, verified);
            side.verified_skills = verified;
        }
        if side.assessed_on.is_none() {
            side.file_date = file_date.map(|d| d.to_string());
        }
    }
    if let Some((change, shared)) = change {
        let left_out: Vec<&str> = rubric
            .skills
            .iter()
            .zip(&shared)
            .filter(|(_, shared)| !**shared)
            .map(|(s, _)| s.id.as_str())
            .collect();
        comparison
            .skills
            .retain(|s| !left_out.contains(&s.id.as_str()));
        comparison
            .gaps_closed
            .retain(|id| !left_out.contains(&id.as_str()));
        comparison
            .gaps_opened
            .retain(|id| !left_out.contains(&id.as_str()));
        comparison.rubric_changed = Some(change);
    }
    comparison
}

/// How the rubric changed, when either side is a report of another version, and per skill
/// of the rubric in use whether both sides have it.
fn rubric_change(
    rubric: &Rubric,
    old_other: Option<&OtherVersion>,
    new_other: Option<&OtherVersion>,
) -> Option<(RubricChange, Vec<bool>)> {
    if old_other.is_none() && new_other.is_none() {
        return None;
    }
    let mut shared = vec![true; rubric.skills.len()];
    let mut gone = Vec::new();
    let mut from_version = rubric.version;
    for other in [old_other, new_other].into_iter().flatten() {
        for (s, has) in shared.iter_mut().zip(&other.has) {
            *s &= *has;
        }
        gone.extend(other.gone.iter().cloned());
        from_version = other.version;
    }
    if let Some(other) = old_other {
        from_version = other.version;
    }
    let mut left_out: Vec<String> = rubric
        .skills
        .iter()
        .zip(&shared)
        .filter(|(_, shared)| !**shared)
        .map(|(s, _)| s.id.clone())
        .collect();
    for id in gone {
        if !left_out.contains(&id) {
            left_out.push(id);
        }
    }
    let change = RubricChange {
        from_version,
        to_version: rubric.version,
        skills_left_out: left_out,
    };
    Some((change, shared))
}

impl Comparison {
    /// The heading.
    pub fn title_line(&self) -> String {
        let who = self
            .new
            .name
            .as_deref()
            .or(self.old.name.as_deref())
            .filter(|n| !n.trim().is_empty());
        match who {
            Some(n) => tr!(self.lang, "progress-title", name = n),
            None => tr!(self.lang, "progress-title-unnamed"),
        }
    }

    /// The day and file of each side: ("Then", "2026-06-01", "from spring.json").
    pub fn date_lines(&self) -> [(String, String, String); 2] {
        let lang = self.lang;
        [
            (
                tr!(lang, "progress-then"),
                self.old.day(lang),
                self.old.source(lang),
            ),
            (
                tr!(lang, "progress-now"),
                self.new.day(lang),
                self.new.source(lang),
            ),
        ]
    }

    /// The lines under the heading (the answer, [`ProgressSummary::lines`], comes before
    /// them): the days and files compared, the rubric, the target.
    pub fn summary_lines(&self) -> Vec<String> {
        let lang = self.lang;
        let mut lines: Vec<String> = self
            .date_lines()
            .into_iter()
            .map(|(label, day, source)| {
                tr!(
                    lang,
                    "progress-date-line",
                    label = label,
                    day = day,
                    source = source
                )
            })
            .collect();
        lines.push(tr!(
            lang,
            "progress-rubric",
            title = self.rubric.title.as_str(),
            version = self.rubric.version
        ));
        if let Some(change) = &self.rubric_changed {
            lines.push(change.note(self.skills.len(), lang));
        }
        if let Some(note) = self.basis_note() {
            lines.push(note);
        }
        lines.push(tr!(
            lang,
            "progress-measured",
            title = self.target_title.as_str()
        ));
        lines
    }

    /// When the two sides' ratings are of different kinds (one the person's own, the
    /// other reviewed, say), a sentence that says so: part of a change may be the
    /// reviewer's view rather than progress.
    pub fn basis_note(&self) -> Option<String> {
        if self.old.basis == self.new.basis {
            return None;
        }
        let lang = self.lang;
        let kind = |side: &Side| match side.basis {
            Basis::Own => tr!(lang, "progress-kind-own"),
            Basis::Reviewed => tr!(lang, "progress-kind-reviewed", count = side.verified_skills),
            Basis::Lower => tr!(lang, "progress-kind-lower", count = side.verified_skills),
        };
        Some(tr!(
            lang,
            "progress-basis-note",
            then = kind(&self.old),
            now = kind(&self.new)
        ))
    }

    fn names(&self, ids: &[String]) -> String {
        if ids.is_empty() {
            return tr!(self.lang, "progress-none");
        }
        ids.iter()
            .map(|id| {
                self.skills
                    .iter()
                    .find(|s| &s.id == id)
                    .map_or(id.as_str(), |s| s.name.as_str())
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Gaps closed, opened, and certifications gained, as lines.
    pub fn change_lines(&self) -> Vec<String> {
        let lang = self.lang;
        let certs = if self.summary.certifications_gained.is_empty() {
            tr!(lang, "progress-none")
        } else {
            self.summary
                .certifications_gained
                .iter()
                .map(|c| c.name.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        vec![
            tr!(
                lang,
                "progress-gaps-closed",
                names = self.names(&self.gaps_closed)
            ),
            tr!(
                lang,
                "progress-gaps-opened",
                names = self.names(&self.gaps_opened)
            ),
            tr!(lang, "progress-certs-gained-line", names = certs),
        ]
    }
}

/// "3", or "-" when not rated.
pub fn rating_cell(r: Option<u8>) -> String {
    r.map_or("-".to_string(), |r| r.to_string())
}

/// "+1", "0", "-2".
pub fn change_cell(c: i16) -> String {
    if c > 0 {
        format!("+{c}")
    } else {
        c.to_string()
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The example specialist, as a profile.
    fn example(rubric: &Rubric) -> Profile {
        let text = include_str!("../../examples/profiles/specialist-to-senior.json");
        crate::profile::parse(
            text,
            &crate::input::Origin::Stdin,
            rubric,
            Default::default(),
        )
        .unwrap()
    }

    /// The example specialist (2026-11-20) against a later profile of hers with no
    /// `assessed_on`, dated by its file (2027-03-15): two gaps to Senior closed, the Lean
    /// certificate gained, and Training and Mentoring down to 1, which now holds back
    /// Production Specialist, so that her best level falls to Junior.
    pub(crate) fn sample_comparison() -> Comparison {
        sample_comparison_in(Lang::En)
    }

    /// The sample comparison, in `lang`.
    pub(crate) fn sample_comparison_in(lang: Lang) -> Comparison {
        let r = Rubric::builtin().in_lang(lang);
        let old = example(&r);
        let mut new = old.clone();
        new.assessed_on = None;
        for (skill, rating) in [
            ("training-mentoring", 1),
            ("process-improvement", 3),
            ("communication", 3),
        ] {
            new.ratings[r.skill_index(skill).unwrap()] = Some(rating);
        }
        let lean = r
            .certifications
            .iter()
            .position(|c| c.id == "lean-certificate")
            .unwrap();
        new.certifications.push(lean);
        new.certifications.sort_unstable();
        let file = |file, profile, file_date| ProfileFile {
            file,
            profile,
            other: None,
            recorded: None,
            file_date,
        };
        compare_files(
            &r,
            file("spring.json", old, Date::parse("2026-12-01")),
            file("me.json", new, Date::parse("2027-03-15")),
            None,
            lang,
        )
    }

    #[test]
    fn a_side_without_assessed_on_is_dated_by_its_file_and_says_so() {
        let c = sample_comparison();
        // The earlier profile gives its day: its file's is not used.
        assert_eq!(c.old.assessed_on.as_deref(), Some("2026-11-20"));
        assert_eq!(c.old.file_date, None);
        assert_eq!(c.new.assessed_on, None);
        assert_eq!(c.new.file_date.as_deref(), Some("2027-03-15"));
        let lines = c.summary_lines();
        assert_eq!(lines[0], "Then: 2026-11-20, from spring.json");
        assert_eq!(lines[1], "Now: 2027-03-15 (file date), from me.json");
        // Neither: said too.
        let mut side = c.new.clone();
        side.file_date = None;
        side.file = "-".into();
        assert_eq!(
            (side.day(Lang::En), side.source(Lang::En)),
            (
                "date unknown".to_string(),
                "from standard input".to_string()
            )
        );
    }

    #[test]
    fn gaps_closed_and_opened_are_measured_against_one_target() {
        let r = Rubric::builtin();
        let senior = r.level_index("senior").unwrap();
        let mut old = Profile::empty(&r);
        old.ratings = vec![Some(3); r.skills.len()];
        let qc = r.skill_index("quality-control").unwrap();
        let hs = r.skill_index("health-safety").unwrap();
        old.ratings[qc] = Some(1);
        let mut new = old.clone();
        new.ratings[qc] = Some(3);
        new.ratings[hs] = Some(r.skills[hs].required[senior] - 1);
        new.certifications = vec![0];
        let c = compare(&r, ("a", &old), ("b", &new), senior, Lang::En);
        assert_eq!(c.gaps_closed, ["quality-control"]);
        assert_eq!(c.gaps_opened, ["health-safety"]);
        assert_eq!(c.certifications_gained, [r.certifications[0].id.clone()]);
        let q = c.skills.iter().find(|s| s.id == "quality-control").unwrap();
        assert_eq!((q.old, q.new, q.change), (Some(1), Some(3), 2));
        assert_eq!(change_cell(2), "+2");
        assert_eq!(change_cell(-1), "-1");
    }
}
