//! The member CSV of `skillgap team`: one row per member, in input order, for a spreadsheet.
//! Unlike the other exporters it streams: rows are written as the members are scored, so
//! memory stays flat for any number of members, and the file appears whole once finished.

use std::io::BufWriter;
use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::input::Origin;
use crate::output::AtomicFile;
use crate::rubric::Rubric;
use crate::team::MemberRow;
use crate::text::terminal_safe;

/// The columns.
const HEADER: [&str; 8] = [
    "member",
    "target_level",
    "best_level",
    "readiness_at_target",
    "gap_1",
    "gap_2",
    "gap_3",
    "verified_skills",
];

/// A member CSV being written.
pub struct MemberCsv {
    writer: csv::Writer<BufWriter<AtomicFile>>,
    shown: String,
}

impl MemberCsv {
    /// Starts the file at `path`, with its header.
    pub fn create(path: &Path) -> anyhow::Result<MemberCsv> {
        let mut writer = csv::Writer::from_writer(BufWriter::new(AtomicFile::create(path)?));
        writer.write_record(HEADER)?;
        Ok(MemberCsv {
            writer,
            shown: terminal_safe(&path.display().to_string()).into_owned(),
        })
    }

    /// Writes one member's row. `files` and `input` name members without a name.
    pub fn write(
        &mut self,
        rubric: &Rubric,
        row: &MemberRow,
        files: &[PathBuf],
        input: &Origin,
    ) -> anyhow::Result<()> {
        let mut record = vec![
            csv_safe(&row.label(files, input)),
            rubric.levels[row.target].id.clone(),
            row.best
                .map(|b| rubric.levels[b].id.clone())
                .unwrap_or_default(),
            format!("{:.1}", row.readiness),
        ];
        for k in 0..3 {
            record.push(
                row.gaps
                    .get(k)
                    .map(|&(s, g)| format!("{} (gap {g})", rubric.skills[s].id))
                    .unwrap_or_default(),
            );
        }
        record.push(row.verified_skills.to_string());
        self.writer
            .write_record(&record)
            .with_context(|| format!("cannot write {}", self.shown))
    }

    /// Makes the file appear, complete, and says so.
    pub fn finish(self) -> anyhow::Result<()> {
        let shown = self.shown;
        let file = self
            .writer
            .into_inner()
            .map_err(|e| anyhow::anyhow!("cannot write {shown}: {}", e.error()))?
            .into_inner()
            .map_err(|e| anyhow::anyhow!("cannot write {shown}: {}", e.error()))?;
        let shown = file.shown().to_string();
        file.commit()?;
        eprintln!("skillgap: wrote {shown}");
        Ok(())
    }
}

/// A spreadsheet treats a cell starting with `=`, `+`, `-` or `@` as a formula; a name from
/// a file must not become one.
fn csv_safe(text: &str) -> String {
    let clean = terminal_safe(text);
    if clean.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{clean}")
    } else {
        clean.into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_cannot_become_formulas() {
        assert_eq!(csv_safe("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(csv_safe("-2+3"), "'-2+3");
        assert_eq!(csv_safe("Sam Rivera"), "Sam Rivera");
        assert_eq!(csv_safe("a\x1bb"), "a\\u{1b}b");
    }
}
