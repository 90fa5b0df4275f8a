//! Reading the skills matrix a supervisor already keeps in a spreadsheet (CSV, TSV, xlsx,
//! xlsm, xls, xlsb, ods) as profiles, one per person.
//!
//! [`grid`] turns the file into cells that know their place; [`layout`] finds the table and
//! which way it runs; [`headers`] says what each heading is; [`scale`] turns each cell into
//! a rating; [`people`] reads every person, collecting every cell it cannot read as a
//! [`Problem`] that names the cell. The people become profile documents (the JSON a profile
//! file holds), each checked against the rubric as a profile file would be, so `team`,
//! `assess` and `import` go on exactly as they do with JSON. [`Facts`] says how the sheet
//! was read, for `--check` and for the note every read prints.

mod document;
pub mod facts;
pub mod grid;
pub mod headers;
mod hidden;
pub mod layout;
pub mod people;

pub use document::document;
use document::person_line;
pub mod scale;
mod values;

use std::path::Path;

use serde::Serialize;

use self::grid::Grid;
use self::headers::Role;
use self::layout::{Layout, View};
use self::people::Person;
use self::scale::Scale;
use crate::input::Origin;
use crate::profile::Strictness;
use crate::rubric::Rubric;

/// The kinds of input `--input-format` names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    /// A profile, or JSON Lines of profiles.
    Json,
    /// Comma- (or semicolon-) separated values.
    Csv,
    /// Tab-separated values.
    Tsv,
    /// A workbook: xlsx, xlsm, xls, xlsb or ods.
    Workbook,
}

impl InputFormat {
    /// The names `--input-format` accepts.
    pub const NAMES: &[&str] = &[
        "json", "jsonl", "csv", "tsv", "xlsx", "xlsm", "xls", "xlsb", "ods",
    ];

    /// The format `--input-format` calls `name`.
    pub fn named(name: &str) -> Option<InputFormat> {
        Some(match name.to_ascii_lowercase().as_str() {
            "json" | "jsonl" | "ndjson" => InputFormat::Json,
            "csv" => InputFormat::Csv,
            "tsv" | "tab" => InputFormat::Tsv,
            "xlsx" | "xlsm" | "xls" | "xlsb" | "ods" => InputFormat::Workbook,
            _ => return None,
        })
    }

    /// The format of a file from its extension; `None` for JSON and anything unknown (read
    /// as JSON, as before spreadsheets were read).
    pub fn of_path(path: &Path) -> Option<InputFormat> {
        let ext = path.extension()?.to_str()?;
        InputFormat::named(ext).filter(|f| *f != InputFormat::Json)
    }

    /// True for the formats this module reads.
    pub fn is_sheet(self) -> bool {
        self != InputFormat::Json
    }
}

/// How to read a sheet: the command line's `--input-format`, `--layout`, `--map`,
/// `--scale` and `--sheet`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SheetOptions {
    /// The format, when the extension does not say (standard input).
    pub format: Option<InputFormat>,
    /// The layout, when the guess is wrong.
    pub layout: Option<Layout>,
    /// Headings and what they are (`--map HEADING=WHAT`).
    pub maps: Vec<(String, String)>,
    /// The scale as given (`--scale`); 0 to the rubric's top when not given.
    pub scale: Option<String>,
    /// The sheet of a workbook to read.
    pub sheet: Option<String>,
}

impl SheetOptions {
    /// The first option given that only a spreadsheet uses, to refuse it with another input
    /// rather than ignore it.
    pub fn sheet_only(&self) -> Option<&'static str> {
        if self.layout.is_some() {
            Some("--layout")
        } else if !self.maps.is_empty() {
            Some("--map")
        } else if self.scale.is_some() {
            Some("--scale")
        } else if self.sheet.is_some() {
            Some("--sheet")
        } else {
            None
        }
    }

    /// Refuses the options only a spreadsheet uses when `path` is read as JSON.
    pub fn check_json(&self, path: &Path) -> Result<(), SheetError> {
        match self.sheet_only() {
            Some(option) => Err(SheetError::Options(format!(
                "{option} reads spreadsheets (.csv, .tsv, .xlsx, .ods); {} is read as JSON",
                crate::text::terminal_safe(&path.display().to_string())
            ))),
            None => Ok(()),
        }
    }

    /// The format `path` is read in: `--input-format`, else its extension; `None` for JSON.
    pub fn format_of(&self, path: &Path) -> Option<InputFormat> {
        self.format
            .or_else(|| InputFormat::of_path(path))
            .filter(|f| f.is_sheet())
    }
}

/// A cell (or line, or column) that could not be read, and what to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// Where: `Sheet1!D7`, `line 7, column "Quality Control"`.
    pub place: String,
    /// What was found, what was expected, what to do.
    pub message: String,
}

/// A column of the table and what it was read as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    /// Where: `Sheet1!D:D`, `column 4`.
    pub place: String,
    /// Its heading.
    pub heading: String,
    /// What it holds.
    pub role: Role,
}

/// How a sheet was read: for `--check`, and for the note a read prints.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Facts {
    /// The file.
    pub file: String,
    /// The sheet read, for a workbook.
    pub sheet: Option<String>,
    /// The other sheets, not read.
    pub other_sheets: Vec<String>,
    /// Which way the table runs, and whether `--layout` said so.
    pub layout: Option<(Layout, bool)>,
    /// The scale.
    pub scale: String,
    /// Every column (or row, for people in columns) and what it was read as.
    pub columns: Vec<Column>,
    /// Skills of the rubric no column gives (not asked of anyone).
    pub missing: Vec<usize>,
    /// Rows of totals and the like, left out.
    pub summary_rows: Vec<String>,
    /// Lines left out for another reason.
    pub left_out: Vec<String>,
    /// Other things worth saying about the read.
    pub notes: Vec<String>,
    /// Every cell that could not be read.
    pub problems: Vec<Problem>,
    /// How many people were read.
    pub people: usize,
    /// The first people read, one line each (name, place, group, target, ratings).
    pub first_people: Vec<String>,
    /// The groups, in the order first met, with how many people each.
    pub groups: Vec<(String, usize)>,
}

/// How many people `--check` lists by name.
pub const PEOPLE_LISTED: usize = 50;

/// A sheet read: its people as profile documents, and how it was read.
#[derive(Debug, Clone, PartialEq)]
pub struct Import {
    /// One profile document (compact JSON, one line) per person, in sheet order, with the
    /// place of the person.
    pub people: Vec<(String, String)>,
    /// How the sheet was read.
    pub facts: Facts,
}

/// Why a sheet gave no profiles.
#[derive(Debug, thiserror::Error)]
pub enum SheetError {
    /// The file could not be read as a sheet at all.
    #[error(transparent)]
    Grid(#[from] grid::GridError),
    /// The command line asks for something that cannot be (a bad `--scale` or `--map`).
    #[error("{0}")]
    Options(String),
    /// Cells that could not be read; the report lists them all.
    #[error("{}", problems_text(.file, .problems))]
    Cells {
        /// The file.
        file: String,
        /// Every problem.
        problems: Vec<Problem>,
    },
}

/// The most problems a message lists; `--check` lists them all.
const PROBLEMS_SHOWN: usize = 20;

fn problems_text(file: &str, problems: &[Problem]) -> String {
    let mut text = format!(
        "{file}: {} cell{} cannot be read, so nothing was read from it:",
        problems.len(),
        if problems.len() == 1 { "" } else { "s" }
    );
    for p in problems.iter().take(PROBLEMS_SHOWN) {
        text.push_str(&format!("\n  {}: {}", p.place, p.message));
    }
    if problems.len() > PROBLEMS_SHOWN {
        text.push_str(&format!(
            "\n  ... and {} more; --check lists them all",
            problems.len() - PROBLEMS_SHOWN
        ));
    }
    text
}

/// Reads the people of the sheet at `path` (`-` for standard input) as profiles of
/// `rubric`. Problems do not stop the read: they are in the [`Facts`], and [`Import::checked`]
/// turns them into an error.
pub fn read(
    path: &Path,
    format: InputFormat,
    options: &SheetOptions,
    rubric: &Rubric,
) -> Result<Import, SheetError> {
    let top = rubric.max_rating();
    let scale = match &options.scale {
        Some(s) => Scale::parse(s, top).map_err(SheetError::Options)?,
        None => Scale::Range {
            low: 0,
            high: i64::from(top),
        },
    };
    for (heading, to) in &options.maps {
        if headers::mapped(to, rubric).is_none() {
            let mut ids: Vec<&str> = rubric.skills.iter().map(|s| s.id.as_str()).collect();
            ids.extend(headers::MAP_WORDS);
            return Err(SheetError::Options(format!(
                "--map \"{}={}\": \"{}\" is not a skill id, a certification id or one of {}{}",
                crate::text::terminal_safe(heading),
                crate::text::terminal_safe(to),
                crate::text::terminal_safe(to),
                headers::MAP_WORDS.join(", "),
                crate::suggest::did_you_mean(to, ids)
            )));
        }
    }
    let origin = if path.as_os_str() == "-" {
        Origin::Stdin
    } else {
        Origin::Path(path.to_path_buf())
    };
    let grid = open(path, &origin, format, options, rubric)?;
    Ok(read_grid(
        &grid,
        &origin.to_string(),
        &scale,
        options,
        rubric,
    ))
}

/// Reads the people of a grid already open; `file` names it in messages.
pub fn read_grid(
    grid: &Grid,
    file: &str,
    scale: &Scale,
    options: &SheetOptions,
    rubric: &Rubric,
) -> Import {
    let mut facts = Facts {
        file: file.to_string(),
        sheet: match &grid.kind {
            grid::Kind::Workbook(name) => Some(name.clone()),
            grid::Kind::Text => None,
        },
        other_sheets: grid.other_sheets.clone(),
        scale: scale.to_string(),
        ..Facts::default()
    };
    let headings = headers::Headings::new(rubric, &options.maps);
    let Some(found) = layout::find(grid, &headings, options.layout) else {
        facts.problems.push(Problem {
            place: facts.sheet.clone().unwrap_or_else(|| facts.file.clone()),
            message: no_table_message(grid, rubric, options.layout),
        });
        return Import {
            people: Vec::new(),
            facts,
        };
    };
    facts.layout = Some((found.layout, options.layout.is_some()));
    facts.notes.extend(hidden_note(grid));
    if !grid.also_tables.is_empty() {
        let names: Vec<String> = grid
            .also_tables
            .iter()
            .map(|n| format!("\"{}\"", crate::text::terminal_safe(n)))
            .collect();
        facts.notes.push(format!(
            "only this sheet was read; {} also {} a table of skills: read each with --sheet NAME, or put everyone on one sheet",
            names.join(", "),
            if names.len() == 1 { "holds" } else { "hold" }
        ));
    }
    let view = View {
        grid,
        across: found.layout == Layout::Columns,
    };
    let people = people::read(view, found, rubric, &headings, scale, &mut facts);
    let given: Vec<bool> = (0..rubric.skills.len())
        .map(|s| people.iter().any(|p| p.ratings[s].is_some()))
        .collect();
    facts.missing = (0..rubric.skills.len())
        .filter(|&s| !given[s] && !facts.columns.iter().any(|c| c.role == Role::Skill(s)))
        .collect();
    facts.people = people.len();
    facts.notes.extend(same_names(&people));
    facts.notes.extend(no_zero(&people, scale));
    for p in &people {
        if let Some(g) = &p.group {
            match facts.groups.iter_mut().find(|(name, _)| name == g) {
                Some((_, n)) => *n += 1,
                None => facts.groups.push((g.clone(), 1)),
            }
        }
        if facts.first_people.len() < PEOPLE_LISTED {
            facts.first_people.push(person_line(p, rubric));
        }
    }
    let people = documents(people, rubric, &mut facts);
    Import { people, facts }
}

impl Import {
    /// The import, or every problem as an error when there is any.
    pub fn checked(self) -> Result<Import, SheetError> {
        if self.facts.problems.is_empty() {
            Ok(self)
        } else {
            Err(SheetError::Cells {
                file: self.facts.file.clone(),
                problems: self.facts.problems,
            })
        }
    }

    /// The profiles as JSON Lines.
    pub fn json_lines(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.people.iter().map(|(_, d)| d.len() + 1).sum());
        for (_, doc) in &self.people {
            out.extend_from_slice(doc.as_bytes());
            out.push(b'\n');
        }
        out
    }
}

/// Reads the file into a grid: the sheet `--sheet` names, else the first sheet shown that
/// has a table of skills (else the first sheet).
fn open(
    path: &Path,
    origin: &Origin,
    format: InputFormat,
    options: &SheetOptions,
    rubric: &Rubric,
) -> Result<Grid, SheetError> {
    let bytes = read_bytes(path, origin)?;
    match format {
        InputFormat::Csv | InputFormat::Json => Ok(grid::from_text(&bytes, None)),
        InputFormat::Tsv => Ok(grid::from_text(&bytes, Some(b'\t'))),
        InputFormat::Workbook => {
            let mut book = grid::Workbook::from_bytes(bytes, origin)?;
            if let Some(name) = &options.sheet {
                return Ok(book.grid(name)?);
            }
            let sheets = book.visible_sheets();
            let headings = headers::Headings::new(rubric, &options.maps);
            let has_table = |g: &Grid| {
                layout::find(g, &headings, options.layout)
                    .is_some_and(|f| f.skills >= 2 || f.layout == Layout::Long)
            };
            let mut first = None;
            for (i, name) in sheets.iter().enumerate() {
                let mut g = book.grid(name)?;
                if has_table(&g) {
                    // Other sheets with a table of their own (a sheet per shift) are said,
                    // not read silently past.
                    for other in &sheets[i + 1..] {
                        if book.grid(other).is_ok_and(|o| has_table(&o)) {
                            g.also_tables.push(other.clone());
                        }
                    }
                    return Ok(g);
                }
                first.get_or_insert(g);
            }
            match first {
                Some(g) => Ok(g),
                None => Err(grid::GridError::Damaged {
                    origin: origin.clone(),
                    message: "it has no sheet to read".into(),
                }
                .into()),
            }
        }
    }
}

/// The file's bytes, up to [`grid::MAX_SHEET_BYTES`].
fn read_bytes(path: &Path, origin: &Origin) -> Result<Vec<u8>, SheetError> {
    use std::io::Read;
    let io = |error| {
        grid::GridError::Io(crate::input::ReadError::Io {
            origin: origin.clone(),
            error,
        })
    };
    let mut bytes = Vec::new();
    let limit = grid::MAX_SHEET_BYTES + 1;
    if path.as_os_str() == "-" {
        std::io::stdin()
            .lock()
            .take(limit)
            .read_to_end(&mut bytes)
            .map_err(io)?;
    } else {
        let file = std::fs::File::open(path).map_err(io)?;
        if file.metadata().is_ok_and(|m| m.is_dir()) {
            return Err(grid::GridError::Io(crate::input::ReadError::Directory {
                origin: origin.clone(),
            })
            .into());
        }
        file.take(limit).read_to_end(&mut bytes).map_err(io)?;
    }
    if bytes.len() as u64 > grid::MAX_SHEET_BYTES {
        return Err(grid::GridError::Io(crate::input::ReadError::TooLarge {
            origin: origin.clone(),
        })
        .into());
    }
    Ok(bytes)
}

/// Why no table was found, with the headings seen.
fn no_table_message(grid: &Grid, rubric: &Rubric, forced: Option<Layout>) -> String {
    let first: Vec<String> = (0..grid.size().1.min(8))
        .map(|c| grid.get(0, c).text())
        .filter(|t| !t.is_empty())
        .map(|t| format!("\"{}\"", crate::text::terminal_safe(&t)))
        .collect();
    let how = match forced {
        Some(Layout::Long) => "no heading row has a skill column and a rating column (such as \"Skill\" and \"Rating\")".to_string(),
        Some(l) => format!("no heading names a skill of the rubric with --layout {}", l.name()),
        None => "no heading names a skill of the rubric".to_string(),
    };
    format!(
        "{how}; the first row holds {}. Head the skill columns with the skill names or ids of {} (`skillgap template --format csv` writes them), or map them with --map \"HEADING=skill-id\"",
        if first.is_empty() {
            "nothing".to_string()
        } else {
            first.join(", ")
        },
        rubric.id
    )
}

/// Two lines naming the same person, in a sentence: each counts as a member.
fn same_names(people: &[Person]) -> Option<String> {
    let mut seen: std::collections::HashMap<String, &str> = Default::default();
    let mut twice = Vec::new();
    for p in people {
        if let Some(first) = seen.insert(headers::fold(&p.name), &p.place) {
            twice.push(format!(
                "\"{}\" ({first} and {})",
                crate::text::terminal_safe(&p.name),
                p.place
            ));
        }
    }
    if twice.is_empty() {
        return None;
    }
    let more = twice.len().saturating_sub(5);
    twice.truncate(5);
    Some(format!(
        "more than one line names {}{}; each is read as a member of their own: if they are one person, delete a line, and if two, tell them apart (\"Ana Ruiz (B shift)\")",
        twice.join(", "),
        if more > 0 {
            format!(" and {more} more")
        } else {
            String::new()
        }
    ))
}

/// On the usual 0-to-top scale, a matrix with many ratings and no 0 may be scored from 1.
fn no_zero(people: &[Person], scale: &Scale) -> Option<String> {
    if !matches!(scale, Scale::Range { low: 0, .. }) {
        return None;
    }
    let rated = people
        .iter()
        .flat_map(|p| p.ratings.iter().flatten().flatten());
    let (count, zeros) = rated.fold((0, 0), |(c, z), &r| (c + 1, z + usize::from(r == 0)));
    (count >= 20 && zeros == 0).then(|| {
        format!(
            "none of the {count} ratings is 0: if the matrix is scored from 1 (1–5), add --scale 1-5, or every rating reads one point too high"
        )
    })
}

/// What a workbook hides and skillgap reads all the same, in a sentence.
fn hidden_note(grid: &Grid) -> Option<String> {
    let (rows, cols) = &grid.hidden;
    if rows.is_empty() && cols.is_empty() {
        return None;
    }
    let mut parts = Vec::new();
    if !rows.is_empty() {
        let list: Vec<String> = rows.iter().map(|r| (r + 1).to_string()).collect();
        let s = if rows.len() == 1 { "" } else { "s" };
        parts.push(format!("row{s} {}", list.join(", ")));
    }
    if !cols.is_empty() {
        let list: Vec<String> = cols.iter().map(|&c| grid::column_letters(c)).collect();
        let s = if cols.len() == 1 { "" } else { "s" };
        parts.push(format!("column{s} {}", list.join(", ")));
    }
    let verb = if rows.len() + cols.len() == 1 {
        "is"
    } else {
        "are"
    };
    Some(format!(
        "{} {verb} hidden in the workbook and read like the others; delete what should not count",
        parts.join(" and ")
    ))
}

/// Checks each person's profile against the rubric as a profile file would be: those that
/// pass become documents, the others problems.
fn documents(people: Vec<Person>, rubric: &Rubric, facts: &mut Facts) -> Vec<(String, String)> {
    people
        .into_iter()
        .filter_map(|p| {
            let doc = document(&p, rubric);
            let origin = Origin::Path(p.place.clone().into());
            match crate::profile::parse(&doc, &origin, rubric, Strictness::default()) {
                Ok(_) => Some((p.place, doc)),
                Err(e) => {
                    facts.problems.push(Problem {
                        place: p.place.clone(),
                        message: crate::text::terminal_safe(&e.to_string())
                            .trim_start_matches(&format!("{origin}: "))
                            .to_string(),
                    });
                    None
                }
            }
        })
        .collect()
}
