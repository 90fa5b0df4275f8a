//! The history's line chart: readiness per level over the assessments, one line per level,
//! told apart by line style and marker shape as well as colour.

use maud::{Markup, html};

use super::palette::*;
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

fn marker(shape: &str, x: f64, y: f64, color: &str) -> Markup {
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
/// the readiness that meets a level as a dashed line.
pub(in crate::export) fn lines(
    id: &str,
    title: &str,
    desc: &str,
    days: &[String],
    lines: &[Line],
    threshold: f64,
) -> Markup {
    // The legend goes under the plot, two entries a row, so that the chart stays narrow
    // enough to read on a phone.
    let (left, top, plot_w, plot_h) = (44.0, 24.0, 440.0, 220.0);
    let w = left + plot_w + 24.0;
    let legend_top = top + plot_h + 44.0;
    let rows = lines.len().div_ceil(2);
    let h = legend_top + 22.0 * rows as f64 + 8.0;
    let x_of = |i: usize| match days.len() {
        0 | 1 => left + plot_w / 2.0,
        k => left + plot_w * i as f64 / (k - 1) as f64,
    };
    let y_of = |v: f64| top + plot_h * (1.0 - v.clamp(0.0, 100.0) / 100.0);
    let body = html! {
        // Grid and scale.
        @for v in [0.0, 25.0, 50.0, 75.0, 100.0] {
            line x1=(n(left)) y1=(n(y_of(v))) x2=(n(left + plot_w)) y2=(n(y_of(v))) stroke=(GRID) {}
            text x=(n(left - 8.0)) y=(n(y_of(v) + 4.0)) text-anchor="end" font-size="10" fill=(MUTED) {
                (format!("{}%", n(v)))
            }
        }
        @for (i, day) in days.iter().enumerate() {
            // The first and last labels stay inside the chart.
            @let anchor = match i {
                _ if days.len() == 1 => "middle",
                0 => "start",
                i if i + 1 == days.len() => "end",
                _ => "middle",
            };
            text x=(n(x_of(i))) y=(n(top + plot_h + 18.0)) text-anchor=(anchor) font-size="10.5" fill=(INK) {
                (clip(day, 12))
            }
        }
        // The readiness that meets a level.
        line x1=(n(left)) y1=(n(y_of(threshold))) x2=(n(left + plot_w)) y2=(n(y_of(threshold)))
            stroke=(INK) stroke-width="1.5" stroke-dasharray="5 3" {}
        text x=(n(left + plot_w)) y=(n(y_of(threshold) - 6.0)) text-anchor="end" font-size="10.5" fill=(INK) {
            (format!("{}% meets a level", n(threshold)))
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
            // The legend: the line's style, marker and title.
            @let lx = if k % 2 == 0 { left - 30.0 } else { left + plot_w / 2.0 };
            @let ly = legend_top + 22.0 * (k / 2) as f64;
            line x1=(n(lx)) y1=(n(ly)) x2=(n(lx + 30.0)) y2=(n(ly)) stroke=(color)
                stroke-width="2" stroke-dasharray=(dash) {}
            (marker(shape, lx + 15.0, ly, color))
            text x=(n(lx + 38.0)) y=(n(ly + 4.0)) font-size="12.5" fill=(INK) {
                (clip(&line.title, 30))
            }
        }
    };
    frame(id, title, desc, w, h, body)
}
