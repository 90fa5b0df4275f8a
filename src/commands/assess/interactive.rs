//! The questionnaire path of `skillgap assess`: find or discard a draft, run the interview on
//! the terminal, and afterwards save the answers as a profile and delete the draft.
//!
//! Everything that can be checked before the first question is checked then (where the
//! profile will be saved, whether that replaces a file), so that nothing fails after the
//! person has answered every question.
//!
//! Everything it says is in the person's language: `--lang`, else the language of the
//! answers resumed or of the profile updated, else the environment's.

use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::catalog::Catalog;
use crate::commands::{Unfinished, pick_unfinished, resume_message, shown, stopped};
use crate::draft::{self, Saved};
use crate::export::{Format, render_to_vec, renderer};
use crate::i18n::Lang;
use crate::profile::Profile;
use crate::prompt::{TermPrompter, install_interrupt_handler, set_interrupt_message};
use crate::questionnaire::{self, Answers, Interrupted, Prompter, TargetAnswer};
use crate::report::Report;
use crate::rubric::Rubric;
use crate::settings::AssessSettings;
use crate::text::terminal_safe;
use crate::tr;

mod save;

pub use save::{ask_page, ask_where_to_save};

/// A finished interview.
pub struct Done {
    /// The language the questions were asked in, which the report and the profile take.
    pub lang: Lang,
    /// The profile the answers describe.
    pub profile: Profile,
    /// The answers, for what the report says about skills not asked.
    pub answers: Answers,
    /// Where the draft is, to delete once the answers are safe.
    draft: Option<PathBuf>,
    prompter: TermPrompter,
}

/// A path as it can be typed in a shell.
fn quoted(path: &Path) -> String {
    let text = shown(path);
    if text
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-+:@%~".contains(c))
    {
        text
    } else {
        format!("'{}'", text.replace('\'', r"'\''"))
    }
}

/// The command that continues this questionnaire, with every option it needs.
pub fn resume_command(
    opts: &AssessSettings,
    rubric: &Rubric,
    rubric_file: Option<&Path>,
) -> String {
    let mut cmd = String::from("skillgap");
    for dir in &opts.rubric_dirs {
        cmd.push_str(&format!(" --rubric-dir {}", quoted(dir)));
    }
    cmd.push_str(" assess --resume");
    match rubric_file {
        Some(file) => cmd.push_str(&format!(" --rubric {}", quoted(file))),
        None if rubric.id != Rubric::builtin().id => {
            cmd.push_str(&format!(" --rubric {}", terminal_safe(&rubric.id)));
        }
        None => {}
    }
    if let Some(path) = &opts.save_profile {
        cmd.push_str(&format!(" --save-profile {}", quoted(path)));
    }
    for (path, _) in &opts.output.files {
        cmd.push_str(&format!(" -o {}", quoted(path)));
    }
    cmd
}

/// Why a profile cannot be saved at `path`, checked before any question: a folder, a name
/// ending in a slash, or a folder that does not exist.
pub fn save_path_problem(path: &Path) -> Option<String> {
    save_path_problem_in(path, Lang::En)
}

/// [`save_path_problem`] in `lang`, for the file name asked after the report.
pub fn save_path_problem_in(path: &Path, lang: Lang) -> Option<String> {
    let text = path.to_string_lossy();
    if text.trim().is_empty() {
        return Some(tr!(lang, "ask-file-name-empty"));
    }
    if text.ends_with('/') || text.ends_with(std::path::MAIN_SEPARATOR) || path.is_dir() {
        return Some(tr!(
            lang,
            "ask-file-is-folder",
            path = shown(path),
            example = shown(&path.join("skillgap-profile.json"))
        ));
    }
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() && !dir.is_dir() => {
            Some(tr!(lang, "ask-folder-missing", path = shown(dir)))
        }
        _ => None,
    }
}

/// `--resume` without `--rubric`: the rubric of the one draft there is, or of the one the
/// person picks among several. `None` when there is no draft. Asked in `lang`.
pub fn pick_draft(
    catalog: &Catalog,
    prompter: &mut dyn Prompter,
    lang: Lang,
) -> anyhow::Result<Option<(Rubric, Option<PathBuf>)>> {
    match draft::state_dir() {
        Some(dir) => pick_draft_in(&dir, catalog, prompter, lang),
        None => Ok(None),
    }
}

fn pick_draft_in(
    dir: &Path,
    catalog: &Catalog,
    prompter: &mut dyn Prompter,
    lang: Lang,
) -> anyhow::Result<Option<(Rubric, Option<PathBuf>)>> {
    let found = draft::list(dir)
        .into_iter()
        .filter_map(|found| {
            let d = &found.draft;
            Unfinished::find(catalog, &d.rubric, d.rubric_file.as_deref(), |rubric| {
                let progress = match d.to_answers(rubric) {
                    Ok(a) => {
                        let (answered, asked) = a.progress(rubric);
                        tr!(
                            lang,
                            "ask-draft-progress",
                            answered = answered,
                            asked = asked
                        )
                    }
                    Err(_) => tr!(lang, "ask-draft-other-version"),
                };
                let when = found.modified.map(draft::date_text).unwrap_or_default();
                let name = match d.name.as_deref() {
                    Some(name) => terminal_safe(name).into_owned(),
                    None => tr!(lang, "ask-draft-no-name"),
                };
                format!(
                    "{} · {name} · {when} · {progress}",
                    terminal_safe(&rubric.in_lang(lang).title),
                )
            })
        })
        .collect();
    let picked = pick_unfinished(
        prompter,
        found,
        &tr!(lang, "ask-pick-draft"),
        &tr!(lang, "ask-pick-draft-stopped"),
    )?;
    Ok(picked.map(|u| (u.rubric, u.rubric_file)))
}

/// The warnings the report carries after a questionnaire: the skills `--quick` did not ask,
/// and the reliability checks. The review showed them already; they are not repeated on
/// standard error. In `lang`: the report's JSON carries them in English.
pub fn review_warnings(rubric: &Rubric, done: &Done, lang: Lang) -> Vec<String> {
    let mut warnings = Vec::new();
    warnings.extend(questionnaire::quick_notes(rubric, &done.answers, lang));
    warnings.extend(crate::checks::reliability_warnings(
        rubric,
        &done.profile,
        lang,
    ));
    warnings
}

/// How the questionnaire starts.
pub struct Start {
    /// The profile given with `--update`, whose answers are the defaults.
    pub update: Option<(PathBuf, Profile)>,
    /// The rubric's file, when it was given as a path.
    pub rubric_file: Option<PathBuf>,
    /// The target from `--level`.
    pub level: Option<usize>,
    /// The language to ask in: `--lang`, else the updated profile's, else the environment's.
    /// Answers resumed without `--lang` continue in their own.
    pub lang: Lang,
}

/// Runs the interview, from a draft when there is one and the person wants it.
pub fn run(
    rubric: &Rubric,
    opts: &AssessSettings,
    mut prompter: TermPrompter,
    mut start: Start,
) -> anyhow::Result<Done> {
    let draft_path = draft::path_for(rubric);
    // What is asked about answers left unfinished is asked in their language.
    let chosen = start.lang;
    start.lang = asked_in(chosen, opts.lang.given, draft_lang(draft_path.as_deref()));
    let command = resume_command(opts, rubric, start.rubric_file.as_deref());
    prompter.set_lang(start.lang);
    install_interrupt_handler(resume_message(
        draft_path.as_deref(),
        false,
        &command,
        start.lang,
    ));

    crate::commands::confirm_replace(
        &mut prompter,
        opts.save_profile.as_deref(),
        opts.force,
        (&tr!(start.lang, "ask-what-answers"), "--save-profile"),
        start.lang,
    )?;
    let (mut answers, mut written) = starting_answers(
        rubric,
        opts,
        &start,
        &mut prompter,
        draft_path.as_deref(),
        &command,
    )?;
    if let Some(l) = start.level {
        answers.target = TargetAnswer::Level(l);
        answers.target_fixed = true;
    }
    let lang = asked_in(chosen, opts.lang.given, answers.lang.filter(|_| written));
    answers.lang = Some(lang);
    prompter.set_lang(lang);
    set_interrupt_message(resume_message(
        draft_path.as_deref(),
        written,
        &command,
        lang,
    ));

    prompter.note(&format!(
        "{}\n{}",
        tr!(lang, "ask-intro"),
        tr!(lang, "ask-intro-keys")
    ));
    let mut save_failed = false;
    let rubric_file = start.rubric_file.clone();
    let mut save = |a: &Answers| {
        let Some(path) = &draft_path else { return };
        match draft::save(path, rubric, a, rubric_file.as_deref()) {
            Ok(()) if !written => {
                written = true;
                set_interrupt_message(resume_message(Some(path), true, &command, lang));
            }
            Ok(()) => {}
            Err(e) if !save_failed => {
                let warning = tr!(lang, "ask-save-failed", error = format!("{e:#}"));
                eprintln!("skillgap: warning: {warning}");
                set_interrupt_message(tr!(lang, "ask-save-failed-stopped"));
                save_failed = true;
            }
            Err(_) => {}
        }
    };
    // Asked with the rubric's words in the person's language; answered and saved by ids.
    let words = rubric.in_lang(lang);
    let result = questionnaire::interview(&words, &mut prompter, answers, &mut save);
    let answers = match result {
        Ok(answers) => answers,
        Err(_) => {
            let stop = Stop {
                written,
                save_failed,
                draft: draft_path.as_deref(),
                command: &command,
            };
            return Err(stop.error(&mut prompter, lang));
        }
    };
    Ok(Done {
        lang,
        profile: answers.to_profile(rubric),
        answers,
        draft: draft_path,
        prompter,
    })
}

/// The language to ask in: answers resumed go on in theirs, unless `--lang` says otherwise;
/// else `chosen` (`--lang`, the updated profile's or the environment's).
fn asked_in(chosen: Lang, given: Option<Lang>, resumed: Option<Lang>) -> Lang {
    match (given, resumed) {
        (None, Some(resumed)) => resumed,
        _ => chosen,
    }
}

/// The language of the answers saved at `path`, if they can be read and say.
fn draft_lang(path: Option<&Path>) -> Option<Lang> {
    let text = std::fs::read_to_string(path?).ok()?;
    serde_json::from_str::<draft::Draft>(&text).ok()?.lang
}

/// Where an interview that stopped stands, for what the person is told.
struct Stop<'a> {
    /// The draft file holds the answers.
    written: bool,
    /// Saving the answers as they went failed (a warning said so).
    save_failed: bool,
    draft: Option<&'a Path>,
    command: &'a str,
}

impl Stop<'_> {
    /// The error that ends `assess` when the interview stopped: the terminal failed, or the
    /// person stopped (and where the answers are).
    fn error(&self, prompter: &mut TermPrompter, lang: Lang) -> anyhow::Error {
        if let Some(e) = prompter.take_failure() {
            let error = crate::input::plain_io(&e);
            return anyhow::anyhow!(if self.written {
                tr!(
                    lang,
                    "ask-terminal-failed-kept",
                    error = error,
                    command = self.command
                )
            } else {
                tr!(lang, "ask-terminal-failed", error = error)
            });
        }
        if self.save_failed {
            return stopped(tr!(lang, "ask-save-failed-stopped-short"));
        }
        stopped(resume_message(self.draft, self.written, self.command, lang))
    }
}

/// The answers the interview starts from: the profile being updated, or nothing, or a
/// draft the person chooses to resume; and whether the draft file already holds them.
fn starting_answers(
    rubric: &Rubric,
    opts: &AssessSettings,
    start: &Start,
    prompter: &mut dyn Prompter,
    draft_path: Option<&Path>,
    command: &str,
) -> anyhow::Result<(Answers, bool)> {
    let mut answers = match &start.update {
        Some((path, profile)) => {
            let mut a = Answers::from_profile(rubric, profile, opts.quick);
            // Absolute, so that saved answers resumed in another folder still update it.
            a.update = Some(absolute(path));
            a
        }
        None => Answers::new(rubric, opts.quick),
    };
    let lang = start.lang;
    let mut written = false;
    let cannot_delete = |path: &Path| tr!(lang, "ask-cannot-delete-draft", path = shown(path));
    match draft_path.map(|p| (p, draft::load(p, rubric))) {
        None | Some((_, Saved::None)) => {
            if opts.resume {
                prompter.note(&tr!(lang, "ask-no-draft"));
            }
        }
        Some((_, Saved::SetAside(aside, reason))) => prompter.note(&tr!(
            lang,
            "ask-draft-set-aside",
            reason = terminal_safe(&reason).into_owned(),
            path = shown(&aside)
        )),
        Some((path, Saved::Answers(saved)))
            if start.update.is_some() && saved.update != answers.update =>
        {
            // Continuing another questionnaire would not update this profile.
            let updated = shown(answers.update.as_deref().unwrap_or(Path::new("")));
            let keep = prompter
                .select(
                    &tr!(lang, "ask-other-draft"),
                    &[
                        tr!(lang, "ask-other-draft-discard", path = updated),
                        tr!(lang, "ask-other-draft-keep"),
                    ],
                    0,
                )
                .map_err(|_| stopped(resume_message(Some(path), true, command, lang)))?
                == 1;
            if keep {
                return Err(stopped(tr!(lang, "ask-other-draft-kept")));
            }
            draft::discard(path).with_context(|| cannot_delete(path))?;
        }
        Some((path, Saved::Answers(saved))) => {
            let resume = opts.resume
                || prompter
                    .select(
                        &tr!(lang, "ask-draft-found"),
                        &[
                            tr!(lang, "ask-draft-resume"),
                            tr!(lang, "ask-draft-discard"),
                        ],
                        0,
                    )
                    .map_err(|_| stopped(resume_message(Some(path), true, command, lang)))?
                    == 0;
            if resume {
                answers = saved;
                answers.quick |= opts.quick;
                answers.kept = updated_profile(rubric, start, answers.update.as_deref())?;
                written = true;
            } else {
                draft::discard(path).with_context(|| cannot_delete(path))?;
            }
        }
    }
    Ok((answers, written))
}

/// The path as it is from the root, when the current folder can be found.
fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

/// The profile resumed answers update, as it is now: what the questionnaire does not ask
/// (the group, the days of credentials, the reviews, the skills `--quick` leaves out) is
/// written back from it. Read again from its file unless `--update` just read it; `None`
/// when the answers update no profile.
fn updated_profile(
    rubric: &Rubric,
    start: &Start,
    path: Option<&Path>,
) -> anyhow::Result<Option<Box<Profile>>> {
    let Some(path) = path else { return Ok(None) };
    if let Some((given, profile)) = &start.update
        && absolute(given) == path
    {
        return Ok(Some(Box::new(profile.clone())));
    }
    let read = || -> anyhow::Result<Profile> {
        let (text, origin) = crate::input::read_text(path)?;
        Ok(crate::profile::parse(
            &text,
            &origin,
            rubric,
            Default::default(),
        )?)
    };
    let profile =
        read().with_context(|| tr!(start.lang, "ask-update-unreadable", path = shown(path)))?;
    Ok(Some(Box::new(profile)))
}

/// The day of the assessment the profile at `path` holds, if it says.
fn earlier_day(rubric: &Rubric, path: &Path) -> Option<crate::date::Date> {
    let (text, origin) = crate::input::read_text(path).ok()?;
    crate::profile::parse(&text, &origin, rubric, Default::default())
        .ok()?
        .assessed_on
}

/// The profile file to write: over the profile being updated, when there is one, so that
/// what the questionnaire does not ask comes back as that file had it (see
/// [`Profile::to_doc_over`]); a new file otherwise, or when that one can no longer be read.
pub(crate) fn profile_bytes(
    rubric: &Rubric,
    profile: &Profile,
    updated: Option<&Path>,
) -> anyhow::Result<Vec<u8>> {
    let source = updated.and_then(|p| crate::input::read_text(p).ok());
    let over = source
        .as_ref()
        .and_then(|(text, origin)| crate::profile::ProfileDoc::from_json(text, origin).ok());
    let doc = match &over {
        Some(file) => profile.to_doc_over(rubric, file),
        None => profile.to_doc(rubric),
    };
    let mut bytes = serde_json::to_vec_pretty(&doc)?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// Offers to keep the report shown on the terminal as a web page, and writes it whole.
fn offer_page(opts: &AssessSettings, done: &mut Done, report: &Report) -> anyhow::Result<()> {
    let shown_here = opts.output.files.is_empty() && opts.output.stdout == Format::Table;
    let has_page = opts.output.files.iter().any(|(_, f)| *f == Format::Html);
    if !shown_here || has_page {
        return Ok(());
    }
    let lang = done.lang;
    let Some(path) = ask_page(&mut done.prompter, lang)
        .map_err(|Interrupted| stopped(tr!(lang, "ask-page-stopped")))?
    else {
        return Ok(());
    };
    let page = render_to_vec(&*renderer::<Report>(Format::Html, false, None), report)
        .with_context(|| tr!(lang, "ask-page-failed"))?;
    crate::output::write_atomic(&path, &page)?;
    eprintln!(
        "{}",
        crate::prompt::wrap_for_terminal(&tr!(
            lang,
            "ask-page-saved",
            path = shown(&absolute(&path))
        ))
    );
    Ok(())
}

/// After the report: saves the answers as a profile (as asked, or if the person wants to),
/// offers to keep the report as a web page, and deletes the draft. The assessment is
/// finished either way, so the draft goes even when the person stops here. Every file
/// written is named by its full path.
pub fn finish(
    rubric: &Rubric,
    opts: &AssessSettings,
    mut done: Done,
    report: &Report,
) -> anyhow::Result<()> {
    let lang = done.lang;
    let discard = |draft: &Option<PathBuf>| -> anyhow::Result<()> {
        if let Some(path) = draft {
            draft::discard(path)
                .with_context(|| tr!(lang, "ask-cannot-delete-draft", path = shown(path)))?;
        }
        Ok(())
    };
    set_interrupt_message(tr!(lang, "ask-not-saved-stopped"));
    let target = match (&opts.save_profile, &done.answers.update) {
        (Some(path), _) => Some(path.clone()),
        (None, update) => match ask_where_to_save(&mut done.prompter, update.as_deref(), lang) {
            Ok(target) => target,
            Err(Interrupted) => {
                discard(&done.draft)?;
                return Err(stopped(tr!(lang, "ask-not-saved-stopped")));
            }
        },
    };
    if let Some(path) = target {
        let bytes = profile_bytes(rubric, &done.profile, done.answers.update.as_deref())?;
        // Writing over the profile being updated: its previous version is kept, dated.
        let updated = done.answers.update.as_deref();
        if opts.keep_history
            && updated.is_some_and(|u| absolute(u) == absolute(&path))
            && let Some(kept) = crate::history::keep(&path, earlier_day(rubric, &path))?
        {
            eprintln!(
                "{}",
                crate::prompt::wrap_for_terminal(&tr!(
                    lang,
                    "ask-kept-previous",
                    path = shown(&absolute(&kept))
                ))
            );
        }
        crate::output::write_atomic(&path, &bytes)?;
        eprintln!(
            "{}",
            crate::prompt::wrap_for_terminal(&tr!(
                lang,
                "ask-saved",
                path = shown(&absolute(&path)),
                update = quoted(&path)
            ))
        );
    }
    let page = offer_page(opts, &mut done, report);
    discard(&done.draft)?;
    page
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::expand_home;
    use save::free_name;

    #[test]
    fn resumed_answers_go_on_in_their_language_unless_lang_is_given() {
        use Lang::{En, Es};
        assert_eq!(
            asked_in(En, None, Some(Es)),
            Es,
            "a Spanish draft, English around"
        );
        assert_eq!(
            asked_in(Es, Some(Es), Some(En)),
            Es,
            "--lang es over an English draft"
        );
        assert_eq!(
            asked_in(En, Some(En), Some(Es)),
            En,
            "--lang en over a Spanish draft"
        );
        assert_eq!(asked_in(Es, None, None), Es, "nothing resumed");
    }

    #[test]
    fn save_paths_that_name_folders_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        assert!(save_path_problem(d).unwrap().contains("is a folder"));
        let slash = PathBuf::from(format!("{}/missing/", d.display()));
        assert!(save_path_problem(&slash).unwrap().contains("is a folder"));
        assert!(
            save_path_problem(&d.join("missing/me.json"))
                .unwrap()
                .contains("does not exist")
        );
        assert_eq!(save_path_problem(&d.join("me.json")), None);
        assert!(save_path_problem(Path::new("  ")).is_some());
    }

    #[test]
    fn resume_continues_the_one_draft_or_asks_which_of_several() {
        use crate::questionnaire::tests::{Reply, Script};
        let catalog = Catalog::default();
        let dir = tempfile::tempdir().unwrap();
        let media = catalog.load_id("media-production-specialist").unwrap();
        let mut a = Answers::new(&media, false);
        a.target = TargetAnswer::Level(1);
        a.ratings[0] = Some(2);
        let media_draft = draft::path_for(&media).unwrap();
        let media_draft = dir.path().join(media_draft.file_name().unwrap());
        draft::save(&media_draft, &media, &a, None).unwrap();

        // One draft, of any rubric: no question.
        let mut script = Script::new(vec![]);
        let (rubric, _) = pick_draft_in(dir.path(), &catalog, &mut script, Lang::En)
            .unwrap()
            .unwrap();
        assert_eq!(rubric.id, media.id);
        assert!(script.asked.is_empty());

        // Two: the person picks, seeing rubric, name, date and progress.
        let prod = Rubric::builtin();
        let mut b = Answers::new(&prod, false);
        b.name = Some("Sam Rivera".into());
        let prod_draft = dir.path().join("production-specialist.draft.json");
        draft::save(&prod_draft, &prod, &b, None).unwrap();
        let listed = draft::list(dir.path());
        let media_at = listed
            .iter()
            .position(|f| f.draft.rubric == media.id)
            .unwrap();
        let mut script = Script::new(vec![Reply::Select(media_at)]);
        let (rubric, _) = pick_draft_in(dir.path(), &catalog, &mut script, Lang::En)
            .unwrap()
            .unwrap();
        assert_eq!(rubric.id, media.id);
        let items = &script.lists[0];
        assert_eq!(items.len(), 2);
        let media_item = &items[media_at];
        assert!(media_item.contains(&media.title), "{media_item}");
        assert!(media_item.contains("no name"));
        assert!(
            media_item.contains(&format!("1 of {} skills answered", media.skills.len())),
            "{media_item}"
        );
        assert!(media_item.contains(" UTC"));
        assert!(items.iter().any(|i| i.contains("Sam Rivera")));

        // None: nothing to pick.
        let empty = tempfile::tempdir().unwrap();
        let mut script = Script::new(vec![]);
        assert!(
            pick_draft_in(empty.path(), &catalog, &mut script, Lang::En)
                .unwrap()
                .is_none()
        );
    }

    /// A profile that uses every field of the format, written as skillgap writes files: a
    /// `$schema`, a group, an education, every rating, evidence, a renewal listed twice, a
    /// dated and a plain certification, and a review with its own `$schema` and a note.
    fn every_field(r: &Rubric) -> String {
        let ratings: serde_json::Map<String, serde_json::Value> = r
            .skills
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.clone(), ((i % 5) as u64).into()))
            .collect();
        let review_ratings: serde_json::Map<String, serde_json::Value> = r
            .skills
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let v = if i % 4 == 0 {
                    serde_json::Value::Null
                } else {
                    ((i % 3) as u64).into()
                };
                (s.id.clone(), v)
            })
            .collect();
        let doc = serde_json::json!({
            "$schema": "profile.schema.json",
            "rubric": "production-specialist",
            "name": "Jordan Lee",
            "group": "Line 2 / nights",
            "target_level": "senior",
            "years_experience": 4.5,
            "education": "associate",
            "ratings": ratings,
            "certifications": [
                {"id": "lean-certificate", "earned": "2020-03-01", "expires": "2023-03-01"},
                {"id": "lean-certificate", "earned": "2023-03-01", "expires": "2026-03-01"},
                "osha-10",
                {"id": "pmi-capm", "earned": "2025-01-15"}
            ],
            "evidence": {"quality-control": "runs the SPC charts for line 2"},
            "reviews": [{
                "$schema": "review.schema.json",
                "rubric": "production-specialist",
                "person": "Jordan Lee",
                "reviewer": "D. Lee",
                "role": "supervisor",
                "date": "2026-05-01",
                "ratings": review_ratings,
                "notes": {"quality-control": "checks gauges twice"}
            }]
        });
        // The order of the fields as skillgap writes them.
        let text = doc.to_string();
        let origin = crate::input::Origin::Stdin;
        let p = crate::profile::parse(&text, &origin, r, Default::default()).unwrap();
        let file = crate::profile::ProfileDoc::from_json(&text, &origin).unwrap();
        let mut bytes = serde_json::to_vec_pretty(&p.to_doc_over(r, &file)).unwrap();
        bytes.push(b'\n');
        String::from_utf8(bytes).unwrap()
    }

    #[test]
    fn an_update_that_changes_nothing_writes_the_file_back_byte_for_byte() {
        use crate::questionnaire::interview;
        use crate::questionnaire::tests::{Reply, Script};
        let r = Rubric::builtin();
        let text = every_field(&r);
        for field in [
            "$schema",
            "review.schema.json",
            "2020-03-01",
            "2023-03-01",
            "associate",
        ] {
            assert!(text.contains(field), "{field} in\n{text}");
        }
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("jordan.json");
        std::fs::write(&file, &text).unwrap();
        let profile =
            crate::profile::parse(&text, &crate::input::Origin::Stdin, &r, Default::default())
                .unwrap();
        for quick in [false, true] {
            let mut start = Answers::from_profile(&r, &profile, quick);
            start.update = Some(file.clone());
            // Confirmed at the review, unchanged.
            let mut script = Script::new(vec![Reply::Select(0)]);
            let done = interview(&r, &mut script, start, &mut |_| {}).unwrap();
            let bytes = profile_bytes(&r, &done.to_profile(&r), Some(&file)).unwrap();
            assert_eq!(String::from_utf8(bytes).unwrap(), text, "quick: {quick}");
        }
        // A certification unticked goes with all its entries; one ticked is added after
        // those the file lists.
        let mut start = Answers::from_profile(&r, &profile, false);
        start.update = Some(file.clone());
        let lean = r.cert_index("lean-certificate").unwrap();
        let osha30 = r.cert_index("osha-30").unwrap();
        let mut held: Vec<usize> = profile
            .certifications
            .iter()
            .copied()
            .filter(|&c| c != lean)
            .collect();
        held.push(osha30);
        start.certifications = Some(held);
        let mut script = Script::new(vec![Reply::Select(0)]);
        let done = interview(&r, &mut script, start, &mut |_| {}).unwrap();
        let bytes = profile_bytes(&r, &done.to_profile(&r), Some(&file)).unwrap();
        let written: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(
            written["certifications"],
            serde_json::json!([
                "osha-10",
                {"id": "pmi-capm", "earned": "2025-01-15"},
                "osha-30"
            ])
        );
        assert_eq!(written["$schema"], "profile.schema.json");
    }

    #[test]
    fn resumed_answers_update_the_profile_as_its_file_holds_it() {
        use crate::questionnaire::tests::{Script, reviewed_profile_with_group_and_days};
        let r = Rubric::builtin();
        let dir = tempfile::tempdir().unwrap();
        let (text, profile) = reviewed_profile_with_group_and_days(&r);
        let file = dir.path().join("jordan.json");
        std::fs::write(&file, &text).unwrap();
        // Answers to update the file, interrupted: the draft keeps the answers, not the
        // profile's group, certificate days and reviews.
        let mut answers = Answers::from_profile(&r, &profile, false);
        answers.update = Some(file.clone());
        let draft_path = dir.path().join("production-specialist.draft.json");
        draft::save(&draft_path, &r, &answers, None).unwrap();
        let args =
            <crate::cli::Cli as clap::Parser>::parse_from(["skillgap", "assess", "--resume"]);
        let crate::cli::Command::Assess(assess) = args.command else {
            panic!()
        };
        let opts = AssessSettings::from_args(assess, Vec::new(), Default::default()).unwrap();
        let resume = |start: &Start| {
            let mut script = Script::new(vec![]);
            starting_answers(&r, &opts, start, &mut script, Some(&draft_path), "c")
        };
        let plain = Start {
            update: None,
            rubric_file: None,
            level: None,
            lang: Lang::En,
        };
        let (resumed, written) = resume(&plain).unwrap();
        assert!(written);
        assert_eq!(resumed.to_profile(&r), profile, "read again from the file");
        // With --update naming the same file, the profile just read is the one kept.
        let given = Start {
            update: Some((file.clone(), profile.clone())),
            ..plain
        };
        std::fs::remove_file(&file).unwrap();
        let (resumed, _) = resume(&given).unwrap();
        assert_eq!(resumed.to_profile(&r), profile);
        // The file gone, plain --resume says what to do rather than write back less.
        let plain = Start {
            update: None,
            rubric_file: None,
            level: None,
            lang: Lang::En,
        };
        let err = format!("{:#}", resume(&plain).unwrap_err());
        assert!(
            err.contains("must still be a readable, valid profile"),
            "{err}"
        );
        assert!(err.contains("jordan.json"), "{err}");
    }

    #[test]
    fn the_resume_hint_names_every_option_needed() {
        let catalog = Catalog::default();
        let args = <crate::cli::Cli as clap::Parser>::parse_from([
            "skillgap",
            "--rubric-dir",
            "/tmp",
            "assess",
            "--rubric",
            "media-production-specialist",
            "--save-profile",
            "my profile.json",
        ]);
        let crate::cli::Command::Assess(assess) = args.command else {
            panic!()
        };
        let opts =
            AssessSettings::from_args(assess, vec!["/tmp".into()], Default::default()).unwrap();
        let media = catalog.load_id("media-production-specialist").unwrap();
        assert_eq!(
            resume_command(&opts, &media, None),
            "skillgap --rubric-dir /tmp assess --resume --rubric media-production-specialist --save-profile 'my profile.json'"
        );
        let file = Path::new("/rubrics/mine.json");
        assert!(resume_command(&opts, &media, Some(file)).contains("--rubric /rubrics/mine.json"));
        // Nothing is claimed saved before a file was written.
        let draft = Path::new("/state/skillgap/x.draft.json");
        assert!(!resume_message(Some(draft), false, "c", Lang::En).contains("saved in"));
        assert!(resume_message(Some(draft), true, "c", Lang::En).contains("saved in /state"));
    }

    #[test]
    fn esc_at_the_save_question_means_no_and_ctrl_c_stops() {
        use crate::questionnaire::tests::{Reply, Script};
        let mut s = Script::new(vec![Reply::Back]);
        assert_eq!(ask_where_to_save(&mut s, None, Lang::En), Ok(None));
        let mut s = Script::new(vec![Reply::Interrupt]);
        assert_eq!(ask_where_to_save(&mut s, None, Lang::En), Err(Interrupted));
        // Esc at the file name goes back to the question, where Esc means no.
        let mut s = Script::new(vec![Reply::Select(1), Reply::Back, Reply::Back]);
        assert_eq!(ask_where_to_save(&mut s, None, Lang::En), Ok(None));
        // A file name that names a folder is asked again.
        let dir = tempfile::tempdir().unwrap();
        let folder: &'static str = Box::leak(format!("{}/", dir.path().display()).into_boxed_str());
        let file: &'static str =
            Box::leak(format!("{}/me.json", dir.path().display()).into_boxed_str());
        let mut s = Script::new(vec![
            Reply::Select(1),
            Reply::Text(folder),
            Reply::Text(file),
        ]);
        assert_eq!(
            ask_where_to_save(&mut s, None, Lang::En),
            Ok(Some(PathBuf::from(file)))
        );
        assert!(s.notes.iter().any(|n| n.contains("is a folder")));
        // --update: one question, Enter (yes) writes back, Esc keeps the file as it was.
        let profile = Path::new("me.json");
        let mut s = Script::new(vec![Reply::Select(1)]);
        assert_eq!(
            ask_where_to_save(&mut s, Some(profile), Lang::En),
            Ok(Some(profile.to_path_buf()))
        );
        let mut s = Script::new(vec![Reply::Back]);
        assert_eq!(ask_where_to_save(&mut s, Some(profile), Lang::En), Ok(None));
    }

    #[test]
    fn the_web_page_is_offered_after_the_report_and_esc_means_no() {
        use crate::questionnaire::tests::{Reply, Script};
        let mut s = Script::new(vec![Reply::Back]);
        assert_eq!(ask_page(&mut s, Lang::En), Ok(None));
        let mut s = Script::new(vec![Reply::Interrupt]);
        assert_eq!(ask_page(&mut s, Lang::En), Err(Interrupted));
        // Esc at the file name goes back to the question.
        let mut s = Script::new(vec![Reply::Select(1), Reply::Back, Reply::Back]);
        assert_eq!(ask_page(&mut s, Lang::En), Ok(None));
        let dir = tempfile::tempdir().unwrap();
        let file: &'static str =
            Box::leak(format!("{}/me.html", dir.path().display()).into_boxed_str());
        let mut s = Script::new(vec![Reply::Select(1), Reply::Text(file)]);
        assert_eq!(ask_page(&mut s, Lang::En), Ok(Some(PathBuf::from(file))));
        assert!(free_name("skillgap-report", "html").ends_with(".html"));
    }

    #[test]
    fn a_leading_tilde_is_the_home_folder() {
        let home = std::env::var_os("HOME").map(PathBuf::from);
        if let Some(home) = home.filter(|h| !h.as_os_str().is_empty()) {
            assert_eq!(expand_home(Path::new("~/me.json")), home.join("me.json"));
        }
        assert_eq!(expand_home(Path::new("a/~/b")), PathBuf::from("a/~/b"));
    }
}
