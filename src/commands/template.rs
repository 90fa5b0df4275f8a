//! `skillgap template`: a profile to fill in, with every skill of the rubric listed and
//! every rating empty.

use crate::catalog::Catalog;
use crate::exit::UsageError;
use crate::output::{write_atomic, write_stdout};
use crate::rubric::Rubric;
use crate::settings::{TemplateSettings, level_option};

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

/// Runs `skillgap template`.
pub fn run(catalog: &Catalog, args: TemplateSettings) -> anyhow::Result<()> {
    let (rubric, file) = match &args.rubric {
        Some(choice) => catalog.resolve(choice)?,
        None => (catalog.default_rubric(), None),
    };
    let level = level_option(&rubric, args.level.as_deref())?;
    let text = template(&rubric, level);
    match &args.output {
        Some(path) => {
            if path.exists() && !args.force {
                return Err(UsageError(format!(
                    "{} exists already; choose another name, or add --force to replace it",
                    crate::text::terminal_safe(&path.display().to_string())
                ))
                .into());
            }
            write_atomic(path, text.as_bytes())?;
            // A rubric given as a file has to be given again when assessing; one given by
            // id is named in the template itself.
            let rubric_arg = match &file {
                Some(path) => format!(" --rubric {}", path.display()),
                None => String::new(),
            };
            eprintln!(
                "skillgap: wrote {}; fill in the ratings (0 to {}, or leave null) and run: skillgap assess --input {}{}",
                crate::text::terminal_safe(&path.display().to_string()),
                rubric.max_rating(),
                crate::text::terminal_safe(&path.display().to_string()),
                crate::text::terminal_safe(&rubric_arg)
            );
        }
        None => write_stdout(text.as_bytes())?,
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
}
