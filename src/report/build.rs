//! Building a [`Report`]: a mapping of what the assessment and the recommendations hold,
//! one function per section, nothing scored again.

use super::phrases::{day_text, education_phrase, iso_day_text, role_name, years_band, years_text};
use super::{CertName, HeldCredential, OwnBest, Summary};
use super::{
    CertRow, Disagreement, Gap, LevelRow, NextLevel, NextStep, PERCEPTION_TALK, Reading, Report,
    ReviewInfo, ReviewNote, SCHEMA_VERSION, SalaryContext, SkillRow, Stage, Strength, TargetChoice,
    ThresholdInfo,
};
use crate::credentials::{CertState, Window};
use crate::date::Date;
use crate::figures::round_to;
use crate::i18n::Lang;
use crate::profile::Profile;
use crate::recommend::{Recommendations, urgency_order};
use crate::rubric::{Education, Eligibility, Rubric, RubricInfo};
use crate::score::{self, Assessment};
use crate::tr;

impl Report {
    /// Builds the report for a scored profile. `target_chosen_by` says how the target was
    /// chosen (the assessment tells the command line from the profile, not a profile made
    /// of questionnaire answers from one read from a file). `reading` gives the language of
    /// its words (`rubric` is already in it) and the day reviews are judged by.
    pub fn build(
        rubric: &Rubric,
        profile: &Profile,
        assessment: &Assessment,
        recommendations: &Recommendations,
        mut warnings: Vec<String>,
        target_chosen_by: TargetChoice,
        reading: Reading,
    ) -> Report {
        let as_of = reading.as_of;
        let reviews = review_infos(profile.reviews(), as_of);
        let lang = reading.lang;
        for r in reviews.iter().filter(|r| r.stale) {
            warnings.push(tr!(
                lang,
                "report-warning-stale-review",
                reviewer = r.reviewer.as_str(),
                role = role_name(lang, r.role),
                day = iso_day_text(lang, &r.date),
                today = as_of.map(|d| day_text(lang, d)).unwrap_or_default()
            ));
        }
        let target = &rubric.levels[assessment.target];
        let best = assessment.best.map(|b| &rubric.levels[b]);
        let next = match assessment.best {
            None => Some(0),
            Some(b) if b + 1 < rubric.levels.len() => Some(b + 1),
            Some(_) => None,
        };
        let mut report = Report {
            schema: None,
            schema_version: SCHEMA_VERSION,
            rubric: RubricInfo::of(rubric),
            summary: Summary::default(),
            name: profile.name.clone(),
            years_experience: profile.years_experience,
            education: profile.education,
            assessed_on: profile.assessed_on.map(|d| d.to_string()),
            target_level: target.id.clone(),
            target_title: target.title.clone(),
            target_chosen_by,
            scale: rubric.scale.iter().map(|p| p.label.clone()).collect(),
            best_level: best.map(|l| l.id.clone()),
            best_title: best.map(|l| l.title.clone()),
            thresholds: ThresholdInfo {
                ready_readiness: rubric.thresholds.ready_readiness,
                blocking_gap: rubric.thresholds.blocking_gap,
            },
            basis: profile.basis,
            verified_skills: profile.verified_skills(),
            as_of: (!reviews.is_empty())
                .then(|| as_of.map(|d| d.to_string()))
                .flatten(),
            reviews,
            reviews_set_aside: review_infos(profile.reviews_set_aside(), as_of),
            best_on_own_ratings: best_on_own_ratings(rubric, profile, assessment),
            since: None,
            levels: level_rows(rubric, assessment, lang),
            skills: skill_rows(rubric, profile, assessment),
            strengths: strengths(rubric, assessment),
            disagreements: disagreements(rubric, profile),
            next_level: next.map(|n| next_level(rubric, profile, assessment, n)),
            salary: SalaryContext {
                best_level: best.and_then(|l| l.salary.clone()),
                target: target.salary.clone(),
                source: target
                    .salary
                    .as_ref()
                    .and_then(|p| p.source.clone())
                    .unwrap_or_else(|| target.source.clone()),
            },
            certifications: cert_rows(rubric, profile, recommendations, &target.id, lang),
            certifications_asked: recommendations.certifications_asked,
            next_steps: plan(rubric, assessment, recommendations),
            education_paths: education_paths(rubric, assessment, next),
            certifications_held: profile
                .certifications
                .iter()
                .map(|&c| rubric.certifications[c].id.clone())
                .collect(),
            credentials: Vec::new(),
            not_rated: profile
                .not_rated()
                .into_iter()
                .map(|s| rubric.skills[s].id.clone())
                .collect(),
            not_asked: profile
                .skills_not_asked()
                .into_iter()
                .map(|s| rubric.skills[s].id.clone())
                .collect(),
            warnings,
            glossary: Vec::new(),
            lang: reading.lang,
        };
        let entry = rubric.levels.first().and_then(|l| l.entry.as_ref());
        report.summary = Summary::of(&report, entry);
        report.glossary = super::glossary::of_report(&report, &rubric.glossary);
        report
    }
}

impl Report {
    /// Adds where each listed credential stands on `window`'s day, and marks a
    /// recommendation to renew one that expired. The day is named only when a credential
    /// has an end date, so that a report without one reads the same on any day.
    pub fn with_credentials(
        mut self,
        rubric: &Rubric,
        profile: &Profile,
        window: Window,
    ) -> Report {
        self.credentials = profile
            .credentials
            .iter()
            .map(|k| {
                let c = &rubric.certifications[k.cert];
                HeldCredential {
                    id: c.id.clone(),
                    name: c.name.clone(),
                    earned: k.earned,
                    expires: k.expires,
                    state: window.state_of(k),
                    days_left: k.expires.map(|e| window.as_of.days_until(e)),
                }
            })
            .collect();
        if profile
            .credentials
            .iter()
            .any(|k| k.expires.is_some() || window.state_of(k) == CertState::Future)
        {
            self.as_of = Some(window.as_of.to_string());
        }
        for row in &mut self.certifications {
            row.renew_expired_on = self
                .credentials
                .iter()
                .find(|h| h.id == row.id && h.state == CertState::Expired)
                .and_then(|h| h.expires);
        }
        // The credentials' names are texts the report now shows.
        self.glossary = super::glossary::of_report(&self, &rubric.glossary);
        self
    }
}

/// Every skill against the target, most urgent first.
fn skill_rows(rubric: &Rubric, profile: &Profile, assessment: &Assessment) -> Vec<SkillRow> {
    let mut order: Vec<usize> = (0..rubric.skills.len()).collect();
    order.sort_by(|&a, &b| urgency_order(rubric, assessment, a, b));
    order
        .iter()
        .map(|&i| {
            let s = &rubric.skills[i];
            let sc = &assessment.skills[i];
            SkillRow {
                id: s.id.clone(),
                name: s.name.clone(),
                category: s.category,
                importance: s.importance,
                rating: sc.rating,
                asked: sc.asked,
                self_rating: profile.ratings[i],
                review_rating: profile.review_rating(i),
                perception_gap: profile.perception_gap(i),
                reviewers: profile.reviewers(i),
                required: sc.required,
                gap: sc.gap,
                priority: sc.priority,
                evidence: profile.evidence[i].clone(),
            }
        })
        .collect()
}

/// The reviews, each marked stale when older than 12 months before `as_of`.
fn review_infos(reviews: &[crate::profile::Review], as_of: Option<Date>) -> Vec<ReviewInfo> {
    reviews
        .iter()
        .map(|r| ReviewInfo {
            reviewer: r.reviewer.clone(),
            role: r.role,
            date: r.date.to_string(),
            stale: as_of.is_some_and(|d| r.date.is_stale_on(d)),
            skills_rated: r.rated(),
        })
        .collect()
}

/// The best level on the person's own ratings, when the report is scored on reviewed (or
/// the lower) ratings: the review's effect on the answer.
fn best_on_own_ratings(
    rubric: &Rubric,
    profile: &Profile,
    assessment: &Assessment,
) -> Option<OwnBest> {
    if profile.reviews().is_empty() || profile.basis == crate::profile::Basis::Own {
        return None;
    }
    let mut own = profile.clone();
    own.basis = crate::profile::Basis::Own;
    let best = score::assess(rubric, &own, Some(assessment.target)).best;
    Some(OwnBest {
        level: best.map(|b| rubric.levels[b].id.clone()),
        title: best.map(|b| rubric.levels[b].title.clone()),
    })
}

/// The skills whose own rating and review rating differ by [`PERCEPTION_TALK`] or more,
/// the largest difference first (then the more important skill, then rubric order), with
/// what the reviewers noted.
fn disagreements(rubric: &Rubric, profile: &Profile) -> Vec<Disagreement> {
    let mut found: Vec<(usize, i8)> = (0..rubric.skills.len())
        .filter_map(|s| profile.perception_gap(s).map(|g| (s, g)))
        .filter(|(_, g)| g.abs() >= PERCEPTION_TALK)
        .collect();
    found.sort_by(|a, b| {
        b.1.abs()
            .cmp(&a.1.abs())
            .then(
                rubric.skills[b.0]
                    .importance
                    .cmp(&rubric.skills[a.0].importance),
            )
            .then(a.0.cmp(&b.0))
    });
    found
        .into_iter()
        .map(|(s, gap)| Disagreement {
            id: rubric.skills[s].id.clone(),
            name: rubric.skills[s].name.clone(),
            self_rating: profile.ratings[s].unwrap_or(0),
            review_rating: profile.review_rating(s).unwrap_or(0),
            perception_gap: gap,
            notes: profile
                .reviews()
                .iter()
                .filter_map(|r| {
                    r.note(s).map(|n| ReviewNote {
                        reviewer: r.reviewer.clone(),
                        role: r.role,
                        note: n.to_string(),
                    })
                })
                .collect(),
        })
        .collect()
}

/// Skills rated above what the target needs. A skill the target does not ask for at all is
/// no strength for it, however it is rated: "1, none needed" would read as praise for
/// nothing.
fn strengths(rubric: &Rubric, assessment: &Assessment) -> Vec<Strength> {
    rubric
        .skills
        .iter()
        .zip(&assessment.skills)
        .filter_map(|(s, sc)| match sc.rating {
            Some(r) if sc.required > 0 && r > sc.required => Some(Strength {
                id: s.id.clone(),
                name: s.name.clone(),
                rating: r,
                required: sc.required,
            }),
            _ => None,
        })
        .collect()
}

/// Readiness at every level.
fn level_rows(rubric: &Rubric, assessment: &Assessment, lang: Lang) -> Vec<LevelRow> {
    rubric
        .levels
        .iter()
        .zip(&assessment.levels)
        .enumerate()
        .map(|(i, (l, ls))| LevelRow {
            id: l.id.clone(),
            title: l.title.clone(),
            years: years_band(lang, l.years),
            readiness: round_to(ls.readiness, 1),
            met: ls.met,
            reached: ls.reached,
            provisional: ls.provisional,
            blocking: ls
                .gaps
                .iter()
                .filter(|g| g.blocking)
                .map(|g| rubric.skills[g.skill].id.clone())
                .collect(),
            defining_skills: rubric
                .defining_skills(i)
                .into_iter()
                .map(|s| rubric.skills[s].id.clone())
                .collect(),
            salary: l.salary.clone(),
        })
        .collect()
}

/// The recommended certifications, with what the person needs to know of each.
fn cert_rows(
    rubric: &Rubric,
    profile: &Profile,
    recommendations: &Recommendations,
    target_id: &str,
    lang: Lang,
) -> Vec<CertRow> {
    recommendations
        .certifications
        .iter()
        .map(|pick| {
            let c = &rubric.certifications[pick.cert];
            CertRow {
                id: c.id.clone(),
                name: c.name.clone(),
                issuer: c.issuer.clone(),
                kind: c.kind,
                covers: pick
                    .covers
                    .iter()
                    .map(|&s| rubric.skills[s].id.clone())
                    .collect(),
                covered_priority: pick.covered_priority,
                suits_target: c.levels.iter().any(|l| l == target_id),
                preparation: c.preparation.clone(),
                cost: c.cost.clone(),
                prerequisites: c.prerequisites.clone(),
                eligible: pick.eligible,
                eligibility: (!pick.eligible)
                    .then(|| eligibility_note(rubric, pick.cert, profile, lang)),
                renew_expired_on: None,
                step_toward: pick.step_toward.map(|c| CertName {
                    id: rubric.certifications[c].id.clone(),
                    name: rubric.certifications[c].name.clone(),
                }),
            }
        })
        .collect()
}

/// The next steps, each with its actions grouped by the rating they lead to.
fn plan(
    rubric: &Rubric,
    assessment: &Assessment,
    recommendations: &Recommendations,
) -> Vec<NextStep> {
    recommendations
        .next_steps
        .iter()
        .map(|step| {
            let s = &rubric.skills[step.skill];
            let sc = &assessment.skills[step.skill];
            let stages: Vec<Stage> = (sc.rating.unwrap_or(0) + 1..=sc.required)
                .map(|to| Stage {
                    to,
                    actions: s.next_steps[usize::from(to) - 1].clone(),
                })
                .collect();
            NextStep {
                skill: s.id.clone(),
                name: s.name.clone(),
                rating: sc.rating,
                required: sc.required,
                priority: sc.priority,
                actions: stages.iter().flat_map(|st| st.actions.clone()).collect(),
                stages,
            }
        })
        .collect()
}

/// The education routes worth showing: every one when no level is reached yet, else those
/// that lead toward the next level or the target.
fn education_paths(
    rubric: &Rubric,
    assessment: &Assessment,
    next: Option<usize>,
) -> Vec<crate::rubric::EducationPath> {
    let toward = |l: usize| rubric.levels[l].id.as_str();
    rubric
        .education_paths
        .iter()
        .filter(|p| {
            assessment.best.is_none()
                || p.levels
                    .iter()
                    .any(|l| next.is_some_and(|n| l == toward(n)) || l == toward(assessment.target))
        })
        .cloned()
        .collect()
}

/// The education of a credential's route, after its years: "with a four-year degree", or
/// "without a degree" for the route open to anyone.
fn route_phrase(lang: Lang, e: Education) -> String {
    match e {
        Education::None => tr!(lang, "report-route-no-degree"),
        e => tr!(
            lang,
            "report-route-with",
            education = education_phrase(lang, e)
        ),
    }
}

/// Why a person may not sit for a certification yet.
fn eligibility_note(rubric: &Rubric, cert: usize, profile: &Profile, lang: Lang) -> String {
    let c = &rubric.certifications[cert];
    let gives = match profile.years_experience {
        Some(y) => tr!(
            lang,
            "report-eligibility-gives",
            years = years_text(lang, y)
        ),
        None => tr!(lang, "report-eligibility-gives-none"),
    };
    let plain = |years: f64| {
        tr!(
            lang,
            "report-eligibility-years",
            years = years_text(lang, years),
            gives = gives.as_str()
        )
    };
    match rubric.cert_eligibility(cert, profile.years_experience, profile.education) {
        Eligibility::NeedsEducation { least } => tr!(
            lang,
            "report-eligibility-education",
            education = education_phrase(lang, least),
            given = profile.education.map_or_else(
                || tr!(lang, "report-eligibility-none"),
                |e| education_phrase(lang, e)
            )
        ),
        Eligibility::NeedsYears {
            years,
            route: Some(route),
            education_known,
        } => {
            let others: Vec<String> = c
                .education_routes
                .iter()
                .filter(|r| r.education != route)
                .map(|r| {
                    format!(
                        "{} {}",
                        years_text(lang, r.years),
                        route_phrase(lang, r.education)
                    )
                })
                .collect();
            let mut note = tr!(
                lang,
                "report-eligibility-route",
                years = years_text(lang, years),
                route = route_phrase(lang, route),
                others = others.join(", "),
                gives = gives.as_str()
            );
            if !education_known {
                note.push_str(&format!("; {}", tr!(lang, "report-eligibility-stricter")));
            }
            note
        }
        // Only asked of a person who is not eligible; the plain rule when eligible after all.
        Eligibility::NeedsYears {
            years, route: None, ..
        } => plain(years),
        Eligibility::Eligible => plain(c.requires_years),
    }
}

fn next_level(rubric: &Rubric, profile: &Profile, assessment: &Assessment, n: usize) -> NextLevel {
    let level = &rubric.levels[n];
    let standing = &assessment.levels[n];
    let mut gaps = standing.gaps.clone();
    // The level's defining skills first: each alone holds the level back. Then the largest
    // weighted gap first, then rubric order.
    let weight =
        |g: &score::LevelGap| u32::from(rubric.skills[g.skill].importance) * u32::from(g.gap);
    gaps.sort_by(|a, b| {
        b.defining
            .cmp(&a.defining)
            .then(weight(b).cmp(&weight(a)))
            .then(a.skill.cmp(&b.skill))
    });
    NextLevel {
        id: level.id.clone(),
        title: level.title.clone(),
        readiness: round_to(standing.readiness, 1),
        readiness_short_by: round_to(
            (rubric.thresholds.ready_readiness - standing.readiness).max(0.0),
            1,
        ),
        gaps: rubric
            .defining_skills(n)
            .into_iter()
            .filter(|&s| !profile.scored_ratings().asked(s))
            .map(|s| Gap {
                id: rubric.skills[s].id.clone(),
                name: rubric.skills[s].name.clone(),
                rating: None,
                required: rubric.skills[s].required[n],
                gap: 0,
                blocking: false,
                defining: true,
                asked: false,
            })
            .chain(gaps.iter().map(|g| {
                let s = &rubric.skills[g.skill];
                Gap {
                    id: s.id.clone(),
                    name: s.name.clone(),
                    rating: profile.scored_ratings().get(g.skill),
                    required: s.required[n],
                    gap: g.gap,
                    blocking: g.blocking,
                    defining: g.defining,
                    asked: true,
                }
            }))
            .collect(),
    }
}
