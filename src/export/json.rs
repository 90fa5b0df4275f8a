//! The JSON output: a document (report, team summary, comparison) serialised as is,
//! pretty-printed, with a final newline.
//! Text is kept exactly as given; JSON escaping already keeps control characters inert.

use std::io::{self, Write};

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
        // serde_json writes a few bytes at a time (a quotation mark, an indent): buffered
        // here, they are copied without a call through `out` each.
        let mut buffered = io::BufWriter::new(out);
        serde_json::to_writer_pretty(&mut buffered, doc)?;
        buffered.write_all(b"\n")?;
        buffered.flush()
    }
}
