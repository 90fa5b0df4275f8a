//! Command-line definitions, and only that: clap structures whose doc comments are the help
//! text. [`crate::settings`] turns them into each command's settings before any work starts,
//! so nothing else in skillgap depends on clap.

use std::path::PathBuf;

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::catalog::RubricChoice;
use crate::export::Format;

pub mod help;

pub use help::lang_in_args;
mod serve;
mod sheet;
mod team;

pub use serve::ServeArgs;
pub use sheet::{ImportArgs, LayoutArg, SheetArgs};
pub use team::TeamArgs;

/// Measure how far you are from each level of the Production Specialist career ladder, and
/// what to do next.
///
/// skillgap asks you to rate each technical and soft skill on a scale where every point
/// describes what a person at that point actually does, scores your ratings against the
/// rubric, and prints a gap report: where each skill stands against your target level, how
/// ready you are for every level, which certifications close the most important gaps, and
/// the next steps in order.
#[derive(Debug, Parser)]
#[command(name = "skillgap", version, max_term_width = 100)]
pub struct Cli {
    /// Also look for rubrics (by id) in DIR; may be repeated. SKILLGAP_RUBRIC_PATH adds more
    /// directories, separated by ":".
    #[arg(long, value_name = "DIR", global = true)]
    pub rubric_dir: Vec<PathBuf>,

    /// The language of questions and reports: en (English) or es (español). Default: a
    /// profile's own language, else LC_ALL, LC_MESSAGES or LANG, else English.
    #[arg(long, value_name = "LANG", global = true, value_parser = lang_parser)]
    pub lang: Option<crate::i18n::Lang>,

    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Rate your skills (or read the ratings from a file) and print a gap report.
    ///
    /// Without --input, asks the questions in the terminal. With --input, reads a profile
    /// (JSON) from a file, or from standard input when the file is "-".
    #[command(after_help = "Examples:
  skillgap assess                                   answer the questions in the terminal
  skillgap assess --resume                          continue an interrupted questionnaire
  skillgap assess --update me.json                  re-assess, starting from your last answers
  skillgap assess --input me.json                   score a profile file
  skillgap assess --input me.json --level lead      measure against another level
  skillgap assess --input me.json -o report.md -o report.json")]
    Assess(AssessArgs),

    /// Assess a whole team from one stream of profiles, and plan its training.
    ///
    /// Reads a JSON Lines file (one profile per line), a directory of profile files, or
    /// standard input ("-"). Each member is scored against their own target level.
    #[command(after_help = "Examples:
  skillgap team --input team.jsonl
  skillgap team --input profiles/ -o members.csv
  skillgap team --input team.jsonl --format json > summary.json
  skillgap team --input team.jsonl --by-group --pairs
  skillgap team --input team.jsonl -o matrix.csv -o matrix.md
  skillgap team --input skills-matrix.xlsx --check
  skillgap team --input skills-matrix.xlsx --by-group")]
    Team(TeamArgs),

    /// Read a skills matrix kept in a spreadsheet (CSV, TSV, xlsx, ods) and write its people
    /// as profiles, one JSON line each.
    ///
    /// People in rows with a column per skill (the usual matrix), people in columns, or one
    /// row per person and skill; skills matched to the rubric by name or id. `team` and
    /// `assess` read spreadsheets directly; this keeps the profiles as a file.
    #[command(after_help = "Examples:
  skillgap import skills-matrix.xlsx --check         what would be read, and every problem
  skillgap import skills-matrix.xlsx -o team.jsonl
  skillgap import matrix.csv --scale 1-5 --map \"QC=quality-control\" -o team.jsonl
  skillgap import iluo-chart.ods --scale iluo --sheet \"Line 2\" -o line2.jsonl")]
    Import(ImportArgs),

    /// Review someone: rate a person's skills as their supervisor, trainer, assessor or peer,
    /// on the same scale as their own ratings, and save the review.
    ///
    /// Asks the questions in the terminal. The person's own ratings are shown only after
    /// your last answer. With --input, checks a review file filled in by hand instead.
    #[command(after_help = "Examples:
  skillgap review --profile sam.json --save-review sam-review.json
  skillgap review --person \"Sam Rivera\"            rate without the person's profile
  skillgap review --resume                          continue an interrupted review
  skillgap review --input sam-review.json           check a review filled in by hand
Then: skillgap assess --input sam.json --review sam-review.json")]
    Review(ReviewCmdArgs),

    /// Write a profile to fill in: every skill listed, every rating empty (null).
    #[command(after_help = "Examples:
  skillgap template -o me.json                      a profile for the default rubric
  skillgap template --level senior -o me.json       aiming at Senior Production Specialist
  skillgap template --rubric media-production-specialist > me.json
  skillgap template --review --person \"Sam Rivera\" -o sam-review.json
  skillgap template -o team.xlsx                    a team's skills matrix to fill in
Then fill in the ratings (0 to 4) and run: skillgap assess --input me.json")]
    Template(TemplateArgs),

    /// Run the questionnaire as a web page, for people who answer on a phone, a tablet at the
    /// line or this computer.
    ///
    /// Serves plain HTTP on 127.0.0.1:7878 by default (a free port if that one is taken).
    /// Finished profiles are written to --dir as NAME-DATE.json; the team report and blind
    /// reviews are at /team, behind the supervisor's code. Any address other than loopback
    /// needs an access code, typed once per device. Meant for a trusted local network: put it
    /// behind a TLS reverse proxy to reach it from anywhere else (see the README).
    #[command(after_help = "Examples:
  skillgap serve --open                             answer on this computer
  skillgap serve --dir answers/ --bind 0.0.0.0:7878 phones on the shop-floor network
  skillgap serve --rubric media-production-specialist --quick
Then: skillgap team --input answers/")]
    Serve(ServeArgs),

    /// Compare two profiles or JSON reports of the same person, such as last quarter's and
    /// today's: ratings, readiness, gaps closed and opened.
    #[command(after_help = "Examples:
  skillgap compare spring.json autumn.json
  skillgap compare old-report.json new-profile.json --format markdown -o progress.md")]
    Compare(CompareArgs),

    /// Show a person's assessments over time: each one's day, best level, readiness and the
    /// ratings that changed.
    ///
    /// With one profile, it and the earlier versions `assess --update` kept beside it
    /// (FILE.history/); with several files (profiles or JSON reports), those, oldest first.
    #[command(after_help = "Examples:
  skillgap history sam.json
  skillgap history sam.json -o sam-history.html
  skillgap history spring.json summer.json autumn.json --format markdown")]
    History(HistoryArgs),

    /// Print the JSON Schema of a profile, report, team summary or rubric, for editors and
    /// validators.
    #[command(after_help = "Examples:
  skillgap schema profile > profile.schema.json
  skillgap schema report")]
    Schema {
        /// Which document.
        #[arg(value_enum)]
        kind: SchemaKind,
    },

    /// List the rubrics skillgap knows: built in, and in --rubric-dir or SKILLGAP_RUBRIC_PATH.
    #[command(after_help = "Examples:
  skillgap rubrics
  skillgap rubrics --rubric-dir ~/coaching/rubrics")]
    Rubrics,

    /// Work with rubrics (the skills, levels and requirements skillgap scores against).
    #[command(subcommand)]
    Rubric(RubricCommand),

    /// Print a shell completion script.
    #[command(after_help = "Examples:
  skillgap completions bash > ~/.local/share/bash-completion/completions/skillgap
  skillgap completions zsh > ~/.zfunc/_skillgap
  skillgap completions fish > ~/.config/fish/completions/skillgap.fish")]
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },

    /// Print the manual page (roff), for `man`.
    #[command(after_help = "Example:
  skillgap man > ~/.local/share/man/man1/skillgap.1 && man skillgap")]
    Man,
}

/// Options of `skillgap template`.
#[derive(Debug, Args)]
pub struct TemplateArgs {
    /// The rubric whose skills to list: an id or the path of a rubric file.
    #[arg(long, value_name = "ID|FILE", value_parser = RubricChoice::parse)]
    pub rubric: Option<RubricChoice>,

    /// Fill in the target level (such as "senior").
    #[arg(short, long, value_name = "LEVEL")]
    pub level: Option<String>,

    /// Write the template to FILE instead of standard output; .csv or .xlsx picks that format.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// A profile as JSON (the default), or a team's skills matrix, one row a person, as CSV
    /// or as an Excel workbook with what each rating means on a second sheet.
    #[arg(long, value_parser = ["json", "csv", "xlsx"])]
    pub format: Option<String>,

    /// Replace FILE if it exists (normally refused, so a filled-in profile is not lost).
    #[arg(long)]
    pub force: bool,

    /// Write a review to fill in instead (see `skillgap review`): every skill listed, every
    /// rating null ("had no chance to observe").
    #[arg(long, conflicts_with = "level")]
    pub review: bool,

    /// With --review: the person reviewed, as their profile names them.
    #[arg(long, value_name = "NAME", requires = "review")]
    pub person: Option<String>,
}

/// Options of `skillgap review`.
#[derive(Debug, Args)]
pub struct ReviewCmdArgs {
    /// The profile of the person you review: their name and rubric come from it, and their
    /// own ratings are shown beside yours after your last answer.
    #[arg(long, value_name = "FILE", conflicts_with = "person")]
    pub profile: Option<PathBuf>,

    /// The name of the person you review, when you do not have their profile.
    #[arg(long, value_name = "NAME")]
    pub person: Option<String>,

    /// The rubric: an id or the path of a rubric file. Default: the profile's, else the
    /// Production Specialist rubric.
    #[arg(long, value_name = "ID|FILE", value_parser = RubricChoice::parse)]
    pub rubric: Option<RubricChoice>,

    /// Save the review to FILE (asked after the last question otherwise).
    #[arg(long, value_name = "FILE", conflicts_with = "input")]
    pub save_review: Option<PathBuf>,

    /// Replace the --save-review file if it exists, without asking.
    #[arg(long, requires = "save_review")]
    pub force: bool,

    /// Continue the review you left unfinished.
    #[arg(long, conflicts_with = "input")]
    pub resume: bool,

    /// Check a review file filled in by hand ("-" reads standard input), instead of asking.
    #[arg(short, long, value_name = "FILE")]
    pub input: Option<PathBuf>,

    /// The day of the review (YYYY-MM-DD). Default: today.
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
}

/// Where a document goes and in what format: `--format`, `-o` and `--color`, as `compare`
/// and `history` take them.
#[derive(Debug, Args)]
pub struct DocumentOut {
    /// Format on the terminal, and for -o files whose extension does not tell.
    #[arg(short, long, value_parser = format_parser())]
    pub format: Option<Format>,

    /// Write it to FILE (.json, .md, .html, .txt) instead of the terminal; may be given more
    /// than once.
    #[arg(short, long, value_name = "FILE")]
    pub output: Vec<PathBuf>,

    /// When to colour the terminal output (NO_COLOR is honoured with "auto").
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
}

/// Options of `skillgap compare`.
#[derive(Debug, Args)]
pub struct CompareArgs {
    /// The earlier profile or JSON report; alone, a profile kept by `assess --update`, which is
    /// compared with its latest snapshot (FILE.history/).
    pub old: PathBuf,

    /// The later profile or JSON report.
    pub new: Option<PathBuf>,

    /// Score against this rubric: an id or the path of a rubric file. Default: the rubric
    /// the files name.
    #[arg(long, value_name = "ID|FILE", value_parser = RubricChoice::parse)]
    pub rubric: Option<RubricChoice>,

    /// Measure gaps against LEVEL; default: the later file's target.
    #[arg(short, long, value_name = "LEVEL")]
    pub level: Option<String>,

    /// Where the comparison goes, and in what format.
    #[command(flatten)]
    pub out: DocumentOut,

    /// Reviews given with --review go with the later file (NEW); reviews in a profile stay
    /// with it.
    #[command(flatten)]
    pub review: ReviewArgs,
}

/// Arguments of `skillgap history`.
#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// A profile kept up to date with `assess --update`, or several profiles or JSON
    /// reports of one person, oldest first.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// Score against this rubric: an id or the path of a rubric file. Default: the rubric
    /// the files name.
    #[arg(long, value_name = "ID|FILE", value_parser = RubricChoice::parse)]
    pub rubric: Option<RubricChoice>,

    /// Measure every assessment against LEVEL; default: the latest one's target.
    #[arg(short, long, value_name = "LEVEL")]
    pub level: Option<String>,

    /// Where the history goes, and in what format.
    #[command(flatten)]
    pub out: DocumentOut,
}

/// Documents with a JSON Schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaKind {
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
    /// A review, as `skillgap review` writes it and `--review` reads it.
    Review,
}

/// Subcommands of `skillgap rubric`.
#[derive(Debug, Subcommand)]
pub enum RubricCommand {
    /// Check a rubric file and list every problem in it at once.
    ///
    /// Exits 0 when the rubric is valid and 2 when it is not, so it fits in scripts.
    #[command(after_help = "Example:
  skillgap rubric check my-rubric.json")]
    Check {
        /// The rubric file (JSON); "-" reads standard input.
        file: PathBuf,
    },

    /// Show a rubric: its ladder, its skills with their requirements at every level, and
    /// with --skill, the five descriptions of one skill's scale and its next steps.
    #[command(after_help = "Examples:
  skillgap rubric show production-specialist
  skillgap rubric show production-specialist --skill quality-control
  skillgap rubric show ./my-rubric.json")]
    Show {
        /// The rubric: an id (see `skillgap rubrics`) or the path of a rubric file.
        #[arg(value_parser = RubricChoice::parse)]
        rubric: RubricChoice,

        /// Show this skill in full.
        #[arg(long, value_name = "ID")]
        skill: Option<String>,
    },
}

/// Options of `skillgap assess`.
#[derive(Debug, Args)]
pub struct AssessArgs {
    /// Read the profile from FILE instead of asking questions ("-" reads standard input):
    /// a profile (JSON), or a spreadsheet (.csv, .xlsx, .ods) with one person, or several
    /// and --person.
    #[arg(short, long, value_name = "FILE")]
    pub input: Option<PathBuf>,

    /// With a spreadsheet of several people: the one to assess, by name.
    #[arg(long, value_name = "NAME", requires = "input")]
    pub person: Option<String>,

    /// Score against this rubric: an id (see `skillgap rubrics`) or the path of a rubric file.
    /// Default: the rubric the profile names, else the Production Specialist rubric.
    #[arg(long, value_name = "ID|FILE", value_parser = RubricChoice::parse)]
    pub rubric: Option<RubricChoice>,

    /// Measure the gaps against LEVEL (such as "senior"), whatever the profile names.
    #[arg(short, long, value_name = "LEVEL")]
    pub level: Option<String>,

    /// Report format on the terminal, and for -o files whose extension does not tell.
    #[arg(short, long, value_parser = format_parser())]
    pub format: Option<Format>,

    /// Write the report to FILE instead of the terminal; the extension picks the format
    /// (.json, .md, .html, .txt). May be given more than once.
    #[arg(short, long, value_name = "FILE")]
    pub output: Vec<PathBuf>,

    /// A short report on the terminal: the verdict and what stands before the next level.
    #[arg(long)]
    pub brief: bool,

    /// Print the report straight to the terminal, even when it is longer than the screen
    /// (normally shown through $PAGER, else `less -R -X`).
    #[arg(long)]
    pub no_pager: bool,

    /// Refuse a profile that leaves any skill unrated (normally a warning, counted as 0).
    #[arg(long)]
    pub strict: bool,

    /// Continue the questionnaire you left unfinished.
    #[arg(long, conflicts_with = "input")]
    pub resume: bool,

    /// A shorter questionnaire: ask only about the skills that step up at your target level
    /// and the critical ones (importance 4 or more); the others count as not rated.
    #[arg(long, conflicts_with = "input")]
    pub quick: bool,

    /// Re-assess from a saved profile: every question starts at its answer, beginning with
    /// the review, and the profile is updated (after asking) when you are done.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["input", "save_profile", "resume"])]
    pub update: Option<PathBuf>,

    /// With --update: do not keep the previous version of FILE (normally kept as
    /// FILE.history/DATE.json, DATE its assessment's day, for `skillgap history` and
    /// `skillgap compare FILE`).
    #[arg(long, requires = "update")]
    pub no_history: bool,

    /// Save your questionnaire answers to FILE as a profile that --input reads.
    #[arg(long, value_name = "FILE", conflicts_with = "input")]
    pub save_profile: Option<PathBuf>,

    /// Replace the --save-profile file if it exists, without asking.
    #[arg(long, requires = "save_profile")]
    pub force: bool,

    /// Recommend at most N certifications.
    #[arg(long, value_name = "N", default_value_t = 3)]
    pub max_certs: usize,

    /// A certificate that expires within N days of --as-of is "expiring".
    #[arg(long, value_name = "N", default_value_t = 90)]
    pub expiring_days: u32,

    /// When to colour the terminal report (NO_COLOR is honoured with "auto").
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,

    /// Reviews, and which ratings are scored.
    #[command(flatten)]
    pub review: ReviewArgs,

    /// How a spreadsheet given with --input is read.
    #[command(flatten)]
    pub sheet: SheetArgs,
}

/// How reviews are found and used: shared by `assess`, `team` and `compare`.
#[derive(Debug, Args)]
pub struct ReviewArgs {
    /// A review of the person by a supervisor, trainer, assessor or peer (JSON, see
    /// `skillgap schema review`), or a folder of them; may be given more than once. Reviews
    /// are matched to people by the name they give as "person".
    #[arg(long = "review", value_name = "FILE|DIR")]
    pub reviews: Vec<PathBuf>,

    /// Which rating each skill is scored on: the review rating where a review rates the
    /// skill, else your own ("reviewed"); your own only, reviews shown but not used
    /// ("self"); or the lower of the two ("lower").
    #[arg(long, value_enum, default_value_t = RatingsArg::Reviewed)]
    pub ratings: RatingsArg,

    /// Judge reviews and certificates as of DATE (YYYY-MM-DD; default: today, UTC). A review
    /// more than 12 months older is marked stale; a certificate is expired from its
    /// "expires" day on.
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
}

/// `--ratings` choices.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RatingsArg {
    /// The review rating where at least one review rates the skill, else your own.
    Reviewed,
    /// Your own ratings; reviews are shown but not used.
    #[value(name = "self")]
    Own,
    /// The lower of your rating and the review rating where both exist.
    Lower,
}

/// The command tree, its help in the language of errors and help.
pub fn command() -> clap::Command {
    help::localized(Cli::command(), crate::i18n::process_lang())
}

/// Parses the command line; `version` gives what `--version` prints.
///
/// When clap answers instead of a command (help, the version, a usage error), it prints the
/// answer and `Err` holds the exit code: 0 for help and the version, 2 for a usage error,
/// and 1 when the answer could not be written (a full disk), as for every other command.
///
/// `version` is called only when the version is asked for (the command line is then read
/// again, with it): it reads the built-in rubrics, which no other start needs to.
pub fn parse(version: impl FnOnce() -> String) -> Result<Cli, u8> {
    let read = |command: clap::Command| match command.try_get_matches() {
        // Taken from the matches rather than copied out of them.
        Ok(mut matches) => Cli::from_arg_matches_mut(&mut matches),
        Err(e) => Err(e),
    };
    let answer = match read(command()) {
        Ok(cli) => return Ok(cli),
        Err(e) if e.kind() == clap::error::ErrorKind::DisplayVersion => {
            let version = version();
            match read(command().version(version.clone()).long_version(version)) {
                Ok(cli) => return Ok(cli),
                Err(e) => e,
            }
        }
        Err(e) => e,
    };
    match answer
        .print()
        .and_then(|()| std::io::Write::flush(&mut std::io::stdout()))
    {
        Ok(()) => Err(u8::try_from(answer.exit_code()).unwrap_or(crate::exit::INVALID)),
        // A reader that stopped reading (`skillgap --help | head -1`) has what it wanted.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Err(crate::exit::SUCCESS),
        Err(e) => {
            let lang = crate::i18n::process_lang();
            let reason = crate::input::io_reason(lang, &e);
            let reason = crate::text::terminal_safe(&reason).into_owned();
            let text = crate::tr!(lang, "error-cannot-write-stdout", reason = reason);
            eprintln!("skillgap: error: {text}");
            Err(crate::exit::IO_FAILURE)
        }
    }
}

/// Writes the completion script for a shell.
pub fn write_completions(shell: clap_complete::Shell, out: &mut dyn std::io::Write) {
    clap_complete::generate(shell, &mut command(), "skillgap", out);
}

/// Writes the manual page (roff).
pub fn write_man(out: &mut dyn std::io::Write) -> std::io::Result<()> {
    clap_mangen::Man::new(command()).render(out)
}

/// `--format`: the name of one of the formats, with its help.
fn format_parser() -> impl TypedValueParser<Value = Format> {
    let names = Format::ALL
        .iter()
        .map(|f| PossibleValue::new(f.spec().name).help(f.spec().help));
    PossibleValuesParser::new(names)
        .map(|name| Format::named(&name).expect("clap accepts only the formats' names"))
}

/// Colour choices.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    /// Colour when writing to a terminal and NO_COLOR is not set.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

/// Reads `--lang`: a language code skillgap speaks ("es", "es-MX", "en_US").
fn lang_parser(code: &str) -> Result<crate::i18n::Lang, String> {
    crate::i18n::Lang::from_code(code)
        .ok_or_else(|| "skillgap speaks en (English) and es (español)".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
