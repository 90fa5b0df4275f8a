//! Profiles: a person's self-ratings, target level, experience and certifications, and the
//! reviews of them by others ([`review`]).
//!
//! A profile file ([`ProfileDoc`]) is what a person writes, or what the questionnaire saves.
//! It is parsed strictly and then validated against a rubric into a [`Profile`], whose
//! ratings are indexed by the rubric's skill order so that scoring never looks anything up
//! by name. Validation lists every problem at once, each with its JSON path, and refuses
//! anything that could silently lose an answer (such as a skill rated twice).

mod doc;
mod fields;
mod plain;
pub mod review;
mod validate;

use std::borrow::Cow;

use crate::credentials::{Credential, Date};
use crate::input::Origin;
use crate::rubric::{Education, Rubric};

pub use doc::{CertEntry, DatedCert, ProfileDoc};
pub use fields::{Evidence, ProfileError, RatingValue, RatingsDoc};
pub use fields::{REVIEW_FIELDS, key_path};
pub use plain::read_plain;
pub use review::{Basis, Review, ReviewDoc, ReviewError, Role};
pub(crate) use validate::{dated_credential, group_value};

/// The most years of experience a profile may claim.
pub const MAX_YEARS: f64 = 60.0;
/// The longest group name, in characters: room for "Plant 3 / Line 12 / nights / cell B".
pub const MAX_GROUP_CHARS: usize = 120;
/// A profile validated against a rubric.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    /// The person's name, exactly as given.
    pub name: Option<String>,
    /// The team they work in (a line, a shift, a cell, a site), exactly as given; `None`
    /// when not given or blank.
    pub group: Option<String>,
    /// The language they answered in, when the profile says.
    pub lang: Option<crate::i18n::Lang>,
    /// Index of the level the person aims at, if they named one.
    pub target: Option<usize>,
    /// Years of experience, if given.
    pub years_experience: Option<f64>,
    /// The highest education completed, if given: some credentials' rules depend on it.
    pub education: Option<Education>,
    /// The day of the assessment, when the file gives it.
    pub assessed_on: Option<Date>,
    /// The person's own rating per skill, in rubric order; `None` when not rated. Scoring
    /// and the checks read ratings through [`Profile::scored_ratings`], not this field.
    pub ratings: Vec<Option<u8>>,
    /// Per skill, in rubric order, whether the profile leaves it out of `ratings` altogether
    /// (a `--quick` interview did not ask it, or the profile was written for an older rubric
    /// without it): such a skill is left out of readiness and of the gap rule, and the
    /// levels it decides are provisional. Empty when every skill is in `ratings` (rated or
    /// `null`, not rated, which counts as 0). Read it through [`Profile::asked`].
    pub not_asked: Vec<bool>,
    /// Indexes of certifications held, ascending: every one listed, until
    /// [`Profile::expire`] leaves out those expired on the day of the assessment.
    pub certifications: Vec<usize>,
    /// Every certification listed, once each in ascending order, with its days.
    pub credentials: Vec<Credential>,
    /// Evidence per skill, in rubric order.
    pub evidence: Vec<Option<String>>,
    /// Reviews of the person, embedded in the profile or given with `--review`. Set them
    /// with [`Profile::set_reviews`], which keeps the review ratings in step.
    reviews: Vec<Review>,
    /// The review rating of every skill (see [`review::combine`]); empty without reviews.
    review_ratings: Vec<Option<u8>>,
    /// Reviews set aside: the same reviewer's older reviews (see [`review::one_vote`]).
    set_aside: Vec<Review>,
    /// Which rating each skill is scored on.
    pub basis: Basis,
}

impl Profile {
    /// An empty profile for a rubric: nothing rated, nothing held.
    pub fn empty(rubric: &Rubric) -> Profile {
        Profile {
            name: None,
            group: None,
            lang: None,
            target: None,
            years_experience: None,
            education: None,
            assessed_on: None,
            ratings: vec![None; rubric.skills.len()],
            not_asked: Vec::new(),
            certifications: Vec::new(),
            credentials: Vec::new(),
            evidence: vec![None; rubric.skills.len()],
            reviews: Vec::new(),
            review_ratings: Vec::new(),
            set_aside: Vec::new(),
            basis: Basis::default(),
        }
    }

    /// The ratings that are scored: per skill, the person's own or the review rating, as
    /// [`Profile::basis`] says. The one place that decides which ratings count: scoring,
    /// the reports and comparisons read ratings through it.
    pub fn scored_ratings(&self) -> Ratings<'_> {
        Ratings {
            own: &self.ratings,
            review: &self.review_ratings,
            not_asked: &self.not_asked,
            basis: self.basis,
        }
    }

    /// The person's own ratings, whatever the basis.
    pub fn self_ratings(&self) -> Ratings<'_> {
        Ratings {
            not_asked: &self.not_asked,
            ..Ratings::new(&self.ratings)
        }
    }

    /// Whether the profile holds an answer (a rating, or `null`) for the skill: what its
    /// file writes. Scoring reads [`Ratings::asked`], which counts a reviewer's rating too.
    pub fn asked(&self, skill: usize) -> bool {
        !self.not_asked.get(skill).copied().unwrap_or(false)
    }

    /// Indexes of the skills left out of scoring: not asked (see [`Profile::not_asked`]),
    /// and not rated by a reviewer on the basis scored either.
    pub fn skills_not_asked(&self) -> Vec<usize> {
        let ratings = self.scored_ratings();
        (0..self.ratings.len())
            .filter(|&s| !ratings.asked(s))
            .collect()
    }

    /// The reviews, in the order given.
    pub fn reviews(&self) -> &[Review] {
        &self.reviews
    }

    /// Replaces the reviews, and the review ratings made of them.
    ///
    /// One reviewer, one vote (see [`review::one_vote`]): the reviews that do not count are
    /// kept apart, in [`Profile::reviews_set_aside`].
    pub fn set_reviews(&mut self, reviews: Vec<Review>) {
        let (kept, aside) = review::one_vote(reviews);
        self.review_ratings = review::combine(&kept, self.ratings.len());
        self.reviews = kept;
        self.set_aside = aside;
    }

    /// Adds reviews to those already there (given after them).
    pub fn add_reviews(&mut self, more: impl IntoIterator<Item = Review>) {
        let mut reviews = std::mem::take(&mut self.reviews);
        reviews.extend(more);
        let before = std::mem::take(&mut self.set_aside);
        self.set_reviews(reviews);
        self.set_aside.splice(0..0, before);
    }

    /// The reviews that do not count: the same reviewer's older reviews of the person.
    pub fn reviews_set_aside(&self) -> &[Review] {
        &self.set_aside
    }

    /// The review rating of a skill: the median of its reviews (see [`review::combine`]).
    pub fn review_rating(&self, skill: usize) -> Option<u8> {
        self.review_ratings.get(skill).copied().flatten()
    }

    /// How many reviews rate a skill ("had no chance to observe" does not count).
    pub fn reviewers(&self, skill: usize) -> usize {
        self.reviews
            .iter()
            .filter(|r| r.ratings[skill].is_some())
            .count()
    }

    /// The person's own rating minus the review rating, where both exist.
    pub fn perception_gap(&self, skill: usize) -> Option<i8> {
        match (self.ratings[skill], self.review_rating(skill)) {
            (Some(own), Some(review)) => Some(own as i8 - review as i8),
            _ => None,
        }
    }

    /// How many skills carry a review rating.
    pub fn verified_skills(&self) -> usize {
        self.review_ratings.iter().filter(|r| r.is_some()).count()
    }

    /// Indexes of the skills that were not rated.
    pub fn not_rated(&self) -> Vec<usize> {
        self.scored_ratings().not_rated()
    }

    /// Leaves out of the certifications held those expired on `as_of` (their `expires` day
    /// is `as_of` or earlier): an expired credential does not count as held, so it may be
    /// recommended again, for renewal. The credentials keep them, with their days.
    pub fn expire(&mut self, as_of: Date) {
        // Expired on `as_of`, or earned after it: not held.
        let gone = |k: &Credential| {
            k.expires.is_some_and(|e| e <= as_of) || k.earned.is_some_and(|e| e > as_of)
        };
        // Most profiles give no days: nothing to do, and nothing allocated.
        if !self.credentials.iter().any(gone) {
            return;
        }
        let expired = |c: usize| self.credentials.iter().any(|k| k.cert == c && gone(k));
        let held: Vec<usize> = self
            .certifications
            .iter()
            .copied()
            .filter(|&c| !expired(c))
            .collect();
        self.certifications = held;
    }

    /// The days of a listed certification, if it is listed.
    pub fn credential(&self, cert: usize) -> Option<&Credential> {
        self.credentials.iter().find(|k| k.cert == cert)
    }

    /// Forgets the rating of a skill (and what shows it), the person's and the reviewers',
    /// as if it had not been asked.
    pub fn forget_rating(&mut self, skill: usize) {
        if self.not_asked.is_empty() {
            self.not_asked = vec![false; self.ratings.len()];
        }
        self.not_asked[skill] = true;
        self.ratings[skill] = None;
        self.evidence[skill] = None;
        for review in &mut self.reviews {
            review.ratings[skill] = None;
            review.notes.retain(|(s, _)| *s != skill);
        }
        if let Some(r) = self.review_ratings.get_mut(skill) {
            *r = None;
        }
    }

    /// Turns the profile back into a file that [`ProfileDoc::validate`] accepts unchanged.
    pub fn to_doc(&self, rubric: &Rubric) -> ProfileDoc<'static> {
        ProfileDoc {
            schema: None,
            rubric: Some(rubric.id.clone()),
            name: self.name.clone(),
            group: self.group.clone(),
            lang: self.lang,
            target_level: self.target.map(|t| Cow::Owned(rubric.levels[t].id.clone())),
            years_experience: self.years_experience,
            education: self.education,
            assessed_on: self.assessed_on.map(|d| d.to_string()),
            ratings: RatingsDoc(
                rubric
                    .skills
                    .iter()
                    .zip(&self.ratings)
                    .enumerate()
                    .filter(|&(i, _)| self.asked(i))
                    .map(|(_, (s, r))| {
                        (
                            Cow::Owned(s.id.clone()),
                            r.map_or(RatingValue::Null, |r| RatingValue::Whole(u64::from(r))),
                        )
                    })
                    .collect(),
            ),
            certifications: self.cert_entries(rubric),
            evidence: Evidence(
                rubric
                    .skills
                    .iter()
                    .zip(&self.evidence)
                    .filter_map(|(s, e)| e.as_ref().map(|e| (s.id.clone(), e.clone())))
                    .collect(),
            ),
            reviews: self.reviews.iter().map(|r| r.to_doc(rubric)).collect(),
        }
    }
}

impl Profile {
    /// Every certification listed or held, as a profile file writes them: the id alone, or
    /// with its days when it has any.
    /// [`Profile::to_doc`], written over the file it was read from: what the profile does
    /// not hold comes back as the file had it, its `$schema` and the entries of the
    /// certifications still held, each as listed (a renewal listed twice included), in the
    /// file's order; a certification the file does not list follows.
    pub fn to_doc_over(&self, rubric: &Rubric, file: &ProfileDoc<'_>) -> ProfileDoc<'static> {
        let mut doc = self.to_doc(rubric);
        doc.schema.clone_from(&file.schema);
        let held = |id: &str| doc.certifications.iter().any(|e| e.id() == id);
        let mut certifications: Vec<CertEntry> = file
            .certifications
            .iter()
            .filter(|e| held(e.id()))
            .cloned()
            .collect();
        let new: Vec<CertEntry> = doc
            .certifications
            .iter()
            .filter(|e| !file.certifications.iter().any(|f| f.id() == e.id()))
            .cloned()
            .collect();
        certifications.extend(new);
        doc.certifications = certifications;
        doc
    }

    fn cert_entries(&self, rubric: &Rubric) -> Vec<CertEntry> {
        let mut all: Vec<usize> = self.credentials.iter().map(|k| k.cert).collect();
        all.extend(&self.certifications);
        all.sort_unstable();
        all.dedup();
        all.into_iter()
            .map(|c| {
                let id = rubric.certifications[c].id.clone();
                match self.credential(c) {
                    Some(k) if k.earned.is_some() || k.expires.is_some() => {
                        CertEntry::Dated(DatedCert {
                            id,
                            earned: k.earned.map(|d| d.to_string()),
                            expires: k.expires.map(|d| d.to_string()),
                        })
                    }
                    _ => CertEntry::Id(id),
                }
            })
            .collect()
    }
}

/// The ratings scoring reads, one per skill in rubric order, `None` when not rated: the few
/// operations scoring, the checks and the documents need. Obtained from
/// [`Profile::scored_ratings`]: each is the person's own rating or the review rating, as the
/// basis says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ratings<'a> {
    own: &'a [Option<u8>],
    /// Empty when there are no reviews: the common case costs one test per rating.
    review: &'a [Option<u8>],
    /// Per skill, whether it was not asked; empty when every skill was.
    not_asked: &'a [bool],
    basis: Basis,
}

impl<'a> Ratings<'a> {
    /// Ratings given per skill, in rubric order (for scoring a made-up profile, such as the
    /// requirements of a level).
    pub fn new(ratings: &'a [Option<u8>]) -> Ratings<'a> {
        Ratings {
            own: ratings,
            review: &[],
            not_asked: &[],
            basis: Basis::Own,
        }
    }

    /// Per skill, whether the profile leaves it out (see [`Profile::not_asked`]); empty when
    /// it leaves none out. A skill left out may still be rated by a reviewer: read
    /// [`Ratings::asked`] for the rule.
    #[inline]
    pub fn left_out(self) -> &'a [bool] {
        self.not_asked
    }

    /// Whether the skill was asked (see [`Profile::not_asked`]), or has a rating all the
    /// same: one a reviewer gave, scored on this basis.
    #[inline]
    pub fn asked(self, skill: usize) -> bool {
        !self.not_asked.get(skill).copied().unwrap_or(false) || self.get(skill).is_some()
    }

    /// The rating of a skill, `None` when not rated.
    #[inline]
    pub fn get(self, skill: usize) -> Option<u8> {
        if self.review.is_empty() {
            self.own[skill]
        } else {
            self.basis.pick(self.own[skill], self.review[skill])
        }
    }

    /// Every rating, in rubric order.
    pub fn iter(self) -> impl Iterator<Item = Option<u8>> + 'a {
        (0..self.own.len()).map(move |s| self.get(s))
    }

    /// Indexes of the skills asked and not rated (counted as 0).
    pub fn not_rated(self) -> Vec<usize> {
        (0..self.own.len())
            .filter(|&i| self.get(i).is_none() && self.asked(i))
            .collect()
    }
}

/// Options that change how strictly a profile is checked.
#[derive(Debug, Clone, Copy, Default)]
pub struct Strictness {
    /// Refuse profiles that leave a skill unrated.
    pub require_all_rated: bool,
}

/// Reads and validates a profile in one step.
pub fn parse(
    text: &str,
    origin: &Origin,
    rubric: &Rubric,
    strictness: Strictness,
) -> Result<Profile, ProfileError> {
    ProfileDoc::from_json(text, origin)?.into_profile(rubric, origin, strictness)
}

#[cfg(test)]
mod tests;
