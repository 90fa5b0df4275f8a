//! The terminal side of the questionnaire: choice lists, text lines and yes/no questions drawn
//! on stderr, with keys read through `console`.
//!
//! The widgets are drawn here rather than by dialoguer because the questionnaire needs what
//! dialoguer's do not offer together: a digit jumps to the option it labels, typing finds an
//! option by name, Esc means "back" at every kind of question, a long list is paged to the
//! height of the terminal, and every line drawn is wrapped here (at spaces) so the widget
//! knows exactly how many terminal rows to clear when it redraws, at any width.
//!
//! Keys are read in raw mode, so Ctrl-C arrives as a key and ends the prompt with
//! [`Halt::Quit`]; the caller decides what a stop means there. Between prompts Ctrl-C is a
//! signal, handled by [`install_interrupt_handler`]'s handler, which restores the cursor,
//! prints the current message and exits with code 130.
//!
//! The widgets' own words (the key hints, "yes"/"no", "↓ 3 more") are in the prompter's
//! language, set once the questionnaire knows whom it asks ([`TermPrompter::set_lang`]).

use std::io;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use console::{Key, Term, measure_text_width, style};

use crate::i18n::Lang;
use crate::questionnaire::{Halt, Prompter, back};
use crate::tr;

mod layout;

use layout::{ListState, hard_wrap, wrap_indented};
pub use layout::{find_item, window, wrap};

/// Set by whichever of the signal handler and the main thread reports the interruption
/// first, so the message is printed once.
static INTERRUPT_REPORTED: AtomicBool = AtomicBool::new(false);

/// What the Ctrl-C handler prints; it changes when, say, the answers are first saved.
static INTERRUPT_MESSAGE: Mutex<String> = Mutex::new(String::new());

/// How long after the last letter typed a new letter starts a new search.
const FIND_PAUSE: Duration = Duration::from_millis(1200);

/// Prompts on the terminal (stderr).
pub struct TermPrompter {
    term: Term,
    color: bool,
    failure: Option<io::Error>,
    /// Terminal rows drawn by the widget on screen, to clear before the next draw.
    rows: usize,
    /// The language of the widgets' own words.
    lang: Lang,
}

impl TermPrompter {
    /// A prompter on stderr; plain when `NO_COLOR` is set.
    pub fn new() -> TermPrompter {
        let plain = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        TermPrompter {
            term: Term::stderr(),
            color: !plain,
            failure: None,
            rows: 0,
            lang: Lang::En,
        }
    }

    /// The prompter, with its own words in `lang`.
    pub fn in_lang(mut self, lang: Lang) -> TermPrompter {
        self.lang = lang;
        self
    }

    /// From now on, its own words in `lang`.
    pub fn set_lang(&mut self, lang: Lang) {
        self.lang = lang;
    }

    /// The terminal error that ended the last prompt, if it was not the person stopping.
    pub fn take_failure(&mut self) -> Option<io::Error> {
        self.failure.take()
    }

    /// Columns to fit a line in; one less than the terminal, so no line ever reaches the
    /// last column (some terminals wrap there).
    fn width(&self) -> usize {
        usize::from(self.term.size().1).saturating_sub(1).max(20)
    }

    fn height(&self) -> usize {
        usize::from(self.term.size().0).max(6)
    }

    /// Replaces what the widget drew last with `lines`, each shorter than the terminal.
    /// The cursor is left at the end of the last line.
    fn draw(&mut self, lines: &[String]) {
        let mut out = self.clear_sequence();
        out.push_str(&lines.join("\n"));
        self.rows = lines.len();
        self.put(&out);
    }

    /// Removes what the widget drew.
    fn erase(&mut self) {
        let out = self.clear_sequence();
        self.rows = 0;
        self.put(&out);
    }

    fn clear_sequence(&self) -> String {
        let mut out = String::new();
        if self.rows > 0 {
            out.push_str("\r\x1b[2K");
            for _ in 1..self.rows {
                out.push_str("\x1b[1A\x1b[2K");
            }
        }
        out
    }

    fn put(&mut self, text: &str) {
        // A failed write shows up as a failed read at the next key.
        let _ = self.term.write_str(text);
        let _ = self.term.flush();
    }

    fn read_key(&mut self) -> Result<Key, Halt> {
        match self.term.read_key_raw() {
            Ok(Key::CtrlC) => Err(Halt::Quit),
            Ok(key) => Ok(key),
            Err(e) => {
                if e.kind() != io::ErrorKind::Interrupted {
                    self.failure = Some(e);
                }
                Err(Halt::Quit)
            }
        }
    }

    fn bold(&self, text: &str) -> String {
        if self.color {
            style(text)
                .bold()
                .for_stderr()
                .force_styling(true)
                .to_string()
        } else {
            text.to_string()
        }
    }

    fn dim(&self, text: &str) -> String {
        if self.color {
            style(text)
                .dim()
                .for_stderr()
                .force_styling(true)
                .to_string()
        } else {
            text.to_string()
        }
    }

    fn highlight(&self, text: &str) -> String {
        if self.color {
            style(text)
                .cyan()
                .bold()
                .for_stderr()
                .force_styling(true)
                .to_string()
        } else {
            text.to_string()
        }
    }

    /// Prints the answer in place of the question, on one short line.
    fn settle(&mut self, prompt: &str, answer: &str) {
        self.erase();
        self.note(&format!("{prompt} {answer}"));
    }

    /// The lines of a choice list: prompt, the items in the window that holds the cursor,
    /// and a key hint. `top` is the first item shown; it moves only as far as needed.
    fn list_lines(&self, prompt: &str, list: &ListState, marks: Option<&[bool]>) -> Vec<String> {
        let width = self.width();
        let mut lines: Vec<String> = wrap(prompt, width, "")
            .into_iter()
            .map(|l| self.bold(&l))
            .collect();
        let items: Vec<Vec<String>> = list
            .items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let mark = match marks {
                    Some(m) if i < m.len() => {
                        if m[i] {
                            "[x] "
                        } else {
                            "[ ] "
                        }
                    }
                    Some(_) => "    ",
                    None => "",
                };
                let pointer = if i == list.cursor { "> " } else { "  " };
                let first = format!("{pointer}{mark}");
                let rest = " ".repeat(measure_text_width(&first) + 2);
                let wrapped = wrap_indented(item, width, &first, &rest);
                if i == list.cursor {
                    wrapped.iter().map(|l| self.highlight(l)).collect()
                } else {
                    wrapped
                }
            })
            .collect();
        let heights: Vec<usize> = items.iter().map(Vec::len).collect();
        let budget = self.height().saturating_sub(lines.len() + 2).max(3);
        let (top, end) = window(&heights, list.cursor, list.top.get(), budget);
        list.top.set(top);
        let lang = self.lang;
        if top > 0 {
            let more = tr!(lang, "ask-more-above", count = top);
            lines.push(self.dim(&format!("  {more}")));
        }
        for item in &items[top..end] {
            lines.extend(item.iter().cloned());
        }
        if end < items.len() {
            let more = tr!(lang, "ask-more-below", count = items.len() - end);
            lines.push(self.dim(&format!("  {more}")));
        }
        let hint = match (marks.is_some(), list.numbered()) {
            (true, _) => tr!(lang, "ask-keys-ticks"),
            (false, true) => tr!(lang, "ask-keys-numbered"),
            (false, false) => tr!(lang, "ask-keys-named"),
        };
        lines.extend(
            wrap(&hint, width, "")
                .into_iter()
                .map(|l| self.dim(&l))
                .collect::<Vec<_>>(),
        );
        lines
    }
}

impl Default for TermPrompter {
    fn default() -> Self {
        TermPrompter::new()
    }
}

impl Prompter for TermPrompter {
    fn note(&mut self, text: &str) {
        let lines = wrap(text, self.width(), "");
        // A failed write to the terminal shows up at the next prompt; nothing to do here.
        let _ = self.term.write_line(&lines.join("\n"));
    }

    fn select(&mut self, prompt: &str, items: &[String], default: usize) -> Result<usize, Halt> {
        let mut list = ListState::new(items, default);
        let _ = self.term.hide_cursor();
        let result = loop {
            let lines = self.list_lines(prompt, &list, None);
            self.draw(&lines);
            let page = self.height().saturating_sub(4).max(1);
            let key = match self.read_key() {
                Ok(k) => k,
                Err(h) => break Err(h),
            };
            match key {
                Key::Enter => break Ok(list.cursor),
                Key::Escape => break Err(Halt::Back),
                Key::Backspace => list.query.clear(),
                Key::Char(c) if !c.is_control() => list.find(c),
                k => {
                    list.step(&k, page);
                }
            }
        };
        let _ = self.term.show_cursor();
        match result {
            Ok(choice) => {
                // The label of an anchored item, not its whole sentence.
                let chosen = &items[choice];
                let short = chosen.split(" — ").next().unwrap_or(chosen);
                self.settle(prompt, short);
                Ok(choice)
            }
            Err(h) => {
                self.erase();
                Err(h)
            }
        }
    }

    fn multi_select(
        &mut self,
        prompt: &str,
        items: &[String],
        checked: &[bool],
    ) -> Result<Vec<usize>, Halt> {
        // The last row goes back, like Esc.
        let mut rows: Vec<String> = items.to_vec();
        rows.push(back(self.lang));
        let mut marks: Vec<bool> = (0..items.len())
            .map(|i| checked.get(i).copied().unwrap_or(false))
            .collect();
        let mut list = ListState::new(&rows, 0);
        let _ = self.term.hide_cursor();
        let result = loop {
            let lines = self.list_lines(prompt, &list, Some(&marks));
            self.draw(&lines);
            let page = self.height().saturating_sub(4).max(1);
            let key = match self.read_key() {
                Ok(k) => k,
                Err(h) => break Err(h),
            };
            match key {
                Key::Enter if list.cursor == items.len() => break Err(Halt::Back),
                Key::Enter => break Ok(()),
                Key::Escape => break Err(Halt::Back),
                Key::Char(' ') => {
                    if let Some(m) = marks.get_mut(list.cursor) {
                        *m = !*m;
                    }
                }
                Key::Backspace => list.query.clear(),
                Key::Char(c) if !c.is_control() => list.find(c),
                k => {
                    list.step(&k, page);
                }
            }
        };
        let _ = self.term.show_cursor();
        match result {
            Ok(()) => {
                let chosen: Vec<usize> = (0..items.len()).filter(|&i| marks[i]).collect();
                let names: Vec<&str> = chosen.iter().map(|&i| items[i].as_str()).collect();
                let answer = if names.is_empty() {
                    tr!(self.lang, "ask-none")
                } else {
                    names.join(", ")
                };
                self.settle(prompt, &answer);
                Ok(chosen)
            }
            Err(h) => {
                self.erase();
                Err(h)
            }
        }
    }

    fn text(
        &mut self,
        prompt: &str,
        default: &str,
        check: &dyn Fn(&str) -> Result<(), String>,
    ) -> Result<String, Halt> {
        let mut typed = String::new();
        let mut error: Option<String> = None;
        loop {
            let width = self.width();
            let mut lines: Vec<String> = Vec::new();
            if let Some(e) = &error {
                lines.extend(wrap(&format!("! {e}"), width, "  "));
            }
            let head = if default.is_empty() {
                format!("{prompt}:")
            } else {
                format!("{prompt} [{default}]:")
            };
            let mut head_lines: Vec<String> = wrap(&head, width, "");
            let last = head_lines.pop().unwrap_or_default();
            lines.extend(head_lines.into_iter().map(|l| self.bold(&l)));
            let input = format!("{last} {typed}");
            let mut input_lines = hard_wrap(&input, width);
            if let Some(first) = input_lines.first_mut()
                && first.starts_with(&last)
            {
                *first = format!("{}{}", self.bold(&last), &first[last.len()..]);
            }
            lines.extend(input_lines);
            self.draw(&lines);
            match self.read_key() {
                Ok(Key::Enter) => {
                    let value = if typed.is_empty() {
                        default.to_string()
                    } else {
                        typed.clone()
                    };
                    match check(&value) {
                        Ok(()) => {
                            self.settle(&format!("{prompt}:"), &value);
                            return Ok(value);
                        }
                        Err(e) => error = Some(e),
                    }
                }
                Ok(Key::Escape) => {
                    self.erase();
                    return Err(Halt::Back);
                }
                Ok(Key::Backspace) => {
                    typed.pop();
                }
                Ok(Key::Char(c)) if !c.is_control() => typed.push(c),
                Ok(_) => {}
                Err(h) => {
                    self.erase();
                    return Err(h);
                }
            }
        }
    }

    fn confirm(&mut self, prompt: &str, default: bool) -> Result<bool, Halt> {
        let lang = self.lang;
        let keys = if default {
            tr!(lang, "ask-keys-yes-default")
        } else {
            tr!(lang, "ask-keys-no-default")
        };
        let lines: Vec<String> = wrap(&format!("{prompt} {keys} "), self.width(), "");
        let lines: Vec<String> = lines.iter().map(|l| self.bold(l)).collect();
        self.draw(&lines);
        loop {
            let answer = match self.read_key() {
                Ok(Key::Enter) => default,
                // "y" is yes in every language (fingers used to it), "s" (sí) in Spanish.
                Ok(Key::Char('y' | 'Y')) => true,
                Ok(Key::Char('s' | 'S')) if lang == Lang::Es => true,
                Ok(Key::Char('n' | 'N')) => false,
                Ok(Key::Escape) => {
                    self.erase();
                    return Err(Halt::Back);
                }
                Ok(_) => continue,
                Err(h) => {
                    self.erase();
                    return Err(h);
                }
            };
            let said = if answer {
                tr!(lang, "ask-yes")
            } else {
                tr!(lang, "ask-no")
            };
            self.settle(prompt, &said);
            return Ok(answer);
        }
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
            crate::output::remove_temporaries_and_exit(
                &format!("\n{}", wrap_for_terminal(&message)),
                i32::from(crate::exit::INTERRUPTED),
            );
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

/// Shows the cursor again, which a choice list hides while it is on screen.
pub fn restore_terminal() {
    let _ = Term::stderr().show_cursor();
}

/// `text` wrapped at spaces to the width of the terminal on stderr, when it is one.
pub fn wrap_for_terminal(text: &str) -> String {
    let term = Term::stderr();
    match term.size_checked() {
        Some((_, cols)) if term.is_term() => {
            wrap(text, usize::from(cols).saturating_sub(1).max(20), "").join("\n")
        }
        _ => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::layout::*;
    use super::*;

    #[test]
    fn long_items_wrap_at_spaces_with_an_indent() {
        let text = "2 Working — Plans own station's daily run: sequences jobs";
        let wrapped = wrap_indented(text, 24, "> ", "    ");
        assert_eq!(
            wrapped,
            vec![
                "> 2 Working — Plans own",
                "    station's daily run:",
                "    sequences jobs"
            ]
        );
        assert!(wrapped.iter().all(|l| measure_text_width(l) <= 24));
        assert_eq!(wrap("short", 24, "  "), vec!["short"]);
        assert_eq!(hard_wrap("abcdef", 4), vec!["abcd", "ef"]);
    }

    #[test]
    fn a_digit_moves_to_the_option_it_labels() {
        let back = back(Lang::En);
        let items: Vec<String> = ["0 None — x", "1 Basic — y", "2 Working — z", &back]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let mut list = ListState::new(&items, 0);
        list.find('2');
        assert_eq!(list.cursor, 2);
        list.find('0');
        assert_eq!(list.cursor, 0);
        list.find('7'); // no such option: a search that finds nothing leaves the cursor
        assert_eq!(list.cursor, 0);
    }

    #[test]
    fn typing_finds_an_item_by_a_word_of_its_name() {
        let items: Vec<String> = [
            "Confirm and see the report",
            "Quality Control and Assurance   2 Working",
            "Process Improvement Methodologies   1 Basic",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        assert_eq!(find_item(&items, "qua"), Some(1));
        assert_eq!(find_item(&items, "impro"), Some(2));
        assert_eq!(
            find_item(&items, "prov"),
            None,
            "only at the start of a word"
        );
    }

    #[test]
    fn the_window_follows_the_cursor_and_fits_the_height() {
        let heights = vec![2; 10];
        assert_eq!(window(&heights, 0, 0, 40), (0, 10), "everything fits");
        let (top, end) = window(&heights, 0, 0, 8);
        assert_eq!((top, end), (0, 3));
        let (top, end) = window(&heights, 9, 0, 8);
        assert!(top <= 9 && end == 10);
        assert!(heights[top..end].iter().sum::<usize>() <= 6);
        // Moving up one from the bottom does not scroll.
        assert_eq!(window(&heights, 8, top, 8).0, top);
    }
}
