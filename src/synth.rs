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

/// What else the generated profiles carry.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Extras {
    /// Spread the members over this many groups ("Line 3 / nights"); 0 for none.
    pub groups: u64,
    /// Give each certification held an `earned` day (2019 to 2026), and one in four an
    /// `expires` day too.
    pub dated: bool,
    /// Lean records: a name and 20 ratings only (about 540 bytes a line).
    pub lean: bool,
    /// Embed a supervisor's review of every skill in every profile.
    pub reviews: bool,
}

/// Writes `count` profiles, one JSON object per line. Each member has a career stage;
/// their ratings cluster around its requirements, one in fifty is left unrated, three in
/// four name the next level as their target, and each certification is held by one in eight.
pub fn write_team(rubric: &Rubric, count: u64, seed: u64, out: &mut dyn Write) -> io::Result<()> {
    write_team_with(rubric, count, seed, Extras::default(), out)
}

/// [`write_team`] with groups, dated certifications, lean records, or a supervisor's review
/// embedded in every profile (its rating within one of the member's own, one in ten "not
/// observed"). Without extras it writes the same file as [`write_team`]; reviews leave the
/// profiles otherwise the same.
pub fn write_team_with(
    rubric: &Rubric,
    count: u64,
    seed: u64,
    extras: Extras,
    out: &mut dyn Write,
) -> io::Result<()> {
    let reviews = extras.reviews;
    let mut rng = Rng::new(seed);
    let mut review_rng = Rng::new(seed ^ 0x5eed_0f4e_71e5);
    if extras.lean {
        return write_lean(rubric, count, &mut rng, out);
    }
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
        if extras.groups > 0 {
            let g = rng.below(extras.groups);
            let shift = ["days", "nights", "weekends"][(g % 3) as usize];
            profile.insert(
                "group".into(),
                format!("Line {} / {shift}", g / 3 + 1).into(),
            );
        }
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
        let held: Vec<&crate::rubric::Certification> = rubric
            .certifications
            .iter()
            .filter(|_| rng.below(8) == 0)
            .collect();
        let held: Vec<serde_json::Value> = held
            .into_iter()
            .map(|c| {
                if !extras.dated {
                    return c.id.clone().into();
                }
                let day = |rng: &mut Rng, from: u64| {
                    format!(
                        "{}-{:02}-{:02}",
                        from + rng.below(8),
                        1 + rng.below(12),
                        1 + rng.below(28)
                    )
                };
                let mut entry = serde_json::Map::new();
                entry.insert("id".into(), c.id.clone().into());
                let earned = day(&mut rng, 2019);
                if rng.below(4) == 0 {
                    let year: u64 = earned[..4].parse().unwrap_or(2019);
                    let expires = format!("{}{}", year + 3, &earned[4..]);
                    entry.insert("expires".into(), expires.into());
                }
                entry.insert("earned".into(), earned.into());
                entry.into()
            })
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

/// Lean records: a name and the first 20 skills' ratings.
fn write_lean(rubric: &Rubric, count: u64, rng: &mut Rng, out: &mut dyn Write) -> io::Result<()> {
    for i in 0..count {
        let stage = rng.below(rubric.levels.len() as u64) as usize;
        write!(out, "{{\"name\":\"Member {}\",\"ratings\":{{", i + 1)?;
        for (k, skill) in rubric.skills.iter().take(20).enumerate() {
            let base = i64::from(skill.required[stage]);
            let r = (base + rng.below(3) as i64 - 1).clamp(0, i64::from(rubric.max_rating()));
            let sep = if k == 0 { "" } else { "," };
            write!(out, "{sep}\"{}\":{r}", skill.id)?;
        }
        out.write_all(b"}}\n")?;
    }
    Ok(())
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
        write_team_with(
            &r,
            20,
            3,
            Extras {
                reviews: true,
                ..Extras::default()
            },
            &mut reviewed,
        )
        .unwrap();
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
