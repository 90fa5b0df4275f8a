//! `skillgap compare OLD NEW`: reads the two files and the rubric, and writes the
//! [`Comparison`] that [`progress`](crate::progress) makes of them.

use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::catalog::Catalog;
use crate::cli::CompareArgs;
use crate::exit::UsageError;
use crate::input;
use crate::output;
use crate::progress::{self, Compared, Comparison, ProfileFile};
use crate::report::{self, Format};
use crate::rubric::Rubric;
use crate::text::terminal_safe as safe;

fn read(path: &Path) -> anyhow::Result<Compared> {
    let (text, origin) = input::read_text(path)?;
    let file = safe(&path.display().to_string()).into_owned();
    progress::read::sniff(text, origin, file)
}

/// The rubric given, or the one both files name, or the default one.
fn rubric_for(
    catalog: &Catalog,
    spec: Option<&str>,
    old: &Compared,
    new: &Compared,
) -> anyhow::Result<Rubric> {
    Ok(match (spec, &new.rubric_id, &old.rubric_id) {
        (Some(spec), _, _) => catalog.load(spec)?,
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
pub fn run(catalog: &Catalog, args: CompareArgs) -> anyhow::Result<()> {
    output::remove_temporaries_on_signals();
    let format = args.format.map(Format::from);
    let mut outputs: Vec<(PathBuf, Format)> = Vec::new();
    for path in &args.output {
        outputs.push((path.clone(), crate::assess::output_format(path, format)?));
    }
    let destinations: Vec<PathBuf> = outputs.iter().map(|(p, _)| p.clone()).collect();
    let mut inputs = vec![args.old.as_path(), args.new.as_path()];
    inputs.extend(args.rubric.as_deref().map(Path::new));
    output::check_destinations(&destinations, &inputs)?;
    if (args.old.as_os_str() == "-" || args.new.as_os_str() == "-")
        && args.rubric.as_deref() == Some("-")
    {
        return Err(UsageError(
            "standard input (-) cannot be both a file to compare and the rubric; give the rubric as an id or a file"
                .into(),
        )
        .into());
    }
    if args.old.as_os_str() == "-" && args.new.as_os_str() == "-" {
        return Err(UsageError(
            "standard input (-) can be read only once; give at least one of the two as a file"
                .into(),
        )
        .into());
    }

    let old = read(&args.old)?;
    let new = read(&args.new)?;
    let rubric = rubric_for(catalog, args.rubric.as_deref(), &old, &new)?;
    let (old_profile, old_other) = old.to_profile(&rubric)?;
    let (new_profile, new_other) = new.to_profile(&rubric)?;
    let level = crate::assess::level_option(&rubric, args.level.as_deref())?;
    let comparison = progress::compare_files(
        &rubric,
        ProfileFile {
            file: &old.file,
            profile: old_profile,
            other: old_other,
        },
        ProfileFile {
            file: &new.file,
            profile: new_profile,
            other: new_other,
        },
        level,
    );
    if outputs.is_empty() {
        let color = crate::assess::use_color(args.color);
        let bytes = report::render_to_vec(
            &*report::renderer::<Comparison>(
                format.unwrap_or(Format::Table),
                color,
                report::terminal_width(),
            ),
            &comparison,
        )?;
        output::write_stdout(&bytes).context("cannot write the comparison to standard output")?;
    }
    for (path, f) in &outputs {
        let bytes = report::render_to_vec(
            &*report::renderer::<Comparison>(*f, false, None),
            &comparison,
        )?;
        output::write_atomic(path, &bytes)?;
        eprintln!("skillgap: wrote {}", safe(&path.display().to_string()));
    }
    Ok(())
}
