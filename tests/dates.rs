//! Every day skillgap writes is one it reads back, and a certificate is held only from the
//! day it was earned: the edges of the years it reads (1900 to 2200) and of `--as-of`.

mod common;

use common::{example, skillgap};
use serde_json::{Value, json};

fn profile_with(cert: Value) -> Value {
    let mut p: Value =
        serde_json::from_str(&common::read(&example("specialist-to-senior.json"))).unwrap();
    p["certifications"] = json!([cert]);
    p
}

#[test]
fn an_expiry_skillgap_would_compute_past_2200_is_refused_at_input() {
    // The PMP stays valid 3 years: earned in 2198, it would run out in 2201.
    let out = skillgap()
        .args(["assess", "--input", "-", "--format", "json"])
        .write_stdin(profile_with(json!({"id": "pmi-pmp", "earned": "2198-01-01"})).to_string())
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(
        stderr.contains("certifications[0].earned: is 2198-01-01: valid for 3 years, it would expire on 2201-01-01, after the last year skillgap reads (2200)"),
        "{stderr}"
    );
    // Given its own end day, it is read as written.
    skillgap()
        .args(["assess", "--input", "-", "--as-of", "2199-01-01"])
        .write_stdin(
            profile_with(json!({"id": "pmi-pmp", "earned": "2198-01-01", "expires": "2200-12-31"}))
                .to_string(),
        )
        .assert()
        .success();
}

#[test]
fn the_last_expiry_skillgap_computes_is_read_back_by_compare() {
    // Earned 2197-12-31, valid 3 years: expires 2200-12-31, the last day skillgap reads.
    let dir = tempfile::tempdir().unwrap();
    let p = profile_with(json!({"id": "pmi-pmp", "earned": "2197-12-31"}));
    let profile = dir.path().join("p.json");
    std::fs::write(&profile, p.to_string()).unwrap();
    let report = dir.path().join("r.json");
    skillgap()
        .args(["assess", "--as-of", "2198-06-01", "-o"])
        .arg(&report)
        .arg("--input")
        .arg(&profile)
        .assert()
        .success();
    let written: Value = serde_json::from_str(&common::read(&report)).unwrap();
    assert_eq!(written["credentials"][0]["expires"], "2200-12-31");
    skillgap()
        .arg("compare")
        .arg(&report)
        .arg(&profile)
        .assert()
        .success();
}

#[test]
fn a_certificate_earned_after_the_day_of_the_assessment_is_not_held_yet() {
    let p = profile_with(json!({"id": "lean-certificate", "earned": "2026-12-02"}));
    for (as_of, held) in [("2026-12-01", false), ("2026-12-02", true)] {
        let out = skillgap()
            .args([
                "assess", "--input", "-", "--format", "json", "--as-of", as_of,
            ])
            .write_stdin(p.to_string())
            .assert()
            .success();
        let rep: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
        let state = &rep["credentials"][0]["state"];
        let listed = rep["certifications_held"]
            .as_array()
            .unwrap()
            .contains(&json!("lean-certificate"));
        assert_eq!(listed, held, "as of {as_of}");
        assert_eq!(
            state,
            if held { "valid" } else { "future" },
            "as of {as_of}"
        );
    }
    let out = skillgap()
        .args(["assess", "--input", "-", "--as-of", "2026-12-01"])
        .write_stdin(p.to_string())
        .assert()
        .success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(
        text.contains("earned on 2026-12-02, after 2026-12-01: not counted as held yet"),
        "{text}"
    );
    // In a team, counted apart and named.
    let out = skillgap()
        .args([
            "team",
            "--input",
            "-",
            "--format",
            "json",
            "--as-of",
            "2026-12-01",
        ])
        .write_stdin(format!("{p}\n"))
        .assert()
        .success();
    let team: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let lean = team["credentials"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "lean-certificate")
        .unwrap()
        .clone();
    assert_eq!(
        (lean["future"].clone(), lean["valid"].clone()),
        (json!(1), json!(0))
    );
}
