//! The answer people act on, "which level have I reached", as properties of every built-in
//! rubric, over thousands of random profiles:
//!
//! - raising any one rating never lowers the best level nor any level's readiness;
//! - the reached levels are a run from the first level up to the best level, which is met,
//!   and no level above the best one is met;
//! - a level's standing is its own conditions, whatever the levels around it, with the skills
//!   a profile leaves out (not asked) counted on neither side of readiness.
//!
//! The two properties of the exact profile of each level (it has that level as best; one
//! point less anywhere drops at most one level) are checked exhaustively in `ladder.rs`.

mod common;

use proptest::prelude::*;
use skillgap::catalog::BUILTINS;
use skillgap::profile::Profile;
use skillgap::rubric::Rubric;
use skillgap::score::assess;

fn builtins() -> &'static [Rubric] {
    common::builtin_rubrics()
}

/// The most skills of any built-in rubric: random ratings are drawn for that many and cut
/// to the rubric's own count.
const MAX_SKILLS: usize = 40;

/// A built-in rubric (by index), random ratings (about one in ten not rated) and, in a third of
/// the cases, about one skill in five left out (not asked). Ratings near a level's
/// requirements are the interesting ones, so half the time each rating is drawn around the
/// requirement of a random level.
fn cases() -> impl Strategy<Value = (usize, Vec<Option<u8>>, Vec<bool>)> {
    let n = BUILTINS.len();
    (
        0..n,
        0usize..6,
        proptest::collection::vec(
            (
                proptest::bool::ANY,
                -1i8..=1,
                proptest::option::weighted(0.9, 0u8..=4),
            ),
            MAX_SKILLS,
        ),
        proptest::bool::weighted(0.33),
        proptest::collection::vec(proptest::bool::weighted(0.2), MAX_SKILLS),
    )
        .prop_map(|(rubric, level, draws, leave_out, mask)| {
            let r = &builtins()[rubric];
            let level = level.min(r.levels.len() - 1);
            let ratings: Vec<Option<u8>> = r
                .skills
                .iter()
                .zip(draws)
                .map(|(skill, (near, delta, free))| {
                    if near {
                        let q = i16::from(skill.required[level]) + i16::from(delta);
                        Some(q.clamp(0, 4) as u8)
                    } else {
                        free
                    }
                })
                .collect();
            let not_asked: Vec<bool> = if leave_out {
                mask[..r.skills.len()].to_vec()
            } else {
                Vec::new()
            };
            // A skill left out has no rating, as a profile file reads it.
            let ratings = ratings
                .into_iter()
                .enumerate()
                .map(|(s, rating)| rating.filter(|_| asked(&not_asked, s)))
                .collect();
            (rubric, ratings, not_asked)
        })
}

fn profile(r: &Rubric, ratings: &[Option<u8>], not_asked: &[bool]) -> Profile {
    let mut p = Profile::empty(r);
    p.ratings = ratings.to_vec();
    p.not_asked = not_asked.to_vec();
    p
}

fn asked(not_asked: &[bool], s: usize) -> bool {
    !not_asked.get(s).copied().unwrap_or(false)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn raising_one_rating_never_lowers_the_best_level_nor_any_readiness(
        (rubric, ratings, not_asked) in cases(),
        skill in 0usize..MAX_SKILLS,
    ) {
        let r = &builtins()[rubric];
        // A skill asked, below the top of the scale.
        let candidates: Vec<usize> = (0..r.skills.len())
            .filter(|&s| asked(&not_asked, s) && ratings[s].unwrap_or(0) < r.max_rating())
            .collect();
        prop_assume!(!candidates.is_empty());
        let skill = candidates[skill % candidates.len()];
        let current = ratings[skill].unwrap_or(0);
        let mut raised = ratings.clone();
        raised[skill] = Some(current + 1);
        let before = assess(r, &profile(r, &ratings, &not_asked), None);
        let after = assess(r, &profile(r, &raised, &not_asked), None);
        prop_assert!(after.best >= before.best, "{}: {:?} → {:?}", r.id, before.best, after.best);
        for (l, (b, a)) in before.levels.iter().zip(&after.levels).enumerate() {
            prop_assert!(a.readiness >= b.readiness, "{}: level {l}", r.id);
            prop_assert!(!b.met || a.met, "{}: level {l} no longer met", r.id);
        }
    }

    #[test]
    fn the_reached_levels_run_from_the_first_to_the_best_which_is_met(
        (rubric, ratings, not_asked) in cases(),
    ) {
        let r = &builtins()[rubric];
        let a = assess(r, &profile(r, &ratings, &not_asked), None);
        let reached: Vec<bool> = a.levels.iter().map(|l| l.reached).collect();
        match a.best {
            None => {
                prop_assert!(reached.iter().all(|&x| !x));
                prop_assert!(a.levels.iter().all(|l| !l.met));
            }
            Some(b) => {
                prop_assert!(a.levels[b].met);
                for (l, level) in a.levels.iter().enumerate() {
                    prop_assert_eq!(level.reached, l <= b, "{}: level {}", r.id, l);
                    if l > b {
                        prop_assert!(!level.met, "{}: level {} met above the best", r.id, l);
                    }
                }
            }
        }
    }

    #[test]
    fn a_level_is_met_on_its_own_conditions(
        (rubric, ratings, not_asked) in cases(),
    ) {
        let r = &builtins()[rubric];
        let a = assess(r, &profile(r, &ratings, &not_asked), None);
        for (l, level) in a.levels.iter().enumerate() {
            let defining = r.defining_skills(l);
            let (mut met, mut weight, mut left_out) = (0u32, 0u32, 0u32);
            let mut blocked = false;
            let mut defining_short = false;
            for (s, skill) in r.skills.iter().enumerate() {
                let (q, w) = (skill.required[l], u32::from(skill.importance));
                if !asked(&not_asked, s) {
                    left_out += w * u32::from(q);
                    // A defining skill not asked holds the level back.
                    defining_short |= defining.contains(&s);
                    continue;
                }
                let rating = ratings[s].unwrap_or(0);
                met += w * u32::from(rating.min(q));
                weight += w * u32::from(q);
                let gap = q.saturating_sub(rating);
                blocked |= gap >= r.thresholds.blocking_gap;
                defining_short |= gap > 0 && defining.contains(&s);
            }
            let readiness = if weight == 0 { 100.0 } else { 100.0 * f64::from(met) / f64::from(weight) };
            prop_assert!((level.readiness - readiness).abs() < 1e-9, "{}: level {}", r.id, l);
            prop_assert_eq!(level.provisional, left_out > 0);
            let nothing_asked = weight == 0 && left_out > 0;
            let ready = readiness >= r.thresholds.ready_readiness;
            prop_assert_eq!(
                level.met,
                ready && !blocked && !defining_short && !nothing_asked,
                "{}: level {}", r.id, l
            );
        }
    }
}
