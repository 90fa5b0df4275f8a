//! The callout at the top of the team's page: what a supervisor needs before a shift
//! meeting. First the critical skills that depend on one person (skill → person → group)
//! and the skills nobody works in on their own, then the most urgent training, and with
//! `--pairs` how far the trainers go. Each list stops after a few lines, saying how many
//! more the sections below hold, so the callout fits the first screen of a phone.

use maud::{Markup, html};

use super::super::t;
use crate::coverage::Status;
use crate::team::TeamSummary;
use crate::team::coverage::SkillCoverage;

/// The most lines of each list in the callout.
const ITEMS: usize = 3;

/// The critical skills that depend on one person.
struct OnePerson<'a> {
    skills: Vec<&'a str>,
    person: &'a str,
    /// The group the person is in.
    group: Option<&'a str>,
    /// Whether they are the only one in the whole team (else only in their group).
    whole_team: bool,
}

/// A skill nobody works in on their own: in the whole team (`groups` empty), or in these
/// groups.
struct Nobody<'a> {
    skill: &'a str,
    critical: bool,
    groups: Vec<&'a str>,
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
                group: group.map(|g| g.title()),
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
                    group: Some(g.title()),
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
                Some((_, n)) => n.groups.push(g.title()),
                None => by_skill.push((
                    &c.id,
                    Nobody {
                        skill: &c.name,
                        critical: true,
                        groups: vec![g.title()],
                    },
                )),
            }
        }
    }
    out.extend(by_skill.into_iter().map(|(_, n)| n));
    out
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The sentence when nothing depends on one person or on nobody.
fn all_covered(tm: &TeamSummary) -> String {
    format!(
        "No critical skill depends on one person, and someone works in every skill on their own{}.",
        if tm.groups.is_empty() {
            ""
        } else {
            " in every group"
        }
    )
}

/// "and 2 more: see Coverage by group."
fn more(tm: &TeamSummary, shown: usize) -> Markup {
    let (href, title) = if tm.groups.is_empty() {
        ("#coverage", "Coverage")
    } else {
        ("#groups", "Coverage by group")
    };
    html! {
        @if shown > ITEMS {
            li.more {
                (format!("and {} more: see ", shown - ITEMS)) a href=(href) { (title) } "."
            }
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
    html! {
        section.verdict aria-label="What needs attention" {
            @if singles.is_empty() && nobody.is_empty() {
                p.answer { (all_covered(tm)) }
            }
            @if !singles.is_empty() {
                p.answer {
                    (plural(singles.iter().map(|s| s.skills.len()).sum(), "critical skill depends", "critical skills depend"))
                    " on one person:"
                }
                ul {
                    @for s in singles.iter().take(ITEMS) {
                        li {
                            @for (i, k) in s.skills.iter().take(ITEMS).enumerate() {
                                @if i > 0 { ", " }
                                strong { (t(k)) }
                            }
                            @if s.skills.len() > ITEMS { (format!(" and {} more", s.skills.len() - ITEMS)) }
                            " → " (t(s.person))
                            @match (s.whole_team, s.group) {
                                (true, Some(g)) => { ", " (t(g)) ": the only one in the team" }
                                (true, None) => { ": the only one in the team" }
                                (false, g) => { ": the only one in " (t(g.unwrap_or("the group"))) }
                            }
                        }
                    }
                    (more(tm, singles.len()))
                }
            }
            @if !nobody.is_empty() {
                p.answer {
                    (plural(nobody.len(), "skill has", "skills have"))
                    " nobody who works in " (if nobody.len() == 1 { "it" } else { "them" }) " on their own:"
                }
                ul {
                    @for n in nobody.iter().take(ITEMS) {
                        li {
                            strong { (t(n.skill)) }
                            @if n.critical { " (critical)" }
                            @if n.groups.is_empty() { ": the whole team" }
                            @else { ": " (t(&n.groups.join(", "))) }
                        }
                    }
                    (more(tm, nobody.len()))
                }
            }
            @if most_short.is_empty() {
                p { "No member is short of their target in any skill." }
            } @else {
                p {
                    "Most urgent training: "
                    @for (i, s) in most_short.iter().enumerate() {
                        @if i > 0 { ", " }
                        (t(&s.name))
                        (format!(" ({:.0}% short)", s.short_percent))
                    }
                    "."
                }
            }
            @if let Some(p) = &tm.pairs {
                p {
                    a href="#pairs" { (plural(p.pairs.len(), "trainer–learner pair", "trainer–learner pairs")) }
                    @if !p.unpaired.is_empty() {
                        "; " a href="#unpaired" { (plural(p.unpaired.len(), "need", "needs")) } " without a trainer"
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
