//! Text from files is untrusted: it must not act on the terminal, nor break a Markdown
//! table, and JSON must keep it exactly.

mod common;

use common::skillgap;
use skillgap::report::Report;

const NAME: &str = "Eve\x1b[2J\x1b[H\x1b]0;owned\x07 | <b>boss</b>\r\nfake: all levels reached";
const EVIDENCE: &str = "line 1 |x|\n\x1b[31mred\x1b[0m <script>alert(1)</script>";

fn profile() -> String {
    serde_json::json!({
        "name": NAME,
        "target_level": "senior",
        "ratings": {"quality-control": 3, "communication": 2},
        "evidence": {"quality-control": EVIDENCE}
    })
    .to_string()
}

fn run(format: &str) -> (String, String) {
    let out = skillgap()
        .args(["assess", "--format", format, "--input", "-"])
        .write_stdin(profile())
        .output()
        .unwrap();
    assert!(out.status.success());
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn table_output_shows_control_characters_instead_of_obeying_them() {
    let (stdout, stderr) = run("table");
    for text in [&stdout, &stderr] {
        assert!(!text.contains('\x1b'), "{text}");
        assert!(!text.contains('\x07'), "{text}");
        assert!(!text.contains('\r'), "{text}");
    }
    assert!(stdout.contains("Eve\\u{1b}[2J\\u{1b}[H\\u{1b}]0;owned\\u{7}"));
    // The forged line stays on the name's line.
    assert!(!stdout.lines().any(|l| l.starts_with("fake:")));
}

#[test]
fn markdown_output_escapes_tables_and_html() {
    let (stdout, _) = run("markdown");
    assert!(!stdout.contains('\x1b'));
    assert!(!stdout.contains("<script>"));
    assert!(!stdout.contains("<b>"));
    let row = stdout
        .lines()
        .find(|l| l.starts_with("| Quality Control"))
        .unwrap();
    // 7 columns: 8 bars that are not escaped.
    assert_eq!(row.replace("\\|", "").matches('|').count(), 8, "{row}");
    assert!(row.contains("line 1 \\|x\\|<br>"), "{row}");
}

#[test]
fn json_output_keeps_the_text_exactly() {
    let (stdout, _) = run("json");
    assert!(!stdout.contains('\x1b'), "JSON escapes control characters");
    let report: Report = serde_json::from_str(&stdout).unwrap();
    assert_eq!(report.name.as_deref(), Some(NAME));
    let qc = report
        .skills
        .iter()
        .find(|s| s.id == "quality-control")
        .unwrap();
    assert_eq!(qc.evidence.as_deref(), Some(EVIDENCE));
}

#[test]
fn custom_rubric_text_is_neutralised_too() {
    let mut rubric: serde_json::Value =
        serde_json::from_str(skillgap::rubric::BUILTIN_PRODUCTION_SPECIALIST).unwrap();
    rubric["skills"][0]["name"] = serde_json::json!("Plan\x1b[2Jning | <i>x</i>");
    rubric["levels"][0]["title"] = serde_json::json!("Junior\x1b[31m");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.json");
    std::fs::write(&path, rubric.to_string()).unwrap();
    for format in ["table", "markdown"] {
        let out = skillgap()
            .args(["assess", "--format", format, "--rubric"])
            .arg(&path)
            .arg("--input")
            .arg(common::example("career-changer.json"))
            .output()
            .unwrap();
        assert!(out.status.success());
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert!(!stdout.contains('\x1b'), "{format}: {stdout}");
        assert!(stdout.contains("Plan\\u{1b}"), "{format}");
    }
}
