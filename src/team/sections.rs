//! The skills-matrix sections of a team summary in words and rows, shared by every format:
//! coverage, coverage by group, certificates, who trains whom, and the matrix. Each is a
//! [`Section`]: a heading, lines of text, and a table whose cells are already worded, so the
//! table, Markdown and HTML exporters only lay them out (escaping every cell their way).

use super::TeamSummary;
use super::coverage::SkillCoverage;
use super::matrix::TeamMatrix;
use crate::coverage::Status;

/// The most rows a list (worst cells, pairs) shows in a table, Markdown or HTML; JSON holds
/// them all.
pub const LIST_LIMIT: usize = 200;

/// One section of text and a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// An id for links (HTML).
    pub id: &'static str,
    /// The heading.
    pub heading: String,
    /// Lines before the table.
    pub lines: Vec<String>,
    /// The table's column titles; no table when empty.
    pub header: Vec<String>,
    /// Which columns hold numbers (aligned right).
    pub numeric: Vec<bool>,
    /// The rows, worded.
    pub rows: Vec<Vec<String>>,
    /// Lines after the table.
    pub after: Vec<String>,
}

impl Section {
    fn new(id: &'static str, heading: &str) -> Section {
        Section {
            id,
            heading: heading.to_string(),
            lines: Vec::new(),
            header: Vec::new(),
            numeric: Vec::new(),
            rows: Vec::new(),
            after: Vec::new(),
        }
    }

    fn table(mut self, header: &[(&str, bool)]) -> Section {
        self.header = header.iter().map(|h| h.0.to_string()).collect();
        self.numeric = header.iter().map(|h| h.1).collect();
        self
    }

    /// Says how many more than the [`LIST_LIMIT`] rows shown the JSON holds, of `total`.
    fn limit(mut self, total: usize, what: &str) -> Section {
        if total > LIST_LIMIT {
            let more = total - LIST_LIMIT;
            self.rows.truncate(LIST_LIMIT);
            self.after.push(format!(
                "… and {more} more {what}; --format json lists them all."
            ));
        }
        self
    }
}

/// "3 (one: Ana)"-style status words for a cell.
fn status_cell(c: &SkillCoverage) -> String {
    match (&c.status, &c.only_person) {
        (Status::Single, Some(who)) => format!("single: {who}"),
        (s, _) => s.as_str().to_string(),
    }
}

fn yes(b: bool) -> String {
    if b { "yes".into() } else { String::new() }
}

impl TeamSummary {
    /// The rules of coverage in a sentence.
    pub(crate) fn coverage_rule_line(&self) -> Option<String> {
        let r = self.coverage_rules?;
        Some(format!(
            "A member works in a skill on their own from rating {} and can train it from {}; a skill is covered with at least {} independent and {} trainer{}. Critical skills first, worst first: none (nobody independent), single (one person: a single point of failure), low (below the minimum), ok.",
            r.independent,
            r.trainer,
            r.min_independent,
            r.min_trainers,
            if r.min_trainers == 1 { "" } else { "s" }
        ))
    }

    /// The skills-matrix sections, in the order every format shows them.
    pub fn sections(&self) -> Vec<Section> {
        let mut out = Vec::new();
        if !self.coverage.is_empty() {
            out.push(self.coverage_section());
        }
        if !self.groups.is_empty() {
            out.push(self.groups_section());
        }
        if !self.credentials.is_empty() {
            out.push(self.credentials_section());
        }
        if let Some(pairs) = self.pairs_sections() {
            out.extend(pairs);
        }
        if let Some(m) = &self.matrix {
            out.push(m.section());
        }
        out
    }

    fn coverage_section(&self) -> Section {
        let mut s = Section::new("coverage", "Coverage: who can do each job").table(&[
            ("Skill", false),
            ("Critical", false),
            ("Independent", true),
            ("Trainers", true),
            ("Status", false),
        ]);
        s.lines.extend(self.coverage_rule_line());
        s.lines
            .push(super::coverage::verdict("Whole team", &self.coverage));
        s.rows = self
            .coverage
            .iter()
            .map(|c| {
                vec![
                    c.name.clone(),
                    yes(c.critical),
                    c.independent_count.to_string(),
                    c.trainer_count.to_string(),
                    status_cell(c),
                ]
            })
            .collect();
        s
    }

    fn groups_section(&self) -> Section {
        let mut s = Section::new("groups", "Coverage by group").table(&[
            ("Group", false),
            ("Skill", false),
            ("Critical", false),
            ("Independent", true),
            ("Trainers", true),
            ("Status", false),
        ]);
        s.lines.push(format!(
            "{} groups, worst first; one line each, then every skill not covered, worst first.",
            self.groups.len()
        ));
        s.lines.extend(self.groups.iter().map(|g| {
            let n = g.members;
            format!(
                "{} ({n} member{})",
                g.verdict(),
                if n == 1 { "" } else { "s" }
            )
        }));
        let mut cells: Vec<(&str, &SkillCoverage)> = self
            .groups
            .iter()
            .flat_map(|g| {
                g.coverage
                    .iter()
                    .filter(|c| c.status != Status::Ok)
                    .map(move |c| (g.title(), c))
            })
            .collect();
        // Stable: groups keep their order (worst first) within a status.
        cells.sort_by_key(|(_, c)| (!c.critical, c.status));
        let total = cells.len();
        s.rows = cells
            .into_iter()
            .take(LIST_LIMIT)
            .map(|(g, c)| {
                vec![
                    g.to_string(),
                    c.name.clone(),
                    yes(c.critical),
                    c.independent_count.to_string(),
                    c.trainer_count.to_string(),
                    status_cell(c),
                ]
            })
            .collect();
        if s.rows.is_empty() {
            s.header.clear();
            s.after.push("Every group covers every skill.".into());
        }
        s.limit(total, "skills not covered")
    }

    fn credentials_section(&self) -> Section {
        let mut s = Section::new("certificates", "Certificates").table(&[
            ("Credential", false),
            ("Valid", true),
            ("Expiring", true),
            ("Expired", true),
        ]);
        if let (Some(day), Some(days)) = (self.as_of, self.expiring_days) {
            s.lines.push(format!(
                "As of {day}: expiring means it runs out within {days} days; an expired credential no longer counts as held."
            ));
        }
        s.rows = self
            .credentials
            .iter()
            .map(|c| {
                vec![
                    c.name.clone(),
                    c.valid.to_string(),
                    c.expiring.to_string(),
                    c.expired.to_string(),
                ]
            })
            .collect();
        let future: Vec<String> = self
            .credentials
            .iter()
            .filter(|c| c.future > 0)
            .map(|c| format!("{} ({})", c.name, c.future))
            .collect();
        if !future.is_empty() {
            s.after.push(format!(
                "Listed as earned after {}, so not counted as held yet (check the day): {}.",
                self.as_of.map_or("today".to_string(), |d| d.to_string()),
                future.join(", ")
            ));
        }
        if self.next_expiries.is_empty() {
            s.after
                .push("No credential with an end date runs out after this day.".into());
        } else {
            s.after.push("Expiring soonest:".into());
            s.after.extend(self.next_expiries.iter().map(|e| {
                format!(
                    "{} on {} ({} day{}): {}{}",
                    e.name,
                    e.expires,
                    e.days_left,
                    if e.days_left == 1 { "" } else { "s" },
                    e.member,
                    e.group
                        .as_deref()
                        .map_or(String::new(), |g| format!(", {g}"))
                )
            }));
        }
        s
    }

    fn pairs_sections(&self) -> Option<Vec<Section>> {
        let p = self.pairs.as_ref()?;
        let group = |g: &Option<std::sync::Arc<str>>| g.as_deref().unwrap_or("").to_string();
        let mut pairs = Section::new("pairs", "Who trains whom").table(&[
            ("Skill", false),
            ("Learner", false),
            ("Group", false),
            ("Trainer", false),
            ("Trainer's group", false),
            ("Gap", true),
            ("Priority", true),
        ]);
        pairs.lines.push(format!(
            "Each member short of their target is paired with a trainer of the skill in their group, else in any group; each trainer takes at most {} learner{}; most urgent first. {} pair{}; {} skill need{} without a trainer (a member short in a skill no trainer could take).",
            p.trainer_load,
            if p.trainer_load == 1 { "" } else { "s" },
            p.pairs.len(),
            if p.pairs.len() == 1 { "" } else { "s" },
            p.unpaired.len(),
            if p.unpaired.len() == 1 { "" } else { "s" }
        ));
        pairs.rows = p
            .pairs
            .iter()
            .take(LIST_LIMIT)
            .map(|x| {
                vec![
                    self.skill_name(&x.skill).to_string(),
                    x.learner.to_string(),
                    group(&x.learner_group),
                    x.trainer.to_string(),
                    group(&x.trainer_group),
                    x.gap.to_string(),
                    x.priority.to_string(),
                ]
            })
            .collect();
        if pairs.rows.is_empty() {
            pairs.header.clear();
        }
        let mut unpaired = Section::new("unpaired", "Learners without a trainer").table(&[
            ("Learner", false),
            ("Group", false),
            ("Skill", false),
            ("Gap", true),
            ("Why", false),
        ]);
        unpaired.rows = p
            .unpaired
            .iter()
            .take(LIST_LIMIT)
            .map(|u| {
                vec![
                    u.learner.to_string(),
                    group(&u.learner_group),
                    self.skill_name(&u.skill).to_string(),
                    u.gap.to_string(),
                    u.reason.describe().to_string(),
                ]
            })
            .collect();
        let mut out = vec![pairs.limit(p.pairs.len(), "pairs")];
        if !unpaired.rows.is_empty() {
            out.push(unpaired.limit(p.unpaired.len(), "learners without a trainer"));
        }
        Some(out)
    }
}

impl TeamMatrix {
    /// The matrix as a section: one row per member, one column per skill.
    pub fn section(&self) -> Section {
        let mut header: Vec<(&str, bool)> = vec![
            ("Member", false),
            ("Group", false),
            ("Best level", false),
            ("Target", false),
        ];
        // Skill ids: 23 full names side by side would not fit any page.
        header.extend(self.skills.iter().map(|s| (s.id.as_str(), true)));
        let mut s = Section::new("matrix", "Skills matrix").table(&header);
        if self.too_large() {
            s.header.clear();
            s.lines.push(self.too_large_line());
            return s;
        }
        s.lines.push(Self::LEGEND.to_string());
        s.lines.push(format!(
            "Columns are skill ids: {}.",
            self.skills
                .iter()
                .map(|k| format!("{} = {}", k.id, k.name))
                .collect::<Vec<_>>()
                .join("; ")
        ));
        s.rows = self
            .rows
            .iter()
            .map(|r| {
                let mut row = vec![
                    r.member.clone(),
                    r.group.clone().unwrap_or_default(),
                    r.best_level.clone().unwrap_or_else(|| "none yet".into()),
                    r.target_level.clone(),
                ];
                row.extend(r.cells.iter().map(|c| c.text()));
                row
            })
            .collect();
        s
    }

    /// The heading of the matrix as a document of its own.
    pub fn title_line(&self) -> String {
        format!("Skills matrix: {} members", self.members)
    }
}
