//! A few end-to-end runs of the questionnaire in a pseudo-terminal: arrow keys and Enter as a
//! person would press them. The interview logic itself is tested with a scripted prompter in
//! `src/questionnaire.rs`; these check that the real terminal path works.

#![cfg(unix)]

mod common;

use std::path::Path;
use std::time::Duration;

use expectrl::process::unix::WaitStatus;
use expectrl::{Eof, Expect, Session};
use skillgap::report::Report;
use skillgap::rubric::{Category, Rubric};

type Pty = expectrl::session::OsSession;

fn spawn(args: &[&str], state: &Path) -> Pty {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_skillgap"));
    cmd.args(args)
        .env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .env("XDG_STATE_HOME", state)
        .current_dir(common::root());
    let mut session = Session::spawn(cmd).expect("spawn skillgap in a pty");
    // Tall enough that the review list fits on one page.
    session
        .get_process_mut()
        .set_window_size(100, 60)
        .expect("set the pty size");
    session.set_expect_timeout(Some(Duration::from_secs(30)));
    session
}

/// Sends a key sequence in one write, as a terminal does.
fn key(p: &mut Pty, seq: &str) {
    p.send(seq).expect("send keys");
}

/// Moves down `n` items and presses Enter.
fn choose(p: &mut Pty, n: usize) {
    for _ in 0..n {
        key(p, "\x1b[B");
    }
    key(p, "\r");
}

/// The rating the tests give skill `i`: 0, 1, 2, 0, 1, 2, ...
fn rating_for(i: usize) -> usize {
    i % 3
}

/// Waits until skill `i` is asked, with all its choices drawn.
fn wait_for_skill(p: &mut Pty, rubric: &Rubric, i: usize) {
    let skill = &rubric.skills[i];
    let group: Vec<usize> = (0..rubric.skills.len())
        .filter(|&s| rubric.skills[s].category == skill.category)
        .collect();
    let pos = group.iter().position(|&s| s == i).unwrap() + 1;
    let heading = match skill.category {
        Category::Technical => "Technical skills",
        Category::Soft => "Soft skills",
        Category::Leadership => "Leadership skills",
    };
    p.expect(format!("{heading} · {pos} of {}", group.len()))
        .unwrap_or_else(|e| panic!("header of {}: {e}", skill.id));
    p.expect("back to the previous question").unwrap();
}

/// Answers skills `from..to` as `rating_for` says, skipping the optional evidence.
fn answer_skills(p: &mut Pty, rubric: &Rubric, from: usize, to: usize) {
    for i in from..to {
        wait_for_skill(p, rubric, i);
        choose(p, rating_for(i));
        if rating_for(i) >= 2 {
            p.expect("What have you done").unwrap();
            key(p, "\r");
        }
    }
}

fn answer_opening(p: &mut Pty) {
    p.expect("Production Manager (15+").unwrap();
    choose(p, 3); // not sure, junior, specialist, senior
    p.expect("How many years").unwrap();
    key(p, "5\r");
    p.expect("CQIA)").unwrap();
    key(p, "\r");
}

fn confirm_review_and_finish(p: &mut Pty) -> WaitStatus {
    p.expect("Change the certifications").unwrap();
    key(p, "\r");
    p.expect(Eof).unwrap();
    p.get_process().wait().unwrap()
}

fn check_report(path: &Path, rubric: &Rubric) {
    let report: Report =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).expect("a JSON report");
    assert_eq!(report.target_level, "senior");
    assert_eq!(report.years_experience, Some(5.0));
    for (i, skill) in rubric.skills.iter().enumerate() {
        let row = report.skills.iter().find(|r| r.id == skill.id).unwrap();
        assert_eq!(row.rating, Some(rating_for(i) as u8), "{}", skill.id);
    }
}

#[test]
fn full_interview_with_arrow_keys_produces_matching_report() {
    let rubric = Rubric::builtin();
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("report.json");
    let profile = dir.path().join("profile.json");
    let mut p = spawn(
        &[
            "assess",
            "-o",
            report.to_str().unwrap(),
            "--save-profile",
            profile.to_str().unwrap(),
        ],
        dir.path(),
    );
    answer_opening(&mut p);
    answer_skills(&mut p, &rubric, 0, rubric.skills.len());
    let status = confirm_review_and_finish(&mut p);
    assert!(matches!(status, WaitStatus::Exited(_, 0)), "{status:?}");
    check_report(&report, &rubric);
    // The saved profile is accepted by --input as it is.
    common::skillgap()
        .args(["assess", "--strict", "--input"])
        .arg(&profile)
        .assert()
        .success();
    // A finished interview leaves no draft behind.
    assert!(
        !dir.path()
            .join("skillgap/production-specialist.draft.json")
            .exists()
    );
}

#[test]
fn ctrl_c_keeps_the_answers_and_resume_finishes_the_same() {
    let rubric = Rubric::builtin();
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("report.json");
    let stop_at = 7;

    let mut p = spawn(&["assess"], dir.path());
    answer_opening(&mut p);
    answer_skills(&mut p, &rubric, 0, stop_at);
    wait_for_skill(&mut p, &rubric, stop_at);
    key(&mut p, "\x03");
    p.expect("skillgap assess --resume").unwrap();
    p.expect(Eof).unwrap();
    let status = p.get_process().wait().unwrap();
    assert!(matches!(status, WaitStatus::Exited(_, 130)), "{status:?}");
    assert!(
        dir.path()
            .join("skillgap/production-specialist.draft.json")
            .exists()
    );

    let mut p = spawn(
        &[
            "assess",
            "--resume",
            "-o",
            report.to_str().unwrap(),
            "--save-profile",
            dir.path().join("profile.json").to_str().unwrap(),
        ],
        dir.path(),
    );
    answer_skills(&mut p, &rubric, stop_at, rubric.skills.len());
    let status = confirm_review_and_finish(&mut p);
    assert!(matches!(status, WaitStatus::Exited(_, 0)), "{status:?}");
    check_report(&report, &rubric);
}
