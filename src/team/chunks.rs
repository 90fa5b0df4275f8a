//! Cutting a team's input into chunks: a reader thread reads JSON Lines in blocks and cuts
//! them after the last complete line, or takes the files of a folder a few at a time; the
//! workers then take each chunk's lines with their numbers. Only a bounded number of chunks
//! is ever in flight, and their buffers are handed back to be refilled, so memory stays flat.

use std::io::BufRead;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, SyncSender};

use anyhow::Context;

use super::source::Source;
use crate::input::{self, Origin};

/// Bytes of JSON Lines per chunk: large enough that the per-chunk work (channels, a tally to
/// merge) is lost in the noise, small enough that the chunks in flight (four per thread,
/// their buffers reused) stay around ten megabytes.
pub const CHUNK_BYTES: usize = 1024 * 1024;
/// Bytes taken from the reader at a time.
const READ_BYTES: usize = 256 * 1024;
/// Files per chunk when reading a directory.
const CHUNK_FILES: usize = 64;

/// A piece of the input.
pub enum Chunk {
    /// Whole lines, and the 1-based number of the first.
    Lines { first_line: usize, data: Vec<u8> },
    /// Profile files, and the index of the first among all files.
    Files { first: usize, paths: Vec<PathBuf> },
    /// A line longer than any profile, already skipped: its number and its length.
    TooLong { line: usize, bytes: u64 },
}

/// Reads and drops the rest of a line, through its line feed; returns the bytes dropped.
fn skip_line(reader: &mut dyn BufRead, origin: &Origin) -> anyhow::Result<u64> {
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

/// Cuts the input into chunks, waiting for a token before each one.
pub fn read_chunks(
    source: Source,
    chunks: SyncSender<(usize, Chunk)>,
    tokens: Receiver<()>,
    pool: Receiver<Vec<u8>>,
) -> anyhow::Result<()> {
    match source {
        Source::Files(files) => {
            send_files(&files, &chunks, &tokens);
            Ok(())
        }
        Source::Lines {
            mut reader,
            origin,
            size,
        } => send_lines(&mut reader, &origin, size, &chunks, &tokens, &pool),
    }
}

/// A folder's files, [`CHUNK_FILES`] at a time.
fn send_files(files: &[PathBuf], chunks: &SyncSender<(usize, Chunk)>, tokens: &Receiver<()>) {
    for (index, paths) in files.chunks(CHUNK_FILES).enumerate() {
        if tokens.recv().is_err() {
            return;
        }
        let chunk = Chunk::Files {
            first: index * CHUNK_FILES,
            paths: paths.to_vec(),
        };
        if chunks.send((index, chunk)).is_err() {
            return;
        }
    }
}

/// JSON Lines, in chunks of whole lines. Reads whole blocks and cuts after the last complete
/// line; the rest starts the next chunk. Cheaper than reading line by line.
fn send_lines(
    reader: &mut dyn BufRead,
    origin: &Origin,
    size: Option<u64>,
    chunks: &SyncSender<(usize, Chunk)>,
    tokens: &Receiver<()>,
    pool: &Receiver<Vec<u8>>,
) -> anyhow::Result<()> {
    // A source of unknown size is a stream (standard input).
    let eager = size.is_none();
    let mut index = 0;
    let mut line = 1usize;
    let mut carry = Vec::new();
    loop {
        if tokens.recv().is_err() {
            return Ok(());
        }
        let mut data = pool.try_recv().unwrap_or_default();
        data.clear();
        data.reserve(CHUNK_BYTES + READ_BYTES);
        data.extend_from_slice(&carry);
        carry.clear();
        let filled = fill(reader, origin, &mut data, eager)?;
        let chunk = if filled.too_long {
            // The line is rejected like any bad record; the rest of it is skipped without
            // being kept, and the run goes on at the next line.
            let bytes = data.len() as u64 + skip_line(reader, origin)?;
            // Its oversized buffer is dropped, not pooled: memory stays flat.
            drop(data);
            let chunk = Chunk::TooLong { line, bytes };
            line += 1;
            chunk
        } else {
            if !filled.eof
                && let Some(end) = filled.last_end
            {
                carry.extend_from_slice(&data[end + 1..]);
                data.truncate(end + 1);
            }
            if data.is_empty() && filled.eof {
                return Ok(());
            }
            let lines =
                memchr::memchr_iter(b'\n', &data).count() + usize::from(!data.ends_with(b"\n"));
            let first_line = line;
            line += lines;
            Chunk::Lines { first_line, data }
        };
        if chunks.send((index, chunk)).is_err() {
            return Ok(());
        }
        index += 1;
    }
}

/// What [`fill`] read.
struct Filled {
    /// Where the last complete line in the buffer ends (its line feed).
    last_end: Option<usize>,
    /// The input is exhausted.
    eof: bool,
    /// A line longer than any profile: no line feed in [`input::MAX_INPUT_BYTES`].
    too_long: bool,
}

/// Reads blocks into `data` until it holds a chunk's worth ending in a complete line (a
/// stream: any complete line), the input ends, or a line is too long.
fn fill(
    reader: &mut dyn BufRead,
    origin: &Origin,
    data: &mut Vec<u8>,
    eager: bool,
) -> anyhow::Result<Filled> {
    // Where the search for a line end goes on from: bytes before it hold none.
    let mut searched = 0;
    let mut last_end = None;
    loop {
        let buf = reader
            .fill_buf()
            .with_context(|| format!("cannot read {origin}"))?;
        if buf.is_empty() {
            return Ok(Filled {
                last_end,
                eof: true,
                too_long: false,
            });
        }
        // However much the reader offers (an in-memory reader offers all of it), take a
        // block at a time.
        let n = buf.len().min(READ_BYTES);
        data.extend_from_slice(&buf[..n]);
        reader.consume(n);
        if let Some(i) = memchr::memrchr(b'\n', &data[searched..]) {
            last_end = Some(searched + i);
        }
        searched = data.len();
        // A file is read in full chunks; a stream (stdin) is passed on as it arrives, so a
        // slow producer's records are scored, and a bad one reported, without waiting for a
        // chunk to fill.
        if last_end.is_some() && (eager || data.len() >= CHUNK_BYTES) {
            return Ok(Filled {
                last_end,
                eof: false,
                too_long: false,
            });
        }
        if last_end.is_none() && data.len() as u64 > input::MAX_INPUT_BYTES {
            return Ok(Filled {
                last_end,
                eof: false,
                too_long: true,
            });
        }
    }
}

/// The lines of a chunk with their numbers, the first being `first_line`. A chunk ends with
/// a line feed (or at the end of the input): nothing after it is a line of its own. The
/// first line of the input loses its byte order mark.
pub fn numbered_lines(data: &[u8], first_line: usize) -> impl Iterator<Item = (usize, &[u8])> {
    let body = data.strip_suffix(b"\n").unwrap_or(data);
    let mut start = 0;
    memchr::memchr_iter(b'\n', body)
        .chain([body.len()])
        .enumerate()
        .map(move |(i, end)| {
            let raw = &body[start..end];
            start = end + 1;
            let line = first_line + i;
            let raw = if line == 1 {
                raw.strip_prefix(b"\xef\xbb\xbf").unwrap_or(raw)
            } else {
                raw
            };
            (line, raw)
        })
}

/// True for a line of white space only, of any kind: ASCII (with vertical tab and form
/// feed), or Unicode such as a no-break space. The ASCII test decides almost every line.
pub fn is_blank(raw: &[u8]) -> bool {
    let ascii_space = |b: &u8| b.is_ascii_whitespace() || *b == 0x0b;
    match raw.iter().position(|b| !ascii_space(b)) {
        None => true,
        Some(i) if raw[i] < 0x80 => false,
        Some(i) => std::str::from_utf8(&raw[i..]).is_ok_and(|t| t.chars().all(char::is_whitespace)),
    }
}
