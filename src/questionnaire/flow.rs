//! The questionnaire's logic, apart from how it is shown: the choices each question offers,
//! what an answer changes, and which question comes before and after another. The terminal
//! interview ([`super::interview`]) and the web questionnaire (`skillgap serve`) both run on
//! these, so the two ask the same questions, accept the same answers and save the same drafts.
//! The words of the choices come in the language asked for; what an answer records does not
//! depend on it.

use super::{Answers, EVIDENCE_FROM, EducationAnswer, Step, TargetAnswer};
use crate::i18n::{self, Lang};
use crate::rubric::{Category, Education, Rubric, Salary, Years};
use crate::text::terminal_safe as safe;
use crate::tr;

/// The question after `asked`, once it is answered. `reviewing`: the review has been
/// reached, and every question returns to it (or to what is still unanswered).
pub fn after(rubric: &Rubric, answers: &Answers, asked: Step, reviewing: bool) -> Step {
    match asked {
        Step::Skill(s) if answers.evidence_pending == Some(s) => Step::Evidence(s),
        _ if reviewing => answers.first_open(rubric),
        Step::Target => Step::Years,
        Step::Years => Step::Education,
        Step::Education => Step::Certifications,
        Step::Certifications => next_skill(rubric, answers, None),
        Step::Skill(s) | Step::Evidence(s) => next_skill(rubric, answers, Some(s)),
        Step::Review => Step::Review,
    }
}

/// The question before `asked` ("back"); `None` when there is none and going back stops.
pub fn before(rubric: &Rubric, answers: &Answers, asked: Step, reviewing: bool) -> Option<Step> {
    Some(match asked {
        Step::Evidence(s) => Step::Skill(s),
        _ if reviewing => Step::Review,
        Step::Target => return None,
        Step::Years if answers.target_fixed => return None,
        Step::Years => Step::Target,
        Step::Education => Step::Years,
        Step::Certifications => Step::Education,
        Step::Skill(s) => previous_step(rubric, answers, s),
        Step::Review => previous_step(rubric, answers, rubric.skills.len()),
    })
}

/// The first skill asked after `after` (from the first with `None`), or the review.
pub fn next_skill(rubric: &Rubric, answers: &Answers, after: Option<usize>) -> Step {
    let start = after.map_or(0, |s| s + 1);
    (start..rubric.skills.len())
        .find(|&s| answers.asks(rubric, s))
        .map_or(Step::Review, Step::Skill)
}

/// The last skill asked before `skill`, or the certifications question.
pub fn previous_step(rubric: &Rubric, answers: &Answers, skill: usize) -> Step {
    (0..skill)
        .rev()
        .find(|&s| answers.asks(rubric, s))
        .map_or(Step::Certifications, Step::Skill)
}

/// The skills asked, in order.
pub fn asked_skills(rubric: &Rubric, answers: &Answers) -> Vec<usize> {
    (0..rubric.skills.len())
        .filter(|&s| answers.asks(rubric, s))
        .collect()
}

/// The target question's choices: "not sure", then every level with its years and pay.
pub fn target_choices(rubric: &Rubric, lang: Lang) -> Vec<String> {
    let mut items = vec![tr!(lang, "ask-target-unsure")];
    items.extend(rubric.levels.iter().map(|l| {
        let title = safe(&l.title).into_owned();
        let years = years_band(l.years, lang);
        match &l.salary {
            Some(pay) => tr!(
                lang,
                "ask-target-level-paid",
                level = title,
                years = years,
                pay = median_text(pay, lang)
            ),
            None => tr!(lang, "ask-target-level", level = title, years = years),
        }
    }));
    items
}

/// A level's usual years: "2-4 years", "15+ years".
pub fn years_band(years: Years, lang: Lang) -> String {
    match years.max {
        Some(max) => tr!(lang, "ask-years-band", min = years.min, max = max),
        None => tr!(lang, "ask-years-open", min = years.min),
    }
}

/// A level's median pay: "USD 55,000 median".
fn median_text(pay: &Salary, lang: Lang) -> String {
    tr!(
        lang,
        "ask-median-pay",
        currency = safe(&pay.currency).into_owned(),
        amount = i18n::number(lang, f64::from(pay.median), 0)
    )
}

/// The choice of [`target_choices`] the answers hold.
pub fn target_choice(answers: &Answers) -> usize {
    match answers.target {
        TargetAnswer::Level(l) => l + 1,
        _ => 0,
    }
}

/// Records choice `choice` of [`target_choices`].
pub fn set_target(answers: &mut Answers, choice: usize) {
    answers.target = match choice {
        0 => TargetAnswer::Unsure,
        c => TargetAnswer::Level(c - 1),
    };
}

/// The education question's choices: "skip", then every level of education.
pub fn education_choices(lang: Lang) -> Vec<String> {
    let mut items = vec![tr!(lang, "ask-education-skip")];
    items.extend(Education::ALL.iter().map(|&e| education_label(e, lang)));
    items
}

/// A level of education as the question offers it: "High-school diploma or GED".
pub fn education_label(education: Education, lang: Lang) -> String {
    match education {
        Education::None => tr!(lang, "ask-education-none"),
        Education::Secondary => tr!(lang, "ask-education-secondary"),
        Education::Associate => tr!(lang, "ask-education-associate"),
        Education::Bachelor => tr!(lang, "ask-education-bachelor"),
        Education::Master => tr!(lang, "ask-education-master"),
    }
}

/// The choice of [`education_choices`] the answers hold.
pub fn education_choice(answers: &Answers) -> usize {
    match answers.education {
        EducationAnswer::Known(e) => 1 + Education::ALL.iter().position(|&x| x == e).unwrap_or(0),
        _ => 0,
    }
}

/// Records choice `choice` of [`education_choices`].
pub fn set_education(answers: &mut Answers, choice: usize) {
    answers.education = match choice {
        0 => EducationAnswer::Skipped,
        c => EducationAnswer::Known(Education::ALL[(c - 1).min(Education::ALL.len() - 1)]),
    };
}

/// The certifications question's choices: the rubric's certifications by name.
pub fn certification_choices(rubric: &Rubric) -> Vec<String> {
    rubric
        .certifications
        .iter()
        .map(|c| safe(&c.name).into_owned())
        .collect()
}

/// Records the certifications held (indexes of [`certification_choices`]).
pub fn set_certifications(answers: &mut Answers, mut chosen: Vec<usize>) {
    chosen.sort_unstable();
    chosen.dedup();
    answers.certifications = Some(chosen);
}

/// Records the rating of skill `s`. A rating that calls for evidence leaves the evidence
/// question pending, so that it is asked next (or on resume, after an interruption); a
/// lower one clears any evidence given before.
pub fn set_rating(answers: &mut Answers, s: usize, rating: u8) {
    answers.ratings[s] = Some(rating);
    if rating >= EVIDENCE_FROM {
        answers.evidence_pending = Some(s);
    } else {
        answers.evidence[s] = None;
        answers.evidence_pending = None;
    }
}

/// Records the evidence for skill `s`: empty text or "-" clears it.
pub fn set_evidence(answers: &mut Answers, s: usize, text: &str) {
    let text = text.trim();
    answers.evidence[s] = (!text.is_empty() && text != "-").then(|| text.to_string());
    answers.evidence_pending = None;
}

/// Where a skill's question stands: its group's heading, its place among the skills asked
/// (`asks`) in that group, and that group's size.
pub fn skill_place(
    rubric: &Rubric,
    s: usize,
    asks: &dyn Fn(usize) -> bool,
    lang: Lang,
) -> (String, usize, usize) {
    let skill = &rubric.skills[s];
    let group: Vec<usize> = (0..rubric.skills.len())
        .filter(|&i| rubric.skills[i].category == skill.category && asks(i))
        .collect();
    let heading = match skill.category {
        Category::Technical => tr!(lang, "ask-group-technical"),
        Category::Soft => tr!(lang, "ask-group-soft"),
        Category::Leadership => tr!(lang, "ask-group-leadership"),
    };
    let position = group.iter().position(|&i| i == s).unwrap_or(0) + 1;
    (heading, position, group.len())
}

/// One choice per point of the scale for skill `s`: the point's label and the skill's
/// anchor for it (what a person at that point does).
pub fn rating_choices(rubric: &Rubric, s: usize) -> Vec<(String, String)> {
    rubric.skills[s]
        .anchors
        .iter()
        .enumerate()
        .map(|(v, anchor)| {
            (
                safe(rubric.scale_label(v as u8)).into_owned(),
                safe(anchor).into_owned(),
            )
        })
        .collect()
}

/// A rating as the review lists it: "2 Working", or "not answered".
pub fn rating_text(rubric: &Rubric, answers: &Answers, s: usize, lang: Lang) -> String {
    match answers.ratings[s] {
        Some(r) => format!("{r} {}", safe(rubric.scale_label(r))),
        None => tr!(lang, "ask-not-answered"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quick_answers_skip_the_skills_not_asked_both_ways() {
        let rubric = Rubric::builtin();
        let mut answers = Answers::new(&rubric, true);
        answers.target = TargetAnswer::Level(3);
        let asked = asked_skills(&rubric, &answers);
        assert!(asked.len() < rubric.skills.len());
        // Forward from the certifications, through every asked skill, to the review.
        let mut step = after(&rubric, &answers, Step::Certifications, false);
        let mut seen = Vec::new();
        while let Step::Skill(s) = step {
            seen.push(s);
            step = after(&rubric, &answers, Step::Skill(s), false);
        }
        assert_eq!(seen, asked);
        assert_eq!(step, Step::Review);
        // And back again, to the certifications.
        let mut back = Vec::new();
        let mut step = before(&rubric, &answers, Step::Review, false).unwrap();
        while let Step::Skill(s) = step {
            back.push(s);
            step = before(&rubric, &answers, Step::Skill(s), false).unwrap();
        }
        back.reverse();
        assert_eq!(back, asked);
        assert_eq!(step, Step::Certifications);
    }

    #[test]
    fn a_rating_of_two_or_more_asks_for_evidence_and_a_lower_one_clears_it() {
        let rubric = Rubric::builtin();
        let mut answers = Answers::new(&rubric, false);
        set_rating(&mut answers, 4, EVIDENCE_FROM);
        assert_eq!(
            after(&rubric, &answers, Step::Skill(4), false),
            Step::Evidence(4)
        );
        set_evidence(&mut answers, 4, "  ran the line  ");
        assert_eq!(answers.evidence[4].as_deref(), Some("ran the line"));
        assert_eq!(
            after(&rubric, &answers, Step::Skill(4), false),
            Step::Skill(5)
        );
        set_rating(&mut answers, 4, EVIDENCE_FROM - 1);
        assert_eq!(answers.evidence[4], None);
        set_evidence(&mut answers, 4, "-");
        assert_eq!(answers.evidence[4], None);
    }

    #[test]
    fn choices_and_answers_agree() {
        let rubric = Rubric::builtin();
        let mut answers = Answers::new(&rubric, false);
        for c in 0..target_choices(&rubric, Lang::En).len() {
            set_target(&mut answers, c);
            assert_eq!(target_choice(&answers), c);
        }
        for c in 0..education_choices(Lang::En).len() {
            set_education(&mut answers, c);
            assert_eq!(education_choice(&answers), c);
        }
        set_certifications(&mut answers, vec![2, 0, 2]);
        assert_eq!(answers.certifications, Some(vec![0, 2]));
    }
}
