//! A terminal report longer than the screen is shown through a pager, so that its first
//! lines, the verdict, are what the person sees first rather than scrolled away.
//!
//! The pager is `$PAGER` (a program and its arguments, split at spaces, run without a
//! shell), else `less -R -X`: `-R` passes the report's colours through, and `-X` leaves the
//! last page on the screen after quitting, so the report is still there when the
//! questionnaire asks whether to save it. A pager that cannot be started falls back to
//! writing the report plainly. Callers only page standard output that is a terminal.

use std::io::{self, Write};
use std::process::{Command, Stdio};

/// Writes `report` to standard output, through a pager when it has more lines than the
/// terminal has rows.
pub fn show(report: &[u8]) -> io::Result<()> {
    let rows = console::Term::stdout()
        .size_checked()
        .map(|(rows, _)| usize::from(rows));
    if !longer_than_screen(report, rows) {
        return crate::output::write_stdout(report);
    }
    let pager = std::env::var("PAGER").ok();
    let Some((program, args)) = pager_command(pager.as_deref()) else {
        return crate::output::write_stdout(report);
    };
    let mut command = Command::new(&program);
    command.args(&args).stdin(Stdio::piped());
    if std::env::var_os("LESS").is_none() {
        // The same for a `less` named by $PAGER: colours through, the page left on screen.
        command.env("LESS", "RX");
    }
    let Ok(mut child) = command.spawn() else {
        return crate::output::write_stdout(report);
    };
    if let Some(mut stdin) = child.stdin.take() {
        match stdin.write_all(report) {
            // The person quit the pager before the end: nothing is wrong.
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
            other => other?,
        }
    }
    child.wait()?;
    Ok(())
}

/// Whether `report` needs more rows than the terminal's (unknown rows: no pager).
fn longer_than_screen(report: &[u8], rows: Option<usize>) -> bool {
    let lines = memchr::memchr_iter(b'\n', report).count();
    // One row stays for the shell's prompt after the report.
    rows.is_some_and(|rows| lines >= rows)
}

/// The pager to run: `$PAGER` split at spaces, else `less -R -X`. An empty `$PAGER`, or
/// `cat`, means no pager.
fn pager_command(pager: Option<&str>) -> Option<(String, Vec<String>)> {
    match pager.map(str::trim) {
        None => Some(("less".into(), vec!["-R".into(), "-X".into()])),
        Some(p) => {
            let mut words = p.split_whitespace().map(String::from);
            let program = words.next()?;
            (program != "cat").then(|| (program, words.collect()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_report_longer_than_the_screen_is_paged() {
        let report = "line\n".repeat(30);
        assert!(longer_than_screen(report.as_bytes(), Some(24)));
        assert!(longer_than_screen(report.as_bytes(), Some(30)));
        assert!(!longer_than_screen(report.as_bytes(), Some(31)));
        assert!(!longer_than_screen(report.as_bytes(), None));
    }

    #[test]
    fn the_pager_is_pager_else_less_keeping_colours_and_the_last_page() {
        assert_eq!(
            pager_command(None),
            Some(("less".into(), vec!["-R".into(), "-X".into()]))
        );
        assert_eq!(
            pager_command(Some("most -s")),
            Some(("most".into(), vec!["-s".into()]))
        );
        assert_eq!(pager_command(Some("  ")), None);
        assert_eq!(pager_command(Some("cat")), None);
    }
}
