//! Rows and columns a workbook hides. calamine reads every cell and does not say which rows
//! or columns are hidden, so the sheet's own XML is read for it (xlsx and xlsm): a hidden
//! row may be a person who left, or a helper row, and is read like the others, but the
//! person is told which ones were hidden.

use std::io::{Cursor, Read};

use quick_xml::Reader;
use quick_xml::events::Event;

/// The largest part of a workbook read here (a sheet's XML).
const MAX_PART: u64 = 256 * 1024 * 1024;

/// The hidden rows and columns (0-based) of the sheet `name` of the xlsx `bytes`; empty
/// when the file is not an xlsx workbook or the sheet cannot be found.
pub fn hidden(bytes: &[u8], name: &str) -> (Vec<usize>, Vec<usize>) {
    read(bytes, name).unwrap_or_default()
}

fn read(bytes: &[u8], name: &str) -> Option<(Vec<usize>, Vec<usize>)> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    let workbook = part(&mut zip, "xl/workbook.xml")?;
    let id = find_attr(&workbook, "sheet", |attrs| {
        (attrs.get("name")? == name)
            .then(|| attrs.get("id").cloned())
            .flatten()
    })?;
    let rels = part(&mut zip, "xl/_rels/workbook.xml.rels")?;
    let target = find_attr(&rels, "Relationship", |attrs| {
        (attrs.get("Id")? == &id)
            .then(|| attrs.get("Target").cloned())
            .flatten()
    })?;
    let path = match target.strip_prefix('/') {
        Some(abs) => abs.to_string(),
        None => format!("xl/{target}"),
    };
    let sheet = part(&mut zip, &path)?;
    let (mut rows, mut cols) = (Vec::new(), Vec::new());
    // Most sheets hide nothing: no need to read them tag by tag.
    if memchr::memmem::find(sheet.as_bytes(), b"hidden=").is_none() {
        return Some((rows, cols));
    }
    let mut reader = Reader::from_str(&sheet);
    loop {
        match reader.read_event().ok()? {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) => {
                let tag = e.local_name().into_inner().to_string();
                if tag != "row" && tag != "col" {
                    continue;
                }
                let attrs = attributes(&e);
                if !matches!(attrs.get("hidden").map(String::as_str), Some("1" | "true")) {
                    continue;
                }
                let number = |key: &str| attrs.get(key)?.parse::<usize>().ok();
                if tag == "row" {
                    rows.extend(number("r").map(|r| r - 1));
                } else if let (Some(min), Some(max)) = (number("min"), number("max")) {
                    // A hidden range may run to the last column (16384): only the used
                    // ones matter, and the caller keeps those within the sheet.
                    cols.extend((min - 1..max).take(1024));
                }
            }
            _ => {}
        }
    }
    Some((rows, cols))
}

/// The text of a part of the workbook.
fn part(zip: &mut zip::ZipArchive<Cursor<&[u8]>>, name: &str) -> Option<String> {
    let file = zip.by_name(name).ok()?;
    let mut text = String::new();
    file.take(MAX_PART).read_to_string(&mut text).ok()?;
    Some(text)
}

/// A tag's attributes by local name ("r:id" as "id").
fn attributes(e: &quick_xml::events::BytesStart<'_>) -> std::collections::HashMap<String, String> {
    e.attributes()
        .flatten()
        .filter_map(|a| {
            let key = a.key.local_name().into_inner().to_string();
            let value = a
                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()?
                .into_owned();
            Some((key, value))
        })
        .collect()
}

/// The first `tag` whose attributes `pick` takes something from.
fn find_attr(
    xml: &str,
    tag: &str,
    pick: impl Fn(&std::collections::HashMap<String, String>) -> Option<String>,
) -> Option<String> {
    let mut reader = Reader::from_str(xml);
    loop {
        match reader.read_event().ok()? {
            Event::Eof => return None,
            Event::Start(e) | Event::Empty(e) if e.local_name().into_inner() == tag => {
                if let Some(found) = pick(&attributes(&e)) {
                    return Some(found);
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_rows_and_columns_are_found() {
        let mut wb = rust_xlsxwriter::Workbook::new();
        wb.add_worksheet().set_name("First").unwrap();
        let ws = wb.add_worksheet();
        ws.set_name("Line & 2").unwrap();
        ws.write_string(0, 0, "Name").unwrap();
        ws.write_string(4, 0, "Left in May").unwrap();
        ws.set_row_hidden(4).unwrap();
        ws.set_column_hidden(2).unwrap();
        let bytes = wb.save_to_buffer().unwrap();
        assert_eq!(hidden(&bytes, "Line & 2"), (vec![4], vec![2]));
        assert_eq!(hidden(&bytes, "First"), (vec![], vec![]));
        assert_eq!(hidden(b"not a zip", "First"), (vec![], vec![]));
    }
}
