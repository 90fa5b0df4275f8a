//! Review files given with `--review`: read (a file, or every `*.json` file of a folder),
//! checked against the rubric in use, and added to the profile of the person they name.

use std::path::{Path, PathBuf};

use crate::exit::UsageError;
use crate::input::{self, Origin};
use crate::profile::{Profile, Review, ReviewDoc, ReviewError};
use crate::rubric::{Problem, Rubric};
use crate::text::terminal_safe;

/// The files `--review` names: each file, and the `*.json` files of each folder in name
/// order.
fn files(paths: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
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
            out.extend(found);
        } else {
            out.push(path.clone());
        }
    }
    Ok(out)
}

/// Reads and checks every review `--review` names; the first one that is not valid stops
/// the run (exit 2) with its problems.
pub fn read_all(paths: &[PathBuf], rubric: &Rubric) -> anyhow::Result<Vec<(Review, Origin)>> {
    let mut reviews = Vec::new();
    for path in files(paths)? {
        let (text, origin) = input::read_text(&path)?;
        let review = ReviewDoc::from_json(&text, &origin)?.validate(rubric, &origin)?;
        reviews.push((review, origin));
    }
    Ok(reviews)
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
