//! Reading the files `skillgap compare` is given: a profile, or a JSON report turned back
//! into the profile it was made from. A report is read back as carefully as a profile: it may
//! have been cut short or edited, and a report cut short must not pass for skills "not rated".
//!
//! Pure: the command reads the text, this decides what it is and what it says.

use crate::input::{Origin, SyntaxError};
use crate::profile::{MAX_YEARS, Profile, ProfileDoc, ProfileError, Strictness};
use crate::report::{self, Report, SkillRow};
use crate::rubric::{Problem, ProblemList, Rubric};
use crate::text::terminal_safe as safe;

/// A file given to `skillgap compare`: a profile, or a report to turn back into one.
pub struct Compared {
    /// The file as given, safe to show.
    pub file: String,
    /// Where it was read from.
    pub origin: Origin,
    /// The rubric it names, if any.
    pub rubric_id: Option<String>,
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

/// A report made with another version of the rubric in use: which of the rubric's skills it
/// rates, and which of its skills the rubric no longer has.
#[derive(Clone)]
pub struct OtherVersion {
    /// The version the report was made with.
    pub version: u32,
    /// Per skill of the rubric in use: whether the report rates it.
    pub has: Vec<bool>,
    /// Skills of the report the rubric in use no longer has (ids).
    pub gone: Vec<String>,
}

/// Decides whether `text` is a profile or a report. A profile has no `schema_version` (its
/// fields are closed), so a file with one is a report, whatever else it lacks.
pub fn sniff(text: String, origin: Origin, file: String) -> anyhow::Result<Compared> {
    let value: serde_json::Value = serde_json::from_str(&text)
        .map_err(|e| ProfileError::Syntax(SyntaxError::from_serde(&origin, &e)))?;
    let Some(version) = value.get("schema_version") else {
        let rubric_id = value
            .get("rubric")
            .and_then(|r| r.as_str())
            .map(str::to_string);
        return Ok(Compared {
            file,
            origin,
            rubric_id,
            kind: Kind::Profile(text),
        });
    };
    let readable = report::OLDEST_READABLE_SCHEMA..=report::SCHEMA_VERSION;
    if !version
        .as_u64()
        .is_some_and(|v| readable.contains(&(v.min(u64::from(u32::MAX)) as u32)))
    {
        let message = format!(
            "is {}, but this skillgap reads reports of layout versions {} to {}; compare the profiles the reports were made from, or use the skillgap that wrote it",
            safe(&version.to_string()),
            report::OLDEST_READABLE_SCHEMA,
            report::SCHEMA_VERSION
        );
        return Err(invalid(&origin, "schema_version", message));
    }
    let report: Report = serde_json::from_str(&text).map_err(|e| {
        let mut err = SyntaxError::from_serde(&origin, &e);
        err.message = format!("is not a whole skillgap JSON report: {}", err.message);
        ReportError::Syntax(err)
    })?;
    Ok(Compared {
        file,
        origin,
        rubric_id: Some(report.rubric.id.clone()),
        kind: Kind::Report(Box::new(report)),
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

impl Compared {
    /// For a report, the basis its ratings were scored on and how many skills a review
    /// rated; `None` for a profile.
    pub fn recorded_basis(&self) -> Option<(crate::profile::Basis, usize)> {
        match &self.kind {
            Kind::Profile(_) => None,
            Kind::Report(r) => Some((r.basis, r.verified_skills)),
        }
    }

    /// The profile the file describes, checked against the rubric; for a report made with
    /// another version of the rubric, also what that version had.
    pub fn to_profile(&self, rubric: &Rubric) -> anyhow::Result<(Profile, Option<OtherVersion>)> {
        match &self.kind {
            Kind::Profile(text) => Ok((
                ProfileDoc::from_json(text, &self.origin)?.validate(
                    rubric,
                    &self.origin,
                    Strictness::default(),
                )?,
                None,
            )),
            Kind::Report(report) => report_profile(report, rubric, &self.origin),
        }
    }
}

/// What a report says of the person, checked as [`ProfileDoc::validate`] checks a profile.
fn report_profile(
    report: &Report,
    rubric: &Rubric,
    origin: &Origin,
) -> anyhow::Result<(Profile, Option<OtherVersion>)> {
    if report.rubric.id != rubric.id {
        let message = format!(
            "the report was made with rubric \"{}\", and the comparison uses \"{}\"; compare the profiles instead, or pass --rubric with the rubric the report was made with",
            safe(&report.rubric.id),
            rubric.id
        );
        return Err(invalid(origin, "rubric", message));
    }
    let same_version = report.rubric.version == rubric.version;
    let mut problems = Vec::new();
    let mut p = Profile::empty(rubric);
    person(report, rubric, &mut p, &mut problems);
    let (seen, gone) = skills(report, rubric, same_version, &mut p, &mut problems);
    if same_version {
        check_listing(report, rubric, &seen, &mut problems);
    }
    check_not_rated(report, &mut problems);
    certifications(report, rubric, same_version, &mut p, &mut problems);
    if !problems.is_empty() {
        return Err(ReportError::Invalid {
            origin: origin.clone(),
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

/// Name, experience and target.
fn person(report: &Report, rubric: &Rubric, p: &mut Profile, problems: &mut Vec<Problem>) {
    p.name = report.name.clone();
    p.education = report.education;
    match report
        .assessed_on
        .as_deref()
        .map(crate::date::Date::parse_explained)
    {
        Some(Err(message)) => problems.push(Problem {
            path: "assessed_on".into(),
            message,
        }),
        Some(Ok(day)) => p.assessed_on = Some(day),
        None => {}
    }
    match report.years_experience {
        Some(y) if !(y.is_finite() && (0.0..=MAX_YEARS).contains(&y)) => problems.push(Problem {
            path: "years_experience".into(),
            message: format!("is {y} but must be a number from 0 to {MAX_YEARS}"),
        }),
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
}

/// Ratings and evidence; returns which of the rubric's skills the report lists, and the
/// skills it lists that the rubric (of another version) no longer has.
fn skills(
    report: &Report,
    rubric: &Rubric,
    same_version: bool,
    p: &mut Profile,
    problems: &mut Vec<Problem>,
) -> (Vec<bool>, Vec<String>) {
    let mut seen = vec![false; rubric.skills.len()];
    let mut asked = vec![false; rubric.skills.len()];
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
        asked[s] = row.asked;
        rating(row, i, s, rubric, p, problems);
        p.evidence[s] = row.evidence.clone();
    }
    // A skill the report does not list (a report of an older rubric), or lists as not
    // asked, was not asked.
    if asked.contains(&false) {
        p.not_asked = asked.iter().map(|&a| !a).collect();
    }
    (seen, gone)
}

fn rating(
    row: &SkillRow,
    i: usize,
    s: usize,
    rubric: &Rubric,
    p: &mut Profile,
    problems: &mut Vec<Problem>,
) {
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
}

/// A report lists every skill of its rubric, unrated ones with a null rating: a cut list must
/// not pass for skills "not rated".
fn check_listing(report: &Report, rubric: &Rubric, seen: &[bool], problems: &mut Vec<Problem>) {
    let missing: Vec<&str> = rubric
        .skills
        .iter()
        .zip(seen)
        .filter(|(_, seen)| !**seen)
        .map(|(s, _)| s.id.as_str())
        .collect();
    if missing.is_empty() {
        return;
    }
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

/// The unrated skills are named again in `not_rated`: the two must agree.
fn check_not_rated(report: &Report, problems: &mut Vec<Problem>) {
    let mut unrated: Vec<&str> = report
        .skills
        .iter()
        .filter(|row| row.rating.is_none() && row.asked)
        .map(|row| row.id.as_str())
        .collect();
    unrated.sort_unstable();
    unrated.dedup();
    let mut said: Vec<&str> = report.not_rated.iter().map(String::as_str).collect();
    said.sort_unstable();
    said.dedup();
    if unrated == said {
        return;
    }
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

/// Certifications held; with another version of the rubric, those it no longer has are
/// passed over.
fn certifications(
    report: &Report,
    rubric: &Rubric,
    same_version: bool,
    p: &mut Profile,
    problems: &mut Vec<Problem>,
) {
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
}
