//! The answer first: the few plain sentences every format opens a report with.
//!
//! A person reads a report for one answer: which level they have reached and what stands
//! before the next. [`Summary`] says it in at most [`Summary::MAX_LINES`] lines, built from
//! the finished report alone (so it can never disagree with the sections below it), plus
//! the first level's entry requirements, which answer "can I apply?" for someone who has
//! reached no level yet: the first level is a job people are hired into and trained for.

use serde::{Deserialize, Serialize};

use super::{Gap, NextLevel, Report};
use crate::figures::round_to;
use crate::i18n::{Lang, number, percent};
use crate::rubric::{Education, Entry};
use crate::tr;

/// The verdict of a report, in plain words and as facts.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Summary {
    /// The verdict as every format shows it first: at most five lines.
    pub lines: Vec<String>,
    /// Id of the best level reached (as the report's `best_level`), `null` for none yet.
    pub best_level: Option<String>,
    /// Id of the level after the best one, `null` at the top of the ladder.
    pub next_level: Option<String>,
    /// For someone who has reached no level yet: whether they meet what employers ask of a
    /// newcomer to the first level. `null` once a level is reached, or when the rubric does
    /// not say what the first level asks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_apply: Option<CanApply>,
    /// The one to three things to do first: the skills that stand before the next level,
    /// in the report's order, or the plan's first steps when none does.
    pub first: Vec<FirstThing>,
    /// With reviews: the review's effect on the answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewed: Option<ReviewedSummary>,
}

/// Whether a newcomer meets the first level's entry requirements.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CanApply {
    /// Their education meets what employers usually ask.
    Yes,
    /// They have less education than employers usually ask: that comes first.
    EducationFirst,
    /// The profile does not give their education.
    EducationUnknown,
}

/// One of the first things to do: a skill to raise, or to rate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FirstThing {
    /// Skill id.
    pub skill: String,
    /// Skill name.
    pub name: String,
    /// The rating now, `null` when not rated or not asked.
    pub rating: Option<u8>,
    /// The rating needed.
    pub required: u8,
    /// Whether the skill was asked; one that was not must be rated first.
    pub asked: bool,
    /// The first concrete action toward it, from the plan, when the plan has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
}

/// What a review changed in the answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReviewedSummary {
    /// Id of the best level on the person's own ratings, `null` for none yet.
    pub best_on_own_ratings: Option<String>,
    /// How many skills the person and their reviewers see 2 or more apart.
    pub to_talk_about: usize,
}

impl Summary {
    /// The most lines a verdict has.
    pub const MAX_LINES: usize = 5;

    /// The verdict of `report`; `entry` is what the rubric's first level asks of a newcomer.
    pub fn of(report: &Report, entry: Option<&Entry>) -> Summary {
        let first = first_things(report);
        let can_apply = match (&report.best_level, entry) {
            (None, Some(e)) => Some(match report.education {
                Some(have) if have >= e.education => CanApply::Yes,
                Some(_) => CanApply::EducationFirst,
                None => CanApply::EducationUnknown,
            }),
            _ => None,
        };
        let reviewed = report.has_reviews().then(|| ReviewedSummary {
            best_on_own_ratings: match &report.best_on_own_ratings {
                Some(own) => own.level.clone(),
                None => report.best_level.clone(),
            },
            to_talk_about: report.disagreements.len(),
        });
        let mut lines = vec![report.verdict_headline()];
        if let (Some(answer), Some(e)) = (can_apply, entry) {
            lines.push(report.apply_line(answer, e));
        }
        if report.best_level.is_some()
            && let Some(next) = &report.next_level
        {
            lines.push(report.next_line(next));
        }
        if let Some(r) = &reviewed {
            lines.push(report.reviewed_line(r));
        }
        if !first.is_empty() {
            lines.push(first_line(report.lang, &first));
        }
        if let Some(action) = first.first().and_then(|f| f.action.as_deref())
            && lines.len() < Self::MAX_LINES
        {
            lines.push(tr!(report.lang, "report-verdict-start", action = action));
        }
        lines.truncate(Self::MAX_LINES);
        Summary {
            lines,
            best_level: report.best_level.clone(),
            next_level: report.next_level.as_ref().map(|n| n.id.clone()),
            can_apply,
            first,
            reviewed,
        }
    }
}

/// The skills that stand before the next level: those that hold it back on their own first
/// (defining skills not asked, then unmet defining skills and blocking gaps), then the rest,
/// each kind in the report's order (largest weighted gap first); at the top of the ladder,
/// or when none stands there, the plan's first steps toward the target.
fn first_things(report: &Report) -> Vec<FirstThing> {
    let action = |skill: &str| {
        report
            .next_steps
            .iter()
            .find(|s| s.skill == skill)
            .and_then(|s| s.actions.first().cloned())
    };
    let mut gaps: Vec<&Gap> = report
        .next_level
        .as_ref()
        .map_or(Vec::new(), |n| n.gaps.iter().collect());
    // What holds the level back on its own comes first (a stable sort keeps the report's
    // order within each kind): a defining skill not asked, then any gap that alone blocks.
    gaps.sort_by_key(|g| (g.asked, !(g.defining || g.blocking)));
    if !gaps.is_empty() {
        return gaps
            .into_iter()
            .take(3)
            .map(|g| FirstThing {
                skill: g.id.clone(),
                name: g.name.clone(),
                rating: g.rating,
                required: g.required,
                asked: g.asked,
                action: if g.asked { action(&g.id) } else { None },
            })
            .collect();
    }
    report
        .next_steps
        .iter()
        .take(3)
        .map(|s| FirstThing {
            skill: s.skill.clone(),
            name: s.name.clone(),
            rating: s.rating,
            required: s.required,
            asked: true,
            action: s.actions.first().cloned(),
        })
        .collect()
}

/// "rated 0, needs 1", or "not asked yet: rate it".
fn standing(lang: Lang, f: &FirstThing) -> String {
    match (f.asked, f.rating) {
        (false, _) => tr!(lang, "report-verdict-not-asked"),
        (true, Some(r)) => tr!(
            lang,
            "report-verdict-rated-needs",
            rating = r,
            required = f.required
        ),
        (true, None) => tr!(lang, "report-verdict-unrated-needs", required = f.required),
    }
}

/// "Do first: A (rated 0, needs 1), B (...) and C (...)."
fn first_line(lang: Lang, first: &[FirstThing]) -> String {
    let items: Vec<String> = first
        .iter()
        .map(|f| {
            tr!(
                lang,
                "report-verdict-first-item",
                skill = f.name.as_str(),
                standing = standing(lang, f)
            )
        })
        .collect();
    tr!(lang, "report-verdict-first", items = and_list(lang, &items))
}

/// "a", "a and b", "a, b and c" ("a, b y c").
pub(crate) fn and_list(lang: Lang, items: &[String]) -> String {
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => tr!(
            lang,
            "report-and",
            first = rest.join(", "),
            last = last.as_str()
        ),
    }
}

/// A threshold as the rubric gives it, as a share: "85%" ("85 %"), with as many decimals
/// as it has.
pub(crate) fn share(lang: Lang, value: f64) -> String {
    let text = value.to_string();
    match lang {
        Lang::En => format!("{text}%"),
        Lang::Es => {
            let decimals = text.split_once('.').map_or(0, |(_, f)| f.len());
            format!("{}\u{a0}%", number(lang, value, decimals))
        }
    }
}

impl Report {
    /// The first line: the level reached, or how far the first level is.
    fn verdict_headline(&self) -> String {
        let lang = self.lang;
        let first = self.levels.first();
        match (&self.best_title, &self.next_level) {
            (None, Some(next)) => {
                let ready = tr!(
                    lang,
                    "report-verdict-ready-needed",
                    ready = percent(lang, next.readiness),
                    needed = share(lang, self.thresholds.ready_readiness)
                );
                let level = next.title.as_str();
                match next.gaps.len() {
                    0 => tr!(lang, "report-verdict-not-yet", level = level, ready = ready),
                    n => tr!(
                        lang,
                        "report-verdict-not-yet-gaps",
                        level = level,
                        count = n,
                        ready = ready
                    ),
                }
            }
            (None, None) => match first {
                Some(l) => tr!(lang, "report-verdict-none-first", level = l.title.as_str()),
                None => tr!(lang, "report-verdict-none"),
            },
            (Some(best), next) => {
                let mut details = String::new();
                if next.is_none() {
                    details.push_str(&format!(", {}", tr!(lang, "report-verdict-top")));
                }
                if let Some(l) = self
                    .levels
                    .iter()
                    .find(|l| Some(&l.id) == self.best_level.as_ref())
                {
                    let usually = tr!(lang, "report-verdict-usually", years = l.years.as_str());
                    details.push_str(&format!(", {usually}"));
                }
                if let Some(n) = self.provisional_note() {
                    details.push_str(&format!(" ({n})"));
                }
                tr!(
                    lang,
                    "report-verdict-reached",
                    level = best.as_str(),
                    details = details
                )
            }
        }
    }

    /// "Can you apply for Junior Production Specialist jobs? Yes: ...".
    fn apply_line(&self, answer: CanApply, entry: &Entry) -> String {
        let lang = self.lang;
        let level = self.levels.first().map_or_else(
            || tr!(lang, "report-verdict-entry-level"),
            |l| l.title.clone(),
        );
        let asks = entry_phrase(lang, entry.education);
        let training = entry.training.as_str();
        match answer {
            CanApply::Yes => tr!(
                lang,
                "report-verdict-apply-yes",
                level = level,
                asks = asks,
                training = training
            ),
            CanApply::EducationFirst => tr!(
                lang,
                "report-verdict-apply-education-first",
                level = level,
                asks = asks,
                training = training
            ),
            CanApply::EducationUnknown => tr!(
                lang,
                "report-verdict-apply-education-unknown",
                level = level,
                asks = asks,
                training = training
            ),
        }
    }

    /// "Next: Senior Production Specialist, 84.7% ready (85% needed): 2 skills stand before it."
    fn next_line(&self, next: &NextLevel) -> String {
        let lang = self.lang;
        let needed = self.thresholds.ready_readiness;
        let ready = round_to(next.readiness, 1);
        let blockers = next
            .gaps
            .iter()
            .filter(|g| g.defining || g.blocking)
            .count();
        let (level, ready_text) = (next.title.as_str(), percent(lang, ready));
        if next.gaps.is_empty() {
            return tr!(
                lang,
                "report-verdict-next-clear",
                level = level,
                ready = ready_text
            );
        }
        if ready >= needed {
            tr!(
                lang,
                "report-verdict-next-enough",
                level = level,
                ready = ready_text,
                needed = share(lang, needed),
                count = blockers.max(1)
            )
        } else {
            tr!(
                lang,
                "report-verdict-next-short",
                level = level,
                ready = ready_text,
                needed = share(lang, needed),
                count = next.gaps.len()
            )
        }
    }

    /// "Reviewed by D. Lee: on your own ratings you would be at ...; 2 things to talk about."
    fn reviewed_line(&self, r: &ReviewedSummary) -> String {
        let lang = self.lang;
        let by: Vec<String> = self.reviews.iter().map(|v| v.reviewer.clone()).collect();
        let own = match &self.best_on_own_ratings {
            Some(own) if own.level != self.best_level => {
                let level = own
                    .title
                    .clone()
                    .unwrap_or_else(|| tr!(lang, "report-verdict-own-none"));
                format!("; {}", tr!(lang, "report-verdict-own", level = level))
            }
            _ => String::new(),
        };
        tr!(
            lang,
            "report-verdict-reviewed",
            reviewers = and_list(lang, &by),
            verified = self.verified_skills,
            total = self.skills.len(),
            own = own,
            talk = tr!(lang, "report-verdict-talk", count = r.to_talk_about)
        )
    }
}

/// "a high-school diploma or equivalent (such as the GED)".
fn entry_phrase(lang: Lang, e: Education) -> String {
    match e {
        Education::None => tr!(lang, "report-verdict-entry-none"),
        Education::Secondary => tr!(lang, "report-verdict-entry-secondary"),
        other => super::phrases::education_phrase(lang, other),
    }
}
