//! Laying out the widgets, apart from the terminal: a list's cursor and search, which items
//! fit the screen, and lines wrapped to its width.

use std::time::Instant;

use console::{Key, measure_text_width};

use super::FIND_PAUSE;

/// A choice list's items and where the cursor is.
pub(super) struct ListState<'a> {
    pub(super) items: &'a [String],
    pub(super) cursor: usize,
    pub(super) top: std::cell::Cell<usize>,
    pub(super) query: String,
    pub(super) last_letter: Option<Instant>,
}

impl<'a> ListState<'a> {
    pub(super) fn new(items: &'a [String], cursor: usize) -> ListState<'a> {
        ListState {
            items,
            cursor: cursor.min(items.len().saturating_sub(1)),
            top: std::cell::Cell::new(0),
            query: String::new(),
            last_letter: None,
        }
    }

    /// Whether the items are labelled with numbers ("0 None — ...").
    pub(super) fn numbered(&self) -> bool {
        self.items.iter().any(|i| digit_label(i).is_some())
    }

    /// Applies a movement key; returns false when the key is not one.
    pub(super) fn step(&mut self, key: &Key, page: usize) -> bool {
        let last = self.items.len().saturating_sub(1);
        self.cursor = match key {
            Key::ArrowUp | Key::BackTab => {
                if self.cursor == 0 {
                    last
                } else {
                    self.cursor - 1
                }
            }
            Key::ArrowDown | Key::Tab => {
                if self.cursor == last {
                    0
                } else {
                    self.cursor + 1
                }
            }
            Key::Home => 0,
            Key::End => last,
            Key::PageUp => self.cursor.saturating_sub(page),
            Key::PageDown => (self.cursor + page).min(last),
            _ => return false,
        };
        self.query.clear();
        true
    }

    /// A digit moves to the item it labels; other characters search item names.
    pub(super) fn find(&mut self, c: char) {
        if let Some(i) = c
            .to_digit(10)
            .and_then(|d| self.items.iter().position(|i| digit_label(i) == Some(d)))
        {
            self.cursor = i;
            self.query.clear();
            return;
        }
        let now = Instant::now();
        if self
            .last_letter
            .is_none_or(|t| now.duration_since(t) > FIND_PAUSE)
        {
            self.query.clear();
        }
        self.last_letter = Some(now);
        self.query.extend(c.to_lowercase());
        if let Some(i) = find_item(self.items, &self.query) {
            self.cursor = i;
        }
    }
}

/// The number an item starts with, as in "2 Working — ...".
pub(super) fn digit_label(item: &str) -> Option<u32> {
    let mut chars = item.chars();
    let d = chars.next()?.to_digit(10)?;
    (chars.next() == Some(' ')).then_some(d)
}

/// The first item with a word that starts with `query` (case-insensitive), preferring items
/// that start with it.
pub fn find_item(items: &[String], query: &str) -> Option<usize> {
    if query.is_empty() {
        return None;
    }
    let lower: Vec<String> = items.iter().map(|i| i.to_lowercase()).collect();
    lower
        .iter()
        .position(|i| i.trim_start().starts_with(query))
        .or_else(|| {
            lower.iter().position(|i| {
                i.match_indices(query)
                    .any(|(at, _)| at == 0 || !i[..at].ends_with(char::is_alphanumeric))
            })
        })
}

/// Which items to show: from `top` (moved only as far as needed to show `cursor`) for as
/// many rows as `budget` allows, counting a row for each "more" line. Returns `(top, end)`.
pub fn window(heights: &[usize], cursor: usize, top: usize, budget: usize) -> (usize, usize) {
    let n = heights.len();
    if heights.iter().sum::<usize>() <= budget {
        return (0, n);
    }
    // Two rows for the "more above" and "more below" lines.
    let room = budget.saturating_sub(2).max(1);
    let mut top = top.min(cursor);
    while top < cursor && heights[top..=cursor].iter().sum::<usize>() > room {
        top += 1;
    }
    let mut used = heights[top..=cursor].iter().sum::<usize>();
    let mut end = cursor + 1;
    while end < n && used + heights[end] <= room {
        used += heights[end];
        end += 1;
    }
    // Fill the space left at the bottom of the list with items from above.
    while top > 0 && end == n && used + heights[top - 1] <= room {
        top -= 1;
        used += heights[top];
    }
    (top, end)
}

/// Breaks `text` into lines of at most `width` columns at spaces; each line of `text` stays
/// a line. Continuation lines start with `indent`.
pub fn wrap(text: &str, width: usize, indent: &str) -> Vec<String> {
    text.split('\n')
        .flat_map(|line| wrap_indented(line, width, "", indent))
        .collect()
}

pub(super) fn wrap_indented(text: &str, width: usize, first: &str, rest: &str) -> Vec<String> {
    if text.is_empty() {
        return vec![first.trim_end().to_string()];
    }
    let options = textwrap::Options::new(width)
        .initial_indent(first)
        .subsequent_indent(rest)
        // Ids and commands hold hyphens ("media-production-specialist"): never break there.
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    textwrap::wrap(text, options)
        .into_iter()
        .map(|l| l.into_owned())
        .collect()
}

/// Splits a line into pieces of at most `width` columns, wherever they fall: for typed text.
pub(super) fn hard_wrap(line: &str, width: usize) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut used = 0;
    for c in line.chars() {
        let w = measure_text_width(c.encode_utf8(&mut [0; 4]));
        if used + w > width {
            out.push(String::new());
            used = 0;
        }
        if let Some(l) = out.last_mut() {
            l.push(c);
        }
        used += w;
    }
    out
}
