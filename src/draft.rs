//! The draft: answers of an unfinished questionnaire, saved after every answer so that an
//! interruption loses nothing, in `$XDG_STATE_HOME/skillgap/` (or
//! `~/.local/state/skillgap/`), one file per rubric.
//!
//! [`Draft`] is the file's format: the answers by id, so that a draft survives a change in
//! the order of the rubric's skills.
//!
//! Drafts hold free text (evidence, a name), so they are readable by their owner only: the
//! folder is created 0700 and every draft is written 0600.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use crate::credentials::{Credential, Date};
use crate::profile::MAX_YEARS;
use crate::profile::Role;
use crate::questionnaire::review::ReviewAnswers;
use crate::questionnaire::{Answers, EducationAnswer, TargetAnswer};
use crate::rubric::{Education, Rubric};
use crate::text::terminal_safe;

/// The draft file: the answers so far, by id so that it survives a change of skill order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    /// Layout version of the draft file.
    pub draft_version: u32,
    /// Rubric id the answers belong to.
    pub rubric: String,
    /// Rubric version the answers were given against.
    pub rubric_version: u32,
    /// Whether the interview asks only the target's step-up and critical skills.
    pub quick: bool,
    /// The rubric file, when the rubric was not found by id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rubric_file: Option<PathBuf>,
    /// The profile file being updated (`assess --update`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub update: Option<PathBuf>,
    /// The person's name, from the profile being updated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The line, shift, cell or site, when the questionnaire asked it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// The language of the questions, when one was chosen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<crate::i18n::Lang>,
    /// `"unsure"`, a level id, or absent when not answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// Years of experience, once answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub years_experience: Option<f64>,
    /// The highest education completed (an id such as "secondary"), or "skipped", once
    /// answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub education: Option<String>,
    /// Certification ids held, once answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certifications: Option<Vec<String>>,
    /// The days given for certifications held, by certification id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub credentials: BTreeMap<String, DraftDays>,
    /// Ratings answered so far, by skill id.
    pub ratings: BTreeMap<String, u8>,
    /// Evidence given so far, by skill id.
    pub evidence: BTreeMap<String, String>,
    /// The skill whose evidence question was showing when the questionnaire stopped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence_pending: Option<String>,
}

/// The days of a certification held, as YYYY-MM-DD.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DraftDays {
    /// When it was earned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub earned: Option<String>,
    /// The first day it is no longer valid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<String>,
}

/// Current layout version of [`Draft`].
pub const DRAFT_VERSION: u32 = 1;
const UNSURE: &str = "unsure";
const SKIPPED: &str = "skipped";

impl Draft {
    /// The draft for a set of answers.
    pub fn from_answers(rubric: &Rubric, a: &Answers) -> Draft {
        Draft {
            draft_version: DRAFT_VERSION,
            rubric: rubric.id.clone(),
            rubric_version: rubric.version,
            quick: a.quick,
            rubric_file: None,
            update: a.update.clone(),
            name: a.name.clone(),
            group: a.group.clone(),
            lang: a.lang,
            target: match a.target {
                TargetAnswer::Unanswered => None,
                TargetAnswer::Unsure => Some(UNSURE.to_string()),
                TargetAnswer::Level(l) => Some(rubric.levels[l].id.clone()),
            },
            years_experience: a.years,
            education: match a.education {
                EducationAnswer::Unanswered => None,
                EducationAnswer::Skipped => Some(SKIPPED.to_string()),
                EducationAnswer::Known(e) => Some(e.id().to_string()),
            },
            certifications: a.certifications.as_ref().map(|cs| {
                cs.iter()
                    .map(|&c| rubric.certifications[c].id.clone())
                    .collect()
            }),
            credentials: a
                .credentials
                .iter()
                .map(|k| {
                    let days = DraftDays {
                        earned: k.earned.map(|d| d.to_string()),
                        expires: k.expires.map(|d| d.to_string()),
                    };
                    (rubric.certifications[k.cert].id.clone(), days)
                })
                .collect(),
            ratings: (0..rubric.skills.len())
                .filter_map(|s| a.ratings[s].map(|r| (rubric.skills[s].id.clone(), r)))
                .collect(),
            evidence: (0..rubric.skills.len())
                .filter_map(|s| {
                    a.evidence[s]
                        .clone()
                        .map(|e| (rubric.skills[s].id.clone(), e))
                })
                .collect(),
            evidence_pending: a.evidence_pending.map(|s| rubric.skills[s].id.clone()),
        }
    }

    /// The answers in a draft, or why the draft cannot be used with this rubric.
    pub fn to_answers(&self, rubric: &Rubric) -> Result<Answers, String> {
        if self.draft_version != DRAFT_VERSION {
            return Err(format!(
                "it has layout version {}, and this skillgap reads version {DRAFT_VERSION}",
                self.draft_version
            ));
        }
        if self.rubric != rubric.id || self.rubric_version != rubric.version {
            return Err(format!(
                "it was saved for rubric \"{}\" version {}, not \"{}\" version {}",
                terminal_safe(&self.rubric),
                self.rubric_version,
                rubric.id,
                rubric.version
            ));
        }
        let mut a = Answers::new(rubric, self.quick);
        a.name = self.name.clone();
        a.group = self.group.clone();
        a.lang = self.lang;
        a.update = self.update.clone();
        a.evidence_pending = self
            .evidence_pending
            .as_deref()
            .and_then(|id| rubric.skill_index(id));
        a.target =
            match self.target.as_deref() {
                None => TargetAnswer::Unanswered,
                Some(UNSURE) => TargetAnswer::Unsure,
                Some(id) => TargetAnswer::Level(rubric.level_index(id).ok_or_else(|| {
                    format!("it names an unknown level \"{}\"", terminal_safe(id))
                })?),
            };
        if let Some(y) = self.years_experience {
            if !(y.is_finite() && (0.0..=MAX_YEARS).contains(&y)) {
                return Err(format!("it holds {y} years of experience"));
            }
            a.years = Some(y);
        }
        a.education = match self.education.as_deref() {
            None => EducationAnswer::Unanswered,
            Some(SKIPPED) => EducationAnswer::Skipped,
            Some(id) => EducationAnswer::Known(Education::from_id(id).ok_or_else(|| {
                format!("it names an unknown education \"{}\"", terminal_safe(id))
            })?),
        };
        if let Some(certs) = &self.certifications {
            let mut held = Vec::new();
            for id in certs {
                held.push(rubric.cert_index(id).ok_or_else(|| {
                    format!(
                        "it names an unknown certification \"{}\"",
                        terminal_safe(id)
                    )
                })?);
            }
            held.sort_unstable();
            held.dedup();
            a.certifications = Some(held);
        }
        for (id, days) in &self.credentials {
            let cert = rubric.cert_index(id).ok_or_else(|| {
                format!(
                    "it names an unknown certification \"{}\"",
                    terminal_safe(id)
                )
            })?;
            let day = |text: &Option<String>| match text.as_deref() {
                None => Ok(None),
                Some(t) => Date::parse(t)
                    .map(Some)
                    .ok_or_else(|| format!("it holds \"{}\", not a date", terminal_safe(t))),
            };
            a.credentials.push(Credential {
                cert,
                earned: day(&days.earned)?,
                expires: day(&days.expires)?,
            });
        }
        for (id, &r) in &self.ratings {
            let s = rubric
                .skill_index(id)
                .ok_or_else(|| format!("it names an unknown skill \"{}\"", terminal_safe(id)))?;
            if r > rubric.max_rating() {
                return Err(format!(
                    "it rates {} as {r}, off the scale",
                    terminal_safe(id)
                ));
            }
            a.ratings[s] = Some(r);
        }
        for (id, e) in &self.evidence {
            let s = rubric
                .skill_index(id)
                .ok_or_else(|| format!("it names an unknown skill \"{}\"", terminal_safe(id)))?;
            a.evidence[s] = Some(e.clone());
        }
        Ok(a)
    }
}

/// The folder that holds the drafts, if a state directory can be found.
pub fn state_dir() -> Option<PathBuf> {
    let base = match std::env::var_os("XDG_STATE_HOME").map(PathBuf::from) {
        Some(p) if p.is_absolute() => p,
        _ => PathBuf::from(std::env::var_os("HOME")?).join(".local/state"),
    };
    Some(base.join("skillgap"))
}

/// Where the draft for a rubric lives, if a state directory can be found.
pub fn path_for(rubric: &Rubric) -> Option<PathBuf> {
    // A custom rubric's id may hold any text; keep the file name tame.
    let id: String = rubric
        .id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    Some(state_dir()?.join(format!("{id}{SUFFIX}")))
}

const SUFFIX: &str = ".draft.json";
/// How a review draft's file name ends: not like a questionnaire draft's.
const REVIEW_SUFFIX: &str = ".review-draft.json";

/// A draft found in the state folder, for `--resume` to choose among: a questionnaire's
/// ([`Draft`]) or a review's ([`ReviewDraft`]).
#[derive(Debug, Clone)]
pub struct Found<T = Draft> {
    /// The draft file.
    pub path: PathBuf,
    /// What it holds.
    pub draft: T,
    /// When it was last written.
    pub modified: Option<SystemTime>,
}

/// Every readable questionnaire draft in `dir`, most recent first. Files that are not
/// drafts are left alone; they are reported when their rubric's questionnaire starts.
pub fn list(dir: &Path) -> Vec<Found> {
    list_of(dir, SUFFIX)
}

/// Every readable review draft in `dir`, most recent first.
pub fn list_reviews(dir: &Path) -> Vec<Found<ReviewDraft>> {
    list_of(dir, REVIEW_SUFFIX)
}

/// The drafts of one kind, by the end of their file names.
fn list_of<T: serde::de::DeserializeOwned>(dir: &Path, suffix: &str) -> Vec<Found<T>> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<Found<T>> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(suffix))
        .filter_map(|path| {
            let text = std::fs::read_to_string(&path).ok()?;
            let draft = serde_json::from_str::<T>(&text).ok()?;
            let modified = std::fs::metadata(&path).and_then(|m| m.modified()).ok();
            Some(Found {
                path,
                draft,
                modified,
            })
        })
        .collect();
    found.sort_by(|a, b| b.modified.cmp(&a.modified).then(a.path.cmp(&b.path)));
    found
}

/// What was found at the draft's place.
#[derive(Debug)]
pub enum Saved {
    /// No draft.
    None,
    /// A usable draft.
    Answers(Answers),
    /// A draft that cannot be used; it was moved to the given path, and the string says why.
    SetAside(PathBuf, String),
}

/// Reads the draft; an unusable one is moved aside (never overwritten) and reported.
pub fn load(path: &Path, rubric: &Rubric) -> Saved {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Saved::None,
        Err(e) => return set_aside(path, format!("it cannot be read ({e})")),
    };
    let reason = match serde_json::from_str::<Draft>(&text) {
        Ok(draft) => match draft.to_answers(rubric) {
            Ok(answers) => return Saved::Answers(answers),
            Err(reason) => reason,
        },
        Err(e) => format!("it is not a valid draft ({e})"),
    };
    set_aside(path, reason)
}

fn set_aside(path: &Path, reason: String) -> Saved {
    let stamp = SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let aside = path.with_extension(format!("json.unreadable-{stamp}"));
    match std::fs::rename(path, &aside) {
        Ok(()) => Saved::SetAside(aside, reason),
        Err(e) => Saved::SetAside(
            path.to_path_buf(),
            format!("{reason}; it could not be moved aside either ({e}), so it was left in place"),
        ),
    }
}

/// Writes the draft atomically and readable by its owner only, creating its folder.
/// `rubric_file` is the rubric's file when it was given as a path, so `--resume` can find it.
pub fn save(
    path: &Path,
    rubric: &Rubric,
    answers: &Answers,
    rubric_file: Option<&Path>,
) -> anyhow::Result<()> {
    let mut draft = Draft::from_answers(rubric, answers);
    draft.rubric_file = rubric_file.map(Path::to_path_buf);
    write_private(path, &draft)
}

/// Writes `value` as pretty JSON to `path`, atomically and readable by its owner only,
/// creating its folder.
fn write_private(path: &Path, value: &impl Serialize) -> anyhow::Result<()> {
    let mut bytes = serde_json::to_vec_pretty(value)?;
    bytes.push(b'\n');
    write_private_bytes(path, &bytes)
}

/// Writes `bytes` to `path`, atomically and readable by its owner only, creating its folder
/// (0700).
pub fn write_private_bytes(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let shown = |p: &Path| terminal_safe(&p.display().to_string()).into_owned();
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    create_private_dir(dir).map_err(|e| anyhow::anyhow!("cannot create {}: {e}", shown(dir)))?;
    // A temporary file is created 0600 and keeps that mode when renamed over the draft.
    let mut tmp = tempfile::Builder::new()
        .prefix(".draft-")
        .tempfile_in(dir)
        .map_err(|e| anyhow::anyhow!("cannot write in {}: {e}", shown(dir)))?;
    tmp.write_all(bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", shown(path)))?;
    tmp.persist(path)
        .map_err(|e| anyhow::anyhow!("cannot write {}: {}", shown(path), e.error))?;
    Ok(())
}

/// The draft of an unfinished review (`skillgap review`): the reviewer's answers by skill
/// id, `null` for "had no chance to observe". One per rubric, beside the questionnaire's.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewDraft {
    /// Layout version of the draft file.
    pub draft_version: u32,
    /// Rubric id the answers belong to.
    pub rubric: String,
    /// Rubric version the answers were given against.
    pub rubric_version: u32,
    /// The rubric file, when the rubric was given as a file (not found by id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rubric_file: Option<PathBuf>,
    /// The profile of the person reviewed, when it was given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<PathBuf>,
    /// The person reviewed, once known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<String>,
    /// Whether the person came from their profile or the command line.
    #[serde(default)]
    pub person_fixed: bool,
    /// The reviewer, once answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewer: Option<String>,
    /// The role, once answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
    /// Answers so far, by skill id; `null` is "had no chance to observe".
    pub ratings: BTreeMap<String, Option<u8>>,
    /// The reviewer's notes so far, by skill id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub notes: BTreeMap<String, String>,
    /// The skill whose note question was showing when the review stopped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note_pending: Option<String>,
}

/// Where the review draft for a rubric lives: its name does not end like a questionnaire
/// draft's, so `assess --resume` never takes it for one.
pub fn review_path_for(rubric: &Rubric) -> Option<PathBuf> {
    let path = path_for(rubric)?;
    let name = path
        .file_name()?
        .to_string_lossy()
        .replace(SUFFIX, REVIEW_SUFFIX);
    Some(path.with_file_name(name))
}

/// Saves a reviewer's answers, with where they came from: the rubric's file when it was
/// given as one, and the profile reviewed when it was given (both absolute paths).
pub fn save_review(
    path: &Path,
    rubric: &Rubric,
    answers: &ReviewAnswers,
    rubric_file: Option<&Path>,
    profile: Option<&Path>,
) -> anyhow::Result<()> {
    let draft = ReviewDraft {
        draft_version: DRAFT_VERSION,
        rubric: rubric.id.clone(),
        rubric_version: rubric.version,
        rubric_file: rubric_file.map(Path::to_path_buf),
        profile: profile.map(Path::to_path_buf),
        person: answers.person.clone(),
        person_fixed: answers.person_fixed,
        reviewer: answers.reviewer.clone(),
        role: answers.role,
        ratings: rubric
            .skills
            .iter()
            .zip(&answers.ratings)
            .filter_map(|(s, r)| r.map(|r| (s.id.clone(), r)))
            .collect(),
        notes: rubric
            .skills
            .iter()
            .zip(&answers.notes)
            .filter_map(|(s, n)| n.clone().map(|n| (s.id.clone(), n)))
            .collect(),
        note_pending: answers.note_pending.map(|s| rubric.skills[s].id.clone()),
    };
    write_private(path, &draft)
}

/// What was found at the review draft's place.
#[derive(Debug)]
pub enum SavedReview {
    /// No draft.
    None,
    /// A usable draft: the answers, and the profile reviewed when it was given.
    Answers(ReviewAnswers, Option<PathBuf>),
    /// A draft that cannot be used; it was moved to the given path, and the string says why.
    SetAside(PathBuf, String),
}

/// Reads the review draft; an unusable one is moved aside (never overwritten) and reported.
pub fn load_review(path: &Path, rubric: &Rubric) -> SavedReview {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return SavedReview::None,
        Err(e) => return aside(set_aside(path, format!("it cannot be read ({e})"))),
    };
    let reason = match serde_json::from_str::<ReviewDraft>(&text) {
        Ok(d) if d.draft_version != DRAFT_VERSION => {
            format!("it has layout version {}", d.draft_version)
        }
        Ok(d) if d.rubric != rubric.id || d.rubric_version != rubric.version => format!(
            "it was saved for rubric \"{}\" version {}",
            terminal_safe(&d.rubric),
            d.rubric_version
        ),
        Ok(d) => {
            let mut a = ReviewAnswers::new(rubric, d.person);
            a.person_fixed = d.person_fixed;
            a.reviewer = d.reviewer;
            a.role = d.role;
            let mut unknown = None;
            for (id, r) in &d.ratings {
                match rubric.skill_index(id) {
                    Some(s) if r.is_none_or(|r| r <= rubric.max_rating()) => {
                        a.ratings[s] = Some(*r)
                    }
                    _ => unknown = Some(id.clone()),
                }
            }
            for (id, note) in &d.notes {
                match rubric.skill_index(id) {
                    Some(s) => a.notes[s] = Some(note.clone()),
                    None => unknown = Some(id.clone()),
                }
            }
            // A note left open is asked again, if its skill is still rated.
            a.note_pending = d
                .note_pending
                .as_deref()
                .and_then(|id| rubric.skill_index(id))
                .filter(|&s| matches!(a.ratings[s], Some(Some(_))));
            match unknown {
                None => return SavedReview::Answers(a, d.profile),
                Some(id) => format!(
                    "it holds an answer for \"{}\" that does not fit the rubric",
                    terminal_safe(&id)
                ),
            }
        }
        Err(e) => format!("it is not a valid review draft ({e})"),
    };
    aside(set_aside(path, reason))
}

fn aside(saved: Saved) -> SavedReview {
    match saved {
        Saved::SetAside(p, r) => SavedReview::SetAside(p, r),
        _ => SavedReview::None,
    }
}

fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// Deletes the draft, if there is one.
pub fn discard(path: &Path) -> std::io::Result<()> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

/// A moment as "2026-11-27 14:05" (UTC), for the list of drafts.
pub fn date_text(t: SystemTime) -> String {
    let secs = t
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let day = crate::date::Date::from_days((secs / 86_400) as i32);
    let (h, m) = ((secs % 86_400) / 3600, (secs % 3600) / 60);
    format!("{day} {h:02}:{m:02} UTC")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draft_round_trips_and_corrupt_drafts_are_set_aside() {
        let r = Rubric::builtin();
        let dir = tempfile::tempdir().unwrap();
        let path = dir
            .path()
            .join("state/skillgap/production-specialist.draft.json");
        assert!(matches!(load(&path, &r), Saved::None));
        let mut a = Answers::new(&r, false);
        a.years = Some(4.0);
        a.ratings[2] = Some(3);
        a.evidence_pending = Some(2);
        a.name = Some("Sam".into());
        save(&path, &r, &a, None).unwrap();
        match load(&path, &r) {
            Saved::Answers(back) => assert_eq!(back, a),
            other => panic!("{other:?}"),
        }
        std::fs::write(&path, "{ not json").unwrap();
        match load(&path, &r) {
            Saved::SetAside(aside, reason) => {
                assert!(reason.contains("not a valid draft"), "{reason}");
                assert_eq!(std::fs::read_to_string(&aside).unwrap(), "{ not json");
                assert!(!path.exists());
            }
            other => panic!("{other:?}"),
        }
        discard(&path).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn review_drafts_round_trip_and_are_not_questionnaire_drafts() {
        let r = Rubric::builtin();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("production-specialist.review-draft.json");
        let mut a = ReviewAnswers::new(&r, Some("Sam".into()));
        a.reviewer = Some("D. Lee".into());
        a.role = Some(Role::Trainer);
        a.ratings[0] = Some(Some(3));
        a.ratings[1] = Some(None);
        a.ratings[2] = Some(Some(1));
        a.notes[0] = Some("runs the SPC charts on nights".into());
        // Stopped at the note question of the third skill: asked again on resume.
        a.note_pending = Some(2);
        save_review(&path, &r, &a, None, Some(Path::new("/p/sam.json"))).unwrap();
        match load_review(&path, &r) {
            SavedReview::Answers(back, profile) => {
                assert_eq!(back, a);
                assert_eq!(profile.as_deref(), Some(Path::new("/p/sam.json")));
            }
            other => panic!("{other:?}"),
        }
        assert!(
            list(dir.path()).is_empty(),
            "not offered to assess --resume"
        );
        std::fs::write(&path, "{").unwrap();
        assert!(matches!(load_review(&path, &r), SavedReview::SetAside(..)));
    }

    #[test]
    fn drafts_are_readable_by_their_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let r = Rubric::builtin();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("skillgap/production-specialist.draft.json");
        let mut a = Answers::new(&r, false);
        a.evidence[0] = Some("ran the weekly schedule".into());
        save(&path, &r, &a, None).unwrap();
        // Saved again over the first file: still private.
        save(&path, &r, &a, None).unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        let dir_mode = std::fs::metadata(path.parent().unwrap())
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(dir_mode, 0o700);
    }

    #[test]
    fn drafts_are_listed_most_recent_first() {
        let dir = tempfile::tempdir().unwrap();
        let r = Rubric::builtin();
        save(
            &dir.path().join("production-specialist.draft.json"),
            &r,
            &Answers::new(&r, false),
            None,
        )
        .unwrap();
        std::fs::write(dir.path().join("x.draft.json.unreadable-1"), "{").unwrap();
        std::fs::write(dir.path().join("broken.draft.json"), "{").unwrap();
        let found = list(dir.path());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].draft.rubric, "production-specialist");
    }

    #[test]
    fn dates_are_shown_as_calendar_dates() {
        let t = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_795_788_300);
        assert_eq!(date_text(t), "2026-11-27 14:05 UTC");
        assert_eq!(date_text(std::time::UNIX_EPOCH), "1970-01-01 00:00 UTC");
    }
}
