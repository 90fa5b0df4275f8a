//! The `assess` command through the real binary: inputs, outputs, and exit codes.

mod common;

use common::{example, read, skillgap};
use predicates::prelude::*;
use skillgap::report::Report;

const SAM: &str = "specialist-to-senior.json";

fn json_report(args: &[&str], stdin: Option<&str>) -> Report {
    let mut cmd = skillgap();
    cmd.args(args).args(["--format", "json"]);
    if let Some(s) = stdin {
        cmd.write_stdin(s);
    }
    let out = cmd.assert().success().get_output().stdout.clone();
    serde_json::from_slice(&out).expect("stdout is a JSON report")
}

#[test]
fn file_input_prints_a_full_table_report() {
    skillgap()
        .args(["assess", "--input"])
        .arg(example(SAM))
        .assert()
        .success()
        .stdout(predicate::str::contains("Skill gap report: Sam Rivera"))
        .stdout(predicate::str::contains("Readiness by level"))
        .stdout(predicate::str::contains("Certifications that close"))
        .stdout(predicate::str::contains("Next steps, in order"))
        .stdout(predicate::str::contains("\x1b[").not())
        .stderr(predicate::str::contains("error").not());
}

#[test]
fn stdin_input_gives_the_same_report_as_the_file() {
    let text = read(&example(SAM));
    let from_stdin = json_report(&["assess", "--input", "-"], Some(&text));
    let path = example(SAM);
    let from_file = json_report(&["assess", "--input", path.to_str().unwrap()], None);
    assert_eq!(from_stdin, from_file);
    assert_eq!(from_file.name.as_deref(), Some("Sam Rivera"));
    assert_eq!(from_file.target_level, "senior");
    assert_eq!(from_file.best_level.as_deref(), Some("specialist"));
    assert_eq!(from_file.levels.len(), 6);
    assert_eq!(from_file.skills.len(), 23);
    assert!(from_file.certifications.len() <= 3);
    assert!(
        from_file
            .certifications_held
            .contains(&"osha-10".to_string())
    );
    assert!(from_file.certifications.iter().all(|c| c.id != "osha-10"));
}

#[test]
fn level_option_overrides_the_profile_target() {
    let path = example(SAM);
    let r = json_report(
        &[
            "assess",
            "--input",
            path.to_str().unwrap(),
            "--level",
            "lead",
        ],
        None,
    );
    assert_eq!(r.target_level, "lead");
    assert_eq!(r.target_chosen_by, skillgap::report::TargetChoice::Option);
}

#[test]
fn max_certs_limits_the_recommendations() {
    let path = example("career-changer.json");
    let r = json_report(
        &[
            "assess",
            "--input",
            path.to_str().unwrap(),
            "--max-certs",
            "1",
        ],
        None,
    );
    assert_eq!(r.certifications.len(), 1);
}

#[test]
fn several_output_files_are_written_in_their_formats() {
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("sam.json");
    let md = dir.path().join("sam.md");
    skillgap()
        .args(["assess", "--input"])
        .arg(example(SAM))
        .arg("-o")
        .arg(&json)
        .arg("--output")
        .arg(&md)
        .assert()
        .success()
        .stdout("")
        .stderr(predicate::str::contains("wrote"));
    let report: Report = serde_json::from_str(&read(&json)).unwrap();
    assert_eq!(report.name.as_deref(), Some("Sam Rivera"));
    assert!(read(&md).starts_with("# Skill gap report: Sam Rivera\n"));
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
}

#[test]
fn unrated_skills_are_warned_about_and_strict_refuses_them() {
    // `null` is not rated and counts as 0.
    let mut ratings = serde_json::Map::new();
    for s in &skillgap::rubric::Rubric::builtin().skills {
        ratings.insert(s.id.clone(), serde_json::Value::Null);
    }
    ratings.insert("quality-control".into(), 2.into());
    ratings.insert("communication".into(), 3.into());
    let nulls = serde_json::json!({ "ratings": ratings }).to_string();
    skillgap()
        .args(["assess", "--input", "-"])
        .write_stdin(nulls.as_str())
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "21 skills are not rated and counted as 0: production-planning, inventory-management",
        ))
        .stdout(predicate::str::contains("not rated"));
    skillgap()
        .args(["assess", "--strict", "--input", "-"])
        .write_stdin(nulls)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "--strict needs every skill rated, but 21 are not",
        ));
    // Left out altogether: not asked, left out of the scores, and the answer provisional.
    let profile = r#"{"ratings": {"quality-control": 2, "communication": 3}}"#;
    skillgap()
        .args(["assess", "--input", "-"])
        .write_stdin(profile)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "21 skills were not asked (the profile leaves them out): Production Planning and Scheduling, Inventory Management",
        ))
        .stdout(predicate::str::contains("not asked"))
        .stdout(predicate::str::contains("(provisional: 21 skills not asked)"));
    skillgap()
        .args(["assess", "--strict", "--input", "-"])
        .write_stdin(profile)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "--strict needs every skill rated, but 21 are not",
        ));
}

#[test]
fn syntax_errors_name_the_place() {
    skillgap()
        .args(["assess", "--input", "-"])
        .write_stdin(
            "{\n  \"ratings\": {\n    \"quality-control\": 2\n    \"communication\": 3\n  }\n}\n",
        )
        .assert()
        .code(2)
        .stderr(predicate::str::contains("<stdin>:4:5: expected `,` or `}`"))
        .stderr(predicate::str::contains("hint:"));
}

#[test]
fn invalid_values_name_the_json_path_and_the_fix() {
    skillgap()
        .args(["assess", "--input", "-"])
        .write_stdin(r#"{"target_level": "senor", "ratings": {"quality-contrl": 2, "initiative": 7}}"#)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("has 3 problems"))
        .stderr(predicate::str::contains("target_level: \"senor\" is not a level"))
        .stderr(predicate::str::contains("did you mean \"senior\""))
        .stderr(predicate::str::contains("ratings.quality-contrl"))
        .stderr(predicate::str::contains("did you mean \"quality-control\""))
        .stderr(predicate::str::contains(
            "ratings.initiative: 7 is not on the rating scale; use a whole number from 0 (None) to 4 (Expert)",
        ));
}

#[test]
fn missing_input_file_is_an_io_failure() {
    skillgap()
        .args(["assess", "--input", "no-such-profile.json"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("cannot read no-such-profile.json"));
}

#[test]
fn no_input_without_a_terminal_names_the_input_option() {
    // Never waits for keys: the timeout only turns a hang into a failure.
    skillgap()
        .arg("assess")
        .write_stdin("")
        .timeout(std::time::Duration::from_secs(10))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("pass --input FILE"));
}

#[test]
fn unknown_level_option_is_a_usage_error() {
    skillgap()
        .args(["assess", "--level", "boss", "--input"])
        .arg(example(SAM))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--level: \"boss\" is not a level"))
        .stderr(predicate::str::contains("junior, specialist, senior"));
}

#[test]
fn output_with_unknown_extension_needs_a_format() {
    skillgap()
        .args(["assess", "-o", "report.xyz", "--input"])
        .arg(example(SAM))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot tell which format"));
}

#[test]
fn output_into_missing_directory_fails_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    skillgap()
        .args(["assess", "--input"])
        .arg(example(SAM))
        .arg("-o")
        .arg(dir.path().join("missing/report.json"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("cannot write"));
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn output_over_the_input_is_refused_before_writing() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("p.json");
    std::fs::copy(example(SAM), &input).unwrap();
    let before = read(&input);
    skillgap()
        .args(["assess", "--input"])
        .arg(&input)
        .arg("-o")
        .arg(&input)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("would overwrite the file"));
    assert_eq!(read(&input), before);
}

#[test]
fn custom_rubric_problems_are_all_listed() {
    let dir = tempfile::tempdir().unwrap();
    let mut rubric: serde_json::Value =
        serde_json::from_str(skillgap::rubric::BUILTIN_PRODUCTION_SPECIALIST).unwrap();
    rubric["skills"][0]["anchors"] = serde_json::json!(["a", "b", "c", "d"]);
    rubric["skills"][1]["required"]["senior"] = serde_json::json!(9);
    let path = dir.path().join("rubric.json");
    std::fs::write(&path, rubric.to_string()).unwrap();
    skillgap()
        .args(["assess", "--rubric"])
        .arg(&path)
        .arg("--input")
        .arg(example(SAM))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("has 2 problems"))
        .stderr(predicate::str::contains(
            "skills[0].anchors: has 4 descriptions",
        ))
        .stderr(predicate::str::contains(
            "skills[1].required.senior: is 9 but the scale only goes up to 4",
        ));
}

#[test]
fn markdown_format_on_stdout() {
    skillgap()
        .args(["assess", "--format", "markdown", "--input"])
        .arg(example(SAM))
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "# Skill gap report: Sam Rivera",
        ))
        .stdout(predicate::str::contains("| Skill | Category |"));
}

#[test]
fn broken_pipe_is_a_clean_exit() {
    use std::process::{Command, Stdio};
    // Like `skillgap assess ... | head -0`: the reader is gone before skillgap writes.
    let mut child = Command::new(env!("CARGO_BIN_EXE_skillgap"))
        .args(["assess", "--input"])
        .arg(example(SAM))
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("error"), "{stderr}");
}

#[test]
fn help_describes_the_command() {
    skillgap()
        .args(["assess", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("--input <FILE>"));
}

#[test]
fn template_does_not_overwrite_a_filled_in_profile_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("me.json");
    std::fs::write(&path, "my answers").unwrap();
    skillgap()
        .args(["template", "-o"])
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("exists already"));
    assert_eq!(read(&path), "my answers");
    skillgap()
        .args(["template", "--force", "-o"])
        .arg(&path)
        .assert()
        .success();
    assert!(read(&path).contains("\"ratings\""));
}

#[test]
fn team_explains_that_it_wants_one_profile_per_line() {
    skillgap()
        .args(["team", "--input"])
        .arg(example(SAM))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("one profile per line"));
}

#[test]
fn a_missing_rubric_dir_is_an_error() {
    skillgap()
        .args(["rubrics", "--rubric-dir", "no-such-folder"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "--rubric-dir no-such-folder is not a folder",
        ));
}

#[test]
fn an_output_folder_that_does_not_exist_is_reported_before_any_work() {
    skillgap()
        .args(["assess", "--input"])
        .arg(example(SAM))
        .args(["-o", "no-such-folder/report.md"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "the folder no-such-folder does not exist; create it first",
        ));
}

#[test]
fn output_over_a_rubric_file_being_read_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let rubric = dir.path().join("r.json");
    std::fs::write(&rubric, skillgap::rubric::BUILTIN_PRODUCTION_SPECIALIST).unwrap();
    skillgap()
        .args(["assess", "--input"])
        .arg(example(SAM))
        .arg("--rubric")
        .arg(&rubric)
        .arg("-o")
        .arg(&rubric)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("would overwrite the file"));
    assert_eq!(
        read(&rubric),
        skillgap::rubric::BUILTIN_PRODUCTION_SPECIALIST
    );
}

#[test]
fn dev_stdout_keeps_the_shells_redirection() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("log.txt");
    std::fs::write(&log, "previous\n").unwrap();
    let file = std::fs::OpenOptions::new().append(true).open(&log).unwrap();
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_skillgap"))
        .args(["assess", "--format", "json", "-o", "/dev/stdout", "--input"])
        .arg(example(SAM))
        .stdout(file)
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    let text = read(&log);
    assert!(
        text.starts_with("previous\n{"),
        "{}",
        &text[..40.min(text.len())]
    );
    assert!(log.is_file());
}

#[test]
fn save_profile_places_that_cannot_hold_a_file_are_refused_before_any_question() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    let cases = [
        (format!("{d}/missing/"), "is a folder"),
        (d.to_string(), "is a folder"),
        (format!("{d}/missing/me.json"), "does not exist"),
    ];
    for (path, message) in cases {
        // No terminal here: the place is refused first, before the questionnaire would be.
        let out = common::skillgap()
            .args(["assess", "--save-profile", &path])
            .assert()
            .code(2)
            .get_output()
            .stderr
            .clone();
        let err = String::from_utf8(out).unwrap();
        assert!(err.contains("--save-profile"), "{path}: {err}");
        assert!(err.contains(message), "{path}: {err}");
    }
}

#[test]
fn update_and_force_are_checked_with_the_other_options() {
    let example = common::example("specialist-to-senior.json");
    let example = example.to_str().unwrap();
    common::skillgap()
        .args(["assess", "--update", example, "--input", example])
        .assert()
        .code(2);
    common::skillgap()
        .args(["assess", "--force"])
        .assert()
        .code(2);
    // Without a terminal, --update cannot ask its questions and says what to do instead.
    common::skillgap()
        .args(["assess", "--update", example])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--input"));
}
