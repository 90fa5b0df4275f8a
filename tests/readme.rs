//! The README's facts about the built-in rubric are the rubric's: its "Skill ids" table lists
//! every skill with today's importance, requirements and defining levels, and the counts of
//! `--quick` questions are today's.

mod common;

use skillgap::questionnaire::quick_skills;
use skillgap::rubric::Rubric;

fn readme() -> String {
    std::fs::read_to_string(common::root().join("README.md")).unwrap()
}

/// The rows of the table that follows `heading`, each cut into its cells.
fn table_after(text: &str, heading: &str) -> Vec<Vec<String>> {
    let at = text
        .find(heading)
        .unwrap_or_else(|| panic!("README has no {heading:?}"));
    text[at..]
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .skip(2) // the header and its rule
        .map(|l| {
            l.trim_matches('|')
                .split('|')
                .map(|c| c.trim().trim_matches('`').to_string())
                .collect()
        })
        .collect()
}

#[test]
fn the_skill_ids_table_is_the_rubric() {
    let r = Rubric::builtin();
    let rows = table_after(&readme(), "### Skill ids");
    let expected: Vec<Vec<String>> = r
        .skills
        .iter()
        .enumerate()
        .map(|(s, skill)| {
            let defines: Vec<&str> = (0..r.levels.len())
                .filter(|&l| r.defining_skills(l).contains(&s))
                .map(|l| r.levels[l].id.as_str())
                .collect();
            vec![
                skill.id.clone(),
                skill.name.clone(),
                skill.category.as_str().to_string(),
                skill.importance.to_string(),
                skill
                    .required
                    .iter()
                    .map(u8::to_string)
                    .collect::<Vec<_>>()
                    .join(" "),
                if defines.is_empty() {
                    "-".to_string()
                } else {
                    defines.join(", ")
                },
            ]
        })
        .collect();
    assert_eq!(
        rows, expected,
        "README.md's Skill ids table differs from the rubric"
    );
}

#[test]
fn the_quick_question_counts_are_today_s() {
    let rows = table_after(&readme(), "Questions `--quick` asks, per target");
    let catalog = skillgap::catalog::Catalog::default();
    for (row, id) in rows
        .iter()
        .zip(["production-specialist", "media-production-specialist"])
    {
        let r = catalog.load_id(id).unwrap();
        let counts: Vec<String> = (0..r.levels.len())
            .map(|l| quick_skills(&r, l).len().to_string())
            .collect();
        assert_eq!(row[1..], counts[..], "{id}");
    }
}
