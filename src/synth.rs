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
    write_team_with(rubric, count, seed, false, out)
}

/// Like [`write_team`]; with `reviews`, every profile also embeds a supervisor's review of
/// every skill (its rating within one of the member's own, one in ten "not observed"). The
/// profiles themselves are the same as without.
pub fn write_team_with(
    rubric: &Rubric,
    count: u64,
    seed: u64,
    reviews: bool,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut rng = Rng::new(seed);
    let mut review_rng = Rng::new(seed ^ 0x5eed_0f4e_71e5);
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
        if reviews {
            let review = supervisor_review(rubric, &profile, i, &mut review_rng);
            profile.insert("reviews".into(), vec![review].into());
        }
        serde_json::to_writer(&mut *out, &profile)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// A supervisor's review of a generated member: within one of their own rating.
fn supervisor_review(
    rubric: &Rubric,
    profile: &serde_json::Map<String, serde_json::Value>,
    i: u64,
    rng: &mut Rng,
) -> serde_json::Value {
    let mut ratings = serde_json::Map::new();
    for skill in &rubric.skills {
        let own = profile["ratings"][skill.id.as_str()].as_i64().unwrap_or(1);
        let value = if rng.below(10) == 0 {
            serde_json::Value::Null
        } else {
            let r = (own + rng.below(3) as i64 - 1).clamp(0, i64::from(rubric.max_rating()));
            serde_json::Value::from(r)
        };
        ratings.insert(skill.id.clone(), value);
    }
    serde_json::json!({
        "person": profile["name"],
        "reviewer": format!("Supervisor {}", i % 50 + 1),
        "role": "supervisor",
        "date": "2026-10-15",
        "ratings": ratings,
    })
}

/// The same team in memory.
pub fn team_jsonl(rubric: &Rubric, count: u64, seed: u64) -> Vec<u8> {
    let mut buf = Vec::new();
    write_team(rubric, count, seed, &mut buf).expect("writing to memory cannot fail");
    buf
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_reviews_leave_the_profiles_as_they_were_and_are_valid() {
        let r = Rubric::builtin();
        let plain = team_jsonl(&r, 20, 3);
        let mut reviewed = Vec::new();
        write_team_with(&r, 20, 3, true, &mut reviewed).unwrap();
        let plain = std::str::from_utf8(&plain).unwrap().lines();
        let reviewed = std::str::from_utf8(&reviewed).unwrap().lines();
        for (a, b) in plain.zip(reviewed) {
            let mut with: serde_json::Value = serde_json::from_str(b).unwrap();
            let p = crate::profile::parse(
                b,
                &crate::input::Origin::Stdin,
                &r,
                crate::profile::Strictness::default(),
            )
            .unwrap();
            assert_eq!(p.reviews().len(), 1);
            with.as_object_mut().unwrap().remove("reviews");
            assert_eq!(with, serde_json::from_str::<serde_json::Value>(a).unwrap());
        }
    }
}
