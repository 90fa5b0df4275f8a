//! The report in Spanish, in every format a person reads (terminal, Markdown, HTML): its
//! headings, columns, labels and charts are in Spanish, its figures written as Spanish writes
//! them, the page says `lang="es"`, and untrusted text is escaped as in English, so nothing
//! breaks a Markdown table or injects markup.

mod common;

use common::{example, skillgap, stdout_of};

/// The day the reports are made on, as `tests/examples.rs` makes them.
const AS_OF: &str = "2026-11-27";

/// `skillgap assess --lang es` of `profile` in `format`.
fn spanish(profile: &std::path::Path, format: &str) -> String {
    stdout_of(
        skillgap()
            .args([
                "assess", "--lang", "es", "--as-of", AS_OF, "--format", format,
            ])
            .arg("--input")
            .arg(profile),
    )
}

/// Words of the English layout, in every format, that a Spanish report must not keep.
const ENGLISH_LAYOUT: &[&str] = &[
    "Skills against",
    "most urgent first",
    "Most urgent first",
    "Readiness by level",
    "What stands before",
    "Salary context",
    "Salary:",
    "(source:",
    "Source:",
    "Certifications that close",
    "Next steps, in order",
    "Your evidence:",
    "Words used in this report",
    "Strengths:",
    "with evidence (shown",
    "Median pay",
    "Priority",
    "Evidence",
    "Category",
    "technical",
    "leadership",
];

/// Words of the English HTML page and its charts that a Spanish page must not keep.
const ENGLISH_PAGE: &[&str] = &[
    "At a glance",
    "Measured against",
    "Made by skillgap",
    "The answer",
    "Figures:",
    "Rows are grouped",
    "<span>your rating<",
    "<span>required at",
    "not reached",
    "meets a level",
    "Technical skills",
    "Soft skills",
    "✓ yes",
    ">best<",
    ">target<",
    // The English stylesheet names the column too (`td[data-label="Required"]`): an
    // element must not.
    "data-label=\"Required\">",
    "points short of",
    "falls short",
    "fall short",
];

fn assert_none_of(text: &str, english: &[&str], what: &str) {
    let kept: Vec<&&str> = english.iter().filter(|w| text.contains(**w)).collect();
    assert!(kept.is_empty(), "{what} keeps English words: {kept:?}");
}

#[test]
fn the_terminal_report_is_laid_out_in_spanish() {
    let table = spanish(&example("specialist-to-senior.json"), "table");
    for spanish in [
        "Habilidades frente a Especialista de producción sénior, lo más urgente primero",
        "│ Habilidad ",
        "┆ Calificación ",
        "┆ Prioridad ",
        "Preparación por nivel (",
        "┆ Salario mediano ",
        "84,9\u{a0}%",
        "USD 108.000",
        "Qué le falta para Especialista de producción sénior:",
        "Salario: ",
        "(fuente: ",
        "Certificaciones que cierran las brechas más importantes",
        "Próximos pasos, en orden",
        "hoy 2 ",
        "Su evidencia: ",
        "Palabras usadas en este reporte",
        "* con evidencia",
        "Fortalezas: ",
        "┆ técnica ",
        "┆ liderazgo ",
    ] {
        assert!(table.contains(spanish), "no {spanish:?} in:\n{table}");
    }
    assert_none_of(&table, ENGLISH_LAYOUT, "the terminal report");
    let rows: Vec<&str> = table.lines().filter(|l| l.starts_with('│')).collect();
    assert!(rows.iter().any(|l| l.contains("84,9\u{a0}%")), "{table}");
    assert!(
        !rows
            .iter()
            .any(|l| l.contains("84.9%") || l.contains("USD 108,000"))
    );
    insta::assert_snapshot!("report_table_es", table);
}

#[test]
fn the_markdown_report_is_laid_out_in_spanish_and_its_tables_hold() {
    for name in [
        "specialist-to-senior.json",
        "specialist-with-supervisor-review.json",
    ] {
        let md = spanish(&example(name), "markdown");
        for spanish in [
            "## Habilidades frente a ",
            "| Habilidad | Categoría | ",
            "## Preparación por nivel",
            "| Nivel | Años | Preparación | Alcanzado | Salario mediano |",
            "Un nivel ",
            "## Salario de referencia",
            "Fuente: ",
            "## Próximos pasos, en orden",
            "## Palabras usadas en este reporte",
        ] {
            assert!(md.contains(spanish), "{name}: no {spanish:?} in:\n{md}");
        }
        assert_none_of(&md, ENGLISH_LAYOUT, name);
        assert_tables_hold(&md);
        if name == "specialist-to-senior.json" {
            insta::assert_snapshot!("report_markdown_es", md);
        } else {
            assert!(md.contains("| Autoevaluación | Evaluación |"), "{md}");
            assert!(md.contains("D. Lee (supervisor): "), "{md}");
        }
    }
}

/// Every row of every Markdown table has as many cell borders (unescaped `|`) as its header.
fn assert_tables_hold(md: &str) {
    let mut header: Option<usize> = None;
    let mut rows = 0;
    for line in md.lines() {
        if !line.starts_with('|') {
            header = None;
            continue;
        }
        let bars = line.replace("\\|", "").matches('|').count();
        match header {
            None => header = Some(bars),
            Some(n) => assert_eq!(bars, n, "a row breaks its table: {line}"),
        }
        rows += 1;
    }
    assert!(rows > 30, "the tables were found: {rows} rows");
}

#[test]
fn the_html_page_is_in_spanish_with_its_charts() {
    let html = spanish(&example("specialist-to-senior.json"), "html");
    assert!(html.contains(r#"<html lang="es">"#), "{html}");
    for spanish in [
        "De un vistazo",
        "Preparación para cada nivel de la carrera",
        "con 85\u{a0}% se cumple un nivel",
        "Cada habilidad: su calificación y lo que requiere Especialista de producción sénior",
        "Habilidades técnicas",
        "Habilidades interpersonales",
        ">más alto<",
        ">objetivo<",
        "✓ sí",
        "✗ no",
        "84,9\u{a0}%",
        "no alcanzado",
        "calificación 2 · requiere 3 · brecha 1",
        r#"data-label="Requerido""#,
        "content: \"→ requiere: \"",
        "Hecho por skillgap con la rúbrica ",
    ] {
        assert!(html.contains(spanish), "no {spanish:?} in the page");
    }
    assert_none_of(&html, ENGLISH_LAYOUT, "the page");
    assert_none_of(&html, ENGLISH_PAGE, "the page");
    let body = &html[html.find("<body>").expect("a body")..];
    insta::assert_snapshot!("report_html_es", body);

    let reviewed = spanish(&example("specialist-with-supervisor-review.json"), "html");
    assert!(reviewed.contains("la calificación de sus evaluadores"));
    assert!(reviewed.contains("evaluación: no observada") || reviewed.contains("evaluación "));
    assert_none_of(&reviewed, ENGLISH_PAGE, "the reviewed page");
}

#[test]
fn untrusted_text_is_escaped_in_spanish_as_in_english() {
    let dir = tempfile::tempdir().unwrap();
    let mut profile: serde_json::Value =
        serde_json::from_str(&common::read(&example("specialist-to-senior.json"))).unwrap();
    profile["name"] = "Eve | <script>alert(1)</script>\n# falso".into();
    profile["evidence"]["communication"] = "dirijo | la junta\n<b>diaria</b>".into();
    let path = dir.path().join("eve.json");
    std::fs::write(&path, profile.to_string()).unwrap();

    let md = spanish(&path, "markdown");
    assert!(
        md.starts_with(
            "# Reporte de brechas de habilidades: Eve \\| &lt;script&gt;alert(1)&lt;/script&gt;<br>\\# falso\n"
        ) || md.starts_with("# Skill gap report: Eve \\| &lt;script&gt;"),
        "{md}"
    );
    assert!(
        md.contains("dirijo \\| la junta<br>&lt;b&gt;diaria&lt;/b&gt;"),
        "{md}"
    );
    assert_tables_hold(&md);

    let html = spanish(&path, "html");
    assert!(
        !html.contains("<script") && !html.contains("<b>diaria"),
        "markup is text"
    );
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    let table = spanish(&path, "table");
    assert!(!table.lines().any(|l| l.starts_with("# falso")), "{table}");
}

#[test]
fn no_spanish_report_page_is_wider_than_its_window() {
    let Some(b) = common::browser::browser() else {
        return;
    };
    let mut wide = Vec::new();
    for name in [
        "specialist-to-senior.json",
        "specialist-with-supervisor-review.json",
        "career-changer.json",
    ] {
        let html = spanish(&example(name), "html");
        for width in [320, 390, 1280] {
            let l = common::layout::measure(&b, &html, width, 2400);
            assert_eq!(
                l.inner_width,
                f64::from(width),
                "the window is {width} wide"
            );
            assert!(
                l.text.contains("De un vistazo"),
                "{name}: the page was measured"
            );
            eprintln!("{name} at {width} px: {} px wide", l.scroll_width);
            if l.scroll_width > l.inner_width {
                wide.push(format!(
                    "{name} at {width} px is {} px wide: {:?}",
                    l.scroll_width, l.overflowing
                ));
            }
        }
    }
    assert!(
        wide.is_empty(),
        "Spanish words push the page wider: {wide:#?}"
    );
}

#[test]
fn the_comparison_page_s_charts_and_language_are_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let mut later: serde_json::Value =
        serde_json::from_str(&common::read(&example("specialist-to-senior.json"))).unwrap();
    later["assessed_on"] = "2027-03-15".into();
    later["ratings"]["process-improvement"] = 3.into();
    later["ratings"]["training-mentoring"] = 1.into();
    let path = dir.path().join("later.json");
    std::fs::write(&path, later.to_string()).unwrap();
    let html = stdout_of(
        skillgap()
            .args(["--lang", "es", "compare", "--format", "html"])
            .arg(example("specialist-to-senior.json"))
            .arg(&path),
    );
    assert!(html.contains(r#"<html lang="es">"#));
    for spanish in [
        "Cada habilidad, antes y ahora",
        "antes (barra delgada)",
        "ahora, alcanzado",
        "subida",
        "bajada",
        "antes 2 · ahora 3 · requiere 3",
        "antes 84,9\u{a0}%",
    ] {
        assert!(html.contains(spanish), "no {spanish:?} in the page");
    }
    for english in [
        "Every skill then and now",
        "then (thin bar)",
        "now, reached",
        "<span>rise<",
        "points short of",
        "✓ yes",
        "then 2 · now 3",
    ] {
        assert!(!html.contains(english), "{english:?} in the page");
    }
}
