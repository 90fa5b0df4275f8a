//! Who trains whom, laid out for a shift meeting: one row per trainer with their learners,
//! and the learners without a trainer summarised per skill with the trainers there are and
//! the places they have. The learner-by-learner list of those without a trainer runs to
//! hundreds of lines in a team of sixty, so the page names where it is (the JSON summary or
//! the workbook of the same run, else the option that writes one) instead of printing it.

use maud::{Markup, html};

use super::super::t;
use crate::team::TeamSummary;
use crate::team::pairs::{Pair, Pairs, UnpairedReason};
use crate::team::sections::{LIST_LIMIT, Section};

/// A trainer and the pairs they take, in the order of their first (most urgent) pair.
fn by_trainer(pairs: &[Pair]) -> Vec<Vec<&Pair>> {
    let mut out: Vec<Vec<&Pair>> = Vec::new();
    for p in pairs.iter().take(LIST_LIMIT) {
        match out
            .iter_mut()
            .find(|v| v[0].trainer == p.trainer && v[0].trainer_group == p.trainer_group)
        {
            Some(v) => v.push(p),
            None => out.push(vec![p]),
        }
    }
    out
}

fn group(g: Option<&str>) -> String {
    t(g.unwrap_or("(no group)"))
}

/// Where the full lists are: the files of this run that hold them, else how to write one.
fn full_list(tm: &TeamSummary) -> Markup {
    html! {
        span.screen-only {
            @if tm.full_lists.is_empty() {
                "The full list, learner by learner: run the same command with "
                code { "--format json" } " (under " code { "pairs" } ") or "
                code { "-o team.xlsx" } " (sheet Pairs)."
            } @else {
                "The full list, learner by learner, is in "
                @for (i, f) in tm.full_lists.iter().enumerate() {
                    @if i > 0 { " and " }
                    code { (t(f)) }
                }
                "."
            }
        }
        span.print-only { "Full list: the team's JSON or workbook (not printed)." }
    }
}

/// "Who trains whom": the rule in a sentence, then one row per trainer.
pub(super) fn pairs_section(tm: &TeamSummary, p: &Pairs, s: &Section) -> Markup {
    let trainers = by_trainer(&p.pairs);
    html! {
        section #pairs {
            h2 { (t(&s.heading)) }
            @for line in &s.lines { p { (t(line)) } }
            @if !trainers.is_empty() {
                table.cards.pairs {
                    thead { tr {
                        th scope="col" { "Trainer" } th scope="col" { "Group" }
                        th scope="col" { "Learners: skill, gap" }
                    } }
                    tbody {
                        @for v in &trainers {
                            tr {
                                th scope="row" { (t(&v[0].trainer)) }
                                td data-label="Group" { (group(v[0].trainer_group.as_deref())) }
                                td.wide data-label="Learners" {
                                    @for (i, x) in v.iter().enumerate() {
                                        @if i > 0 { br; }
                                        (t(&x.learner))
                                        @if !x.same_group { " (" (group(x.learner_group.as_deref())) ")" }
                                        ": " (t(tm.skill_name(&x.skill))) (format!(", gap {}", x.gap))
                                    }
                                }
                            }
                        }
                    }
                }
            }
            @if p.pairs.len() > LIST_LIMIT {
                p { (format!("… and {} more pairs. ", p.pairs.len() - LIST_LIMIT)) (full_list(tm)) }
            }
        }
    }
}

/// One skill's learners without a trainer.
struct SkillNeed<'a> {
    id: &'a str,
    needs: usize,
    priority: u64,
    no_trainer: bool,
    paired: usize,
}

fn per_skill<'a>(tm: &TeamSummary, p: &'a Pairs) -> Vec<SkillNeed<'a>> {
    let mut out: Vec<SkillNeed> = Vec::new();
    for u in &p.unpaired {
        let at = match out.iter().position(|n| n.id == &*u.skill) {
            Some(at) => at,
            None => {
                out.push(SkillNeed {
                    id: &u.skill,
                    needs: 0,
                    priority: 0,
                    no_trainer: false,
                    paired: p.pairs.iter().filter(|x| x.skill == u.skill).count(),
                });
                out.len() - 1
            }
        };
        let n = &mut out[at];
        n.needs += 1;
        n.priority += u64::from(u.priority);
        n.no_trainer |= u.reason == UnpairedReason::NoTrainer;
    }
    // Most urgent first, then in the order of the team's skills.
    let rank = |id: &str| tm.skills.iter().position(|s| s.id == id);
    out.sort_by(|a, b| {
        b.priority
            .cmp(&a.priority)
            .then(rank(a.id).cmp(&rank(b.id)))
    });
    out
}

/// "Learners without a trainer", summarised per skill.
pub(super) fn unpaired_section(tm: &TeamSummary, p: &Pairs) -> Markup {
    let skills = per_skill(tm, p);
    let mut learners: Vec<(&str, Option<&str>)> = p
        .unpaired
        .iter()
        .map(|u| (&*u.learner, u.learner_group.as_deref()))
        .collect();
    learners.sort_unstable();
    learners.dedup();
    let none = skills.iter().filter(|s| s.no_trainer).count();
    let load = p.trainer_load;
    let trainers = |id: &str| {
        tm.coverage
            .iter()
            .find(|c| c.id == id)
            .map_or(0, |c| c.trainer_count)
    };
    html! {
        section #unpaired {
            h2 { "Learners without a trainer" }
            p {
                (format!(
                    "{} of {} members, in {} skill{}, have no trainer. ",
                    plural(p.unpaired.len(), "need", "needs"),
                    learners.len(),
                    skills.len(),
                    if skills.len() == 1 { "" } else { "s" },
                ))
                @if none > 0 {
                    (format!("In {} nobody in the team can train the skill; in the others every trainer already has {}. ",
                        plural(none, "skill", "skills"), plural(load as usize, "learner", "learners")))
                } @else {
                    (format!("In each, every trainer already has {}", plural(load as usize, "learner", "learners")))
                    span.screen-only { " (--trainer-load)" } ". "
                }
                (full_list(tm))
            }
            div.screen-only {
                table.cards.unpaired {
                    thead { tr {
                        th scope="col" { "Skill" }
                        th.num scope="col" { "Without a trainer" }
                        th.num scope="col" { "Trainers" }
                        th.num scope="col" { "Places" }
                        th.num scope="col" { "Paired" }
                        th scope="col" { "Why" }
                    } }
                    tbody {
                        @for s in &skills {
                            tr {
                                th scope="row" { (t(tm.skill_name(s.id))) }
                                td.num data-label="Without a trainer" { (s.needs) }
                                td.num data-label="Trainers" { (trainers(s.id)) }
                                td.num data-label="Places" { (trainers(s.id) * u64::from(load)) }
                                td.num data-label="Paired" { (s.paired) }
                                td data-label="Why" {
                                    @if s.no_trainer { "no trainer in the team" } @else { "trainers full" }
                                }
                            }
                        }
                    }
                }
            }
            // On paper, one line per skill in two columns, in words.
            ul.print-only.unpaired-lines {
                @for s in &skills {
                    li {
                        strong { (t(tm.skill_name(s.id))) } ": " (s.needs) " without a trainer; "
                        @if s.no_trainer { "nobody in the team can train it." }
                        @else {
                            (format!("{} ({} places), {} paired in it; trainers full.",
                                plural(trainers(s.id) as usize, "trainer", "trainers"),
                                trainers(s.id) * u64::from(load), s.paired))
                        }
                    }
                }
            }
            p.meta.screen-only {
                "Trainers: members who can train the skill. Places: trainers × " (load)
                ", the learners they can take, shared by every skill they can teach. "
                "Paired: learners given a trainer in the skill (see Who trains whom). "
                "No trainer in the team: " (UnpairedReason::NoTrainer.describe())
                "; trainers full: " (UnpairedReason::TrainersFull.describe()) "."
            }
        }
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
