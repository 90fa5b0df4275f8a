//! Reading skills matrices kept in spreadsheets: every layout and scale, workbooks made here
//! with rust_xlsxwriter (and converted by LibreOffice where the machine has it), damaged cells
//! named by their place, `--check`, and the same team from a sheet as from JSON Lines.

mod common;

use std::path::{Path, PathBuf};

use common::skillgap;
use predicates::prelude::*;
use rust_xlsxwriter::{ExcelDateTime, Formula, Workbook, Worksheet};
use skillgap::team::TeamSummary;

/// Skill names of the built-in rubric, in order.
fn skill_names() -> Vec<String> {
    skillgap::rubric::Rubric::builtin()
        .skills
        .iter()
        .map(|s| s.name.clone())
        .collect()
}

/// A value to put in a cell.
#[derive(Clone)]
enum V {
    T(&'static str),
    S(String),
    N(f64),
    D(u16, u8, u8),
    F(&'static str, &'static str),
    E,
}

fn put(ws: &mut Worksheet, row: u32, col: u16, v: &V) {
    match v {
        V::T(t) => ws.write_string(row, col, *t).map(|_| ()),
        V::S(t) => ws.write_string(row, col, t).map(|_| ()),
        V::N(n) => ws.write_number(row, col, *n).map(|_| ()),
        V::D(y, m, d) => {
            let fmt = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
            ws.write_datetime_with_format(
                row,
                col,
                ExcelDateTime::from_ymd(*y, *m, *d).unwrap(),
                &fmt,
            )
            .map(|_| ())
        }
        V::F(f, cached) => ws
            .write_formula(row, col, Formula::new(*f).set_result(*cached))
            .map(|_| ()),
        V::E => Ok(()),
    }
    .unwrap();
}

/// A workbook of sheets, each rows of cells from A1.
fn workbook(path: &Path, sheets: &[(&str, Vec<Vec<V>>)]) {
    let mut wb = Workbook::new();
    for (name, rows) in sheets {
        let ws = wb.add_worksheet();
        ws.set_name(*name).unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                put(ws, r as u32, c as u16, v);
            }
        }
    }
    wb.save(path).unwrap();
}

/// The usual matrix: Name, Shift, Target, then every skill; `ratings` per person.
fn matrix_rows(people: &[(&'static str, &'static str, &'static str, Vec<f64>)]) -> Vec<Vec<V>> {
    let mut header = vec![V::T("Name"), V::T("Shift"), V::T("Target level")];
    header.extend(skill_names().into_iter().map(V::S));
    let mut rows = vec![header];
    for (name, shift, target, ratings) in people {
        let mut row = vec![V::T(name), V::T(shift), V::T(target)];
        row.extend(ratings.iter().map(|&r| V::N(r)));
        rows.push(row);
    }
    rows
}

fn team_json(args: &[&str]) -> TeamSummary {
    let out = skillgap()
        .args(["team", "--format", "json"])
        .args(args)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice(&out).unwrap()
}

fn dir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn a_workbook_in_rows_gives_the_same_team_as_json_lines() {
    let d = dir();
    let xlsx = d.path().join("matrix.xlsx");
    let ana: Vec<f64> = (0..23).map(|i| f64::from(3 + (i % 2))).collect();
    let ben: Vec<f64> = (0..23).map(|i| f64::from(i % 3)).collect();
    // A title and a blank row above the headings; a total at the bottom.
    let mut rows = vec![vec![V::T("Skills matrix, plant 3")], vec![]];
    rows.extend(matrix_rows(&[
        ("Ana Ruiz", "Days", "senior", ana.clone()),
        ("Ben Okafor", "Nights", "Production Specialist", ben.clone()),
    ]));
    rows.push(vec![]);
    rows.push(vec![V::T("Total"), V::E, V::E, V::F("=SUM(D4:D5)", "7")]);
    workbook(&xlsx, &[("Sheet1", rows)]);

    let jsonl = d.path().join("team.jsonl");
    let line = |name: &str, group: &str, target: &str, r: &[f64]| {
        let rubric = skillgap::rubric::Rubric::builtin();
        let ratings: serde_json::Map<String, serde_json::Value> = rubric
            .skills
            .iter()
            .zip(r)
            .map(|(s, &v)| (s.id.clone(), serde_json::json!(v as u8)))
            .collect();
        serde_json::json!({"name": name, "group": group, "target_level": target, "ratings": ratings})
            .to_string()
    };
    std::fs::write(
        &jsonl,
        format!(
            "{}\n{}\n",
            line("Ana Ruiz", "Days", "senior", &ana),
            line("Ben Okafor", "Nights", "specialist", &ben)
        ),
    )
    .unwrap();
    let from_sheet = team_json(&["--input", s(&xlsx), "--by-group"]);
    let from_lines = team_json(&["--input", s(&jsonl), "--by-group"]);
    assert_eq!(from_sheet.members_scored, 2);
    assert_eq!(from_sheet, from_lines);

    // The note says how the sheet was read; the total row is left out, not a person.
    skillgap()
        .args(["team", "--input", s(&xlsx)])
        .assert()
        .success()
        .stderr(predicate::str::contains("read 2 people from"))
        .stderr(predicate::str::contains(
            "sheet \"Sheet1\": people in rows, skills in columns (guessed",
        ))
        .stderr(predicate::str::contains("left out 1 line of totals"));
}

#[test]
fn import_writes_json_lines_that_team_reads_back() {
    let d = dir();
    let csv = d.path().join("matrix.csv");
    let mut text = String::from("Name,Line,Shift,");
    text.push_str(&skill_names().join(","));
    text.push('\n');
    for (name, r) in [("Ana Ruiz", 3), ("Ben Okafor", 2)] {
        text.push_str(&format!("{name},Line 1,days,"));
        text.push_str(&vec![r.to_string(); 23].join(","));
        text.push('\n');
    }
    std::fs::write(&csv, text).unwrap();
    let out = d.path().join("team.jsonl");
    skillgap()
        .args(["import", s(&csv), "-o", s(&out)])
        .assert()
        .success()
        .stderr(predicate::str::contains("wrote"))
        .stderr(predicate::str::contains("(2 profiles)"));
    let lines = common::read(&out);
    let first: serde_json::Value = serde_json::from_str(lines.lines().next().unwrap()).unwrap();
    assert_eq!(first["name"], "Ana Ruiz");
    // Two group columns are joined, as profiles write a line and a shift.
    assert_eq!(first["group"], "Line 1 / days");
    assert_eq!(first["ratings"]["quality-control"], 3);
    assert_eq!(
        team_json(&["--input", s(&out)]),
        team_json(&["--input", s(&csv)])
    );
    // An existing file is not replaced without --force.
    skillgap()
        .args(["import", s(&csv), "-o", s(&out)])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--force"));
}

#[test]
fn people_in_columns_and_long_tables_are_read() {
    let d = dir();
    // A TWI timetable: skills down the side, people across.
    let xlsx = d.path().join("twi.xlsx");
    let mut rows = vec![vec![V::T("Skill"), V::T("Ana Ruiz"), V::T("Ben Okafor")]];
    rows.push(vec![V::T("Shift"), V::T("Days"), V::T("Nights")]);
    for name in skill_names() {
        rows.push(vec![V::S(name), V::T("O"), V::T("◑")]);
    }
    workbook(&xlsx, &[("Timetable", rows)]);
    let summary = team_json(&["--input", s(&xlsx), "--scale", "iluo", "--by-group"]);
    assert_eq!(summary.members_scored, 2);
    skillgap()
        .args(["import", s(&xlsx), "--scale", "iluo"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "people in columns, skills in rows",
        ))
        .stdout(predicate::str::contains(
            "\"name\":\"Ana Ruiz\",\"group\":\"Days\"",
        ))
        .stdout(predicate::str::contains("\"quality-control\":4"))
        .stdout(predicate::str::contains("\"quality-control\":2"));

    // One row per person and skill, as HR systems export it.
    let long = d.path().join("long.csv");
    let mut text = String::from("Employee,Team,Skill,Score\n");
    for name in skill_names() {
        text.push_str(&format!("Ana Ruiz,Packing,\"{name}\",5\n"));
        text.push_str(&format!("Ben Okafor,Packing,\"{name}\",2\n"));
    }
    std::fs::write(&long, text).unwrap();
    let out = skillgap()
        .args(["import", s(&long), "--scale", "1-5"])
        .assert()
        .success()
        .stderr(predicate::str::contains("one row per person and skill"))
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    let people: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(people.len(), 2);
    assert_eq!(people[0]["ratings"]["communication"], 4);
    assert_eq!(people[1]["ratings"]["communication"], 1);
    assert_eq!(people[1]["group"], "Packing");
}

#[test]
fn every_damaged_cell_is_named_and_nothing_is_written() {
    let d = dir();
    let xlsx = d.path().join("damaged.xlsx");
    let mut good: Vec<V> = vec![V::T("Ana Ruiz"), V::T("Days"), V::T("senior")];
    good.extend((0..23).map(|_| V::N(3.0)));
    let mut bad = good.clone();
    bad[0] = V::T("Ben Okafor");
    bad[3] = V::N(5.0); // D3: above the scale
    bad[4] = V::T("L"); // E3: an ILUO mark on a 0-4 scale
    bad[2] = V::T("Boss"); // C3: no such level
    let mut nameless = good.clone();
    nameless[0] = V::E; // A4: ratings, no name
    let mut rows = matrix_rows(&[]);
    rows.push(good);
    rows.push(bad);
    rows.push(nameless);
    workbook(&xlsx, &[("Sheet1", rows)]);
    let out = d.path().join("team.jsonl");
    skillgap()
        .args(["import", s(&xlsx), "-o", s(&out)])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "4 cells cannot be read, so nothing was read from it",
        ))
        .stderr(predicate::str::contains(
            "Sheet1!D3: found \"5\": expected a whole number from 0 to 4",
        ))
        .stderr(predicate::str::contains(
            "if the matrix is scored 1–5, add --scale 1-5",
        ))
        .stderr(predicate::str::contains("Sheet1!E3: found \"L\""))
        .stderr(predicate::str::contains("--scale iluo"))
        .stderr(predicate::str::contains(
            "Sheet1!C3: found \"Boss\": expected a level of the ladder",
        ))
        .stderr(predicate::str::contains(
            "Sheet1!4:4: this line has ratings but no name",
        ));
    assert!(!out.exists());
    // team refuses the same file before scoring anyone.
    skillgap()
        .args(["team", "--input", s(&xlsx)])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("Sheet1!D3"));
    // A CSV names the line and the column's heading.
    let csv = d.path().join("damaged.csv");
    std::fs::write(
        &csv,
        format!("Name,{}\nAna,3,x\n", skill_names()[..2].join(",")),
    )
    .unwrap();
    skillgap()
        .args(["team", "--input", s(&csv)])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!(
            "line 2, column \"{}\": found \"x\"",
            skill_names()[1]
        )));
}

#[test]
fn a_heading_close_to_a_skill_is_never_taken_silently() {
    let d = dir();
    let csv = d.path().join("typo.csv");
    std::fs::write(
        &csv,
        "Name,Qualty Control,Communication,Employee ID\nAna,3,2,E17\n",
    )
    .unwrap();
    skillgap()
        .args(["import", s(&csv)])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "line 1, column \"Qualty Control\": the heading \"Qualty Control\" is not a skill of the rubric; did you mean \"Quality Control and Assurance\"?",
        ))
        .stderr(predicate::str::contains("--map \"Qualty Control=quality-control\""));
    // --map reads it; a column that is nothing skillgap knows is listed, not read.
    skillgap()
        .args(["import", s(&csv), "--map", "Qualty Control=quality-control"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"quality-control\":3"))
        .stderr(predicate::str::contains("\"Employee ID\" (column 4)"))
        .stderr(predicate::str::contains("has no column for 21 skills"));
    // The same through a mapping file.
    let map = d.path().join("map.txt");
    std::fs::write(
        &map,
        "# headings of our matrix\nQualty Control = quality-control\n",
    )
    .unwrap();
    skillgap()
        .args(["import", s(&csv), "--map-file", s(&map)])
        .assert()
        .success();
    skillgap()
        .args(["import", s(&csv), "--map", "Qualty Control=quality-contrl"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean \"quality-control\""));
}

#[test]
fn check_says_what_would_be_read_and_writes_nothing() {
    let d = dir();
    let xlsx = d.path().join("two-sheets.xlsx");
    let mut rows = matrix_rows(&[("Ana Ruiz", "Days", "lead", vec![4.0; 23])]);
    rows[0].push(V::T("OSHA 10"));
    rows[1].push(V::D(2025, 3, 1));
    workbook(
        &xlsx,
        &[
            ("Notes", vec![vec![V::T("Read me first")]]),
            ("Matrix", rows),
        ],
    );
    let out = d.path().join("members.csv");
    let text = skillgap()
        .args(["team", "--input", s(&xlsx), "--check", "-o", s(&out)])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(text).unwrap();
    for want in [
        "sheet \"Matrix\"",
        "other sheets, not read: \"Notes\"",
        "layout: people in rows",
        "scale: 0–4",
        "\"Shift\": group",
        "\"OSHA 10\": certification held: OSHA 10-Hour",
        "People: 1",
        "Ana Ruiz (Matrix!2:2): Days, target Lead Production Specialist, 23 rated, 1 certification",
        "Groups: 1",
        "No problems",
    ] {
        assert!(text.contains(want), "{want:?} missing from:\n{text}");
    }
    assert!(!out.exists(), "--check writes nothing");
    // The certification's day is read as a day.
    skillgap()
        .args(["import", s(&xlsx)])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "{\"id\":\"osha-10\",\"earned\":\"2025-03-01\"}",
        ));
    // --sheet picks a sheet; one that is not there is named with those that are.
    skillgap()
        .args(["import", s(&xlsx), "--sheet", "Line 9"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "has no sheet named \"Line 9\"; its sheets are: Notes, Matrix",
        ));
    skillgap()
        .args(["import", s(&xlsx), "--sheet", "Notes"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no heading names a skill of the rubric",
        ));
    // With problems, --check lists them all and exits 2.
    let csv = d.path().join("bad.csv");
    std::fs::write(&csv, "Name,Communication,Initiative\nAna,9,7\n").unwrap();
    skillgap()
        .args(["import", s(&csv), "--check"])
        .assert()
        .code(2)
        .stdout(predicate::str::contains("Problems (2):"))
        .stderr(predicate::str::contains(
            "2 problems (listed above); nothing was written",
        ));
}

#[test]
fn merged_and_formula_cells_read_as_the_person_sees_them() {
    let d = dir();
    let xlsx = d.path().join("merged.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    let names = skill_names();
    ws.write_string(0, 0, "Name").unwrap();
    ws.write_string(0, 1, "Line").unwrap();
    for (i, n) in names.iter().enumerate() {
        ws.write_string(0, 2 + i as u16, n).unwrap();
    }
    for (r, who) in ["Ana", "Ben", "Cy"].iter().enumerate() {
        ws.write_string(1 + r as u32, 0, *who).unwrap();
        for i in 0..names.len() {
            ws.write_formula(
                1 + r as u32,
                2 + i as u16,
                Formula::new("=1+1").set_result("2"),
            )
            .unwrap();
        }
    }
    // "Line 1" written once beside the three rows of its people.
    ws.merge_range(1, 1, 3, 1, "Line 1", &rust_xlsxwriter::Format::new())
        .unwrap();
    wb.save(&xlsx).unwrap();
    let summary = team_json(&["--input", s(&xlsx), "--by-group"]);
    assert_eq!(summary.members_scored, 3);
    skillgap()
        .args(["import", s(&xlsx)])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "\"name\":\"Cy\",\"group\":\"Line 1\"",
        ))
        .stdout(predicate::str::contains("\"communication\":2"));
}

#[test]
fn assess_reads_one_person_of_a_sheet() {
    let d = dir();
    let csv = d.path().join("two.csv");
    std::fs::write(
        &csv,
        format!(
            "Name,Target,{}\nAna Ruiz,senior,{}\nBen Okafor,junior,{}\n",
            skill_names().join(","),
            ["3"; 23].join(","),
            ["1"; 23].join(",")
        ),
    )
    .unwrap();
    skillgap()
        .args(["assess", "--input", s(&csv)])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "holds 2 people; name the one to assess with --person NAME",
        ));
    skillgap()
        .args([
            "assess",
            "--input",
            s(&csv),
            "--person",
            "ben okafor",
            "--format",
            "json",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"name\": \"Ben Okafor\""));
    skillgap()
        .args(["assess", "--input", s(&csv), "--person", "Ben Okafr"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean \"Ben Okafor\""));
}

#[test]
fn hostile_text_in_a_sheet_stays_text() {
    let d = dir();
    let csv = d.path().join("hostile.csv");
    std::fs::write(
        &csv,
        format!(
            "Name,\"Evil\x1b[2J\",{}\n\"=HYPERLINK(\"\"x\"\")\x1b[31m\",3,{}\n",
            skill_names()[..2].join(","),
            "2,2"
        ),
    )
    .unwrap();
    let out = skillgap()
        .args(["import", s(&csv), "--check"])
        .assert()
        .get_output()
        .clone();
    let all = [out.stdout, out.stderr].concat();
    assert!(!all.contains(&0x1b), "no escape reaches the terminal");
}

/// A LibreOffice converter, where the machine has one.
fn soffice() -> Option<PathBuf> {
    ["soffice", "libreoffice"].iter().find_map(|name| {
        std::env::var_os("PATH").and_then(|paths| {
            std::env::split_paths(&paths)
                .map(|p| p.join(name))
                .find(|p| p.is_file())
        })
    })
}

#[test]
fn ods_and_csv_saved_by_libreoffice_read_like_the_workbook() {
    let Some(soffice) = soffice() else {
        // CI installs libreoffice-calc-nogui (see .ci/run); without it, say so.
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have LibreOffice for this test"
        );
        eprintln!("LibreOffice is not installed: the ods test is not run");
        return;
    };
    let d = dir();
    let xlsx = d.path().join("matrix.xlsx");
    let ratings: Vec<f64> = (0..23).map(|i| f64::from(i % 5)).collect();
    workbook(
        &xlsx,
        &[(
            "Matrix",
            matrix_rows(&[
                ("Ana Ruiz", "Days", "senior", ratings.clone()),
                ("Ben Okafor", "Nights", "lead", ratings),
            ]),
        )],
    );
    for to in ["ods", "csv"] {
        let status = std::process::Command::new(&soffice)
            .args([
                "--headless",
                "--convert-to",
                to,
                "--outdir",
                s(d.path()),
                s(&xlsx),
            ])
            .env("HOME", d.path())
            .output()
            .unwrap();
        assert!(status.status.success(), "{status:?}");
    }
    let from_xlsx = team_json(&["--input", s(&xlsx), "--by-group"]);
    assert_eq!(from_xlsx.members_scored, 2);
    assert_eq!(
        team_json(&["--input", s(&d.path().join("matrix.ods")), "--by-group"]),
        from_xlsx
    );
    assert_eq!(
        team_json(&["--input", s(&d.path().join("matrix.csv")), "--by-group"]),
        from_xlsx
    );
}

#[test]
fn hidden_rows_are_read_and_said() {
    let d = dir();
    let xlsx = d.path().join("hidden.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    for (r, row) in matrix_rows(&[
        ("Ana Ruiz", "Days", "senior", vec![3.0; 23]),
        ("Left In May", "Days", "senior", vec![2.0; 23]),
    ])
    .iter()
    .enumerate()
    {
        for (c, v) in row.iter().enumerate() {
            put(ws, r as u32, c as u16, v);
        }
    }
    ws.set_row_hidden(2).unwrap();
    wb.save(&xlsx).unwrap();
    skillgap()
        .args(["import", s(&xlsx)])
        .assert()
        .success()
        .stdout(predicate::str::contains("Left In May"))
        .stderr(predicate::str::contains(
            "row 3 is hidden in the workbook and read like the others",
        ));
}

#[test]
fn a_skill_nobody_was_rated_on_is_named() {
    let d = dir();
    let csv = d.path().join("blank-column.csv");
    let names = skill_names();
    let mut text = format!("Name,{}\n", names.join(","));
    for who in ["Ana", "Ben"] {
        // Every skill rated but the last, Training and Mentoring's column left blank.
        let mut cells = vec!["3"; names.len()];
        let i = names
            .iter()
            .position(|n| n == "Training and Mentoring")
            .unwrap();
        cells[i] = "";
        text.push_str(&format!("{who},{}\n", cells.join(",")));
    }
    std::fs::write(&csv, text).unwrap();
    skillgap()
        .args(["team", "--input", s(&csv)])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "no one in this team was rated on Training and Mentoring: is the column missing from the input?",
        ));
}

#[test]
fn the_team_workbook_reads_back_as_the_same_team() {
    let d = dir();
    let jsonl = common::root().join("tests/data/team-groups.jsonl");
    for (name, extra) in [
        ("matrix.xlsx", vec!["--by-group"]),
        ("team.xlsx", vec!["--pairs"]),
    ] {
        let book = d.path().join(name);
        skillgap()
            .args(["team", "--input", s(&jsonl), "-o", s(&book)])
            .args(&extra)
            .assert()
            .success();
        let mut args = vec!["--input", s(&book)];
        args.extend(&extra);
        let back = team_json(&args);
        let mut args = vec!["--input", s(&jsonl)];
        args.extend(&extra);
        let first = team_json(&args);
        assert_eq!(back.members_scored, 9);
        // Groups, targets, years, education, ratings and certificates with their days.
        assert_eq!(back, first, "{name}");
    }
}

#[test]
fn templates_are_read_as_they_are_written() {
    let d = dir();
    for name in ["matrix.xlsx", "matrix.csv"] {
        let t = d.path().join(name);
        skillgap()
            .args(["template", "-o", s(&t)])
            .assert()
            .success();
        skillgap()
            .args(["team", "--input", s(&t), "--check"])
            .assert()
            .success()
            .stdout(predicate::str::contains("People: 0"))
            .stdout(predicate::str::contains("the template's example"))
            .stdout(predicate::str::contains("\"Target level\": target level"))
            .stdout(predicate::str::contains(
                "skill: Strategic and Capacity Planning",
            ))
            .stdout(predicate::str::contains("skills with no column").not())
            .stdout(predicate::str::contains("No problems"));
    }
    // A person written under the example is read.
    let t = d.path().join("matrix.csv");
    let mut text = common::read(&t);
    text.push_str(&format!(
        "Ana Ruiz,Line 1,senior,3,secondary,{}\n",
        ["2"; 23].join(",")
    ));
    std::fs::write(&t, text).unwrap();
    skillgap()
        .args(["import", s(&t)])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"name\":\"Ana Ruiz\",\"group\":\"Line 1\",\"target_level\":\"senior\",\"years_experience\":3.0,\"education\":\"secondary\""));
}

#[test]
fn a_workbook_lists_every_member_past_the_matrix_limit() {
    let d = dir();
    let jsonl = common::root().join("tests/data/team-groups.jsonl");
    let book = d.path().join("team.xlsx");
    let md = d.path().join("team.md");
    skillgap()
        .args([
            "team",
            "--input",
            s(&jsonl),
            "--matrix",
            "--matrix-limit",
            "2",
        ])
        .args(["-o", s(&book), "-o", s(&md)])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "The matrix is not shown: 9 members, more than --matrix-limit 2",
        ));
    // The Markdown keeps to the limit; the workbook, read back, has all nine.
    assert!(common::read(&md).contains("The matrix is not shown"));
    assert_eq!(team_json(&["--input", s(&book)]).members_scored, 9);
}

#[test]
fn a_pipe_says_what_it_holds() {
    let d = dir();
    let mut text = format!("Name,{}\n", skill_names().join(","));
    text.push_str(&format!("Ana Ruiz,{}\n", ["2"; 23].join(",")));
    skillgap()
        .args([
            "team",
            "--input",
            "-",
            "--input-format",
            "csv",
            "--format",
            "json",
        ])
        .write_stdin(text.clone())
        .assert()
        .success()
        .stdout(predicate::str::contains("\"members_scored\": 1"))
        .stderr(predicate::str::contains("read 1 person from <stdin>"));
    // A workbook through a pipe too.
    let xlsx = d.path().join("one.xlsx");
    workbook(
        &xlsx,
        &[(
            "Sheet1",
            matrix_rows(&[("Ana Ruiz", "Days", "senior", vec![3.0; 23])]),
        )],
    );
    skillgap()
        .args([
            "assess",
            "--input",
            "-",
            "--input-format",
            "xlsx",
            "--format",
            "json",
        ])
        .write_stdin(std::fs::read(&xlsx).unwrap())
        .assert()
        .success()
        .stdout(predicate::str::contains("\"name\": \"Ana Ruiz\""));
}

#[test]
fn a_workbook_prints_across_with_its_headings_on_every_page() {
    let d = dir();
    let book = d.path().join("team.xlsx");
    skillgap()
        .args(["team", "--input"])
        .arg(common::root().join("tests/data/team-groups.jsonl"))
        .args(["-o", s(&book)])
        .assert()
        .success();
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&book).unwrap()).unwrap();
    let mut part = |name: &str| {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut zip.by_name(name).unwrap(), &mut text).unwrap();
        text
    };
    let matrix = part("xl/worksheets/sheet1.xml");
    assert!(matrix.contains("orientation=\"landscape\""), "{matrix}");
    // At full size: squeezed one page wide, 23 skills print too small to read.
    assert!(!matrix.contains("fitToWidth"), "{matrix}");
    assert!(part("xl/workbook.xml").contains("_xlnm.Print_Titles"));
}

#[test]
fn spreadsheet_options_are_refused_with_json() {
    let jsonl = common::root().join("tests/data/team-groups.jsonl");
    skillgap()
        .args(["team", "--input", s(&jsonl), "--scale", "1-5"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--scale reads spreadsheets"));
    skillgap()
        .args(["assess", "--input"])
        .arg(common::example("career-changer.json"))
        .args(["--map", "QC=quality-control"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--map reads spreadsheets"));
}

#[test]
fn a_stray_cell_far_from_the_table_is_refused_at_once() {
    // Two cells a million rows apart would make a grid of 17 billion cells.
    let d = dir();
    let xlsx = d.path().join("stray.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.write_string(0, 0, "Name").unwrap();
    ws.write_string(1_048_575, 16_383, "x").unwrap();
    wb.save(&xlsx).unwrap();
    skillgap()
        .args(["import", s(&xlsx)])
        .timeout(std::time::Duration::from_secs(20))
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "(it runs to XFD1048576); delete what lies far from the table",
        ));
}

#[test]
fn what_a_coordinator_writes_is_read_as_meant() {
    let d = dir();
    // A TWI chart: a title merged across the top, names in row 3, skills down column B.
    let xlsx = d.path().join("twi.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    let plain = rust_xlsxwriter::Format::new();
    ws.merge_range(
        0,
        0,
        0,
        4,
        "Line 3 - Job Instruction Breakdown / ILUO",
        &plain,
    )
    .unwrap();
    ws.write_string(2, 1, "Skill").unwrap();
    for (c, who) in ["Ana Ruiz", "Ben Okafor", "Cy Park"].iter().enumerate() {
        ws.write_string(2, 2 + c as u16, *who).unwrap();
    }
    for (r, name) in skill_names().iter().enumerate() {
        ws.write_string(3 + r as u32, 1, name).unwrap();
        for c in 0..3u16 {
            ws.write_string(3 + r as u32, 2 + c, "U").unwrap();
        }
    }
    wb.save(&xlsx).unwrap();
    skillgap()
        .args(["import", s(&xlsx), "--scale", "iluo"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"name\":\"Ben Okafor\""))
        .stdout(predicate::str::contains("\"name\":\"Cy Park\""));

    // People whose names start like "Total" are people; totals, requirements and counts
    // are not, and are named; a skill under a heading skillgap does not know is said; the
    // rubric's words for its points are read; a certification by the end of its name.
    let csv = d.path().join("names.csv");
    let names = skill_names();
    let mut text = format!("Name,{},QC,Green Belt\n", names[..22].join(","));
    for (who, r) in [
        ("Summer Lee", "2"),
        ("Total Lee", "Working"),
        ("Ana Ruiz", "3"),
        ("Ana Ruiz", "3"),
    ] {
        text.push_str(&format!("{who},{},3,2024-05-01\n", vec![r; 22].join(",")));
    }
    text.push_str(&format!("Grand total,{},9,\n", vec!["11"; 22].join(",")));
    text.push_str(&format!("Required level,{},3,\n", vec!["3"; 22].join(",")));
    std::fs::write(&csv, text).unwrap();
    let out = skillgap()
        .args(["import", s(&csv)])
        .assert()
        .success()
        .get_output()
        .clone();
    let (stdout, stderr) = (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    );
    assert_eq!(stdout.lines().count(), 4, "{stdout}");
    assert!(stdout.contains("\"name\":\"Summer Lee\""));
    assert!(stdout.contains("\"name\":\"Total Lee\""));
    assert!(
        stdout.contains("\"production-planning\":2"),
        "Working is 2: {stdout}"
    );
    assert!(
        stdout.contains("{\"id\":\"lss-green\",\"earned\":\"2024-05-01\"}"),
        "{stdout}"
    );
    for want in [
        "left out 2 lines of totals or requirements: line 6 (\"Grand total\"), line 7 (\"Required level\")",
        "column 24 (\"QC\") holds numbers like ratings but names no skill",
        "more than one line names \"Ana Ruiz\" (line 4 and line 5)",
        "none of the",
    ] {
        assert!(stderr.contains(want), "{want:?} missing from:\n{stderr}");
    }
}

#[test]
fn skills_not_asked_and_other_sheets_read_back_as_they_were() {
    let d = dir();
    // Six skills asked: the other seventeen are left out, not rated 0, after a round trip.
    let csv = d.path().join("six.csv");
    let names = skill_names();
    let mut text = format!("Name,Target,{}\n", names[..6].join(","));
    for (who, r) in [("Ana", "3"), ("Ben", "1"), ("Cy", "4")] {
        text.push_str(&format!("{who},specialist,{}\n", [r; 6].join(",")));
    }
    std::fs::write(&csv, text).unwrap();
    let book = d.path().join("six.xlsx");
    skillgap()
        .args(["team", "--input", s(&csv), "-o", s(&book)])
        .assert()
        .success();
    assert_eq!(
        team_json(&["--input", s(&book)]),
        team_json(&["--input", s(&csv)])
    );

    // A sheet per shift: the others are named, not passed over in silence.
    let shifts = d.path().join("shifts.xlsx");
    workbook(
        &shifts,
        &[
            (
                "Days",
                matrix_rows(&[("Ana Ruiz", "Days", "senior", vec![3.0; 23])]),
            ),
            (
                "Nights",
                matrix_rows(&[("Ben Okafor", "Nights", "senior", vec![2.0; 23])]),
            ),
        ],
    );
    skillgap()
        .args(["import", s(&shifts)])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "only this sheet was read; \"Nights\" also holds a table of skills",
        ));
    skillgap()
        .args(["import", s(&shifts), "--sheet", "nights"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Ben Okafor"));
}

#[test]
fn long_and_across_tables_name_their_places_plainly() {
    let d = dir();
    let long = d.path().join("long.csv");
    std::fs::write(
        &long,
        "Employee,Competency,Proficiency\nAna,Communication,3\nAna,Comunication skills,2\n",
    )
    .unwrap();
    skillgap()
        .args(["import", s(&long), "--check"])
        .assert()
        .code(2)
        .stdout(predicate::str::contains(
            "\"Competency\": the skill of each line",
        ))
        .stdout(predicate::str::contains(
            "\"Proficiency\": the rating of each line",
        ));
    // People in columns of a CSV: the line is the skill's, the column the person's.
    let across = d.path().join("across.csv");
    let names = skill_names();
    let mut text = String::from("Skill,Ana,Ben\n");
    for n in &names {
        text.push_str(&format!(
            "\"{n}\",3,{}\n",
            if n == "Communication" { "x" } else { "2" }
        ));
    }
    std::fs::write(&across, text).unwrap();
    let line = names.iter().position(|n| n == "Communication").unwrap() + 2;
    skillgap()
        .args(["import", s(&across)])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!(
            "line {line} (\"Communication\"), column 3: found \"x\""
        )));
}
