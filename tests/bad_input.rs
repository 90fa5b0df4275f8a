//! Every file in `tests/bad-input/` gets one clear message and the documented exit code.
//! `cases.tsv` lists, per file, the command to run, the exit code, and a fragment the output
//! must contain. Whatever the input, skillgap never panics, never prints a backtrace or Rust
//! debug formatting, and never lets an escape character reach the terminal.

mod common;

use std::path::Path;

use common::{root, skillgap};

/// Checks what every run must satisfy, whatever its input.
fn assert_clean(what: &str, stderr: &str) {
    for bad in ["panicked", "RUST_BACKTRACE", "Error(", "Some(", "\x1b"] {
        assert!(
            !stderr.contains(bad),
            "{what}: stderr contains {bad:?}:\n{stderr}"
        );
    }
}

#[test]
fn every_bad_input_gets_its_message_and_exit_code() {
    let dir = root().join("tests/bad-input");
    let manifest = std::fs::read_to_string(dir.join("cases.tsv")).unwrap();
    let mut count = 0;
    let mut failures = Vec::new();
    for line in manifest
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let fields: Vec<&str> = line.split('\t').collect();
        let [file, command, code, fragment] = fields[..] else {
            panic!("cases.tsv: bad line {line:?}");
        };
        let path = dir.join(file);
        assert!(path.exists(), "cases.tsv names a missing file {file}");
        let mut cmd = skillgap();
        match command {
            "assess" => cmd.args(["assess", "--input"]).arg(&path),
            "rubric-check" => cmd.args(["rubric", "check"]).arg(&path),
            other => panic!("cases.tsv: unknown command {other}"),
        };
        let out = cmd.output().unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_clean(file, &stderr);
        let expected: i32 = code.parse().unwrap();
        if out.status.code() != Some(expected) {
            failures.push(format!(
                "{file}: exit {:?}, expected {expected}\n{stderr}",
                out.status.code()
            ));
        } else if !stdout.contains(fragment) && !stderr.contains(fragment) {
            failures.push(format!("{file}: no {fragment:?} in\n{stderr}{stdout}"));
        }
        if expected == 2 {
            // The message names the file and says what to do.
            if !stderr.contains(file) {
                failures.push(format!("{file}: message does not name the file:\n{stderr}"));
            }
        }
        count += 1;
    }
    assert!(
        count >= 40,
        "the corpus has {count} cases; keep at least 40"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn the_same_corpus_through_stdin_names_stdin() {
    let path = root().join("tests/bad-input/profile-rating-5.json");
    let out = skillgap()
        .args(["assess", "--input", "-"])
        .pipe_stdin(&path)
        .unwrap()
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("profile <stdin> has 1 problem"), "{stderr}");
}

#[test]
fn a_directory_or_a_missing_file_is_refused() {
    let dir = root().join("tests/bad-input");
    let out = skillgap()
        .args(["assess", "--input"])
        .arg(&dir)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("is a directory; give the path of a JSON file"),
        "{stderr}"
    );

    let out = skillgap()
        .args(["assess", "--input", "tests/bad-input/no-such-file.json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("cannot read tests/bad-input/no-such-file.json"),
        "{stderr}"
    );
    assert_clean("missing file", &stderr);
}

#[test]
fn a_huge_file_is_refused_without_reading_it() {
    // A sparse 100 MiB file: refused by its size, so the test is quick and uses no disk.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.json");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(100 * 1024 * 1024).unwrap();
    let out = skillgap()
        .args(["assess", "--input"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("is larger than 8 MiB"), "{stderr}");
}

#[test]
fn a_huge_stream_on_stdin_is_refused() {
    let big = vec![b' '; 9 * 1024 * 1024];
    let out = skillgap()
        .args(["assess", "--input", "-"])
        .write_stdin(big)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("<stdin> is larger than 8 MiB"));
}

fn sam() -> std::path::PathBuf {
    common::example("specialist-to-senior.json")
}

#[test]
fn writing_to_a_full_disk_fails_cleanly() {
    // -o onto a full device.
    let out = skillgap()
        .args(["assess", "-o", "/dev/full", "--format", "json", "--input"])
        .arg(sam())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("cannot write /dev/full"), "{stderr}");
    assert!(!std::fs::metadata("/dev/full").unwrap().is_file());

    // Standard output redirected to a full device.
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_skillgap"))
        .args(["assess", "--input"])
        .arg(sam())
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("cannot write the report to standard output"),
        "{stderr}"
    );
    assert_clean("stdout to /dev/full", &stderr);
}

#[test]
fn help_and_version_on_a_full_disk_fail_like_every_command() {
    for args in [
        &["--help"][..],
        &["--version"],
        &["-V"],
        &["assess", "--help"],
        &["team", "-h"],
    ] {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_skillgap"))
            .args(args)
            .stdout(full)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(
            stderr.contains("cannot write to standard output: No space left on device"),
            "{args:?}: {stderr}"
        );
        assert_clean("--help to /dev/full", &stderr);
    }
    // Written where they can be, they still succeed; a usage error is still 2.
    skillgap().arg("--version").assert().success();
    skillgap().arg("--help").assert().success();
    skillgap().arg("--no-such-option").assert().code(2);
}

#[test]
fn an_unwritable_place_fails_without_leaving_files() {
    // /proc accepts no new files, even from root.
    let out = skillgap()
        .args(["assess", "-o", "/proc/skillgap-report.json", "--input"])
        .arg(sam())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("cannot write /proc/skillgap-report.json"),
        "{stderr}"
    );
    assert!(!Path::new("/proc/skillgap-report.json").exists());
}

#[test]
fn an_output_that_is_a_directory_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let out = skillgap()
        .args(["assess", "--input"])
        .arg(sam())
        .arg("-o")
        .arg(dir.path())
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is a directory"));
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

/// The worker's most common mistakes, in Spanish: (file, words only the Spanish message
/// has, the place it names, English words it must no longer have).
const SPANISH: &[(&str, &str, &str, &str)] = &[
    (
        "profile-unknown-skill-near.json",
        "no es una habilidad de la rúbrica production-specialist (¿quiso decir \"quality-control\"?)",
        "ratings.quality-contrl:",
        "is not a skill",
    ),
    (
        "profile-rating-5.json",
        "5 no está en la escala de calificación; use un número entero de 0 (Ninguno) a 4 (Experto)",
        "ratings.quality-control:",
        "rating scale",
    ),
    (
        "profile-rating-quoted.json",
        "es el texto \"3\", no un número",
        "ratings.quality-control:",
        "not a number",
    ),
    (
        "profile-name-number.json",
        "tipo de valor equivocado: hay el número entero `5` y se esperaba un texto",
        ":2:11:",
        "invalid type",
    ),
    (
        "profile-unknown-field.json",
        "campo desconocido \"raitings\" (¿quiso decir \"ratings\"?); un perfil solo tiene los campos",
        ":2:12:",
        "unknown field",
    ),
    (
        "profile-line-and-column.json",
        "se esperaba `,` o `}`\n  sugerencia: corrija el JSON en ese lugar",
        ":4:5:",
        "hint:",
    ),
    (
        "profile-truncated.json",
        "el JSON está incompleto",
        "profile-truncated.json:",
        "EOF while parsing",
    ),
    (
        "profile-top-level-array.json",
        "un perfil debe ser un objeto JSON ({ ... }), pero esto es una lista",
        ":1:1:",
        "must be a JSON object",
    ),
    (
        "profile-many-problems.json",
        "tiene 3 problemas:",
        "target_level: \"boss\" no es un nivel de la rúbrica",
        "has 3 problems",
    ),
    (
        "profile-unknown-level.json",
        "no es un nivel de la rúbrica production-specialist (¿quiso decir \"senior\"?)",
        "target_level:",
        "is not a level",
    ),
    (
        "profile-other-rubric.json",
        "no hay ninguna rúbrica con el id \"media-production\"",
        "rubric:",
        "no rubric with id",
    ),
    (
        "profile-unknown-certification.json",
        "\"osha10\" no es una certificación de la rúbrica",
        "certifications[0]:",
        "is not a certification",
    ),
    (
        "profile-years-negative.json",
        "es -3, pero debe ser un número de 0 a 60",
        "years_experience:",
        "must be a number",
    ),
    (
        "profile-not-utf8.json",
        "no es texto UTF-8",
        "profile-not-utf8.json",
        "is not UTF-8",
    ),
    (
        "profile-empty.json",
        "está vacío o solo tiene espacios, y se esperaba un perfil",
        "profile-empty.json",
        "white space",
    ),
];

/// Runs `assess --input FILE` with `lang_args` and `env`, and returns (exit code, stderr).
fn assess_in(file: &str, lang_args: &[&str], env: &[(&str, &str)]) -> (Option<i32>, String) {
    let mut cmd = skillgap();
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd
        .args(lang_args)
        .args(["assess", "--input"])
        .arg(root().join("tests/bad-input").join(file))
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_common_mistakes_are_told_in_spanish_at_the_same_place_with_the_same_exit_code() {
    let mut failures = Vec::new();
    for (file, spanish, place, english) in SPANISH {
        let (en_code, en) = assess_in(file, &[], &[]);
        for (how, lang_args, env) in [
            ("--lang es", &["--lang", "es"][..], &[][..]),
            ("LANG", &[][..], &[("LANG", "es_MX.UTF-8")][..]),
        ] {
            let (code, es) = assess_in(file, lang_args, env);
            assert_clean(file, &es);
            if code != en_code {
                failures.push(format!(
                    "{file} ({how}): exit {code:?}, in English {en_code:?}"
                ));
            }
            for (wanted, what) in [(*spanish, "the Spanish words"), (*place, "the place")] {
                if !es.contains(wanted) {
                    failures.push(format!("{file} ({how}): no {what} {wanted:?} in\n{es}"));
                }
            }
            if !es.starts_with("skillgap: error: ") || es.contains(english) {
                failures.push(format!("{file} ({how}): English left in\n{es}"));
            }
        }
        // English is as it was.
        if !en.contains(english) {
            failures.push(format!(
                "{file}: {english:?} no longer in the English\n{en}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn the_files_skillgap_cannot_read_or_write_are_named_in_spanish() {
    let run = |args: &[&str]| {
        let out = skillgap()
            .args(["--lang", "es"])
            .args(args)
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (code, err) = run(&["assess", "--input", "tests/bad-input/no-such-file.json"]);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains("no se puede leer tests/bad-input/no-such-file.json: el archivo no existe"),
        "{err}"
    );
    let (code, err) = run(&["assess", "--input", "tests/bad-input"]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("tests/bad-input es una carpeta"), "{err}");
    let (code, err) = run(&[
        "assess",
        "--input",
        "tests/bad-input/profile-rating-5.json",
        "--rubric",
        "mediaproduction-specialist",
    ]);
    assert_eq!(code, Some(2), "{err}");
    assert!(
        err.contains("(¿quiso decir \"media-production-specialist\"?)"),
        "{err}"
    );
    let sam = sam();
    let sam = sam.to_str().unwrap();
    let (code, err) = run(&["assess", "--input", sam, "-o", sam]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("reemplazaría el archivo"), "{err}");
    assert!(!err.contains("would overwrite"), "{err}");
    // With no terminal and no --input: exit 2, naming --input.
    let out = skillgap()
        .args(["assess", "--lang=es"])
        .write_stdin("")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("no es una terminal interactiva") && err.contains("--input"),
        "{err}"
    );
    // --lang en wins over LANG.
    let out = skillgap()
        .env("LANG", "es_MX.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .args([
            "assess",
            "--lang",
            "en",
            "--input",
            "tests/bad-input/profile-rating-5.json",
        ])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("is not on the rating scale"), "{err}");
}
