//! A profile's earlier versions: `compare FILE` alone compares it with its latest snapshot,
//! and says clearly when there is none.

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
