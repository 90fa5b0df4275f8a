//! Charts for the HTML pages: inline SVG, and rows of HTML with a small SVG strip each.
//!
//! Why by hand rather than with a charting crate: the charts are a handful of lines, circles
//! and rectangles, while the crates that draw charts (plotters, charming) either need a font
//! back end, write whole standalone SVG files with their own text escaping, or emit
//! JavaScript. Writing the marks with the same `maud` templates as the page keeps one escaping
//! rule for every piece of text, no external fonts, and accessible markup under our control.
//!
//! Two kinds of chart, chosen by how much text they carry:
//! - Charts with a row per skill or per level ([`dots`], [`ladder`], [`ladder_pairs`]) are
//!   HTML rows (see [`rows`]): the name, the figures in words and the reason a level is not
//!   reached are page text, which wraps and keeps its size on a phone, and only the marks are
//!   a strip of SVG without text, stretched to the row's width. A single SVG scaled down to a
//!   390 px screen shrank its labels to 4-6 px; these rows cannot.
//! - Charts whose marks are tied to positions ([`lines`], [`heatmap`], [`bars`]) are one SVG
//!   with a `<title>` and a `<desc>`; the history's line chart is drawn for a phone's width so
//!   its text stays at least 11 px there.
//!
//! Every figure a chart draws is also written as text, in the chart or in a table of the
//! report. Colour never carries meaning alone: series differ in marker shape and line style
//! too. Elements are always closed (`<circle></circle>`) so each SVG is also well-formed XML,
//! which a test checks.
//!
//! Text reaching this module is already made safe to show (control characters made visible);
//! maud escapes it for HTML.

use maud::{Markup, html};

mod dots;
mod levels;
mod lines;
mod rows;

pub(in crate::export) use dots::{DotGroup, DotRow, Span, dots};
pub(in crate::export) use levels::{LevelPair, Rung, Shortfall, ladder, ladder_pairs};
pub(in crate::export) use lines::{Line, lines};
pub(in crate::export) use rows::{CSS, Key, Mark, Tone};

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
    /// The row of the target level (used by the row charts' stylesheet).
    #[allow(dead_code)]
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
    pub title: String,
    pub steps: Vec<(usize, String)>,
}

impl HeatLegend {
    /// The five shares of members short.
    pub fn shares() -> HeatLegend {
        HeatLegend {
            title: "share of members short:".into(),
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
    fn the_row_charts_use_palette_colours_and_text_of_12_px_or_more() {
        let known = [
            PAPER, PANEL, INK, MUTED, GRID, YOU, NEED, REACHED, BLOCK, HIGHLIGHT,
        ];
        let mut colours = 0;
        for (at, _) in CSS.match_indices('#') {
            let hex = &CSS[at..at + 7];
            colours += 1;
            assert!(
                known.contains(&hex),
                "{hex} is not a checked palette colour"
            );
        }
        assert!(colours >= 8, "the colours were found");
        let sizes: Vec<f64> = CSS
            .split("font-size:")
            .skip(1)
            .map(|rest| {
                rest.trim_start()
                    .split("px")
                    .next()
                    .unwrap()
                    .parse()
                    .unwrap()
            })
            .collect();
        assert!(sizes.len() >= 8, "{sizes:?}");
        assert!(sizes.iter().all(|&s| s >= 12.0), "{sizes:?}");
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
