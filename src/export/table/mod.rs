//! The terminal report: two tables (skills, levels) drawn with comfy-table, and short
//! sections of text around them; the team summary and the comparison are in [`team`] and
//! [`compare`]. Colour is used only when the caller says so (a terminal,
//! and `NO_COLOR` not set), and every piece of text from a profile or rubric goes through
//! [`terminal_safe`] so it cannot act on the terminal.

use std::io;

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Cell, CellAlignment, Color, ContentArrangement, Table};

use super::{Exporter, FormatSpec, Look, Renderer, words};
use crate::report::Report;
use crate::text::terminal_safe as safe;
use crate::tr;

mod columns;
mod compare;
mod history;
mod team;

use columns::{keep_words_whole, levels_header, skills_header, words_fit};

/// Writes the report as text tables.
pub struct TableRenderer {
    /// Whether to colour gaps and reached levels.
    pub color: bool,
    /// Width to fit the tables in; `None` for no limit (files, pipes).
    pub width: Option<u16>,
    /// Only the verdict and what stands before the next level (`--brief`).
    pub brief: bool,
}

impl Exporter for TableRenderer {
    const SPEC: FormatSpec = FormatSpec {
        name: "table",
        help: "Tables for reading in a terminal",
        extensions: &["txt"],
    };

    fn new(look: Look) -> TableRenderer {
        TableRenderer {
            color: look.color,
            width: look.width,
            brief: look.brief,
        }
    }
}

/// The width of the terminal on standard output, if it is one.
pub fn terminal_width() -> Option<u16> {
    use std::io::IsTerminal;
    if std::io::stdout().is_terminal() {
        Table::new().width()
    } else {
        None
    }
}

impl TableRenderer {
    fn table<S: AsRef<str>>(&self, header: &[S]) -> Table {
        let mut t = Table::new();
        t.load_style(UTF8_FULL_CONDENSED);
        t.set_content_arrangement(ContentArrangement::Dynamic);
        // The width is decided by the caller, not guessed from whatever stdout is: the same
        // renderer writes files too.
        t.force_no_tty();
        if let Some(w) = self.width {
            t.set_width(w);
        }
        if self.color {
            t.enforce_styling();
        }
        t.set_header(header.iter().map(|h| Cell::new(h.as_ref())));
        t
    }

    fn colored(&self, cell: Cell, color: Color) -> Cell {
        if self.color { cell.fg(color) } else { cell }
    }

    /// Below 70 columns the fixed columns are abbreviated, leaving room for names.
    fn narrow(&self) -> bool {
        self.width.is_some_and(|w| w < 70)
    }

    /// Writes `text` after `first`, wrapped at spaces to the width (when there is one), with
    /// continuation lines starting with `rest`.
    fn para(&self, out: &mut dyn io::Write, first: &str, rest: &str, text: &str) -> io::Result<()> {
        match self.width {
            Some(w) => {
                let options = textwrap::Options::new(usize::from(w).saturating_sub(1).max(20))
                    .initial_indent(first)
                    .subsequent_indent(rest)
                    .break_words(false)
                    .word_splitter(textwrap::WordSplitter::NoHyphenation);
                for line in textwrap::wrap(text, options) {
                    writeln!(out, "{line}")?;
                }
                Ok(())
            }
            None => writeln!(out, "{first}{text}"),
        }
    }
}

impl Renderer<Report> for TableRenderer {
    fn render(&self, r: &Report, out: &mut dyn io::Write) -> io::Result<()> {
        self.report_head(r, out)?;
        if self.brief {
            writeln!(out)?;
            self.next_section(r, out)?;
            writeln!(out)?;
            return self.para(out, "", "", &r.brief_note());
        }
        self.skills_section(r, out)?;
        self.disagreements_section(r, out)?;
        self.levels_section(r, out)?;
        self.salary_section(r, out)?;
        self.certs_section(r, out)?;
        self.steps_section(r, out)?;
        self.education_section(r, out)?;
        self.glossary_section(r, out)?;
        Ok(())
    }
}

impl TableRenderer {
    /// The title, the summary and the warnings.
    fn report_head(&self, r: &Report, out: &mut dyn io::Write) -> io::Result<()> {
        self.para(out, "", "  ", &safe(&r.title()))?;
        self.verdict(r, out)?;
        // The short report keeps to the verdict, the warnings and what stands before the
        // next level: the details are in the full one.
        if !self.brief {
            for line in r.summary_lines() {
                self.para(out, "  ", "    ", &safe(&line))?;
            }
        }
        let warning = format!("  {} ", tr!(r.lang, "doc-warning"));
        for w in &r.warnings {
            self.para(out, &warning, "    ", &safe(w))?;
        }
        Ok(())
    }

    /// The answer first: the verdict's lines, the first in bold, then a blank line.
    fn verdict(&self, r: &Report, out: &mut dyn io::Write) -> io::Result<()> {
        for (i, line) in r.summary.lines.iter().enumerate() {
            let line = safe(line);
            if i == 0 && self.color {
                let bold = console::style(&line).bold().force_styling(true).to_string();
                self.para(out, "  ", "    ", &bold)?;
            } else {
                self.para(out, "  ", "    ", &line)?;
            }
        }
        if !r.summary.lines.is_empty() {
            writeln!(out)?;
        }
        Ok(())
    }

    /// Every skill against the target, and the strengths.
    fn skills_section(&self, r: &Report, out: &mut dyn io::Write) -> io::Result<()> {
        writeln!(out)?;
        let lang = r.lang;
        self.para(
            out,
            "",
            "",
            &tr!(
                lang,
                "doc-table-skills-heading",
                level = safe(&r.target_title)
            ),
        )?;
        // Short columns below 70 columns, or wherever the long ones' words cannot fit (a
        // language's longer words).
        let mut t = self.skills_table(r, self.narrow());
        if !self.narrow() && !words_fit(&t, self.width) {
            t = self.skills_table(r, true);
        }
        keep_words_whole(&mut t, self.width);
        writeln!(out, "{t}")?;
        if r.skills.iter().any(|s| s.evidence.is_some()) {
            self.para(out, "", "  ", &tr!(lang, "doc-table-evidence-note"))?;
        }
        if r.has_reviews() {
            self.para(out, "", "  ", &safe(&r.review_legend()))?;
        }
        if !r.strengths.is_empty() {
            let list: Vec<String> = r
                .strengths
                .iter()
                .map(|s| r.strength_text(s))
                .collect();
            let label = format!("{} ", tr!(lang, "doc-strengths"));
            self.para(out, &label, "  ", &safe(&list.join(", ")))?;
        }
        Ok(())
    }

    /// The skills table: every skill against the target, most urgent first; `narrow` with
    /// short columns (numbers for ratings, categories in four letters).
    fn skills_table(&self, r: &Report, narrow: bool) -> Table {
        let lang = r.lang;
        let reviewed = r.has_reviews();
        let mut t = self.table(&skills_header(r, narrow));
        for s in &r.skills {
            let gap_color = if s.gap >= r.thresholds.blocking_gap {
                Color::Red
            } else if s.gap > 0 {
                Color::Yellow
            } else {
                Color::Green
            };
            let mut rating = if reviewed {
                safe(&r.self_cell(s, narrow)).into_owned()
            } else if narrow {
                s.rating.map_or("-".to_string(), |v| v.to_string())
            } else {
                safe(&r.row_rating_text(s)).into_owned()
            };
            if s.evidence.is_some() {
                rating.push_str(" *");
            }
            let category = words::category(lang, s.category, narrow);
            let required = if narrow {
                s.required.to_string()
            } else {
                safe(&r.level_label(s.required)).into_owned()
            };
            let mut row = vec![
                Cell::new(safe(&s.name)),
                Cell::new(category),
                Cell::new(rating),
            ];
            if reviewed {
                let talk = s
                    .perception_gap
                    .is_some_and(|g| g.abs() >= crate::report::PERCEPTION_TALK);
                let cell = Cell::new(safe(&r.review_cell(s, narrow)));
                row.push(if talk {
                    self.colored(cell, Color::Magenta)
                } else {
                    cell
                });
            }
            row.extend([
                Cell::new(required),
                self.colored(Cell::new(s.gap), gap_color)
                    .set_alignment(CellAlignment::Right),
                Cell::new(s.priority).set_alignment(CellAlignment::Right),
            ]);
            t.add_row(row);
        }
        t
    }

    /// Where the person and their reviewers see a skill 2 or more apart, with the
    /// reviewers' notes; only when there are reviews.
    fn disagreements_section(&self, r: &Report, out: &mut dyn io::Write) -> io::Result<()> {
        if !r.has_reviews() {
            return Ok(());
        }
        writeln!(out)?;
        self.para(out, "", "", &r.disagree_heading())?;
        if r.disagreements.is_empty() {
            self.para(out, "  ", "  ", &r.no_disagreement_line())?;
        }
        for d in &r.disagreements {
            self.para(out, "  ⚑ ", "    ", &safe(&r.disagreement_line(d)))?;
            for n in &d.notes {
                self.para(
                    out,
                    "    ",
                    "      ",
                    &safe(&format!(
                        "{} ({}): {}",
                        n.reviewer,
                        words::role(r.lang, n.role),
                        n.note
                    )),
                )?;
            }
        }
        Ok(())
    }

    /// Readiness by level, and what stands before the next one.
    fn levels_section(&self, r: &Report, out: &mut dyn io::Write) -> io::Result<()> {
        writeln!(out)?;
        self.para(
            out,
            "",
            "",
            &tr!(r.lang, "doc-table-levels-heading", rule = r.reach_rule()),
        )?;
        let mut t = self.levels_table(r, self.narrow());
        if !self.narrow() && !words_fit(&t, self.width) {
            t = self.levels_table(r, true);
        }
        keep_words_whole(&mut t, self.width);
        writeln!(out, "{t}")?;
        self.next_section(r, out)
    }

    /// The levels table: readiness, whether reached, and pay; `narrow` without the bar.
    fn levels_table(&self, r: &Report, narrow: bool) -> Table {
        let lang = r.lang;
        let mut t = self.table(&levels_header(lang, narrow));
        for l in &r.levels {
            let reached = words::yes_no(lang, l.reached);
            let bar = Cell::new(readiness_bar(l.readiness, self.color));
            let bar = if l.reached {
                self.colored(bar, Color::Green)
            } else {
                bar
            };
            let mut row = vec![
                Cell::new(safe(&l.title)),
                Cell::new(safe(&l.years)),
                Cell::new(words::percent(lang, l.readiness)).set_alignment(CellAlignment::Right),
            ];
            if !narrow {
                row.push(bar);
            }
            row.extend([
                self.colored(
                    Cell::new(reached),
                    if l.reached { Color::Green } else { Color::Red },
                ),
                Cell::new(safe(&words::pay(lang, &l.salary)))
                    .set_alignment(CellAlignment::Right),
            ]);
            t.add_row(row);
        }
        t
    }

    /// What stands before the next level: readiness short of the threshold, and every gap.
    fn next_section(&self, r: &Report, out: &mut dyn io::Write) -> io::Result<()> {
        if let Some(next) = &r.next_level {
            self.para(
                out,
                "",
                "",
                &format!(
                    "{}:",
                    tr!(r.lang, "doc-next-heading", level = safe(&next.title))
                ),
            )?;
            if next.readiness_short_by > 0.0 {
                self.para(
                    out,
                    "  - ",
                    "    ",
                    &r.short_line(next),
                )?;
            }
            for g in &next.gaps {
                self.para(out, "  - ", "    ", &safe(&r.gap_line(g)))?;
            }
        }
        Ok(())
    }

    /// Pay at the best level and the target.
    fn salary_section(&self, r: &Report, out: &mut dyn io::Write) -> io::Result<()> {
        writeln!(out)?;
        let label = format!("{} ", tr!(r.lang, "doc-table-salary"));
        self.para(out, &label, "  ", &safe(&r.salary_line()))?;
        self.para(
            out,
            "  ",
            "    ",
            &tr!(r.lang, "doc-table-source", source = safe(&r.salary.source)),
        )?;
        Ok(())
    }

    /// The credentials held, and the recommended certifications.
    fn certs_section(&self, r: &Report, out: &mut dyn io::Write) -> io::Result<()> {
        if !r.credentials.is_empty() {
            writeln!(out)?;
            writeln!(out, "{}", safe(&r.credentials_heading()))?;
            for line in r.credential_lines() {
                self.para(out, "  - ", "    ", &safe(&line))?;
            }
        }
        writeln!(out)?;
        writeln!(out, "{}", tr!(r.lang, "doc-certs-heading"))?;
        if r.certifications.is_empty() {
            // Lower case after the indent, as the other empty sections say it.
            writeln!(out, "  {}", words::as_note(r.no_certifications_sentence()))?;
        }
        for (i, c) in r.certifications.iter().enumerate() {
            self.para(out, &format!("  {}. ", i + 1), "     ", &safe(&c.name))?;
            for line in r.cert_lines(c) {
                self.para(out, "     ", "       ", &safe(&line))?;
            }
        }
        Ok(())
    }

    /// The next steps, with evidence and actions.
    fn steps_section(&self, r: &Report, out: &mut dyn io::Write) -> io::Result<()> {
        writeln!(out)?;
        let lang = r.lang;
        writeln!(out, "{}", tr!(lang, "doc-steps-heading"))?;
        if r.next_steps.is_empty() {
            writeln!(out, "  {}", words::as_note(tr!(lang, "doc-steps-none")))?;
        }
        let evidence_label = format!("     {} ", tr!(lang, "doc-your-evidence"));
        for (i, step) in r.next_steps.iter().enumerate() {
            let standing = tr!(
                lang,
                "doc-step",
                rating = safe(&r.rating_text(step.rating)),
                required = safe(&r.level_label(step.required)),
                priority = step.priority
            );
            self.para(
                out,
                &format!("  {}. ", i + 1),
                "     ",
                &format!("{}: {standing}", safe(&step.name)),
            )?;
            let evidence = r
                .skills
                .iter()
                .find(|s| s.id == step.skill)
                .and_then(|s| s.evidence.as_deref());
            if let Some(e) = evidence {
                self.para(out, &evidence_label, "       ", &safe(e))?;
            }
            for action in &r.step_actions(step) {
                self.para(out, "     - ", "       ", &safe(action))?;
            }
        }
        Ok(())
    }

    /// The education routes that matter: ways in, or routes toward the next level.
    fn education_section(&self, r: &Report, out: &mut dyn io::Write) -> io::Result<()> {
        if !r.education_paths.is_empty() {
            writeln!(out)?;
            writeln!(out, "{}", safe(&r.education_heading()))?;
            for e in &r.education_paths {
                self.para(
                    out,
                    "  - ",
                    "    ",
                    &format!(
                        "{}: {}, {}. {}",
                        safe(&e.name),
                        safe(&words::cost(r.lang, &e.cost)),
                        safe(&e.duration),
                        safe(&e.note)
                    ),
                )?;
            }
        }
        Ok(())
    }

    /// The words the report uses that need explaining, each once.
    fn glossary_section(&self, r: &Report, out: &mut dyn io::Write) -> io::Result<()> {
        if !r.glossary.is_empty() {
            writeln!(out)?;
            writeln!(out, "{}", tr!(r.lang, "doc-glossary-heading"))?;
            for e in &r.glossary {
                let line = format!("{}: {}", safe(&e.term), safe(&e.explanation));
                self.para(out, "  ", "    ", &line)?;
            }
        }
        Ok(())
    }
}

/// Cells in a readiness bar: one per 5%.
const BAR_CELLS: usize = 20;

/// Readiness as a bar of [`BAR_CELLS`] cells, so the levels can be compared at a glance as
/// in the HTML report's ladder chart. With colour, block characters drawn to an eighth of a
/// cell over a light track; without (`--color never`, `NO_COLOR`, files, pipes), plain ASCII
/// that any terminal, printer or mail client shows the same way.
fn readiness_bar(readiness: f64, unicode: bool) -> String {
    let eighths = (readiness.clamp(0.0, 100.0) / 100.0 * (BAR_CELLS * 8) as f64).round() as usize;
    let mut bar = String::with_capacity(BAR_CELLS * 3);
    if unicode {
        const PARTIAL: [char; 8] = [' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
        bar.extend(std::iter::repeat_n('█', eighths / 8));
        if !eighths.is_multiple_of(8) {
            bar.push(PARTIAL[eighths % 8]);
        }
        let used = eighths.div_ceil(8);
        bar.extend(std::iter::repeat_n('░', BAR_CELLS - used));
    } else {
        let full = (eighths + 4) / 8;
        bar.extend(std::iter::repeat_n('#', full));
        bar.extend(std::iter::repeat_n('.', BAR_CELLS - full));
    }
    bar
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::render_to_vec;
    use crate::report::tests::sample_report;

    fn render(name: &str, color: bool) -> String {
        let renderer = TableRenderer {
            color,
            width: Some(110),
            brief: false,
        };
        String::from_utf8(render_to_vec(&renderer, &sample_report(name)).unwrap()).unwrap()
    }

    #[test]
    fn table_report_snapshot() {
        insta::assert_snapshot!(render("Sam Rivera", false));
    }

    #[test]
    fn table_report_with_two_reviews_snapshot() {
        let renderer = TableRenderer {
            color: false,
            width: Some(110),
            brief: false,
        };
        let report = crate::report::tests::reviewed_report("D. Lee", "2026-11-20");
        let out = String::from_utf8(render_to_vec(&renderer, &report).unwrap()).unwrap();
        insta::assert_snapshot!(out);
    }

    #[test]
    fn without_reviews_the_report_has_no_review_columns_or_section() {
        let out = render("Sam Rivera", false);
        // "Self " with its space: the education routes may name self-study.
        for absent in ["Self ", "Review", "disagree", "confirmed by", "Scored on"] {
            assert!(!out.contains(absent), "{absent}");
        }
    }

    #[test]
    fn a_hostile_reviewer_cannot_act_on_the_terminal() {
        let renderer = TableRenderer {
            color: false,
            width: Some(110),
            brief: false,
        };
        let report = crate::report::tests::reviewed_report("Eve\x1b[2J\nfake line", "2026-11-20");
        let out = String::from_utf8(render_to_vec(&renderer, &report).unwrap()).unwrap();
        assert!(!out.contains('\x1b'));
        assert!(!out.lines().any(|l| l.starts_with("fake line")), "{out}");
    }

    #[test]
    fn evidence_is_marked_in_the_table_and_shown_in_the_plan() {
        let mut report = sample_report("Sam");
        let first_step = report.next_steps[0].skill.clone();
        let row = report
            .skills
            .iter_mut()
            .find(|s| s.id == first_step)
            .unwrap();
        row.evidence = Some("ran two kaizen events".into());
        let renderer = TableRenderer {
            color: false,
            width: Some(110),
            brief: false,
        };
        let out = String::from_utf8(render_to_vec(&renderer, &report).unwrap()).unwrap();
        assert!(out.contains("* with evidence"));
        let plan = &out[out.find("Next steps, in order").unwrap()..];
        assert!(
            plan.contains("     Your evidence: ran two kaizen events\n"),
            "{plan}"
        );
    }

    #[test]
    fn narrow_terminals_wrap_prose_and_keep_table_words_whole() {
        let report = sample_report("Sam Rivera");
        for width in [60u16, 80, 120] {
            let renderer = TableRenderer {
                color: false,
                width: Some(width),
                brief: false,
            };
            let out = String::from_utf8(render_to_vec(&renderer, &report).unwrap()).unwrap();
            for line in out.lines() {
                assert!(
                    console::measure_text_width(line) <= usize::from(width),
                    "{width}: {line}"
                );
            }
            // Every word of every skill and level name appears whole in some table cell.
            let cells: Vec<&str> = out
                .lines()
                .filter(|l| l.starts_with('│'))
                .flat_map(|l| l.split(['│', '┆']))
                .flat_map(str::split_whitespace)
                .collect();
            let names = report.skills.iter().map(|s| s.name.as_str());
            let levels = report.levels.iter().map(|l| l.title.as_str());
            for word in names.chain(levels).flat_map(str::split_whitespace) {
                assert!(cells.contains(&word), "{width}: {word} is split");
            }
            for header in ["┆ Required ", "┆ Priority ", "┆ Readiness "] {
                assert_eq!(out.contains(header), width >= 70, "{width}: {header}");
            }
        }
    }

    #[test]
    fn spanish_tables_fit_narrow_terminals_with_spanish_columns() {
        let reviewed = crate::report::tests::reviewed_report("D. Lee", "2026-11-20");
        // With reviews, seven columns do not fit 60 in English either.
        let cases = [60u16, 80, 120]
            .map(|w| (sample_report("Sam Rivera"), w))
            .into_iter()
            .chain([80u16, 120].map(|w| (reviewed.clone(), w)));
        for (mut report, width) in cases {
            report.lang = crate::i18n::Lang::Es;
            let renderer = TableRenderer {
                color: false,
                width: Some(width),
                brief: false,
            };
            let out = String::from_utf8(render_to_vec(&renderer, &report).unwrap()).unwrap();
            for line in out.lines() {
                assert!(
                    console::measure_text_width(line) <= usize::from(width),
                    "{width}: {line}\n{out}"
                );
            }
            // Spanish words are longer: at 80 columns the long columns' words would not fit.
            let wide = width >= 100;
            for (header, shown) in [
                ("┆ Requerido ", wide),
                ("┆ Prioridad ", wide),
                ("┆ Preparación ", wide),
                ("┆ Req. ", !wide),
                ("┆ Prep. ", !wide),
                ("┆ téc. ", !wide),
                ("┆ técnica ", wide),
            ] {
                assert_eq!(out.contains(header), shown, "{width}: {header}\n{out}");
            }
            for english in ["Required", "Priority", "Readiness", "Needs", "│ Skill ", " yes "] {
                assert!(!out.contains(english), "{width}: {english}\n{out}");
            }
            assert!(out.contains("┆ sí "), "{out}");
        }
    }

    #[test]
    fn no_escape_sequences_without_color() {
        assert!(!render("Sam", false).contains('\x1b'));
        assert!(render("Sam", true).contains("\x1b["));
    }

    #[test]
    fn readiness_bars_are_block_characters_with_colour_and_ascii_without() {
        assert_eq!(readiness_bar(100.0, false), "#".repeat(20));
        assert_eq!(readiness_bar(0.0, false), ".".repeat(20));
        assert_eq!(
            readiness_bar(62.7, false),
            format!("{}{}", "#".repeat(13), ".".repeat(7))
        );
        assert_eq!(
            readiness_bar(50.0, true),
            format!("{}{}", "█".repeat(10), "░".repeat(10))
        );
        // 96.3% is 19 cells and 2 eighths of the 20th.
        assert_eq!(readiness_bar(96.3, true), format!("{}▎", "█".repeat(19)));
        for r in [0.0, 3.1, 49.9, 85.0, 99.99, 100.0] {
            assert_eq!(readiness_bar(r, true).chars().count(), BAR_CELLS, "{r}");
            assert!(readiness_bar(r, false).is_ascii());
        }
        let colored = render("Sam", true);
        assert!(colored.contains('█'), "{colored}");
        let plain = render("Sam", false);
        assert!(!plain.contains('█') && plain.contains("#####"), "{plain}");
    }

    #[test]
    fn hostile_name_is_shown_not_executed() {
        let out = render("Eve\x1b[2J\x1b[Hfake line\r", false);
        assert!(!out.contains('\x1b'));
        assert!(!out.contains('\r'));
        assert!(out.starts_with("Skill gap report: Eve\\u{1b}[2J\\u{1b}[Hfake line\\u{d}\n"));
    }
}
