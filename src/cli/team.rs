//! The options of `skillgap team`.

use std::path::PathBuf;

use clap::Args;

use super::{ColorArg, ReviewArgs, SheetArgs, format_parser};
use crate::catalog::RubricChoice;
use crate::export::Format;

/// Options of `skillgap team`.
#[derive(Debug, Args)]
pub struct TeamArgs {
    /// The profiles: a JSON Lines file, a directory of .json files, a skills matrix
    /// (.csv, .tsv, .xlsx, .xlsm, .xls, .ods), or "-" for standard input.
    #[arg(short, long, value_name = "FILE|DIR")]
    pub input: PathBuf,

    /// Say how a spreadsheet would be read (people, groups, columns, scale) and every
    /// problem, and write nothing.
    #[arg(long)]
    pub check: bool,

    /// Score against this rubric: an id (see `skillgap rubrics`) or the path of a rubric file.
    #[arg(long, value_name = "ID|FILE", value_parser = RubricChoice::parse)]
    pub rubric: Option<RubricChoice>,

    /// Summary format on the terminal, and for -o files whose extension does not tell.
    #[arg(short, long, value_parser = format_parser())]
    pub format: Option<Format>,

    /// Write to FILE: a .csv file gets one row per member; .json, .md, .html or .txt the
    /// summary.
    /// May be given more than once.
    #[arg(short, long, value_name = "FILE")]
    pub output: Vec<PathBuf>,

    /// Stop at the first invalid record (exit 2) instead of rejecting it and going on.
    #[arg(long)]
    pub strict: bool,

    /// Exit 2 after the summary when any record was rejected.
    #[arg(long)]
    pub fail_on_rejected: bool,

    /// The heading of the summary (HTML, Markdown, terminal, workbook), such as "Line 2 —
    /// shift meeting"; by default "Team summary: " and the rubric's title.
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,

    /// The site the team works at, shown under the heading with the day the figures stand
    /// on, such as "Plant 3, Dayton".
    #[arg(long, value_name = "TEXT")]
    pub site: Option<String>,

    /// Put at most N certifications in the training plan.
    #[arg(long, value_name = "N", default_value_t = 5)]
    pub max_certs: usize,

    /// Report coverage per group too (the profiles' "group": a line, shift, cell or site).
    #[arg(long)]
    pub by_group: bool,

    /// Stop with an error when the input names more than N groups.
    #[arg(long, value_name = "N", default_value_t = 10_000)]
    pub max_groups: usize,

    /// People working on their own a skill needs to be covered (default: the rubric's,
    /// usually 2).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub min_independent: Option<u32>,

    /// Trainers a skill needs to be covered (default: the rubric's, usually 1).
    #[arg(long, value_name = "N")]
    pub min_trainers: Option<u32>,

    /// Pair each member short of their target with a trainer of the skill ("Who trains
    /// whom"). Memory grows with the members who are short or can train.
    #[arg(long)]
    pub pairs: bool,

    /// With --pairs, the most learners one trainer takes in all.
    #[arg(long, value_name = "N", default_value_t = 2, value_parser = clap::value_parser!(u32).range(1..))]
    pub trainer_load: u32,

    /// Show the skills matrix (one row per member, one column per skill) with the summary.
    /// Files whose name ends in "matrix" (-o matrix.csv, -o line2-matrix.md) get the matrix
    /// alone.
    #[arg(long)]
    pub matrix: bool,

    /// The most members the matrix shows on the terminal, in Markdown, HTML or JSON (the
    /// CSV has no limit).
    #[arg(long, value_name = "N", default_value_t = 200)]
    pub matrix_limit: u64,

    /// A certificate that expires within N days of --as-of is "expiring".
    #[arg(long, value_name = "N", default_value_t = 90)]
    pub expiring_days: u32,

    /// Score on N threads, 1 to 256 (default: one per processor).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=256))]
    pub threads: Option<u16>,

    /// When to colour the terminal summary (NO_COLOR is honoured with "auto").
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,

    /// Reviews, and which ratings are scored.
    #[command(flatten)]
    pub review: ReviewArgs,

    /// How a spreadsheet given with --input is read.
    #[command(flatten)]
    pub sheet: SheetArgs,
}
