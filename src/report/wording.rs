//! How a report's figures read in words, shared by every format: ratings with their labels,
//! the gap lines, the facts of a certification, the summary at the top. Every word comes
//! from the `report` catalog in the report's language ([`Report::lang`]); days, amounts and
//! percentages are written as that language writes them.

use super::phrases::{
    basis_name, basis_text, cost_text, day_text, iso_day_text, median_text, plain_number, role_name,
};
use super::verdict::{and_list, share};
use super::{
    CertRow, Disagreement, Gap, NextStep, PERCEPTION_SHOWN, PERCEPTION_TALK, Report, SkillRow,
};
use crate::credentials::CertState;
use crate::i18n;
use crate::rubric::{CredentialKind, Salary};
use crate::tr;

impl Report {
    /// "2 Working", or "not rated".
    pub fn rating_text(&self, rating: Option<u8>) -> String {
        match rating {
            Some(r) => self.level_label(r),
            None => tr!(self.lang, "report-not-rated"),
        }
    }

    /// A skill row's rating in words: "2 Working", "not rated", or "not asked".
    pub fn row_rating_text(&self, s: &SkillRow) -> String {
        if s.asked {
            self.rating_text(s.rating)
        } else {
            tr!(self.lang, "report-not-asked")
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
    pub fn gap_line(&self, g: &Gap) -> String {
        let lang = self.lang;
        if !g.asked {
            return tr!(
                lang,
                "report-gap-not-asked",
                skill = g.name.as_str(),
                required = self.level_label(g.required)
            );
        }
        let why = match (g.defining, g.blocking) {
            (true, _) => format!(", {}", tr!(lang, "report-gap-defining")),
            (false, true) => format!(", {}", tr!(lang, "report-gap-blocks")),
            (false, false) => String::new(),
        };
        tr!(
            lang,
            "report-gap",
            skill = g.name.as_str(),
            rating = self.rating_text(g.rating),
            required = self.level_label(g.required),
            gap = g.gap,
            why = why
        )
    }

    /// The rule for reaching a level, in words.
    pub fn reach_rule(&self) -> String {
        tr!(
            self.lang,
            "report-reach-rule",
            readiness = share(self.lang, self.thresholds.ready_readiness),
            gap = self.thresholds.blocking_gap
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
                st.actions.iter().map(move |a| {
                    tr!(
                        self.lang,
                        "report-step-toward",
                        rating = to.as_str(),
                        action = a.as_str()
                    )
                })
            })
            .collect()
    }

    /// The details of a recommended certification, one fact per line.
    pub fn cert_lines(&self, c: &CertRow) -> Vec<String> {
        let lang = self.lang;
        let covers: Vec<&str> = c.covers.iter().map(|id| self.skill_name(id)).collect();
        let kind = match c.kind {
            CredentialKind::Certification => tr!(lang, "report-kind-certification"),
            CredentialKind::Certificate => tr!(lang, "report-kind-certificate"),
            CredentialKind::Card => tr!(lang, "report-kind-card"),
        };
        let mut lines = vec![
            tr!(
                lang,
                "report-cert-issuer",
                issuer = c.issuer.as_str(),
                kind = kind
            ),
            tr!(lang, "report-cert-closes", skills = covers.join(", ")),
            tr!(
                lang,
                "report-cert-preparation",
                time = c.preparation.as_str()
            ),
            tr!(lang, "report-cert-cost", cost = cost_text(lang, &c.cost)),
            tr!(
                lang,
                "report-cert-prerequisites",
                prerequisites = c.prerequisites.as_str()
            ),
        ];
        if let Some(next) = &c.step_toward {
            lines.push(tr!(
                lang,
                "report-cert-step-toward",
                credential = next.name.as_str()
            ));
        }
        if let Some(day) = c.renew_expired_on {
            lines.push(tr!(lang, "report-cert-renewal", day = day_text(lang, day)));
        }
        if let Some(why) = &c.eligibility {
            lines.push(tr!(lang, "report-cert-not-eligible", why = why.as_str()));
        }
        if !c.suits_target {
            lines.push(tr!(
                lang,
                "report-cert-other-levels",
                level = self.target_title.as_str()
            ));
        }
        lines
    }

    /// The heading of the education routes: ways in for someone with no level yet, else
    /// routes toward the next level.
    pub fn education_heading(&self) -> String {
        let toward = |level: &str| tr!(self.lang, "report-education-toward", level = level);
        match (&self.best_level, &self.next_level) {
            (None, _) => tr!(self.lang, "report-education-ways-in"),
            (Some(_), Some(next)) => toward(&next.title),
            (Some(_), None) => toward(&self.target_title),
        }
    }

    /// What the certifications section says when it lists none, as a sentence.
    pub fn no_certifications_sentence(&self) -> String {
        if self.certifications_asked {
            tr!(self.lang, "report-no-certs-needed")
        } else {
            tr!(self.lang, "report-no-certs-asked")
        }
    }

    /// The heading of the credentials held, with the day they are judged by when it matters.
    pub fn credentials_heading(&self) -> String {
        match &self.as_of {
            Some(day) => tr!(
                self.lang,
                "report-credentials-as-of",
                day = iso_day_text(self.lang, day)
            ),
            None => tr!(self.lang, "report-credentials"),
        }
    }

    /// One line per credential the profile lists: where it stands.
    pub fn credential_lines(&self) -> Vec<String> {
        let lang = self.lang;
        self.credentials
            .iter()
            .map(|h| {
                let credential = h.name.as_str();
                match (h.state, h.expires, h.days_left) {
                    (CertState::Future, _, _) => tr!(
                        lang,
                        "report-credential-future",
                        credential = credential,
                        earned = h.earned.map_or("?".to_string(), |d| day_text(lang, d)),
                        day = self.as_of.as_deref().map_or_else(
                            || tr!(lang, "report-credential-today"),
                            |d| iso_day_text(lang, d)
                        )
                    ),
                    (CertState::Expired, Some(e), _) => tr!(
                        lang,
                        "report-credential-expired",
                        credential = credential,
                        day = day_text(lang, e)
                    ),
                    (CertState::Expiring, Some(e), Some(n)) => tr!(
                        lang,
                        "report-credential-expiring",
                        credential = credential,
                        day = day_text(lang, e),
                        count = n
                    ),
                    (_, Some(e), _) => tr!(
                        lang,
                        "report-credential-valid",
                        credential = credential,
                        day = day_text(lang, e)
                    ),
                    _ => tr!(lang, "report-credential-held", credential = credential),
                }
            })
            .collect()
    }

    /// Where the person stands on pay, from the rubric's source.
    pub fn salary_line(&self) -> String {
        let lang = self.lang;
        let target = match &self.salary.target {
            Some(pay) => tr!(
                lang,
                "report-salary-target",
                pay = median_text(lang, pay),
                level = self.target_title.as_str()
            ),
            None => tr!(
                lang,
                "report-salary-no-target",
                level = self.target_title.as_str()
            ),
        };
        match (&self.best_title, &self.salary.best_level) {
            (Some(best), Some(pay)) => tr!(
                lang,
                "report-salary-both",
                pay = median_text(lang, pay),
                level = best.as_str(),
                target = target
            ),
            _ => tr!(lang, "report-salary-only-target", target = target),
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
            Some(name) if !name.trim().is_empty() => {
                tr!(self.lang, "report-title-named", name = name.as_str())
            }
            _ => tr!(self.lang, "report-title"),
        }
    }

    /// "provisional: 3 skills not asked" when the profile leaves skills out.
    pub fn provisional_note(&self) -> Option<String> {
        let n = self.not_asked.len();
        (n > 0).then(|| tr!(self.lang, "report-provisional", count = n))
    }

    /// Lines that describe the target and the best level.
    pub fn summary_lines(&self) -> Vec<String> {
        let lang = self.lang;
        let target_years = self
            .levels
            .iter()
            .find(|l| l.id == self.target_level)
            .map_or(String::new(), |l| format!(" ({})", l.years));
        let none_yet = || tr!(lang, "report-line-none-yet");
        let mut lines = vec![
            tr!(
                lang,
                "report-line-rubric",
                rubric = self.rubric.title.as_str(),
                version = self.rubric.version.to_string()
            ),
            tr!(
                lang,
                "report-line-target",
                level = self.target_title.as_str(),
                years = target_years,
                chosen = self.target_chosen_by.describe(lang)
            ),
            match &self.best_title {
                Some(best) => match self.provisional_note() {
                    Some(note) => tr!(
                        lang,
                        "report-line-best-provisional",
                        level = best.as_str(),
                        note = note
                    ),
                    None => tr!(lang, "report-line-best", level = best.as_str()),
                },
                None => tr!(lang, "report-line-best-none"),
            },
        ];
        let day = self.assessed_on.as_deref().map_or_else(
            || tr!(lang, "report-line-date-unknown"),
            |d| iso_day_text(lang, d),
        );
        lines.push(tr!(lang, "report-line-assessed", day = day));
        if let Some(years) = self.years_experience {
            lines.push(tr!(
                lang,
                "report-line-experience",
                years = plain_number(lang, years)
            ));
        }
        if let Some(since) = &self.since {
            lines.push(self.since_line(since));
        }
        if let Some(line) = self.review_line() {
            lines.push(line);
            if let Some(own) = &self.best_on_own_ratings {
                let (scored, own) = (
                    self.best_title.clone().unwrap_or_else(none_yet),
                    own.title.clone().unwrap_or_else(none_yet),
                );
                lines.push(if scored == own {
                    tr!(lang, "report-line-own-too", level = own)
                } else {
                    tr!(
                        lang,
                        "report-line-own-differs",
                        basis = basis_name(lang, self.basis),
                        scored = scored,
                        own = own
                    )
                });
            }
            lines.push(tr!(
                lang,
                "report-line-scored-on",
                basis = basis_text(lang, self.basis),
                flag = self.basis.as_str()
            ));
        }
        lines
    }

    /// "Since 2026-06-01: Quality Control and Assurance 2 → 3; Production Specialist now
    /// reached; Senior Production Specialist 77.0% → 84.9%": every rating and level that
    /// changed since the assessment this one re-assessed.
    pub fn since_line(&self, since: &super::Since) -> String {
        let lang = self.lang;
        let when = since.date.as_deref().map_or_else(
            || tr!(lang, "report-since-unknown"),
            |d| tr!(lang, "report-since-on", day = iso_day_text(lang, d)),
        );
        let rating =
            |r: Option<u8>| r.map_or_else(|| tr!(lang, "report-not-rated"), |v| v.to_string());
        let mut parts: Vec<String> = since
            .ratings
            .iter()
            .map(|c| format!("{} {} → {}", c.name, rating(c.from), rating(c.to)))
            .collect();
        parts.extend(since.levels.iter().map(|l| {
            let standing = match (l.reached_from, l.reached_to) {
                (false, true) => format!(" ({})", tr!(lang, "report-since-now-reached")),
                (true, false) => format!(" ({})", tr!(lang, "report-since-no-longer")),
                _ => String::new(),
            };
            format!(
                "{} {} → {}{standing}",
                l.title,
                i18n::percent(lang, l.readiness_from),
                i18n::percent(lang, l.readiness_to)
            )
        }));
        if parts.is_empty() {
            tr!(lang, "report-since-nothing", when = when)
        } else {
            tr!(
                lang,
                "report-since",
                when = when,
                changes = parts.join("; ")
            )
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
        let lang = self.lang;
        let who: Vec<String> = self
            .reviews
            .iter()
            .map(|r| {
                let stale = if r.stale {
                    format!(" ({})", tr!(lang, "report-review-stale"))
                } else {
                    String::new()
                };
                let by = tr!(
                    lang,
                    "report-review-by",
                    reviewer = r.reviewer.as_str(),
                    role = role_name(lang, r.role),
                    day = iso_day_text(lang, &r.date)
                );
                format!("{by}{stale}")
            })
            .collect();
        Some(tr!(
            lang,
            "report-review-line",
            verified = self.verified_skills,
            total = self.skills.len(),
            reviewers = and_list(lang, &who)
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
            return tr!(self.lang, "report-not-asked");
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
        tr!(
            self.lang,
            "report-review-legend",
            reviewers = self.reviewers(),
            talk = PERCEPTION_TALK,
            basis = basis_text(self.lang, self.basis)
        )
    }

    /// How far readiness is from the threshold: "77.8% ready: 7.2 points under the 85%
    /// needed".
    pub fn short_line(&self, next: &super::NextLevel) -> String {
        tr!(
            self.lang,
            "report-short",
            ready = i18n::percent(self.lang, next.readiness),
            points = i18n::number(self.lang, next.readiness_short_by, 1),
            needed = share(self.lang, self.thresholds.ready_readiness)
        )
    }

    /// The last line of a short report (`--brief`).
    pub fn brief_note(&self) -> String {
        tr!(self.lang, "report-brief-note")
    }

    /// "your reviewer", or "your reviewers" when more than one review counts.
    pub fn reviewers(&self) -> String {
        if self.reviews.len() == 1 {
            tr!(self.lang, "report-your-reviewer")
        } else {
            tr!(self.lang, "report-your-reviewers")
        }
    }

    /// The heading of the section on disagreements.
    pub fn disagree_heading(&self) -> String {
        tr!(
            self.lang,
            "report-disagree-heading",
            reviewers = self.reviewers()
        )
    }

    /// A strength in words: "Organizational Skills (rated 3, needs 1)".
    pub fn strength_text(&self, s: &super::Strength) -> String {
        tr!(
            self.lang,
            "report-strength",
            skill = s.name.as_str(),
            rating = s.rating,
            required = s.required
        )
    }

    /// One line per disagreement: both ratings and what to do.
    pub fn disagreement_line(&self, d: &Disagreement) -> String {
        tr!(
            self.lang,
            "report-disagreement",
            skill = d.name.as_str(),
            own = self.level_label(d.self_rating),
            reviewers = self.reviewers(),
            review = self.level_label(d.review_rating),
            gap = format!("{:+}", d.perception_gap)
        )
    }

    /// The sentence when nobody disagrees by much.
    pub fn no_disagreement_line(&self) -> String {
        tr!(
            self.lang,
            "report-no-disagreement",
            talk = PERCEPTION_TALK,
            reviewers = self.reviewers()
        )
    }
}
