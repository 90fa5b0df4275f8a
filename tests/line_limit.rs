//! The 8 MiB limit, byte for byte: `assess --input` reads a file of at most 8 MiB and refuses
//! one byte more; `team` reads a JSON Lines line of at most 8 MiB (not counting its "\n" or
//! "\r\n") and rejects one byte more, by its line number, and goes on. Wherever the line is:
//! at the start, in the middle, at the end, across the edge of the chunks the team reader
//! cuts its input into; on one thread or two; from a file or from standard input.

mod common;

use std::path::Path;

use common::skillgap;
use skillgap::team::TeamSummary;

const MAX: usize = 8 * 1024 * 1024;
/// The team reader's chunk size (`CHUNK_BYTES` in src/team/chunks.rs).
const CHUNK: usize = 1024 * 1024;

/// A valid profile of exactly `n` bytes: its name is padded, so that its length is the only
/// thing wrong with it when it is too long.
fn profile(n: usize) -> Vec<u8> {
    let (head, tail) = (&b"{\"name\": \""[..], &b"\", \"ratings\": {}}"[..]);
    let mut p = head.to_vec();
    p.resize(n - tail.len(), b'x');
    p.extend_from_slice(tail);
    assert_eq!(p.len(), n);
    p
}

/// A JSON Lines file being built, with what `team` should make of each line.
#[derive(Default)]
struct Lines {
    data: Vec<u8>,
    lines: usize,
    /// Numbers of the lines that are too long.
    rejected: Vec<usize>,
}

impl Lines {
    /// Adds a profile of `n` bytes and its line end.
    fn line(&mut self, n: usize, end: &str) -> &mut Self {
        self.data.extend(profile(n));
        self.data.extend(end.as_bytes());
        self.lines += 1;
        if n > MAX {
            self.rejected.push(self.lines);
        }
        self
    }

    /// Adds short profiles of 30 to 89 bytes until the file is `offset` bytes long.
    fn short_until(&mut self, offset: usize) -> &mut Self {
        assert!(offset >= self.data.len() + 30);
        while self.data.len() < offset {
            let left = offset - self.data.len();
            let n = if left < 120 {
                left - 1
            } else {
                (30 + self.lines % 60).min(left - 61)
            };
            self.line(n, "\n");
        }
        assert_eq!(self.data.len(), offset);
        self
    }
}

/// The numbers of the lines `team` said were too long, checking that each is named in full.
fn too_long(stderr: &str, origin: &str) -> Vec<usize> {
    stderr
        .lines()
        .filter(|l| l.contains("the line is longer than 8 MiB"))
        .map(|l| {
            let place = l
                .strip_prefix(&format!("skillgap: rejected: {origin}:"))
                .unwrap_or_else(|| panic!("{l}"));
            place[..place.find(':').unwrap()].parse().unwrap()
        })
        .collect()
}

/// Runs `team` on `file` (or on its bytes on standard input) on `threads` threads; checks
/// that it exits 0, rejects the lines too long by their numbers and scores every other
/// line. Gives back the summary, for comparison between runs.
fn team(file: &Path, want: &Lines, threads: &str, stdin: bool) -> Vec<u8> {
    let mut cmd = skillgap();
    cmd.args(["team", "--format", "json", "--threads", threads, "--input"]);
    let origin = if stdin {
        cmd.arg("-").write_stdin(want.data.clone());
        "<stdin>".to_string()
    } else {
        cmd.arg(file);
        file.display().to_string()
    };
    let out = cmd.output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let what = format!("{origin}, {threads} threads");
    assert!(out.status.success(), "{what}: {stderr}");
    assert_eq!(
        too_long(&stderr, &origin),
        want.rejected,
        "{what}: {stderr}"
    );
    let s: TeamSummary = serde_json::from_slice(&out.stdout).unwrap();
    let rejected = want.rejected.len() as u64;
    assert_eq!(
        (s.members_scored, s.members_rejected),
        (want.lines as u64 - rejected, rejected),
        "{what}: {stderr}"
    );
    out.stdout
}

/// Writes the file and checks it with one thread and two, from the file and from standard
/// input: the same lines rejected, the same summary.
fn check(want: &Lines) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("team.jsonl");
    std::fs::write(&file, &want.data).unwrap();
    let one = team(&file, want, "1", false);
    assert_eq!(team(&file, want, "2", false), one);
    assert_eq!(team(&file, want, "2", true), one);
}

#[test]
fn assess_reads_a_file_of_8_mib_and_refuses_one_byte_more() {
    let dir = tempfile::tempdir().unwrap();
    for n in [MAX - 1, MAX, MAX + 1] {
        let file = dir.path().join(format!("{n}.json"));
        std::fs::write(&file, profile(n)).unwrap();
        let on_file = skillgap()
            .args(["assess", "--format", "json", "--input"])
            .arg(&file)
            .output()
            .unwrap();
        let on_stdin = skillgap()
            .args(["assess", "--format", "json", "--input", "-"])
            .write_stdin(profile(n))
            .output()
            .unwrap();
        for (out, origin) in [
            (on_file, file.display().to_string()),
            (on_stdin, "<stdin>".to_string()),
        ] {
            let stderr = String::from_utf8_lossy(&out.stderr);
            if n <= MAX {
                assert!(out.status.success(), "{n} bytes, {origin}: {stderr}");
                assert!(!stderr.contains("larger than"), "{stderr}");
            } else {
                assert_eq!(out.status.code(), Some(2), "{n} bytes, {origin}: {stderr}");
                assert!(
                    stderr.contains(&format!("{origin} is larger than 8 MiB")),
                    "{stderr}"
                );
            }
        }
    }
}

/// Each length at the start, in the middle (just before a chunk edge) and at the end (its
/// first byte the last before a chunk edge), with short lines on either side of the edges.
#[test]
fn team_reads_a_line_of_8_mib_and_rejects_one_byte_more_wherever_it_is() {
    for [start, middle, end] in [
        [MAX - 1, MAX, MAX + 1],
        [MAX, MAX + 1, MAX - 1],
        [MAX + 1, MAX - 1, MAX],
    ] {
        let mut want = Lines::default();
        want.line(start, "\n")
            .short_until(10 * CHUNK - 100)
            .line(middle, "\n")
            .short_until(20 * CHUNK - 1)
            .line(end, "\n");
        check(&want);
    }
}

#[test]
fn team_measures_the_lines_around_the_first_chunk_edge() {
    for n in [MAX - 1, MAX, MAX + 1] {
        let mut want = Lines::default();
        // Lines ending just before the first edge, at it and just after it, then a long
        // line across the next edge.
        want.short_until(CHUNK - 75)
            .line(34, "\n")
            .line(39, "\n")
            .line(40, "\n")
            .short_until(2 * CHUNK - 100)
            .line(n, "\n")
            .short_until(11 * CHUNK + 50);
        check(&want);
    }
}

#[test]
fn team_does_not_count_a_line_end_or_a_last_line_without_one() {
    let mut want = Lines::default();
    want.line(40, "\r\n")
        .line(MAX, "\r\n")
        .line(MAX + 1, "\r\n")
        .line(50, "\r\n")
        .line(MAX, "");
    check(&want);
    let mut want = Lines::default();
    want.line(40, "\n").line(MAX + 1, "");
    check(&want);
}
