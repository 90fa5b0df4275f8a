//! `skillgap compare OLD NEW`: reads the two files, their dates and the rubric, and writes
//! the [`Comparison`](crate::progress::Comparison) that [`crate::progress`] makes of them.

use std::path::Path;

use anyhow::Context;

use crate::catalog::{Catalog, RubricChoice};
use crate::exit::UsageError;
use crate::input;
use crate::output;
use crate::progress::{self, Compared, ProfileFile};
use crate::rubric::Rubric;
use crate::settings::{CompareSettings, level_option};
use crate::text::terminal_safe as safe;

fn read(path: &Path) -> anyhow::Result<Compared> {
    let (text, origin) = input::read_text(path)?;
    let file = safe(&path.display().to_string()).into_owned();
    progress::read::sniff(text, origin, file)
}

/// The rubric given, or the one both files name, or the default one.
fn rubric_for(
    catalog: &Catalog,
    choice: Option<&RubricChoice>,
    old: &Compared,
    new: &Compared,
) -> anyhow::Result<Rubric> {
    Ok(match (choice, &new.rubric_id, &old.rubric_id) {
        (Some(choice), _, _) => catalog.load(choice)?,
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
    })
}

/// Runs `skillgap compare`.
pub fn run(catalog: &Catalog, mut args: CompareSettings) -> anyhow::Result<()> {
    output::remove_temporaries_on_signals();
    let new = match args.new.take() {
        Some(new) => new,
        None => {
            // One file: the profile now against its latest snapshot.
            let file = std::mem::take(&mut args.old);
            let Some(latest) = crate::history::snapshots(&file).pop() else {
                return Err(UsageError(format!(
                    "{} has no earlier version in {} (skillgap assess --update keeps one each time it saves); give two files to compare",
                    crate::text::terminal_safe(&file.display().to_string()),
                    crate::text::terminal_safe(&crate::history::folder(&file).display().to_string())
                ))
                .into());
            };
            args.old = latest;
            file
        }
    };
    run_two(catalog, &args, &new)
}

/// [`run`] with the two files known.
fn run_two(catalog: &Catalog, args: &CompareSettings, new_path: &Path) -> anyhow::Result<()> {
    let mut inputs = vec![args.old.as_path(), new_path];
    inputs.extend(args.rubric.as_ref().map(|r| r.as_path()));
    inputs.extend(super::reviews::input_paths(&args.review.files));
    output::check_destinations(&args.output.paths(), &inputs)?;
    let rubric_stdin = args.rubric.as_ref().is_some_and(|r| r.is_stdin());
    if (args.old.as_os_str() == "-" || new_path.as_os_str() == "-") && rubric_stdin {
        return Err(UsageError(
            "standard input (-) cannot be both a file to compare and the rubric; give the rubric as an id or a file"
                .into(),
        )
        .into());
    }
    if args.old.as_os_str() == "-" && new_path.as_os_str() == "-" {
        return Err(UsageError(
            "standard input (-) can be read only once; give at least one of the two as a file"
                .into(),
        )
        .into());
    }

    let old = read(&args.old)?;
    let new = read(new_path)?;
    let rubric = rubric_for(catalog, args.rubric.as_ref(), &old, &new)?;
    let (mut old_profile, old_other) = old.to_profile(&rubric)?;
    let (mut new_profile, new_other) = new.to_profile(&rubric)?;
    old_profile.basis = args.review.basis;
    new_profile.basis = args.review.basis;
    let reviews = super::reviews::read_all(&args.review, &rubric)?;
    if !reviews.is_empty() && new.recorded_basis().is_some() {
        return Err(UsageError(format!(
            "--review adds reviews to the later file, but {} is a report, which holds the ratings it scored and not the reviews; give the profile instead",
            new.file
        ))
        .into());
    }
    super::reviews::attach(&mut new_profile, reviews)?;
    let level = level_option(&rubric, args.level.as_deref())?;
    let old_file = ProfileFile {
        file: &old.file,
        profile: old_profile,
        other: old_other,
        recorded: old.recorded_basis(),
        file_date: super::history::file_day(&args.old),
    };
    let new_file = ProfileFile {
        file: &new.file,
        profile: new_profile,
        other: new_other,
        recorded: new.recorded_basis(),
        file_date: super::history::file_day(new_path),
    };
    let comparison_in = |lang| {
        let words = rubric.in_lang(lang);
        progress::compare_files(&words, old_file.clone(), new_file.clone(), level, lang)
    };
    args.output.write_in(comparison_in, "comparison")
}
