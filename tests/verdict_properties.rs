//! The verdict (the report's `summary`, the answer every format shows first) as properties
//! of every built-in rubric, over random profiles: it never disagrees with the report it
//! opens.
//!
//! - at most five lines, the first naming the best level reached or, with none, the first
//!   level;
//! - its best level is the report's; its next level is the report's;
//! - its first things are skills that stand before the next level (those that hold it back
//!   on their own first), or, with none there, the plan's first steps;
//! - "can I apply?" is answered exactly when no level is reached, from the education.

mod common;

use proptest::prelude::*;
use skillgap::gap_report::build_report;
use skillgap::profile::Profile;
use skillgap::report::{CanApply, Report};
use skillgap::rubric::{Education, Rubric};

fn builtins() -> &'static [Rubric] {
    common::builtin_rubrics()
}

fn report(r: &Rubric, ratings: &[Option<u8>], education: Option<Education>) -> Report {
    let mut p = Profile::empty(r);
    p.ratings = ratings.to_vec();
    p.education = education;
    build_report(r, &p, None, 3, Vec::new())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn the_verdict_agrees_with_the_report_it_opens((rubric, ratings, education) in common::cases::ratings_around_a_level()) {
        let r = &builtins()[rubric];
        let rep = report(r, &ratings, education);
        let s = &rep.summary;
        prop_assert!((1..=5).contains(&s.lines.len()), "{:?}", s.lines);
        prop_assert_eq!(&s.best_level, &rep.best_level);
        prop_assert_eq!(s.next_level.as_ref(), rep.next_level.as_ref().map(|n| &n.id));
        match &rep.best_title {
            Some(best) => prop_assert!(s.lines[0].contains(best.as_str()), "{:?}", s.lines),
            None => prop_assert!(s.lines[0].contains(rep.levels[0].title.as_str()), "{:?}", s.lines),
        }
        // The first things: before the next level when anything stands there.
        let gaps = rep.next_level.as_ref().map_or(&[][..], |n| &n.gaps[..]);
        prop_assert!(s.first.len() <= 3);
        if gaps.is_empty() {
            let plan: Vec<&str> = rep.next_steps.iter().take(3).map(|n| n.skill.as_str()).collect();
            let first: Vec<&str> = s.first.iter().map(|f| f.skill.as_str()).collect();
            prop_assert_eq!(first, plan);
        } else {
            prop_assert_eq!(s.first.len(), gaps.len().min(3));
            let holds_back = |id: &str| gaps.iter().any(|g| g.id == id && (g.defining || g.blocking || !g.asked));
            let n_back = gaps.iter().filter(|g| holds_back(&g.id)).count();
            for (i, f) in s.first.iter().enumerate() {
                let g = gaps.iter().find(|g| g.id == f.skill);
                prop_assert!(g.is_some(), "{} is not before the next level", f.skill);
                let g = g.unwrap();
                prop_assert_eq!((f.rating, f.required, f.asked), (g.rating, g.required, g.asked));
                // What holds the level back on its own is never behind what does not.
                prop_assert_eq!(holds_back(&f.skill), i < n_back, "{:?}", s.first);
            }
            let listed = s.lines.iter().find(|l| l.starts_with("Do first: "));
            prop_assert!(listed.is_some(), "{:?}", s.lines);
            for f in &s.first {
                prop_assert!(listed.unwrap().contains(f.name.as_str()));
            }
        }
        // "Can I apply?" only before the first level, from the education.
        let entry = r.levels[0].entry.as_ref();
        match (&rep.best_level, entry) {
            (None, Some(e)) => {
                let expected = match education {
                    Some(have) if have >= e.education => CanApply::Yes,
                    Some(_) => CanApply::EducationFirst,
                    None => CanApply::EducationUnknown,
                };
                prop_assert_eq!(s.can_apply, Some(expected));
                prop_assert!(s.lines.iter().any(|l| l.starts_with("Can you apply")));
            }
            _ => {
                prop_assert_eq!(s.can_apply, None);
                prop_assert!(!s.lines.iter().any(|l| l.starts_with("Can you apply")));
            }
        }
    }
}

/// The boundaries of "can I apply?": the education just below, at and above what the first
/// level asks, and none given.
#[test]
fn can_i_apply_turns_on_the_entry_education() {
    for r in builtins() {
        let entry = r.levels[0]
            .entry
            .as_ref()
            .expect("every built-in first level has entry requirements");
        // No rating at all: no level is reached.
        let nothing = vec![Some(0); r.skills.len()];
        let answer = |e: Option<Education>| report(r, &nothing, e).summary.can_apply;
        for e in Education::ALL {
            let expected = if e >= entry.education {
                CanApply::Yes
            } else {
                CanApply::EducationFirst
            };
            assert_eq!(answer(Some(e)), Some(expected), "{} with {e:?}", r.id);
        }
        assert_eq!(answer(None), Some(CanApply::EducationUnknown), "{}", r.id);
        let line = report(r, &nothing, Some(Education::None)).summary.lines[1].clone();
        assert!(line.contains("earn it first"), "{line}");
    }
}
