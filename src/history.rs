//! The earlier versions of a profile: `assess --update FILE` keeps the version it replaces
//! as a dated snapshot beside it, in `FILE.history/DATE.json` (DATE the day of that
//! assessment, or of the file's last change when it does not say), so that `skillgap history`
//! and `skillgap compare FILE` find them without anyone keeping old files by hand. A snapshot
//! is never overwritten: a second one of the same day is `DATE-2.json`, and so on.

use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::date::Date;

/// The folder that holds the snapshots of `file`: `FILE.history` beside it.
pub fn folder(file: &Path) -> PathBuf {
    let mut name = file.file_name().unwrap_or_default().to_os_string();
    name.push(".history");
    file.with_file_name(name)
}

/// The snapshots of `file`, oldest first (their names sort by day, then by number).
pub fn snapshots(file: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(folder(file)) else {
        return Vec::new();
    };
    let mut found: Vec<(Date, u32, PathBuf)> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter_map(|p| {
            let stem = p.file_stem()?.to_str()?.to_string();
            if p.extension()? != "json" {
                return None;
            }
            let (day, n) = match stem.split_at_checked(10) {
                Some((day, "")) => (day, 1),
                Some((day, rest)) => (day, rest.strip_prefix('-')?.parse().ok()?),
                None => return None,
            };
            Some((Date::parse(day)?, n, p))
        })
        .collect();
    found.sort();
    found.into_iter().map(|(_, _, p)| p).collect()
}

/// Keeps `file` as it is now as a snapshot, named for `day`; does nothing when the file does
/// not exist yet, or when the latest snapshot already holds exactly these bytes. Returns the
/// snapshot written.
pub fn keep(file: &Path, day: Option<Date>) -> anyhow::Result<Option<PathBuf>> {
    let Ok(bytes) = std::fs::read(file) else {
        return Ok(None);
    };
    if let Some(last) = snapshots(file).last()
        && std::fs::read(last).is_ok_and(|b| b == bytes)
    {
        return Ok(None);
    }
    let day = day.unwrap_or_else(|| changed_on(file));
    let dir = folder(file);
    std::fs::create_dir_all(&dir)
        .with_context(|| format!("cannot create the folder {}", dir.display()))?;
    let path = (1..)
        .map(|n| match n {
            1 => dir.join(format!("{day}.json")),
            n => dir.join(format!("{day}-{n}.json")),
        })
        .find(|p| !p.exists())
        .expect("some snapshot name is free");
    crate::output::write_atomic(&path, &bytes)?;
    Ok(Some(path))
}

/// The day a file last changed (UTC), or 1970-01-01 when the system cannot tell.
fn changed_on(file: &Path) -> Date {
    let seconds = std::fs::metadata(file)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_secs());
    Date::from_days(i32::try_from(seconds / 86_400).unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snapshots_are_kept_once_never_overwritten_and_listed_in_day_order() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("sam.json");
        assert_eq!(keep(&file, None).unwrap(), None, "no file yet");
        let day = |s: &str| Date::parse(s);
        std::fs::write(&file, "one").unwrap();
        let first = keep(&file, day("2026-06-01")).unwrap().unwrap();
        assert!(first.ends_with("sam.json.history/2026-06-01.json"));
        // The same bytes again: nothing new.
        assert_eq!(keep(&file, day("2026-06-01")).unwrap(), None);
        // Other bytes on the same day: a second name, the first untouched.
        std::fs::write(&file, "two").unwrap();
        let second = keep(&file, day("2026-06-01")).unwrap().unwrap();
        assert!(second.ends_with("2026-06-01-2.json"));
        assert_eq!(std::fs::read_to_string(&first).unwrap(), "one");
        std::fs::write(&file, "three").unwrap();
        keep(&file, day("2026-01-15")).unwrap().unwrap();
        std::fs::write(folder(&file).join("notes.txt"), "x").unwrap();
        let names: Vec<String> = snapshots(&file)
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            names,
            ["2026-01-15.json", "2026-06-01.json", "2026-06-01-2.json"]
        );
    }
}
