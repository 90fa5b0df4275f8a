//! Team aggregates: where a whole team falls short, and which training to fund.
//!
//! Pure, like scoring. Each member is scored with [`crate::score::assess`] against their own
//! target, then folded into a [`TeamTally`] of fixed size (per skill, per level, per
//! certification), so memory does not grow with the number of members. Tallies hold only
//! integer sums, so merging the tallies of chunks scored on different threads gives the same
//! result in any order.

use super::coverage::{CoverageTally, GroupTallies, groups};
use super::expiry::CertTally;
use super::summary::{TeamCert, TeamLevel, TeamSkill, TeamSummary};
use crate::credentials::{Date, Window};
use crate::figures::round_to;
use crate::profile::Profile;
use crate::rubric::{CoverageRules, Rubric, RubricInfo};
use crate::score::{Assessment, Detail, assess, assess_into};

/// What a tally counts beyond the fixed sums: the day credentials are judged by, the
/// coverage rules, and whether to count coverage per group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TallyOptions {
    /// The day of the assessment and the expiring window.
    pub window: Window,
    /// The coverage rules (the rubric's, with any overrides from the command line).
    pub rules: CoverageRules,
    /// Count coverage per group too.
    pub by_group: bool,
    /// Today: a member's review dated more than a year after it is refused.
    pub today: Date,
}

impl TallyOptions {
    /// The rubric's rules, no groups, credentials judged on `as_of` with a 90-day window.
    pub fn new(rubric: &Rubric, as_of: Date) -> TallyOptions {
        TallyOptions {
            window: Window {
                as_of,
                expiring_days: 90,
            },
            rules: rubric.coverage,
            by_group: false,
            today: as_of,
        }
    }
}

/// Version of the JSON team summary's layout.
pub const TEAM_SCHEMA_VERSION: u32 = 2;

/// Running sums over the members scored so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamTally {
    /// Members scored.
    pub scored: u64,
    /// Members whose record was rejected.
    pub rejected: u64,
    /// Lines that held only white space (of any kind), skipped.
    pub blank_lines: u64,
    /// Per skill: members below their target's requirement.
    pub short: Vec<u64>,
    /// Per skill, members with a rating of it (asked, and not left blank).
    pub rated: Vec<u64>,
    /// Per skill: sum of gaps at each member's target.
    pub gap_sum: Vec<u64>,
    /// Per skill: sum of members' priorities.
    pub priority: Vec<u64>,
    /// Per level: members who meet it (its own conditions; see [`crate::score`]).
    pub met: Vec<u64>,
    /// Per level: members whose best level it is.
    pub best: Vec<u64>,
    /// Members who reached no level.
    pub no_level: u64,
    /// Per level: members who aim at it.
    pub targets: Vec<u64>,
    /// Per certification: members who do not hold it and have a gap in a skill it builds.
    pub cert_helped: Vec<u64>,
    /// Per certification, per skill it builds (in `Rubric::cert_skills` order): priority of
    /// the members who do not hold it.
    pub cert_priority: Vec<Vec<u64>>,
    /// Members with at least one review.
    pub members_reviewed: u64,
    /// Per skill: members with a review rating.
    pub reviewed: Vec<u64>,
    /// Per skill: sum of own rating minus review rating, over members with both.
    pub perception_sum: Vec<i64>,
    /// Per skill: members with both an own rating and a review rating.
    pub perception_count: Vec<u64>,
    /// Per certification, the skills it builds as a bit set (all bits when the rubric has
    /// more than 64 skills), to skip certifications that touch none of a member's gaps.
    cert_masks: Vec<u64>,
    /// Coverage of every skill across the team.
    pub coverage: CoverageTally,
    /// Coverage per group, when asked for.
    pub groups: Option<GroupTallies>,
    /// Credential states and the soonest expiries.
    pub certs: CertTally,
    /// What else is counted, and how.
    pub options: TallyOptions,
}

impl TeamTally {
    /// An empty tally for a rubric, with [`TallyOptions::new`] on 1970-01-01 (for tests and
    /// benchmarks of the fixed sums).
    pub fn new(rubric: &Rubric) -> TeamTally {
        TeamTally::with(rubric, TallyOptions::new(rubric, Date::from_days(0)))
    }

    /// An empty tally that counts as `options` say.
    pub fn with(rubric: &Rubric, options: TallyOptions) -> TeamTally {
        let skills = rubric.skills.len();
        let levels = rubric.levels.len();
        TeamTally {
            scored: 0,
            rejected: 0,
            blank_lines: 0,
            short: vec![0; skills],
            rated: vec![0; skills],
            gap_sum: vec![0; skills],
            priority: vec![0; skills],
            met: vec![0; levels],
            best: vec![0; levels],
            no_level: 0,
            targets: vec![0; levels],
            members_reviewed: 0,
            reviewed: vec![0; skills],
            perception_sum: vec![0; skills],
            perception_count: vec![0; skills],
            cert_helped: vec![0; rubric.certifications.len()],
            cert_priority: (0..rubric.certifications.len())
                .map(|c| vec![0; rubric.cert_skills(c).len()])
                .collect(),
            cert_masks: (0..rubric.certifications.len())
                .map(|c| {
                    if skills > 64 {
                        u64::MAX
                    } else {
                        rubric.cert_skills(c).iter().fold(0, |m, &s| m | 1 << s)
                    }
                })
                .collect(),
            coverage: CoverageTally::new(skills),
            groups: options.by_group.then(GroupTallies::default),
            certs: CertTally::new(rubric),
            options,
        }
    }

    /// Groups counted so far (0 without `by_group`).
    pub fn group_count(&self) -> usize {
        self.groups.as_ref().map_or(0, |g| g.len())
    }

    /// Scores one member and adds them; returns their assessment.
    pub fn add(&mut self, rubric: &Rubric, profile: &Profile) -> Assessment {
        let a = assess(rubric, profile, None);
        let record = self.scored as usize + 1;
        let who = || {
            profile
                .name
                .clone()
                .unwrap_or_else(|| format!("member {record}"))
        };
        self.add_member(rubric, profile, &a, record, &who);
        a
    }

    /// Scores one member into `scratch` (reused from member to member) and adds them.
    pub fn add_into(&mut self, rubric: &Rubric, profile: &Profile, scratch: &mut Assessment) {
        assess_into(rubric, profile, None, scratch, Detail::Standing);
        let record = self.scored as usize + 1;
        let who = || {
            profile
                .name
                .clone()
                .unwrap_or_else(|| format!("member {record}"))
        };
        self.add_member(rubric, profile, scratch, record, &who);
    }

    /// Adds a member already scored: `record` is their place in the input and `who` names
    /// them (asked only when a figure names them).
    pub fn add_member(
        &mut self,
        rubric: &Rubric,
        profile: &Profile,
        a: &Assessment,
        record: usize,
        who: &dyn Fn() -> String,
    ) {
        self.add_sums(rubric, profile, a);
        let ratings = profile.scored_ratings();
        self.coverage.add(&self.options.rules, ratings, who);
        if let Some(groups) = &mut self.groups {
            // Looked up by reference first: most members join a group already seen.
            let tally = match groups.get_mut(&profile.group) {
                Some(t) => t,
                None => groups
                    .entry(profile.group.clone())
                    .or_insert_with(|| CoverageTally::new(rubric.skills.len())),
            };
            tally.add(&self.options.rules, ratings, who);
        }
        if !profile.credentials.is_empty() {
            self.certs.add(self.options.window, profile, record, who);
        }
    }

    /// The fixed sums: gaps, levels and the training plan.
    fn add_sums(&mut self, rubric: &Rubric, profile: &Profile, a: &Assessment) {
        self.scored += 1;
        let mut gaps: u64 = 0;
        for (s, sc) in a.skills.iter().enumerate() {
            self.rated[s] += u64::from(sc.rating.is_some());
            if sc.gap > 0 {
                self.short[s] += 1;
                self.gap_sum[s] += u64::from(sc.gap);
                self.priority[s] += u64::from(sc.priority);
                gaps |= 1u64.checked_shl(s as u32).unwrap_or(u64::MAX);
            }
        }
        for (met, ls) in self.met.iter_mut().zip(&a.levels) {
            *met += u64::from(ls.met);
        }
        match a.best {
            Some(b) => self.best[b] += 1,
            None => self.no_level += 1,
        }
        self.targets[a.target] += 1;
        if !profile.reviews().is_empty() {
            self.add_reviews(profile);
        }
        for c in 0..rubric.certifications.len() {
            if gaps & self.cert_masks[c] == 0 || profile.certifications.binary_search(&c).is_ok() {
                continue;
            }
            let mut helped = false;
            let builds = rubric.cert_builds(c);
            for (k, &s) in rubric.cert_skills(c).iter().enumerate() {
                let p = a.skills[s].priority;
                // A credential helps only a member it would take above their rating.
                if p > 0 && crate::recommend::raises(builds[k], a.skills[s].rating) {
                    helped = true;
                    self.cert_priority[c][k] += u64::from(p);
                }
            }
            if helped {
                self.cert_helped[c] += 1;
            }
        }
    }

    /// Adds what a member's reviews say: which skills a review rates, and how far the
    /// member's own ratings are from the reviewers'. Nobody is named: the tally holds counts.
    fn add_reviews(&mut self, profile: &Profile) {
        self.members_reviewed += 1;
        for s in 0..self.reviewed.len() {
            if profile.review_rating(s).is_some() {
                self.reviewed[s] += 1;
            }
            if let Some(g) = profile.perception_gap(s) {
                self.perception_sum[s] += i64::from(g);
                self.perception_count[s] += 1;
            }
        }
    }

    /// Adds the sums of another tally (from another chunk of members).
    /// Adds the sums of another tally (from the chunk of members that comes next in the
    /// input: the first independent person of a skill is kept from the earlier one).
    pub fn merge(&mut self, other: &TeamTally) {
        fn add(a: &mut [u64], b: &[u64]) {
            for (x, y) in a.iter_mut().zip(b) {
                *x += y;
            }
        }
        self.scored += other.scored;
        self.rejected += other.rejected;
        self.blank_lines += other.blank_lines;
        add(&mut self.short, &other.short);
        add(&mut self.rated, &other.rated);
        add(&mut self.gap_sum, &other.gap_sum);
        add(&mut self.priority, &other.priority);
        add(&mut self.met, &other.met);
        add(&mut self.best, &other.best);
        self.no_level += other.no_level;
        add(&mut self.targets, &other.targets);
        self.members_reviewed += other.members_reviewed;
        add(&mut self.reviewed, &other.reviewed);
        add(&mut self.perception_count, &other.perception_count);
        for (x, y) in self.perception_sum.iter_mut().zip(&other.perception_sum) {
            *x += y;
        }
        add(&mut self.cert_helped, &other.cert_helped);
        for (a, b) in self.cert_priority.iter_mut().zip(&other.cert_priority) {
            add(a, b);
        }
        self.coverage.merge(&other.coverage);
        if let (Some(mine), Some(theirs)) = (&mut self.groups, &other.groups) {
            for (id, t) in theirs {
                match mine.get_mut(id) {
                    Some(m) => m.merge(t),
                    None => {
                        mine.insert(id.clone(), t.clone());
                    }
                }
            }
        }
        self.certs.merge(&other.certs);
    }

    /// The training plan. Greedy: each time the certification covering the largest team
    /// priority still uncovered; a skill counts once.
    fn training_plan(&self, rubric: &Rubric, max_certs: usize) -> Vec<TeamCert> {
        let mut covered = vec![false; rubric.skills.len()];
        let mut chosen = vec![false; rubric.certifications.len()];
        let mut certifications = Vec::new();
        while certifications.len() < max_certs {
            // The team priority a credential still covers.
            let priority = |c: usize| -> u64 {
                rubric
                    .cert_skills(c)
                    .iter()
                    .enumerate()
                    .filter(|&(_, &s)| !covered[s])
                    .map(|(k, _)| self.cert_priority[c][k])
                    .sum()
            };
            let best = (0..rubric.certifications.len())
                .filter(|&c| !chosen[c])
                .map(|c| (c, priority(c)))
                .filter(|&(_, p)| p > 0)
                .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)));
            let Some((best, _)) = best else { break };
            // As for a person: never before the credentials it builds on that would help
            // someone (not held, nor outgrown, across the team). Those come first, each as
            // a step toward the next, and leave the gaps they help with to the one they lead
            // to.
            let mut path = rubric.cert_path(best, |b| chosen[b] || priority(b) == 0);
            path.truncate(max_certs - certifications.len());
            for (c, step_toward) in path {
                certifications.push(self.plan_entry(rubric, c, &covered, step_toward));
                chosen[c] = true;
                if step_toward.is_none() {
                    for &s in rubric.cert_skills(c) {
                        covered[s] = true;
                    }
                }
            }
        }
        certifications
    }

    /// One credential of the training plan, with the team gaps it covers that no earlier
    /// pick did.
    fn plan_entry(
        &self,
        rubric: &Rubric,
        c: usize,
        covered: &[bool],
        step_toward: Option<usize>,
    ) -> TeamCert {
        let cert = &rubric.certifications[c];
        let open: Vec<usize> = (0..rubric.cert_skills(c).len())
            .filter(|&k| !covered[rubric.cert_skills(c)[k]])
            .collect();
        let helped = self.cert_helped[c];
        let total = |x: u32| u64::from(x).saturating_mul(helped);
        TeamCert {
            id: cert.id.clone(),
            name: cert.name.clone(),
            covers: open
                .iter()
                .map(|&k| rubric.skills[rubric.cert_skills(c)[k]].id.clone())
                .collect(),
            covered_priority: open.iter().map(|&k| self.cert_priority[c][k]).sum(),
            members_helped: helped,
            cost_each: cert.cost.clone(),
            total_cost_min_usd: total(cert.cost.min_usd),
            total_cost_max_usd: total(cert.cost.max_usd),
            step_toward: step_toward.map(|t| rubric.certifications[t].id.clone()),
        }
    }

    /// Every skill across the team, most urgent first.
    fn skill_rows(&self, rubric: &Rubric) -> Vec<TeamSkill> {
        let per_member = |x: u64| {
            if self.scored == 0 {
                0.0
            } else {
                round_to(x as f64 / self.scored as f64, 2)
            }
        };
        let mut skills: Vec<TeamSkill> = rubric
            .skills
            .iter()
            .enumerate()
            .map(|(s, skill)| TeamSkill {
                id: skill.id.clone(),
                name: skill.name.clone(),
                short_count: self.short[s],
                short_percent: round_to(100.0 * per_member_exact(self.short[s], self.scored), 1),
                mean_gap: per_member(self.gap_sum[s]),
                priority: self.priority[s],
                reviewed_count: self.reviewed[s],
                mean_perception_gap: (self.perception_count[s] > 0).then(|| {
                    round_to(
                        self.perception_sum[s] as f64 / self.perception_count[s] as f64,
                        2,
                    )
                }),
            })
            .collect();
        // Most urgent first; the rubric order breaks ties so the output is stable.
        skills.sort_by(|a, b| {
            b.priority
                .cmp(&a.priority)
                .then(b.short_count.cmp(&a.short_count))
        });
        skills
    }

    /// Members who reached level `l`: those whose best level is `l` or higher.
    pub fn reached_count(&self, l: usize) -> u64 {
        self.best[l..].iter().sum()
    }

    /// The summary: skills most urgent first, the ladder, and a training plan of at most
    /// `max_certs` certifications.
    pub fn summary(&self, rubric: &Rubric, max_certs: usize) -> TeamSummary {
        let skills = self.skill_rows(rubric);

        let levels = rubric
            .levels
            .iter()
            .enumerate()
            .map(|(l, level)| TeamLevel {
                id: level.id.clone(),
                title: level.title.clone(),
                met_count: self.met[l],
                reached_count: self.reached_count(l),
                best_count: self.best[l],
                target_count: self.targets[l],
            })
            .collect();

        let certifications = self.training_plan(rubric, max_certs);
        let rules = &self.options.rules;
        let (credentials, next_expiries) = self.certs.summary(rubric, self.options.window);
        TeamSummary {
            schema_version: TEAM_SCHEMA_VERSION,
            rubric: RubricInfo::of(rubric),
            title: None,
            site: None,
            members_scored: self.scored,
            members_rejected: self.rejected,
            members_without_level: self.no_level,
            blank_lines: self.blank_lines,
            members_reviewed: self.members_reviewed,
            skills,
            levels,
            certifications,
            as_of: Some(self.options.window.as_of),
            expiring_days: Some(self.options.window.expiring_days),
            coverage_rules: Some((*rules).into()),
            coverage: self.coverage.skills(rubric, rules),
            groups: self
                .groups
                .as_ref()
                .map(|g| groups(g, rubric, rules))
                .unwrap_or_default(),
            credentials,
            next_expiries,
            pairs: None,
            matrix: None,
            full_lists: Vec::new(),
            lang: crate::i18n::Lang::En,
        }
    }
}

fn per_member_exact(x: u64, n: u64) -> f64 {
    if n == 0 { 0.0 } else { x as f64 / n as f64 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tally_of_two_chunks_equals_tally_of_all() {
        let r = Rubric::builtin();
        let mut members = Vec::new();
        for i in 0..12u8 {
            let mut p = Profile::empty(&r);
            p.ratings = (0..r.skills.len())
                .map(|s| Some(((s as u8) + i) % 5))
                .collect();
            p.target = if i % 3 == 0 {
                None
            } else {
                Some(usize::from(i) % 6)
            };
            if i % 4 == 0 {
                p.certifications = vec![1];
            }
            if i % 2 == 0 {
                p.set_reviews(vec![crate::profile::Review {
                    person: String::new(),
                    reviewer: "R".into(),
                    role: crate::profile::Role::Supervisor,
                    date: crate::date::Date::parse_explained("2026-11-20").unwrap(),
                    ratings: (0..r.skills.len())
                        .map(|s| (s % 3 != 0).then_some((s as u8 + 2 * i) % 5))
                        .collect(),
                    notes: Vec::new(),
                    schema: None,
                }]);
            }
            members.push(p);
        }
        let mut all = TeamTally::new(&r);
        for p in &members {
            all.add(&r, p);
        }
        let mut a = TeamTally::new(&r);
        let mut b = TeamTally::new(&r);
        for p in &members[..5] {
            a.add(&r, p);
        }
        for p in &members[5..] {
            b.add(&r, p);
        }
        // Chunks merge in input order: the earlier one takes in the later one.
        a.merge(&b);
        assert_eq!(a, all);
        assert_eq!(all.scored, 12);
        assert_eq!(all.best.iter().sum::<u64>() + all.no_level, 12);
        assert_eq!(all.members_reviewed, 6);
        assert_eq!(all.reviewed[1], 6);
        assert_eq!(all.reviewed[0], 0, "not observed");
        let summary = all.summary(&r, 3);
        let first = summary
            .skills
            .iter()
            .find(|s| s.id == r.skills[0].id)
            .unwrap();
        assert_eq!(first.mean_perception_gap, None);
        let second = summary
            .skills
            .iter()
            .find(|s| s.id == r.skills[1].id)
            .unwrap();
        let by_hand: i64 = members
            .iter()
            .filter_map(|p| p.perception_gap(1))
            .map(i64::from)
            .sum();
        assert_eq!(
            second.mean_perception_gap,
            Some(crate::figures::round_to(by_hand as f64 / 6.0, 2))
        );
    }

    #[test]
    fn summary_orders_skills_by_team_priority_and_plans_training() {
        let r = Rubric::builtin();
        let mut t = TeamTally::new(&r);
        for _ in 0..3 {
            let mut p = Profile::empty(&r);
            p.ratings = vec![Some(2); r.skills.len()];
            p.ratings[r.skill_index("health-safety").unwrap()] = Some(0);
            p.target = r.level_index("specialist");
            t.add(&r, &p);
        }
        let s = t.summary(&r, 5);
        assert_eq!(s.members_scored, 3);
        assert_eq!(s.skills[0].id, "health-safety");
        assert_eq!(s.skills[0].short_count, 3);
        assert_eq!(s.skills[0].short_percent, 100.0);
        assert_eq!(s.skills[0].mean_gap, 2.0);
        assert_eq!(s.skills[0].priority, 3 * 5 * 2);
        assert_eq!(s.skills[1].short_count, 0);
        let first = &s.certifications[0];
        assert!(first.covers.contains(&"health-safety".to_string()));
        assert_eq!(first.members_helped, 3);
        assert_eq!(first.covered_priority, 30);
        assert_eq!(s.certifications.len(), 1, "one gap, one certification");
        let specialist = s.levels.iter().find(|l| l.id == "specialist").unwrap();
        assert_eq!(specialist.target_count, 3);
        assert_eq!(specialist.reached_count, 0, "a gap of 2 blocks the level");
    }
}
