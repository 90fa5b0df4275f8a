//! Reviews: a supervisor's, trainer's, assessor's or peer's rating of a person on the same
//! anchored scale as the self-ratings, and how several reviews of one skill become one
//! review rating.
//!
//! A review file ([`ReviewDoc`]) is a document of its own (`skillgap schema review`), read
//! as strictly as a profile; the same object may be embedded in a profile's `reviews`. A
//! reviewer's `null` means "had no chance to observe": it is not a rating, not even 0.
//!
//! Several reviews of one skill: a supervisor's, trainer's or assessor's rating outranks a
//! peer's (when any of them rated the skill, the peers' ratings of it are set aside), and
//! the review rating is the median of the ratings left, rounded down.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::fields::{
    Evidence, RatingValue, RatingsDoc, add_field_suggestion, key_path, read_ratings,
};
use crate::date::Date;
use crate::input::{Origin, SyntaxError};
use crate::rubric::{Problem, ProblemList, Rubric};
use crate::suggest::did_you_mean;
use crate::text::terminal_safe;

/// Who wrote a review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// The person's supervisor.
    Supervisor,
    /// A trainer who has seen the person work.
    Trainer,
    /// A colleague at the same level.
    Peer,
    /// An assessor (an auditor, an external examiner).
    Assessor,
}

impl Role {
    /// Every role, in the order the questionnaire offers them.
    pub const ALL: [Role; 4] = [Role::Supervisor, Role::Trainer, Role::Assessor, Role::Peer];

    /// Its name in files and reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Supervisor => "supervisor",
            Role::Trainer => "trainer",
            Role::Peer => "peer",
            Role::Assessor => "assessor",
        }
    }

    /// A supervisor's, trainer's or assessor's rating outranks a peer's.
    pub fn outranks_peers(self) -> bool {
        self != Role::Peer
    }

    /// The role a file names.
    pub fn named(name: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == name)
    }
}

/// Which rating each skill is scored on (`--ratings`).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Basis {
    /// The person's own rating; reviews are shown but not used.
    #[serde(rename = "self")]
    Own,
    /// The review rating where at least one review rates the skill, else the person's own.
    #[default]
    Reviewed,
    /// The lower of the two where both exist, else the one there is.
    Lower,
}

impl Basis {
    /// Its name for `--ratings` and in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Basis::Own => "self",
            Basis::Reviewed => "reviewed",
            Basis::Lower => "lower",
        }
    }

    /// The rating scored, from the person's own and the review rating.
    #[inline]
    pub fn pick(self, own: Option<u8>, review: Option<u8>) -> Option<u8> {
        match (self, own, review) {
            (Basis::Own, own, _) => own,
            (Basis::Reviewed, own, review) => review.or(own),
            (Basis::Lower, Some(a), Some(b)) => Some(a.min(b)),
            (Basis::Lower, own, review) => review.or(own),
        }
    }

    /// What the basis means, in a sentence's words.
    pub fn describe(self) -> &'static str {
        match self {
            Basis::Own => "your own ratings (reviews are shown but not used)",
            Basis::Reviewed => "the reviewers' rating where there is one, else your own",
            Basis::Lower => "the lower of your rating and the reviewers' where both exist",
        }
    }
}

/// A review checked against a rubric.
#[derive(Debug, Clone, PartialEq)]
pub struct Review {
    /// The person reviewed, as the review names them.
    pub person: String,
    /// Who wrote it.
    pub reviewer: String,
    /// In what role.
    pub role: Role,
    /// When.
    pub date: Date,
    /// Per skill in rubric order: the rating, `None` for "had no chance to observe" (or left
    /// out).
    pub ratings: Vec<Option<u8>>,
    /// Notes per skill (index, text), in rubric order.
    pub notes: Vec<(usize, String)>,
    /// The `$schema` its file gave, written back with it.
    pub schema: Option<String>,
}

impl Review {
    /// How many skills it rates.
    pub fn rated(&self) -> usize {
        self.ratings.iter().filter(|r| r.is_some()).count()
    }

    /// The note on a skill, if any.
    pub fn note(&self, skill: usize) -> Option<&str> {
        self.notes
            .iter()
            .find(|(s, _)| *s == skill)
            .map(|(_, n)| n.as_str())
    }

    /// Turns the review back into a file that [`ReviewDoc::validate`] accepts unchanged.
    pub fn to_doc(&self, rubric: &Rubric) -> ReviewDoc<'static> {
        ReviewDoc {
            schema: self.schema.clone(),
            rubric: Some(rubric.id.clone()),
            person: Cow::Owned(self.person.clone()),
            reviewer: Cow::Owned(self.reviewer.clone()),
            role: Cow::Borrowed(self.role.as_str()),
            date: Cow::Owned(self.date.to_string()),
            ratings: RatingsDoc(
                rubric
                    .skills
                    .iter()
                    .zip(&self.ratings)
                    .map(|(s, r)| {
                        (
                            Cow::Owned(s.id.clone()),
                            r.map_or(RatingValue::Null, |r| RatingValue::Whole(u64::from(r))),
                        )
                    })
                    .collect(),
            ),
            notes: Evidence(
                self.notes
                    .iter()
                    .map(|(s, n)| (rubric.skills[*s].id.clone(), n.clone()))
                    .collect(),
            ),
        }
    }
}

/// Whether two names are the same person's: the same words, ignoring case and spacing.
pub fn same_person(a: &str, b: &str) -> bool {
    person_key(a) == person_key(b)
}

/// The key a name is matched by: its words, lower case, one space apart.
fn person_key(name: &str) -> String {
    name.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Review files matched to people by name, for a team: every member whose name is the
/// person a review names gets it. Which reviews found nobody is kept, to say so.
#[derive(Debug, Default)]
pub struct ReviewBook {
    by_person: std::collections::HashMap<String, (Vec<Review>, std::sync::atomic::AtomicBool)>,
}

impl ReviewBook {
    /// The reviews, filed by the person they name.
    pub fn new(reviews: impl IntoIterator<Item = Review>) -> ReviewBook {
        let mut book = ReviewBook::default();
        for r in reviews {
            book.by_person
                .entry(person_key(&r.person))
                .or_default()
                .0
                .push(r);
        }
        book
    }

    /// True when there are no reviews: members are then not looked up at all.
    pub fn is_empty(&self) -> bool {
        self.by_person.is_empty()
    }

    /// The reviews of the person with this name, marked as matched.
    pub fn of(&self, name: &str) -> Option<&[Review]> {
        let (reviews, matched) = self.by_person.get(&person_key(name))?;
        matched.store(true, std::sync::atomic::Ordering::Relaxed);
        Some(reviews)
    }

    /// The names of people reviewed whom no member matched, sorted.
    pub fn unmatched(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self
            .by_person
            .values()
            .filter(|(_, m)| !m.load(std::sync::atomic::Ordering::Relaxed))
            .map(|(r, _)| r[0].person.as_str())
            .collect();
        names.sort_unstable();
        names
    }
}

/// The median of `values`, rounded down; `None` when there are none. Sorts `values`.
pub fn median_down(values: &mut [u8]) -> Option<u8> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    let n = values.len();
    Some(if n % 2 == 1 {
        values[n / 2]
    } else {
        // Both halves are at most 4 apart on any scale skillgap reads: no overflow in u16.
        ((u16::from(values[n / 2 - 1]) + u16::from(values[n / 2])) / 2) as u8
    })
}

/// What is wrong with a review's day: after the day of the assessment (`as_of`), or more than
/// a year after `today` (a mistyped year, which would make a review that never goes stale).
pub fn date_problem(date: Date, as_of: Date, today: Date) -> Option<String> {
    let year_ahead = today.add_years(1);
    if date > as_of {
        Some(format!(
            "is {date}, after the day of the assessment ({as_of}); a review cannot come later than the day it is judged by: check its year, or give --as-of"
        ))
    } else if date > year_ahead {
        Some(format!(
            "is {date}, more than a year after today ({today}); check its year"
        ))
    } else {
        None
    }
}

/// One reviewer, one vote: of the reviews the same reviewer wrote in the same role of the
/// same person (names matched as [`same_person`] matches them), only the latest counts; of two
/// on the same day, the one given last (files after the reviews embedded in a profile, in the
/// order given). Returns the reviews that count, in the order given, and those set aside.
pub fn one_vote(reviews: Vec<Review>) -> (Vec<Review>, Vec<Review>) {
    if reviews.len() < 2 {
        return (reviews, Vec::new());
    }
    let key = |r: &Review| (person_key(&r.reviewer), r.role, person_key(&r.person));
    let keys: Vec<_> = reviews.iter().map(key).collect();
    // A review counts unless a later one in the list, or a later-dated one, has its key.
    let counts: Vec<bool> = (0..reviews.len())
        .map(|i| {
            !(0..reviews.len()).any(|j| {
                j != i
                    && keys[j] == keys[i]
                    && (reviews[j].date > reviews[i].date
                        || (reviews[j].date == reviews[i].date && j > i))
            })
        })
        .collect();
    let (mut kept, mut aside) = (Vec::new(), Vec::new());
    for (review, counts) in reviews.into_iter().zip(counts) {
        if counts {
            kept.push(review);
        } else {
            aside.push(review);
        }
    }
    (kept, aside)
}

/// The review rating of every skill, in rubric order: the median (rounded down) of the
/// ratings given, counting only supervisors', trainers' and assessors' where any of them
/// rated the skill. Empty when there are no reviews, so that a profile without reviews
/// costs nothing.
pub fn combine(reviews: &[Review], skills: usize) -> Vec<Option<u8>> {
    match reviews {
        [] => Vec::new(),
        [one] => one.ratings.clone(),
        many => {
            let mut values = Vec::with_capacity(many.len());
            (0..skills)
                .map(|s| {
                    let senior = many
                        .iter()
                        .any(|r| r.role.outranks_peers() && r.ratings[s].is_some());
                    values.clear();
                    values.extend(
                        many.iter()
                            .filter(|r| !senior || r.role.outranks_peers())
                            .filter_map(|r| r.ratings[s]),
                    );
                    median_down(&mut values)
                })
                .collect()
        }
    }
}

/// A review exactly as written, in a file of its own or in a profile's `reviews`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Review")]
pub struct ReviewDoc<'a> {
    /// Optional JSON Schema reference, for editors.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Id of the rubric the ratings are for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rubric: Option<String>,
    /// The person reviewed: the `name` of their profile.
    #[serde(borrow)]
    pub person: Cow<'a, str>,
    /// Who wrote the review.
    #[serde(borrow)]
    pub reviewer: Cow<'a, str>,
    /// The reviewer's role: supervisor, trainer, assessor or peer. A supervisor's,
    /// trainer's or assessor's rating outranks a peer's.
    #[serde(borrow)]
    #[schemars(extend("enum" = ["supervisor", "trainer", "assessor", "peer"]))]
    pub role: Cow<'a, str>,
    /// The day of the review, as YYYY-MM-DD.
    #[serde(borrow)]
    #[schemars(extend("format" = "date", "pattern" = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub date: Cow<'a, str>,
    /// Rating per skill id on the rubric's scale, or null for "had no chance to observe"
    /// (not a rating: never counted as 0).
    #[serde(borrow)]
    pub ratings: RatingsDoc<'a>,
    /// The reviewer's notes, per skill id.
    #[serde(default, skip_serializing_if = "Evidence::is_empty")]
    pub notes: Evidence,
}

/// Why a review file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ReviewError {
    /// The text is not valid JSON, or a value has the wrong type.
    #[error("review {0}")]
    Syntax(SyntaxError),
    /// The JSON is well formed but does not fit the rubric or the profile.
    #[error("review {origin} has {} problem{}:{}", problems.len(), if problems.len() == 1 { "" } else { "s" }, ProblemList(problems))]
    Invalid {
        /// Where the review came from.
        origin: Origin,
        /// Every problem found.
        problems: Vec<Problem>,
    },
}

/// `prefix.field`, or `field` at the top of a file.
fn at(prefix: &str, field: &str) -> String {
    if prefix.is_empty() {
        field.to_string()
    } else {
        format!("{prefix}.{field}")
    }
}

impl<'a> ReviewDoc<'a> {
    /// Parses a review file's text.
    pub fn from_json(text: &'a str, origin: &Origin) -> Result<ReviewDoc<'a>, ReviewError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        crate::input::expect_object(text, origin, "a review").map_err(ReviewError::Syntax)?;
        serde_json::from_str(text).map_err(|e| {
            let mut err = SyntaxError::from_serde(origin, &e);
            err.message = err
                .message
                .replace("struct ReviewDoc", "a review (a JSON object)");
            add_field_suggestion(&mut err);
            ReviewError::Syntax(err)
        })
    }

    /// Checks a review file against a rubric, listing every problem found.
    pub fn validate(&self, rubric: &Rubric, origin: &Origin) -> Result<Review, ReviewError> {
        let mut problems = Vec::new();
        match self.check(rubric, "", &mut problems) {
            Some(review) if problems.is_empty() => Ok(review),
            _ => Err(ReviewError::Invalid {
                origin: origin.clone(),
                problems,
            }),
        }
    }

    /// Checks the review, adding its problems (with `prefix` before every JSON path, such as
    /// `reviews[0]`) to `problems`; the review when it has none.
    pub fn check(
        &self,
        rubric: &Rubric,
        prefix: &str,
        problems: &mut Vec<Problem>,
    ) -> Option<Review> {
        let before = problems.len();
        if let Some(id) = &self.rubric
            && id != &rubric.id
        {
            problems.push(Problem {
                path: at(prefix, "rubric"),
                message: format!(
                    "the review is for rubric \"{}\" but the rubric in use is \"{}\"; a review is read with the rubric of the profile it reviews",
                    terminal_safe(id),
                    rubric.id
                ),
            });
        }
        for (field, value, what) in [
            (
                "person",
                &self.person,
                "the name of the person reviewed, as in their profile",
            ),
            ("reviewer", &self.reviewer, "the reviewer's name"),
        ] {
            if value.trim().is_empty() {
                problems.push(Problem {
                    path: at(prefix, field),
                    message: format!("is empty; write {what}"),
                });
            }
        }
        let role = Role::named(&self.role);
        if role.is_none() {
            let names = Role::ALL.map(Role::as_str);
            problems.push(Problem {
                path: at(prefix, "role"),
                message: format!(
                    "\"{}\" is not a role{}; use one of {}",
                    terminal_safe(&self.role),
                    did_you_mean(&self.role.to_lowercase(), names),
                    names.join(", ")
                ),
            });
        }
        let date = Date::parse_explained(&self.date)
            .map_err(|message| {
                problems.push(Problem {
                    path: at(prefix, "date"),
                    message,
                })
            })
            .ok();
        let mut ratings = vec![None; rubric.skills.len()];
        read_ratings(
            &self.ratings,
            rubric,
            &at(prefix, "ratings"),
            "the reviewer had no chance to observe it",
            &mut ratings,
            problems,
        );
        let notes = self.check_notes(rubric, prefix, problems);
        if problems.len() > before {
            return None;
        }
        Some(Review {
            person: self.person.trim().to_string(),
            reviewer: self.reviewer.trim().to_string(),
            role: role?,
            date: date?,
            ratings,
            notes,
            schema: self.schema.clone(),
        })
    }

    /// Notes: for known skills, given once each; blank text counts as none.
    fn check_notes(
        &self,
        rubric: &Rubric,
        prefix: &str,
        problems: &mut Vec<Problem>,
    ) -> Vec<(usize, String)> {
        let mut notes: Vec<(usize, String)> = Vec::new();
        let parent = at(prefix, "notes");
        for (id, text) in &self.notes.0 {
            match rubric.skill_index(id) {
                Some(s) if notes.iter().any(|(n, _)| *n == s) => problems.push(Problem {
                    path: key_path(&parent, id),
                    message: "appears more than once in notes; put all of it in one text".into(),
                }),
                Some(s) if !text.trim().is_empty() => notes.push((s, text.clone())),
                Some(_) => {}
                None => problems.push(Problem {
                    path: key_path(&parent, id),
                    message: format!(
                        "is not a skill of rubric {}{}",
                        rubric.id,
                        did_you_mean(id, rubric.skills.iter().map(|s| s.id.as_str()))
                    ),
                }),
            }
        }
        notes.sort_by_key(|(s, _)| *s);
        notes
    }
}

/// Reads and validates a review file in one step.
pub fn parse_review(text: &str, origin: &Origin, rubric: &Rubric) -> Result<Review, ReviewError> {
    ReviewDoc::from_json(text, origin)?.validate(rubric, origin)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn review(role: Role, ratings: &[Option<u8>]) -> Review {
        Review {
            person: "Sam".into(),
            reviewer: "D. Lee".into(),
            role,
            date: Date::parse_explained("2026-11-20").unwrap(),
            ratings: ratings.to_vec(),
            notes: Vec::new(),
            schema: None,
        }
    }

    #[test]
    fn the_median_is_rounded_down() {
        assert_eq!(median_down(&mut []), None);
        assert_eq!(median_down(&mut [3]), Some(3));
        assert_eq!(median_down(&mut [4, 1, 3]), Some(3));
        assert_eq!(median_down(&mut [2, 3]), Some(2), "2.5 rounds down");
        assert_eq!(median_down(&mut [4, 0, 1, 3]), Some(2));
        assert_eq!(median_down(&mut [0, 4]), Some(2));
    }

    #[test]
    fn supervisors_trainers_and_assessors_outrank_peers_skill_by_skill() {
        let peers = [
            review(Role::Peer, &[Some(4), Some(4), None]),
            review(Role::Peer, &[Some(4), Some(3), Some(1)]),
        ];
        let supervisor = review(Role::Supervisor, &[Some(1), None, None]);
        let all = [peers[0].clone(), supervisor, peers[1].clone()];
        // Skill 0: the supervisor's 1 alone, whatever the peers say. Skill 1: no senior
        // rating, so the peers' median (3.5 → 3). Skill 2: one peer; null is not 0.
        assert_eq!(combine(&all, 3), [Some(1), Some(3), Some(1)]);
        assert_eq!(combine(&peers, 3), [Some(4), Some(3), Some(1)]);
        for role in [Role::Trainer, Role::Assessor] {
            let mut senior = review(role, &[Some(2), None, None]);
            senior.ratings[0] = Some(2);
            let two = [peers[0].clone(), senior];
            assert_eq!(combine(&two, 3)[0], Some(2), "{role:?}");
        }
        // Two seniors: their median; the peer is set aside.
        let a = review(Role::Supervisor, &[Some(1), None, None]);
        let b = review(Role::Trainer, &[Some(4), None, None]);
        assert_eq!(combine(&[a, b, peers[0].clone()], 3)[0], Some(2));
        assert!(combine(&[], 3).is_empty());
    }

    #[test]
    fn not_observed_is_never_a_rating() {
        let a = review(Role::Supervisor, &[None, None]);
        let b = review(Role::Trainer, &[None, Some(0)]);
        assert_eq!(combine(&[a, b], 2), [None, Some(0)]);
    }

    #[test]
    fn the_three_bases_pick_as_documented() {
        use Basis::*;
        for (basis, own, review, scored) in [
            (Own, Some(4), Some(2), Some(4)),
            (Own, None, Some(2), None),
            (Reviewed, Some(4), Some(2), Some(2)),
            (Reviewed, Some(1), Some(3), Some(3)),
            (Reviewed, Some(4), None, Some(4)),
            (Reviewed, None, Some(2), Some(2)),
            (Reviewed, None, None, None),
            (Lower, Some(4), Some(2), Some(2)),
            (Lower, Some(1), Some(3), Some(1)),
            (Lower, Some(3), Some(3), Some(3)),
            (Lower, None, Some(2), Some(2)),
            (Lower, Some(4), None, Some(4)),
        ] {
            assert_eq!(
                basis.pick(own, review),
                scored,
                "{basis:?} {own:?} {review:?}"
            );
        }
        assert_eq!(Basis::default(), Reviewed);
    }

    #[test]
    fn names_match_ignoring_case_and_spacing() {
        assert!(same_person("Sam  Rivera", " sam rivera"));
        assert!(!same_person("Sam Rivera", "Sam Rivers"));
    }

    fn problems(json: &str) -> Vec<Problem> {
        let r = Rubric::builtin();
        let doc = match ReviewDoc::from_json(json, &Origin::Stdin) {
            Ok(doc) => doc,
            Err(e) => panic!("{e}"),
        };
        match doc.validate(&r, &Origin::Stdin) {
            Err(ReviewError::Invalid { problems, .. }) => problems,
            other => panic!("expected problems, got {other:?}"),
        }
    }

    #[test]
    fn a_valid_review_is_read_in_rubric_order() {
        let r = Rubric::builtin();
        let text = r#"{"rubric":"production-specialist","person":"Sam Rivera","reviewer":"D. Lee",
            "role":"supervisor","date":"2026-11-20",
            "ratings":{"quality-control":2,"communication":null},
            "notes":{"quality-control":"needs a second check on gauges"}}"#;
        let review = parse_review(text, &Origin::Stdin, &r).unwrap();
        let qc = r.skill_index("quality-control").unwrap();
        assert_eq!(review.ratings[qc], Some(2));
        assert_eq!(review.rated(), 1, "null is not observed, not a rating");
        assert_eq!(review.note(qc), Some("needs a second check on gauges"));
        assert_eq!(review.role, Role::Supervisor);
        // It writes back to what it read.
        let again = serde_json::to_string(&review.to_doc(&r)).unwrap();
        assert_eq!(parse_review(&again, &Origin::Stdin, &r).unwrap(), review);
    }

    #[test]
    fn bad_reviews_list_every_problem_with_its_path() {
        let p = problems(
            r#"{"rubric":"other","person":" ","reviewer":"","role":"supervsor","date":"2026-02-30",
                "ratings":{"quality-control":5,"quality-contrl":2,"communication":"3"},
                "notes":{"initiativ":"x"}}"#,
        );
        let paths: Vec<&str> = p.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "rubric",
                "person",
                "reviewer",
                "role",
                "date",
                "ratings.quality-control",
                "ratings.quality-contrl",
                "ratings.communication",
                "notes.initiativ"
            ]
        );
        assert!(
            p[3].message.contains("did you mean \"supervisor\""),
            "{}",
            p[3]
        );
        assert!(p[4].message.contains("YYYY-MM-DD"), "{}", p[4]);
        assert!(
            p[6].message.contains("did you mean \"quality-control\""),
            "{}",
            p[6]
        );
        assert!(
            p[8].message.contains("did you mean \"initiative\""),
            "{}",
            p[8]
        );
    }

    #[test]
    fn unknown_and_repeated_fields_are_refused_with_a_place() {
        let e = ReviewDoc::from_json(
            r#"{"person":"S","reviewr":"D","role":"peer","date":"2026-01-01","ratings":{}}"#,
            &Origin::Stdin,
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("did you mean \"reviewer\""), "{e}");
        assert!(e.starts_with("review <stdin>:1:"), "{e}");
        let e = ReviewDoc::from_json(
            r#"{"person":"S","person":"T","reviewer":"D","role":"peer","date":"2026-01-01","ratings":{}}"#,
            &Origin::Stdin,
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("duplicate field"), "{e}");
        let p = problems(
            r#"{"person":"S","reviewer":"D","role":"peer","date":"2026-01-01",
                "ratings":{"quality-control":1,"quality-control":2}}"#,
        );
        assert_eq!(p[0].path, "ratings.quality-control");
        assert!(p[0].message.contains("more than once"));
    }
}
