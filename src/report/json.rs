//! The JSON report: [`Report`] serialised as is, pretty-printed, with a final newline.
//! Text is kept exactly as given; JSON escaping already keeps control characters inert.

use std::io;

use super::{Renderer, Report};

/// Writes the report as JSON.
pub struct JsonRenderer;

impl Renderer for JsonRenderer {
    fn render(&self, report: &Report, out: &mut dyn io::Write) -> io::Result<()> {
        serde_json::to_writer_pretty(&mut *out, report)?;
        out.write_all(b"\n")
    }
}
