//! One person's gap report: the one way through the core from a validated profile to a
//! [`Report`] (score, recommend, lay out), and the warnings a report carries about its
//! profile. Pure: no printing, no files.

use crate::checks::reliability_warnings;
use crate::figures::round_to;
use crate::i18n::Lang;
use crate::profile::Profile;
use crate::recommend::recommend;
use crate::report::{
    LevelChange, RatingChange, Reading, Report, Since, TargetChoice, day_text, role_name,
};
use crate::rubric::Rubric;
use crate::score::assess;
use crate::tr;

/// Scores, recommends and lays out the report for one profile read from a file. No review
/// is judged stale: [`build`] takes the day to judge them on.
pub fn build_report(
    rubric: &Rubric,
    profile: &Profile,
    level: Option<usize>,
    max_certs: usize,
    warnings: Vec<String>,
) -> Report {
    build(
        rubric,
        profile,
        level,
        max_certs,
        warnings,
        false,
        Reading::default(),
    )
}

/// Like [`build_report`], for a profile made of questionnaire answers (`answered`): a
/// target it names was chosen in the questionnaire. `reading` gives the language (the
/// report's words and the rubric's, from its translation) and the day reviews more than 12
/// months old are marked stale on.
pub fn build(
    rubric: &Rubric,
    profile: &Profile,
    level: Option<usize>,
    max_certs: usize,
    warnings: Vec<String>,
    answered: bool,
    reading: Reading,
) -> Report {
    let in_lang;
    let rubric = if reading.lang == Lang::En {
        rubric
    } else {
        in_lang = rubric.in_lang(reading.lang);
        &in_lang
    };
    let assessment = assess(rubric, profile, level);
    let recommendations = recommend(rubric, profile, &assessment, max_certs);
    let target_chosen_by = match TargetChoice::from(assessment.target_source) {
        TargetChoice::Profile if answered => TargetChoice::Questionnaire,
        choice => choice,
    };
    Report::build(
        rubric,
        profile,
        &assessment,
        &recommendations,
        warnings,
        target_chosen_by,
        reading,
    )
}

/// Warnings about a valid profile that the reader should see, in `lang`: unrated skills,
/// skills not asked, reviews set aside, and the reliability checks.
pub fn profile_warnings(rubric: &Rubric, profile: &Profile, lang: Lang) -> Vec<String> {
    let in_lang;
    let words = if lang == Lang::En {
        rubric
    } else {
        in_lang = rubric.in_lang(lang);
        &in_lang
    };
    let mut warnings = Vec::new();
    let missing = profile.not_rated();
    if !missing.is_empty() {
        let ids: Vec<&str> = missing
            .iter()
            .map(|&i| rubric.skills[i].id.as_str())
            .collect();
        warnings.push(tr!(
            lang,
            "report-warning-not-rated",
            count = ids.len(),
            skills = ids.join(", ")
        ));
    }
    let left_out = profile.skills_not_asked();
    if !left_out.is_empty() {
        let names: Vec<String> = left_out
            .iter()
            .map(|&i| crate::text::terminal_safe(&words.skills[i].name).into_owned())
            .collect();
        warnings.push(tr!(
            lang,
            "report-warning-not-asked",
            count = names.len(),
            skills = names.join(", ")
        ));
    }
    warnings.extend(set_aside_warnings(profile, lang));
    warnings.extend(reliability_warnings(words, profile, lang));
    warnings
}

/// One warning per review set aside (one reviewer counts once), saying which counts, in
/// `lang`.
pub fn set_aside_warnings(profile: &Profile, lang: Lang) -> Vec<String> {
    let mut warnings = Vec::new();
    for r in profile.reviews_set_aside() {
        let counted = profile.reviews().iter().find(|k| {
            crate::profile::review::same_person(&k.reviewer, &r.reviewer) && k.role == r.role
        });
        let counted = match counted {
            Some(k) if k.date == r.date => tr!(lang, "report-warning-given-again"),
            Some(k) => tr!(lang, "report-warning-counted", day = day_text(lang, k.date)),
            None => tr!(lang, "report-warning-later"),
        };
        warnings.push(tr!(
            lang,
            "report-warning-set-aside",
            reviewer = crate::text::terminal_safe(&r.reviewer).into_owned(),
            role = role_name(lang, r.role),
            day = day_text(lang, r.date),
            counted = counted
        ));
    }
    warnings
}

/// The warning a report carries when no certification was asked for (`--max-certs 0`).
pub fn no_certifications_warning(lang: Lang) -> String {
    tr!(lang, "report-warning-no-certs")
}

/// What changed from the assessment `then` to `now`: the person's own ratings, and every
/// level's readiness and standing, each scored as the report is (its basis, its target).
pub fn since(rubric: &Rubric, then: &Profile, now: &Profile, target: usize) -> Since {
    let ratings = (0..rubric.skills.len())
        .filter(|&s| then.ratings[s] != now.ratings[s])
        .map(|s| RatingChange {
            id: rubric.skills[s].id.clone(),
            name: rubric.skills[s].name.clone(),
            from: then.ratings[s],
            to: now.ratings[s],
        })
        .collect();
    let mut earlier = then.clone();
    earlier.basis = now.basis;
    let (a, b) = (
        assess(rubric, &earlier, Some(target)),
        assess(rubric, now, Some(target)),
    );
    let levels = rubric
        .levels
        .iter()
        .zip(a.levels.iter().zip(&b.levels))
        .filter_map(|(level, (x, y))| {
            let (from, to) = (round_to(x.readiness, 1), round_to(y.readiness, 1));
            (from != to || x.reached != y.reached).then(|| LevelChange {
                id: level.id.clone(),
                title: level.title.clone(),
                readiness_from: from,
                readiness_to: to,
                reached_from: x.reached,
                reached_to: y.reached,
            })
        })
        .collect();
    Since {
        date: then.assessed_on.map(|d| d.to_string()),
        ratings,
        levels,
    }
}
