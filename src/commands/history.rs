//! `skillgap history`: a person's assessments over time, read from a profile and the
//! snapshots `assess --update` kept beside it, or from several profiles or JSON reports.

use std::path::PathBuf;

use anyhow::Context;

use crate::catalog::Catalog;
use crate::exit::UsageError;
use crate::input;
use crate::output;
use crate::progress::{self, Compared};
use crate::settings::{HistorySettings, level_option};
use crate::text::terminal_safe as safe;

/// The files to read, oldest first: one profile's snapshots and then the profile itself, or
/// the files as given.
fn files(given: &[PathBuf]) -> Vec<PathBuf> {
    match given {
        [one] => {
            let mut all = crate::history::snapshots(one);
            all.push(one.clone());
            all
        }
        many => many.to_vec(),
    }
}

/// Runs `skillgap history`.
pub fn run(catalog: &Catalog, args: HistorySettings) -> anyhow::Result<()> {
    output::remove_temporaries_on_signals();
    let paths = files(&args.files);
    let mut inputs: Vec<&std::path::Path> = paths.iter().map(PathBuf::as_path).collect();
    inputs.extend(args.rubric.as_ref().map(|r| r.as_path()));
    output::check_destinations(&args.output.paths(), &inputs)?;
    if paths.iter().filter(|p| p.as_os_str() == "-").count() > 1 {
        return Err(UsageError(
            "standard input (-) can be read only once; give the files by name".into(),
        )
        .into());
    }
    let read: Vec<Compared> = paths
        .iter()
        .map(|path| {
            let (text, origin) = input::read_text(path)?;
            let file = safe(&path.display().to_string()).into_owned();
            progress::read::sniff(text, origin, file)
        })
        .collect::<anyhow::Result<_>>()?;
    let rubric = match (
        &args.rubric,
        read.iter().rev().find_map(|c| c.rubric_id.as_ref()),
    ) {
        (Some(choice), _) => catalog.load(choice)?,
        (None, Some(id)) => catalog
            .load_id(id)
            .with_context(|| format!("loading the rubric \"{}\" the files name", safe(id)))?,
        (None, None) => catalog.default_rubric(),
    };
    if let Some(other) = read
        .iter()
        .find(|c| c.rubric_id.as_ref().is_some_and(|id| *id != rubric.id))
    {
        return Err(UsageError(format!(
            "{} is for rubric \"{}\", not \"{}\"; a history is of assessments against one rubric",
            other.file,
            safe(other.rubric_id.as_deref().unwrap_or("")),
            rubric.id
        ))
        .into());
    }
    let mut assessments = Vec::with_capacity(read.len());
    for c in &read {
        let (profile, _) = c.to_profile(&rubric)?;
        assessments.push((c.file.clone(), profile));
    }
    let level = level_option(&rubric, args.level.as_deref())?;
    let history = progress::history::history(&rubric, &assessments, level);
    args.output.write(&history, "history")
}
