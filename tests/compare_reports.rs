//! `compare` reads JSON reports back as carefully as profiles: a damaged report is refused
//! with a message about the report, never read as "not rated" skills; a report made with
//! another version of the rubric is compared on the skills both versions have. Every format
//! opens with the answer, whose facts are those of the two files' own reports.

mod common;

use std::path::{Path, PathBuf};

use common::{example, skillgap};
use skillgap::progress::{Comparison, rated_needs};
use skillgap::report::Report;
use skillgap::rubric::Rubric;

/// The JSON report of the example profile, as a value to damage.
fn report() -> serde_json::Value {
    let out = skillgap()
        .args(["assess", "--format", "json", "--input"])
        .arg(example("specialist-to-senior.json"))
        .output()
        .unwrap();
    assert!(out.status.success());
    serde_json::from_slice(&out.stdout).unwrap()
}

fn write(dir: &Path, name: &str, value: &serde_json::Value) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_string_pretty(value).unwrap()).unwrap();
    path
}

/// Runs `compare OLD P` and returns the exit code and standard error.
fn compare_with(old: &Path) -> (Option<i32>, String) {
    let out = skillgap()
        .arg("compare")
        .arg(old)
        .arg(example("specialist-to-senior.json"))
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_report_cut_short_is_refused_not_read_as_unrated_skills() {
    let dir = tempfile::tempdir().unwrap();
    for keep in [5, 0] {
        let mut r = report();
        r["skills"].as_array_mut().unwrap().truncate(keep);
        let path = write(dir.path(), "cut.json", &r);
        let (code, stderr) = compare_with(&path);
        assert_eq!(code, Some(2), "{stderr}");
        assert!(stderr.contains("report "), "{stderr}");
        assert!(!stderr.contains("profile "), "{stderr}");
        assert!(
            stderr.contains(&format!(
                "skills: lists {keep} of the {} skills",
                Rubric::builtin().skills.len()
            )),
            "{stderr}"
        );
    }
}

#[test]
fn a_report_whose_not_rated_disagrees_with_its_skills_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut r = report();
    r["not_rated"] = serde_json::json!(["quality-control"]);
    let path = write(dir.path(), "edited.json", &r);
    let (code, stderr) = compare_with(&path);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("not_rated: names 1 skill"), "{stderr}");
}

#[test]
fn a_report_of_another_layout_version_is_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let mut r = report();
    r["schema_version"] = serde_json::json!(3);
    let path = write(dir.path(), "future.json", &r);
    let (code, stderr) = compare_with(&path);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains(
            "schema_version: is 3, but this skillgap reads reports of layout versions 1 to 2"
        ),
        "{stderr}"
    );
}

#[test]
fn a_report_without_skills_is_a_broken_report_not_a_profile() {
    let dir = tempfile::tempdir().unwrap();
    let mut r = report();
    r.as_object_mut().unwrap().remove("skills");
    let path = write(dir.path(), "noskills.json", &r);
    let (code, stderr) = compare_with(&path);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("skillgap: error: report "), "{stderr}");
    assert!(stderr.contains("missing field `skills`"), "{stderr}");
}

#[test]
fn a_report_of_another_rubric_version_is_compared_on_the_shared_skills() {
    let dir = tempfile::tempdir().unwrap();
    let mut r = report();
    r["rubric"]["version"] = serde_json::json!(0);
    // The older version did not have this skill yet.
    let skills = r["skills"].as_array_mut().unwrap();
    let at = skills
        .iter()
        .position(|s| s["id"] == "budget-management")
        .unwrap();
    skills.remove(at);
    r["not_rated"]
        .as_array_mut()
        .unwrap()
        .retain(|id| id != "budget-management");
    let path = write(dir.path(), "old-version.json", &r);

    let out = skillgap()
        .arg("compare")
        .arg(&path)
        .arg(example("specialist-to-senior.json"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let table = String::from_utf8_lossy(&out.stdout);
    let rubric = Rubric::builtin();
    let shared = rubric.skills.len() - 1;
    assert!(
        table.contains(&format!(
            "The rubric changed (version 0 → version {}): only the {shared} skills",
            rubric.version
        )),
        "{table}"
    );
    assert!(table.contains("budget-management"), "{table}");

    let out = skillgap()
        .args(["compare", "--format", "json"])
        .arg(&path)
        .arg(example("specialist-to-senior.json"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let c: Comparison = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(c.skills.len(), shared);
    assert!(c.skills.iter().all(|s| s.id != "budget-management"));
    // Same person, same ratings: nothing changed on the shared skills.
    assert!(c.skills.iter().all(|s| s.change == 0), "{:?}", c.skills);
    assert!(c.levels.iter().all(|l| l.old_readiness == l.new_readiness));
    let change = c.rubric_changed.unwrap();
    assert_eq!(
        (change.from_version, change.to_version),
        (0, rubric.version)
    );
    assert_eq!(change.skills_left_out, ["budget-management"]);
}

/// A report written by skillgap with rubric version 1 (before the leadership skills) against
/// today's report of the same person: the comparison says the rubric changed and compares the
/// 20 skills both versions have.
#[test]
fn a_version_1_report_is_compared_with_a_version_2_report_on_the_shared_skills() {
    let old = common::root().join("tests/data/rubric-v1/specialist-to-senior.report.json");
    let new = common::root().join("examples/reports/specialist-to-senior.json");
    let out = skillgap()
        .args(["compare", "--format", "json"])
        .arg(&old)
        .arg(&new)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let c: Comparison = serde_json::from_slice(&out.stdout).unwrap();
    let change = c.rubric_changed.expect("the rubric version changed");
    assert_eq!((change.from_version, change.to_version), (1, 3));
    assert_eq!(c.skills.len(), 20);
    for id in [
        "training-mentoring",
        "team-leadership",
        "strategic-planning",
    ] {
        assert!(
            c.skills.iter().all(|s| s.id != id),
            "{id} is new in version 2"
        );
    }
    let text = skillgap()
        .arg("compare")
        .arg(&old)
        .arg(&new)
        .output()
        .unwrap();
    let table = String::from_utf8_lossy(&text.stdout);
    assert!(
        table.contains("The rubric changed (version 1 → version 3)"),
        "{table}"
    );
}

/// The example specialist a few months on: two gaps to Senior closed, the Lean certificate
/// gained, and Training and Mentoring down to 1, below what Production Specialist requires.
fn later_profile(dir: &Path) -> PathBuf {
    let mut p: serde_json::Value =
        serde_json::from_str(&common::read(&example("specialist-to-senior.json"))).unwrap();
    p["assessed_on"] = "2027-03-15".into();
    p["ratings"]["training-mentoring"] = 1.into();
    p["ratings"]["process-improvement"] = 3.into();
    p["ratings"]["communication"] = 3.into();
    p["certifications"]
        .as_array_mut()
        .unwrap()
        .push("lean-certificate".into());
    write(dir, "later.json", &p)
}

/// `skillgap ARGS FILES` in `format`, as text; ARGS start with the command.
fn run(args: &[&str], files: &[&Path], format: &str) -> String {
    let (command, args) = args.split_first().unwrap();
    let out = skillgap()
        .arg(command)
        .args(["--format", format])
        .args(args)
        .args(files)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_answer_agrees_with_the_two_files_reports_and_opens_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let old = example("specialist-to-senior.json");
    let new = later_profile(dir.path());
    let files = [old.as_path(), new.as_path()];
    let c: Comparison = serde_json::from_str(&run(&["compare"], &files, "json")).unwrap();
    let then: Report =
        serde_json::from_str(&run(&["assess", "--input"], &files[..1], "json")).unwrap();
    let now: Report =
        serde_json::from_str(&run(&["assess", "--input"], &files[1..], "json")).unwrap();
    let s = &c.summary;
    assert_eq!(
        s.best_then.as_ref().map(|l| &l.id),
        then.best_level.as_ref()
    );
    assert_eq!(s.best_now.as_ref().map(|l| &l.id), now.best_level.as_ref());
    assert_eq!(
        s.best_then.as_ref().map(|l| &l.name),
        then.best_title.as_ref()
    );
    assert_eq!(
        s.best_now.as_ref().map(|l| &l.name),
        now.best_title.as_ref()
    );
    assert_eq!(
        (then.target_level.as_str(), now.target_level.as_str()),
        ("senior", "senior")
    );
    let at_target = |r: &Report| {
        r.levels
            .iter()
            .find(|l| l.id == c.target_level)
            .unwrap()
            .readiness
    };
    assert_eq!(s.target_readiness_then, at_target(&then));
    assert_eq!(s.target_readiness_now, at_target(&now));
    assert!(s.best_then != s.best_now, "the example falls a level");

    // The new blocker holds its level back in the later report, and did not in the earlier.
    assert!(!s.new_blockers.is_empty());
    for b in &s.new_blockers {
        let holds_back = |r: &Report| {
            let level = r.levels.iter().find(|l| l.id == b.level).unwrap();
            let rating = r.skills.iter().find(|k| k.id == b.skill).unwrap().rating;
            level.blocking.contains(&b.skill)
                || (level.defining_skills.contains(&b.skill) && rating.unwrap_or(0) < b.required)
        };
        assert!(holds_back(&now) && !holds_back(&then), "{b:?}");
        let rating = now.skills.iter().find(|k| k.id == b.skill).unwrap().rating;
        assert_eq!(b.rating, rating);
    }
    let b = &s.new_blockers[0];
    let blocking = format!(
        "Now blocking {}: {} ({}).",
        b.level_title,
        b.name,
        rated_needs(skillgap::i18n::Lang::En, b.rating, b.required)
    );
    assert!(s.lines.contains(&blocking), "{:#?}", s.lines);
    assert!(s.lines.len() <= 5);

    // Every format opens with the same lines, and names certifications, not their ids.
    let lean = "Lean Manufacturing Certificate (training program)";
    assert_eq!(
        s.certifications_gained
            .iter()
            .map(|c| c.name.as_str())
            .collect::<Vec<_>>(),
        [lean]
    );
    let table = run(&["compare"], &files, "table");
    let opening: String = table
        .lines()
        .skip(2)
        .take_while(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let squeeze = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    assert_eq!(squeeze(&opening), squeeze(&s.lines.join(" ")), "{table}");
    let md = run(&["compare"], &files, "markdown");
    let quoted: Vec<&str> = md
        .lines()
        .skip(2)
        .take_while(|l| l.starts_with('>'))
        .filter_map(|l| l.strip_prefix("> "))
        .collect();
    assert_eq!(
        quoted,
        s.lines.iter().map(String::as_str).collect::<Vec<_>>(),
        "{md}"
    );
    let html = run(&["compare"], &files, "html");
    let doc = scraper::Html::parse_document(&html);
    let callout = scraper::Selector::parse("section.headline p").unwrap();
    let shown: Vec<String> = doc
        .select(&callout)
        .map(|p| squeeze(&p.text().collect::<String>()))
        .collect();
    assert_eq!(shown, s.lines, "{html}");
    for (name, text) in [("table", &table), ("markdown", &md), ("html", &html)] {
        assert!(text.contains(lean), "{name}");
        assert!(!text.contains("lean-certificate"), "{name} shows an id");
        assert!(
            !text.contains(" of 2)") && !text.contains(" of 3)"),
            "{name}: a fraction"
        );
    }
}
