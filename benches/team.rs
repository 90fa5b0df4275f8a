//! Throughput of `skillgap team` against a bare parse of the same lines.
//!
//! ```sh
//! cargo bench --bench team
//! ```
//!
//! All benchmarks read the same 20,000 generated profiles (seed 42) and report bytes per
//! second, so their throughputs compare directly:
//!
//! - `bare_parse`: `serde_json` parses each line into the profile type, nothing else;
//! - `parse_validate_score`: the full reader (parse, validate against the rubric), then
//!   score at every level and add to the team tally: what a worker does with a record the
//!   quick reader leaves to the full one;
//! - `quick_read_score`: what one worker does per plain record: the quick reader, then
//!   the same scoring and tally;
//! - `team_pipeline`: the whole pipeline of `skillgap team` (reader thread, worker threads,
//!   ordered merge) on 1 and on 2 threads.

use std::io::Cursor;

use divan::counter::BytesCount;
use divan::{Bencher, black_box};
use skillgap::input::Origin;
use skillgap::profile::{self, Profile, ProfileDoc, Strictness, read_plain};
use skillgap::rubric::Rubric;
use skillgap::synth::team_jsonl;
use skillgap::team::TeamTally;
use skillgap::team::tally_lines;

const MEMBERS: u64 = 20_000;

fn main() {
    divan::main();
}

fn data() -> (Rubric, Vec<u8>) {
    let rubric = Rubric::builtin();
    let data = team_jsonl(&rubric, MEMBERS, 42);
    (rubric, data)
}

#[divan::bench]
fn bare_parse(bencher: Bencher) {
    let (_, data) = data();
    let text = std::str::from_utf8(&data).unwrap();
    bencher.counter(BytesCount::new(data.len())).bench(|| {
        let mut n = 0;
        for line in text.lines() {
            let doc: ProfileDoc = serde_json::from_str(line).unwrap();
            n += doc.ratings.0.len();
        }
        black_box(n)
    });
}

#[divan::bench]
fn parse_validate_score(bencher: Bencher) {
    let (rubric, data) = data();
    let text = std::str::from_utf8(&data).unwrap();
    bencher.counter(BytesCount::new(data.len())).bench(|| {
        let mut tally = TeamTally::new(&rubric);
        let mut scratch = skillgap::score::assess(&rubric, &Profile::empty(&rubric), None);
        for line in text.lines() {
            let p = profile::parse(line, &Origin::Stdin, &rubric, Strictness::default()).unwrap();
            tally.add_into(&rubric, &p, &mut scratch);
        }
        black_box(tally.scored)
    });
}

#[divan::bench]
fn quick_read_score(bencher: Bencher) {
    let (rubric, data) = data();
    let text = std::str::from_utf8(&data).unwrap();
    bencher.counter(BytesCount::new(data.len())).bench(|| {
        let mut tally = TeamTally::new(&rubric);
        let mut p = Profile::empty(&rubric);
        let mut scratch = skillgap::score::assess(&rubric, &p, None);
        for line in text.lines() {
            assert!(read_plain(line, &rubric, &mut p));
            tally.add_into(&rubric, &p, &mut scratch);
        }
        black_box(tally.scored)
    });
}

#[divan::bench(args = [1, 2])]
fn team_pipeline(bencher: Bencher, threads: usize) {
    let (rubric, data) = data();
    bencher
        .counter(BytesCount::new(data.len()))
        .with_inputs(|| Cursor::new(data.clone()))
        .bench_values(|reader| {
            let tally = tally_lines(&rubric, reader, threads).unwrap();
            assert_eq!(tally.scored, MEMBERS);
            black_box(tally.scored)
        });
}
