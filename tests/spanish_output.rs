//! Everything a Spanish reader reads is Spanish: every document skillgap writes for people,
//! in every format, with `--lang es`, holds no English sentence. A word built outside the
//! message catalogs (a `format!` of English words) shows up here as English left in the
//! Spanish output.
//!
//! What may stay English is what the issuers and the guide call things: the rubric's own
//! texts (certification names keep the issuer's official name, with a Spanish explanation),
//! file names and the person's name. Those are taken out before the search.

mod common;

use common::{example, skillgap, stdout_of};

/// English words that no Spanish sentence uses: one of them between Spanish words is an
/// English sentence left in the output.
const ENGLISH: &[&str] = &[
    "the",
    "and",
    "your",
    "you",
    "of",
    "to",
    "with",
    "for",
    "is",
    "are",
    "not",
    "needs",
    "rated",
    "skill",
    "skills",
    "level",
    "levels",
    "ready",
    "gap",
    "gaps",
    "priority",
    "readiness",
    "required",
    "none",
    "yes",
    "reached",
    "next",
    "steps",
    "report",
    "rubric",
    "target",
    "years",
    "version",
    "since",
    "now",
    "then",
    "what",
    "how",
    "which",
    "at",
    "by",
    "from",
    "in",
    "on",
    "or",
    "it",
    "be",
    "has",
    "have",
    "this",
    "that",
    "more",
];

/// The texts of the Spanish production rubric and the English one (whose `source` quotes
/// and official names a report may show), longest first.
fn rubric_texts() -> Vec<String> {
    let mut out = Vec::new();
    for file in [
        "rubrics/production-specialist.es.json",
        "rubrics/production-specialist.json",
    ] {
        let value: serde_json::Value =
            serde_json::from_str(&common::read(&common::root().join(file))).unwrap();
        collect_strings(&value, &mut out);
    }
    // Not the ids ("lead", "senior"): they would cut Spanish words ("empleador") apart.
    out.retain(|s| {
        s.chars().count() > 3
            && !s
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    });
    out.sort_by_key(|s| std::cmp::Reverse(s.len()));
    out.dedup();
    out
}

fn collect_strings(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(a) => a.iter().for_each(|x| collect_strings(x, out)),
        serde_json::Value::Object(o) => o.values().for_each(|x| collect_strings(x, out)),
        _ => {}
    }
}

/// The English words left in `text` once the rubric's texts, markup and file names are
/// taken out: each with the words around it, to find where it came from.
fn english_left(text: &str, keep: &[&str]) -> Vec<String> {
    let mut text = text.to_string();
    // The page's stylesheet (its comments are for the people who maintain it).
    while let Some(start) = text.find("<style") {
        let end = text[start..]
            .find("</style>")
            .map_or(text.len(), |e| start + e + 8);
        text.replace_range(start..end, " ");
    }
    // Markup and entities, so that attributes and tags are not read as words.
    let mut plain = String::with_capacity(text.len());
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                plain.push(' ');
            }
            _ if !in_tag => plain.push(c),
            _ => {}
        }
    }
    text = plain
        .replace("&amp;", "&")
        .replace("&gt;", ">")
        .replace("&lt;", "<")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("\\", "");
    // The people's own words first: a rubric's term inside them is theirs.
    for t in keep
        .iter()
        .copied()
        .chain(rubric_texts().iter().map(String::as_str))
    {
        text = text.replace(t, " ");
    }
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    let mut found = Vec::new();
    for (i, w) in words.iter().enumerate() {
        if ENGLISH.contains(&w.to_lowercase().as_str()) {
            let from = i.saturating_sub(4);
            let to = (i + 5).min(words.len());
            found.push(words[from..to].join(" "));
        }
    }
    found
}

/// The people's own words in the example profiles (their evidence, their reviewers'
/// notes): shown as written, in the language they were written in.
fn their_words() -> Vec<String> {
    let mut out = Vec::new();
    for name in [
        "specialist-to-senior.json",
        "specialist-with-supervisor-review.json",
    ] {
        let value: serde_json::Value = serde_json::from_str(&common::read(&example(name))).unwrap();
        collect_strings(&value["evidence"], &mut out);
        for review in value["reviews"].as_array().into_iter().flatten() {
            collect_strings(&review["notes"], &mut out);
            collect_strings(&review["reviewer"], &mut out);
        }
    }
    out
}

/// `skillgap --lang es ARGS`, its standard output.
fn spanish(args: &[&str]) -> String {
    stdout_of(skillgap().args(["--lang", "es"]).args(args))
}

const KEEP: &[&str] = &[
    "Sam Rivera",
    "Jordan Ellis",
    "skillgap",
    "specialist-to-senior.json",
    "specialist-with-supervisor-review.json",
    "examples/profiles/",
    "--ratings self",
    "USD",
];

#[test]
fn a_spanish_report_has_no_english_sentence_in_any_format() {
    let profile = example("specialist-to-senior.json");
    let profile = profile.to_str().unwrap();
    let reviewed = example("specialist-with-supervisor-review.json");
    let reviewed = reviewed.to_str().unwrap();
    let mut problems = Vec::new();
    for (what, args) in [
        ("table", vec!["assess", "--input", profile]),
        ("brief", vec!["assess", "--brief", "--input", profile]),
        (
            "markdown",
            vec!["assess", "--format", "markdown", "--input", profile],
        ),
        (
            "html",
            vec!["assess", "--format", "html", "--input", profile],
        ),
        (
            "reviewed",
            vec!["assess", "--format", "markdown", "--input", reviewed],
        ),
        (
            "compare",
            vec!["compare", "--format", "markdown", profile, reviewed],
        ),
        (
            "history",
            vec!["history", "--format", "html", profile, reviewed],
        ),
    ] {
        let out = spanish(&args);
        let theirs = their_words();
        let keep: Vec<&str> = KEEP
            .iter()
            .copied()
            .chain(theirs.iter().map(String::as_str))
            .collect();
        for left in english_left(&out, &keep) {
            problems.push(format!("{what}: …{left}…"));
        }
    }
    assert!(
        problems.is_empty(),
        "{} English words in Spanish documents:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_search_finds_an_english_sentence_among_spanish_ones() {
    let found = english_left(
        "Ha alcanzado Especialista de producción. You have reached the next level.",
        &[],
    );
    assert!(found.len() >= 3, "{found:?}");
    assert!(english_left("Ha alcanzado Especialista de producción.", &[]).is_empty());
}
