//! `skillgap team`: score every member of a team from one stream, in flat memory.
//!
//! A reader thread cuts the input (JSON Lines, or the files of a directory) into chunks;
//! worker threads parse and score each chunk into a partial [`TeamTally`] and, when a CSV is
//! wanted, one row per member; the main thread merges the chunks back in input order, so
//! rejected records, CSV rows and every figure come out the same whatever the thread count.
//! At most a fixed number of chunks is in flight at any time, so memory does not grow with
//! the number of members.

use std::io::{BufRead, BufReader, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::sync::{Arc, Mutex};

use anyhow::Context;

use crate::exit::UsageError;
use crate::input::{self, Origin};
use crate::output::{self, AtomicFile};
use crate::profile::{self, Strictness};
use crate::report::{self, Format};
use crate::rubric::Rubric;
use crate::score::Assessment;
use crate::team::{TeamSummary, TeamTally};
use crate::text::terminal_safe;

/// Bytes of JSON Lines per chunk: large enough that the per-chunk work (channels, a tally to
/// merge) is lost in the noise, small enough that the chunks in flight (four per thread,
/// their buffers reused) stay around ten megabytes.
const CHUNK_BYTES: usize = 1024 * 1024;
/// Bytes taken from the reader at a time.
const READ_BYTES: usize = 256 * 1024;
/// Files per chunk when reading a directory.
const CHUNK_FILES: usize = 64;
/// Inputs at least this large get a progress bar on a terminal.
const PROGRESS_MIN_BYTES: u64 = 16 * 1024 * 1024;

/// What `skillgap team` needs, validated.
#[derive(Debug, Clone)]
pub struct TeamOptions {
    /// JSON Lines file, directory of profiles, or `-` for stdin.
    pub input: PathBuf,
    /// Rubric id or file; `None` for the default rubric.
    pub rubric: Option<String>,
    /// Where rubrics are found.
    pub catalog: crate::catalog::Catalog,
    /// Format of the summary on standard output.
    pub format: Format,
    /// Summary files and their formats.
    pub summaries: Vec<(PathBuf, Format)>,
    /// Per-member CSV file.
    pub csv: Option<PathBuf>,
    /// Stop at the first invalid record.
    pub strict: bool,
    /// Exit 2 when any record was rejected.
    pub fail_on_rejected: bool,
    /// Most certifications in the training plan.
    pub max_certs: usize,
    /// Worker threads.
    pub threads: usize,
    /// Colour the terminal summary.
    pub color: bool,
}

/// One member's CSV row, before its label is known for certain.
#[derive(Debug, Clone)]
struct MemberRow {
    /// The name in the profile, if any.
    name: Option<String>,
    /// Where the record came from, used when there is no name.
    record: usize,
    target: usize,
    best: Option<usize>,
    readiness: f64,
    /// Up to three (skill, gap) pairs, largest priority first.
    gaps: Vec<(usize, u8)>,
}

/// A piece of the input.
enum Chunk {
    /// Whole lines, and the 1-based number of the first.
    Lines { first_line: usize, data: Vec<u8> },
    /// Profile files, and the index of the first among all files.
    Files { first: usize, paths: Vec<PathBuf> },
    /// A line longer than any profile, already skipped: its number and its length.
    TooLong { line: usize, bytes: u64 },
}

/// Reads and drops the rest of a line, through its line feed; returns the bytes dropped.
fn skip_line(reader: &mut impl BufRead, origin: &Origin) -> anyhow::Result<u64> {
    let mut skipped = 0u64;
    loop {
        let buf = reader
            .fill_buf()
            .with_context(|| format!("cannot read {origin}"))?;
        if buf.is_empty() {
            return Ok(skipped);
        }
        match buf.iter().position(|&b| b == b'\n') {
            Some(i) => {
                reader.consume(i + 1);
                return Ok(skipped + i as u64 + 1);
            }
            None => {
                let n = buf.len();
                reader.consume(n);
                skipped += n as u64;
            }
        }
    }
}

/// What a worker made of a chunk.
struct Scored {
    /// Set when scoring the chunk failed unexpectedly (a bug): the run must stop.
    failure: Option<String>,
    tally: TeamTally,
    rows: Vec<MemberRow>,
    /// Messages for rejected records, in input order.
    rejects: Vec<String>,
    bytes: u64,
}

/// Where the records come from.
enum Source {
    Lines {
        reader: Box<dyn BufRead + Send>,
        origin: Origin,
        size: Option<u64>,
    },
    Files(Vec<PathBuf>),
}

fn open_source(path: &Path) -> anyhow::Result<Source> {
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
                    let link =
                        std::fs::symlink_metadata(&p).is_ok_and(|l| l.file_type().is_symlink());
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
        return Ok(Source::Files(files));
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
    Ok(())
}

/// Runs `skillgap team`.
pub fn run(opts: TeamOptions) -> anyhow::Result<()> {
    output::remove_temporaries_on_signals();
    if opts.input.as_os_str() == "-" && opts.rubric.as_deref() == Some("-") {
        return Err(crate::assess::stdin_twice().into());
    }
    let rubric = Arc::new(match &opts.rubric {
        Some(spec) => opts.catalog.load(spec)?,
        None => opts.catalog.default_rubric(),
    });
    let mut destinations: Vec<PathBuf> = opts.summaries.iter().map(|(p, _)| p.clone()).collect();
    destinations.extend(opts.csv.clone());
    let mut inputs = vec![opts.input.as_path()];
    inputs.extend(opts.rubric.as_deref().map(Path::new));
    output::check_destinations(&destinations, &inputs)?;
    let source = open_source(&opts.input)?;

    let mut csv = match &opts.csv {
        Some(path) => Some(csv::Writer::from_writer(std::io::BufWriter::new(
            AtomicFile::create(path)?,
        ))),
        None => None,
    };
    if let Some(w) = &mut csv {
        w.write_record([
            "member",
            "target_level",
            "best_level",
            "readiness_at_target",
            "gap_1",
            "gap_2",
            "gap_3",
        ])?;
    }

    let (label, size) = match &source {
        Source::Lines { origin, size, .. } => (origin.clone(), *size),
        Source::Files(files) => (Origin::Path(opts.input.clone()), Some(files.len() as u64)),
    };
    let files: Vec<PathBuf> = match &source {
        Source::Files(f) => f.clone(),
        Source::Lines { .. } => Vec::new(),
    };
    let progress = progress_bar(size, matches!(source, Source::Files(_)));

    let mut tally = TeamTally::new(&rubric);
    let mut stopped: Option<String> = None;
    let want_rows = opts.csv.is_some();
    pipeline(&rubric, source, &label, opts.threads, want_rows, |scored| {
        for message in &scored.rejects {
            if opts.strict {
                stopped = Some(message.clone());
                return Ok(false);
            }
            let line = format!(
                "skillgap: rejected: {}",
                crate::text::terminal_safe_lines(message)
            );
            // Printed above the progress bar, not through it.
            match &progress {
                Some(p) => p.suspend(|| eprintln!("{line}")),
                None => eprintln!("{line}"),
            }
        }
        tally.merge(&scored.tally);
        if let Some(w) = &mut csv {
            for row in &scored.rows {
                write_row(w, &rubric, row, &files, &label).with_context(|| {
                    format!(
                        "cannot write {}",
                        terminal_safe(
                            &opts
                                .csv
                                .as_deref()
                                .unwrap_or(Path::new(""))
                                .display()
                                .to_string()
                        )
                    )
                })?;
            }
        }
        if let Some(p) = &progress {
            p.inc(scored.bytes);
        }
        Ok(true)
    })?;
    if let Some(p) = &progress {
        p.finish_and_clear();
    }
    if let Some(message) = stopped {
        return Err(UsageError(format!(
            "stopped at the first invalid record (--strict); nothing was written:\n{message}"
        ))
        .into());
    }

    let summary = tally.summary(&rubric, opts.max_certs);
    if opts.max_certs == 0 {
        eprintln!(
            "skillgap: note: certifications were not asked for (--max-certs 0), so the training plan is empty"
        );
    }
    if summary.members_scored + summary.members_rejected == 0 {
        eprintln!("skillgap: warning: {label} holds no profiles (it is empty or only blank lines)");
    }
    write_outputs(&opts, &summary)?;
    if let Some(w) = csv {
        let csv_shown = terminal_safe(
            &opts
                .csv
                .as_deref()
                .unwrap_or(Path::new(""))
                .display()
                .to_string(),
        )
        .into_owned();
        let file = w
            .into_inner()
            .map_err(|e| anyhow::anyhow!("cannot write {csv_shown}: {}", e.error()))?
            .into_inner()
            .map_err(|e| anyhow::anyhow!("cannot write {csv_shown}: {}", e.error()))?;
        let shown = file.shown().to_string();
        file.commit()?;
        eprintln!("skillgap: wrote {shown}");
    }
    if opts.fail_on_rejected && summary.members_rejected > 0 {
        return Err(UsageError(format!(
            "{} record{} rejected (--fail-on-rejected)",
            summary.members_rejected,
            if summary.members_rejected == 1 {
                " was"
            } else {
                "s were"
            }
        ))
        .into());
    }
    Ok(())
}

fn write_outputs(opts: &TeamOptions, summary: &TeamSummary) -> anyhow::Result<()> {
    if opts.summaries.is_empty() {
        let width = report::terminal_width();
        let bytes = report::render_to_vec(
            &*report::renderer::<TeamSummary>(opts.format, opts.color, width),
            summary,
        )?;
        output::write_stdout(&bytes).context("cannot write the summary to standard output")?;
    }
    for (path, format) in &opts.summaries {
        let bytes = report::render_to_vec(
            &*report::renderer::<TeamSummary>(*format, false, None),
            summary,
        )?;
        output::write_atomic(path, &bytes)?;
        eprintln!(
            "skillgap: wrote {}",
            terminal_safe(&path.display().to_string())
        );
    }
    Ok(())
}

fn progress_bar(size: Option<u64>, files: bool) -> Option<indicatif::ProgressBar> {
    let size = size?;
    let big = if files {
        size >= 5_000
    } else {
        size >= PROGRESS_MIN_BYTES
    };
    if !big || !std::io::stderr().is_terminal() || std::env::var_os("CI").is_some() {
        return None;
    }
    let bar = indicatif::ProgressBar::new(size);
    let template = if files {
        "{bar:40} {pos}/{len} files, {eta} left"
    } else {
        "{bar:40} {bytes}/{total_bytes}, {eta} left"
    };
    if let Ok(style) = indicatif::ProgressStyle::with_template(template) {
        bar.set_style(style);
    }
    Some(bar)
}

/// Reads, scores and merges: `on_chunk` sees every chunk's result in input order and
/// returns false to stop early.
fn pipeline(
    rubric: &Arc<Rubric>,
    source: Source,
    label: &Origin,
    threads: usize,
    want_rows: bool,
    mut on_chunk: impl FnMut(Scored) -> anyhow::Result<bool>,
) -> anyhow::Result<()> {
    let threads = threads.max(1);
    // Enough chunks in flight to keep every thread busy, bounded so that memory stays near
    // 20 MiB even with many threads.
    let in_flight = (threads * 4).min(16);
    let (chunk_tx, chunk_rx) = sync_channel::<(usize, Chunk)>(in_flight);
    let chunk_rx = Arc::new(Mutex::new(chunk_rx));
    let (done_tx, done_rx) = sync_channel::<(usize, Scored)>(in_flight);
    // Tokens bound the chunks between the reader and the merger, so memory stays flat even
    // when one chunk is slow and later ones pile up waiting for it.
    let (token_tx, token_rx) = sync_channel::<()>(in_flight);
    for _ in 0..in_flight {
        token_tx.send(()).expect("the token channel has room");
    }
    // The threads are not scoped: after an early stop (--strict) the reader may be blocked
    // reading a slow standard input, and skillgap must not wait for it. Left alone, it ends
    // at its next send, or with the process.
    // Workers hand the chunks' buffers back to the reader, which refills them: no fresh
    // memory (and no page faults) per chunk.
    let (pool_tx, pool_rx) = sync_channel::<Vec<u8>>(in_flight);
    let reader = std::thread::spawn(move || read_chunks(source, chunk_tx, token_rx, pool_rx));
    let workers: Vec<_> = (0..threads)
        .map(|_| {
            let done_tx = done_tx.clone();
            let pool_tx = pool_tx.clone();
            let chunk_rx = Arc::clone(&chunk_rx);
            let rubric = Arc::clone(rubric);
            let label = label.clone();
            std::thread::spawn(move || {
                work(&rubric, &label, want_rows, &chunk_rx, &done_tx, &pool_tx)
            })
        })
        .collect();
    drop(pool_tx);
    drop(done_tx);
    drop(chunk_rx);

    let mut pending = std::collections::BTreeMap::new();
    let mut next = 0usize;
    for (index, scored) in done_rx.iter() {
        pending.insert(index, scored);
        while let Some(scored) = pending.remove(&next) {
            next += 1;
            let _ = token_tx.try_send(());
            if let Some(failure) = scored.failure {
                anyhow::bail!("{failure}");
            }
            if !on_chunk(scored)? {
                // Dropping the channels on return stops the workers at their next send.
                return Ok(());
            }
        }
    }
    for worker in workers {
        worker
            .join()
            .map_err(|_| anyhow::anyhow!("a scoring thread stopped unexpectedly"))?;
    }
    reader
        .join()
        .map_err(|_| anyhow::anyhow!("the input reader stopped unexpectedly"))?
}

/// Scores JSON Lines from a reader on `threads` threads and returns the team's tally. Used by
/// the benchmarks and tests; `skillgap team` adds the CSV, the messages and the summary.
pub fn tally_lines(
    rubric: &Rubric,
    reader: impl BufRead + Send + 'static,
    threads: usize,
) -> anyhow::Result<TeamTally> {
    let mut tally = TeamTally::new(rubric);
    // Read like a file (in full chunks), not like a terminal stream.
    let source = Source::Lines {
        reader: Box::new(reader),
        origin: Origin::Stdin,
        size: Some(0),
    };
    let rubric = Arc::new(rubric.clone());
    pipeline(&rubric, source, &Origin::Stdin, threads, false, |scored| {
        tally.merge(&scored.tally);
        Ok(true)
    })?;
    Ok(tally)
}

/// Cuts the input into chunks, waiting for a token before each one.
fn read_chunks(
    source: Source,
    chunks: SyncSender<(usize, Chunk)>,
    tokens: Receiver<()>,
    pool: Receiver<Vec<u8>>,
) -> anyhow::Result<()> {
    let mut index = 0;
    match source {
        Source::Files(files) => {
            for (n, paths) in files.chunks(CHUNK_FILES).enumerate() {
                if tokens.recv().is_err() {
                    return Ok(());
                }
                let chunk = Chunk::Files {
                    first: n * CHUNK_FILES,
                    paths: paths.to_vec(),
                };
                if chunks.send((index, chunk)).is_err() {
                    return Ok(());
                }
                index += 1;
            }
        }
        Source::Lines {
            mut reader,
            origin,
            size,
        } => {
            // A source of unknown size is a stream (standard input).
            let eager = size.is_none();
            let mut line = 1usize;
            let mut carry = Vec::new();
            loop {
                if tokens.recv().is_err() {
                    return Ok(());
                }
                // Read whole blocks and cut after the last complete line; the rest starts
                // the next chunk. Cheaper than reading line by line.
                let mut data = pool.try_recv().unwrap_or_default();
                data.clear();
                data.reserve(CHUNK_BYTES + READ_BYTES);
                data.extend_from_slice(&carry);
                carry.clear();
                // Where the search for a line end goes on from: bytes before it hold none.
                let mut searched = 0;
                let mut last_end = None;
                let mut eof = false;
                let mut too_long = false;
                loop {
                    let buf = reader
                        .fill_buf()
                        .with_context(|| format!("cannot read {origin}"))?;
                    if buf.is_empty() {
                        eof = true;
                        break;
                    }
                    // However much the reader offers (an in-memory reader offers all of it),
                    // take a block at a time.
                    let n = buf.len().min(READ_BYTES);
                    data.extend_from_slice(&buf[..n]);
                    reader.consume(n);
                    if let Some(i) = data[searched..].iter().rposition(|&b| b == b'\n') {
                        last_end = Some(searched + i);
                    }
                    searched = data.len();
                    // A file is read in full chunks; a stream (stdin) is passed on as it
                    // arrives, so a slow producer's records are scored, and a bad one
                    // reported, without waiting for a chunk to fill.
                    if last_end.is_some() && (eager || data.len() >= CHUNK_BYTES) {
                        break;
                    }
                    if last_end.is_none() && data.len() as u64 > input::MAX_INPUT_BYTES {
                        too_long = true;
                        break;
                    }
                }
                if too_long {
                    // The line is rejected like any bad record; the rest of it is skipped
                    // without being kept, and the run goes on at the next line.
                    let bytes = data.len() as u64 + skip_line(&mut reader, &origin)?;
                    // Its oversized buffer is dropped, not pooled: memory stays flat.
                    drop(data);
                    let chunk = Chunk::TooLong { line, bytes };
                    line += 1;
                    if chunks.send((index, chunk)).is_err() {
                        return Ok(());
                    }
                    index += 1;
                    continue;
                }
                if !eof && let Some(end) = last_end {
                    carry.extend_from_slice(&data[end + 1..]);
                    data.truncate(end + 1);
                }
                if data.is_empty() && eof {
                    return Ok(());
                }
                let lines = data.iter().filter(|&&b| b == b'\n').count()
                    + usize::from(!data.ends_with(b"\n"));
                let chunk = Chunk::Lines {
                    first_line: line,
                    data,
                };
                line += lines;
                if chunks.send((index, chunk)).is_err() {
                    return Ok(());
                }
                index += 1;
            }
        }
    }
    Ok(())
}

/// Scores chunks until the input is exhausted.
fn work(
    rubric: &Rubric,
    label: &Origin,
    want_rows: bool,
    chunks: &Mutex<Receiver<(usize, Chunk)>>,
    done: &SyncSender<(usize, Scored)>,
    pool: &SyncSender<Vec<u8>>,
) {
    loop {
        let next = match chunks.lock() {
            Ok(rx) => rx.recv(),
            Err(_) => return,
        };
        let Ok((index, chunk)) = next else { return };
        // A bug in scoring must stop the run with a message, not leave the merger waiting
        // for a chunk that never comes.
        let scored = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            score_chunk(rubric, label, want_rows, chunk)
        }));
        let (scored, buffer) = scored.unwrap_or_else(|_| {
            let failed = Scored {
                failure: Some(format!(
                    "scoring part {} of the input failed unexpectedly; this is a bug in skillgap, please report it with the input",
                    index + 1
                )),
                tally: TeamTally::new(rubric),
                rows: Vec::new(),
                rejects: Vec::new(),
                bytes: 0,
            };
            (failed, None)
        });
        if let Some(buffer) = buffer {
            let _ = pool.try_send(buffer);
        }
        if done.send((index, scored)).is_err() {
            return;
        }
    }
}

/// Scores a chunk; gives back its line buffer for reuse.
fn score_chunk(
    rubric: &Rubric,
    label: &Origin,
    want_rows: bool,
    chunk: Chunk,
) -> (Scored, Option<Vec<u8>>) {
    let mut buffer = None;
    let mut out = Scored {
        failure: None,
        tally: TeamTally::new(rubric),
        rows: Vec::new(),
        rejects: Vec::new(),
        bytes: 0,
    };
    let mut scratch = crate::score::assess(rubric, &crate::profile::Profile::empty(rubric), None);
    let mut one = |out: &mut Scored,
                   record: usize,
                   text: Result<&str, String>,
                   origin: &dyn Fn() -> Origin| {
        // Parse against a placeholder origin, which costs nothing; only a record that fails
        // is parsed again to name its real place in the message.
        let parsed = text.and_then(|t| {
            profile::parse(t, &Origin::Stdin, rubric, Strictness::default()).map_err(|_| {
                if let Some(at) = t.find('\0') {
                    // UTF-16 text: one NUL byte in two.
                    return format!(
                        "{}: not UTF-8 text (NUL byte at column {}; UTF-16 and other encodings are not read); save the file as UTF-8",
                        origin(),
                        at + 1
                    );
                }
                match profile::parse(t, &origin(), rubric, Strictness::default()) {
                    Err(e) => e.to_string(),
                    Ok(_) => format!("{}: cannot be read as a profile", origin()),
                }
            })
        });
        match parsed {
            Ok(p) => {
                out.tally.add_into(rubric, &p, &mut scratch);
                if want_rows {
                    out.rows.push(member_row(&p.name, record, &scratch));
                }
            }
            Err(message) => {
                out.tally.rejected += 1;
                out.rejects.push(message);
            }
        }
    };
    match chunk {
        Chunk::Lines { first_line, data } => {
            out.bytes = data.len() as u64;
            // A chunk ends with a line feed (or at the end of the input): nothing after it is
            // a line of its own.
            let body = data.strip_suffix(b"\n").unwrap_or(&data);
            for (i, raw) in body.split(|&b| b == b'\n').enumerate() {
                let line = first_line + i;
                let raw = if line == 1 {
                    raw.strip_prefix(b"\xef\xbb\xbf").unwrap_or(raw)
                } else {
                    raw
                };
                if is_blank(raw) {
                    out.tally.blank_lines += 1;
                    continue;
                }
                let origin = || Origin::Line(Box::new(label.clone()), line);
                let text = std::str::from_utf8(raw).map_err(|e| {
                    format!(
                        "{}: not UTF-8 text (invalid byte at column {}); save the file as UTF-8",
                        origin(),
                        e.valid_up_to() + 1
                    )
                });
                one(&mut out, line, text, &origin);
            }
            buffer = Some(data);
        }
        Chunk::TooLong { line, bytes } => {
            out.bytes = bytes;
            out.tally.rejected += 1;
            out.rejects.push(format!(
                "{}: the line is longer than {} MiB, far more than one profile needs; each line must hold one profile",
                Origin::Line(Box::new(label.clone()), line),
                input::MAX_INPUT_BYTES >> 20
            ));
        }
        Chunk::Files { first, paths } => {
            out.bytes = paths.len() as u64;
            for (i, path) in paths.iter().enumerate() {
                let origin = || Origin::Path(path.clone());
                match input::read_text(path) {
                    Ok((text, _)) => one(&mut out, first + i, Ok(&text), &origin),
                    Err(e) => one(&mut out, first + i, Err(e.to_string()), &origin),
                }
            }
        }
    }
    (out, buffer)
}

/// True for a line of white space only, of any kind: ASCII (with vertical tab and form
/// feed), or Unicode such as a no-break space. The ASCII test decides almost every line.
fn is_blank(raw: &[u8]) -> bool {
    let ascii_space = |b: &u8| b.is_ascii_whitespace() || *b == 0x0b;
    match raw.iter().position(|b| !ascii_space(b)) {
        None => true,
        Some(i) if raw[i] < 0x80 => false,
        Some(i) => std::str::from_utf8(&raw[i..]).is_ok_and(|t| t.chars().all(char::is_whitespace)),
    }
}

fn member_row(name: &Option<String>, record: usize, a: &Assessment) -> MemberRow {
    let mut gaps: Vec<(usize, u8, u32)> = a
        .skills
        .iter()
        .enumerate()
        .filter(|(_, s)| s.gap > 0)
        .map(|(i, s)| (i, s.gap, s.priority))
        .collect();
    gaps.sort_by(|x, y| y.2.cmp(&x.2).then(y.1.cmp(&x.1)).then(x.0.cmp(&y.0)));
    MemberRow {
        name: name.clone().filter(|n| !n.trim().is_empty()),
        record,
        target: a.target,
        best: a.best,
        readiness: crate::figures::round_to(a.levels[a.target].readiness, 1),
        gaps: gaps.into_iter().take(3).map(|(s, g, _)| (s, g)).collect(),
    }
}

/// A spreadsheet treats a cell starting with `=`, `+`, `-` or `@` as a formula; a name from
/// a file must not become one.
fn csv_safe(text: &str) -> String {
    let clean = crate::text::terminal_safe(text);
    if clean.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{clean}")
    } else {
        clean.into_owned()
    }
}

fn write_row<W: Write>(
    w: &mut csv::Writer<W>,
    rubric: &Rubric,
    row: &MemberRow,
    files: &[PathBuf],
    label: &Origin,
) -> anyhow::Result<()> {
    let member = match &row.name {
        Some(n) => csv_safe(n),
        None => match files.get(row.record) {
            Some(path) => csv_safe(
                &path
                    .file_name()
                    .map(|f| f.to_string_lossy().into_owned())
                    .unwrap_or_default(),
            ),
            None => csv_safe(&format!("{label} line {}", row.record)),
        },
    };
    let mut record = vec![
        member,
        rubric.levels[row.target].id.clone(),
        row.best
            .map(|b| rubric.levels[b].id.clone())
            .unwrap_or_default(),
        format!("{:.1}", row.readiness),
    ];
    for k in 0..3 {
        record.push(
            row.gaps
                .get(k)
                .map(|&(s, g)| format!("{} (gap {g})", rubric.skills[s].id))
                .unwrap_or_default(),
        );
    }
    w.write_record(&record)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_cannot_become_formulas() {
        assert_eq!(csv_safe("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(csv_safe("-2+3"), "'-2+3");
        assert_eq!(csv_safe("Sam Rivera"), "Sam Rivera");
        assert_eq!(csv_safe("a\x1bb"), "a\\u{1b}b");
    }
}
