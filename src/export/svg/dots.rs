//! The dot plot: one row per skill, its ratings and requirement as marks on the rating
//! scale, a line showing the gap (or the change), and the same figures in words.
//!
//! A rating that does not exist (not rated, not asked, not observed by a reviewer) has no
//! mark: the note says which, so that nothing is ever drawn at 0 that was not rated 0.

use maud::{Markup, html};

use super::n;
use super::palette::*;
use super::rows::{self, Key, LANE_Y, LINE_Y, Mark, Tone, pct};

/// A line between two values of a row, on the lane of the rating it starts from.
pub(in crate::export) struct Span {
    pub from: u8,
    pub to: u8,
    pub tone: Tone,
    /// Drawn on the reviewers' lane (under the line), from their rating.
    pub review_lane: bool,
}

/// One row: a skill.
pub(in crate::export) struct DotRow {
    pub name: String,
    /// The marks drawn, each at a value of the scale. A rating that does not exist is left
    /// out, never drawn at 0.
    pub marks: Vec<(Mark, u8)>,
    pub span: Option<Span>,
    /// The figures in words, such as "rated 2 · needs 3 · gap 1", or "not rated".
    pub note: Markup,
}

/// Rows under a heading, such as the technical skills.
pub(in crate::export) struct DotGroup {
    /// Shown above the group with the scale; empty for no heading.
    pub title: String,
    pub rows: Vec<DotRow>,
}

/// Where value `v` of the scale 0..=`top` lies on a strip: the middle of the `v`-th of
/// `top + 1` equal slots, so the scale's numbers above can be laid out as equal cells.
fn at(v: u8, top: u8) -> String {
    pct((f64::from(v) + 0.5) / (f64::from(top) + 1.0) * 100.0)
}

/// The dot plot `id`: its title, key, and each group of rows under the scale 0..=`top`.
pub(in crate::export) fn dots(
    id: &str,
    title: &str,
    key: &[Key],
    groups: &[DotGroup],
    top: u8,
) -> Markup {
    let rows = || groups.iter().flat_map(|g| &g.rows);
    // The reviewers' lane is drawn on every row once any row uses it, so rows line up.
    let lanes = rows().any(|r| {
        r.marks.iter().any(|(m, _)| *m == Mark::Review)
            || r.span.as_ref().is_some_and(|s| s.review_lane)
    });
    html! {
        div.chart-dots id=(id) role="group" aria-labelledby=(format!("{id}-title")) {
            (rows::title(id, title))
            (rows::key(key))
            @for g in groups {
                div.chart-group {
                    div.chart-head aria-hidden="true" {
                        p.chart-cat { (g.title) }
                        div.chart-axis { @for v in 0..=top { span { (v) } } }
                    }
                    ul.chart-rows {
                        @for row in &g.rows {
                            li.chart-row {
                                span.chart-name { (row.name) }
                                span.chart-note { (row.note) }
                                (strip(row, top, lanes))
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The marks of one row. The figures are in the row's words, so the strip is hidden from
/// screen readers.
fn strip(row: &DotRow, top: u8, lanes: bool) -> Markup {
    let h = if lanes { LANE_Y + 8.0 } else { LINE_Y + 10.0 };
    let y_of = |m: Mark| if m == Mark::Review { LANE_Y } else { LINE_Y };
    // The requirement last: an upright bar across a rating on it, so both show.
    let mut marks: Vec<&(Mark, u8)> = row.marks.iter().collect();
    marks.sort_by_key(|(m, _)| match m {
        Mark::Then => 0,
        Mark::Review => 1,
        Mark::Rating => 2,
        Mark::Required => 3,
    });
    html! {
        svg.chart-strip width="100%" height=(n(h)) aria-hidden="true" {
            @for y in if lanes { vec![LINE_Y, LANE_Y] } else { vec![LINE_Y] } {
                line x1=(at(0, top)) x2=(at(top, top)) y1=(n(y)) y2=(n(y)) stroke=(GRID) {}
                @for v in 0..=top {
                    line x1=(at(v, top)) x2=(at(v, top)) y1=(n(y - 4.0)) y2=(n(y + 4.0))
                        stroke=(GRID) {}
                }
            }
            @if let Some(s) = &row.span {
                @let y = if s.review_lane { LANE_Y } else { LINE_Y };
                (rows::span(s.tone, &at(s.from, top), &at(s.to, top), y))
            }
            @for (m, v) in marks {
                (rows::mark(*m, &at(*v, top), y_of(*m), h - 2.0))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(name: &str, marks: Vec<(Mark, u8)>) -> DotRow {
        DotRow {
            name: name.into(),
            marks,
            span: None,
            note: html! { "note" },
        }
    }

    #[test]
    fn values_sit_in_the_middle_of_equal_slots() {
        assert_eq!(at(0, 4), "10%");
        assert_eq!(at(2, 4), "50%");
        assert_eq!(at(4, 4), "90%");
        assert_eq!(at(1, 2), "50%");
    }

    #[test]
    fn a_missing_rating_has_no_mark_and_no_lane_unless_some_row_has_a_review() {
        let groups = [DotGroup {
            title: "Technical".into(),
            rows: vec![row("A", vec![(Mark::Required, 3)])],
        }];
        let html = dots("d", "T", &[], &groups, 4).into_string();
        assert_eq!(html.matches("<circle").count(), 0, "{html}");
        assert!(html.contains(r#"height="21""#), "one lane: {html}");
        let groups = [DotGroup {
            title: "Technical".into(),
            rows: vec![
                row("A", vec![(Mark::Required, 3), (Mark::Rating, 1)]),
                row("B", vec![(Mark::Review, 2)]),
            ],
        }];
        let html = dots("d", "T", &[], &groups, 4).into_string();
        assert_eq!(html.matches("<circle").count(), 1);
        assert_eq!(
            html.matches(r#"height="34""#).count(),
            2,
            "two lanes on every row"
        );
    }
}
