//! Validating a profile file against a rubric into a [`Profile`], listing every problem
//! at once, each with its JSON path, and refusing anything that could silently lose an
//! answer (such as a skill rated twice).

use super::doc::{CertEntry, ProfileDoc};
use super::fields::ProfileError;
use super::fields::{key_path, read_ratings};
use super::review::same_person;
use super::{MAX_YEARS, Profile, Strictness};
use crate::credentials::{Credential, Date};
use crate::input::Origin;
use crate::rubric::{Problem, Rubric};
use crate::suggest::did_you_mean;
use crate::text::terminal_safe;

impl ProfileDoc<'_> {
    /// Checks the profile against a rubric, listing every problem found.
    pub fn validate(
        &self,
        rubric: &Rubric,
        origin: &Origin,
        strictness: Strictness,
    ) -> Result<Profile, ProfileError> {
        let mut profile = self.check(rubric, origin, strictness)?;
        profile.name = self.name.clone();
        Ok(profile)
    }

    /// Like [`ProfileDoc::validate`], moving the name out instead of copying it.
    pub fn into_profile(
        self,
        rubric: &Rubric,
        origin: &Origin,
        strictness: Strictness,
    ) -> Result<Profile, ProfileError> {
        let mut profile = self.check(rubric, origin, strictness)?;
        profile.name = self.name;
        Ok(profile)
    }

    /// Everything but the name.
    fn check(
        &self,
        rubric: &Rubric,
        origin: &Origin,
        strictness: Strictness,
    ) -> Result<Profile, ProfileError> {
        let mut problems = Vec::new();
        let mut profile = Profile::empty(rubric);
        self.check_person(rubric, &mut profile, &mut problems);
        self.check_ratings(rubric, &mut profile, &mut problems);
        if strictness.require_all_rated {
            check_all_rated(rubric, &profile, &mut problems);
        }
        self.check_certifications(rubric, &mut profile, &mut problems);
        self.check_evidence(rubric, &mut profile, &mut problems);
        self.check_reviews(rubric, &mut profile, &mut problems);
        if problems.is_empty() {
            Ok(profile)
        } else {
            Err(ProfileError::Invalid {
                origin: origin.clone(),
                problems,
            })
        }
    }

    /// The rubric it names, the target and the years of experience.
    fn check_person(&self, rubric: &Rubric, profile: &mut Profile, problems: &mut Vec<Problem>) {
        if let Some(id) = &self.rubric
            && id != &rubric.id
        {
            problems.push(Problem {
                path: "rubric".into(),
                message: format!(
                    "the profile is for rubric \"{}\" but the rubric in use is \"{}\"; pass --rubric {} (an id, or the path of its file), or correct the field",
                    terminal_safe(id),
                    rubric.id,
                    terminal_safe(id)
                ),
            });
        }

        if let Some(level) = &self.target_level {
            match rubric.find_level(level) {
                Ok(l) => profile.target = Some(l),
                Err(msg) => problems.push(Problem {
                    path: "target_level".into(),
                    message: msg,
                }),
            }
        }

        profile.lang = self.lang;
        if let Some(group) = &self.group {
            match group_value(group) {
                Ok(kept) => profile.group = kept.map(str::to_owned),
                Err(message) => problems.push(Problem {
                    path: "group".into(),
                    message,
                }),
            }
        }

        profile.education = self.education;
        if let Some(text) = &self.assessed_on {
            match Date::parse_explained(text) {
                Ok(day) => profile.assessed_on = Some(day),
                Err(message) => problems.push(Problem {
                    path: "assessed_on".into(),
                    message,
                }),
            }
        }
        if let Some(years) = self.years_experience {
            if years.is_finite() && (0.0..=MAX_YEARS).contains(&years) {
                // -0 is 0: "-0 years" would puzzle anyone.
                profile.years_experience = Some(years + 0.0);
            } else {
                problems.push(Problem {
                    path: "years_experience".into(),
                    message: format!("is {years} but must be a number from 0 to {MAX_YEARS}"),
                });
            }
        }
    }

    /// Every rating: a known skill, rated once, on the scale.
    fn check_ratings(&self, rubric: &Rubric, profile: &mut Profile, problems: &mut Vec<Problem>) {
        read_ratings(
            &self.ratings,
            rubric,
            "ratings",
            "not rated",
            &mut profile.ratings,
            problems,
        );
        // A skill the ratings leave out altogether was not asked; `null` is not rated.
        let mut in_ratings = vec![false; rubric.skills.len()];
        for (id, _) in &self.ratings.0 {
            if let Some(s) = rubric.skill_index(id) {
                in_ratings[s] = true;
            }
        }
        profile.not_asked.clear();
        if in_ratings.contains(&false) {
            profile.not_asked.extend(in_ratings.iter().map(|&x| !x));
        }
    }

    /// Embedded reviews: each valid, and of this person when the profile names them.
    fn check_reviews(&self, rubric: &Rubric, profile: &mut Profile, problems: &mut Vec<Problem>) {
        if self.reviews.is_empty() {
            return;
        }
        let mut reviews = Vec::with_capacity(self.reviews.len());
        for (i, doc) in self.reviews.iter().enumerate() {
            let prefix = format!("reviews[{i}]");
            if let Some(name) = self.name.as_deref().filter(|n| !n.trim().is_empty())
                && !doc.person.trim().is_empty()
                && !same_person(name, &doc.person)
            {
                problems.push(Problem {
                    path: format!("{prefix}.person"),
                    message: format!(
                        "is \"{}\" but the profile is of \"{}\"; a review belongs in the profile of the person it names",
                        terminal_safe(&doc.person),
                        terminal_safe(name)
                    ),
                });
            }
            if let Some(review) = doc.check(rubric, &prefix, problems) {
                reviews.push(review);
            }
        }
        profile.set_reviews(reviews);
    }

    /// Certifications held: known ids with valid days, kept once each, ascending. A
    /// certification listed twice (renewed) keeps the entry that expires last.
    fn check_certifications(
        &self,
        rubric: &Rubric,
        profile: &mut Profile,
        problems: &mut Vec<Problem>,
    ) {
        let cert_ids = || rubric.certifications.iter().map(|c| c.id.as_str());
        for (i, entry) in self.certifications.iter().enumerate() {
            let id = entry.id();
            let Some(c) = rubric.cert_index(id) else {
                problems.push(Problem {
                    path: match entry {
                        CertEntry::Id(_) => format!("certifications[{i}]"),
                        CertEntry::Dated(_) => format!("certifications[{i}].id"),
                    },
                    message: format!(
                        "\"{}\" is not a certification of rubric {}{}; `skillgap rubric show {}` lists them",
                        terminal_safe(id),
                        rubric.id,
                        did_you_mean(id, cert_ids()),
                        rubric.id
                    ),
                });
                continue;
            };
            let (earned, expires) = match entry {
                CertEntry::Id(_) => (None, None),
                CertEntry::Dated(dated) => (dated.earned.as_deref(), dated.expires.as_deref()),
            };
            let credential = dated_credential(rubric, c, earned, expires, &mut |field, message| {
                problems.push(Problem {
                    path: format!("certifications[{i}].{field}"),
                    message,
                });
            });
            profile.certifications.push(c);
            profile.credentials.push(credential);
        }
        settle_certifications(profile);
    }

    /// Evidence: for known skills, given once each; blank text counts as none.
    fn check_evidence(&self, rubric: &Rubric, profile: &mut Profile, problems: &mut Vec<Problem>) {
        let skill_ids = || rubric.skills.iter().map(|s| s.id.as_str());
        let mut seen = if self.evidence.is_empty() {
            Vec::new()
        } else {
            vec![false; rubric.skills.len()]
        };
        for (id, text) in &self.evidence.0 {
            match rubric.skill_index(id) {
                Some(s) if std::mem::replace(&mut seen[s], true) => problems.push(Problem {
                    path: key_path("evidence", id),
                    message: "appears more than once in evidence; put all of it in one text".into(),
                }),
                Some(s) => {
                    if !text.trim().is_empty() {
                        profile.evidence[s] = Some(text.clone());
                    }
                }
                None => problems.push(Problem {
                    path: key_path("evidence", id),
                    message: format!(
                        "is not a skill of rubric {}{}",
                        rubric.id,
                        did_you_mean(id, skill_ids())
                    ),
                }),
            }
        }
    }
}

/// Certification `c` as listed, with the days it was earned and expires as written (an
/// expiry left out follows from the rubric's `valid_years`); `problem(field, message)`
/// hears what is wrong with the days.
pub(crate) fn dated_credential(
    rubric: &Rubric,
    c: usize,
    earned: Option<&str>,
    expires: Option<&str>,
    problem: &mut dyn FnMut(&str, String),
) -> Credential {
    let mut day = |field: &str, text: Option<&str>| -> Option<Date> {
        let text = text?;
        let date = Date::parse(text);
        if date.is_none() {
            problem(
                field,
                format!(
                    "\"{}\" is not a date; write the day as YYYY-MM-DD, such as 2027-05-01",
                    terminal_safe(text)
                ),
            );
        }
        date
    };
    let earned = day("earned", earned);
    let given = day("expires", expires);
    if let (Some(e), Some(x)) = (earned, given)
        && x <= e
    {
        problem(
            "expires",
            format!("is {x}, not after the day it was earned ({e}); check both days"),
        );
    }
    let from_rule = earned
        .zip(rubric.certifications[c].valid_years)
        .map(|(e, years)| e.add_years(years));
    // Every day skillgap writes must be one it reads back.
    if given.is_none()
        && let (Some(e), Some(x)) = (earned, from_rule)
        && Date::parse(&x.to_string()).is_none()
    {
        problem(
            "earned",
            format!(
                "is {e}: valid for {} years, it would expire on {x}, after the last year skillgap reads (2200); check the year",
                rubric.certifications[c].valid_years.unwrap_or(0)
            ),
        );
    }
    Credential {
        cert: c,
        earned,
        expires: given.or(from_rule),
    }
}

/// Keeps each certification listed once, ascending. Listed twice (say, before and after a
/// renewal), the entry that lasts longest stands, and "never expires" lasts longest.
pub(super) fn settle_certifications(profile: &mut Profile) {
    profile.certifications.sort_unstable();
    profile.certifications.dedup();
    let lasts = |k: &Credential| (k.expires.is_none(), k.expires, k.earned);
    profile
        .credentials
        .sort_by(|a, b| a.cert.cmp(&b.cert).then(lasts(b).cmp(&lasts(a))));
    profile.credentials.dedup_by_key(|k| k.cert);
}

/// A profile's group as kept: `None` when blank; what is wrong when it is too long.
pub(crate) fn group_value(group: &str) -> Result<Option<&str>, String> {
    let chars = group.chars().count();
    if chars > super::MAX_GROUP_CHARS {
        return Err(format!(
            "is {chars} characters long; a group names a line, shift, cell or site in at most {} characters, such as \"Line 2 / nights\"",
            super::MAX_GROUP_CHARS
        ));
    }
    Ok(Some(group).filter(|g| !g.trim().is_empty()))
}

/// `--strict`: every skill rated (neither `null` nor left out).
fn check_all_rated(rubric: &Rubric, profile: &Profile, problems: &mut Vec<Problem>) {
    let missing: Vec<usize> = profile
        .scored_ratings()
        .iter()
        .enumerate()
        .filter_map(|(s, r)| r.is_none().then_some(s))
        .collect();
    if !missing.is_empty() {
        problems.push(Problem {
            path: "ratings".into(),
            message: format!(
                "--strict needs every skill rated, but {} {} not: {}",
                missing.len(),
                if missing.len() == 1 { "is" } else { "are" },
                missing
                    .iter()
                    .map(|&i| rubric.skills[i].id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        });
    }
}
