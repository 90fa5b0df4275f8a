//! `skillgap team` input edge cases: blank lines of every kind, overlong lines, odd entries
//! in a folder, and messages that input text cannot forge.

mod common;

use std::path::Path;

use common::{example, skillgap};
use skillgap::team::TeamSummary;

fn one_line_profile() -> String {
    std::fs::read_to_string(example("specialist-to-senior.json"))
        .unwrap()
        .replace('\n', " ")
}

fn team(stdin: Vec<u8>, extra: &[&str]) -> std::process::Output {
    skillgap()
        .args(["team", "--input", "-", "--format", "json"])
        .args(extra)
        .write_stdin(stdin)
        .output()
        .unwrap()
}

#[test]
fn lines_of_any_white_space_are_blank_and_counted() {
    let p = one_line_profile();
    let input = format!("{p}\n\u{b}\n\u{c}\n\u{a0}\n \t\u{2003}\r\n\n{p}\n");
    let out = team(input.into_bytes(), &[]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let s: TeamSummary = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!((s.members_scored, s.members_rejected), (2, 0), "{stderr}");
    assert_eq!(s.blank_lines, 5);
}

#[test]
fn an_overlong_line_is_rejected_with_its_number_and_the_run_goes_on() {
    let p = one_line_profile();
    let mut input = format!("{p}\n{{\"name\": \"").into_bytes();
    input.extend(std::iter::repeat_n(b'x', 9 * 1024 * 1024));
    input.extend(format!("\"}}\n{p}\n").into_bytes());
    let out = team(input.clone(), &[]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("skillgap: rejected: <stdin>:2: the line is longer than 8 MiB"),
        "{stderr}"
    );
    let s: TeamSummary = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!((s.members_scored, s.members_rejected), (2, 1));

    let out = team(input, &["--strict"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("<stdin>:2: the line is longer"));
}

#[test]
fn a_record_cannot_forge_a_rejected_line() {
    let p = one_line_profile();
    let forged =
        r#"{"target_level": "senior\nskillgap: rejected: <stdin>:9: fake", "ratings": {}}"#;
    let out = team(format!("{p}\n{forged}\n").into_bytes(), &[]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let starts = stderr
        .lines()
        .filter(|l| l.starts_with("skillgap: rejected:"))
        .count();
    assert_eq!(starts, 1, "{stderr}");
    assert!(
        stderr.contains("\"senior\\u{a}skillgap: rejected"),
        "{stderr}"
    );
}

#[test]
fn a_utf16_line_is_said_to_be_not_utf8() {
    let p = one_line_profile();
    let mut input = format!("{p}\n").into_bytes();
    for unit in r#"{"ratings": {}}"#.encode_utf16() {
        input.extend(unit.to_le_bytes());
    }
    input.push(b'\n');
    let out = team(input, &[]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("<stdin>:2: not UTF-8 text (NUL byte"),
        "{stderr}"
    );
}

#[test]
fn odd_entries_in_a_folder_are_named_for_what_they_are() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::copy(example("specialist-to-senior.json"), d.join("sam.json")).unwrap();
    std::fs::create_dir(d.join("folder.json")).unwrap();
    let fifo = std::process::Command::new("mkfifo")
        .arg(d.join("pipe.json"))
        .status()
        .unwrap();
    assert!(fifo.success());
    #[cfg(unix)]
    {
        use std::os::unix::fs::symlink;
        symlink("loop.json", d.join("loop.json")).unwrap();
        symlink("/dev/zero", d.join("zero.json")).unwrap();
        symlink("missing", d.join("dangling.json")).unwrap();
        symlink("folder.json", d.join("to-folder.json")).unwrap();
    }
    let out = skillgap()
        .args(["team", "--format", "json", "--input"])
        .arg(d)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    for expected in [
        "folder.json is a folder, not a profile file; it is left out",
        "pipe.json is a named pipe, not a profile file",
        "loop.json is a link loop",
        "zero.json is a link to a device, not a profile file",
        "dangling.json is a link to nothing",
        "to-folder.json is a link to a folder",
    ] {
        assert!(stderr.contains(expected), "no {expected:?} in\n{stderr}");
    }
    let s: TeamSummary = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(s.members_scored, 1);
}

#[test]
fn an_unreadable_folder_says_permission_denied() {
    let setpriv = Path::new("/usr/bin/setpriv");
    let dir = tempfile::tempdir().unwrap();
    let probe = dir.path().join("probe");
    std::fs::write(&probe, "").unwrap();
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    if std::fs::metadata(&probe).unwrap().uid() != 0 || !setpriv.exists() {
        return; // needs root to become another user
    }
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    // Names can be listed, but nothing in it can be opened.
    let folder = dir.path().join("team");
    std::fs::create_dir(&folder).unwrap();
    std::fs::copy(
        example("specialist-to-senior.json"),
        folder.join("sam.json"),
    )
    .unwrap();
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = std::process::Command::new(setpriv)
        .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
        .arg(env!("CARGO_BIN_EXE_skillgap"))
        .args(["team", "--input"])
        .arg(&folder)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.to_lowercase().contains("permission denied"),
        "{stderr}"
    );
    assert!(!stderr.contains("has no .json files"), "{stderr}");
}

#[test]
fn max_certs_zero_says_certifications_were_not_asked_for() {
    let out = skillgap()
        .args(["assess", "--max-certs", "0", "--input"])
        .arg(example("specialist-to-senior.json"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("certifications were not asked for"),
        "{stderr}"
    );
    // The report's own section says the same, not that none is needed.
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("not asked for (--max-certs 0)"), "{stdout}");
    assert!(!stdout.contains("none needed"), "{stdout}");
    let out = team(one_line_profile().into_bytes(), &["--max-certs", "0"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("certifications were not asked for"),
        "{stderr}"
    );
}

#[test]
fn standard_input_cannot_be_both_profile_and_rubric() {
    for args in [
        &["assess", "--input", "-", "--rubric", "-"][..],
        &["team", "--input", "-", "--rubric", "-"][..],
    ] {
        let out = skillgap()
            .args(args)
            .write_stdin(one_line_profile())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("cannot be both"), "{stderr}");
    }
}

#[test]
fn a_level_option_cannot_forge_a_line() {
    let out = skillgap()
        .args([
            "assess",
            "--level",
            "x\nskillgap: wrote report.json",
            "--input",
        ])
        .arg(example("specialist-to-senior.json"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("\"x\\u{a}skillgap: wrote"), "{stderr}");
}
