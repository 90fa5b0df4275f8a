//! `skillgap schema`: JSON Schemas (draft 2020-12) generated from skillgap's own types, so
//! they cannot drift from what skillgap reads and writes. The same schemas are committed
//! under `schemas/`, and a test fails when they differ.

use crate::cli::SchemaKind;
use crate::output::write_stdout;
use crate::profile::ProfileDoc;
use crate::progress::Comparison;
use crate::report::Report;
use crate::team::TeamSummary;

/// The schema of a kind of document, as pretty JSON with a final newline.
pub fn schema_text(kind: SchemaKind) -> String {
    let schema = match kind {
        SchemaKind::Profile => schemars::schema_for!(ProfileDoc<'static>),
        SchemaKind::Report => schemars::schema_for!(Report),
        SchemaKind::Team => schemars::schema_for!(TeamSummary),
        SchemaKind::Comparison => schemars::schema_for!(Comparison),
        SchemaKind::Rubric => crate::rubric::schema(),
    };
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

/// The file name under `schemas/` for a kind.
pub fn file_name(kind: SchemaKind) -> &'static str {
    match kind {
        SchemaKind::Profile => "profile.schema.json",
        SchemaKind::Report => "report.schema.json",
        SchemaKind::Team => "team.schema.json",
        SchemaKind::Comparison => "comparison.schema.json",
        SchemaKind::Rubric => "rubric.schema.json",
    }
}

/// Prints a schema.
pub fn run(kind: SchemaKind) -> anyhow::Result<()> {
    write_stdout(schema_text(kind).as_bytes())?;
    Ok(())
}
