//! `skillgap review`: a supervisor, trainer, assessor or peer rates a person on the same
//! anchored scale as the person's own ratings, and saves the review as a file that
//! `assess`, `team` and `compare` read with `--review`. The answers are saved as a draft
//! after every one, as in the questionnaire, so that an interruption loses nothing.
//!
//! With `--input`, checks a review filled in by hand instead of asking anything.
//!
//! The reviewer is asked in `--lang`, else the language of the profile reviewed, else the
//! environment's; the review file is the same in every language.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use anyhow::Context;

use super::{Unfinished, pick_unfinished, resume_message, shown, stopped};
use crate::catalog::{Catalog, RubricChoice};
use crate::draft::{self, SavedReview};
use crate::exit::UsageError;
use crate::i18n::Lang;
use crate::input::{self, Origin};
use crate::output;
use crate::profile::review::same_person;
use crate::profile::{Profile, ProfileDoc, ReviewDoc, ReviewError, Strictness};
use crate::prompt::{TermPrompter, install_interrupt_handler, set_interrupt_message};
use crate::questionnaire::review::{ReviewAnswers, run_review};
use crate::questionnaire::{Halt, Prompter};
use crate::rubric::{Problem, Rubric};
use crate::settings::ReviewCmdSettings;
use crate::text::terminal_safe;
use crate::tr;

/// Runs `skillgap review`.
pub fn run(catalog: &Catalog, opts: ReviewCmdSettings) -> anyhow::Result<()> {
    if let Some(path) = &opts.input {
        return check_file(catalog, &opts, path);
    }
    check_before_questions(&opts)?;

    let mut prompter = TermPrompter::new().in_lang(opts.lang.lang());
    let (rubric, profile, rubric_file) = review_rubric(catalog, &opts, &mut prompter)?;
    let lang = opts.lang.with(profile.as_ref().and_then(|p| p.lang));
    prompter.set_lang(lang);
    let draft_path = draft::review_path_for(&rubric);
    let draft = draft_path.as_deref();
    let command = resume_command(&opts, &rubric);
    install_interrupt_handler(resume_message(draft, false, &command, lang));
    confirm_replace(&mut prompter, &opts, lang)?;

    let person = person_named(&opts, profile.as_ref());
    let Start {
        answers,
        profile,
        profile_path,
        mut written,
    } = starting_answers(
        catalog,
        &opts,
        &rubric,
        &mut prompter,
        (draft, &command),
        Start {
            answers: ReviewAnswers::new(&rubric, person),
            profile,
            profile_path: opts.profile.clone(),
            written: false,
        },
        lang,
    )?;
    set_interrupt_message(resume_message(draft, written, &command, lang));
    prompter.note(&intro(lang));
    let mut save_failed = false;
    let absolute_profile = profile_path
        .as_deref()
        .map(|p| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf()));
    let mut save = |a: &ReviewAnswers| {
        let Some(path) = draft else { return };
        match draft::save_review(
            path,
            &rubric,
            a,
            rubric_file.as_deref(),
            absolute_profile.as_deref(),
        ) {
            Ok(()) if !written => {
                written = true;
                set_interrupt_message(resume_message(Some(path), true, &command, lang));
            }
            Ok(()) => {}
            Err(e) if !save_failed => {
                let error = format!("{e:#}");
                eprintln!(
                    "skillgap: warning: {}",
                    tr!(lang, "ask-save-failed", error = error)
                );
                save_failed = true;
            }
            Err(_) => {}
        }
    };
    // Asked with the rubric's words in the reviewer's language; saved by ids.
    let words = rubric.in_lang(lang);
    let result = run_review(
        &words,
        &mut prompter,
        answers,
        profile.as_ref(),
        &mut save,
        lang,
    );
    let Ok(answers) = result else {
        return Err(match prompter.take_failure() {
            Some(e) => anyhow::anyhow!(tr!(
                lang,
                "review-terminal-failed",
                error = crate::input::plain_io(&e)
            )),
            None => stopped(resume_message(draft, written, &command, lang)),
        });
    };
    finish(
        &rubric,
        &opts,
        &mut prompter,
        &answers,
        (draft, profile_path.as_deref()),
        &command,
        lang,
    )
}

/// With `--save-review` naming a file that exists (and no `--force`), asks before the first
/// question whether to replace it.
fn confirm_replace(
    prompter: &mut dyn Prompter,
    opts: &ReviewCmdSettings,
    lang: Lang,
) -> anyhow::Result<()> {
    crate::commands::confirm_replace(
        prompter,
        opts.save_review.as_deref(),
        opts.force,
        (&tr!(lang, "review-what-review"), "--save-review"),
        lang,
    )
}

/// What the reviewer reads before the first question: how to answer, and the keys.
fn intro(lang: Lang) -> String {
    let not_observed = crate::questionnaire::review::not_observed(lang);
    format!(
        "{}\n{}",
        tr!(lang, "review-intro", not_observed = not_observed),
        tr!(lang, "ask-intro-keys")
    )
}

/// The person reviewed, as `--person` or their profile names them.
fn person_named(opts: &ReviewCmdSettings, profile: Option<&Profile>) -> Option<String> {
    opts.person
        .clone()
        .or_else(|| profile.and_then(|p| p.name.clone()))
        .filter(|n| !n.trim().is_empty())
}

/// After the last answer: writes the review (to `--save-review`, or where the reviewer
/// says), deletes the draft, and says how to use the review.
fn finish(
    rubric: &Rubric,
    opts: &ReviewCmdSettings,
    prompter: &mut dyn Prompter,
    answers: &ReviewAnswers,
    (draft_path, profile_path): (Option<&Path>, Option<&Path>),
    command: &str,
    lang: Lang,
) -> anyhow::Result<()> {
    set_interrupt_message(tr!(lang, "review-not-saved-stopped"));
    let review = answers.to_review(opts.date);
    let target = match &opts.save_review {
        Some(path) => path.clone(),
        None => ask_file_name(prompter, &review.person, opts.date, lang)
            .map_err(|_| stopped(resume_message(draft_path, true, command, lang)))?,
    };
    let mut bytes = serde_json::to_vec_pretty(&review.to_doc(rubric))?;
    bytes.push(b'\n');
    output::write_atomic(&target, &bytes)?;
    if let Some(path) = draft_path {
        draft::discard(path)
            .with_context(|| tr!(lang, "review-cannot-delete-draft", path = shown(path)))?;
    }
    let profile_arg = profile_path.map_or_else(|| tr!(lang, "review-profile-placeholder"), shown);
    eprintln!(
        "{}",
        crate::prompt::wrap_for_terminal(&tr!(
            lang,
            "review-saved",
            path = shown(&target),
            profile = profile_arg
        ))
    );
    Ok(())
}

/// The rubric of the review (with the profile of the person, when given, and the rubric's
/// file, when it was read from one): from `--rubric`, the profile, or the default; plain
/// `--resume` continues an unfinished review of any rubric.
fn review_rubric(
    catalog: &Catalog,
    opts: &ReviewCmdSettings,
    prompter: &mut dyn Prompter,
) -> anyhow::Result<(Rubric, Option<Profile>, Option<PathBuf>)> {
    let picked = match (opts.resume, &opts.rubric, &opts.profile, draft::state_dir()) {
        (true, None, None, Some(dir)) => {
            pick_review_draft_in(&dir, catalog, prompter, opts.lang.lang())?
        }
        _ => None,
    };
    if let Some((rubric, file)) = picked {
        return Ok((rubric, None, file));
    }
    let (rubric, profile) = rubric_and_profile(catalog, opts, opts.profile.as_deref())?;
    // A rubric read from a file is found again from the draft by that file.
    let file = match &opts.rubric {
        Some(choice @ RubricChoice::File(path)) if !choice.is_stdin() => {
            Some(std::path::absolute(path).unwrap_or_else(|_| path.clone()))
        }
        _ => None,
    };
    Ok((rubric, profile, file))
}

/// The rubric of the unfinished review to continue: the only one, or the one the reviewer
/// picks among several (by rubric, person, date and progress), with its file when it was
/// read from one. `None` when there is none.
fn pick_review_draft_in(
    dir: &Path,
    catalog: &Catalog,
    prompter: &mut dyn Prompter,
    lang: Lang,
) -> anyhow::Result<Option<(Rubric, Option<PathBuf>)>> {
    let found = draft::list_reviews(dir)
        .into_iter()
        .filter_map(|found| {
            let d = &found.draft;
            Unfinished::find(catalog, &d.rubric, d.rubric_file.as_deref(), |rubric| {
                let when = found.modified.map(draft::date_text).unwrap_or_default();
                let person = match d.person.as_deref() {
                    Some(name) => terminal_safe(name).into_owned(),
                    None => tr!(lang, "review-draft-no-name"),
                };
                let progress = tr!(
                    lang,
                    "review-draft-progress",
                    answered = d.ratings.len(),
                    total = rubric.skills.len()
                );
                format!(
                    "{} · {person} · {when} · {progress}",
                    terminal_safe(&rubric.in_lang(lang).title),
                )
            })
        })
        .collect();
    let picked = pick_unfinished(
        prompter,
        found,
        &tr!(lang, "review-pick-draft"),
        &tr!(lang, "review-pick-draft-stopped"),
    )?;
    Ok(picked.map(|u| (u.rubric, u.rubric_file)))
}

/// Where the review starts: no answers, or an unfinished review the reviewer resumes (with
/// the profile it was started with, for the comparison at the end).
struct Start {
    answers: ReviewAnswers,
    profile: Option<Profile>,
    profile_path: Option<PathBuf>,
    /// Whether the draft file holds the answers already.
    written: bool,
}

/// Finds an unfinished review and resumes it (with `--resume`, or if the reviewer says so)
/// or discards it.
fn starting_answers(
    catalog: &Catalog,
    opts: &ReviewCmdSettings,
    rubric: &Rubric,
    prompter: &mut dyn Prompter,
    (draft_path, command): (Option<&Path>, &str),
    mut start: Start,
    lang: Lang,
) -> anyhow::Result<Start> {
    match draft_path.map(|p| (p, draft::load_review(p, rubric))) {
        None | Some((_, SavedReview::None)) => {
            if opts.resume {
                prompter.note(&tr!(lang, "review-no-draft"));
            }
        }
        Some((_, SavedReview::SetAside(aside, reason))) => prompter.note(&tr!(
            lang,
            "review-draft-set-aside",
            reason = terminal_safe(&reason).into_owned(),
            path = shown(&aside)
        )),
        Some((path, SavedReview::Answers(saved, saved_profile))) => {
            let question = match saved.person.as_deref() {
                Some(p) => tr!(
                    lang,
                    "review-draft-found-of",
                    person = terminal_safe(p).into_owned()
                ),
                None => tr!(lang, "review-draft-found"),
            };
            let resume = opts.resume
                || prompter
                    .select(
                        &question,
                        &[
                            tr!(lang, "ask-draft-resume"),
                            tr!(lang, "review-draft-discard"),
                        ],
                        0,
                    )
                    .map_err(|_| stopped(resume_message(Some(path), true, command, lang)))?
                    == 0;
            if resume {
                start.answers = saved;
                start.written = true;
                if start.profile.is_none()
                    && let Some(p) = saved_profile
                {
                    // The profile named when the review started, for the comparison at
                    // the end; a profile that cannot be read now is simply not compared.
                    start.profile = rubric_and_profile(catalog, opts, Some(&p))
                        .ok()
                        .and_then(|(_, p)| p);
                    start.profile_path = Some(p);
                }
            } else {
                draft::discard(path)
                    .with_context(|| tr!(lang, "review-cannot-delete-draft", path = shown(path)))?;
            }
        }
    }
    Ok(start)
}

/// What can be refused before any question: no terminal, and where the review will go.
fn check_before_questions(opts: &ReviewCmdSettings) -> anyhow::Result<()> {
    if !std::io::stdin().is_terminal() || !std::io::stderr().is_terminal() {
        return Err(UsageError(
            "this is not an interactive terminal (standard input and standard error must both be one), so skillgap cannot ask the review's questions; check a review filled in by hand with --input FILE. `skillgap template --review -o review.json` writes one to fill in"
                .into(),
        )
        .into());
    }
    if let Some(path) = &opts.save_review
        && let Some(problem) = save_path_problem(path, opts.lang.lang())
    {
        return Err(UsageError(format!("--save-review: {problem}")).into());
    }
    let mut inputs: Vec<&Path> = opts.profile.as_deref().into_iter().collect();
    inputs.extend(opts.rubric.as_ref().map(|r| r.as_path()));
    output::check_destinations(
        &opts.save_review.clone().into_iter().collect::<Vec<_>>(),
        &inputs,
    )?;
    Ok(())
}

/// The rubric (`--rubric`, else the profile's, else the default) and the profile reviewed,
/// when one is given.
fn rubric_and_profile(
    catalog: &Catalog,
    opts: &ReviewCmdSettings,
    profile: Option<&Path>,
) -> anyhow::Result<(Rubric, Option<Profile>)> {
    let input = profile.map(input::read_text).transpose()?;
    let doc = input
        .as_ref()
        .map(|(text, origin)| ProfileDoc::from_json(text, origin))
        .transpose()?;
    let rubric = match (&opts.rubric, doc.as_ref().and_then(|d| d.rubric.as_deref())) {
        (Some(choice), _) => catalog.load(choice)?,
        (None, Some(id)) => catalog.load_id(id)?,
        (None, None) => catalog.default_rubric(),
    };
    let profile = match (doc, input.as_ref()) {
        (Some(doc), Some((_, origin))) => {
            Some(doc.validate(&rubric, origin, Strictness::default())?)
        }
        _ => None,
    };
    Ok((rubric, profile))
}

/// `--input`: checks a review filled in by hand, and says what it holds.
fn check_file(catalog: &Catalog, opts: &ReviewCmdSettings, path: &Path) -> anyhow::Result<()> {
    let (text, origin) = input::read_text(path)?;
    let doc = ReviewDoc::from_json(&text, &origin)?;
    let (rubric, profile) = match (&opts.rubric, &opts.profile, doc.rubric.as_deref()) {
        (None, None, Some(id)) => (catalog.load_id(id)?, None),
        _ => rubric_and_profile(catalog, opts, opts.profile.as_deref())?,
    };
    let review = doc.validate(&rubric, &origin)?;
    let person = person_named(opts, profile.as_ref());
    if let Some(name) = person
        && !same_person(&name, &review.person)
    {
        return Err(person_mismatch(&origin, &review.person, &name).into());
    }
    let lang = opts.lang.with(profile.as_ref().and_then(|p| p.lang));
    let date = match lang {
        Lang::En => review.date.to_string(),
        _ => crate::i18n::day(lang, review.date),
    };
    let role = tr!(lang, "review-role-name", role = review.role.as_str());
    let line = format!(
        "{}\n",
        tr!(
            lang,
            "review-valid",
            file = origin.to_string(),
            person = terminal_safe(&review.person).into_owned(),
            rated = review.rated(),
            total = rubric.skills.len(),
            reviewer = terminal_safe(&review.reviewer).into_owned(),
            role = role,
            date = date
        )
    );
    output::write_stdout(line.as_bytes())?;
    Ok(())
}

fn person_mismatch(origin: &Origin, person: &str, name: &str) -> ReviewError {
    ReviewError::Invalid {
        origin: origin.clone(),
        problems: vec![Problem {
            path: "person".into(),
            message: format!(
                "is \"{}\" but the person reviewed is \"{}\"; check that this is the right review",
                terminal_safe(person),
                terminal_safe(name)
            ),
        }],
    }
}

/// The command that continues this review.
fn resume_command(opts: &ReviewCmdSettings, rubric: &Rubric) -> String {
    let mut cmd = String::from("skillgap");
    for dir in &opts.rubric_dirs {
        cmd.push_str(&format!(" --rubric-dir {}", shown(dir)));
    }
    cmd.push_str(" review --resume");
    if rubric.id != Rubric::builtin().id {
        cmd.push_str(&format!(" --rubric {}", terminal_safe(&rubric.id)));
    }
    if let Some(path) = &opts.save_review {
        cmd.push_str(&format!(" --save-review {}", shown(path)));
    }
    cmd
}

/// Why a review cannot be saved at `path`: a folder, or a folder that does not exist.
fn save_path_problem(path: &Path, lang: Lang) -> Option<String> {
    let text = path.to_string_lossy();
    if text.trim().is_empty() {
        return Some(tr!(lang, "ask-file-name-empty"));
    }
    if text.ends_with('/') || path.is_dir() {
        return Some(tr!(lang, "review-file-is-folder", path = shown(path)));
    }
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() && !dir.is_dir() => {
            Some(tr!(lang, "ask-folder-missing", path = shown(dir)))
        }
        _ => None,
    }
}

/// A file name for the review from the person's name and the day, such as
/// `review-sam-rivera-2026-11-27.json`, not taken yet.
fn default_name(person: &str, date: crate::date::Date) -> String {
    let slug: String = person
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let stem = if slug.is_empty() {
        format!("review-{date}")
    } else {
        format!("review-{slug}-{date}")
    };
    (1..)
        .map(|n| {
            if n == 1 {
                format!("{stem}.json")
            } else {
                format!("{stem}-{n}.json")
            }
        })
        .find(|name| !Path::new(name).exists())
        .unwrap_or(format!("{stem}.json"))
}

/// Asks where to save the review; an existing file is only replaced when the reviewer says
/// so.
fn ask_file_name(
    p: &mut dyn Prompter,
    person: &str,
    date: crate::date::Date,
    lang: Lang,
) -> Result<PathBuf, Halt> {
    super::ask_save_path(
        p,
        (&tr!(lang, "review-save-as"), &default_name(person, date)),
        &|path| save_path_problem(path, lang),
        lang,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resume_continues_the_one_unfinished_review_or_asks_which_of_several() {
        use crate::questionnaire::tests::{Reply, Script};
        let catalog = Catalog::default();
        let dir = tempfile::tempdir().unwrap();
        let media = catalog.load_id("media-production-specialist").unwrap();
        let mut a = ReviewAnswers::new(&media, Some("Ana Souza".into()));
        a.ratings[0] = Some(Some(2));
        let media_draft = dir
            .path()
            .join(draft::review_path_for(&media).unwrap().file_name().unwrap());
        draft::save_review(&media_draft, &media, &a, None, None).unwrap();
        // A questionnaire draft beside it is not a review.
        let prod = Rubric::builtin();
        let answers = crate::questionnaire::Answers::new(&prod, false);
        let assess_draft = dir
            .path()
            .join(draft::path_for(&prod).unwrap().file_name().unwrap());
        draft::save(&assess_draft, &prod, &answers, None).unwrap();

        // One unfinished review, of any rubric: no question.
        let mut script = Script::new(vec![]);
        let (rubric, file) = pick_review_draft_in(dir.path(), &catalog, &mut script, Lang::En)
            .unwrap()
            .unwrap();
        assert_eq!((rubric.id.as_str(), file), (media.id.as_str(), None));
        assert!(script.asked.is_empty());

        // Two: the reviewer picks, seeing rubric, person and progress; a rubric read from a
        // file is found again by its file.
        let custom = dir.path().join("my-rubric.json");
        std::fs::write(
            &custom,
            std::fs::read_to_string(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/rubrics/production-specialist.json"
            ))
            .unwrap()
            .replacen("\"production-specialist\"", "\"my-line\"", 1),
        )
        .unwrap();
        let mine = catalog.load(&RubricChoice::File(custom.clone())).unwrap();
        assert_eq!(mine.id, "my-line");
        let b = ReviewAnswers::new(&mine, Some("Sam Rivera".into()));
        let mine_draft = dir
            .path()
            .join(draft::review_path_for(&mine).unwrap().file_name().unwrap());
        draft::save_review(&mine_draft, &mine, &b, Some(&custom), None).unwrap();
        let listed = draft::list_reviews(dir.path());
        assert_eq!(listed.len(), 2);
        let mine_at = listed
            .iter()
            .position(|f| f.draft.rubric == "my-line")
            .unwrap();
        let mut script = Script::new(vec![Reply::Select(mine_at)]);
        let (rubric, file) = pick_review_draft_in(dir.path(), &catalog, &mut script, Lang::En)
            .unwrap()
            .unwrap();
        assert_eq!((rubric.id.as_str(), file), ("my-line", Some(custom)));
        let items = &script.lists[0];
        assert!(items[mine_at].contains("Sam Rivera"), "{items:?}");
        let other = &items[1 - mine_at];
        assert!(
            other.contains("Ana Souza") && other.contains(&media.title),
            "{other}"
        );
        assert!(
            other.contains(&format!("1 of {} skills answered", media.skills.len())),
            "{other}"
        );

        // None: nothing to pick.
        let empty = tempfile::tempdir().unwrap();
        let mut script = Script::new(vec![]);
        assert!(
            pick_review_draft_in(empty.path(), &catalog, &mut script, Lang::En)
                .unwrap()
                .is_none()
        );
    }

    #[test]
    fn review_files_are_named_after_the_person_and_the_day() {
        let day = crate::date::Date::parse_explained("2026-11-27").unwrap();
        assert_eq!(
            default_name("Sam  Rivera-Ortiz", day),
            "review-sam-rivera-ortiz-2026-11-27.json"
        );
        assert_eq!(default_name("\u{1b}[2J", day), "review-2j-2026-11-27.json");
        assert_eq!(default_name("", day), "review-2026-11-27.json");
    }
}
