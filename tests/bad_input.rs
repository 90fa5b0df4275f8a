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
