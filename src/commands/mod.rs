//! The commands: each takes its settings (see [`crate::settings`]), reads its input, calls
//! the core and writes the result through [`crate::export`].

use std::path::Path;

use crate::i18n::Lang;
use crate::tr;

pub mod assess;
pub mod compare;
pub mod history;
pub mod import;
pub mod review;
pub mod reviews;
pub mod rubrics;
pub mod schema;
pub mod serve;
pub mod shell;
pub mod team;
pub mod template;

/// A path as messages show it: any control character in it made visible.
pub(crate) fn shown(path: &Path) -> String {
    crate::text::terminal_safe(&path.display().to_string()).into_owned()
}

/// The error that stops a questionnaire on Esc or Ctrl-C, saying `message`.
pub(crate) fn stopped(message: String) -> anyhow::Error {
    anyhow::Error::new(crate::questionnaire::Interrupted).context(message)
}

/// What to tell a person who stopped a questionnaire or review half way. `written` says
/// whether the draft file holds their answers; nothing is claimed saved that was not. In
/// `lang`, the language of the questions.
pub(crate) fn resume_message(
    draft: Option<&Path>,
    written: bool,
    command: &str,
    lang: Lang,
) -> String {
    match draft {
        Some(path) if written => format!(
            "{}\n{}",
            tr!(lang, "ask-stopped-saved", path = shown(path)),
            tr!(lang, "ask-stopped-continue", command = command)
        ),
        Some(_) => tr!(lang, "ask-stopped-nothing"),
        None => tr!(lang, "ask-stopped-no-state"),
    }
}

/// Asks `question` for a file to save to, offering `default`, until the answer is one
/// `problem` finds nothing wrong with and is a new file, or the person agrees to replace it.
/// Esc on the replace question asks for another name.
pub(crate) fn ask_save_path(
    p: &mut dyn crate::questionnaire::Prompter,
    (question, default): (&str, &str),
    problem: &dyn Fn(&Path) -> Option<String>,
    lang: Lang,
) -> Result<std::path::PathBuf, crate::questionnaire::Halt> {
    use crate::questionnaire::Halt;
    use crate::settings::expand_home;
    loop {
        let name = p.text(question, default, &|t| {
            problem(&expand_home(Path::new(t.trim()))).map_or(Ok(()), Err)
        })?;
        let path = expand_home(Path::new(name.trim()));
        if !path.exists() {
            return Ok(path);
        }
        match p.confirm(&tr!(lang, "ask-replace", path = shown(&path)), false) {
            Ok(true) => return Ok(path),
            Ok(false) | Err(Halt::Back) => {}
            Err(Halt::Quit) => return Err(Halt::Quit),
        }
    }
}

/// With a save file (`--save-profile`, `--save-review`) that exists and no `--force`, asks
/// before the first question whether it may be replaced; `what` is what will be written
/// ("your answers", "your review", in `lang`), `flag` the option that named the file.
pub(crate) fn confirm_replace(
    prompter: &mut dyn crate::questionnaire::Prompter,
    path: Option<&Path>,
    force: bool,
    (what, flag): (&str, &str),
    lang: Lang,
) -> anyhow::Result<()> {
    let Some(path) = path.filter(|p| p.exists() && !force) else {
        return Ok(());
    };
    let shown = shown(path);
    let replace = prompter
        .confirm(
            &tr!(
                lang,
                "ask-replace-when-done",
                path = shown.clone(),
                what = what
            ),
            false,
        )
        .map_err(|_| stopped(tr!(lang, "ask-stopped-before-first")))?;
    if !replace {
        return Err(crate::exit::UsageError(tr!(
            lang,
            "ask-left-as-is",
            path = shown,
            flag = flag
        ))
        .into());
    }
    Ok(())
}

/// An unfinished questionnaire or review to continue, as `--resume` finds it: its rubric,
/// the rubric's file when it was read from one, and how it is shown in a list.
pub(crate) struct Unfinished {
    pub rubric: crate::rubric::Rubric,
    pub rubric_file: Option<std::path::PathBuf>,
    pub label: String,
}

impl Unfinished {
    /// The draft's rubric, found again (by its file, or by its id), and its label; `None`
    /// when the rubric cannot be found any more.
    pub fn find(
        catalog: &crate::catalog::Catalog,
        rubric_id: &str,
        rubric_file: Option<&Path>,
        label: impl FnOnce(&crate::rubric::Rubric) -> String,
    ) -> Option<Unfinished> {
        let rubric = match rubric_file {
            Some(file) => catalog.load(&crate::catalog::RubricChoice::File(file.to_path_buf())),
            None => catalog.load_id(rubric_id),
        }
        .ok()?;
        Some(Unfinished {
            label: label(&rubric),
            rubric,
            rubric_file: rubric_file.map(Path::to_path_buf),
        })
    }
}

/// The only unfinished one, or the one the person picks among several by `question`
/// (Esc or Ctrl-C stops with `stopped`); `None` when there is none.
pub(crate) fn pick_unfinished(
    prompter: &mut dyn crate::questionnaire::Prompter,
    mut found: Vec<Unfinished>,
    question: &str,
    stopped_message: &str,
) -> anyhow::Result<Option<Unfinished>> {
    if found.len() <= 1 {
        return Ok(found.pop());
    }
    let items: Vec<String> = found.iter().map(|u| u.label.clone()).collect();
    let choice = prompter
        .select(question, &items, 0)
        .map_err(|_| self::stopped(stopped_message.to_string()))?;
    Ok(Some(found.swap_remove(choice)))
}
