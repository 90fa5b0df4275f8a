//! Writes N random, valid profiles of the built-in rubric as JSON Lines, for trying out and
//! measuring `skillgap team`. The same seed always gives the same file.
//!
//! ```sh
//! cargo run --release --example gen_team -- 100000 > team.jsonl
//! cargo run --release --example gen_team -- 1000000 --seed 7 > team-1m.jsonl
//! cargo run --release --example gen_team -- 100000 --reviews > team-reviewed.jsonl
//! cargo run --release --example gen_team -- 1000000 --groups 60 --dated > team-groups-1m.jsonl
//! cargo run --release --example gen_team -- 1000000 --lean > team-lean-1m.jsonl
//! ```
//!
//! `--reviews` embeds a supervisor's review in every profile (the profiles are otherwise
//! the same). `--groups N` spreads the members over N groups ("Line 3 / nights"), `--dated`
//! gives the certifications held earned (and some expires) days, `--lean` writes a name and
//! 20 ratings only.

use std::io::{BufWriter, Write};

use skillgap::rubric::Rubric;

fn main() {
    let mut args = std::env::args().skip(1);
    let mut count: u64 = 1000;
    let mut seed: u64 = 42;
    let mut extras = skillgap::synth::Extras::default();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--seed" => seed = args.next().and_then(|s| s.parse().ok()).unwrap_or(seed),
            "--groups" => extras.groups = args.next().and_then(|s| s.parse().ok()).unwrap_or(0),
            "--dated" => extras.dated = true,
            "--lean" => extras.lean = true,
            "--reviews" => extras.reviews = true,
            n => match n.parse() {
                Ok(n) => count = n,
                Err(_) => {
                    eprintln!(
                        "usage: gen_team [COUNT] [--seed N] [--groups N] [--dated] [--lean] [--reviews]"
                    );
                    std::process::exit(2);
                }
            },
        }
    }
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 20, stdout.lock());
    let written =
        skillgap::synth::write_team_with(&Rubric::builtin(), count, seed, extras, &mut out)
            .and_then(|()| out.flush());
    if let Err(e) = written {
        eprintln!("gen_team: {e}");
        std::process::exit(1);
    }
}
