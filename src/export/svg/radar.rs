//! The radar chart: a person's ratings against what the target requires, skill by skill.

use std::f64::consts::PI;

use maud::{Markup, html};

use super::palette::*;
use super::{Axis, Series, SeriesKind, clip, frame, line_style, marker, n};

/// A radar (spider) chart: one axis per skill, grouped by category (axes of one category are
/// next to each other, and an arc outside the web names the category), one ring per point of
/// the scale, one closed line per series.
pub(in crate::export) fn radar(
    id: &str,
    title: &str,
    desc: &str,
    axes: &[Axis],
    scale_max: u8,
    series: &[Series],
) -> Markup {
    // Wide enough for a 30-character skill name on either side of the web.
    let (w, r) = (900.0, 180.0);
    let web = Web {
        cx: w / 2.0,
        cy: r + 50.0,
        r,
        count: axes.len().max(1),
        scale_max,
    };
    let h = web.cy + r + 90.0;
    // Runs of axes of one category.
    let mut groups: Vec<(usize, usize, &str)> = Vec::new();
    for (i, a) in axes.iter().enumerate() {
        match groups.last_mut() {
            Some((_, end, cat)) if *cat == a.category => *end = i + 1,
            _ => groups.push((i, i + 1, &a.category)),
        }
    }
    let body = html! {
        (web.grid())
        @if groups.len() > 1 {
            (web.categories(id, &groups))
        }
        (web.series(series))
        (web.labels(axes))
        (legend(series, h))
    };
    frame(id, title, desc, w, h, body)
}

/// The geometry of a radar chart's web.
struct Web {
    cx: f64,
    cy: f64,
    r: f64,
    count: usize,
    scale_max: u8,
}

impl Web {
    /// The angle of axis `i` (fractions fall between axes); the first points up.
    fn angle(&self, i: f64) -> f64 {
        -PI / 2.0 + 2.0 * PI / self.count as f64 * i
    }

    /// Where value `v` lies on axis `i`.
    fn point(&self, i: usize, v: f64) -> (f64, f64) {
        let a = self.angle(i as f64);
        let rr = self.r * v / f64::from(self.scale_max.max(1));
        (self.cx + rr * a.cos(), self.cy + rr * a.sin())
    }

    fn polygon(vals: &mut dyn Iterator<Item = (f64, f64)>) -> String {
        vals.map(|(x, y)| format!("{},{}", n(x), n(y)))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The web: one ring per point of the scale, one spoke per skill.
    fn grid(&self) -> Markup {
        let (cx, cy, count, scale_max) = (self.cx, self.cy, self.count, self.scale_max);
        html! {
            g.grid {
                @for v in 1..=scale_max {
                    polygon points=(Web::polygon(&mut (0..count).map(|i| self.point(i, f64::from(v)))))
                        fill="none" stroke=(GRID) stroke-width="1" {}
                }
                @for i in 0..count {
                    @let (x, y) = self.point(i, f64::from(scale_max));
                    line x1=(n(cx)) y1=(n(cy)) x2=(n(x)) y2=(n(y)) stroke=(GRID) stroke-width="1" {}
                }
                @for v in 1..=scale_max {
                    @let (_, y) = self.point(0, f64::from(v));
                    text x=(n(cx + 4.0)) y=(n(y + 11.0)) font-size="10" fill=(MUTED) { (v) }
                }
            }
        }
    }

    /// Categories: a separating spoke where each starts, and a named arc outside the web.
    fn categories(&self, id: &str, groups: &[(usize, usize, &str)]) -> Markup {
        let (cx, cy, r) = (self.cx, self.cy, self.r);
        html! {
            g.categories {
                @for (gi, (start, end, cat)) in groups.iter().enumerate() {
                    @let a0 = self.angle(*start as f64 - 0.5);
                    @let a1 = self.angle(*end as f64 - 0.5);
                    @let (sx, sy) = (cx + (r + 4.0) * a0.cos(), cy + (r + 4.0) * a0.sin());
                    line x1=(n(cx)) y1=(n(cy)) x2=(n(sx)) y2=(n(sy)) stroke=(MUTED)
                        stroke-width="1.2" {}
                    @let arc_r = r + 8.0;
                    @let large = if a1 - a0 > PI { 1 } else { 0 };
                    path d=(format!("M{} {}A{} {} 0 {} 1 {} {}",
                            n(cx + arc_r * (a0 + 0.04).cos()), n(cy + arc_r * (a0 + 0.04).sin()),
                            n(arc_r), n(arc_r), large,
                            n(cx + arc_r * (a1 - 0.04).cos()), n(cy + arc_r * (a1 - 0.04).sin())))
                        fill="none" stroke=(MUTED) stroke-width="2.5" stroke-linecap="round" {}
                    // The name follows the arc; in the lower half the path runs the other
                    // way so the text is not upside down.
                    @let mid = (a0 + a1) / 2.0;
                    @let lower = mid.sin() > 0.0;
                    @let text_r = if lower { r + 22.0 } else { r + 13.0 };
                    @let (b0, b1) = if lower { (a1, a0) } else { (a0, a1) };
                    @let path_id = format!("{id}-cat{gi}");
                    path id=(path_id) fill="none" stroke="none"
                        d=(format!("M{} {}A{} {} 0 {} {} {} {}",
                            n(cx + text_r * b0.cos()), n(cy + text_r * b0.sin()),
                            n(text_r), n(text_r), large, if lower { 0 } else { 1 },
                            n(cx + text_r * b1.cos()), n(cy + text_r * b1.sin()))) {}
                    text font-size="10.5" font-weight="700" letter-spacing="1" fill=(MUTED) {
                        textPath href=(format!("#{path_id}")) startOffset="50%"
                            text-anchor="middle" { (cat.to_uppercase()) }
                    }
                }
            }
        }
    }

    /// Series, the person's own rating last so it is on top.
    fn series(&self, series: &[Series]) -> Markup {
        html! {
            @for s in series.iter().rev() {
                @let (stroke, dash, fill) = line_style(s.kind);
                g class=(format!("series {}", match s.kind {
                    SeriesKind::Rating => "rating",
                    SeriesKind::Required => "required",
                    SeriesKind::Review => "review",
                })) {
                    polygon points=(Web::polygon(&mut s.values.iter().enumerate()
                            .map(|(i, v)| self.point(i, f64::from(v.unwrap_or(0))))))
                        fill=(fill) stroke=(stroke) stroke-width="2" stroke-dasharray=(dash)
                        stroke-linejoin="round" {}
                    @for (i, v) in s.values.iter().enumerate() {
                        @let (x, y) = self.point(i, f64::from(v.unwrap_or(0)));
                        (marker(s.kind, x, y, v.is_none()))
                    }
                }
            }
        }
    }

    /// Skill names around the web.
    fn labels(&self, axes: &[Axis]) -> Markup {
        let (cx, cy, r) = (self.cx, self.cy, self.r);
        html! {
            g.labels font-size="11" fill=(INK) {
                @for (i, a) in axes.iter().enumerate() {
                    @let ang = self.angle(i as f64);
                    @let lr = r + 34.0;
                    @let (x, y) = (cx + lr * ang.cos(), cy + lr * ang.sin());
                    // Centred only on the vertical: two names either side of it would overlap.
                    @let anchor = if ang.cos() > 0.05 { "start" } else if ang.cos() < -0.05 { "end" } else { "middle" };
                    @let dy = if ang.sin() > 0.5 { 8.0 } else if ang.sin() < -0.5 { 0.0 } else { 4.0 };
                    text x=(n(x)) y=(n(y + dy)) text-anchor=(anchor) {
                        title { (a.name) }
                        (clip(&a.name, 30))
                    }
                }
            }
        }
    }
}

/// The radar's legend: shape, line and words, never colour alone.
fn legend(series: &[Series], h: f64) -> Markup {
    html! {
        g.legend font-size="12" fill=(INK) {
            @for (k, s) in series.iter().enumerate() {
                @let x = 40.0 + 250.0 * k as f64;
                @let y = h - 30.0;
                @let (stroke, dash, _) = line_style(s.kind);
                line x1=(n(x)) y1=(n(y)) x2=(n(x + 30.0)) y2=(n(y)) stroke=(stroke)
                    stroke-width="2" stroke-dasharray=(dash) {}
                (marker(s.kind, x + 15.0, y, false))
                text x=(n(x + 38.0)) y=(n(y + 4.0)) { (s.label) }
            }
            @if series.iter().any(|s| s.values.iter().any(Option::is_none)) {
                (marker(SeriesKind::Rating, 55.0, h - 10.0, true))
                text x="78" y=(n(h - 6.0)) font-size="11" fill=(MUTED) { "hollow: no rating, drawn at 0" }
            }
        }
    }
}
