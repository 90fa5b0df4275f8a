//! Tests of the interview, driven by a scripted prompter.

use super::*;
use crate::draft::Draft;
use crate::i18n::Lang;
use crate::profile::Profile;
use crate::rubric::Education;
use std::collections::VecDeque;
use std::path::PathBuf;

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
    /// Every question ("ask: ...") and note ("note: ..."), in the order they came.
    pub(crate) log: Vec<String>,
}

impl Script {
    pub(crate) fn new(replies: Vec<Reply>) -> Script {
        Script {
            replies: replies.into(),
            asked: Vec::new(),
            notes: Vec::new(),
            defaults: Vec::new(),
            lists: Vec::new(),
            log: Vec::new(),
        }
    }
    fn next(&mut self, prompt: &str) -> Reply {
        self.asked.push(prompt.to_string());
        self.log.push(format!("ask: {prompt}"));
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
        self.log.push(format!("note: {text}"));
    }
    fn select(&mut self, prompt: &str, items: &[String], default: usize) -> Result<usize, Halt> {
        self.defaults.push(format!("{prompt} => {default}"));
        self.lists.push(items.to_vec());
        self.log.push(format!("list: {}", items.join(" | ")));
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
const FIRST_SKILL_ROW: usize = 5;

#[test]
fn full_interview_produces_the_profile_of_the_answers() {
    let r = Rubric::builtin();
    let mut replies = vec![
        Select(3),
        Text("3.5"),
        Select(0),
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
    // Saved after the target, years, education, certifications, each skill, and each
    // evidence answer (ratings of 2 or more).
    let n = r.skills.len();
    assert_eq!(saved.len(), 4 + n + (0..n).filter(|s| s % 5 >= 2).count());
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
        Select(0),
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
    let mut replies = vec![Select(0), Text("1"), Select(0), Multi(vec![])];
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
        Select(0),
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
        Back, // education: back to the years, which default to 4
        Text(""),
        Select(4), // a four-year degree
        Back,      // certifications: back to the education, which defaults to it
        Select(4),
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
    assert_eq!(a.education, EducationAnswer::Known(Education::Bachelor));
    assert!(
        script
            .defaults
            .iter()
            .filter(|d| d.starts_with("What is the highest education"))
            .any(|d| d.ends_with("=> 4"))
    );
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
    let mut replies = vec![Select(2), Text("2"), Select(0), Multi(vec![lss])];
    replies.extend(rate_all(&r, |_| 1));
    replies.push(Select(FIRST_SKILL_ROW + 1)); // change the second skill
    replies.push(Select(4));
    replies.push(Text("ISO 9001 audits"));
    replies.push(Select(0)); // confirm
    let (result, script, _) = run(&r, replies, Answers::new(&r, false));
    let a = result.unwrap();
    assert_eq!(a.ratings[1], Some(4));
    assert_eq!(a.evidence[1].as_deref(), Some("ISO 9001 audits"));
    let reviews: Vec<&Vec<String>> = script
        .lists
        .iter()
        .filter(|l| l[0] == confirm_item(Lang::En))
        .collect();
    assert_eq!(reviews.len(), 2);
    let first = reviews[0];
    // One row per answer: confirm, target, years, education, certifications, every skill.
    assert_eq!(first.len(), FIRST_SKILL_ROW + r.skills.len());
    assert_eq!(first[1], "Target level: Production Specialist");
    assert_eq!(first[3], "Education: not given");
    assert!(
        first[4].contains(&r.certifications[lss].name),
        "certifications by name: {}",
        first[4]
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
    let mut replies = vec![Select(1), Text("2"), Select(0), Multi(vec![])];
    replies.extend(rate_all(&r, |_| 1));
    replies.push(Select(4));
    replies.push(Back); // the back item of the certification list
    replies.push(Select(4));
    replies.push(Multi(vec![2]));
    replies.push(Select(0));
    let (result, _, _) = run(&r, replies, Answers::new(&r, false));
    assert_eq!(result.unwrap().certifications, Some(vec![2]));
}

/// The skills `--quick` asks, by the rule: the level's defining skills, and what is of the
/// top importance.
fn expected_quick(r: &Rubric, level: usize) -> Vec<usize> {
    (0..r.skills.len())
        .filter(|&s| {
            r.levels[level].defining_skills.contains(&r.skills[s].id) || r.skills[s].importance >= 5
        })
        .collect()
}

#[test]
fn quick_asks_the_defining_and_top_importance_skills_of_every_target() {
    for id in ["production-specialist", "media-production-specialist"] {
        let r = crate::catalog::Catalog::default().load_id(id).unwrap();
        for level in 0..r.levels.len() {
            let expected = expected_quick(&r, level);
            assert!(!expected.is_empty());
            let mut replies = vec![Select(level + 1), Text("5"), Select(0), Multi(vec![])];
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
    let mut replies = vec![Select(4), Text("8"), Select(0), Multi(vec![])];
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
    let mut all = vec![Select(4), Text("8"), Select(0), Multi(vec![])];
    all.extend(rate_all(&r, |_| 1));
    all.push(Select(0));
    let (straight, _, _) = run(&r, all, Answers::new(&r, false));
    assert_eq!(resumed, straight.unwrap());
}

#[test]
fn evidence_left_at_an_interruption_is_asked_first_on_resume() {
    let r = Rubric::builtin();
    let replies = vec![
        Select(0),
        Text("1"),
        Select(0),
        Multi(vec![]),
        Select(3),
        Interrupt,
    ];
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
    p.education = Some(Education::Secondary);
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
    assert_eq!(a.first_open(&r), Step::Education);
    a.education = EducationAnswer::Skipped;
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
    let mut replies = vec![Select(0), Text("1"), Select(0), Multi(vec![])];
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

/// The example profile with a supervisor's review, given a group and a dated certificate:
/// everything the questionnaire does not ask about.
pub(crate) fn reviewed_profile_with_group_and_days(r: &Rubric) -> (String, Profile) {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/profiles/specialist-with-supervisor-review.json"
    );
    let mut doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    doc["group"] = "Line 2 / nights".into();
    doc["education"] = "secondary".into();
    doc["certifications"] = serde_json::json!([
        "osha-10",
        { "id": "lean-certificate", "earned": "2025-03-01", "expires": "2028-03-01" }
    ]);
    let text = doc.to_string();
    let p = crate::profile::parse(
        &text,
        &crate::input::Origin::Stdin,
        r,
        crate::profile::Strictness::default(),
    )
    .unwrap();
    assert!(!p.reviews().is_empty() && p.group.is_some() && p.evidence.iter().any(Option::is_some));
    (text, p)
}

#[test]
fn an_update_keeps_what_the_questionnaire_does_not_ask() {
    let r = Rubric::builtin();
    let (_, p) = reviewed_profile_with_group_and_days(&r);
    for quick in [false, true] {
        let mut start = Answers::from_profile(&r, &p, quick);
        start.update = Some(PathBuf::from("jordan.json"));
        if quick {
            assert!(!start.not_asked(&r).is_empty(), "--quick leaves skills out");
            // Told that they keep their ratings, not that they count as 0.
            let notes = quick_notes(&r, &start, Lang::En);
            assert_eq!(notes.len(), 1, "{notes:?}");
            assert!(
                notes[0].contains("kept from the profile being updated"),
                "{notes:?}"
            );
        }
        // Unchanged: the profile written back is the profile read, reviews, group,
        // certificate days and the skills --quick does not ask included.
        let (result, _, _) = run(&r, vec![Select(0)], start.clone());
        assert_eq!(result.unwrap().to_profile(&r), p, "quick: {quick}");
    }
    // Without a profile to update, --quick leaves the skills it does not ask unrated.
    let mut fresh = Answers::from_profile(&r, &p, true);
    fresh.kept = None;
    let not_asked = fresh.not_asked(&r);
    let made = fresh.to_profile(&r);
    assert!(
        not_asked
            .iter()
            .all(|&s| made.ratings[s].is_none() && !made.asked(s))
    );
    assert_eq!(made.skills_not_asked(), not_asked);
    let notes = quick_notes(&r, &fresh, Lang::En);
    assert!(
        notes.len() == 1 && notes[0].contains("left out of the scores"),
        "{notes:?}"
    );
    assert!(made.reviews().is_empty() && made.group.is_none());
}

/// Every word shown to the person in a scripted run: questions, notes and every list item.
fn everything_shown(script: &Script) -> String {
    let mut all = script.log.join("\n");
    for list in &script.lists {
        all.push('\n');
        all.push_str(&list.join("\n"));
    }
    all
}

/// The same keys, through the questionnaire in English and in Spanish.
fn keys_for_both_languages(r: &Rubric) -> Vec<Reply> {
    let mut replies = vec![
        Select(3),
        Text("3,5"),
        Select(3),
        Multi(vec![r.cert_index("osha-10").unwrap()]),
    ];
    replies.extend(rate_all(r, |s| s % 5));
    replies.push(Select(0));
    replies
}

#[test]
fn a_spanish_questionnaire_asks_in_spanish_and_records_the_same_answers() {
    let r = Rubric::builtin();
    let words = r.in_lang(Lang::Es);
    let (english, _, _) = run(&r, keys_for_both_languages(&r), Answers::new(&r, false));
    let mut start = Answers::new(&r, false);
    start.lang = Some(Lang::Es);
    let (spanish, script, _) = run(&words, keys_for_both_languages(&r), start);
    let (english, spanish) = (english.unwrap(), spanish.unwrap());

    // The same ratings, evidence, target and certifications, by the English rubric's ids;
    // only the language differs, and the profile says it.
    let mut p = spanish.to_profile(&r);
    assert_eq!(p.lang, Some(Lang::Es));
    assert_eq!(english.to_profile(&r).lang, None);
    p.lang = None;
    assert_eq!(p, english.to_profile(&r));
    let doc = serde_json::to_value(spanish.to_profile(&r).to_doc(&r)).unwrap();
    assert_eq!(doc["lang"], "es");
    assert_eq!(doc["target_level"], "senior");
    assert_eq!(doc["years_experience"], 3.5);

    // The opening questions' choices and the review, as the person reads them.
    let review = script.lists.last().unwrap();
    let opening = [&script.lists[0], &script.lists[1], review];
    let screens: Vec<String> = opening.iter().map(|l| l.join("\n")).collect();
    insta::assert_snapshot!("questionnaire_es", screens.join("\n\n"));

    let shown = everything_shown(&script);
    let quality = &words.skills[r.skill_index("quality-control").unwrap()].name;
    for spanish_words in [
        "¿A qué nivel quiere llegar?",
        "No estoy seguro: sugiérame uno",
        "Especialista de producción sénior (4 a 7 años, salario mediano USD 68.000)",
        "¿Cuántos años ha trabajado en producción? (0 si aún ninguno)",
        "¿Cuál es el nivel de estudios más alto que ha terminado?",
        "Saltar esta pregunta",
        "Carrera técnica o certificado técnico (1 a 2 años)",
        "¿Cuáles de estas ya tiene?",
        &format!("Habilidades técnicas · 2 de 12 · {quality}"),
        "Habilidades interpersonales · 8 de 8",
        "¿Cuál describe lo que hace hoy?",
        "← volver a la pregunta anterior",
        "¿Qué ha hecho que lo demuestre? (opcional, Enter para saltar)",
        "Sus respuestas. Elija una para cambiarla, o confirme.",
        "Confirmar y ver el reporte",
        "Nivel objetivo: Especialista de producción sénior",
        "Años en producción: 3,5",
        "Estudios: Carrera técnica o certificado técnico (1 a 2 años)",
        "Confirme, o elija una respuesta para cambiarla",
    ] {
        assert!(
            shown.contains(spanish_words),
            "{spanish_words:?} in:\n{shown}"
        );
    }
    for english_words in [
        "Which",
        "What ",
        "How many",
        "Not sure",
        "Skip this question",
        "Technical skills",
        "Soft skills",
        " of 12 ",
        "back to the previous",
        "Your answers",
        "Confirm and",
        "Confirm, or",
        "Target level",
        "Years in production",
        "Education:",
        "Certifications:",
        " years",
        " median)",
        "Production Specialist",
        "Working",
    ] {
        assert!(
            !shown.contains(english_words),
            "{english_words:?} in:\n{shown}"
        );
    }
}

#[test]
fn a_spanish_draft_resumes_in_spanish() {
    let r = Rubric::builtin();
    let words = r.in_lang(Lang::Es);
    let mut start = Answers::new(&r, false);
    start.lang = Some(Lang::Es);
    let mut replies = vec![Select(1), Text("1"), Select(0), Multi(vec![]), Select(2)];
    replies.push(Interrupt);
    let (result, _, saved) = run(&words, replies, start);
    assert_eq!(result, Err(Interrupted));
    let json = serde_json::to_string(&Draft::from_answers(&r, saved.last().unwrap())).unwrap();
    let restored = serde_json::from_str::<Draft>(&json)
        .unwrap()
        .to_answers(&r)
        .unwrap();
    assert_eq!(
        restored.lang,
        Some(Lang::Es),
        "the draft keeps the language"
    );

    // Resumed at the evidence question of the first skill, in Spanish.
    let mut rest = vec![Text("")];
    rest.extend(rate_all(&r, |_| 1).into_iter().skip(1));
    rest.push(Select(0));
    let (result, script, _) = run(&words, rest, restored);
    assert_eq!(result.unwrap().ratings[0], Some(2));
    let first_skill = &words.skills[0].name;
    assert_eq!(
        script.notes[0],
        format!("\n{first_skill} · usted eligió 2 Funcional")
    );
    assert!(script.asked[0].starts_with("¿Qué ha hecho que lo demuestre?"));
    assert_eq!(script.asked[1], "¿Cuál describe lo que hace hoy?");
    let shown = everything_shown(&script);
    assert!(!shown.contains("you chose"), "{shown}");
    assert!(!shown.contains("Which describes"), "{shown}");
}

#[test]
fn years_are_read_and_shown_as_each_language_writes_them() {
    assert_eq!(parse_years(Lang::Es, "1,5"), Ok(1.5));
    assert_eq!(parse_years(Lang::En, "1.5"), Ok(1.5));
    let es = parse_years(Lang::Es, "mucho").unwrap_err();
    assert_eq!(es, "escriba un número de años de 0 a 60, como 3 o 1,5");
    let en = parse_years(Lang::En, "lots").unwrap_err();
    assert_eq!(en, "enter a number of years from 0 to 60, such as 3 or 1.5");
    assert_eq!(years_text(Lang::Es, 2.5), "2,5");
    assert_eq!(years_text(Lang::En, 2.5), "2.5");
}
