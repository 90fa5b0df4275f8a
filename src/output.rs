//! Writing report files whole or not at all.
//!
//! A report is rendered into memory first, then written to a temporary file in the same
//! directory and renamed over the destination, so a reader never sees half a report and an
//! error (disk full, interruption) leaves any earlier file untouched. The replaced file's
//! permissions, owner and group are kept. Character devices, named pipes and sockets are
//! written in place; every other destination, wherever it is, is a regular file replaced
//! whole. Temporary files are removed when SIGINT, SIGTERM or SIGHUP stops skillgap.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, Once, PoisonError};

use anyhow::Context;

use crate::exit::UsageError;
use crate::text::terminal_safe;

/// Temporary files not yet renamed over their destination: removed if a signal stops
/// skillgap. Creating, renaming and removing them all hold this lock, so a signal never
/// removes a file that has just become a finished report, and no file is created unseen.
static TEMPORARIES: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

fn temporaries() -> MutexGuard<'static, Vec<PathBuf>> {
    TEMPORARIES.lock().unwrap_or_else(PoisonError::into_inner)
}

/// From now on, SIGINT, SIGTERM and SIGHUP remove every temporary file and end skillgap
/// with 130, 143 or 129 (128 + the signal's number, as a shell reports it). Called by the
/// commands that write files without asking questions; the questionnaire has its own
/// Ctrl-C handling, which keeps the answers given so far.
pub fn remove_temporaries_on_signals() {
    hold_signals_until_done();
    let held = held_signals().take();
    if let Some(mut signals) = held {
        std::thread::spawn(move || {
            if let Some(signal) = signals.forever().next() {
                stop_for(signal);
            }
        });
    }
}

/// Ends skillgap as [`remove_temporaries_on_signals`] says if a signal came since
/// [`hold_signals_until_done`] (nothing when none came, or when a thread acts on them).
pub fn act_on_held_signal() {
    let signal = held_signals()
        .as_mut()
        .and_then(|signals| signals.pending().next());
    if let Some(signal) = signal {
        stop_for(signal);
    }
}

/// The signals registered by [`hold_signals_until_done`] while no thread waits for them.
static HELD: Mutex<Option<signal_hook::iterator::Signals>> = Mutex::new(None);

fn held_signals() -> MutexGuard<'static, Option<signal_hook::iterator::Signals>> {
    HELD.lock().unwrap_or_else(PoisonError::into_inner)
}

/// As [`remove_temporaries_on_signals`], for a command that can neither wait (on input that
/// is not a regular file, or on a reader of its output) nor leave a file behind: a signal
/// is held until [`act_on_held_signal`], which the command calls when its work is done, a
/// moment later, and which then ends skillgap as [`remove_temporaries_on_signals`] would
/// have. This saves starting the thread that waits for signals, which costs such a command
/// about a fifth of its time.
pub fn hold_signals_until_done() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        // Without the handler a signal still ends skillgap; only the clean-up is lost.
        if let Ok(signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) {
            *held_signals() = Some(signals);
        }
    });
}

/// Removes every temporary file and ends skillgap for `signal`.
fn stop_for(signal: i32) -> ! {
    use signal_hook::consts::{SIGINT, SIGTERM};
    let name = match signal {
        SIGINT => "an interrupt (SIGINT, Ctrl-C)",
        SIGTERM => "SIGTERM",
        _ => "a hangup (SIGHUP)",
    };
    remove_temporaries_and_exit(
        &format!(
            "\nskillgap: stopped by {name}; files not yet complete were removed, earlier ones are untouched"
        ),
        128 + signal,
    )
}

/// Whether writing to standard output and standard error can never wait for a reader: each
/// is a regular file, or a device that is not a terminal (such as /dev/null).
pub fn outputs_never_wait() -> bool {
    #[cfg(unix)]
    {
        fn never_waits(fd: impl std::os::fd::AsFd + std::io::IsTerminal) -> bool {
            use rustix::fs::FileType;
            match rustix::fs::fstat(&fd).map(|st| FileType::from_raw_mode(st.st_mode)) {
                Ok(FileType::RegularFile) => true,
                Ok(FileType::CharacterDevice) => !fd.is_terminal(),
                _ => false,
            }
        }
        never_waits(io::stdout()) && never_waits(io::stderr())
    }
    #[cfg(not(unix))]
    {
        false
    }
}

/// Removes every temporary file, prints `message` and ends skillgap with `code`. The lock is
/// kept until the process ends, so no file is renamed meanwhile. Also used by the
/// questionnaire's own Ctrl-C handler: a report being written as the person presses Ctrl-C
/// is not left behind half done.
pub fn remove_temporaries_and_exit(message: &str, code: i32) -> ! {
    let list = temporaries();
    for path in list.iter() {
        let _ = std::fs::remove_file(path);
    }
    eprintln!("{message}");
    std::process::exit(code)
}

/// A temporary file, listed in [`TEMPORARIES`] while it exists.
struct Temporary {
    file: Option<tempfile::NamedTempFile>,
    path: PathBuf,
}

impl Temporary {
    fn file(&mut self) -> io::Result<&mut std::fs::File> {
        self.file
            .as_mut()
            .map(tempfile::NamedTempFile::as_file_mut)
            .ok_or_else(|| io::Error::other("the file is already complete"))
    }
}

impl Drop for Temporary {
    fn drop(&mut self) {
        // The temporary file itself is removed by NamedTempFile; only the list is updated.
        let mut list = temporaries();
        drop(self.file.take());
        list.retain(|p| p != &self.path);
    }
}

/// A file being written that appears at its path only once complete: a temporary file beside
/// the destination, renamed over it by [`AtomicFile::commit`]. Dropped without a commit, it
/// leaves nothing behind. Destinations that are devices or pipes are written directly.
pub struct AtomicFile {
    path: PathBuf,
    shown: String,
    inner: AtomicInner,
}

enum AtomicInner {
    Temp(Temporary),
    Direct(std::fs::File),
    Stdout(io::Stdout),
    Stderr(io::Stderr),
}

/// The most symbolic links followed in a row, as the system itself allows (Linux: 40).
const MAX_LINKS: usize = 40;

/// Follows symbolic links from `path` to the file they lead to, which need not exist yet (a
/// link to nothing names the file it would create). Fails on a link loop.
fn follow_links(path: &Path) -> io::Result<PathBuf> {
    let mut current = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match std::fs::symlink_metadata(&current) {
            Ok(m) if m.file_type().is_symlink() => {
                let to = std::fs::read_link(&current)?;
                current = if to.is_absolute() {
                    to
                } else {
                    current.parent().unwrap_or(Path::new("")).join(to)
                };
            }
            Err(e) if is_loop(&e) => return Err(e),
            _ => return Ok(current),
        }
    }
    Err(loop_error())
}

/// True for the system's "too many levels of symbolic links".
pub(crate) fn is_loop(e: &io::Error) -> bool {
    #[cfg(unix)]
    return e.raw_os_error() == Some(rustix::io::Errno::LOOP.raw_os_error());
    #[cfg(not(unix))]
    return {
        let _ = e;
        false
    };
}

fn loop_error() -> io::Error {
    #[cfg(unix)]
    return io::Error::from_raw_os_error(rustix::io::Errno::LOOP.raw_os_error());
    #[cfg(not(unix))]
    return io::Error::other("link loop");
}

fn link_loop(shown: &str) -> anyhow::Error {
    UsageError(format!(
        "cannot write {shown}: it is a link loop (symbolic links that lead back to each other, never to a file); remove or correct the link, or choose another name"
    ))
    .into()
}

/// Why `shown` cannot be written: its folder `dir` does not exist.
fn no_folder(shown: &str, dir: &Path) -> anyhow::Error {
    anyhow::anyhow!(crate::tr!(
        crate::i18n::process_lang(),
        "error-output-no-folder",
        output = shown,
        folder = terminal_safe(&dir.display().to_string()).into_owned()
    ))
}

/// The folder a file is in, `.` for a bare name.
fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

impl AtomicFile {
    /// Starts writing `path`.
    pub fn create(path: &Path) -> anyhow::Result<AtomicFile> {
        let shown = terminal_safe(&path.display().to_string()).into_owned();
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
        let target = follow_links(path).map_err(|_| link_loop(&shown))?;
        let existing = match std::fs::metadata(&target) {
            Ok(meta) => Some(meta),
            Err(e) if is_loop(&e) => return Err(link_loop(&shown)),
            Err(_) => None,
        };
        if let Some(meta) = &existing {
            if meta.is_dir() {
                return Err(UsageError(crate::tr!(
                    crate::i18n::process_lang(),
                    "error-output-directory",
                    output = shown.as_str()
                ))
                .into());
            }
            if !meta.is_file() {
                return direct(path, target, shown, meta);
            }
            check_writable(&target, meta, &shown)?;
        }
        let dir = folder_of(&target);
        if !dir.is_dir() {
            return Err(no_folder(&shown, &dir));
        }
        if existing.is_none() && dir.canonicalize().is_ok_and(|d| d == Path::new("/dev")) {
            return Err(UsageError(format!(
                "cannot write {shown}: /dev holds devices, not reports; choose another place"
            ))
            .into());
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
        let mut list = temporaries();
        let tmp = builder.tempfile_in(&dir).map_err(|e| {
            anyhow::anyhow!(
                "cannot write {shown}: cannot create a file in {}: {}",
                terminal_safe(&dir.display().to_string()),
                io::Error::from(e.kind())
            )
        })?;
        list.push(tmp.path().to_path_buf());
        drop(list);
        let tmp = Temporary {
            path: tmp.path().to_path_buf(),
            file: Some(tmp),
        };
        if let Some(meta) = existing {
            keep_owner(&tmp, &meta);
            if let Some(file) = &tmp.file {
                file.as_file()
                    .set_permissions(meta.permissions())
                    .map_err(|e| io::Error::from(e.kind()))
                    .with_context(|| {
                        crate::tr!(
                            crate::i18n::process_lang(),
                            "error-cannot-write",
                            output = shown.as_str()
                        )
                    })?;
            }
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
            AtomicInner::Stdout(mut o) => o.flush().with_context(|| {
                crate::tr!(
                    crate::i18n::process_lang(),
                    "error-cannot-write",
                    output = shown.as_str()
                )
            }),
            AtomicInner::Stderr(mut o) => o.flush().with_context(|| {
                crate::tr!(
                    crate::i18n::process_lang(),
                    "error-cannot-write",
                    output = shown.as_str()
                )
            }),
            AtomicInner::Direct(mut f) => f.flush().with_context(|| {
                crate::tr!(
                    crate::i18n::process_lang(),
                    "error-cannot-write",
                    output = shown.as_str()
                )
            }),
            AtomicInner::Temp(mut tmp) => {
                tmp.file()
                    .and_then(|f| f.flush().and_then(|()| f.sync_all()))
                    .with_context(|| {
                        crate::tr!(
                            crate::i18n::process_lang(),
                            "error-cannot-write",
                            output = shown.as_str()
                        )
                    })?;
                let mut list = temporaries();
                let file = tmp.file.take().expect("a temporary is committed once");
                file.persist(&self.path)
                    .map_err(|e| io::Error::from(e.error.kind()))
                    .with_context(|| {
                        crate::tr!(
                            crate::i18n::process_lang(),
                            "error-cannot-write",
                            output = shown.as_str()
                        )
                    })?;
                list.retain(|p| p != &tmp.path);
                Ok(())
            }
        }
    }
}

/// Opens a device, a named pipe or a socket to be written in place: renaming over it would
/// replace it with a file. A disk (block device) is never written.
fn direct(
    path: &Path,
    target: PathBuf,
    shown: String,
    meta: &std::fs::Metadata,
) -> anyhow::Result<AtomicFile> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if meta.file_type().is_block_device() {
            return Err(UsageError(format!(
                "{shown} is a disk device; give the name of a file to write to"
            ))
            .into());
        }
    }
    let _ = (path, meta);
    let file = std::fs::OpenOptions::new()
        .write(true)
        .open(&target)
        .with_context(|| {
            crate::tr!(
                crate::i18n::process_lang(),
                "error-cannot-write",
                output = shown.as_str()
            )
        })?;
    Ok(AtomicFile {
        path: target,
        shown,
        inner: AtomicInner::Direct(file),
    })
}

/// Refuses to replace a file that `>` could not write: one marked read-only, or one the
/// user has no write permission on (even when the folder would let it be replaced).
fn check_writable(target: &Path, meta: &std::fs::Metadata, shown: &str) -> anyhow::Result<()> {
    if meta.permissions().readonly() {
        anyhow::bail!(
            "cannot write {shown}: the file is read-only; choose another name, or make it writable first"
        );
    }
    #[cfg(unix)]
    if rustix::fs::access(target, rustix::fs::Access::WRITE_OK).is_err() {
        anyhow::bail!(
            "cannot write {shown}: you do not have permission to change this file; choose another name, or ask its owner"
        );
    }
    Ok(())
}

/// Gives the new file the owner and group of the one it replaces, where the system allows:
/// always for root, and for others the group when they belong to it.
fn keep_owner(tmp: &Temporary, meta: &std::fs::Metadata) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let Some(file) = &tmp.file else { return };
        let file = file.as_file();
        if std::os::unix::fs::fchown(file, Some(meta.uid()), Some(meta.gid())).is_err() {
            let _ = std::os::unix::fs::fchown(file, None, Some(meta.gid()));
        }
    }
    #[cfg(not(unix))]
    let _ = (tmp, meta);
}

impl Write for AtomicFile {
    // The temporary's own File is written, not the NamedTempFile: its errors would name the
    // temporary path, which means nothing to the reader and is gone once skillgap stops.
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match &mut self.inner {
            AtomicInner::Temp(t) => t.file()?.write(buf),
            AtomicInner::Direct(f) => f.write(buf),
            AtomicInner::Stdout(o) => o.write(buf),
            AtomicInner::Stderr(o) => o.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match &mut self.inner {
            AtomicInner::Temp(t) => t.file()?.flush(),
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
    file.write_all(bytes).with_context(|| {
        crate::tr!(
            crate::i18n::process_lang(),
            "error-cannot-write",
            output = shown.as_str()
        )
    })?;
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
        let resolved = resolve(out).map_err(|_| link_loop(&shown))?;
        for (input, is_dir) in &inputs {
            let clash = if *is_dir {
                resolved.starts_with(input)
            } else {
                &resolved == input
            };
            if clash {
                let input = crate::text::terminal_safe(&input.display().to_string()).into_owned();
                let lang = crate::i18n::process_lang();
                return Err(UsageError(if *is_dir {
                    crate::tr!(
                        lang,
                        "error-output-overwrites-folder",
                        output = shown.as_str(),
                        input = input
                    )
                } else {
                    crate::tr!(
                        lang,
                        "error-output-overwrites-input",
                        output = shown.as_str(),
                        input = input
                    )
                })
                .into());
            }
        }
        if seen.contains(&resolved) {
            return Err(UsageError(crate::tr!(
                crate::i18n::process_lang(),
                "error-output-twice",
                output = shown.as_str()
            ))
            .into());
        }
        // Say so now, not after the work (or a whole questionnaire) is done.
        let dir = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        if !dir.is_dir() {
            return Err(no_folder(&shown, dir));
        }
        seen.push(resolved);
    }
    Ok(())
}

/// The absolute path a file would have, following links to it (even a link to nothing, which
/// names the file it would create) and in its directory. Fails on a link loop.
fn resolve(path: &Path) -> io::Result<PathBuf> {
    let path = follow_links(path)?;
    if let Ok(p) = path.canonicalize() {
        return Ok(p);
    }
    match (folder_of(&path).canonicalize(), path.file_name()) {
        (Ok(dir), Some(name)) => Ok(dir.join(name)),
        (Err(e), _) if is_loop(&e) => Err(e),
        _ => Ok(path),
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
