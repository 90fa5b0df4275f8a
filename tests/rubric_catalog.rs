//! A rubric is known by the id inside it, never by its file name.

mod common;

use common::{example, skillgap};

#[test]
fn a_rubric_is_found_by_its_id_not_its_file_name() {
    let dir = tempfile::tempdir().unwrap();
    let mut rubric: serde_json::Value = serde_json::from_str(&common::read(
        &common::root().join("rubrics/production-specialist.json"),
    ))
    .unwrap();
    rubric["id"] = serde_json::json!("bar");
    std::fs::write(dir.path().join("foo.json"), rubric.to_string()).unwrap();

    // Not by the file name...
    let out = skillgap()
        .arg("--rubric-dir")
        .arg(dir.path())
        .args(["assess", "--rubric", "foo", "--input"])
        .arg(example("specialist-to-senior.json"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no rubric with id \"foo\""), "{stderr}");

    // ... nor for a profile that names the file...
    let profile = dir.path().join("p.json");
    std::fs::write(&profile, r#"{"rubric": "foo", "ratings": {}}"#).unwrap();
    let out = skillgap()
        .arg("--rubric-dir")
        .arg(dir.path())
        .args(["assess", "--input"])
        .arg(&profile)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("pass --rubric foo"), "{stderr}");
    assert!(stderr.contains("no rubric with id \"foo\""), "{stderr}");

    // ... but by the id inside it.
    let out = skillgap()
        .arg("--rubric-dir")
        .arg(dir.path())
        .args(["assess", "--rubric", "bar", "--format", "json", "--input"])
        .arg(&profile)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("the profile is for rubric \"foo\" but the rubric in use is \"bar\""),
        "{stderr}"
    );

    // `skillgap rubrics` lists it, with a warning about the name.
    let out = skillgap()
        .arg("--rubric-dir")
        .arg(dir.path())
        .arg("rubrics")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("bar"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("foo.json holds rubric \"bar\": it is found by that id"),
        "{stderr}"
    );
}
