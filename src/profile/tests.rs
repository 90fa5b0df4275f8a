//! Tests of profile reading and validation.

use super::*;
use crate::rubric::Problem;

fn rubric() -> Rubric {
    Rubric::builtin()
}

fn check(json: &str) -> Result<Profile, ProfileError> {
    parse(
        json,
        &Origin::Path("p.json".into()),
        &rubric(),
        Strictness::default(),
    )
}

fn problems(json: &str) -> Vec<Problem> {
    match check(json) {
        Err(ProfileError::Invalid { problems, .. }) => problems,
        other => panic!("expected problems, got {other:?}"),
    }
}

#[test]
fn valid_profile_is_indexed_by_rubric_order() {
    let p = check(
        r#"{"name":"Sam","target_level":"senior","years_experience":3,
            "ratings":{"quality-control":3,"budget-management":1,"communication":null},
            "certifications":["osha-10"],
            "evidence":{"quality-control":"first-article inspections"}}"#,
    )
    .unwrap();
    let r = rubric();
    let qc = r.skill_index("quality-control").unwrap();
    assert_eq!(p.ratings[qc], Some(3));
    assert_eq!(p.ratings[r.skill_index("communication").unwrap()], None);
    assert_eq!(p.target, r.level_index("senior"));
    assert_eq!(p.certifications, vec![r.cert_index("osha-10").unwrap()]);
    assert_eq!(p.evidence[qc].as_deref(), Some("first-article inspections"));
    // `null` is not rated (counted as 0); a skill left out altogether was not asked.
    assert_eq!(p.not_rated(), [r.skill_index("communication").unwrap()]);
    assert_eq!(p.skills_not_asked().len(), r.skills.len() - 3);
    assert!(!p.asked(r.skill_index("initiative").unwrap()));
    assert!(p.asked(qc));
}

#[test]
fn bad_ratings_are_all_reported_with_paths() {
    let p = problems(
        r#"{"ratings":{"quality-control":5,"communication":-1,"initiative":2.5,
            "adaptability":"3","collaboration":true,"quality-contrl":2}}"#,
    );
    let paths: Vec<&str> = p.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "ratings.quality-control",
            "ratings.communication",
            "ratings.initiative",
            "ratings.adaptability",
            "ratings.collaboration",
            "ratings.quality-contrl"
        ]
    );
    assert!(p[0].message.contains("from 0 (None) to 4 (Expert)"));
    assert!(p[3].message.contains("without quotes"));
    assert!(p[5].message.contains("did you mean \"quality-control\""));
}

#[test]
fn evidence_given_twice_is_refused() {
    let p = problems(r#"{"ratings":{},"evidence":{"initiative":"a","initiative":"b"}}"#);
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].path, "evidence.initiative");
}

#[test]
fn a_skill_rated_twice_is_refused() {
    let p = problems(r#"{"ratings":{"initiative":1,"initiative":3}}"#);
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].path, "ratings.initiative");
}

#[test]
fn unknown_level_certification_and_rubric_are_reported() {
    let p = problems(
        r#"{"rubric":"other","target_level":"senor","ratings":{},"certifications":["osha10"]}"#,
    );
    let paths: Vec<&str> = p.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths, ["rubric", "target_level", "certifications[0]"]);
    assert!(p[1].message.contains("did you mean \"senior\""));
    assert!(p[2].message.contains("did you mean \"osha-10\""));
}

#[test]
fn misspelt_field_gets_a_suggestion_and_position() {
    let err = check("{\n  \"raitings\": {}\n}").unwrap_err().to_string();
    assert!(err.contains("p.json:2:"), "{err}");
    assert!(err.contains("did you mean \"ratings\""), "{err}");
}

#[test]
fn strict_requires_every_skill() {
    let err = parse(
        r#"{"ratings":{"initiative":1}}"#,
        &Origin::Stdin,
        &rubric(),
        Strictness {
            require_all_rated: true,
        },
    )
    .unwrap_err()
    .to_string();
    let missing = rubric().skills.len() - 1;
    assert!(err.contains(&format!(
        "--strict needs every skill rated, but {missing} are not"
    )));
}

#[test]
fn profile_round_trips_through_its_file_form() {
    let r = rubric();
    let p = check(
        r#"{"name":"Ana","target_level":"lead","ratings":{"initiative":4},
            "certifications":["lss-green"],"evidence":{"initiative":"ran a kaizen"}}"#,
    )
    .unwrap();
    let text = serde_json::to_string(&p.to_doc(&r)).unwrap();
    assert_eq!(check(&text).unwrap(), p);
}

#[test]
fn odd_keys_are_quoted_in_paths() {
    assert_eq!(key_path("ratings", "a b"), "ratings[\"a b\"]");
    assert_eq!(key_path("ratings", "x\u{1b}"), "ratings[\"x\\u001b\"]");
}

#[test]
fn embedded_reviews_are_checked_with_their_paths_and_scored_as_the_basis_says() {
    let r = rubric();
    let qc = r.skill_index("quality-control").unwrap();
    let ps = r.skill_index("problem-solving").unwrap();
    let text = r#"{"name":"Sam Rivera","ratings":{"quality-control":4,"problem-solving":1},
        "reviews":[{"person":"sam rivera","reviewer":"D. Lee","role":"supervisor","date":"2026-11-20",
                    "ratings":{"quality-control":2,"problem-solving":3,"communication":null}}]}"#;
    let mut p = check(text).unwrap();
    assert_eq!(p.reviews().len(), 1);
    assert_eq!(p.review_rating(qc), Some(2));
    assert_eq!(p.perception_gap(qc), Some(2));
    assert_eq!(p.perception_gap(ps), Some(-2));
    assert_eq!(p.verified_skills(), 2, "null is not observed");
    assert_eq!(p.basis, Basis::Reviewed);
    assert_eq!(p.scored_ratings().get(qc), Some(2));
    assert_eq!(p.scored_ratings().get(ps), Some(3));
    p.basis = Basis::Own;
    assert_eq!(p.scored_ratings().get(qc), Some(4));
    p.basis = Basis::Lower;
    assert_eq!(
        (p.scored_ratings().get(qc), p.scored_ratings().get(ps)),
        (Some(2), Some(1))
    );
    assert_eq!(p.self_ratings().get(qc), Some(4));
    // The profile writes back with its review.
    let doc = serde_json::to_string(&p.to_doc(&r)).unwrap();
    let again = check(&doc).unwrap();
    assert_eq!(again.reviews(), p.reviews());
    // Forgetting a skill forgets the reviewers' rating too.
    p.forget_rating(qc);
    assert_eq!((p.review_rating(qc), p.reviewers(qc)), (None, 0));

    let bad = problems(
        r#"{"name":"Sam Rivera","ratings":{},
            "reviews":[{"person":"Alex Kim","reviewer":"D. Lee","role":"boss","date":"2026-11-20",
                        "ratings":{"quality-control":7}}]}"#,
    );
    let paths: Vec<&str> = bad.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "reviews[0].person",
            "reviews[0].role",
            "reviews[0].ratings.quality-control"
        ]
    );
    assert!(
        bad[2]
            .message
            .contains("null if the reviewer had no chance to observe it")
    );
    let e = check(r#"{"ratings":{},"reviews":[{"person":"S","reviewer":"D","role":"peer","dat":"2026-01-01","ratings":{}}]}"#)
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("did you mean \"date\"") && e.contains("a review has only"),
        "{e}"
    );
}

#[test]
fn certifications_may_carry_their_days() {
    let r = rubric();
    let p = check(
        r#"{"group":"Line 2 / nights","ratings":{},
            "certifications":["osha-10",
              {"id":"pmi-pmp","earned":"2024-05-01"},
              {"id":"lss-green","earned":"2023-01-10","expires":"2026-01-10"},
              {"id":"ascm-cpim","expires":"2030-01-01"}]}"#,
    )
    .unwrap();
    assert_eq!(p.group.as_deref(), Some("Line 2 / nights"));
    let d = |s| crate::credentials::Date::parse(s).unwrap();
    let pmp = p.credential(r.cert_index("pmi-pmp").unwrap()).unwrap();
    assert_eq!(
        pmp.expires,
        Some(d("2027-05-01")),
        "valid_years 3 after earned"
    );
    let green = p.credential(r.cert_index("lss-green").unwrap()).unwrap();
    assert_eq!(green.expires, Some(d("2026-01-10")));
    let osha = p.credential(r.cert_index("osha-10").unwrap()).unwrap();
    assert_eq!(osha.expires, None, "an id alone never expires");
    assert_eq!(p.certifications.len(), 4);

    let mut on = p.clone();
    on.expire(d("2026-01-10"));
    assert_eq!(on.certifications.len(), 3, "expired on its expires day");
    assert!(
        !on.certifications
            .contains(&r.cert_index("lss-green").unwrap())
    );
    let mut before = p.clone();
    before.expire(d("2026-01-09"));
    assert_eq!(before.certifications.len(), 4, "still valid the day before");

    // Written back, the days survive and validate unchanged.
    let doc = serde_json::to_string(&p.to_doc(&r)).unwrap();
    let again = check(&doc).unwrap();
    assert_eq!(again.credentials, p.credentials);
    assert_eq!(again.group, p.group);
}

#[test]
fn bad_days_and_groups_are_problems_with_their_paths() {
    let long = "x".repeat(MAX_GROUP_CHARS + 1);
    let json = format!(
        r#"{{"group":"{long}","ratings":{{}},
            "certifications":[{{"id":"pmi-pmp","earned":"2024-13-01"}},
              {{"id":"lss-green","earned":"2024-05-01","expires":"2024-05-01"}},
              {{"id":"nope","expires":"2024-05-01"}}]}}"#
    );
    let p = problems(&json);
    let paths: Vec<&str> = p.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "group",
            "certifications[0].earned",
            "certifications[1].expires",
            "certifications[2].id"
        ]
    );
    assert!(p[1].message.contains("YYYY-MM-DD"), "{}", p[1]);
    assert!(
        p[2].message.contains("not after the day it was earned"),
        "{}",
        p[2]
    );
    // A blank group is no group; an unknown key in a certification is a syntax error.
    assert_eq!(check(r#"{"group":"  ","ratings":{}}"#).unwrap().group, None);
    assert!(matches!(
        check(r#"{"ratings":{},"certifications":[{"id":"osha-10","earn":"2024-01-01"}]}"#),
        Err(ProfileError::Syntax(_))
    ));
    assert!(matches!(
        check(r#"{"ratings":{},"certifications":[3]}"#),
        Err(ProfileError::Syntax(_))
    ));
}

#[test]
fn a_certification_listed_twice_keeps_the_entry_that_lasts_longest() {
    let r = rubric();
    let p = check(
        r#"{"ratings":{},"certifications":[
            {"id":"pmi-pmp","earned":"2020-05-01"},
            {"id":"pmi-pmp","earned":"2023-05-01"}]}"#,
    )
    .unwrap();
    assert_eq!(p.credentials.len(), 1);
    assert_eq!(
        p.credential(r.cert_index("pmi-pmp").unwrap())
            .unwrap()
            .expires,
        crate::credentials::Date::parse("2026-05-01")
    );
}
