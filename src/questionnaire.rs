//! The interview: asks for the target level, experience, certifications and a rating of every
//! skill, then lets the person review and change any answer.
//!
//! The logic is written against the small [`Prompter`] trait, so tests drive it with a
//! scripted prompter and only `prompt.rs` knows about the terminal. After every answer the
//! interview hands the answers so far to a `save` callback, which writes the draft: an
//! interruption at any point loses nothing.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::checks::checks;
use crate::profile::{MAX_YEARS, Profile};
use crate::rubric::{Category, Rubric};
use crate::text::terminal_safe as safe;

/// The person stopped the interview (Ctrl-C, or Esc at a choice).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the questionnaire was interrupted")]
pub struct Interrupted;

/// The questions an interview can ask. Implementations draw them on a terminal, or replay a
/// script in tests.
pub trait Prompter {
    /// Shows text that needs no answer (headers, descriptions, warnings).
    fn note(&mut self, text: &str);
    /// One choice among `items`; returns the chosen index.
    fn select(
        &mut self,
        prompt: &str,
        items: &[String],
        default: usize,
    ) -> Result<usize, Interrupted>;
    /// Any number of choices among `items`; returns the chosen indexes.
    fn multi_select(
        &mut self,
        prompt: &str,
        items: &[String],
        checked: &[bool],
    ) -> Result<Vec<usize>, Interrupted>;
    /// A line of text; `check` returns a message when the text is not acceptable, and the
    /// question is asked again.
    fn text(
        &mut self,
        prompt: &str,
        default: &str,
        check: &dyn Fn(&str) -> Result<(), String>,
    ) -> Result<String, Interrupted>;
    /// A yes or no question.
    fn confirm(&mut self, prompt: &str, default: bool) -> Result<bool, Interrupted>;
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
    /// Only skills the target requires are asked.
    pub quick: bool,
}

impl Answers {
    /// No answers yet, for a rubric.
    pub fn new(rubric: &Rubric, quick: bool) -> Answers {
        Answers {
            target: TargetAnswer::Unanswered,
            years: None,
            certifications: None,
            ratings: vec![None; rubric.skills.len()],
            evidence: vec![None; rubric.skills.len()],
            quick,
        }
    }

    /// The level whose requirements decide which skills `--quick` asks about: the target,
    /// or the first level when the person is not sure.
    fn quick_level(&self) -> usize {
        match self.target {
            TargetAnswer::Level(l) => l,
            _ => 0,
        }
    }

    /// Whether the interview asks about this skill.
    pub fn asks(&self, rubric: &Rubric, skill: usize) -> bool {
        !self.quick || rubric.skills[skill].required[self.quick_level()] > 0
    }

    /// The profile these answers describe. Skills not asked (with `--quick`) are not rated.
    pub fn to_profile(&self, rubric: &Rubric) -> Profile {
        let mut p = Profile::empty(rubric);
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

    /// The first question still unanswered, or the review when all are answered.
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
        (0..rubric.skills.len())
            .find(|&s| self.asks(rubric, s) && self.ratings[s].is_none())
            .map_or(Step::Review, Step::Skill)
    }
}

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
    /// The review of all answers.
    Review,
}

/// Label of the "go back" item in a skill question.
pub const BACK: &str = "← back to the previous question";

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
    loop {
        step = match step {
            Step::Target => {
                ask_target(rubric, prompter, &mut answers)?;
                save(&answers);
                Step::Years
            }
            Step::Years => {
                ask_years(prompter, &mut answers)?;
                save(&answers);
                Step::Certifications
            }
            Step::Certifications => {
                ask_certifications(rubric, prompter, &mut answers)?;
                save(&answers);
                next_skill(rubric, &answers, None)
            }
            Step::Skill(s) => {
                let previous = previous_step(rubric, &answers, s);
                match ask_skill(rubric, prompter, &mut answers, s, true, save)? {
                    SkillOutcome::Answered => {
                        save(&answers);
                        next_skill(rubric, &answers, Some(s))
                    }
                    SkillOutcome::Back => previous,
                }
            }
            Step::Review => {
                if review(rubric, prompter, &mut answers, save)? {
                    return Ok(answers);
                }
                Step::Review
            }
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

fn ask_target(
    rubric: &Rubric,
    prompter: &mut dyn Prompter,
    answers: &mut Answers,
) -> Result<(), Interrupted> {
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

fn ask_years(prompter: &mut dyn Prompter, answers: &mut Answers) -> Result<(), Interrupted> {
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
) -> Result<(), Interrupted> {
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

enum SkillOutcome {
    Answered,
    Back,
}

fn ask_skill(
    rubric: &Rubric,
    prompter: &mut dyn Prompter,
    answers: &mut Answers,
    s: usize,
    offer_back: bool,
    save: &mut dyn FnMut(&Answers),
) -> Result<SkillOutcome, Interrupted> {
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
    if offer_back {
        items.push(BACK.to_string());
    }
    let default = answers.ratings[s].map_or(0, usize::from);
    let choice = prompter.select("Which describes what you do now?", &items, default)?;
    if choice >= skill.anchors.len() {
        return Ok(SkillOutcome::Back);
    }
    let rating = choice as u8;
    answers.ratings[s] = Some(rating);
    if rating >= 2 {
        // Keep the rating even if the person stops at the evidence question.
        save(answers);
        let previous = answers.evidence[s].clone().unwrap_or_default();
        let text = prompter.text(
            "What have you done that shows this? (optional, Enter to skip)",
            &previous,
            &|_| Ok(()),
        )?;
        let text = text.trim();
        answers.evidence[s] = (!text.is_empty()).then(|| text.to_string());
    } else {
        answers.evidence[s] = None;
    }
    Ok(SkillOutcome::Answered)
}

/// Shows every answer and lets the person change any of them. Returns true when confirmed.
fn review(
    rubric: &Rubric,
    prompter: &mut dyn Prompter,
    answers: &mut Answers,
    save: &mut dyn FnMut(&Answers),
) -> Result<bool, Interrupted> {
    let profile = answers.to_profile(rubric);
    let mut summary = String::from("\nYour answers\n");
    let target = match answers.target {
        TargetAnswer::Level(l) => safe(&rubric.levels[l].title).into_owned(),
        _ => "not sure (skillgap will suggest one)".to_string(),
    };
    summary.push_str(&format!("  Target level: {target}\n"));
    summary.push_str(&format!(
        "  Years in production: {}\n",
        answers.years.map_or("-".to_string(), |y| y.to_string())
    ));
    let held: Vec<String> = profile
        .certifications
        .iter()
        .map(|&c| safe(&rubric.certifications[c].id).into_owned())
        .collect();
    summary.push_str(&format!(
        "  Certifications: {}\n",
        if held.is_empty() {
            "none".to_string()
        } else {
            held.join(", ")
        }
    ));
    let width = rubric
        .skills
        .iter()
        .map(|s| s.name.chars().count())
        .max()
        .unwrap_or(0);
    for (s, skill) in rubric.skills.iter().enumerate() {
        summary.push_str(&format!(
            "  {:width$}  {}\n",
            safe(&skill.name),
            rating_text(rubric, answers, s)
        ));
    }
    prompter.note(&summary);
    for warning in checks(rubric, &profile) {
        prompter.note(&format!("Note: {warning}"));
    }

    let mut items = vec!["Confirm and see the report".to_string()];
    let changeable: Vec<usize> = (0..rubric.skills.len())
        .filter(|&s| answers.asks(rubric, s))
        .collect();
    items.extend(changeable.iter().map(|&s| {
        format!(
            "Change {} ({})",
            safe(&rubric.skills[s].name),
            rating_text(rubric, answers, s)
        )
    }));
    items.push("Change the target level".to_string());
    items.push("Change the years of experience".to_string());
    items.push("Change the certifications".to_string());
    let choice = prompter.select("Confirm, or pick an answer to change", &items, 0)?;
    let n = changeable.len();
    match choice {
        0 => return Ok(true),
        c if c <= n => {
            ask_skill(rubric, prompter, answers, changeable[c - 1], false, save)?;
        }
        c if c == n + 1 => {
            ask_target(rubric, prompter, answers)?;
            // With --quick a new target may need skills not asked yet.
            save(answers);
            while let Step::Skill(s) = answers.first_open(rubric) {
                ask_skill(rubric, prompter, answers, s, false, save)?;
                save(answers);
            }
        }
        c if c == n + 2 => ask_years(prompter, answers)?,
        _ => ask_certifications(rubric, prompter, answers)?,
    }
    save(answers);
    Ok(false)
}

fn rating_text(rubric: &Rubric, answers: &Answers, s: usize) -> String {
    if !answers.asks(rubric, s) {
        return "not asked (--quick)".to_string();
    }
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
    /// Whether the interview asks only the target's skills.
    pub quick: bool,
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
mod tests {
    use super::*;
    use std::collections::VecDeque;

    /// One scripted reply.
    #[derive(Debug, Clone)]
    enum Reply {
        Select(usize),
        Multi(Vec<usize>),
        Text(&'static str),
        Interrupt,
    }

    /// Replays replies in order and records what was asked.
    struct Script {
        replies: VecDeque<Reply>,
        asked: Vec<String>,
        notes: Vec<String>,
        defaults: Vec<String>,
    }

    impl Script {
        fn new(replies: Vec<Reply>) -> Script {
            Script {
                replies: replies.into(),
                asked: Vec::new(),
                notes: Vec::new(),
                defaults: Vec::new(),
            }
        }
        fn next(&mut self, prompt: &str) -> Reply {
            self.asked.push(prompt.to_string());
            self.replies
                .pop_front()
                .unwrap_or_else(|| panic!("script ran out at {prompt:?}; asked {:?}", self.asked))
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
        ) -> Result<usize, Interrupted> {
            self.defaults.push(format!("{prompt} => {default}"));
            match self.next(prompt) {
                Reply::Select(i) => {
                    assert!(i < items.len(), "{prompt}: {i} of {items:?}");
                    Ok(i)
                }
                Reply::Interrupt => Err(Interrupted),
                other => panic!("{prompt}: expected a select reply, got {other:?}"),
            }
        }
        fn multi_select(
            &mut self,
            prompt: &str,
            _items: &[String],
            _checked: &[bool],
        ) -> Result<Vec<usize>, Interrupted> {
            match self.next(prompt) {
                Reply::Multi(v) => Ok(v),
                Reply::Interrupt => Err(Interrupted),
                other => panic!("{prompt}: expected a multi reply, got {other:?}"),
            }
        }
        fn text(
            &mut self,
            prompt: &str,
            _default: &str,
            check: &dyn Fn(&str) -> Result<(), String>,
        ) -> Result<String, Interrupted> {
            loop {
                match self.next(prompt) {
                    Reply::Text(t) => match check(t) {
                        Ok(()) => return Ok(t.to_string()),
                        Err(msg) => self.notes.push(format!("invalid: {msg}")),
                    },
                    Reply::Interrupt => return Err(Interrupted),
                    other => panic!("{prompt}: expected a text reply, got {other:?}"),
                }
            }
        }
        fn confirm(&mut self, prompt: &str, _default: bool) -> Result<bool, Interrupted> {
            match self.next(prompt) {
                Reply::Select(i) => Ok(i == 1),
                Reply::Interrupt => Err(Interrupted),
                other => panic!("{prompt}: expected a confirm reply, got {other:?}"),
            }
        }
    }

    use Reply::{Interrupt, Multi, Select, Text};

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
        (result, script, saved)
    }

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
        // Saved after the target, years, certifications, each skill, and also before each
        // evidence question (ratings of 2 or more).
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
    fn review_changes_an_answer_then_confirms() {
        let r = Rubric::builtin();
        let mut replies = vec![Select(2), Text("2"), Multi(vec![])];
        replies.extend(rate_all(&r, |_| 1));
        replies.push(Select(2)); // change the second skill (quality-control)
        replies.push(Select(4));
        replies.push(Text("ISO 9001 audits"));
        replies.push(Select(0)); // confirm
        let (result, script, _) = run(&r, replies, Answers::new(&r, false));
        let a = result.unwrap();
        assert_eq!(a.ratings[1], Some(4));
        assert_eq!(a.evidence[1].as_deref(), Some("ISO 9001 audits"));
        assert_eq!(
            script
                .asked
                .iter()
                .filter(|p| p.starts_with("Confirm"))
                .count(),
            2
        );
        // The review shows every answer.
        let review = script
            .notes
            .iter()
            .find(|n| n.contains("Your answers"))
            .unwrap();
        assert!(review.contains("Quality Control and Assurance"));
        assert!(review.contains("Target level: Production Specialist"));
    }

    #[test]
    fn quick_asks_only_skills_the_target_requires() {
        let r = Rubric::builtin();
        let junior = r.level_index("junior").unwrap();
        let required: Vec<usize> = (0..r.skills.len())
            .filter(|&s| r.skills[s].required[junior] > 0)
            .collect();
        assert!(required.len() < r.skills.len());
        let mut replies = vec![Select(junior + 1), Text("0"), Multi(vec![])];
        replies.extend(required.iter().map(|_| Select(1)));
        replies.push(Select(0));
        let (result, _, _) = run(&r, replies, Answers::new(&r, true));
        let p = result.unwrap().to_profile(&r);
        for s in 0..r.skills.len() {
            let expected = required.contains(&s).then_some(1);
            assert_eq!(p.ratings[s], expected, "{}", r.skills[s].id);
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
    fn a_rating_is_kept_when_stopping_at_its_evidence_question() {
        let r = Rubric::builtin();
        let replies = vec![Select(0), Text("1"), Multi(vec![]), Select(3), Interrupt];
        let (result, _, saved) = run(&r, replies, Answers::new(&r, false));
        assert_eq!(result, Err(Interrupted));
        assert_eq!(saved.last().unwrap().ratings[0], Some(3));
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
    fn warnings_are_shown_at_review() {
        let r = Rubric::builtin();
        let mut replies = vec![Select(0), Text("1"), Multi(vec![])];
        replies.extend(rate_all(&r, |_| 1));
        replies.push(Select(0));
        let (_, script, _) = run(&r, replies, Answers::new(&r, false));
        assert!(
            script
                .notes
                .iter()
                .any(|n| n.starts_with(&format!("Note: {0} of {0} ratings are 1", r.skills.len())))
        );
    }
}
