//! The report tables' columns, in the report's language, and how a table fits the
//! terminal's width: every word whole, and the short columns where the long ones' words
//! (longer in some languages) cannot fit.

use comfy_table::{ColumnConstraint, Table, Width};

use crate::i18n::Lang;
use crate::report::Report;
use crate::tr;

/// The widest word of column `c`, header included.
fn longest_word(t: &Table, c: usize) -> usize {
    t.column_cells_with_header_iter(c)
        .flatten()
        .filter_map(|cell| {
            cell.content()
                .split_whitespace()
                .map(console::measure_text_width)
                .max()
        })
        .max()
        .unwrap_or(1)
}

/// Whether the table fits the width with every word whole: each column as wide as its
/// longest word, with its padding and border.
pub(super) fn words_fit(t: &Table, width: Option<u16>) -> bool {
    let needed: usize = (0..t.column_iter().count())
        .map(|c| longest_word(t, c) + 3)
        .sum::<usize>()
        + 1;
    width.is_none_or(|w| needed <= usize::from(w))
}

/// Keeps every word of a table whole when the table must shrink to the width: no column
/// narrower than its longest word, so columns shrink by wrapping at spaces.
pub(super) fn keep_words_whole(t: &mut Table, width: Option<u16>) {
    let columns = t.column_count();
    let needed: usize = t
        .column_max_content_widths()
        .iter()
        .map(|&w| usize::from(w) + 3)
        .sum::<usize>()
        + 1;
    if width.is_none_or(|w| needed <= usize::from(w)) {
        // It fits: a boundary would only make comfy-table narrow a column it need not.
        return;
    }
    for c in 0..columns {
        let longest = longest_word(t, c);
        if let Some(col) = t.column_mut(c) {
            // The boundary counts the column's padding too.
            let bound = u16::try_from(longest)
                .unwrap_or(u16::MAX)
                .saturating_add(col.padding_width());
            col.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(bound)));
        }
    }
}

/// The skills table's columns: with reviews, the person's and the reviewers' ratings side
/// by side; below 70 columns, short names that leave room for the skills'.
pub(super) fn skills_header(r: &Report, narrow: bool) -> Vec<String> {
    let lang = r.lang;
    let mut header = vec![tr!(lang, "doc-col-skill"), tr!(lang, "doc-col-type")];
    match (r.has_reviews(), narrow) {
        (false, false) => header.push(tr!(lang, "doc-col-rating")),
        (false, true) => header.push(tr!(lang, "doc-col-rating-short")),
        (true, false) => header.extend([tr!(lang, "doc-col-self"), tr!(lang, "doc-col-review")]),
        (true, true) => header.extend([
            tr!(lang, "doc-col-self-short"),
            tr!(lang, "doc-col-review-short"),
        ]),
    }
    if narrow {
        header.extend([
            tr!(lang, "doc-col-needs"),
            tr!(lang, "doc-col-gap"),
            tr!(lang, "doc-col-priority-short"),
        ]);
    } else {
        header.extend([
            tr!(lang, "doc-col-required"),
            tr!(lang, "doc-col-gap"),
            tr!(lang, "doc-col-priority"),
        ]);
    }
    header
}

/// The levels table's columns. Below 70 columns the bar would squeeze the level names: the
/// figures are enough.
pub(super) fn levels_header(lang: Lang, narrow: bool) -> Vec<String> {
    if narrow {
        vec![
            tr!(lang, "doc-col-level"),
            tr!(lang, "doc-col-years"),
            tr!(lang, "doc-col-ready"),
            tr!(lang, "doc-col-reached"),
            tr!(lang, "doc-col-pay-short"),
        ]
    } else {
        vec![
            tr!(lang, "doc-col-level"),
            tr!(lang, "doc-col-years"),
            tr!(lang, "doc-col-readiness"),
            tr!(lang, "doc-col-bar"),
            tr!(lang, "doc-col-reached"),
            tr!(lang, "doc-col-pay"),
        ]
    }
}
