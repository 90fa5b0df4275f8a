//! The commands around the assessment: template, compare, schema, rubrics, rubric show,
//! completions, man, version and help.

mod common;

use common::{example, read, skillgap};
use predicates::prelude::*;
use skillgap::progress::Comparison;

#[test]
fn template_fill_in_assess_and_compare_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let template = dir.path().join("me.json");
    skillgap()
        .args(["template", "--level", "senior", "-o"])
        .arg(&template)
        .assert()
        .success()
        .stderr(predicate::str::contains("fill in the ratings"));

    // Fill it in as a person would: every rating 2, one certification.
    let mut profile: serde_json::Value = serde_json::from_str(&read(&template)).unwrap();
    assert_eq!(profile["target_level"], "senior");
    for (_, v) in profile["ratings"].as_object_mut().unwrap() {
        assert!(v.is_null());
        *v = serde_json::json!(2);
    }
    profile["name"] = serde_json::json!("Robin");
    std::fs::write(&template, serde_json::to_string_pretty(&profile).unwrap()).unwrap();

    let report = dir.path().join("before.json");
    skillgap()
        .args(["assess", "--strict", "--input"])
        .arg(&template)
        .arg("-o")
        .arg(&report)
        .assert()
        .success();

    // Later: quality control up to 3, a certification gained.
    profile["ratings"]["quality-control"] = serde_json::json!(3);
    profile["certifications"] = serde_json::json!(["osha-10"]);
    let later = dir.path().join("later.json");
    std::fs::write(&later, profile.to_string()).unwrap();

    let out = skillgap()
        .args(["compare", "--format", "json"])
        .arg(&report)
        .arg(&later)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let c: Comparison = serde_json::from_slice(&out).unwrap();
    assert_eq!(c.target_level, "senior");
    assert_eq!(c.gaps_closed, ["quality-control"]);
    assert!(c.gaps_opened.is_empty());
    assert_eq!(c.certifications_gained, ["osha-10"]);
    let qc = c.skills.iter().find(|s| s.id == "quality-control").unwrap();
    assert_eq!((qc.old, qc.new, qc.change), (Some(2), Some(3), 1));
    let senior = c.levels.iter().find(|l| l.id == "senior").unwrap();
    assert!(senior.new_readiness > senior.old_readiness);

    skillgap()
        .arg("compare")
        .arg(&report)
        .arg(&later)
        .assert()
        .success()
        .stdout(predicate::str::contains("Progress: Robin"))
        .stdout(predicate::str::contains(
            "Gaps closed: Quality Control and Assurance",
        ));
    skillgap()
        .args(["compare", "--format", "markdown"])
        .arg(&report)
        .arg(&later)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "| Quality Control and Assurance | 2 | 3 | +1 |",
        ));
}

#[test]
fn compare_refuses_different_rubrics() {
    let dir = tempfile::tempdir().unwrap();
    let media = dir.path().join("media.json");
    std::fs::write(
        &media,
        r#"{"rubric": "media-production-specialist", "ratings": {"lighting": 2}}"#,
    )
    .unwrap();
    skillgap()
        .arg("compare")
        .arg(example("career-changer.json"))
        .arg(&media)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "only assessments against the same rubric",
        ));
}

#[test]
fn compare_reports_errors_in_either_file() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, r#"{"ratings": {"quality-control": 7}}"#).unwrap();
    skillgap()
        .arg("compare")
        .arg(example("career-changer.json"))
        .arg(&bad)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bad.json has 1 problem"));
    skillgap()
        .arg("compare")
        .arg(example("career-changer.json"))
        .arg(dir.path().join("missing.json"))
        .assert()
        .code(1);
}

#[test]
fn rubrics_are_listed_and_found_by_id_in_directories() {
    skillgap()
        .arg("rubrics")
        .assert()
        .success()
        .stdout(predicate::str::contains("production-specialist"))
        .stdout(predicate::str::contains("media-production-specialist"))
        .stdout(predicate::str::contains("built in"));

    let dir = tempfile::tempdir().unwrap();
    let mut rubric: serde_json::Value =
        serde_json::from_str(skillgap::rubric::BUILTIN_PRODUCTION_SPECIALIST).unwrap();
    rubric["id"] = serde_json::json!("night-shift");
    rubric["title"] = serde_json::json!("Night shift ladder");
    std::fs::write(dir.path().join("night.json"), rubric.to_string()).unwrap();

    skillgap()
        .arg("rubrics")
        .arg("--rubric-dir")
        .arg(dir.path())
        .assert()
        .success()
        .stdout(predicate::str::contains("Night shift ladder"));
    // The environment variable works the same way; a profile for another rubric is refused.
    skillgap()
        .env("SKILLGAP_RUBRIC_PATH", dir.path())
        .args(["assess", "--rubric", "night-shift", "--input"])
        .arg(example("career-changer.json"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "the profile is for rubric \"production-specialist\"",
        ));
    let profile = dir.path().join("p.json");
    std::fs::write(
        &profile,
        r#"{"rubric": "night-shift", "ratings": {"initiative": 2}}"#,
    )
    .unwrap();
    skillgap()
        .env("SKILLGAP_RUBRIC_PATH", dir.path())
        .args(["assess", "--input"])
        .arg(&profile)
        .assert()
        .success()
        .stdout(predicate::str::contains("Rubric: Night shift ladder"));
    skillgap()
        .args(["assess", "--rubric", "night-shif", "--input"])
        .arg(&profile)
        .arg("--rubric-dir")
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean \"night-shift\""));
}

#[test]
fn the_media_track_is_built_in() {
    let dir = tempfile::tempdir().unwrap();
    let template = dir.path().join("media.json");
    skillgap()
        .args(["template", "--rubric", "media-production-specialist", "-o"])
        .arg(&template)
        .assert()
        .success();
    let mut profile: serde_json::Value = serde_json::from_str(&read(&template)).unwrap();
    for (_, v) in profile["ratings"].as_object_mut().unwrap() {
        *v = serde_json::json!(1);
    }
    std::fs::write(&template, profile.to_string()).unwrap();
    skillgap()
        .args(["assess", "--input"])
        .arg(&template)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Production Specialist (media production)",
        ))
        .stdout(predicate::str::contains("Production Assistant"));
}

#[test]
fn rubric_show_prints_the_matrix_and_one_skill() {
    skillgap()
        .args(["rubric", "show", "production-specialist"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Junior Production Specialist"))
        .stdout(predicate::str::contains("USD 108,000"))
        .stdout(predicate::str::contains("quality-control"))
        .stdout(predicate::str::contains(
            "What makes each level a different job",
        ))
        .stdout(predicate::str::contains(
            "Production Supervisor: Production Planning and Scheduling 3→4",
        ));
    skillgap()
        .args([
            "rubric",
            "show",
            "production-specialist",
            "--skill",
            "quality-control",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "2 Working: Performs routine inspections with calipers, micrometers and gauges",
        ))
        .stdout(predicate::str::contains(
            "Next steps, by the rating they lead to",
        ))
        .stdout(predicate::str::contains("  To 1 Basic:"));
    skillgap()
        .args([
            "rubric",
            "show",
            "production-specialist",
            "--skill",
            "qualty",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is not a skill"));
    skillgap()
        .args(["rubric", "show", "rubrics/media-production-specialist.json"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Production Assistant"));
    skillgap()
        .args(["rubric", "show", "no-such-rubric"])
        .assert()
        .code(2);
}

#[test]
fn rubric_check_accepts_the_shipped_rubrics() {
    for file in [
        "rubrics/production-specialist.json",
        "rubrics/media-production-specialist.json",
    ] {
        skillgap()
            .args(["rubric", "check", file])
            .assert()
            .success()
            .stdout(predicate::str::contains("is valid"));
    }
}

#[test]
fn completions_for_every_shell_and_a_man_page() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        skillgap()
            .args(["completions", shell])
            .assert()
            .success()
            .stdout(predicate::str::contains("skillgap"))
            .stdout(predicate::str::contains("assess"));
    }
    skillgap()
        .arg("man")
        .assert()
        .success()
        .stdout(predicate::str::starts_with(".ie"))
        .stdout(predicate::str::contains(".TH skillgap 1"));
}

#[test]
fn version_names_the_built_in_rubrics() {
    skillgap()
        .arg("--version")
        .assert()
        .success()
        .stdout(predicate::str::contains(env!("CARGO_PKG_VERSION")))
        .stdout(predicate::str::contains("production-specialist v3"))
        .stdout(predicate::str::contains("media-production-specialist v3"));
}

#[test]
fn every_command_has_examples_in_its_help() {
    for cmd in [
        vec!["assess"],
        vec!["team"],
        vec!["template"],
        vec!["compare"],
        vec!["schema"],
        vec!["rubric", "show"],
        vec!["rubric", "check"],
        vec!["completions"],
        vec!["man"],
    ] {
        skillgap()
            .args(&cmd)
            .arg("--help")
            .assert()
            .success()
            .stdout(predicate::str::contains("Example"));
    }
}

#[test]
fn compare_checks_an_edited_report_like_a_profile() {
    let dir = tempfile::tempdir().unwrap();
    let report_path = common::root().join("examples/reports/specialist-to-senior.json");
    let mut report: serde_json::Value = serde_json::from_str(&read(&report_path)).unwrap();
    report["skills"][0]["rating"] = serde_json::json!(250);
    let edited = dir.path().join("edited.json");
    std::fs::write(&edited, report.to_string()).unwrap();
    skillgap()
        .arg("compare")
        .arg(&edited)
        .arg(example("specialist-to-senior.json"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "skills[0].rating: 250 is not on the rating scale",
        ));
    skillgap()
        .args(["compare", "-", "-"])
        .write_stdin("{}")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("can be read only once"));
}

#[test]
fn template_for_a_rubric_file_says_to_pass_it_again() {
    let dir = tempfile::tempdir().unwrap();
    let rubric = dir.path().join("mine.json");
    std::fs::write(&rubric, skillgap::rubric::BUILTIN_PRODUCTION_SPECIALIST).unwrap();
    let out = dir.path().join("me.json");
    skillgap()
        .args(["template", "--rubric"])
        .arg(&rubric)
        .arg("-o")
        .arg(&out)
        .assert()
        .success()
        .stderr(predicate::str::contains("--rubric"))
        .stderr(predicate::str::contains("mine.json"));
}

#[test]
fn rubric_check_checks_the_translations_beside_a_rubric() {
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("production-specialist.json");
    std::fs::copy(
        common::root().join("rubrics/production-specialist.json"),
        &base,
    )
    .unwrap();
    let rubric: serde_json::Value = serde_json::from_str(&read(&base)).unwrap();
    let es = dir.path().join("production-specialist.es.json");
    let complete = common::translation::marked(&rubric);
    std::fs::write(&es, complete.to_string()).unwrap();
    skillgap()
        .args(["rubric", "check"])
        .arg(&base)
        .assert()
        .success()
        .stdout(predicate::str::contains("translation \"es\" is complete"));

    // A skill left out, one added, an anchor missing, an empty name: each named by its path.
    let mut broken = complete.clone();
    let skills = broken["skills"].as_object_mut().unwrap();
    skills.remove("quality-control");
    skills.insert(
        "quality-kontrol".into(),
        serde_json::json!({"name": "x", "description": "x", "anchors": [], "next_steps": {}}),
    );
    broken["skills"]["production-planning"]["anchors"]
        .as_array_mut()
        .unwrap()
        .pop();
    broken["skills"]["inventory-management"]["name"] = serde_json::json!(" ");
    std::fs::write(&es, broken.to_string()).unwrap();
    let out = skillgap()
        .args(["rubric", "check"])
        .arg(&base)
        .assert()
        .code(2);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    for path in [
        "skills.quality-control: is missing",
        "skills.quality-kontrol: is not in the rubric",
        "skills.production-planning.anchors: has 4 texts, and the rubric has 5",
        "skills.inventory-management.name: is empty",
    ] {
        assert!(err.contains(path), "{path} in {err}");
    }

    // The translation is not listed as a rubric of its own.
    let out = skillgap()
        .arg("--rubric-dir")
        .arg(dir.path())
        .arg("rubrics")
        .assert()
        .success();
    let listed = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(
        !listed.contains("production-specialist.es.json"),
        "{listed}"
    );
}
