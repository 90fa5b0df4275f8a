//! Scoring a team in flat memory: a reader thread cuts the input (JSON Lines, or the files
//! of a folder) into chunks; worker threads parse and score each chunk into a partial
//! [`TeamTally`] and, when rows are wanted, one [`MemberRow`] per member; the caller merges
//! the chunks back in input order, so rejected records, rows and every figure come out the
//! same whatever the thread count. At most a fixed number of chunks is in flight at any
//! time, so memory does not grow with the number of members.

use std::io::BufRead;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::sync::{Arc, Mutex};

use super::chunks::{self, Chunk};
use super::member::MemberRow;
use super::pairs::PairInput;
use super::source::Source;
use super::tally::{TallyOptions, TeamTally};
use crate::input::{self, Origin};
use crate::profile::review::ReviewBook;
use crate::profile::{self, Basis, Profile, Strictness};
use crate::rubric::Rubric;
use crate::score::Assessment;

/// How members' reviews are found and used: the review files given with `--review`,
/// matched to members by name (reviews embedded in a record are the record's own), and
/// which rating each skill is scored on.
#[derive(Debug, Default)]
pub struct Reviews {
    /// Which rating each skill is scored on.
    pub basis: Basis,
    /// Review files, by the person they name.
    pub book: ReviewBook,
}

/// What to make of each member beyond the tally.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Wants {
    /// How the tally counts (the day, the coverage rules, groups).
    pub options: TallyOptions,
    /// One [`MemberRow`] per member (the member CSV, the matrix).
    pub rows: bool,
    /// The learners and trainers, for cross-training pairs.
    pub pairs: bool,
}

/// What a worker made of a chunk.
pub struct Scored {
    /// Set when scoring the chunk failed unexpectedly (a bug): the run must stop.
    failure: Option<String>,
    /// The chunk's members, summed.
    pub tally: TeamTally,
    /// One row per member scored, when rows are wanted.
    pub rows: Vec<MemberRow>,
    /// The chunk's learners and trainers, when pairs are wanted.
    pub pairs: PairInput,
    /// Messages for rejected records, in input order.
    pub rejects: Vec<String>,
    /// How much of the input the chunk covered: bytes of JSON Lines, or files.
    pub bytes: u64,
}

/// Reads, scores and merges: `on_chunk` sees every chunk's result in input order and
/// returns false to stop early.
pub fn pipeline(
    rubric: &Arc<Rubric>,
    reviews: &Arc<Reviews>,
    source: Source,
    label: &Origin,
    threads: usize,
    wants: Wants,
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
    let reader =
        std::thread::spawn(move || chunks::read_chunks(source, chunk_tx, token_rx, pool_rx));
    let workers: Vec<_> = (0..threads)
        .map(|_| {
            let done_tx = done_tx.clone();
            let pool_tx = pool_tx.clone();
            let chunk_rx = Arc::clone(&chunk_rx);
            let rubric = Arc::clone(rubric);
            let reviews = Arc::clone(reviews);
            let label = label.clone();
            std::thread::spawn(move || {
                work(
                    &rubric, &reviews, &label, wants, &chunk_rx, &done_tx, &pool_tx,
                )
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
    let wants = Wants {
        options: tally.options,
        rows: false,
        pairs: false,
    };
    let rubric = Arc::new(rubric.clone());
    let reviews = Arc::new(Reviews::default());
    pipeline(
        &rubric,
        &reviews,
        source,
        &Origin::Stdin,
        threads,
        wants,
        |scored| {
            tally.merge(&scored.tally);
            Ok(true)
        },
    )?;
    Ok(tally)
}

/// Scores chunks until the input is exhausted.
fn work(
    rubric: &Rubric,
    reviews: &Reviews,
    label: &Origin,
    wants: Wants,
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
            score_chunk(rubric, reviews, label, wants, chunk)
        }));
        let (scored, buffer) = scored.unwrap_or_else(|_| {
            let failed = Scored {
                failure: Some(format!(
                    "scoring part {} of the input failed unexpectedly; this is a bug in skillgap, please report it with the input",
                    index + 1
                )),
                tally: TeamTally::with(rubric, wants.options),
                rows: Vec::new(),
                pairs: PairInput::default(),
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

/// Reads one record into `profile`, with the reviews of its person, or says why it is
/// rejected. The plainest records are read quickly into the buffers `profile` already has;
/// any other goes through the full reader.
fn read_record(
    rubric: &Rubric,
    reviews: &Reviews,
    text: &str,
    origin: &dyn Fn() -> Origin,
    profile: &mut Profile,
) -> Result<(), String> {
    if !profile::read_plain(text, rubric, profile) {
        *profile = parse_record(rubric, text, origin)?;
    }
    profile.basis = reviews.basis;
    if !reviews.book.is_empty()
        && let Some(found) = profile.name.as_deref().and_then(|n| reviews.book.of(n))
    {
        profile.add_reviews(found.iter().cloned());
    }
    Ok(())
}

/// Reads one record with the full reader, or says why it is rejected.
fn parse_record(
    rubric: &Rubric,
    text: &str,
    origin: &dyn Fn() -> Origin,
) -> Result<Profile, String> {
    // Parse against a placeholder origin, which costs nothing; only a record that fails is
    // parsed again to name its real place in the message.
    profile::parse(text, &Origin::Stdin, rubric, Strictness::default()).map_err(|_| {
        if let Some(at) = text.find('\0') {
            // UTF-16 text: one NUL byte in two.
            return format!(
                "{}: not UTF-8 text (NUL byte at column {}; UTF-16 and other encodings are not read); save the file as UTF-8",
                origin(),
                at + 1
            );
        }
        match profile::parse(text, &origin(), rubric, Strictness::default()) {
            Err(e) => e.to_string(),
            Ok(_) => format!("{}: cannot be read as a profile", origin()),
        }
    })
}

/// What a worker keeps from member to member: one profile and one assessment, whose
/// buffers are reused.
struct Scorer<'a> {
    rubric: &'a Rubric,
    reviews: &'a Reviews,
    wants: Wants,
    profile: Profile,
    scratch: Assessment,
}

impl<'a> Scorer<'a> {
    fn new(rubric: &'a Rubric, reviews: &'a Reviews, wants: Wants) -> Scorer<'a> {
        let profile = Profile::empty(rubric);
        let scratch = crate::score::assess(rubric, &profile, None);
        Scorer {
            rubric,
            reviews,
            wants,
            profile,
            scratch,
        }
    }

    /// Reads, scores and counts one record (or counts it as rejected): `record` is its
    /// place in the input, `origin` where it is for messages, `unnamed` what to call a
    /// member without a name.
    fn one(
        &mut self,
        out: &mut Scored,
        record: usize,
        text: Result<&str, String>,
        origin: &dyn Fn() -> Origin,
        unnamed: &dyn Fn() -> String,
    ) {
        let (rubric, p, a) = (self.rubric, &mut self.profile, &mut self.scratch);
        if let Err(message) = text.and_then(|t| read_record(rubric, self.reviews, t, origin, p)) {
            out.tally.rejected += 1;
            out.rejects.push(message);
            return;
        }
        let window = self.wants.options.window;
        // A review dated after the day of the assessment, or a year ahead: the member is
        // refused, as `assess` refuses the profile.
        let today = self.wants.options.today;
        let misdated = p
            .reviews()
            .iter()
            .chain(p.reviews_set_aside())
            .find_map(|r| {
                crate::profile::review::date_problem(r.date, window.as_of, today).map(|m| (r, m))
            });
        if let Some((r, message)) = misdated {
            out.tally.rejected += 1;
            out.rejects.push(format!(
                "{}: the review by {} ({}): date {message}",
                origin(),
                crate::text::terminal_safe(&r.reviewer),
                r.role.as_str()
            ));
            return;
        }
        p.expire(window.as_of);
        crate::score::assess_into(rubric, p, None, a, crate::score::Detail::Standing);
        let who = || match &p.name {
            Some(n) if !n.trim().is_empty() => n.clone(),
            _ => unnamed(),
        };
        out.tally.add_member(rubric, p, a, record, &who);
        if self.wants.rows {
            out.rows.push(MemberRow::new(p, record, a, window));
        }
        if self.wants.pairs {
            out.pairs.add(rubric, p, a, &who);
        }
    }
}

/// Scores a chunk; gives back its line buffer for reuse.
fn score_chunk(
    rubric: &Rubric,
    reviews: &Reviews,
    label: &Origin,
    wants: Wants,
    chunk: Chunk,
) -> (Scored, Option<Vec<u8>>) {
    let mut buffer = None;
    let mut out = Scored {
        failure: None,
        tally: TeamTally::with(rubric, wants.options),
        rows: Vec::new(),
        pairs: PairInput::default(),
        rejects: Vec::new(),
        bytes: 0,
    };
    let mut scorer = Scorer::new(rubric, reviews, wants);
    match chunk {
        Chunk::Lines { first_line, data } => {
            out.bytes = data.len() as u64;
            for (line, raw) in chunks::numbered_lines(&data, first_line) {
                if chunks::is_blank(raw) {
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
                let unnamed = || format!("{label} line {line}");
                scorer.one(&mut out, line, text, &origin, &unnamed);
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
                let unnamed = || file_name(path);
                let text = input::read_text(path).map_err(|e| e.to_string());
                let text = text.as_ref().map(|(t, _)| t.as_str()).map_err(Clone::clone);
                scorer.one(&mut out, first + i, text, &origin, &unnamed);
            }
        }
    }
    (out, buffer)
}

/// A file's name, for a member without a name.
fn file_name(path: &std::path::Path) -> String {
    path.file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default()
}
