//! Reviews through the real binary: `--review` files with `assess`, `team` and `compare`,
//! the three `--ratings` bases, `--as-of`, bad review files, and `skillgap review` without
//! a terminal.

mod common;

use common::{example, skillgap};
use predicates::prelude::*;
use skillgap::catalog::{BUILTINS, Catalog};
use skillgap::input::Origin;
use skillgap::profile::review::parse_review;
use skillgap::progress::Comparison;
use skillgap::report::Report;
use skillgap::team::TeamSummary;

/// The example whose profile embeds a supervisor's review.
const REVIEWED: &str = "specialist-with-supervisor-review.json";

fn write(dir: &std::path::Path, name: &str, value: serde_json::Value) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_vec_pretty(&value).unwrap()).unwrap();
    path
}

fn review(
    person: &str,
    reviewer: &str,
    role: &str,
    ratings: serde_json::Value,
) -> serde_json::Value {
    serde_json::json!({
        "rubric": "production-specialist", "person": person, "reviewer": reviewer,
        "role": role, "date": "2026-11-20", "ratings": ratings
    })
}

fn report(args: &[&str]) -> Report {
    let mut cmd = skillgap();
    cmd.args(["assess", "--format", "json"]);
    if !args.contains(&"--as-of") {
        cmd.args(["--as-of", "2026-11-27"]);
    }
    let out = cmd
        .args(args)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice(&out).expect("a JSON report")
}

#[test]
fn each_basis_scores_the_rating_it_names() {
    let path = example(REVIEWED);
    let path = path.to_str().unwrap();
    let row = |r: &Report, id: &str| r.skills.iter().find(|s| s.id == id).unwrap().clone();
    let reviewed = report(&["--input", path]);
    let own = report(&["--input", path, "--ratings", "self"]);
    let lower = report(&["--input", path, "--ratings", "lower"]);
    assert_eq!(reviewed.basis.as_str(), "reviewed");
    // Problem-solving: 4 own, 2 reviewed. Data analysis: 1 own, 3 reviewed. Strategic
    // planning: 1 own, not observed.
    for (id, r, s, l) in [
        ("problem-solving", 2, 4, 2),
        ("data-analysis", 3, 1, 1),
        ("strategic-planning", 1, 1, 1),
    ] {
        assert_eq!(row(&reviewed, id).rating, Some(r), "{id} reviewed");
        assert_eq!(row(&own, id).rating, Some(s), "{id} self");
        assert_eq!(row(&lower, id).rating, Some(l), "{id} lower");
    }
    // Reviews are shown whatever the basis.
    assert_eq!(own.verified_skills, 20);
    assert_eq!(row(&own, "problem-solving").review_rating, Some(2));
    assert_eq!(row(&own, "strategic-planning").reviewers, 0);
    assert_eq!(
        reviewed
            .disagreements
            .iter()
            .map(|d| d.id.as_str())
            .collect::<Vec<_>>(),
        ["problem-solving", "data-analysis"]
    );
}

#[test]
fn a_review_file_is_checked_and_must_be_of_the_person() {
    let dir = tempfile::tempdir().unwrap();
    let other = write(
        dir.path(),
        "other.json",
        review(
            "Alex Kim",
            "D. Lee",
            "supervisor",
            serde_json::json!({"quality-control": 3}),
        ),
    );
    skillgap()
        .args(["assess", "--input"])
        .arg(example("specialist-to-senior.json"))
        .arg("--review")
        .arg(&other)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "person: is \"Alex Kim\" but the profile is of \"Sam Rivera\"",
        ));
    let bad = write(
        dir.path(),
        "bad.json",
        review(
            "Sam Rivera",
            "D. Lee",
            "boss",
            serde_json::json!({"quality-control": 5}),
        ),
    );
    skillgap()
        .args(["assess", "--input"])
        .arg(example("specialist-to-senior.json"))
        .arg("--review")
        .arg(&bad)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("role: \"boss\" is not a role"))
        .stderr(predicate::str::contains(
            "ratings.quality-control: 5 is not on the rating scale",
        ));
    skillgap()
        .args(["assess", "--as-of", "2026-13-01", "--input"])
        .arg(example("specialist-to-senior.json"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "--as-of: \"2026-13-01\" is not a day",
        ));
    // A review embedded in a profile of someone else is refused with its path.
    let mut profile: serde_json::Value =
        serde_json::from_str(&common::read(&example(REVIEWED))).unwrap();
    profile["name"] = "Someone Else".into();
    let path = write(dir.path(), "p.json", profile);
    skillgap()
        .args(["assess", "--input"])
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "reviews[0].person: is \"Jordan Ellis\"",
        ));
}

#[test]
fn review_ratings_stop_at_the_top_of_every_built_in_scale() {
    let catalog = Catalog::default();
    for (id, _) in BUILTINS {
        let rubric = catalog.load_id(id).unwrap();
        let skill = &rubric.skills[0].id;
        let max = rubric.max_rating();
        for (value, ok) in [(0, true), (max, true), (max + 1, false)] {
            let text = serde_json::json!({
                "rubric": id, "person": "P", "reviewer": "R", "role": "trainer",
                "date": "2026-11-20", "ratings": {skill.as_str(): value}
            })
            .to_string();
            assert_eq!(
                parse_review(&text, &Origin::Stdin, &rubric).is_ok(),
                ok,
                "{id}: {value}"
            );
        }
    }
}

#[test]
fn stale_reviews_are_marked_on_the_as_of_day_and_still_used() {
    let path = example(REVIEWED);
    let path = path.to_str().unwrap();
    // The review is dated 2026-11-20: exactly 12 months later it is current.
    let current = report(&["--input", path, "--as-of", "2027-11-20"]);
    assert!(!current.reviews[0].stale);
    let stale = report(&["--input", path, "--as-of", "2027-11-21"]);
    assert!(stale.reviews[0].stale);
    assert_eq!(stale.skills, current.skills, "a stale review is still used");
    let text = skillgap()
        .args(["assess", "--as-of", "2027-11-21", "--input", path])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(text).unwrap();
    assert!(
        text.contains("2026-11-20 (stale: more than 12 months old)"),
        "{text}"
    );
}

#[test]
fn team_review_files_are_matched_by_name_and_peers_are_never_named() {
    let dir = tempfile::tempdir().unwrap();
    let reviews = dir.path().join("reviews");
    std::fs::create_dir(&reviews).unwrap();
    write(
        &reviews,
        "sam.json",
        review(
            "sam rivera",
            "Petra Peerless",
            "peer",
            serde_json::json!({"quality-control": 1, "problem-solving": 4}),
        ),
    );
    write(
        &reviews,
        "nobody.json",
        review(
            "Nobody Here",
            "D. Lee",
            "supervisor",
            serde_json::json!({"initiative": 2}),
        ),
    );
    let team = dir.path().join("team.jsonl");
    let mut lines = String::new();
    for name in [
        "specialist-to-senior.json",
        "lead-to-supervisor.json",
        REVIEWED,
    ] {
        let v: serde_json::Value = serde_json::from_str(&common::read(&example(name))).unwrap();
        lines.push_str(&v.to_string());
        lines.push('\n');
    }
    std::fs::write(&team, lines).unwrap();
    let csv = dir.path().join("members.csv");
    let md = dir.path().join("team.md");
    let html = dir.path().join("team.html");
    let out = skillgap()
        .args(["team", "--format", "json", "-i"])
        .arg(&team)
        .arg("--review")
        .arg(&reviews)
        .arg("-o")
        .arg(&csv)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "the reviews of 1 person matched no member by name and were not used: Nobody Here",
        ))
        .get_output()
        .stdout
        .clone();
    let summary: TeamSummary = serde_json::from_slice(&out).unwrap();
    assert_eq!(summary.members_reviewed, 2, "Sam by file, Jordan embedded");
    let skill = |id: &str| summary.skills.iter().find(|s| s.id == id).unwrap();
    // Quality control: Sam 3 own / 1 peer (+2), Jordan 3 / 3 (0): mean +1.
    assert_eq!(skill("quality-control").reviewed_count, 2);
    assert_eq!(skill("quality-control").mean_perception_gap, Some(1.0));
    // Strategic planning: nobody reviewed it.
    assert_eq!(skill("strategic-planning").reviewed_count, 0);
    assert_eq!(skill("strategic-planning").mean_perception_gap, None);
    let rows = common::read(&csv);
    assert!(rows.starts_with(
        "member,target_level,best_level,readiness_at_target,gap_1,gap_2,gap_3,group,next_expiry,verified_skills\n"
    ));
    assert!(
        rows.contains("Jordan Ellis,")
            && rows
                .lines()
                .any(|l| l.starts_with("Jordan Ellis,") && l.ends_with(",20"))
    );
    assert!(
        rows.lines()
            .any(|l| l.starts_with("Sam Rivera,") && l.ends_with(",2"))
    );
    assert!(
        rows.lines()
            .any(|l| l.starts_with("Alex") || l.ends_with(",0"))
    );
    skillgap()
        .args(["team", "-i"])
        .arg(&team)
        .arg("--review")
        .arg(&reviews)
        .arg("-o")
        .arg(&md)
        .arg("-o")
        .arg(&html)
        .assert()
        .success();
    let table = skillgap()
        .args(["team", "-i"])
        .arg(&team)
        .arg("--review")
        .arg(&reviews)
        .assert()
        .success()
        .get_output()
        .clone();
    for text in [
        String::from_utf8_lossy(&out).into_owned(),
        rows,
        common::read(&md),
        common::read(&html),
        String::from_utf8_lossy(&table.stdout).into_owned(),
        String::from_utf8_lossy(&table.stderr).into_owned(),
    ] {
        assert!(!text.contains("Petra"), "a peer is named: {text}");
        assert!(!text.contains("D. Lee"), "a reviewer is named: {text}");
    }
    assert!(common::read(&md).contains("| Reviewed | Self − review |"));
}

#[test]
fn compare_says_when_the_two_sides_are_scored_on_different_ratings() {
    let dir = tempfile::tempdir().unwrap();
    let old = example("specialist-to-senior.json");
    let mut jordan: serde_json::Value =
        serde_json::from_str(&common::read(&example(REVIEWED))).unwrap();
    jordan["name"] = "Sam Rivera".into();
    jordan["reviews"][0]["person"] = "Sam Rivera".into();
    let new = write(dir.path(), "new.json", jordan);
    let run = |extra: &[&str]| -> Comparison {
        let out = skillgap()
            .args(["compare", "--format", "json"])
            .arg(&old)
            .arg(&new)
            .args(extra)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        serde_json::from_slice(&out).unwrap()
    };
    let c = run(&[]);
    assert_eq!(
        (c.old.basis.as_str(), c.new.basis.as_str()),
        ("self", "reviewed")
    );
    assert!(
        c.basis_note()
            .unwrap()
            .contains("then self-ratings, now reviewed ratings (20 skills")
    );
    let ps = c.skills.iter().find(|s| s.id == "problem-solving").unwrap();
    assert_eq!(ps.new, Some(2), "the scored rating is compared");
    let own = run(&["--ratings", "self"]);
    assert_eq!(own.basis_note(), None);
    let ps = own
        .skills
        .iter()
        .find(|s| s.id == "problem-solving")
        .unwrap();
    assert_eq!(ps.new, Some(4));
    let text = skillgap()
        .arg("compare")
        .arg(&old)
        .arg(&new)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(
        String::from_utf8_lossy(&text).contains("The ratings compared are not of the same kind")
    );
    // A review given with --review goes with the later file.
    let r = write(
        dir.path(),
        "r.json",
        review(
            "Sam Rivera",
            "D. Lee",
            "trainer",
            serde_json::json!({"budget-management": 3}),
        ),
    );
    let c = skillgap()
        .args(["compare", "--format", "json"])
        .arg(&old)
        .arg(example("specialist-to-senior.json"))
        .arg("--review")
        .arg(&r)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let c: Comparison = serde_json::from_slice(&c).unwrap();
    assert_eq!((c.old.verified_skills, c.new.verified_skills), (0, 1));
}

#[test]
fn review_without_a_terminal_points_to_input_and_checks_a_filled_in_file() {
    skillgap()
        .arg("review")
        .write_stdin("")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--input FILE"));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.json");
    skillgap()
        .args(["template", "--review", "--person", "Sam Rivera", "-o"])
        .arg(&path)
        .assert()
        .success();
    skillgap()
        .args(["review", "--input"])
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("reviewer: is empty"));
    let filled = common::read(&path)
        .replace("\"reviewer\": \"\"", "\"reviewer\": \"D. Lee\"")
        .replace("\"role\": \"supervisor\"", "\"role\": \"assessor\"");
    std::fs::write(&path, filled).unwrap();
    skillgap()
        .args(["review", "--input"])
        .arg(&path)
        .arg("--profile")
        .arg(example("specialist-to-senior.json"))
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "is a valid review of Sam Rivera: 0 of 23 skills rated by D. Lee (assessor)",
        ));
    // The reviewer reads it in Spanish with --lang es, the day as Spanish writes it.
    let text = common::read(&path);
    let at = text.find("\"date\": \"").unwrap() + "\"date\": \"".len();
    let dated = format!("{}2026-11-20{}", &text[..at], &text[at + 10..]);
    std::fs::write(&path, dated).unwrap();
    let out = skillgap()
        .args(["review", "--lang", "es", "--input"])
        .arg(&path)
        .arg("--person")
        .arg("Sam Rivera")
        .assert()
        .success();
    let said = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        said.contains("es una evaluación válida de Sam Rivera: 0 de 23 habilidades calificadas por D. Lee (auditor), "),
        "{said}"
    );
    assert!(said.contains("20 de noviembre de 2026"), "{said}");
    assert!(!said.contains("is a valid review"), "{said}");
    assert!(!said.contains("skills rated by"), "{said}");
}
