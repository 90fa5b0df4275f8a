//! A rubric's text in another language: a file beside the rubric (`RUBRIC.es.json` beside
//! `RUBRIC.json`) that holds only text, keyed by the rubric's ids: its title, the scale's
//! labels, each level's title and summary, each skill's name, description, anchors and next
//! steps, the certifications' and education paths' words, and the glossary.
//!
//! Ids, numbers and requirements live in the base rubric alone, so a profile answered in
//! one language scores exactly as in another; the `source` fields (the guide's own words)
//! stay in the base too. [`Translation::problems`] says what a translation misses or adds,
//! each with its JSON path; [`Translation::apply`] gives the rubric with its words replaced.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::{Problem, Rubric};

/// A level's words.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelText {
    /// The job title.
    pub title: String,
    /// What the job is.
    pub summary: String,
    /// How people are trained once hired (only for a level whose `entry` says it).
    #[serde(default)]
    pub entry_training: Option<String>,
}

/// A skill's words.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SkillText {
    /// The skill's name.
    pub name: String,
    /// What the skill is.
    pub description: String,
    /// One sentence per point of the scale.
    pub anchors: Vec<String>,
    /// The steps toward each rating, by the rating ("1" to the top of the scale).
    pub next_steps: BTreeMap<String, Vec<String>>,
}

/// A certification's words (the fields its base gives).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CertText {
    /// The issuer's official name, with an explanation in the language.
    pub name: String,
    /// Who issues it.
    #[serde(default)]
    pub issuer: Option<String>,
    /// How long preparing takes.
    #[serde(default)]
    pub preparation: Option<String>,
    /// What it asks first.
    #[serde(default)]
    pub prerequisites: Option<String>,
}

/// An education path's words.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PathText {
    /// Its name.
    pub name: String,
    /// How long it takes.
    #[serde(default)]
    pub duration: Option<String>,
    /// What to know about it.
    #[serde(default)]
    pub note: Option<String>,
}

/// A glossary entry's words.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TermText {
    /// The term in the language.
    pub term: String,
    /// Its other forms in the language.
    #[serde(default)]
    pub also: Vec<String>,
    /// What it means.
    pub explanation: String,
}

/// A translation file.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Translation {
    /// A JSON Schema reference, for editors.
    #[serde(default, rename = "$schema")]
    pub schema: Option<String>,
    /// The id of the rubric it translates.
    pub rubric: String,
    /// The version of that rubric it was written for.
    pub rubric_version: u32,
    /// The language, such as "es".
    pub lang: String,
    /// The rubric's title.
    pub title: String,
    /// The scale's labels, by value.
    pub scale: BTreeMap<String, String>,
    /// The levels' words, by level id.
    pub levels: BTreeMap<String, LevelText>,
    /// The skills' words, by skill id.
    pub skills: BTreeMap<String, SkillText>,
    /// The certifications' words, by certification id.
    #[serde(default)]
    pub certifications: BTreeMap<String, CertText>,
    /// The education paths' words, by id.
    #[serde(default)]
    pub education_paths: BTreeMap<String, PathText>,
    /// The glossary, by the base rubric's term.
    #[serde(default)]
    pub glossary: BTreeMap<String, TermText>,
}

impl Translation {
    /// Reads a translation file's text.
    pub fn from_json(text: &str) -> Result<Translation, String> {
        serde_json::from_str(text)
            .map_err(|e| format!("line {}, column {}: {e}", e.line(), e.column()))
    }

    /// Everything that keeps this translation from covering `rubric` exactly: an id missed
    /// or added, an empty text, a count of anchors or steps that differs, another version.
    pub fn problems(&self, rubric: &Rubric) -> Vec<Problem> {
        let mut out = Problems::default();
        if self.rubric != rubric.id {
            out.add(
                "rubric",
                format!(
                    "is \"{}\", not the rubric's id \"{}\"",
                    self.rubric, rubric.id
                ),
            );
        }
        if self.rubric_version != rubric.version {
            out.add(
                "rubric_version",
                format!(
                    "is {}, and the rubric is version {}: check the texts that changed, then write {}",
                    self.rubric_version, rubric.version, rubric.version
                ),
            );
        }
        out.text("title", &self.title);
        let values: Vec<String> = rubric.scale.iter().map(|p| p.value.to_string()).collect();
        out.keys("scale", &values, self.scale.keys());
        for (k, v) in &self.scale {
            out.text(&format!("scale.{k}"), v);
        }
        let ids: Vec<String> = rubric.levels.iter().map(|l| l.id.clone()).collect();
        out.keys("levels", &ids, self.levels.keys());
        for level in &rubric.levels {
            let Some(t) = self.levels.get(&level.id) else {
                continue;
            };
            let at = format!("levels.{}", level.id);
            out.text(&format!("{at}.title"), &t.title);
            out.text(&format!("{at}.summary"), &t.summary);
            out.optional(
                &format!("{at}.entry_training"),
                level.entry.is_some(),
                t.entry_training.as_deref(),
            );
        }
        self.skill_problems(rubric, &mut out);
        self.credential_problems(rubric, &mut out);
        out.0
    }

    fn skill_problems(&self, rubric: &Rubric, out: &mut Problems) {
        let ids: Vec<String> = rubric.skills.iter().map(|s| s.id.clone()).collect();
        out.keys("skills", &ids, self.skills.keys());
        for skill in &rubric.skills {
            let Some(t) = self.skills.get(&skill.id) else {
                continue;
            };
            let at = format!("skills.{}", skill.id);
            out.text(&format!("{at}.name"), &t.name);
            out.text(&format!("{at}.description"), &t.description);
            out.list(&format!("{at}.anchors"), skill.anchors.len(), &t.anchors);
            let ratings: Vec<String> = (1..=skill.next_steps.len())
                .map(|r| r.to_string())
                .collect();
            out.keys(&format!("{at}.next_steps"), &ratings, t.next_steps.keys());
            for (r, steps) in skill.next_steps.iter().enumerate() {
                if let Some(given) = t.next_steps.get(&(r + 1).to_string()) {
                    out.list(&format!("{at}.next_steps.{}", r + 1), steps.len(), given);
                }
            }
        }
    }

    fn credential_problems(&self, rubric: &Rubric, out: &mut Problems) {
        let ids: Vec<String> = rubric.certifications.iter().map(|c| c.id.clone()).collect();
        out.keys("certifications", &ids, self.certifications.keys());
        for cert in &rubric.certifications {
            let Some(t) = self.certifications.get(&cert.id) else {
                continue;
            };
            let at = format!("certifications.{}", cert.id);
            out.text(&format!("{at}.name"), &t.name);
            out.optional(
                &format!("{at}.issuer"),
                !cert.issuer.is_empty(),
                t.issuer.as_deref(),
            );
            out.optional(
                &format!("{at}.preparation"),
                !cert.preparation.is_empty(),
                t.preparation.as_deref(),
            );
            out.optional(
                &format!("{at}.prerequisites"),
                !cert.prerequisites.is_empty(),
                t.prerequisites.as_deref(),
            );
        }
        let ids: Vec<String> = rubric
            .education_paths
            .iter()
            .map(|p| p.id.clone())
            .collect();
        out.keys("education_paths", &ids, self.education_paths.keys());
        for path in &rubric.education_paths {
            let Some(t) = self.education_paths.get(&path.id) else {
                continue;
            };
            let at = format!("education_paths.{}", path.id);
            out.text(&format!("{at}.name"), &t.name);
            out.optional(
                &format!("{at}.duration"),
                !path.duration.is_empty(),
                t.duration.as_deref(),
            );
            out.optional(
                &format!("{at}.note"),
                !path.note.is_empty(),
                t.note.as_deref(),
            );
        }
        let terms: Vec<String> = rubric.glossary.iter().map(|g| g.term.clone()).collect();
        out.keys("glossary", &terms, self.glossary.keys());
        for (term, t) in &self.glossary {
            out.text(&format!("glossary.{term}.term"), &t.term);
            out.text(&format!("glossary.{term}.explanation"), &t.explanation);
            for (i, also) in t.also.iter().enumerate() {
                out.text(&format!("glossary.{term}.also[{i}]"), also);
            }
        }
    }

    /// The rubric with its words in this translation's language; what the translation does
    /// not cover stays as it was. Ids, numbers and requirements are the rubric's own.
    pub fn apply(&self, rubric: &Rubric) -> Rubric {
        let mut r = rubric.clone();
        r.title.clone_from(&self.title);
        for point in &mut r.scale {
            if let Some(label) = self.scale.get(&point.value.to_string()) {
                point.label.clone_from(label);
            }
        }
        for level in &mut r.levels {
            if let Some(t) = self.levels.get(&level.id) {
                level.title.clone_from(&t.title);
                level.summary.clone_from(&t.summary);
                if let (Some(entry), Some(training)) = (&mut level.entry, &t.entry_training) {
                    entry.training.clone_from(training);
                }
            }
        }
        for skill in &mut r.skills {
            let Some(t) = self.skills.get(&skill.id) else {
                continue;
            };
            skill.name.clone_from(&t.name);
            skill.description.clone_from(&t.description);
            if t.anchors.len() == skill.anchors.len() {
                skill.anchors.clone_from(&t.anchors);
            }
            for (i, steps) in skill.next_steps.iter_mut().enumerate() {
                if let Some(given) = t.next_steps.get(&(i + 1).to_string()) {
                    steps.clone_from(given);
                }
            }
        }
        for cert in &mut r.certifications {
            let Some(t) = self.certifications.get(&cert.id) else {
                continue;
            };
            cert.name.clone_from(&t.name);
            replace(&mut cert.issuer, &t.issuer);
            replace(&mut cert.preparation, &t.preparation);
            replace(&mut cert.prerequisites, &t.prerequisites);
        }
        for path in &mut r.education_paths {
            let Some(t) = self.education_paths.get(&path.id) else {
                continue;
            };
            path.name.clone_from(&t.name);
            replace(&mut path.duration, &t.duration);
            replace(&mut path.note, &t.note);
        }
        for entry in &mut r.glossary {
            let Some(t) = self.glossary.get(&entry.term) else {
                continue;
            };
            entry.term.clone_from(&t.term);
            entry.also.clone_from(&t.also);
            entry.explanation.clone_from(&t.explanation);
        }
        r
    }
}

/// The built-in rubrics' translations: rubric id, language code and the file's text.
pub const BUILTIN_TRANSLATIONS: &[(&str, &str, &str)] = &[
    (
        "production-specialist",
        "es",
        include_str!("../../rubrics/production-specialist.es.json"),
    ),
    (
        "media-production-specialist",
        "es",
        include_str!("../../rubrics/media-production-specialist.es.json"),
    ),
];

impl Rubric {
    /// With `translation` among the languages it speaks.
    pub fn with_translation(mut self, translation: Translation) -> Rubric {
        self.translations.push(translation);
        self
    }

    /// The rubric in `lang`: its words from its translation to that language, its ids,
    /// numbers and requirements its own. The rubric as it is when it has no such translation
    /// (a rubric's own file is in its own language, English for the built-in ones).
    pub fn in_lang(&self, lang: crate::i18n::Lang) -> Rubric {
        self.translation(lang)
            .map_or_else(|| self.clone(), |t| t.apply(self))
    }

    /// Whether it has a translation to `lang`.
    pub fn translation(&self, lang: crate::i18n::Lang) -> Option<Translation> {
        let code = lang.code();
        if let crate::input::Origin::Builtin(id) = &self.origin {
            return BUILTIN_TRANSLATIONS
                .iter()
                .find(|(r, l, _)| r == id && *l == code)
                .map(|(_, _, text)| {
                    // Checked by the tests (tests/translations.rs): a failure is a broken build.
                    Translation::from_json(text)
                        .unwrap_or_else(|e| panic!("the {code} translation of {id}: {e}"))
                });
        }
        self.translations
            .iter()
            .find(|t| t.lang == code && t.rubric == self.id)
            .cloned()
    }
}

/// The language of a translation file's name (`RUBRIC.es.json` is "es"): two or three
/// lower-case letters between the rubric's name and `.json`. `None` for a rubric's own file.
pub fn language_of(path: &std::path::Path) -> Option<&str> {
    let name = path.file_name()?.to_str()?;
    let stem = name.strip_suffix(".json")?;
    let (base, lang) = stem.rsplit_once('.')?;
    let code = (2..=3).contains(&lang.len()) && lang.bytes().all(|b| b.is_ascii_lowercase());
    (code && !base.is_empty()).then_some(lang)
}

/// The translation files beside rubric file `rubric` (`RUBRIC.LL.json`), by name.
pub fn files_beside(rubric: &std::path::Path) -> Vec<std::path::PathBuf> {
    let (Some(dir), Some(stem)) = (rubric.parent(), rubric.file_stem().and_then(|s| s.to_str()))
    else {
        return Vec::new();
    };
    let dir = if dir.as_os_str().is_empty() {
        std::path::Path::new(".")
    } else {
        dir
    };
    let mut found: Vec<std::path::PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            language_of(p).is_some()
                && p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with(&format!("{stem}.")))
        })
        .collect();
    found.sort();
    found
}

fn replace(text: &mut String, with: &Option<String>) {
    if let Some(w) = with {
        text.clone_from(w);
    }
}

/// The problems found so far.
#[derive(Default)]
struct Problems(Vec<Problem>);

impl Problems {
    fn add(&mut self, path: &str, message: String) {
        self.0.push(Problem {
            path: path.to_string(),
            message,
        });
    }

    fn text(&mut self, path: &str, text: &str) {
        if text.trim().is_empty() {
            self.add(
                path,
                "is empty; write the text in the translation's language".into(),
            );
        }
    }

    /// A text the base has (`wanted`) must be given, and one it does not have must not be.
    fn optional(&mut self, path: &str, wanted: bool, given: Option<&str>) {
        match (wanted, given) {
            (true, None) => self.add(path, "is missing; the rubric has this text".into()),
            (false, Some(_)) => self.add(path, "is not in the rubric; remove it".into()),
            (true, Some(t)) => self.text(path, t),
            (false, None) => {}
        }
    }

    /// As many texts as the base has.
    fn list(&mut self, path: &str, wanted: usize, given: &[String]) {
        if given.len() != wanted {
            self.add(
                path,
                format!("has {} texts, and the rubric has {wanted}", given.len()),
            );
        }
        for (i, t) in given.iter().enumerate() {
            self.text(&format!("{path}[{i}]"), t);
        }
    }

    /// The keys the base has (`wanted`), no more.
    fn keys<'a>(&mut self, path: &str, wanted: &[String], given: impl Iterator<Item = &'a String>) {
        let given: Vec<&String> = given.collect();
        for w in wanted {
            if !given.contains(&w) {
                self.add(
                    &format!("{path}.{w}"),
                    "is missing; the rubric has it".into(),
                );
            }
        }
        for g in given {
            if !wanted.contains(g) {
                self.add(
                    &format!("{path}.{g}"),
                    "is not in the rubric; check the id".into(),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::Origin;

    /// The small rubric of the rubric tests.
    fn mini() -> Rubric {
        let text = crate::rubric::tests::minimal().to_string();
        Rubric::from_json(&text, Origin::Path("mini.json".into())).unwrap()
    }

    fn spanish() -> serde_json::Value {
        serde_json::json!({
            "rubric": "mini", "rubric_version": 1, "lang": "es", "title": "Mini (es)",
            "scale": {"0": "Ninguno", "1": "Básico", "2": "Funcional"},
            "levels": {"a": {"title": "A-es", "summary": "s-es"}, "b": {"title": "B-es", "summary": "s-es"}},
            "skills": {
                "x": {"name": "X-es", "description": "d-es", "anchors": ["0-es", "1-es", "2-es"], "next_steps": {"1": ["n1-es"], "2": ["n2-es"]}},
                "y": {"name": "Y-es", "description": "d-es", "anchors": ["0-es", "1-es", "2-es"], "next_steps": {"1": ["n1-es"], "2": ["n2-es"]}}
            },
            "certifications": {"c": {"name": "C (es)", "issuer": "I-es", "preparation": "p-es", "prerequisites": "Ninguno."}}
        })
    }

    fn problems_of(v: &serde_json::Value) -> Vec<String> {
        let t = Translation::from_json(&v.to_string()).unwrap();
        t.problems(&mini()).iter().map(|p| p.path.clone()).collect()
    }

    #[test]
    fn a_complete_translation_replaces_the_words_and_nothing_else() {
        let rubric = mini();
        let t = Translation::from_json(&spanish().to_string()).unwrap();
        assert_eq!(t.problems(&rubric), []);
        let es = t.apply(&rubric);
        assert_eq!(es.skills[0].name, "X-es");
        assert_eq!(es.skills[1].anchors[2], "2-es");
        assert_eq!(es.skills[0].next_steps[1], ["n2-es"]);
        assert_eq!(es.scale[1].label, "Básico");
        assert_eq!(es.levels[1].title, "B-es");
        assert_eq!(es.certifications[0].prerequisites, "Ninguno.");
        // Ids, numbers and requirements are the rubric's.
        for (a, b) in es.skills.iter().zip(&rubric.skills) {
            assert_eq!(
                (&a.id, &a.required, a.importance),
                (&b.id, &b.required, b.importance)
            );
        }
        assert_eq!(es.thresholds, rubric.thresholds);
        assert_eq!(es.certifications[0].cost, rubric.certifications[0].cost);
    }

    #[test]
    fn a_translation_that_misses_adds_or_empties_a_text_is_named() {
        let mut v = spanish();
        v["skills"].as_object_mut().unwrap().remove("y");
        v["skills"]["z"] = v["skills"]["x"].clone();
        v["skills"]["x"]["anchors"] = serde_json::json!(["a", "b"]);
        v["skills"]["x"]["description"] = serde_json::json!("  ");
        v["levels"]["a"]["entry_training"] = serde_json::json!("en el trabajo");
        v["scale"].as_object_mut().unwrap().remove("2");
        v["rubric_version"] = serde_json::json!(2);
        let found = problems_of(&v);
        for path in [
            "skills.y",
            "skills.z",
            "skills.x.anchors",
            "skills.x.description",
            "levels.a.entry_training",
            "scale.2",
            "rubric_version",
        ] {
            assert!(found.iter().any(|p| p == path), "{path} in {found:?}");
        }
        let mut v = spanish();
        v["skills"]["x"]["next_steps"] = serde_json::json!({"1": ["n1-es", "extra"], "3": ["x"]});
        let found = problems_of(&v);
        for path in [
            "skills.x.next_steps.1",
            "skills.x.next_steps.2",
            "skills.x.next_steps.3",
        ] {
            assert!(found.iter().any(|p| p == path), "{path} in {found:?}");
        }
    }

    #[test]
    fn translation_files_are_known_by_their_names() {
        use std::path::Path;
        assert_eq!(
            language_of(Path::new("r/production-specialist.es.json")),
            Some("es")
        );
        assert_eq!(language_of(Path::new("x.fil.json")), Some("fil"));
        assert_eq!(language_of(Path::new("production-specialist.json")), None);
        assert_eq!(language_of(Path::new("night.shift-2.json")), None);
        assert_eq!(language_of(Path::new(".es.json")), None);
        assert_eq!(language_of(Path::new("v1.2.json")), None);
    }

    #[test]
    fn an_unknown_field_is_refused_with_its_place() {
        let mut v = spanish();
        v["skills"]["x"]["required"] = serde_json::json!({"a": 4});
        let e = Translation::from_json(&serde_json::to_string_pretty(&v).unwrap()).unwrap_err();
        assert!(
            e.contains("unknown field `required`") && e.contains("line"),
            "{e}"
        );
    }
}
