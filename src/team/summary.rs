//! The team summary: the document `skillgap team` writes (in every format) from a
//! [`TeamTally`](super::TeamTally), and the sentences its renderers share.

use serde::{Deserialize, Serialize};

use super::coverage::{CoverageInfo, GroupCoverage, SkillCoverage};
use super::expiry::{Expiry, TeamCredential};
use super::matrix::TeamMatrix;
use super::pairs::Pairs;
use crate::credentials::Date;
use crate::i18n::{self, Lang};
use crate::rubric::{Cost, RubricInfo};
use crate::tr;

/// A count as `lang` writes it: as is in English, grouped in thousands in Spanish.
pub(crate) fn count(lang: Lang, n: u64) -> String {
    match lang {
        Lang::En => n.to_string(),
        Lang::Es => i18n::number(lang, n as f64, 0),
    }
}

/// A figure with `decimals` digits after the point, as `lang` writes it.
pub(crate) fn fixed(lang: Lang, value: f64, decimals: usize) -> String {
    match lang {
        Lang::En => format!("{value:.decimals$}"),
        Lang::Es => i18n::number(lang, value, decimals),
    }
}

/// A percentage with one decimal, as `lang` writes it ("12.5%", "12,5 %").
pub(crate) fn percent(lang: Lang, value: f64) -> String {
    match lang {
        Lang::En => format!("{value:.1}%"),
        Lang::Es => i18n::percent(lang, value),
    }
}

/// A day, as `lang` writes it: ISO in English (as the summaries always have), in words in
/// Spanish.
pub(crate) fn day(lang: Lang, d: Date) -> String {
    match lang {
        Lang::En => d.to_string(),
        Lang::Es => i18n::day(lang, d),
    }
}

/// A certification's cost for one person, as `lang` writes it.
fn cost(lang: Lang, c: &Cost) -> String {
    if lang == Lang::En {
        return c.to_string();
    }
    let usd = |n: u32| i18n::number(lang, f64::from(n), 0);
    let mut out = if c.min_usd == c.max_usd {
        format!("USD {}", usd(c.min_usd))
    } else {
        format!("USD {}-{}", usd(c.min_usd), usd(c.max_usd))
    };
    if c.estimate {
        out.push(' ');
        out.push_str(&tr!(lang, "team-estimate"));
    }
    out
}

impl TeamSummary {
    /// The heading: `--title`, else "Team summary: " and the rubric's title.
    pub fn title_line(&self) -> String {
        match self.title.as_deref().filter(|t| !t.trim().is_empty()) {
            Some(title) => title.to_string(),
            None => tr!(self.lang, "team-title", rubric = self.rubric.title.as_str()),
        }
    }

    /// Where and when, under the heading: the site (`--site`) and the day the figures stand
    /// on (`--as-of`).
    pub fn place_line(&self) -> String {
        let mut parts = Vec::new();
        parts.extend(self.site.iter().filter(|s| !s.trim().is_empty()).cloned());
        if let Some(d) = self.as_of {
            parts.push(tr!(self.lang, "team-as-of", day = day(self.lang, d)));
        }
        parts.join(" · ")
    }

    /// Members scored and rejected, in a sentence.
    pub fn counts_line(&self) -> String {
        let lang = self.lang;
        let mut line = tr!(
            lang,
            "team-counts-scored",
            n = count(lang, self.members_scored),
            count = self.members_scored
        );
        line.push_str(", ");
        if self.members_rejected > 0 {
            line.push_str(&tr!(
                lang,
                "team-counts-rejected",
                n = count(lang, self.members_rejected),
                count = self.members_rejected
            ));
        } else {
            line.push_str(&tr!(lang, "team-counts-none-rejected"));
        }
        if self.members_reviewed > 0 {
            line.push_str("; ");
            line.push_str(&tr!(
                lang,
                "team-counts-reviewed",
                n = count(lang, self.members_reviewed),
                count = self.members_reviewed
            ));
        }
        line
    }

    /// Whether any member was reviewed: the summary then shows the review columns.
    pub fn has_reviews(&self) -> bool {
        self.members_reviewed > 0
    }

    /// A skill's mean perception gap as shown: "+0.50", "-1.00", or "-" when no member has
    /// both ratings.
    pub fn perception_cell(&self, s: &TeamSkill) -> String {
        s.mean_perception_gap.map_or("-".to_string(), |g| {
            if g == 0.0 {
                fixed(self.lang, 0.0, 2)
            } else {
                let sign = if g > 0.0 { "+" } else { "-" };
                format!("{sign}{}", fixed(self.lang, g.abs(), 2))
            }
        })
    }

    /// What the review columns mean.
    pub fn review_legend(&self) -> String {
        tr!(
            self.lang,
            "team-review-legend",
            reviewed = count(self.lang, self.members_reviewed),
            scored = count(self.lang, self.members_scored)
        )
    }

    /// A skill's name from its id.
    pub fn skill_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.skills
            .iter()
            .find(|s| s.id == id)
            .map_or(id, |s| s.name.as_str())
    }

    /// The facts of one certification of the training plan, one per line.
    pub fn cert_lines(&self, c: &TeamCert) -> Vec<String> {
        let lang = self.lang;
        let covers: Vec<&str> = c.covers.iter().map(|id| self.skill_name(id)).collect();
        let total = if lang == Lang::En {
            // As the summaries always have: thousands grouped, the range joined by a dash.
            format!(
                "{}-{}",
                crate::rubric::thousands(c.total_cost_min_usd),
                crate::rubric::thousands(c.total_cost_max_usd)
            )
        } else {
            format!(
                "{}-{}",
                count(lang, c.total_cost_min_usd),
                count(lang, c.total_cost_max_usd)
            )
        };
        let cost_line = if c.cost_each.estimate {
            tr!(
                lang,
                "team-cert-cost-estimate",
                each = cost(lang, &c.cost_each),
                total = total
            )
        } else {
            tr!(
                lang,
                "team-cert-cost",
                each = cost(lang, &c.cost_each),
                total = total
            )
        };
        let mut lines = vec![
            tr!(
                lang,
                "team-cert-helps",
                n = count(lang, c.members_helped),
                count = c.members_helped,
                priority = count(lang, c.covered_priority)
            ),
            tr!(lang, "team-cert-closes", skills = covers.join(", ")),
            cost_line,
        ];
        if let Some(next) = &c.step_toward {
            let name = self
                .certifications
                .iter()
                .find(|x| &x.id == next)
                .map_or(next.as_str(), |x| x.name.as_str());
            lines.push(tr!(lang, "team-cert-step", name = name));
        }
        lines
    }
}

/// Where a team stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TeamSummary {
    /// Version of this layout.
    pub schema_version: u32,
    /// The rubric the members were scored against.
    pub rubric: RubricInfo,
    /// The heading given with `--title` ("Line 2 — shift meeting").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The site given with `--site` ("Plant 3, Dayton").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site: Option<String>,
    /// Members scored.
    pub members_scored: u64,
    /// Records rejected as invalid.
    pub members_rejected: u64,
    /// Members who reached no level of the ladder yet.
    pub members_without_level: u64,
    /// Lines of a JSON Lines input that held only white space (of any kind), skipped.
    #[serde(default)]
    pub blank_lines: u64,
    /// Members with at least one review (embedded, or given with `--review`).
    #[serde(default)]
    pub members_reviewed: u64,
    /// Every skill, most urgent for the team first.
    pub skills: Vec<TeamSkill>,
    /// The ladder as a distribution.
    pub levels: Vec<TeamLevel>,
    /// The training plan.
    pub certifications: Vec<TeamCert>,
    /// The day credentials were judged by (`--as-of`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<Date>,
    /// A credential running out within this many days is expiring (`--expiring-days`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiring_days: Option<u32>,
    /// The coverage rules applied.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coverage_rules: Option<CoverageInfo>,
    /// Coverage of every skill across the team: critical skills first, worst first.
    #[serde(default)]
    pub coverage: Vec<SkillCoverage>,
    /// Coverage per group (`--by-group`), worst first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<GroupCoverage>,
    /// Per credential held by any member: how many hold it valid, expiring or expired.
    #[serde(default)]
    pub credentials: Vec<TeamCredential>,
    /// The credentials that run out soonest (not yet expired), soonest first.
    #[serde(default)]
    pub next_expiries: Vec<Expiry>,
    /// Who trains whom (`--pairs`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pairs: Option<Pairs>,
    /// The skills matrix (`--matrix`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub matrix: Option<TeamMatrix>,
    /// The files of the same run that hold every pair and every learner without a trainer
    /// (a JSON summary, a workbook), for a page that shows only a summary of them to name.
    /// Not part of the JSON.
    #[serde(skip)]
    pub full_lists: Vec<String>,
    /// The language its words are in (the rubric's words come from its translation). Not
    /// part of the JSON, which is always English.
    #[serde(skip)]
    pub lang: Lang,
}

/// One skill across the team.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TeamSkill {
    /// Skill id.
    pub id: String,
    /// Skill name.
    pub name: String,
    /// Members whose rating is below their target's requirement.
    pub short_count: u64,
    /// The same as a percentage of the members scored, to one decimal.
    pub short_percent: f64,
    /// Mean gap at the members' targets, over all members scored, to two decimals.
    pub mean_gap: f64,
    /// Sum of the members' priorities for this skill.
    pub priority: u64,
    /// Members with a review rating of this skill.
    #[serde(default)]
    pub reviewed_count: u64,
    /// Mean of own rating minus review rating, over the members with both, to two
    /// decimals: above 0, members rate themselves higher than their reviewers do. `null`
    /// when no member has both.
    #[serde(default)]
    pub mean_perception_gap: Option<f64>,
}

/// One level across the team.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TeamLevel {
    /// Level id.
    pub id: String,
    /// Level title.
    pub title: String,
    /// Members who meet it on its own conditions: readiness at the threshold, no blocking
    /// gap, every defining skill met. No member meets a level above their best level, but
    /// one may miss a level below it (a shortfall in that level's defining skill).
    #[serde(default)]
    pub met_count: u64,
    /// Members who reached it: their best level is this level or a higher one.
    pub reached_count: u64,
    /// Members whose best level it is (the highest level they meet).
    pub best_count: u64,
    /// Members who aim at it.
    pub target_count: u64,
}

/// A certification in the team's training plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TeamCert {
    /// Certification id.
    pub id: String,
    /// Full name.
    pub name: String,
    /// Skills whose team gaps it addresses (ids), not covered by an earlier pick.
    pub covers: Vec<String>,
    /// Team priority it covers.
    pub covered_priority: u64,
    /// Members who do not hold it and have a gap in a skill it builds.
    pub members_helped: u64,
    /// Cost for one person.
    pub cost_each: Cost,
    /// Lower end of the cost for all members helped, USD.
    pub total_cost_min_usd: u64,
    /// Upper end of the cost for all members helped, USD.
    pub total_cost_max_usd: u64,
    /// The credential (id) it is the first step toward, when it is in the plan because that
    /// one builds on it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step_toward: Option<String>,
}
