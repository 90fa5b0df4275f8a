//! The report's own words in Spanish: the verdict every format opens with, the figures in
//! words and the warnings, for a person at every level of the built-in production ladder,
//! with no level yet, at the top, and with skills not asked; and, over random ratings on
//! both built-in rubrics, the Spanish report scores exactly as the English one.

mod common;

use proptest::prelude::*;
use skillgap::gap_report::{build, profile_warnings};
use skillgap::i18n::Lang;
use skillgap::profile::Profile;
use skillgap::report::{Reading, Report};
use skillgap::rubric::{Education, Rubric};

/// English sentences the verdict and the figures in words used to show: none may remain in
/// a Spanish report.
const ENGLISH: &[&str] = &[
    "You have reached",
    "Not yet",
    "No level reached",
    "Next:",
    "Do first:",
    "Start with:",
    " ready",
    "needed",
    "rated ",
    "needs ",
    "stand before",
    "usually",
    "Can you apply",
    "the top of the ladder",
    "Rubric:",
    "Target:",
    "Best level reached",
    "Assessed on",
    "not rated",
    "not asked",
    "skills are rated 3 or more",
    "ratings are",
];

fn report_in(r: &Rubric, p: &Profile, lang: Lang) -> Report {
    build(
        r,
        p,
        None,
        3,
        profile_warnings(r, p, lang),
        false,
        Reading { lang, as_of: None },
    )
}

/// A profile rated exactly what `level` requires.
fn at_level(r: &Rubric, level: usize) -> Profile {
    let mut p = Profile::empty(r);
    p.ratings = r.skills.iter().map(|s| Some(s.required[level])).collect();
    p.years_experience = Some(2.5);
    p
}

/// Every line of a report's own words: the verdict, the lines at the top, the gaps, the
/// salary, the certifications' facts and the warnings.
fn own_words(rep: &Report) -> Vec<String> {
    let mut lines = rep.summary.lines.clone();
    lines.extend(rep.summary_lines());
    if let Some(next) = &rep.next_level {
        lines.push(rep.short_line(next));
        lines.extend(next.gaps.iter().map(|g| rep.gap_line(g)));
    }
    lines.push(rep.reach_rule());
    lines.push(rep.salary_line());
    lines.extend(rep.certifications.iter().flat_map(|c| rep.cert_lines(c)));
    lines.push(rep.education_heading());
    lines.push(rep.no_certifications_sentence());
    lines.extend(rep.strengths.iter().map(|s| rep.strength_text(s)));
    lines.extend(rep.warnings.iter().cloned());
    lines
}

fn assert_spanish(lines: &[String]) {
    for line in lines {
        for english in ENGLISH {
            assert!(!line.contains(english), "{english:?} in {line:?}");
        }
    }
}

#[test]
fn the_verdict_at_every_level_is_spanish() {
    let r = Rubric::builtin();
    let es = r.in_lang(Lang::Es);
    for level in 0..r.levels.len() {
        let p = at_level(&r, level);
        let rep = report_in(&r, &p, Lang::Es);
        assert_eq!(rep.best_level.as_deref(), Some(r.levels[level].id.as_str()));
        let first = &rep.summary.lines[0];
        assert!(
            first.starts_with(&format!("Ha alcanzado el nivel {}", es.levels[level].title)),
            "{first}"
        );
        assert!(first.contains(" años de experiencia"), "{first}");
        if level + 1 < r.levels.len() {
            assert!(!first.contains("el más alto"), "{first}");
            assert!(
                rep.summary.lines[1]
                    .starts_with(&format!("Siguiente nivel: {}", es.levels[level + 1].title)),
                "{:?}",
                rep.summary.lines
            );
            assert!(rep.summary.lines[1].contains("de preparación"));
            assert!(
                rep.summary
                    .lines
                    .iter()
                    .any(|l| l.starts_with("Haga primero: ")),
                "{:?}",
                rep.summary.lines
            );
        }
        assert!(rep.summary_lines()[1].starts_with("Nivel objetivo: "));
        assert!(
            rep.summary_lines()
                .iter()
                .any(|l| l == "Experiencia: 2,5 años")
        );
        assert_spanish(&own_words(&rep));
    }
}

#[test]
fn no_level_yet_the_top_and_skills_not_asked_are_spanish() {
    let r = Rubric::builtin();
    let es = r.in_lang(Lang::Es);

    let mut none = Profile::empty(&r);
    none.ratings = vec![Some(0); r.skills.len()];
    none.ratings[0] = Some(4);
    none.ratings[1] = Some(4);
    none.education = Some(Education::Secondary);
    let rep = report_in(&r, &none, Lang::Es);
    assert_eq!(rep.best_level, None);
    let lines = &rep.summary.lines;
    assert!(
        lines[0].starts_with(&format!("Todavía no alcanza {}:", es.levels[0].title)),
        "{lines:?}"
    );
    assert!(lines[0].contains("habilidades por aprender"), "{lines:?}");
    assert!(lines[0].contains("\u{a0}% de preparación; se requiere 85\u{a0}%"));
    assert!(
        lines[1].starts_with(&format!(
            "¿Puede solicitar empleo como {}? Sí: piden un diploma de preparatoria",
            es.levels[0].title
        )),
        "{lines:?}"
    );
    assert_eq!(
        rep.education_heading(),
        "Formas de entrar por medio de estudios"
    );
    assert!(
        rep.warnings
            .iter()
            .any(|w| w.contains("calificaciones son 0 (Ninguno)")),
        "{:?}",
        rep.warnings
    );
    assert_spanish(&own_words(&rep));

    let top = at_level(&r, r.levels.len() - 1);
    let rep = report_in(&r, &top, Lang::Es);
    assert!(
        rep.summary.lines[0].starts_with(&format!(
            "Ha alcanzado el nivel {}, el más alto de la escalera, normalmente con",
            es.levels[r.levels.len() - 1].title
        )),
        "{:?}",
        rep.summary.lines
    );
    assert_spanish(&own_words(&rep));

    // Skills left out, as `--quick` does: the verdict is provisional.
    let mut quick = at_level(&r, 1);
    quick.not_asked = vec![false; r.skills.len()];
    for s in [3, 7, 11] {
        quick.not_asked[s] = true;
        quick.ratings[s] = None;
    }
    let rep = report_in(&r, &quick, Lang::Es);
    assert!(
        rep.summary.lines[0].contains("(provisional: 3 habilidades no se preguntaron)"),
        "{:?}",
        rep.summary.lines
    );
    assert!(
        rep.warnings
            .iter()
            .any(|w| w.starts_with("3 habilidades no se preguntaron (el perfil las deja fuera): ")),
        "{:?}",
        rep.warnings
    );
    assert!(
        rep.warnings.iter().any(|w| w.contains(&es.skills[3].name)),
        "the skills not asked by their Spanish names: {:?}",
        rep.warnings
    );
    assert_spanish(&own_words(&rep));
}

#[test]
fn the_spanish_words_of_a_sample_report_read_as_reviewed() {
    let r = Rubric::builtin();
    let mut p = at_level(&r, 1);
    p.ratings[2] = None;
    p.ratings[5] = Some(0);
    p.target = r.level_index("lead");
    let rep = report_in(&r, &p, Lang::Es);
    insta::assert_snapshot!("verdict_es", own_words(&rep).join("\n"));
}

fn builtins() -> &'static [Rubric] {
    common::builtin_rubrics()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn spanish_and_english_reports_score_alike((rubric, ratings, education) in common::cases::ratings_around_a_level()) {
        let r = &builtins()[rubric];
        let mut p = Profile::empty(r);
        p.ratings = ratings;
        p.education = education;
        let (en, es) = (report_in(r, &p, Lang::En), report_in(r, &p, Lang::Es));
        prop_assert_eq!(&es.best_level, &en.best_level);
        prop_assert_eq!(&es.target_level, &en.target_level);
        prop_assert_eq!(
            es.next_level.as_ref().map(|n| &n.id),
            en.next_level.as_ref().map(|n| &n.id)
        );
        let figures = |rep: &Report| -> Vec<(String, u8, u32)> {
            rep.skills.iter().map(|s| (s.id.clone(), s.gap, s.priority)).collect()
        };
        prop_assert_eq!(figures(&es), figures(&en));
        prop_assert_eq!(es.summary.lines.len(), en.summary.lines.len());
        let words = r.in_lang(Lang::Es);
        match &es.best_level {
            Some(best) => {
                let title = &words.levels[words.level_index(best).unwrap()].title;
                prop_assert!(
                    es.summary.lines[0].starts_with(&format!("Ha alcanzado el nivel {title}")),
                    "{:?}", es.summary.lines
                );
            }
            None => prop_assert!(
                es.summary.lines[0].starts_with(&format!("Todavía no alcanza {}", words.levels[0].title))
                    || es.summary.lines[0].contains(&words.levels[0].title),
                "{:?}", es.summary.lines
            ),
        }
        for line in &es.summary.lines {
            for english in ["You have reached", "Not yet", "Next:", "Do first:", "Start with:"] {
                prop_assert!(!line.contains(english), "{:?}", es.summary.lines);
            }
        }
    }
}
