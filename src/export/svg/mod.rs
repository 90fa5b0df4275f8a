//! Charts for the HTML report, drawn as inline SVG.
//!
//! Why by hand rather than with a charting crate: the charts are a handful of lines, circles
//! and rectangles whose geometry is a few lines of trigonometry, while the crates that draw
//! radar charts or heatmaps (plotters, charming) either need a font back end, write whole
//! standalone SVG files with their own text escaping, or emit JavaScript. Writing the SVG with
//! the same `maud` templates as the page keeps one escaping rule for every piece of text, no
//! external fonts, and accessible markup (`<title>`, `<desc>`, `role="img"`) under our control.
//!
//! Every chart has a title and a description, and the numbers it draws are also in a table of
//! the report. Colour never carries meaning alone: series differ in marker shape and line
//! style too, and values are written as text. Elements are always closed (`<circle></circle>`)
//! so each chart is also well-formed XML, which a test checks.
//!
//! Text reaching this module is already made safe to show (control characters made visible);
//! maud escapes it for HTML.

use maud::{Markup, html};

mod lines;
mod radar;

pub(in crate::export) use lines::{Line, lines};
pub(in crate::export) use radar::radar;

/// The colours of the report. Text colours meet WCAG AA (4.5:1) on [`PAPER`] and [`PANEL`];
/// colours of marks that carry data meet the 3:1 asked of graphics. A test checks both.
pub(super) mod palette {
    /// Page background.
    pub const PAPER: &str = "#ffffff";
    /// Background of the headline box and table headers (used by the stylesheet).
    #[allow(dead_code)]
    pub const PANEL: &str = "#f3f5f8";
    /// Body text.
    pub const INK: &str = "#1b1f24";
    /// Secondary text, axes and outlines.
    pub const MUTED: &str = "#545d68";
    /// Grid lines: decoration only, so no contrast is asked of them.
    pub const GRID: &str = "#d5dae1";
    /// The person's rating (now).
    pub const YOU: &str = "#0b5cad";
    /// What a level requires.
    pub const NEED: &str = "#9a4a00";
    /// A reviewer's rating, once reviews exist.
    pub const REVIEW: &str = "#6f42c1";
    /// A level reached.
    pub const REACHED: &str = "#18753a";
    /// A gap that blocks a level.
    pub const BLOCK: &str = "#b3261e";
    /// Fill of a bar not reached; its outline is [`MUTED`].
    pub const TRACK: &str = "#c9d1da";
    /// The row of the target level.
    pub const HIGHLIGHT: &str = "#e8f0fa";
    /// Heatmap steps, lightest (fewest members short) first, each with the colour of the
    /// text written on it.
    pub const HEAT: [(&str, &str); 5] = [
        ("#f1f6fc", "#1b1f24"),
        ("#c6d9f0", "#1b1f24"),
        ("#8db4e2", "#1b1f24"),
        ("#3f74b8", "#ffffff"),
        ("#1d3f70", "#ffffff"),
    ];
}

use palette::*;

/// A number for an SVG attribute: at most one decimal, no trailing ".0".
fn n(x: f64) -> String {
    let r = crate::figures::round_to(x, 1);
    if r == r.trunc() {
        format!("{}", r as i64)
    } else {
        format!("{r:.1}")
    }
}

/// A label cut to `max` characters, with an ellipsis; the full text goes in a `<title>`.
fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(max - 1).collect();
        out = out.trim_end().to_string();
        out.push('…');
        out
    }
}

/// The opening of every chart: role, size and the ids of its title and description.
fn frame(id: &str, title: &str, desc: &str, width: f64, height: f64, body: Markup) -> Markup {
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    html! {
        svg.chart id=(id) role="img" viewBox=(format!("0 0 {} {}", n(width), n(height)))
            width=(n(width)) height=(n(height))
            aria-labelledby=(format!("{title_id} {desc_id}")) {
            title id=(title_id) { (title) }
            desc id=(desc_id) { (desc) }
            (body)
        }
    }
}

/// How a series of the radar chart is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum SeriesKind {
    /// The person's own rating: filled area, solid line, round markers.
    Rating,
    /// What the target requires: dashed line, square markers, no fill.
    Required,
    /// A reviewer's rating: dotted line, triangle markers. No report carries reviews yet;
    /// the HTML renderer adds this series when one does.
    Review,
}

/// One series of the radar chart: a value per axis, `None` for "not rated" (drawn at 0 with
/// a hollow marker).
pub(super) struct Series {
    pub label: String,
    pub kind: SeriesKind,
    pub values: Vec<Option<u8>>,
}

/// One axis of the radar chart.
pub(super) struct Axis {
    pub name: String,
    pub category: String,
}

fn marker(kind: SeriesKind, x: f64, y: f64, hollow: bool) -> Markup {
    let (color, fill) = match kind {
        SeriesKind::Rating => (YOU, if hollow { PAPER } else { YOU }),
        SeriesKind::Required => (NEED, PAPER),
        SeriesKind::Review => (REVIEW, if hollow { PAPER } else { REVIEW }),
    };
    match kind {
        SeriesKind::Rating => html! {
            circle cx=(n(x)) cy=(n(y)) r="4" fill=(fill) stroke=(color) stroke-width="1.5" {}
        },
        SeriesKind::Required => html! {
            rect x=(n(x - 3.5)) y=(n(y - 3.5)) width="7" height="7" fill=(fill) stroke=(color)
                stroke-width="1.5" {}
        },
        SeriesKind::Review => html! {
            path d=(format!("M{} {}l4.5 8h-9z", n(x), n(y - 5.0))) fill=(fill) stroke=(color)
                stroke-width="1.2" {}
        },
    }
}

fn line_style(kind: SeriesKind) -> (&'static str, &'static str, &'static str) {
    // (stroke, dash pattern, fill)
    match kind {
        SeriesKind::Rating => (YOU, "none", "rgba(11,92,173,0.14)"),
        SeriesKind::Required => (NEED, "7 4", "none"),
        SeriesKind::Review => (REVIEW, "2 3", "none"),
    }
}

/// One level of the ladder chart.
pub(super) struct Rung {
    pub title: String,
    pub readiness: f64,
    pub reached: bool,
    pub best: bool,
    pub target: bool,
}

/// The ladder: readiness per level as horizontal bars, highest level on top, with the
/// readiness needed to meet a level drawn as a dashed line. Reached levels are green bars
/// with a check mark and the word "reached"; the others are grey with "not reached".
pub(super) fn ladder(id: &str, title: &str, desc: &str, rungs: &[Rung], threshold: f64) -> Markup {
    let (label_w, bar_x, bar_w, row_h, top) = (234.0, 244.0, 280.0, 40.0, 34.0);
    let w = 760.0;
    let h = top + row_h * rungs.len() as f64 + 30.0;
    let x_of = |v: f64| bar_x + bar_w * v.clamp(0.0, 100.0) / 100.0;
    let body = html! {
        @for (k, rung) in rungs.iter().rev().enumerate() {
            @let y = top + row_h * k as f64;
            g.rung {
                @if rung.target {
                    rect x="0" y=(n(y + 2.0)) width=(n(w)) height=(n(row_h - 4.0)) fill=(HIGHLIGHT) {}
                }
                text x=(n(label_w)) y=(n(y + 25.0)) text-anchor="end" font-size="13" fill=(INK)
                    font-weight=(if rung.best { "700" } else { "400" }) {
                    title { (rung.title) }
                    (clip(&rung.title, 30))
                }
                rect x=(n(bar_x)) y=(n(y + 10.0)) width=(n(bar_w)) height="20" fill=(PAPER)
                    stroke=(GRID) {}
                rect x=(n(bar_x)) y=(n(y + 10.0)) width=(n(x_of(rung.readiness) - bar_x))
                    height="20" fill=(if rung.reached { REACHED } else { TRACK })
                    stroke=(if rung.reached { REACHED } else { MUTED }) stroke-width="1" {}
                text x=(n(bar_x + bar_w + 12.0)) y=(n(y + 25.0)) font-size="12.5" fill=(INK) {
                    tspan font-weight="700" { (format!("{:.1}%", rung.readiness)) }
                    @if rung.reached {
                        tspan fill=(REACHED) font-weight="700" { " ✓ reached" }
                    } @else {
                        tspan fill=(MUTED) { " not reached" }
                    }
                    @if rung.best { tspan font-weight="700" { " · best" } }
                    @if rung.target { tspan { " · target" } }
                }
            }
        }
        // The reach line, on top of the bars.
        @let tx = x_of(threshold);
        line x1=(n(tx)) y1=(n(top - 8.0)) x2=(n(tx)) y2=(n(h - 26.0)) stroke=(INK)
            stroke-width="1.5" stroke-dasharray="5 3" {}
        text x=(n(tx)) y=(n(top - 14.0)) text-anchor="middle" font-size="11" fill=(INK) {
            (format!("{}% needed to meet a level", n(threshold)))
        }
        // Scale.
        @for v in [0.0, 25.0, 50.0, 75.0, 100.0] {
            text x=(n(x_of(v))) y=(n(h - 8.0)) text-anchor="middle" font-size="10" fill=(MUTED) {
                (format!("{}%", n(v)))
            }
        }
    };
    frame(id, title, desc, w, h, body)
}

/// One column of the heatmap: a group of people and, per row, a cell.
pub(super) struct HeatColumn {
    pub title: String,
    pub cells: Vec<HeatCell>,
}

/// One cell of the heatmap: its shade (0, lightest, to 4) and the text written on it.
pub(super) struct HeatCell {
    pub step: usize,
    pub text: String,
}

impl HeatCell {
    /// A share of members from 0 to 100, in one of five shades of 20 points each.
    pub fn share(share: f64) -> HeatCell {
        HeatCell {
            step: heat_step(share),
            text: format!("{share:.1}%"),
        }
    }
}

/// What the shades of a heatmap mean: a title, and a label per shade shown.
pub(super) struct HeatLegend {
    pub title: &'static str,
    pub steps: Vec<(usize, String)>,
}

impl HeatLegend {
    /// The five shares of members short.
    pub fn shares() -> HeatLegend {
        HeatLegend {
            title: "share of members short:",
            steps: (0..HEAT.len())
                .map(|i| {
                    let label = if i + 1 == HEAT.len() {
                        "80-100".to_string()
                    } else {
                        format!("{}-{}", i * 20, i * 20 + 20)
                    };
                    (i, label)
                })
                .collect(),
        }
    }
}

/// The heatmap step of a share from 0 to 100.
fn heat_step(share: f64) -> usize {
    ((share.clamp(0.0, 100.0) / 20.0) as usize).min(HEAT.len() - 1)
}

/// A heatmap of skills (rows) by groups (columns): each cell in one of five shades with its
/// value written on it, so colour never carries the meaning alone.
pub(super) fn heatmap(
    id: &str,
    title: &str,
    desc: &str,
    rows: &[String],
    columns: &[HeatColumn],
    legend: &HeatLegend,
) -> Markup {
    let (label_w, cell_w, row_h, top) = (300.0, 130.0, 24.0, 40.0);
    let w = (label_w + cell_w * columns.len() as f64 + 20.0).max(560.0);
    let h = top + row_h * rows.len() as f64 + 56.0;
    let body = html! {
        @for (c, col) in columns.iter().enumerate() {
            text x=(n(label_w + cell_w * (c as f64 + 0.5))) y=(n(top - 12.0)) text-anchor="middle"
                font-size="12" font-weight="700" fill=(INK) { title { (col.title) } (clip(&col.title, 20)) }
        }
        @for (k, row) in rows.iter().enumerate() {
            @let y = top + row_h * k as f64;
            text x=(n(label_w - 10.0)) y=(n(y + 16.0)) text-anchor="end" font-size="12" fill=(INK) {
                title { (row) }
                (clip(row, 42))
            }
            @for (c, col) in columns.iter().enumerate() {
                @if let Some(cell) = col.cells.get(k) {
                    @let (bg, fg) = HEAT[cell.step.min(HEAT.len() - 1)];
                    rect x=(n(label_w + cell_w * c as f64)) y=(n(y)) width=(n(cell_w - 2.0))
                        height=(n(row_h - 2.0)) fill=(bg) {}
                    text x=(n(label_w + cell_w * (c as f64 + 0.5))) y=(n(y + 16.0))
                        text-anchor="middle" font-size="12" fill=(fg) { (cell.text) }
                }
            }
        }
        // Legend of the shades.
        @let ly = top + row_h * rows.len() as f64 + 18.0;
        text x=(n(label_w - 10.0)) y=(n(ly + 15.0)) text-anchor="end" font-size="11" fill=(MUTED) {
            (legend.title)
        }
        @for (i, (step, label)) in legend.steps.iter().enumerate() {
            @let (bg, fg) = HEAT[(*step).min(HEAT.len() - 1)];
            @let x = label_w + 52.0 * i as f64;
            rect x=(n(x)) y=(n(ly)) width="50" height="22" fill=(bg) stroke=(GRID) {}
            text x=(n(x + 25.0)) y=(n(ly + 15.0)) text-anchor="middle" font-size="10" fill=(fg) {
                (label)
            }
        }
    };
    frame(id, title, desc, w, h, body)
}

/// One bar of a bar chart.
pub(super) struct Bar {
    pub label: String,
    pub value: u64,
    pub text: String,
}

/// Horizontal bars, longest for the largest value, each with its value written beside it.
pub(super) fn bars(id: &str, title: &str, desc: &str, bars: &[Bar]) -> Markup {
    let (label_w, bar_x, bar_w, row_h, top) = (234.0, 244.0, 300.0, 32.0, 8.0);
    let w = 760.0;
    let h = top + row_h * bars.len() as f64 + 8.0;
    let max = bars.iter().map(|b| b.value).max().unwrap_or(0).max(1) as f64;
    let body = html! {
        @for (k, b) in bars.iter().enumerate() {
            @let y = top + row_h * k as f64;
            text x=(n(label_w)) y=(n(y + 20.0)) text-anchor="end" font-size="13" fill=(INK) {
                title { (b.label) }
                (clip(&b.label, 32))
            }
            line x1=(n(bar_x)) y1=(n(y + 2.0)) x2=(n(bar_x)) y2=(n(y + row_h - 2.0)) stroke=(MUTED) {}
            @if b.value > 0 {
                rect x=(n(bar_x)) y=(n(y + 6.0)) width=(n((bar_w * b.value as f64 / max).max(2.0)))
                    height="20" fill=(YOU) {}
            }
            text x=(n(bar_x + bar_w * b.value as f64 / max + 8.0)) y=(n(y + 20.0)) font-size="13"
                fill=(INK) { (b.text) }
        }
    };
    frame(id, title, desc, w, h, body)
}

/// One skill of the before/after chart.
pub(super) struct Change {
    pub name: String,
    pub old: Option<u8>,
    pub new: Option<u8>,
    pub required: u8,
}

/// Before and after per skill: a hollow dot then, a filled dot now, joined by a line, with
/// the requirement as an upright tick; the change is also written at the end of each row.
pub(super) fn dumbbell(
    id: &str,
    title: &str,
    desc: &str,
    rows: &[Change],
    scale_max: u8,
) -> Markup {
    let (label_w, x0, span, row_h, top) = (290.0, 314.0, 320.0, 24.0, 30.0);
    let w = 760.0;
    let h = top + row_h * rows.len() as f64 + 40.0;
    let max = f64::from(scale_max.max(1));
    let x_of = |v: u8| x0 + span * f64::from(v) / max;
    let body = html! {
        @for v in 0..=scale_max {
            line x1=(n(x_of(v))) y1=(n(top - 6.0)) x2=(n(x_of(v))) y2=(n(top + row_h * rows.len() as f64))
                stroke=(GRID) {}
            text x=(n(x_of(v))) y=(n(top - 12.0)) text-anchor="middle" font-size="10" fill=(MUTED) { (v) }
        }
        @for (k, row) in rows.iter().enumerate() {
            @let y = top + row_h * k as f64 + row_h / 2.0;
            @let (a, b) = (row.old.unwrap_or(0), row.new.unwrap_or(0));
            @let change = i16::from(b) - i16::from(a);
            text x=(n(label_w)) y=(n(y + 4.0)) text-anchor="end" font-size="12" fill=(INK) {
                title { (row.name) }
                (clip(&row.name, 40))
            }
            line x1=(n(x_of(row.required))) y1=(n(y - 8.0)) x2=(n(x_of(row.required))) y2=(n(y + 8.0))
                stroke=(NEED) stroke-width="2.5" {}
            line x1=(n(x_of(a))) y1=(n(y)) x2=(n(x_of(b))) y2=(n(y))
                stroke=(if change < 0 { BLOCK } else { YOU }) stroke-width="3" {}
            circle cx=(n(x_of(a))) cy=(n(y)) r="6" fill=(PAPER) stroke=(MUTED) stroke-width="2" {}
            circle cx=(n(x_of(b))) cy=(n(y)) r="4.5" fill=(YOU) stroke=(YOU) {}
            text x=(n(x0 + span + 24.0)) y=(n(y + 4.0)) font-size="12"
                fill=(if change < 0 { BLOCK } else if change > 0 { REACHED } else { MUTED })
                font-weight=(if change == 0 { "400" } else { "700" }) {
                (if change > 0 { format!("+{change}") } else if change == 0 { "no change".to_string() } else { change.to_string() })
            }
        }
        @let ly = h - 14.0;
        g.legend font-size="12" fill=(INK) {
            circle cx="40" cy=(n(ly)) r="6" fill=(PAPER) stroke=(MUTED) stroke-width="2" {}
            text x="52" y=(n(ly + 4.0)) { "then" }
            circle cx="110" cy=(n(ly)) r="4.5" fill=(YOU) {}
            text x="122" y=(n(ly + 4.0)) { "now" }
            line x1="180" y1=(n(ly - 8.0)) x2="180" y2=(n(ly + 8.0)) stroke=(NEED) stroke-width="2.5" {}
            text x="190" y=(n(ly + 4.0)) { "required" }
            text x="270" y=(n(ly + 4.0)) fill=(MUTED) { "not rated counts as 0" }
        }
    };
    frame(id, title, desc, w, h, body)
}

/// Readiness of one level then and now.
pub(super) struct LevelPair {
    pub title: String,
    pub old: f64,
    pub new: f64,
    pub old_reached: bool,
    pub new_reached: bool,
}

/// Readiness per level then and now: two bars per level (then outlined and pale, now solid),
/// highest level on top; every figure is also written, a reached level marked ✓.
pub(super) fn ladder_pairs(id: &str, title: &str, desc: &str, levels: &[LevelPair]) -> Markup {
    let (label_w, bar_x, bar_w, row_h, top) = (234.0, 244.0, 300.0, 48.0, 34.0);
    let w = 760.0;
    let h = top + row_h * levels.len() as f64 + 30.0;
    let x_of = |v: f64| bar_x + bar_w * v.clamp(0.0, 100.0) / 100.0;
    let mark = |reached: bool| if reached { " ✓" } else { "" };
    let body = html! {
        @for (k, l) in levels.iter().rev().enumerate() {
            @let y = top + row_h * k as f64;
            text x=(n(label_w)) y=(n(y + 27.0)) text-anchor="end" font-size="13" fill=(INK) {
                title { (l.title) }
                (clip(&l.title, 30))
            }
            rect x=(n(bar_x)) y=(n(y + 6.0)) width=(n(x_of(l.old) - bar_x)) height="14"
                fill=(TRACK) stroke=(MUTED) {}
            rect x=(n(bar_x)) y=(n(y + 24.0)) width=(n(x_of(l.new) - bar_x)) height="16"
                fill=(if l.new_reached { REACHED } else { YOU }) {}
            text x=(n(bar_x + bar_w + 12.0)) y=(n(y + 17.0)) font-size="11" fill=(MUTED) {
                (format!("then {:.1}%{}", l.old, mark(l.old_reached)))
            }
            text x=(n(bar_x + bar_w + 12.0)) y=(n(y + 37.0)) font-size="13" font-weight="700" fill=(INK) {
                (format!("now {:.1}%{}", l.new, mark(l.new_reached)))
            }
        }
        text x=(n(bar_x)) y=(n(top - 14.0)) font-size="11" fill=(INK) {
            "pale bar: then · solid bar: now · ✓ reached"
        }
        @for v in [0.0, 25.0, 50.0, 75.0, 100.0] {
            line x1=(n(x_of(v))) y1=(n(top - 4.0)) x2=(n(x_of(v))) y2=(n(h - 22.0)) stroke=(GRID)
                stroke-dasharray="2 3" {}
            text x=(n(x_of(v))) y=(n(h - 8.0)) text-anchor="middle" font-size="10" fill=(MUTED) {
                (format!("{}%", n(v)))
            }
        }
    };
    frame(id, title, desc, w, h, body)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG relative luminance of "#rrggbb".
    fn luminance(hex: &str) -> f64 {
        let c = |i: usize| {
            let v = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
            if v <= 0.03928 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * c(1) + 0.7152 * c(3) + 0.0722 * c(5)
    }

    pub(crate) fn contrast(a: &str, b: &str) -> f64 {
        let (x, y) = (luminance(a), luminance(b));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }

    #[test]
    fn text_and_marks_meet_wcag_aa_contrast() {
        for bg in [PAPER, PANEL, HIGHLIGHT] {
            for fg in [INK, MUTED, YOU, NEED, REVIEW, REACHED, BLOCK] {
                let c = contrast(fg, bg);
                assert!(c >= 4.5, "text {fg} on {bg}: {c:.2}");
            }
        }
        // Bars not reached are pale, but outlined in MUTED, which stands out at 3:1.
        assert!(contrast(MUTED, TRACK) >= 3.0);
        for (bg, fg) in HEAT {
            let c = contrast(fg, bg);
            assert!(c >= 4.5, "heat text {fg} on {bg}: {c:.2}");
        }
        // Text on the green of a reached bar is never drawn, but white on the blue of
        // "now" bars and headers must read.
        assert!(contrast(PAPER, YOU) >= 4.5);
    }

    #[test]
    fn heat_steps_cover_zero_to_a_hundred() {
        assert_eq!(heat_step(0.0), 0);
        assert_eq!(heat_step(19.9), 0);
        assert_eq!(heat_step(20.0), 1);
        assert_eq!(heat_step(80.0), 4);
        assert_eq!(heat_step(100.0), 4);
        assert_eq!(heat_step(f64::NAN), 0);
    }

    #[test]
    fn numbers_are_short_and_labels_are_clipped() {
        assert_eq!(n(3.0), "3");
        assert_eq!(n(2.04), "2");
        assert_eq!(n(-1.25), "-1.3");
        assert_eq!(
            clip("Enterprise Resource Planning (ERP) Systems", 12),
            "Enterprise…"
        );
        assert_eq!(clip("Short", 12), "Short");
    }
}
