//! A profile's earlier versions: `compare FILE` alone compares it with its latest snapshot,
//! and says clearly when there is none. An assessment that gives no `assessed_on` is dated by
//! its file, and said to be.

mod common;

use common::{example, skillgap};
use serde_json::Value;

#[test]
fn compare_with_one_file_compares_it_with_its_latest_snapshot() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("sam.json");
    let mut p: Value =
        serde_json::from_str(&common::read(&example("specialist-to-senior.json"))).unwrap();
    // None yet: told what to do.
    std::fs::write(&file, p.to_string()).unwrap();
    let out = skillgap().arg("compare").arg(&file).assert().code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(
        stderr.contains("has no earlier version in") && stderr.contains("sam.json.history"),
        "{stderr}"
    );
    // Two snapshots: the later of them is the one compared with.
    let history = dir.path().join("sam.json.history");
    std::fs::create_dir(&history).unwrap();
    p["assessed_on"] = "2026-01-10".into();
    p["ratings"]["quality-control"] = 1.into();
    std::fs::write(history.join("2026-01-10.json"), p.to_string()).unwrap();
    p["assessed_on"] = "2026-06-01".into();
    p["ratings"]["quality-control"] = 2.into();
    std::fs::write(history.join("2026-06-01.json"), p.to_string()).unwrap();
    p["assessed_on"] = "2026-12-01".into();
    p["ratings"]["quality-control"] = 3.into();
    std::fs::write(&file, p.to_string()).unwrap();
    let out = skillgap()
        .args(["compare", "--format", "json"])
        .arg(&file)
        .assert()
        .success();
    let c: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let qc = c["skills"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "quality-control")
        .unwrap()
        .clone();
    assert_eq!(
        (qc["old"].clone(), qc["new"].clone()),
        (2.into(), 3.into()),
        "{qc}"
    );
}

#[test]
fn a_re_assessment_says_what_changed_since_the_last_one() {
    use skillgap::date::Date;
    use skillgap::gap_report::since;
    use skillgap::rubric::Rubric;
    let r = Rubric::builtin();
    let text = common::read(&example("specialist-to-senior.json"));
    let origin = skillgap::input::Origin::Stdin;
    let mut then = skillgap::profile::parse(&text, &origin, &r, Default::default()).unwrap();
    then.assessed_on = Date::parse("2026-06-01");
    let mut now = then.clone();
    let tm = r.skill_index("training-mentoring").unwrap();
    let pi = r.skill_index("process-improvement").unwrap();
    then.ratings[tm] = Some(1);
    now.ratings[pi] = Some(3);
    let senior = r.level_index("senior").unwrap();
    let s = since(&r, &then, &now, senior);
    assert_eq!(s.date.as_deref(), Some("2026-06-01"));
    let changed: Vec<(&str, Option<u8>, Option<u8>)> = s
        .ratings
        .iter()
        .map(|c| (c.id.as_str(), c.from, c.to))
        .collect();
    assert_eq!(
        changed,
        [
            ("process-improvement", Some(2), Some(3)),
            ("training-mentoring", Some(1), Some(2))
        ]
    );
    // Training and Mentoring defines Production Specialist: it is reached now, not then.
    let specialist = s.levels.iter().find(|l| l.id == "specialist").unwrap();
    assert!(!specialist.reached_from && specialist.reached_to);
    // Unchanged: nothing listed.
    let same = since(&r, &now, &now, senior);
    assert!(same.ratings.is_empty() && same.levels.is_empty());
}

/// A profile in `dir` with two snapshots, as `assess --update` leaves them: quality control
/// 1, then 2, then 3.
fn with_snapshots(dir: &std::path::Path) -> std::path::PathBuf {
    let file = dir.join("sam.json");
    let history = dir.join("sam.json.history");
    std::fs::create_dir(&history).unwrap();
    let mut p: Value =
        serde_json::from_str(&common::read(&example("specialist-to-senior.json"))).unwrap();
    for (day, qc, path) in [
        ("2026-01-10", 1, history.join("2026-01-10.json")),
        ("2026-06-01", 2, history.join("2026-06-01.json")),
        ("2026-12-01", 3, file.clone()),
    ] {
        p["assessed_on"] = day.into();
        p["ratings"]["quality-control"] = qc.into();
        std::fs::write(path, p.to_string()).unwrap();
    }
    file
}

#[test]
fn history_lists_a_profile_s_assessments_oldest_first_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let file = with_snapshots(dir.path());
    let out = skillgap()
        .args(["history", "--format", "json"])
        .arg(&file)
        .assert()
        .success();
    let h: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let days: Vec<&str> = h["assessments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["assessed_on"].as_str().unwrap())
        .collect();
    assert_eq!(days, ["2026-01-10", "2026-06-01", "2026-12-01"]);
    assert_eq!(h["target_level"], "senior");
    let changed = &h["assessments"][2]["changed"];
    assert_eq!(
        changed,
        &serde_json::json!([{"id": "quality-control", "name": "Quality Control and Assurance", "from": 2, "to": 3}])
    );
    assert!(
        h["assessments"][0]["changed"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    let readiness: Vec<f64> = h["assessments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["target_readiness"].as_f64().unwrap())
        .collect();
    assert!(readiness.windows(2).all(|w| w[0] < w[1]), "{readiness:?}");

    // The same in Markdown and as a page with its line chart.
    let md = dir.path().join("h.md");
    let html = dir.path().join("h.html");
    skillgap()
        .arg("history")
        .arg(&file)
        .arg("-o")
        .arg(&md)
        .arg("-o")
        .arg(&html)
        .assert()
        .success();
    let md = common::read(&md);
    assert!(
        md.contains("| 2026-12-01 | Production Specialist |"),
        "{md}"
    );
    assert!(md.contains("Quality Control and Assurance 2 → 3"), "{md}");
    let page = common::read(&html);
    let doc = scraper::Html::parse_document(&page);
    let chart = scraper::Selector::parse("svg#readiness-over-time[role=img]").unwrap();
    assert_eq!(doc.select(&chart).count(), 1);
    let lines = scraper::Selector::parse("svg#readiness-over-time polyline").unwrap();
    assert_eq!(doc.select(&lines).count(), 6, "one line per level");
    // Several files given: those, in the order given.
    let out = skillgap()
        .args(["history", "--format", "json"])
        .arg(dir.path().join("sam.json.history/2026-01-10.json"))
        .arg(&file)
        .assert()
        .success();
    let h: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(h["assessments"].as_array().unwrap().len(), 2);
}

#[test]
fn a_team_folder_as_of_a_day_counts_each_member_once_on_their_assessment_of_that_day() {
    let dir = tempfile::tempdir().unwrap();
    let team = dir.path().join("team");
    std::fs::create_dir(&team).unwrap();
    let alex = with_snapshots(&team); // sam.json: 2026-01-10, 2026-06-01, 2026-12-01
    let mut bo: Value =
        serde_json::from_str(&common::read(&example("career-changer.json"))).unwrap();
    bo["assessed_on"] = "2026-10-01".into();
    std::fs::write(team.join("bo.json"), bo.to_string()).unwrap();
    let run = |as_of: &str| -> (Value, String) {
        let out = skillgap()
            .args(["team", "--format", "json", "--as-of", as_of, "--input"])
            .arg(&team)
            .assert()
            .success();
        (
            serde_json::from_slice(&out.get_output().stdout).unwrap(),
            String::from_utf8_lossy(&out.get_output().stderr).into_owned(),
        )
    };
    let quality_short = |t: &Value| {
        t["skills"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["id"] == "quality-control")
            .unwrap()["short_count"]
            .clone()
    };
    // Last summer: Sam on the June version (quality control 2, short of Senior's 3), and
    // Bo not assessed yet.
    let (t, stderr) = run("2026-09-01");
    assert_eq!(t["members_scored"], 1);
    assert_eq!(quality_short(&t), 1);
    assert!(
        stderr.contains("bo.json has no assessment on or before 2026-09-01; it is left out"),
        "{stderr}"
    );
    // Today: both, each once (not Sam's two earlier versions too), Sam on the current
    // profile: quality control 3 is no longer short of Senior's 3, and Bo meets Junior's 1.
    let (t, _) = run("2026-12-06");
    assert_eq!(t["members_scored"], 2);
    assert_eq!(quality_short(&t), 0);
    assert!(alex.exists());
}

/// Sets `path`'s modification time to noon (UTC) of `day`.
fn set_file_day(path: &std::path::Path, day: &str) {
    let days = skillgap::date::Date::parse(day).unwrap().days();
    let at = std::time::UNIX_EPOCH
        + std::time::Duration::from_secs(u64::try_from(days).unwrap() * 86_400 + 43_200);
    std::fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(at)
        .unwrap();
}

#[test]
fn a_file_without_assessed_on_is_dated_by_its_file_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let old = example("specialist-to-senior.json");
    let mut p: Value = serde_json::from_str(&common::read(&old)).unwrap();
    p.as_object_mut().unwrap().remove("assessed_on");
    p["ratings"]["quality-control"] = 2.into();
    let new = dir.path().join("later.json");
    std::fs::write(&new, p.to_string()).unwrap();
    set_file_day(&new, "2027-03-15");

    let run = |command: &str, format: &str| -> String {
        let out = skillgap()
            .args([command, "--format", format])
            .arg(&old)
            .arg(&new)
            .assert()
            .success();
        String::from_utf8(out.get_output().stdout.clone()).unwrap()
    };
    let c: skillgap::progress::Comparison = serde_json::from_str(&run("compare", "json")).unwrap();
    assert_eq!(
        (c.old.assessed_on.as_deref(), c.old.file_date.as_deref()),
        (Some("2026-11-20"), None),
        "a file that gives its day is not dated by its file"
    );
    assert_eq!(
        (c.new.assessed_on.as_deref(), c.new.file_date.as_deref()),
        (None, Some("2027-03-15"))
    );
    let table = run("compare", "table");
    assert!(table.contains("  Then: 2026-11-20, from "), "{table}");
    assert!(
        table.contains("  Now: 2027-03-15 (file date), from ") && table.contains("later.json"),
        "{table}"
    );
    let page = run("compare", "html");
    let doc = scraper::Html::parse_document(&page);
    let days = scraper::Selector::parse("header ul.meta li strong").unwrap();
    let days: Vec<String> = doc.select(&days).map(|d| d.text().collect()).collect();
    assert_eq!(days, ["2026-11-20", "2027-03-15 (file date)"]);

    let h: Value = serde_json::from_str(&run("history", "json")).unwrap();
    assert_eq!(h["assessments"][1]["assessed_on"], Value::Null);
    assert_eq!(h["assessments"][1]["file_date"], "2027-03-15");
    assert!(h["assessments"][0].get("file_date").is_none());
    let md = run("history", "markdown");
    assert!(md.contains("| 2027-03-15 (file date) |"), "{md}");
    assert!(
        md.contains("> 2 assessments, 2026-11-20 to 2027-03-15 (file date)."),
        "{md}"
    );

    // A version `assess --update` kept is dated by its name, the day of the version it
    // keeps, not by the day it was kept.
    let history = dir.path().join("later.json.history");
    std::fs::create_dir(&history).unwrap();
    p["ratings"]["quality-control"] = 1.into();
    std::fs::write(history.join("2026-05-05-2.json"), p.to_string()).unwrap();
    let out = skillgap()
        .args(["compare", "--format", "json"])
        .arg(&new)
        .assert()
        .success();
    let c: skillgap::progress::Comparison =
        serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(c.old.file_date.as_deref(), Some("2026-05-05"));
    assert_eq!(c.new.file_date.as_deref(), Some("2027-03-15"));
}
