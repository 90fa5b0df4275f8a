//! Tests of profile reading and validation.

use super::*;

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
    assert_eq!(p.not_rated().len(), r.skills.len() - 2);
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
