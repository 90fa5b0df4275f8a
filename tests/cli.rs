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

/// Every command below `cmd`, itself first, with its path ("rubric check").
fn commands(cmd: &clap::Command, path: &str, out: &mut Vec<(String, clap::Command)>) {
    out.push((path.to_string(), cmd.clone()));
    for sub in cmd.get_subcommands() {
        let below = format!("{path} {}", sub.get_name());
        commands(sub, below.trim(), out);
    }
}

/// The command tree with its help in `lang`, built as clap builds it to print help.
fn tree(lang: skillgap::i18n::Lang) -> Vec<(String, clap::Command)> {
    use clap::CommandFactory;
    let mut cmd = skillgap::cli::help::localized(skillgap::cli::Cli::command(), lang);
    cmd.build();
    let mut out = Vec::new();
    commands(&cmd, "", &mut out);
    out
}

#[test]
fn the_english_help_from_the_catalog_is_the_doc_comments_word_for_word() {
    use clap::CommandFactory;
    let mut derived = skillgap::cli::Cli::command();
    derived.build();
    let mut plain = Vec::new();
    commands(&derived, "", &mut plain);
    let english = tree(skillgap::i18n::Lang::En);
    assert_eq!(plain.len(), english.len());
    for ((path, mut a), (_, mut b)) in plain.into_iter().zip(english) {
        assert_eq!(
            a.render_long_help().to_string(),
            b.render_long_help().to_string(),
            "skillgap {path} --help"
        );
        assert_eq!(
            a.render_help().to_string(),
            b.render_help().to_string(),
            "skillgap {path} -h"
        );
    }
}

#[test]
fn every_command_and_option_has_a_spanish_help_text() {
    use skillgap::i18n::Lang;
    let english = tree(Lang::En);
    let spanish = tree(Lang::Es);
    let mut untranslated = Vec::new();
    for ((path, en), (_, es)) in english.iter().zip(&spanish) {
        // clap's own `help` subcommand stays clap's.
        if path.split(' ').any(|p| p == "help") {
            continue;
        }
        let about = |c: &clap::Command| c.get_about().map(|s| s.to_string());
        let long = |c: &clap::Command| c.get_long_about().map(|s| s.to_string());
        let after = |c: &clap::Command| c.get_after_help().map(|s| s.to_string());
        for (what, e, s) in [
            ("about", about(en), about(es)),
            ("long about", long(en), long(es)),
            ("examples", after(en), after(es)),
        ] {
            if e.is_some() && (s.is_none() || s == e) {
                untranslated.push(format!("skillgap {path}: {what}"));
            }
        }
        assert!(es.get_about().is_some(), "skillgap {path} has no about");
        for arg in es.get_arguments() {
            let id = arg.get_id().as_str();
            let en_arg = en.get_arguments().find(|a| a.get_id() == id).unwrap();
            let help = |a: &clap::Arg| a.get_help().map(|s| s.to_string());
            if help(arg).is_none() || help(arg) == help(en_arg) {
                untranslated.push(format!("skillgap {path} --{id}"));
            }
            if arg.get_help_heading().is_none_or(|h| h == "Options") {
                untranslated.push(format!("skillgap {path} --{id}: its heading"));
            }
        }
    }
    assert!(untranslated.is_empty(), "in English: {untranslated:#?}");
}

#[test]
fn help_is_in_spanish_with_lang_es_or_a_spanish_locale() {
    let spanish = |cmd: &mut assert_cmd::Command| {
        let out = cmd.output().unwrap();
        assert_eq!(out.status.code(), Some(0));
        let help = String::from_utf8(out.stdout).unwrap();
        for phrase in [
            "Califique sus habilidades (o lea las calificaciones de un archivo) e imprima un reporte de brechas",
            "Uso: skillgap assess",
            "Opciones:",
            "-i, --input <ARCHIVO>",
            "Lee el perfil de ARCHIVO en vez de hacer preguntas",
            "Hojas de cálculo (.csv, .tsv, .xlsx, .xlsm, .xls, .ods):",
            "Ejemplos:\n  skillgap assess ",
            "Muestra la ayuda",
        ] {
            assert!(help.contains(phrase), "no {phrase:?} in\n{help}");
        }
        for english in [
            "Usage:",
            "Options:",
            "Read the profile from FILE",
            "Examples:",
            "Print help",
            "Spreadsheets",
        ] {
            assert!(!help.contains(english), "{english:?} in\n{help}");
        }
    };
    spanish(skillgap().args(["--lang", "es", "assess", "--help"]));
    spanish(skillgap().args(["assess", "--lang=es", "-h"]));
    spanish(
        skillgap()
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "es_MX.UTF-8")
            .args(["assess", "--help"]),
    );
    // Without --lang and a Spanish locale, English.
    skillgap()
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .args(["assess", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Usage: skillgap assess"));
}

#[test]
fn spanish_help_leaves_the_meaning_of_the_command_line_as_it_was() {
    use clap::FromArgMatches;
    let cmd = skillgap::cli::help::localized(
        <skillgap::cli::Cli as clap::CommandFactory>::command(),
        skillgap::i18n::Lang::Es,
    );
    let matches = cmd
        .try_get_matches_from(["skillgap", "compare", "old.json", "new.json", "-f", "json"])
        .unwrap();
    let cli = skillgap::cli::Cli::from_arg_matches(&matches).unwrap();
    let skillgap::cli::Command::Compare(args) = cli.command else {
        panic!("not compare: {cli:?}");
    };
    assert_eq!(args.old, std::path::PathBuf::from("old.json"));
    assert_eq!(args.new, Some(std::path::PathBuf::from("new.json")));
}
