//! `skillgap assess`: read a profile, score it, recommend, and write the report.
//!
//! This is the edge where files, the terminal and the pure core meet: options are already
//! validated, the core never sees clap, and every error gets its context here.

mod interactive;

use std::io::IsTerminal;
use std::path::PathBuf;

use anyhow::Context;

use crate::catalog::Catalog;
use crate::cli::{AssessArgs, ColorArg, FormatArg};
use crate::exit::UsageError;
use crate::input;
use crate::output;
use crate::profile::{Profile, ProfileDoc, Strictness};
use crate::recommend::recommend;
use crate::report::{self, Format, Report};
use crate::rubric::Rubric;
use crate::score::assess;

/// Everything `assess` needs, validated.
#[derive(Debug, Clone)]
pub struct AssessOptions {
    /// Profile file, `-` for stdin; `None` to ask questions.
    pub input: Option<PathBuf>,
    /// Rubric id or file; `None` for the profile's rubric or the default one.
    pub rubric: Option<String>,
    /// Where rubrics are found.
    pub catalog: Catalog,
    /// Target level id from the command line.
    pub level: Option<String>,
    /// Format of the report on standard output.
    pub format: Format,
    /// Report files and their formats.
    pub outputs: Vec<(PathBuf, Format)>,
    /// How strictly to check the profile.
    pub strictness: Strictness,
    /// Most certifications to recommend.
    pub max_certs: usize,
    /// Whether the terminal report is coloured.
    pub color: bool,
    /// Continue an unfinished questionnaire.
    pub resume: bool,
    /// Ask only the skills the target requires.
    pub quick: bool,
    /// Where to save the questionnaire's answers as a profile.
    pub save_profile: Option<PathBuf>,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Table => Format::Table,
            FormatArg::Json => Format::Json,
            FormatArg::Markdown => Format::Markdown,
            FormatArg::Html => Format::Html,
        }
    }
}

impl AssessOptions {
    /// Validates the command line.
    pub fn from_args(args: AssessArgs, catalog: Catalog) -> anyhow::Result<AssessOptions> {
        let format = args.format.map(Format::from);
        let mut outputs = Vec::with_capacity(args.output.len());
        for path in args.output {
            let f = output_format(&path, format)?;
            outputs.push((path, f));
        }
        let color = use_color(args.color);
        Ok(AssessOptions {
            input: args.input,
            rubric: args.rubric,
            catalog,
            level: args.level,
            format: format.unwrap_or(Format::Table),
            outputs,
            strictness: Strictness {
                require_all_rated: args.strict,
            },
            max_certs: args.max_certs,
            color,
            resume: args.resume,
            quick: args.quick,
            save_profile: args.save_profile,
        })
    }
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

/// Whether to colour terminal output.
pub fn use_color(choice: ColorArg) -> bool {
    match choice {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => {
            std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    }
}

/// The format each `-o` file is written in: from its extension, else `--format`.
pub fn output_format(path: &std::path::Path, format: Option<Format>) -> anyhow::Result<Format> {
    match (Format::from_extension(path), format) {
        (Some(f), _) | (None, Some(f)) => Ok(f),
        (None, None) => Err(UsageError(format!(
            "cannot tell which format to write {} in; end the file name with .json, .md, .html or .txt, or add --format",
            crate::text::terminal_safe(&path.display().to_string())
        ))
        .into()),
    }
}

/// Runs `skillgap assess`.
pub fn run(opts: AssessOptions) -> anyhow::Result<()> {
    let mut destinations: Vec<PathBuf> = opts.outputs.iter().map(|(p, _)| p.clone()).collect();
    destinations.extend(opts.save_profile.clone());
    let mut inputs: Vec<&std::path::Path> = opts.input.as_deref().into_iter().collect();
    inputs.extend(opts.rubric.as_deref().map(std::path::Path::new));
    output::check_destinations(&destinations, &inputs)?;

    // Read the profile first: it may name the rubric it was written for.
    let input = opts.input.as_deref().map(input::read_text).transpose()?;
    let doc = input
        .as_ref()
        .map(|(text, origin)| ProfileDoc::from_json(text, origin))
        .transpose()?;
    let rubric = match (&opts.rubric, doc.as_ref().and_then(|d| d.rubric.as_deref())) {
        (Some(spec), _) => opts.catalog.load(spec)?,
        (None, Some(id)) => opts.catalog.load_id(id).map_err(|e| {
            let origin = input
                .as_ref()
                .map_or(crate::input::Origin::Stdin, |(_, o)| o.clone());
            crate::profile::ProfileError::Invalid {
                origin,
                problems: vec![crate::rubric::Problem {
                    path: "rubric".into(),
                    message: format!("{e:#}"),
                }],
            }
        })?,
        (None, None) => opts.catalog.default_rubric(),
    };
    let level = level_option(&rubric, opts.level.as_deref())?;
    let mut interview = None;
    let profile = match (&doc, &input) {
        (Some(doc), Some((_, origin))) => doc.validate(&rubric, origin, opts.strictness)?,
        _ => {
            // dialoguer reads keys from the terminal and draws on stderr: both must be one.
            if !std::io::stdin().is_terminal() || !std::io::stderr().is_terminal() {
                return Err(no_terminal_error().into());
            }
            let done = interactive::run(&rubric, &opts, level)?;
            let profile = done.profile.clone();
            interview = Some(done);
            profile
        }
    };

    let warnings = profile_warnings(&rubric, &profile);
    for w in &warnings {
        eprintln!("skillgap: warning: {}", crate::text::terminal_safe(w));
    }
    let mut report = build_report(&rubric, &profile, level, opts.max_certs, warnings);
    if interview.is_some() && report.target_chosen_by == report::TargetChoice::Profile {
        report.target_chosen_by = report::TargetChoice::Questionnaire;
    }

    if opts.outputs.is_empty() {
        let bytes = report::render_to_vec(
            &*report::renderer(opts.format, opts.color, report::terminal_width()),
            &report,
        )
        .context("cannot render the report")?;
        output::write_stdout(&bytes).context("cannot write the report to standard output")?;
    } else {
        // Render every file first, so a rendering failure writes none of them.
        let mut rendered = Vec::with_capacity(opts.outputs.len());
        for (path, format) in &opts.outputs {
            let bytes = report::render_to_vec(&*report::renderer(*format, false, None), &report)
                .context("cannot render the report")?;
            rendered.push((path, bytes));
        }
        for (path, bytes) in rendered {
            output::write_atomic(path, &bytes)?;
            eprintln!(
                "skillgap: wrote {}",
                crate::text::terminal_safe(&path.display().to_string())
            );
        }
    }
    if let Some(done) = interview {
        interactive::finish(&rubric, &opts, done)?;
    }
    Ok(())
}

/// Scores, recommends and lays out the report for one profile.
pub fn build_report(
    rubric: &Rubric,
    profile: &Profile,
    level: Option<usize>,
    max_certs: usize,
    warnings: Vec<String>,
) -> Report {
    let assessment = assess(rubric, profile, level);
    let recommendations = recommend(rubric, profile, &assessment, max_certs);
    Report::build(rubric, profile, &assessment, &recommendations, warnings)
}

/// Warnings about a valid profile that the reader should see: unrated skills, and the
/// reliability checks.
pub fn profile_warnings(rubric: &Rubric, profile: &Profile) -> Vec<String> {
    let mut warnings = Vec::new();
    let missing = profile.not_rated();
    if !missing.is_empty() {
        let ids: Vec<&str> = missing
            .iter()
            .map(|&i| rubric.skills[i].id.as_str())
            .collect();
        warnings.push(format!(
            "{} skill{} not rated and counted as 0: {} (rate {}, or use --strict to refuse unrated skills)",
            ids.len(),
            if ids.len() == 1 { " is" } else { "s are" },
            ids.join(", "),
            if ids.len() == 1 { "it" } else { "them" }
        ));
    }
    warnings.extend(crate::checks::checks(rubric, profile));
    warnings
}

fn no_terminal_error() -> UsageError {
    UsageError(
        "no profile given, and this is not an interactive terminal (standard input and standard error must both be one), so skillgap cannot ask the questions; pass --input FILE with a profile (JSON), or --input - to read it from standard input. `skillgap template -o me.json` writes a profile to fill in"
            .into(),
    )
}
