//! Reads the built-in rubrics once, when skillgap is built, into a compact form of their JSON
//! values, read by `src/rubric/builtin.rs`: skillgap then builds its built-in rubric at start
//! without scanning JSON text. The rubric files stay the source; the tests check that the
//! compact form gives the same rubric as the file.
//!
//! The form is two files in `$OUT_DIR`: `<id>.strings`, every string of the rubric (keys and
//! values, each once) one after the other, and `<id>.values`, the values in order: a tag
//! byte, then for a number its 8 bytes, for a string where it starts in `<id>.strings` and
//! its length in bytes, for an array its length and its values, for an object its length
//! and, for each key, the key as a string and its value. Numbers are little-endian, lengths
//! and places 4 bytes. Tags: see `Writer::value`.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;

use serde_json::Value;

/// The built-in rubrics: id and file (the same as `catalog::BUILTINS`, which a test checks).
const RUBRICS: &[(&str, &str)] = &[
    (
        "production-specialist",
        "rubrics/production-specialist.json",
    ),
    (
        "media-production-specialist",
        "rubrics/media-production-specialist.json",
    ),
];

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let dir = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    let dir = Path::new(&dir);
    let mut arms = String::new();
    for (id, path) in RUBRICS {
        println!("cargo::rerun-if-changed={path}");
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let value: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
        let mut writer = Writer::default();
        writer.value(&value);
        for (file, bytes) in [
            (format!("{id}.values"), writer.values),
            (format!("{id}.strings"), writer.strings.into_bytes()),
        ] {
            std::fs::write(dir.join(&file), bytes).unwrap_or_else(|e| panic!("{file}: {e}"));
        }
        writeln!(
            arms,
            "        {id:?} => Some((\n            \
             include_bytes!(concat!(env!(\"OUT_DIR\"), \"/{id}.values\")),\n            \
             include_str!(concat!(env!(\"OUT_DIR\"), \"/{id}.strings\")),\n        )),"
        )
        .unwrap();
    }
    let code = format!(
        "// Written by build.rs from the files in rubrics/.\n\n\
         /// The compact form of the built-in rubric with this id: its values and its strings.\n\
         fn compact(id: &str) -> Option<(&'static [u8], &'static str)> {{\n    \
         match id {{\n{arms}        _ => None,\n    }}\n}}\n"
    );
    std::fs::write(dir.join("builtin_rubrics.rs"), code).expect("cannot write builtin_rubrics.rs");
}

/// Writes values in the compact form.
#[derive(Default)]
struct Writer {
    values: Vec<u8>,
    strings: String,
    /// Where each string already written starts.
    places: HashMap<String, usize>,
}

impl Writer {
    /// Appends a JSON value.
    fn value(&mut self, value: &Value) {
        match value {
            Value::Null => self.values.push(0),
            Value::Bool(false) => self.values.push(1),
            Value::Bool(true) => self.values.push(2),
            // As serde_json reads them: a whole number that fits is unsigned, else signed,
            // else a float (kept to the bit).
            Value::Number(n) => {
                if let Some(u) = n.as_u64() {
                    self.values.push(3);
                    self.values.extend(u.to_le_bytes());
                } else if let Some(i) = n.as_i64() {
                    self.values.push(4);
                    self.values.extend(i.to_le_bytes());
                } else {
                    let f = n.as_f64().expect("a JSON number is a float when not whole");
                    self.values.push(5);
                    self.values.extend(f.to_bits().to_le_bytes());
                }
            }
            Value::String(s) => {
                self.values.push(6);
                self.str(s);
            }
            Value::Array(items) => {
                self.values.push(7);
                self.number(items.len());
                for item in items {
                    self.value(item);
                }
            }
            Value::Object(map) => {
                self.values.push(8);
                self.number(map.len());
                for (key, item) in map {
                    self.str(key);
                    self.value(item);
                }
            }
        }
    }

    /// Appends where a string starts among the strings, and its length.
    fn str(&mut self, s: &str) {
        let place = match self.places.get(s) {
            Some(&place) => place,
            None => {
                let place = self.strings.len();
                self.strings.push_str(s);
                self.places.insert(s.to_string(), place);
                place
            }
        };
        self.number(place);
        self.number(s.len());
    }

    fn number(&mut self, n: usize) {
        let n = u32::try_from(n).expect("a rubric holds less than 4 GiB");
        self.values.extend(n.to_le_bytes());
    }
}
