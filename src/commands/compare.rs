//! `skillgap compare OLD NEW`: progress between two profiles or JSON reports of the same
//! person. Both are scored with the same rubric against the same target level, so every
//! difference shown is a difference in the person, not in the yardstick.

use std::path::{Path, PathBuf};

use anyhow::Context;
use serde::{Deserialize, Serialize};

use crate::catalog::Catalog;
use crate::cli::CompareArgs;
use crate::exit::UsageError;
use crate::input::{self, Origin, SyntaxError};
use crate::output;
use crate::profile::{Profile, ProfileDoc, ProfileError, Strictness};
use crate::report::{self, Format, Report, RubricInfo};
use crate::rubric::{Problem, ProblemList, Rubric};
use crate::score::{self, assess};
use crate::text::terminal_safe as safe;

/// Version of the JSON comparison's layout.
pub const COMPARISON_SCHEMA_VERSION: u32 = 1;

/// The difference between two assessments of one person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Comparison {
    /// Version of this layout.
    pub schema_version: u32,
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
    pub fn note(&self, compared: usize) -> String {
        format!(
            "the rubric changed (version {} → version {}): only the {compared} skills both versions have are compared{}",
            self.from_version,
            self.to_version,
            if self.skills_left_out.is_empty() {
                String::new()
            } else {
                format!(
                    "; left out, and counted as not rated on both sides: {}",
                    self.skills_left_out.join(", ")
                )
            }
        )
    }
}

/// One of the two files.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Side {
    /// The file, as given.
    pub file: String,
    /// The person's name, if given.
    pub name: Option<String>,
    /// Best level reached, if any.
    pub best_level: Option<String>,
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
}

/// A file read for comparison: a profile, or a report turned back into one.
struct Loaded {
    file: String,
    origin: Origin,
    rubric_id: Option<String>,
    kind: Kind,
}

enum Kind {
    Profile(String),
    Report(Box<Report>),
}

/// Why a JSON report cannot be compared. Labelled "report", so that nobody looks for a
/// profile's fields in it.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// The text is not a skillgap JSON report of the layout this skillgap writes.
    #[error("report {0}")]
    Syntax(SyntaxError),
    /// The report is well formed but does not hold together, or does not fit the rubric.
    #[error("report {origin} has {} problem{}:{}", problems.len(), if problems.len() == 1 { "" } else { "s" }, ProblemList(problems))]
    Invalid {
        /// Where the report came from.
        origin: Origin,
        /// Every problem found.
        problems: Vec<Problem>,
    },
}

fn read(path: &Path) -> anyhow::Result<Loaded> {
    let (text, origin) = input::read_text(path)?;
    let file = safe(&path.display().to_string()).into_owned();
    let value: serde_json::Value = serde_json::from_str(&text)
        .map_err(|e| ProfileError::Syntax(SyntaxError::from_serde(&origin, &e)))?;
    // A profile has no schema_version (its fields are closed), so a file with one is a
    // report, whatever else it lacks.
    if let Some(version) = value.get("schema_version") {
        if version.as_u64() != Some(u64::from(report::SCHEMA_VERSION)) {
            return Err(ReportError::Invalid {
                origin,
                problems: vec![Problem {
                    path: "schema_version".into(),
                    message: format!(
                        "is {}, but this skillgap reads reports of layout version {}; compare the profiles the reports were made from, or use the skillgap that wrote it",
                        safe(&version.to_string()),
                        report::SCHEMA_VERSION
                    ),
                }],
            }
            .into());
        }
        let report: Report = serde_json::from_str(&text).map_err(|e| {
            let mut err = SyntaxError::from_serde(&origin, &e);
            err.message = format!("is not a whole skillgap JSON report: {}", err.message);
            ReportError::Syntax(err)
        })?;
        return Ok(Loaded {
            file,
            origin,
            rubric_id: Some(report.rubric.id.clone()),
            kind: Kind::Report(Box::new(report)),
        });
    }
    let rubric_id = value
        .get("rubric")
        .and_then(|r| r.as_str())
        .map(str::to_string);
    Ok(Loaded {
        file,
        origin,
        rubric_id,
        kind: Kind::Profile(text),
    })
}

fn invalid(origin: &Origin, path: &str, message: String) -> anyhow::Error {
    ReportError::Invalid {
        origin: origin.clone(),
        problems: vec![Problem {
            path: path.into(),
            message,
        }],
    }
    .into()
}

/// A report made with another version of the rubric in use: which of the rubric's skills it
/// rates, and which of its skills the rubric no longer has.
struct OtherVersion {
    version: u32,
    has: Vec<bool>,
    gone: Vec<String>,
}

/// The profile a loaded file describes, checked against the rubric; for a report made with
/// another version of the rubric, also what that version had.
fn profile_of(loaded: &Loaded, rubric: &Rubric) -> anyhow::Result<(Profile, Option<OtherVersion>)> {
    match &loaded.kind {
        Kind::Profile(text) => Ok((
            ProfileDoc::from_json(text, &loaded.origin)?.validate(
                rubric,
                &loaded.origin,
                Strictness::default(),
            )?,
            None,
        )),
        Kind::Report(report) => {
            if report.rubric.id != rubric.id {
                return Err(invalid(
                    &loaded.origin,
                    "rubric",
                    format!(
                        "the report was made with rubric \"{}\", and the comparison uses \"{}\"; compare the profiles instead, or pass --rubric with the rubric the report was made with",
                        safe(&report.rubric.id),
                        rubric.id
                    ),
                ));
            }
            let same_version = report.rubric.version == rubric.version;
            // A report is read back as carefully as a profile: it may have been edited.
            let mut problems = Vec::new();
            let mut p = Profile::empty(rubric);
            p.name = report.name.clone();
            match report.years_experience {
                Some(y) if !(y.is_finite() && (0.0..=crate::profile::MAX_YEARS).contains(&y)) => {
                    problems.push(Problem {
                        path: "years_experience".into(),
                        message: format!(
                            "is {y} but must be a number from 0 to {}",
                            crate::profile::MAX_YEARS
                        ),
                    })
                }
                y => p.years_experience = y,
            }
            if report.target_chosen_by != report::TargetChoice::Suggested {
                match rubric.find_level(&report.target_level) {
                    Ok(l) => p.target = Some(l),
                    Err(message) => problems.push(Problem {
                        path: "target_level".into(),
                        message,
                    }),
                }
            }
            let mut seen = vec![false; rubric.skills.len()];
            let mut listed: Vec<&str> = Vec::with_capacity(report.skills.len());
            let mut gone = Vec::new();
            for (i, row) in report.skills.iter().enumerate() {
                if listed.contains(&row.id.as_str()) {
                    problems.push(Problem {
                        path: format!("skills[{i}].id"),
                        message: format!("\"{}\" appears more than once", safe(&row.id)),
                    });
                    continue;
                }
                listed.push(&row.id);
                let Some(s) = rubric.skill_index(&row.id) else {
                    if same_version {
                        problems.push(Problem {
                            path: format!("skills[{i}].id"),
                            message: format!(
                                "\"{}\" is not a skill of rubric {}",
                                safe(&row.id),
                                rubric.id
                            ),
                        });
                    } else {
                        gone.push(row.id.clone());
                    }
                    continue;
                };
                seen[s] = true;
                match row.rating {
                    Some(r) if r > rubric.max_rating() => problems.push(Problem {
                        path: format!("skills[{i}].rating"),
                        message: format!(
                            "{r} is not on the rating scale (0 to {})",
                            rubric.max_rating()
                        ),
                    }),
                    r => p.ratings[s] = r,
                }
                p.evidence[s] = row.evidence.clone();
            }
            // A report lists every skill of its rubric, unrated ones with a null rating, and
            // names the unrated ones again in not_rated: a cut or edited list must not pass
            // for skills "not rated".
            let missing: Vec<&str> = rubric
                .skills
                .iter()
                .zip(&seen)
                .filter(|(_, seen)| !**seen)
                .map(|(s, _)| s.id.as_str())
                .collect();
            if same_version && !missing.is_empty() {
                problems.push(Problem {
                    path: "skills".into(),
                    message: format!(
                        "lists {} of the {} skills of rubric {} version {}; {} missing: {}. A report lists every skill (unrated ones with \"rating\": null): was it cut short or edited? Make the report again, or compare the profile",
                        report.skills.len(),
                        rubric.skills.len(),
                        rubric.id,
                        rubric.version,
                        if missing.len() == 1 { "this one is" } else { "these are" },
                        missing.join(", ")
                    ),
                });
            }
            let mut unrated: Vec<&str> = report
                .skills
                .iter()
                .filter(|row| row.rating.is_none())
                .map(|row| row.id.as_str())
                .collect();
            unrated.sort_unstable();
            unrated.dedup();
            let mut said: Vec<&str> = report.not_rated.iter().map(String::as_str).collect();
            said.sort_unstable();
            said.dedup();
            if unrated != said {
                problems.push(Problem {
                    path: "not_rated".into(),
                    message: format!(
                        "names {} skill{} but {} skill{} in \"skills\" {} no rating; the report does not hold together (was it edited?). Make the report again, or compare the profile",
                        said.len(),
                        if said.len() == 1 { "" } else { "s" },
                        unrated.len(),
                        if unrated.len() == 1 { "" } else { "s" },
                        if unrated.len() == 1 { "has" } else { "have" },
                    ),
                });
            }
            for (i, id) in report.certifications_held.iter().enumerate() {
                match rubric.cert_index(id) {
                    Some(c) => p.certifications.push(c),
                    None if !same_version => {}
                    None => problems.push(Problem {
                        path: format!("certifications_held[{i}]"),
                        message: format!(
                            "\"{}\" is not a certification of rubric {}",
                            safe(id),
                            rubric.id
                        ),
                    }),
                }
            }
            if !problems.is_empty() {
                return Err(ReportError::Invalid {
                    origin: loaded.origin.clone(),
                    problems,
                }
                .into());
            }
            p.certifications.sort_unstable();
            p.certifications.dedup();
            let other = (!same_version).then_some(OtherVersion {
                version: report.rubric.version,
                has: seen,
                gone,
            });
            Ok((p, other))
        }
    }
}

/// Compares two profiles scored against `target`.
pub fn compare(
    rubric: &Rubric,
    (old_file, old): (&str, &Profile),
    (new_file, new): (&str, &Profile),
    target: usize,
) -> Comparison {
    let a = assess(rubric, old, Some(target));
    let b = assess(rubric, new, Some(target));
    let round = |x: f64| (x * 10.0).round() / 10.0;
    let skills: Vec<SkillChange> = rubric
        .skills
        .iter()
        .enumerate()
        .map(|(s, skill)| SkillChange {
            id: skill.id.clone(),
            name: skill.name.clone(),
            old: old.ratings[s],
            new: new.ratings[s],
            change: i16::from(new.ratings[s].unwrap_or(0)) - i16::from(old.ratings[s].unwrap_or(0)),
            required: skill.required[target],
            old_gap: a.skills[s].gap,
            new_gap: b.skills[s].gap,
        })
        .collect();
    let side = |file: &str, p: &Profile, best: Option<usize>| Side {
        file: file.to_string(),
        name: p.name.clone(),
        best_level: best.map(|l| rubric.levels[l].id.clone()),
    };
    Comparison {
        schema_version: COMPARISON_SCHEMA_VERSION,
        rubric: RubricInfo {
            id: rubric.id.clone(),
            title: rubric.title.clone(),
            version: rubric.version,
        },
        old: side(old_file, old, a.best),
        new: side(new_file, new, b.best),
        target_level: rubric.levels[target].id.clone(),
        target_title: rubric.levels[target].title.clone(),
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
                old_readiness: round(a.levels[l].readiness),
                new_readiness: round(b.levels[l].readiness),
                old_reached: a.levels[l].reached,
                new_reached: b.levels[l].reached,
            })
            .collect(),
        certifications_gained: new
            .certifications
            .iter()
            .filter(|c| old.certifications.binary_search(c).is_err())
            .map(|&c| rubric.certifications[c].id.clone())
            .collect(),
        rubric_changed: None,
    }
}

/// Runs `skillgap compare`.
pub fn run(catalog: &Catalog, args: CompareArgs) -> anyhow::Result<()> {
    output::remove_temporaries_on_signals();
    let format = args.format.map(Format::from);
    let mut outputs: Vec<(PathBuf, Format)> = Vec::new();
    for path in &args.output {
        outputs.push((path.clone(), crate::assess::output_format(path, format)?));
    }
    let destinations: Vec<PathBuf> = outputs.iter().map(|(p, _)| p.clone()).collect();
    let mut inputs = vec![args.old.as_path(), args.new.as_path()];
    inputs.extend(args.rubric.as_deref().map(Path::new));
    output::check_destinations(&destinations, &inputs)?;
    if (args.old.as_os_str() == "-" || args.new.as_os_str() == "-")
        && args.rubric.as_deref() == Some("-")
    {
        return Err(UsageError(
            "standard input (-) cannot be both a file to compare and the rubric; give the rubric as an id or a file"
                .into(),
        )
        .into());
    }
    if args.old.as_os_str() == "-" && args.new.as_os_str() == "-" {
        return Err(UsageError(
            "standard input (-) can be read only once; give at least one of the two as a file"
                .into(),
        )
        .into());
    }

    let old = read(&args.old)?;
    let new = read(&args.new)?;
    let rubric = match (&args.rubric, &new.rubric_id, &old.rubric_id) {
        (Some(spec), _, _) => catalog.load(spec)?,
        (None, Some(a), Some(b)) if a != b => {
            return Err(UsageError(format!(
                "{} is for rubric \"{}\" and {} for rubric \"{}\"; only assessments against the same rubric can be compared",
                old.file,
                safe(b),
                new.file,
                safe(a)
            ))
            .into());
        }
        (None, Some(id), _) => catalog
            .load_id(id)
            .with_context(|| format!("loading the rubric named in {}", new.file))?,
        (None, None, Some(id)) => catalog
            .load_id(id)
            .with_context(|| format!("loading the rubric named in {}", old.file))?,
        (None, None, None) => catalog.default_rubric(),
    };
    let (mut old_profile, old_other) = profile_of(&old, &rubric)?;
    let (mut new_profile, new_other) = profile_of(&new, &rubric)?;
    // A report made with another version of the rubric is compared on the skills both
    // versions have; the others count as not rated on both sides, so that no change is
    // invented for them.
    let mut change = None;
    if old_other.is_some() || new_other.is_some() {
        let mut shared = vec![true; rubric.skills.len()];
        let mut gone = Vec::new();
        let mut from_version = rubric.version;
        for other in [&old_other, &new_other].into_iter().flatten() {
            for (s, has) in shared.iter_mut().zip(&other.has) {
                *s &= *has;
            }
            gone.extend(other.gone.iter().cloned());
            from_version = other.version;
        }
        if let Some(other) = &old_other {
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
        for profile in [&mut old_profile, &mut new_profile] {
            for (s, _) in shared.iter().enumerate().filter(|(_, shared)| !**shared) {
                profile.ratings[s] = None;
                profile.evidence[s] = None;
            }
        }
        change = Some((
            RubricChange {
                from_version,
                to_version: rubric.version,
                skills_left_out: left_out,
            },
            shared,
        ));
    }
    let target = match crate::assess::level_option(&rubric, args.level.as_deref())? {
        Some(l) => l,
        None => new_profile
            .target
            .or(old_profile.target)
            .unwrap_or_else(|| {
                let best = assess(&rubric, &new_profile, None).best;
                score::default_target(best, rubric.levels.len())
            }),
    };
    let mut comparison = compare(
        &rubric,
        (&old.file, &old_profile),
        (&new.file, &new_profile),
        target,
    );
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
    if outputs.is_empty() {
        let color = crate::assess::use_color(args.color);
        let bytes = report::render_to_vec(
            &*report::renderer::<Comparison>(
                format.unwrap_or(Format::Table),
                color,
                report::terminal_width(),
            ),
            &comparison,
        )?;
        output::write_stdout(&bytes).context("cannot write the comparison to standard output")?;
    }
    for (path, f) in &outputs {
        let bytes = report::render_to_vec(
            &*report::renderer::<Comparison>(*f, false, None),
            &comparison,
        )?;
        output::write_atomic(path, &bytes)?;
        eprintln!("skillgap: wrote {}", safe(&path.display().to_string()));
    }
    Ok(())
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
            Some(n) => format!("Progress: {n}"),
            None => "Progress".to_string(),
        }
    }

    /// The lines under the heading.
    pub fn summary_lines(&self) -> Vec<String> {
        let best = |b: &Option<String>| {
            b.as_ref()
                .and_then(|id| self.levels.iter().find(|l| &l.id == id))
                .map_or("none yet".to_string(), |l| l.title.clone())
        };
        let mut lines = vec![
            format!("From {} to {}", self.old.file, self.new.file),
            format!(
                "Rubric: {}, version {}",
                self.rubric.title, self.rubric.version
            ),
        ];
        if let Some(change) = &self.rubric_changed {
            let mut note = change.note(self.skills.len());
            if let Some(first) = note.get_mut(..1) {
                first.make_ascii_uppercase();
            }
            lines.push(note);
        }
        lines.extend([
            format!("Measured against: {}", self.target_title),
            format!(
                "Best level reached: {} then, {} now",
                best(&self.old.best_level),
                best(&self.new.best_level)
            ),
        ]);
        lines
    }

    fn names(&self, ids: &[String]) -> String {
        if ids.is_empty() {
            return "none".to_string();
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
        vec![
            format!("Gaps closed: {}", self.names(&self.gaps_closed)),
            format!("Gaps opened: {}", self.names(&self.gaps_opened)),
            format!(
                "Certifications gained: {}",
                if self.certifications_gained.is_empty() {
                    "none".to_string()
                } else {
                    self.certifications_gained.join(", ")
                }
            ),
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
mod tests {
    use super::*;

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
        let c = compare(&r, ("a", &old), ("b", &new), senior);
        assert_eq!(c.gaps_closed, ["quality-control"]);
        assert_eq!(c.gaps_opened, ["health-safety"]);
        assert_eq!(c.certifications_gained, [r.certifications[0].id.clone()]);
        let q = c.skills.iter().find(|s| s.id == "quality-control").unwrap();
        assert_eq!((q.old, q.new, q.change), (Some(1), Some(3), 2));
        assert_eq!(change_cell(2), "+2");
        assert_eq!(change_cell(-1), "-1");
    }
}
