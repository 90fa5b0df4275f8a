//! The ladder can be told apart at every level, for every built-in rubric and every valid
//! rubric in the test corpus: meeting exactly what a level requires reaches that level and no
//! higher, falling short by one in any of its defining skills drops back to the level below,
//! and falling short by one in any skill drops at most one level.
//! The credential rules are tested at their boundaries for every built-in rubric too.

mod common;

use skillgap::catalog::BUILTINS;
use skillgap::input::Origin;
use skillgap::profile::Profile;
use skillgap::recommend::{raises, recommend};
use skillgap::rubric::{Education, Eligibility, Rubric};
use skillgap::score::{assess, ladder_problems};

/// Every built-in rubric, and every rubric under tests/ that loads and that the corpus does
/// not expect `rubric check` to refuse.
fn rubrics() -> Vec<Rubric> {
    let mut all: Vec<Rubric> = BUILTINS
        .iter()
        .map(|(id, text)| Rubric::from_json(text, Origin::Builtin((*id).into())).unwrap())
        .collect();
    let dir = common::root().join("tests/bad-input");
    let cases = std::fs::read_to_string(dir.join("cases.tsv")).unwrap();
    let refused: Vec<&str> = cases
        .lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            (f.len() == 4 && f[1] == "rubric-check" && f[2] == "2").then_some(f[0])
        })
        .collect();
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_str()
                .unwrap()
                .starts_with("rubric-")
                && !refused.contains(&p.file_name().unwrap().to_str().unwrap())
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
fn one_defining_skill_short_by_one_drops_to_the_level_below() {
    for r in rubrics() {
        for l in 1..r.levels.len() {
            let defining = r.defining_skills(l);
            assert!(
                defining.len() >= 2,
                "rubric {}: {} names fewer than two defining skills",
                r.id,
                r.levels[l].id
            );
            for s in defining {
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
                assert_eq!(a.levels[l].defining_gaps(), 1);
                assert!(!a.levels[l].met && !a.levels[l].reached);
            }
        }
    }
}

#[test]
fn one_point_short_anywhere_drops_at_most_one_level() {
    for r in rubrics() {
        for l in 0..r.levels.len() {
            for s in 0..r.skills.len() {
                let Some(lower) = r.skills[s].required[l].checked_sub(1) else {
                    continue;
                };
                let mut p = at_level(&r, l);
                p.ratings[s] = Some(lower);
                let best = assess(&r, &p, None).best;
                let dropped = best.map_or(l + 1, |b| l - b);
                assert!(
                    dropped <= 1,
                    "rubric {}: exactly {} but {} one short gives best {:?}",
                    r.id,
                    r.levels[l].id,
                    r.skills[s].id,
                    best.map(|b| &r.levels[b].id)
                );
            }
        }
    }
}

#[test]
fn every_built_in_level_after_the_first_names_two_to_eight_defining_skills() {
    for (id, text) in BUILTINS {
        let r = Rubric::from_json(text, Origin::Builtin((*id).into())).unwrap();
        assert_eq!(r.version, 3, "{id} is rubric format 3");
        assert!(r.defining_skills(0).is_empty());
        for l in 1..r.levels.len() {
            let n = r.defining_skills(l).len();
            assert!(
                (2..=8).contains(&n),
                "{id}: {} has {n} defining skills",
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
fn a_credential_is_eligible_from_exactly_the_years_its_route_asks_for() {
    for (id, text) in BUILTINS {
        let r = Rubric::from_json(text, Origin::Builtin((*id).into())).unwrap();
        for (c, cert) in r.certifications.iter().enumerate() {
            let routes = &cert.education_routes;
            for education in Education::ALL.map(Some).into_iter().chain([None]) {
                // The years that apply: the easiest route open to the education; when it is
                // not known, the route that asks the most; without routes, the one rule.
                let need = if routes.is_empty() {
                    Some(cert.requires_years)
                } else {
                    match education {
                        Some(e) => routes
                            .iter()
                            .filter(|route| route.education <= e)
                            .map(|route| route.years)
                            .reduce(f64::min),
                        None => routes.iter().map(|route| route.years).reduce(f64::max),
                    }
                };
                let what = format!("{id}: {} with {education:?}", cert.id);
                let Some(need) = need else {
                    assert!(!r.cert_eligible(c, Some(60.0), education), "{what}");
                    assert!(matches!(
                        r.cert_eligibility(c, Some(60.0), education),
                        Eligibility::NeedsEducation { .. }
                    ));
                    continue;
                };
                assert!(r.cert_eligible(c, Some(need), education), "{what}");
                if need > 0.0 {
                    assert!(!r.cert_eligible(c, Some(need - 0.5), education), "{what}");
                    assert!(!r.cert_eligible(c, None, education), "{what}");
                } else {
                    assert!(r.cert_eligible(c, None, education), "{what}");
                }
            }
        }
    }
}

#[test]
fn the_pmp_asks_three_years_with_a_degree_and_five_without() {
    let r = Rubric::builtin();
    let pmp = r.cert_index("pmi-pmp").unwrap();
    let eligible = |years: f64, e: Option<Education>| r.cert_eligible(pmp, Some(years), e);
    assert!(eligible(3.0, Some(Education::Bachelor)));
    assert!(eligible(3.0, Some(Education::Master)));
    assert!(!eligible(2.5, Some(Education::Bachelor)));
    assert!(!eligible(3.0, Some(Education::Secondary)));
    assert!(!eligible(4.5, Some(Education::Associate)));
    assert!(eligible(5.0, Some(Education::Secondary)));
    // Not known: the stricter route.
    assert!(!eligible(4.0, None));
    assert!(eligible(5.0, None));
    assert_eq!(
        r.cert_eligibility(pmp, Some(3.0), None),
        Eligibility::NeedsYears {
            years: 5.0,
            route: Some(Education::Secondary),
            education_known: false
        }
    );
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
    assert_eq!(lead["met"], false);
    assert_eq!(report["levels"][senior]["met"], true);
    let defining: Vec<&str> = lead["defining_skills"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(defining.len() >= 2);
    // What stands before Lead lists Lead's defining skills first.
    let gaps = report["next_level"]["gaps"].as_array().unwrap();
    assert!(gaps.len() >= defining.len());
    let first: Vec<&str> = gaps[..defining.len()]
        .iter()
        .map(|g| g["id"].as_str().unwrap())
        .collect();
    let mut sorted = first.clone();
    sorted.sort_unstable();
    let mut expected = defining.clone();
    expected.sort_unstable();
    assert_eq!(sorted, expected);
    assert!(gaps[..defining.len()].iter().all(|g| g["defining"] == true));
    assert!(
        gaps[defining.len()..]
            .iter()
            .all(|g| g["defining"] == false)
    );
}
