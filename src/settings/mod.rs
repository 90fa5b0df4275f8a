//! Settings: each command's arguments turned into what the command needs, in one place and
//! before any work. Command modules take these and never see clap's types; `cli.rs` only
//! describes the flags.

use std::path::PathBuf;

use crate::catalog::RubricChoice;
use crate::cli::{
    AssessArgs, ColorArg, CompareArgs, RatingsArg, ReviewArgs, ReviewCmdArgs, SchemaKind,
    TemplateArgs,
};
use crate::credentials::{Date, Window};
use crate::exit::UsageError;
use crate::export::{self, Format, Output};
use crate::i18n::LangChoice;
use crate::profile::{Basis, Strictness};
use crate::rubric::Rubric;
use crate::sheet::SheetOptions;

mod serve;
mod sheet;
mod team;

pub use serve::ServeSettings;
pub use sheet::{ImportSettings, sheet_options};
pub use team::{TeamSettings, WORKBOOK_ROWS};

/// Today, by the system clock (UTC): the default `--as-of`. The one place skillgap reads the
/// clock; everything else takes the day as a value.
pub fn today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Date::from_days((secs / 86_400) as i32)
}

/// `--as-of` and `--expiring-days`.
fn window(as_of: Option<Date>, expiring_days: u32) -> Window {
    Window {
        as_of: as_of.unwrap_or_else(today),
        expiring_days,
    }
}

/// `--color`: `Some` when forced on or off, `None` for "auto".
fn color(choice: ColorArg) -> bool {
    export::use_color(match choice {
        ColorArg::Always => Some(true),
        ColorArg::Never => Some(false),
        ColorArg::Auto => None,
    })
}

/// The level named with `--level`, checked against the rubric.
pub fn level_option(rubric: &Rubric, level: Option<&str>) -> anyhow::Result<Option<usize>> {
    level
        .map(|l| {
            rubric
                .find_level(l)
                .map_err(|m| UsageError(format!("--level: {m}")).into())
        })
        .transpose()
}

/// `--input - --rubric -`: standard input holds one document.
pub fn stdin_twice() -> UsageError {
    UsageError(crate::tr!(crate::i18n::process_lang(), "error-stdin-twice"))
}

/// `--as-of`, the one day reviews and certificates are judged by: checked here, whatever it
/// is used for.
fn as_of_date(text: Option<&str>) -> anyhow::Result<Option<Date>> {
    text.map(|t| {
        Date::parse(t).ok_or_else(|| {
            UsageError(crate::tr!(
                crate::i18n::process_lang(),
                "error-as-of-invalid",
                text = crate::text::terminal_safe(t).into_owned()
            ))
            .into()
        })
    })
    .transpose()
}

/// How reviews are found and used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewSettings {
    /// Review files and folders given with `--review`.
    pub files: Vec<PathBuf>,
    /// Which rating each skill is scored on.
    pub basis: Basis,
    /// The day reviews are judged stale against.
    pub as_of: Date,
    /// Today, by the computer's clock: a review dated more than a year after it is a
    /// mistyped year.
    pub today: Date,
}

impl ReviewSettings {
    /// Checks and converts `--review`, `--ratings` and `--as-of`.
    pub fn from_args(args: ReviewArgs) -> anyhow::Result<Self> {
        let as_of = as_of_date(args.as_of.as_deref())?.unwrap_or_else(today);
        Ok(ReviewSettings {
            files: args.reviews,
            basis: match args.ratings {
                RatingsArg::Reviewed => Basis::Reviewed,
                RatingsArg::Own => Basis::Own,
                RatingsArg::Lower => Basis::Lower,
            },
            as_of,
            today: today(),
        })
    }
}

/// Everything `skillgap assess` needs.
#[derive(Debug, Clone)]
pub struct AssessSettings {
    /// Profile file, `-` for stdin; `None` to ask questions.
    pub input: Option<PathBuf>,
    /// The rubric given; `None` for the profile's rubric or the default one.
    pub rubric: Option<RubricChoice>,
    /// Target level id from the command line (checked once the rubric is known).
    pub level: Option<String>,
    /// Where the report goes.
    pub output: Output,
    /// How strictly to check the profile.
    pub strictness: Strictness,
    /// Most certifications to recommend.
    pub max_certs: usize,
    /// Continue an unfinished questionnaire.
    pub resume: bool,
    /// Ask only the skills the target requires.
    pub quick: bool,
    /// Where to save the questionnaire's answers as a profile (`~/` expanded).
    pub save_profile: Option<PathBuf>,
    /// Replace `save_profile` without asking.
    pub force: bool,
    /// A profile to re-assess: its answers are the questionnaire's defaults (`~/` expanded).
    pub update: Option<PathBuf>,
    /// Whether `--update` keeps the previous version of the file (not `--no-history`).
    pub keep_history: bool,
    /// The `--rubric-dir` folders given on the command line, to repeat in the resume hint.
    pub rubric_dirs: Vec<PathBuf>,
    /// Reviews to add, and how ratings are scored.
    pub review: ReviewSettings,
    /// The day credentials are judged by, and the expiring window.
    pub window: Window,
    /// How a spreadsheet given as the input is read.
    pub sheet: SheetOptions,
    /// With a spreadsheet of several people, the one to assess.
    pub person: Option<String>,
    /// The language asked for (`--lang`, the environment); a profile's own comes between.
    pub lang: LangChoice,
}

impl AssessSettings {
    /// Checks and converts the arguments of `skillgap assess`.
    pub fn from_args(
        args: AssessArgs,
        rubric_dirs: Vec<PathBuf>,
        lang: LangChoice,
    ) -> anyhow::Result<Self> {
        let output = Output::new(args.format, args.output, color(args.color))?
            .brief(args.brief)?
            .paged(!args.no_pager)
            .lang(lang.lang());
        Ok(AssessSettings {
            input: args.input,
            rubric: args.rubric,
            level: args.level,
            output,
            strictness: Strictness {
                require_all_rated: args.strict,
            },
            max_certs: args.max_certs,
            resume: args.resume,
            quick: args.quick,
            save_profile: args.save_profile.as_deref().map(expand_home),
            force: args.force,
            update: args.update.as_deref().map(expand_home),
            keep_history: !args.no_history,
            rubric_dirs,
            window: window(
                as_of_date(args.review.as_of.as_deref())?,
                args.expiring_days,
            ),
            review: ReviewSettings::from_args(args.review)?,
            sheet: sheet_options(args.sheet)?,
            person: args.person,
            lang,
        })
    }
}

/// Expands a leading `~/` to the home folder.
pub fn expand_home(path: &std::path::Path) -> PathBuf {
    let text = path.to_string_lossy();
    match (text.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) if !home.is_empty() => PathBuf::from(home).join(rest),
        _ => path.to_path_buf(),
    }
}

/// Everything `skillgap compare` needs.
#[derive(Debug, Clone)]
pub struct CompareSettings {
    /// The earlier profile or JSON report (alone: the later one, whose latest snapshot is the
    /// earlier).
    pub old: PathBuf,
    /// The later one, when two are given.
    pub new: Option<PathBuf>,
    /// The rubric given; `None` for the one the files name.
    pub rubric: Option<RubricChoice>,
    /// Target level id from the command line.
    pub level: Option<String>,
    /// Where the comparison goes.
    pub output: Output,
    /// Reviews to add to the later file, and how ratings are scored.
    pub review: ReviewSettings,
}

impl CompareSettings {
    /// Checks and converts the arguments of `skillgap compare`.
    pub fn from_args(args: CompareArgs, lang: LangChoice) -> anyhow::Result<Self> {
        Ok(CompareSettings {
            output: document_output(args.out)?.lang(lang.lang()),
            old: args.old,
            new: args.new,
            rubric: args.rubric,
            level: args.level,
            review: ReviewSettings::from_args(args.review)?,
        })
    }
}

/// Where a document goes, from `--format`, `-o` and `--color`.
fn document_output(out: crate::cli::DocumentOut) -> anyhow::Result<Output> {
    Output::new(out.format, out.output, color(out.color))
}

/// Everything `skillgap history` needs.
#[derive(Debug)]
pub struct HistorySettings {
    /// The files given.
    pub files: Vec<PathBuf>,
    /// The rubric given; `None` for the one the files name.
    pub rubric: Option<RubricChoice>,
    /// Target level id from the command line.
    pub level: Option<String>,
    /// Where the history goes.
    pub output: Output,
}

impl HistorySettings {
    /// Checks and converts the arguments of `skillgap history`.
    pub fn from_args(args: crate::cli::HistoryArgs, lang: LangChoice) -> anyhow::Result<Self> {
        Ok(HistorySettings {
            output: document_output(args.out)?.lang(lang.lang()),
            files: args.files,
            rubric: args.rubric,
            level: args.level,
        })
    }
}

/// Everything `skillgap template` needs.
#[derive(Debug, Clone)]
pub struct TemplateSettings {
    /// The rubric given; `None` for the default one.
    pub rubric: Option<RubricChoice>,
    /// Target level id to fill in.
    pub level: Option<String>,
    /// The file to write; `None` for standard output.
    pub output: Option<PathBuf>,
    /// Replace the file if it exists.
    pub force: bool,
    /// A profile as JSON, or a skills matrix as CSV or a workbook.
    pub format: TemplateFormat,
    /// Write a review to fill in, for this person (empty when not given), dated this day.
    pub review: Option<(String, Date)>,
}

/// What `skillgap template` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TemplateFormat {
    /// A profile (or a review) as JSON.
    Json,
    /// A skills matrix as CSV.
    Csv,
    /// A skills matrix as an Excel workbook.
    Xlsx,
}

impl TemplateFormat {
    /// The format a file name implies, from its extension.
    fn of_file(path: &std::path::Path) -> Option<TemplateFormat> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "json" => Some(TemplateFormat::Json),
            "csv" => Some(TemplateFormat::Csv),
            "xlsx" => Some(TemplateFormat::Xlsx),
            _ => None,
        }
    }

    /// Its name, as `--format` gives it.
    fn name(self) -> &'static str {
        match self {
            TemplateFormat::Json => "json",
            TemplateFormat::Csv => "csv",
            TemplateFormat::Xlsx => "xlsx",
        }
    }
}

impl TemplateSettings {
    /// Checks and converts the arguments of `skillgap template`: `--format`, else the
    /// extension of `-o`, else JSON.
    pub fn from_args(args: TemplateArgs) -> anyhow::Result<Self> {
        // clap allows only these three names.
        let given = args.format.as_deref().map(|f| match f {
            "csv" => TemplateFormat::Csv,
            "xlsx" => TemplateFormat::Xlsx,
            _ => TemplateFormat::Json,
        });
        let implied = args.output.as_deref().and_then(TemplateFormat::of_file);
        let format = match (given, implied) {
            (Some(g), Some(i)) if g != i => {
                return Err(UsageError(crate::tr!(
                    crate::i18n::process_lang(),
                    "error-template-format-mismatch",
                    format = g.name(),
                    ending = i.name()
                ))
                .into());
            }
            (Some(f), _) | (None, Some(f)) => f,
            (None, None) => TemplateFormat::Json,
        };
        if args.review && format != TemplateFormat::Json {
            return Err(UsageError(crate::tr!(
                crate::i18n::process_lang(),
                "error-template-review-json",
                format = format.name()
            ))
            .into());
        }
        if format == TemplateFormat::Xlsx && args.output.is_none() {
            Format::Xlsx.check_stdout()?;
        }
        Ok(TemplateSettings {
            rubric: args.rubric,
            level: args.level,
            output: args.output,
            force: args.force,
            format,
            review: args
                .review
                .then(|| (args.person.unwrap_or_default(), today())),
        })
    }
}

/// Everything `skillgap review` needs.
#[derive(Debug, Clone)]
pub struct ReviewCmdSettings {
    /// The profile of the person reviewed (`~/` expanded).
    pub profile: Option<PathBuf>,
    /// The name of the person reviewed.
    pub person: Option<String>,
    /// The rubric given.
    pub rubric: Option<RubricChoice>,
    /// Where to save the review (`~/` expanded).
    pub save_review: Option<PathBuf>,
    /// Replace `save_review` without asking.
    pub force: bool,
    /// Continue an unfinished review.
    pub resume: bool,
    /// A review file to check instead of asking.
    pub input: Option<PathBuf>,
    /// The day of the review.
    pub date: Date,
    /// The `--rubric-dir` folders given, to repeat in the resume hint.
    pub rubric_dirs: Vec<PathBuf>,
    /// The language asked for; the reviewed person's profile's own comes between.
    pub lang: LangChoice,
}

impl ReviewCmdSettings {
    /// Checks and converts the arguments of `skillgap review`.
    pub fn from_args(
        args: ReviewCmdArgs,
        rubric_dirs: Vec<PathBuf>,
        lang: LangChoice,
    ) -> anyhow::Result<Self> {
        let date = match &args.date {
            Some(text) => {
                Date::parse_explained(text).map_err(|m| UsageError(format!("--date: {m}")))?
            }
            None => today(),
        };
        if let Some(name) = &args.person
            && name.trim().is_empty()
        {
            return Err(UsageError(crate::tr!(
                crate::i18n::process_lang(),
                "error-review-person-empty"
            ))
            .into());
        }
        Ok(ReviewCmdSettings {
            profile: args.profile.as_deref().map(expand_home),
            person: args.person.map(|p| p.trim().to_string()),
            rubric: args.rubric,
            save_review: args.save_review.as_deref().map(expand_home),
            force: args.force,
            resume: args.resume,
            input: args.input,
            date,
            rubric_dirs,
            lang,
        })
    }
}

/// The documents with a schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Document {
    /// A profile, as `assess --input` reads it.
    Profile,
    /// A report, as `assess --format json` writes it.
    Report,
    /// A team summary, as `team --format json` writes it.
    Team,
    /// A comparison, as `compare --format json` writes it.
    Comparison,
    /// A history, as `history --format json` writes it.
    History,
    /// A rubric.
    Rubric,
    /// A review.
    Review,
}

impl From<SchemaKind> for Document {
    fn from(kind: SchemaKind) -> Document {
        match kind {
            SchemaKind::Profile => Document::Profile,
            SchemaKind::Report => Document::Report,
            SchemaKind::Team => Document::Team,
            SchemaKind::Comparison => Document::Comparison,
            SchemaKind::History => Document::History,
            SchemaKind::Rubric => Document::Rubric,
            SchemaKind::Review => Document::Review,
        }
    }
}
