//! `skillgap team` through the real binary: totals, bad records, inputs, CSV, determinism.

mod common;

use std::collections::HashMap;

use common::skillgap;
use predicates::prelude::*;
use skillgap::input::Origin;
use skillgap::profile::{self, Strictness};
use skillgap::rubric::Rubric;
use skillgap::synth::team_jsonl;
use skillgap::team::TeamSummary;

fn summary_of(args: &[&str], stdin: Option<Vec<u8>>) -> TeamSummary {
    let mut cmd = skillgap();
    cmd.arg("team").args(args).args(["--format", "json"]);
    if let Some(data) = stdin {
        cmd.write_stdin(data);
    }
    let out = cmd.assert().success().get_output().stdout.clone();
    serde_json::from_slice(&out).expect("a JSON team summary")
}

#[test]
fn team_totals_equal_the_sum_of_individual_assessments() {
    let rubric = Rubric::builtin();
    let data = team_jsonl(&rubric, 300, 9);
    let team = summary_of(&["--input", "-"], Some(data.clone()));

    // Score every member on their own, as `assess` does, and add up by hand.
    let mut short: HashMap<String, u64> = HashMap::new();
    let mut gap_sum: HashMap<String, u64> = HashMap::new();
    let mut priority: HashMap<String, u64> = HashMap::new();
    let mut reached: HashMap<String, u64> = HashMap::new();
    let mut best: HashMap<String, u64> = HashMap::new();
    let mut none = 0;
    let mut n = 0u64;
    for line in std::str::from_utf8(&data).unwrap().lines() {
        let p = profile::parse(line, &Origin::Stdin, &rubric, Strictness::default()).unwrap();
        let report = skillgap::gap_report::build_report(&rubric, &p, None, 3, Vec::new());
        n += 1;
        for s in &report.skills {
            if s.gap > 0 {
                *short.entry(s.id.clone()).or_default() += 1;
                *gap_sum.entry(s.id.clone()).or_default() += u64::from(s.gap);
                *priority.entry(s.id.clone()).or_default() += u64::from(s.priority);
            }
        }
        for l in report.levels.iter().filter(|l| l.reached) {
            *reached.entry(l.id.clone()).or_default() += 1;
        }
        match report.best_level {
            Some(b) => *best.entry(b).or_default() += 1,
            None => none += 1,
        }
    }
    assert_eq!(team.members_scored, n);
    assert_eq!(team.members_rejected, 0);
    assert_eq!(team.members_without_level, none);
    assert_eq!(team.skills.len(), rubric.skills.len());
    for s in &team.skills {
        let count = short.get(&s.id).copied().unwrap_or(0);
        assert_eq!(s.short_count, count, "{}", s.id);
        assert_eq!(
            s.priority,
            priority.get(&s.id).copied().unwrap_or(0),
            "{}",
            s.id
        );
        let mean = gap_sum.get(&s.id).copied().unwrap_or(0) as f64 / n as f64;
        assert!(
            (s.mean_gap - mean).abs() < 0.006,
            "{}: {} vs {mean}",
            s.id,
            s.mean_gap
        );
        let pct = 100.0 * count as f64 / n as f64;
        assert!((s.short_percent - pct).abs() < 0.051, "{}", s.id);
    }
    let priorities: Vec<u64> = team.skills.iter().map(|s| s.priority).collect();
    assert!(
        priorities.windows(2).all(|w| w[0] >= w[1]),
        "most urgent first"
    );
    for l in &team.levels {
        assert_eq!(
            l.reached_count,
            reached.get(&l.id).copied().unwrap_or(0),
            "{}",
            l.id
        );
        assert_eq!(
            l.best_count,
            best.get(&l.id).copied().unwrap_or(0),
            "{}",
            l.id
        );
    }
    assert!(!team.certifications.is_empty());
    assert!(team.certifications.iter().all(|c| c.members_helped <= n));
}

#[test]
fn bad_lines_are_rejected_with_their_numbers_and_the_rest_scored() {
    let rubric = Rubric::builtin();
    let good = String::from_utf8(team_jsonl(&rubric, 5, 1)).unwrap();
    let lines: Vec<&str> = good.lines().collect();
    let input = format!(
        "{}\n{{\"ratings\": {{\"quality-control\": 9}}}}\n{}\n\n{{not json\n{}\n{}\n{}\n",
        lines[0], lines[1], lines[2], lines[3], lines[4]
    );
    let out = skillgap()
        .args(["team", "--format", "json", "--input", "-"])
        .write_stdin(input.clone())
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "rejected: profile <stdin>:2 has 1 problem",
        ))
        .stderr(predicate::str::contains(
            "ratings.quality-control: 9 is not on the rating scale",
        ))
        .stderr(predicate::str::contains(
            "rejected: profile <stdin>:5:2: key must be a string",
        ))
        .get_output()
        .stdout
        .clone();
    let summary: TeamSummary = serde_json::from_slice(&out).unwrap();
    assert_eq!(summary.members_scored, 5);
    assert_eq!(summary.members_rejected, 2);

    skillgap()
        .args(["team", "--strict", "--input", "-"])
        .write_stdin(input.clone())
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "stopped at the first invalid record",
        ))
        .stderr(predicate::str::contains("<stdin>:2"));

    skillgap()
        .args(["team", "--fail-on-rejected", "--input", "-"])
        .write_stdin(input)
        .assert()
        .code(2)
        .stdout(predicate::str::contains("5 members scored, 2 rejected"))
        .stderr(predicate::str::contains("2 records were rejected"));
}

#[test]
fn a_directory_of_profiles_is_a_team() {
    let dir = tempfile::tempdir().unwrap();
    for name in [
        "career-changer",
        "specialist-to-senior",
        "lead-to-supervisor",
    ] {
        std::fs::copy(
            common::example(&format!("{name}.json")),
            dir.path().join(format!("{name}.json")),
        )
        .unwrap();
    }
    std::fs::write(dir.path().join("broken.json"), "{\"ratings\": [}").unwrap();
    std::fs::write(dir.path().join("notes.txt"), "not a profile").unwrap();
    let out = skillgap()
        .args(["team", "--format", "json", "--input"])
        .arg(dir.path())
        .assert()
        .success()
        .stderr(predicate::str::contains("broken.json:1:"))
        .get_output()
        .stdout
        .clone();
    let summary: TeamSummary = serde_json::from_slice(&out).unwrap();
    assert_eq!(summary.members_scored, 3);
    assert_eq!(summary.members_rejected, 1);
    let reached_junior = summary.levels.iter().find(|l| l.id == "junior").unwrap();
    assert_eq!(
        reached_junior.reached_count, 2,
        "the career changer reaches no level"
    );
}

#[derive(Debug, serde::Deserialize)]
struct Row {
    member: String,
    target_level: String,
    best_level: String,
    readiness_at_target: f64,
    gap_1: String,
    #[allow(dead_code)]
    gap_2: String,
    #[allow(dead_code)]
    gap_3: String,
}

#[test]
fn member_csv_has_one_row_per_member_in_input_order() {
    let rubric = Rubric::builtin();
    let mut data = team_jsonl(&rubric, 40, 3);
    data.extend_from_slice(b"{\"name\": \"=HYPERLINK(1)\", \"ratings\": {}}\n");
    // Every skill rated `null` (not rated, counted as 0) but initiative.
    let mut nulls = serde_json::Map::new();
    for skill in &rubric.skills {
        nulls.insert(skill.id.clone(), serde_json::Value::Null);
    }
    nulls.insert("initiative".into(), 1.into());
    data.extend_from_slice(
        serde_json::json!({ "ratings": nulls })
            .to_string()
            .as_bytes(),
    );
    data.push(b'\n');
    let dir = tempfile::tempdir().unwrap();
    let csv_path = dir.path().join("members.csv");
    skillgap()
        .args(["team", "--input", "-", "-o"])
        .arg(&csv_path)
        .write_stdin(data)
        .assert()
        .success()
        .stderr(predicate::str::contains("wrote"));
    let mut reader = csv::Reader::from_path(&csv_path).unwrap();
    let rows: Vec<Row> = reader.deserialize().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 42);
    for (i, row) in rows.iter().take(40).enumerate() {
        assert_eq!(row.member, format!("Member {}", i + 1));
        assert!(rubric.level_index(&row.target_level).is_some());
        assert!(row.best_level.is_empty() || rubric.level_index(&row.best_level).is_some());
        assert!((0.0..=100.0).contains(&row.readiness_at_target));
    }
    assert_eq!(rows[40].member, "'=HYPERLINK(1)", "no formula from a name");
    assert_eq!(rows[41].member, "<stdin> line 42");
    assert_eq!(rows[41].target_level, "junior");
    // Nothing but initiative rated: the junior level's most important skills are 1 short.
    assert!(rows[41].gap_1.contains("(gap 1)"), "{}", rows[41].gap_1);
}

#[test]
fn output_is_identical_whatever_the_thread_count() {
    let rubric = Rubric::builtin();
    // Enough lines for many chunks.
    let mut data = team_jsonl(&rubric, 3000, 5);
    data.extend_from_slice(b"{\"ratings\": 1}\n");
    data.extend(team_jsonl(&rubric, 1000, 6));
    let dir = tempfile::tempdir().unwrap();
    let mut outputs = Vec::new();
    for threads in ["1", "2", "5"] {
        let csv_path = dir.path().join(format!("m{threads}.csv"));
        let out = skillgap()
            .args([
                "team",
                "--format",
                "json",
                "--input",
                "-",
                "--threads",
                threads,
                "-o",
            ])
            .arg(&csv_path)
            .write_stdin(data.clone())
            .assert()
            .success()
            .get_output()
            .clone();
        // The file name differs per run; everything else must not.
        let stderr = String::from_utf8(out.stderr)
            .unwrap()
            .replace(&format!("m{threads}.csv"), "m.csv");
        outputs.push((out.stdout, stderr, std::fs::read(&csv_path).unwrap()));
    }
    assert!(outputs.windows(2).all(|w| w[0] == w[1]));
    let summary: TeamSummary = serde_json::from_slice(&outputs[0].0).unwrap();
    assert_eq!(summary.members_scored, 4000);
}

#[test]
fn markdown_and_table_summaries() {
    let rubric = Rubric::builtin();
    let data = team_jsonl(&rubric, 20, 2);
    skillgap()
        .args(["team", "--input", "-"])
        .write_stdin(data.clone())
        .assert()
        .success()
        .stdout(predicate::str::contains("20 members scored, none rejected"))
        .stdout(predicate::str::contains("Training plan"));
    skillgap()
        .args(["team", "--format", "markdown", "--input", "-"])
        .write_stdin(data)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "| Skill | Short | Short % | Mean gap | Team priority |",
        ));
}

#[test]
fn empty_input_is_said_to_be_empty() {
    // No summary of nobody: exit 2, nothing on standard output.
    skillgap()
        .args(["team", "--input", "-"])
        .write_stdin("\n\n")
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "holds no profiles (it is empty or only blank lines); nothing was written",
        ));
}

#[test]
fn input_whose_every_record_is_rejected_gives_no_summary() {
    let dir = tempfile::tempdir().unwrap();
    let members = dir.path().join("members.csv");
    skillgap()
        .args(["team", "--input", "-", "-o"])
        .arg(&members)
        .write_stdin("{\"ratings\": {\"initiative\": 9}}\nnot json\n")
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "none of the 2 records of <stdin> could be read",
        ));
    assert!(!members.exists(), "nothing is written");
    // A table given as JSON Lines is named for what it is, at once.
    skillgap()
        .args(["team", "--input", "-"])
        .write_stdin("Name,Quality Control,Communication\nAna,3,2\n")
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "is not JSON Lines: its first line looks like the headings of a table",
        ))
        .stderr(predicate::str::contains("--input-format csv"));
}

#[test]
fn a_long_line_is_scored_and_a_huge_one_refused_quickly() {
    let long = serde_json::json!({
        "name": "Long",
        "ratings": {"initiative": 2},
        "evidence": {"initiative": "x".repeat(2_000_000)}
    });
    let input = format!("{long}\n{{\"ratings\": {{\"initiative\": 1}}}}\n");
    let out = skillgap()
        .args(["team", "--format", "json", "--input", "-"])
        .write_stdin(input)
        .timeout(std::time::Duration::from_secs(20))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let summary: TeamSummary = serde_json::from_slice(&out).unwrap();
    assert_eq!(summary.members_scored, 2);
    // A line longer than any profile is rejected like any bad record, quickly; with no
    // other record there is no team.
    skillgap()
        .args(["team", "--input", "-"])
        .write_stdin(vec![b' '; 9 * 1024 * 1024])
        .timeout(std::time::Duration::from_secs(20))
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "<stdin>:1: the line is longer than 8 MiB",
        ));
    skillgap()
        .args(["team", "--strict", "--input", "-"])
        .write_stdin(vec![b' '; 9 * 1024 * 1024])
        .timeout(std::time::Duration::from_secs(20))
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "<stdin>:1: the line is longer than 8 MiB",
        ));
}
