//! Finding rubrics: the built-in ones, and rubric files in the directories named by
//! `--rubric-dir` or the `SKILLGAP_RUBRIC_PATH` environment variable (colon-separated).
//! `--rubric` takes an id from among these, or the path of a rubric file: a
//! [`RubricChoice`], decided once when the command line is read.

use std::path::{Path, PathBuf};

use crate::exit::UsageError;
use crate::input::{self, Origin};
use crate::rubric::{BUILTIN_MEDIA_PRODUCTION_SPECIALIST, BUILTIN_PRODUCTION_SPECIALIST, Rubric};
use crate::suggest::did_you_mean;
use crate::text::terminal_safe;

/// The rubrics compiled into skillgap: id and JSON text. The first is the default.
pub const BUILTINS: &[(&str, &str)] = &[
    ("production-specialist", BUILTIN_PRODUCTION_SPECIALIST),
    (
        "media-production-specialist",
        BUILTIN_MEDIA_PRODUCTION_SPECIALIST,
    ),
];

/// The rubric `--rubric` names: an id, or a file. Which one is decided by how the value is
/// written: a path (with a `/`, ending in `.json`, or `-` for standard input) is a file,
/// anything else an id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RubricChoice {
    /// A rubric id, found among the built-in rubrics and the rubric folders.
    Id(String),
    /// A rubric file; `-` is standard input.
    File(PathBuf),
}

impl RubricChoice {
    /// Reads the value of `--rubric` (a clap value parser; it never fails).
    pub fn parse(spec: &str) -> Result<RubricChoice, std::convert::Infallible> {
        let is_path = spec.contains(std::path::MAIN_SEPARATOR)
            || spec.contains('/')
            || spec.ends_with(".json")
            || spec == "-";
        Ok(if is_path {
            RubricChoice::File(PathBuf::from(spec))
        } else {
            RubricChoice::Id(spec.to_string())
        })
    }

    /// The value as a path: what must not be overwritten when it names a file.
    pub fn as_path(&self) -> &Path {
        match self {
            RubricChoice::Id(id) => Path::new(id),
            RubricChoice::File(path) => path,
        }
    }

    /// Whether the rubric is read from standard input.
    pub fn is_stdin(&self) -> bool {
        matches!(self, RubricChoice::File(p) if p.as_os_str() == "-")
    }
}

/// Where rubrics are looked for.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    dirs: Vec<PathBuf>,
}

/// A rubric the catalog knows of.
#[derive(Debug)]
pub struct Entry {
    /// Where it comes from: built in, or a file.
    pub origin: Origin,
    /// The rubric, or why it cannot be loaded.
    pub rubric: Result<Rubric, String>,
}

impl Catalog {
    /// A catalog over `dirs` (from `--rubric-dir`, which must exist) and then the
    /// directories of `SKILLGAP_RUBRIC_PATH` (which, like PATH, may name missing ones).
    pub fn new(mut dirs: Vec<PathBuf>) -> anyhow::Result<Catalog> {
        for dir in &dirs {
            if !dir.is_dir() {
                return Err(UsageError(crate::tr!(
                    crate::i18n::process_lang(),
                    "error-rubric-dir-not-folder",
                    dir = terminal_safe(&dir.display().to_string()).into_owned()
                ))
                .into());
            }
        }
        if let Some(path) = std::env::var_os("SKILLGAP_RUBRIC_PATH") {
            dirs.extend(std::env::split_paths(&path).filter(|p| !p.as_os_str().is_empty()));
        }
        Ok(Catalog { dirs })
    }

    /// The default rubric.
    pub fn default_rubric(&self) -> Rubric {
        Rubric::builtin()
    }

    /// Loads the rubric chosen with `--rubric`; for a rubric read from a file, also the file.
    ///
    /// An id that names no rubric but an existing file in the current folder (such as
    /// `--rubric mine`) is that file, as it always was.
    pub fn resolve(&self, choice: &RubricChoice) -> anyhow::Result<(Rubric, Option<PathBuf>)> {
        match choice {
            RubricChoice::File(path) => Ok((load_file(path)?, Some(path.clone()))),
            RubricChoice::Id(id) => match self.find_id(id) {
                Some(rubric) => Ok((rubric?, None)),
                None if Path::new(id).is_file() => {
                    Ok((load_file(Path::new(id))?, Some(PathBuf::from(id))))
                }
                None => Err(self.unknown_id(id)),
            },
        }
    }

    /// Loads the rubric chosen with `--rubric`.
    pub fn load(&self, choice: &RubricChoice) -> anyhow::Result<Rubric> {
        Ok(self.resolve(choice)?.0)
    }

    /// Loads the rubric with this id, never a file path: for ids that come from a profile or
    /// a report, which must not make skillgap open files of their choosing.
    pub fn load_id(&self, id: &str) -> anyhow::Result<Rubric> {
        if let Some(rubric) = self.find_id(id) {
            return rubric;
        }
        Err(self.unknown_id(id))
    }

    fn unknown_id(&self, spec: &str) -> anyhow::Error {
        let known: Vec<String> = self
            .entries()
            .into_iter()
            .filter_map(|e| e.rubric.ok().map(|r| r.id))
            .collect();
        UsageError(crate::tr!(
            crate::i18n::process_lang(),
            "error-rubric-unknown-id",
            id = terminal_safe(spec).into_owned(),
            suggestion = did_you_mean(spec, known.iter().map(String::as_str)),
            known = known.join(", ")
        ))
        .into()
    }

    fn find_id(&self, id: &str) -> Option<anyhow::Result<Rubric>> {
        if BUILTINS.iter().any(|(b, _)| *b == id) {
            return Some(Ok(builtin(id)));
        }
        // A file named after the id is the quick way; otherwise any file whose id matches.
        // Ids with path characters never name files.
        if id.contains(['/', '\\']) || id.starts_with('.') || id.is_empty() {
            return None;
        }
        // A rubric is known by the id inside it: a file named after the id but holding
        // another rubric is passed over.
        for dir in &self.dirs {
            let named = dir.join(format!("{id}.json"));
            if named.is_file() {
                match load_file(&named) {
                    Ok(r) if r.id != id => {}
                    other => return Some(other),
                }
            }
        }
        self.files()
            .into_iter()
            .find_map(|path| match load_file(&path) {
                Ok(r) if r.id == id => Some(Ok(r)),
                _ => None,
            })
    }

    fn files(&self) -> Vec<PathBuf> {
        let mut files = Vec::new();
        for dir in &self.dirs {
            let Ok(entries) = std::fs::read_dir(dir) else {
                continue;
            };
            let mut found: Vec<PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "json") && p.is_file())
                // A rubric's translation (`RUBRIC.es.json`) is not a rubric of its own.
                .filter(|p| crate::rubric::translation::language_of(p).is_none())
                .collect();
            found.sort();
            files.extend(found);
        }
        files
    }

    /// Every rubric: the built-in ones, then those in the directories, in order.
    pub fn entries(&self) -> Vec<Entry> {
        let mut entries: Vec<Entry> = BUILTINS
            .iter()
            .map(|(id, _)| Entry {
                origin: Origin::Builtin((*id).to_string()),
                rubric: Ok(builtin(id)),
            })
            .collect();
        for path in self.files() {
            entries.push(Entry {
                origin: Origin::Path(path.clone()),
                rubric: load_file(&path).map_err(|e| format!("{e:#}")),
            });
        }
        entries
    }
}

fn builtin(id: &str) -> Rubric {
    // Built-in rubrics are checked by the tests; a failure here is a broken build.
    Rubric::from_builtin(id).unwrap_or_else(|| panic!("{id} is not a built-in rubric"))
}

/// A rubric file, with the translations beside it (`RUBRIC.LL.json`). A translation that
/// cannot be read is passed over with a warning (`skillgap rubric check` says what is wrong).
fn load_file(path: &Path) -> anyhow::Result<Rubric> {
    let (text, origin) = input::read_text(path)?;
    let mut rubric = Rubric::from_json(&text, origin)?;
    if path.as_os_str() == "-" {
        return Ok(rubric);
    }
    for file in crate::rubric::translation::files_beside(path) {
        let read = std::fs::read_to_string(&file)
            .map_err(|e| e.to_string())
            .and_then(|text| crate::rubric::translation::Translation::from_json(&text));
        match read {
            Ok(t) if t.rubric == rubric.id => rubric = rubric.with_translation(t),
            Ok(_) => {}
            Err(e) => eprintln!(
                "skillgap: warning: {} is not read: {}; `skillgap rubric check {}` says more",
                terminal_safe(&file.display().to_string()),
                terminal_safe(&e),
                terminal_safe(&path.display().to_string()),
            ),
        }
    }
    Ok(rubric)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_rubric_loads() {
        let c = Catalog::default();
        for (id, _) in BUILTINS {
            assert_eq!(c.load_id(id).unwrap().id, *id);
        }
    }

    #[test]
    fn ids_are_found_in_directories_and_unknown_ids_get_suggestions() {
        let dir = tempfile::tempdir().unwrap();
        let mut rubric: serde_json::Value =
            serde_json::from_str(BUILTIN_PRODUCTION_SPECIALIST).unwrap();
        rubric["id"] = serde_json::json!("night-shift");
        std::fs::write(dir.path().join("other-name.json"), rubric.to_string()).unwrap();
        std::fs::write(dir.path().join("broken.json"), "{").unwrap();
        let c = Catalog {
            dirs: vec![dir.path().to_path_buf()],
        };
        let id = |s: &str| RubricChoice::parse(s).unwrap();
        assert_eq!(c.load(&id("night-shift")).unwrap().id, "night-shift");
        let err = c.load(&id("night-shif")).unwrap_err().to_string();
        assert!(err.contains("did you mean \"night-shift\""), "{err}");
        let entries = c.entries();
        assert_eq!(entries.len(), BUILTINS.len() + 2);
        assert!(entries.iter().any(|e| e.rubric.is_err()));
    }
}
