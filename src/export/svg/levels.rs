//! Readiness per level as rows of bars, highest level on top, each bar crossed by the
//! dashed line of the readiness that meets a level (the rubric's threshold), with the
//! figures in words and, under a level not reached, why not.
//!
//! A horizontal bar per level reads at any width: a level at 78% is a bar most of the way
//! across, however low the other levels are, where a ring of a radar chart squeezed it into
//! the centre.

use maud::{Markup, html};

use super::palette::YOU;
use super::rows::{self, Key};
use crate::export::words::{self, names};
use crate::i18n::{self, Lang};
use crate::tr;

/// One level of the ladder.
pub(in crate::export) struct Rung {
    pub title: String,
    pub readiness: f64,
    pub reached: bool,
    pub best: bool,
    pub target: bool,
    /// Why it is not reached, in words; `None` when it is.
    pub why: Option<String>,
}

/// Readiness of one level then and now.
pub(in crate::export) struct LevelPair {
    pub title: String,
    pub old: f64,
    pub new: f64,
    pub old_reached: bool,
    pub new_reached: bool,
    /// Why it is not reached now, in words; `None` when it is.
    pub why: Option<String>,
}

/// What holds a level back, from what a document knows of it: the words of a [`Rung`]'s or
/// [`LevelPair`]'s `why`.
pub(in crate::export) struct Shortfall<'a> {
    pub readiness: f64,
    /// The readiness that meets a level.
    pub threshold: f64,
    /// A gap this large blocks a level.
    pub blocking_gap: u8,
    /// Skills whose gap blocks the level.
    pub blocking: Vec<&'a str>,
    /// Defining skills that were not asked.
    pub not_asked: Vec<&'a str>,
    /// Defining skills below what the level requires, when the document knows them.
    pub defining_short: Option<Vec<&'a str>>,
    /// All the level's defining skills, to name when it is not known which falls short.
    pub defining: Vec<&'a str>,
}

impl Shortfall<'_> {
    /// "Not reached: 7.2 points short of 85%; a gap of 2 or more in A, B and C.", or, for a
    /// level at the threshold or above, "At 85% or more, but not reached: ...", naming what
    /// holds it back, in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        let mut parts = Vec::new();
        let short = self.readiness < self.threshold;
        let threshold = words::threshold(lang, self.threshold);
        let gap = self.blocking_gap;
        if short {
            let points = i18n::number(lang, self.threshold - self.readiness, 1);
            parts.push(tr!(
                lang,
                "doc-short-points",
                points = points,
                threshold = threshold.as_str()
            ));
        }
        // Past three, names would bury the reason: the report's tables name them.
        match self.blocking.len() {
            0 => {}
            1..=3 => parts.push(tr!(
                lang,
                "doc-short-blocking",
                gap = gap,
                skills = names(lang, &self.blocking, 3)
            )),
            many => parts.push(tr!(
                lang,
                "doc-short-blocking-many",
                gap = gap,
                count = many
            )),
        }
        match self.not_asked.as_slice() {
            [] => {}
            [one] => parts.push(tr!(lang, "doc-short-not-asked-one", skill = *one)),
            list => parts.push(tr!(
                lang,
                "doc-short-not-asked",
                skills = names(lang, list, 3)
            )),
        }
        match self.defining_short.as_deref() {
            Some([]) => {}
            Some([one]) => parts.push(tr!(lang, "doc-short-defining-one", skill = *one)),
            // Past the line they are the whole answer, so they are named; under it, past
            // three, they are counted.
            Some(list) if list.len() <= 3 || !short => parts.push(tr!(
                lang,
                "doc-short-defining",
                skills = names(lang, list, 3)
            )),
            Some(list) => parts.push(tr!(lang, "doc-short-defining-count", count = list.len())),
            // Not known which: worth saying only where nothing else holds the level back.
            None if parts.is_empty() && !self.defining.is_empty() => parts.push(tr!(
                lang,
                "doc-short-defining-unknown",
                skills = names(lang, &self.defining, 8)
            )),
            None => {}
        }
        if parts.is_empty() {
            parts.push(tr!(lang, "doc-short-nothing-asked"));
        }
        let lead = if short {
            tr!(lang, "doc-short-under")
        } else {
            tr!(lang, "doc-short-over", threshold = threshold)
        };
        tr!(lang, "doc-short", lead = lead, reasons = parts.join("; "))
    }
}

/// The key of both ladders: the bars, and the line at `threshold`.
fn threshold_key(lang: Lang, threshold: f64) -> Key {
    Key::Threshold(tr!(
        lang,
        "doc-chart-threshold",
        threshold = words::threshold(lang, threshold)
    ))
}

/// Readiness per level in `lang`, highest level on top: a green bar for a level reached, a
/// pale one for a level not reached, the line at `threshold` across every bar.
pub(in crate::export) fn ladder(
    lang: Lang,
    id: &str,
    title: &str,
    rungs: &[Rung],
    threshold: f64,
) -> Markup {
    let (reached, not) = (rows::bar_colours(true), rows::bar_colours(false));
    let key = [
        Key::Bar(reached.0, reached.1, tr!(lang, "doc-chart-reached")),
        Key::Bar(not.0, not.1, tr!(lang, "doc-chart-not-reached")),
        threshold_key(lang, threshold),
    ];
    let (best, target) = (tr!(lang, "doc-chart-best"), tr!(lang, "doc-chart-target"));
    let (yes, no) = (
        tr!(lang, "doc-chart-reached"),
        tr!(lang, "doc-chart-not-reached"),
    );
    html! {
        div.chart-levels id=(id) role="group" aria-labelledby=(format!("{id}-title")) {
            (rows::title(id, title))
            (rows::key(&key))
            ul.chart-rows {
                @for r in rungs.iter().rev() {
                    li.chart-row.chart-target[r.target] {
                        span.chart-name {
                            @if r.best { strong { (r.title) } } @else { (r.title) }
                            @if r.best { " " span.chart-tag { (best) } }
                            @if r.target { " " span.chart-tag { (target) } }
                        }
                        span.chart-note {
                            strong { (words::percent(lang, r.readiness)) }
                            @if r.reached { " " span.chart-up { "✓ " (yes) } } @else { " " (no) }
                        }
                        svg.chart-strip width="100%" height="22" aria-hidden="true" {
                            (rows::bar(r.readiness, rows::bar_colours(r.reached), 4.0, 14.0))
                            (rows::threshold(threshold, 22.0))
                        }
                        @if let Some(why) = &r.why { p.chart-why { (why) } }
                    }
                }
            }
        }
    }
}

/// Readiness per level then and now in `lang`, highest level on top: a thin pale bar then,
/// a thicker one now, the line at `threshold` across both.
pub(in crate::export) fn ladder_pairs(
    lang: Lang,
    id: &str,
    title: &str,
    levels: &[LevelPair],
    threshold: f64,
) -> Markup {
    let mark = |reached: bool| if reached { " ✓" } else { "" };
    let (then, reached) = (rows::bar_colours(false), rows::bar_colours(true));
    let key = [
        Key::Bar(then.0, then.1, tr!(lang, "doc-chart-then-bar")),
        Key::Bar(YOU, YOU, tr!(lang, "doc-chart-now")),
        Key::Bar(reached.0, reached.1, tr!(lang, "doc-chart-now-reached")),
        threshold_key(lang, threshold),
    ];
    let then_value = |v: f64| {
        tr!(
            lang,
            "doc-chart-then-value",
            rating = words::percent(lang, v)
        )
    };
    let now_value = |v: f64| {
        tr!(
            lang,
            "doc-chart-now-value",
            rating = words::percent(lang, v)
        )
    };
    html! {
        div.chart-levels id=(id) role="group" aria-labelledby=(format!("{id}-title")) {
            (rows::title(id, title))
            (rows::key(&key))
            ul.chart-rows {
                @for l in levels.iter().rev() {
                    li.chart-row {
                        span.chart-name { (l.title) }
                        span.chart-note {
                            (then_value(l.old)) (mark(l.old_reached)) " → "
                            strong { (now_value(l.new)) (mark(l.new_reached)) }
                        }
                        svg.chart-strip width="100%" height="28" aria-hidden="true" {
                            (rows::bar(l.old, rows::bar_colours(false), 2.0, 7.0))
                            (rows::bar(l.new, now_colours(l.new_reached), 12.0, 13.0))
                            (rows::threshold(threshold, 28.0))
                        }
                        @if let Some(why) = &l.why { p.chart-why { (why) } }
                    }
                }
            }
        }
    }
}

/// The bar of readiness now: green when reached, else the blue of "now".
fn now_colours(reached: bool) -> (&'static str, &'static str) {
    if reached {
        rows::bar_colours(true)
    } else {
        (YOU, YOU)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shortfall(readiness: f64) -> Shortfall<'static> {
        Shortfall {
            readiness,
            threshold: 80.0,
            blocking_gap: 2,
            blocking: vec![],
            not_asked: vec![],
            defining_short: None,
            defining: vec!["Planning", "Safety"],
        }
    }

    #[test]
    fn a_level_past_the_line_says_what_holds_it_back() {
        let mut s = shortfall(86.0);
        assert_eq!(
            s.text(Lang::En),
            "At 80% or more, but not reached: one of its defining skills (Planning and Safety) falls short."
        );
        s.defining_short = Some(vec!["Safety"]);
        assert_eq!(
            s.text(Lang::En),
            "At 80% or more, but not reached: its defining skill Safety falls short."
        );
        s.blocking = vec!["A", "B", "C", "D"];
        assert!(
            s.text(Lang::En)
                .contains("a gap of 2 or more in 4 skills; its defining skill Safety falls")
        );
    }

    #[test]
    fn a_level_under_the_line_says_how_far() {
        let mut s = shortfall(77.8);
        assert_eq!(s.text(Lang::En), "Not reached: 2.2 points short of 80%.");
        s.blocking = vec!["A", "B"];
        assert_eq!(
            s.text(Lang::En),
            "Not reached: 2.2 points short of 80%; a gap of 2 or more in A and B."
        );
        // Which defining skills fall short is said when known, under the line too.
        s.defining_short = Some(vec!["Safety", "Planning"]);
        assert!(
            s.text(Lang::En)
                .ends_with("; its defining skills Safety and Planning fall short."),
            "{}",
            s.text(Lang::En)
        );
        s.defining_short = Some(vec!["A", "B", "C", "D"]);
        assert!(
            s.text(Lang::En)
                .ends_with("; 4 of its defining skills fall short.")
        );
        s.readiness = 90.0;
        assert!(
            s.text(Lang::En)
                .ends_with("; its defining skills A, B, C and 1 more fall short."),
            "{}",
            s.text(Lang::En)
        );
    }

    #[test]
    fn the_line_is_at_the_threshold_given() {
        let rung = Rung {
            title: "Junior".into(),
            readiness: 50.0,
            reached: false,
            best: false,
            target: true,
            why: Some("why".into()),
        };
        let html = ladder(Lang::En, "l", "T", &[rung], 80.0).into_string();
        assert!(html.contains(r#"x1="80%" x2="80%""#), "{html}");
        assert!(html.contains("80% meets a level"));
        assert!(html.contains(r#"width="50%""#));
        assert!(html.contains(r#"class="chart-row chart-target""#));
    }
}
