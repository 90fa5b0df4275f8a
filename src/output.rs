//! Writing report files whole or not at all.
//!
//! A report is rendered into memory first, then written to a temporary file in the same
//! directory and renamed over the destination, so a reader never sees half a report and an
//! error (disk full, interruption) leaves any earlier file untouched.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::exit::UsageError;

/// A file being written that appears at its path only once complete: a temporary file beside
/// the destination, renamed over it by [`AtomicFile::commit`]. Dropped without a commit, it
/// leaves nothing behind. Destinations that are devices or pipes are written directly.
pub struct AtomicFile {
    path: PathBuf,
    shown: String,
    inner: AtomicInner,
}

enum AtomicInner {
    Temp(tempfile::NamedTempFile),
    Direct(std::fs::File),
    Stdout(io::Stdout),
    Stderr(io::Stderr),
}

impl AtomicFile {
    /// Starts writing `path`.
    pub fn create(path: &Path) -> anyhow::Result<AtomicFile> {
        let shown = crate::text::terminal_safe(&path.display().to_string()).into_owned();
        // The process's own streams, under any of their names: written as they are, so a
        // shell's redirection (`>> log`) keeps its meaning.
        let named = path.to_string_lossy();
        let stream = match named.as_ref() {
            "/dev/stdout" | "/dev/fd/1" | "/proc/self/fd/1" => {
                Some(AtomicInner::Stdout(io::stdout()))
            }
            "/dev/stderr" | "/dev/fd/2" | "/proc/self/fd/2" => {
                Some(AtomicInner::Stderr(io::stderr()))
            }
            _ => None,
        };
        if let Some(inner) = stream {
            return Ok(AtomicFile {
                path: path.to_path_buf(),
                shown,
                inner,
            });
        }
        // Write through a symbolic link to the file it points to, rather than replacing
        // the link with a file; a link to nothing yet creates the file it names.
        let is_link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
        let target = if is_link {
            std::fs::canonicalize(path).unwrap_or_else(|_| match std::fs::read_link(path) {
                Ok(to) if to.is_absolute() => to,
                Ok(to) => path.parent().unwrap_or(Path::new(".")).join(to),
                Err(_) => path.to_path_buf(),
            })
        } else {
            path.to_path_buf()
        };
        // Files under /dev and /proc are devices or views of the system: never replaced.
        let system = target.starts_with("/dev") || target.starts_with("/proc");
        let existing = std::fs::metadata(&target).ok();
        if let Some(meta) = &existing
            && meta.is_file()
            && meta.permissions().readonly()
        {
            anyhow::bail!(
                "cannot write {shown}: the file is read-only; choose another name, or make it writable first"
            );
        }
        if let Some(meta) = &existing {
            if meta.is_dir() {
                return Err(UsageError(format!(
                    "{shown} is a directory; give the name of a file to write to"
                ))
                .into());
            }
            // Devices, pipes and system files are written in place (appended to, for a
            // regular file under /dev or /proc), never replaced.
            if system || !meta.is_file() {
                let file = std::fs::OpenOptions::new()
                    .write(true)
                    .append(meta.is_file())
                    .open(&target)
                    .with_context(|| format!("cannot write {shown}"))?;
                return Ok(AtomicFile {
                    path: target,
                    shown,
                    inner: AtomicInner::Direct(file),
                });
            }
        }
        let dir = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        if !dir.is_dir() {
            anyhow::bail!(
                "cannot write {shown}: the folder {} does not exist; create it first, or choose another place",
                crate::text::terminal_safe(&dir.display().to_string())
            );
        }
        let mut builder = tempfile::Builder::new();
        builder.prefix(".skillgap-").suffix(".tmp");
        // A new file gets the usual permissions (0666 less the umask), not the private ones
        // of a temporary file; a replaced file keeps its own.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(std::fs::Permissions::from_mode(0o666));
        }
        let tmp = builder.tempfile_in(&dir).map_err(|e| {
            anyhow::anyhow!(
                "cannot write {shown}: cannot create a file in {}: {}",
                crate::text::terminal_safe(&dir.display().to_string()),
                std::io::Error::from(e.kind())
            )
        })?;
        if let Some(meta) = existing {
            std::fs::set_permissions(tmp.path(), meta.permissions())
                .with_context(|| format!("cannot write {shown}"))?;
        }
        Ok(AtomicFile {
            path: target,
            shown,
            inner: AtomicInner::Temp(tmp),
        })
    }

    /// The destination, for messages.
    pub fn shown(&self) -> &str {
        &self.shown
    }

    /// Makes the file appear at its path, complete.
    pub fn commit(self) -> anyhow::Result<()> {
        let shown = self.shown;
        match self.inner {
            AtomicInner::Stdout(mut o) => {
                o.flush().with_context(|| format!("cannot write {shown}"))
            }
            AtomicInner::Stderr(mut o) => {
                o.flush().with_context(|| format!("cannot write {shown}"))
            }
            AtomicInner::Direct(mut f) => {
                f.flush().with_context(|| format!("cannot write {shown}"))
            }
            AtomicInner::Temp(mut tmp) => {
                tmp.flush()
                    .and_then(|()| tmp.as_file().sync_all())
                    .with_context(|| format!("cannot write {shown}"))?;
                tmp.persist(&self.path)
                    .map_err(|e| e.error)
                    .with_context(|| format!("cannot write {shown}"))?;
                Ok(())
            }
        }
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match &mut self.inner {
            AtomicInner::Temp(t) => t.write(buf),
            AtomicInner::Direct(f) => f.write(buf),
            AtomicInner::Stdout(o) => o.write(buf),
            AtomicInner::Stderr(o) => o.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match &mut self.inner {
            AtomicInner::Temp(t) => t.flush(),
            AtomicInner::Direct(f) => f.flush(),
            AtomicInner::Stdout(o) => o.flush(),
            AtomicInner::Stderr(o) => o.flush(),
        }
    }
}

/// Writes `bytes` to `path` atomically.
///
/// A destination that exists and is not a regular file (`/dev/stdout`, `/dev/full`, a named
/// pipe) is written directly: renaming over it would replace the device with a file.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let mut file = AtomicFile::create(path)?;
    let shown = file.shown().to_string();
    file.write_all(bytes)
        .with_context(|| format!("cannot write {shown}"))?;
    file.commit()
}

/// Refuses, before anything is written, output paths that would overwrite an input (a
/// profile, a rubric file, a file inside an input folder) or each other, and outputs whose
/// folder does not exist.
pub fn check_destinations(outputs: &[PathBuf], inputs: &[&Path]) -> anyhow::Result<()> {
    let inputs: Vec<(PathBuf, bool)> = inputs
        .iter()
        .filter(|p| p.as_os_str() != "-")
        .filter_map(|p| p.canonicalize().ok().map(|c| (c, p.is_dir())))
        .collect();
    let mut seen: Vec<PathBuf> = Vec::new();
    for out in outputs {
        let shown = crate::text::terminal_safe(&out.display().to_string()).into_owned();
        let resolved = resolve(out);
        for (input, is_dir) in &inputs {
            let clash = if *is_dir {
                resolved.starts_with(input)
            } else {
                &resolved == input
            };
            if clash {
                return Err(UsageError(format!(
                    "{shown} would overwrite {} {}, which skillgap is reading; choose another place for the output",
                    if *is_dir { "a file in the folder" } else { "the file" },
                    crate::text::terminal_safe(&input.display().to_string())
                ))
                .into());
            }
        }
        if seen.contains(&resolved) {
            return Err(UsageError(format!(
                "{shown} is named twice as an output; give each file once"
            ))
            .into());
        }
        // Say so now, not after the work (or a whole questionnaire) is done.
        let dir = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        if !dir.is_dir() {
            anyhow::bail!(
                "cannot write {shown}: the folder {} does not exist; create it first, or choose another place",
                crate::text::terminal_safe(&dir.display().to_string())
            );
        }
        seen.push(resolved);
    }
    Ok(())
}

/// The absolute path a file would have, following links in its directory.
fn resolve(path: &Path) -> PathBuf {
    if let Ok(p) = path.canonicalize() {
        return p;
    }
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    match (parent.canonicalize(), path.file_name()) {
        (Ok(dir), Some(name)) => dir.join(name),
        _ => path.to_path_buf(),
    }
}

/// Writes to standard output, treating the whole text as one write so that output is not
/// interleaved with warnings.
pub fn write_stdout(bytes: &[u8]) -> io::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(bytes)?;
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_whole_file_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.json");
        std::fs::write(&path, "old").unwrap();
        write_atomic(&path, b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn missing_directory_fails_without_leaving_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("no/such/r.json");
        let err = write_atomic(&path, b"x").unwrap_err();
        assert!(format!("{err:#}").contains("cannot write"), "{err:#}");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn device_destinations_are_written_in_place() {
        // Renaming over /dev/null would replace the device; writing to it must succeed and
        // leave it a device.
        write_atomic(Path::new("/dev/null"), b"report").unwrap();
        assert!(!std::fs::metadata("/dev/null").unwrap().is_file());
        let err = write_atomic(Path::new("/dev/full"), b"report").unwrap_err();
        assert!(
            format!("{err:#}").contains("cannot write /dev/full"),
            "{err:#}"
        );
        assert!(!std::fs::metadata("/dev/full").unwrap().is_file());
    }

    #[cfg(unix)]
    #[test]
    fn permissions_are_kept_and_links_are_written_through() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let shared = dir.path().join("shared.md");
        std::fs::write(&shared, "old").unwrap();
        std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o644)).unwrap();
        write_atomic(&shared, b"new").unwrap();
        let mode = std::fs::metadata(&shared).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o644);

        let fresh = dir.path().join("fresh.md");
        write_atomic(&fresh, b"x").unwrap();
        let mode = std::fs::metadata(&fresh).unwrap().permissions().mode() & 0o777;
        assert_ne!(mode, 0o600, "a new report is not private to its writer");

        let link = dir.path().join("link.md");
        std::os::unix::fs::symlink(&shared, &link).unwrap();
        write_atomic(&link, b"through").unwrap();
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read_to_string(&shared).unwrap(), "through");
    }

    #[test]
    fn output_over_input_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("p.json");
        std::fs::write(&input, "{}").unwrap();
        let err = check_destinations(std::slice::from_ref(&input), &[&input]).unwrap_err();
        assert!(
            err.to_string().contains("would overwrite the file"),
            "{err}"
        );
        let other = dir.path().join("r.md");
        check_destinations(std::slice::from_ref(&other), &[&input]).unwrap();
        assert!(check_destinations(&[other.clone(), other], &[&input]).is_err());
        // Nothing may be written inside a folder being read.
        let inside = dir.path().join("out.json");
        let err = check_destinations(&[inside], &[dir.path()]).unwrap_err();
        assert!(err.to_string().contains("a file in the folder"), "{err}");
    }
}
