//! Writes N random, valid profiles of the built-in rubric as JSON Lines, for trying out and
//! measuring `skillgap team`. The same seed always gives the same file.
//!
//! ```sh
//! cargo run --release --example gen_team -- 100000 > team.jsonl
//! cargo run --release --example gen_team -- 1000000 --seed 7 > team-1m.jsonl
//! ```

use std::io::{BufWriter, Write};

use skillgap::rubric::Rubric;

/// SplitMix64: small, fast and reproducible everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut count: u64 = 1000;
    let mut seed: u64 = 42;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--seed" => seed = args.next().and_then(|s| s.parse().ok()).unwrap_or(seed),
            n => match n.parse() {
                Ok(n) => count = n,
                Err(_) => {
                    eprintln!("usage: gen_team [COUNT] [--seed N]");
                    std::process::exit(2);
                }
            },
        }
    }
    let rubric = Rubric::builtin();
    let mut rng = Rng(seed);
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 20, stdout.lock());
    for i in 0..count {
        // A member has a career stage; ratings cluster around it.
        let stage = rng.below(rubric.levels.len() as u64) as usize;
        let mut ratings = serde_json::Map::new();
        for skill in &rubric.skills {
            let base = i64::from(skill.required[stage]);
            let value = if rng.below(50) == 0 {
                serde_json::Value::Null
            } else {
                let r = (base + rng.below(3) as i64 - 1).clamp(0, 4);
                serde_json::Value::from(r)
            };
            ratings.insert(skill.id.clone(), value);
        }
        let mut profile = serde_json::Map::new();
        profile.insert("name".into(), format!("Member {}", i + 1).into());
        if rng.below(4) != 0 {
            let target = (stage + 1).min(rubric.levels.len() - 1);
            profile.insert(
                "target_level".into(),
                rubric.levels[target].id.clone().into(),
            );
        }
        let years = rubric.levels[stage].years.min + rng.below(3) as u32;
        profile.insert("years_experience".into(), years.into());
        profile.insert("ratings".into(), ratings.into());
        let held: Vec<serde_json::Value> = rubric
            .certifications
            .iter()
            .filter(|_| rng.below(8) == 0)
            .map(|c| c.id.clone().into())
            .collect();
        if !held.is_empty() {
            profile.insert("certifications".into(), held.into());
        }
        serde_json::to_writer(&mut out, &profile).expect("write to stdout");
        out.write_all(b"\n").expect("write to stdout");
    }
    out.flush().expect("write to stdout");
}
