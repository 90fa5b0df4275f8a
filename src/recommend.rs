//! Recommendations: which certifications close the most important gaps, and the next steps
//! in order. Pure, like scoring: it reads an [`Assessment`] and never prints or reads files.

use crate::profile::Profile;
use crate::rubric::Rubric;
use crate::score::Assessment;

/// How many next steps the plan holds.
pub const MAX_NEXT_STEPS: usize = 5;

/// A recommended certification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CertPick {
    /// Index of the certification in the rubric.
    pub cert: usize,
    /// The person's gaps it addresses (skill indexes, in rubric order).
    pub covers: Vec<usize>,
    /// The priority it covered when it was chosen.
    pub covered_priority: u32,
    /// Whether the person meets its experience rule.
    pub eligible: bool,
    /// The credential (index) it is the first step toward, when it was chosen because that
    /// one builds on it.
    pub step_toward: Option<usize>,
}

/// One step of the plan: a skill to raise, and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// Index of the skill.
    pub skill: usize,
}

/// Everything recommended for one assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recommendations {
    /// Certifications, in the order they were chosen.
    pub certifications: Vec<CertPick>,
    /// Whether certifications were asked for at all (`max_certs` above 0).
    pub certifications_asked: bool,
    /// Skills to work on, most urgent first.
    pub next_steps: Vec<Step>,
}

/// Chooses certifications greedily and orders the next steps.
///
/// A certification helps with a gap only if it builds the skill above the person's current
/// rating (a Yellow Belt, which builds process improvement to 1, does nothing for someone
/// already at 1). Each round takes the certification, not already held or chosen, whose
/// helpful skills cover the largest priority still uncovered among the target's gaps. It
/// looks in turn among those the person is eligible for (by years of experience) that the
/// rubric lists for the target level, then the other eligible ones, then the ones whose
/// experience rule the person does not meet yet, listed for the target first (a career
/// changer is not sent to a credential that needs three years of experience while one they
/// can sit for now would help). Ties go to the cheaper, then to the one listed first. A
/// certification that builds on another the person neither holds nor has outgrown (rates
/// above everything it builds) is never chosen before it: that one is chosen in its place,
/// as the step toward it, and it may come in a later round. It stops at `max_certs` or when
/// no certification covers any remaining priority.
pub fn recommend(
    rubric: &Rubric,
    profile: &Profile,
    assessment: &Assessment,
    max_certs: usize,
) -> Recommendations {
    let mut remaining: Vec<u32> = assessment.skills.iter().map(|s| s.priority).collect();
    let target_id = &rubric.levels[assessment.target].id;
    let mut available: Vec<usize> = (0..rubric.certifications.len())
        .filter(|c| profile.certifications.binary_search(c).is_err())
        .collect();
    let mut certifications = Vec::new();
    let eligible = |c: usize| rubric.cert_eligible(c, profile.years_experience, profile.education);
    let held = |c: usize| profile.certifications.binary_search(&c).is_ok();
    // A credential that builds on another waits for it: until the person holds it, it is
    // chosen here, or the person already rates above everything it builds.
    let outgrown = |c: usize| {
        rubric
            .cert_skills(c)
            .iter()
            .zip(rubric.cert_builds(c))
            .all(|(&s, &to)| !raises(to, assessment.skills[s].rating))
    };
    let suits = |c: usize| {
        rubric.certifications[c]
            .levels
            .iter()
            .any(|l| l == target_id)
    };
    while certifications.len() < max_certs {
        let picked: Vec<usize> = certifications.iter().map(|p: &CertPick| p.cert).collect();
        let covers = |c: usize| helped_skills(rubric, assessment, &remaining, c);
        let covered = |c: usize| -> u32 { covers(c).map(|s| remaining[s]).sum() };
        let pick = |tier: (bool, bool)| {
            available
                .iter()
                .filter(|&&c| (eligible(c) || !tier.0) && (suits(c) || !tier.1))
                .map(|&c| (c, covered(c), rubric.certifications[c].cost.min_usd))
                .filter(|&(_, covered, _)| covered > 0)
                .max_by(|a, b| a.1.cmp(&b.1).then(b.2.cmp(&a.2)).then(b.0.cmp(&a.0)))
        };
        let Some((best, _, _)) = pick((true, true))
            .or_else(|| pick((true, false)))
            .or_else(|| pick((false, true)))
            .or_else(|| pick((false, false)))
        else {
            break;
        };
        // Never before the credentials it builds on: those come first, each as a step
        // toward the next, and leave the gaps they help with to the one they lead to.
        let mut path = rubric.cert_path(best, |b| held(b) || picked.contains(&b) || outgrown(b));
        path.truncate(max_certs - certifications.len());
        for (cert, step_toward) in path {
            available.retain(|&c| c != cert);
            let covers: Vec<usize> = helped_skills(rubric, assessment, &remaining, cert).collect();
            let covered = covers.iter().map(|&s| remaining[s]).sum();
            if step_toward.is_none() {
                for &s in &covers {
                    remaining[s] = 0;
                }
            }
            certifications.push(CertPick {
                cert,
                covers,
                covered_priority: covered,
                eligible: eligible(cert),
                step_toward,
            });
        }
    }

    let mut urgent: Vec<usize> = (0..assessment.skills.len())
        .filter(|&s| assessment.skills[s].priority > 0)
        .collect();
    urgent.sort_by(|&a, &b| urgency_order(rubric, assessment, a, b));
    let next_steps = urgent
        .into_iter()
        .take(MAX_NEXT_STEPS)
        .map(|skill| Step { skill })
        .collect();

    Recommendations {
        certifications,
        certifications_asked: max_certs > 0,
        next_steps,
    }
}

/// The skills certification `cert` helps with: an uncovered gap, and a body of knowledge that
/// goes beyond the person's current rating.
fn helped_skills<'a>(
    rubric: &'a Rubric,
    assessment: &'a Assessment,
    remaining: &'a [u32],
    cert: usize,
) -> impl Iterator<Item = usize> + 'a {
    rubric
        .cert_skills(cert)
        .iter()
        .zip(rubric.cert_builds(cert))
        .filter(move |&(&s, &to)| remaining[s] > 0 && raises(to, assessment.skills[s].rating))
        .map(|(&s, _)| s)
}

/// Whether a credential that builds a skill to `builds_to` would take a person with `rating`
/// (not rated counts as 0) any higher: the rule that decides whether it closes their gap.
pub fn raises(builds_to: u8, rating: Option<u8>) -> bool {
    builds_to > rating.unwrap_or(0)
}

/// Most urgent first: higher priority, then larger gap, then higher importance, then rubric
/// order. Used for the next steps and for the report's skill table, so both agree.
pub fn urgency_order(
    rubric: &Rubric,
    assessment: &Assessment,
    a: usize,
    b: usize,
) -> std::cmp::Ordering {
    let (sa, sb) = (&assessment.skills[a], &assessment.skills[b]);
    sb.priority
        .cmp(&sa.priority)
        .then(sb.gap.cmp(&sa.gap))
        .then(
            rubric.skills[b]
                .importance
                .cmp(&rubric.skills[a].importance),
        )
        .then(a.cmp(&b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::assess;

    fn ratings(r: &Rubric, pairs: &[(&str, u8)]) -> Profile {
        let mut p = Profile::empty(r);
        p.ratings = vec![Some(4); r.skills.len()];
        for (id, v) in pairs {
            p.ratings[r.skill_index(id).unwrap()] = Some(*v);
        }
        p
    }

    #[test]
    fn greedy_choice_covers_largest_priority_first_and_never_twice() {
        let r = Rubric::builtin();
        let mut p = ratings(&r, &[("process-improvement", 0), ("quality-control", 0)]);
        p.target = r.level_index("lead");
        let a = assess(&r, &p, None);
        let rec = recommend(&r, &p, &a, 3);
        assert!(!rec.certifications.is_empty());
        // The first pick that is not a step toward another covers the largest total priority
        // any certification suited to the target can.
        let first = rec
            .certifications
            .iter()
            .find(|c| c.step_toward.is_none())
            .unwrap();
        let best_possible = (0..r.certifications.len())
            .filter(|&c| r.certifications[c].levels.iter().any(|l| l == "lead"))
            .map(|c| {
                r.cert_skills(c)
                    .iter()
                    .map(|&s| a.skills[s].priority)
                    .sum::<u32>()
            })
            .max()
            .unwrap();
        assert_eq!(first.covered_priority, best_possible);
        // A skill is covered by at most one pick (steps leave their gaps to the next one).
        let mut covered: Vec<usize> = rec
            .certifications
            .iter()
            .filter(|c| c.step_toward.is_none())
            .flat_map(|c| c.covers.clone())
            .collect();
        let n = covered.len();
        covered.sort_unstable();
        covered.dedup();
        assert_eq!(covered.len(), n);
        assert!(rec.certifications.iter().all(|c| c.covered_priority > 0));
    }

    #[test]
    fn a_credential_comes_after_the_one_it_builds_on_as_its_step() {
        let r = Rubric::builtin();
        let cert = |id: &str| r.cert_index(id).unwrap();
        // Process improvement at 0 toward Senior (3): the Green Belt closes it, and builds
        // on the Yellow Belt, which comes first as the step toward it.
        let mut p = ratings(&r, &[("process-improvement", 0)]);
        p.target = r.level_index("senior");
        let a = assess(&r, &p, None);
        let picks: Vec<(usize, Option<usize>)> = recommend(&r, &p, &a, 3)
            .certifications
            .iter()
            .map(|c| (c.cert, c.step_toward))
            .collect();
        assert_eq!(
            picks[..2],
            [
                (cert("lss-yellow"), Some(cert("lss-green"))),
                (cert("lss-green"), None)
            ]
        );
        // With room for one only, the step.
        let one = recommend(&r, &p, &a, 1).certifications;
        assert_eq!(one[0].cert, cert("lss-yellow"));
        // Held, or outgrown (already at 1, all a Yellow Belt builds), it is not a step.
        p.certifications = vec![cert("lss-yellow")];
        assert_eq!(
            recommend(&r, &p, &a, 1).certifications[0].cert,
            cert("lss-green")
        );
        let mut at_one = ratings(&r, &[("process-improvement", 1)]);
        at_one.target = r.level_index("senior");
        let a = assess(&r, &at_one, None);
        assert_eq!(
            recommend(&r, &at_one, &a, 1).certifications[0].cert,
            cert("lss-green")
        );
    }

    #[test]
    fn held_certifications_are_not_recommended() {
        let r = Rubric::builtin();
        let mut p = ratings(&r, &[("health-safety", 0)]);
        p.target = r.level_index("specialist");
        let a = assess(&r, &p, None);
        let first = recommend(&r, &p, &a, 1).certifications[0].cert;
        p.certifications = vec![first];
        let again = recommend(&r, &p, &a, 3);
        assert!(again.certifications.iter().all(|c| c.cert != first));
    }

    #[test]
    fn no_gaps_means_no_recommendations() {
        let r = Rubric::builtin();
        let p = ratings(&r, &[]);
        let a = assess(&r, &p, None);
        let rec = recommend(&r, &p, &a, 3);
        assert!(rec.certifications.is_empty());
        assert!(rec.next_steps.is_empty());
    }

    #[test]
    fn next_steps_follow_priority_and_stop_at_five() {
        let r = Rubric::builtin();
        let mut p = Profile::empty(&r);
        p.target = r.level_index("manager");
        let a = assess(&r, &p, None);
        let rec = recommend(&r, &p, &a, 0);
        assert!(rec.certifications.is_empty());
        assert_eq!(rec.next_steps.len(), MAX_NEXT_STEPS);
        let pr: Vec<u32> = rec
            .next_steps
            .iter()
            .map(|s| a.skills[s.skill].priority)
            .collect();
        assert!(pr.windows(2).all(|w| w[0] >= w[1]), "{pr:?}");
        let max = a.skills.iter().map(|s| s.priority).max().unwrap();
        assert_eq!(pr[0], max);
    }
}
