//! The CSV files of `skillgap team`: the member CSV (one row per member: target, best level,
//! largest gaps, next credential to expire) and the skills matrix (one row per member, one
//! column per skill), in input order, for a spreadsheet. Unlike the other exporters they
//! stream: rows are written as the members are scored, so memory stays flat for any number
//! of members, and each file appears whole once finished.

use std::io::BufWriter;
use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::input::Origin;
use crate::output::AtomicFile;
use crate::rubric::Rubric;
use crate::team::MemberRow;
use crate::text::terminal_safe;

/// The columns of the member CSV.
const HEADER: [&str; 10] = [
    "member",
    "target_level",
    "best_level",
    "readiness_at_target",
    "gap_1",
    "gap_2",
    "gap_3",
    "group",
    "next_expiry",
    "verified_skills",
];

/// Which CSV a file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Members,
    Matrix,
}

/// A member CSV or matrix CSV being written.
pub struct MemberCsv {
    writer: csv::Writer<BufWriter<AtomicFile>>,
    shown: String,
    kind: Kind,
}

impl MemberCsv {
    /// Starts the member CSV at `path`, with its header.
    pub fn create(path: &Path) -> anyhow::Result<MemberCsv> {
        MemberCsv::start(path, Kind::Members, HEADER.iter().map(|h| h.to_string()))
    }

    /// Starts the matrix CSV at `path`: the member, their group, best and target level, then
    /// one column per skill (its id).
    pub fn create_matrix(path: &Path, rubric: &Rubric) -> anyhow::Result<MemberCsv> {
        let head = ["member", "group", "best_level", "target_level"]
            .into_iter()
            .map(String::from)
            .chain(rubric.skills.iter().map(|s| s.id.clone()));
        MemberCsv::start(path, Kind::Matrix, head)
    }

    fn start(
        path: &Path,
        kind: Kind,
        header: impl Iterator<Item = String>,
    ) -> anyhow::Result<MemberCsv> {
        let mut writer = csv::Writer::from_writer(BufWriter::new(AtomicFile::create(path)?));
        writer.write_record(header.map(|h| csv_safe(&h)))?;
        Ok(MemberCsv {
            writer,
            shown: terminal_safe(&path.display().to_string()).into_owned(),
            kind,
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
        let record = match self.kind {
            Kind::Members => member_record(rubric, row, files, input),
            Kind::Matrix => matrix_record(rubric, row, files, input),
        };
        self.writer
            .write_record(&record)
            .with_context(|| format!("cannot write {}", self.shown))
    }
}

/// One row of the member CSV.
fn member_record(
    rubric: &Rubric,
    row: &MemberRow,
    files: &[PathBuf],
    input: &Origin,
) -> Vec<String> {
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
    record.push(row.group.as_deref().map(csv_safe).unwrap_or_default());
    record.push(
        row.next_expiry
            .map(|(day, c)| format!("{day} {}", rubric.certifications[c].id))
            .unwrap_or_default(),
    );
    record.push(row.verified_skills.to_string());
    record
}

/// One row of the matrix CSV.
fn matrix_record(
    rubric: &Rubric,
    row: &MemberRow,
    files: &[PathBuf],
    input: &Origin,
) -> Vec<String> {
    let mut record = vec![
        csv_safe(&row.label(files, input)),
        row.group.as_deref().map(csv_safe).unwrap_or_default(),
        row.best
            .map(|b| rubric.levels[b].id.clone())
            .unwrap_or_default(),
        rubric.levels[row.target].id.clone(),
    ];
    record.extend(row.cells.iter().map(|&(rating, gap)| {
        crate::team::matrix::MatrixCell {
            rating: rating.unwrap_or(0),
            gap,
            rated: rating.is_some(),
            asked: true,
        }
        .text()
    }));
    record
}

impl MemberCsv {
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

/// The skills matrix to fill in, as CSV: the header of the matrix template and its example
/// row (see [`crate::export::matrix_template`]).
pub fn matrix_template(rubric: &Rubric, level: Option<usize>) -> anyhow::Result<Vec<u8>> {
    use crate::export::matrix_template::{example, header};
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(header(rubric).iter().map(|h| csv_safe(h)))?;
    writer.write_record(example(rubric, level).iter().map(|c| csv_safe(c)))?;
    writer
        .into_inner()
        .map_err(|e| anyhow::anyhow!("cannot write the template: {}", e.error()))
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
