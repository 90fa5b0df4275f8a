//! Education: the levels a person may have completed, the routes of a credential's experience
//! rule that depend on it, and whether a person may sit for a credential now.

use serde::{Deserialize, Serialize};

use super::Rubric;

/// The highest level of formal education a person has completed, lowest first.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Education {
    /// No diploma yet.
    None,
    /// A secondary (high-school) diploma or an equivalent such as the GED.
    Secondary,
    /// An associate degree, or a one- to two-year technical certificate program.
    Associate,
    /// A four-year (bachelor's) degree.
    Bachelor,
    /// A master's degree or higher.
    Master,
}

impl Education {
    /// Every level, lowest first.
    pub const ALL: [Education; 5] = [
        Education::None,
        Education::Secondary,
        Education::Associate,
        Education::Bachelor,
        Education::Master,
    ];

    /// The id a profile writes: "secondary".
    pub fn id(self) -> &'static str {
        match self {
            Education::None => "none",
            Education::Secondary => "secondary",
            Education::Associate => "associate",
            Education::Bachelor => "bachelor",
            Education::Master => "master",
        }
    }

    /// The level by its id.
    pub fn from_id(id: &str) -> Option<Education> {
        Education::ALL.into_iter().find(|e| e.id() == id)
    }

    /// The level in words, as a questionnaire offers it.
    pub fn label(self) -> &'static str {
        match self {
            Education::None => "No diploma yet",
            Education::Secondary => "High-school diploma or GED",
            Education::Associate => "Associate degree or technical certificate (1-2 years)",
            Education::Bachelor => "Four-year (bachelor's) degree",
            Education::Master => "Master's degree or higher",
        }
    }

    /// The level inside a sentence: "a high-school diploma".
    pub fn phrase(self) -> &'static str {
        match self {
            Education::None => "no diploma",
            Education::Secondary => "a high-school diploma",
            Education::Associate => "an associate degree",
            Education::Bachelor => "a four-year degree",
            Education::Master => "a master's degree",
        }
    }
}

/// What employers ask of a newcomer to a level, as the source states it: the level's entry
/// requirements. The report's verdict answers "can I apply?" from it for someone who has
/// reached no level yet, since the first level is a job people are hired into and trained
/// for, not one they must already do.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The least education employers usually ask for.
    pub education: Education,
    /// How people are trained for the job once hired, in plain words, such as "most
    /// training is on the job".
    pub training: String,
    /// Where in the source material this comes from, quoting it.
    pub source: String,
}

/// One route of a credential's experience rule: the years asked of a person with at least
/// this education.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EducationRoute {
    /// The least education the route is open to.
    pub education: Education,
    /// Years of work experience it asks for.
    pub years: f64,
}

/// Whether a person may sit for a credential now, and if not, what is missing.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Eligibility {
    /// They may.
    Eligible,
    /// They need more years of experience.
    NeedsYears {
        /// Years the route that applies asks for.
        years: f64,
        /// The education of that route, when the rule depends on education.
        route: Option<Education>,
        /// Whether the person's education is known (when not, the route that asks the most
        /// applies).
        education_known: bool,
    },
    /// Their education is below every route's.
    NeedsEducation {
        /// The least education any route is open to.
        least: Education,
    },
}

impl Rubric {
    /// Whether a person with `years` of experience (unknown counts as none) and `education`
    /// meets the experience rule of certification `cert`: the easiest route open to their
    /// education, or, when it is not known, the route that asks the most.
    pub fn cert_eligibility(
        &self,
        cert: usize,
        years: Option<f64>,
        education: Option<Education>,
    ) -> Eligibility {
        let c = &self.certifications[cert];
        let have = years.unwrap_or(0.0);
        let by_years = |a: &&EducationRoute, b: &&EducationRoute| a.years.total_cmp(&b.years);
        let route = match education {
            _ if c.education_routes.is_empty() => None,
            Some(e) => {
                let open = c
                    .education_routes
                    .iter()
                    .filter(|r| r.education <= e)
                    .min_by(by_years);
                match open {
                    Some(r) => Some(r),
                    None => {
                        let least = c.education_routes.iter().map(|r| r.education).min();
                        return Eligibility::NeedsEducation {
                            least: least.unwrap_or(Education::Secondary),
                        };
                    }
                }
            }
            None => c.education_routes.iter().max_by(by_years),
        };
        let need = route.map_or(c.requires_years, |r| r.years);
        if have >= need {
            Eligibility::Eligible
        } else {
            Eligibility::NeedsYears {
                years: need,
                route: route.map(|r| r.education),
                education_known: education.is_some(),
            }
        }
    }

    /// Whether [`Rubric::cert_eligibility`] finds the person eligible.
    pub fn cert_eligible(
        &self,
        cert: usize,
        years: Option<f64>,
        education: Option<Education>,
    ) -> bool {
        self.cert_eligibility(cert, years, education) == Eligibility::Eligible
    }

    /// The way to `cert`, in the order to take it: the credentials down its `builds_on`
    /// chain that are not `done` (held, chosen already, or of no use to the person), each with
    /// the one it is the step toward, then `cert` itself (with `None`).
    pub fn cert_path(
        &self,
        cert: usize,
        done: impl Fn(usize) -> bool,
    ) -> Vec<(usize, Option<usize>)> {
        let steps = self.cert_steps_before(cert, done);
        let leads_to = steps.iter().skip(1).copied().chain([cert]).map(Some);
        steps
            .iter()
            .copied()
            .zip(leads_to)
            .chain([(cert, None)])
            .collect()
    }

    /// The credentials to take before `cert`: down its `builds_on` chain, those not `done`
    /// (held, chosen already, or of no use to the person), the first to take first. It stops
    /// at the first one done, since what that one builds on is behind it too.
    pub fn cert_steps_before(&self, cert: usize, done: impl Fn(usize) -> bool) -> Vec<usize> {
        let mut steps = Vec::new();
        let mut at = cert;
        while let Some(b) = self.cert_builds_on(at) {
            if done(b) || steps.contains(&b) {
                break;
            }
            steps.push(b);
            at = b;
        }
        steps.reverse();
        steps
    }

    /// The certification `cert` builds on, if any.
    pub fn cert_builds_on(&self, cert: usize) -> Option<usize> {
        self.certifications[cert]
            .builds_on
            .as_deref()
            .and_then(|id| self.cert_index(id))
    }
}
