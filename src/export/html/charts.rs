//! What the pages' charts show, taken from their documents: skills as a dot plot and levels
//! as a ladder, for a report and for a comparison, and the reasons a level is not reached. The drawing is in
//! [`crate::export::svg`].

use std::cmp::Reverse;

use maud::{Markup, html};

use super::{category_rank, t};
use crate::export::svg::{
    self, DotGroup, DotRow, Key, LevelPair, Mark, Rung, Shortfall, Span, Tone,
};
use crate::i18n::Lang;
use crate::progress::{Comparison, change_cell};
use crate::report::{LevelRow, Report, SkillRow};
use crate::rubric::Category;
use crate::tr;

impl Report {
    /// The ladder's rows, lowest level first, each not reached with the reason.
    pub(super) fn rungs(&self) -> Vec<Rung> {
        self.levels
            .iter()
            .map(|l| Rung {
                title: t(&l.title),
                readiness: l.readiness,
                reached: l.reached,
                best: self.best_level.as_deref() == Some(l.id.as_str()),
                target: l.id == self.target_level,
                why: (!l.reached).then(|| t(&self.shortfall(l).text(self.lang))),
            })
            .collect()
    }

    /// What holds level `l` back. The report knows which defining skills fall short at the
    /// target (its skills) and at the next level (its gaps); at another level it names them
    /// all.
    fn shortfall<'a>(&'a self, l: &'a LevelRow) -> Shortfall<'a> {
        let name = |id: &'a String| self.skill_name(id);
        let not_asked: Vec<&str> = l
            .defining_skills
            .iter()
            .filter(|id| self.not_asked.contains(id))
            .map(name)
            .collect();
        let defining_short = if l.id == self.target_level {
            Some(
                self.skills
                    .iter()
                    .filter(|s| s.asked && s.gap > 0 && l.defining_skills.contains(&s.id))
                    .map(|s| s.name.as_str())
                    .collect(),
            )
        } else {
            self.next_level
                .as_ref()
                .filter(|next| next.id == l.id)
                .map(|next| {
                    next.gaps
                        .iter()
                        .filter(|g| g.asked && g.defining)
                        .map(|g| g.name.as_str())
                        .collect()
                })
        };
        Shortfall {
            readiness: l.readiness,
            threshold: self.thresholds.ready_readiness,
            blocking_gap: self.thresholds.blocking_gap,
            blocking: l.blocking.iter().map(name).collect(),
            not_asked,
            defining_short,
            defining: l.defining_skills.iter().map(name).collect(),
        }
    }

    /// Every skill as a row of the dot plot: grouped by category, the largest gap first
    /// (then the report's order, most urgent first).
    pub(super) fn skill_dots(&self) -> Markup {
        let lang = self.lang;
        let target = t(&self.target_title);
        let mut skills: Vec<&SkillRow> = self.skills.iter().collect();
        skills.sort_by_key(|s| (category_rank(s.category), Reverse(s.gap)));
        let mut groups: Vec<DotGroup> = Vec::new();
        for s in skills {
            let title = group_title(lang, s.category);
            if groups.last().is_none_or(|g| g.title != title) {
                groups.push(DotGroup {
                    title,
                    rows: Vec::new(),
                });
            }
            groups.last_mut().unwrap().rows.push(self.dot_row(s));
        }
        for g in &mut groups {
            g.title = format!("{} ({})", g.title, g.rows.len());
        }
        let mut key = vec![Key::Mark(
            Mark::Rating,
            if self.has_reviews() {
                tr!(lang, "doc-chart-your-own-rating")
            } else {
                tr!(lang, "doc-chart-your-rating")
            },
        )];
        if self.has_reviews() {
            key.push(Key::Mark(
                Mark::Review,
                tr!(lang, "doc-chart-reviewers-rating"),
            ));
        }
        key.push(Key::Mark(
            Mark::Required,
            tr!(lang, "doc-chart-required-at", level = target.as_str()),
        ));
        // Only the lines drawn: a key entry for nothing on the chart is one more to read.
        let drawn = |tone: Tone| {
            groups
                .iter()
                .flat_map(|g| &g.rows)
                .any(|r| r.span.as_ref().is_some_and(|s| s.tone == tone))
        };
        if drawn(Tone::Gap) {
            key.push(Key::Line(Tone::Gap, tr!(lang, "doc-chart-gap")));
        }
        if drawn(Tone::Block) {
            key.push(Key::Line(
                Tone::Block,
                tr!(
                    lang,
                    "doc-chart-gap-blocks",
                    gap = self.thresholds.blocking_gap
                ),
            ));
        }
        let top = self.scale.len().saturating_sub(1).clamp(1, 255) as u8;
        svg::dots(
            "skills-chart",
            &tr!(lang, "doc-chart-dots", level = target),
            &key,
            &groups,
            top,
        )
    }

    /// One skill's row: its marks, the gap from the rating scored to the requirement, and
    /// the figures in words. A rating that does not exist has no mark.
    fn dot_row(&self, s: &SkillRow) -> DotRow {
        let own = self.own_rating(s).filter(|_| s.asked);
        let review = s.review_rating.filter(|_| self.has_reviews());
        let mut marks = vec![(Mark::Required, s.required)];
        marks.extend(own.map(|v| (Mark::Rating, v)));
        marks.extend(review.map(|v| (Mark::Review, v)));
        // The gap runs from the rating scored, on the lane of the mark it belongs to.
        let span = match s.rating {
            Some(from) if s.asked && s.gap > 0 => Some(Span {
                from,
                to: s.required,
                tone: if s.gap >= self.thresholds.blocking_gap {
                    Tone::Block
                } else {
                    Tone::Gap
                },
                review_lane: own != Some(from) && review == Some(from),
            }),
            _ => None,
        };
        DotRow {
            name: t(&s.name),
            marks,
            span,
            note: self.dot_note(s, own, review),
        }
    }

    /// "rated 2 · needs 3 · gap 1"; with reviews "you 3 · review 2 · needs 3 · gap 1"; a
    /// rating that does not exist is named: not rated, not asked, not observed.
    fn dot_note(&self, s: &SkillRow, own: Option<u8>, review: Option<u8>) -> Markup {
        let lang = self.lang;
        let own_text = match own {
            _ if !s.asked => tr!(lang, "doc-chart-not-asked"),
            Some(v) if self.has_reviews() => tr!(lang, "doc-chart-you", rating = v),
            Some(v) => tr!(lang, "doc-chart-rated", rating = v),
            None if self.has_reviews() => tr!(lang, "doc-chart-you-not-rated"),
            None => tr!(lang, "doc-chart-not-rated"),
        };
        let review_text = match review {
            _ if !self.has_reviews() => None,
            Some(v) => Some(tr!(lang, "doc-chart-review", rating = v)),
            None => Some(tr!(lang, "doc-chart-review-not-observed")),
        };
        let gap = tr!(lang, "doc-chart-gap-of", gap = s.gap);
        html! {
            (own_text)
            @if let Some(r) = review_text { " · " (r) }
            " · " (tr!(lang, "doc-chart-needs", required = s.required))
            @if s.asked && s.gap >= self.thresholds.blocking_gap {
                " · " span.chart-block { (gap) " ⚠" }
            } @else if s.asked && s.gap > 0 {
                " · " (gap)
            }
            @if s.asked && s.rating.is_none() && s.gap > 0 {
                " " (tr!(lang, "doc-chart-unrated-counts"))
            }
        }
    }
}

/// The heading of a category's rows.
fn group_title(lang: Lang, c: Category) -> String {
    match c {
        Category::Technical => tr!(lang, "doc-chart-technical"),
        Category::Soft => tr!(lang, "doc-chart-soft"),
        Category::Leadership => tr!(lang, "doc-chart-leadership"),
    }
}

impl Comparison {
    /// Every skill then and now as a dot plot: a hollow dot then, a filled dot now, a line
    /// between them (blue up, red down), the requirement as an upright bar.
    pub(super) fn skill_dots(&self) -> Markup {
        let lang = self.lang;
        let target = t(&self.target_title);
        let top = self
            .skills
            .iter()
            .flat_map(|s| [s.old.unwrap_or(0), s.new.unwrap_or(0), s.required])
            .max()
            .unwrap_or(0)
            .max(4);
        let rows: Vec<DotRow> = self
            .skills
            .iter()
            .map(|s| {
                let mut marks = vec![(Mark::Required, s.required)];
                marks.extend(s.old.map(|v| (Mark::Then, v)));
                marks.extend(s.new.map(|v| (Mark::Rating, v)));
                let span = match (s.old, s.new) {
                    (Some(a), Some(b)) if a != b => Some(Span {
                        from: a,
                        to: b,
                        tone: if b > a { Tone::Up } else { Tone::Down },
                        review_lane: false,
                    }),
                    _ => None,
                };
                let rating = |v: Option<u8>| v.map_or(tr!(lang, "doc-chart-not-rated"), |v| v.to_string());
                let note = html! {
                    (tr!(lang, "doc-chart-then-value", rating = rating(s.old))) " · "
                    (tr!(lang, "doc-chart-now-value", rating = rating(s.new))) " · "
                    (tr!(lang, "doc-chart-needs", required = s.required))
                    @if s.change > 0 { " · " span.chart-up { (change_cell(s.change)) } }
                    @else if s.change < 0 { " · " span.chart-block { (change_cell(s.change)) } }
                };
                DotRow {
                    name: t(&s.name),
                    marks,
                    span,
                    note,
                }
            })
            .collect();
        let mut key = vec![
            Key::Mark(Mark::Then, tr!(lang, "doc-chart-then")),
            Key::Mark(Mark::Rating, tr!(lang, "doc-chart-now")),
            Key::Mark(
                Mark::Required,
                tr!(lang, "doc-chart-required-at", level = target),
            ),
        ];
        let drawn = |tone: Tone| {
            rows.iter()
                .any(|r: &DotRow| r.span.as_ref().is_some_and(|s| s.tone == tone))
        };
        if drawn(Tone::Up) {
            key.push(Key::Line(Tone::Up, tr!(lang, "doc-chart-rise")));
        }
        if drawn(Tone::Down) {
            key.push(Key::Line(Tone::Down, tr!(lang, "doc-chart-fall")));
        }
        let groups = [DotGroup {
            title: tr!(lang, "doc-chart-skills"),
            rows,
        }];
        svg::dots(
            "skills-then-now",
            &tr!(lang, "doc-chart-then-and-now"),
            &key,
            &groups,
            top,
        )
    }

    /// Readiness per level then and now, each level not reached now with the reason.
    pub(super) fn level_pairs(&self) -> Vec<LevelPair> {
        let name = |id: &String| -> String {
            self.skills
                .iter()
                .find(|s| &s.id == id)
                .map_or_else(|| id.clone(), |s| s.name.clone())
        };
        self.levels
            .iter()
            .map(|l| {
                let blocking: Vec<String> = l.blocking.iter().map(name).collect();
                let short: Vec<String> = l.defining_short.iter().map(name).collect();
                let why = Shortfall {
                    readiness: l.new_readiness,
                    threshold: self.thresholds.ready_readiness,
                    blocking_gap: self.thresholds.blocking_gap,
                    blocking: blocking.iter().map(String::as_str).collect(),
                    not_asked: Vec::new(),
                    defining_short: Some(short.iter().map(String::as_str).collect()),
                    defining: Vec::new(),
                };
                LevelPair {
                    title: t(&l.title),
                    old: l.old_readiness,
                    new: l.new_readiness,
                    old_reached: l.old_reached,
                    new_reached: l.new_reached,
                    why: (!l.new_reached).then(|| t(&why.text(self.lang))),
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use scraper::{ElementRef, Html, Selector};

    use super::*;
    use crate::report::tests::{reviewed_report, sample_report};

    fn sel(s: &str) -> Selector {
        Selector::parse(s).unwrap()
    }

    fn text(e: ElementRef) -> String {
        e.text().collect::<String>()
    }

    /// The skills chart's rows: name, note, and how many of each mark its strip draws
    /// (filled circles, review triangles).
    fn chart_rows(r: &Report) -> Vec<(String, String, usize, usize)> {
        let doc = Html::parse_fragment(&r.skill_dots().into_string());
        doc.select(&sel("li.chart-row"))
            .map(|li| {
                let one = |s: &str| text(li.select(&sel(s)).next().unwrap());
                (
                    one(".chart-name"),
                    one(".chart-note"),
                    li.select(&sel("svg.chart-strip circle")).count(),
                    li.select(&sel("svg.chart-strip path")).count(),
                )
            })
            .collect()
    }

    fn row<'a>(rows: &'a [(String, String, usize, usize)], name: &str) -> &'a (String, String, usize, usize) {
        rows.iter().find(|r| r.0 == name).unwrap()
    }

    #[test]
    fn a_skill_not_rated_not_asked_or_not_observed_has_no_mark_at_0() {
        let mut r = sample_report("Sam");
        let not_asked = r.skills.iter().position(|s| s.id == "budget-management").unwrap();
        r.skills[not_asked].asked = false;
        r.skills[not_asked].rating = None;
        let rows = chart_rows(&r);
        assert_eq!(rows.len(), r.skills.len());
        // Rated 0 is a mark at 0; not rated and not asked are no mark at all.
        let (_, note, dots, _) = row(&rows, "Strategic and Capacity Planning");
        assert_eq!((*dots, note.starts_with("rated 0")), (1, true), "{note}");
        let (_, note, dots, _) = row(&rows, "Initiative");
        assert_eq!(*dots, 0, "{note}");
        assert!(note.starts_with("not rated") && note.contains("counts as 0"), "{note}");
        let (_, note, dots, _) = row(&rows, "Budget Management");
        assert_eq!(*dots, 0, "{note}");
        assert!(note.starts_with("not asked") && !note.contains("gap"), "{note}");

        let r = reviewed_report("D. Lee", "2026-11-20");
        let rows = chart_rows(&r);
        // The supervisor had no chance to observe problem-solving: no triangle, said so.
        let (_, note, dots, triangles) = row(&rows, "Problem-Solving");
        assert_eq!((*dots, *triangles), (1, 0), "{note}");
        assert!(note.contains("review: not observed"), "{note}");
        let (_, note, _, triangles) = row(&rows, "Attention to Detail");
        assert_eq!(*triangles, 1, "{note}");
        for s in &r.skills {
            let (_, note, _, triangles) = row(&rows, &s.name);
            assert_eq!(*triangles, usize::from(s.review_rating.is_some()), "{}", s.name);
            assert_eq!(note.contains("not observed"), s.review_rating.is_none(), "{note}");
        }
    }

    #[test]
    fn rows_are_grouped_by_category_and_sorted_by_gap() {
        let mut r = sample_report("Sam");
        // The chart sorts for itself, whatever the report's order.
        r.skills.reverse();
        let doc = Html::parse_fragment(&r.skill_dots().into_string());
        let mut seen = Vec::new();
        let mut categories = Vec::new();
        for group in doc.select(&sel(".chart-group")) {
            let names: Vec<String> = group.select(&sel(".chart-name")).map(text).collect();
            let skills: Vec<&SkillRow> = names
                .iter()
                .map(|n| r.skills.iter().find(|s| &s.name == n).unwrap())
                .collect();
            let category = skills[0].category;
            assert!(skills.iter().all(|s| s.category == category), "{names:?}");
            let heading = text(group.select(&sel(".chart-cat")).next().unwrap());
            assert_eq!(heading, format!("{} ({})", group_title(r.lang, category), skills.len()));
            let gaps: Vec<u8> = skills.iter().map(|s| s.gap).collect();
            assert!(gaps.windows(2).all(|w| w[0] >= w[1]), "largest gap first: {gaps:?}");
            assert!(gaps[0] > gaps[gaps.len() - 1], "the sample has gaps to sort");
            categories.push(category);
            seen.extend(names);
        }
        assert_eq!(
            categories,
            [Category::Technical, Category::Soft, Category::Leadership]
        );
        seen.sort();
        let mut all: Vec<String> = r.skills.iter().map(|s| s.name.clone()).collect();
        all.sort();
        assert_eq!(seen, all, "every skill once");
    }

    #[test]
    fn a_gap_is_a_line_from_the_rating_scored_to_the_requirement() {
        let r = sample_report("Sam");
        for s in &r.skills {
            let row = r.dot_row(s);
            match (&row.span, s.rating) {
                (Some(span), Some(rating)) => {
                    assert_eq!((span.from, span.to), (rating, s.required), "{}", s.name);
                    let block = s.gap >= r.thresholds.blocking_gap;
                    assert_eq!(span.tone == Tone::Block, block, "{}", s.name);
                }
                (None, rating) => assert!(rating.is_none() || s.gap == 0, "{}", s.name),
                (Some(_), None) => panic!("{}: a gap drawn from no rating", s.name),
            }
        }
    }

    #[test]
    fn a_level_past_the_line_but_not_reached_names_its_defining_skills_short() {
        let r = reviewed_report("D. Lee", "2026-11-20");
        let mut r = r;
        // The target, past the line, held back by its defining skills with a gap.
        let target = r.levels.iter().position(|l| l.id == r.target_level).unwrap();
        r.levels[target].readiness = r.thresholds.ready_readiness + 1.0;
        r.levels[target].reached = false;
        r.levels[target].blocking.clear();
        let short: Vec<&SkillRow> = r
            .skills
            .iter()
            .filter(|s| s.gap > 0 && r.levels[target].defining_skills.contains(&s.id))
            .collect();
        assert!(!short.is_empty(), "the sample has a defining skill short at the target");
        let why = r.rungs()[target].why.clone().unwrap();
        assert!(why.starts_with("At 85% or more, but not reached: "), "{why}");
        for s in short.iter().take(3) {
            assert!(why.contains(&s.name), "{why}");
        }
        // Reached levels say nothing.
        for (rung, l) in r.rungs().iter().zip(&r.levels) {
            assert_eq!(rung.why.is_none(), l.reached, "{}", l.title);
        }
    }
}
