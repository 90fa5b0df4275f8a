//! `skillgap template`: a profile (or, with `--review`, a review) to fill in, with every
//! skill of the rubric listed and every rating empty; or, with `--format csv|xlsx`, a skills
//! matrix for a whole team, one row a person.

use crate::catalog::Catalog;
use crate::exit::UsageError;
use crate::output::{write_atomic, write_stdout};
use crate::rubric::Rubric;
use crate::settings::{TemplateFormat, TemplateSettings, level_option};

/// What a template's `$schema` points to: the schema file `skillgap schema profile` writes,
/// kept beside the profile.
pub const SCHEMA_REF: &str = "profile.schema.json";

/// The template text for a rubric, optionally with a target level.
pub fn template(rubric: &Rubric, level: Option<usize>) -> String {
    // Written by hand rather than through serde so that the fields come in the order a
    // person fills them in, and empty fields are shown rather than left out.
    let q = |s: &str| serde_json::to_string(s).unwrap_or_default();
    let mut t = String::from("{\n");
    t.push_str(&format!("  \"$schema\": {},\n", q(SCHEMA_REF)));
    t.push_str(&format!("  \"rubric\": {},\n", q(&rubric.id)));
    t.push_str("  \"name\": \"\",\n");
    match level {
        Some(l) => t.push_str(&format!(
            "  \"target_level\": {},\n",
            q(&rubric.levels[l].id)
        )),
        None => t.push_str("  \"target_level\": null,\n"),
    }
    t.push_str("  \"years_experience\": null,\n");
    t.push_str("  \"education\": null,\n");
    t.push_str("  \"assessed_on\": null,\n");
    t.push_str("  \"ratings\": {\n");
    for (i, s) in rubric.skills.iter().enumerate() {
        let comma = if i + 1 < rubric.skills.len() { "," } else { "" };
        t.push_str(&format!("    {}: null{comma}\n", q(&s.id)));
    }
    t.push_str("  },\n");
    t.push_str("  \"certifications\": [],\n");
    t.push_str("  \"evidence\": {}\n");
    t.push_str("}\n");
    t
}

/// What a review template's `$schema` points to.
pub const REVIEW_SCHEMA_REF: &str = "review.schema.json";

/// A review to fill in by hand: every skill null ("had no chance to observe"), the
/// reviewer's name empty, the role a supervisor's (the usual reviewer; change it if not),
/// dated `date`.
pub fn review_template(rubric: &Rubric, person: &str, date: crate::date::Date) -> String {
    let q = |s: &str| serde_json::to_string(s).unwrap_or_default();
    let mut t = String::from("{\n");
    t.push_str(&format!("  \"$schema\": {},\n", q(REVIEW_SCHEMA_REF)));
    t.push_str(&format!("  \"rubric\": {},\n", q(&rubric.id)));
    t.push_str(&format!("  \"person\": {},\n", q(person)));
    t.push_str("  \"reviewer\": \"\",\n");
    t.push_str("  \"role\": \"supervisor\",\n");
    t.push_str(&format!("  \"date\": {},\n", q(&date.to_string())));
    t.push_str("  \"ratings\": {\n");
    for (i, s) in rubric.skills.iter().enumerate() {
        let comma = if i + 1 < rubric.skills.len() { "," } else { "" };
        t.push_str(&format!("    {}: null{comma}\n", q(&s.id)));
    }
    t.push_str("  },\n");
    t.push_str("  \"notes\": {}\n");
    t.push_str("}\n");
    t
}

/// The template's bytes, and whether it is a skills matrix (rather than a profile or a
/// review).
fn render(
    rubric: &Rubric,
    level: Option<usize>,
    args: &TemplateSettings,
) -> anyhow::Result<(Vec<u8>, bool)> {
    Ok(match (&args.review, args.format) {
        (Some((person, date)), _) => (review_template(rubric, person, *date).into_bytes(), false),
        (None, TemplateFormat::Json) => (template(rubric, level).into_bytes(), false),
        (None, TemplateFormat::Csv) => (crate::export::csv::matrix_template(rubric, level)?, true),
        (None, TemplateFormat::Xlsx) => (
            crate::export::matrix_template::workbook(rubric, level)
                .map_err(|e| anyhow::anyhow!("cannot write the workbook: {e}"))?,
            true,
        ),
    })
}

/// Runs `skillgap template`.
pub fn run(catalog: &Catalog, args: TemplateSettings) -> anyhow::Result<()> {
    let (rubric, file) = match &args.rubric {
        Some(choice) => catalog.resolve(choice)?,
        None => (catalog.default_rubric(), None),
    };
    let level = level_option(&rubric, args.level.as_deref())?;
    let (bytes, matrix) = render(&rubric, level, &args)?;
    // Where the meaning of every rating is: a workbook has it on a sheet of its own.
    let meanings = format!(
        "the meaning of each rating of a skill: skillgap rubric show {} --skill ID",
        crate::text::terminal_safe(&rubric.id)
    );
    let Some(path) = &args.output else {
        if args.format == TemplateFormat::Csv {
            eprintln!("skillgap: {meanings}");
        }
        return Ok(write_stdout(&bytes)?);
    };
    if path.exists() && !args.force {
        return Err(UsageError(format!(
            "{} exists already; choose another name, or add --force to replace it",
            crate::text::terminal_safe(&path.display().to_string())
        ))
        .into());
    }
    write_atomic(path, &bytes)?;
    // A rubric given as a file has to be given again when assessing; one given by id is
    // named in the template itself.
    let rubric_arg = match &file {
        Some(path) => format!(" --rubric {}", path.display()),
        None => String::new(),
    };
    let shown = crate::text::terminal_safe(&path.display().to_string()).into_owned();
    if matrix {
        let where_meanings = match args.format {
            TemplateFormat::Xlsx => "the Ratings sheet says what each one means".to_string(),
            _ => meanings,
        };
        eprintln!(
            "skillgap: wrote {shown}; fill in one row per person, replacing the example row, with ratings from 0 to {} (leave a cell empty when not rated); {where_meanings}",
            rubric.max_rating(),
        );
    } else if args.review.is_some() {
        eprintln!(
            "skillgap: wrote {shown}; fill in the person, your name, your role if you are not their supervisor (trainer, assessor or peer) and the ratings (0 to {}, or leave null where you had no chance to observe), then check it with: skillgap review --input {shown}{}",
            rubric.max_rating(),
            crate::text::terminal_safe(&rubric_arg)
        );
    } else {
        eprintln!(
            "skillgap: wrote {shown}; fill in the ratings (0 to {}, or leave null) and run: skillgap assess --input {shown}{}",
            rubric.max_rating(),
            crate::text::terminal_safe(&rubric_arg)
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::Origin;
    use crate::profile::{Strictness, parse};

    #[test]
    fn template_is_a_valid_profile_with_nothing_rated() {
        let r = Rubric::builtin();
        let text = template(&r, r.level_index("lead"));
        let p = parse(&text, &Origin::Stdin, &r, Strictness::default()).unwrap();
        assert_eq!(p.target, r.level_index("lead"));
        assert_eq!(p.not_rated().len(), r.skills.len());
        let plain = template(&r, None);
        assert!(plain.contains("\"target_level\": null"));
        assert!(parse(&plain, &Origin::Stdin, &r, Strictness::default()).is_ok());
    }

    #[test]
    fn a_review_template_asks_for_names_and_role_and_is_valid_once_filled_in() {
        use crate::profile::review::{ReviewError, parse_review};
        let r = Rubric::builtin();
        let date = crate::date::Date::parse_explained("2026-11-27").unwrap();
        let text = review_template(&r, "Sam Rivera", date);
        let Err(ReviewError::Invalid { problems, .. }) = parse_review(&text, &Origin::Stdin, &r)
        else {
            panic!("an empty reviewer is refused")
        };
        let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(paths, ["reviewer"]);
        let filled = text
            .replace("\"reviewer\": \"\"", "\"reviewer\": \"D. Lee\"")
            .replace("\"quality-control\": null", "\"quality-control\": 3");
        let review = parse_review(&filled, &Origin::Stdin, &r).unwrap();
        assert_eq!((review.rated(), review.date), (1, date));
    }
}
