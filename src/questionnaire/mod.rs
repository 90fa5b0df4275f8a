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
//!
//! The questions are asked in the language the answers record ([`Answers::lang`]), with
//! skillgap's words from the `ask` catalog; the rubric given is the one to show (its words
//! already in that language), and the answers keep ids only, so a profile is the same
//! whatever the language it was answered in.

mod answers;
pub mod flow;
pub mod review;
#[cfg(test)]
pub(crate) mod tests;

use crate::checks::reliability_warnings;
use crate::i18n::{self, Lang};
use crate::profile::MAX_YEARS;
use crate::rubric::Rubric;
use crate::text::terminal_safe as safe;
use crate::tr;

pub use answers::{Answers, EducationAnswer, TOP_IMPORTANCE, TargetAnswer, quick_skills};

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

/// Rating from which the interview asks for evidence.
pub const EVIDENCE_FROM: u8 = 2;

/// A question of the interview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Which level to aim at.
    Target,
    /// Years of experience.
    Years,
    /// The highest education completed.
    Education,
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
pub fn back(lang: Lang) -> String {
    tr!(lang, "ask-back")
}

/// The education question.
pub fn education_question(lang: Lang) -> String {
    tr!(lang, "ask-education-question")
}

/// Why the education question is asked.
pub fn education_why(lang: Lang) -> String {
    tr!(lang, "ask-education-why")
}

/// The question of every skill.
pub fn rating_question(lang: Lang) -> String {
    tr!(lang, "ask-rating-question")
}

/// Label of the item that ends the review.
pub fn confirm_item(lang: Lang) -> String {
    tr!(lang, "ask-confirm")
}

/// Marks a rating that comes with evidence, in the review.
pub const EVIDENCE_MARK: &str = "✎";

/// Years as the person reads them: "1.5" in English, "1,5" in Spanish (the answer to the
/// years question accepts both).
pub fn years_text(lang: Lang, years: f64) -> String {
    match lang {
        Lang::En => years.to_string(),
        Lang::Es => years.to_string().replace('.', ","),
    }
}

/// Runs the interview from the first unanswered question to a confirmed review.
///
/// `save` is called after every answer with the answers so far. The questions are asked in
/// `answers.lang` (English when it says none), with `rubric`'s words: give the rubric in that
/// language ([`Rubric::in_lang`]).
pub fn interview(
    rubric: &Rubric,
    prompter: &mut dyn Prompter,
    mut answers: Answers,
    save: &mut dyn FnMut(&Answers),
) -> Result<Answers, Interrupted> {
    let lang = answers.lang.unwrap_or_default();
    let mut step = answers.first_open(rubric);
    if let Step::Evidence(s) = step {
        // Resumed at an evidence question: say which answer it is about.
        let rating = answers.ratings[s].unwrap_or(0);
        let chosen = tr!(
            lang,
            "ask-resumed-at-evidence",
            skill = safe(&rubric.skills[s].name).into_owned(),
            rating = format!("{rating} {}", safe(rubric.scale_label(rating)))
        );
        prompter.note(&format!("\n{chosen}"));
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
            Step::Education => ask_education(prompter, &mut answers),
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
                flow::after(rubric, &answers, asked, reviewing)
            }
            Err(Halt::Quit) => return Err(Interrupted),
            Err(Halt::Back) => {
                if reviewing && !matches!(asked, Step::Evidence(_)) {
                    // Back to the review unchanged: an evidence question left open there
                    // is not one to come back to.
                    answers.evidence_pending = None;
                }
                match flow::before(rubric, &answers, asked, reviewing) {
                    Some(step) => step,
                    None => return Err(Interrupted),
                }
            }
        };
    }
}

fn last_asked(rubric: &Rubric, answers: &Answers) -> Step {
    flow::previous_step(rubric, answers, rubric.skills.len())
}

fn ask_target(
    rubric: &Rubric,
    prompter: &mut dyn Prompter,
    answers: &mut Answers,
) -> Result<(), Halt> {
    let lang = answers.lang.unwrap_or_default();
    let items = flow::target_choices(rubric, lang);
    let default = flow::target_choice(answers);
    let choice = prompter.select(&tr!(lang, "ask-target-question"), &items, default)?;
    flow::set_target(answers, choice);
    Ok(())
}

/// Reads a number of years ("3", "1.5" or "1,5"); the message, in `lang`, says what is
/// accepted.
pub fn parse_years(lang: Lang, text: &str) -> Result<f64, String> {
    let t = text.trim().replace(',', ".");
    match t.parse::<f64>() {
        Ok(y) if y.is_finite() && (0.0..=MAX_YEARS).contains(&y) => Ok(y),
        _ => Err(tr!(
            lang,
            "ask-years-invalid",
            max = i18n::number(lang, MAX_YEARS, 0),
            example = years_text(lang, 1.5)
        )),
    }
}

fn ask_years(prompter: &mut dyn Prompter, answers: &mut Answers) -> Result<(), Halt> {
    let lang = answers.lang.unwrap_or_default();
    let default = answers
        .years
        .map(|y| years_text(lang, y))
        .unwrap_or_default();
    let text = prompter.text(&tr!(lang, "ask-years-question"), &default, &|t| {
        parse_years(lang, t).map(|_| ())
    })?;
    // The prompter only returns text that passed the check; parse again to get the value.
    answers.years = parse_years(lang, &text).ok();
    Ok(())
}

fn ask_education(prompter: &mut dyn Prompter, answers: &mut Answers) -> Result<(), Halt> {
    let lang = answers.lang.unwrap_or_default();
    let items = flow::education_choices(lang);
    let question = format!("{} ({})", education_question(lang), education_why(lang));
    let choice = prompter.select(&question, &items, flow::education_choice(answers))?;
    flow::set_education(answers, choice);
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
    let items = flow::certification_choices(rubric);
    let held = answers.certifications.clone().unwrap_or_default();
    let checked: Vec<bool> = (0..items.len()).map(|c| held.contains(&c)).collect();
    let lang = answers.lang.unwrap_or_default();
    let chosen = prompter.multi_select(&tr!(lang, "ask-certs-question"), &items, &checked)?;
    flow::set_certifications(answers, chosen);
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
    let lang = answers.lang.unwrap_or_default();
    let (heading, mut items) = skill_question(rubric, s, &|i| answers.asks(rubric, i), lang);
    prompter.note(&heading);
    items.push(if offer_back {
        back(lang)
    } else {
        tr!(lang, "ask-back-to-review")
    });
    let default = answers.ratings[s].map_or(0, usize::from);
    let choice = prompter.select(&rating_question(lang), &items, default)?;
    if choice >= rubric.skills[s].anchors.len() {
        return Err(Halt::Back);
    }
    flow::set_rating(answers, s, choice as u8);
    Ok(())
}

/// Asks what shows the rating of skill `s`. Enter keeps earlier evidence; "-" clears it.
fn ask_evidence(prompter: &mut dyn Prompter, answers: &mut Answers, s: usize) -> Result<(), Halt> {
    let lang = answers.lang.unwrap_or_default();
    let previous = answers.evidence[s].clone().unwrap_or_default();
    let prompt = if previous.is_empty() {
        tr!(lang, "ask-evidence-new")
    } else {
        tr!(lang, "ask-evidence-again")
    };
    let text = prompter.text(&prompt, &previous, &|_| Ok(()))?;
    flow::set_evidence(answers, s, &text);
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
    let lang = answers.lang.unwrap_or_default();
    let profile = answers.to_profile(rubric);
    let intro = tr!(lang, "ask-review-intro", mark = EVIDENCE_MARK);
    prompter.note(&format!("\n{intro}"));
    for warning in reliability_warnings(rubric, &profile, lang) {
        prompter.note(&tr!(lang, "ask-note", note = warning));
    }
    for note in quick_notes(rubric, answers, lang) {
        prompter.note(&tr!(lang, "ask-note", note = note));
    }

    let target = match answers.target {
        TargetAnswer::Level(l) => safe(&rubric.levels[l].title).into_owned(),
        _ => tr!(lang, "ask-review-target-unsure"),
    };
    let held: Vec<String> = profile
        .certifications
        .iter()
        .map(|&c| safe(&rubric.certifications[c].name).into_owned())
        .collect();
    let mut items = vec![
        confirm_item(lang),
        tr!(lang, "ask-review-target", level = target),
        tr!(
            lang,
            "ask-review-years",
            years = answers
                .years
                .map_or("-".to_string(), |y| years_text(lang, y))
        ),
        tr!(
            lang,
            "ask-review-education",
            education = match answers.education {
                EducationAnswer::Known(e) => flow::education_label(e, lang),
                _ => tr!(lang, "ask-review-education-none"),
            }
        ),
        tr!(
            lang,
            "ask-review-certs",
            certs = if held.is_empty() {
                tr!(lang, "ask-none")
            } else {
                held.join(", ")
            }
        ),
    ];
    let skills = flow::asked_skills(rubric, answers);
    let width = name_width(rubric, skills.iter().copied());
    items.extend(skills.iter().map(|&s| {
        let mark = if answers.evidence[s].is_some() {
            format!(" {EVIDENCE_MARK}")
        } else {
            String::new()
        };
        format!(
            "{:width$}  {}{mark}",
            safe(&rubric.skills[s].name),
            flow::rating_text(rubric, answers, s, lang)
        )
    }));
    let choice = prompter.select(&tr!(lang, "ask-review-question"), &items, cursor)?;
    let change = match choice {
        0 => None,
        1 => Some(Step::Target),
        2 => Some(Step::Years),
        3 => Some(Step::Education),
        4 => Some(Step::Certifications),
        c => Some(Step::Skill(skills[c - 5])),
    };
    Ok((choice, change))
}

/// What the person is told about the skills `--quick` did not ask: those that count as 0
/// (not rated), and, when the answers update a profile, those whose ratings are kept from
/// it. Empty without `--quick`. In `lang`.
pub fn quick_notes(rubric: &Rubric, answers: &Answers, lang: Lang) -> Vec<String> {
    let (kept, unrated): (Vec<usize>, Vec<usize>) =
        answers.not_asked(rubric).into_iter().partition(|&s| {
            answers
                .kept
                .as_ref()
                .is_some_and(|k| k.ratings[s].is_some())
        });
    let names = |skills: &[usize]| {
        skills
            .iter()
            .map(|&s| safe(&rubric.skills[s].name).into_owned())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut notes = Vec::new();
    if !unrated.is_empty() {
        notes.push(tr!(
            lang,
            "ask-quick-unrated",
            count = unrated.len(),
            total = rubric.skills.len(),
            skills = names(&unrated)
        ));
    }
    if !kept.is_empty() {
        notes.push(tr!(
            lang,
            "ask-quick-kept",
            count = kept.len(),
            total = rubric.skills.len(),
            skills = names(&kept)
        ));
    }
    notes
}

/// The width of the skill-name column in a list of these skills: the longest name, up to 44
/// characters (a custom rubric's long names would push the ratings off a narrow terminal).
pub(crate) fn name_width(rubric: &Rubric, skills: impl Iterator<Item = usize>) -> usize {
    skills
        .map(|s| safe(&rubric.skills[s].name).chars().count())
        .max()
        .unwrap_or(0)
        .min(44)
}

/// The heading of a skill's question (its group of skills, its place in that group, its name
/// and description) and one choice per point of the scale, described by the skill's anchors:
/// the same for the person and for a reviewer. `asks` says which skills are asked.
pub(crate) fn skill_question(
    rubric: &Rubric,
    s: usize,
    asks: &dyn Fn(usize) -> bool,
    lang: Lang,
) -> (String, Vec<String>) {
    let skill = &rubric.skills[s];
    let (heading, position, of) = flow::skill_place(rubric, s, asks, lang);
    let place = tr!(
        lang,
        "ask-skill-heading",
        group = heading,
        position = position,
        total = of,
        skill = safe(&skill.name).into_owned()
    );
    let note = format!("\n{place}\n{}", safe(&skill.description));
    let items = flow::rating_choices(rubric, s)
        .into_iter()
        .enumerate()
        .map(|(v, (label, anchor))| format!("{v} {label} — {anchor}"))
        .collect();
    (note, items)
}
