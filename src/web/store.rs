//! What the server keeps on disk, all under `--dir`: the drafts of questionnaires under way
//! (`.drafts/TOKEN.json`, the terminal's draft format), a marker for each finished one
//! (`.drafts/TOKEN.done.json`, naming its profile), the finished profiles (`NAME-DATE.json`,
//! read by `skillgap team --input DIR` as they are) and reviews (`reviews/`).
//!
//! No name from a request reaches the file system: drafts are named by session tokens the
//! server checked the form of ([`keys::is_token`]), profiles by a name the server made, and a
//! profile is picked from the folder's own listing.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::keys;
use crate::draft::{self, Saved};
use crate::questionnaire::Answers;
use crate::rubric::Rubric;

/// The folder of the drafts, inside `--dir`.
pub const DRAFTS: &str = ".drafts";
/// The folder of the reviews, inside `--dir`.
pub const REVIEWS: &str = "reviews";

/// The server's folder.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
}

/// The marker of a finished questionnaire.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Finished {
    /// The rubric's id.
    pub rubric: String,
    /// The profile's file name in `--dir`.
    pub profile: String,
}

/// A session as found on disk.
pub enum Session {
    /// Answers under way.
    Open(Box<Answers>),
    /// Finished: the profile was written.
    Done(Finished),
    /// No such session (or a draft that cannot be used, set aside and named).
    Missing(Option<String>),
}

impl Store {
    /// The store in `dir`.
    pub fn new(dir: PathBuf) -> Store {
        Store { dir }
    }

    /// The server's folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The drafts' folder.
    pub fn drafts(&self) -> PathBuf {
        self.dir.join(DRAFTS)
    }

    fn draft_path(&self, token: &str) -> Option<PathBuf> {
        keys::is_token(token).then(|| self.drafts().join(format!("{token}.json")))
    }

    fn done_path(&self, token: &str) -> Option<PathBuf> {
        keys::is_token(token).then(|| self.drafts().join(format!("{token}.done.json")))
    }

    /// The rubric id a session's draft or marker names, without reading its answers.
    pub fn rubric_of(&self, token: &str) -> Option<String> {
        #[derive(Deserialize)]
        struct RubricOnly {
            rubric: String,
        }
        let read = |p: Option<PathBuf>| {
            let text = std::fs::read_to_string(p?).ok()?;
            serde_json::from_str::<RubricOnly>(&text)
                .ok()
                .map(|r| r.rubric)
        };
        read(self.done_path(token)).or_else(|| read(self.draft_path(token)))
    }

    /// The session `token` of rubric `rubric`.
    pub fn load(&self, token: &str, rubric: &Rubric) -> Session {
        let (Some(draft), Some(done)) = (self.draft_path(token), self.done_path(token)) else {
            return Session::Missing(None);
        };
        if let Ok(text) = std::fs::read_to_string(&done)
            && let Ok(finished) = serde_json::from_str::<Finished>(&text)
        {
            return Session::Done(finished);
        }
        match draft::load(&draft, rubric) {
            Saved::Answers(a) => Session::Open(Box::new(a)),
            Saved::None => Session::Missing(None),
            Saved::SetAside(_, why) => Session::Missing(Some(why)),
        }
    }

    /// Saves the answers of session `token` (atomically, 0600).
    pub fn save(
        &self,
        token: &str,
        rubric: &Rubric,
        answers: &Answers,
        rubric_file: Option<&Path>,
    ) -> anyhow::Result<()> {
        let path = self
            .draft_path(token)
            .ok_or_else(|| anyhow::anyhow!("not a session token"))?;
        draft::save(&path, rubric, answers, rubric_file)
    }

    /// Writes a finished profile as `NAME-DATE.json` (never over another file), marks the
    /// session finished and deletes its draft. Returns the file's name.
    pub fn finish(
        &self,
        token: &str,
        rubric: &Rubric,
        name: &str,
        day: &str,
        bytes: &[u8],
    ) -> anyhow::Result<String> {
        let (Some(draft), Some(done)) = (self.draft_path(token), self.done_path(token)) else {
            anyhow::bail!("not a session token");
        };
        let file = write_new(&self.dir, &format!("{}-{day}", file_stem(name)), bytes)?;
        let marker = Finished {
            rubric: rubric.id.clone(),
            profile: file.clone(),
        };
        draft::write_private_bytes(&done, &serde_json::to_vec_pretty(&marker)?)?;
        draft::discard(&draft)?;
        Ok(file)
    }

    /// The profile files in `--dir`, by name.
    pub fn profiles(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(&self.dir)
            .into_iter()
            .flatten()
            .flatten()
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|n| n.ends_with(".json") && !n.starts_with('.'))
            .collect();
        names.sort();
        names
    }

    /// The text of profile file `name`, when it is one of [`Store::profiles`].
    pub fn read_profile(&self, name: &str) -> Option<String> {
        if !self.profiles().iter().any(|n| n == name) {
            return None;
        }
        std::fs::read_to_string(self.dir.join(name)).ok()
    }

    /// The text of the profile a finished session wrote (its name comes from the session's
    /// marker, which the server wrote): read directly, without listing the folder.
    pub fn read_own_profile(&self, name: &str) -> Option<String> {
        let plain =
            name.ends_with(".json") && !name.starts_with('.') && !name.contains(['/', '\\', '\0']);
        if !plain {
            return None;
        }
        let path = self.dir.join(name);
        let meta = std::fs::symlink_metadata(&path).ok()?;
        if !meta.is_file() {
            return None;
        }
        std::fs::read_to_string(path).ok()
    }

    /// Writes a review of profile `profile` into `reviews/`, never over another file.
    pub fn write_review(&self, profile: &str, bytes: &[u8]) -> anyhow::Result<String> {
        let dir = self.dir.join(REVIEWS);
        std::fs::create_dir_all(&dir)?;
        let stem = profile.strip_suffix(".json").unwrap_or(profile);
        write_new(&dir, &format!("{}.review", file_stem(stem)), bytes)
    }

    /// The reviews of profile `profile`, by file name.
    pub fn reviews_of(&self, profile: &str) -> Vec<PathBuf> {
        let stem = file_stem(profile.strip_suffix(".json").unwrap_or(profile));
        let prefix = format!("{stem}.review");
        let mut found: Vec<PathBuf> = std::fs::read_dir(self.dir.join(REVIEWS))
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with(&prefix) && n.ends_with(".json"))
            })
            .collect();
        found.sort();
        found
    }
}

/// Writes `bytes` as `STEM.json` in `dir`, or `STEM-2.json`, `STEM-3.json`, ... : the first
/// name no file has. The file appears whole or not at all.
fn write_new(dir: &Path, stem: &str, bytes: &[u8]) -> anyhow::Result<String> {
    use std::io::Write;
    let mut tmp = tempfile::Builder::new()
        .prefix(".profile-")
        .tempfile_in(dir)
        .map_err(|e| anyhow::anyhow!("cannot write in {}: {e}", dir.display()))?;
    tmp.write_all(bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| anyhow::anyhow!("cannot write in {}: {e}", dir.display()))?;
    for n in 1..10_000 {
        let name = if n == 1 {
            format!("{stem}.json")
        } else {
            format!("{stem}-{n}.json")
        };
        match tmp.persist_noclobber(dir.join(&name)) {
            Ok(_) => return Ok(name),
            Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists => tmp = e.file,
            Err(e) => anyhow::bail!("cannot write {name} in {}: {}", dir.display(), e.error),
        }
    }
    anyhow::bail!("{} holds too many files named {stem}", dir.display())
}

/// A name as part of a file name: lower-case letters and digits joined by hyphens, accents
/// taken off the common Latin letters, at most 40 characters; "profile" when nothing is left.
pub fn file_stem(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.len() >= 40 {
            break;
        }
    }
    let out = out.trim_matches('-').to_string();
    if out.is_empty() {
        "profile".to_string()
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_safe_file_names() {
        assert_eq!(file_stem("Sam Rivera"), "sam-rivera");
        assert_eq!(file_stem("José Núñez"), "jose-nunez");
        assert_eq!(file_stem("../../etc/passwd"), "etc-passwd");
        assert_eq!(file_stem("..."), "profile");
        assert_eq!(file_stem("\u{1b}[31mred"), "31mred");
        assert_eq!(file_stem("C:\\Windows\\x"), "c-windows-x");
        assert!(file_stem(&"a".repeat(500)).len() <= 40);
    }

    #[test]
    fn a_profile_never_replaces_another() {
        let dir = tempfile::tempdir().unwrap();
        let a = write_new(dir.path(), "sam-2026-12-06", b"one").unwrap();
        let b = write_new(dir.path(), "sam-2026-12-06", b"two").unwrap();
        assert_eq!(a, "sam-2026-12-06.json");
        assert_eq!(b, "sam-2026-12-06-2.json");
        assert_eq!(std::fs::read(dir.path().join(&a)).unwrap(), b"one");
        let store = Store::new(dir.path().to_path_buf());
        assert_eq!(store.profiles().len(), 2);
        assert_eq!(store.read_profile("../x.json"), None);
        assert_eq!(store.read_own_profile(&a).as_deref(), Some("one"));
        for bad in ["../x.json", "sub/x.json", ".key.json", "x.txt", "a\\b.json"] {
            assert_eq!(store.read_own_profile(bad), None, "{bad}");
        }
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink("/etc/hostname", dir.path().join("link.json")).unwrap();
            assert_eq!(store.read_own_profile("link.json"), None);
        }
    }

    #[test]
    fn only_tokens_name_drafts() {
        let store = Store::new(PathBuf::from("/tmp/x"));
        assert!(store.draft_path("../../a").is_none());
        assert!(store.draft_path(&"a".repeat(keys::TOKEN_LEN)).is_some());
    }
}
