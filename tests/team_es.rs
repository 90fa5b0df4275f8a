//! `skillgap team --lang es` through the real binary: a supervisor who reads Spanish gets
//! every heading, sentence and column of the team summary in Spanish, numbers written as
//! Spanish writes them, in the terminal, Markdown and HTML; the JSON stays the same English
//! document for programs. `tests/data/team-groups.jsonl` is a team of nine in three groups
//! (and one member without a group), judged on 2026-11-27.

mod common;

use common::skillgap;

const FIXTURE: &str = "tests/data/team-groups.jsonl";
const DAY: &str = "2026-11-27";
const ALL: [&str; 3] = ["--by-group", "--pairs", "--matrix"];

fn run(args: &[&str]) -> String {
    let out = skillgap()
        .args(["team", "-i", FIXTURE, "--as-of", DAY])
        .args(ALL)
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).unwrap()
}

/// Headings and words every Spanish summary shows, and the English they replace.
const SPANISH: &[&str] = &[
    "Resumen del equipo: ",
    "9 personas con puntaje",
    "Habilidades, las más urgentes para el equipo primero",
    "La escalera de niveles",
    "Plan de capacitación",
    "Cobertura: quién puede hacer cada trabajo",
    "Cobertura por grupo",
    "Certificaciones",
    "Quién capacita a quién",
    "Matriz de habilidades",
    "Prioridad del equipo",
    "Todo el equipo",
];
const ENGLISH: &[&str] = &[
    "Team summary",
    "members scored",
    "none rejected",
    "Skills, most urgent for the team first",
    "The ladder",
    "Training plan",
    "Coverage: who can do each job",
    "Coverage by group",
    "Who trains whom",
    "Skills matrix",
    "Team priority",
    "Mean gap",
    "Whole team",
    "Expiring soonest",
    "each trainer takes at most",
    "critical skill",
    "trainers",
];

fn assert_spanish(format: &str, text: &str) {
    for word in SPANISH {
        assert!(text.contains(word), "{format}: no {word:?} in\n{text}");
    }
    for word in ENGLISH {
        assert!(
            !text.contains(word),
            "{format}: English {word:?} left in\n{text}"
        );
    }
}

/// What a reader sees: a page without its stylesheet (whose comments are for its authors).
fn words(text: &str) -> &str {
    text.split_once("</style>").map_or(text, |(_, body)| body)
}

#[test]
fn the_team_summary_is_in_spanish_in_the_terminal_markdown_and_html() {
    for format in ["table", "markdown", "html"] {
        let text = run(&["--lang", "es", "--format", format]);
        assert_spanish(format, words(&text));
    }
    let table = run(&["--lang", "es", "--format", "table"]);
    // Percentages and decimals as Spanish writes them: a comma, and a space before "%".
    assert!(table.contains(",0\u{a0}%"), "{table}");
    let page = run(&["--lang", "es", "--format", "html"]);
    let html = words(&page);
    for word in [
        "Lo que necesita atención",
        "De un vistazo",
        "Capacitación más urgente",
        "Cobertura de cada habilidad: todo el equipo y cada grupo",
        "Hecho con skillgap con la rúbrica",
    ] {
        assert!(html.contains(word), "no {word:?} in the page");
    }
    for word in [
        "What needs attention",
        "At a glance",
        "Made by skillgap",
        "Most urgent training",
    ] {
        assert!(!html.contains(word), "English {word:?} left in the page");
    }
}

#[test]
fn the_english_summary_has_none_of_the_spanish_words() {
    let text = run(&["--lang", "en", "--format", "markdown"]);
    for word in SPANISH {
        assert!(
            !text.contains(word),
            "Spanish {word:?} in the English summary"
        );
    }
    assert!(
        text.contains("Skills, most urgent for the team first"),
        "{text}"
    );
}

#[test]
fn the_json_summary_is_the_same_english_document_whatever_the_language() {
    let english = run(&["--format", "json"]);
    assert_eq!(run(&["--lang", "es", "--format", "json"]), english);
    assert_eq!(run(&["--lang", "en", "--format", "json"]), english);
    assert!(english.contains("\"Production Specialist\""), "{english}");
}

#[test]
fn the_spanish_markdown_summary_snapshot() {
    insta::assert_snapshot!(
        "team_matrix_markdown_es",
        run(&["--lang", "es", "--format", "markdown"])
    );
}
