//! Excel workbooks (`.xlsx`): every document as sheets of tables, written with
//! rust_xlsxwriter.
//!
//! Figures are numbers and days are real Excel dates (shown as yyyy-mm-dd), so a workbook
//! sorts, filters and sums as a spreadsheet should. Text from profiles and rubrics (names,
//! groups, evidence) is untrusted: it is always written as a string, never as a formula,
//! even when it starts with `=`, `+`, `-` or `@`, and its control characters are dropped.
//! The team's Matrix sheet follows a fixed header ([`matrix`]) that skillgap can read back.
//! A workbook is binary, so it goes to a file, or to standard output only when that is not
//! a terminal.

pub mod matrix;
mod progress;
mod report;
mod team;
pub mod template;

use std::borrow::Cow;
use std::io;

use rust_xlsxwriter::{
    Color, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError,
};

use super::{Exporter, FormatSpec, Look, Renderer};
use crate::credentials::Date;
use crate::progress::Comparison;
use crate::progress::history::History;
use crate::report::Report;
use crate::team::TeamSummary;
use crate::team::matrix::TeamMatrix;

/// Writes a document as an Excel workbook.
pub struct XlsxRenderer;

impl Exporter for XlsxRenderer {
    const SPEC: FormatSpec = FormatSpec {
        name: "xlsx",
        help: "An Excel workbook (.xlsx)",
        extensions: &["xlsx"],
    };

    fn new(_: Look) -> XlsxRenderer {
        XlsxRenderer
    }
}

impl Renderer<Report> for XlsxRenderer {
    fn render(&self, r: &Report, out: &mut dyn io::Write) -> io::Result<()> {
        write_book(out, report::sheets(r))
    }
}

impl Renderer<TeamSummary> for XlsxRenderer {
    fn render(&self, t: &TeamSummary, out: &mut dyn io::Write) -> io::Result<()> {
        write_book(out, team::sheets(t))
    }
}

impl Renderer<TeamMatrix> for XlsxRenderer {
    fn render(&self, m: &TeamMatrix, out: &mut dyn io::Write) -> io::Result<()> {
        let sheets = (|| {
            let mut sheets = vec![matrix::sheet(m)?];
            sheets.extend(matrix::requirements(m)?);
            Ok(sheets)
        })();
        write_book(out, sheets)
    }
}

impl Renderer<Comparison> for XlsxRenderer {
    fn render(&self, c: &Comparison, out: &mut dyn io::Write) -> io::Result<()> {
        write_book(out, progress::comparison(c))
    }
}

impl Renderer<History> for XlsxRenderer {
    fn render(&self, h: &History, out: &mut dyn io::Write) -> io::Result<()> {
        write_book(out, progress::history(h))
    }
}

/// The workbook of `sheets`, as bytes.
pub fn workbook_bytes(sheets: Vec<Worksheet>) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    for sheet in sheets {
        book.push_worksheet(sheet);
    }
    book.save_to_buffer()
}

/// Writes the workbook of `sheets` to `out`.
fn write_book(out: &mut dyn io::Write, sheets: Result<Vec<Sheet>, XlsxError>) -> io::Result<()> {
    let sheets = sheets.map_err(io::Error::other)?;
    let bytes =
        workbook_bytes(sheets.into_iter().map(Sheet::finish).collect()).map_err(io::Error::other)?;
    out.write_all(&bytes)
}

/// The most characters an Excel cell holds.
const MAX_CELL_CHARS: usize = 32_767;

/// Text from a file, fit for a cell: control, bidirectional and zero-width characters are
/// dropped (a line break and a tab are kept), and text longer than a cell holds is cut.
pub fn cell_text(text: &str) -> Cow<'_, str> {
    let unsafe_char = |c: char| c != '\n' && c != '\t' && crate::text::is_hidden_or_control(c);
    if !text.chars().any(unsafe_char) && text.len() <= MAX_CELL_CHARS {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .filter(|&c| !unsafe_char(c))
            .take(MAX_CELL_CHARS)
            .collect(),
    )
}

/// A day as an Excel date, when Excel can show it (from 1900 to 9999).
pub fn excel_date(day: Date) -> Option<ExcelDateTime> {
    let (y, m, d) = day.ymd();
    let year = u16::try_from(y).ok().filter(|y| (1900..=9999).contains(y))?;
    ExcelDateTime::from_ymd(year, u8::try_from(m).ok()?, u8::try_from(d).ok()?).ok()
}

/// What one cell holds.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell<'a> {
    /// Nothing.
    Empty,
    /// Text, written as a string whatever it starts with.
    Text(Cow<'a, str>),
    /// A number.
    Number(f64),
    /// A percentage given as 0 to 100, shown as "85.0%".
    Percent(f64),
    /// A day, shown as yyyy-mm-dd.
    Date(Date),
    /// "yes" or "no".
    YesNo(bool),
}

impl<'a> From<&'a str> for Cell<'a> {
    fn from(s: &'a str) -> Self {
        Cell::Text(Cow::Borrowed(s))
    }
}

impl<'a> From<&'a String> for Cell<'a> {
    fn from(s: &'a String) -> Self {
        Cell::Text(Cow::Borrowed(s))
    }
}

impl From<String> for Cell<'_> {
    fn from(s: String) -> Self {
        Cell::Text(Cow::Owned(s))
    }
}

impl From<Date> for Cell<'_> {
    fn from(d: Date) -> Self {
        Cell::Date(d)
    }
}

impl From<bool> for Cell<'_> {
    fn from(b: bool) -> Self {
        Cell::YesNo(b)
    }
}

macro_rules! number_cells {
    ($($t:ty),*) => {$(
        impl From<$t> for Cell<'_> {
            fn from(n: $t) -> Self {
                Cell::Number(n as f64)
            }
        }
    )*};
}
number_cells!(u8, i8, u16, i16, u32, i32, u64, i64, usize, f64);

impl<'a, T: Into<Cell<'a>>> From<Option<T>> for Cell<'a> {
    fn from(o: Option<T>) -> Self {
        o.map_or(Cell::Empty, Into::into)
    }
}

/// The formats every sheet shares.
#[derive(Clone)]
pub struct Styles {
    /// A column heading.
    pub header: Format,
    /// The title at the top of a sheet.
    pub title: Format,
    /// A day.
    pub date: Format,
    /// A percentage.
    pub percent: Format,
    /// Long text, wrapped.
    pub wrap: Format,
    /// A rating at or above what is required (green).
    pub met: Format,
    /// A rating 1 below what is required (orange).
    pub short: Format,
    /// A rating 2 or more below what is required (red).
    pub far: Format,
    /// A skill not rated (grey).
    pub unrated: Format,
}

impl Styles {
    /// The colour of a rating `gap` below what is required.
    pub fn for_gap(&self, gap: u8) -> &Format {
        match gap {
            0 => &self.met,
            1 => &self.short,
            _ => &self.far,
        }
    }
}

impl Default for Styles {
    fn default() -> Self {
        let fill = |bg: u32, font: u32| {
            Format::new()
                .set_background_color(Color::RGB(bg))
                .set_font_color(Color::RGB(font))
                .set_align(FormatAlign::Center)
        };
        Styles {
            header: Format::new()
                .set_bold()
                .set_background_color(Color::RGB(0xD9E1F2))
                .set_border_bottom(FormatBorder::Thin)
                .set_align(FormatAlign::Top)
                .set_text_wrap(),
            title: Format::new().set_bold().set_font_size(14),
            date: Format::new().set_num_format("yyyy-mm-dd"),
            percent: Format::new().set_num_format("0.0%"),
            wrap: Format::new().set_text_wrap().set_align(FormatAlign::Top),
            met: fill(0xC6EFCE, 0x006100),
            short: fill(0xFFEB9C, 0x9C5700),
            far: fill(0xFFC7CE, 0x9C0006),
            unrated: Format::new().set_background_color(Color::RGB(0xEDEDED)),
        }
    }
}

/// A worksheet being written, which remembers how wide each column's text runs.
pub struct Sheet {
    ws: Worksheet,
    styles: Styles,
    /// Per column: the longest text, in characters, and whether a width was set by hand.
    widths: Vec<(usize, bool)>,
    /// Wrapped text written, as (row, column, the length of each of its lines), so that its
    /// row is made tall enough once the column's width is known: not every program works
    /// out a row's height when it opens a file, and wrapped text would overlap the next row.
    wrapped: Vec<(u32, u16, Vec<usize>)>,
}

/// The widest a column is made to fit its text, in characters.
const MAX_WIDTH: usize = 60;

impl Sheet {
    /// A new sheet called `name`.
    pub fn new(name: &str) -> Result<Sheet, XlsxError> {
        let mut ws = Worksheet::new();
        ws.set_name(name)?;
        Ok(Sheet {
            ws,
            styles: Styles::default(),
            widths: Vec::new(),
            wrapped: Vec::new(),
        })
    }

    /// The shared formats.
    pub fn styles(&self) -> &Styles {
        &self.styles
    }

    /// The worksheet itself, for what the helpers do not cover.
    pub fn worksheet(&mut self) -> &mut Worksheet {
        &mut self.ws
    }

    fn note_width(&mut self, col: u16, chars: usize) {
        let col = usize::from(col);
        if self.widths.len() <= col {
            self.widths.resize(col + 1, (0, false));
        }
        let w = &mut self.widths[col].0;
        *w = (*w).max(chars);
    }

    /// Sets a column's width by hand (in characters); its text no longer widens it.
    pub fn set_width(&mut self, col: u16, width: f64) -> Result<(), XlsxError> {
        self.note_width(col, 0);
        self.widths[usize::from(col)].1 = true;
        self.ws.set_column_width(col, width)?;
        Ok(())
    }

    /// Writes one cell.
    pub fn cell(&mut self, row: u32, col: u16, cell: Cell<'_>) -> Result<(), XlsxError> {
        self.cell_with(row, col, cell, None)
    }

    /// Writes one cell in `format` (a date or percentage keeps its own number format).
    pub fn cell_with(
        &mut self,
        row: u32,
        col: u16,
        cell: Cell<'_>,
        format: Option<&Format>,
    ) -> Result<(), XlsxError> {
        let chars = match cell {
            Cell::Empty => {
                if let Some(f) = format {
                    self.ws.write_blank(row, col, f)?;
                }
                0
            }
            Cell::Text(text) => {
                let text = cell_text(&text);
                match format {
                    Some(f) => self.ws.write_string_with_format(row, col, text.as_ref(), f)?,
                    None => self.ws.write_string(row, col, text.as_ref())?,
                };
                let lines: Vec<usize> = text.lines().map(|l| l.chars().count()).collect();
                let widest = lines.iter().copied().max().unwrap_or(0);
                if format.is_some_and(|f| *f == self.styles.wrap) {
                    self.wrapped.push((row, col, lines));
                }
                widest
            }
            Cell::Number(n) => {
                match format {
                    Some(f) => self.ws.write_number_with_format(row, col, n, f)?,
                    None => self.ws.write_number(row, col, n)?,
                };
                format!("{n}").len()
            }
            Cell::Percent(p) => {
                let f = format.unwrap_or(&self.styles.percent).clone();
                self.ws
                    .write_number_with_format(row, col, p / 100.0, &f.set_num_format("0.0%"))?;
                6
            }
            Cell::Date(day) => match excel_date(day) {
                Some(date) => {
                    let f = format.unwrap_or(&self.styles.date).clone();
                    self.ws.write_date_with_format(
                        row,
                        col,
                        &date,
                        &f.set_num_format("yyyy-mm-dd"),
                    )?;
                    10
                }
                // Out of Excel's range: the day as text rather than a wrong date.
                None => return self.cell_with(row, col, Cell::from(day.to_string()), format),
            },
            Cell::YesNo(b) => {
                return self.cell_with(row, col, Cell::from(if b { "yes" } else { "no" }), format);
            }
        };
        self.note_width(col, chars);
        Ok(())
    }

    /// Writes a row of cells from column 0.
    pub fn row<'a>(
        &mut self,
        row: u32,
        cells: impl IntoIterator<Item = Cell<'a>>,
    ) -> Result<(), XlsxError> {
        for (col, cell) in cells.into_iter().enumerate() {
            self.cell(row, col_num(col)?, cell)?;
        }
        Ok(())
    }

    /// Writes column headings on `row`, from column 0.
    pub fn header(&mut self, row: u32, names: &[&str]) -> Result<(), XlsxError> {
        let f = self.styles.header.clone();
        for (col, name) in names.iter().enumerate() {
            self.cell_with(row, col_num(col)?, Cell::from(*name), Some(&f))?;
        }
        Ok(())
    }

    /// A bold title on `row`, column 0.
    pub fn title(&mut self, row: u32, text: &str) -> Result<(), XlsxError> {
        let f = self.styles.title.clone();
        self.ws
            .write_string_with_format(row, 0, cell_text(text).as_ref(), &f)?;
        Ok(())
    }

    /// A line of text on `row`, column 0, which does not widen the column.
    pub fn line(&mut self, row: u32, text: &str) -> Result<(), XlsxError> {
        self.ws.write_string(row, 0, cell_text(text).as_ref())?;
        Ok(())
    }

    /// A header row at `row` with everything above it frozen, and a filter on the table
    /// below it, `rows` rows long.
    pub fn table_header(&mut self, row: u32, names: &[&str], rows: usize) -> Result<(), XlsxError> {
        self.header(row, names)?;
        self.ws.set_freeze_panes(row + 1, 0)?;
        let last = row + u32::try_from(rows).unwrap_or(u32::MAX - row - 1);
        if !names.is_empty() {
            self.ws.autofilter(row, 0, last, col_num(names.len() - 1)?)?;
        }
        Ok(())
    }

    /// The worksheet, its columns as wide as their text (within limits), printed across
    /// (landscape, with gridlines) for the shift meeting's handout, at full size: a sheet
    /// squeezed one page wide prints too small to read.
    pub fn finish(mut self) -> Worksheet {
        // Rows of wrapped text as tall as their lines at their column's width.
        let mut heights: std::collections::BTreeMap<u32, usize> = Default::default();
        for (row, col, lines) in &self.wrapped {
            let width = self
                .widths
                .get(usize::from(*col))
                .map_or(MAX_WIDTH, |&(chars, _)| chars.clamp(6, MAX_WIDTH));
            let n: usize = lines.iter().map(|&l| l.div_ceil(width).max(1)).sum();
            let h = heights.entry(*row).or_insert(1);
            *h = (*h).max(n);
        }
        for (row, n) in heights {
            if n > 1 {
                // Only fails for a row out of range, which writing the cell has ruled out.
                let _ = self.ws.set_row_height(row, 15.0 * n as f64);
            }
        }
        self.ws.set_landscape().set_print_gridlines(true);
        for (col, &(chars, by_hand)) in self.widths.iter().enumerate() {
            if !by_hand && let Ok(col) = col_num(col) {
                let width = chars.clamp(6, MAX_WIDTH) as f64 + 2.0;
                // Only fails for a column out of range, which col_num has ruled out.
                let _ = self.ws.set_column_width(col, width);
            }
        }
        self.ws
    }
}

/// A column index as Excel's (at most 16,384 columns).
pub fn col_num(col: usize) -> Result<u16, XlsxError> {
    u16::try_from(col)
        .ok()
        .filter(|&c| c < 16_384)
        .ok_or(XlsxError::RowColumnLimitError)
}

/// A row index as Excel's (at most 1,048,576 rows).
pub fn row_num(row: usize) -> Result<u32, XlsxError> {
    u32::try_from(row)
        .ok()
        .filter(|&r| r < 1_048_576)
        .ok_or(XlsxError::RowColumnLimitError)
}

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::{Data, Reader, Xlsx};

    /// The cells of the first sheet of a workbook written with `write`.
    fn written(write: impl FnOnce(&mut Sheet) -> Result<(), XlsxError>) -> calamine::Range<Data> {
        let mut sheet = Sheet::new("Test").unwrap();
        write(&mut sheet).unwrap();
        let bytes = workbook_bytes(vec![sheet.finish()]).unwrap();
        let mut book: Xlsx<_> = calamine::open_workbook_from_rs(io::Cursor::new(bytes)).unwrap();
        book.worksheet_range("Test").unwrap()
    }

    #[test]
    fn text_that_looks_like_a_formula_stays_text() {
        let range = written(|s| {
            s.row(
                0,
                ["=1+1", "+SUM(A1)", "-2", "@cmd", "=HYPERLINK(\"x\")"].map(Cell::from),
            )
        });
        let row: Vec<&Data> = range.rows().next().unwrap().iter().collect();
        assert_eq!(
            row,
            [
                &Data::String("=1+1".into()),
                &Data::String("+SUM(A1)".into()),
                &Data::String("-2".into()),
                &Data::String("@cmd".into()),
                &Data::String("=HYPERLINK(\"x\")".into()),
            ]
        );
    }

    #[test]
    fn control_characters_are_dropped_and_line_breaks_kept() {
        assert_eq!(cell_text("Sam\u{1b}[2J Rivera"), "Sam[2J Rivera");
        assert_eq!(cell_text("a\u{202e}b\u{200b}c\u{7}"), "abc");
        assert_eq!(cell_text("one\ntwo\tthree"), "one\ntwo\tthree");
        assert!(matches!(cell_text("plain"), Cow::Borrowed(_)));
        assert_eq!(cell_text(&"x".repeat(40_000)).len(), MAX_CELL_CHARS);
    }

    #[test]
    fn numbers_are_numbers_and_days_are_dates() {
        let day = Date::parse("2026-11-27").unwrap();
        let range = written(|s| {
            s.row(
                0,
                [
                    Cell::from(3u8),
                    Cell::Percent(84.9),
                    Cell::from(day),
                    Cell::from(None::<u8>),
                    Cell::from(true),
                    Cell::from(Date::from_days(-50_000)),
                ],
            )
        });
        assert_eq!(range.get_value((0, 0)), Some(&Data::Float(3.0)));
        assert!(
            matches!(range.get_value((0, 1)), Some(Data::Float(p)) if (p - 0.849).abs() < 1e-9),
            "a percentage is a fraction"
        );
        match range.get_value((0, 2)) {
            Some(Data::DateTime(d)) => {
                let (y, m, day, ..) = d.to_ymd_hms_milli();
                assert_eq!((y, m, day), (2026, 11, 27));
            }
            other => panic!("a date cell, not {other:?}"),
        }
        assert_eq!(range.get_value((0, 3)), Some(&Data::Empty));
        assert_eq!(range.get_value((0, 4)), Some(&Data::String("yes".into())));
        assert_eq!(
            range.get_value((0, 5)),
            Some(&Data::String(Date::from_days(-50_000).to_string())),
            "a day Excel cannot show stays readable"
        );
    }

    #[test]
    fn indexes_beyond_excel_are_refused() {
        assert!(col_num(16_383).is_ok() && col_num(16_384).is_err());
        assert!(row_num(1_048_575).is_ok() && row_num(1_048_576).is_err());
    }
}
