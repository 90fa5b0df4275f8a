//! `skillgap schema`: JSON Schemas (draft 2020-12) generated from skillgap's own types, so
//! they cannot drift from what skillgap reads and writes. The same schemas are committed
//! under `schemas/`, and a test fails when they differ.

use crate::output::write_stdout;
use crate::profile::ProfileDoc;
use crate::progress::Comparison;
use crate::report::Report;
use crate::settings::Document;
use crate::team::TeamSummary;

/// The schema of a kind of document, as pretty JSON with a final newline.
pub fn schema_text(kind: impl Into<Document>) -> String {
    let schema = match kind.into() {
        Document::Profile => schemars::schema_for!(ProfileDoc<'static>),
        Document::Report => schemars::schema_for!(Report),
        Document::Team => schemars::schema_for!(TeamSummary),
        Document::Comparison => schemars::schema_for!(Comparison),
        Document::History => schemars::schema_for!(crate::progress::history::History),
        Document::Rubric => crate::rubric::schema(),
        Document::Review => schemars::schema_for!(crate::profile::ReviewDoc<'static>),
    };
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

/// The file name under `schemas/` for a kind.
pub fn file_name(kind: impl Into<Document>) -> &'static str {
    match kind.into() {
        Document::Profile => "profile.schema.json",
        Document::Report => "report.schema.json",
        Document::Team => "team.schema.json",
        Document::Comparison => "comparison.schema.json",
        Document::History => "history.schema.json",
        Document::Rubric => "rubric.schema.json",
        Document::Review => "review.schema.json",
    }
}

/// Prints a schema.
pub fn run(kind: Document) -> anyhow::Result<()> {
    write_stdout(schema_text(kind).as_bytes())?;
    Ok(())
}
