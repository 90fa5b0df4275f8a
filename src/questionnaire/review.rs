//! The reviewer's interview (`skillgap review`): who is reviewed, who reviews and in what
//! role, then the same anchored question for every skill, with "had no chance to observe"
//! as one more choice and an optional note of what the reviewer has seen, and a list of the
//! answers to change any of them or confirm.
//!
//! The person's own ratings are never shown while the reviewer answers: a reviewer who saw
//! them first would be anchored by them. [`comparison_lines`] shows them beside the
//! reviewer's answers once the review is confirmed.
//!
//! The questions are asked in the reviewer's language, with skillgap's words from the
//! `review` catalog and the rubric's in the language of the rubric given.

use super::{EVIDENCE_MARK, Halt, Interrupted, Prompter, back, name_width};
use crate::date::Date;
use crate::i18n::Lang;
use crate::profile::{Profile, Review, Role};
use crate::questionnaire::skill_question;
use crate::rubric::Rubric;
use crate::text::terminal_safe as safe;
use crate::tr;

/// The choice that means "had no chance to observe": not a rating, not even 0.
pub fn not_observed(lang: Lang) -> String {
    tr!(lang, "review-not-observed")
}

/// The item that ends the list of answers.
pub fn confirm_review(lang: Lang) -> String {
    tr!(lang, "review-confirm")
}

/// A role as the reviewer reads it: "Supervisor", "Peer (a colleague at the same level)".
pub fn role_label(role: Role, lang: Lang) -> String {
    match role {
        Role::Supervisor => tr!(lang, "review-role-supervisor"),
        Role::Trainer => tr!(lang, "review-role-trainer"),
        Role::Assessor => tr!(lang, "review-role-assessor"),
        Role::Peer => tr!(lang, "review-role-peer"),
    }
}

/// The name of the person reviewed, or "the person" while it is not known.
fn who(answers: &ReviewAnswers, lang: Lang) -> String {
    match answers.person.as_deref() {
        Some(name) => safe(name).into_owned(),
        None => tr!(lang, "review-the-person"),
    }
}

/// A reviewer's answers so far, in rubric order. This is what the review draft holds.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReviewAnswers {
    /// The person reviewed.
    pub person: Option<String>,
    /// The person came from their profile (or the command line): not asked.
    pub person_fixed: bool,
    /// The reviewer's name.
    pub reviewer: Option<String>,
    /// The reviewer's role.
    pub role: Option<Role>,
    /// Per skill: `None` not answered yet, `Some(None)` not observed, `Some(Some(r))` rated.
    pub ratings: Vec<Option<Option<u8>>>,
    /// Per skill: what the reviewer has seen that shows the rating, if they said.
    pub notes: Vec<Option<String>>,
    /// The skill whose note was asked and not answered yet.
    pub note_pending: Option<usize>,
}

/// A question of the reviewer's interview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewStep {
    /// Who is reviewed.
    Person,
    /// Who reviews.
    Reviewer,
    /// In what role.
    Role,
    /// One skill (index).
    Skill(usize),
    /// The note on one skill's rating (index).
    Note(usize),
    /// The list of answers, to change one or confirm.
    Confirm,
}

impl ReviewAnswers {
    /// No answers yet; `person` when it is known already (from the profile reviewed).
    pub fn new(rubric: &Rubric, person: Option<String>) -> ReviewAnswers {
        ReviewAnswers {
            person_fixed: person.is_some(),
            person,
            ratings: vec![None; rubric.skills.len()],
            notes: vec![None; rubric.skills.len()],
            ..ReviewAnswers::default()
        }
    }

    /// The first question still unanswered, or the list when all are answered.
    pub fn first_open(&self) -> ReviewStep {
        if self.person.is_none() {
            return ReviewStep::Person;
        }
        if self.reviewer.is_none() {
            return ReviewStep::Reviewer;
        }
        if self.role.is_none() {
            return ReviewStep::Role;
        }
        if let Some(s) = self.note_pending {
            return ReviewStep::Note(s);
        }
        self.ratings
            .iter()
            .position(Option::is_none)
            .map_or(ReviewStep::Confirm, ReviewStep::Skill)
    }

    /// How many skills are answered (rated or not observed).
    pub fn answered(&self) -> usize {
        self.ratings.iter().filter(|r| r.is_some()).count()
    }

    /// The review these answers make, dated `date`. Skills not answered are not rated.
    pub fn to_review(&self, date: Date) -> Review {
        Review {
            person: self.person.clone().unwrap_or_default(),
            reviewer: self.reviewer.clone().unwrap_or_default(),
            role: self.role.unwrap_or(Role::Supervisor),
            date,
            ratings: self.ratings.iter().map(|r| r.flatten()).collect(),
            notes: self
                .notes
                .iter()
                .enumerate()
                .filter_map(|(s, n)| n.clone().map(|n| (s, n)))
                .collect(),
            schema: None,
        }
    }
}

/// Runs the reviewer's interview from the first unanswered question to a confirmed list.
/// `save` is called after every answer with the answers so far. Asked in `lang`, with
/// `rubric`'s words (give it in that language).
pub fn review_interview(
    rubric: &Rubric,
    prompter: &mut dyn Prompter,
    mut answers: ReviewAnswers,
    save: &mut dyn FnMut(&ReviewAnswers),
    lang: Lang,
) -> Result<ReviewAnswers, Interrupted> {
    let mut step = answers.first_open();
    if let ReviewStep::Note(s) = step {
        // Resumed at a note: say which answer it is about.
        let chosen = tr!(
            lang,
            "review-resumed-at-note",
            skill = safe(&rubric.skills[s].name).into_owned(),
            answer = answer_text(rubric, answers.ratings[s], lang)
        );
        prompter.note(&format!("\n{chosen}"));
    }
    let mut listing = step == ReviewStep::Confirm;
    let mut cursor = 0;
    let mut asked_any = false;
    loop {
        let asked = step;
        let outcome = match step {
            ReviewStep::Person => ask_name(
                prompter,
                &tr!(lang, "review-person-question"),
                &mut answers.person,
                lang,
            ),
            ReviewStep::Reviewer => ask_name(
                prompter,
                &tr!(lang, "review-reviewer-question"),
                &mut answers.reviewer,
                lang,
            ),
            ReviewStep::Role => ask_role(prompter, &mut answers, lang),
            ReviewStep::Skill(s) => ask_skill(rubric, prompter, &mut answers, s, !listing, lang),
            ReviewStep::Note(s) => ask_note(prompter, &mut answers, s, lang),
            ReviewStep::Confirm => {
                listing = true;
                match confirm_list(rubric, prompter, &answers, cursor, lang) {
                    Ok((_, None)) => return Ok(answers),
                    Ok((at, Some(change))) => {
                        cursor = at;
                        step = change;
                        asked_any = true;
                        continue;
                    }
                    Err(Halt::Back) if asked_any => {
                        step = ReviewStep::Skill(rubric.skills.len() - 1);
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
                    ReviewStep::Skill(s) if answers.note_pending == Some(s) => ReviewStep::Note(s),
                    _ if listing => answers.first_open(),
                    ReviewStep::Person => ReviewStep::Reviewer,
                    ReviewStep::Reviewer => ReviewStep::Role,
                    ReviewStep::Role => ReviewStep::Skill(0),
                    ReviewStep::Skill(s) | ReviewStep::Note(s) if s + 1 < rubric.skills.len() => {
                        ReviewStep::Skill(s + 1)
                    }
                    _ => ReviewStep::Confirm,
                }
            }
            Err(Halt::Quit) => return Err(Interrupted),
            Err(Halt::Back) => match asked {
                ReviewStep::Note(s) => ReviewStep::Skill(s),
                _ if listing => {
                    // Back to the list unchanged: a note left open there is not one to come
                    // back to.
                    answers.note_pending = None;
                    ReviewStep::Confirm
                }
                ReviewStep::Person => return Err(Interrupted),
                ReviewStep::Reviewer if answers.person_fixed => return Err(Interrupted),
                ReviewStep::Reviewer => ReviewStep::Person,
                ReviewStep::Role => ReviewStep::Reviewer,
                ReviewStep::Skill(0) => ReviewStep::Role,
                ReviewStep::Skill(s) => ReviewStep::Skill(s - 1),
                ReviewStep::Confirm => ReviewStep::Confirm,
            },
        };
    }
}

fn ask_name(
    prompter: &mut dyn Prompter,
    prompt: &str,
    answer: &mut Option<String>,
    lang: Lang,
) -> Result<(), Halt> {
    let default = answer.clone().unwrap_or_default();
    let text = prompter.text(prompt, &default, &|t| {
        if t.trim().is_empty() {
            Err(tr!(lang, "review-name-empty"))
        } else {
            Ok(())
        }
    })?;
    *answer = Some(text.trim().to_string());
    Ok(())
}

fn ask_role(
    prompter: &mut dyn Prompter,
    answers: &mut ReviewAnswers,
    lang: Lang,
) -> Result<(), Halt> {
    let items: Vec<String> = Role::ALL.iter().map(|&r| role_label(r, lang)).collect();
    let default = answers
        .role
        .and_then(|r| Role::ALL.iter().position(|&x| x == r))
        .unwrap_or(0);
    let choice = prompter.select(&tr!(lang, "review-role-question"), &items, default)?;
    answers.role = Some(Role::ALL[choice]);
    Ok(())
}

fn ask_skill(
    rubric: &Rubric,
    prompter: &mut dyn Prompter,
    answers: &mut ReviewAnswers,
    s: usize,
    offer_back: bool,
    lang: Lang,
) -> Result<(), Halt> {
    let (heading, mut items) = skill_question(rubric, s, &|_| true, lang);
    prompter.note(&heading);
    let not_observed = items.len();
    items.push(self::not_observed(lang));
    items.push(if offer_back {
        back(lang)
    } else {
        tr!(lang, "review-back-to-list")
    });
    let default = match answers.ratings[s] {
        Some(Some(r)) => usize::from(r),
        Some(None) => not_observed,
        None => 0,
    };
    let choice = prompter.select(
        &tr!(lang, "review-rating-question", person = who(answers, lang)),
        &items,
        default,
    )?;
    answers.ratings[s] = match choice {
        c if c < not_observed => Some(Some(c as u8)),
        c if c == not_observed => Some(None),
        _ => return Err(Halt::Back),
    };
    if answers.ratings[s] == Some(None) {
        // Nothing observed, nothing to note.
        answers.notes[s] = None;
        answers.note_pending = None;
    } else {
        answers.note_pending = Some(s);
    }
    Ok(())
}

/// Asks what the reviewer has seen that shows the rating of skill `s`. Enter keeps an
/// earlier note; "-" clears it.
fn ask_note(
    prompter: &mut dyn Prompter,
    answers: &mut ReviewAnswers,
    s: usize,
    lang: Lang,
) -> Result<(), Halt> {
    let previous = answers.notes[s].clone().unwrap_or_default();
    let person = who(answers, lang);
    let prompt = if previous.is_empty() {
        tr!(lang, "review-note-new", person = person)
    } else {
        tr!(lang, "review-note-again", person = person)
    };
    let text = prompter.text(&prompt, &previous, &|_| Ok(()))?;
    let text = text.trim();
    answers.notes[s] = (!text.is_empty() && text != "-").then(|| text.to_string());
    answers.note_pending = None;
    Ok(())
}

/// A review answer as the list shows it.
fn answer_text(rubric: &Rubric, answer: Option<Option<u8>>, lang: Lang) -> String {
    match answer {
        Some(Some(r)) => format!("{r} {}", safe(rubric.scale_label(r))),
        Some(None) => tr!(lang, "review-not-observed-short"),
        None => tr!(lang, "review-not-answered"),
    }
}

/// The answers, once, as the list to pick from. Returns the cursor and the question to ask
/// again, or `None` when the reviewer confirms.
fn confirm_list(
    rubric: &Rubric,
    prompter: &mut dyn Prompter,
    answers: &ReviewAnswers,
    cursor: usize,
    lang: Lang,
) -> Result<(usize, Option<ReviewStep>), Halt> {
    let intro = tr!(lang, "review-list-intro", mark = EVIDENCE_MARK);
    prompter.note(&format!("\n{intro}"));
    let role = answers.role.map_or("-".to_string(), |r| {
        tr!(lang, "review-role-name", role = r.as_str())
    });
    let mut items = vec![
        confirm_review(lang),
        tr!(
            lang,
            "review-list-person",
            person = safe(answers.person.as_deref().unwrap_or("-")).into_owned()
        ),
        tr!(
            lang,
            "review-list-reviewer",
            reviewer = safe(answers.reviewer.as_deref().unwrap_or("-")).into_owned()
        ),
        tr!(lang, "review-list-role", role = role),
    ];
    let width = name_width(rubric, 0..rubric.skills.len());
    items.extend(rubric.skills.iter().enumerate().map(|(s, skill)| {
        let noted = if answers.notes[s].is_some() {
            format!(" {EVIDENCE_MARK}")
        } else {
            String::new()
        };
        format!(
            "{:width$}  {}{noted}",
            safe(&skill.name),
            answer_text(rubric, answers.ratings[s], lang)
        )
    }));
    let choice = prompter.select(&tr!(lang, "review-list-question"), &items, cursor)?;
    let change = match choice {
        0 => None,
        1 if answers.person_fixed => Some(ReviewStep::Confirm),
        1 => Some(ReviewStep::Person),
        2 => Some(ReviewStep::Reviewer),
        3 => Some(ReviewStep::Role),
        c => Some(ReviewStep::Skill(c - 4)),
    };
    Ok((choice, change))
}

/// After the review is confirmed: the person's own rating beside the reviewer's, skill by
/// skill, with the skills 2 or more apart marked to talk about. In `lang`.
pub fn comparison_lines(
    rubric: &Rubric,
    answers: &ReviewAnswers,
    person: &Profile,
    lang: Lang,
) -> Vec<String> {
    let mut lines = vec![tr!(
        lang,
        "review-comparison-heading",
        person = who(answers, lang)
    )];
    let (yours, theirs) = (tr!(lang, "review-yours"), tr!(lang, "review-theirs"));
    let width = name_width(rubric, 0..rubric.skills.len());
    let cell = |r: Option<u8>| r.map_or("-".to_string(), |r| r.to_string());
    for (s, skill) in rubric.skills.iter().enumerate() {
        let own = person.ratings[s];
        let reviewer = answers.ratings[s].flatten();
        let mark = match (own, reviewer) {
            (Some(a), Some(b)) if a.abs_diff(b) >= 2 => " ⚑",
            _ => "",
        };
        lines.push(format!(
            "  {:width$}  {yours} {:>2}  {theirs} {:>2}{mark}",
            safe(&skill.name),
            cell(reviewer),
            cell(own),
        ));
    }
    lines
}

/// The whole review: the interview, then, once it is confirmed and only then, the person's
/// own ratings beside the reviewer's (when their profile is at hand).
pub fn run_review(
    rubric: &Rubric,
    prompter: &mut dyn Prompter,
    answers: ReviewAnswers,
    person: Option<&Profile>,
    save: &mut dyn FnMut(&ReviewAnswers),
    lang: Lang,
) -> Result<ReviewAnswers, Interrupted> {
    let answers = review_interview(rubric, prompter, answers, save, lang)?;
    if let Some(profile) = person {
        prompter.note(&format!(
            "\n{}",
            comparison_lines(rubric, &answers, profile, lang).join("\n")
        ));
    }
    Ok(answers)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::tests::{Reply, Script};
    use Reply::{Back, Select, Text};

    fn rubric() -> Rubric {
        Rubric::builtin()
    }

    /// Replies for a whole review: every skill rated `rating(s)` (`None`: not observed), the
    /// note on each rating skipped.
    fn rate_all(rubric: &Rubric, rating: impl Fn(usize) -> Option<usize>) -> Vec<Reply> {
        let observed = rubric.skills[0].anchors.len();
        (0..rubric.skills.len())
            .flat_map(|s| match rating(s) {
                Some(r) => vec![Select(r), Text("")],
                None => vec![Select(observed)],
            })
            .collect()
    }

    #[test]
    fn a_whole_review_with_not_observed_as_a_choice() {
        let r = rubric();
        let mut replies = vec![Text("Sam Rivera"), Text("D. Lee"), Select(0)];
        replies.extend(rate_all(&r, |s| (s % 4 != 3).then_some(s % 5)));
        // A note on the first skill's rating (the reply after it).
        replies[4] = Text("  runs the SPC charts on nights ");
        replies.push(Select(0));
        let mut script = Script::new(replies);
        let mut saves = 0;
        let answers = review_interview(
            &r,
            &mut script,
            ReviewAnswers::new(&r, None),
            &mut |_| saves += 1,
            Lang::En,
        )
        .unwrap();
        assert_eq!(script.remaining(), 0);
        let rated = (0..r.skills.len()).filter(|s| s % 4 != 3).count();
        assert_eq!(
            saves,
            3 + r.skills.len() + rated,
            "saved after every answer and every note"
        );
        // Notes are asked only after a rating, and the one given is kept, trimmed.
        let note_questions = script
            .asked
            .iter()
            .filter(|a| a.starts_with("What have you seen Sam Rivera do"))
            .count();
        assert_eq!(note_questions, rated);
        let review = answers.to_review(Date::parse_explained("2026-11-20").unwrap());
        assert_eq!(
            review.notes,
            vec![(0, "runs the SPC charts on nights".to_string())]
        );
        assert!(script.lists.last().unwrap()[4].ends_with(EVIDENCE_MARK));
        let review = answers.to_review(Date::parse_explained("2026-11-20").unwrap());
        assert_eq!(review.person, "Sam Rivera");
        assert_eq!(review.role, Role::Supervisor);
        assert_eq!(review.ratings[3], None, "not observed is no rating");
        assert_eq!(review.ratings[4], Some(4));
        // Every skill question offers "not observed" before "back".
        let skill_lists: Vec<&Vec<String>> = script
            .lists
            .iter()
            .filter(|l| l.iter().any(|i| *i == not_observed(Lang::En)))
            .collect();
        assert_eq!(skill_lists.len(), r.skills.len());
        assert_eq!(
            skill_lists[0].last().map(String::as_str),
            Some(back(Lang::En).as_str())
        );
        assert!(
            script
                .asked
                .iter()
                .any(|a| a == "Which describes what Sam Rivera does now?")
        );
    }

    #[test]
    fn a_review_in_spanish_asks_in_spanish_and_records_the_same_review() {
        let r = rubric();
        let words = r.in_lang(Lang::Es);
        let mut person = Profile::empty(&r);
        person.name = Some("Sam Rivera".into());
        person.ratings = vec![Some(4); r.skills.len()];
        let keys = || {
            let mut replies = vec![Text("D. Lee"), Select(1)];
            replies.extend(rate_all(&r, |s| (s % 4 != 3).then_some(s % 5)));
            replies[3] = Text("corre las gráficas SPC de noche");
            replies.push(Select(0));
            replies
        };
        let start = ReviewAnswers::new(&r, person.name.clone());
        let mut english = Script::new(keys());
        let en = run_review(
            &r,
            &mut english,
            start.clone(),
            Some(&person),
            &mut |_| {},
            Lang::En,
        );
        let mut script = Script::new(keys());
        let es = run_review(
            &words,
            &mut script,
            start,
            Some(&person),
            &mut |_| {},
            Lang::Es,
        );
        let date = Date::parse_explained("2026-11-20").unwrap();
        let es = es.unwrap().to_review(date);
        assert_eq!(es, en.unwrap().to_review(date), "the same review, by ids");
        assert_eq!(es.role, Role::Trainer);

        let mut shown = script.log.join("\n");
        for list in &script.lists {
            shown.push_str(&list.join("\n"));
        }
        let first = &words.skills[0].name;
        for spanish in [
            "Su nombre",
            "¿En qué función hace esta evaluación?",
            "Capacitador",
            "Compañero (un colega del mismo nivel)",
            &format!("Habilidades técnicas · 1 de 12 · {first}"),
            "¿Cuál describe lo que Sam Rivera hace hoy?",
            "No tuve oportunidad de observarlo",
            "¿Qué ha visto hacer a Sam Rivera que lo demuestre? (opcional, Enter para saltar)",
            "Su evaluación. Elija una respuesta para cambiarla, o confirme.",
            "Confirmar y guardar la evaluación",
            "Persona evaluada: Sam Rivera",
            "Evaluador: D. Lee",
            "Función: capacitador",
            "no observado",
            "Su evaluación junto a la autoevaluación de Sam Rivera",
            "usted  2  autoevaluación  4 ⚑",
        ] {
            assert!(shown.contains(spanish), "{spanish:?} in:\n{shown}");
        }
        for english in [
            "Your name",
            "In what role",
            "Trainer",
            "Which describes",
            "Had no chance",
            "What have you seen",
            "Your review",
            "Confirm and save",
            "Person reviewed",
            "Reviewer:",
            "Role:",
            "not observed",
            "yours",
            "theirs",
            "Technical skills",
        ] {
            assert!(!shown.contains(english), "{english:?} in:\n{shown}");
        }
    }

    #[test]
    fn the_persons_own_ratings_are_shown_only_after_the_last_answer() {
        let r = rubric();
        let mut person = Profile::empty(&r);
        person.name = Some("Sam Rivera".into());
        person.ratings = vec![Some(4); r.skills.len()];
        let mut replies = vec![Text("D. Lee"), Select(0)];
        replies.extend(rate_all(&r, |s| Some(if s == 0 { 2 } else { 4 })));
        // Go back into the list once, change nothing, and confirm.
        replies.push(Select(5));
        replies.push(Back);
        replies.push(Select(0));
        let mut script = Script::new(replies);
        let start = ReviewAnswers::new(&r, person.name.clone());
        let answers =
            run_review(&r, &mut script, start, Some(&person), &mut |_| {}, Lang::En).unwrap();
        assert_eq!(script.remaining(), 0);
        assert_eq!(answers.ratings[0], Some(Some(2)));
        // The log holds every question and note in order: nothing about the person's own
        // ratings comes before the last question.
        let last_question = script
            .log
            .iter()
            .rposition(|e| e.starts_with("ask:"))
            .unwrap();
        let shown = script
            .log
            .iter()
            .position(|e| e.contains("own ratings"))
            .expect("the comparison is shown");
        assert!(shown > last_question, "{:?}", &script.log[..shown]);
        for event in &script.log[..last_question] {
            assert!(
                !event.contains(" yours ") && !event.contains("own rating"),
                "{event}"
            );
        }
        let comparison = &script.log[shown];
        let first = &r.skills[0].name;
        assert!(
            comparison
                .lines()
                .any(|l| l.contains(first.as_str()) && l.ends_with("yours  2  theirs  4 ⚑")),
            "{comparison}"
        );
        // Without the profile at hand, nothing is compared.
        let mut replies = vec![Text("D. Lee"), Select(0)];
        replies.extend(rate_all(&r, |_| Some(1)));
        replies.push(Select(0));
        let mut script = Script::new(replies);
        let start = ReviewAnswers::new(&r, Some("Sam".into()));
        run_review(&r, &mut script, start, None, &mut |_| {}, Lang::En).unwrap();
        assert!(!script.log.iter().any(|e| e.contains("own ratings")));
    }

    #[test]
    fn a_note_left_at_an_interruption_is_asked_first_on_resume() {
        let r = rubric();
        let mut start = ReviewAnswers::new(&r, Some("Sam".into()));
        start.reviewer = Some("D. Lee".into());
        start.role = Some(Role::Peer);
        start.ratings[0] = Some(Some(3));
        start.note_pending = Some(0);
        let mut replies = vec![Text("led the changeover")];
        replies.extend(rate_all(&r, |_| Some(2)).into_iter().skip(2));
        replies.push(Select(0));
        let mut script = Script::new(replies);
        let answers = review_interview(&r, &mut script, start, &mut |_| {}, Lang::En).unwrap();
        assert_eq!(script.remaining(), 0);
        assert!(script.asked[0].starts_with("What have you seen Sam do"));
        let context = format!("{} · you chose 3 Advanced", r.skills[0].name);
        assert!(
            script.log.iter().any(|e| e.contains(&context)),
            "{:?}",
            &script.log[..2]
        );
        assert_eq!(answers.notes[0].as_deref(), Some("led the changeover"));
        assert_eq!(answers.note_pending, None);
    }

    #[test]
    fn esc_goes_back_and_a_known_person_is_not_asked() {
        let r = rubric();
        // Person known: the first question is the reviewer's name; Esc there stops.
        let mut script = Script::new(vec![Back]);
        let start = ReviewAnswers::new(&r, Some("Sam".into()));
        assert_eq!(
            review_interview(&r, &mut script, start.clone(), &mut |_| {}, Lang::En),
            Err(Interrupted)
        );
        // Esc at the first skill goes back to the role, which keeps its answer.
        let mut replies = vec![Text("D. Lee"), Select(1), Back, Select(1)];
        replies.extend(rate_all(&r, |_| Some(2)));
        replies.push(Select(0));
        let mut script = Script::new(replies);
        let answers = review_interview(&r, &mut script, start, &mut |_| {}, Lang::En).unwrap();
        assert_eq!(answers.role, Some(Role::Trainer));
        assert!(!script.asked.iter().any(|a| a.starts_with("Whom")));
    }

    #[test]
    fn an_answer_changed_from_the_list_returns_to_it() {
        let r = rubric();
        let mut replies = vec![Text("Sam"), Text("Ann"), Select(3)];
        replies.extend(rate_all(&r, |_| Some(1)));
        // Pick the first skill in the list, mark it not observed, then confirm.
        replies.push(Select(4));
        replies.push(Select(r.skills[0].anchors.len()));
        replies.push(Select(0));
        let mut script = Script::new(replies);
        let answers = review_interview(
            &r,
            &mut script,
            ReviewAnswers::new(&r, None),
            &mut |_| {},
            Lang::En,
        )
        .unwrap();
        assert_eq!(answers.ratings[0], Some(None));
        assert_eq!(answers.role, Some(Role::Peer));
        let last = script.lists.last().unwrap();
        assert!(last[4].ends_with("not observed"), "{}", last[4]);
    }
}
