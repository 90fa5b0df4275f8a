//! Excel workbooks through the real binary, read back with calamine: the team's Matrix sheet
//! and its header contract, real numbers and dates, hostile names kept as text, the other
//! sheets, the person's report, comparison and history, and the matrix template.
//! `tests/data/team-groups.jsonl` is a team of nine in three groups (and one member without
//! a group), judged on 2026-11-27.

mod common;

use std::path::{Path, PathBuf};

use calamine::{Data, Range, Reader, Xlsx, open_workbook};
use common::{example, skillgap};
use skillgap::rubric::Rubric;

const FIXTURE: &str = "tests/data/team-groups.jsonl";
const DAY: &str = "2026-11-27";

/// The sheet names of a workbook.
fn sheet_names(path: &Path) -> Vec<String> {
    let book: Xlsx<_> = open_workbook(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    book.sheet_names()
}

/// One sheet's cells.
fn sheet(path: &Path, name: &str) -> Range<Data> {
    let mut book: Xlsx<_> = open_workbook(path).unwrap();
    book.worksheet_range(name)
        .unwrap_or_else(|e| panic!("sheet {name}: {e}"))
}

/// One row, as calamine reads it (from column A).
fn row(range: &Range<Data>, r: u32) -> Vec<Data> {
    (0..=range.end().map_or(0, |e| e.1))
        .map(|c| range.get_value((r, c)).cloned().unwrap_or(Data::Empty))
        .collect()
}

fn text(cells: &[Data]) -> Vec<String> {
    cells.iter().map(|c| c.to_string()).collect()
}

/// The row whose first cell is `name`.
fn row_named(range: &Range<Data>, name: &str) -> Vec<Data> {
    let end = range.end().expect("a sheet with cells").0;
    (0..=end)
        .map(|r| row(range, r))
        .find(|cells| cells.first() == Some(&Data::String(name.into())))
        .unwrap_or_else(|| panic!("no row named {name}"))
}

fn date_of(cell: &Data) -> (u16, u8, u8) {
    match cell {
        Data::DateTime(d) => {
            let (y, m, day, ..) = d.to_ymd_hms_milli();
            (y, m, day)
        }
        other => panic!("a date cell, not {other:?}"),
    }
}

fn team_workbook(dir: &Path, name: &str, args: &[&str]) -> PathBuf {
    let path = dir.join(name);
    skillgap()
        .args(["team", "-i", FIXTURE, "--as-of", DAY, "-o"])
        .arg(&path)
        .args(args)
        .assert()
        .success();
    path
}

fn column(header: &[Data], name: &str) -> usize {
    header
        .iter()
        .position(|h| *h == Data::String(name.into()))
        .unwrap_or_else(|| panic!("no column {name} in {header:?}"))
}

#[test]
fn the_matrix_sheet_keeps_its_header_contract() {
    let dir = tempfile::tempdir().unwrap();
    let path = team_workbook(dir.path(), "team.xlsx", &[]);
    assert_eq!(
        sheet_names(&path),
        [
            "Matrix",
            "Coverage",
            "Credentials",
            "Summary",
            "Requirements"
        ],
        "Pairs only with --pairs"
    );
    let r = Rubric::builtin();
    let m = sheet(&path, "Matrix");
    let header = text(&row(&m, 0));
    let mut expected: Vec<String> = [
        "Name",
        "Group",
        "Target level",
        "Best level",
        "Years",
        "Education",
    ]
    .map(String::from)
    .to_vec();
    expected.extend(r.skills.iter().map(|s| s.name.clone()));
    assert_eq!(header[..expected.len()], expected[..]);
    // Certifications some member lists, in rubric order, each with an "expires" column
    // when some credential of it ends.
    let cert = |id: &str| r.certifications.iter().find(|c| c.id == id).unwrap();
    let certs = &header[expected.len()..];
    let order: Vec<usize> = certs
        .iter()
        .filter(|h| !h.ends_with(" expires"))
        .map(|h| r.certifications.iter().position(|c| &c.name == h).unwrap())
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{certs:?}");
    assert_eq!(order.len(), 5, "{certs:?}");
    let green = &cert("lss-green").name;
    let at = certs.iter().position(|h| h == green).unwrap();
    assert_eq!(certs[at + 1], format!("{green} expires"));
    assert!(!certs.contains(&format!("{} expires", cert("osha-30").name)));
}

#[test]
fn cells_are_numbers_dates_and_level_titles() {
    let dir = tempfile::tempdir().unwrap();
    let path = team_workbook(dir.path(), "team.xlsx", &[]);
    let r = Rubric::builtin();
    let m = sheet(&path, "Matrix");
    let header = row(&m, 0);
    let ana = row_named(&m, "Ana Ruiz");
    assert_eq!(ana[1], Data::String("Line 1 / days".into()));
    let senior = &r.levels[r.level_index("senior").unwrap()].title;
    assert_eq!(ana[2], Data::String(senior.clone()));
    assert_eq!(ana[4], Data::Float(3.0), "years are a number");
    let qc = &r.skills[r.skill_index("quality-control").unwrap()].name;
    assert_eq!(ana[column(&header, qc)], Data::Float(4.0));
    let pmp = &r
        .certifications
        .iter()
        .find(|c| c.id == "pmi-pmp")
        .unwrap()
        .name;
    assert_eq!(date_of(&ana[column(&header, pmp)]), (2024, 5, 1));
    let green = &r
        .certifications
        .iter()
        .find(|c| c.id == "lss-green")
        .unwrap()
        .name;
    let ben = row_named(&m, "Ben Okafor");
    assert_eq!(date_of(&ben[column(&header, green)]), (2023, 12, 15));
    let expires = column(&header, &format!("{green} expires"));
    assert_eq!(date_of(&ben[expires]), (2026, 12, 15));
    // Gus lists Green Belt with an end but no day earned.
    let gus = row_named(&m, "Gus Hale");
    assert_eq!(gus[column(&header, green)], Data::String("held".into()));
    assert_eq!(date_of(&gus[expires]), (2027, 2, 25));
    // Osha-30 is listed without days: held.
    let osha = &r
        .certifications
        .iter()
        .find(|c| c.id == "osha-30")
        .unwrap()
        .name;
    let cy = row_named(&m, "Cy Park");
    assert_eq!(cy[column(&header, osha)], Data::String("held".into()));
    // The credentials sheet has real dates.
    let c = sheet(&path, "Credentials");
    let ben = row_named(&c, "Ben Okafor");
    assert_eq!(date_of(&ben[3]), (2026, 12, 15));
    assert_eq!(ben[4], Data::String("expiring".into()));
}

#[test]
fn coverage_rows_follow_the_members_after_one_blank_row() {
    let dir = tempfile::tempdir().unwrap();
    let path = team_workbook(dir.path(), "team.xlsx", &[]);
    let m = sheet(&path, "Matrix");
    let names: Vec<String> = (1..=m.end().unwrap().0)
        .map(|r| row(&m, r)[0].to_string())
        .collect();
    // Sorted by group, then name; the member without a group last.
    assert_eq!(
        names[..9],
        [
            "Ana Ruiz",
            "Ben Okafor",
            "Cy Park",
            "Dee Moss",
            "Eve Lund",
            "Fay Chen",
            "Gus Hale",
            "Hal Ibsen",
            "Ida Voss"
        ]
    );
    assert_eq!(names[9], "", "one blank row");
    let coverage = &names[10..];
    assert_eq!(coverage.len(), 5, "four groups and the team: {coverage:?}");
    assert!(coverage.iter().all(|n| n.starts_with("Coverage")));
    assert_eq!(coverage[0], "Coverage: Line 1 / days — independent (3+)");
    assert_eq!(coverage[4], "Coverage: whole team — independent (3+)");
    let team = row(&m, 10 + 5);
    let qc = Rubric::builtin().skill_index("quality-control").unwrap();
    assert!(matches!(team[6 + qc], Data::Float(n) if n >= 1.0));
}

#[test]
fn pairs_have_a_sheet_of_their_own() {
    let dir = tempfile::tempdir().unwrap();
    let path = team_workbook(dir.path(), "team.xlsx", &["--pairs", "--by-group"]);
    assert_eq!(
        sheet_names(&path),
        [
            "Matrix",
            "Coverage",
            "Pairs",
            "Credentials",
            "Summary",
            "Requirements"
        ]
    );
    let p = sheet(&path, "Pairs");
    assert_eq!(
        text(&row(&p, 0))[..5],
        [
            "Trainer",
            "Trainer's group",
            "Learner",
            "Learner's group",
            "Skill"
        ]
    );
    assert!(p.end().unwrap().0 >= 1, "some pairs");
    let coverage = sheet(&path, "Coverage");
    let groups: Vec<String> = (1..=coverage.end().unwrap().0)
        .map(|r| row(&coverage, r)[0].to_string())
        .collect();
    assert!(groups.contains(&"Line 2 / nights".to_string()));
    assert!(groups.contains(&"Whole team".to_string()));
}

#[test]
fn a_file_named_matrix_gets_the_whole_workbook_and_other_files_no_matrix() {
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("team.json");
    let path = dir.path().join("line-matrix.xlsx");
    skillgap()
        .args(["team", "-i", FIXTURE, "--as-of", DAY, "-o"])
        .arg(&path)
        .arg("-o")
        .arg(&json)
        .assert()
        .success();
    assert_eq!(sheet_names(&path)[..2], ["Matrix", "Coverage"]);
    let summary: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert!(
        summary.get("matrix").is_none(),
        "the JSON has no matrix without --matrix"
    );
}

/// A team whose names and groups look like formulas or hold control characters, and a
/// skill left unrated.
const HOSTILE: &str = r#"{"name": "=HYPERLINK(\"http://x\",\"y\")", "group": "+cmd", "target_level": "specialist", "education": "bachelor", "ratings": {"quality-control": 3, "health-safety": null}}
{"name": "@SUM(A1)\u001b[2J", "group": "-1", "target_level": "specialist", "ratings": {"quality-control": 2}}
"#;

#[test]
fn names_that_look_like_formulas_stay_text_and_unrated_cells_stay_empty() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("team.jsonl");
    std::fs::write(&input, HOSTILE).unwrap();
    let path = dir.path().join("team.xlsx");
    skillgap()
        .args(["team", "--as-of", DAY, "-i"])
        .arg(&input)
        .arg("-o")
        .arg(&path)
        .assert()
        .success();
    let m = sheet(&path, "Matrix");
    let header = row(&m, 0);
    let eq = row_named(&m, "=HYPERLINK(\"http://x\",\"y\")");
    assert_eq!(eq[1], Data::String("+cmd".into()));
    assert_eq!(eq[5], Data::String("bachelor".into()), "the education id");
    let r = Rubric::builtin();
    let hs = &r.skills[r.skill_index("health-safety").unwrap()].name;
    assert_eq!(eq[column(&header, hs)], Data::Empty, "not rated");
    let at = row_named(&m, "@SUM(A1)[2J");
    assert_eq!(at[1], Data::String("-1".into()));
    assert_eq!(at[4], Data::Empty, "no years given");
}

#[test]
fn assess_writes_the_persons_skills_levels_and_steps() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.xlsx");
    skillgap()
        .args(["assess", "--input"])
        .arg(example("specialist-to-senior.json"))
        .arg("-o")
        .arg(&path)
        .assert()
        .success();
    assert_eq!(
        sheet_names(&path),
        [
            "Skills",
            "Levels",
            "Certifications",
            "Next steps",
            "Summary",
            "Words"
        ]
    );
    // The words the report uses, explained, as in every format: the JSON report's glossary.
    let json = skillgap()
        .args(["assess", "--format", "json", "--input"])
        .arg(example("specialist-to-senior.json"))
        .output()
        .unwrap();
    let report: skillgap::report::Report = serde_json::from_slice(&json.stdout).unwrap();
    let words = sheet(&path, "Words");
    let terms: Vec<String> = (3..3 + report.glossary.len() as u32)
        .map(|i| row(&words, i)[0].to_string())
        .collect();
    let expected: Vec<String> = report.glossary.iter().map(|g| g.term.clone()).collect();
    assert!(!expected.is_empty());
    assert_eq!(terms, expected);
    let s = sheet(&path, "Skills");
    assert!(
        s.get_value((0, 0))
            .unwrap()
            .to_string()
            .starts_with("Skill gap report")
    );
    // The answer first: the verdict's headline.
    assert!(
        s.get_value((1, 0))
            .unwrap()
            .to_string()
            .starts_with("You have reached ")
    );
    assert_eq!(
        text(&row(&s, 4))[..4],
        ["Skill", "Category", "Rating", "Rating in words"]
    );
    let r = Rubric::builtin();
    let names: Vec<String> = (5..5 + r.skills.len() as u32)
        .map(|i| row(&s, i)[0].to_string())
        .collect();
    for skill in &r.skills {
        assert!(names.contains(&skill.name), "{} missing", skill.name);
    }
    assert!(
        matches!(row(&s, 5)[2], Data::Float(_)),
        "a rating is a number"
    );
    let levels = sheet(&path, "Levels");
    assert!(matches!(row(&levels, 1)[2], Data::Float(p) if (0.0..=1.0).contains(&p)));
    assert!(matches!(row(&levels, 1)[3], Data::String(ref s) if s == "yes" || s == "no"));
}

#[test]
fn compare_and_history_write_their_tables() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("progress.xlsx");
    skillgap()
        .arg("compare")
        .arg(example("specialist-to-senior.json"))
        .arg(example("lead-to-supervisor.json"))
        .arg("-o")
        .arg(&path)
        .assert()
        .success();
    assert_eq!(sheet_names(&path), ["Skills", "Readiness", "Summary"]);
    assert_eq!(
        text(&row(&sheet(&path, "Skills"), 0))[..3],
        ["Skill", "Then", "Now"]
    );
    let path = dir.path().join("history.xlsx");
    skillgap()
        .arg("history")
        .arg(example("specialist-to-senior.json"))
        .arg(example("lead-to-supervisor.json"))
        .arg("-o")
        .arg(&path)
        .assert()
        .success();
    assert_eq!(sheet_names(&path), ["Assessments", "Readiness"]);
    let a = sheet(&path, "Assessments");
    assert!(
        matches!(row(&a, 1)[0], Data::DateTime(_)),
        "{:?}",
        row(&a, 1)
    );
}

#[test]
fn a_workbook_goes_to_standard_output_only_when_it_is_not_a_terminal() {
    let out = skillgap()
        .args(["assess", "--format", "xlsx", "--input"])
        .arg(example("specialist-to-senior.json"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(out.starts_with(b"PK"), "a zip file");
}

#[test]
fn the_template_is_an_empty_matrix_with_an_example() {
    let dir = tempfile::tempdir().unwrap();
    let r = Rubric::builtin();
    let mut head: Vec<String> = ["Name", "Group", "Target level", "Years", "Education"]
        .map(String::from)
        .to_vec();
    head.extend(r.skills.iter().map(|s| s.name.clone()));

    let csv = skillgap()
        .args(["template", "--format", "csv"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let mut reader = csv::Reader::from_reader(&csv[..]);
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, head);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 1);
    assert!(rows[0][0].starts_with("Example: "));

    let path = dir.path().join("team.xlsx");
    skillgap()
        .args(["template", "--level", "senior", "-o"])
        .arg(&path)
        .assert()
        .success();
    assert_eq!(sheet_names(&path), ["Matrix", "Ratings"]);
    let m = sheet(&path, "Matrix");
    assert_eq!(text(&row(&m, 0)), head);
    let example = row(&m, 1);
    assert_eq!(
        example[2],
        Data::String(r.levels[r.level_index("senior").unwrap()].title.clone())
    );
    assert!(example[5..].iter().all(|c| matches!(c, Data::Float(_))));
    let ratings = sheet(&path, "Ratings");
    assert_eq!(row(&ratings, 1)[0], Data::String(r.skills[0].name.clone()));
    assert_eq!(
        row(&ratings, 1)[2],
        Data::String(r.skills[0].anchors[0].clone())
    );
    // An existing file is kept without --force.
    skillgap()
        .args(["template", "-o"])
        .arg(&path)
        .assert()
        .code(2);
    // A review is JSON only, and --format must agree with the file name.
    skillgap()
        .args(["template", "--review", "--format", "csv"])
        .assert()
        .code(2);
    skillgap()
        .args(["template", "--format", "json", "-o"])
        .arg(dir.path().join("other.xlsx"))
        .assert()
        .code(2);
    assert!(!dir.path().join("other.xlsx").exists());
    let csv_path = dir.path().join("team.csv");
    skillgap()
        .args(["template", "-o"])
        .arg(&csv_path)
        .assert()
        .success();
    assert!(
        std::fs::read_to_string(&csv_path)
            .unwrap()
            .starts_with("Name,Group,Target level,Years,Education,")
    );
}

/// On a terminal, a workbook is refused before any work, with exit 2 and the flag to use.
#[cfg(unix)]
#[test]
fn a_workbook_is_refused_on_a_terminal() {
    use expectrl::process::unix::WaitStatus;
    use expectrl::{Eof, Expect, Session};

    let profile = example("specialist-to-senior.json");
    let runs: [Vec<&std::ffi::OsStr>; 3] = [
        vec![
            "assess".as_ref(),
            "--format".as_ref(),
            "xlsx".as_ref(),
            "--input".as_ref(),
            profile.as_os_str(),
        ],
        vec![
            "team".as_ref(),
            "--format".as_ref(),
            "xlsx".as_ref(),
            "-i".as_ref(),
            FIXTURE.as_ref(),
        ],
        vec!["template".as_ref(), "--format".as_ref(), "xlsx".as_ref()],
    ];
    for args in runs {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_skillgap"));
        cmd.args(&args)
            .env("NO_COLOR", "1")
            .env_remove("SKILLGAP_RUBRIC_PATH")
            .current_dir(common::root());
        let mut session = Session::spawn(cmd).expect("spawn skillgap in a pty");
        session.set_expect_timeout(Some(std::time::Duration::from_secs(30)));
        session
            .expect("an .xlsx workbook is binary; write it to a file with -o FILE.xlsx")
            .unwrap_or_else(|e| panic!("{args:?}: {e}"));
        session.expect(Eof).unwrap();
        let status = session.get_process().wait().unwrap();
        assert!(
            matches!(status, WaitStatus::Exited(_, 2)),
            "{args:?}: {status:?}"
        );
    }
}
