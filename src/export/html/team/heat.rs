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
use crate::team::coverage::{CoverageInfo, SkillCoverage};

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
pub(super) fn cell_text(c: &SkillCoverage, rules: Option<CoverageInfo>) -> String {
    match c.status {
        Status::None => "none".into(),
        Status::Single => format!("single: {}", c.only_person.as_deref().unwrap_or("?")),
        Status::Ok => "ok".into(),
        Status::Low => {
            let short_of_trainers =
                rules.is_none_or(|r| c.trainer_count < u64::from(r.min_trainers));
            if short_of_trainers {
                match c.trainer_count {
                    0 => "low: no trainer".into(),
                    1 => "low: 1 trainer".into(),
                    n => format!("low: {n} trainers"),
                }
            } else {
                format!("low: {} on own", c.independent_count)
            }
        }
    }
}

/// The critical mark: a symbol and a word, so it does not rest on colour.
pub(super) fn critical_tag() -> Markup {
    html! { " " span.tag.crit { "◆ critical" } }
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
    let more = tm.groups.len().saturating_sub(HEAT_GROUPS);
    html! {
        figure.heat {
            h3.fig-title #heatmap-title {
                "Coverage of each skill: the whole team and "
                @if more > 0 { (format!("the {HEAT_GROUPS} worst covered of {} groups", tm.groups.len())) }
                @else { "each group" }
                ", worst first"
            }
            div.scroll role="region" aria-labelledby="heatmap-title" tabindex="0" {
                table #heatmap.heat {
                    thead { tr {
                        th scope="col" { "Skill" }
                        th.st scope="col" { "Whole team " span.members { (members(tm.members_scored)) } }
                        @for g in &groups {
                            th.st scope="col" { (t(g.title())) " " span.members { (members(g.members)) } }
                        }
                        th.num scope="col" { "Short " span.members { "of target" } }
                        // The counts stay on screen; on paper the statuses say enough.
                        th.num.screen-only scope="col" { "Team: on own" }
                        th.num.screen-only scope="col" { "Team: trainers" }
                    } }
                    tbody {
                        @for (_, r) in &rows {
                            tr {
                                th scope="row" {
                                    (t(&r.team.name))
                                    @if r.team.critical { (critical_tag()) }
                                }
                                (cell(Some(r.team), rules))
                                @for c in &r.cells { (cell(*c, rules)) }
                                td.num { (short(tm, &r.team.id)) }
                                td.num.screen-only { (r.team.independent_count) }
                                td.num.screen-only { (r.team.trainer_count) }
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
        .map_or(String::new(), |s| format!("{:.0}%", s.short_percent))
}

fn members(n: u64) -> String {
    format!("{n} member{}", if n == 1 { "" } else { "s" })
}

/// A cell: its shade, and its words with what follows "single:" or "low:" kept on one
/// line (a name is not cut in two).
fn cell(c: Option<&SkillCoverage>, rules: Option<CoverageInfo>) -> Markup {
    let (status, text) = c.map_or((Status::None, "none".to_string()), |c| {
        (c.status, cell_text(c, rules))
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
    let rule = tm.coverage_rules.map(|r| {
        format!(
            " On own: members rated {} or more, who work in the skill on their own; trainers: rated {} or more. Covered (ok) takes {} on their own and {} trainer{}.",
            r.independent,
            r.trainer,
            r.min_independent,
            r.min_trainers,
            if r.min_trainers == 1 { "" } else { "s" }
        )
    });
    html! {
        span.legend {
            @for s in [Status::None, Status::Single, Status::Low, Status::Ok] {
                span class=(format!("key h{}", step(s))) { (s.as_str()) }
                " " (s.describe()) "; "
            }
        }
        "◆ marks a critical skill. Short of target: the share of members whose rating is below what their target level requires."
        span.screen-only {
            @if let Some(rule) = rule { (rule) }
            " Each group's counts are in " a href="#groups" { "Coverage by group" } "."
        }
    }
}
