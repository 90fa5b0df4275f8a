//! Validating a profile file against a rubric into a [`Profile`], listing every problem
//! at once, each with its JSON path, and refusing anything that could silently lose an
//! answer (such as a skill rated twice).

use super::doc::{CertEntry, ProfileDoc};
use super::fields::ProfileError;
use super::fields::{key_path, read_ratings};
use super::review::same_person;
use super::{MAX_YEARS, Profile, Strictness};
use crate::credentials::{Credential, Date};
use crate::i18n::process_lang;
use crate::input::Origin;
use crate::rubric::{Problem, Rubric};
use crate::suggest::did_you_mean;
use crate::text::terminal_safe;
use crate::tr;

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
                message: tr!(
                    process_lang(),
                    "error-profile-other-rubric",
                    named = terminal_safe(id).into_owned(),
                    used = rubric.id.as_str()
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
                    message: tr!(
                        process_lang(),
                        "error-years-range",
                        years = years.to_string(),
                        max = MAX_YEARS.to_string()
                    ),
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
                    message: tr!(
                        process_lang(),
                        "error-review-other-person",
                        person = terminal_safe(&doc.person).into_owned(),
                        name = terminal_safe(name).into_owned()
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
                    message: tr!(
                        process_lang(),
                        "error-certification-unknown",
                        id = terminal_safe(id).into_owned(),
                        rubric = rubric.id.as_str(),
                        suggestion = did_you_mean(id, cert_ids())
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
                    message: tr!(process_lang(), "error-evidence-twice"),
                }),
                Some(s) => {
                    if !text.trim().is_empty() {
                        profile.evidence[s] = Some(text.clone());
                    }
                }
                None => problems.push(Problem {
                    path: key_path("evidence", id),
                    message: tr!(
                        process_lang(),
                        "error-evidence-unknown-skill",
                        rubric = rubric.id.as_str(),
                        suggestion = did_you_mean(id, skill_ids())
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
                tr!(
                    process_lang(),
                    "error-date-invalid",
                    text = terminal_safe(text).into_owned()
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
            tr!(
                process_lang(),
                "error-certification-expires-before",
                expires = x.to_string(),
                earned = e.to_string()
            ),
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
            tr!(
                process_lang(),
                "error-certification-expires-too-late",
                earned = e.to_string(),
                years = rubric.certifications[c]
                    .valid_years
                    .unwrap_or(0)
                    .to_string(),
                expires = x.to_string()
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
        return Err(tr!(
            process_lang(),
            "error-group-too-long",
            chars = chars.to_string(),
            max = super::MAX_GROUP_CHARS.to_string()
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
            message: tr!(
                process_lang(),
                "error-strict-unrated",
                count = missing.len(),
                skills = missing
                    .iter()
                    .map(|&i| rubric.skills[i].id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        });
    }
}
