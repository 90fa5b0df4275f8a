//! How a sheet was read, in words: the one-line note every read prints, and the full account
//! `--check` prints (people, groups, columns, the scale, and every problem).

use super::headers::Role;
use super::{Facts, PEOPLE_LISTED};
use crate::rubric::Rubric;
use crate::text::terminal_safe;

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl Facts {
    /// Where the table is: "team.xlsx, sheet Matrix" or "team.csv".
    fn source(&self) -> String {
        match &self.sheet {
            Some(s) => format!("{}, sheet \"{}\"", self.file, terminal_safe(s)),
            None => self.file.clone(),
        }
    }

    /// The layout in words, with "(guessed)" or "(--layout)".
    fn layout_words(&self) -> String {
        match self.layout {
            Some((l, forced)) => format!(
                "{} ({})",
                l.words(),
                if forced {
                    "--layout"
                } else {
                    "guessed; --layout changes it"
                }
            ),
            None => "no table found".into(),
        }
    }

    fn skill_columns(&self) -> usize {
        self.columns
            .iter()
            .filter(|c| matches!(c.role, Role::Skill(_)))
            .count()
    }

    /// One line for standard error after a read: what was read, and how.
    pub fn note(&self) -> String {
        let mut line = format!(
            "read {} from {}: {}, scale {}, {}",
            plural(self.people, "person", "people"),
            self.source(),
            self.layout_words(),
            self.scale,
            plural(self.skill_columns(), "skill column", "skill columns"),
        );
        if !self.groups.is_empty() {
            line.push_str(&format!(
                ", {}",
                plural(self.groups.len(), "group", "groups")
            ));
        }
        if !self.summary_rows.is_empty() {
            let more = self.summary_rows.len().saturating_sub(5);
            let more = if more > 0 {
                format!(" and {more} more")
            } else {
                String::new()
            };
            line.push_str(&format!(
                "; left out {} of totals or requirements: {}{more}",
                plural(self.summary_rows.len(), "line", "lines"),
                self.summary_rows
                    .iter()
                    .take(5)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        line
    }

    /// The warnings a read gives beside its note: skills no column gives, columns not read.
    pub fn warnings(&self, rubric: &Rubric) -> Vec<String> {
        let mut out = Vec::new();
        if !self.missing.is_empty() && self.people > 0 {
            let names: Vec<&str> = self
                .missing
                .iter()
                .map(|&s| rubric.skills[s].name.as_str())
                .collect();
            out.push(format!(
                "{} has no column for {} ({}): {} counted as not asked, and the levels that need {} are provisional; add the column, or --map a heading to it",
                self.source(),
                plural(names.len(), "skill", "skills"),
                names.join(", "),
                if names.len() == 1 { "it is" } else { "they are" },
                if names.len() == 1 { "it" } else { "them" },
            ));
        }
        let all: Vec<String> = self
            .columns
            .iter()
            .filter(|c| matches!(c.role, Role::Unknown { near: None }))
            .map(|c| format!("\"{}\" ({})", terminal_safe(&c.heading), c.place))
            .collect();
        // A few named, the rest counted: a sheet may run to thousands of stray columns.
        let mut ignored: Vec<String> = all.iter().take(10).cloned().collect();
        if all.len() > 10 {
            ignored.push(format!("and {} more", all.len() - 10));
        }
        if !ignored.is_empty() {
            out.push(format!(
                "{} not read: {} (not a skill or anything skillgap reads; --map HEADING=WHAT reads one)",
                if all.len() == 1 { "a column is" } else { "columns are" },
                ignored.join(", ")
            ));
        }
        for n in &self.notes {
            out.push(n.clone());
        }
        out
    }

    /// The full account `--check` prints.
    pub fn check_text(&self, rubric: &Rubric) -> String {
        let mut t = format!("{}\n", self.source());
        if !self.other_sheets.is_empty() {
            let names: Vec<String> = self
                .other_sheets
                .iter()
                .map(|s| format!("\"{}\"", terminal_safe(s)))
                .collect();
            t.push_str(&format!(
                "  other sheets, not read: {} (--sheet NAME reads another)\n",
                names.join(", ")
            ));
        }
        t.push_str(&format!("  layout: {}\n", self.layout_words()));
        t.push_str(&format!("  scale: {}\n", self.scale));
        t.push_str(&format!("\nColumns ({}):\n", self.columns.len()));
        for c in &self.columns {
            let what = role_words(c.role, rubric);
            t.push_str(&format!(
                "  {:<12} \"{}\": {what}\n",
                c.place,
                terminal_safe(&c.heading)
            ));
        }
        if !self.missing.is_empty() {
            let names: Vec<&str> = self
                .missing
                .iter()
                .map(|&s| rubric.skills[s].name.as_str())
                .collect();
            t.push_str(&format!(
                "  skills with no column (not asked): {}\n",
                names.join(", ")
            ));
        }
        t.push_str(&format!("\nPeople: {}\n", self.people));
        for p in &self.first_people {
            t.push_str(&format!("  {p}\n"));
        }
        if self.people > PEOPLE_LISTED {
            t.push_str(&format!("  ... and {} more\n", self.people - PEOPLE_LISTED));
        }
        if !self.groups.is_empty() {
            t.push_str(&format!("\nGroups: {}\n", self.groups.len()));
            for (g, n) in &self.groups {
                t.push_str(&format!(
                    "  {}: {}\n",
                    terminal_safe(g),
                    plural(*n, "person", "people")
                ));
            }
        }
        for (title, lines) in [
            ("Left out as totals", &self.summary_rows),
            ("Left out", &self.left_out),
        ] {
            if !lines.is_empty() {
                t.push_str(&format!("\n{title}:\n"));
                for l in lines {
                    t.push_str(&format!("  {l}\n"));
                }
            }
        }
        let warnings = self.warnings(rubric);
        if !warnings.is_empty() {
            t.push_str("\nNotes:\n");
            for w in warnings {
                t.push_str(&format!("  {w}\n"));
            }
        }
        if self.problems.is_empty() {
            t.push_str("\nNo problems: every cell can be read.\n");
        } else {
            t.push_str(&format!("\nProblems ({}):\n", self.problems.len()));
            for p in &self.problems {
                t.push_str(&format!("  {}: {}\n", p.place, p.message));
            }
        }
        t
    }
}

/// What a column was read as, in words.
fn role_words(role: Role, rubric: &Rubric) -> String {
    match role {
        Role::Skill(s) => {
            format!("skill: {} ({})", rubric.skills[s].name, rubric.skills[s].id)
        }
        Role::Cert(i) => format!("certification held: {}", rubric.certifications[i].name),
        Role::CertExpires(i) => {
            format!("certification expires: {}", rubric.certifications[i].name)
        }
        Role::Name => "name".into(),
        Role::FirstName => "first name".into(),
        Role::LastName => "last name".into(),
        Role::Group => "group".into(),
        Role::Target => "target level".into(),
        Role::Years => "years of experience".into(),
        Role::Education => "education".into(),
        Role::Assessed => "day assessed".into(),
        Role::Derived => "not read (skillgap works it out)".into(),
        Role::SkillNames => "the skill of each line (one row per person and skill)".into(),
        Role::Ratings => "the rating of each line (one row per person and skill)".into(),
        Role::Blank => "no heading: not read".into(),
        Role::Unknown { near: Some(s) } => {
            format!("NOT MATCHED: did you mean {}?", rubric.skills[s].name)
        }
        Role::Unknown { near: None } => "not read: no skill or fact of that name".into(),
    }
}
