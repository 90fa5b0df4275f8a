//! The questions after the report: whether and where to save the answers as a profile,
//! and the report as a web page. A file that exists is only replaced when the person says
//! so; Esc means no, Ctrl-C stops.

use std::path::{Path, PathBuf};

use super::save_path_problem_in;
use crate::commands::shown;
use crate::i18n::Lang;
use crate::questionnaire::{Halt, Interrupted, Prompter};
use crate::tr;

/// The first of `skillgap-profile.json`, `skillgap-profile-2.json`, ... that does not exist.
pub(super) fn free_name(stem: &str, ext: &str) -> String {
    (1..)
        .map(|n| {
            if n == 1 {
                format!("{stem}.{ext}")
            } else {
                format!("{stem}-{n}.{ext}")
            }
        })
        .find(|name| !Path::new(name).exists())
        .unwrap_or_else(|| format!("{stem}.{ext}"))
}

/// Asks where to save a file, offering `default`; an existing file is only replaced when
/// the person says so. Esc goes back to the question whether to save.
fn ask_file_name(p: &mut dyn Prompter, default: &str, lang: Lang) -> Result<PathBuf, Halt> {
    crate::commands::ask_save_path(
        p,
        (&tr!(lang, "ask-file-name"), default),
        &|path| save_path_problem_in(path, lang),
        lang,
    )
}

/// Where to save the finished answers, asked after the report. `None` when the person does
/// not want them saved (Esc counts as no); `Err` on Ctrl-C. Asked in `lang`.
pub fn ask_where_to_save(
    p: &mut dyn Prompter,
    update: Option<&Path>,
    lang: Lang,
) -> Result<Option<PathBuf>, Interrupted> {
    if let Some(path) = update {
        return match p.confirm(&tr!(lang, "ask-save-updated", path = shown(path)), true) {
            Ok(true) => Ok(Some(path.to_path_buf())),
            Ok(false) | Err(Halt::Back) => Ok(None),
            Err(Halt::Quit) => Err(Interrupted),
        };
    }
    loop {
        match p.confirm(&tr!(lang, "ask-save-profile"), true) {
            Ok(true) => {}
            Ok(false) | Err(Halt::Back) => return Ok(None),
            Err(Halt::Quit) => return Err(Interrupted),
        }
        match ask_file_name(p, &free_name("skillgap-profile", "json"), lang) {
            Ok(path) => return Ok(Some(path)),
            Err(Halt::Back) => {}
            Err(Halt::Quit) => return Err(Interrupted),
        }
    }
}

/// Asks whether to keep the report as a web page, and where: a page opens on a phone and
/// prints, where the terminal report does neither. Esc means no.
pub fn ask_page(p: &mut dyn Prompter, lang: Lang) -> Result<Option<PathBuf>, Interrupted> {
    loop {
        match p.confirm(&tr!(lang, "ask-save-page"), true) {
            Ok(true) => {}
            Ok(false) | Err(Halt::Back) => return Ok(None),
            Err(Halt::Quit) => return Err(Interrupted),
        }
        match ask_file_name(p, &free_name("skillgap-report", "html"), lang) {
            Ok(path) => return Ok(Some(path)),
            Err(Halt::Back) => {}
            Err(Halt::Quit) => return Err(Interrupted),
        }
    }
}
