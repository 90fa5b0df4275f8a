//! The ladder can be told apart at every level, for every built-in rubric and every valid
//! rubric in the test corpus: meeting exactly what a level requires reaches that level and no
//! higher, and falling short by one in any skill the level adds drops back to the level below.
//! The credential rules are tested at their boundaries for every built-in rubric too.

mod common;

use skillgap::catalog::BUILTINS;
use skillgap::input::Origin;
use skillgap::profile::Profile;
use skillgap::recommend::{raises, recommend};
use skillgap::rubric::Rubric;
use skillgap::score::{assess, ladder_problems};

/// Every built-in rubric, and every rubric under tests/ that loads.
fn rubrics() -> Vec<Rubric> {
    let mut all: Vec<Rubric> = BUILTINS
        .iter()
        .map(|(id, text)| Rubric::from_json(text, Origin::Builtin((*id).into())).unwrap())
        .collect();
    let dir = common::root().join("tests/bad-input");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_str()
                .unwrap()
                .starts_with("rubric-")
        })
        .collect();
    paths.sort();
    let corpus = all.len();
    for p in paths {
        let text = std::fs::read_to_string(&p).unwrap_or_default();
        if let Ok(r) = Rubric::from_json(&text, Origin::Path(p.clone())) {
            all.push(r);
        }
    }
    assert!(
        all.len() > corpus,
        "the corpus holds at least one valid rubric"
    );
    all
}

fn at_level(r: &Rubric, level: usize) -> Profile {
    let mut p = Profile::empty(r);
    p.ratings = r.skills.iter().map(|s| Some(s.required[level])).collect();
    p
}

#[test]
fn meeting_exactly_a_levels_requirements_reaches_that_level_and_no_higher() {
    for r in rubrics() {
        for l in 0..r.levels.len() {
            let a = assess(&r, &at_level(&r, l), None);
            assert_eq!(
                a.best,
                Some(l),
                "rubric {}: exactly {}'s requirements",
                r.id,
                r.levels[l].id
            );
        }
        assert!(ladder_problems(&r).is_empty(), "rubric {}", r.id);
    }
}

#[test]
fn one_step_up_skill_short_by_one_drops_to_the_level_below() {
    for r in rubrics() {
        for l in 1..r.levels.len() {
            let ups = r.step_up_skills(l);
            assert!(
                !ups.is_empty(),
                "rubric {}: {} adds nothing",
                r.id,
                r.levels[l].id
            );
            for s in ups {
                let mut p = at_level(&r, l);
                p.ratings[s] = Some(r.skills[s].required[l] - 1);
                let a = assess(&r, &p, None);
                assert_eq!(
                    a.best,
                    Some(l - 1),
                    "rubric {}: {} one short at {}",
                    r.id,
                    r.skills[s].id,
                    r.levels[l].id
                );
                assert_eq!(a.levels[l].step_up_gaps(), 1);
            }
        }
    }
}

#[test]
fn every_built_in_level_after_the_first_adds_at_least_two_skills() {
    for (id, text) in BUILTINS {
        let r = Rubric::from_json(text, Origin::Builtin((*id).into())).unwrap();
        assert_eq!(r.version, 2, "{id} is rubric format 2");
        for l in 1..r.levels.len() {
            assert!(
                r.step_up_skills(l).len() >= 2,
                "{id}: {} has fewer than two step-up skills",
                r.levels[l].id
            );
        }
    }
}

#[test]
fn a_credential_closes_a_gap_only_below_the_rating_it_builds() {
    for (id, text) in BUILTINS {
        let r = Rubric::from_json(text, Origin::Builtin((*id).into())).unwrap();
        let top = r.levels.len() - 1;
        for c in 0..r.certifications.len() {
            for (k, &s) in r.cert_skills(c).iter().enumerate() {
                let to = r.cert_builds(c)[k];
                assert!(raises(to, Some(to - 1)) && !raises(to, Some(to)));
                // Everything met at the top level except this skill, one below what the
                // credential builds: the credential is the one that closes it.
                for (rating, expect) in [(to - 1, true), (to, false)] {
                    if rating >= r.skills[s].required[top] {
                        continue;
                    }
                    let mut p = at_level(&r, top);
                    p.ratings[s] = Some(rating);
                    p.years_experience = Some(40.0);
                    let a = assess(&r, &p, None);
                    let others: Vec<usize> =
                        (0..r.certifications.len()).filter(|&o| o != c).collect();
                    p.certifications = others;
                    let rec = recommend(&r, &p, &a, 3);
                    let picked = rec.certifications.iter().any(|pick| pick.cert == c);
                    assert_eq!(
                        picked, expect,
                        "{id}: {} for {} rated {rating} (builds to {to})",
                        r.certifications[c].id, r.skills[s].id
                    );
                }
            }
        }
    }
}

#[test]
fn a_credential_is_eligible_from_exactly_the_years_it_asks_for() {
    for (id, text) in BUILTINS {
        let r = Rubric::from_json(text, Origin::Builtin((*id).into())).unwrap();
        for (c, cert) in r.certifications.iter().enumerate() {
            let need = cert.requires_years;
            assert!(r.cert_eligible(c, Some(need)), "{id}: {}", cert.id);
            if need > 0.0 {
                assert!(!r.cert_eligible(c, Some(need - 0.5)), "{id}: {}", cert.id);
                assert!(!r.cert_eligible(c, None), "{id}: {}", cert.id);
            } else {
                assert!(r.cert_eligible(c, None), "{id}: {}", cert.id);
            }
        }
    }
}

#[test]
fn eligible_credentials_are_recommended_before_those_that_need_more_experience() {
    for (id, text) in BUILTINS {
        let r = Rubric::from_json(text, Origin::Builtin((*id).into())).unwrap();
        let mut p = Profile::empty(&r);
        p.target = Some(r.levels.len() - 1);
        p.years_experience = Some(0.0);
        let a = assess(&r, &p, None);
        let rec = recommend(&r, &p, &a, r.certifications.len());
        let flags: Vec<bool> = rec.certifications.iter().map(|c| c.eligible).collect();
        assert!(
            flags.windows(2).all(|w| w[0] || !w[1]),
            "{id}: an ineligible credential comes before an eligible one: {flags:?}"
        );
        assert!(
            flags.contains(&true),
            "{id}: a newcomer can sit for something"
        );
    }
}

#[test]
fn a_profile_at_senior_requirements_is_reported_at_senior_not_above() {
    let r = Rubric::builtin();
    let senior = r.level_index("senior").unwrap();
    let ratings: serde_json::Map<String, serde_json::Value> = r
        .skills
        .iter()
        .map(|s| (s.id.clone(), s.required[senior].into()))
        .collect();
    let profile = serde_json::json!({ "ratings": ratings }).to_string();
    let out = common::skillgap()
        .args(["assess", "--input", "-", "--format", "json"])
        .write_stdin(profile)
        .assert()
        .success();
    let report: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(report["best_level"], "senior");
    assert_eq!(report["target_level"], "lead");
    let lead = &report["levels"][senior + 1];
    assert_eq!(lead["reached"], false);
    let ups: Vec<&str> = lead["step_up_skills"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(!ups.is_empty());
    // What stands before Lead lists the skills Lead adds first.
    let gaps = report["next_level"]["gaps"].as_array().unwrap();
    assert_eq!(gaps.len(), ups.len());
    assert!(gaps.iter().all(|g| g["step_up"] == true));
}
