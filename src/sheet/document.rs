//! A person read from a sheet, written as a profile document (the JSON a profile file
//! holds, on one line), and described in one line for `--check`.

use serde::Serialize;

use super::people::Person;
use crate::rubric::Rubric;

/// One person in a line: "Ana Ruiz (Sheet1!2:2): Line 1 / days, target Senior Production
/// Specialist, 23 ratings, 1 certification".
pub(super) fn person_line(p: &Person, rubric: &Rubric) -> String {
    let mut parts = Vec::new();
    if let Some(g) = &p.group {
        parts.push(crate::text::terminal_safe(g).into_owned());
    }
    if let Some(t) = p.target {
        parts.push(format!("target {}", rubric.levels[t].title));
    }
    let rated = p
        .ratings
        .iter()
        .filter(|r| matches!(r, Some(Some(_))))
        .count();
    let blank = p.ratings.iter().filter(|r| matches!(r, Some(None))).count();
    parts.push(format!("{rated} rated"));
    if blank > 0 {
        parts.push(format!("{blank} not rated"));
    }
    if !p.certs.is_empty() {
        parts.push(format!(
            "{} certification{}",
            p.certs.len(),
            if p.certs.len() == 1 { "" } else { "s" }
        ));
    }
    format!(
        "{} ({}): {}",
        crate::text::terminal_safe(&p.name),
        p.place,
        parts.join(", ")
    )
}

/// A person as a profile document: compact JSON on one line, fields in the order a profile
/// file has them.
pub fn document(p: &Person, rubric: &Rubric) -> String {
    #[derive(Serialize)]
    struct Doc<'a> {
        rubric: &'a str,
        name: &'a str,
        #[serde(skip_serializing_if = "Option::is_none")]
        group: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        target_level: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        years_experience: Option<f64>,
        #[serde(skip_serializing_if = "Option::is_none")]
        education: Option<&'static str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        assessed_on: Option<String>,
        ratings: Ratings<'a>,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        certifications: Vec<Cert<'a>>,
    }
    /// A certification as a profile lists it: its id alone, or with its days.
    #[derive(Serialize)]
    #[serde(untagged)]
    enum Cert<'a> {
        Id(&'a str),
        Dated {
            id: &'a str,
            #[serde(skip_serializing_if = "Option::is_none")]
            earned: Option<String>,
            #[serde(skip_serializing_if = "Option::is_none")]
            expires: Option<String>,
        },
    }
    struct Ratings<'a>(Vec<(&'a str, Option<u8>)>);
    impl Serialize for Ratings<'_> {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            use serde::ser::SerializeMap;
            let mut map = s.serialize_map(Some(self.0.len()))?;
            for (k, v) in &self.0 {
                map.serialize_entry(k, v)?;
            }
            map.end()
        }
    }
    let doc = Doc {
        rubric: &rubric.id,
        name: &p.name,
        group: p.group.as_deref(),
        target_level: p.target.map(|t| rubric.levels[t].id.as_str()),
        years_experience: p.years,
        education: p.education.map(|e| e.id()),
        assessed_on: p.assessed_on.map(|d| d.to_string()),
        ratings: Ratings(
            p.ratings
                .iter()
                .enumerate()
                .filter_map(|(s, r)| r.map(|r| (rubric.skills[s].id.as_str(), r)))
                .collect(),
        ),
        certifications: p
            .certs
            .iter()
            .map(|&(c, earned, expires)| {
                let id = rubric.certifications[c].id.as_str();
                if earned.is_none() && expires.is_none() {
                    Cert::Id(id)
                } else {
                    Cert::Dated {
                        id,
                        earned: earned.map(|d| d.to_string()),
                        expires: expires.map(|d| d.to_string()),
                    }
                }
            })
            .collect(),
    };
    serde_json::to_string(&doc).unwrap_or_default()
}
