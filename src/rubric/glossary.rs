//! The rubric's glossary: the jargon its texts use (5S, SPC, takt time ...), each with an
//! explanation in plain words and where it comes from, and the checks on it. Reports explain
//! each term they show once (see `report::glossary`, which also says how terms are found in
//! a text).

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::Problem;

/// One term of a glossary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GlossaryEntry {
    /// The term as the glossary lists it, such as "5S" or "takt time". Written in lowercase,
    /// it is found in any case ("kaizen" finds "Kaizen"); written with a capital letter, only
    /// as written ("Lean" does not find "lean", "MES" not "mes").
    pub term: String,
    /// Other spellings or forms that mean the same term, found the same way: an expansion
    /// ("statistical process control"), an irregular plural ("bills of materials"). A
    /// regular plural in "s" is found without being listed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<String>,
    /// What the term means, in plain words a production worker understands: one or two
    /// sentences.
    pub explanation: String,
    /// Where the term comes from: the part of the source material that uses it, or "widely
    /// published definition".
    pub source: String,
}

impl GlossaryEntry {
    /// The term and its other forms.
    pub fn forms(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.term.as_str()).chain(self.also.iter().map(String::as_str))
    }
}

/// The glossary's checks: every term and form written, every explanation written, and no
/// form given twice (in any case), since a report could not tell which entry it means.
pub(super) fn check(glossary: &[GlossaryEntry], problems: &mut Vec<Problem>) {
    let mut push = |path: String, message: String| problems.push(Problem { path, message });
    // Each form, lowercased, and where it was first given.
    let mut seen: HashMap<String, String> = HashMap::new();
    for (i, entry) in glossary.iter().enumerate() {
        let forms = std::iter::once((format!("glossary[{i}].term"), entry.term.as_str())).chain(
            entry
                .also
                .iter()
                .enumerate()
                .map(|(k, form)| (format!("glossary[{i}].also[{k}]"), form.as_str())),
        );
        for (path, form) in forms {
            if !form.chars().any(char::is_alphanumeric) {
                push(
                    path,
                    "has no letter or digit; write the term as reports show it, such as \"5S\" or \"takt time\"".into(),
                );
            } else if let Some(first) = seen.get(&form.trim().to_lowercase()) {
                push(
                    path,
                    format!(
                        "\"{}\" is already given at {first}; give each term once (case does not count), with its other forms under \"also\"",
                        crate::text::terminal_safe(form.trim())
                    ),
                );
            } else {
                seen.insert(form.trim().to_lowercase(), path);
            }
        }
        if entry.explanation.trim().is_empty() {
            push(
                format!("glossary[{i}].explanation"),
                "is empty; explain the term in plain words, in one or two sentences".into(),
            );
        }
        if entry.source.trim().is_empty() {
            push(
                format!("glossary[{i}].source"),
                "is empty; say where the term comes from, or \"widely published definition\""
                    .into(),
            );
        }
    }
}
