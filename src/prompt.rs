//! The terminal side of the questionnaire: the only module that uses dialoguer.
//!
//! dialoguer draws on stderr and reads keys from the terminal. Ctrl-C while a choice is shown
//! arrives as SIGINT (console raises it), and while a line is typed it arrives as SIGINT from
//! the terminal; both end in [`install_interrupt_handler`]'s handler, which restores the
//! cursor, says how to resume, and exits with code 130. The answers are already in the draft,
//! because the questionnaire saves after every answer.

use std::sync::atomic::{AtomicBool, Ordering};

use console::Term;
use dialoguer::theme::{ColorfulTheme, SimpleTheme, Theme};
use dialoguer::{Confirm, Input, MultiSelect, Select};

use crate::questionnaire::{Interrupted, Prompter};

/// Set by whichever of the signal handler and the main thread reports the interruption
/// first, so the message is printed once.
static INTERRUPT_REPORTED: AtomicBool = AtomicBool::new(false);

/// Prompts on the terminal (stderr).
pub struct TermPrompter {
    term: Term,
    theme: Box<dyn Theme>,
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
        }
    }
}

impl Default for TermPrompter {
    fn default() -> Self {
        TermPrompter::new()
    }
}

impl Prompter for TermPrompter {
    fn note(&mut self, text: &str) {
        // A failed write to the terminal shows up at the next prompt; nothing to do here.
        let _ = self.term.write_line(text);
    }

    fn select(
        &mut self,
        prompt: &str,
        items: &[String],
        default: usize,
    ) -> Result<usize, Interrupted> {
        Select::with_theme(&*self.theme)
            .with_prompt(prompt)
            .items(items)
            .default(default)
            .interact_on_opt(&self.term)
            .ok()
            .flatten()
            .ok_or(Interrupted)
    }

    fn multi_select(
        &mut self,
        prompt: &str,
        items: &[String],
        checked: &[bool],
    ) -> Result<Vec<usize>, Interrupted> {
        MultiSelect::with_theme(&*self.theme)
            .with_prompt(prompt)
            .items(items)
            .defaults(checked)
            .interact_on_opt(&self.term)
            .ok()
            .flatten()
            .ok_or(Interrupted)
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
        input.interact_text_on(&self.term).map_err(|_| Interrupted)
    }

    fn confirm(&mut self, prompt: &str, default: bool) -> Result<bool, Interrupted> {
        Confirm::with_theme(&*self.theme)
            .with_prompt(prompt)
            .default(default)
            .interact_on_opt(&self.term)
            .ok()
            .flatten()
            .ok_or(Interrupted)
    }
}

/// On Ctrl-C: restore the cursor, print `message`, exit with code 130.
pub fn install_interrupt_handler(message: String) {
    // If a handler cannot be installed, Ctrl-C still ends the process by default and the
    // draft is still on disk; only the cursor and the message are lost.
    let _ = ctrlc::set_handler(move || {
        if !INTERRUPT_REPORTED.swap(true, Ordering::SeqCst) {
            restore_terminal();
            eprintln!("\n{message}");
            std::process::exit(i32::from(crate::exit::INTERRUPTED));
        }
    });
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
