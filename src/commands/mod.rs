//! The commands: each takes its settings (see [`crate::settings`]), reads its input, calls
//! the core and writes the result through [`crate::export`].

use std::path::Path;

pub mod assess;
pub mod compare;
pub mod review;
pub mod reviews;
pub mod rubrics;
pub mod schema;
pub mod shell;
pub mod team;
pub mod template;

/// With a save file (`--save-profile`, `--save-review`) that exists and no `--force`, asks
/// before the first question whether it may be replaced; `what` is what will be written
/// ("your answers", "your review"), `flag` the option that named the file.
pub(crate) fn confirm_replace(
    prompter: &mut dyn crate::questionnaire::Prompter,
    path: Option<&Path>,
    force: bool,
    what: &str,
    flag: &str,
) -> anyhow::Result<()> {
    let Some(path) = path.filter(|p| p.exists() && !force) else {
        return Ok(());
    };
    let shown = crate::text::terminal_safe(&path.display().to_string()).into_owned();
    let replace = prompter
        .confirm(
            &format!("{shown} exists. Replace it with {what} when you are done?"),
            false,
        )
        .map_err(|_| {
            anyhow::Error::new(crate::questionnaire::Interrupted)
                .context("Stopped before the first question; nothing was saved.")
        })?;
    if !replace {
        return Err(crate::exit::UsageError(format!(
            "{shown} was left as it is; give another file with {flag}, or add --force to replace it"
        ))
        .into());
    }
    Ok(())
}
