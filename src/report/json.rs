//! The JSON output: a [`super::Report`] or team summary serialised as is, pretty-printed, with a final newline.
//! Text is kept exactly as given; JSON escaping already keeps control characters inert.

use std::io;

use serde::Serialize;

use super::Renderer;

/// Writes a report or team summary as JSON.
pub struct JsonRenderer;

impl<T: Serialize> Renderer<T> for JsonRenderer {
    fn render(&self, doc: &T, out: &mut dyn io::Write) -> io::Result<()> {
        serde_json::to_writer_pretty(&mut *out, doc)?;
        out.write_all(b"\n")
    }
}
