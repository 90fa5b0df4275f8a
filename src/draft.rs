//! The draft: answers of an unfinished questionnaire, saved after every answer so that an
//! interruption loses nothing, in `$XDG_STATE_HOME/skillgap/` (or
//! `~/.local/state/skillgap/`), one file per rubric.
//!
//! Drafts hold free text (evidence, a name), so they are readable by their owner only: the
//! folder is created 0700 and every draft is written 0600.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::questionnaire::{Answers, Draft};
use crate::rubric::Rubric;
use crate::text::terminal_safe;

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

/// A draft found in the state folder, for `--resume` to choose among.
#[derive(Debug, Clone)]
pub struct Found {
    /// The draft file.
    pub path: PathBuf,
    /// What it holds.
    pub draft: Draft,
    /// When it was last written.
    pub modified: Option<SystemTime>,
}

/// Every readable draft in `dir`, most recent first. Files that are not drafts are left
/// alone; they are reported when their rubric's questionnaire starts.
pub fn list(dir: &Path) -> Vec<Found> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<Found> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(SUFFIX))
        .filter_map(|path| {
            let text = std::fs::read_to_string(&path).ok()?;
            let draft = serde_json::from_str::<Draft>(&text).ok()?;
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
pub enum Loaded {
    /// No draft.
    None,
    /// A usable draft.
    Answers(Answers),
    /// A draft that cannot be used; it was moved to the given path, and the string says why.
    SetAside(PathBuf, String),
}

/// Reads the draft; an unusable one is moved aside (never overwritten) and reported.
pub fn load(path: &Path, rubric: &Rubric) -> Loaded {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Loaded::None,
        Err(e) => return set_aside(path, format!("it cannot be read ({e})")),
    };
    let reason = match serde_json::from_str::<Draft>(&text) {
        Ok(draft) => match draft.to_answers(rubric) {
            Ok(answers) => return Loaded::Answers(answers),
            Err(reason) => reason,
        },
        Err(e) => format!("it is not a valid draft ({e})"),
    };
    set_aside(path, reason)
}

fn set_aside(path: &Path, reason: String) -> Loaded {
    let stamp = SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let aside = path.with_extension(format!("json.unreadable-{stamp}"));
    match std::fs::rename(path, &aside) {
        Ok(()) => Loaded::SetAside(aside, reason),
        Err(e) => Loaded::SetAside(
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
    let shown = |p: &Path| terminal_safe(&p.display().to_string()).into_owned();
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    create_private_dir(dir).map_err(|e| anyhow::anyhow!("cannot create {}: {e}", shown(dir)))?;
    let mut draft = Draft::from_answers(rubric, answers);
    draft.rubric_file = rubric_file.map(Path::to_path_buf);
    let mut bytes = serde_json::to_vec_pretty(&draft)?;
    bytes.push(b'\n');
    // A temporary file is created 0600 and keeps that mode when renamed over the draft.
    let mut tmp = tempfile::Builder::new()
        .prefix(".draft-")
        .tempfile_in(dir)
        .map_err(|e| anyhow::anyhow!("cannot write in {}: {e}", shown(dir)))?;
    tmp.write_all(&bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", shown(path)))?;
    tmp.persist(path)
        .map_err(|e| anyhow::anyhow!("cannot write {}: {}", shown(path), e.error))?;
    Ok(())
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
    let days = (secs / 86_400) as i64;
    let (h, m) = ((secs % 86_400) / 3600, (secs % 3600) / 60);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let mo = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(mo <= 2);
    format!("{y:04}-{mo:02}-{d:02} {h:02}:{m:02} UTC")
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
        assert!(matches!(load(&path, &r), Loaded::None));
        let mut a = Answers::new(&r, false);
        a.years = Some(4.0);
        a.ratings[2] = Some(3);
        a.evidence_pending = Some(2);
        a.name = Some("Sam".into());
        save(&path, &r, &a, None).unwrap();
        match load(&path, &r) {
            Loaded::Answers(back) => assert_eq!(back, a),
            other => panic!("{other:?}"),
        }
        std::fs::write(&path, "{ not json").unwrap();
        match load(&path, &r) {
            Loaded::SetAside(aside, reason) => {
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
