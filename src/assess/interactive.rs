//! The questionnaire path of `skillgap assess`: find or discard a draft, run the interview on
//! the terminal, and afterwards save the answers as a profile and delete the draft.

use std::path::{Path, PathBuf};

use anyhow::Context;

use super::AssessOptions;
use crate::draft::{self, Loaded};
use crate::profile::Profile;
use crate::prompt::{TermPrompter, install_interrupt_handler};
use crate::questionnaire::{self, Answers, Interrupted, Prompter, TargetAnswer};
use crate::rubric::Rubric;
use crate::text::terminal_safe;

/// A finished interview.
pub struct Done {
    /// The profile the answers describe.
    pub profile: Profile,
    /// Where the draft is, to delete once the answers are safe.
    draft: Option<PathBuf>,
    prompter: TermPrompter,
}

fn shown(path: &Path) -> String {
    terminal_safe(&path.display().to_string()).into_owned()
}

/// What to tell a person who stopped half way.
fn resume_message(draft: Option<&Path>) -> String {
    match draft {
        Some(path) => format!(
            "Stopped. Your answers so far are saved in {}.\nRun `skillgap assess --resume` to continue where you left off.",
            shown(path)
        ),
        None => "Stopped. Your answers could not be kept: no state directory was found (set HOME or XDG_STATE_HOME).".to_string(),
    }
}

fn interrupted(draft: Option<&Path>) -> anyhow::Error {
    anyhow::Error::new(Interrupted).context(resume_message(draft))
}

/// Runs the interview, from a draft when there is one and the person wants it.
pub fn run(rubric: &Rubric, opts: &AssessOptions, level: Option<usize>) -> anyhow::Result<Done> {
    let mut prompter = TermPrompter::new();
    let draft_path = draft::path_for(rubric);
    install_interrupt_handler(resume_message(draft_path.as_deref()));

    let mut answers = Answers::new(rubric, opts.quick);
    match draft_path.as_deref().map(|p| (p, draft::load(p, rubric))) {
        None | Some((_, Loaded::None)) => {
            if opts.resume {
                prompter.note("There are no saved answers to resume; starting a new questionnaire.");
            }
        }
        Some((_, Loaded::SetAside(aside, reason))) => prompter.note(&format!(
            "Your saved answers could not be used: {}. They were kept in {} for you to inspect. Starting a new questionnaire.",
            terminal_safe(&reason),
            shown(&aside)
        )),
        Some((path, Loaded::Answers(saved))) => {
            let resume = opts.resume
                || prompter
                    .select(
                        "You have unfinished answers from an earlier questionnaire",
                        &[
                            "Resume where you left off".to_string(),
                            "Discard them and start over".to_string(),
                        ],
                        0,
                    )
                    .map_err(|_| interrupted(Some(path)))?
                    == 0;
            if resume {
                answers = saved;
                answers.quick |= opts.quick;
            } else {
                draft::discard(path)
                    .with_context(|| format!("cannot delete the saved answers in {}", shown(path)))?;
            }
        }
    }
    if let Some(l) = level {
        answers.target = TargetAnswer::Level(l);
    }

    prompter.note(
        "Rate each skill by picking the sentence that describes what you do now.\nArrow keys move, Enter chooses; Ctrl-C stops (your answers are kept).",
    );
    let mut save_failed = false;
    let mut save = |a: &Answers| {
        if let Some(path) = &draft_path
            && let Err(e) = draft::save(path, rubric, a)
            && !save_failed
        {
            eprintln!("skillgap: warning: cannot save your answers as you go: {e:#}");
            crate::prompt::set_interrupt_message(
                "Stopped. Your answers could not be saved as you went (see the warning above); start again with `skillgap assess`.".to_string(),
            );
            save_failed = true;
        }
    };
    let result = questionnaire::interview(rubric, &mut prompter, answers, &mut save);
    let answers = match result {
        Ok(answers) => answers,
        Err(_) => {
            if let Some(e) = prompter.take_failure() {
                anyhow::bail!(
                    "the terminal stopped working during the questionnaire ({}); your answers so far are kept, run `skillgap assess --resume` to continue",
                    crate::input::plain_io(&e)
                );
            }
            if save_failed {
                return Err(anyhow::Error::new(Interrupted).context(
                    "Stopped. Your answers could not be saved as you went (see the warning above).",
                ));
            }
            return Err(interrupted(draft_path.as_deref()));
        }
    };
    Ok(Done {
        profile: answers.to_profile(rubric),
        draft: draft_path,
        prompter,
    })
}

/// The first of `skillgap-profile.json`, `skillgap-profile-2.json`, ... that does not exist.
fn free_name() -> String {
    (1..)
        .map(|n| {
            if n == 1 {
                "skillgap-profile.json".to_string()
            } else {
                format!("skillgap-profile-{n}.json")
            }
        })
        .find(|name| !Path::new(name).exists())
        .unwrap_or_else(|| "skillgap-profile.json".to_string())
}

/// Asks where to save the profile; an existing file is only replaced when the person says so.
fn ask_file_name(p: &mut TermPrompter) -> Result<PathBuf, Interrupted> {
    loop {
        let name = p.text("File name", &free_name(), &|t| {
            let t = t.trim();
            if t.is_empty() {
                Err("enter a file name".into())
            } else if Path::new(t).is_dir() {
                Err("that is a folder; enter a file name".into())
            } else if !Path::new(t)
                .parent()
                .is_none_or(|d| d.as_os_str().is_empty() || d.is_dir())
            {
                Err("that folder does not exist; enter another place".into())
            } else {
                Ok(())
            }
        })?;
        let path = PathBuf::from(name.trim());
        if !path.exists() || p.confirm(&format!("{} exists. Replace it?", shown(&path)), false)? {
            return Ok(path);
        }
    }
}

/// After the report: saves the answers as a profile (as asked, or if the person wants to)
/// and deletes the draft.
pub fn finish(rubric: &Rubric, opts: &AssessOptions, mut done: Done) -> anyhow::Result<()> {
    let target = match &opts.save_profile {
        Some(path) => Some(path.clone()),
        None => {
            let p = &mut done.prompter;
            let keep = p
                .confirm(
                    "Save your answers as a profile, to re-run or compare later?",
                    true,
                )
                .map_err(|_| interrupted(done.draft.as_deref()))?;
            if keep {
                Some(ask_file_name(p).map_err(|_| interrupted(done.draft.as_deref()))?)
            } else {
                None
            }
        }
    };
    if let Some(path) = target {
        let mut bytes = serde_json::to_vec_pretty(&done.profile.to_doc(rubric))?;
        bytes.push(b'\n');
        crate::output::write_atomic(&path, &bytes)?;
        eprintln!(
            "Saved your answers to {}. Next time: skillgap assess --input {}",
            shown(&path),
            shown(&path)
        );
    }
    if let Some(path) = &done.draft {
        draft::discard(path)
            .with_context(|| format!("cannot delete the saved answers in {}", shown(path)))?;
    }
    Ok(())
}
