//! The heatmap of coverage by group (`--by-group`), as an HTML table rather than a chart:
//! its text keeps its size on a phone (the table scrolls sideways in its own box, the skill
//! names staying put), group headings wrap instead of being cut, and each cell says what
//! the shade means, naming the one person a single point of failure depends on. Rows run
//! worst first: by the worst cell, critical skills first among equals, then by how many
//! cells fall short.

use maud::{Markup, html};

use super::super::t;
use crate::coverage::Status;
use crate::team::TeamSummary;
use crate::i18n::Lang;
use crate::team::coverage::{CoverageInfo, SkillCoverage};
use crate::team::sections::status_word;
use crate::team::summary::count;
use crate::tr;

/// The most groups the heatmap shows (the worst first); the tables list them all.
pub(super) const HEAT_GROUPS: usize = 12;

/// The shade of a coverage status: darker is worse (the steps of the chart palette).
fn step(s: Status) -> usize {
    match s {
        Status::Ok => 0,
        Status::Low => 2,
        Status::Single => 3,
        Status::None => 4,
    }
}

/// A cell's words: the status, and why a skill is low or whom a single one depends on.
fn cell_text(lang: Lang, c: &SkillCoverage, rules: Option<CoverageInfo>) -> String {
    match c.status {
        Status::Single => tr!(
            lang,
            "team-status-single-person",
            person = c.only_person.as_deref().unwrap_or("?")
        ),
        Status::Low => {
            let short_of_trainers =
                rules.is_none_or(|r| c.trainer_count < u64::from(r.min_trainers));
            if short_of_trainers {
                tr!(
                    lang,
                    "team-heat-low-trainers",
                    n = count(lang, c.trainer_count),
                    count = c.trainer_count
                )
            } else {
                tr!(
                    lang,
                    "team-heat-low-on-own",
                    n = count(lang, c.independent_count)
                )
            }
        }
        s => status_word(lang, s),
    }
}

/// The critical mark: a symbol and a word, so it does not rest on colour.
fn critical_tag(lang: Lang) -> Markup {
    html! { " " span.tag.crit { (tr!(lang, "team-heat-critical-tag")) } }
}

/// A coverage status for a reader: "nobody independent", "one person".
fn describe(lang: Lang, s: Status) -> String {
    match s {
        Status::None => tr!(lang, "team-describe-none"),
        Status::Single => tr!(lang, "team-describe-single"),
        Status::Low => tr!(lang, "team-describe-low"),
        Status::Ok => tr!(lang, "team-describe-ok"),
    }
}

/// One row: a skill's coverage in the whole team, then in each group shown.
struct Row<'a> {
    team: &'a SkillCoverage,
    cells: Vec<Option<&'a SkillCoverage>>,
}

impl Row<'_> {
    /// Worst first: the worst cell, critical skills first, then every cell worst first.
    fn key(&self, order: usize) -> (Status, bool, Vec<Status>, usize) {
        let mut all: Vec<Status> = std::iter::once(self.team.status)
            .chain(self.cells.iter().map(|c| c.map_or(Status::None, |c| c.status)))
            .collect();
        all.sort();
        (all[0], !self.team.critical, all, order)
    }
}

/// The heatmap table with its caption and legend.
pub(super) fn heatmap(tm: &TeamSummary) -> Markup {
    let groups: Vec<_> = tm.groups.iter().take(HEAT_GROUPS).collect();
    let mut rows: Vec<(usize, Row)> = tm
        .skills
        .iter()
        .filter_map(|s| tm.coverage.iter().find(|c| c.id == s.id))
        .enumerate()
        .map(|(order, team)| {
            let cells = groups
                .iter()
                .map(|g| g.coverage.iter().find(|c| c.id == team.id))
                .collect();
            (order, Row { team, cells })
        })
        .collect();
    rows.sort_by_cached_key(|(order, r)| r.key(*order));
    let rules = tm.coverage_rules;
    let lang = tm.lang;
    let more = tm.groups.len().saturating_sub(HEAT_GROUPS);
    let title = if more > 0 {
        tr!(
            lang,
            "team-heat-title-worst",
            shown = HEAT_GROUPS,
            n = count(lang, tm.groups.len() as u64)
        )
    } else {
        tr!(lang, "team-heat-title-groups")
    };
    html! {
        figure.heat {
            h3.fig-title #heatmap-title { (title) }
            div.scroll role="region" aria-labelledby="heatmap-title" tabindex="0" {
                table #heatmap.heat {
                    thead { tr {
                        th scope="col" { (tr!(lang, "team-col-skill")) }
                        th.st scope="col" { (tr!(lang, "team-whole-team")) " " span.members { (members(lang, tm.members_scored)) } }
                        @for g in &groups {
                            th.st scope="col" { (t(&g.title_in(lang))) " " span.members { (members(lang, g.members)) } }
                        }
                        th.num scope="col" { (tr!(lang, "team-heat-short")) " " span.members { (tr!(lang, "team-heat-of-target")) } }
                        // The counts stay on screen; on paper the statuses say enough.
                        th.num.screen-only scope="col" { (tr!(lang, "team-heat-on-own")) }
                        th.num.screen-only scope="col" { (tr!(lang, "team-heat-trainers")) }
                    } }
                    tbody {
                        @for (_, r) in &rows {
                            tr {
                                th scope="row" {
                                    (t(&r.team.name))
                                    @if r.team.critical { (critical_tag(lang)) }
                                }
                                (cell(lang, Some(r.team), rules))
                                @for c in &r.cells { (cell(lang, *c, rules)) }
                                td.num { (short(tm, &r.team.id)) }
                                td.num.screen-only { (count(lang, r.team.independent_count)) }
                                td.num.screen-only { (count(lang, r.team.trainer_count)) }
                            }
                        }
                    }
                }
            }
            figcaption { (legend(tm)) }
        }
    }
}

/// The share of members short of their target in a skill.
fn short(tm: &TeamSummary, id: &str) -> String {
    tm.skills
        .iter()
        .find(|s| s.id == id)
        .map_or(String::new(), |s| whole_percent(tm.lang, s.short_percent))
}

/// A percentage with no decimals, as `lang` writes it ("13%", "13 %").
pub(super) fn whole_percent(lang: Lang, value: f64) -> String {
    match lang {
        Lang::En => format!("{value:.0}%"),
        Lang::Es => format!("{}\u{a0}%", crate::i18n::number(lang, value, 0)),
    }
}

fn members(lang: Lang, n: u64) -> String {
    tr!(lang, "team-heat-members", n = count(lang, n), count = n)
}

/// A cell: its shade, and its words with what follows "single:" or "low:" kept on one
/// line (a name is not cut in two).
fn cell(lang: Lang, c: Option<&SkillCoverage>, rules: Option<CoverageInfo>) -> Markup {
    let (status, text) = c.map_or((Status::None, status_word(lang, Status::None)), |c| {
        (c.status, cell_text(lang, c, rules))
    });
    let text = t(&text);
    html! {
        td class=(format!("h{}", step(status))) {
            @match text.split_once(": ") {
                Some((word, rest)) => { (word) ": " span.nowrap { (rest) } }
                None => { (text) }
            }
        }
    }
}

/// What the words and shades mean.
fn legend(tm: &TeamSummary) -> Markup {
    let lang = tm.lang;
    let rule = tm.coverage_rules.map(|r| {
        tr!(
            lang,
            "team-heat-rule",
            independent = r.independent,
            trainer = r.trainer,
            min_independent = count(lang, u64::from(r.min_independent)),
            min_trainers = count(lang, u64::from(r.min_trainers)),
            count = r.min_trainers
        )
    });
    html! {
        span.legend {
            @for s in [Status::None, Status::Single, Status::Low, Status::Ok] {
                span class=(format!("key h{}", step(s))) { (status_word(lang, s)) }
                " " (describe(lang, s)) "; "
            }
        }
        (tr!(lang, "team-heat-legend-line"))
        span.screen-only {
            @if let Some(rule) = rule { " " (rule) }
            " " (tr!(lang, "team-heat-groups-are-in")) " "
            a href="#groups" { (tr!(lang, "team-groups-heading")) } "."
        }
    }
}
