//! Coverage: whether a team (or one of its lines, shifts or cells) can run each skill without
//! depending on one person. The rule of thumb on production floors is at least two people
//! who work on their own and one who can train others, for every critical process.
//!
//! Pure: counts in, a status out. For skill s with `independent` people rated at least the
//! rubric's `coverage.independent` (3) and `trainers` rated at least `coverage.trainer` (4):
//!
//! - `none` when nobody is independent;
//! - `single` when exactly one person is: a single point of failure, whatever the minimums;
//! - `low` when fewer than `min_independent` (2) are independent or fewer than
//!   `min_trainers` (1) can train;
//! - `ok` otherwise.

use serde::{Deserialize, Serialize};

use crate::rubric::CoverageRules;

/// How well one skill is covered.
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
pub enum Status {
    /// Nobody works on their own in the skill.
    None,
    /// Exactly one person does: a single point of failure.
    Single,
    /// Fewer independent people or trainers than the minimums.
    Low,
    /// Enough independent people and trainers.
    Ok,
}

impl Status {
    /// The status as a word, as JSON writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::None => "none",
            Status::Single => "single",
            Status::Low => "low",
            Status::Ok => "ok",
        }
    }

    /// The status for a reader: "nobody independent", "one person".
    pub fn describe(self) -> &'static str {
        match self {
            Status::None => "nobody independent",
            Status::Single => "one person (single point of failure)",
            Status::Low => "below the minimum",
            Status::Ok => "covered",
        }
    }
}

/// The status of a skill with `independent` people who work on their own and `trainers`
/// who can train it.
pub fn status(independent: u64, trainers: u64, rules: &CoverageRules) -> Status {
    match independent {
        0 => Status::None,
        1 => Status::Single,
        n if n < u64::from(rules.min_independent) || trainers < u64::from(rules.min_trainers) => {
            Status::Low
        }
        _ => Status::Ok,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(min_independent: u32, min_trainers: u32) -> CoverageRules {
        CoverageRules {
            min_independent,
            min_trainers,
            ..CoverageRules::default()
        }
    }

    #[test]
    fn status_at_its_boundaries() {
        let r = rules(2, 1);
        assert_eq!(status(0, 0, &r), Status::None);
        assert_eq!(
            status(0, 5, &r),
            Status::None,
            "trainers are counted only if independent"
        );
        assert_eq!(status(1, 1, &r), Status::Single, "one person is one person");
        assert_eq!(status(2, 0, &r), Status::Low, "no trainer");
        assert_eq!(status(2, 1, &r), Status::Ok, "exactly the minimums");
        assert_eq!(status(3, 1, &r), Status::Ok);
        let r = rules(3, 2);
        assert_eq!(status(2, 2, &r), Status::Low, "one below min_independent");
        assert_eq!(status(3, 1, &r), Status::Low, "one below min_trainers");
        assert_eq!(status(3, 2, &r), Status::Ok);
        let r = rules(1, 0);
        assert_eq!(
            status(1, 0, &r),
            Status::Single,
            "single even when the minimum is 1"
        );
        assert_eq!(status(2, 0, &r), Status::Ok, "no trainer asked for");
    }

    #[test]
    fn worse_statuses_sort_first() {
        let mut all = [Status::Ok, Status::Low, Status::None, Status::Single];
        all.sort();
        assert_eq!(all, [Status::None, Status::Single, Status::Low, Status::Ok]);
    }
}
