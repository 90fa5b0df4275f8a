//! Invariants of the scoring, checked over random valid profiles of the shipped rubric, and
//! robustness of the whole pipeline over arbitrary bytes.

mod common;

use proptest::prelude::*;
use skillgap::export::{self as report, Format};
use skillgap::gap_report::build_report;
use skillgap::input::{Origin, decode};
use skillgap::profile::{self, Profile, Strictness};
use skillgap::report::Report;
use skillgap::rubric::Rubric;
use skillgap::score::{Assessment, Detail, assess, assess_into, gap};

fn rubric() -> Rubric {
    Rubric::builtin()
}

/// A random valid profile: each skill rated 0-4 or not rated, any target or none.
fn profiles() -> impl Strategy<Value = Profile> {
    let r = rubric();
    let skills = r.skills.len();
    let levels = r.levels.len();
    (
        proptest::collection::vec(proptest::option::weighted(0.9, 0u8..=4), skills),
        proptest::option::of(0..levels),
        proptest::option::of(0.0f64..=60.0),
    )
        .prop_map(move |(ratings, target, years)| {
            let mut p = Profile::empty(&r);
            p.ratings = ratings;
            p.target = target;
            p.years_experience = years;
            p
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn a_team_s_scoring_agrees_with_the_report_s(p in profiles()) {
        let r = rubric();
        let full = assess(&r, &p, None);
        // Scored for a tally, into an assessment left over from another member.
        let mut standing: Assessment = assess(&r, &Profile::empty(&r), Some(r.levels.len() - 1));
        assess_into(&r, &p, None, &mut standing, Detail::Standing);
        prop_assert_eq!(standing.best, full.best);
        prop_assert_eq!(standing.target, full.target);
        prop_assert_eq!(&standing.skills, &full.skills);
        for (l, (s, f)) in standing.levels.iter().zip(&full.levels).enumerate() {
            prop_assert_eq!(s.readiness, f.readiness);
            prop_assert_eq!(s.met, f.met);
            prop_assert_eq!(s.reached, f.reached);
            prop_assert!(s.gaps.is_empty());
            // The rule, read off the report's list of gaps.
            let held_back = f.gaps.iter().any(|g| g.blocking || g.defining);
            let ready = f.readiness >= r.thresholds.ready_readiness;
            prop_assert_eq!(f.met, ready && !held_back, "level {}", l);
        }
    }

    #[test]
    fn readiness_is_between_0_and_100(p in profiles()) {
        let r = rubric();
        let a = assess(&r, &p, None);
        for l in &a.levels {
            prop_assert!((0.0..=100.0).contains(&l.readiness), "{}", l.readiness);
        }
    }

    #[test]
    fn raising_one_rating_never_lowers_readiness_nor_raises_a_gap(
        p in profiles(),
        skill in 0usize..20,
    ) {
        let r = rubric();
        let current = p.ratings[skill].unwrap_or(0);
        prop_assume!(current < 4);
        let mut raised = p.clone();
        raised.ratings[skill] = Some(current + 1);
        let before = assess(&r, &p, None);
        let after = assess(&r, &raised, before.target.into());
        for (b, a) in before.levels.iter().zip(&after.levels) {
            prop_assert!(a.readiness >= b.readiness);
            prop_assert!(!b.reached || a.reached);
        }
        for (l, _) in r.levels.iter().enumerate() {
            for (s, sk) in r.skills.iter().enumerate() {
                prop_assert!(gap(raised.ratings[s], sk.required[l]) <= gap(p.ratings[s], sk.required[l]));
            }
        }
        for (b, a) in before.skills.iter().zip(&after.skills) {
            prop_assert!(a.gap <= b.gap);
            prop_assert!(a.priority <= b.priority);
        }
    }

    #[test]
    fn reached_levels_stay_reached_for_any_higher_profile(
        p in profiles(),
        bumps in proptest::collection::vec(0u8..=4, 20),
    ) {
        let r = rubric();
        let mut higher = p.clone();
        for (s, b) in bumps.iter().enumerate() {
            higher.ratings[s] = Some((p.ratings[s].unwrap_or(0) + b).min(4));
        }
        let low = assess(&r, &p, None);
        let high = assess(&r, &higher, None);
        for (l, (a, b)) in low.levels.iter().zip(&high.levels).enumerate() {
            prop_assert!(!a.reached || b.reached, "level {l} lost");
        }
        prop_assert!(high.best >= low.best);
    }

    #[test]
    fn json_report_round_trips(p in profiles(), max_certs in 0usize..5) {
        let r = rubric();
        let rep = build_report(&r, &p, None, max_certs, vec!["a warning".into()]);
        let bytes = report::render_to_vec(&*report::renderer(Format::Json, false, None), &rep).unwrap();
        let back: Report = serde_json::from_slice(&bytes).unwrap();
        prop_assert_eq!(back, rep);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let r = rubric();
        if let Ok(text) = decode(bytes, &Origin::Stdin)
            && let Ok(p) = profile::parse(&text, &Origin::Stdin, &r, Strictness::default()) {
                let rep = build_report(&r, &p, None, 3, Vec::new());
                for f in [Format::Table, Format::Json, Format::Markdown] {
                    report::render_to_vec(&*report::renderer(f, true, Some(80)), &rep).unwrap();
                }
            }
    }

    #[test]
    fn json_shaped_noise_never_panics(
        text in r#"\{"ratings": \{("[a-z-]{1,20}": (-?[0-9]{1,3}(\.[0-9])?|null|"[0-9]"|true),? ?){0,6}\}(, "target_level": "[a-z]{1,10}")?\}"#
    ) {
        let r = rubric();
        if let Ok(p) = profile::parse(&text, &Origin::Stdin, &r, Strictness::default()) {
            build_report(&r, &p, None, 3, Vec::new());
        }
    }
}

proptest! {
    // Each case starts a process, so fewer of them.
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn the_binary_exits_0_or_2_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..256)) {
        let out = common::skillgap()
            .args(["assess", "--input", "-"])
            .write_stdin(bytes)
            .output()
            .unwrap();
        let code = out.status.code();
        prop_assert!(code == Some(0) || code == Some(2), "exit {:?}", code);
        prop_assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
    }
}
