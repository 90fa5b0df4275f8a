//! `skillgap team`: score every member of a team from one stream, in flat memory, and write
//! the summary and, when asked, one CSV row per member. The work is in [`crate::team`].

use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::Arc;

use crate::catalog::Catalog;
use crate::exit::UsageError;
use crate::export::csv::MemberCsv;
use crate::export::{Format, Output};
use crate::i18n::Lang;
use crate::input::Origin;
use crate::output;
use crate::profile::review::ReviewBook;
use crate::rubric::Rubric;
use crate::settings::{TeamSettings, stdin_twice};
use crate::team::matrix::TeamMatrix;
use crate::team::member::MemberRow;
use crate::team::pairs::PairInput;
use crate::team::pipeline::Reviews;
use crate::team::pipeline::{Wants, pipeline};
use crate::team::source::{Source, open_source};
use crate::team::{TallyOptions, TeamSummary, TeamTally};

/// Inputs at least this large get a progress bar on a terminal.
const PROGRESS_MIN_BYTES: u64 = 16 * 1024 * 1024;

/// Runs `skillgap team`.
pub fn run(catalog: &Catalog, opts: TeamSettings) -> anyhow::Result<()> {
    output::remove_temporaries_on_signals();
    if opts.input.as_os_str() == "-" && opts.rubric.as_ref().is_some_and(|r| r.is_stdin()) {
        return Err(stdin_twice().into());
    }
    let rubric = Arc::new(match &opts.rubric {
        Some(choice) => catalog.load(choice)?,
        None => catalog.default_rubric(),
    });
    let mut destinations = opts.output.paths();
    destinations.extend(opts.csv.clone());
    destinations.extend(opts.matrix_csv.clone());
    destinations.extend(opts.matrix_files.iter().map(|(p, _)| p.clone()));
    let mut inputs = vec![opts.input.as_path()];
    inputs.extend(opts.rubric.as_ref().map(|r| r.as_path()));
    inputs.extend(super::reviews::input_paths(&opts.review.files));
    output::check_destinations(&destinations, &inputs)?;
    let reviews = Arc::new(Reviews {
        basis: opts.review.basis,
        book: ReviewBook::new(
            super::reviews::read_all(&opts.review, &rubric)?
                .into_iter()
                .map(|(r, _)| r),
        ),
    });
    let Some(source) = source(&opts, &rubric)? else {
        return Ok(());
    };
    let mut csvs = Vec::new();
    if let Some(path) = &opts.csv {
        csvs.push(MemberCsv::create(path)?);
    }
    if let Some(path) = &opts.matrix_csv {
        csvs.push(MemberCsv::create_matrix(path, &rubric)?);
    }
    let (label, size) = match &source {
        Source::Lines { origin, size, .. } => (origin.clone(), *size),
        Source::Files(files) => (Origin::Path(opts.input.clone()), Some(files.len() as u64)),
    };

    let scored = score(&rubric, &reviews, source, &label, size, &opts, &mut csvs)?;
    let unmatched = reviews.book.unmatched();
    if !unmatched.is_empty() {
        eprintln!(
            "skillgap: warning: the reviews of {} {} matched no member by name and were not used: {}",
            unmatched.len(),
            if unmatched.len() == 1 {
                "person"
            } else {
                "people"
            },
            crate::text::terminal_safe(&unmatched.join(", "))
        );
    }
    if scored.tally.scored == 0 {
        return Err(nobody_error(&label, scored.tally.rejected).into());
    }
    warn_unrated(&rubric, &scored.tally);
    let pairs = opts.pairs.map(|load| scored.pairs.pair(&rubric, load));
    let (full, matrix) = matrices(&rubric, &opts, scored.matrix_rows, scored.tally.scored);
    // The summary in a language: the rubric's words from its translation.
    let summary_in = |lang: Lang| {
        let words = rubric.in_lang(lang);
        let mut summary = scored.tally.summary(&words, opts.max_certs);
        summary.lang = lang;
        summary.title.clone_from(&opts.title);
        summary.site.clone_from(&opts.site);
        summary.full_lists = full_lists(&opts.output);
        summary.pairs.clone_from(&pairs);
        if opts.matrix {
            summary.matrix = matrix.as_ref().map(|m| m.in_lang(&words, lang));
        }
        summary
    };
    if opts.max_certs == 0 {
        eprintln!(
            "skillgap: note: certifications were not asked for (--max-certs 0), so the training plan is empty"
        );
    }
    write_summary(&opts.output, summary_in, full.as_ref())?;
    if let Some(matrix) = &matrix
        && !opts.matrix_files.is_empty()
    {
        let files = Output {
            files: opts.matrix_files.clone(),
            ..opts.output.clone()
        };
        files.write_in(|lang| matrix.in_lang(&rubric.in_lang(lang), lang), "matrix")?;
    }
    for csv in csvs {
        csv.finish()?;
    }
    if opts.fail_on_rejected && scored.tally.rejected > 0 {
        return Err(rejected_error(scored.tally.rejected).into());
    }
    Ok(())
}

/// The files of this run that hold every pair and learner without a trainer, by name (as
/// given), for the page to point at: the JSON summaries and workbooks.
fn full_lists(output: &Output) -> Vec<String> {
    output
        .files
        .iter()
        .filter(|(_, f)| matches!(f, Format::Json | Format::Xlsx))
        .map(|(p, _)| p.display().to_string())
        .collect()
}

/// Where the members come from: a spreadsheet read into profiles, else JSON Lines or a
/// folder. `None` when `--check` has said how a spreadsheet would be read, and that is all.
fn source(opts: &TeamSettings, rubric: &Rubric) -> anyhow::Result<Option<Source>> {
    Ok(Some(match opts.sheet.format_of(&opts.input) {
        Some(format) if opts.check => {
            super::import::check(&opts.input, format, &opts.sheet, rubric)?;
            return Ok(None);
        }
        Some(format) => {
            let import = super::import::read(&opts.input, format, &opts.sheet, rubric)?;
            let lines = import.json_lines();
            Source::Lines {
                size: Some(lines.len() as u64),
                reader: Box::new(std::io::Cursor::new(lines)),
                origin: Origin::Path(opts.input.clone()),
            }
        }
        None if opts.check => {
            return Err(UsageError(format!(
                "--check reads spreadsheets (.csv, .tsv, .xlsx, .ods); {} is read as JSON Lines or a folder of profiles",
                super::shown(&opts.input)
            ))
            .into());
        }
        None => {
            opts.sheet.check_json(&opts.input)?;
            open_source(&opts.input, opts.window.as_of)?
        }
    }))
}

/// The matrix as long as rows were kept (a workbook's Matrix sheet), and as the other
/// formats show it (no rows past `--matrix-limit`), each when wanted; warns when a matrix
/// asked for cannot be shown.
fn matrices(
    rubric: &Rubric,
    opts: &TeamSettings,
    rows: Vec<(String, MemberRow)>,
    members: u64,
) -> (Option<TeamMatrix>, Option<TeamMatrix>) {
    let full = opts
        .wants_matrix()
        .then(|| TeamMatrix::build(rubric, rows, members, opts.rows_limit()));
    let matrix = full.as_ref().map(|m| m.limited(opts.matrix_limit));
    if let Some(m) = full.as_ref().filter(|m| m.too_large()) {
        eprintln!("skillgap: warning: {}", m.too_large_line());
    } else if let Some(m) = matrix
        .as_ref()
        .filter(|m| m.too_large() && (opts.matrix || !opts.matrix_files.is_empty()))
    {
        eprintln!("skillgap: warning: {}", m.too_large_line());
    }
    (full, matrix)
}

/// Writes the summary, built in each destination's language by `summary_in`. A workbook
/// (always English) gets the matrix too, for its Matrix sheet, even when the other files do
/// not (without `--matrix`).
fn write_summary(
    output: &Output,
    summary_in: impl Fn(Lang) -> TeamSummary,
    book_matrix: Option<&TeamMatrix>,
) -> anyhow::Result<()> {
    let (books, others): (Vec<_>, Vec<_>) = output
        .files
        .iter()
        .cloned()
        .partition(|(_, f)| *f == Format::Xlsx);
    let Some(book_matrix) = book_matrix else {
        return output.write_in(&summary_in, "summary");
    };
    let book = || {
        let mut book = summary_in(Lang::En);
        book.matrix = Some(book_matrix.clone());
        book
    };
    if output.files.is_empty() {
        // Standard output is the workbook, or has no matrix unless --matrix put one there.
        return match output.stdout {
            Format::Xlsx => output.write(&book(), "summary"),
            _ => output.write_in(&summary_in, "summary"),
        };
    }
    if !others.is_empty() {
        let others = Output {
            files: others,
            ..output.clone()
        };
        others.write_in(&summary_in, "summary")?;
    }
    if books.is_empty() {
        return Ok(());
    }
    let books = Output {
        files: books,
        ..output.clone()
    };
    books.write(&book(), "summary")
}

/// What scoring the input gave: the tally, and what the pairs and the matrix need.
struct Scored {
    tally: TeamTally,
    pairs: PairInput,
    /// The matrix's rows, labelled, as long as there are no more than `--matrix-limit`.
    matrix_rows: Vec<(String, MemberRow)>,
}

/// The coverage rules: the rubric's, with `--min-independent` and `--min-trainers`.
fn tally_options(rubric: &Rubric, opts: &TeamSettings) -> TallyOptions {
    let mut rules = rubric.coverage;
    if let Some(n) = opts.min_independent {
        rules.min_independent = n;
    }
    if let Some(n) = opts.min_trainers {
        rules.min_trainers = n;
    }
    TallyOptions {
        window: opts.window,
        rules,
        by_group: opts.by_group,
        today: opts.review.today,
    }
}

/// Scores every record, reporting rejected ones (above the progress bar) and writing the
/// member rows as they come; with `--strict`, stops at the first rejected record.
fn score(
    rubric: &Arc<Rubric>,
    reviews: &Arc<Reviews>,
    source: Source,
    label: &Origin,
    size: Option<u64>,
    opts: &TeamSettings,
    csvs: &mut [MemberCsv],
) -> anyhow::Result<Scored> {
    let files: Vec<PathBuf> = match &source {
        Source::Files(f) => f.clone(),
        Source::Lines { .. } => Vec::new(),
    };
    let progress = progress_bar(size, matches!(source, Source::Files(_)));
    let options = tally_options(rubric, opts);
    let mut tally = TeamTally::with(rubric, options);
    let mut pairs = PairInput::default();
    let mut matrix_rows = Vec::new();
    let keep_rows = opts.wants_matrix();
    let mut stopped: Option<String> = None;
    let wants = Wants {
        options,
        rows: opts.wants_rows(),
        pairs: opts.pairs.is_some(),
    };
    pipeline(
        rubric,
        reviews,
        source,
        label,
        opts.threads,
        wants,
        |scored| {
            for message in &scored.rejects {
                if opts.strict {
                    stopped = Some(message.clone());
                    return Ok(false);
                }
                let line = format!(
                    "skillgap: rejected: {}",
                    crate::text::terminal_safe_lines(message)
                );
                // Printed above the progress bar, not through it.
                match &progress {
                    Some(p) => p.suspend(|| eprintln!("{line}")),
                    None => eprintln!("{line}"),
                }
            }
            tally.merge(&scored.tally);
            if tally.group_count() > opts.max_groups {
                return Err(UsageError(format!(
                "the input names more than {} groups (--max-groups); a group is a line, shift, cell or site, so check the \"group\" of the profiles, or raise --max-groups",
                opts.max_groups
            ))
            .into());
            }
            for csv in csvs.iter_mut() {
                for row in &scored.rows {
                    csv.write(rubric, row, &files, label)?;
                }
            }
            pairs.append(scored.pairs);
            if keep_rows && tally.scored <= opts.rows_limit() {
                matrix_rows.extend(
                    scored
                        .rows
                        .into_iter()
                        .map(|row| (row.label(&files, label), row)),
                );
            } else {
                // Too many to show: the rows kept so far are let go, so memory stays flat.
                matrix_rows = Vec::new();
            }
            if let Some(p) = &progress {
                p.inc(scored.bytes);
            }
            Ok(true)
        },
    )?;
    if let Some(p) = &progress {
        p.finish_and_clear();
    }
    if let Some(message) = stopped {
        return Err(UsageError(format!(
            "stopped at the first invalid record (--strict); nothing was written:\n{message}"
        ))
        .into());
    }
    Ok(Scored {
        tally,
        pairs,
        matrix_rows,
    })
}

/// Names the skills no member was rated on: a column missing from a spreadsheet, most
/// likely, rather than a team of zeros.
fn warn_unrated(rubric: &Rubric, tally: &TeamTally) {
    let unrated: Vec<&str> = (rubric.skills.iter().zip(&tally.rated))
        .filter(|(_, n)| **n == 0)
        .map(|(s, _)| s.name.as_str())
        .collect();
    if !unrated.is_empty() {
        eprintln!(
            "skillgap: warning: no one in this team was rated on {}: is {} missing from the input?",
            unrated.join(", "),
            if unrated.len() == 1 {
                "the column"
            } else {
                "a column"
            }
        );
    }
}

/// The error when no member could be scored: nothing is written, since a summary of nobody
/// would only mislead.
fn nobody_error(label: &Origin, rejected: u64) -> UsageError {
    UsageError(if rejected == 0 {
        format!("{label} holds no profiles (it is empty or only blank lines); nothing was written")
    } else {
        format!(
            "none of the {rejected} record{} of {label} could be read (see the messages above), so there is no team to summarise; nothing was written",
            if rejected == 1 { "" } else { "s" }
        )
    })
}

fn rejected_error(rejected: u64) -> UsageError {
    UsageError(format!(
        "{} record{} rejected (--fail-on-rejected)",
        rejected,
        if rejected == 1 { " was" } else { "s were" }
    ))
}

fn progress_bar(size: Option<u64>, files: bool) -> Option<indicatif::ProgressBar> {
    let size = size?;
    let big = if files {
        size >= 5_000
    } else {
        size >= PROGRESS_MIN_BYTES
    };
    if !big || !std::io::stderr().is_terminal() || std::env::var_os("CI").is_some() {
        return None;
    }
    let bar = indicatif::ProgressBar::new(size);
    let template = if files {
        "{bar:40} {pos}/{len} files, {eta} left"
    } else {
        "{bar:40} {bytes}/{total_bytes}, {eta} left"
    };
    if let Ok(style) = indicatif::ProgressStyle::with_template(template) {
        bar.set_style(style);
    }
    Some(bar)
}
