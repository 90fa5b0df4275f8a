//! The JSON output: a document (report, team summary, comparison) serialised as is,
//! pretty-printed, with a final newline.
//! Text is kept exactly as given; JSON escaping already keeps control characters inert.

use std::io;

use serde::Serialize;

use super::{Exporter, FormatSpec, Look, Renderer};

/// Writes a document as JSON.
pub struct JsonRenderer;

impl Exporter for JsonRenderer {
    const SPEC: FormatSpec = FormatSpec {
        name: "json",
        help: "JSON, for other programs",
        extensions: &["json"],
    };

    fn new(_: Look) -> JsonRenderer {
        JsonRenderer
    }
}

impl<T: Serialize> Renderer<T> for JsonRenderer {
    fn render(&self, doc: &T, out: &mut dyn io::Write) -> io::Result<()> {
        serde_json::to_writer_pretty(&mut *out, doc)?;
        out.write_all(b"\n")
    }
}
