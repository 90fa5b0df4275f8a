//! Tests of rubric loading and validation.

use super::*;

pub(crate) fn minimal() -> serde_json::Value {
    serde_json::json!({
        "id": "mini", "title": "Mini", "version": 1, "source": "test",
        "scale": [{"value":0,"label":"None"},{"value":1,"label":"Basic"},{"value":2,"label":"Working"}],
        "thresholds": {"ready_readiness": 85, "blocking_gap": 2},
        "levels": [
            {"id":"a","title":"A","years":{"min":0,"max":2},"summary":"s","salary":{"currency":"USD","median":1,"average":1},"source":"t"},
            {"id":"b","title":"B","years":{"min":2,"max":null},"summary":"s","defining_skills":["x","y"],"salary":{"currency":"USD","median":2,"average":2},"source":"t (x, y)"}
        ],
        "skills": [
            {"id":"x","name":"X","category":"technical","description":"d","importance":3,
             "anchors":["0","1","2"],"required":{"a":1,"b":2},"next_steps":{"1":["n1"],"2":["n2"]},"source":"t"},
            {"id":"y","name":"Y","category":"soft","description":"d","importance":2,
             "anchors":["0","1","2"],"required":{"a":0,"b":1},"next_steps":{"1":["n1"],"2":["n2"]},"source":"t"}
        ],
        "certifications": [
            {"id":"c","name":"C","issuer":"I","kind":"certification","skills":{"x":2},"levels":["a"],
             "preparation":"p","cost":{"min_usd":1,"max_usd":2,"estimate":true},"prerequisites":"None.","source":"t"}
        ]
    })
}

fn load(v: &serde_json::Value) -> Result<Rubric, RubricError> {
    Rubric::from_json(&v.to_string(), Origin::Path("mini.json".into()))
}

fn problems(v: &serde_json::Value) -> Vec<Problem> {
    match load(v) {
        Err(RubricError::Invalid { problems, .. }) => problems,
        other => panic!("expected validation problems, got {other:?}"),
    }
}

#[test]
fn builtin_rubric_is_valid_and_complete() {
    let r = Rubric::builtin();
    assert_eq!(r.version, 3);
    let count = |c: Category| r.skills.iter().filter(|s| s.category == c).count();
    // The guide's 12 technical and 8 soft skills, and the leadership its Career Path
    // describes.
    assert_eq!(count(Category::Technical), 12);
    assert_eq!(count(Category::Soft), 8);
    assert!(count(Category::Leadership) >= 3);
    assert_eq!(r.levels.len(), 6);
    assert_eq!(r.max_rating(), 4);
    for s in &r.skills {
        assert_eq!(s.anchors.len(), 5, "{}", s.id);
        assert_eq!(s.next_steps.len(), 4, "{}: steps toward 1 to 4", s.id);
        assert!(
            s.next_steps.iter().all(|steps| !steps.is_empty()),
            "{}",
            s.id
        );
        assert!(
            s.required.windows(2).all(|w| w[0] <= w[1]),
            "requirements of {} fall along the ladder",
            s.id
        );
    }
    let medians: Vec<u32> = r
        .levels
        .iter()
        .map(|l| l.salary.as_ref().unwrap().median)
        .collect();
    assert_eq!(medians, [42_000, 55_000, 68_000, 80_000, 90_000, 108_000]);
    let averages: Vec<u32> = r
        .levels
        .iter()
        .map(|l| l.salary.as_ref().unwrap().average)
        .collect();
    assert_eq!(averages, [45_000, 58_000, 72_000, 85_000, 95_000, 115_000]);
}

#[test]
fn minimal_rubric_loads_with_requirements_in_ladder_order() {
    let r = load(&minimal()).unwrap();
    assert_eq!(r.skills[0].required, vec![1, 2]);
    assert_eq!(r.cert_skills(0), &[0]);
    assert_eq!(r.levels[1].years.to_string(), "2+ years");
}

#[test]
fn every_problem_is_listed_with_its_path() {
    let mut v = minimal();
    v["skills"][0]["anchors"] = serde_json::json!(["only one"]);
    v["skills"][0]["required"] = serde_json::json!({"a": 3});
    v["certifications"][0]["skills"] = serde_json::json!({"z": 1});
    let p = problems(&v);
    let paths: Vec<&str> = p.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "skills[0].anchors",
            "skills[0].required.a",
            "skills[0].required",
            "certifications[0].skills.z"
        ]
    );
    assert!(p[2].message.contains("\"b\""));
}

#[test]
fn duplicate_ids_and_unknown_levels_are_problems() {
    let mut v = minimal();
    let skill = v["skills"][0].clone();
    v["skills"].as_array_mut().unwrap().push(skill);
    v["skills"][0]["required"]["bb"] = serde_json::json!(1);
    let p = problems(&v);
    assert!(p.iter().any(|p| p.path == "skills[2].id"));
    let unknown = p
        .iter()
        .find(|p| p.path == "skills[0].required.bb")
        .unwrap();
    assert!(unknown.message.contains("did you mean \"b\""), "{unknown}");
}

#[test]
fn empty_ladder_is_a_problem() {
    let mut v = minimal();
    v["levels"] = serde_json::json!([]);
    v["skills"][0]["required"] = serde_json::json!({});
    v["certifications"][0]["levels"] = serde_json::json!([]);
    let p = problems(&v);
    assert_eq!(p[0].path, "levels");
}

#[test]
fn defining_skills_are_checked_level_by_level() {
    let message = |v: &serde_json::Value, path: &str| -> String {
        problems(v)
            .into_iter()
            .find(|p| p.path == path)
            .map(|p| p.message)
            .unwrap_or_else(|| panic!("no problem at {path}: {:?}", problems(v)))
    };
    // Too few.
    let mut v = minimal();
    v["levels"][1]["defining_skills"] = serde_json::json!(["x"]);
    assert!(message(&v, "levels[1].defining_skills").contains("names 1 skill; name 2 to 8"));
    // Missing altogether: the same problem, so an older rubric is told what to add.
    v["levels"][1]
        .as_object_mut()
        .unwrap()
        .remove("defining_skills");
    assert!(message(&v, "levels[1].defining_skills").contains("names 0 skills"));
    // At the first level.
    let mut v = minimal();
    v["levels"][0]["defining_skills"] = serde_json::json!(["x"]);
    assert!(message(&v, "levels[0].defining_skills").contains("first level"));
    // Unknown, with a suggestion; and named twice.
    let mut v = minimal();
    v["levels"][1]["defining_skills"] = serde_json::json!(["xx", "y", "y"]);
    assert!(message(&v, "levels[1].defining_skills[0]").contains("did you mean \"x\""));
    assert!(message(&v, "levels[1].defining_skills[2]").contains("named twice"));
    // Not rising at the level.
    let mut v = minimal();
    v["skills"][1]["required"] = serde_json::json!({"a": 1, "b": 1});
    assert!(
        message(&v, "levels[1].defining_skills[1]").contains("cannot be what sets \"b\" apart")
    );
    // Not named in the level's source.
    let mut v = minimal();
    v["levels"][1]["source"] = serde_json::json!("t (x)");
    assert!(
        message(&v, "levels[1].defining_skills[1]").contains("not named in the level's source")
    );
}

#[test]
fn unknown_field_is_a_syntax_error_with_position() {
    let mut v = minimal();
    v["titel"] = serde_json::json!("typo");
    let err = load(&v).unwrap_err().to_string();
    assert!(err.contains("unknown field `titel`"), "{err}");
    assert!(err.contains("mini.json:1:"), "{err}");
}

#[test]
fn hinted_lookup_finds_ids_in_any_order() {
    let r = Rubric::builtin();
    let mut orders: Vec<Vec<usize>> = vec![(0..r.skills.len()).collect()];
    let mut alphabetical: Vec<usize> = (0..r.skills.len()).collect();
    alphabetical.sort_by(|&a, &b| r.skills[a].id.cmp(&r.skills[b].id));
    orders.push(alphabetical);
    orders.push((0..r.skills.len()).rev().collect());
    orders.push(
        (0..r.skills.len())
            .map(|i| (i * 7) % r.skills.len())
            .collect(),
    );
    for order in orders {
        let mut hint = IdHint::default();
        for s in order {
            assert_eq!(r.skill_index_hinted(&r.skills[s].id, &mut hint), Some(s));
        }
    }
    let mut hint = IdHint::default();
    assert_eq!(r.skill_index_hinted("welding", &mut hint), None);
    assert_eq!(r.skill_index_hinted(&r.skills[0].id, &mut hint), Some(0));
}

#[test]
fn costs_format_with_estimate_marker() {
    let c = Cost {
        min_usd: 1500,
        max_usd: 12000,
        estimate: true,
    };
    assert_eq!(c.to_string(), "USD 1,500-12,000 (estimate)");
    assert_eq!(thousands(108_000u32), "108,000");
    assert_eq!(thousands(999u32), "999");
}

#[test]
fn coverage_rules_default_to_the_scale_and_the_usual_minimums() {
    let r = load(&minimal()).unwrap();
    // A 0-2 scale: independent and trainer fall back to its top.
    assert_eq!(
        r.coverage,
        CoverageRules {
            independent: 2,
            trainer: 2,
            min_independent: 2,
            min_trainers: 1
        }
    );
    assert!(
        !r.skills[0].critical,
        "importance 3 is not critical by default"
    );
    let b = Rubric::builtin();
    assert_eq!(b.coverage, CoverageRules::default());
    for s in &b.skills {
        assert_eq!(s.critical, s.importance >= 4, "{}", s.id);
    }
    let mut v = minimal();
    v["skills"][0]["critical"] = serde_json::json!(true);
    v["coverage"] = serde_json::json!({"independent": 1, "min_trainers": 0});
    let r = load(&v).unwrap();
    assert!(r.skills[0].critical, "the skill says so");
    assert_eq!((r.coverage.independent, r.coverage.trainer), (1, 2));
    assert_eq!(r.coverage.min_trainers, 0);
}

#[test]
fn coverage_rules_off_the_scale_are_problems() {
    let mut v = minimal();
    v["coverage"] = serde_json::json!({"independent": 2, "trainer": 1, "min_independent": 0});
    v["certifications"][0]["valid_years"] = serde_json::json!(0);
    let p = problems(&v);
    let paths: Vec<&str> = p.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "coverage.trainer",
            "coverage.min_independent",
            "certifications[0].valid_years"
        ]
    );
    assert!(
        p[0].message.contains("at least coverage.independent (2)"),
        "{}",
        p[0]
    );
    let mut v = minimal();
    v["coverage"] = serde_json::json!({"trainer": 3});
    let p = problems(&v);
    assert_eq!(p[0].path, "coverage.trainer");
    assert!(p[0].message.contains("from 1 to 2"), "{}", p[0]);
    let mut v = minimal();
    v["coverage"] = serde_json::json!({"trainers": 3});
    assert!(
        matches!(load(&v), Err(RubricError::Syntax(_))),
        "unknown field"
    );
}

#[test]
fn built_in_rubrics_read_without_checks_are_the_checked_rubrics() {
    // skillgap builds its built-in rubrics from the tree build.rs made of their files, without
    // validating them at every start; this is what makes that safe: each file passes every
    // check, and the quick way builds exactly the rubric the full validation builds.
    for (id, text) in crate::catalog::BUILTINS {
        let checked = Rubric::from_json(text, Origin::Builtin((*id).to_string()))
            .unwrap_or_else(|e| panic!("{id}: {e}"));
        let quick = Rubric::from_builtin(id).unwrap_or_else(|| panic!("{id} has no tree"));
        assert_eq!(quick, checked, "{id}");
        assert_eq!(quick.origin, Origin::Builtin((*id).to_string()));
    }
    assert!(Rubric::from_builtin("mini").is_none());
    assert_eq!(
        Rubric::builtin(),
        Rubric::from_builtin(crate::catalog::BUILTINS[0].0).unwrap()
    );
}

#[test]
fn checks_skipped_for_built_in_rubrics_do_not_change_a_valid_rubric() {
    // The same construction without the checks, on a rubric with optional parts left out
    // and others given.
    let mut v = minimal();
    v["skills"][0]["critical"] = serde_json::json!(true);
    v["coverage"] = serde_json::json!({"independent": 1});
    let origin = Origin::Builtin("mini".into());
    let checked = Rubric::from_json(&v.to_string(), origin.clone()).unwrap();
    let doc: doc::RubricDoc = serde_json::from_value(v).unwrap();
    assert_eq!(validate::from_trusted_doc(doc, origin), checked);
}

#[test]
fn next_steps_are_keyed_by_a_rating_written_as_a_plain_number() {
    let mut v = minimal();
    v["skills"][0]["next_steps"] = serde_json::json!({
        "01": ["a"], "+1": ["b"], "0": ["c"], "3": ["d"], "x": ["e"], "": ["f"], "2": ["g"]
    });
    let found = problems(&v);
    let paths: Vec<&str> = found
        .iter()
        .filter(|p| p.message.starts_with("is not a rating a step can lead to"))
        .map(|p| p.path.as_str())
        .collect();
    assert_eq!(
        paths,
        [
            "skills[0].next_steps.",
            "skills[0].next_steps.+1",
            "skills[0].next_steps.0",
            "skills[0].next_steps.01",
            "skills[0].next_steps.3",
            "skills[0].next_steps.x"
        ]
    );
    assert!(
        found.iter().any(|p| p.path == "skills[0].next_steps"
            && p.message.starts_with("gives no step toward rating 1;")),
        "{found:?}"
    );
    assert!(!found.iter().any(|p| p.message.contains("toward rating 2")));
}

#[test]
fn a_glossary_is_read_and_kept() {
    let mut v = minimal();
    v["glossary"] = serde_json::json!([
        {"term": "5S", "also": ["five S"], "explanation": "A tidy workplace.", "source": "widely published definition"},
        {"term": "takt time", "explanation": "The pace of demand.", "source": "t"}
    ]);
    let r = load(&v).unwrap();
    assert_eq!(r.glossary.len(), 2);
    assert_eq!(r.glossary[0].forms().collect::<Vec<_>>(), ["5S", "five S"]);
    assert!(r.glossary[1].also.is_empty());
    assert!(load(&minimal()).unwrap().glossary.is_empty(), "optional");
}

#[test]
fn a_glossary_with_blank_or_repeated_terms_is_refused() {
    let mut v = minimal();
    v["glossary"] = serde_json::json!([
        {"term": " ", "explanation": "x", "source": "t"},
        {"term": "SPC", "also": ["statistical process control", "--"], "explanation": " ", "source": "t"},
        {"term": "spc", "explanation": "again, in another case", "source": ""},
        {"term": "control", "also": ["Statistical Process Control"], "explanation": "y", "source": "t"}
    ]);
    let found = problems(&v);
    let listed: Vec<(&str, &str)> = found
        .iter()
        .map(|p| (p.path.as_str(), p.message.split(';').next().unwrap()))
        .collect();
    assert_eq!(
        listed,
        [
            ("glossary[0].term", "has no letter or digit"),
            ("glossary[1].also[1]", "has no letter or digit"),
            ("glossary[1].explanation", "is empty"),
            (
                "glossary[2].term",
                "\"spc\" is already given at glossary[1].term"
            ),
            ("glossary[2].source", "is empty"),
            (
                "glossary[3].also[0]",
                "\"Statistical Process Control\" is already given at glossary[1].also[0]"
            ),
        ]
    );
}
