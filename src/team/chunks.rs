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
        let chunk = if let Some(long) = filled.too_long {
            // The line is rejected like any bad record; the rest of it is skipped without
            // being kept, and the run goes on at the next line.
            let bytes = match long {
                Overlong::EndsAt(end) => {
                    // What the last block held after it starts the next chunk.
                    carry.extend_from_slice(&data[end + 1..]);
                    end as u64 + 1
                }
                Overlong::Unfinished => data.len() as u64 + skip_line(reader, origin)?,
            };
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
    /// The first line of the buffer is longer than a line may be ([`line_too_long`]).
    too_long: Option<Overlong>,
}

/// How much of a line that is too long the buffer holds.
enum Overlong {
    /// The line ends in the buffer, with the line feed at this index; what follows it is
    /// the next line.
    EndsAt(usize),
    /// The line goes on past the buffer: the rest of it is still to be read and skipped.
    Unfinished,
}

/// True when a JSON Lines line is longer than [`input::MAX_INPUT_BYTES`], the limit
/// `assess --input` puts on a whole file. `line` is its bytes up to its line feed or the end
/// of the input, and `ended` says whether a line feed follows it (or may still follow, for a
/// line not read to its end). The line end, "\n" or "\r\n", is not counted; a byte order mark
/// is, as `assess` counts it. So a line is read exactly when the same bytes, saved as a
/// file, would be read by `assess --input`.
fn line_too_long(line: &[u8], ended: bool) -> bool {
    let cr = ended && line.ends_with(b"\r");
    (line.len() - usize::from(cr)) as u64 > input::MAX_INPUT_BYTES
}

/// Reads blocks into `data` until it holds a chunk's worth ending in a complete line (a
/// stream: any complete line), the input ends, or its first line is too long. `data` may
/// start with lines left over from the previous chunk; it always starts at the start of a
/// line.
fn fill(
    reader: &mut dyn BufRead,
    origin: &Origin,
    data: &mut Vec<u8>,
    eager: bool,
) -> anyhow::Result<Filled> {
    // What the previous chunk left: the start of a line, or, after a line that was too
    // long, whole lines too, which a stream passes on at once.
    let mut last_end = memchr::memrchr(b'\n', data);
    // Where the search for a line end goes on from: the bytes before it are searched.
    let mut searched = data.len();
    if eager && last_end.is_some() {
        return Ok(Filled {
            last_end,
            eof: false,
            too_long: None,
        });
    }
    loop {
        let buf = reader
            .fill_buf()
            .with_context(|| format!("cannot read {origin}"))?;
        if buf.is_empty() {
            // The input ends within its first line: the line is whole now, without a line
            // feed.
            let too_long = last_end.is_none() && line_too_long(data, false);
            return Ok(Filled {
                last_end,
                eof: true,
                too_long: too_long.then_some(Overlong::Unfinished),
            });
        }
        // However much the reader offers (an in-memory reader offers all of it), take a
        // block at a time.
        let n = buf.len().min(READ_BYTES);
        data.extend_from_slice(&buf[..n]);
        reader.consume(n);
        // Only the first line can be long: once a line has ended, the chunk is cut within a
        // block of reaching CHUNK_BYTES, and a line still open then starts the next chunk.
        let first_open = last_end.is_none();
        if let Some(i) = memchr::memrchr(b'\n', &data[searched..]) {
            last_end = Some(searched + i);
        }
        // The first line is measured as soon as it ends, or as soon as it cannot fit any
        // more: exactly, whatever the blocks, and only once the buffer is past the limit.
        if first_open && data.len() as u64 > input::MAX_INPUT_BYTES {
            let end = last_end.map(|_| {
                searched + memchr::memchr(b'\n', &data[searched..]).expect("a line feed is there")
            });
            if line_too_long(&data[..end.unwrap_or(data.len())], true) {
                return Ok(Filled {
                    last_end,
                    eof: false,
                    too_long: Some(end.map_or(Overlong::Unfinished, Overlong::EndsAt)),
                });
            }
        }
        searched = data.len();
        // A file is read in full chunks; a stream (stdin) is passed on as it arrives, so a
        // slow producer's records are scored, and a bad one reported, without waiting for a
        // chunk to fill.
        if last_end.is_some() && (eager || data.len() >= CHUNK_BYTES) {
            return Ok(Filled {
                last_end,
                eof: false,
                too_long: None,
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

#[cfg(test)]
mod tests {
    use std::io::{self, BufRead, Read};
    use std::sync::mpsc::{channel, sync_channel};

    use super::*;

    const MAX: usize = input::MAX_INPUT_BYTES as usize;

    /// A reader that hands its bytes out in blocks ending at the given offsets (and in
    /// blocks of at most [`READ_BYTES`], as `fill` takes them, elsewhere).
    struct Blocks {
        data: Vec<u8>,
        pos: usize,
        cuts: Vec<usize>,
    }

    impl Read for Blocks {
        fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
            let n = self.fill_buf()?.len().min(out.len());
            out[..n].copy_from_slice(&self.data[self.pos..self.pos + n]);
            self.consume(n);
            Ok(n)
        }
    }

    impl BufRead for Blocks {
        fn fill_buf(&mut self) -> io::Result<&[u8]> {
            let end = self.cuts.iter().copied().filter(|&c| c > self.pos).min();
            let end = end.unwrap_or(usize::MAX).min(self.data.len());
            Ok(&self.data[self.pos..end])
        }
        fn consume(&mut self, n: usize) {
            self.pos += n;
        }
    }

    /// What became of a line: read (its bytes, as the workers see them) or rejected as too
    /// long (how many bytes were skipped, its line feed included).
    #[derive(Debug, PartialEq)]
    enum Seen {
        Read(usize),
        TooLong(u64),
    }

    /// Cuts `data` into chunks, as a file (`eager` false) or a stream, and says what became of
    /// each line, in order.
    fn cut(data: &[u8], cuts: &[usize], eager: bool) -> Vec<(usize, Seen)> {
        let reader = Blocks {
            data: data.to_vec(),
            pos: 0,
            cuts: cuts.to_vec(),
        };
        let source = Source::Lines {
            reader: Box::new(reader),
            origin: Origin::Stdin,
            size: (!eager).then_some(data.len() as u64),
        };
        let (chunk_tx, chunk_rx) = sync_channel(4);
        let (token_tx, token_rx) = channel();
        for _ in 0..10_000 {
            token_tx.send(()).unwrap();
        }
        let (_pool_tx, pool_rx) = channel();
        let reader = std::thread::spawn(move || read_chunks(source, chunk_tx, token_rx, pool_rx));
        let mut seen = Vec::new();
        let mut bytes = 0u64;
        for (index, (i, chunk)) in chunk_rx.iter().enumerate() {
            assert_eq!(i, index);
            match chunk {
                Chunk::Lines { first_line, data } => {
                    bytes += data.len() as u64;
                    for (line, raw) in numbered_lines(&data, first_line) {
                        seen.push((line, Seen::Read(raw.len())));
                    }
                }
                Chunk::TooLong { line, bytes: b } => {
                    bytes += b;
                    seen.push((line, Seen::TooLong(b)));
                }
                Chunk::Files { .. } => unreachable!(),
            }
        }
        reader.join().unwrap().unwrap();
        assert_eq!(bytes, data.len() as u64, "every byte is in one chunk");
        seen
    }

    /// What should become of each line of `data`: the rule `assess` applies to a file, to the
    /// line without its "\n" or "\r\n".
    fn expected(data: &[u8]) -> Vec<(usize, Seen)> {
        let body = data.strip_suffix(b"\n").unwrap_or(data);
        let count = body.split(|&b| b == b'\n').count();
        body.split(|&b| b == b'\n')
            .enumerate()
            .map(|(i, raw)| {
                let ended = i + 1 < count || data.ends_with(b"\n");
                let counted = raw.len() - usize::from(ended && raw.ends_with(b"\r"));
                let seen = if counted > MAX {
                    Seen::TooLong((raw.len() + usize::from(ended)) as u64)
                } else if i == 0 {
                    Seen::Read(raw.strip_prefix(b"\xef\xbb\xbf").unwrap_or(raw).len())
                } else {
                    Seen::Read(raw.len())
                };
                (i + 1, seen)
            })
            .collect()
    }

    /// A profile of exactly `n` bytes.
    fn profile(n: usize) -> Vec<u8> {
        let (head, tail) = (&b"{\"name\": \""[..], &b"\", \"ratings\": {}}"[..]);
        let mut p = head.to_vec();
        p.resize(n - tail.len(), b'x');
        p.extend_from_slice(tail);
        p
    }

    /// Short lines, `n` bytes of them in all, each ending in a line feed.
    fn short_lines(n: usize) -> Vec<u8> {
        let mut out = Vec::new();
        while out.len() + 60 < n {
            out.extend(profile(40));
            out.push(b'\n');
        }
        let last = n - out.len() - 1;
        out.extend(if last < 20 {
            vec![b' '; last]
        } else {
            profile(last)
        });
        out.push(b'\n');
        assert_eq!(out.len(), n);
        out
    }

    /// Cuts every input five ways around each long line: blocks as they come, and blocks
    /// ending where the line would pass the limit, one byte later, at its line feed and just
    /// after it. Each way, as a file and as a stream.
    fn check(data: &[u8]) {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', data).map(|i| i + 1));
        let long: Vec<(usize, usize)> = starts
            .iter()
            .zip(starts.iter().skip(1).chain([&data.len()]))
            .filter(|(s, e)| *e - *s > MAX - 2)
            .map(|(&s, &e)| (s, e))
            .collect();
        assert!(!long.is_empty());
        let ways: [&dyn Fn(usize, usize) -> usize; 5] = [
            &|_, _| 0,
            &|s, _| s + MAX,
            &|s, _| s + MAX + 1,
            &|_, e| e - 1,
            &|_, e| e,
        ];
        let want = expected(data);
        for way in ways {
            let cuts: Vec<usize> = long.iter().map(|&(s, e)| way(s, e)).collect();
            for eager in [false, true] {
                let got = cut(data, &cuts, eager);
                let first_wrong = got.iter().zip(&want).position(|(g, w)| g != w);
                assert!(
                    got.len() == want.len() && first_wrong.is_none(),
                    "cuts {cuts:?}, eager {eager}: {} lines for {}; first wrong: {:?} for {:?}",
                    got.len(),
                    want.len(),
                    first_wrong.map(|i| &got[i]),
                    first_wrong.map(|i| &want[i]),
                );
            }
        }
    }

    #[test]
    fn a_line_of_8_mib_is_read_and_one_byte_more_is_rejected_wherever_the_blocks_end() {
        let mut data = Vec::new();
        for (n, gap) in [
            (MAX - 1, 5),
            (MAX, CHUNK_BYTES - 30),
            (MAX + 1, READ_BYTES + 7),
            (MAX, 3),
            (MAX + 1, 100),
        ] {
            data.extend(profile(n));
            data.push(b'\n');
            data.extend(short_lines(gap));
        }
        data.extend(profile(MAX + 1));
        data.push(b'\n');
        check(&data);
    }

    #[test]
    fn a_crlf_line_end_is_not_counted_and_a_byte_order_mark_is() {
        let mut data = b"\xef\xbb\xbf".to_vec();
        data.extend(profile(MAX - 3));
        data.extend(b"\r\n");
        data.extend(short_lines(CHUNK_BYTES - 10));
        for n in [MAX, MAX + 1, MAX - 1] {
            data.extend(profile(n));
            data.extend(b"\r\n");
        }
        check(&data);
        let mut data = b"\xef\xbb\xbf".to_vec();
        data.extend(profile(MAX - 2));
        data.extend(b"\r\n");
        check(&data);
    }

    #[test]
    fn the_last_line_counts_to_the_end_of_the_input() {
        for (n, end) in [
            (MAX, &b""[..]),
            (MAX + 1, b""),
            (MAX, b"\r"),
            (MAX - 1, b"\r"),
        ] {
            let mut data = short_lines(CHUNK_BYTES + 3);
            data.extend(profile(n));
            data.extend(end);
            check(&data);
        }
    }
}
