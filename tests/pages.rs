//! Every kind of HTML page as a production worker reads it on a phone and a supervisor prints
//! it for a shift meeting, in a headless Chromium (see `tests/common/browser.rs`, and
//! `tests/common/layout.rs` for how a page is measured): no page wider than the window at
//! 320, 360, 390 or 1280 px, the answer inside the first screen of a phone, and the team's
//! handout on at most four pages of A4 or US Letter with no command line on paper. Without a
//! browser the browser tests are skipped (except in CI), the rest still run.
//!
//! The team is `examples/shift-team.jsonl`: 60 members on three shifts ("Line 2 / days",
//! "Line 2 / nights", "Packaging"), judged on 2026-12-01, whose coverage has every case a
//! supervisor meets: a critical skill only one person in the team can do, critical skills
//! with one person or nobody on a shift, a skill nobody can do, and far more learners than
//! trainers. Set `SKILLGAP_UPDATE_EXAMPLES=1` to retake the screenshots of every page kind
//! that the README shows (`examples/reports/*-390.png`, `team-1280.png`).

mod common;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use common::browser::{Browser, browser, pdf_pages};
use common::layout::{Layout, measure, measure_printed, save};
use common::{example, root, skillgap};
use scraper::{ElementRef, Html, Selector};
use skillgap::coverage::Status;
use skillgap::team::TeamSummary;

const TEAM: &str = "examples/shift-team.jsonl";
const AS_OF: &str = "2026-12-01";
const TITLE: &str = "Line 2 and Packaging: shift meeting";
const SITE: &str = "Plant 3, Dayton";

/// One page of each kind, as the binary writes it.
struct Page {
    kind: &'static str,
    html: String,
}

fn run(args: &[&str], dir: Option<&Path>) -> String {
    let mut cmd = skillgap();
    cmd.args(args);
    if let Some(dir) = dir {
        cmd.current_dir(dir);
    }
    common::stdout_of(&mut cmd)
}

fn assess(profile: &str) -> String {
    let path = example(profile);
    run(
        &[
            "assess",
            "--as-of",
            AS_OF,
            "--format",
            "html",
            "--input",
            path.to_str().unwrap(),
        ],
        None,
    )
}

/// The shift team with `args`, headed for the meeting.
fn shift_team(args: &[&str], format: &str) -> String {
    let mut all = vec![
        "team", "--input", TEAM, "--as-of", AS_OF, "--title", TITLE, "--site", SITE, "--format",
        format,
    ];
    all.extend(args);
    run(&all, None)
}

/// Sam Rivera's profile, then three and six months on, in `dir` under plain names (the
/// comparison's page shows them).
fn sam_over_time(dir: &Path) -> [&'static str; 3] {
    let names = ["sam-2026-11.json", "sam-2027-03.json", "sam-2027-06.json"];
    let mut p: serde_json::Value =
        serde_json::from_str(&common::read(&example("specialist-to-senior.json"))).unwrap();
    std::fs::write(dir.join(names[0]), p.to_string()).unwrap();
    let steps: [(&str, &[(&str, i64)]); 2] = [
        (
            "2027-03-02",
            &[
                ("process-improvement", 2),
                ("communication", 1),
                ("budget-management", 1),
                ("initiative", -1),
            ],
        ),
        (
            "2027-06-10",
            &[("quality-control", 1), ("team-leadership", 1)],
        ),
    ];
    for (name, (day, ups)) in names[1..].iter().zip(steps) {
        p["assessed_on"] = serde_json::json!(day);
        for (skill, up) in ups {
            let now = p["ratings"][skill].as_i64().unwrap();
            p["ratings"][skill] = serde_json::json!((now + up).clamp(0, 4));
        }
        std::fs::write(dir.join(name), p.to_string()).unwrap();
    }
    names
}

/// Every page kind, made once for all the tests.
fn pages() -> &'static [Page] {
    static PAGES: OnceLock<Vec<Page>> = OnceLock::new();
    PAGES.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let sam = sam_over_time(dir.path());
        let profiles = root().join("examples/profiles");
        vec![
            Page {
                kind: "assess",
                html: assess("specialist-to-senior.json"),
            },
            Page {
                kind: "assess-reviewed",
                html: assess("specialist-with-supervisor-review.json"),
            },
            Page {
                kind: "team",
                html: run(
                    &[
                        "team",
                        "--input",
                        profiles.to_str().unwrap(),
                        "--as-of",
                        AS_OF,
                        "--format",
                        "html",
                    ],
                    None,
                ),
            },
            Page {
                kind: "team-by-group",
                html: shift_team(&["--by-group"], "html"),
            },
            Page {
                kind: "team-pairs",
                html: shift_team(&["--by-group", "--pairs"], "html"),
            },
            Page {
                kind: "compare",
                html: run(
                    &["compare", "--format", "html", sam[0], sam[1]],
                    Some(dir.path()),
                ),
            },
            Page {
                kind: "history",
                html: run(
                    &["history", "--format", "html", sam[0], sam[1], sam[2]],
                    Some(dir.path()),
                ),
            },
        ]
    })
}

fn page(kind: &str) -> &'static str {
    &pages().iter().find(|p| p.kind == kind).unwrap().html
}

/// Each page laid out at each width: made once, as each browser run takes a second.
fn layouts(b: &Browser) -> &'static [(&'static str, u32, Layout)] {
    static LAYOUTS: OnceLock<Vec<(&'static str, u32, Layout)>> = OnceLock::new();
    LAYOUTS.get_or_init(|| {
        let mut out = Vec::new();
        for p in pages() {
            for width in [320, 360, 390, 1280] {
                out.push((p.kind, width, measure(b, &p.html, width, 900)));
            }
        }
        out
    })
}

#[test]
fn no_page_is_wider_than_a_phone() {
    let Some(b) = browser() else { return };
    let mut wide = Vec::new();
    for (kind, width, l) in layouts(&b) {
        assert_eq!(
            l.inner_width,
            f64::from(*width),
            "the window is {width} wide"
        );
        eprintln!("{kind} at {width} px: {} px wide", l.scroll_width);
        if l.scroll_width > l.inner_width {
            wide.push(format!(
                "{kind} at {width} px is {} px wide: {:?}",
                l.scroll_width, l.overflowing
            ));
        }
    }
    assert!(wide.is_empty(), "{wide:#?}");
}

#[test]
fn the_answer_is_inside_the_first_screen_of_a_phone() {
    let Some(b) = browser() else { return };
    for (kind, width, l) in layouts(&b) {
        if *width != 390 {
            continue;
        }
        let (top, height) = l
            .verdict
            .unwrap_or_else(|| panic!("{kind}: no .verdict (or .headline)"));
        eprintln!(
            "{kind} at 390 px: the verdict ends {} px down",
            top + height
        );
        assert!(
            top + height <= 800.0,
            "{kind}: the verdict ends {} px down at 390 px wide (top {top}, height {height})",
            top + height
        );
    }
}

#[test]
fn the_team_handout_prints_on_four_pages_of_letter_or_a4() {
    let Some(b) = browser() else { return };
    let dir = tempfile::tempdir().unwrap();
    let html = page("team-pairs");
    // Chromium prints on US Letter unless the page asks for another size.
    let a4 = html.replace("</style>", "@page { size: A4; }</style>");
    for (paper, html, size) in [
        ("letter", html.to_string(), (612.0, 792.0)),
        ("a4", a4, (595.0, 842.0)),
    ] {
        let path = save(dir.path(), paper, &html);
        let pdf = b.pdf(&path, &dir.path().join(format!("{paper}.pdf")));
        let pages = pdf_pages(&pdf);
        eprintln!("team with --pairs on {paper}: {} pages", pages.len());
        assert!(!pages.is_empty(), "{paper}: the PDF has pages");
        assert!(
            pages.len() <= 4,
            "{paper}: the handout of 60 members with --pairs takes {} pages",
            pages.len()
        );
        for (w, h) in &pages {
            assert!(
                (w - size.0).abs() < 1.0 && (h - size.1).abs() < 1.0,
                "{paper}: a page of {w} × {h} pt"
            );
        }
    }
}

#[test]
fn paper_shows_no_command_line_and_says_where_the_full_list_is() {
    let Some(b) = browser() else { return };
    let html = page("team-pairs");
    let screen = measure(&b, html, 1280, 900).text;
    assert!(
        screen.contains("--format json"),
        "on screen the page says how to get the full list"
    );
    let paper = measure_printed(&b, html, 720).text;
    assert!(
        paper.contains("Full list: the team's JSON or workbook"),
        "on paper the page says where the full list is"
    );
    for tip in [" --", "-o "] {
        let at = paper
            .find(tip)
            .map(|at| &paper[at.saturating_sub(60)..at + 20]);
        assert!(at.is_none(), "a command line on paper: {at:?}");
    }
    // The handout keeps what the meeting needs.
    for must in [
        "depend on one person",
        "Who trains whom",
        "Learners without a trainer",
    ] {
        assert!(paper.contains(must), "{must:?} is on paper");
    }
}

// Without a browser: what the team's page says.

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

fn text(e: ElementRef) -> String {
    let t: String = e.text().collect();
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn summary() -> TeamSummary {
    serde_json::from_str(&shift_team(&["--by-group", "--pairs"], "json")).unwrap()
}

#[test]
fn the_callout_names_who_each_critical_skill_depends_on_and_what_nobody_covers() {
    let s = summary();
    let doc = Html::parse_document(page("team-pairs"));
    let callout = text(doc.select(&sel("section.verdict")).next().unwrap());
    let group_of = |skill: &str, person: &str| {
        s.groups
            .iter()
            .find(|g| {
                g.coverage
                    .iter()
                    .any(|c| c.id == skill && c.only_person.as_deref() == Some(person))
            })
            .map(|g| g.title().to_string())
    };
    let lines: Vec<String> = doc.select(&sel("section.verdict li")).map(text).collect();
    let line = |start: &str| {
        lines
            .iter()
            .find(|l| l.contains(start))
            .unwrap_or_else(|| panic!("no line with {start:?} in {lines:#?}"))
    };
    let mut named = 0;
    for c in s
        .coverage
        .iter()
        .filter(|c| c.critical && c.status == Status::Single)
    {
        let person = c.only_person.as_deref().unwrap();
        let group = group_of(&c.id, person).unwrap();
        let l = line(&c.name);
        assert!(
            l.contains(&format!("→ {person}, {group}: the only one in the team")),
            "{l}"
        );
        named += 1;
    }
    for g in &s.groups {
        for c in g
            .coverage
            .iter()
            .filter(|c| c.critical && c.status == Status::Single)
        {
            let person = c.only_person.as_deref().unwrap();
            if s.coverage
                .iter()
                .any(|t| t.id == c.id && t.only_person.as_deref() == Some(person))
            {
                continue;
            }
            let l = line(&format!("→ {person}: the only one in {}", g.title()));
            assert!(l.contains(&c.name), "{l}");
            named += 1;
        }
    }
    assert!(named >= 3, "the team has single points of failure to name");
    let nobody: Vec<_> = s
        .coverage
        .iter()
        .filter(|c| c.status == Status::None)
        .collect();
    assert!(!nobody.is_empty(), "some skill nobody in the team can do");
    for c in nobody {
        line(&format!("{}: the whole team", c.name));
    }
    for g in &s.groups {
        for c in g
            .coverage
            .iter()
            .filter(|c| c.critical && c.status == Status::None)
        {
            let l = line(&format!("{} (critical): ", c.name));
            assert!(l.contains(g.title()), "{l:?} names {}", g.title());
        }
    }
    let p = s.pairs.as_ref().unwrap();
    assert!(callout.contains(&format!("{} trainer–learner pairs", p.pairs.len())));
    assert!(callout.contains(&format!("{} needs without a trainer", p.unpaired.len())));
}

#[test]
fn the_heatmap_runs_worst_first_marks_critical_skills_and_names_the_one_person() {
    let s = summary();
    let doc = Html::parse_document(page("team-pairs"));
    let heat = doc
        .select(&sel("table#heatmap"))
        .next()
        .expect("the heatmap table");
    let heads: Vec<String> = heat.select(&sel("thead th")).map(text).collect();
    assert_eq!(heads[1], "Whole team 60 members");
    for (g, head) in s.groups.iter().zip(&heads[2..]) {
        assert_eq!(*head, format!("{} {} members", g.title(), g.members));
    }
    let mut worst = Vec::new();
    for row in heat.select(&sel("tbody tr")) {
        let name = text(row.select(&sel("th")).next().unwrap());
        let skill = s
            .coverage
            .iter()
            .find(|c| name == c.name || name == format!("{} ◆ critical", c.name))
            .unwrap_or_else(|| panic!("row {name:?}"));
        assert_eq!(name.ends_with("◆ critical"), skill.critical, "{name}");
        let cells: Vec<ElementRef> = row.select(&sel("td[class^=h]")).collect();
        assert_eq!(cells.len(), 1 + s.groups.len(), "{name}");
        let columns = std::iter::once(&s.coverage).chain(s.groups.iter().map(|g| &g.coverage));
        let mut statuses = Vec::new();
        for (cell, coverage) in cells.iter().zip(columns) {
            let c = coverage.iter().find(|c| c.id == skill.id).unwrap();
            let shown = text(*cell);
            match c.status {
                Status::Single => {
                    assert_eq!(
                        shown,
                        format!("single: {}", c.only_person.as_deref().unwrap())
                    );
                }
                other => assert!(shown.starts_with(other.as_str()), "{shown:?} for {other:?}"),
            }
            statuses.push(c.status);
        }
        statuses.sort();
        worst.push((statuses[0], !skill.critical));
    }
    assert_eq!(worst.len(), s.skills.len());
    assert!(
        worst.windows(2).all(|w| w[0] <= w[1]),
        "rows worst first, critical first among equals: {worst:?}"
    );
    assert!(
        worst.first().unwrap().0 == Status::None,
        "the fixture has a skill nobody covers"
    );
}

#[test]
fn title_site_and_day_head_the_page_and_the_markdown() {
    let doc = Html::parse_document(page("team-pairs"));
    assert_eq!(text(doc.select(&sel("h1")).next().unwrap()), TITLE);
    assert_eq!(text(doc.select(&sel("title")).next().unwrap()), TITLE);
    let place = text(doc.select(&sel("header .place")).next().unwrap());
    assert_eq!(place, format!("{SITE} · as of {AS_OF}"));
    let md = shift_team(&["--by-group"], "markdown");
    assert!(
        md.starts_with(&format!("# {TITLE}\n\n{SITE} · as of {AS_OF}\n")),
        "{}",
        &md[..200]
    );
    let s = summary();
    assert_eq!(s.title.as_deref(), Some(TITLE));
    assert_eq!(s.site.as_deref(), Some(SITE));
    // Without them, the heading is the rubric's, as before.
    let plain: TeamSummary = serde_json::from_str(&run(
        &[
            "team", "--input", TEAM, "--as-of", AS_OF, "--format", "json",
        ],
        None,
    ))
    .unwrap();
    assert!(plain.title.is_none() && plain.site.is_none());
    assert_eq!(
        plain.title_line(),
        format!("Team summary: {}", plain.rubric.title)
    );
}

#[test]
fn the_page_names_the_file_that_holds_the_full_list() {
    let dir = tempfile::tempdir().unwrap();
    let (html, json) = (dir.path().join("team.html"), dir.path().join("team.json"));
    skillgap()
        .args(["team", "--input", TEAM, "--by-group", "--pairs", "-o"])
        .arg(&html)
        .arg("-o")
        .arg(&json)
        .assert()
        .success();
    let doc = Html::parse_document(&common::read(&html));
    let unpaired = text(doc.select(&sel("#unpaired")).next().unwrap());
    assert!(
        unpaired.contains(&format!("is in {}", json.display())),
        "{unpaired}"
    );
    assert!(!unpaired.contains("--format json"), "no need to say how");
}

/// Retakes the README's screenshots: each page kind 390 px wide, and the team's page 1280.
#[test]
fn screenshots_for_the_readme() {
    if std::env::var_os("SKILLGAP_UPDATE_EXAMPLES").is_none() {
        return;
    }
    let Some(b) = browser() else { return };
    let dir = tempfile::tempdir().unwrap();
    let reports = root().join("examples/reports");
    let mut shots: Vec<(String, &str, u32, u32)> = pages()
        .iter()
        .map(|p| (format!("{}-390.png", p.kind), p.kind, 390, 1600))
        .collect();
    shots.push(("team-1280.png".into(), "team-pairs", 1280, 1300));
    for (name, kind, width, height) in shots {
        let path: PathBuf = save(dir.path(), kind, page(kind));
        b.screenshot(&path, &reports.join(&name), width, height);
    }
}
