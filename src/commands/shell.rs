//! Shell integration: completion scripts and the manual page, both generated from the
//! command-line definitions so they never fall out of date.

use crate::cli;
use crate::output::write_stdout;

/// Prints the completion script for a shell.
pub fn completions(shell: clap_complete::Shell) -> anyhow::Result<()> {
    let mut buf = Vec::new();
    cli::write_completions(shell, &mut buf);
    write_stdout(&buf)?;
    Ok(())
}

/// Prints the manual page as roff.
pub fn man() -> anyhow::Result<()> {
    let mut buf = Vec::new();
    cli::write_man(&mut buf)?;
    write_stdout(&buf)?;
    Ok(())
}
