//! The answer a comparison opens with ([`ProgressSummary`]): the best level then and now, the
//! target's readiness then and now, the gaps to the target closed and opened, the skills that
//! now hold back the next level or the target and did not before, and the certifications
//! gained, as facts and as at most five lines of plain words that every format shows first.
//!
//! Pure: made from the two assessments and the rubric. The sentences are made here, once, so
//! that the terminal, Markdown, HTML and JSON say the same thing.

use serde::{Deserialize, Serialize};

use crate::figures::round_to;
use crate::i18n::{self, Lang};
use crate::profile::Profile;
use crate::rubric::Rubric;
use crate::score::{Assessment, LevelScore};
use crate::tr;

use super::SkillChange;

/// The most names a line of the answer lists before "and N more": the answer stays short,
/// and the tables below name every one.
const NAMED: usize = 3;

/// Something of the rubric by id and by the name a reader knows it by.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Named {
    /// Its id in the rubric.
    pub id: String,
    /// Its name (a level's title).
    pub name: String,
}

/// A skill's rating then and now against what the target requires.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SkillStep {
    /// Skill id.
    pub id: String,
    /// Skill name.
    pub name: String,
    /// Rating then, `null` when not rated.
    pub then: Option<u8>,
    /// Rating now, `null` when not rated.
    pub now: Option<u8>,
    /// What the target requires.
    pub required: u8,
}

/// A skill that holds a level back now and did not before.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Blocker {
    /// The level it holds back (id): the level after the best one now, or the target.
    pub level: String,
    /// The level's title.
    pub level_title: String,
    /// Skill id.
    pub skill: String,
    /// Skill name.
    pub name: String,
    /// Rating now, `null` when not rated.
    pub rating: Option<u8>,
    /// What the level requires.
    pub required: u8,
    /// Why it holds the level back: `true` when the skill defines the level (any gap holds
    /// it back), `false` when the gap is large enough on its own.
    pub defining: bool,
}

/// The answer first: what changed between the two assessments, as facts and in words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProgressSummary {
    /// The best level then, `null` when none was reached.
    pub best_then: Option<Named>,
    /// The best level now, `null` when none is reached.
    pub best_now: Option<Named>,
    /// Readiness at the target then, to one decimal.
    pub target_readiness_then: f64,
    /// Readiness at the target now, to one decimal.
    pub target_readiness_now: f64,
    /// Whether the target was reached then.
    pub target_reached_then: bool,
    /// Whether the target is reached now.
    pub target_reached_now: bool,
    /// The skills that hold the target back now (a gap of `blocking_gap` or more, or any gap
    /// in a skill that defines it), in rubric order; none when it is reached.
    pub target_blockers: Vec<Blocker>,
    /// Skills below what the target requires then that meet it now.
    pub gaps_closed: Vec<SkillStep>,
    /// Skills that met what the target requires then and are below it now.
    pub gaps_opened: Vec<SkillStep>,
    /// Skills that now hold back the level after the best one, or the target, and did not
    /// before; lowest level first, in rubric order.
    pub new_blockers: Vec<Blocker>,
    /// Certifications held now and not then.
    pub certifications_gained: Vec<Named>,
    /// The answer in plain words, at most five lines: what every format opens with.
    pub lines: Vec<String>,
}

/// "rated 2, needs 3", or "not rated, needs 3": a rating beside a requirement, never read as
/// a fraction.
pub fn rated_needs(lang: Lang, rating: Option<u8>, required: u8) -> String {
    match rating {
        Some(r) => tr!(
            lang,
            "progress-rated-needs",
            rating = r,
            required = required
        ),
        None => tr!(lang, "progress-not-rated-needs", required = required),
    }
}

/// "Budget Management (rated 1, needs 2)": a skill and its rating beside what it needs.
pub fn named_rated(lang: Lang, name: &str, rating: Option<u8>, required: u8) -> String {
    tr!(
        lang,
        "progress-named-with",
        name = name,
        detail = rated_needs(lang, rating, required)
    )
}

/// The skills of `level` that hold it back: a gap of the blocking size, or any gap in a
/// skill that defines it.
fn held_back(level: &LevelScore) -> impl Iterator<Item = (usize, bool)> + '_ {
    level
        .gaps
        .iter()
        .filter(|g| g.blocking || g.defining)
        .map(|g| (g.skill, g.defining))
}

/// The two assessments the answer is made of, with the profiles they scored.
pub(super) struct Sides<'a> {
    pub then: (&'a Profile, &'a Assessment),
    pub now: (&'a Profile, &'a Assessment),
}

/// The answer, from the two assessments against `target` and the skills compared.
pub(super) fn summarize(
    rubric: &Rubric,
    sides: &Sides<'_>,
    target: usize,
    skills: &[SkillChange],
    lang: Lang,
) -> ProgressSummary {
    let ((old, a), (new, b)) = (sides.then, sides.now);
    let level = |l: usize| Named {
        id: rubric.levels[l].id.clone(),
        name: rubric.levels[l].title.clone(),
    };
    let step = |s: &SkillChange| SkillStep {
        id: s.id.clone(),
        name: s.name.clone(),
        then: s.old,
        now: s.new,
        required: s.required,
    };
    let mut summary = ProgressSummary {
        best_then: a.best.map(level),
        best_now: b.best.map(level),
        target_readiness_then: round_to(a.levels[target].readiness, 1),
        target_readiness_now: round_to(b.levels[target].readiness, 1),
        target_reached_then: a.levels[target].reached,
        target_reached_now: b.levels[target].reached,
        target_blockers: blockers(rubric, b, target, new)
            .filter(|_| !b.levels[target].reached)
            .collect(),
        gaps_closed: skills
            .iter()
            .filter(|s| s.old_gap > 0 && s.new_gap == 0)
            .map(step)
            .collect(),
        gaps_opened: skills
            .iter()
            .filter(|s| s.old_gap == 0 && s.new_gap > 0)
            .map(step)
            .collect(),
        new_blockers: new_blockers(rubric, a, b, target, new),
        certifications_gained: new
            .certifications
            .iter()
            .filter(|c| old.certifications.binary_search(c).is_err())
            .map(|&c| Named {
                id: rubric.certifications[c].id.clone(),
                name: rubric.certifications[c].name.clone(),
            })
            .collect(),
        lines: Vec::new(),
    };
    summary.lines = summary.words(
        &rubric.levels[target].title,
        (a.best, b.best),
        rubric.thresholds.ready_readiness,
        lang,
    );
    summary
}

/// The skills that hold level `l` back in assessment `a` of `profile`.
fn blockers<'a>(
    rubric: &'a Rubric,
    a: &'a Assessment,
    l: usize,
    profile: &'a Profile,
) -> impl Iterator<Item = Blocker> + 'a {
    let ratings = profile.scored_ratings();
    held_back(&a.levels[l]).map(move |(s, defining)| Blocker {
        level: rubric.levels[l].id.clone(),
        level_title: rubric.levels[l].title.clone(),
        skill: rubric.skills[s].id.clone(),
        name: rubric.skills[s].name.clone(),
        rating: ratings.get(s),
        required: rubric.skills[s].required[l],
        defining,
    })
}

/// The skills that hold back, now and not then, the level after the best one now and the
/// target, each level once and only while it is not reached.
fn new_blockers(
    rubric: &Rubric,
    then: &Assessment,
    now: &Assessment,
    target: usize,
    profile: &Profile,
) -> Vec<Blocker> {
    let next = now
        .best
        .map_or(Some(0), |b| (b + 1 < rubric.levels.len()).then_some(b + 1));
    let mut levels: Vec<usize> = next.into_iter().chain([target]).collect();
    levels.sort_unstable();
    levels.dedup();
    let mut out = Vec::new();
    for l in levels.into_iter().filter(|&l| !now.levels[l].reached) {
        let before: Vec<usize> = held_back(&then.levels[l]).map(|(s, _)| s).collect();
        out.extend(
            blockers(rubric, now, l, profile)
                .filter(|b| !before.iter().any(|&s| rubric.skills[s].id == b.skill)),
        );
    }
    out
}

/// "A, B, C and 2 more".
pub(super) fn listed(lang: Lang, items: &[String]) -> String {
    let shown = &items[..items.len().min(NAMED)];
    match shown {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] if items.len() <= NAMED => {
            tr!(
                lang,
                "progress-and",
                list = init.join(", "),
                last = last.as_str()
            )
        }
        all => tr!(
            lang,
            "progress-and-more",
            list = all.join(", "),
            more = items.len() - NAMED
        ),
    }
}

/// The first line: the best level then and now (each a title and its place on the ladder),
/// in words.
pub(super) fn best_line(
    lang: Lang,
    then: Option<(&str, usize)>,
    now: Option<(&str, usize)>,
) -> String {
    match (then, now) {
        (None, None) => tr!(lang, "progress-still-none"),
        (Some((_, a)), Some((title, b))) if a == b => tr!(lang, "progress-still", title = title),
        (None, Some((title, _))) => tr!(lang, "progress-now-first", title = title),
        (Some((was, a)), Some((title, b))) if b > a => {
            tr!(lang, "progress-now-up", title = title, was = was)
        }
        (Some((was, _)), Some((title, _))) => {
            tr!(lang, "progress-now-down", title = title, was = was)
        }
        (Some((was, _)), None) => tr!(lang, "progress-none-now", was = was),
    }
}

/// A rubric's threshold as a percentage, written as briefly as the rubric gives it ("85%",
/// "85,5 %").
pub fn threshold(lang: Lang, value: f64) -> String {
    let decimals = usize::from(value.fract() != 0.0);
    match lang {
        Lang::En => format!("{value}%"),
        Lang::Es => format!("{}\u{a0}%", i18n::number(lang, value, decimals)),
    }
}

/// The target's readiness then and now, and whether it is reached and why not; `held_back`
/// says what holds it back ("Budget Management (rated 1, needs 2)"), empty when nothing
/// does.
pub(super) fn target_line(
    lang: Lang,
    title: &str,
    (then, now): (f64, f64),
    reached: bool,
    ready: f64,
    held_back: &str,
) -> String {
    let (then_text, now_text) = (i18n::percent(lang, then), i18n::percent(lang, now));
    let figures = if then == now {
        tr!(
            lang,
            "progress-readiness-same",
            title = title,
            now = now_text
        )
    } else {
        tr!(
            lang,
            "progress-readiness",
            title = title,
            then = then_text,
            now = now_text
        )
    };
    let ready_text = threshold(lang, ready);
    if reached {
        tr!(lang, "progress-status-reached", figures = figures)
    } else if now < ready {
        tr!(
            lang,
            "progress-status-short",
            figures = figures,
            ready = ready_text
        )
    } else if !held_back.is_empty() {
        tr!(
            lang,
            "progress-status-held",
            figures = figures,
            ready = ready_text,
            skills = held_back
        )
    } else {
        tr!(
            lang,
            "progress-status-unasked",
            figures = figures,
            ready = ready_text
        )
    }
}

impl ProgressSummary {
    /// The answer in words, at most five lines; `best` holds the best levels' places on the
    /// ladder then and now, which tell up from down; `ready` is the readiness a level needs
    /// (the comparison's `thresholds`).
    fn words(
        &self,
        target_title: &str,
        best: (Option<usize>, Option<usize>),
        ready: f64,
        lang: Lang,
    ) -> Vec<String> {
        fn at(named: &Option<Named>, place: Option<usize>) -> Option<(&str, usize)> {
            named.as_ref().zip(place).map(|(n, l)| (n.name.as_str(), l))
        }
        let mut lines = Vec::with_capacity(5);
        lines.push(best_line(
            lang,
            at(&self.best_then, best.0),
            at(&self.best_now, best.1),
        ));
        lines.push(target_line(
            lang,
            target_title,
            (self.target_readiness_then, self.target_readiness_now),
            self.target_reached_now,
            ready,
            &self.held_back_words(lang),
        ));
        if let Some(line) = self.gaps_line(target_title, lang) {
            lines.push(line);
        }
        if let Some(line) = self.blockers_line(lang) {
            lines.push(line);
        }
        if !self.certifications_gained.is_empty() {
            let names: Vec<String> = self
                .certifications_gained
                .iter()
                .map(|c| c.name.clone())
                .collect();
            lines.push(tr!(
                lang,
                "progress-certs-gained",
                names = listed(lang, &names)
            ));
        }
        lines
    }

    /// What holds the target back, for [`target_line`]: "A (rated 2, needs 3) and B (rated
    /// 1, needs 2)", or nothing.
    fn held_back_words(&self, lang: Lang) -> String {
        let names: Vec<String> = self
            .target_blockers
            .iter()
            .map(|b| named_rated(lang, &b.name, b.rating, b.required))
            .collect();
        listed(lang, &names)
    }

    /// "Closed 2 gaps to Senior: A and B. New gap: C (rated 1, needs 2).", naming as new gaps
    /// only those the blockers' line does not name.
    fn gaps_line(&self, target_title: &str, lang: Lang) -> Option<String> {
        let closed: Vec<String> = self.gaps_closed.iter().map(|s| s.name.clone()).collect();
        let opened: Vec<String> = self
            .gaps_opened
            .iter()
            .filter(|s| !self.new_blockers.iter().any(|b| b.skill == s.id))
            .map(|s| named_rated(lang, &s.name, s.now, s.required))
            .collect();
        let mut parts = Vec::new();
        if !closed.is_empty() {
            parts.push(tr!(
                lang,
                "progress-closed",
                count = closed.len(),
                target = target_title,
                names = listed(lang, &closed)
            ));
        }
        if !opened.is_empty() {
            parts.push(tr!(
                lang,
                "progress-opened",
                count = opened.len(),
                names = listed(lang, &opened)
            ));
        }
        (!parts.is_empty()).then(|| parts.join(" "))
    }

    /// "Now blocking Production Specialist: Budget Management (rated 1, needs 2)." A skill
    /// named for a lower level is not named again for the target.
    fn blockers_line(&self, lang: Lang) -> Option<String> {
        let mut named: Vec<&str> = Vec::new();
        let mut parts = Vec::new();
        let mut levels: Vec<(&str, &str)> = Vec::new();
        for b in &self.new_blockers {
            if !levels.iter().any(|(id, _)| *id == b.level) {
                levels.push((&b.level, &b.level_title));
            }
        }
        for (id, title) in levels {
            let skills: Vec<String> = self
                .new_blockers
                .iter()
                .filter(|b| b.level == id && !named.contains(&b.skill.as_str()))
                .map(|b| named_rated(lang, &b.name, b.rating, b.required))
                .collect();
            named.extend(
                self.new_blockers
                    .iter()
                    .filter(|b| b.level == id)
                    .map(|b| b.skill.as_str()),
            );
            if !skills.is_empty() {
                parts.push(tr!(
                    lang,
                    "progress-level-skills",
                    title = title,
                    skills = listed(lang, &skills)
                ));
            }
        }
        (!parts.is_empty()).then(|| tr!(lang, "progress-now-blocking", parts = parts.join("; ")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::tests::sample_comparison;
    use crate::progress::{Comparison, compare};

    fn level(r: &Rubric, id: &str) -> usize {
        r.level_index(id).unwrap()
    }

    #[test]
    fn a_skill_that_now_holds_the_next_level_back_is_a_new_blocker() {
        let r = Rubric::builtin();
        let c = sample_comparison();
        let s = &c.summary;
        assert_eq!(
            s.best_then.as_ref().map(|l| l.id.as_str()),
            Some("specialist")
        );
        assert_eq!(s.best_now.as_ref().map(|l| l.id.as_str()), Some("junior"));
        let tm = r.skill_index("training-mentoring").unwrap();
        let needs = r.skills[tm].required[level(&r, "specialist")];
        let found: Vec<(&str, &str, Option<u8>, u8)> = s
            .new_blockers
            .iter()
            .map(|b| (b.level.as_str(), b.skill.as_str(), b.rating, b.required))
            .collect();
        // Training and Mentoring held Senior back before too: new only at Specialist.
        assert_eq!(
            found,
            [("specialist", "training-mentoring", Some(1), needs)]
        );
        assert_eq!(
            s.lines[0],
            "Now Junior Production Specialist, down from Production Specialist."
        );
        let line = format!(
            "Now blocking Production Specialist: Training and Mentoring ({}).",
            rated_needs(Lang::En, Some(1), needs)
        );
        assert!(s.lines.contains(&line), "{:#?}", s.lines);
        // The target's readiness, as the level rows have it.
        let senior = c.levels.iter().find(|l| l.id == c.target_level).unwrap();
        assert_eq!(
            (s.target_readiness_then, s.target_readiness_now),
            (senior.old_readiness, senior.new_readiness)
        );
        assert!(s.lines[1].starts_with(&format!(
            "Senior Production Specialist readiness {:.1}% → {:.1}%",
            senior.old_readiness, senior.new_readiness
        )));
        assert!(s.lines[1].contains("Training and Mentoring (rated 1, needs 3)"));
    }

    #[test]
    fn nothing_is_a_new_blocker_when_no_rating_fell() {
        let r = Rubric::builtin();
        let c = sample_comparison();
        let mut old = crate::profile::Profile::empty(&r);
        old.ratings = c.skills.iter().map(|s| s.old).collect();
        let mut new = old.clone();
        let pi = r.skill_index("process-improvement").unwrap();
        new.ratings[pi] = Some(3);
        let c: Comparison = compare(&r, ("a", &old), ("b", &new), level(&r, "senior"), Lang::En);
        assert!(c.summary.new_blockers.is_empty());
        assert_eq!(c.summary.lines[0], "Still Production Specialist.");
        assert!(c.summary.lines.iter().all(|l| !l.contains("blocking")));
        assert!(
            c.summary.lines.contains(
                &"Closed 1 gap to Senior Production Specialist: Process Improvement Methodologies."
                    .to_string()
            )
        );
    }

    #[test]
    fn certifications_are_named_as_the_rubric_names_them() {
        let r = Rubric::builtin();
        let c = sample_comparison();
        let lean = r
            .certifications
            .iter()
            .find(|c| c.id == "lean-certificate")
            .unwrap();
        assert_eq!(
            c.summary.certifications_gained,
            [Named {
                id: lean.id.clone(),
                name: lean.name.clone()
            }]
        );
        let said = format!("Certifications gained: {}.", lean.name);
        assert!(c.summary.lines.contains(&said), "{:#?}", c.summary.lines);
        let changes = c.change_lines().join("\n");
        assert!(
            changes.contains(&lean.name) && !changes.contains(&lean.id),
            "{changes}"
        );
    }

    #[test]
    fn the_answer_is_at_most_five_lines_however_much_changed() {
        let r = Rubric::builtin();
        let mut low = crate::profile::Profile::empty(&r);
        low.ratings = vec![Some(0); r.skills.len()];
        let mut high = low.clone();
        high.ratings = vec![Some(5); r.skills.len()];
        high.certifications = (0..r.certifications.len()).collect();
        let top = r.levels.len() - 1;
        for (a, b) in [(&low, &high), (&high, &low)] {
            let c = compare(&r, ("a", a), ("b", b), top, Lang::En);
            let lines = &c.summary.lines;
            assert!(lines.len() <= 5, "{lines:#?}");
            // Long lists end with how many more, and the tables name them all.
            assert!(lines.iter().any(|l| l.contains(" more")), "{lines:#?}");
        }
        // Falling from the top to nothing: the target is blocked anew; the first level, which
        // has no defining skills and asks little, is only short of readiness.
        let c = compare(&r, ("a", &high), ("b", &low), top, Lang::En);
        let title = &r.levels[top].title;
        assert_eq!(
            c.summary.lines[0],
            format!("No level reached now, down from {title}.")
        );
        assert!(
            c.summary
                .new_blockers
                .iter()
                .all(|b| b.level == r.levels[top].id)
        );
        let blocking = format!("Now blocking {title}: ");
        assert!(
            c.summary.lines.iter().any(|l| l.starts_with(&blocking)),
            "{:#?}",
            c.summary.lines
        );
    }

    #[test]
    fn the_best_level_reads_as_up_down_or_still() {
        assert_eq!(best_line(Lang::En, None, None), "Still no level reached.");
        assert_eq!(
            best_line(Lang::En, Some(("A", 0)), Some(("A", 0))),
            "Still A."
        );
        assert_eq!(
            best_line(Lang::En, Some(("A", 0)), Some(("B", 1))),
            "Now B, up from A."
        );
        assert_eq!(
            best_line(Lang::En, Some(("B", 1)), Some(("A", 0))),
            "Now A, down from B."
        );
        assert_eq!(
            best_line(Lang::En, None, Some(("A", 0))),
            "Now A; no level was reached before."
        );
        assert_eq!(
            best_line(Lang::En, Some(("A", 0)), None),
            "No level reached now, down from A."
        );
        assert_eq!(rated_needs(Lang::En, Some(2), 3), "rated 2, needs 3");
        assert_eq!(rated_needs(Lang::En, None, 3), "not rated, needs 3");
        let names = |n: usize| (0..n).map(|i| i.to_string()).collect::<Vec<_>>();
        assert_eq!(listed(Lang::En, &names(1)), "0");
        assert_eq!(listed(Lang::En, &names(3)), "0, 1 and 2");
        assert_eq!(listed(Lang::En, &names(5)), "0, 1, 2 and 2 more");
        assert_eq!(
            target_line(
                Lang::En,
                "T",
                (80.0, 90.0),
                false,
                85.0,
                "X (rated 1, needs 2)"
            ),
            "T readiness 80.0% → 90.0%: past the 85% it needs, but held back by X (rated 1, needs 2)."
        );
        assert_eq!(
            target_line(Lang::En, "T", (80.0, 80.0), false, 85.0, ""),
            "T readiness unchanged at 80.0%, short of the 85% it needs."
        );
    }

    #[test]
    fn the_answer_reads_in_spanish_with_spanish_numbers() {
        let es = Lang::Es;
        assert_eq!(
            best_line(es, None, None),
            "Todavía no ha alcanzado ningún nivel."
        );
        assert_eq!(
            best_line(es, Some(("A", 0)), Some(("B", 1))),
            "Subió a B; antes estaba en A."
        );
        assert_eq!(
            best_line(es, Some(("B", 1)), Some(("A", 0))),
            "Bajó a A; antes estaba en B."
        );
        assert_eq!(rated_needs(es, Some(2), 3), "calificación 2, requiere 3");
        let names = |n: usize| (0..n).map(|i| i.to_string()).collect::<Vec<_>>();
        assert_eq!(listed(es, &names(3)), "0, 1 y 2");
        assert_eq!(listed(es, &names(5)), "0, 1, 2 y 2 más");
        assert_eq!(
            target_line(
                es,
                "T",
                (80.0, 90.5),
                false,
                85.0,
                "X (calificación 1, requiere 2)"
            ),
            "Preparación para T: de 80,0\u{a0}% a 90,5\u{a0}%; supera el 85\u{a0}% que se requiere, pero lo frenan X (calificación 1, requiere 2)."
        );
        assert_eq!(
            target_line(es, "T", (80.0, 80.0), false, 85.5, ""),
            "Preparación para T: sin cambio, 80,0\u{a0}%; le falta llegar al 85,5\u{a0}% que se requiere."
        );
    }
}
