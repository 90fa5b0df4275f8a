//! The answer first, in every format: for every example profile, the verdict of the JSON
//! report (its `summary`) is what the terminal, Markdown and HTML reports show before
//! anything else, line for line; and its facts are the report's own (same best level, the
//! first things to do among what stands before the next level).

mod common;

use common::{assess, root, skillgap};
use scraper::{Html, Selector};
use skillgap::report::Report;

fn profiles() -> Vec<std::path::PathBuf> {
    let mut v: Vec<_> = std::fs::read_dir(root().join("examples/profiles"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    v.sort();
    v
}

/// Markdown's escapes taken out: a backslash before punctuation, and the entities.
fn unescape_markdown(s: &str) -> String {
    let s = s
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.peek().is_some_and(|n| n.is_ascii_punctuation()) {
            continue;
        }
        out.push(c);
    }
    out
}

#[test]
fn every_format_opens_with_the_verdict_of_the_json_report() {
    for profile in profiles() {
        let name = profile.file_name().unwrap().to_string_lossy().into_owned();
        let report: Report = serde_json::from_str(&assess(&profile, "json")).unwrap();
        let s = &report.summary;
        assert!((1..=5).contains(&s.lines.len()), "{name}: {:?}", s.lines);
        assert_eq!(s.best_level, report.best_level, "{name}");
        if let Some(next) = &report.next_level {
            for f in &s.first {
                assert!(
                    next.gaps.iter().any(|g| g.id == f.skill),
                    "{name}: {}",
                    f.skill
                );
            }
        }

        // The terminal: the title, then the verdict, before the details.
        let table = assess(&profile, "table");
        let lines: Vec<&str> = table.lines().collect();
        for (i, line) in s.lines.iter().enumerate() {
            assert_eq!(lines[i + 1].trim(), line, "{name}: terminal line {}", i + 2);
        }
        assert!(
            lines[s.lines.len() + 1].is_empty(),
            "{name}: a blank line after it"
        );

        // Markdown: the paragraph after the title, the first line in bold.
        let md = unescape_markdown(&assess(&profile, "markdown"));
        let md_lines: Vec<&str> = md.lines().collect();
        let first_md = md_lines[2].trim_end_matches('\\');
        assert_eq!(
            first_md,
            format!("**{}**", s.lines[0]),
            "{name}: markdown bold first line"
        );
        for (i, line) in s.lines.iter().enumerate().skip(1) {
            let shown = md_lines[2 + i].trim_end_matches('\\');
            assert_eq!(shown, line, "{name}: markdown line {}", 3 + i);
        }

        // HTML: the first section of the page's main content.
        let page = Html::parse_document(&assess(&profile, "html"));
        let first = page
            .select(&Selector::parse("main section, body section").unwrap())
            .next()
            .expect("a section");
        assert!(
            first.value().classes().any(|c| c == "verdict"),
            "{name}: the first section is the verdict"
        );
        let shown: Vec<String> = first
            .select(&Selector::parse("p").unwrap())
            .map(|p| p.text().collect::<String>())
            .collect();
        assert_eq!(&shown[..s.lines.len()], &s.lines[..], "{name}: html");
    }
}

#[test]
fn the_short_report_is_the_verdict_and_what_stands_before_the_next_level() {
    let profile = root().join("examples/profiles/career-changer.json");
    let report: Report = serde_json::from_str(&assess(&profile, "json")).unwrap();
    let out = skillgap()
        .env("NO_COLOR", "1")
        .args(["assess", "--brief", "--input"])
        .arg(&profile)
        .output()
        .unwrap();
    assert!(out.status.success());
    let brief = String::from_utf8(out.stdout).unwrap();
    for line in &report.summary.lines {
        assert!(brief.contains(line.as_str()), "{line}");
    }
    let next = report.next_level.as_ref().unwrap();
    assert!(brief.contains(&format!("What stands before {}:", next.title)));
    for g in &next.gaps {
        assert!(brief.contains(&g.name), "{}", g.name);
    }
    // The long sections are left out.
    assert!(!brief.contains("Readiness by level"), "{brief}");
    assert!(
        !brief.contains("Rubric: "),
        "the details are left out: {brief}"
    );
    assert!(!brief.contains("Next steps"), "{brief}");
    assert!(
        brief.lines().count() < 25,
        "{} lines",
        brief.lines().count()
    );

    // JSON, Markdown and HTML are always whole: --brief with them is refused.
    let refused = skillgap()
        .args(["assess", "--brief", "--format", "json", "--input"])
        .arg(&profile)
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("--brief"));
}

/// The README's example of a verdict is what skillgap prints for the shipped career changer.
#[test]
fn the_readme_shows_the_career_changer_s_verdict_as_printed() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let at = readme
        .find("**The answer first.**")
        .expect("the README explains the verdict");
    let block: Vec<&str> = readme[at..]
        .lines()
        .skip_while(|l| *l != "```text")
        .skip(1)
        .take_while(|l| *l != "```")
        .collect();
    let printed = assess(
        &root().join("examples/profiles/career-changer.json"),
        "table",
    );
    let printed: Vec<&str> = printed.lines().take(block.len()).collect();
    assert_eq!(block, printed);
}
