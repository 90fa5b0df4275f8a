//! The JSON Schemas: committed copies match the types, and every shipped rubric, example
//! profile and example report, and the output of every command, validates against its
//! schema with a real validator.

mod common;

use common::{root, skillgap};
use serde_json::Value;
use skillgap::cli::SchemaKind;
use skillgap::commands::schema::{file_name, schema_text};

const KINDS: [SchemaKind; 7] = [
    SchemaKind::Profile,
    SchemaKind::Report,
    SchemaKind::Team,
    SchemaKind::Comparison,
    SchemaKind::History,
    SchemaKind::Rubric,
    SchemaKind::Review,
];

fn validator(kind: SchemaKind) -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(&schema_text(kind)).unwrap();
    jsonschema::validator_for(&schema).expect("a valid JSON Schema")
}

fn assert_valid(kind: SchemaKind, what: &str, text: &[u8]) {
    let text = std::str::from_utf8(text).unwrap();
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let instance: Value = serde_json::from_str(text).unwrap_or_else(|e| panic!("{what}: {e}"));
    let v = validator(kind);
    let errors: Vec<String> = v.iter_errors(&instance).map(|e| e.to_string()).collect();
    assert!(
        errors.is_empty(),
        "{what} does not fit its schema: {errors:?}"
    );
}

fn json_files(dir: &str) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(root().join(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{dir} has JSON files");
    files
}

#[test]
fn committed_schemas_match_the_types() {
    let update = std::env::var_os("SKILLGAP_UPDATE_SCHEMAS").is_some();
    let mut stale = Vec::new();
    for kind in KINDS {
        let path = root().join("schemas").join(file_name(kind));
        let text = schema_text(kind);
        if update {
            std::fs::write(&path, &text).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            stale.push(path.display().to_string());
        }
        // The command prints the same text.
        skillgap()
            .args(["schema", &format!("{kind:?}").to_lowercase()])
            .assert()
            .success()
            .stdout(text);
    }
    assert!(
        stale.is_empty(),
        "out of date: {stale:?}; run `SKILLGAP_UPDATE_SCHEMAS=1 cargo test --test schemas`"
    );
}

#[test]
fn shipped_files_fit_their_schemas() {
    // A rubric's translation beside it (`RUBRIC.es.json`) is text only, checked by
    // tests/translations.rs.
    let rubrics = json_files("rubrics")
        .into_iter()
        .filter(|p| skillgap::rubric::translation::language_of(p).is_none());
    for path in rubrics {
        assert_valid(
            SchemaKind::Rubric,
            &path.display().to_string(),
            &std::fs::read(&path).unwrap(),
        );
    }
    for path in json_files("examples/profiles") {
        assert_valid(
            SchemaKind::Profile,
            &path.display().to_string(),
            &std::fs::read(&path).unwrap(),
        );
    }
    for path in json_files("examples/reports") {
        assert_valid(
            SchemaKind::Report,
            &path.display().to_string(),
            &std::fs::read(&path).unwrap(),
        );
    }
}

#[test]
fn command_outputs_fit_their_schemas() {
    let template = skillgap()
        .args(["template", "--level", "lead"])
        .output()
        .unwrap();
    assert_valid(SchemaKind::Profile, "template", &template.stdout);
    let review_template = skillgap()
        .args(["template", "--review", "--person", "Sam"])
        .output()
        .unwrap();
    assert_valid(
        SchemaKind::Review,
        "review template",
        &review_template.stdout,
    );

    let team_input = skillgap::synth::team_jsonl(&skillgap::rubric::Rubric::builtin(), 50, 4);
    let team = skillgap()
        .args(["team", "--format", "json", "--input", "-"])
        .write_stdin(team_input)
        .output()
        .unwrap();
    assert_valid(SchemaKind::Team, "team summary", &team.stdout);

    let old = common::example("specialist-to-senior.json");
    let new = root().join("examples/reports/specialist-to-senior.json");
    let comparison = skillgap()
        .args(["compare", "--format", "json"])
        .arg(&old)
        .arg(&new)
        .output()
        .unwrap();
    assert!(
        comparison.status.success(),
        "{}",
        String::from_utf8_lossy(&comparison.stderr)
    );
    assert_valid(SchemaKind::Comparison, "comparison", &comparison.stdout);
}

#[test]
fn the_validator_rejects_what_skillgap_rejects() {
    // A schema that accepted anything would make the tests above pointless.
    let v = validator(SchemaKind::Profile);
    assert!(!v.is_valid(&serde_json::json!({"raitings": {}})));
    assert!(!v.is_valid(&serde_json::json!({"ratings": {"quality-control": "3"}})));
    assert!(v.is_valid(&serde_json::json!({"ratings": {"quality-control": 3}})));
    let r = validator(SchemaKind::Rubric);
    assert!(!r.is_valid(&serde_json::json!({"id": "x"})));
}
