//! A person's assessments over time ([`History`]): each one's day, best level, readiness at
//! every level and at the target, and the ratings that changed since the one before, all
//! scored with one rubric against one target, under an answer in a few plain lines (best
//! level first and latest, the target's readiness, the latest change). Pure: the files and
//! their dates are read by the command.

use serde::{Deserialize, Serialize};

use super::answer::{best_line, listed, named_rated, target_line};
use crate::date::Date;
use crate::figures::round_to;
use crate::i18n::Lang;
use crate::profile::Profile;
use crate::report::RatingChange;
use crate::rubric::{Rubric, RubricInfo};
use crate::score::{self, assess};
use crate::tr;

/// Version of the JSON history's layout.
pub const HISTORY_SCHEMA_VERSION: u32 = 1;

/// A person's assessments, oldest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct History {
    /// Version of this layout.
    pub schema_version: u32,
    /// The answer first, in words.
    #[serde(default)]
    pub summary: HistorySummary,
    /// The rubric every assessment was scored against.
    pub rubric: RubricInfo,
    /// The person's name, from the latest assessment that gives one.
    pub name: Option<String>,
    /// The level every assessment is measured against.
    pub target_level: String,
    /// Its title.
    pub target_title: String,
    /// The ladder's levels (ids and titles), lowest first: the order of `readiness`.
    pub levels: Vec<LevelName>,
    /// The readiness a level needs to be met.
    pub ready_readiness: f64,
    /// The assessments, oldest first.
    pub assessments: Vec<Assessment>,
    /// The language of its words; not in the JSON, which is always in English.
    #[serde(skip)]
    pub lang: Lang,
}

/// The answer a history opens with.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HistorySummary {
    /// At most four lines: the best level first and latest, the target's readiness first
    /// and latest, the assessments' span, and what changed at the latest.
    pub lines: Vec<String>,
}

/// A level of the ladder, by id and title.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LevelName {
    /// Level id.
    pub id: String,
    /// Level title.
    pub title: String,
}

/// One assessment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    /// The file it was read from.
    pub file: String,
    /// Its day, YYYY-MM-DD; `null` when the file does not say.
    pub assessed_on: Option<String>,
    /// When the file gives no `assessed_on`: the day the file last changed (UTC), shown as
    /// the "file date"; for a version `assess --update` kept, the day in its name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_date: Option<String>,
    /// Its best level (id), `null` when none is met.
    pub best_level: Option<String>,
    /// Its best level's title.
    pub best_title: Option<String>,
    /// Readiness at the target, to one decimal.
    pub target_readiness: f64,
    /// Readiness at every level, lowest first, to one decimal.
    pub readiness: Vec<f64>,
    /// The person's own ratings that changed since the assessment before (none for the
    /// first), in rubric order.
    pub changed: Vec<RatingChange>,
}

impl History {
    /// The heading: whose history.
    pub fn title_line(&self) -> String {
        match &self.name {
            Some(name) => tr!(self.lang, "progress-history-title", name = name.as_str()),
            None => tr!(self.lang, "progress-history-title-unnamed"),
        }
    }

    /// The lines under the heading: the rubric, the target, how many assessments.
    pub fn summary_lines(&self) -> Vec<String> {
        let lang = self.lang;
        vec![
            tr!(
                lang,
                "progress-rubric",
                title = self.rubric.title.as_str(),
                version = self.rubric.version
            ),
            tr!(
                lang,
                "progress-measured",
                title = self.target_title.as_str()
            ),
            tr!(
                lang,
                "progress-history-count",
                count = self.assessments.len()
            ),
        ]
    }

    /// An assessment's day: its `assessed_on`, else its file's date said as such, else
    /// "date unknown".
    pub fn day(&self, a: &Assessment) -> String {
        super::day_words(self.lang, a.assessed_on.as_deref(), a.file_date.as_deref())
    }

    /// The ratings that changed, in words: "Quality Control and Assurance 2 → 3", or "-".
    pub fn changes_text(&self, a: &Assessment) -> String {
        if a.changed.is_empty() {
            return "-".to_string();
        }
        a.changed
            .iter()
            .map(|c| change_words(self.lang, c))
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// A level's title, or "none yet".
    pub fn best_title<'a>(&self, a: &'a Assessment) -> std::borrow::Cow<'a, str> {
        match a.best_title.as_deref() {
            Some(title) => title.into(),
            None => tr!(self.lang, "progress-none-yet").into(),
        }
    }
}

/// "Quality Control and Assurance 2 → 3".
fn change_words(lang: Lang, c: &RatingChange) -> String {
    let rating =
        |r: Option<u8>| r.map_or_else(|| tr!(lang, "progress-not-rated"), |v| v.to_string());
    tr!(
        lang,
        "progress-change",
        name = c.name.as_str(),
        from = rating(c.from),
        to = rating(c.to)
    )
}

/// One file of a history, read.
pub struct Entry {
    /// The file, as shown.
    pub file: String,
    /// The profile it describes.
    pub profile: Profile,
    /// The day the file last changed, read by the command: shown when the file gives no
    /// `assessed_on`. `None` for standard input.
    pub file_date: Option<Date>,
}

/// The history of `assessments` (oldest first), measured against `level`, else the latest
/// one's target, else the level after its best.
pub fn history(
    rubric: &Rubric,
    assessments: &[Entry],
    level: Option<usize>,
    lang: Lang,
) -> History {
    let latest = assessments.last().map(|e| &e.profile);
    let target = level.unwrap_or_else(|| {
        latest.map_or(0, |p| {
            p.target.unwrap_or_else(|| {
                score::default_target(assess(rubric, p, None).best, rubric.levels.len())
            })
        })
    });
    let mut before: Option<&Profile> = None;
    let mut out = Vec::with_capacity(assessments.len());
    let mut held_back_now = Vec::new();
    let mut best = Vec::with_capacity(assessments.len());
    for Entry {
        file,
        profile: p,
        file_date,
    } in assessments
    {
        let a = assess(rubric, p, Some(target));
        held_back_now = a.levels[target]
            .gaps
            .iter()
            .filter(|g| g.blocking || g.defining)
            .map(|g| {
                let rating = p.scored_ratings().get(g.skill);
                let required = rubric.skills[g.skill].required[target];
                named_rated(lang, &rubric.skills[g.skill].name, rating, required)
            })
            .collect();
        best.push(a.best);
        let changed = before.map_or_else(Vec::new, |b| {
            (0..rubric.skills.len())
                .filter(|&s| b.ratings[s] != p.ratings[s])
                .map(|s| RatingChange {
                    id: rubric.skills[s].id.clone(),
                    name: rubric.skills[s].name.clone(),
                    from: b.ratings[s],
                    to: p.ratings[s],
                })
                .collect()
        });
        out.push(Assessment {
            file: file.clone(),
            assessed_on: p.assessed_on.map(|d| d.to_string()),
            file_date: file_date
                .filter(|_| p.assessed_on.is_none())
                .map(|d| d.to_string()),
            best_level: a.best.map(|b| rubric.levels[b].id.clone()),
            best_title: a.best.map(|b| rubric.levels[b].title.clone()),
            target_readiness: round_to(a.levels[target].readiness, 1),
            readiness: a.levels.iter().map(|l| round_to(l.readiness, 1)).collect(),
            changed,
        });
        before = Some(p);
    }
    let mut history = History {
        schema_version: HISTORY_SCHEMA_VERSION,
        summary: HistorySummary::default(),
        rubric: RubricInfo::of(rubric),
        name: assessments
            .iter()
            .rev()
            .find_map(|e| e.profile.name.clone().filter(|n| !n.trim().is_empty())),
        target_level: rubric.levels[target].id.clone(),
        target_title: rubric.levels[target].title.clone(),
        ready_readiness: rubric.thresholds.ready_readiness,
        levels: rubric
            .levels
            .iter()
            .map(|l| LevelName {
                id: l.id.clone(),
                title: l.title.clone(),
            })
            .collect(),
        assessments: out,
        lang,
    };
    history.summary.lines = history.words(&best, &held_back_now);
    history
}

impl History {
    /// The answer in words, at most four lines; `best` holds each assessment's best level's
    /// place on the ladder, and `held_back_now` the skills that hold the target back at the
    /// latest ("Budget Management (rated 1, needs 2)").
    fn words(&self, best: &[Option<usize>], held_back_now: &[String]) -> Vec<String> {
        fn at(a: &Assessment, place: Option<usize>) -> Option<(&str, usize)> {
            a.best_title.as_deref().zip(place)
        }
        let (Some(first), Some(latest)) = (self.assessments.first(), self.assessments.last())
        else {
            return Vec::new();
        };
        let (best_first, best_latest) = (
            best.first().copied().flatten(),
            best.last().copied().flatten(),
        );
        let lang = self.lang;
        let mut lines = Vec::with_capacity(4);
        lines.push(if self.assessments.len() == 1 {
            tr!(lang, "progress-best-level", title = self.best_title(latest))
        } else {
            best_line(lang, at(first, best_first), at(latest, best_latest))
        });
        let target = self.levels.iter().position(|l| l.id == self.target_level);
        let reached = target.zip(best_latest).is_some_and(|(t, b)| t <= b);
        let held_back = listed(lang, held_back_now);
        lines.push(target_line(
            lang,
            &self.target_title,
            (first.target_readiness, latest.target_readiness),
            reached,
            self.ready_readiness,
            &held_back,
        ));
        match self.assessments.as_slice() {
            [only] => lines.push(tr!(lang, "progress-one-assessment", day = self.day(only))),
            [.., before, latest] => {
                lines.push(tr!(
                    lang,
                    "progress-assessments-span",
                    count = self.assessments.len(),
                    first = self.day(first),
                    last = self.day(latest)
                ));
                lines.push(if latest.changed.is_empty() {
                    tr!(lang, "progress-no-change-since", day = self.day(before))
                } else {
                    let changes: Vec<String> = latest
                        .changed
                        .iter()
                        .map(|c| change_words(lang, c))
                        .collect();
                    tr!(
                        lang,
                        "progress-since",
                        day = self.day(before),
                        changes = listed(lang, &changes)
                    )
                });
            }
            [] => {}
        }
        lines
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Three assessments of a person at 2 in every skill: quality control 1, 2, then 3, the
    /// last with no `assessed_on`, dated by its file.
    pub(crate) fn sample_history() -> History {
        sample_history_in(Lang::En)
    }

    /// The sample history, in `lang`.
    pub(crate) fn sample_history_in(lang: Lang) -> History {
        let r = Rubric::builtin().in_lang(lang);
        let qc = r.skill_index("quality-control").unwrap();
        let mut p = Profile::empty(&r);
        p.name = Some("Sam Rivera".into());
        p.ratings = vec![Some(2); r.skills.len()];
        let entries: Vec<Entry> = [(1, Some("2026-01-10")), (2, Some("2026-06-01")), (3, None)]
            .into_iter()
            .map(|(rating, day)| {
                let mut profile = p.clone();
                profile.ratings[qc] = Some(rating);
                profile.assessed_on = day.and_then(Date::parse);
                Entry {
                    file: format!("sam-{rating}.json"),
                    profile,
                    file_date: Date::parse("2026-12-01"),
                }
            })
            .collect();
        history(&r, &entries, r.level_index("senior"), lang)
    }

    #[test]
    fn a_history_answers_first_and_dates_a_file_without_assessed_on_by_its_file() {
        let r = Rubric::builtin();
        let qc = r.skill_index("quality-control").unwrap();
        let mut p = Profile::empty(&r);
        p.ratings = vec![Some(2); r.skills.len()];
        let entry = |p: &Profile, day: Option<&str>, file_day: &str| {
            let mut profile = p.clone();
            profile.assessed_on = day.and_then(Date::parse);
            Entry {
                file: format!("{file_day}.json"),
                profile,
                file_date: Date::parse(file_day),
            }
        };
        let first = entry(&p, Some("2026-01-10"), "2026-02-01");
        p.ratings[qc] = Some(3);
        let latest = entry(&p, None, "2026-12-01");
        let h = history(&r, &[first, latest], r.level_index("senior"), Lang::En);
        let [a, b] = h.assessments.as_slice() else {
            panic!("two assessments")
        };
        // A file's time is used only when the file does not give its day.
        assert_eq!(
            (a.assessed_on.as_deref(), a.file_date.as_deref()),
            (Some("2026-01-10"), None)
        );
        assert_eq!(
            (b.assessed_on.as_deref(), b.file_date.as_deref()),
            (None, Some("2026-12-01"))
        );
        assert_eq!(h.day(b), "2026-12-01 (file date)");
        let lines = &h.summary.lines;
        assert!(lines.len() <= 4, "{lines:#?}");
        assert_eq!(
            lines[2],
            "2 assessments, 2026-01-10 to 2026-12-01 (file date)."
        );
        assert_eq!(
            lines[3],
            "Since 2026-01-10: Quality Control and Assurance 2 → 3."
        );
        assert!(lines[1].starts_with(&format!(
            "Senior Production Specialist readiness {:.1}% → {:.1}%",
            a.target_readiness, b.target_readiness
        )));
    }
}
