//! `skillgap rubrics`, `skillgap rubric show` and `skillgap rubric check`.

use std::io::Write;
use std::path::Path;

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Cell, CellAlignment, ContentArrangement, Table};

use crate::catalog::{Catalog, RubricChoice};
use crate::exit::UsageError;
use crate::input;
use crate::output::write_stdout;
use crate::rubric::{Rubric, thousands};
use crate::suggest::did_you_mean;
use crate::text::terminal_safe as safe;

fn table(header: &[&str]) -> Table {
    let mut t = Table::new();
    t.load_style(UTF8_FULL_CONDENSED);
    t.set_content_arrangement(ContentArrangement::Dynamic);
    t.force_no_tty();
    if let Some(w) = crate::export::terminal_width() {
        t.set_width(w);
    }
    t.set_header(header.iter().map(Cell::new));
    t
}

/// Lists every rubric the catalog knows.
pub fn list(catalog: &Catalog) -> anyhow::Result<()> {
    let mut t = table(&["Id", "Title", "Skills", "Levels", "From"]);
    for entry in catalog.entries() {
        let from = match &entry.origin {
            crate::input::Origin::Builtin(_) => "built in".to_string(),
            other => other.to_string(),
        };
        if let (crate::input::Origin::Path(path), Ok(r)) = (&entry.origin, &entry.rubric)
            && path.file_stem().is_none_or(|stem| stem != r.id.as_str())
        {
            eprintln!(
                "skillgap: warning: {} holds rubric \"{}\": it is found by that id, not by its file name; rename the file {}.json to avoid confusion",
                entry.origin,
                safe(&r.id),
                safe(&r.id)
            );
        }
        match &entry.rubric {
            Ok(r) => t.add_row(vec![
                Cell::new(safe(&r.id)),
                Cell::new(safe(&r.title)),
                Cell::new(r.skills.len()).set_alignment(CellAlignment::Right),
                Cell::new(r.levels.len()).set_alignment(CellAlignment::Right),
                Cell::new(safe(&from)),
            ]),
            Err(e) => t.add_row(vec![
                Cell::new("-"),
                Cell::new(format!(
                    "cannot be used: {}",
                    crate::text::terminal_safe_lines(e)
                )),
                Cell::new(""),
                Cell::new(""),
                Cell::new(safe(&from)),
            ]),
        };
    }
    write_stdout(format!("{t}\n").as_bytes())?;
    Ok(())
}

/// Checks a rubric file and says whether it is valid.
pub fn check(file: &Path) -> anyhow::Result<()> {
    let (text, origin) = input::read_text(file)?;
    let rubric = Rubric::from_json(&text, origin)?;
    let ladder = crate::score::ladder_problems(&rubric);
    if !ladder.is_empty() {
        anyhow::bail!(UsageError(format!(
            "rubric {} does not give stable answers:\n  - {}",
            rubric.origin,
            ladder.join("\n  - ")
        )));
    }
    let mut summary = format!(
        "{}: rubric \"{}\" is valid: {} skills, {} levels, {} certifications\n",
        rubric.origin,
        safe(&rubric.id),
        rubric.skills.len(),
        rubric.levels.len(),
        rubric.certifications.len()
    );
    // Its translations beside it (`RUBRIC.es.json`) must cover it exactly.
    let mut broken = Vec::new();
    for path in crate::rubric::translation::files_beside(file) {
        let shown = super::shown(&path);
        let text = std::fs::read_to_string(&path)
            .map_err(|e| anyhow::anyhow!("cannot read {shown}: {e}"))?;
        match crate::rubric::translation::Translation::from_json(&text) {
            Ok(t) => {
                let problems = t.problems(&rubric);
                if problems.is_empty() {
                    summary.push_str(&format!(
                        "{shown}: translation \"{}\" is complete\n",
                        safe(&t.lang)
                    ));
                } else {
                    broken.push(format!(
                        "translation {shown} has {} problem{}:{}",
                        problems.len(),
                        if problems.len() == 1 { "" } else { "s" },
                        crate::rubric::ProblemList(&problems)
                    ));
                }
            }
            Err(e) => broken.push(format!("translation {shown} cannot be read: {e}")),
        }
    }
    write_stdout(summary.as_bytes())?;
    if !broken.is_empty() {
        anyhow::bail!(UsageError(broken.join("\n")));
    }
    Ok(())
}

/// Shows a rubric, or one of its skills in full.
pub fn show(catalog: &Catalog, choice: &RubricChoice, skill: Option<&str>) -> anyhow::Result<()> {
    let rubric = catalog.load(choice)?;
    let mut out = Vec::new();
    match skill {
        None => show_rubric(&rubric, &mut out)?,
        Some(id) => {
            let s = rubric.skill_index(id).ok_or_else(|| {
                UsageError(crate::tr!(
                    crate::i18n::process_lang(),
                    "error-show-unknown-skill",
                    id = safe(id),
                    rubric = rubric.id.as_str(),
                    suggestion = did_you_mean(id, rubric.skills.iter().map(|s| s.id.as_str()))
                ))
            })?;
            show_skill(&rubric, s, &mut out)?;
        }
    }
    write_stdout(&out)?;
    Ok(())
}

fn show_rubric(r: &Rubric, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(
        out,
        "{} (rubric {}, version {})",
        safe(&r.title),
        safe(&r.id),
        r.version
    )?;
    writeln!(out, "{}", safe(&r.source))?;
    writeln!(out)?;
    writeln!(out, "The ladder")?;
    let mut t = table(&["Level", "Id", "Years", "Median pay", "Average pay"]);
    for l in &r.levels {
        let (median, average) = match &l.salary {
            Some(p) => (
                format!("{} {}", p.currency, thousands(p.median)),
                format!("{} {}", p.currency, thousands(p.average)),
            ),
            None => ("-".to_string(), "-".to_string()),
        };
        t.add_row(vec![
            Cell::new(safe(&l.title)),
            Cell::new(safe(&l.id)),
            Cell::new(l.years.to_string()),
            Cell::new(safe(&median)).set_alignment(CellAlignment::Right),
            Cell::new(safe(&average)).set_alignment(CellAlignment::Right),
        ]);
    }
    writeln!(out, "{t}")?;
    writeln!(out)?;
    let scale: Vec<String> = r
        .scale
        .iter()
        .map(|p| format!("{} {}", p.value, safe(&p.label)))
        .collect();
    writeln!(out, "Requirements by level (scale: {})", scale.join(", "))?;
    let mut header = vec!["Skill", "Id", "Importance"];
    let ids: Vec<String> = r.levels.iter().map(|l| safe(&l.id).into_owned()).collect();
    header.extend(ids.iter().map(String::as_str));
    let mut t = table(&header);
    for s in &r.skills {
        let mut row = vec![
            Cell::new(safe(&s.name)),
            Cell::new(safe(&s.id)),
            Cell::new(s.importance).set_alignment(CellAlignment::Right),
        ];
        row.extend(
            s.required
                .iter()
                .map(|q| Cell::new(q).set_alignment(CellAlignment::Right)),
        );
        t.add_row(row);
    }
    writeln!(out, "{t}")?;
    writeln!(out)?;
    writeln!(
        out,
        "What makes each level a different job (its defining skills: every one must be met)"
    )?;
    for (l, level) in r.levels.iter().enumerate().skip(1) {
        let names: Vec<String> = r
            .defining_skills(l)
            .into_iter()
            .map(|s| {
                format!(
                    "{} {}→{}",
                    r.skills[s].name,
                    r.skills[s].required[l - 1],
                    r.skills[s].required[l]
                )
            })
            .collect();
        writeln!(out, "  {}: {}", safe(&level.title), safe(&names.join("; ")))?;
    }
    if !r.certifications.is_empty() {
        writeln!(out)?;
        writeln!(out, "Certifications")?;
        for c in &r.certifications {
            writeln!(
                out,
                "  {}: {} ({}), {}",
                safe(&c.id),
                safe(&c.name),
                safe(&c.issuer),
                safe(&c.cost.to_string())
            )?;
        }
    }
    writeln!(out)?;
    writeln!(
        out,
        "See one skill in full: skillgap rubric show {} --skill ID",
        safe(&r.id)
    )
}

fn show_skill(r: &Rubric, s: usize, out: &mut dyn Write) -> std::io::Result<()> {
    let skill = &r.skills[s];
    writeln!(
        out,
        "{} ({}, {} skill, importance {} of 5)",
        safe(&skill.name),
        safe(&skill.id),
        skill.category.as_str(),
        skill.importance
    )?;
    writeln!(out, "{}", safe(&skill.description))?;
    writeln!(out)?;
    writeln!(out, "What each point of the scale looks like")?;
    for (v, anchor) in skill.anchors.iter().enumerate() {
        writeln!(
            out,
            "  {v} {}: {}",
            safe(r.scale_label(v as u8)),
            safe(anchor)
        )?;
    }
    writeln!(out)?;
    writeln!(out, "Required at each level")?;
    for (l, level) in r.levels.iter().enumerate() {
        let q = skill.required[l];
        writeln!(
            out,
            "  {}: {q} {}",
            safe(&level.title),
            safe(r.scale_label(q))
        )?;
    }
    writeln!(out)?;
    writeln!(out, "Next steps, by the rating they lead to")?;
    for (i, steps) in skill.next_steps.iter().enumerate() {
        let to = i as u8 + 1;
        writeln!(out, "  To {to} {}:", safe(r.scale_label(to)))?;
        for step in steps {
            writeln!(out, "    - {}", safe(step))?;
        }
    }
    let certs: Vec<String> = r
        .certifications
        .iter()
        .enumerate()
        .filter_map(|(c, cert)| {
            let k = r.cert_skills(c).iter().position(|&x| x == s)?;
            Some(format!("{} (up to {})", cert.name, r.cert_builds(c)[k]))
        })
        .collect();
    if !certs.is_empty() {
        writeln!(out)?;
        writeln!(
            out,
            "Certifications that build it: {}",
            safe(&certs.join("; "))
        )?;
    }
    writeln!(out)?;
    writeln!(out, "Source: {}", safe(&skill.source))
}
