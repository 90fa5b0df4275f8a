//! The history's line chart: readiness per level over the assessments, one line per level,
//! told apart by line style and marker shape as well as colour.
//!
//! Drawn 340 px wide, the width of a phone's page, with 13 px text: on a 360 px screen it
//! shrinks to about 0.9 of that, and its text stays above 11 px. Its key is HTML under it, so
//! a long level title wraps instead of being cut.

use maud::{Markup, html};

use super::palette::*;
use super::rows::{self, Key};
use super::{clip, frame, n};

/// One line of the chart: a level and its readiness at each assessment.
pub(in crate::export) struct Line {
    pub title: String,
    pub values: Vec<f64>,
}

/// Colour, dash pattern and marker of the line at `k`: no two of the first six alike in any
/// of the three.
fn style(k: usize) -> (&'static str, &'static str, &'static str) {
    const STYLES: [(&str, &str, &str); 6] = [
        (MUTED, "", "circle"),
        (YOU, "6 3", "square"),
        (REACHED, "2 3", "triangle"),
        (NEED, "8 3 2 3", "diamond"),
        (REVIEW, "10 4", "cross"),
        (BLOCK, "1 3", "ring"),
    ];
    STYLES[k % STYLES.len()]
}

/// A marker of `shape` centred at (`x`, `y`).
pub(super) fn marker(shape: &str, x: f64, y: f64, color: &str) -> Markup {
    html! {
        @match shape {
            "square" => rect x=(n(x - 4.0)) y=(n(y - 4.0)) width="8" height="8" fill=(color) {},
            "triangle" => polygon points=(format!("{},{} {},{} {},{}", n(x), n(y - 5.0), n(x - 5.0), n(y + 4.0), n(x + 5.0), n(y + 4.0))) fill=(color) {},
            "diamond" => polygon points=(format!("{},{} {},{} {},{} {},{}", n(x), n(y - 5.0), n(x + 5.0), n(y), n(x), n(y + 5.0), n(x - 5.0), n(y))) fill=(color) {},
            "cross" => path d=(format!("M{} {}L{} {}M{} {}L{} {}", n(x - 4.0), n(y - 4.0), n(x + 4.0), n(y + 4.0), n(x - 4.0), n(y + 4.0), n(x + 4.0), n(y - 4.0))) stroke=(color) stroke-width="2" {},
            "ring" => circle cx=(n(x)) cy=(n(y)) r="4" fill=(PAPER) stroke=(color) stroke-width="2" {},
            _ => circle cx=(n(x)) cy=(n(y)) r="4" fill=(color) {},
        }
    }
}

/// Readiness (0 to 100%) per level at each assessment, labelled `days` along the bottom, with
/// the readiness that meets a level (`threshold`) as a dashed line named by `dashed` ("dashed:
/// 85% meets a level"), and the key under it.
pub(in crate::export) fn lines(
    id: &str,
    (title, desc): (&str, &str),
    days: &[String],
    lines: &[Line],
    threshold: f64,
    dashed: &str,
) -> Markup {
    let (left, top, plot_w, plot_h) = (44.0, 26.0, 280.0, 200.0);
    let w = left + plot_w + 16.0;
    let h = top + plot_h + 28.0;
    let x_of = |i: usize| match days.len() {
        0 | 1 => left + plot_w / 2.0,
        k => left + plot_w * i as f64 / (k - 1) as f64,
    };
    let y_of = |v: f64| top + plot_h * (1.0 - v.clamp(0.0, 100.0) / 100.0);
    // Only the first and last days are named when there are many, so labels never overlap;
    // the table under the chart names every one.
    let named = |i: usize| days.len() <= 3 || i == 0 || i + 1 == days.len();
    let body = html! {
        // Grid and scale.
        @for v in [0.0, 25.0, 50.0, 75.0, 100.0] {
            line x1=(n(left)) y1=(n(y_of(v))) x2=(n(left + plot_w)) y2=(n(y_of(v))) stroke=(GRID) {}
            text x=(n(left - 6.0)) y=(n(y_of(v) + 4.0)) text-anchor="end" font-size="13" fill=(MUTED) {
                (format!("{}%", n(v)))
            }
        }
        @for (i, day) in days.iter().enumerate() {
            line x1=(n(x_of(i))) y1=(n(top + plot_h)) x2=(n(x_of(i))) y2=(n(top + plot_h + 5.0)) stroke=(MUTED) {}
            @if named(i) {
                // The first and last labels stay inside the chart.
                @let anchor = match i {
                    _ if days.len() == 1 => "middle",
                    0 => "start",
                    i if i + 1 == days.len() => "end",
                    _ => "middle",
                };
                text x=(n(x_of(i))) y=(n(top + plot_h + 22.0)) text-anchor=(anchor) font-size="13" fill=(INK) {
                    (clip(day, 12))
                }
            }
        }
        // The readiness that meets a level, named above the plot at its right end.
        line x1=(n(left)) y1=(n(y_of(threshold))) x2=(n(left + plot_w)) y2=(n(y_of(threshold)))
            stroke=(INK) stroke-width="2" stroke-dasharray="5 3" {}
        text x=(n(left + plot_w)) y=(n(top - 10.0)) text-anchor="end" font-size="13" fill=(INK) {
            (dashed)
        }
        @for (k, line) in lines.iter().enumerate() {
            @let (color, dash, shape) = style(k);
            @let points: Vec<String> = line.values.iter().enumerate()
                .map(|(i, &v)| format!("{},{}", n(x_of(i)), n(y_of(v)))).collect();
            g.series {
                title { (line.title) }
                polyline points=(points.join(" ")) fill="none" stroke=(color) stroke-width="2"
                    stroke-dasharray=(dash) {}
                @for (i, &v) in line.values.iter().enumerate() {
                    (marker(shape, x_of(i), y_of(v), color))
                }
            }
        }
    };
    let key: Vec<Key> = lines
        .iter()
        .enumerate()
        .map(|(k, line)| {
            let (color, dash, shape) = style(k);
            Key::Series(color, dash, shape, line.title.clone())
        })
        .collect();
    html! {
        (frame(id, title, desc, w, h, body))
        (rows::key(&key))
    }
}
