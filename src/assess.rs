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
    /// Replace `save_profile` without asking.
    pub force: bool,
    /// A profile to re-assess: its answers are the questionnaire's defaults.
    pub update: Option<PathBuf>,
    /// The `--rubric-dir` folders given on the command line, to repeat in the resume hint.
    pub rubric_dirs: Vec<PathBuf>,
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
    pub fn from_args(
        args: AssessArgs,
        catalog: Catalog,
        rubric_dirs: Vec<PathBuf>,
    ) -> anyhow::Result<AssessOptions> {
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
            save_profile: args.save_profile.as_deref().map(interactive::expand_home),
            force: args.force,
            update: args.update.as_deref().map(interactive::expand_home),
            rubric_dirs,
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
    // Where the answers will be saved is checked before the first question, not after the
    // last one.
    if let Some(path) = &opts.save_profile
        && let Some(problem) = interactive::save_path_problem(path)
    {
        return Err(UsageError(format!("--save-profile: {problem}")).into());
    }
    if opts.input.as_deref() == Some(std::path::Path::new("-"))
        && opts.rubric.as_deref() == Some("-")
    {
        return Err(stdin_twice().into());
    }
    let mut destinations: Vec<PathBuf> = opts.outputs.iter().map(|(p, _)| p.clone()).collect();
    destinations.extend(opts.save_profile.clone());
    let mut inputs: Vec<&std::path::Path> = opts.input.as_deref().into_iter().collect();
    inputs.extend(opts.update.as_deref());
    inputs.extend(opts.rubric.as_deref().map(std::path::Path::new));
    output::check_destinations(&destinations, &inputs)?;
    if opts.input.is_some() {
        // The questionnaire handles Ctrl-C itself, keeping the answers given so far.
        output::remove_temporaries_on_signals();
    }

    let asking = opts.input.is_none();
    // The questionnaire reads keys from the terminal and draws on stderr: both must be one.
    if asking && (!std::io::stdin().is_terminal() || !std::io::stderr().is_terminal()) {
        return Err(no_terminal_error().into());
    }
    let mut prompter = asking.then(crate::prompt::TermPrompter::new);

    // Read the profile first: it may name the rubric it was written for.
    let source = opts.input.as_deref().or(opts.update.as_deref());
    let input = source.map(input::read_text).transpose()?;
    let doc = input
        .as_ref()
        .map(|(text, origin)| ProfileDoc::from_json(text, origin))
        .transpose()?;
    // `--resume` alone continues whichever questionnaire was left unfinished.
    let picked = match &mut prompter {
        Some(p) if opts.resume && opts.rubric.is_none() => {
            interactive::pick_draft(&opts.catalog, p)?
        }
        _ => None,
    };
    let (rubric, rubric_file) = match (
        picked,
        &opts.rubric,
        doc.as_ref().and_then(|d| d.rubric.as_deref()),
    ) {
        (Some(picked), _, _) => picked,
        (None, Some(spec), _) => {
            let file = opts
                .catalog
                .is_path(spec)
                .then(|| std::path::absolute(spec).unwrap_or_else(|_| PathBuf::from(spec)));
            (opts.catalog.load(spec)?, file)
        }
        (None, None, Some(id)) => (
            opts.catalog.load_id(id).map_err(|e| {
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
            None,
        ),
        (None, None, None) => (opts.catalog.default_rubric(), None),
    };
    let level = level_option(&rubric, opts.level.as_deref())?;
    let given = match (&doc, &input) {
        (Some(doc), Some((_, origin))) => Some(doc.validate(&rubric, origin, opts.strictness)?),
        _ => None,
    };
    let mut interview = None;
    let (profile, warnings) = match prompter {
        None => {
            let profile = given.expect("a profile is read when no questions are asked");
            let warnings = profile_warnings(&rubric, &profile);
            for w in &warnings {
                eprintln!("skillgap: warning: {}", crate::text::terminal_safe(w));
            }
            (profile, warnings)
        }
        Some(prompter) => {
            let start = interactive::Start {
                update: opts.update.clone().zip(given),
                rubric_file,
                level,
            };
            let done = interactive::run(&rubric, &opts, prompter, start)?;
            let profile = done.profile.clone();
            // The review showed these already; the report shows them once more, and they
            // are not repeated on stderr.
            let mut warnings = Vec::new();
            let not_asked = done.answers.not_asked(&rubric);
            if !not_asked.is_empty() {
                warnings.push(crate::questionnaire::quick_note(&rubric, &not_asked));
            }
            warnings.extend(crate::checks::checks(&rubric, &profile));
            interview = Some(done);
            (profile, warnings)
        }
    };
    let (profile, mut warnings) = (profile, warnings);
    if opts.max_certs == 0 {
        let note =
            "certifications were not asked for (--max-certs 0), so the report recommends none";
        eprintln!("skillgap: warning: {note}");
        warnings.push(note.into());
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

/// `--input - --rubric -`: standard input holds one document.
pub fn stdin_twice() -> UsageError {
    UsageError(
        "standard input (-) cannot be both the profile and the rubric; give the rubric as an id or a file, or the profile as a file"
            .into(),
    )
}

fn no_terminal_error() -> UsageError {
    UsageError(
        "no profile given, and this is not an interactive terminal (standard input and standard error must both be one), so skillgap cannot ask the questions; pass --input FILE with a profile (JSON), or --input - to read it from standard input. `skillgap template -o me.json` writes a profile to fill in"
            .into(),
    )
}
