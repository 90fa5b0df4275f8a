//! The options that read a skills matrix kept in a spreadsheet, shared by `assess`, `team`
//! and `import`, and the options of `import`.

use std::path::PathBuf;

use clap::builder::PossibleValuesParser;
use clap::{Args, ValueEnum};

use crate::catalog::RubricChoice;

/// How a spreadsheet given with `--input` is read.
#[derive(Debug, Clone, Default, Args)]
#[command(next_help_heading = "Spreadsheets (.csv, .tsv, .xlsx, .xlsm, .xls, .ods)")]
pub struct SheetArgs {
    /// What the input holds when its name does not say (standard input, or another
    /// extension): json (a profile, or JSON Lines), csv, tsv, xlsx, ods.
    #[arg(long, value_name = "FORMAT", value_parser = PossibleValuesParser::new(crate::sheet::InputFormat::NAMES))]
    pub input_format: Option<String>,

    /// Which way the table runs: rows (one row per person, the usual skills matrix),
    /// columns (one column per person) or long (one row per person and skill). Default:
    /// guessed from the headings, and said.
    #[arg(long, value_enum, value_name = "LAYOUT")]
    pub layout: Option<LayoutArg>,

    /// Read the column headed HEADING as WHAT: a skill id, a certification id, or name,
    /// group, target, years, education, assessed_on or ignore. May be given more than once.
    #[arg(long, value_name = "HEADING=WHAT")]
    pub map: Vec<String>,

    /// A file of --map pairs, one HEADING=WHAT per line (lines starting with # are notes).
    #[arg(long, value_name = "FILE")]
    pub map_file: Option<PathBuf>,

    /// The scale of the ratings: 0-4 (the default), 1-5 (or any range of five points),
    /// iluo (I=1, L=2, U=3, O=4, and ◔ ◑ ◕ ● ○), or a mapping such as
    /// "none=0,basic=1,good=3,expert=4". Blank, "-" and "n/a" are not rated.
    #[arg(long, value_name = "SCALE")]
    pub scale: Option<String>,

    /// The sheet of a workbook to read (default: the first sheet with skill headings).
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
}

/// `--layout` choices.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LayoutArg {
    /// One row per person, one column per skill.
    Rows,
    /// One column per person, one row per skill.
    Columns,
    /// One row per person and skill.
    Long,
}

/// Options of `skillgap import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The spreadsheet: .csv, .tsv, .xlsx, .xlsm, .xls, .xlsb or .ods ("-" reads standard
    /// input; say what it holds with --input-format).
    #[arg(value_name = "FILE")]
    pub input: PathBuf,

    /// Write the profiles to FILE as JSON Lines (one profile per line) instead of standard
    /// output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Replace the -o file if it exists.
    #[arg(long, requires = "output")]
    pub force: bool,

    /// Read the people as profiles of this rubric: an id or the path of a rubric file.
    #[arg(long, value_name = "ID|FILE", value_parser = RubricChoice::parse)]
    pub rubric: Option<RubricChoice>,

    /// Say what would be read (people, groups, columns, scale) and every problem, and write
    /// nothing.
    #[arg(long, conflicts_with_all = ["output", "force"])]
    pub check: bool,

    /// How the spreadsheet is read.
    #[command(flatten)]
    pub sheet: SheetArgs,
}
