//! The settings of `skillgap team`: its arguments checked and turned into what the command
//! needs, the -o files sorted into the summary, the member CSV and the matrix.

use std::path::PathBuf;

use super::{ReviewSettings, as_of_date, color, sheet_options, window};
use crate::catalog::RubricChoice;
use crate::cli::TeamArgs;
use crate::credentials::Window;
use crate::exit::UsageError;
use crate::export::{Format, Output};
use crate::sheet::SheetOptions;

/// The most members a workbook's Matrix sheet lists, whatever `--matrix-limit` says: a
/// hundred thousand rows of 23 ratings is about 30 MiB of memory while the team is read.
pub const WORKBOOK_ROWS: u64 = 100_000;

/// Everything `skillgap team` needs.
#[derive(Debug, Clone)]
pub struct TeamSettings {
    /// JSON Lines file, directory of profiles, or `-` for stdin.
    pub input: PathBuf,
    /// The rubric given; `None` for the default one.
    pub rubric: Option<RubricChoice>,
    /// Where the summary goes.
    pub output: Output,
    /// The member CSV file, if asked for.
    pub csv: Option<PathBuf>,
    /// Stop at the first invalid record.
    pub strict: bool,
    /// Exit 2 when any record was rejected.
    pub fail_on_rejected: bool,
    /// Most certifications in the training plan.
    pub max_certs: usize,
    /// The heading (`--title`).
    pub title: Option<String>,
    /// The site (`--site`).
    pub site: Option<String>,
    /// Worker threads.
    pub threads: usize,
    /// Reviews to match to the members, and how ratings are scored.
    pub review: ReviewSettings,
    /// The day credentials are judged by, and the expiring window.
    pub window: Window,
    /// Coverage per group.
    pub by_group: bool,
    /// The most groups the input may name.
    pub max_groups: usize,
    /// `--min-independent`, overriding the rubric.
    pub min_independent: Option<u32>,
    /// `--min-trainers`, overriding the rubric.
    pub min_trainers: Option<u32>,
    /// Cross-training pairs, each trainer taking at most this many learners.
    pub pairs: Option<u32>,
    /// The matrix with the summary (`--matrix`).
    pub matrix: bool,
    /// The matrix alone, in each of these files.
    pub matrix_files: Vec<(PathBuf, Format)>,
    /// The matrix as CSV, streamed.
    pub matrix_csv: Option<PathBuf>,
    /// The most members the matrix document shows.
    pub matrix_limit: u64,
    /// How a spreadsheet given as the input is read.
    pub sheet: SheetOptions,
    /// Only say how the spreadsheet would be read (`--check`).
    pub check: bool,
}

impl TeamSettings {
    /// Whether a member row is needed for every member.
    pub fn wants_rows(&self) -> bool {
        self.csv.is_some() || self.wants_matrix() || self.matrix_csv.is_some()
    }

    /// Whether the matrix document is made: asked for, or for a workbook's Matrix sheet.
    pub fn wants_matrix(&self) -> bool {
        self.matrix || !self.matrix_files.is_empty() || self.workbook()
    }

    /// The most members whose matrix rows are kept: `--matrix-limit`, or for a workbook at
    /// least [`WORKBOOK_ROWS`] (a sheet holds a million rows, and is not read on a screen).
    pub fn rows_limit(&self) -> u64 {
        if self.workbook() {
            self.matrix_limit.max(WORKBOOK_ROWS)
        } else {
            self.matrix_limit
        }
    }

    /// Whether the summary goes to an Excel workbook, which has a Matrix sheet.
    pub fn workbook(&self) -> bool {
        self.output.formats().any(|f| f == Format::Xlsx)
    }
}

/// A file for the matrix: its name (without the extension) ends in "matrix".
fn is_matrix_file(path: &std::path::Path) -> bool {
    path.file_stem()
        .map(|s| s.to_string_lossy().to_ascii_lowercase())
        .is_some_and(|s| s.ends_with("matrix"))
}

impl TeamSettings {
    /// Checks and converts the arguments of `skillgap team`: a file named `...matrix.EXT`
    /// gets the matrix, another `.csv` file the member rows, every other file the summary.
    pub fn from_args(args: TeamArgs, lang: crate::i18n::LangChoice) -> anyhow::Result<Self> {
        let mut files = Vec::new();
        let mut csv = None;
        let mut matrix_files = Vec::new();
        let mut matrix_csv = None;
        for path in args.output {
            let is_csv = path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
            // A workbook holds the matrix beside the summary, whatever its name.
            let workbook =
                !is_csv && Format::from_extension(&path).or(args.format) == Some(Format::Xlsx);
            if is_matrix_file(&path) && !workbook {
                if !is_csv {
                    let f = Format::for_file(&path, args.format)?;
                    matrix_files.push((path, f));
                } else if matrix_csv.replace(path).is_some() {
                    return Err(UsageError(crate::tr!(
                        crate::i18n::process_lang(),
                        "error-team-two-matrix-csv"
                    ))
                    .into());
                }
            } else if !is_csv {
                let f = Format::for_file(&path, args.format)?;
                files.push((path, f));
            } else if csv.replace(path).is_some() {
                return Err(UsageError(crate::tr!(
                    crate::i18n::process_lang(),
                    "error-team-two-csv"
                ))
                .into());
            }
        }
        let threads = args.threads.map_or_else(
            || std::thread::available_parallelism().map_or(1, |n| n.get()),
            usize::from,
        );
        let stdout = args.format.unwrap_or(Format::Table);
        if files.is_empty() {
            stdout.check_stdout()?;
        }
        Ok(TeamSettings {
            input: args.input,
            rubric: args.rubric,
            output: Output {
                stdout,
                color: color(args.color),
                files,
                brief: false,
                paged: false,
                lang: lang.lang(),
            },
            csv,
            strict: args.strict,
            fail_on_rejected: args.fail_on_rejected,
            max_certs: args.max_certs,
            title: args.title.filter(|t| !t.trim().is_empty()),
            site: args.site.filter(|s| !s.trim().is_empty()),
            threads,
            window: window(
                as_of_date(args.review.as_of.as_deref())?,
                args.expiring_days,
            ),
            review: ReviewSettings::from_args(args.review)?,
            by_group: args.by_group,
            max_groups: args.max_groups,
            min_independent: args.min_independent,
            min_trainers: args.min_trainers,
            pairs: args.pairs.then_some(args.trainer_load),
            matrix: args.matrix,
            matrix_files,
            matrix_csv,
            matrix_limit: args.matrix_limit,
            sheet: sheet_options(args.sheet)?,
            check: args.check,
        })
    }
}
