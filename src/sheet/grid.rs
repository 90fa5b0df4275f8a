//! A sheet as a grid of cells, whatever file it came from: CSV or TSV text (comma, semicolon
//! or tab; UTF-8, UTF-16 or Windows-1252, as spreadsheet programs save it) or one sheet of a
//! workbook (xlsx, xlsm, xls, xlsb, ods, read with calamine: formulas as their cached values,
//! merged cells filled with their value). Every cell keeps its place, so that a message can
//! name it the way the person sees it: `Sheet1!D7` in a workbook, `line 7, column "Quality
//! Control"` in a CSV file.

use calamine::{Data, Reader};

use crate::date::Date;

/// The largest spreadsheet file skillgap opens: a workbook of 100,000 people is a few
/// megabytes; anything far larger is the wrong file.
pub const MAX_SHEET_BYTES: u64 = 64 * 1024 * 1024;

/// The most cells a sheet may span from A1 once read (200,000 rows of 50 columns): a
/// compressed workbook can claim far more than it takes on disk.
pub const MAX_CELLS: usize = 10_000_000;

/// One cell's value.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Nothing written.
    Empty,
    /// Text (CSV cells are all text).
    Text(String),
    /// A number.
    Number(f64),
    /// A day (a date cell of a workbook).
    Date(Date),
    /// TRUE or FALSE.
    Bool(bool),
    /// A formula whose cached value is an error, such as `#DIV/0!`.
    Error(String),
}

impl Cell {
    /// The cell's text as a person reads it, trimmed; empty for an empty cell.
    pub fn text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(t) => t.trim().to_string(),
            Cell::Number(n) => format_number(*n),
            Cell::Date(d) => d.to_string(),
            Cell::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
            Cell::Error(e) => e.clone(),
        }
    }

    /// True for an empty cell or one holding only spaces.
    pub fn is_blank(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(t) => t.trim().is_empty(),
            _ => false,
        }
    }
}

/// A number as a person wrote it: "3", "2.5".
pub fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// What kind of file a grid came from, which decides how places are named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// Delimited text: places are "line N, column "HEADER"".
    Text,
    /// A workbook sheet of this name: places are `NAME!D7`.
    Workbook(String),
}

/// A sheet: its rows of cells, from the top-left cell A1.
#[derive(Debug, Clone, PartialEq)]
pub struct Grid {
    /// Where the grid came from.
    pub kind: Kind,
    /// The rows, each as long as the longest.
    pub rows: Vec<Vec<Cell>>,
    /// The other sheets of the workbook, by name, for messages.
    pub other_sheets: Vec<String>,
    /// Rows and columns (0-based) the workbook hides, where it says (xlsx).
    pub hidden: (Vec<usize>, Vec<usize>),
    /// Other sheets of the workbook that hold a table of skills too, not read.
    pub also_tables: Vec<String>,
}

impl Grid {
    /// The cell at `(row, column)` (0-based), empty outside the grid.
    pub fn get(&self, row: usize, col: usize) -> &Cell {
        self.rows
            .get(row)
            .and_then(|r| r.get(col))
            .unwrap_or(&Cell::Empty)
    }

    /// How many rows and columns.
    pub fn size(&self) -> (usize, usize) {
        (self.rows.len(), self.rows.first().map_or(0, |r| r.len()))
    }

    /// The place of a cell as the person sees it; `header` is the column's heading, for
    /// delimited text.
    pub fn place(&self, row: usize, col: usize, header: Option<&str>) -> String {
        match &self.kind {
            Kind::Workbook(sheet) => {
                format!("{}!{}{}", sheet_ref(sheet), column_letters(col), row + 1)
            }
            Kind::Text => match header.filter(|h| !h.is_empty()) {
                Some(h) => format!(
                    "line {}, column \"{}\"",
                    row + 1,
                    crate::text::terminal_safe(h)
                ),
                None => format!("line {}, column {}", row + 1, col + 1),
            },
        }
    }

    /// The place of a whole row: `Sheet1!row 7` or `line 7`.
    pub fn row_place(&self, row: usize) -> String {
        match &self.kind {
            Kind::Workbook(sheet) => format!("{}!{}:{}", sheet_ref(sheet), row + 1, row + 1),
            Kind::Text => format!("line {}", row + 1),
        }
    }

    /// The place of a whole column: `Sheet1!D:D` or `column 4`.
    pub fn column_place(&self, col: usize) -> String {
        match &self.kind {
            Kind::Workbook(sheet) => {
                let c = column_letters(col);
                format!("{}!{c}:{c}", sheet_ref(sheet))
            }
            Kind::Text => format!("column {}", col + 1),
        }
    }
}

/// A sheet name as a formula writes it: quoted when it holds anything but letters, digits
/// and underscores (`'Line 1'!D7`), and safe for a terminal.
fn sheet_ref(name: &str) -> String {
    let plain = name.chars().all(|c| c.is_alphanumeric() || c == '_');
    let name = crate::text::terminal_safe(name);
    if plain {
        name.into_owned()
    } else {
        format!("'{}'", name.replace('\'', "''"))
    }
}

/// Column letters: 0 → "A", 25 → "Z", 26 → "AA".
pub fn column_letters(col: usize) -> String {
    let mut n = col + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

/// Why a file could not be read as a sheet.
#[derive(Debug, thiserror::Error)]
pub enum GridError {
    /// The file could not be opened or read.
    #[error(transparent)]
    Io(#[from] crate::input::ReadError),
    /// Not a workbook calamine can read, or a damaged one.
    #[error(
        "{origin} cannot be read as a spreadsheet ({message}): a workbook with a password must be saved without one, a damaged one saved again as .xlsx, .ods or .csv, and a CSV file with another name read with --input-format csv"
    )]
    Damaged {
        /// The file.
        origin: crate::input::Origin,
        /// What calamine said.
        message: String,
    },
    /// A sheet named with `--sheet` that the workbook does not have.
    #[error("{origin} has no sheet named \"{name}\"; its sheets are: {sheets}")]
    NoSuchSheet {
        /// The file.
        origin: crate::input::Origin,
        /// The name asked for.
        name: String,
        /// The sheets it has.
        sheets: String,
    },
    /// More cells than skillgap reads.
    #[error(
        "{origin} spans more than {MAX_CELLS} cells in one sheet (it runs to {far}); delete what lies far from the table, or save the skills matrix on a sheet of its own"
    )]
    TooLarge {
        /// The file.
        origin: crate::input::Origin,
        /// The cell that took it past the limit.
        far: String,
    },
}

/// Reads delimited text: `delimiter` given (TSV), or guessed from the first line (comma,
/// semicolon or tab, whichever occurs most outside quotes).
pub fn from_text(bytes: &[u8], delimiter: Option<u8>) -> Grid {
    let text = decode_text(bytes);
    let delimiter = delimiter.unwrap_or_else(|| guess_delimiter(&text));
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    for record in reader.records() {
        // The text is valid UTF-8 by now and every record is accepted (flexible), so
        // a record cannot fail; one that somehow does is kept as an empty line.
        let record = record.unwrap_or_default();
        rows.push(
            record
                .iter()
                .map(|f| {
                    if f.trim().is_empty() {
                        Cell::Empty
                    } else {
                        Cell::Text(f.to_string())
                    }
                })
                .collect(),
        );
    }
    square(&mut rows);
    Grid {
        kind: Kind::Text,
        rows,
        other_sheets: Vec::new(),
        hidden: Default::default(),
        also_tables: Vec::new(),
    }
}

/// Text as a spreadsheet program saved it: UTF-8 (with or without a byte order mark),
/// UTF-16 with its mark (Excel's "Unicode text"), else Windows-1252 (Excel's "CSV" on
/// Windows), which decodes any byte.
fn decode_text(bytes: &[u8]) -> String {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        return encoding
            .decode_without_bom_handling(&bytes[bom..])
            .0
            .into_owned();
    }
    match std::str::from_utf8(bytes) {
        Ok(t) => t.to_string(),
        Err(_) => encoding_rs::WINDOWS_1252.decode(bytes).0.into_owned(),
    }
}

/// The delimiter of the first line: the one of `,`, `;` and tab seen most outside quotes.
fn guess_delimiter(text: &str) -> u8 {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for c in first.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => counts[0] += 1,
            ';' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], 3 - i)).unwrap_or(0);
    [b',', b';', b'\t'][best]
}

/// Makes every row as long as the longest, and drops empty rows at the end.
fn square(rows: &mut Vec<Vec<Cell>>) {
    while rows.last().is_some_and(|r| r.iter().all(Cell::is_blank)) {
        rows.pop();
    }
    let width = rows
        .iter()
        .map(|r| r.iter().rposition(|c| !c.is_blank()).map_or(0, |p| p + 1))
        .max()
        .unwrap_or(0);
    for r in rows.iter_mut() {
        r.resize(width, Cell::Empty);
    }
}

/// A workbook, read into memory.
pub struct Workbook {
    book: calamine::Sheets<std::io::Cursor<Vec<u8>>>,
    origin: crate::input::Origin,
    /// The file's bytes when it is a zip (xlsx), to find hidden rows and columns.
    zip: Option<Vec<u8>>,
}

impl Workbook {
    /// Opens a workbook from its bytes (the format is found from them, not from a name).
    pub fn from_bytes(
        bytes: Vec<u8>,
        origin: &crate::input::Origin,
    ) -> Result<Workbook, GridError> {
        let copy = bytes.starts_with(b"PK").then(|| bytes.clone());
        let book =
            calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).map_err(|e| {
                GridError::Damaged {
                    origin: origin.clone(),
                    message: crate::text::terminal_safe(&e.to_string()).into_owned(),
                }
            })?;
        Ok(Workbook {
            book,
            origin: origin.clone(),
            zip: copy,
        })
    }

    /// The names of the sheets shown (not hidden), in order.
    pub fn visible_sheets(&self) -> Vec<String> {
        self.book
            .sheets_metadata()
            .iter()
            .filter(|s| {
                s.visible == calamine::SheetVisible::Visible
                    && s.typ == calamine::SheetType::WorkSheet
            })
            .map(|s| s.name.clone())
            .collect()
    }

    /// Every sheet's name, hidden ones too.
    pub fn all_sheets(&self) -> Vec<String> {
        self.book.sheet_names()
    }

    /// Reads the sheet `name` into a grid whose first cell is A1.
    pub fn grid(&mut self, name: &str) -> Result<Grid, GridError> {
        // Named as the person sees it: "line 2" finds "Line 2".
        let name = match self.all_sheets().into_iter().find(|s| s == name) {
            Some(exact) => exact,
            None => self
                .all_sheets()
                .into_iter()
                .find(|s| s.to_lowercase() == name.to_lowercase())
                .unwrap_or_else(|| name.to_string()),
        };
        let name = name.as_str();
        if !self.all_sheets().iter().any(|s| s == name) {
            return Err(GridError::NoSuchSheet {
                origin: self.origin.clone(),
                name: crate::text::terminal_safe(name).into_owned(),
                sheets: crate::text::terminal_safe(&self.visible_sheets().join(", ")).into_owned(),
            });
        }
        let damaged = |e: &dyn std::fmt::Display| GridError::Damaged {
            origin: self.origin.clone(),
            message: crate::text::terminal_safe(&e.to_string()).into_owned(),
        };
        // The cells that hold something, and where. An xlsx sheet is read cell by cell, so
        // that a stray cell far from the table (or a crafted file) is refused before a grid
        // that large is made; the other formats are read whole by calamine.
        let mut cells: Vec<(usize, usize, Cell)> = Vec::new();
        let (mut height, mut width) = (0usize, 0usize);
        let mut keep = |r: usize, c: usize, cell: Cell| {
            if cell != Cell::Empty {
                height = height.max(r + 1);
                width = width.max(c + 1);
                if height.saturating_mul(width) > MAX_CELLS {
                    return Err(GridError::TooLarge {
                        origin: self.origin.clone(),
                        far: format!("{}{}", column_letters(c), r + 1),
                    });
                }
                cells.push((r, c, cell));
            }
            Ok(())
        };
        if let calamine::Sheets::Xlsx(x) = &mut self.book {
            let mut reader = x.worksheet_cells_reader(name).map_err(|e| damaged(&e))?;
            while let Some(cell) = reader.next_cell().map_err(|e| damaged(&e))? {
                let (r, c) = cell.get_position();
                let data = calamine::Data::from(cell.get_value().clone());
                keep(r as usize, c as usize, cell_of(&data))?;
            }
        } else {
            let range = self.book.worksheet_range(name).map_err(|e| damaged(&e))?;
            let (row, col) = range
                .start()
                .map_or((0, 0), |(r0, c0)| (r0 as usize, c0 as usize));
            for (r, c, data) in range.used_cells() {
                keep(row + r, col + c, cell_of(data))?;
            }
        }
        let mut rows = vec![vec![Cell::Empty; width]; height];
        for (r, c, cell) in cells {
            rows[r][c] = cell;
        }
        if let calamine::Sheets::Xlsx(x) = &mut self.book
            && let Ok(regions) = x.merge_cells_by_sheet_name(name)
        {
            fill_merged(&mut rows, &regions);
        }
        square(&mut rows);
        let other_sheets = self
            .visible_sheets()
            .into_iter()
            .filter(|s| s != name)
            .collect();
        let (rows_total, cols_total) = (rows.len(), rows.first().map_or(0, Vec::len));
        let hidden = match (&self.book, &self.zip) {
            (calamine::Sheets::Xlsx(_), Some(bytes)) => {
                let (r, c) = super::hidden::hidden(bytes, name);
                (
                    r.into_iter().filter(|&r| r < rows_total).collect(),
                    c.into_iter().filter(|&c| c < cols_total).collect(),
                )
            }
            _ => Default::default(),
        };
        Ok(Grid {
            kind: Kind::Workbook(name.to_string()),
            rows,
            other_sheets,
            hidden,
            also_tables: Vec::new(),
        })
    }
}

/// Gives every cell of a merged region down one column the value of its first cell, as the
/// person sees it (a group written once beside the rows of its shift, a heading over two
/// rows). A region across columns (a title, a category over its skills) is left as it is:
/// copying it would put one rating under two skills.
fn fill_merged(rows: &mut [Vec<Cell>], regions: &[calamine::Dimensions]) {
    for region in regions.iter().filter(|r| r.start.1 == r.end.1) {
        let (r0, c0) = (region.start.0 as usize, region.start.1 as usize);
        let (r1, c1) = (region.end.0 as usize, region.end.1 as usize);
        let Some(value) = rows.get(r0).and_then(|r| r.get(c0)).cloned() else {
            continue;
        };
        for row in rows.iter_mut().take(r1 + 1).skip(r0) {
            for cell in row.iter_mut().take(c1 + 1).skip(c0) {
                if cell.is_blank() {
                    *cell = value.clone();
                }
            }
        }
    }
}

/// A calamine value as a cell.
fn cell_of(data: &Data) -> Cell {
    match data {
        Data::Empty => Cell::Empty,
        Data::String(s) if s.trim().is_empty() => Cell::Empty,
        Data::String(s) => Cell::Text(s.clone()),
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(dt) if dt.is_datetime() => {
            let (y, m, d, ..) = dt.to_ymd_hms_milli();
            Date::from_ymd(i32::from(y), u32::from(m), u32::from(d))
                .map_or_else(|| Cell::Number(dt.as_f64()), Cell::Date)
        }
        Data::DateTime(dt) => Cell::Number(dt.as_f64()),
        Data::DateTimeIso(s) => {
            Date::parse(s.get(..10).unwrap_or(s)).map_or_else(|| Cell::Text(s.clone()), Cell::Date)
        }
        Data::DurationIso(s) => Cell::Text(s.clone()),
        Data::Error(e) => Cell::Error(format!("{e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_run_past_z() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(3), "D");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
    }

    #[test]
    fn places_name_the_cell_as_the_person_sees_it() {
        let g = Grid {
            kind: Kind::Workbook("Sheet1".into()),
            rows: vec![],
            other_sheets: vec![],
            hidden: Default::default(),
            also_tables: vec![],
        };
        assert_eq!(g.place(6, 3, None), "Sheet1!D7");
        let g = Grid {
            kind: Kind::Workbook("Line 1".into()),
            ..g
        };
        assert_eq!(g.place(0, 0, None), "'Line 1'!A1");
        let t = Grid {
            kind: Kind::Text,
            rows: vec![],
            other_sheets: vec![],
            hidden: Default::default(),
            also_tables: vec![],
        };
        assert_eq!(
            t.place(6, 3, Some("Quality Control")),
            "line 7, column \"Quality Control\""
        );
    }

    #[test]
    fn delimiters_and_encodings_are_found() {
        let g = from_text(b"Name;Quality Control\nAna;3\n", None);
        assert_eq!(g.get(1, 1), &Cell::Text("3".into()));
        let g = from_text(b"Name\tQuality Control\nAna\t3\n\n\n", None);
        assert_eq!(g.size(), (2, 2));
        // Windows-1252: "Jos\xe9" is José.
        let g = from_text(b"Name,Quality Control\nJos\xe9,3\n", None);
        assert_eq!(g.get(1, 0).text(), "José");
        // UTF-16LE with its mark.
        let utf16: Vec<u8> = "\u{feff}Name\tQC\nAna\t2\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let g = from_text(&utf16, None);
        assert_eq!(g.get(1, 1).text(), "2");
        // A comma inside quotes does not count.
        let g = from_text(b"\"Ruiz, Ana\";3\n", None);
        assert_eq!(g.get(0, 0).text(), "Ruiz, Ana");
    }

    #[test]
    fn merged_cells_take_their_first_value() {
        let mut rows = vec![
            vec![Cell::Text("Line 1".into()), Cell::Number(3.0)],
            vec![Cell::Empty, Cell::Number(2.0)],
        ];
        fill_merged(&mut rows, &[calamine::Dimensions::new((0, 0), (1, 0))]);
        assert_eq!(rows[1][0], Cell::Text("Line 1".into()));
        assert_eq!(rows[1][1], Cell::Number(2.0));
    }
}
