//! The HTML report through the real binary: structure (parsed with an HTML parser, charts
//! parsed as XML), self-containment and escaping without a browser; then, in a headless
//! Chromium, a screenshot that is not blank, a PDF with whole pages, and the DOM the browser
//! built, for every example profile, the example team and one comparison.

mod common;

use std::path::{Path, PathBuf};

use common::browser::{Browser, browser, pdf_pages};
use common::{example, root, skillgap};
use scraper::{ElementRef, Html, Selector};
use skillgap::progress::Comparison;
use skillgap::report::Report;
use skillgap::team::TeamSummary;

const HOSTILE_NAME: &str = "<script>alert(1)</script> & \"Eve\"";
const HOSTILE_EVIDENCE: &str = "\"><img src=x onerror=alert(2)>\nsecond line";
const HOSTILE_SKILL: &str = "Plan</text><svg onload=alert(3)><text>ning";

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

fn text(e: ElementRef) -> String {
    e.text().collect::<String>()
}

/// Runs skillgap with `args` and returns standard output.
fn run(args: &[&str], stdin: Option<String>) -> String {
    let mut cmd = skillgap();
    cmd.args(args);
    if let Some(input) = stdin {
        cmd.write_stdin(input);
    }
    common::stdout_of(&mut cmd)
}

fn profiles() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(root().join("examples/profiles"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    v.sort();
    v
}

fn assess(profile: &Path, format: &str) -> String {
    run(
        &[
            "assess",
            "--format",
            format,
            "--input",
            profile.to_str().unwrap(),
        ],
        None,
    )
}

/// The later profile of the example comparison: the specialist a few months on.
fn later_profile(dir: &Path) -> PathBuf {
    let mut p: serde_json::Value =
        serde_json::from_str(&common::read(&example("specialist-to-senior.json"))).unwrap();
    let ratings = p["ratings"].as_object_mut().unwrap();
    for (skill, up) in [
        ("process-improvement", 2),
        ("communication", 1),
        ("budget-management", 1),
    ] {
        let now = ratings[skill].as_u64().unwrap();
        ratings.insert(skill.into(), serde_json::json!(now + up));
    }
    ratings.insert("initiative".into(), serde_json::json!(1));
    let path = dir.join("specialist-later.json");
    std::fs::write(&path, p.to_string()).unwrap();
    path
}

fn compare(dir: &Path, format: &str) -> String {
    let later = later_profile(dir);
    run(
        &[
            "compare",
            "--format",
            format,
            example("specialist-to-senior.json").to_str().unwrap(),
            later.to_str().unwrap(),
        ],
        None,
    )
}

fn team(format: &str) -> String {
    let dir = root().join("examples/profiles");
    run(
        &["team", "--format", format, "--input", dir.to_str().unwrap()],
        None,
    )
}

fn hostile_profile() -> String {
    serde_json::json!({
        "name": HOSTILE_NAME,
        "target_level": "senior",
        "ratings": {"quality-control": 3, "communication": 2},
        "evidence": {"quality-control": HOSTILE_EVIDENCE}
    })
    .to_string()
}

/// A report whose name, evidence and rubric text try to inject markup.
fn hostile_html(dir: &Path) -> String {
    let mut rubric: serde_json::Value =
        serde_json::from_str(skillgap::rubric::BUILTIN_PRODUCTION_SPECIALIST).unwrap();
    rubric["skills"][0]["name"] = serde_json::json!(HOSTILE_SKILL);
    rubric["levels"][0]["title"] = serde_json::json!("Junior <b onmouseover=alert(4)>\x1b[31m");
    let path = dir.join("hostile-rubric.json");
    std::fs::write(&path, rubric.to_string()).unwrap();
    run(
        &[
            "assess",
            "--format",
            "html",
            "--rubric",
            path.to_str().unwrap(),
            "--input",
            "-",
        ],
        Some(hostile_profile()),
    )
}

/// Every outermost `<svg>…</svg>` of a page, as written (a mark may be a nested `<svg>`).
fn svgs(html: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<svg") {
        let (mut depth, mut at) = (0, start);
        let end = loop {
            let open = rest[at..].find("<svg").map(|i| i + at);
            let close = rest[at..].find("</svg>").expect("every svg is closed") + at;
            match open {
                Some(o) if o < close => (depth, at) = (depth + 1, o + 4),
                _ if depth > 1 => (depth, at) = (depth - 1, close + 6),
                _ => break close + 6,
            }
        };
        out.push(&rest[start..end]);
        rest = &rest[end..];
    }
    out
}

/// Checks what every page must be: charts that are well-formed XML, each either a chart with
/// a title and a description or a strip of marks hidden from screen readers (its row says
/// the figures in words), no script, nothing loaded from anywhere, and no event handler.
fn check_self_contained(html: &str) {
    let charts = svgs(html);
    assert!(!charts.is_empty(), "the page has charts");
    for svg in charts {
        let doc = roxmltree::Document::parse(svg)
            .unwrap_or_else(|e| panic!("chart is not well-formed XML: {e}\n{svg}"));
        let root = doc.root_element();
        if root.attribute("aria-hidden") == Some("true") {
            assert!(
                !doc.descendants().any(|n| n.has_tag_name("text")),
                "a hidden strip holds no text: {svg}"
            );
            continue;
        }
        assert_eq!(root.attribute("role"), Some("img"));
        let children: Vec<&str> = root
            .children()
            .filter(|c| c.is_element())
            .map(|c| c.tag_name().name())
            .take(2)
            .collect();
        assert_eq!(children, ["title", "desc"], "title and description first");
        for id in root.attribute("aria-labelledby").unwrap().split(' ') {
            assert!(
                doc.descendants().any(|n| n.attribute("id") == Some(id)),
                "{id}"
            );
        }
    }
    let doc = Html::parse_document(html);
    for e in doc
        .root_element()
        .descendants()
        .filter_map(ElementRef::wrap)
    {
        let name = e.value().name();
        assert!(
            !matches!(
                name,
                "script" | "img" | "link" | "iframe" | "object" | "embed" | "image" | "use"
            ),
            "no <{name}> in a self-contained page"
        );
        for (attr, value) in e.value().attrs() {
            assert!(!attr.starts_with("on"), "event handler {attr}={value}");
            assert!(
                !value.contains("://") && !value.to_ascii_lowercase().contains("javascript:"),
                "{name} {attr}={value}: a page may not point elsewhere"
            );
            if attr == "href" {
                assert!(
                    value.starts_with('#'),
                    "only links within the page: {value}"
                );
            }
        }
    }
    // Styles load nothing either; an address may appear only as plain text.
    for style in doc.select(&sel("style")) {
        let css = text(style);
        assert!(!css.contains("url(") && !css.contains("@import"), "{css}");
    }
    assert!(!html.contains("http://") && !html.contains("https://"));
}

#[test]
fn every_skill_row_and_readiness_figure_of_a_report_is_in_the_page() {
    for profile in profiles() {
        let report: Report = serde_json::from_str(&assess(&profile, "json")).unwrap();
        let html = assess(&profile, "html");
        check_self_contained(&html);
        let doc = Html::parse_document(&html);
        let name = report.name.clone().unwrap();
        assert_eq!(text(doc.select(&sel("h1")).next().unwrap()), name);
        assert!(text(doc.select(&sel("title")).next().unwrap()).contains(&name));

        let rows: Vec<String> = doc.select(&sel("#skills tbody tr th")).map(text).collect();
        let names: Vec<&str> = report.skills.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(rows, names, "{}: skill rows", profile.display());

        let levels: Vec<ElementRef> = doc.select(&sel("#readiness tbody tr")).collect();
        assert_eq!(levels.len(), report.levels.len());
        let ladder = text(doc.select(&sel("#ladder")).next().unwrap());
        for (row, level) in levels.iter().zip(&report.levels) {
            let figure = format!("{:.1}%", level.readiness);
            let cells: Vec<String> = row.select(&sel("td")).map(text).collect();
            assert!(text(*row).contains(&level.title));
            assert_eq!(cells[1], figure, "{}", level.title);
            assert!(cells[2].contains(if level.reached { "yes" } else { "no" }));
            assert!(ladder.contains(&figure), "ladder shows {figure}");
        }
        if let Some(best) = &report.best_title {
            let headline = text(doc.select(&sel(".verdict")).next().unwrap());
            assert!(headline.contains(&format!("You have reached {best}")));
        }
        // The skills chart has one row per skill, each named in full.
        let chart = doc.select(&sel("#skills-chart")).next().unwrap();
        let mut labels: Vec<String> = chart.select(&sel(".chart-name")).map(text).collect();
        let mut expected: Vec<String> = names.iter().map(|s| s.to_string()).collect();
        labels.sort();
        expected.sort();
        assert_eq!(labels, expected);
        assert!(!text(chart).contains('…'), "no name is cut");
        // Every action of the plan and every certification is there, as in Markdown.
        let page = text(doc.root_element());
        for step in &report.next_steps {
            for action in &step.actions {
                assert!(page.contains(action.as_str()), "{action}");
            }
        }
        for c in &report.certifications {
            assert!(page.contains(&c.name), "{}", c.name);
        }
    }
}

/// A number as the charts write a percentage: at most one decimal, no trailing ".0".
fn percent(x: f64) -> String {
    let s = format!("{x:.1}");
    format!("{}%", s.strip_suffix(".0").unwrap_or(&s))
}

#[test]
fn every_level_is_a_bar_of_its_readiness_and_one_not_reached_says_why() {
    let mut past_the_line = 0;
    for profile in profiles() {
        let report: Report = serde_json::from_str(&assess(&profile, "json")).unwrap();
        let threshold = report.thresholds.ready_readiness;
        let html = assess(&profile, "html");
        let doc = Html::parse_document(&html);
        let rows: Vec<ElementRef> = doc.select(&sel("#ladder li.chart-row")).collect();
        assert_eq!(rows.len(), report.levels.len());
        // Highest level on top.
        for (row, level) in rows.iter().rev().zip(&report.levels) {
            assert!(text(*row).contains(&level.title));
            // The bar spans the level's readiness of the whole width, whatever the others.
            let bars: Vec<&str> = row
                .select(&sel("svg rect"))
                .filter_map(|r| r.value().attr("width"))
                .collect();
            assert_eq!(bars, ["100%", &percent(level.readiness)], "{}", level.title);
            let line = row
                .select(&sel("svg line[stroke-dasharray]"))
                .next()
                .unwrap();
            assert_eq!(line.value().attr("x1"), Some(percent(threshold).as_str()));
            let why = row.select(&sel(".chart-why")).next().map(text);
            let Some(why) = why else {
                assert!(level.reached, "{}: not reached, and no reason", level.title);
                continue;
            };
            assert!(!level.reached, "{}: reached, with a reason", level.title);
            if level.readiness >= threshold {
                past_the_line += 1;
                assert!(
                    why.starts_with(&format!(
                        "At {}% or more, but not reached: ",
                        percent(threshold).trim_end_matches('%')
                    )),
                    "{why}"
                );
                let named = level
                    .blocking
                    .iter()
                    .chain(&level.defining_skills)
                    .any(|id| why.contains(report.skill_name(id)));
                assert!(named, "{}: {why}", level.title);
            } else {
                assert!(
                    why.contains(&format!("points short of {}", percent(threshold))),
                    "{why}"
                );
            }
        }
    }
    assert!(
        past_the_line > 0,
        "an example has a level past the line but not reached"
    );
}

/// The built-in rubric with the readiness that meets a level set to `threshold`.
fn rubric_with_threshold(dir: &Path, threshold: u32) -> PathBuf {
    let mut rubric: serde_json::Value =
        serde_json::from_str(skillgap::rubric::BUILTIN_PRODUCTION_SPECIALIST).unwrap();
    rubric["thresholds"]["ready_readiness"] = serde_json::json!(threshold);
    let path = dir.join(format!("rubric-{threshold}.json"));
    std::fs::write(&path, rubric.to_string()).unwrap();
    path
}

#[test]
fn every_readiness_chart_draws_the_rubrics_line() {
    let dir = tempfile::tempdir().unwrap();
    let rubric = rubric_with_threshold(dir.path(), 80);
    let rubric = rubric.to_str().unwrap();
    let old = example("specialist-to-senior.json");
    let old = old.to_str().unwrap();
    let later = later_profile(dir.path());
    let later = later.to_str().unwrap();
    let report = run(
        &[
            "assess", "--format", "html", "--rubric", rubric, "--input", old,
        ],
        None,
    );
    let compare = run(
        &[
            "compare", "--format", "html", "--rubric", rubric, old, later,
        ],
        None,
    );
    for (page, chart) in [(&report, "#ladder"), (&compare, "#readiness-then-now")] {
        let doc = Html::parse_document(page);
        let chart = doc.select(&sel(chart)).next().unwrap();
        let strips: Vec<ElementRef> = chart.select(&sel("li.chart-row svg")).collect();
        assert_eq!(strips.len(), 6, "a bar per level");
        for strip in strips {
            let line = strip.select(&sel("line[stroke-dasharray]")).next().unwrap();
            assert_eq!(line.value().attr("x1"), Some("80%"));
        }
        let shown = text(chart);
        assert!(shown.contains("80% meets a level"), "{shown}");
        assert!(!shown.contains("85%"), "{shown}");
    }
    // The history's dashed line lies 80% of the way from its 0% grid line to its 100% one.
    let history = run(
        &[
            "history", "--format", "html", "--rubric", rubric, old, later,
        ],
        None,
    );
    let doc = Html::parse_document(&history);
    let chart = doc.select(&sel("svg#readiness-over-time")).next().unwrap();
    assert!(text(chart).contains("80% meets a level"));
    let y = |l: ElementRef| -> f64 { l.value().attr("y1").unwrap().parse().unwrap() };
    let grid: Vec<f64> = chart.select(&sel("line")).take(5).map(y).collect();
    let dashed = y(chart.select(&sel("line[stroke-dasharray]")).next().unwrap());
    let at = (grid[0] - dashed) / (grid[0] - grid[4]);
    assert!(
        (at - 0.8).abs() < 0.01,
        "the line is at {at} of the scale: {grid:?} {dashed}"
    );
}

#[test]
fn team_and_comparison_pages_carry_their_figures() {
    let summary: TeamSummary = serde_json::from_str(&team("json")).unwrap();
    let html = team("html");
    check_self_contained(&html);
    let doc = Html::parse_document(&html);
    let rows: Vec<String> = doc.select(&sel("#skills tbody tr th")).map(text).collect();
    let names: Vec<&str> = summary.skills.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(rows, names);
    let heat = text(doc.select(&sel("svg#heatmap")).next().unwrap());
    for s in &summary.skills {
        assert!(heat.contains(&format!("{:.1}%", s.short_percent)));
    }
    let bars = text(doc.select(&sel("svg#best-levels")).next().unwrap());
    for l in &summary.levels {
        assert!(bars.contains(&l.title), "{}", l.title);
    }
    assert_eq!(
        doc.select(&sel("#training ol.plan > li")).count(),
        summary.certifications.len()
    );

    let dir = tempfile::tempdir().unwrap();
    let c: Comparison = serde_json::from_str(&compare(dir.path(), "json")).unwrap();
    let html = compare(dir.path(), "html");
    check_self_contained(&html);
    let doc = Html::parse_document(&html);
    assert_eq!(doc.select(&sel("#skills tbody tr")).count(), c.skills.len());
    let chart = text(doc.select(&sel("#readiness-then-now")).next().unwrap());
    for (row, l) in doc.select(&sel("#readiness tbody tr")).zip(&c.levels) {
        let cells: Vec<String> = row.select(&sel("td")).map(text).collect();
        assert_eq!(cells[0], format!("{:.1}%", l.old_readiness));
        assert_eq!(cells[1], format!("{:.1}%", l.new_readiness));
        assert!(chart.contains(&format!("now {:.1}%", l.new_readiness)));
    }
    assert!(text(doc.root_element()).contains("Gaps closed: Process Improvement Methodologies"));
}

#[test]
fn hostile_text_is_shown_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let html = hostile_html(dir.path());
    check_self_contained(&html);
    let doc = Html::parse_document(&html);
    assert_eq!(text(doc.select(&sel("h1")).next().unwrap()), HOSTILE_NAME);
    let evidence: Vec<String> = doc.select(&sel("td.evidence")).map(text).collect();
    assert!(
        evidence.contains(&HOSTILE_EVIDENCE.to_string()),
        "{evidence:?}"
    );
    let chart = text(doc.select(&sel("#skills-chart")).next().unwrap());
    assert!(chart.contains(HOSTILE_SKILL));
    // Control characters are shown, as in the terminal report.
    assert!(text(doc.root_element()).contains("Junior <b onmouseover=alert(4)>\\u{1b}[31m"));
    assert!(!html.contains('\x1b'));
}

#[test]
fn html_is_written_for_html_and_htm_files() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["r.html", "r.HTM"] {
        let path = dir.path().join(name);
        skillgap()
            .args(["assess", "--input"])
            .arg(example("career-changer.json"))
            .arg("-o")
            .arg(&path)
            .assert()
            .success();
        let page = common::read(&path);
        assert!(page.starts_with("<!DOCTYPE html>"), "{name}");
    }
}

// In a real browser.

/// The pages the browser tests open: every example profile, the example team, one
/// comparison, and the hostile report.
fn pages(dir: &Path) -> Vec<(String, PathBuf, Vec<String>)> {
    let mut out = Vec::new();
    let mut add = |name: String, html: String, expect: Vec<String>| {
        let path = dir.join(format!("{name}.html"));
        std::fs::write(&path, html).unwrap();
        out.push((name, path, expect));
    };
    for profile in profiles() {
        let report: Report = serde_json::from_str(&assess(&profile, "json")).unwrap();
        let mut expect = vec![report.name.clone().unwrap()];
        expect.extend(report.levels.iter().map(|l| format!("{:.1}%", l.readiness)));
        let stem = profile.file_stem().unwrap().to_str().unwrap().to_string();
        add(stem, assess(&profile, "html"), expect);
    }
    let summary: TeamSummary = serde_json::from_str(&team("json")).unwrap();
    let mut expect = vec![summary.rubric.title.clone()];
    expect.extend(
        summary
            .skills
            .iter()
            .map(|s| format!("{:.1}%", s.short_percent)),
    );
    add("team".into(), team("html"), expect);
    let c: Comparison = serde_json::from_str(&compare(dir, "json")).unwrap();
    let mut expect = vec![c.new.name.clone().unwrap()];
    for l in &c.levels {
        expect.push(format!("{:.1}%", l.old_readiness));
        expect.push(format!("{:.1}%", l.new_readiness));
    }
    add("comparison".into(), compare(dir, "html"), expect);
    add(
        "hostile".into(),
        hostile_html(dir),
        vec![HOSTILE_NAME.into(), HOSTILE_SKILL.into()],
    );
    out
}

fn with_browser(test: impl FnOnce(&Browser, &Path, Vec<(String, PathBuf, Vec<String>)>)) {
    let Some(b) = browser() else { return };
    let dir = tempfile::tempdir().unwrap();
    let pages = pages(dir.path());
    let start = std::time::Instant::now();
    test(&b, dir.path(), pages);
    eprintln!("browser runs took {:?}", start.elapsed());
}

#[test]
fn browser_screenshots_are_not_blank() {
    with_browser(|b, dir, pages| {
        for (name, page, _) in pages {
            let png = dir.join(format!("{name}.png"));
            b.screenshot(&page, &png, 1200, 2000);
            let decoder =
                png::Decoder::new(std::io::BufReader::new(std::fs::File::open(&png).unwrap()));
            let mut reader = decoder.read_info().unwrap();
            let mut buf = vec![0; reader.output_buffer_size().unwrap()];
            let info = reader.next_frame(&mut buf).unwrap();
            assert_eq!((info.width, info.height), (1200, 2000), "{name}");
            let channels = info.color_type.samples();
            let pixels = buf[..info.buffer_size()].chunks(channels);
            let total = pixels.len();
            let (mut ink, mut blue) = (0usize, 0usize);
            for p in pixels {
                let (r, g, bl) = (p[0], p[1], p[2]);
                if r < 235 || g < 235 || bl < 235 {
                    ink += 1;
                }
                // The blue of the person's rating, the team's bars or "now".
                if bl > 120 && r < 80 && bl > g {
                    blue += 1;
                }
            }
            let share = ink as f64 / total as f64;
            assert!(
                share > 0.04,
                "{name}: only {:.1}% of the screenshot is not background",
                share * 100.0
            );
            assert!(
                blue > 500,
                "{name}: the charts are drawn ({blue} blue pixels)"
            );
        }
    });
}

#[test]
fn browser_prints_whole_pages_on_letter_and_a4() {
    with_browser(|b, dir, pages| {
        for (name, page, _) in &pages {
            let pdf = b.pdf(page, &dir.join(format!("{name}.pdf")));
            assert!(pdf.starts_with(b"%PDF-"), "{name}");
            let sizes = pdf_pages(&pdf);
            let range = match name.as_str() {
                // The team page adds coverage and certificates to the skills and the ladder.
                "team" => 1..=8,
                "comparison" => 1..=5,
                _ => 2..=10,
            };
            assert!(
                range.contains(&sizes.len()),
                "{name}: {} pages, expected {range:?}",
                sizes.len()
            );
            // Chromium's default paper is US Letter.
            for (w, h) in &sizes {
                assert!(
                    (w - 612.0).abs() < 2.0 && (h - 792.0).abs() < 2.0,
                    "{name}: {w}x{h}"
                );
            }
        }
        // The same report on A4, as a European printer would set it.
        let (name, page, _) = &pages[0];
        let a4 = dir.join(format!("{name}-a4.html"));
        let html =
            common::read(page).replacen("</head>", "<style>@page { size: A4; }</style></head>", 1);
        std::fs::write(&a4, html).unwrap();
        let sizes = pdf_pages(&b.pdf(&a4, &dir.join("a4.pdf")));
        assert!((2..=10).contains(&sizes.len()), "A4: {} pages", sizes.len());
        for (w, h) in &sizes {
            assert!(
                (w - 595.3).abs() < 2.0 && (h - 841.9).abs() < 2.0,
                "A4: {w}x{h}"
            );
        }
    });
}

#[test]
fn browser_dom_shows_names_and_figures_and_nothing_injected() {
    with_browser(|b, _dir, pages| {
        for (name, page, expect) in pages {
            let dom = b.dom(&page);
            let doc = Html::parse_document(&dom);
            let shown = text(doc.root_element());
            for e in &expect {
                assert!(shown.contains(e.as_str()), "{name}: {e:?} is not shown");
            }
            for e in doc
                .root_element()
                .descendants()
                .filter_map(ElementRef::wrap)
            {
                let tag = e.value().name();
                assert!(
                    !matches!(tag, "script" | "img" | "iframe" | "b"),
                    "{name}: the browser built a <{tag}>"
                );
                for (attr, value) in e.value().attrs() {
                    assert!(!attr.starts_with("on"), "{name}: {attr}={value}");
                }
            }
            // The SVG the browser built has exactly the charts skillgap drew.
            let drawn = common::read(&page).matches("<svg").count();
            assert_eq!(doc.select(&sel("svg")).count(), drawn, "{name}");
        }
    });
}
