//! The checks after the run: one profile per session in the folder, each holding exactly
//! what its session sent (so no answers went to another person's file), and no draft left.

use std::collections::BTreeMap;
use std::path::Path;

use crate::session::{Sent, Session};

/// The folder after the run: one profile per session with exactly its answers, no draft.
pub fn check_folder(dir: &Path, done: &[(Session, Result<(), String>)]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut by_name: BTreeMap<String, serde_json::Value> = BTreeMap::new();
    let names = |d: &Path| -> Vec<String> {
        std::fs::read_dir(d)
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|e| e.file_name().into_string().ok())
            .collect()
    };
    let files = names(dir);
    let profiles: Vec<&String> = files
        .iter()
        .filter(|f| f.ends_with(".json") && !f.starts_with('.'))
        .collect();
    if profiles.len() != done.len() {
        problems.push(format!(
            "{} profiles in the folder for {} sessions",
            profiles.len(),
            done.len()
        ));
    }
    for f in files.iter().filter(|f| f.starts_with(".profile-")) {
        problems.push(format!("a half-written profile was left: {f}"));
    }
    for f in profiles {
        let text = std::fs::read_to_string(dir.join(f)).unwrap_or_default();
        match serde_json::from_str::<serde_json::Value>(&text) {
            Ok(v) => {
                let name = v["name"].as_str().unwrap_or("").to_string();
                if by_name.insert(name.clone(), v).is_some() {
                    problems.push(format!("two profiles named {name:?}"));
                }
            }
            Err(e) => problems.push(format!("{f}: {e}")),
        }
    }
    let drafts = names(&dir.join(".drafts"));
    let markers = drafts.iter().filter(|d| d.ends_with(".done.json")).count();
    for d in &drafts {
        if d.ends_with(".json") && !d.ends_with(".done.json") {
            problems.push(format!("a draft was left: .drafts/{d}"));
        }
    }
    if markers != done.len() {
        problems.push(format!(
            "{markers} finished markers for {} sessions",
            done.len()
        ));
    }
    for (s, _) in done {
        match by_name.get(&s.sent.name) {
            Some(p) => problems.extend(
                compare(&s.sent, p)
                    .into_iter()
                    .map(|e| format!("session {}: {e}", s.n)),
            ),
            None => problems.push(format!(
                "session {}: no profile named {:?}",
                s.n, s.sent.name
            )),
        }
    }
    problems
}

/// How a profile differs from what its session sent.
fn compare(sent: &Sent, p: &serde_json::Value) -> Vec<String> {
    let mut problems = Vec::new();
    let ratings: BTreeMap<String, u8> = p["ratings"]
        .as_object()
        .into_iter()
        .flatten()
        .map(|(k, v)| (k.clone(), v.as_u64().map_or(u8::MAX, |r| r as u8)))
        .collect();
    if ratings != sent.ratings {
        let skills: std::collections::BTreeSet<&String> =
            ratings.keys().chain(sent.ratings.keys()).collect();
        for s in skills {
            let (saved, given) = (ratings.get(s), sent.ratings.get(s));
            if saved != given {
                problems.push(format!("{s} saved as {saved:?}, sent {given:?}"));
            }
        }
    }
    let evidence: BTreeMap<String, String> = p["evidence"]
        .as_object()
        .into_iter()
        .flatten()
        .map(|(k, v)| (k.clone(), v.as_str().unwrap_or("").to_string()))
        .collect();
    if evidence != sent.evidence {
        problems.push(format!("evidence {evidence:?}, sent {:?}", sent.evidence));
    }
    let target = p["target_level"].as_str().unwrap_or("unsure");
    if target != sent.target {
        problems.push(format!("target {target}, sent {}", sent.target));
    }
    let years = p["years_experience"].as_f64();
    if years != sent.years.parse().ok() {
        problems.push(format!("years {years:?}, sent {}", sent.years));
    }
    let education = p["education"].as_str().unwrap_or("skipped");
    if education != sent.education {
        problems.push(format!("education {education}, sent {}", sent.education));
    }
    let certs: Vec<(String, String)> = p["certifications"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|c| match c.as_str() {
            Some(id) => (id.to_string(), String::new()),
            None => (
                c["id"].as_str().unwrap_or("").to_string(),
                c["earned"].as_str().unwrap_or("").to_string(),
            ),
        })
        .collect();
    if certs != sent.cert.iter().cloned().collect::<Vec<_>>() {
        problems.push(format!("certifications {certs:?}, sent {:?}", sent.cert));
    }
    problems
}
