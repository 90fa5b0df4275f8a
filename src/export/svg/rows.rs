//! What the row charts share: their stylesheet, the marks on a strip, and the key.
//!
//! A row chart is a list of HTML rows, each a name, a note in words and a strip of SVG that
//! holds only marks. The strip is as wide as its row (`width="100%"`) and places its marks
//! at percentages of that width, so that they keep their size (a circle stays round, a
//! triangle 11 px wide) while the scale stretches; nothing in it is text, so nothing in it
//! can shrink below what a phone can read. On a narrow screen the name and note share a
//! line above the strip; from 640 px wide, name, strip and note sit side by side.

use maud::{Markup, html};

use super::n;
use super::palette::*;

/// The row charts' stylesheet. Colours are the palette's; a test checks them. Every font
/// size is at least 12 px, so text is at least 11 px on any screen and on paper.
pub(in crate::export) const CSS: &str = r#"
.chart-title { font-weight: 700; font-size: 15px; margin: 0 0 4px; }
.chart-title, .chart-key { break-after: avoid; page-break-after: avoid; }
.chart-key { display: flex; flex-wrap: wrap; gap: 2px 16px; list-style: none; margin: 0 0 6px;
  padding: 0; font-size: 13px; color: #1b1f24; }
.chart-key li { display: flex; align-items: center; gap: 6px; margin: 0; }
.chart-key svg { flex: none; overflow: visible; }
.chart-group { margin-top: 10px; }
.chart-rows { list-style: none; margin: 0; padding: 0; }
.chart-row, .chart-head { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
  grid-template-areas: "name note" "strip strip" "why why"; column-gap: 10px; align-items: start; }
.chart-levels .chart-row { grid-template-columns: minmax(0, 1fr) auto; }
.chart-row { margin: 0; padding: 5px 4px 3px; border-top: 1px solid #d5dae1;
  break-inside: avoid; page-break-inside: avoid; }
.chart-head { padding: 0 4px; break-after: avoid; page-break-after: avoid; }
.chart-row.chart-target { background: #e8f0fa; }
.chart-name { grid-area: name; font-size: 14px; line-height: 1.3; overflow-wrap: anywhere; }
.chart-note { grid-area: note; font-size: 13px; line-height: 1.3; color: #545d68;
  text-align: right; overflow-wrap: anywhere; }
.chart-note strong { color: #1b1f24; }
.chart-strip { grid-area: strip; display: block; width: 100%; overflow: visible; margin-top: 3px; }
.chart-why { grid-area: why; font-size: 13px; line-height: 1.35; margin: 2px 0 0;
  overflow-wrap: anywhere; }
.chart-cat { grid-area: name; margin: 0; font-size: 13px; font-weight: 700; letter-spacing: .04em;
  text-transform: uppercase; color: #545d68; }
.chart-axis { grid-area: strip; display: flex; font-size: 12px; color: #545d68;
  font-variant-numeric: tabular-nums; }
.chart-axis span { flex: 1 1 0; text-align: center; }
.chart-tag { display: inline-block; font-size: 12px; font-weight: 700; line-height: 1.3;
  border: 1px solid currentColor; border-radius: 4px; padding: 0 4px; margin-left: 4px; }
.chart-block { color: #b3261e; font-weight: 700; }
.chart-up { color: #18753a; font-weight: 700; }
figure.chart-long { break-inside: auto; page-break-inside: auto; }
@media (min-width: 640px) {
  .chart-row, .chart-head, .chart-levels .chart-row {
    grid-template-columns: minmax(0, 14em) minmax(0, 1fr) minmax(0, 14em);
    grid-template-areas: "name strip note" ". why why"; align-items: center; }
  .chart-note { text-align: left; }
  .chart-strip { margin-top: 0; }
}
"#;

/// A mark on a strip, told apart by shape as well as colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::export) enum Mark {
    /// The person's rating (now): a filled circle.
    Rating,
    /// A rating then: a hollow circle.
    Then,
    /// What a level requires: an upright bar across the strip.
    Required,
    /// The reviewers' rating: a triangle, on a lane of its own under the line.
    Review,
}

/// What a line between two values means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::export) enum Tone {
    /// A gap to a requirement.
    Gap,
    /// A gap large enough to block a level.
    Block,
    /// A rise.
    Up,
    /// A fall.
    Down,
}

impl Tone {
    /// Colour and width; a blocking gap is also thicker, so it reads in black and white.
    fn stroke(self) -> (&'static str, &'static str) {
        match self {
            Tone::Gap => (NEED, "3"),
            Tone::Block => (BLOCK, "5"),
            Tone::Up => (YOU, "3"),
            Tone::Down => (BLOCK, "3"),
        }
    }
}

/// One entry of a chart's key: a small drawing and what it means.
pub(in crate::export) enum Key {
    /// A mark.
    Mark(Mark, String),
    /// A line between two values.
    Line(Tone, String),
    /// The dashed line of the readiness that meets a level.
    Threshold(String),
    /// A bar of readiness: its fill and outline.
    Bar(&'static str, &'static str, String),
    /// A series of the line chart: colour, dash pattern and marker shape.
    Series(&'static str, &'static str, &'static str, String),
}

/// The middle of the line on a strip, and of the reviewers' lane under it.
pub(super) const LINE_Y: f64 = 11.0;
pub(super) const LANE_Y: f64 = 26.0;

/// `x` percent, for an SVG length.
pub(super) fn pct(x: f64) -> String {
    format!("{}%", n(x.clamp(0.0, 100.0)))
}

/// A mark centred at `x` (a percentage of the strip) and `y` (pixels); `bottom` is where an
/// upright bar ends.
pub(super) fn mark(kind: Mark, x: &str, y: f64, bottom: f64) -> Markup {
    html! {
        @match kind {
            Mark::Rating => circle cx=(x) cy=(n(y)) r="5.5" fill=(YOU) stroke=(PAPER) stroke-width="1.5" {},
            Mark::Then => circle cx=(x) cy=(n(y)) r="5" fill=(PAPER) stroke=(MUTED) stroke-width="2" {},
            // Drawn over a rating on it, with a white edge, so both show.
            Mark::Required => {
                line x1=(x) x2=(x) y1="1" y2=(n(bottom + 1.0)) stroke=(PAPER) stroke-width="5" {}
                line x1=(x) x2=(x) y1="2" y2=(n(bottom)) stroke=(NEED) stroke-width="3" {}
            },
            // A path cannot be placed at a percentage: a nested SVG placed there can, and
            // draws the triangle around its own origin.
            Mark::Review => svg x=(x) y=(n(y)) width="1" height="1" overflow="visible" {
                path d="M0 -6L6 5H-6Z" fill=(REVIEW) stroke=(PAPER) stroke-width="1" {}
            },
        }
    }
}

/// A line from `a` to `b` percent at `y`.
pub(super) fn span(tone: Tone, a: &str, b: &str, y: f64) -> Markup {
    let (color, width) = tone.stroke();
    html! {
        line x1=(a) x2=(b) y1=(n(y)) y2=(n(y)) stroke=(color) stroke-width=(width)
            stroke-linecap="butt" {}
    }
}

/// The fill and outline of a bar of readiness: green when reached, else pale with a dark
/// outline (which carries the contrast).
pub(super) fn bar_colours(reached: bool) -> (&'static str, &'static str) {
    if reached {
        (REACHED, REACHED)
    } else {
        (TRACK, MUTED)
    }
}

/// A bar from 0 to `value` percent, `top` pixels down and `h` high, in `fill` and `stroke`.
pub(super) fn bar(value: f64, (fill, stroke): (&str, &str), top: f64, h: f64) -> Markup {
    html! {
        rect x="0" y=(n(top)) width="100%" height=(n(h)) fill=(PAPER) stroke=(GRID) {}
        @if value > 0.0 {
            rect x="0" y=(n(top)) width=(pct(value)) height=(n(h)) fill=(fill) stroke=(stroke) {}
        }
    }
}

/// The dashed upright line of the readiness that meets a level, at `value` percent.
pub(super) fn threshold(value: f64, h: f64) -> Markup {
    let x = pct(value);
    html! {
        line x1=(x) x2=(x) y1="0" y2=(n(h)) stroke=(INK) stroke-width="2" stroke-dasharray="4 2" {}
    }
}

/// A chart's title, as a paragraph its group is labelled by.
pub(super) fn title(id: &str, title: &str) -> Markup {
    html! { p.chart-title id=(format!("{id}-title")) { (title) } }
}

/// The key: each entry's drawing beside its words.
pub(super) fn key(entries: &[Key]) -> Markup {
    html! {
        ul.chart-key {
            @for entry in entries {
                li {
                    svg width="24" height="22" aria-hidden="true" { (icon(entry)) }
                    span { (label(entry)) }
                }
            }
        }
    }
}

fn label(entry: &Key) -> &str {
    match entry {
        Key::Mark(_, s) | Key::Line(_, s) | Key::Threshold(s) | Key::Bar(.., s) => s,
        Key::Series(.., s) => s,
    }
}

fn icon(entry: &Key) -> Markup {
    html! {
        @match entry {
            Key::Mark(kind, _) => (mark(*kind, "50%", LINE_Y, 20.0)),
            Key::Line(tone, _) => (span(*tone, "0%", "100%", LINE_Y)),
            Key::Threshold(_) => (threshold(50.0, 22.0)),
            Key::Bar(fill, stroke, _) => rect x="0" y="5" width="24" height="12" fill=(*fill) stroke=(*stroke) {},
            Key::Series(color, dash, shape, _) => {
                line x1="0" x2="24" y1=(n(LINE_Y)) y2=(n(LINE_Y)) stroke=(*color) stroke-width="2"
                    stroke-dasharray=(*dash) {}
                (super::lines::marker(shape, 12.0, LINE_Y, color))
            }
        }
    }
}
