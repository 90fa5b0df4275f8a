//! A rubric file exactly as written: what serde reads, strictly, before any check.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::{
    Category, Certification, CoverageDoc, EducationPath, GlossaryEntry, Level, ScalePoint,
    Thresholds,
};

/// A skill as written in a rubric file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct SkillDoc {
    pub(super) id: String,
    pub(super) name: String,
    pub(super) category: Category,
    pub(super) description: String,
    pub(super) importance: u8,
    /// Whether the team's coverage of this skill is critical; by default, when its
    /// importance is 4 or more.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) critical: Option<bool>,
    pub(super) anchors: Vec<String>,
    pub(super) required: BTreeMap<String, u8>,
    /// Per rating a step leads to ("1" up to the top of the scale), what to do to get there.
    #[serde(deserialize_with = "steps_by_rating")]
    #[schemars(with = "BTreeMap<String, Vec<String>>")]
    pub(super) next_steps: BTreeMap<String, Vec<String>>,
    pub(super) source: String,
}

/// Reads `next_steps`, explaining the change when a rubric still gives one plain list.
fn steps_by_rating<'de, D>(d: D) -> Result<BTreeMap<String, Vec<String>>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    struct Steps;
    impl<'de> serde::de::Visitor<'de> for Steps {
        type Value = BTreeMap<String, Vec<String>>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("an object from each rating (\"1\", \"2\", ...) to a list of steps")
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
            Err(serde::de::Error::custom(
                "next_steps is a list, but since rubric format 2 it maps each rating to the steps \
                 that lead to it, such as {\"1\": [\"...\"], \"2\": [\"...\"]}",
            ))
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
            Deserialize::deserialize(serde::de::value::MapAccessDeserializer::new(map))
        }
    }
    d.deserialize_any(Steps)
}

/// A rubric file exactly as written.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Rubric")]
pub(super) struct RubricDoc {
    /// Optional JSON Schema reference, for editors.
    #[serde(rename = "$schema", default)]
    pub(super) _schema: Option<String>,
    pub(super) id: String,
    pub(super) title: String,
    pub(super) version: u32,
    pub(super) source: String,
    pub(super) scale: Vec<ScalePoint>,
    pub(super) thresholds: Thresholds,
    /// When a team counts as covering a skill; every field has a default.
    #[serde(default)]
    pub(super) coverage: CoverageDoc,
    pub(super) levels: Vec<Level>,
    pub(super) skills: Vec<SkillDoc>,
    #[serde(default)]
    pub(super) certifications: Vec<Certification>,
    #[serde(default)]
    pub(super) education_paths: Vec<EducationPath>,
    /// The jargon the rubric's texts use, each term explained in plain words; reports list
    /// the terms they show.
    #[serde(default)]
    pub(super) glossary: Vec<GlossaryEntry>,
}
