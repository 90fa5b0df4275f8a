//! Who trains whom, laid out for a shift meeting: one row per trainer with their learners,
//! and the learners without a trainer summarised per skill with the trainers there are and
//! the places they have. The learner-by-learner list of those without a trainer runs to
//! hundreds of lines in a team of sixty, so the page names where it is (the JSON summary or
//! the workbook of the same run, else the option that writes one) instead of printing it.

use maud::{Markup, html};

use super::super::t;
use crate::i18n::Lang;
use crate::team::TeamSummary;
use crate::team::summary::count;
use crate::tr;
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

fn group(lang: Lang, g: Option<&str>) -> String {
    match g {
        Some(g) => t(g),
        None => tr!(lang, "team-no-group"),
    }
}

/// Where the full lists are: the files of this run that hold them, else how to write one.
fn full_list(tm: &TeamSummary) -> Markup {
    let lang = tm.lang;
    html! {
        span.screen-only {
            @if tm.full_lists.is_empty() {
                (tr!(lang, "team-full-list-run")) " "
                code { "--format json" } " (" (tr!(lang, "team-full-list-under")) " " code { "pairs" } ") "
                (tr!(lang, "team-or")) " "
                code { "-o team.xlsx" } " (" (tr!(lang, "team-full-list-sheet")) ")."
            } @else {
                (tr!(lang, "team-full-list-in")) " "
                @for (i, f) in tm.full_lists.iter().enumerate() {
                    @if i > 0 { " " (tr!(lang, "team-and")) " " }
                    code { (t(f)) }
                }
                "."
            }
        }
        span.print-only { (tr!(lang, "team-full-list-print")) }
    }
}

/// "Who trains whom": the rule in a sentence, then one row per trainer.
pub(super) fn pairs_section(tm: &TeamSummary, p: &Pairs, s: &Section) -> Markup {
    let trainers = by_trainer(&p.pairs);
    let lang = tm.lang;
    let group = |g: Option<&str>| group(lang, g);
    html! {
        section #pairs {
            h2 { (t(&s.heading)) }
            @for line in &s.lines { p { (t(line)) } }
            @if !trainers.is_empty() {
                table.cards.pairs {
                    thead { tr {
                        th scope="col" { (tr!(lang, "team-col-trainer")) }
                        th scope="col" { (tr!(lang, "team-col-group")) }
                        th scope="col" { (tr!(lang, "team-pairs-learners-col")) }
                    } }
                    tbody {
                        @for v in &trainers {
                            tr {
                                th scope="row" { (t(&v[0].trainer)) }
                                td data-label=(tr!(lang, "team-col-group")) { (group(v[0].trainer_group.as_deref())) }
                                td.wide data-label=(tr!(lang, "team-pairs-learners")) {
                                    @for (i, x) in v.iter().enumerate() {
                                        @if i > 0 { br; }
                                        (t(&x.learner))
                                        @if !x.same_group { " (" (group(x.learner_group.as_deref())) ")" }
                                        ": " (t(tm.skill_name(&x.skill))) ", " (tr!(lang, "team-pairs-gap", gap = x.gap))
                                    }
                                }
                            }
                        }
                    }
                }
            }
            @if p.pairs.len() > LIST_LIMIT {
                p {
                    (tr!(lang, "team-pairs-more", n = count(lang, (p.pairs.len() - LIST_LIMIT) as u64), count = p.pairs.len() - LIST_LIMIT))
                    " " (full_list(tm))
                }
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

/// The trainers of a skill in the whole team.
fn trainers_of(tm: &TeamSummary, id: &str) -> u64 {
    tm.coverage
        .iter()
        .find(|c| c.id == id)
        .map_or(0, |c| c.trainer_count)
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
    let lang = tm.lang;
    let n = |x: usize| count(lang, x as u64);
    html! {
        section #unpaired {
            h2 { (tr!(lang, "team-unpaired-heading")) }
            p {
                (tr!(
                    lang,
                    "team-unpaired-intro",
                    needs = n(p.unpaired.len()),
                    needs_count = p.unpaired.len(),
                    learners = n(learners.len()),
                    learners_count = learners.len(),
                    skills = n(skills.len()),
                    skills_count = skills.len()
                ))
                " "
                @if none > 0 {
                    (tr!(
                        lang,
                        "team-unpaired-some-nobody",
                        skills = n(none),
                        skills_count = none,
                        load = n(load as usize),
                        load_count = load
                    ))
                    " "
                } @else {
                    (tr!(lang, "team-unpaired-all-full", load = n(load as usize), load_count = load))
                    span.screen-only { " (--trainer-load)" } ". "
                }
                (full_list(tm))
            }
            (unpaired_table(tm, &skills, load))
            p.meta.screen-only {
                (tr!(
                    lang,
                    "team-unpaired-legend",
                    load = n(load as usize),
                    none = UnpairedReason::NoTrainer.describe_in(lang),
                    full = UnpairedReason::TrainersFull.describe_in(lang)
                ))
            }
        }
    }
}

/// The learners without a trainer per skill: a table on screen, and on paper one line per
/// skill in words.
fn unpaired_table(tm: &TeamSummary, skills: &[SkillNeed], load: u32) -> Markup {
    let lang = tm.lang;
    let n = |x: usize| count(lang, x as u64);
    let trainers = |id: &str| trainers_of(tm, id);
    let [without, trainers_col, places, paired] = [
        tr!(lang, "team-unpaired-col-without"),
        tr!(lang, "team-col-trainers"),
        tr!(lang, "team-unpaired-col-places"),
        tr!(lang, "team-unpaired-col-paired"),
    ];
    let why = tr!(lang, "team-col-why");
    html! {
        div.screen-only {
            table.cards.unpaired {
                thead { tr {
                    th scope="col" { (tr!(lang, "team-col-skill")) }
                    th.num scope="col" { (without) }
                    th.num scope="col" { (trainers_col) }
                    th.num scope="col" { (places) }
                    th.num scope="col" { (paired) }
                    th scope="col" { (why) }
                } }
                tbody {
                    @for s in skills {
                        tr {
                            th scope="row" { (t(tm.skill_name(s.id))) }
                            td.num data-label=(without) { (n(s.needs)) }
                            td.num data-label=(trainers_col) { (count(lang, trainers(s.id))) }
                            td.num data-label=(places) { (count(lang, trainers(s.id) * u64::from(load))) }
                            td.num data-label=(paired) { (n(s.paired)) }
                            td data-label=(why) {
                                @if s.no_trainer { (tr!(lang, "team-unpaired-why-none")) }
                                @else { (tr!(lang, "team-unpaired-why-full")) }
                            }
                        }
                    }
                }
            }
        }
        // On paper, one line per skill in two columns, in words.
        ul.print-only.unpaired-lines {
            @for s in skills {
                li {
                    strong { (t(tm.skill_name(s.id))) } ": "
                    (tr!(lang, "team-unpaired-line-needs", n = n(s.needs)))
                    " "
                    @if s.no_trainer { (UnpairedReason::NoTrainer.describe_in(lang)) "." }
                    @else {
                        (tr!(
                            lang,
                            "team-unpaired-line-full",
                            trainers = count(lang, trainers(s.id)),
                            count = trainers(s.id),
                            places = count(lang, trainers(s.id) * u64::from(load)),
                            paired = n(s.paired)
                        ))
                    }
                }
            }
        }
    }
}
