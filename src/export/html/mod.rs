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

mod charts;
mod compare;
mod history;
mod report;
mod team;

use super::{Exporter, FormatSpec, Look};
use crate::i18n::Lang;
use crate::rubric::Category;
use crate::text::terminal_safe_lines;
use crate::tr;

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

/// The page's stylesheet: a system font stack, calm colours from [`super::svg::palette`],
/// a phone layout below 600 px, and print rules.
///
/// On a phone no page is wider than the screen: a table marked `cards` becomes one card per
/// row (the row's name on top, each value labelled from its `data-label`), and any other
/// table, a wide matrix, scrolls sideways in its own box. Printed, each chart, table row and
/// list item stays on one page, for A4 and US Letter alike (no page size is forced; the
/// margins and a content width under 18 cm fit both), and what only a screen can use (the
/// command-line hints, a chart whose figures a table repeats) is left off the paper.
const CSS: &str = r#"
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
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
p, li, figcaption { overflow-wrap: anywhere; }
th, td { overflow-wrap: break-word; }
code { font-size: 0.92em; background: #f3f5f8; border-radius: 3px; padding: 0 3px; }
#glossary dt { font-weight: 700; margin-top: 8px; }
#glossary dd { margin: 0 0 8px 16px; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: 12px; font-weight: 700;
  color: #545d68; margin: 0 0 4px; }
.place { font-weight: 700; margin: 0 0 2px; }
.meta { color: #545d68; margin: 0; }
.meta li { margin: 0; }
.meta ul, ul.meta { padding-left: 18px; }
.headline, .verdict { background: #f3f5f8; border-left: 6px solid #0b5cad; border-radius: 6px;
  padding: 14px 18px; margin: 18px 0 8px; break-inside: avoid; page-break-inside: avoid; }
.headline p, .verdict p { margin: 4px 0; }
.headline .answer, .verdict .answer { font-size: 19px; }
.verdict ul { margin: 2px 0 6px; padding-left: 22px; }
.warnings { border: 1px solid #9a4a00; border-radius: 6px; padding: 8px 16px; margin: 16px 0; }
.warnings h2 { border: 0; margin: 4px 0; font-size: 16px; color: #9a4a00; }
figure { margin: 18px 0 8px; break-inside: avoid; page-break-inside: avoid; }
figcaption { color: #545d68; font-size: 13px; margin-top: 2px; }
.fig-title { color: #1b1f24; font-size: 15px; font-weight: 700; margin: 0 0 4px; }
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
.scroll { overflow-x: auto; max-width: 100%; }
.scroll > table { margin: 0; }
td.evidence { white-space: pre-line; color: #545d68; font-size: 13px; }
.yes { color: #18753a; font-weight: 700; }
.no { color: #545d68; }
.block { color: #b3261e; font-weight: 700; }
ol > li, ul > li { margin: 3px 0; }
ol.plan > li { margin: 10px 0; break-inside: avoid; page-break-inside: avoid; }
ol.plan ul { color: #1b1f24; }
.tag { display: inline-block; font-size: 12px; font-weight: 700; border: 1px solid currentColor;
  border-radius: 4px; padding: 0 5px; margin-left: 4px; }
.tag.crit { color: #b3261e; white-space: nowrap; }
/* The coverage heatmap: a table whose cells are shaded from ok (light) to none (dark). */
table.heat { font-size: 13px; }
table.heat th[scope=row] { min-width: 11em; background: #ffffff; }
table.heat thead th { vertical-align: bottom; }
table.heat th.num { white-space: normal; }
table.heat th.st { min-width: 6.5em; }
table.heat td { border: 1px solid #ffffff; }
table.heat td.num { border: 0; border-bottom: 1px solid #d5dae1; }
table.heat .members { display: block; font-weight: 400; color: #545d68; font-size: 12px; }
.h0 { background: #f1f6fc; color: #1b1f24; }
.h1 { background: #c6d9f0; color: #1b1f24; }
.h2 { background: #8db4e2; color: #1b1f24; }
.h3 { background: #3f74b8; color: #ffffff; }
.h4 { background: #1d3f70; color: #ffffff; }
/* On a wide screen the heatmap takes more than the text's width, so its cells read on one line. */
@media screen and (min-width: 1180px) {
  figure.heat { margin-left: -140px; margin-right: -140px; }
  table.heat td { white-space: nowrap; }
  table.heat th.num { width: 5.5em; }
}
.legend .key { display: inline-block; padding: 0 6px; border-radius: 3px; margin-right: 2px; }
table.pairs td.wide { line-height: 1.4; }
.print-only { display: none; }
footer { color: #545d68; font-size: 12px; border-top: 1px solid #d5dae1; margin-top: 36px; padding-top: 8px; }
@media screen and (max-width: 600px) {
  body { font-size: 16px; }
  main { padding: 16px 14px 28px; }
  h1 { font-size: 24px; }
  h2 { font-size: 19px; margin-top: 28px; }
  /* The facts under the name run on as one short paragraph: the verdict comes sooner. */
  ul.meta { padding-left: 0; list-style: none; font-size: 13px; line-height: 1.4; }
  ul.meta li { display: inline; }
  ul.meta li + li::before { content: " · "; }
  .headline, .verdict { padding: 10px 12px; border-left-width: 5px; line-height: 1.4; }
  .headline .answer, .verdict .answer { font-size: 17px; }
  .verdict ul { padding-left: 18px; }
  .verdict li { margin: 2px 0; }
  th, td { padding: 5px 6px; }
  /* A table not made for cards scrolls in its own box. */
  table:not(.cards) { display: block; overflow-x: auto; font-size: 14px; }
  table:not(.cards) thead th { white-space: normal; }
  table:not(.cards) th, table:not(.cards) td { padding: 5px 4px; }
  .scroll > table:not(.cards) { display: table; }
  /* The skill names stay in view while a wide heatmap scrolls. */
  table.heat th[scope=row] { position: sticky; left: 0; z-index: 1; min-width: 9em; max-width: 11em;
    box-shadow: 1px 0 0 #d5dae1; }
  /* A chart that keeps its text at 11 px or more by scrolling sideways in its box. */
  figure.wide svg.chart { min-width: 620px; }
  /* A chart whose figures the next table repeats, too small to read on a phone. */
  figure.not-narrow { display: none; }
  /* One card per row: the row's name on top, each value under it with its label. */
  table.cards, table.cards tbody { display: block; width: 100%; }
  table.cards thead { position: absolute; width: 1px; height: 1px; overflow: hidden;
    clip-path: inset(50%); white-space: nowrap; }
  table.cards tr { display: flex; flex-wrap: wrap; gap: 2px 16px; border: 1px solid #d5dae1;
    border-radius: 8px; padding: 8px 12px; margin: 0 0 10px; }
  table.cards th, table.cards td { display: block; border: 0; padding: 0; text-align: left;
    white-space: normal; overflow-wrap: anywhere; }
  table.cards tr > :first-child { flex: 1 1 100%; font-size: 16px; font-weight: 700; }
  table.cards td[data-label]::before { content: attr(data-label) ": "; color: #545d68;
    font-size: 13px; font-weight: 400; }
  table.cards td[data-label="Required"]::before { content: "→ required: "; }
  table.cards td.evidence, table.cards td.wide { flex: 1 1 100%; order: 10; }
  table.cards td.cat { order: 9; }
  table.cards td:empty { display: none; }
}
@page { margin: 12mm; }
@media print {
  body { font-size: 10pt; line-height: 1.35; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 20pt; }
  h2 { margin: 12px 0 6px; font-size: 13pt; }
  h3 { margin-top: 10px; }
  table { font-size: 9pt; line-height: 1.25; margin: 4px 0 8px; }
  th, td { padding: 2px 5px; }
  .headline, .verdict { padding: 8px 12px; margin: 10px 0 6px; }
  .headline .answer, .verdict .answer { font-size: 12pt; }
  svg.chart { width: auto; max-width: 170mm; max-height: 105mm; margin: 0 auto; }
  /* One row per skill: these may take most of a page, to stay legible. */
  svg#heatmap, svg#skills-then-now { max-height: 175mm; }
  /* A long table may run over pages, row by row; a heading stays with what follows. */
  figure.heat { break-inside: auto; page-break-inside: auto; }
  table.heat { font-size: 8.5pt; }
  table.heat td, table.heat th { padding: 1px 4px; }
  table.heat { table-layout: fixed; }
  table.heat thead th:first-child { width: 37%; }
  table.heat thead th.num { width: 8%; }
  table.heat td { font-size: 8pt; }
  table.heat .tag { font-size: 7pt; padding: 0 3px; }
  table.pairs, table.unpaired { font-size: 8pt; }
  /* Who trains whom in two columns, one block per trainer. */
  table.pairs, table.pairs tbody { display: block; }
  table.pairs thead { display: none; }
  table.pairs tbody { columns: 2; column-gap: 8mm; }
  table.pairs tr { display: block; border-bottom: 1px solid #d5dae1; padding: 1px 0; }
  table.pairs th, table.pairs td { display: inline; border: 0; padding: 0; }
  table.pairs td[data-label]::before { content: " · "; }
  table.pairs td.wide { display: block; padding-left: 12px; }
  table.pairs td.wide::before { content: none; }
  ul.unpaired-lines { display: block; columns: 2; column-gap: 8mm; font-size: 8.5pt;
    line-height: 1.25; list-style: none; padding: 0; }
  ul.unpaired-lines li { break-inside: avoid; margin: 0 0 3px; }
  ul, ol { padding-left: 16px; }
  li, ol > li, ul > li { margin: 1px 0; }
  #training ol.plan { columns: 2; column-gap: 8mm; padding-left: 18px; }
  #training ol.plan > li { margin: 0 0 6px; }
  .scroll { overflow: visible; }
  .screen-only { display: none; }
  .print-only { display: inline; }
  a { color: inherit; text-decoration: none; }
  footer { margin-top: 14px; }
}
"#;

/// The stylesheet's words, in a language other than English (whose words are in [`CSS`]):
/// on a phone, a skill's card says what it requires with an arrow, as in English.
fn css_words(lang: Lang) -> String {
    if lang == Lang::En {
        return String::new();
    }
    // From the catalog, never from a file: no quote or markup can reach the stylesheet.
    let column = tr!(lang, "doc-col-required").replace(['"', '<', '\\'], "");
    let label = tr!(lang, "doc-html-card-required").replace(['"', '<', '\\'], "");
    format!(
        "@media screen and (max-width: 600px) {{\n  table.cards td[data-label=\"{column}\"]::before {{ content: \"{label} \"; }}\n}}\n"
    )
}

/// The whole page around a document's body, in `lang`.
fn page(lang: Lang, title: &str, body: Markup, footer: Markup) -> Markup {
    // The row charts' rules, on the pages that draw them (escaped text cannot hold a quote).
    let charts = if body.0.contains(r#"class="chart-"#) {
        super::svg::CSS
    } else {
        ""
    };
    html! {
        (DOCTYPE)
        html lang=(lang.code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                // Nothing may be loaded from anywhere, and no script may run: the page is
                // complete as it is.
                meta http-equiv="Content-Security-Policy"
                    content="default-src 'none'; style-src 'unsafe-inline'; img-src data:";
                title { (title) }
                style { (PreEscaped(CSS)) (PreEscaped(charts)) (PreEscaped(css_words(lang))) }
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

/// "✓ yes" or "✗ no", in `lang`.
fn yes_no_in(lang: Lang, b: bool) -> Markup {
    let word = super::words::yes_no(lang, b);
    html! {
        @if b { span.yes { "✓ " (word) } } @else { span.no { "✗ " (word) } }
    }
}

fn category_rank(c: Category) -> u8 {
    match c {
        Category::Technical => 0,
        Category::Soft => 1,
        Category::Leadership => 2,
    }
}

/// Writes a page in `lang`: its `<html lang>` and the stylesheet's words.
fn write_page_in(
    out: &mut dyn io::Write,
    lang: Lang,
    title: &str,
    body: Markup,
    footer: Markup,
) -> io::Result<()> {
    let mut text = page(lang, title, body, footer).into_string();
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
                &r.strength_text(s),
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

        let c = crate::progress::compare(&rubric, ("old.json", &q), ("new.json", &p), 2, crate::i18n::Lang::En);
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
        // The skills chart draws the reviewers' rating as triangles, one per skill a
        // review rates, and says so in its key.
        let triangles = html.matches(r#"d="M0 -6L6 5H-6Z""#).count();
        let rated = r.skills.iter().filter(|s| s.review_rating.is_some()).count();
        assert!(html.contains("your reviewers' rating"));
        assert_eq!(triangles, rated + 1, "one per rated skill, and one in the key");
        // Without reviews, none of it.
        let plain = render(&sample_report("Sam"));
        assert!(!plain.contains("reviewers' rating") && !plain.contains("disagree"));
        assert!(!plain.contains(r#"d="M0 -6L6 5H-6Z""#));
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
        let doc = scraper::Html::parse_document(&html);
        let sel = |s: &str| scraper::Selector::parse(s).unwrap();
        let charts: Vec<_> = doc.select(&sel("#charts figure > [role=group]")).collect();
        let ids: Vec<&str> = charts.iter().filter_map(|c| c.value().id()).collect();
        assert_eq!(ids, ["ladder", "skills-chart"]);
        // Each chart is labelled by its title; its strips of marks are hidden from screen
        // readers, since every row says its figures in words.
        for c in &charts {
            let title = format!("{}-title", c.value().id().unwrap());
            assert_eq!(c.value().attr("aria-labelledby"), Some(title.as_str()));
            assert!(doc.select(&sel(&format!("#{title}"))).next().is_some());
        }
        let svgs: Vec<_> = doc.select(&sel("svg")).collect();
        assert!(svgs.len() > 23, "a strip per skill and per level");
        for svg in svgs {
            assert_eq!(svg.value().attr("aria-hidden"), Some("true"));
        }
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
