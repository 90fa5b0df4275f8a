//! The skills-matrix sections of a team summary in words and rows, shared by every format:
//! coverage, coverage by group, certificates, who trains whom, and the matrix. Each is a
//! [`Section`]: a heading, lines of text, and a table whose cells are already worded, so the
//! table, Markdown and HTML exporters only lay them out (escaping every cell their way).

use super::TeamSummary;
use super::coverage::SkillCoverage;
use super::matrix::TeamMatrix;
use super::summary::{count, day};
use crate::coverage::Status;
use crate::i18n::Lang;
use crate::tr;

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
    fn new(id: &'static str, heading: String) -> Section {
        Section {
            id,
            heading,
            lines: Vec::new(),
            header: Vec::new(),
            numeric: Vec::new(),
            rows: Vec::new(),
            after: Vec::new(),
        }
    }

    fn table(mut self, header: &[(String, bool)]) -> Section {
        self.header = header.iter().map(|h| h.0.clone()).collect();
        self.numeric = header.iter().map(|h| h.1).collect();
        self
    }

    /// Says how many more than the [`LIST_LIMIT`] rows shown the JSON holds, of `total`,
    /// with `more` the sentence for a number of rows.
    fn limit(mut self, total: usize, more: impl Fn(usize) -> String) -> Section {
        if total > LIST_LIMIT {
            self.rows.truncate(LIST_LIMIT);
            self.after.push(more(total - LIST_LIMIT));
        }
        self
    }
}

/// A column's title and whether it holds numbers.
fn col(title: String, numeric: bool) -> (String, bool) {
    (title, numeric)
}

/// A coverage status in one word, in `lang`.
pub fn status_word(lang: Lang, status: Status) -> String {
    match status {
        Status::None => tr!(lang, "team-status-none"),
        Status::Single => tr!(lang, "team-status-single"),
        Status::Low => tr!(lang, "team-status-low"),
        Status::Ok => tr!(lang, "team-status-ok"),
    }
}

/// "single: Ana"-style status words for a cell.
fn status_cell(lang: Lang, c: &SkillCoverage) -> String {
    match (&c.status, &c.only_person) {
        (Status::Single, Some(who)) => {
            tr!(lang, "team-status-single-person", person = who.as_str())
        }
        (s, _) => status_word(lang, *s),
    }
}

fn yes(lang: Lang, b: bool) -> String {
    if b {
        tr!(lang, "team-yes")
    } else {
        String::new()
    }
}

impl TeamSummary {
    /// The rules of coverage in a sentence.
    pub(crate) fn coverage_rule_line(&self) -> Option<String> {
        let r = self.coverage_rules?;
        let lang = self.lang;
        Some(tr!(
            lang,
            "team-coverage-rule",
            independent = r.independent,
            trainer = r.trainer,
            min_independent = count(lang, u64::from(r.min_independent)),
            min_trainers = count(lang, u64::from(r.min_trainers)),
            count = r.min_trainers
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

    /// The columns of a coverage table.
    fn coverage_columns(&self) -> Vec<(String, bool)> {
        let lang = self.lang;
        vec![
            col(tr!(lang, "team-col-skill"), false),
            col(tr!(lang, "team-col-critical"), false),
            col(tr!(lang, "team-col-independent"), true),
            col(tr!(lang, "team-col-trainers"), true),
            col(tr!(lang, "team-col-status"), false),
        ]
    }

    fn coverage_section(&self) -> Section {
        let lang = self.lang;
        let mut s = Section::new("coverage", tr!(lang, "team-coverage-heading"))
            .table(&self.coverage_columns());
        s.lines.extend(self.coverage_rule_line());
        s.lines.push(super::coverage::verdict(
            lang,
            &tr!(lang, "team-whole-team"),
            &self.coverage,
        ));
        s.rows = self
            .coverage
            .iter()
            .map(|c| {
                vec![
                    c.name.clone(),
                    yes(lang, c.critical),
                    count(lang, c.independent_count),
                    count(lang, c.trainer_count),
                    status_cell(lang, c),
                ]
            })
            .collect();
        s
    }

    fn groups_section(&self) -> Section {
        let lang = self.lang;
        let mut columns = vec![col(tr!(lang, "team-col-group"), false)];
        columns.extend(self.coverage_columns());
        let mut s = Section::new("groups", tr!(lang, "team-groups-heading")).table(&columns);
        s.lines.push(tr!(
            lang,
            "team-groups-intro",
            n = count(lang, self.groups.len() as u64),
            count = self.groups.len()
        ));
        s.lines.extend(self.groups.iter().map(|g| {
            tr!(
                lang,
                "team-group-line",
                verdict = g.verdict(lang),
                n = count(lang, g.members),
                count = g.members
            )
        }));
        let mut cells: Vec<(String, &SkillCoverage)> = self
            .groups
            .iter()
            .flat_map(|g| {
                g.coverage
                    .iter()
                    .filter(|c| c.status != Status::Ok)
                    .map(move |c| (g.title_in(lang), c))
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
                    g,
                    c.name.clone(),
                    yes(lang, c.critical),
                    count(lang, c.independent_count),
                    count(lang, c.trainer_count),
                    status_cell(lang, c),
                ]
            })
            .collect();
        if s.rows.is_empty() {
            s.header.clear();
            s.after.push(tr!(lang, "team-groups-all-covered"));
        }
        s.limit(total, |n| {
            tr!(
                lang,
                "team-more-uncovered",
                n = count(lang, n as u64),
                count = n
            )
        })
    }

    fn credentials_section(&self) -> Section {
        let lang = self.lang;
        let mut s = Section::new("certificates", tr!(lang, "team-certificates-heading")).table(&[
            col(tr!(lang, "team-col-credential"), false),
            col(tr!(lang, "team-col-valid"), true),
            col(tr!(lang, "team-col-expiring"), true),
            col(tr!(lang, "team-col-expired"), true),
        ]);
        if let (Some(d), Some(days)) = (self.as_of, self.expiring_days) {
            s.lines.push(tr!(
                lang,
                "team-certificates-rule",
                day = day(lang, d),
                days = count(lang, u64::from(days)),
                count = days
            ));
        }
        s.rows = self
            .credentials
            .iter()
            .map(|c| {
                vec![
                    c.name.clone(),
                    count(lang, c.valid),
                    count(lang, c.expiring),
                    count(lang, c.expired),
                ]
            })
            .collect();
        let future: Vec<String> = self
            .credentials
            .iter()
            .filter(|c| c.future > 0)
            .map(|c| format!("{} ({})", c.name, count(lang, c.future)))
            .collect();
        if !future.is_empty() {
            s.after.push(tr!(
                lang,
                "team-certificates-future",
                day = self
                    .as_of
                    .map_or_else(|| tr!(lang, "team-today"), |d| day(lang, d)),
                list = future.join(", ")
            ));
        }
        if self.next_expiries.is_empty() {
            s.after.push(tr!(lang, "team-expiring-none"));
        } else {
            s.after.push(tr!(lang, "team-expiring-soonest"));
            s.after.extend(self.next_expiries.iter().map(|e| {
                let (name, member) = (e.name.as_str(), e.member.to_string());
                let (on, days) = (
                    day(lang, e.expires),
                    count(lang, u64::try_from(e.days_left).unwrap_or(0)),
                );
                match e.group.as_deref() {
                    Some(g) => tr!(
                        lang,
                        "team-expiry-group",
                        name = name,
                        day = on,
                        days = days,
                        count = e.days_left,
                        member = member,
                        group = g
                    ),
                    None => tr!(
                        lang,
                        "team-expiry",
                        name = name,
                        day = on,
                        days = days,
                        count = e.days_left,
                        member = member
                    ),
                }
            }));
        }
        s
    }

    fn pairs_sections(&self) -> Option<Vec<Section>> {
        let p = self.pairs.as_ref()?;
        let lang = self.lang;
        let group = |g: &Option<std::sync::Arc<str>>| g.as_deref().unwrap_or("").to_string();
        let mut pairs = Section::new("pairs", tr!(lang, "team-pairs-heading")).table(&[
            col(tr!(lang, "team-col-skill"), false),
            col(tr!(lang, "team-col-learner"), false),
            col(tr!(lang, "team-col-group"), false),
            col(tr!(lang, "team-col-trainer"), false),
            col(tr!(lang, "team-col-trainer-group"), false),
            col(tr!(lang, "team-col-gap"), true),
            col(tr!(lang, "team-col-priority"), true),
        ]);
        pairs.lines.push(tr!(
            lang,
            "team-pairs-rule",
            load = count(lang, u64::from(p.trainer_load)),
            load_count = p.trainer_load,
            pairs = count(lang, p.pairs.len() as u64),
            pairs_count = p.pairs.len(),
            unpaired = count(lang, p.unpaired.len() as u64),
            unpaired_count = p.unpaired.len()
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
                    count(lang, u64::from(x.priority)),
                ]
            })
            .collect();
        if pairs.rows.is_empty() {
            pairs.header.clear();
        }
        let mut unpaired = Section::new("unpaired", tr!(lang, "team-unpaired-heading")).table(&[
            col(tr!(lang, "team-col-learner"), false),
            col(tr!(lang, "team-col-group"), false),
            col(tr!(lang, "team-col-skill"), false),
            col(tr!(lang, "team-col-gap"), true),
            col(tr!(lang, "team-col-why"), false),
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
                    u.reason.describe_in(lang),
                ]
            })
            .collect();
        let more_pairs = |n: usize| {
            tr!(
                lang,
                "team-more-pairs",
                n = count(lang, n as u64),
                count = n
            )
        };
        let mut out = vec![pairs.limit(p.pairs.len(), more_pairs)];
        if !unpaired.rows.is_empty() {
            out.push(unpaired.limit(p.unpaired.len(), |n| {
                tr!(
                    lang,
                    "team-more-unpaired",
                    n = count(lang, n as u64),
                    count = n
                )
            }));
        }
        Some(out)
    }
}

impl TeamMatrix {
    /// The matrix as a section: one row per member, one column per skill.
    pub fn section(&self) -> Section {
        let lang = self.lang;
        let mut header = vec![
            col(tr!(lang, "team-col-member"), false),
            col(tr!(lang, "team-col-group"), false),
            col(tr!(lang, "team-col-best-level"), false),
            col(tr!(lang, "team-col-target"), false),
        ];
        // Skill ids: 23 full names side by side would not fit any page.
        header.extend(self.skills.iter().map(|s| (s.id.clone(), true)));
        let mut s = Section::new("matrix", tr!(lang, "team-matrix-heading")).table(&header);
        if self.too_large() {
            s.header.clear();
            s.lines.push(self.too_large_line());
            return s;
        }
        s.lines.push(self.legend());
        s.lines.push(tr!(
            lang,
            "team-matrix-columns",
            list = self
                .skills
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
                    r.best_level
                        .clone()
                        .unwrap_or_else(|| tr!(lang, "team-matrix-none-yet")),
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
        tr!(
            self.lang,
            "team-matrix-title",
            n = count(self.lang, self.members),
            count = self.members
        )
    }
}
