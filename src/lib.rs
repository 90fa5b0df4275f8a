//! skillgap measures how far a person is from each level of a career ladder (by default the
//! Production Specialist ladder in manufacturing) and what to do next.
//!
//! Data flows one way:
//!
//! ```text
//! cli -> settings -> commands -> input / questionnaire -> profile -> score -> recommend
//!                        |                                    -> report, team, progress
//!                        +-> export (every format, every destination) -> output (files)
//! ```
//!
//! [`rubric`] describes the ladder; [`score`] and [`recommend`] are pure functions with no
//! I/O; [`gap_report`] runs them for one person into a [`report::Report`], [`team`] for a
//! whole team into a summary, and [`progress`] compares two assessments. [`export`] lays any
//! of these documents out (table, JSON, Markdown, HTML) and writes them. [`cli`] holds the
//! clap definitions and nothing else; [`settings`] turns them into each command's settings,
//! and [`commands`] run them.
//!
//! The library can score a profile without the command line:
//!
//! ```
//! use skillgap::{gap_report::build_report, input::Origin, profile, rubric::Rubric};
//!
//! let rubric = Rubric::builtin();
//! let text = r#"{"target_level": "junior", "ratings": {"health-safety": 2}}"#;
//! let person = profile::parse(text, &Origin::Stdin, &rubric, Default::default()).unwrap();
//! let report = build_report(&rubric, &person, None, 3, Vec::new());
//! assert_eq!(report.target_level, "junior");
//! // The skills the profile leaves out were not asked: the answer is provisional.
//! assert_eq!(report.not_asked.len(), rubric.skills.len() - 1);
//! assert!(report.levels[0].provisional);
//! // Rated `null`, they count as 0: then no level is reached.
//! let text = r#"{"ratings": {"health-safety": 2, "quality-control": null}}"#;
//! let person = profile::parse(text, &Origin::Stdin, &rubric, Default::default()).unwrap();
//! assert_eq!(build_report(&rubric, &person, None, 3, Vec::new()).not_rated, ["quality-control"]);
//! ```

pub mod catalog;
pub mod checks;
pub mod cli;
pub mod commands;
pub mod coverage;
pub mod credentials;
pub mod date;
pub mod draft;
pub mod exit;
pub mod export;
pub mod figures;
pub mod gap_report;
pub mod history;
pub mod i18n;
pub mod input;
pub mod json_words;
pub mod output;
pub mod pager;
pub mod profile;
pub mod progress;
pub mod prompt;
pub mod questionnaire;
pub mod recommend;
pub mod report;
pub mod rubric;
pub mod score;
pub mod settings;
pub mod sheet;
pub mod suggest;
pub mod synth;
pub mod team;
pub mod text;
pub mod web;

use std::process::ExitCode;

use crate::cli::{Cli, Command, RubricCommand};
use crate::settings::{AssessSettings, CompareSettings, ReviewCmdSettings, TeamSettings};

/// Parses the command line, runs the command, prints any error, and returns the exit code.
pub fn main() -> ExitCode {
    // Errors and help are in one language for the whole run, chosen before clap reads the
    // command line (its help and its errors are words too); a profile's own language
    // changes the report, not the errors.
    let lang = cli::lang_in_args(std::env::args_os().skip(1))
        .unwrap_or_else(|| i18n::Lang::from_env(|k| std::env::var(k).ok()));
    i18n::set_process_lang(lang);
    let cli = match cli::parse(version_text) {
        Ok(cli) => cli,
        Err(code) => return ExitCode::from(code),
    };
    match run(cli) {
        Ok(()) => ExitCode::from(exit::SUCCESS),
        Err(err) if exit::is_broken_pipe(&err) => ExitCode::from(exit::SUCCESS),
        Err(err)
            if err.is::<questionnaire::Interrupted>()
                || err.chain().any(|c| c.is::<questionnaire::Interrupted>()) =>
        {
            if prompt::claim_interrupt_report() {
                let message = text::terminal_safe_lines(&err.to_string());
                eprintln!("\n{}", prompt::wrap_for_terminal(&message));
            }
            ExitCode::from(exit::INTERRUPTED)
        }
        Err(err) => {
            // Messages quote ids and names from files; none of it may act on the terminal.
            // The system's error numbers ("(os error 28)") mean nothing to the reader.
            let message = strip_os_error_numbers(&format!("{err:#}"));
            eprintln!("skillgap: error: {}", text::terminal_safe_lines(&message));
            ExitCode::from(exit::code_for(&err))
        }
    }
}

/// Removes " (os error N)" from a message.
pub(crate) fn strip_os_error_numbers(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(i) = rest.find(" (os error ") {
        out.push_str(&rest[..i]);
        let tail = &rest[i + " (os error ".len()..];
        let digits = tail.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 && tail[digits..].starts_with(')') {
            rest = &tail[digits + 1..];
        } else {
            out.push_str(" (os error ");
            rest = tail;
        }
    }
    out.push_str(rest);
    out
}

/// The version, with the version of each built-in rubric: a report depends on both.
pub fn version_text() -> String {
    let rubrics: Vec<String> = catalog::BUILTINS
        .iter()
        .map(|(id, text)| {
            // Only the version field is read (the rest is skipped without being built).
            #[derive(serde::Deserialize)]
            struct Version {
                version: u32,
            }
            let version = serde_json::from_str::<Version>(text).map_or(0, |v| v.version);
            format!("{id} v{version}")
        })
        .collect();
    format!(
        "{} (built-in rubrics: {})",
        env!("CARGO_PKG_VERSION"),
        rubrics.join(", ")
    )
}

/// Runs one parsed command: its arguments become its settings, then the command runs.
pub fn run(cli: Cli) -> anyhow::Result<()> {
    let rubric_dirs = cli.rubric_dir.clone();
    let lang = i18n::LangChoice::new(cli.lang);
    let catalog = catalog::Catalog::new(cli.rubric_dir)?;
    match cli.command {
        Command::Assess(args) => commands::assess::run(
            &catalog,
            AssessSettings::from_args(args, rubric_dirs, lang)?,
        ),
        Command::Team(args) => commands::team::run(&catalog, TeamSettings::from_args(args, lang)?),
        Command::Import(args) => {
            commands::import::run(&catalog, crate::settings::ImportSettings::from_args(args)?)
        }
        Command::Review(args) => commands::review::run(
            &catalog,
            ReviewCmdSettings::from_args(args, rubric_dirs, lang)?,
        ),
        Command::Rubric(RubricCommand::Check { file }) => commands::rubrics::check(&file),
        Command::Rubric(RubricCommand::Show { rubric, skill }) => {
            commands::rubrics::show(&catalog, &rubric, skill.as_deref())
        }
        Command::Rubrics => commands::rubrics::list(&catalog),
        Command::Template(args) => {
            commands::template::run(&catalog, settings::TemplateSettings::from_args(args)?)
        }
        Command::Serve(args) => {
            commands::serve::run(&catalog, settings::ServeSettings::from_args(args, lang)?)
        }
        Command::Compare(args) => {
            commands::compare::run(&catalog, CompareSettings::from_args(args, lang)?)
        }
        Command::History(args) => {
            commands::history::run(&catalog, settings::HistorySettings::from_args(args, lang)?)
        }
        Command::Schema { kind } => commands::schema::run(kind.into()),
        Command::Completions { shell } => commands::shell::completions(shell),
        Command::Man => commands::shell::man(),
    }
}

#[cfg(test)]
mod tests {
    use super::strip_os_error_numbers;

    #[test]
    fn os_error_numbers_are_removed() {
        assert_eq!(
            strip_os_error_numbers("cannot write x: No space left on device (os error 28)"),
            "cannot write x: No space left on device"
        );
        assert_eq!(strip_os_error_numbers("a (os error x)"), "a (os error x)");
    }
}
