//! Where a team's records come from: a JSON Lines file or standard input, or a folder of
//! profile files. Entries of a folder that are not profile files are left out with a message
//! saying what they are. In a folder, each person counts once, on their latest assessment
//! not after the day of the assessment (`--as-of`): the profile, or one of the versions
//! `assess --update` kept beside it (`FILE.history/`), so that last quarter's team can be
//! reproduced.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use crate::date::Date;
use crate::exit::UsageError;
use crate::input::{self, Origin};
use crate::output;

/// Where the records come from.
pub enum Source {
    /// JSON Lines, one profile per line.
    Lines {
        /// The text.
        reader: Box<dyn BufRead + Send>,
        /// Where it comes from, for messages.
        origin: Origin,
        /// Its size in bytes; `None` for a stream (standard input), read as it arrives.
        size: Option<u64>,
    },
    /// Profile files, one profile each.
    Files(Vec<PathBuf>),
}

/// Opens `path`: `-` for standard input, a folder of profiles, or a JSON Lines file. A
/// pretty-printed profile is refused at once, with what to do instead.
pub fn open_source(path: &Path, as_of: Date) -> anyhow::Result<Source> {
    if path.as_os_str() == "-" {
        let mut reader = BufReader::with_capacity(128 << 10, std::io::stdin());
        check_one_per_line(&mut reader, &Origin::Stdin)?;
        return Ok(Source::Lines {
            reader: Box::new(reader),
            origin: Origin::Stdin,
            size: None,
        });
    }
    let origin = Origin::Path(path.to_path_buf());
    let meta = std::fs::metadata(path).map_err(|source| input::ReadError::Io {
        origin: origin.clone(),
        error: source,
    })?;
    if meta.is_dir() {
        return folder(path, origin, as_of);
    }
    let file = std::fs::File::open(path).map_err(|source| input::ReadError::Io {
        origin: origin.clone(),
        error: source,
    })?;
    let mut reader = BufReader::with_capacity(256 << 10, file);
    check_one_per_line(&mut reader, &origin)?;
    Ok(Source::Lines {
        reader: Box::new(reader),
        origin,
        size: Some(meta.len()),
    })
}

/// The `*.json` files of a folder, in name order. Entries that are not files are left out
/// with a message saying what they are.
fn folder(path: &Path, origin: Origin, as_of: Date) -> anyhow::Result<Source> {
    let entries = std::fs::read_dir(path).map_err(|source| input::ReadError::Io {
        origin: origin.clone(),
        error: source,
    })?;
    let mut files = Vec::new();
    let mut denied = false;
    for entry in entries {
        let p = match entry {
            Ok(e) => e.path(),
            Err(e) => {
                eprintln!(
                    "skillgap: warning: an entry of {origin} cannot be read ({}); it is left out",
                    input::plain_io(&e)
                );
                continue;
            }
        };
        if !p
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"))
        {
            continue;
        }
        let what = match std::fs::metadata(&p) {
            Ok(m) if m.is_file() => {
                files.push(p);
                continue;
            }
            Ok(m) => {
                let link = std::fs::symlink_metadata(&p).is_ok_and(|l| l.file_type().is_symlink());
                format!(
                    "is {}{}, not a profile file",
                    if link { "a link to " } else { "" },
                    kind_of(&m)
                )
            }
            Err(e) if output::is_loop(&e) => "is a link loop".to_string(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                "is a link to nothing".to_string()
            }
            Err(e) => {
                denied |= e.kind() == std::io::ErrorKind::PermissionDenied;
                format!("cannot be read ({})", input::plain_io(&e))
            }
        };
        eprintln!(
            "skillgap: warning: {} {what}; it is left out",
            Origin::Path(p.clone())
        );
    }
    if files.is_empty() && denied {
        return Err(input::ReadError::Io {
            origin,
            error: std::io::Error::from(std::io::ErrorKind::PermissionDenied),
        }
        .into());
    }
    files.sort();
    if files.is_empty() {
        return Err(UsageError(format!(
            "{origin} has no .json files; give a directory of profiles or a JSON Lines file"
        ))
        .into());
    }
    let mut chosen = Vec::with_capacity(files.len());
    for file in files {
        match as_of_version(&file, as_of) {
            Some(version) => chosen.push(version),
            None => eprintln!(
                "skillgap: warning: {} has no assessment on or before {as_of}; it is left out",
                Origin::Path(file)
            ),
        }
    }
    Ok(Source::Files(chosen))
}

/// The version of the profile `file` that stands on `as_of`: the file itself when it is
/// dated on or before that day (or not dated), else the latest snapshot kept beside it that
/// is; `None` when there is none.
fn as_of_version(file: &Path, as_of: Date) -> Option<PathBuf> {
    let day = std::fs::read_to_string(file)
        .ok()
        .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
        .and_then(|v| v.get("assessed_on")?.as_str().and_then(Date::parse));
    if day.is_none_or(|d| d <= as_of) {
        return Some(file.to_path_buf());
    }
    crate::history::snapshots(file).into_iter().rev().find(|s| {
        s.file_stem()
            .and_then(|n| n.to_str())
            .and_then(|n| n.get(..10))
            .and_then(Date::parse)
            .is_some_and(|d| d <= as_of)
    })
}

/// What a directory entry that is not a regular file is, in words.
fn kind_of(meta: &std::fs::Metadata) -> &'static str {
    if meta.is_dir() {
        return "a folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_fifo() {
            return "a named pipe";
        }
        if t.is_char_device() || t.is_block_device() {
            return "a device";
        }
        if t.is_socket() {
            return "a socket";
        }
    }
    "not a regular file"
}

/// A pretty-printed profile (one field per line) fed to `team` would give a rejected record
/// per line; say what the input should look like instead. Looks at the start of the input
/// only, without consuming it.
fn check_one_per_line(reader: &mut impl BufRead, origin: &Origin) -> anyhow::Result<()> {
    let Ok(head) = reader.fill_buf() else {
        return Ok(());
    };
    let head = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
    // Only complete lines are judged: a stream may not have sent the rest of the first yet.
    let first = head
        .split_inclusive(|&b| b == b'\n')
        .filter(|l| l.ends_with(b"\n"))
        .map(|l| l.trim_ascii())
        .find(|l| !l.is_empty());
    if matches!(first, Some(b"{") | Some(b"[")) {
        return Err(UsageError(format!(
            "{origin} looks like one pretty-printed JSON document, but `team` reads one profile per line (JSON Lines) or a folder of profile files; use `skillgap assess --input` for a single profile, or `jq -c . FILE` to put each profile on one line"
        ))
        .into());
    }
    if let Some(line) = first.filter(|l| looks_like_table(l)) {
        let shown: String = String::from_utf8_lossy(line).chars().take(40).collect();
        return Err(UsageError(format!(
            "{origin} is not JSON Lines: its first line looks like the headings of a table (\"{}...\"). To read a skills matrix, name the file .csv or .tsv (or .xlsx, .ods), or add --input-format csv",
            crate::text::terminal_safe(&shown)
        ))
        .into());
    }
    Ok(())
}

/// True for a line that is no JSON but a row of a delimited table: it does not open with
/// "{" and holds commas, semicolons or tabs.
fn looks_like_table(line: &[u8]) -> bool {
    !line.starts_with(b"{")
        && !line.starts_with(b"[")
        && line
            .iter()
            .filter(|&&b| matches!(b, b',' | b';' | b'\t'))
            .count()
            >= 2
}
