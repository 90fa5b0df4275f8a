//! The reader's language: `--lang`, else the profile's `lang`, else `LC_ALL`/`LC_MESSAGES`/
//! `LANG`; the rubric's words from its translation; and the files programs read (JSON)
//! the same whatever the language, so a Spanish profile scores exactly as an English one.

mod common;

use common::{example, read, skillgap, stdout_of};
use predicates::prelude::*;

/// The production rubric's name of a skill, in English and in Spanish.
const QC_EN: &str = "Quality Control and Assurance";
const QC_ES: &str = "Control y aseguramiento de la calidad";

fn examples() -> Vec<std::path::PathBuf> {
    let mut all: Vec<_> = std::fs::read_dir(common::root().join("examples/profiles"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    all.sort();
    assert!(all.len() >= 4, "{all:?}");
    all
}

#[test]
fn the_json_report_is_the_same_in_every_language() {
    for profile in examples() {
        let english = common::assess(&profile, "json");
        let spanish = stdout_of(
            skillgap()
                .args(["--lang", "es", "assess", "--format", "json", "--input"])
                .arg(&profile),
        );
        assert_eq!(english, spanish, "{}", profile.display());
        let by_env = stdout_of(
            skillgap()
                .env("LANG", "es_MX.UTF-8")
                .args(["assess", "--format", "json", "--input"])
                .arg(&profile),
        );
        assert_eq!(english, by_env, "{}", profile.display());
    }
}

#[test]
fn files_for_people_are_in_the_reader_s_language_and_the_json_beside_them_is_not() {
    let dir = tempfile::tempdir().unwrap();
    let (md, json) = (dir.path().join("r.md"), dir.path().join("r.json"));
    skillgap()
        .args(["assess", "--lang", "es", "--input"])
        .arg(example("specialist-to-senior.json"))
        .arg("-o")
        .arg(&md)
        .arg("-o")
        .arg(&json)
        .assert()
        .success()
        .stderr(predicates::str::contains("skillgap: se guardó "))
        .stderr(predicates::str::contains("wrote").not());
    let md = read(&md);
    assert!(md.contains(QC_ES), "{md}");
    assert!(!md.contains(QC_EN), "{md}");
    assert_eq!(
        read(&json),
        common::assess(&example("specialist-to-senior.json"), "json")
    );
}

/// The terminal report of `profile_json` (a profile's text) with `args` and `env`.
fn table(profile_json: &str, args: &[&str], env: &[(&str, &str)]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("me.json");
    std::fs::write(&path, profile_json).unwrap();
    let mut cmd = skillgap();
    for (k, v) in env {
        cmd.env(k, v);
    }
    stdout_of(cmd.args(args).args(["assess", "--input"]).arg(&path))
}

#[test]
fn the_language_is_lang_else_the_profile_s_else_the_environment_s() {
    let english = read(&example("specialist-to-senior.json"));
    let mut profile: serde_json::Value = serde_json::from_str(&english).unwrap();
    profile["lang"] = serde_json::json!("es");
    let spanish = profile.to_string();
    let is_es = |out: &str| out.contains(QC_ES) && !out.contains(QC_EN);
    let is_en = |out: &str| out.contains(QC_EN) && !out.contains(QC_ES);

    assert!(is_en(&table(&english, &[], &[])));
    assert!(is_es(&table(&english, &["--lang", "es"], &[])));
    assert!(is_es(&table(&english, &["--lang=es-MX"], &[])));
    assert!(is_es(&table(&english, &[], &[("LANG", "es_MX.UTF-8")])));
    assert!(is_es(&table(&english, &[], &[("LC_MESSAGES", "es_US")])));
    // LC_ALL comes first, as for every program; an unknown language is English.
    let both = [("LC_ALL", "en_US.UTF-8"), ("LANG", "es_MX.UTF-8")];
    assert!(is_en(&table(&english, &[], &both)));
    assert!(is_en(&table(&english, &[], &[("LANG", "fr_FR.UTF-8")])));
    // A profile answered in Spanish is reported in Spanish, unless --lang says otherwise.
    assert!(is_es(&table(&spanish, &[], &[])));
    assert!(is_es(&table(&spanish, &[], &[("LANG", "en_US.UTF-8")])));
    assert!(is_en(&table(&spanish, &["--lang", "en"], &[])));
}

#[test]
fn a_language_skillgap_does_not_speak_is_refused_with_the_ones_it_does() {
    let out = skillgap()
        .args(["--lang", "fr", "assess", "--input"])
        .arg(example("specialist-to-senior.json"))
        .assert()
        .code(2);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(err.contains("--lang"), "{err}");
    assert!(err.contains("en (English) and es (español)"), "{err}");
}

#[test]
fn a_profile_s_language_must_be_one_skillgap_speaks() {
    let mut profile: serde_json::Value =
        serde_json::from_str(&read(&example("specialist-to-senior.json"))).unwrap();
    profile["lang"] = serde_json::json!("fr");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("me.json");
    std::fs::write(&path, profile.to_string()).unwrap();
    let out = skillgap()
        .args(["assess", "--input"])
        .arg(&path)
        .assert()
        .failure();
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    // Where (the file, line and column of the value) and what it may be.
    assert!(err.contains("me.json:1:"), "{err}");
    assert!(
        err.contains("`fr`") && err.contains("`en` or `es`"),
        "{err}"
    );
}

#[test]
fn a_rubric_file_speaks_the_languages_of_the_translations_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    let rubric: serde_json::Value = serde_json::from_str(&read(
        &common::root().join("rubrics/production-specialist.json"),
    ))
    .unwrap();
    let base = dir.path().join("night-shift.json");
    std::fs::write(&base, rubric.to_string()).unwrap();
    let es = dir.path().join("night-shift.es.json");
    std::fs::write(&es, common::translation::marked(&rubric).to_string()).unwrap();
    let run = |args: &[&str]| {
        let out = skillgap()
            .args(args)
            .args(["assess", "--format", "html", "--rubric"])
            .arg(&base)
            .arg("--input")
            .arg(example("specialist-to-senior.json"))
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        (
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    };
    let (md, _) = run(&["--lang", "es"]);
    assert!(md.contains(&format!("[es] {QC_EN}")), "{md}");
    let (md, _) = run(&[]);
    assert!(md.contains(QC_EN) && !md.contains("[es]"), "{md}");

    // A translation that cannot be read: a warning naming it, and the rubric's own words.
    std::fs::write(&es, "{ not json").unwrap();
    let (md, err) = run(&["--lang", "es"]);
    assert!(md.contains(QC_EN) && !md.contains("[es]"), "{md}");
    assert!(err.contains("night-shift.es.json"), "{err}");
    assert!(err.contains("rubric check"), "{err}");
}

#[test]
fn comparisons_and_histories_speak_the_reader_s_language_and_their_json_does_not() {
    let (a, b) = (
        example("specialist-to-senior.json"),
        example("specialist-with-supervisor-review.json"),
    );
    for command in ["compare", "history"] {
        let run = |lang: &str, format: &str| {
            stdout_of(
                skillgap()
                    .args(["--lang", lang, command, "--format", format])
                    .arg(&a)
                    .arg(&b),
            )
        };
        assert_eq!(run("es", "json"), run("en", "json"), "{command}");
        let md = run("es", "markdown");
        assert!(md.contains("Especialista de producción sénior"), "{md}");
        assert!(md.contains("Rúbrica:") && !md.contains("Rubric:"), "{md}");
        assert!(md.contains("20 de noviembre de 2026"), "{md}");
    }
}
