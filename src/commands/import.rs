//! `skillgap import`, and reading a spreadsheet for every command that takes one: the
//! people of a skills matrix as profiles, with a note of how the sheet was read, or with
//! `--check` the full account and nothing written.

use std::path::Path;

use crate::catalog::Catalog;
use crate::exit::UsageError;
use crate::output::{check_destinations, write_atomic, write_stdout};
use crate::rubric::Rubric;
use crate::settings::ImportSettings;
use crate::sheet::{self, Import, InputFormat, SheetOptions};

/// Runs `skillgap import`.
pub fn run(catalog: &Catalog, opts: ImportSettings) -> anyhow::Result<()> {
    let rubric = match &opts.rubric {
        Some(choice) => catalog.load(choice)?,
        None => catalog.default_rubric(),
    };
    let format = opts
        .sheet
        .format_of(&opts.input)
        .ok_or_else(|| not_a_sheet(&opts.input))?;
    if opts.check {
        return check(&opts.input, format, &opts.sheet, &rubric);
    }
    if let Some(out) = &opts.output {
        check_destinations(std::slice::from_ref(out), &[opts.input.as_path()])?;
        if out.exists() && !opts.force {
            return Err(UsageError(format!(
                "{} exists already; choose another name, or add --force to replace it",
                super::shown(out)
            ))
            .into());
        }
    }
    let import = read(&opts.input, format, &opts.sheet, &rubric)?;
    let lines = import.json_lines();
    match &opts.output {
        Some(path) => {
            write_atomic(path, &lines)?;
            eprintln!(
                "skillgap: wrote {} ({} profile{})",
                super::shown(path),
                import.people.len(),
                if import.people.len() == 1 { "" } else { "s" }
            );
        }
        None => write_stdout(&lines)?,
    }
    Ok(())
}

/// The error for an input `import` cannot read as a spreadsheet.
fn not_a_sheet(path: &Path) -> UsageError {
    UsageError(format!(
        "{} is not a spreadsheet skillgap reads by its name; give a .csv, .tsv, .xlsx, .xlsm, .xls, .xlsb or .ods file, or say what it holds with --input-format",
        super::shown(path)
    ))
}

/// Reads the people of a spreadsheet, printing how it was read (and any warning) on
/// standard error; every cell that cannot be read is in the error, and nothing is read.
pub fn read(
    path: &Path,
    format: InputFormat,
    options: &SheetOptions,
    rubric: &Rubric,
) -> anyhow::Result<Import> {
    let import = sheet::read(path, format, options, rubric)?.checked()?;
    eprintln!("skillgap: {}", import.facts.note());
    for w in import.facts.warnings(rubric) {
        eprintln!("skillgap: warning: {w}");
    }
    Ok(import)
}

/// `--check`: prints how the spreadsheet would be read, and every problem; exit 2 when there
/// is any.
pub fn check(
    path: &Path,
    format: InputFormat,
    options: &SheetOptions,
    rubric: &Rubric,
) -> anyhow::Result<()> {
    let import = sheet::read(path, format, options, rubric)?;
    write_stdout(import.facts.check_text(rubric).as_bytes())?;
    let n = import.facts.problems.len();
    if n > 0 {
        return Err(UsageError(format!(
            "{} cannot be read as it is: {} problem{} (listed above); nothing was written",
            import.facts.file,
            n,
            if n == 1 { "" } else { "s" }
        ))
        .into());
    }
    Ok(())
}
