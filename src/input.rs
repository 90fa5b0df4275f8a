//! Reading input files and stdin, and describing where a piece of input came from.
//!
//! Everything skillgap reads passes through here, so that every message can say which file
//! (or stdin) was at fault, and so that size limits and encoding checks are applied in one
//! place before any parsing starts.

use std::fmt;
use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// The largest input skillgap reads. Real profiles and rubrics are a few kilobytes; the
/// limit stops a wrong file (a video, a disk image) from being read into memory whole.
/// A file (or stdin) is measured whole, byte order mark and any final line end included; a
/// line of a team's JSON Lines is measured without its line end ("\n" or "\r\n"), so that it
/// is read exactly when the same bytes saved as a file are (see `team::chunks`).
pub const MAX_INPUT_BYTES: u64 = 8 * 1024 * 1024;

/// Where a piece of input came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// A file on disk.
    Path(PathBuf),
    /// Standard input.
    Stdin,
    /// A rubric compiled into the binary.
    Builtin(String),
    /// One line of a JSON Lines file (or of standard input), 1-based.
    Line(Box<Origin>, usize),
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::Path(p) => write!(
                f,
                "{}",
                crate::text::terminal_safe(&p.display().to_string())
            ),
            Origin::Stdin => f.write_str("<stdin>"),
            Origin::Builtin(id) => write!(f, "built-in:{id}"),
            Origin::Line(source, line) => write!(f, "{source}:{line}"),
        }
    }
}

/// A JSON document that could not be parsed, with the place of the fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// Where the document came from.
    pub origin: Origin,
    /// 1-based line of the fault (0 when unknown).
    pub line: usize,
    /// 1-based column of the fault (0 when unknown).
    pub column: usize,
    /// What is wrong.
    pub message: String,
    /// What to do about it.
    pub hint: String,
}

impl SyntaxError {
    /// Converts a serde_json error, dropping its own " at line L column C" suffix in favour
    /// of the `file:line:column` prefix editors understand.
    pub fn from_serde(origin: &Origin, e: &serde_json::Error) -> SyntaxError {
        use serde_json::error::Category;
        let full = e.to_string();
        let mut message = match full.rfind(" at line ") {
            Some(i) => full[..i].to_string(),
            None => full,
        };
        // serde names Rust types; say what they mean in the file instead.
        for (rust, plain) in [
            (
                "struct ProfileDoc",
                "a profile (a JSON object with \"ratings\")",
            ),
            ("struct RubricDoc", "a rubric (a JSON object)"),
            ("struct SkillDoc", "a skill (a JSON object)"),
            ("struct Level", "a level (a JSON object)"),
            ("struct Certification", "a certification (a JSON object)"),
            ("expected u8", "expected a whole number from 0 to 255"),
            ("expected u32", "expected a whole number"),
            ("expected f64", "expected a number"),
        ] {
            message = message.replace(rust, plain);
        }
        let lang = crate::i18n::process_lang();
        let hint = if message.starts_with("number out of range") {
            crate::tr!(lang, "error-json-number-hint")
        } else {
            match e.classify() {
                Category::Eof => crate::tr!(lang, "error-json-eof-hint"),
                Category::Syntax => crate::tr!(lang, "error-json-syntax-hint"),
                Category::Data => crate::tr!(lang, "error-json-data-hint"),
                Category::Io => crate::tr!(lang, "error-json-io-hint"),
            }
        };
        SyntaxError {
            origin: origin.clone(),
            line: e.line(),
            column: e.column(),
            message,
            hint,
        }
    }
}

/// Checks that a document is a JSON object before handing it to serde, whose message for an
/// array or a bare value at the top ("expected a string") would point at the wrong thing.
pub fn expect_object(text: &str, origin: &Origin, what: &str) -> Result<(), SyntaxError> {
    let mut line = 1;
    let mut column = 1;
    for c in text.chars() {
        if c == '\n' {
            line += 1;
            column = 1;
            continue;
        }
        if c.is_whitespace() {
            column += 1;
            continue;
        }
        let rest = &text[text.len() - text.trim_start().len()..];
        let word = |w: &str| {
            rest.strip_prefix(w)
                .is_some_and(|after| !after.starts_with(|c: char| c.is_alphanumeric()))
        };
        let lang = crate::i18n::process_lang();
        let found = match c {
            '{' => return Ok(()),
            '[' => crate::tr!(lang, "error-json-found-array"),
            '"' => crate::tr!(lang, "error-json-found-string"),
            '0'..='9' | '-' => crate::tr!(lang, "error-json-found-number"),
            _ if word("true") || word("false") => crate::tr!(lang, "error-json-found-bool"),
            _ if word("null") => crate::tr!(lang, "error-json-found-null"),
            _ => {
                // Say what is there: "nope" is neither null nor JSON at all.
                let start: String = rest.lines().next().unwrap_or("").chars().take(24).collect();
                let more = if start.len() < rest.lines().next().unwrap_or("").len() {
                    "..."
                } else {
                    ""
                };
                crate::tr!(
                    lang,
                    "error-json-found-not-json",
                    start = format!("{start}{more}")
                )
            }
        };
        return Err(SyntaxError {
            origin: origin.clone(),
            line,
            column,
            message: crate::tr!(
                lang,
                "error-json-not-object",
                what = document_in(lang, what),
                found = found
            ),
            hint: crate::tr!(lang, "error-json-object-hint"),
        });
    }
    let lang = crate::i18n::process_lang();
    Err(SyntaxError {
        origin: origin.clone(),
        line,
        column,
        message: crate::tr!(lang, "error-json-empty", what = document_in(lang, what)),
        hint: crate::tr!(lang, "error-json-empty-hint"),
    })
}

/// What a document is ("a profile", as the readers of files name it) in `lang`.
fn document_in(lang: crate::i18n::Lang, what: &str) -> String {
    match what {
        "a profile" => crate::tr!(lang, "error-document-profile"),
        "a review" => crate::tr!(lang, "error-document-review"),
        "a rubric" => crate::tr!(lang, "error-document-rubric"),
        other => other.to_string(),
    }
}

/// Refuses a JSON document in which one object names the same key twice, anywhere in it:
/// serde keeps the last value of a repeated map key without a word, so `"senior": 3, ...,
/// "senior": 0` would silently lose a requirement.
pub fn reject_duplicate_keys(text: &str, origin: &Origin) -> Result<(), SyntaxError> {
    serde_json::from_str::<NoDuplicateKeys>(text)
        .map(|_| ())
        .map_err(|e| SyntaxError::from_serde(origin, &e))
}

/// Any JSON value, read only to check that no object repeats a key.
struct NoDuplicateKeys;

impl<'de> serde::Deserialize<'de> for NoDuplicateKeys {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(NoDuplicateKeys)
    }
}

impl<'de> serde::de::Visitor<'de> for NoDuplicateKeys {
    type Value = NoDuplicateKeys;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(NoDuplicateKeys)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
        Ok(NoDuplicateKeys)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
        Ok(NoDuplicateKeys)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok(NoDuplicateKeys)
    }
    fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
        Ok(NoDuplicateKeys)
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(NoDuplicateKeys)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<NoDuplicateKeys>()?.is_some() {}
        Ok(NoDuplicateKeys)
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut seen = std::collections::HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            if !seen.insert(key.clone()) {
                return Err(serde::de::Error::custom(crate::tr!(
                    crate::i18n::process_lang(),
                    "error-json-duplicate-key",
                    key = key
                )));
            }
            map.next_value::<NoDuplicateKeys>()?;
        }
        Ok(NoDuplicateKeys)
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A JSON Lines record is one line: its place is the file's line, not the record's.
        let (origin, line) = match &self.origin {
            Origin::Line(source, line) => (&**source, *line),
            other => (other, self.line),
        };
        // serde_json's words are English; they are put in the reader's language here, after
        // skillgap has read them (as `add_field_suggestion` does).
        let lang = crate::i18n::process_lang();
        write!(
            f,
            "{}:{}:{}: {}\n  {}",
            origin,
            line,
            self.column,
            crate::text::terminal_safe(&crate::json_words::in_lang(lang, &self.message)),
            crate::tr!(lang, "error-hint", hint = self.hint.as_str())
        )
    }
}

/// Why an input could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The operating system refused (missing file, no permission, ...).
    #[error("{}", read_message(self))]
    Io {
        /// What was being read.
        origin: Origin,
        /// The underlying error (not a `source`, so that it is not printed twice).
        error: io::Error,
    },
    /// A directory was given where a file is needed.
    #[error("{}", read_message(self))]
    Directory {
        /// The directory.
        origin: Origin,
    },
    /// The input is larger than any real profile or rubric.
    #[error("{}", read_message(self))]
    TooLarge {
        /// What was being read.
        origin: Origin,
    },
    /// The bytes are not UTF-8 text.
    #[error("{}", read_message(self))]
    NotUtf8 {
        /// What was being read.
        origin: Origin,
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
}

/// What a read error says, in the language of errors.
fn read_message(e: &ReadError) -> String {
    let lang = crate::i18n::process_lang();
    match e {
        ReadError::Io { origin, error } => crate::tr!(
            lang,
            "error-read-io",
            origin = origin.to_string(),
            reason = io_reason(lang, error)
        ),
        ReadError::Directory { origin } => {
            crate::tr!(lang, "error-read-directory", origin = origin.to_string())
        }
        ReadError::TooLarge { origin } => crate::tr!(
            lang,
            "error-read-too-large",
            origin = origin.to_string(),
            mib = (MAX_INPUT_BYTES / 1024 / 1024).to_string()
        ),
        ReadError::NotUtf8 { origin, offset } => crate::tr!(
            lang,
            "error-read-not-utf8",
            origin = origin.to_string(),
            offset = offset.to_string()
        ),
    }
}

/// An I/O error in `lang`: the system's own words in English ("No such file or
/// directory"), skillgap's for the common ones in other languages.
pub fn io_reason(lang: crate::i18n::Lang, e: &io::Error) -> String {
    match (lang, e.kind()) {
        (crate::i18n::Lang::En, _) => plain_io(e),
        (_, io::ErrorKind::NotFound) => crate::tr!(lang, "error-io-not-found"),
        (_, io::ErrorKind::PermissionDenied) => crate::tr!(lang, "error-io-permission-denied"),
        (_, io::ErrorKind::StorageFull) => crate::tr!(lang, "error-io-disk-full"),
        (_, io::ErrorKind::IsADirectory) => crate::tr!(lang, "error-io-is-directory"),
        _ => plain_io(e),
    }
}

/// An I/O error as a person reads it: "No such file or directory", without "(os error 2)".
pub fn plain_io(e: &io::Error) -> String {
    let text = e.to_string();
    match text.find(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

impl ReadError {
    /// True when the fault is in what the user gave, rather than in the system.
    pub fn is_invalid_input(&self) -> bool {
        !matches!(self, ReadError::Io { .. })
    }
}

/// Reads a file, or stdin when `path` is `-`, as UTF-8 text without a byte order mark.
pub fn read_text(path: &Path) -> Result<(String, Origin), ReadError> {
    if path.as_os_str() == "-" {
        let origin = Origin::Stdin;
        let text = read_limited(io::stdin().lock(), 0, &origin)?;
        return Ok((text, origin));
    }
    let origin = Origin::Path(path.to_path_buf());
    let file = File::open(path).map_err(|source| ReadError::Io {
        origin: origin.clone(),
        error: source,
    })?;
    let meta = file.metadata().map_err(|source| ReadError::Io {
        origin: origin.clone(),
        error: source,
    })?;
    if meta.is_dir() {
        return Err(ReadError::Directory { origin });
    }
    if meta.len() > MAX_INPUT_BYTES {
        return Err(ReadError::TooLarge { origin });
    }
    // Sized for the whole file (and the read that finds its end): one read instead of a
    // dozen growing ones. A file that grows meanwhile is still read to its end.
    let text = read_limited(file, meta.len() as usize + 1, &origin)?;
    Ok((text, origin))
}

/// Reads at most [`MAX_INPUT_BYTES`] and one more byte; `expected` is how many bytes are
/// likely, to allocate once.
fn read_limited(reader: impl Read, expected: usize, origin: &Origin) -> Result<String, ReadError> {
    let mut bytes = Vec::with_capacity(expected);
    reader
        .take(MAX_INPUT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|source| {
            if source.raw_os_error() == Some(21) {
                ReadError::Directory {
                    origin: origin.clone(),
                }
            } else {
                ReadError::Io {
                    origin: origin.clone(),
                    error: source,
                }
            }
        })?;
    decode(bytes, origin)
}

/// Turns raw input into text: refuses more than [`MAX_INPUT_BYTES`] and anything that is not
/// UTF-8, and drops a byte order mark.
pub fn decode(bytes: Vec<u8>, origin: &Origin) -> Result<String, ReadError> {
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(ReadError::TooLarge {
            origin: origin.clone(),
        });
    }
    // UTF-16 text without a byte order mark is valid UTF-8, one NUL byte in two; no JSON
    // holds a NUL byte, so one means the file was saved in another encoding.
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(ReadError::NotUtf8 {
            origin: origin.clone(),
            offset,
        });
    }
    let mut text = String::from_utf8(bytes).map_err(|e| ReadError::NotUtf8 {
        origin: origin.clone(),
        offset: e.utf8_error().valid_up_to(),
    })?;
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_error_carries_line_and_column() {
        let e = serde_json::from_str::<serde_json::Value>("{\n  \"a\": 1,\n}").unwrap_err();
        let s = SyntaxError::from_serde(&Origin::Path("p.json".into()), &e);
        assert_eq!((s.line, s.column), (3, 1));
        let shown = s.to_string();
        assert!(shown.starts_with("p.json:3:1: trailing comma"), "{shown}");
        assert!(!shown.contains(" at line "), "{shown}");
    }

    #[test]
    fn bom_is_stripped_and_invalid_utf8_is_reported() {
        let origin = Origin::Stdin;
        let text = read_limited(&b"\xef\xbb\xbf{}"[..], 0, &origin).unwrap();
        assert_eq!(text, "{}");
        let err = read_limited(&b"{\"a\xff\"}"[..], 0, &origin).unwrap_err();
        assert!(matches!(err, ReadError::NotUtf8 { offset: 3, .. }), "{err}");
    }
}
