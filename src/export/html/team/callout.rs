//! The callout at the top of the team's page: what a supervisor needs before a shift
//! meeting. First the critical skills that depend on one person (skill → person → group)
//! and the skills nobody works in on their own, then the most urgent training, and with
//! `--pairs` how far the trainers go. Each list stops after a few lines, saying how many
//! more the sections below hold, so the callout fits the first screen of a phone.

use maud::{Markup, html};

use super::super::t;
use super::heat::whole_percent;
use crate::coverage::Status;
use crate::i18n::Lang;
use crate::team::TeamSummary;
use crate::team::coverage::SkillCoverage;
use crate::team::summary::count;
use crate::tr;

/// The most lines of each list in the callout.
const ITEMS: usize = 3;

/// The critical skills that depend on one person.
struct OnePerson<'a> {
    skills: Vec<&'a str>,
    person: &'a str,
    /// The group the person is in.
    group: Option<String>,
    /// Whether they are the only one in the whole team (else only in their group).
    whole_team: bool,
}

/// A skill nobody works in on their own: in the whole team (`groups` empty), or in these
/// groups.
struct Nobody<'a> {
    skill: &'a str,
    critical: bool,
    groups: Vec<String>,
}

/// Adds a critical skill to the person's line, or a line for the person.
fn add<'a>(out: &mut Vec<OnePerson<'a>>, one: OnePerson<'a>) {
    let same = out.iter_mut().find(|o| {
        o.person == one.person && o.group == one.group && o.whole_team == one.whole_team
    });
    match same {
        Some(o) => o.skills.extend(one.skills),
        None => out.push(one),
    }
}

/// The critical single points of failure by person, the whole team's first, then each
/// group's (worst groups first) that the whole team's do not already name.
fn single_points(tm: &TeamSummary) -> Vec<OnePerson<'_>> {
    let mut out = Vec::new();
    let team_singles: Vec<&SkillCoverage> = tm
        .coverage
        .iter()
        .filter(|c| c.status == Status::Single)
        .collect();
    for c in &team_singles {
        let Some(person) = c.only_person.as_deref() else {
            continue;
        };
        if !c.critical {
            continue;
        }
        // The only one in the team is the only one in their group: that group's cell
        // names them.
        let group = tm.groups.iter().find(|g| {
            g.coverage
                .iter()
                .any(|x| x.id == c.id && x.only_person.as_deref() == Some(person))
        });
        add(
            &mut out,
            OnePerson {
                skills: vec![&c.name],
                person,
                group: group.map(|g| g.title_in(tm.lang)),
                whole_team: true,
            },
        );
    }
    for g in &tm.groups {
        for c in g.coverage.iter().filter(|c| c.status == Status::Single) {
            let Some(person) = c.only_person.as_deref() else {
                continue;
            };
            let seen = team_singles
                .iter()
                .any(|s| s.id == c.id && s.only_person.as_deref() == Some(person));
            if seen || !c.critical {
                continue;
            }
            add(
                &mut out,
                OnePerson {
                    skills: vec![&c.name],
                    person,
                    group: Some(g.title_in(tm.lang)),
                    whole_team: false,
                },
            );
        }
    }
    out
}

/// The skills nobody in the team works in on their own (any skill), then the critical
/// skills nobody in some group does, each with those groups.
fn nobody(tm: &TeamSummary) -> Vec<Nobody<'_>> {
    let mut out: Vec<Nobody> = tm
        .coverage
        .iter()
        .filter(|c| c.status == Status::None)
        .map(|c| Nobody {
            skill: &c.name,
            critical: c.critical,
            groups: Vec::new(),
        })
        .collect();
    let team_none = |id: &str| {
        tm.coverage
            .iter()
            .any(|c| c.id == id && c.status == Status::None)
    };
    let mut by_skill: Vec<(&str, Nobody)> = Vec::new();
    for g in &tm.groups {
        for c in g.coverage.iter().filter(|c| c.status == Status::None) {
            if !c.critical || team_none(&c.id) {
                continue;
            }
            match by_skill.iter_mut().find(|(id, _)| *id == c.id) {
                Some((_, n)) => n.groups.push(g.title_in(tm.lang)),
                None => by_skill.push((
                    &c.id,
                    Nobody {
                        skill: &c.name,
                        critical: true,
                        groups: vec![g.title_in(tm.lang)],
                    },
                )),
            }
        }
    }
    out.extend(by_skill.into_iter().map(|(_, n)| n));
    out
}

/// The sentence when nothing depends on one person or on nobody.
fn all_covered(tm: &TeamSummary) -> String {
    if tm.groups.is_empty() {
        tr!(tm.lang, "team-callout-all-covered")
    } else {
        tr!(tm.lang, "team-callout-all-covered-groups")
    }
}

/// "and 2 more: see Coverage by group."
fn more(tm: &TeamSummary, shown: usize) -> Markup {
    let lang = tm.lang;
    let (href, title) = if tm.groups.is_empty() {
        ("#coverage", tr!(lang, "team-callout-coverage"))
    } else {
        ("#groups", tr!(lang, "team-groups-heading"))
    };
    html! {
        @if shown > ITEMS {
            li.more {
                (tr!(lang, "team-callout-more", n = count(lang, (shown - ITEMS) as u64)))
                " " a href=(href) { (title) } "."
            }
        }
    }
}

/// Where the one person behind a skill is the only one: in the team, or in a group.
fn only_one(lang: Lang, s: &OnePerson) -> Markup {
    html! {
        @match (s.whole_team, &s.group) {
            (true, Some(g)) => { ", " (t(g)) ": " (tr!(lang, "team-callout-only-team")) }
            (true, None) => { ": " (tr!(lang, "team-callout-only-team")) }
            (false, Some(g)) => { ": " (tr!(lang, "team-callout-only-in", group = t(g))) }
            (false, None) => { ": " (tr!(lang, "team-callout-only-group")) }
        }
    }
}

/// The callout.
pub(super) fn callout(tm: &TeamSummary) -> Markup {
    let singles = single_points(tm);
    let nobody = nobody(tm);
    let most_short: Vec<_> = tm
        .skills
        .iter()
        .filter(|s| s.short_count > 0)
        .take(3)
        .collect();
    let lang = tm.lang;
    let singles_count: usize = singles.iter().map(|s| s.skills.len()).sum();
    html! {
        section.verdict aria-label=(tr!(lang, "team-callout-label")) {
            @if singles.is_empty() && nobody.is_empty() {
                p.answer { (all_covered(tm)) }
            }
            @if !singles.is_empty() {
                p.answer {
                    (tr!(lang, "team-callout-singles", n = count(lang, singles_count as u64), count = singles_count))
                }
                ul {
                    @for s in singles.iter().take(ITEMS) {
                        li {
                            @for (i, k) in s.skills.iter().take(ITEMS).enumerate() {
                                @if i > 0 { ", " }
                                strong { (t(k)) }
                            }
                            @if s.skills.len() > ITEMS {
                                " " (tr!(lang, "team-callout-and-more", n = count(lang, (s.skills.len() - ITEMS) as u64)))
                            }
                            " → " (t(s.person))
                            (only_one(lang, s))
                        }
                    }
                    (more(tm, singles.len()))
                }
            }
            @if !nobody.is_empty() {
                p.answer {
                    (tr!(lang, "team-callout-nobody", n = count(lang, nobody.len() as u64), count = nobody.len()))
                }
                ul {
                    @for n in nobody.iter().take(ITEMS) {
                        li {
                            strong { (t(n.skill)) }
                            @if n.critical { " " (tr!(lang, "team-callout-critical")) }
                            @if n.groups.is_empty() { ": " (tr!(lang, "team-callout-whole-team")) }
                            @else { ": " (t(&n.groups.join(", "))) }
                        }
                    }
                    (more(tm, nobody.len()))
                }
            }
            @if most_short.is_empty() {
                p { (tr!(lang, "team-callout-none-short")) }
            } @else {
                p {
                    (tr!(lang, "team-callout-urgent")) " "
                    @for (i, s) in most_short.iter().enumerate() {
                        @if i > 0 { ", " }
                        (t(&s.name))
                        " " (tr!(lang, "team-callout-short", percent = whole_percent(lang, s.short_percent)))
                    }
                    "."
                }
            }
            @if let Some(p) = &tm.pairs {
                p {
                    a href="#pairs" { (tr!(lang, "team-callout-pairs", n = count(lang, p.pairs.len() as u64), count = p.pairs.len())) }
                    @if !p.unpaired.is_empty() {
                        "; " a href="#unpaired" { (tr!(lang, "team-callout-needs", n = count(lang, p.unpaired.len() as u64), count = p.unpaired.len())) }
                        " " (tr!(lang, "team-callout-without"))
                    }
                    "."
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::Profile;
    use crate::rubric::Rubric;
    use crate::team::{TallyOptions, TeamTally};

    /// The callout's text of a team whose members have these ratings in every skill, by
    /// group.
    fn callout_of(members: &[(&str, &str, u8)]) -> String {
        let rubric = Rubric::builtin();
        let mut options = TallyOptions::new(&rubric, crate::credentials::Date::from_days(0));
        options.by_group = true;
        let mut tally = TeamTally::with(&rubric, options);
        for (name, group, rating) in members {
            let mut p = Profile::empty(&rubric);
            p.name = Some(name.to_string());
            p.group = Some(group.to_string());
            p.ratings = vec![Some(*rating); rubric.skills.len()];
            tally.add(&rubric, &p);
        }
        let html = callout(&tally.summary(&rubric, 3)).into_string();
        let doc = scraper::Html::parse_fragment(&html);
        let text: String = doc.root_element().text().collect();
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn a_covered_team_is_told_so_in_one_sentence() {
        let text = callout_of(&[("Ana", "A", 4), ("Bo", "A", 4), ("Cy", "B", 4), ("Di", "B", 4)]);
        assert!(text.starts_with(&all_covered_line()), "{text}");
        assert!(!text.contains('→') && !text.contains("nobody"), "{text}");
    }

    fn all_covered_line() -> String {
        "No critical skill depends on one person, and someone works in every skill on their own in every group.".into()
    }

    #[test]
    fn one_person_behind_many_critical_skills_is_one_line_and_a_group_without_anyone_is_named() {
        let text = callout_of(&[("Ana", "Line 1", 3), ("Bo", "Line 1", 1), ("Cy", "Line 2", 1)]);
        let critical = Rubric::builtin().skills.iter().filter(|s| s.critical).count();
        assert!(
            text.contains(&format!("{critical} critical skills depend on one person")),
            "{text}"
        );
        assert_eq!(text.matches("→ Ana").count(), 1, "{text}");
        assert!(
            text.contains(&format!("and {} more → Ana, Line 1: the only one in the team", critical - ITEMS)),
            "{text}"
        );
        // Nobody on Line 2 works on their own in anything.
        assert!(text.contains("(critical): Line 2"), "{text}");
    }
}
