//! The draft: answers of an unfinished questionnaire, saved after every answer so that an
//! interruption loses nothing, in `$XDG_STATE_HOME/skillgap/` (or
//! `~/.local/state/skillgap/`), one file per rubric.

use std::path::{Path, PathBuf};

use crate::questionnaire::{Answers, Draft};
use crate::rubric::Rubric;
use crate::text::terminal_safe;

/// Where the draft for a rubric lives, if a state directory can be found.
pub fn path_for(rubric: &Rubric) -> Option<PathBuf> {
    let base = match std::env::var_os("XDG_STATE_HOME").map(PathBuf::from) {
        Some(p) if p.is_absolute() => p,
        _ => PathBuf::from(std::env::var_os("HOME")?).join(".local/state"),
    };
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
    Some(base.join("skillgap").join(format!("{id}.draft.json")))
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
    let stamp = std::time::SystemTime::now()
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

/// Writes the draft atomically, creating its directory.
pub fn save(path: &Path, rubric: &Rubric, answers: &Answers) -> anyhow::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| {
            anyhow::anyhow!(
                "cannot create {}: {e}",
                terminal_safe(&dir.display().to_string())
            )
        })?;
    }
    let mut bytes = serde_json::to_vec_pretty(&Draft::from_answers(rubric, answers))?;
    bytes.push(b'\n');
    crate::output::write_atomic(path, &bytes)
}

/// Deletes the draft, if there is one.
pub fn discard(path: &Path) -> std::io::Result<()> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
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
        save(&path, &r, &a).unwrap();
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
}
