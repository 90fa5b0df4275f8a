//! How a report's figures read in words, shared by every format: ratings with their labels,
//! the gap lines, the facts of a certification, the summary at the top.

use super::{CertRow, Gap, NextStep, Report};
use crate::credentials::CertState;
use crate::rubric::{CredentialKind, Salary};

impl Report {
    /// "2 Working", or "not rated".
    pub fn rating_text(&self, rating: Option<u8>) -> String {
        match rating {
            Some(r) => self.level_label(r),
            None => "not rated".to_string(),
        }
    }

    /// "3 Advanced" for a requirement or rating on the scale.
    pub fn level_label(&self, value: u8) -> String {
        match self.scale.get(usize::from(value)) {
            Some(label) => format!("{value} {label}"),
            None => value.to_string(),
        }
    }

    /// The scale as "0 None, 1 Basic, ...".
    pub fn scale_text(&self) -> String {
        (0..self.scale.len())
            .map(|v| self.level_label(v as u8))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// A skill's name from its id, for lists of ids.
    pub fn skill_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.skills
            .iter()
            .find(|s| s.id == id)
            .map_or(id, |s| s.name.as_str())
    }

    /// One line per gap at the next level, with what it needs.
    pub(crate) fn gap_line(&self, g: &Gap) -> String {
        format!(
            "{}: {}, needs {} (gap {}{})",
            g.name,
            self.rating_text(g.rating),
            self.level_label(g.required),
            g.gap,
            match (g.step_up, g.blocking) {
                (true, _) => ", a skill this level adds: must be met",
                (false, true) => ", blocks this level",
                (false, false) => "",
            }
        )
    }

    /// The rule for reaching a level, in words.
    pub(crate) fn reach_rule(&self) -> String {
        format!(
            "reached at {}% readiness, with no gap of {} or more and every skill the level adds met",
            self.thresholds.ready_readiness, self.thresholds.blocking_gap
        )
    }

    /// The actions of one plan step, each prefixed with the rating it leads to when the step
    /// spans more than one rating.
    pub(crate) fn step_actions(&self, step: &NextStep) -> Vec<String> {
        if step.stages.len() <= 1 {
            return step.actions.clone();
        }
        step.stages
            .iter()
            .flat_map(|st| {
                let to = self.level_label(st.to);
                st.actions.iter().map(move |a| format!("toward {to}: {a}"))
            })
            .collect()
    }

    /// The details of a recommended certification, one fact per line.
    pub(crate) fn cert_lines(&self, c: &CertRow) -> Vec<String> {
        let covers: Vec<&str> = c.covers.iter().map(|id| self.skill_name(id)).collect();
        let kind = match c.kind {
            CredentialKind::Certification => "certification",
            CredentialKind::Certificate => "certificate program",
            CredentialKind::Card => "training card (not a certification)",
        };
        let mut lines = vec![
            format!("Issuer: {} ({kind})", c.issuer),
            format!("Closes gaps in: {}", covers.join(", ")),
            format!("Preparation: {}", c.preparation),
            format!("Cost: {}", c.cost),
            format!("Prerequisites: {}", c.prerequisites),
        ];
        if let Some(day) = c.renew_expired_on {
            lines.push(format!("Renewal: the one you held expired on {day}"));
        }
        if let Some(why) = &c.eligibility {
            lines.push(format!("Not eligible yet: {why}"));
        }
        if !c.suits_target {
            lines.push(format!(
                "Note: usually taken at other levels than {}",
                self.target_title
            ));
        }
        lines
    }

    /// The heading of the credentials held, with the day they are judged by when it matters.
    pub fn credentials_heading(&self) -> String {
        match self.as_of {
            Some(day) => format!("Certifications held, as of {day}"),
            None => "Certifications held".to_string(),
        }
    }

    /// One line per credential the profile lists: where it stands.
    pub fn credential_lines(&self) -> Vec<String> {
        self.credentials
            .iter()
            .map(|h| {
                let days = |n: i64| format!("{n} day{}", if n == 1 { "" } else { "s" });
                match (h.state, h.expires, h.days_left) {
                    (CertState::Expired, Some(e), _) => {
                        format!("{}: expired on {e}; it no longer counts as held", h.name)
                    }
                    (CertState::Expiring, Some(e), Some(n)) => {
                        format!("{}: expiring on {e} ({} left); renew it", h.name, days(n))
                    }
                    (_, Some(e), _) => format!("{}: valid; expires on {e}", h.name),
                    _ => format!("{}: held", h.name),
                }
            })
            .collect()
    }

    /// Where the person stands on pay, from the rubric's source.
    pub(crate) fn salary_line(&self) -> String {
        let target = match &self.salary.target {
            Some(pay) => format!("{} at {} (target)", pay.median_text(), self.target_title),
            None => format!(
                "no pay figure for {} (target) in the source",
                self.target_title
            ),
        };
        match (&self.best_title, &self.salary.best_level) {
            (Some(best), Some(pay)) => format!(
                "{} at {best} (best level reached); {target}.",
                pay.median_text()
            ),
            _ => format!("{target}."),
        }
    }

    /// "USD 42,000", or a dash where the rubric gives no figure.
    pub(crate) fn median_cell(salary: &Option<Salary>) -> String {
        match salary {
            Some(pay) => format!("{} {}", pay.currency, crate::rubric::thousands(pay.median)),
            None => "-".to_string(),
        }
    }

    /// The short heading line: who, against what.
    pub(crate) fn title(&self) -> String {
        match &self.name {
            Some(name) if !name.trim().is_empty() => format!("Skill gap report: {name}"),
            _ => "Skill gap report".to_string(),
        }
    }

    /// Lines that describe the target and the best level.
    pub(crate) fn summary_lines(&self) -> Vec<String> {
        let target_years = self
            .levels
            .iter()
            .find(|l| l.id == self.target_level)
            .map_or(String::new(), |l| format!(" ({})", l.years));
        let mut lines = vec![
            format!(
                "Rubric: {}, version {}",
                self.rubric.title, self.rubric.version
            ),
            format!(
                "Target: {}{target_years}, {}",
                self.target_title,
                self.target_chosen_by.describe()
            ),
            match &self.best_title {
                Some(best) => format!("Best level reached: {best}"),
                None => format!(
                    "Best level reached: none yet (the first level, {}, needs readiness {}% and no gap of {} or more)",
                    self.levels.first().map_or("", |l| l.title.as_str()),
                    self.thresholds.ready_readiness,
                    self.thresholds.blocking_gap
                ),
            },
        ];
        if let Some(years) = self.years_experience {
            lines.push(format!("Experience: {years} years"));
        }
        lines
    }
}
