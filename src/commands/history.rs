//! `skillgap history`: a person's assessments over time, read from a profile and the
//! snapshots `assess --update` kept beside it, or from several profiles or JSON reports.
//! Also the file dates `history` and `compare` show for an assessment that gives no
//! `assessed_on`: reading a file's time is I/O, so it is done here, not in the comparison.

use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::catalog::Catalog;
use crate::date::Date;
use crate::exit::UsageError;
use crate::input;
use crate::output;
use crate::progress::history::Entry;
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

/// The day to show for a file that gives no `assessed_on`: for a version `assess --update`
/// kept (`FILE.history/DATE.json` or `DATE-N.json`), the day in its name, which is the day
/// of the version it keeps (the snapshot's own time is the day it was kept); else the day the
/// file last changed (UTC). `None` for standard input or when the system cannot tell.
pub(super) fn file_day(path: &Path) -> Option<Date> {
    if path.as_os_str() == "-" {
        return None;
    }
    let kept = path
        .parent()
        .and_then(Path::file_name)
        .is_some_and(|dir| dir.to_string_lossy().ends_with(".history"));
    if kept
        && path.extension().is_some_and(|e| e == "json")
        && let Some(stem) = path.file_stem().and_then(|s| s.to_str())
        && let Some((day, rest)) = stem.split_at_checked(10)
        && (rest.is_empty()
            || rest
                .strip_prefix('-')
                .is_some_and(|n| n.parse::<u32>().is_ok()))
        && let Some(day) = Date::parse(day)
    {
        return Some(day);
    }
    let modified = std::fs::metadata(path).and_then(|m| m.modified()).ok()?;
    let seconds = modified
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_secs();
    i32::try_from(seconds / 86_400).ok().map(Date::from_days)
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
    for (c, path) in read.iter().zip(&paths) {
        let (profile, _) = c.to_profile(&rubric)?;
        assessments.push(Entry {
            file: c.file.clone(),
            profile,
            file_date: file_day(path),
        });
    }
    let level = level_option(&rubric, args.level.as_deref())?;
    let history_in =
        |lang| progress::history::history(&rubric.in_lang(lang), &assessments, level, lang);
    args.output.write_in(history_in, "history")
}
