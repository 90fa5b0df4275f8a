//! The built-in rubrics' translations (`rubrics/RUBRIC.es.json`): complete, and text only:
//! a translated rubric asks and scores exactly as the base one.

mod common;

use skillgap::rubric::translation::Translation;

/// The built-in rubrics that ship a Spanish translation (every one, once all are written).
const TRANSLATED: &[&str] = &["production-specialist", "media-production-specialist"];

#[test]
fn every_shipped_translation_covers_its_rubric_exactly() {
    for rubric in common::builtin_rubrics() {
        let path = common::root().join(format!("rubrics/{}.es.json", rubric.id));
        if !path.exists() {
            assert!(
                !TRANSLATED.contains(&rubric.id.as_str()),
                "{} has no Spanish translation",
                rubric.id
            );
            continue;
        }
        let t = Translation::from_json(&common::read(&path)).unwrap();
        assert_eq!(t.lang, "es");
        let problems: Vec<String> = t.problems(rubric).iter().map(|p| p.to_string()).collect();
        assert!(problems.is_empty(), "{}: {problems:#?}", path.display());

        let es = t.apply(rubric);
        for (a, b) in es.skills.iter().zip(&rubric.skills) {
            assert_eq!(a.id, b.id);
            assert_eq!(a.required, b.required, "{}", a.id);
            assert_eq!(
                (a.importance, a.category, a.critical),
                (b.importance, b.category, b.critical)
            );
            assert_ne!(a.name, b.name, "{}: the name is translated", a.id);
            assert_eq!(a.anchors.len(), b.anchors.len());
        }
        for (a, b) in es.levels.iter().zip(&rubric.levels) {
            assert_eq!(
                (&a.id, &a.years, &a.defining_skills),
                (&b.id, &b.years, &b.defining_skills)
            );
        }
        for (a, b) in es.certifications.iter().zip(&rubric.certifications) {
            assert_eq!((&a.id, &a.skills, &a.cost), (&b.id, &b.skills, &b.cost));
            assert_eq!(a.requires_years, b.requires_years);
        }
        assert_eq!(es.thresholds, rubric.thresholds);
        // The guide's own words stay in the base rubric, in English.
        for (a, b) in es.skills.iter().zip(&rubric.skills) {
            assert_eq!(a.source, b.source);
        }
    }
}
