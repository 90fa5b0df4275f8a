//! Checks that make a set of self-ratings look unreliable: nearly all ratings the same,
//! a target far beyond the years of experience, many high ratings with nothing to show for
//! them. Pure; the questionnaire shows them before its review, and every report records them.

use std::collections::BTreeMap;

use crate::i18n::Lang;
use crate::profile::Profile;
use crate::report::{years_band, years_text};
use crate::rubric::Rubric;
use crate::tr;

/// Share of equal ratings at which the ratings look like one value given throughout.
pub const FLAT_SHARE: f64 = 0.8;
/// How many years short of the target's band earns a warning.
pub const YEARS_WELL_BELOW: f64 = 2.0;
/// How many high ratings without evidence earn a warning.
pub const HIGH_WITHOUT_EVIDENCE: usize = 3;

/// Checks that make a set of answers look unreliable, as sentences for the person in `lang`
/// (`rubric` in the same language, for the names it gives).
pub fn reliability_warnings(rubric: &Rubric, profile: &Profile, lang: Lang) -> Vec<String> {
    let mut warnings = Vec::new();
    // The person's own answers: these checks are about how they rated themselves, whatever
    // a reviewer says.
    let ratings = profile.self_ratings();
    let rated: Vec<u8> = ratings.iter().flatten().collect();
    if rated.len() >= 5 {
        let mut counts: BTreeMap<u8, usize> = BTreeMap::new();
        for r in &rated {
            *counts.entry(*r).or_default() += 1;
        }
        if let Some((&value, &count)) = counts.iter().max_by_key(|&(_, c)| *c)
            && count as f64 >= FLAT_SHARE * rated.len() as f64
        {
            warnings.push(tr!(
                lang,
                "report-warning-flat",
                count = count,
                rated = rated.len(),
                value = value,
                label = rubric.scale_label(value)
            ));
        }
    }
    if let (Some(t), Some(years)) = (profile.target, profile.years_experience) {
        let level = &rubric.levels[t];
        if f64::from(level.years.min) - years >= YEARS_WELL_BELOW {
            // English has always said "and you have 5": the band just before names the unit.
            let have = match lang {
                Lang::En => years.to_string(),
                _ => years_text(lang, years),
            };
            warnings.push(tr!(
                lang,
                "report-warning-years",
                level = level.title.as_str(),
                band = years_band(lang, level.years),
                years = have
            ));
        }
    }
    let high_without: Vec<&str> = (0..rubric.skills.len())
        .filter(|&s| ratings.get(s).is_some_and(|r| r >= 3) && profile.evidence[s].is_none())
        .map(|s| rubric.skills[s].name.as_str())
        .collect();
    if high_without.len() >= HIGH_WITHOUT_EVIDENCE {
        warnings.push(tr!(
            lang,
            "report-warning-no-evidence",
            count = high_without.len(),
            skills = high_without.join(", ")
        ));
    }
    warnings
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flat_ratings_are_flagged() {
        let r = Rubric::builtin();
        let mut p = Profile::empty(&r);
        p.ratings = vec![Some(2); r.skills.len()];
        p.ratings[0] = Some(1);
        p.ratings[1] = Some(3);
        p.ratings[2] = Some(3);
        let w = reliability_warnings(&r, &p, Lang::En);
        assert_eq!(w.len(), 1, "{w:?}");
        let n = r.skills.len();
        assert!(
            w[0].starts_with(&format!("{} of {n} ratings are 2 (Working)", n - 3)),
            "{w:?}"
        );
        // Below 80% the same, no warning.
        let mut k = 3;
        while (n - k) * 5 >= n * 4 {
            p.ratings[k] = Some(0);
            k += 1;
        }
        assert!(
            reliability_warnings(&r, &p, Lang::En).is_empty(),
            "{} of {n} is below 80%",
            n - k
        );
    }

    #[test]
    fn experience_well_below_the_target_band_is_flagged() {
        let r = Rubric::builtin();
        let mut p = Profile::empty(&r);
        p.target = r.level_index("lead"); // 7-10 years
        p.years_experience = Some(5.0);
        assert!(
            reliability_warnings(&r, &p, Lang::En)
                .iter()
                .any(|w| w.contains("usually comes with 7-10 years"))
        );
        p.years_experience = Some(5.5);
        assert!(reliability_warnings(&r, &p, Lang::En).is_empty());
    }

    #[test]
    fn high_ratings_without_evidence_are_flagged() {
        let r = Rubric::builtin();
        let mut p = Profile::empty(&r);
        for s in 0..3 {
            p.ratings[s] = Some(3);
        }
        let w = reliability_warnings(&r, &p, Lang::En);
        assert_eq!(w.len(), 1);
        assert!(w[0].starts_with("3 skills are rated 3 or more with no evidence"));
        p.evidence[0] = Some("led the weekly schedule".into());
        assert!(reliability_warnings(&r, &p, Lang::En).is_empty());
    }
}
