//! The glossary: each built-in rubric explains the jargon of a fixed list wherever its texts
//! use it, and every report format explains each term it shows, once.

mod common;

use common::{read, root, skillgap};
use skillgap::input::Origin;
use skillgap::report::Report;
use skillgap::report::glossary::{report_words, used};
use skillgap::rubric::{GlossaryEntry, Rubric};

/// The jargon a production worker meets in the rubrics and reports, each with the spellings
/// it is written in. Capitalised spellings are looked for as written, lowercase ones in any
/// case.
const FIXED: &[&[&str]] = &[
    &["5S"],
    &["SPC", "statistical process control"],
    &["DMAIC"],
    &["kaizen"],
    &["lockout/tagout"],
    &["poka-yoke"],
    &["MES", "manufacturing execution system"],
    &["ERP", "enterprise resource planning"],
    &["Lean"],
    &["Six Sigma"],
    &["root cause"],
    &["OSHA"],
    &["KPI"],
    &["takt time"],
    &["bill of materials", "bills of materials"],
    &["work order"],
    &["preventive maintenance", "preventative maintenance"],
    &["ISO 9001"],
    &["CAPA", "corrective action"],
    &["OEE"],
    &["defining skill", "step-up"],
    &["priority"],
    &["readiness"],
];

fn rubric(file: &str) -> Rubric {
    let path = root().join("rubrics").join(file);
    Rubric::from_json(&read(&path), Origin::Path(path)).unwrap()
}

/// Every text of a rubric that a person reads: in the questionnaire, `rubric show` and the
/// reports (the `source` fields, which name the guide's sections, aside).
fn rubric_texts(r: &Rubric) -> Vec<&str> {
    let mut texts: Vec<&str> = Vec::new();
    for l in &r.levels {
        texts.extend([l.title.as_str(), l.summary.as_str()]);
    }
    for s in &r.skills {
        texts.extend([s.name.as_str(), s.description.as_str()]);
        texts.extend(s.anchors.iter().map(String::as_str));
        texts.extend(s.next_steps.iter().flatten().map(String::as_str));
    }
    for c in &r.certifications {
        texts.extend([&c.name, &c.issuer, &c.preparation, &c.prerequisites].map(String::as_str));
    }
    for e in &r.education_paths {
        texts.extend([&e.name, &e.duration, &e.note].map(String::as_str));
    }
    texts
}

/// Whether `spelling` occurs in `text` as a whole word (or with a plural "s"), found here
/// without the glossary's matcher: a plain search, in any case for a lowercase spelling.
fn occurs(spelling: &str, text: &str) -> bool {
    let any_case = !spelling.chars().any(char::is_uppercase);
    let (hay, needle) = if any_case {
        (text.to_lowercase(), spelling.to_lowercase())
    } else {
        (text.to_string(), spelling.to_string())
    };
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    hay.match_indices(&needle).any(|(at, _)| {
        let before = hay[..at].chars().next_back();
        let mut after = hay[at + needle.len()..].chars();
        let next = after.next();
        !word(before) && (!word(next) || (next == Some('s') && !word(after.next())))
    })
}

#[test]
fn each_built_in_glossary_covers_the_fixed_terms_its_rubric_uses() {
    for (file, at_least) in [
        ("production-specialist.json", 17),
        ("media-production-specialist.json", 4),
    ] {
        let r = rubric(file);
        let mut glossary = r.glossary.clone();
        glossary.extend(report_words(
            &skillgap::report::ThresholdInfo {
                ready_readiness: r.thresholds.ready_readiness,
                blocking_gap: r.thresholds.blocking_gap,
            },
            skillgap::i18n::Lang::En,
        ));
        let texts = rubric_texts(&r);
        let mut found = 0;
        let mut missing = Vec::new();
        for spellings in FIXED {
            let mut seen = false;
            for spelling in *spellings {
                for text in texts.iter().filter(|t| occurs(spelling, t)) {
                    seen = true;
                    let explained = used(&glossary, [*text]).iter().any(|e| {
                        e.forms()
                            .any(|f| f.eq_ignore_ascii_case(spelling) || spellings.contains(&f))
                    });
                    if !explained {
                        missing.push(format!("{file}: {spelling:?} in {text:?}"));
                    }
                }
            }
            found += usize::from(seen);
        }
        assert!(missing.is_empty(), "not explained:\n{}", missing.join("\n"));
        assert!(
            found >= at_least,
            "{file} uses only {found} of the fixed terms: the texts were not all read"
        );
    }
}

#[test]
fn built_in_glossaries_explain_in_a_sentence_or_two_and_name_a_source() {
    for file in [
        "production-specialist.json",
        "media-production-specialist.json",
    ] {
        let r = rubric(file);
        assert!(r.glossary.len() >= 40, "{file}: {}", r.glossary.len());
        for e in &r.glossary {
            let sentences = e.explanation.matches(". ").count() + 1;
            assert!(
                sentences <= 2 && e.explanation.ends_with('.'),
                "{file}: {}: {:?}",
                e.term,
                e.explanation
            );
            assert!(e.explanation.len() <= 300, "{file}: {} is long", e.term);
            assert!(!e.source.trim().is_empty(), "{file}: {}", e.term);
        }
        // Terms listed in the order of the file are sorted, so that a rubric author finds them.
        let terms: Vec<String> = r.glossary.iter().map(|e| e.term.to_lowercase()).collect();
        assert!(
            terms.is_sorted(),
            "{file}: glossary not in alphabetical order"
        );
    }
}

#[test]
fn anchors_put_the_plain_words_before_the_jargon() {
    // The jargon a questionnaire shows in its choices stands in brackets, after the plain
    // words that say what it is.
    let r = rubric("production-specialist.json");
    for (skill, acronym) in [
        ("quality-control", "SPC"),
        ("process-improvement", "5S"),
        ("process-improvement", "DMAIC"),
        ("health-safety", "lockout/tagout"),
        ("health-safety", "PPE"),
        ("erp-systems", "MES"),
        ("industry-software", "CNC"),
        ("data-analysis", "SPC"),
    ] {
        let s = &r.skills[r.skill_index(skill).unwrap()];
        let anchor = s
            .anchors
            .iter()
            .find(|a| a.contains(acronym))
            .unwrap_or_else(|| panic!("{skill}: no anchor names {acronym}"));
        let before = &anchor[..anchor.find(acronym).unwrap()];
        let open = before.rfind('(');
        assert!(
            open.is_some_and(|o| !before[o..].contains(')') && !before[..o].trim().is_empty()),
            "{skill}: {acronym} is not in brackets after plain words in {anchor:?}"
        );
    }
}

/// A profile whose evidence uses jargon twice and a term no rubric text of a report
/// would show (OEE).
fn profile() -> tempfile::NamedTempFile {
    let mut p: serde_json::Value =
        serde_json::from_str(&read(&common::example("specialist-to-senior.json"))).unwrap();
    p["evidence"]["process-improvement"] =
        serde_json::json!("ran two 5S events and a 5S board; tracked OEE on line 2");
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), p.to_string()).unwrap();
    file
}

fn report(format: &str, profile: &std::path::Path) -> String {
    common::assess(profile, format)
}

/// The whole glossary a report could draw on: the rubric's and the report's own words.
fn all_words(r: &Report) -> Vec<GlossaryEntry> {
    let mut words = Rubric::builtin().glossary;
    words.extend(report_words(&r.thresholds, r.lang));
    words
}

#[test]
fn json_lists_each_term_the_report_uses_once_in_alphabetical_order() {
    let p = profile();
    let r: Report = serde_json::from_str(&report("json", p.path())).unwrap();
    let terms: Vec<&str> = r.glossary.iter().map(|e| e.term.as_str()).collect();
    for t in [
        "5S",
        "OEE",
        "readiness",
        "priority",
        "gap",
        "defining skill",
        "SPC",
    ] {
        assert_eq!(
            terms.iter().filter(|x| **x == t).count(),
            1,
            "{t} in {terms:?}"
        );
    }
    let lower: Vec<String> = terms.iter().map(|t| t.to_lowercase()).collect();
    assert!(lower.is_sorted(), "{terms:?}");
    assert!(!terms.contains(&"takt time"), "not in this report's texts");
    // Without the jargon in the evidence, OEE is not explained.
    let plain: Report = serde_json::from_str(&report(
        "json",
        &common::example("specialist-to-senior.json"),
    ))
    .unwrap();
    assert!(plain.glossary.iter().all(|e| e.term != "OEE"));
    assert!(plain.glossary.len() < r.glossary.len());
}

#[test]
fn the_terminal_report_explains_every_term_it_shows_once_at_the_end() {
    let p = profile();
    let r: Report = serde_json::from_str(&report("json", p.path())).unwrap();
    let text = report("table", p.path());
    let (body, words) = text
        .split_once("\nWords used in this report\n")
        .expect("a glossary section");
    assert!(!words.contains("\n\n"), "the glossary is the last section");
    let listed: Vec<&str> = words
        .lines()
        .map(|l| l.trim_start().split_once(": ").unwrap().0)
        .collect();
    let expected: Vec<&str> = r.glossary.iter().map(|e| e.term.as_str()).collect();
    assert_eq!(listed, expected, "the same terms as the JSON, each once");
    // Every term the body shows is listed. A term listed and not shown comes from evidence
    // the table leaves out (it shows evidence only beside the next steps) and the other
    // formats show.
    let shown: Vec<String> = used(&all_words(&r), [body])
        .into_iter()
        .map(|e| e.term)
        .collect();
    assert!(
        shown.iter().all(|t| listed.contains(&t.as_str())),
        "{shown:?}"
    );
    assert!(shown.len() >= 20, "{shown:?}");
    let evidence: Vec<&str> = r
        .skills
        .iter()
        .filter_map(|s| s.evidence.as_deref())
        .collect();
    let from_evidence = used(&all_words(&r), evidence);
    for t in listed.iter().filter(|t| !shown.iter().any(|s| s == *t)) {
        assert!(
            from_evidence.iter().any(|e| e.term == *t),
            "{t} listed, not shown"
        );
    }
    assert_eq!(listed.iter().filter(|t| **t == "5S").count(), 1);
}

#[test]
fn the_markdown_report_explains_each_term_once_at_the_end() {
    let p = profile();
    let text = report("markdown", p.path());
    let (_, words) = text
        .split_once("\n## Words used in this report\n\n")
        .expect("a glossary section");
    assert!(!words.contains("\n#"), "the glossary is the last section");
    assert_eq!(words.matches("- **5S**: ").count(), 1, "{words}");
    assert_eq!(words.matches("- **OEE**: ").count(), 1, "{words}");
    assert_eq!(words.matches("- **readiness**: ").count(), 1, "{words}");
    assert!(!text.contains("**takt time**"));
}

#[test]
fn the_html_report_defines_each_term_once_in_a_glossary_section() {
    let p = profile();
    let r: Report = serde_json::from_str(&report("json", p.path())).unwrap();
    let page = scraper::Html::parse_document(&report("html", p.path()));
    let sel = |s: &str| scraper::Selector::parse(s).unwrap();
    let sections: Vec<_> = page.select(&sel("section#glossary")).collect();
    assert_eq!(sections.len(), 1);
    let defined: Vec<String> = sections[0]
        .select(&sel("dl > dt > dfn"))
        .map(|d| d.text().collect())
        .collect();
    let expected: Vec<&str> = r.glossary.iter().map(|e| e.term.as_str()).collect();
    assert_eq!(defined, expected);
    let explained: Vec<String> = sections[0]
        .select(&sel("dl > dd"))
        .map(|d| d.text().collect())
        .collect();
    assert_eq!(
        explained,
        r.glossary
            .iter()
            .map(|e| e.explanation.as_str())
            .collect::<Vec<_>>()
    );
    assert_eq!(page.select(&sel("dfn")).count(), expected.len(), "once");
    // Every term the rest of the page shows is defined.
    let body: String = page
        .select(&sel("main, body"))
        .next()
        .unwrap()
        .text()
        .collect::<Vec<_>>()
        .join(" ");
    let rest = body.replace(&sections[0].text().collect::<Vec<_>>().join(" "), "");
    let shown: Vec<String> = used(&all_words(&r), [rest.as_str()])
        .into_iter()
        .map(|e| e.term)
        .collect();
    assert_eq!(shown, expected);
}

#[test]
fn glossary_text_from_a_rubric_file_cannot_act_on_a_terminal_or_break_a_page() {
    let mut rubric: serde_json::Value =
        serde_json::from_str(&read(&root().join("rubrics/production-specialist.json"))).unwrap();
    rubric["glossary"] = serde_json::json!([
        {"term": "\u{1b}[31m5S", "also": ["5S"], "source": "t",
         "explanation": "x\u{1b}[2J | <script>alert(1)</script> **bold** [link](http://x)"}
    ]);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("hostile.json");
    std::fs::write(&file, rubric.to_string()).unwrap();
    let run = |format: &str| {
        common::stdout_of(
            skillgap()
                .args(["assess", "--format", format, "--rubric"])
                .arg(&file)
                .arg("--input")
                .arg(common::example("career-changer.json")),
        )
    };
    let table = run("table");
    assert!(!table.contains('\u{1b}'), "an escape reached the terminal");
    assert!(
        table.contains("x\\u{1b}[2J | <script>"),
        "shown, made visible"
    );
    let markdown = run("markdown");
    assert!(
        markdown.contains("x\\u{1b}\\[2J \\| &lt;script&gt;"),
        "{markdown}"
    );
    assert!(markdown.contains("\\*\\*bold\\*\\*"));
    let html = run("html");
    assert!(!html.contains("<script>"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}
