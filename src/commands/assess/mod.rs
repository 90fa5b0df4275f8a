//! `skillgap assess`: read a profile (or ask the questions), score it, recommend, and write
//! the report.
//!
//! This is the edge where files, the terminal and the pure core meet: the settings are
//! already checked, the core never sees clap, and every error gets its context here.

mod interactive;

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use crate::catalog::{Catalog, RubricChoice};
use crate::exit::UsageError;
use crate::gap_report::{self, profile_warnings};
use crate::i18n::Lang;
use crate::input::{self, Origin};
use crate::output;
use crate::profile::{Profile, ProfileDoc, ProfileError};
use crate::prompt::TermPrompter;
use crate::report::Reading;
use crate::rubric::{Problem, Rubric};
use crate::settings::{AssessSettings, level_option, stdin_twice};

/// Runs `skillgap assess`.
pub fn run(catalog: &Catalog, opts: AssessSettings) -> anyhow::Result<()> {
    check_before_work(&opts)?;
    let done = assess(catalog, opts);
    // A signal that came meanwhile, if held (see `check_before_work`), ends skillgap now.
    output::act_on_held_signal();
    done
}

/// Everything after the checks: read or ask, score, recommend, write.
fn assess(catalog: &Catalog, opts: AssessSettings) -> anyhow::Result<()> {
    let asking = opts.input.is_none();
    // The questionnaire reads keys from the terminal and draws on stderr: both must be one.
    if asking && (!std::io::stdin().is_terminal() || !std::io::stderr().is_terminal()) {
        return Err(no_terminal_error().into());
    }
    let mut prompter = asking.then(|| TermPrompter::new().in_lang(opts.lang.lang()));

    // Read the profile first: it may name the rubric it was written for.
    let source = opts.input.as_deref().or(opts.update.as_deref());
    let input = read_input(catalog, &opts, source)?;
    let doc = input
        .as_ref()
        .map(|(text, origin)| ProfileDoc::from_json(text, origin))
        .transpose()?;
    let named = doc.as_ref().and_then(|d| d.rubric.as_deref());
    // Asked and written in the language of the profile re-assessed, unless `--lang` says.
    let lang = opts.lang.with(doc.as_ref().and_then(|d| d.lang));
    let origin = input.as_ref().map(|(_, o)| o);
    let (rubric, rubric_file) = choose_rubric(catalog, &opts, prompter.as_mut(), named, origin)?;
    let level = level_option(&rubric, opts.level.as_deref())?;
    let given = match (&doc, &input) {
        (Some(doc), Some((_, origin))) => Some(doc.validate(&rubric, origin, opts.strictness)?),
        _ => None,
    };
    // Review files are checked before any question is asked.
    let review_files = super::reviews::read_all(&opts.review, &rubric)?;
    if let (Some(profile), Some((_, origin))) = (&given, &input) {
        super::reviews::check_embedded(profile, &opts.review, origin)?;
    }
    let (mut profile, interview) = match prompter {
        None => {
            let mut profile = given.expect("a profile is read when no questions are asked");
            profile.basis = opts.review.basis;
            super::reviews::attach(&mut profile, review_files)?;
            // An expired credential does not count as held (and may be recommended again).
            profile.expire(opts.window.as_of);
            for w in &profile_warnings(&rubric, &profile, lang) {
                eprintln!("skillgap: warning: {}", crate::text::terminal_safe(w));
            }
            (profile, None)
        }
        Some(prompter) => {
            let previous = given.clone();
            let start = interactive::Start {
                update: opts.update.clone().zip(given),
                rubric_file,
                level,
                lang,
            };
            // An updated profile keeps its reviews (and all else not asked): see
            // `Answers::to_profile`.
            let mut done = interactive::run(&rubric, &opts, prompter, start)?;
            // The questionnaire dates what it writes, and says in which language it asked.
            done.profile.assessed_on = Some(opts.window.as_of);
            done.profile.lang = Some(done.lang);
            let mut profile = done.profile.clone();
            profile.basis = opts.review.basis;
            super::reviews::attach(&mut profile, review_files)?;
            profile.expire(opts.window.as_of);
            (profile, Some((done, previous)))
        }
    };
    profile.basis = opts.review.basis;
    if opts.max_certs == 0 {
        let note = gap_report::no_certifications_warning(lang);
        eprintln!("skillgap: warning: {note}");
    }
    let answered = interview.is_some();
    let (done, previous) = interview.map_or((None, None), |(d, p)| (Some(d), p));
    let lang = done.as_ref().map_or(lang, |d| d.lang);
    let scored = Scored {
        rubric: &rubric,
        profile: &profile,
        level,
        done: done.as_ref(),
        answered,
        previous: previous.as_ref(),
    };
    // The reader's language for people, English for the JSON.
    let report_in = |lang: Lang| scored.report(&opts, lang);
    opts.output
        .clone()
        .lang(lang)
        .write_in(report_in, "report")?;
    let last = done.as_ref().map(|_| report_in(lang));
    if let (Some(done), Some(report)) = (done, last) {
        interactive::finish(&rubric, &opts, done, &report)?;
    }
    Ok(())
}

/// What a report is made of, to build it in each language it is written in.
struct Scored<'a> {
    rubric: &'a Rubric,
    profile: &'a Profile,
    level: Option<usize>,
    /// The questionnaire's answers, when it was asked.
    done: Option<&'a interactive::Done>,
    answered: bool,
    /// The profile re-assessed (`--update`), to say what changed since.
    previous: Option<&'a Profile>,
}

impl Scored<'_> {
    /// The report in `lang`.
    fn report(&self, opts: &AssessSettings, lang: Lang) -> crate::report::Report {
        let words = self.rubric.in_lang(lang);
        let reading = Reading {
            lang,
            as_of: Some(opts.review.as_of),
        };
        let mut report = gap_report::build(
            self.rubric,
            self.profile,
            self.level,
            opts.max_certs,
            warnings_in(self.rubric, self.profile, self.done, opts.max_certs, lang),
            self.answered,
            reading,
        )
        .with_credentials(&words, self.profile, opts.window);
        if let Some(previous) = self.previous {
            let target = words.level_index(&report.target_level).unwrap_or_default();
            report.since = Some(gap_report::since(&words, previous, self.profile, target));
        }
        report
    }
}

/// The warnings a report carries, in `lang` (the reader's in their report, English in the
/// JSON): those about the profile read, or after a questionnaire the skills `--quick` did
/// not ask and the reliability checks (shown already, on its review) and the reviews set
/// aside; and the note that no certification was asked for.
fn warnings_in(
    rubric: &Rubric,
    profile: &crate::profile::Profile,
    done: Option<&interactive::Done>,
    max_certs: usize,
    lang: Lang,
) -> Vec<String> {
    let mut warnings = match done {
        None => profile_warnings(rubric, profile, lang),
        Some(done) => {
            let mut w = interactive::review_warnings(&rubric.in_lang(lang), done, lang);
            w.extend(gap_report::set_aside_warnings(profile, lang));
            w
        }
    };
    if max_certs == 0 {
        warnings.push(gap_report::no_certifications_warning(lang));
    }
    warnings
}

/// The profile's text and origin: a profile file, or one person of a spreadsheet; `None`
/// when the questions are asked. Options only a spreadsheet uses are refused otherwise.
fn read_input(
    catalog: &Catalog,
    opts: &AssessSettings,
    source: Option<&Path>,
) -> anyhow::Result<Option<(String, Origin)>> {
    Ok(match source {
        Some(path) if opts.input.is_some() && opts.sheet.format_of(path).is_some() => {
            Some(sheet_person(catalog, opts, path)?)
        }
        Some(path) => {
            opts.sheet.check_json(path)?;
            Some(input::read_text(path)?)
        }
        None => {
            if let Some(option) = opts.sheet.sheet_only() {
                return Err(UsageError(format!(
                    "{option} reads a spreadsheet given with --input; the questions asked here need none"
                ))
                .into());
            }
            None
        }
    })
}

/// The profile of one person of a spreadsheet: the only one, or the one `--person` names.
fn sheet_person(
    catalog: &Catalog,
    opts: &AssessSettings,
    path: &Path,
) -> anyhow::Result<(String, Origin)> {
    let rubric = match &opts.rubric {
        Some(choice) => catalog.load(choice)?,
        None => catalog.default_rubric(),
    };
    let format = opts
        .sheet
        .format_of(path)
        .unwrap_or(crate::sheet::InputFormat::Csv);
    let import = super::import::read(path, format, &opts.sheet, &rubric)?;
    let origin = if path.as_os_str() == "-" {
        Origin::Stdin
    } else {
        Origin::Path(path.to_path_buf())
    };
    let names: Vec<String> = import
        .people
        .iter()
        .map(|(_, doc)| {
            serde_json::from_str::<serde_json::Value>(doc)
                .ok()
                .and_then(|v| v.get("name")?.as_str().map(str::to_string))
                .unwrap_or_default()
        })
        .collect();
    let fold = crate::sheet::headers::fold;
    let chosen = match &opts.person {
        Some(wanted) => names
            .iter()
            .position(|n| fold(n) == fold(wanted))
            .ok_or_else(|| {
                UsageError(format!(
                    "{origin} has no person named \"{}\"{}; its people are: {}",
                    crate::text::terminal_safe(wanted),
                    crate::suggest::did_you_mean(wanted, names.iter().map(String::as_str)),
                    crate::text::terminal_safe(&list(&names))
                ))
            })?,
        None if names.len() == 1 => 0,
        None => {
            return Err(UsageError(format!(
                "{origin} holds {} people; name the one to assess with --person NAME (its people are: {}), or score them all with `skillgap team --input`",
                names.len(),
                crate::text::terminal_safe(&list(&names))
            ))
            .into());
        }
    };
    Ok((import.people[chosen].1.clone(), origin))
}

/// Up to ten names, and how many more.
fn list(names: &[String]) -> String {
    let mut text = names
        .iter()
        .take(10)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    if names.len() > 10 {
        text.push_str(&format!(" and {} more", names.len() - 10));
    }
    text
}

/// What can be refused before anything is read or asked: where the answers will be saved,
/// standard input named twice, outputs that would overwrite an input.
fn check_before_work(opts: &AssessSettings) -> anyhow::Result<()> {
    // Where the answers will be saved is checked before the first question, not after the
    // last one.
    if let Some(path) = &opts.save_profile
        && let Some(problem) = interactive::save_path_problem(path)
    {
        return Err(UsageError(format!("--save-profile: {problem}")).into());
    }
    if opts.input.as_deref() == Some(Path::new("-"))
        && opts.rubric.as_ref().is_some_and(|r| r.is_stdin())
    {
        return Err(stdin_twice().into());
    }
    let mut destinations: Vec<PathBuf> = opts.output.paths();
    destinations.extend(opts.save_profile.clone());
    let mut inputs: Vec<&Path> = opts.input.as_deref().into_iter().collect();
    inputs.extend(opts.update.as_deref());
    inputs.extend(opts.rubric.as_ref().map(|r| r.as_path()));
    inputs.extend(super::reviews::input_paths(&opts.review.files));
    output::check_destinations(&destinations, &inputs)?;
    if opts.input.is_some() {
        // The questionnaire handles Ctrl-C itself, keeping the answers given so far. A run
        // that writes no file and can wait on nothing acts on a signal when it is done.
        let rubric_file = match &opts.rubric {
            Some(RubricChoice::File(path)) => Some(path),
            _ => None,
        };
        let mut reads = (opts.input.iter().chain(&opts.update))
            .chain(rubric_file)
            .chain(&opts.review.files);
        let regular = |p: &PathBuf| p.as_os_str() != "-" && p.is_file();
        if destinations.is_empty() && reads.all(regular) && output::outputs_never_wait() {
            output::hold_signals_until_done();
        } else {
            output::remove_temporaries_on_signals();
        }
    }
    Ok(())
}

/// The rubric, and its file when it was given as one: the unfinished questionnaire's with
/// `--resume` alone, else `--rubric`, else the one the profile names, else the default.
fn choose_rubric(
    catalog: &Catalog,
    opts: &AssessSettings,
    prompter: Option<&mut TermPrompter>,
    named: Option<&str>,
    origin: Option<&Origin>,
) -> anyhow::Result<(Rubric, Option<PathBuf>)> {
    // `--resume` alone continues whichever questionnaire was left unfinished.
    if let Some(p) = prompter
        && opts.resume
        && opts.rubric.is_none()
        && let Some(picked) = interactive::pick_draft(catalog, p, opts.lang.lang())?
    {
        return Ok(picked);
    }
    match (&opts.rubric, named) {
        (Some(choice), _) => {
            let (rubric, file) = catalog.resolve(choice)?;
            let file = file.map(|f| std::path::absolute(&f).unwrap_or(f));
            Ok((rubric, file))
        }
        (None, Some(id)) => {
            let rubric = catalog.load_id(id).map_err(|e| ProfileError::Invalid {
                origin: origin.cloned().unwrap_or(Origin::Stdin),
                problems: vec![Problem {
                    path: "rubric".into(),
                    message: format!("{e:#}"),
                }],
            })?;
            Ok((rubric, None))
        }
        (None, None) => Ok((catalog.default_rubric(), None)),
    }
}

fn no_terminal_error() -> UsageError {
    UsageError(crate::tr!(
        crate::i18n::process_lang(),
        "error-assess-no-terminal"
    ))
}
