//! Making untrusted text safe to show.
//!
//! Names, evidence and everything in a custom rubric come from files that skillgap did not
//! write. On a terminal, a stray escape sequence in them could clear the screen, move the
//! cursor or forge a report line; in a Markdown table, a `|` or a newline could break the
//! table. These functions neutralise both; JSON output needs neither, because JSON escaping
//! already keeps such text inert.

use std::borrow::Cow;
use std::fmt::Write as _;

/// Replaces control characters (C0, DEL, C1), Unicode bidirectional controls and zero-width
/// characters with a visible `\u{..}` form, so the text shows what it contains instead of acting on the
/// terminal.
pub fn terminal_safe(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_unsafe(c) {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Like [`terminal_safe`], but keeps line breaks: for messages that are laid out on several
/// lines by skillgap itself and may quote text from a file.
pub fn terminal_safe_lines(s: &str) -> String {
    s.split('\n')
        .map(terminal_safe)
        .collect::<Vec<_>>()
        .join("\n")
}

fn is_unsafe(c: char) -> bool {
    is_hidden_or_control(c)
}

/// Control characters (C0, DEL, C1), bidirectional controls (which reorder what follows),
/// and zero-width characters (which hide text, or make two ids look the same).
pub fn is_hidden_or_control(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061c}'
                | '\u{180e}'
                | '\u{200b}'..='\u{200f}'
                | '\u{2028}'..='\u{202e}'
                | '\u{2060}'..='\u{2069}'
                | '\u{feff}'
        )
}

/// Escapes text for one cell of a Markdown table: `|`, HTML and Markdown punctuation are
/// escaped, line breaks become `<br>`, and control characters are made visible.
pub fn markdown_cell(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("<br>");
            }
            '\n' => out.push_str("<br>"),
            '|' => out.push_str("\\|"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' => {
                out.push('\\');
                out.push(c);
            }
            c if is_unsafe(c) => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

/// Escapes text for a line of Markdown outside tables (headings, list items): the same as a
/// cell, since a `|` or a line break would do no harm there but escaping it does none either.
pub fn markdown_text(s: &str) -> String {
    markdown_cell(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_become_visible() {
        assert_eq!(terminal_safe("Sam\x1b[2J"), "Sam\\u{1b}[2J");
        assert_eq!(terminal_safe("a\rb\u{9b}c"), "a\\u{d}b\\u{9b}c");
        assert_eq!(terminal_safe("\u{202e}evil"), "\\u{202e}evil");
        assert_eq!(
            terminal_safe("a\u{200b}b\u{2067}c"),
            "a\\u{200b}b\\u{2067}c"
        );
        assert_eq!(terminal_safe("x\u{2028}y\u{feff}"), "x\\u{2028}y\\u{feff}");
        assert!(matches!(terminal_safe("plain text – ok"), Cow::Borrowed(_)));
    }

    #[test]
    fn multi_line_messages_keep_their_lines_only() {
        assert_eq!(
            terminal_safe_lines("2 problems:\n  - id \"\x1b[31m\""),
            "2 problems:\n  - id \"\\u{1b}[31m\""
        );
    }

    #[test]
    fn markdown_cells_cannot_break_tables() {
        assert_eq!(markdown_cell("a|b"), "a\\|b");
        assert_eq!(markdown_cell("one\ntwo\r\nthree"), "one<br>two<br>three");
        assert_eq!(
            markdown_cell("<script>x</script>"),
            "&lt;script&gt;x&lt;/script&gt;"
        );
        assert_eq!(markdown_cell("*bold* [x](y)"), "\\*bold\\* \\[x\\](y)");
        assert_eq!(markdown_cell("\x1b[31m"), "\\u{1b}\\[31m");
    }
}
