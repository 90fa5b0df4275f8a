//! One reviewer, one vote: the same review given twice (embedded and as a file, a file named
//! twice, a folder and a file from it) counts once; of one reviewer's reviews of a person
//! only the latest counts; a folder's files that are not reviews are skipped; a review dated
//! after the day of the assessment is refused.

mod common;

use common::{example, skillgap};
use serde_json::{Value, json};

const AS_OF: &str = "2026-11-27";

/// Sam's profile without reviews, and a review of Sam by `reviewer` rating quality control.
fn sam() -> Value {
    let mut p: Value =
        serde_json::from_str(&common::read(&example("specialist-to-senior.json"))).unwrap();
    p["ratings"]["quality-control"] = 2.into();
    p
}

fn review(reviewer: &str, role: &str, date: &str, quality: u8) -> Value {
    json!({
        "person": "Sam Rivera", "reviewer": reviewer, "role": role, "date": date,
        "ratings": { "quality-control": quality }
    })
}

fn report(profile: &Value, args: &[&str]) -> (Value, String) {
    let out = skillgap()
        .args([
            "assess", "--format", "json", "--as-of", AS_OF, "--input", "-",
        ])
        .args(args)
        .write_stdin(profile.to_string())
        .assert()
        .success();
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    (
        serde_json::from_slice(&out.get_output().stdout).unwrap(),
        stderr,
    )
}

fn quality(rep: &Value) -> Value {
    rep["skills"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "quality-control")
        .unwrap()["review_rating"]
        .clone()
}

#[test]
fn the_same_review_given_again_counts_once_in_every_mix() {
    let dir = tempfile::tempdir().unwrap();
    let a = review("A. Kim", "supervisor", "2026-05-01", 2);
    let b = review("B. Cruz", "trainer", "2026-05-01", 4);
    let folder = dir.path().join("reviews");
    std::fs::create_dir(&folder).unwrap();
    let b_file = folder.join("b.json");
    std::fs::write(&b_file, b.to_string()).unwrap();
    let b_path = b_file.to_str().unwrap();
    let folder_path = folder.to_str().unwrap();

    // Once: the median of 2 and 4 is 3; counted twice, the 4 would make it 4.
    let mut once = sam();
    once["reviews"] = json!([a, b]);
    let (rep, _) = report(&once, &[]);
    assert_eq!(quality(&rep), 3);

    let mut embedded_a = sam();
    embedded_a["reviews"] = json!([a]);
    let mut embedded_ab = sam();
    embedded_ab["reviews"] = json!([a, b]);
    let mut embedded_abb = sam();
    embedded_abb["reviews"] = json!([a, b, b]);
    for (profile, args, aside) in [
        (&embedded_abb, vec![], 1),
        (&embedded_ab, vec!["--review", b_path], 1),
        (&embedded_a, vec!["--review", b_path, "--review", b_path], 0),
        (
            &embedded_a,
            vec!["--review", folder_path, "--review", b_path],
            0,
        ),
    ] {
        let (rep, stderr) = report(profile, &args);
        assert_eq!(quality(&rep), 3, "{args:?}: one vote each");
        assert_eq!(rep["reviews"].as_array().unwrap().len(), 2, "{args:?}");
        assert_eq!(
            rep["reviews_set_aside"].as_array().map_or(0, Vec::len),
            aside,
            "{args:?}"
        );
        if aside == 1 {
            assert!(
                stderr.contains("the review by B. Cruz (trainer) dated 2026-05-01 is set aside")
                    && stderr.contains("the same review was given again"),
                "{stderr}"
            );
        }
    }
}

#[test]
fn of_one_reviewer_s_reviews_the_latest_counts() {
    let mut p = sam();
    p["reviews"] = json!([
        review("D. Lee", "supervisor", "2026-09-01", 1),
        review("d.  lee", "supervisor", "2026-03-01", 4),
    ]);
    let (rep, stderr) = report(&p, &[]);
    assert_eq!(quality(&rep), 1);
    assert_eq!(rep["reviews_set_aside"][0]["date"], "2026-03-01");
    assert!(
        stderr.contains("dated 2026-03-01 is set aside: one reviewer counts once, and their review dated 2026-09-01 counts"),
        "{stderr}"
    );
    // In another role the same person is another vote.
    let mut p = sam();
    p["reviews"] = json!([
        review("D. Lee", "supervisor", "2026-09-01", 1),
        review("D. Lee", "trainer", "2026-03-01", 4),
    ]);
    let (rep, _) = report(&p, &[]);
    assert!(rep["reviews_set_aside"].is_null());
}

#[test]
fn a_team_member_s_duplicate_review_counts_once() {
    let mut p = sam();
    let a = review("A. Kim", "supervisor", "2026-05-01", 2);
    let b = review("B. Cruz", "trainer", "2026-05-01", 4);
    p["reviews"] = json!([a, b, b]);
    let out = skillgap()
        .args(["team", "--format", "json", "--as-of", AS_OF, "--input", "-"])
        .write_stdin(format!("{p}\n"))
        .assert()
        .success();
    let team: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let qc = team["coverage"]["skills"]
        .as_array()
        .or_else(|| team["coverage"].as_array())
        .unwrap()
        .iter()
        .find(|s| s["id"] == "quality-control")
        .unwrap()
        .clone();
    // Scored on the reviewed rating 3 (the median of 2 and 4): independent, not a trainer
    // (4), which the duplicate would have made of the member.
    assert_eq!(qc["trainer_count"], 0, "{qc}");
    assert_eq!(qc["independent_count"], 1, "{qc}");
}

#[test]
fn a_folder_s_files_that_are_not_reviews_are_skipped_and_a_damaged_review_stops() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a-review.json"),
        review("A. Kim", "supervisor", "2026-05-01", 3).to_string(),
    )
    .unwrap();
    std::fs::write(dir.path().join("b-profile.json"), sam().to_string()).unwrap();
    let folder = dir.path().to_str().unwrap();
    let (rep, stderr) = report(&sam(), &["--review", folder]);
    assert_eq!(quality(&rep), 3);
    assert!(
        stderr.contains("b-profile.json: not a review (it names no \"reviewer\")"),
        "{stderr}"
    );
    // A file that names a reviewer claims to be a review: damaged, it stops the run.
    let mut damaged = review("C. Diaz", "supervisor", "2026-05-01", 3);
    damaged["ratings"]["quality-control"] = 9.into();
    std::fs::write(dir.path().join("c-review.json"), damaged.to_string()).unwrap();
    skillgap()
        .args([
            "assess", "--as-of", AS_OF, "--input", "-", "--review", folder,
        ])
        .write_stdin(sam().to_string())
        .assert()
        .code(2);
}

#[test]
fn a_review_dated_after_the_assessment_or_a_year_ahead_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let late = dir.path().join("late.json");
    std::fs::write(
        &late,
        review("A. Kim", "supervisor", "2026-11-28", 3).to_string(),
    )
    .unwrap();
    let out = skillgap()
        .args(["assess", "--as-of", AS_OF, "--input", "-", "--review"])
        .arg(&late)
        .write_stdin(sam().to_string())
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(
        stderr.contains("late.json")
            && stderr.contains("date: is 2026-11-28, after the day of the assessment (2026-11-27)"),
        "{stderr}"
    );
    // The day itself is fine.
    std::fs::write(
        &late,
        review("A. Kim", "supervisor", "2026-11-27", 3).to_string(),
    )
    .unwrap();
    skillgap()
        .args(["assess", "--as-of", AS_OF, "--input", "-", "--review"])
        .arg(&late)
        .write_stdin(sam().to_string())
        .assert()
        .success();
    // Embedded: after the day of the assessment.
    let mut p = sam();
    p["reviews"] = json!([review("A. Kim", "supervisor", "2026-11-28", 3)]);
    let out = skillgap()
        .args(["assess", "--as-of", AS_OF, "--input", "-"])
        .write_stdin(p.to_string())
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(
        stderr.contains("the review by A. Kim (supervisor): date is 2026-11-28, after the day"),
        "{stderr}"
    );
    // A mistyped year far ahead, even with --as-of that far.
    let mut p = sam();
    p["reviews"] = json!([review("A. Kim", "supervisor", "2199-01-01", 3)]);
    let out = skillgap()
        .args(["assess", "--as-of", "2200-01-01", "--input", "-"])
        .write_stdin(p.to_string())
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(
        stderr.contains("is 2199-01-01, more than a year after today"),
        "{stderr}"
    );
}

#[test]
fn the_report_says_what_the_review_changes_in_the_answer() {
    let out = skillgap()
        .args(["assess", "--as-of", AS_OF, "--input"])
        .arg(example("specialist-with-supervisor-review.json"))
        .assert()
        .success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(
        text.contains("Best level on the reviewed ratings: Production Specialist; on your own ratings: Junior Production Specialist"),
        "{text}"
    );
    let out = skillgap()
        .args(["assess", "--as-of", AS_OF, "--ratings", "self", "--input"])
        .arg(example("specialist-with-supervisor-review.json"))
        .assert()
        .success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(!text.contains("Best level on the"), "{text}");
}

#[test]
fn a_team_member_whose_review_is_dated_after_the_assessment_is_refused() {
    let mut late = sam();
    late["reviews"] = json!([review("A. Kim", "supervisor", "2026-11-28", 3)]);
    let ok = sam();
    let out = skillgap()
        .args(["team", "--format", "json", "--as-of", AS_OF, "--input", "-"])
        .write_stdin(format!("{ok}\n{late}\n"))
        .assert()
        .success();
    let team: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(
        (
            team["members_scored"].clone(),
            team["members_rejected"].clone()
        ),
        (json!(1), json!(1))
    );
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(
        stderr.contains(
            "<stdin>:2: the review by A. Kim (supervisor): date is 2026-11-28, after the day"
        ),
        "{stderr}"
    );
}
