//! Profiles drawn for property tests: ratings around a random level's requirements.

use proptest::prelude::*;
use skillgap::catalog::BUILTINS;
use skillgap::rubric::Education;

/// More skills than any built-in rubric has.
const MAX_SKILLS: usize = 40;

/// A built-in rubric (its index in `common::builtin_rubrics()`), ratings drawn around a
/// random level's requirements (so every level is often the best one), and an education
/// (or none given).
pub fn ratings_around_a_level() -> impl Strategy<Value = (usize, Vec<Option<u8>>, Option<Education>)>
{
    (
        0..BUILTINS.len(),
        0usize..6,
        proptest::collection::vec(
            (-2i8..=1, proptest::option::weighted(0.95, Just(()))),
            MAX_SKILLS,
        ),
        proptest::option::of(proptest::sample::select(Education::ALL.to_vec())),
    )
        .prop_map(|(rubric, level, draws, education)| {
            let r = &super::builtin_rubrics()[rubric];
            let level = level.min(r.levels.len() - 1);
            let ratings = r
                .skills
                .iter()
                .zip(draws)
                .map(|(skill, (delta, rated))| {
                    rated.map(|()| {
                        (i16::from(skill.required[level]) + i16::from(delta)).clamp(0, 4) as u8
                    })
                })
                .collect();
            (rubric, ratings, education)
        })
}
