//! The terminal side of the questionnaire: the only module that uses dialoguer.
//!
//! dialoguer draws on stderr and reads keys from the terminal. Ctrl-C while a choice is shown
//! arrives as SIGINT (console raises it), and while a line is typed it arrives as SIGINT from
//! the terminal; both end in [`install_interrupt_handler`]'s handler, which restores the
//! cursor, says how to resume, and exits with code 130. The answers are already in the draft,
//! because the questionnaire saves after every answer.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use console::Term;
use dialoguer::theme::{ColorfulTheme, SimpleTheme, Theme};
use dialoguer::{Confirm, Input, MultiSelect, Select};

use crate::questionnaire::{Interrupted, Prompter};

/// Set by whichever of the signal handler and the main thread reports the interruption
/// first, so the message is printed once.
static INTERRUPT_REPORTED: AtomicBool = AtomicBool::new(false);

/// What the Ctrl-C handler prints; it changes when, say, the answers can no longer be saved.
static INTERRUPT_MESSAGE: Mutex<String> = Mutex::new(String::new());

/// Prompts on the terminal (stderr).
pub struct TermPrompter {
    term: Term,
    theme: Box<dyn Theme>,
    failure: Option<std::io::Error>,
}

impl TermPrompter {
    /// A prompter on stderr; plain when `NO_COLOR` is set.
    pub fn new() -> TermPrompter {
        let plain = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let theme: Box<dyn Theme> = if plain {
            Box::new(SimpleTheme)
        } else {
            Box::new(ColorfulTheme::default())
        };
        TermPrompter {
            term: Term::stderr(),
            theme,
            failure: None,
        }
    }

    /// The terminal error that ended the last prompt, if it was not the person stopping.
    pub fn take_failure(&mut self) -> Option<std::io::Error> {
        self.failure.take()
    }

    /// Maps a dialoguer result: Esc is a stop; so is Ctrl-C; any other error is a failure of
    /// the terminal, kept so the caller can report it as one.
    fn outcome<T>(&mut self, r: dialoguer::Result<Option<T>>) -> Result<T, Interrupted> {
        match r {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Err(Interrupted),
            Err(dialoguer::Error::IO(e)) => {
                if e.kind() != std::io::ErrorKind::Interrupted {
                    self.failure = Some(e);
                }
                Err(Interrupted)
            }
        }
    }
}

impl TermPrompter {
    /// Wraps long items at word boundaries to fit the terminal. dialoguer counts the lines it
    /// must redraw by line breaks, so an item the terminal wraps by itself leaves stale lines
    /// behind when the choice is redrawn.
    fn fit(&self, items: &[String]) -> Vec<String> {
        // Room for dialoguer's "> " or "[x] " marker and a margin.
        let width = usize::from(self.term.size().1).saturating_sub(8).max(30);
        items.iter().map(|item| wrap(item, width, "    ")).collect()
    }
}

/// Breaks `text` into lines of at most `width` columns at spaces; continuation lines start
/// with `indent`. A single word longer than the width stays whole.
pub fn wrap(text: &str, width: usize, indent: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut line_width = 0;
    for word in text.split(' ') {
        let w = console::measure_text_width(word);
        if line_width > 0 && line_width + 1 + w > width {
            out.push('\n');
            out.push_str(indent);
            line_width = console::measure_text_width(indent);
        } else if line_width > 0 {
            out.push(' ');
            line_width += 1;
        }
        out.push_str(word);
        line_width += w;
    }
    out
}

impl Default for TermPrompter {
    fn default() -> Self {
        TermPrompter::new()
    }
}

impl Prompter for TermPrompter {
    fn note(&mut self, text: &str) {
        // A failed write to the terminal shows up at the next prompt; nothing to do here.
        let width = usize::from(self.term.size().1).saturating_sub(2).max(30);
        let wrapped: Vec<String> = text.split('\n').map(|l| wrap(l, width, "")).collect();
        let _ = self.term.write_line(&wrapped.join("\n"));
    }

    fn select(
        &mut self,
        prompt: &str,
        items: &[String],
        default: usize,
    ) -> Result<usize, Interrupted> {
        let fitted = self.fit(items);
        let r = Select::with_theme(&*self.theme)
            .with_prompt(prompt)
            .items(&fitted)
            .default(default)
            .report(false)
            .interact_on_opt(&self.term);
        let choice = self.outcome(r)?;
        // Echo the choice briefly: the label of an anchored item, not its whole sentence.
        let chosen = &items[choice];
        let short = chosen.split(" — ").next().unwrap_or(chosen);
        self.note(&format!("{prompt} {short}"));
        Ok(choice)
    }

    fn multi_select(
        &mut self,
        prompt: &str,
        items: &[String],
        checked: &[bool],
    ) -> Result<Vec<usize>, Interrupted> {
        let items = self.fit(items);
        let r = MultiSelect::with_theme(&*self.theme)
            .with_prompt(prompt)
            .items(&items)
            .defaults(checked)
            .interact_on_opt(&self.term);
        self.outcome(r)
    }

    fn text(
        &mut self,
        prompt: &str,
        default: &str,
        check: &dyn Fn(&str) -> Result<(), String>,
    ) -> Result<String, Interrupted> {
        let mut input = Input::<String>::with_theme(&*self.theme)
            .with_prompt(prompt)
            .allow_empty(true)
            .validate_with(|s: &String| check(s));
        if !default.is_empty() {
            input = input.default(default.to_string());
        }
        let r = input.interact_text_on(&self.term).map(Some);
        self.outcome(r)
    }

    fn confirm(&mut self, prompt: &str, default: bool) -> Result<bool, Interrupted> {
        let r = Confirm::with_theme(&*self.theme)
            .with_prompt(prompt)
            .default(default)
            .interact_on_opt(&self.term);
        self.outcome(r)
    }
}

/// On Ctrl-C: restore the cursor, print `message`, exit with code 130.
pub fn install_interrupt_handler(message: String) {
    set_interrupt_message(message);
    // If a handler cannot be installed, Ctrl-C still ends the process by default and the
    // draft is still on disk; only the cursor and the message are lost.
    let _ = ctrlc::set_handler(move || {
        if !INTERRUPT_REPORTED.swap(true, Ordering::SeqCst) {
            restore_terminal();
            let message = INTERRUPT_MESSAGE
                .lock()
                .map(|m| m.clone())
                .unwrap_or_default();
            eprintln!("\n{message}");
            std::process::exit(i32::from(crate::exit::INTERRUPTED));
        }
    });
}

/// Changes what Ctrl-C prints from now on.
pub fn set_interrupt_message(message: String) {
    if let Ok(mut m) = INTERRUPT_MESSAGE.lock() {
        *m = message;
    }
}

/// Claims the right to report an interruption. Returns false when the signal handler has
/// already done so (it is about to exit the process).
pub fn claim_interrupt_report() -> bool {
    let first = !INTERRUPT_REPORTED.swap(true, Ordering::SeqCst);
    if first {
        restore_terminal();
    } else {
        // The handler is printing and exiting; give it the time to.
        std::thread::sleep(std::time::Duration::from_secs(2));
    }
    first
}

/// Shows the cursor again, which dialoguer hides while a choice is on screen.
pub fn restore_terminal() {
    let _ = Term::stderr().show_cursor();
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn long_items_wrap_at_spaces_with_an_indent() {
        let text = "2 Working — Plans own station's daily run: sequences jobs";
        let wrapped = wrap(text, 24, "    ");
        assert_eq!(
            wrapped,
            "2 Working — Plans own\n    station's daily run:\n    sequences jobs"
        );
        assert!(
            wrapped
                .lines()
                .all(|l| console::measure_text_width(l) <= 24)
        );
        assert_eq!(wrap("short", 24, "  "), "short");
    }
}
