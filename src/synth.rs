//! Synthetic teams: random, valid profiles of a rubric as JSON Lines, reproducible from a
//! seed. Used to try out and measure `skillgap team` (see `examples/gen_team.rs` and
//! `benches/team.rs`); nothing in the assessment itself depends on it.

use std::io::{self, Write};

use crate::rubric::Rubric;

/// SplitMix64: small, fast and the same on every platform.
pub struct Rng(u64);

impl Rng {
    /// A generator seeded with `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number below `n` (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }
}

/// Writes `count` profiles, one JSON object per line. Each member has a career stage;
/// their ratings cluster around its requirements, one in fifty is left unrated, three in
/// four name the next level as their target, and each certification is held by one in eight.
pub fn write_team(rubric: &Rubric, count: u64, seed: u64, out: &mut dyn Write) -> io::Result<()> {
    let mut rng = Rng::new(seed);
    for i in 0..count {
        let stage = rng.below(rubric.levels.len() as u64) as usize;
        let mut ratings = serde_json::Map::new();
        for skill in &rubric.skills {
            let base = i64::from(skill.required[stage]);
            let value = if rng.below(50) == 0 {
                serde_json::Value::Null
            } else {
                let r = (base + rng.below(3) as i64 - 1).clamp(0, i64::from(rubric.max_rating()));
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
        profile.insert("years_experience".into(), years.min(60).into());
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
        serde_json::to_writer(&mut *out, &profile)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// The same team in memory.
pub fn team_jsonl(rubric: &Rubric, count: u64, seed: u64) -> Vec<u8> {
    let mut buf = Vec::new();
    write_team(rubric, count, seed, &mut buf).expect("writing to memory cannot fail");
    buf
}
