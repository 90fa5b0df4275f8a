//! Review files given with `--review`: read (a file, or every `*.json` file of a folder),
//! checked against the rubric in use, and added to the profile of the person they name.

use std::path::{Path, PathBuf};

use crate::exit::UsageError;
use crate::input::{self, Origin};
use crate::profile::review::date_problem;
use crate::profile::{Profile, Review, ReviewDoc, ReviewError};
use crate::rubric::{Problem, Rubric};
use crate::settings::ReviewSettings;
use crate::text::terminal_safe;

/// A file `--review` names, and whether it came from a folder (where files that are not
/// reviews may sit beside the reviews).
struct Named {
    path: PathBuf,
    in_folder: bool,
}

/// The files `--review` names: each file, and the `*.json` files of each folder in name
/// order; a file named twice (or as itself and in its folder) once, where it first comes.
fn files(paths: &[PathBuf]) -> anyhow::Result<Vec<Named>> {
    let mut out: Vec<Named> = Vec::new();
    let mut seen: Vec<PathBuf> = Vec::new();
    let mut add = |path: PathBuf, in_folder: bool| {
        let key = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
        if !seen.contains(&key) {
            seen.push(key);
            out.push(Named { path, in_folder });
        }
    };
    for path in paths {
        if path.is_dir() {
            let entries = std::fs::read_dir(path).map_err(|error| input::ReadError::Io {
                origin: Origin::Path(path.clone()),
                error,
            })?;
            let mut found: Vec<PathBuf> = entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| {
                    p.is_file()
                        && p.extension()
                            .is_some_and(|e| e.eq_ignore_ascii_case("json"))
                })
                .collect();
            found.sort();
            if found.is_empty() {
                return Err(UsageError(format!(
                    "--review: the folder {} holds no review files (*.json)",
                    terminal_safe(&path.display().to_string())
                ))
                .into());
            }
            for f in found {
                add(f, true);
            }
        } else {
            add(path.clone(), false);
        }
    }
    Ok(out)
}

/// Whether a file of a folder is something else than a review: a JSON object without a
/// `reviewer` (a profile beside the reviews, say). A file that is not JSON, or that names a
/// reviewer, claims to be a review, and is checked as one.
fn not_a_review(text: &str) -> bool {
    serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(
        text.strip_prefix('\u{feff}').unwrap_or(text),
    )
    .is_ok_and(|object| !object.contains_key("reviewer"))
}

/// Reads and checks every review `--review` names; the first one that is not valid stops
/// the run (exit 2) with its problems, as does one dated after the day of the assessment or
/// more than a year after today. In a folder, a file that is not a review is skipped, with
/// a line that says so.
pub fn read_all(
    settings: &ReviewSettings,
    rubric: &Rubric,
) -> anyhow::Result<Vec<(Review, Origin)>> {
    let mut reviews = Vec::new();
    for Named { path, in_folder } in files(&settings.files)? {
        let (text, origin) = input::read_text(&path)?;
        if in_folder && not_a_review(&text) {
            eprintln!(
                "skillgap: --review: skipping {origin}: not a review (it names no \"reviewer\")"
            );
            continue;
        }
        let review = ReviewDoc::from_json(&text, &origin)?.validate(rubric, &origin)?;
        if let Some(message) = date_problem(review.date, settings.as_of, settings.today) {
            return Err(ReviewError::Invalid {
                origin,
                problems: vec![Problem {
                    path: "date".into(),
                    message,
                }],
            }
            .into());
        }
        reviews.push((review, origin));
    }
    Ok(reviews)
}

/// Checks the days of the reviews embedded in a profile read from `origin`, as
/// [`read_all`] checks those of review files.
pub fn check_embedded(
    profile: &Profile,
    settings: &ReviewSettings,
    origin: &Origin,
) -> anyhow::Result<()> {
    let all = profile.reviews().iter().chain(profile.reviews_set_aside());
    for r in all {
        if let Some(message) = date_problem(r.date, settings.as_of, settings.today) {
            return Err(UsageError(format!(
                "profile {origin}: the review by {} ({}): date {message}",
                terminal_safe(&r.reviewer),
                r.role.as_str()
            ))
            .into());
        }
    }
    Ok(())
}

/// Adds reviews to one person's profile. Each must name the profile's person; a profile
/// without a name takes reviews that all name one person.
pub fn attach(profile: &mut Profile, reviews: Vec<(Review, Origin)>) -> anyhow::Result<()> {
    let mut person = profile
        .name
        .clone()
        .filter(|n| !n.trim().is_empty())
        .or_else(|| profile.reviews().first().map(|r| r.person.clone()));
    for (review, origin) in &reviews {
        match &person {
            Some(name) if !crate::profile::review::same_person(name, &review.person) => {
                return Err(ReviewError::Invalid {
                    origin: origin.clone(),
                    problems: vec![Problem {
                        path: "person".into(),
                        message: format!(
                            "is \"{}\" but the profile is of \"{}\"; give only reviews of this person",
                            terminal_safe(&review.person),
                            terminal_safe(name)
                        ),
                    }],
                }
                .into());
            }
            Some(_) => {}
            None => person = Some(review.person.clone()),
        }
    }
    profile.add_reviews(reviews.into_iter().map(|(r, _)| r));
    Ok(())
}

/// The review paths, to check that no `-o` overwrites one.
pub fn input_paths(paths: &[PathBuf]) -> Vec<&Path> {
    paths.iter().map(PathBuf::as_path).collect()
}
