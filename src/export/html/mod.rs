//! The HTML report: one self-contained page with charts, for taking to a supervisor,
//! presenting a team's gaps, or printing to PDF.
//!
//! Self-contained means inline CSS and inline SVG, no JavaScript, and no reference to any
//! other host: the page reads the same from a file, an email attachment or a printout, and a
//! Content-Security-Policy forbids the browser to fetch anything even if a reference slipped
//! in. It says everything the Markdown report says, in the same order, with the charts first.
//!
//! The page is written with `maud`, whose templates escape every value by default, so a name
//! such as `<script>` is shown as text; only the stylesheet, a constant, is inserted as it is.
//! Text from files is also passed through [`terminal_safe_lines`] first, so control
//! characters are shown as `\u{1b}` as in the terminal report (and cannot make the SVG
//! ill-formed XML). The charts are in [`super::svg`]; each document's page is a file here.

use std::io;

use maud::{DOCTYPE, Markup, PreEscaped, html};

mod compare;
mod history;
mod report;
mod team;

use super::{Exporter, FormatSpec, Look};
use crate::rubric::Category;
use crate::text::terminal_safe_lines;

/// Writes a report, team summary or comparison as one HTML page.
pub struct HtmlRenderer;

impl Exporter for HtmlRenderer {
    const SPEC: FormatSpec = FormatSpec {
        name: "html",
        help: "One HTML page with charts, for a browser or printing to PDF",
        extensions: &["html", "htm"],
    };

    fn new(_: Look) -> HtmlRenderer {
        HtmlRenderer
    }
}

/// Text from a file, made safe to show; maud escapes it for HTML afterwards.
fn t(s: &str) -> String {
    terminal_safe_lines(s)
}

/// The page's stylesheet: a system font stack, calm colours from [`super::svg::palette`], and print
/// rules that keep each chart, table row and list item on one page, for A4 and US Letter
/// alike (no page size is forced; the margins and a content width under 18 cm fit both).
const CSS: &str = r#"
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0; background: #ffffff; color: #1b1f24;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
    "Noto Sans", "Liberation Sans", sans-serif;
}
main { max-width: 860px; margin: 0 auto; padding: 28px 24px 40px; }
h1 { font-size: 28px; line-height: 1.2; margin: 0 0 6px; overflow-wrap: anywhere; }
h2 { font-size: 20px; margin: 36px 0 10px; padding-bottom: 4px; border-bottom: 2px solid #d5dae1; }
h3 { font-size: 16px; margin: 22px 0 8px; }
h2, h3 { break-after: avoid; page-break-after: avoid; }
p, li { overflow-wrap: anywhere; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: 12px; font-weight: 700;
  color: #545d68; margin: 0 0 4px; }
.meta { color: #545d68; margin: 0; }
.meta li { margin: 0; }
.meta ul, ul.meta { padding-left: 18px; }
.headline { background: #f3f5f8; border-left: 6px solid #0b5cad; border-radius: 6px;
  padding: 14px 18px; margin: 18px 0 8px; break-inside: avoid; page-break-inside: avoid; }
.headline p { margin: 4px 0; }
.headline .answer { font-size: 19px; }
.warnings { border: 1px solid #9a4a00; border-radius: 6px; padding: 8px 16px; margin: 16px 0; }
.warnings h2 { border: 0; margin: 4px 0; font-size: 16px; color: #9a4a00; }
figure { margin: 18px 0 8px; break-inside: avoid; page-break-inside: avoid; }
figcaption { color: #545d68; font-size: 13px; margin-top: 2px; }
svg.chart { display: block; max-width: 100%; height: auto; font-family: inherit; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 12px; font-size: 14px; }
caption { text-align: left; color: #545d68; font-size: 13px; padding-bottom: 4px; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid #d5dae1; vertical-align: top; }
thead th { background: #f3f5f8; border-bottom: 2px solid #545d68; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.rating { white-space: nowrap; }
.nowrap { white-space: nowrap; }
.scroll { overflow-x: auto; }
td.evidence { white-space: pre-line; color: #545d68; font-size: 13px; }
.yes { color: #18753a; font-weight: 700; }
.no { color: #545d68; }
.block { color: #b3261e; font-weight: 700; }
ol > li, ul > li { margin: 3px 0; }
ol.plan > li { margin: 10px 0; break-inside: avoid; page-break-inside: avoid; }
ol.plan ul { color: #1b1f24; }
.tag { display: inline-block; font-size: 12px; font-weight: 700; border: 1px solid currentColor;
  border-radius: 4px; padding: 0 5px; margin-left: 4px; }
footer { color: #545d68; font-size: 12px; border-top: 1px solid #d5dae1; margin-top: 36px; padding-top: 8px; }
@page { margin: 14mm 12mm; }
@media print {
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 22pt; }
  h2 { margin-top: 18px; font-size: 14pt; }
  table { font-size: 9.5pt; }
  th, td { padding: 3px 6px; }
  svg.chart { width: auto; max-width: 170mm; max-height: 105mm; margin: 0 auto; }
  /* One row per skill: these may take most of a page, to stay legible. */
  svg#heatmap, svg#skills-then-now { max-height: 175mm; }
  a { color: inherit; text-decoration: none; }
}
"#;

/// The whole page around a document's body.
fn page(title: &str, body: Markup, footer: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                // Nothing may be loaded from anywhere, and no script may run: the page is
                // complete as it is.
                meta http-equiv="Content-Security-Policy"
                    content="default-src 'none'; style-src 'unsafe-inline'; img-src data:";
                title { (title) }
                style { (PreEscaped(CSS)) }
            }
            body {
                main {
                    (body)
                    footer { (footer) }
                }
            }
        }
    }
}

fn yes_no(b: bool) -> Markup {
    html! {
        @if b { span.yes { "✓ yes" } } @else { span.no { "✗ no" } }
    }
}

fn category_rank(c: Category) -> u8 {
    match c {
        Category::Technical => 0,
        Category::Soft => 1,
        Category::Leadership => 2,
    }
}

fn write_page(
    out: &mut dyn io::Write,
    title: &str,
    body: Markup,
    footer: Markup,
) -> io::Result<()> {
    let mut text = page(title, body, footer).into_string();
    text.push('\n');
    out.write_all(text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::svg;
    use crate::export::{Renderer, render_to_vec};
    use crate::report::Report;
    use crate::report::tests::sample_report;
    use crate::rubric::Rubric;

    fn render<T>(doc: &T) -> String
    where
        HtmlRenderer: Renderer<T>,
    {
        String::from_utf8(render_to_vec(&HtmlRenderer, doc).unwrap()).unwrap()
    }

    /// The page's text as a reader sees it, whitespace collapsed.
    fn shown(html: &str) -> String {
        let doc = scraper::Html::parse_document(html);
        let text: String = doc.root_element().text().collect();
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    fn assert_shows(page: &str, line: &str) {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(page.contains(&line), "the page does not say {line:?}");
    }

    #[test]
    fn report_page_says_everything_the_markdown_report_says() {
        let r = sample_report("Sam Rivera");
        let page = shown(&render(&r));
        for line in r.summary_lines() {
            assert_shows(&page, &line);
        }
        for w in &r.warnings {
            assert_shows(&page, w);
        }
        assert_shows(&page, &r.scale_text());
        assert_shows(&page, &r.reach_rule());
        for s in &r.skills {
            assert_shows(&page, &s.name);
            assert_shows(&page, s.evidence.as_deref().unwrap_or(""));
        }
        for s in &r.strengths {
            assert_shows(
                &page,
                &Report::strength_text(s),
            );
        }
        for l in &r.levels {
            assert_shows(&page, &format!("{:.1}%", l.readiness));
            assert_shows(&page, &Report::median_cell(&l.salary));
        }
        let next = r.next_level.as_ref().unwrap();
        for g in &next.gaps {
            assert_shows(&page, &r.gap_line(g));
        }
        assert_shows(&page, &r.salary_line());
        assert_shows(&page, &r.salary.source);
        for c in &r.certifications {
            for line in r.cert_lines(c) {
                assert_shows(&page, &line);
            }
        }
        for step in &r.next_steps {
            for a in r.step_actions(step) {
                assert_shows(&page, &a);
            }
        }
    }

    #[test]
    fn team_and_comparison_pages_say_what_markdown_says() {
        let rubric = Rubric::builtin();
        let mut tally = crate::team::TeamTally::new(&rubric);
        let mut p = crate::profile::Profile::empty(&rubric);
        p.ratings = vec![Some(2); rubric.skills.len()];
        tally.add(&rubric, &p);
        let mut q = p.clone();
        q.ratings[0] = Some(0);
        tally.add(&rubric, &q);
        let team = tally.summary(&rubric, 3);
        let page = shown(&render(&team));
        assert_shows(&page, &team.title_line());
        assert_shows(&page, &team.counts_line());
        for c in &team.certifications {
            for line in team.cert_lines(c) {
                assert_shows(&page, &line);
            }
        }
        assert_shows(
            &page,
            &format!("No level reached yet: {}", team.members_without_level),
        );

        let c = crate::progress::compare(&rubric, ("old.json", &q), ("new.json", &p), 2);
        let page = shown(&render(&c));
        for line in c.summary_lines().into_iter().chain(c.change_lines()) {
            assert_shows(&page, &line);
        }
    }

    #[test]
    fn a_reviewed_report_page_shows_both_ratings_the_disagreements_and_the_review_series() {
        let r = crate::report::tests::reviewed_report("<b>D. Lee</b>", "2026-11-20");
        let html = render(&r);
        assert!(!html.contains("<b>"), "markup from a review is text");
        let page = shown(&html);
        assert_shows(&page, &r.review_line().unwrap());
        assert_shows(&page, &r.disagree_heading());
        for d in &r.disagreements {
            assert_shows(&page, &r.disagreement_line(d));
        }
        assert_shows(&page, &r.review_legend());
        let ad = r.skills.iter().find(|s| s.id == "attention-to-detail").unwrap();
        assert_shows(&page, &r.self_cell(ad, false));
        assert!(html.contains("Review rating"), "the radar's third series");
        // Without reviews, none of it.
        let plain = render(&sample_report("Sam"));
        assert!(!plain.contains("Review rating") && !plain.contains("disagree"));
    }

    #[test]
    fn markup_in_a_name_is_text() {
        let html = render(&sample_report("<script>alert(1)</script>"));
        assert!(!html.contains("<script"), "no script element");
        assert!(html.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"));
        assert!(html.contains("<title>Skill gap report: &lt;script&gt;"));
    }

    #[test]
    fn the_page_is_self_contained() {
        let html = render(&sample_report("Sam"));
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(!html.contains("http://") && !html.contains("https://"));
        assert!(html.contains("Content-Security-Policy"));
        assert_eq!(html.matches("<svg").count(), 2, "ladder and radar");
        assert_eq!(html.matches("<desc").count(), 2, "one per chart");
    }

    #[test]
    fn the_stylesheet_uses_only_palette_colours() {
        use svg::palette::*;
        let mut known = vec![PAPER, PANEL, INK, MUTED, GRID, YOU, NEED, REACHED, BLOCK];
        known.extend(HEAT.iter().flat_map(|(a, b)| [*a, *b]));
        let mut colours = 0;
        for (at, _) in CSS.match_indices('#') {
            let hex = &CSS[at..at + 7];
            if !hex[1..].chars().all(|c| c.is_ascii_hexdigit()) {
                continue; // an id selector
            }
            colours += 1;
            assert!(
                known.contains(&hex),
                "{hex} is not a checked palette colour"
            );
        }
        assert!(colours > 10, "the colours were found");
    }
}
