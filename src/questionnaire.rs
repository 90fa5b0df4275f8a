//! The interview: asks for the target level, experience, certifications and a rating of every
//! skill, then lets the person review and change any answer.
//!
//! The logic is written against the small [`Prompter`] trait, so tests drive it with a
//! scripted prompter and only `prompt.rs` knows about the terminal. After every answer the
//! interview hands the answers so far to a `save` callback, which writes the draft: an
//! interruption at any point loses nothing.
//!
//! Esc means "back" at every question (the previous question, or the review once the
//! review has been reached); at the first question it stops, like Ctrl-C.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::checks::reliability_warnings;
use crate::profile::{MAX_YEARS, Profile};
use crate::rubric::{Category, Rubric};
use crate::text::terminal_safe as safe;

/// The person stopped the interview (Ctrl-C, or Esc at the first question).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the questionnaire was interrupted")]
pub struct Interrupted;

/// Why a question was left without an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Halt {
    /// Esc (or the "back" item): go back one question.
    Back,
    /// Ctrl-C, or the terminal failed: stop.
    Quit,
}

/// The questions an interview can ask. Implementations draw them on a terminal, or replay a
/// script in tests.
pub trait Prompter {
    /// Shows text that needs no answer (headers, descriptions, warnings).
    fn note(&mut self, text: &str);
    /// One choice among `items`; returns the chosen index. An item that starts with a digit
    /// and a space ("2 Working — ...") can be chosen by typing the digit.
    fn select(&mut self, prompt: &str, items: &[String], default: usize) -> Result<usize, Halt>;
    /// Any number of choices among `items`; returns the chosen indexes. The list ends with
    /// a "back" item, which returns [`Halt::Back`] like Esc.
    fn multi_select(
        &mut self,
        prompt: &str,
        items: &[String],
        checked: &[bool],
    ) -> Result<Vec<usize>, Halt>;
    /// A line of text; Enter on an empty line gives `default`. `check` returns a message
    /// when the text is not acceptable, and the question is asked again.
    fn text(
        &mut self,
        prompt: &str,
        default: &str,
        check: &dyn Fn(&str) -> Result<(), String>,
    ) -> Result<String, Halt>;
    /// A yes or no question.
    fn confirm(&mut self, prompt: &str, default: bool) -> Result<bool, Halt>;
}

/// The target answer: not asked yet, not sure, or a level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TargetAnswer {
    /// Not answered yet.
    #[default]
    Unanswered,
    /// "Not sure — suggest one for me".
    Unsure,
    /// A level index.
    Level(usize),
}

/// The answers so far, in rubric order. This is what the draft file holds.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Answers {
    /// The person's name, when the answers started from a profile that has one.
    pub name: Option<String>,
    /// The target level.
    pub target: TargetAnswer,
    /// Years of experience, once answered.
    pub years: Option<f64>,
    /// Certifications held (indexes), once answered.
    pub certifications: Option<Vec<usize>>,
    /// Per skill: `None` not asked yet, `Some(r)` answered with rating `r`.
    pub ratings: Vec<Option<u8>>,
    /// Per skill: the evidence given, if any.
    pub evidence: Vec<Option<String>>,
    /// The skill whose evidence question was asked and not answered yet.
    pub evidence_pending: Option<usize>,
    /// Only the target's step-up skills and the critical skills are asked.
    pub quick: bool,
    /// The profile file these answers update (`assess --update`), to write back.
    pub update: Option<PathBuf>,
    /// The target came from `--level`: it is not asked, and Esc before it stops.
    pub target_fixed: bool,
}

/// Importance from which a step-up skill is asked with `--quick`.
pub const CRITICAL_IMPORTANCE: u8 = 4;

/// Importance at which a skill is asked with `--quick` whatever the target.
pub const TOP_IMPORTANCE: u8 = 5;

/// The skills `--quick` asks about when aiming at `level`: the critical skills (importance 4
/// or more) that step up at that level (required higher than at the level below), and the
/// skills of the top importance. Ascending. Every step-up skill would not do: going from
/// junior to specialist, nearly every skill steps up, and the questionnaire would be no
/// shorter.
pub fn quick_skills(rubric: &Rubric, level: usize) -> Vec<usize> {
    let step_up = rubric.step_up_skills(level);
    (0..rubric.skills.len())
        .filter(|s| {
            let importance = rubric.skills[*s].importance;
            (step_up.contains(s) && importance >= CRITICAL_IMPORTANCE)
                || importance >= TOP_IMPORTANCE
        })
        .collect()
}

impl Answers {
    /// No answers yet, for a rubric.
    pub fn new(rubric: &Rubric, quick: bool) -> Answers {
        Answers {
            ratings: vec![None; rubric.skills.len()],
            evidence: vec![None; rubric.skills.len()],
            quick,
            ..Answers::default()
        }
    }

    /// Every answer a profile holds, for `assess --update`: its ratings and evidence are
    /// the defaults of every question. A profile without a target counts as "not sure".
    pub fn from_profile(rubric: &Rubric, profile: &Profile, quick: bool) -> Answers {
        Answers {
            name: profile.name.clone(),
            target: profile
                .target
                .map_or(TargetAnswer::Unsure, TargetAnswer::Level),
            years: profile.years_experience,
            certifications: Some(profile.certifications.clone()),
            ratings: profile.ratings.clone(),
            evidence: profile.evidence.clone(),
            ..Answers::new(rubric, quick)
        }
    }

    /// The level whose step-up skills `--quick` asks about: the target, or the first level
    /// when the person is not sure.
    fn quick_level(&self) -> usize {
        match self.target {
            TargetAnswer::Level(l) => l,
            _ => 0,
        }
    }

    /// Whether the interview asks about this skill.
    pub fn asks(&self, rubric: &Rubric, skill: usize) -> bool {
        !self.quick || quick_skills(rubric, self.quick_level()).contains(&skill)
    }

    /// The skills `--quick` leaves out.
    pub fn not_asked(&self, rubric: &Rubric) -> Vec<usize> {
        (0..rubric.skills.len())
            .filter(|&s| !self.asks(rubric, s))
            .collect()
    }

    /// How many skill questions are answered, of how many asked.
    pub fn progress(&self, rubric: &Rubric) -> (usize, usize) {
        let asked: Vec<usize> = (0..rubric.skills.len())
            .filter(|&s| self.asks(rubric, s))
            .collect();
        let answered = asked.iter().filter(|&&s| self.ratings[s].is_some()).count();
        (answered, asked.len())
    }

    /// The profile these answers describe. Skills not asked (with `--quick`) are not rated.
    pub fn to_profile(&self, rubric: &Rubric) -> Profile {
        let mut p = Profile::empty(rubric);
        p.name = self.name.clone();
        p.target = match self.target {
            TargetAnswer::Level(l) => Some(l),
            _ => None,
        };
        p.years_experience = self.years;
        p.certifications = self.certifications.clone().unwrap_or_default();
        for s in 0..rubric.skills.len() {
            if self.asks(rubric, s) {
                p.ratings[s] = self.ratings[s];
                p.evidence[s] = self.evidence[s].clone();
            }
        }
        p
    }

    /// The first question still unanswered, or the review when all are answered. An
    /// evidence question left at an interruption comes first.
    pub fn first_open(&self, rubric: &Rubric) -> Step {
        if self.target == TargetAnswer::Unanswered {
            return Step::Target;
        }
        if self.years.is_none() {
            return Step::Years;
        }
        if self.certifications.is_none() {
            return Step::Certifications;
        }
        if let Some(s) = self.evidence_pending
            && self.asks(rubric, s)
            && self.ratings[s].is_some_and(|r| r >= EVIDENCE_FROM)
        {
            return Step::Evidence(s);
        }
        (0..rubric.skills.len())
            .find(|&s| self.asks(rubric, s) && self.ratings[s].is_none())
            .map_or(Step::Review, Step::Skill)
    }
}

/// Rating from which the interview asks for evidence.
pub const EVIDENCE_FROM: u8 = 2;

/// A question of the interview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Which level to aim at.
    Target,
    /// Years of experience.
    Years,
    /// Certifications held.
    Certifications,
    /// Rating of one skill (index).
    Skill(usize),
    /// Evidence for the rating of one skill (index).
    Evidence(usize),
    /// The review of all answers.
    Review,
}

/// Label of the "go back" item in a skill question.
pub const BACK: &str = "← back to the previous question";

/// Label of the item that ends the review.
pub const CONFIRM: &str = "Confirm and see the report";

/// Marks a rating that comes with evidence, in the review.
pub const EVIDENCE_MARK: &str = "✎";

/// Runs the interview from the first unanswered question to a confirmed review.
///
/// `save` is called after every answer with the answers so far.
pub fn interview(
    rubric: &Rubric,
    prompter: &mut dyn Prompter,
    mut answers: Answers,
    save: &mut dyn FnMut(&Answers),
) -> Result<Answers, Interrupted> {
    let mut step = answers.first_open(rubric);
    if let Step::Evidence(s) = step {
        // Resumed at an evidence question: say which answer it is about.
        let rating = answers.ratings[s].unwrap_or(0);
        prompter.note(&format!(
            "\n{} · you chose {rating} {}",
            safe(&rubric.skills[s].name),
            safe(rubric.scale_label(rating))
        ));
    }
    // Once at the review, every question returns to it; a profile being updated starts
    // there, or at the questions it leaves unanswered.
    let mut reviewing = answers.update.is_some();
    let mut review_cursor = 0;
    // Esc at the first question asked stops.
    let mut asked_any = false;
    loop {
        let asked = step;
        let outcome: Result<(), Halt> = match step {
            Step::Target => ask_target(rubric, prompter, &mut answers),
            Step::Years => ask_years(prompter, &mut answers),
            Step::Certifications => ask_certifications(rubric, prompter, &mut answers),
            Step::Skill(s) => ask_rating(rubric, prompter, &mut answers, s, !reviewing),
            Step::Evidence(s) => ask_evidence(prompter, &mut answers, s),
            Step::Review => {
                reviewing = true;
                match review(rubric, prompter, &answers, review_cursor) {
                    Ok((_, None)) => return Ok(answers),
                    Ok((cursor, Some(change))) => {
                        review_cursor = cursor;
                        step = change;
                        asked_any = true;
                        continue;
                    }
                    Err(Halt::Back) if asked_any => {
                        step = last_asked(rubric, &answers);
                        continue;
                    }
                    Err(_) => return Err(Interrupted),
                }
            }
        };
        step = match outcome {
            Ok(()) => {
                save(&answers);
                asked_any = true;
                match asked {
                    Step::Skill(s) if answers.evidence_pending == Some(s) => Step::Evidence(s),
                    _ if reviewing => answers.first_open(rubric),
                    Step::Target => Step::Years,
                    Step::Years => Step::Certifications,
                    Step::Certifications => next_skill(rubric, &answers, None),
                    Step::Skill(s) | Step::Evidence(s) => next_skill(rubric, &answers, Some(s)),
                    Step::Review => Step::Review,
                }
            }
            Err(Halt::Quit) => return Err(Interrupted),
            Err(Halt::Back) => match asked {
                Step::Evidence(s) => Step::Skill(s),
                _ if reviewing => {
                    // Back to the review unchanged: an evidence question left open there
                    // is not one to come back to.
                    answers.evidence_pending = None;
                    Step::Review
                }
                Step::Target => return Err(Interrupted),
                Step::Years if answers.target_fixed => return Err(Interrupted),
                Step::Years => Step::Target,
                Step::Certifications => Step::Years,
                Step::Skill(s) => previous_step(rubric, &answers, s),
                Step::Review => Step::Review,
            },
        };
    }
}

fn next_skill(rubric: &Rubric, answers: &Answers, after: Option<usize>) -> Step {
    let start = after.map_or(0, |s| s + 1);
    (start..rubric.skills.len())
        .find(|&s| answers.asks(rubric, s))
        .map_or(Step::Review, Step::Skill)
}

fn previous_step(rubric: &Rubric, answers: &Answers, skill: usize) -> Step {
    (0..skill)
        .rev()
        .find(|&s| answers.asks(rubric, s))
        .map_or(Step::Certifications, Step::Skill)
}

fn last_asked(rubric: &Rubric, answers: &Answers) -> Step {
    previous_step(rubric, answers, rubric.skills.len())
}

fn ask_target(
    rubric: &Rubric,
    prompter: &mut dyn Prompter,
    answers: &mut Answers,
) -> Result<(), Halt> {
    let mut items = vec!["Not sure — suggest one for me".to_string()];
    items.extend(rubric.levels.iter().map(|l| match &l.salary {
        Some(pay) => format!(
            "{} ({}, {})",
            safe(&l.title),
            l.years,
            safe(&pay.median_text())
        ),
        None => format!("{} ({})", safe(&l.title), l.years),
    }));
    let default = match answers.target {
        TargetAnswer::Level(l) => l + 1,
        _ => 0,
    };
    let choice = prompter.select("Which level are you aiming at?", &items, default)?;
    answers.target = if choice == 0 {
        TargetAnswer::Unsure
    } else {
        TargetAnswer::Level(choice - 1)
    };
    Ok(())
}

/// Reads a number of years; the message says what is accepted.
pub fn parse_years(text: &str) -> Result<f64, String> {
    let t = text.trim().replace(',', ".");
    match t.parse::<f64>() {
        Ok(y) if y.is_finite() && (0.0..=MAX_YEARS).contains(&y) => Ok(y),
        _ => Err(format!(
            "enter a number of years from 0 to {MAX_YEARS}, such as 3 or 1.5"
        )),
    }
}

fn ask_years(prompter: &mut dyn Prompter, answers: &mut Answers) -> Result<(), Halt> {
    let default = answers.years.map(|y| y.to_string()).unwrap_or_default();
    let text = prompter.text(
        "How many years have you worked in production? (0 if none yet)",
        &default,
        &|t| parse_years(t).map(|_| ()),
    )?;
    // The prompter only returns text that passed the check; parse again to get the value.
    answers.years = parse_years(&text).ok();
    Ok(())
}

fn ask_certifications(
    rubric: &Rubric,
    prompter: &mut dyn Prompter,
    answers: &mut Answers,
) -> Result<(), Halt> {
    if rubric.certifications.is_empty() {
        answers.certifications = Some(Vec::new());
        return Ok(());
    }
    let items: Vec<String> = rubric
        .certifications
        .iter()
        .map(|c| safe(&c.name).into_owned())
        .collect();
    let held = answers.certifications.clone().unwrap_or_default();
    let checked: Vec<bool> = (0..items.len()).map(|c| held.contains(&c)).collect();
    let mut chosen = prompter.multi_select(
        "Which of these do you already hold? (Space to tick, Enter when done)",
        &items,
        &checked,
    )?;
    chosen.sort_unstable();
    chosen.dedup();
    answers.certifications = Some(chosen);
    Ok(())
}

/// Asks for the rating of skill `s`. A rating that calls for evidence leaves the evidence
/// question pending, so that it is asked next (or on resume, after an interruption).
fn ask_rating(
    rubric: &Rubric,
    prompter: &mut dyn Prompter,
    answers: &mut Answers,
    s: usize,
    offer_back: bool,
) -> Result<(), Halt> {
    let skill = &rubric.skills[s];
    let group: Vec<usize> = (0..rubric.skills.len())
        .filter(|&i| rubric.skills[i].category == skill.category && answers.asks(rubric, i))
        .collect();
    let position = group.iter().position(|&i| i == s).unwrap_or(0) + 1;
    let heading = match skill.category {
        Category::Technical => "Technical skills",
        Category::Soft => "Soft skills",
        Category::Leadership => "Leadership skills",
    };
    prompter.note(&format!(
        "\n{heading} · {position} of {} · {}\n{}",
        group.len(),
        safe(&skill.name),
        safe(&skill.description)
    ));
    let mut items: Vec<String> = skill
        .anchors
        .iter()
        .enumerate()
        .map(|(v, anchor)| {
            format!(
                "{v} {} — {}",
                safe(rubric.scale_label(v as u8)),
                safe(anchor)
            )
        })
        .collect();
    items.push(if offer_back {
        BACK.to_string()
    } else {
        "← back to the review, unchanged".to_string()
    });
    let default = answers.ratings[s].map_or(0, usize::from);
    let choice = prompter.select("Which describes what you do now?", &items, default)?;
    if choice >= skill.anchors.len() {
        return Err(Halt::Back);
    }
    let rating = choice as u8;
    answers.ratings[s] = Some(rating);
    if rating >= EVIDENCE_FROM {
        answers.evidence_pending = Some(s);
    } else {
        answers.evidence[s] = None;
        answers.evidence_pending = None;
    }
    Ok(())
}

/// Asks what shows the rating of skill `s`. Enter keeps earlier evidence; "-" clears it.
fn ask_evidence(prompter: &mut dyn Prompter, answers: &mut Answers, s: usize) -> Result<(), Halt> {
    let previous = answers.evidence[s].clone().unwrap_or_default();
    let prompt = if previous.is_empty() {
        "What have you done that shows this? (optional, Enter to skip)"
    } else {
        "What have you done that shows this? (Enter keeps, type - to clear)"
    };
    let text = prompter.text(prompt, &previous, &|_| Ok(()))?;
    let text = text.trim();
    answers.evidence[s] = (!text.is_empty() && text != "-").then(|| text.to_string());
    answers.evidence_pending = None;
    Ok(())
}

/// The review: the answers, once, as the list to pick from. Returns the cursor and the
/// question to ask again, or `None` when the person confirms.
fn review(
    rubric: &Rubric,
    prompter: &mut dyn Prompter,
    answers: &Answers,
    cursor: usize,
) -> Result<(usize, Option<Step>), Halt> {
    let profile = answers.to_profile(rubric);
    prompter.note(&format!(
        "\nYour answers. Pick one to change it, or confirm. {EVIDENCE_MARK} marks a rating with evidence."
    ));
    for warning in reliability_warnings(rubric, &profile) {
        prompter.note(&format!("Note: {warning}"));
    }
    let not_asked = answers.not_asked(rubric);
    if !not_asked.is_empty() {
        prompter.note(&format!("Note: {}", quick_note(rubric, &not_asked)));
    }

    let target = match answers.target {
        TargetAnswer::Level(l) => safe(&rubric.levels[l].title).into_owned(),
        _ => "not sure (skillgap will suggest one)".to_string(),
    };
    let held: Vec<String> = profile
        .certifications
        .iter()
        .map(|&c| safe(&rubric.certifications[c].name).into_owned())
        .collect();
    let mut items = vec![
        CONFIRM.to_string(),
        format!("Target level: {target}"),
        format!(
            "Years in production: {}",
            answers.years.map_or("-".to_string(), |y| y.to_string())
        ),
        format!(
            "Certifications: {}",
            if held.is_empty() {
                "none".to_string()
            } else {
                held.join(", ")
            }
        ),
    ];
    let skills: Vec<usize> = (0..rubric.skills.len())
        .filter(|&s| answers.asks(rubric, s))
        .collect();
    let width = skills
        .iter()
        .map(|&s| safe(&rubric.skills[s].name).chars().count())
        .max()
        .unwrap_or(0)
        // Long names (a custom rubric's) would push the ratings off a narrow terminal.
        .min(44);
    items.extend(skills.iter().map(|&s| {
        let mark = if answers.evidence[s].is_some() {
            format!(" {EVIDENCE_MARK}")
        } else {
            String::new()
        };
        format!(
            "{:width$}  {}{mark}",
            safe(&rubric.skills[s].name),
            rating_text(rubric, answers, s)
        )
    }));
    let choice = prompter.select("Confirm, or pick an answer to change", &items, cursor)?;
    let change = match choice {
        0 => None,
        1 => Some(Step::Target),
        2 => Some(Step::Years),
        3 => Some(Step::Certifications),
        c => Some(Step::Skill(skills[c - 4])),
    };
    Ok((choice, change))
}

/// What the report and the review say about the skills `--quick` did not ask.
pub fn quick_note(rubric: &Rubric, not_asked: &[usize]) -> String {
    let names: Vec<String> = not_asked
        .iter()
        .map(|&s| safe(&rubric.skills[s].name).into_owned())
        .collect();
    format!(
        "--quick did not ask about {} of {} skills, so they count as 0 (not rated): {}. Run skillgap assess without --quick to rate them.",
        names.len(),
        rubric.skills.len(),
        names.join(", ")
    )
}

fn rating_text(rubric: &Rubric, answers: &Answers, s: usize) -> String {
    match answers.ratings[s] {
        Some(r) => format!("{r} {}", safe(rubric.scale_label(r))),
        None => "not answered".to_string(),
    }
}

/// The draft file: the answers so far, by id so that it survives a change of skill order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    /// Layout version of the draft file.
    pub draft_version: u32,
    /// Rubric id the answers belong to.
    pub rubric: String,
    /// Rubric version the answers were given against.
    pub rubric_version: u32,
    /// Whether the interview asks only the target's step-up and critical skills.
    pub quick: bool,
    /// The rubric file, when the rubric was not found by id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rubric_file: Option<PathBuf>,
    /// The profile file being updated (`assess --update`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub update: Option<PathBuf>,
    /// The person's name, from the profile being updated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `"unsure"`, a level id, or absent when not answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// Years of experience, once answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub years_experience: Option<f64>,
    /// Certification ids held, once answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certifications: Option<Vec<String>>,
    /// Ratings answered so far, by skill id.
    pub ratings: BTreeMap<String, u8>,
    /// Evidence given so far, by skill id.
    pub evidence: BTreeMap<String, String>,
    /// The skill whose evidence question was showing when the questionnaire stopped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence_pending: Option<String>,
}

/// Current layout version of [`Draft`].
pub const DRAFT_VERSION: u32 = 1;
const UNSURE: &str = "unsure";

impl Draft {
    /// The draft for a set of answers.
    pub fn from_answers(rubric: &Rubric, a: &Answers) -> Draft {
        Draft {
            draft_version: DRAFT_VERSION,
            rubric: rubric.id.clone(),
            rubric_version: rubric.version,
            quick: a.quick,
            rubric_file: None,
            update: a.update.clone(),
            name: a.name.clone(),
            target: match a.target {
                TargetAnswer::Unanswered => None,
                TargetAnswer::Unsure => Some(UNSURE.to_string()),
                TargetAnswer::Level(l) => Some(rubric.levels[l].id.clone()),
            },
            years_experience: a.years,
            certifications: a.certifications.as_ref().map(|cs| {
                cs.iter()
                    .map(|&c| rubric.certifications[c].id.clone())
                    .collect()
            }),
            ratings: (0..rubric.skills.len())
                .filter_map(|s| a.ratings[s].map(|r| (rubric.skills[s].id.clone(), r)))
                .collect(),
            evidence: (0..rubric.skills.len())
                .filter_map(|s| {
                    a.evidence[s]
                        .clone()
                        .map(|e| (rubric.skills[s].id.clone(), e))
                })
                .collect(),
            evidence_pending: a.evidence_pending.map(|s| rubric.skills[s].id.clone()),
        }
    }

    /// The answers in a draft, or why the draft cannot be used with this rubric.
    pub fn to_answers(&self, rubric: &Rubric) -> Result<Answers, String> {
        if self.draft_version != DRAFT_VERSION {
            return Err(format!(
                "it has layout version {}, and this skillgap reads version {DRAFT_VERSION}",
                self.draft_version
            ));
        }
        if self.rubric != rubric.id || self.rubric_version != rubric.version {
            return Err(format!(
                "it was saved for rubric \"{}\" version {}, not \"{}\" version {}",
                safe(&self.rubric),
                self.rubric_version,
                rubric.id,
                rubric.version
            ));
        }
        let mut a = Answers::new(rubric, self.quick);
        a.name = self.name.clone();
        a.update = self.update.clone();
        a.evidence_pending = self
            .evidence_pending
            .as_deref()
            .and_then(|id| rubric.skill_index(id));
        a.target = match self.target.as_deref() {
            None => TargetAnswer::Unanswered,
            Some(UNSURE) => TargetAnswer::Unsure,
            Some(id) => TargetAnswer::Level(
                rubric
                    .level_index(id)
                    .ok_or_else(|| format!("it names an unknown level \"{}\"", safe(id)))?,
            ),
        };
        if let Some(y) = self.years_experience {
            if !(y.is_finite() && (0.0..=MAX_YEARS).contains(&y)) {
                return Err(format!("it holds {y} years of experience"));
            }
            a.years = Some(y);
        }
        if let Some(certs) = &self.certifications {
            let mut held = Vec::new();
            for id in certs {
                held.push(rubric.cert_index(id).ok_or_else(|| {
                    format!("it names an unknown certification \"{}\"", safe(id))
                })?);
            }
            held.sort_unstable();
            held.dedup();
            a.certifications = Some(held);
        }
        for (id, &r) in &self.ratings {
            let s = rubric
                .skill_index(id)
                .ok_or_else(|| format!("it names an unknown skill \"{}\"", safe(id)))?;
            if r > rubric.max_rating() {
                return Err(format!("it rates {} as {r}, off the scale", safe(id)));
            }
            a.ratings[s] = Some(r);
        }
        for (id, e) in &self.evidence {
            let s = rubric
                .skill_index(id)
                .ok_or_else(|| format!("it names an unknown skill \"{}\"", safe(id)))?;
            a.evidence[s] = Some(e.clone());
        }
        Ok(a)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::collections::VecDeque;

    /// One scripted reply.
    #[derive(Debug, Clone)]
    pub(crate) enum Reply {
        Select(usize),
        Multi(Vec<usize>),
        Text(&'static str),
        /// Esc.
        Back,
        /// Ctrl-C.
        Interrupt,
    }

    /// Replays replies in order and records what was asked.
    pub(crate) struct Script {
        replies: VecDeque<Reply>,
        pub(crate) asked: Vec<String>,
        pub(crate) notes: Vec<String>,
        pub(crate) defaults: Vec<String>,
        /// The items of every choice list shown.
        pub(crate) lists: Vec<Vec<String>>,
    }

    impl Script {
        pub(crate) fn new(replies: Vec<Reply>) -> Script {
            Script {
                replies: replies.into(),
                asked: Vec::new(),
                notes: Vec::new(),
                defaults: Vec::new(),
                lists: Vec::new(),
            }
        }
        fn next(&mut self, prompt: &str) -> Reply {
            self.asked.push(prompt.to_string());
            self.replies
                .pop_front()
                .unwrap_or_else(|| panic!("script ran out at {prompt:?}; asked {:?}", self.asked))
        }
        /// Replies not used yet.
        pub(crate) fn remaining(&self) -> usize {
            self.replies.len()
        }
    }

    impl Prompter for Script {
        fn note(&mut self, text: &str) {
            self.notes.push(text.to_string());
        }
        fn select(
            &mut self,
            prompt: &str,
            items: &[String],
            default: usize,
        ) -> Result<usize, Halt> {
            self.defaults.push(format!("{prompt} => {default}"));
            self.lists.push(items.to_vec());
            match self.next(prompt) {
                Reply::Select(i) => {
                    assert!(i < items.len(), "{prompt}: {i} of {items:?}");
                    Ok(i)
                }
                Reply::Back => Err(Halt::Back),
                Reply::Interrupt => Err(Halt::Quit),
                other => panic!("{prompt}: expected a select reply, got {other:?}"),
            }
        }
        fn multi_select(
            &mut self,
            prompt: &str,
            _items: &[String],
            checked: &[bool],
        ) -> Result<Vec<usize>, Halt> {
            let ticked: Vec<usize> = (0..checked.len()).filter(|&i| checked[i]).collect();
            self.defaults.push(format!("{prompt} => {ticked:?}"));
            match self.next(prompt) {
                Reply::Multi(v) => Ok(v),
                Reply::Back => Err(Halt::Back),
                Reply::Interrupt => Err(Halt::Quit),
                other => panic!("{prompt}: expected a multi reply, got {other:?}"),
            }
        }
        fn text(
            &mut self,
            prompt: &str,
            default: &str,
            check: &dyn Fn(&str) -> Result<(), String>,
        ) -> Result<String, Halt> {
            self.defaults.push(format!("{prompt} => {default}"));
            loop {
                match self.next(prompt) {
                    Reply::Text(t) => {
                        let t = if t.is_empty() { default } else { t };
                        match check(t) {
                            Ok(()) => return Ok(t.to_string()),
                            Err(msg) => self.notes.push(format!("invalid: {msg}")),
                        }
                    }
                    Reply::Back => return Err(Halt::Back),
                    Reply::Interrupt => return Err(Halt::Quit),
                    other => panic!("{prompt}: expected a text reply, got {other:?}"),
                }
            }
        }
        fn confirm(&mut self, prompt: &str, _default: bool) -> Result<bool, Halt> {
            match self.next(prompt) {
                Reply::Select(i) => Ok(i == 1),
                Reply::Back => Err(Halt::Back),
                Reply::Interrupt => Err(Halt::Quit),
                other => panic!("{prompt}: expected a confirm reply, got {other:?}"),
            }
        }
    }

    use Reply::{Back, Interrupt, Multi, Select, Text};

    /// Replies rating every skill `rating(s)`, with evidence "did it" where asked.
    fn rate_all(rubric: &Rubric, rating: impl Fn(usize) -> usize) -> Vec<Reply> {
        let mut v = Vec::new();
        for s in 0..rubric.skills.len() {
            v.push(Select(rating(s)));
            if rating(s) >= 2 {
                v.push(Text("did it"));
            }
        }
        v
    }

    fn run(
        rubric: &Rubric,
        replies: Vec<Reply>,
        start: Answers,
    ) -> (Result<Answers, Interrupted>, Script, Vec<Answers>) {
        let mut script = Script::new(replies);
        let mut saved = Vec::new();
        let result = interview(rubric, &mut script, start, &mut |a| saved.push(a.clone()));
        assert_eq!(
            script.remaining(),
            0,
            "unused replies; asked {:?}",
            script.asked
        );
        (result, script, saved)
    }

    /// The review list's first skill row.
    const FIRST_SKILL_ROW: usize = 4;

    #[test]
    fn full_interview_produces_the_profile_of_the_answers() {
        let r = Rubric::builtin();
        let mut replies = vec![
            Select(3),
            Text("3.5"),
            Multi(vec![r.cert_index("osha-10").unwrap()]),
        ];
        replies.extend(rate_all(&r, |s| s % 5));
        replies.push(Select(0));
        let (result, script, saved) = run(&r, replies, Answers::new(&r, false));
        let a = result.unwrap();
        let p = a.to_profile(&r);
        assert_eq!(p.target, r.level_index("senior"));
        assert_eq!(p.years_experience, Some(3.5));
        assert_eq!(p.certifications, vec![r.cert_index("osha-10").unwrap()]);
        for s in 0..r.skills.len() {
            assert_eq!(p.ratings[s], Some((s % 5) as u8), "{}", r.skills[s].id);
            assert_eq!(p.evidence[s].is_some(), s % 5 >= 2);
        }
        // Saved after the target, years, certifications, each skill, and each evidence
        // answer (ratings of 2 or more).
        let n = r.skills.len();
        assert_eq!(saved.len(), 3 + n + (0..n).filter(|s| s % 5 >= 2).count());
        assert_eq!(saved.last().unwrap(), &a);
        assert!(
            script
                .notes
                .iter()
                .any(|n| n.contains("Technical skills · 2 of 12 · Quality Control and Assurance"))
        );
        assert!(
            script
                .notes
                .iter()
                .any(|n| n.contains("Soft skills · 8 of 8 · Initiative"))
        );
    }

    #[test]
    fn invalid_years_are_asked_again() {
        let r = Rubric::builtin();
        let mut replies = vec![
            Select(0),
            Text("lots"),
            Text("61"),
            Text("-1"),
            Text("2,5"),
            Multi(vec![]),
        ];
        replies.extend(rate_all(&r, |_| 1));
        replies.push(Select(0));
        let (result, script, _) = run(&r, replies, Answers::new(&r, false));
        assert_eq!(result.unwrap().years, Some(2.5));
        let invalid = script
            .notes
            .iter()
            .filter(|n| n.starts_with("invalid:"))
            .count();
        assert_eq!(invalid, 3);
    }

    #[test]
    fn back_returns_to_the_previous_skill_with_its_answer_as_default() {
        let r = Rubric::builtin();
        let back = r.scale.len(); // the item after the five anchors
        let mut replies = vec![Select(0), Text("1"), Multi(vec![])];
        replies.push(Select(3)); // skill 0 = 3
        replies.push(Text("planned the week"));
        replies.push(Select(back)); // at skill 1: back
        replies.push(Select(1)); // skill 0 again, now 1
        replies.extend(rate_all(&r, |_| 1).into_iter().skip(1)); // skills 1..
        replies.push(Select(0));
        let (result, script, _) = run(&r, replies, Answers::new(&r, false));
        let a = result.unwrap();
        assert_eq!(a.ratings[0], Some(1));
        assert_eq!(a.evidence[0], None, "evidence goes with a rating below 2");
        // The second time skill 0 was asked, its earlier answer (3) was the default.
        let skill_defaults: Vec<&String> = script
            .defaults
            .iter()
            .filter(|d| d.starts_with("Which describes"))
            .collect();
        assert_eq!(skill_defaults[2], "Which describes what you do now? => 3");
    }

    #[test]
    fn back_from_the_first_skill_returns_to_certifications() {
        let r = Rubric::builtin();
        let mut replies = vec![
            Select(0),
            Text("1"),
            Multi(vec![0]),
            Select(r.scale.len()),
            Multi(vec![1]),
        ];
        replies.extend(rate_all(&r, |_| 0));
        replies.push(Select(0));
        let (result, _, _) = run(&r, replies, Answers::new(&r, false));
        assert_eq!(result.unwrap().certifications, Some(vec![1]));
    }

    #[test]
    fn esc_goes_back_at_every_kind_of_question_and_stops_at_the_first() {
        let r = Rubric::builtin();
        // Esc at the first question stops, and nothing is saved.
        let (result, _, saved) = run(&r, vec![Back], Answers::new(&r, false));
        assert_eq!(result, Err(Interrupted));
        assert!(saved.is_empty());

        let mut replies = vec![
            Select(1),
            Back, // years: back to the target
            Select(2),
            Text("4"),
            Back, // certifications: back to the years, which default to 4
            Text(""),
            Multi(vec![]),
            Select(3),
            Back, // evidence: back to the rating
            Select(2),
            Text("ran the line schedule"),
            Back, // second skill: back to the first
            Select(2),
            Text(""), // Enter keeps the evidence given before
        ];
        replies.extend(rate_all(&r, |_| 1).into_iter().skip(1));
        replies.push(Back); // review: back to the last skill
        replies.push(Select(4));
        replies.push(Text("-")); // no evidence for it
        replies.push(Select(0));
        let (result, script, _) = run(&r, replies, Answers::new(&r, false));
        let a = result.unwrap();
        assert_eq!(a.target, TargetAnswer::Level(1));
        assert_eq!(a.years, Some(4.0));
        assert_eq!(a.ratings[0], Some(2));
        assert_eq!(a.evidence[0].as_deref(), Some("ran the line schedule"));
        let last = r.skills.len() - 1;
        assert_eq!(a.ratings[last], Some(4));
        assert_eq!(a.evidence[last], None);
        assert!(
            script
                .asked
                .iter()
                .any(|p| p.contains("Enter keeps, type - to clear")),
            "{:?}",
            script.asked
        );
    }

    #[test]
    fn with_the_level_given_esc_at_the_years_stops() {
        let r = Rubric::builtin();
        let mut start = Answers::new(&r, false);
        start.target = TargetAnswer::Level(2);
        start.target_fixed = true;
        let (result, script, _) = run(&r, vec![Back], start);
        assert_eq!(result, Err(Interrupted));
        assert!(script.asked[0].starts_with("How many years"));
    }

    #[test]
    fn the_review_is_the_list_of_answers() {
        let r = Rubric::builtin();
        let lss = r.cert_index("lss-yellow").unwrap();
        let mut replies = vec![Select(2), Text("2"), Multi(vec![lss])];
        replies.extend(rate_all(&r, |_| 1));
        replies.push(Select(FIRST_SKILL_ROW + 1)); // change the second skill
        replies.push(Select(4));
        replies.push(Text("ISO 9001 audits"));
        replies.push(Select(0)); // confirm
        let (result, script, _) = run(&r, replies, Answers::new(&r, false));
        let a = result.unwrap();
        assert_eq!(a.ratings[1], Some(4));
        assert_eq!(a.evidence[1].as_deref(), Some("ISO 9001 audits"));
        let reviews: Vec<&Vec<String>> = script.lists.iter().filter(|l| l[0] == CONFIRM).collect();
        assert_eq!(reviews.len(), 2);
        let first = reviews[0];
        // One row per answer: confirm, target, years, certifications, every skill.
        assert_eq!(first.len(), FIRST_SKILL_ROW + r.skills.len());
        assert_eq!(first[1], "Target level: Production Specialist");
        assert!(
            first[3].contains(&r.certifications[lss].name),
            "certifications by name: {}",
            first[3]
        );
        assert!(first[FIRST_SKILL_ROW + 1].starts_with("Quality Control and Assurance"));
        assert!(first[FIRST_SKILL_ROW + 1].ends_with("1 Basic"));
        let second = reviews[1];
        assert!(second[FIRST_SKILL_ROW + 1].ends_with(&format!("4 Expert {EVIDENCE_MARK}")));
        // The review comes back with the cursor on the answer just changed.
        let review_defaults: Vec<&String> = script
            .defaults
            .iter()
            .filter(|d| d.starts_with("Confirm, or pick"))
            .collect();
        assert!(review_defaults[1].ends_with(&format!("=> {}", FIRST_SKILL_ROW + 1)));
        // The answers are shown once: no other note repeats them.
        assert!(
            !script
                .notes
                .iter()
                .any(|n| n.contains("Quality Control and Assurance  "))
        );
    }

    #[test]
    fn a_certification_changed_at_the_review_returns_to_it() {
        let r = Rubric::builtin();
        let mut replies = vec![Select(1), Text("2"), Multi(vec![])];
        replies.extend(rate_all(&r, |_| 1));
        replies.push(Select(3));
        replies.push(Back); // the back item of the certification list
        replies.push(Select(3));
        replies.push(Multi(vec![2]));
        replies.push(Select(0));
        let (result, _, _) = run(&r, replies, Answers::new(&r, false));
        assert_eq!(result.unwrap().certifications, Some(vec![2]));
    }

    /// The skills `--quick` asks, by the rule: what steps up at the level and is critical,
    /// and what is of the top importance.
    fn expected_quick(r: &Rubric, level: usize) -> Vec<usize> {
        (0..r.skills.len())
            .filter(|&s| {
                let sk = &r.skills[s];
                let steps_up = level > 0 && sk.required[level] > sk.required[level - 1];
                (steps_up && sk.importance >= 4) || sk.importance >= 5
            })
            .collect()
    }

    #[test]
    fn quick_asks_the_step_up_and_critical_skills_of_every_target() {
        for id in ["production-specialist", "media-production-specialist"] {
            let r = crate::catalog::Catalog::default().load_id(id).unwrap();
            for level in 0..r.levels.len() {
                let expected = expected_quick(&r, level);
                assert!(!expected.is_empty());
                let mut replies = vec![Select(level + 1), Text("5"), Multi(vec![])];
                replies.extend(expected.iter().map(|_| Select(1)));
                replies.push(Select(0));
                let (result, script, _) = run(&r, replies, Answers::new(&r, true));
                let a = result.unwrap();
                let asked = script
                    .asked
                    .iter()
                    .filter(|p| p.starts_with("Which describes"))
                    .count();
                assert_eq!(asked, expected.len(), "{id} {}", r.levels[level].id);
                let p = a.to_profile(&r);
                for s in 0..r.skills.len() {
                    let want = expected.contains(&s).then_some(1);
                    assert_eq!(p.ratings[s], want, "{id} {}", r.skills[s].id);
                }
                // The skills left out are named, once, at the review.
                let left_out = a.not_asked(&r);
                let notes: Vec<&String> = script
                    .notes
                    .iter()
                    .filter(|n| n.contains("--quick did not ask"))
                    .collect();
                if left_out.is_empty() {
                    assert!(notes.is_empty());
                } else {
                    assert_eq!(notes.len(), 1);
                    for &s in &left_out {
                        assert!(notes[0].contains(&r.skills[s].name));
                        assert!(!notes[0].contains(&format!(" {},", r.skills[s].id)));
                    }
                }
            }
        }
    }

    /// Prints how many skill questions `--quick` asks for each target of each built-in
    /// rubric: `cargo test --lib quick_question_counts -- --nocapture`.
    #[test]
    fn quick_question_counts() {
        for id in ["production-specialist", "media-production-specialist"] {
            let r = crate::catalog::Catalog::default().load_id(id).unwrap();
            println!("{id}: {} skills", r.skills.len());
            for (l, level) in r.levels.iter().enumerate() {
                let n = quick_skills(&r, l).len();
                assert_eq!(n, expected_quick(&r, l).len());
                assert!(
                    n * 3 <= r.skills.len() * 2,
                    "{id} {}: --quick asks {n} of {} skills, not clearly fewer",
                    level.id,
                    r.skills.len()
                );
                println!("  {}: {n}", level.id);
            }
        }
    }

    #[test]
    fn interruption_keeps_what_was_saved_and_resume_continues_there() {
        let r = Rubric::builtin();
        // Answer up to the fourth skill, then interrupt.
        let mut replies = vec![Select(4), Text("8"), Multi(vec![])];
        replies.extend(rate_all(&r, |_| 1).into_iter().take(3));
        replies.push(Interrupt);
        let (result, _, saved) = run(&r, replies, Answers::new(&r, false));
        assert_eq!(result, Err(Interrupted));
        let draft = saved.last().unwrap().clone();
        assert_eq!(draft.first_open(&r), Step::Skill(3));

        // Through the draft file format and back.
        let json = serde_json::to_string(&Draft::from_answers(&r, &draft)).unwrap();
        let restored = serde_json::from_str::<Draft>(&json)
            .unwrap()
            .to_answers(&r)
            .unwrap();
        assert_eq!(restored, draft);

        let mut rest: Vec<Reply> = rate_all(&r, |_| 1).into_iter().skip(3).collect();
        rest.push(Select(0));
        let (result, script, _) = run(&r, rest, restored);
        let resumed = result.unwrap();
        assert_eq!(script.asked[0], "Which describes what you do now?");

        // Same as an uninterrupted run.
        let mut all = vec![Select(4), Text("8"), Multi(vec![])];
        all.extend(rate_all(&r, |_| 1));
        all.push(Select(0));
        let (straight, _, _) = run(&r, all, Answers::new(&r, false));
        assert_eq!(resumed, straight.unwrap());
    }

    #[test]
    fn evidence_left_at_an_interruption_is_asked_first_on_resume() {
        let r = Rubric::builtin();
        let replies = vec![Select(0), Text("1"), Multi(vec![]), Select(3), Interrupt];
        let (result, _, saved) = run(&r, replies, Answers::new(&r, false));
        assert_eq!(result, Err(Interrupted));
        let draft = saved.last().unwrap().clone();
        assert_eq!(draft.ratings[0], Some(3), "the rating is kept");
        assert_eq!(draft.first_open(&r), Step::Evidence(0));
        let json = serde_json::to_string(&Draft::from_answers(&r, &draft)).unwrap();
        let restored = serde_json::from_str::<Draft>(&json)
            .unwrap()
            .to_answers(&r)
            .unwrap();

        let mut rest = vec![Text("led the weekly planning meeting")];
        rest.extend(rate_all(&r, |_| 1).into_iter().skip(1));
        rest.push(Select(0));
        let (result, script, saved) = run(&r, rest, restored);
        assert!(script.asked[0].starts_with("What have you done"));
        let a = result.unwrap();
        assert_eq!(
            a.evidence[0].as_deref(),
            Some("led the weekly planning meeting")
        );
        assert_eq!(saved.last().unwrap().evidence_pending, None);
    }

    #[test]
    fn update_starts_at_the_review_with_every_answer_preselected() {
        let r = Rubric::builtin();
        let mut p = Profile::empty(&r);
        p.name = Some("Sam Rivera".into());
        p.target = r.level_index("senior");
        p.years_experience = Some(3.0);
        p.certifications = vec![r.cert_index("osha-10").unwrap()];
        p.ratings = (0..r.skills.len()).map(|s| Some((s % 4) as u8)).collect();
        p.evidence[2] = Some("cycle counts".into());
        let mut start = Answers::from_profile(&r, &p, false);
        start.update = Some(PathBuf::from("sam.json"));

        // Unchanged: one key confirms.
        let (result, script, _) = run(&r, vec![Select(0)], start.clone());
        assert_eq!(result.unwrap().to_profile(&r), p);
        assert_eq!(script.asked, ["Confirm, or pick an answer to change"]);

        // One skill changed: its question opens on the profile's answer and evidence.
        let replies = vec![Select(FIRST_SKILL_ROW + 2), Select(3), Text(""), Select(0)];
        let (result, script, _) = run(&r, replies, start.clone());
        let a = result.unwrap();
        assert_eq!(a.ratings[2], Some(3));
        assert_eq!(a.evidence[2].as_deref(), Some("cycle counts"));
        assert_eq!(a.name.as_deref(), Some("Sam Rivera"));
        assert!(
            script
                .defaults
                .contains(&"Which describes what you do now? => 2".to_string())
        );
        assert!(
            script
                .defaults
                .iter()
                .any(|d| d.ends_with("=> cycle counts"))
        );

        // Esc at the review, the first screen, stops.
        let (result, _, _) = run(&r, vec![Back], start.clone());
        assert_eq!(result, Err(Interrupted));

        // A profile with a skill left unrated asks it first.
        let mut partial = p.clone();
        partial.ratings[5] = None;
        let mut start = Answers::from_profile(&r, &partial, false);
        start.update = Some(PathBuf::from("sam.json"));
        let (result, script, _) = run(&r, vec![Select(2), Text(""), Select(0)], start);
        assert_eq!(result.unwrap().ratings[5], Some(2));
        assert_eq!(script.asked[0], "Which describes what you do now?");
    }

    #[test]
    fn resume_starts_at_each_open_position() {
        let r = Rubric::builtin();
        let mut a = Answers::new(&r, false);
        assert_eq!(a.first_open(&r), Step::Target);
        a.target = TargetAnswer::Unsure;
        assert_eq!(a.first_open(&r), Step::Years);
        a.years = Some(1.0);
        assert_eq!(a.first_open(&r), Step::Certifications);
        a.certifications = Some(vec![]);
        assert_eq!(a.first_open(&r), Step::Skill(0));
        a.ratings = vec![Some(2); r.skills.len()];
        a.ratings[7] = None;
        assert_eq!(a.first_open(&r), Step::Skill(7));
        a.ratings[7] = Some(0);
        assert_eq!(a.first_open(&r), Step::Review);
        a.evidence_pending = Some(3);
        assert_eq!(a.first_open(&r), Step::Evidence(3));
    }

    #[test]
    fn drafts_for_another_rubric_or_with_unknown_ids_are_refused() {
        let r = Rubric::builtin();
        let mut d = Draft::from_answers(&r, &Answers::new(&r, false));
        d.rubric = "other".into();
        assert!(d.to_answers(&r).unwrap_err().contains("rubric \"other\""));
        let mut d = Draft::from_answers(&r, &Answers::new(&r, false));
        d.ratings.insert("welding".into(), 2);
        assert!(d.to_answers(&r).unwrap_err().contains("unknown skill"));
        let mut d = Draft::from_answers(&r, &Answers::new(&r, false));
        d.ratings.insert("initiative".into(), 9);
        assert!(d.to_answers(&r).is_err());
    }

    #[test]
    fn each_warning_is_shown_once_at_review() {
        let r = Rubric::builtin();
        let mut replies = vec![Select(0), Text("1"), Multi(vec![])];
        // High ratings with no evidence, and nearly all the same.
        for _ in 0..r.skills.len() {
            replies.push(Select(3));
            replies.push(Text(""));
        }
        replies.push(Select(0));
        let (_, script, _) = run(&r, replies, Answers::new(&r, false));
        let count = |needle: &str| script.notes.iter().filter(|n| n.contains(needle)).count();
        let n = r.skills.len();
        assert_eq!(count(&format!("{n} of {n} ratings are 3")), 1);
        assert_eq!(count("rated 3 or more with no evidence"), 1);
    }
}
