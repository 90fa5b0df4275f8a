//! How a report's figures read in words, shared by every format: ratings with their labels,
//! the gap lines, the facts of a certification, the summary at the top.

use super::{
    CertRow, Disagreement, Gap, NextStep, PERCEPTION_SHOWN, PERCEPTION_TALK, Report, SkillRow,
};
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

    /// A skill row's rating in words: "2 Working", "not rated", or "not asked".
    pub fn row_rating_text(&self, s: &SkillRow) -> String {
        if s.asked {
            self.rating_text(s.rating)
        } else {
            "not asked".to_string()
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
        if !g.asked {
            return format!(
                "{}: not asked, needs {} (a defining skill of this level: rate it to know whether it is met)",
                g.name,
                self.level_label(g.required)
            );
        }
        format!(
            "{}: {}, needs {} (gap {}{})",
            g.name,
            self.rating_text(g.rating),
            self.level_label(g.required),
            g.gap,
            match (g.defining, g.blocking) {
                (true, _) => ", a defining skill of this level: must be met",
                (false, true) => ", blocks this level",
                (false, false) => "",
            }
        )
    }

    /// The rule for reaching a level, in words.
    pub(crate) fn reach_rule(&self) -> String {
        format!(
            "met at {}% readiness, with no gap of {} or more and every defining skill met; every level up to the highest one met is reached",
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
        if let Some(next) = &c.step_toward {
            lines.push(format!(
                "First step toward: {}, which builds on it",
                next.name
            ));
        }
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

    /// The heading of the education routes: ways in for someone with no level yet, else
    /// routes toward the next level.
    pub fn education_heading(&self) -> String {
        match (&self.best_level, &self.next_level) {
            (None, _) => "Ways in through education".to_string(),
            (Some(_), Some(next)) => format!("Education toward {}", next.title),
            (Some(_), None) => format!("Education toward {}", self.target_title),
        }
    }

    /// What the certifications section says when it lists none, as a sentence.
    pub fn no_certifications_sentence(&self) -> &'static str {
        if self.certifications_asked {
            "None needed: no certification covers a remaining gap."
        } else {
            "Not asked for (--max-certs 0)."
        }
    }

    /// The heading of the credentials held, with the day they are judged by when it matters.
    pub fn credentials_heading(&self) -> String {
        match &self.as_of {
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
                    (CertState::Future, _, _) => format!(
                        "{}: earned on {}, after {}: not counted as held yet; check the day",
                        h.name,
                        h.earned.map_or("?".to_string(), |d| d.to_string()),
                        self.as_of.as_deref().unwrap_or("today")
                    ),
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

    /// "provisional: 3 skills not asked" when the profile leaves skills out.
    pub fn provisional_note(&self) -> Option<String> {
        let n = self.not_asked.len();
        (n > 0).then(|| {
            format!(
                "provisional: {n} skill{} not asked",
                if n == 1 { "" } else { "s" }
            )
        })
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
                Some(best) => match self.provisional_note() {
                    Some(note) => format!("Best level reached: {best} ({note})"),
                    None => format!("Best level reached: {best}"),
                },
                None => "Best level reached: none yet".to_string(),
            },
        ];
        lines.push(format!(
            "Assessed on: {}",
            self.assessed_on.as_deref().unwrap_or("date unknown")
        ));
        if let Some(years) = self.years_experience {
            lines.push(format!("Experience: {years} years"));
        }
        if let Some(since) = &self.since {
            lines.push(self.since_line(since));
        }
        if let Some(line) = self.review_line() {
            lines.push(line);
            if let Some(own) = &self.best_on_own_ratings {
                let (scored, own) = (
                    self.best_title.as_deref().unwrap_or("none yet"),
                    own.title.as_deref().unwrap_or("none yet"),
                );
                lines.push(if scored == own {
                    format!("Best level on your own ratings too: {own}")
                } else {
                    format!(
                        "Best level on the {} ratings: {scored}; on your own ratings: {own}",
                        self.basis.as_str()
                    )
                });
            }
            lines.push(format!(
                "Scored on: {} (--ratings {})",
                self.basis.describe(),
                self.basis.as_str()
            ));
        }
        lines
    }

    /// "Since 2026-06-01: Quality Control and Assurance 2 → 3; Production Specialist now
    /// reached; Senior Production Specialist 77.0% → 84.9%": every rating and level that
    /// changed since the assessment this one re-assessed.
    pub fn since_line(&self, since: &super::Since) -> String {
        let when = since
            .date
            .as_deref()
            .unwrap_or("your last assessment (date unknown)");
        let rating = |r: Option<u8>| r.map_or("not rated".to_string(), |v| v.to_string());
        let mut parts: Vec<String> = since
            .ratings
            .iter()
            .map(|c| format!("{} {} → {}", c.name, rating(c.from), rating(c.to)))
            .collect();
        parts.extend(since.levels.iter().map(|l| {
            let standing = match (l.reached_from, l.reached_to) {
                (false, true) => " (now reached)",
                (true, false) => " (no longer reached)",
                _ => "",
            };
            format!(
                "{} {:.1}% → {:.1}%{standing}",
                l.title, l.readiness_from, l.readiness_to
            )
        }));
        if parts.is_empty() {
            format!("Since {when}: no rating changed")
        } else {
            format!("Since {when}: {}", parts.join("; "))
        }
    }

    /// True when any review of the person was given: the reports then show both ratings.
    pub fn has_reviews(&self) -> bool {
        !self.reviews.is_empty()
    }

    /// The person's own rating of a skill (a report of an earlier skillgap, which had no
    /// reviews, holds it as the rating).
    pub fn own_rating(&self, s: &SkillRow) -> Option<u8> {
        if self.has_reviews() {
            s.self_rating
        } else {
            s.rating
        }
    }

    /// "14 of 23 skills confirmed by D. Lee (supervisor), 2026-11-20", naming every review;
    /// `None` without reviews.
    pub fn review_line(&self) -> Option<String> {
        if !self.has_reviews() {
            return None;
        }
        let who: Vec<String> = self
            .reviews
            .iter()
            .map(|r| {
                format!(
                    "{} ({}), {}{}",
                    r.reviewer,
                    r.role.as_str(),
                    r.date,
                    if r.stale {
                        " (stale: more than 12 months old)"
                    } else {
                        ""
                    }
                )
            })
            .collect();
        let who = match who.split_last() {
            Some((last, [])) => last.clone(),
            Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
            None => String::new(),
        };
        Some(format!(
            "{} of {} skills confirmed by {who}",
            self.verified_skills,
            self.skills.len()
        ))
    }

    /// "+1", "-2 ⚑" beside a rating whose reviewers see it differently, or nothing.
    pub fn perception_mark(gap: Option<i8>) -> String {
        match gap {
            Some(g) if g.abs() >= PERCEPTION_TALK => format!("{g:+} ⚑"),
            Some(g) if g.abs() >= PERCEPTION_SHOWN => format!("{g:+}"),
            _ => String::new(),
        }
    }

    /// The person's own rating, with how far it is from the reviewers'.
    pub fn self_cell(&self, s: &SkillRow, numbers_only: bool) -> String {
        if !s.asked {
            return "not asked".to_string();
        }
        let own = self.own_rating(s);
        let mut text = if numbers_only {
            own.map_or("-".to_string(), |v| v.to_string())
        } else {
            self.rating_text(own)
        };
        let mark = Self::perception_mark(s.perception_gap);
        if !mark.is_empty() {
            text.push_str(&format!(" ({mark})"));
        }
        text
    }

    /// The reviewers' rating, or "-" when no review rates the skill.
    pub fn review_cell(&self, s: &SkillRow, numbers_only: bool) -> String {
        match s.review_rating {
            Some(v) if numbers_only => v.to_string(),
            Some(v) => self.level_label(v),
            None => "-".to_string(),
        }
    }

    /// What the Self and Review columns mean.
    pub fn review_legend(&self) -> String {
        format!(
            "Self / Review: your own rating and {}' (the median where several rate a skill; - when none did). (+1) or (-1): how far yours is above or below theirs; ⚑ {PERCEPTION_TALK} or more apart: talk about this. Scored on {}.",
            self.reviewers(),
            self.basis.describe()
        )
    }

    /// How far readiness is from the threshold: "77.8% ready: 7.2 points under the 85%
    /// needed".
    pub fn short_line(&self, next: &super::NextLevel) -> String {
        format!(
            "{:.1}% ready: {:.1} points under the {}% needed",
            next.readiness, next.readiness_short_by, self.thresholds.ready_readiness
        )
    }

    /// The last line of a short report (`--brief`).
    pub const BRIEF_NOTE: &'static str = "This is the short report. Run the same command without --brief for the details, every skill, the certifications and the full plan, or add -o report.html for a page to keep.";

    /// "your reviewer", or "your reviewers" when more than one review counts.
    pub fn reviewers(&self) -> &'static str {
        if self.reviews.len() == 1 {
            "your reviewer"
        } else {
            "your reviewers"
        }
    }

    /// The heading of the section on disagreements.
    pub fn disagree_heading(&self) -> String {
        format!("Where you and {} disagree", self.reviewers())
    }

    /// A strength in words: "Organizational Skills (rated 3, needs 1)".
    pub fn strength_text(s: &super::Strength) -> String {
        format!("{} (rated {}, needs {})", s.name, s.rating, s.required)
    }

    /// One line per disagreement: both ratings and what to do.
    pub fn disagreement_line(&self, d: &Disagreement) -> String {
        format!(
            "{}: you {}, {} {} ({:+}): talk about this",
            d.name,
            self.level_label(d.self_rating),
            self.reviewers(),
            self.level_label(d.review_rating),
            d.perception_gap
        )
    }

    /// The sentence when nobody disagrees by much.
    pub fn no_disagreement_line(&self) -> String {
        format!(
            "No skill is {PERCEPTION_TALK} or more apart between your rating and {}'.",
            self.reviewers()
        )
    }
}
