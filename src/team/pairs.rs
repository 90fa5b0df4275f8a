//! Cross-training pairs: who trains whom next.
//!
//! For every skill in which members fall short of their target, each such learner is paired
//! with a trainer of that skill (a member rated at least `coverage.trainer`): one in the
//! learner's group when any has room, else one in any group. Each trainer takes at most
//! `trainer_load` learners in all, across skills. Learners are taken most urgent first
//! (importance × gap), ties in input order then rubric order; trainers in input order, each
//! until full. So the same input always gives the same pairs.
//!
//! Unlike the other team figures this needs the learners and trainers themselves, so its
//! memory grows with the members who are short or who can train (see the README).

use std::collections::HashMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::profile::Profile;
use crate::rubric::Rubric;
use crate::score::Assessment;

/// A member who learns or trains. Shared, not copied, by every pair that names them: a
/// learner may be short in many skills.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Person {
    label: Arc<str>,
    group: Option<Arc<str>>,
}

/// One learner's need in one skill.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Need {
    member: u32,
    skill: u16,
    gap: u8,
    priority: u32,
}

/// The learners and trainers gathered from the input, in input order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PairInput {
    people: Vec<Person>,
    needs: Vec<Need>,
    /// (skill, member), in input order.
    trainers: Vec<(u16, u32)>,
}

impl PairInput {
    /// Adds a scored member, if they are short of their target anywhere or can train.
    pub fn add(
        &mut self,
        rubric: &Rubric,
        profile: &Profile,
        a: &Assessment,
        who: &dyn Fn() -> String,
    ) {
        let member = self.people.len() as u32;
        let mut any = false;
        for (s, sc) in a.skills.iter().enumerate() {
            if sc.gap > 0 {
                self.needs.push(Need {
                    member,
                    skill: s as u16,
                    gap: sc.gap,
                    priority: sc.priority,
                });
                any = true;
            }
            if profile.scored_ratings().get(s).unwrap_or(0) >= rubric.coverage.trainer {
                self.trainers.push((s as u16, member));
                any = true;
            }
        }
        if any {
            self.people.push(Person {
                label: who().into(),
                group: profile.group.as_deref().map(Arc::from),
            });
        }
    }

    /// Adds the members that come after these in the input.
    pub fn append(&mut self, later: PairInput) {
        let offset = self.people.len() as u32;
        self.people.extend(later.people);
        self.needs.extend(later.needs.into_iter().map(|n| Need {
            member: n.member + offset,
            ..n
        }));
        self.trainers
            .extend(later.trainers.into_iter().map(|(s, m)| (s, m + offset)));
    }

    /// Pairs learners with trainers, each trainer taking at most `load` learners.
    pub fn pair(self, rubric: &Rubric, load: u32) -> Pairs {
        let skills = rubric.skills.len();
        // Groups as numbers, so comparing them costs nothing.
        let mut group_ids: HashMap<&Option<Arc<str>>, u32> = HashMap::new();
        let group: Vec<u32> = self
            .people
            .iter()
            .map(|p| {
                let n = group_ids.len() as u32;
                *group_ids.entry(&p.group).or_insert(n)
            })
            .collect();
        // Trainers per skill, and per skill and group, in input order; with a cursor past
        // those already full (a trainer's load only grows).
        let mut by_skill: Vec<Vec<u32>> = vec![Vec::new(); skills];
        let mut by_group: HashMap<(u16, u32), Vec<u32>> = HashMap::new();
        for &(s, m) in &self.trainers {
            by_skill[usize::from(s)].push(m);
            by_group.entry((s, group[m as usize])).or_default().push(m);
        }
        let mut cursor_skill = vec![0usize; skills];
        let mut cursor_group: HashMap<(u16, u32), usize> = HashMap::new();
        let mut taken = vec![0u32; self.people.len()];

        let mut needs = self.needs;
        needs.sort_by(|a, b| {
            b.priority
                .cmp(&a.priority)
                .then(a.member.cmp(&b.member))
                .then(a.skill.cmp(&b.skill))
        });
        let mut pairs = Vec::new();
        let mut unpaired = Vec::new();
        let person = |m: u32| &self.people[m as usize];
        let skill_ids: Vec<Arc<str>> = rubric
            .skills
            .iter()
            .map(|k| Arc::from(k.id.as_str()))
            .collect();
        for need in needs {
            let g = group[need.member as usize];
            let key = (need.skill, g);
            let in_group = by_group.get(&key).and_then(|list| {
                let cursor = cursor_group.entry(key).or_default();
                first_free(list, cursor, &taken, load, need.member)
            });
            let trainer = in_group.or_else(|| {
                first_free(
                    &by_skill[usize::from(need.skill)],
                    &mut cursor_skill[usize::from(need.skill)],
                    &taken,
                    load,
                    need.member,
                )
            });
            let skill = &skill_ids[usize::from(need.skill)];
            let learner = person(need.member);
            match trainer {
                Some(t) => {
                    taken[t as usize] += 1;
                    let trainer = person(t);
                    pairs.push(Pair {
                        skill: skill.clone(),
                        learner: learner.label.clone(),
                        learner_group: learner.group.clone(),
                        trainer: trainer.label.clone(),
                        trainer_group: trainer.group.clone(),
                        same_group: group[t as usize] == g,
                        gap: need.gap,
                        priority: need.priority,
                    });
                }
                None => {
                    let others = by_skill[usize::from(need.skill)]
                        .iter()
                        .any(|&t| t != need.member);
                    unpaired.push(Unpaired {
                        skill: skill.clone(),
                        learner: learner.label.clone(),
                        learner_group: learner.group.clone(),
                        gap: need.gap,
                        priority: need.priority,
                        reason: if others {
                            UnpairedReason::TrainersFull
                        } else {
                            UnpairedReason::NoTrainer
                        },
                    });
                }
            }
        }
        Pairs {
            trainer_load: load,
            pairs,
            unpaired,
        }
    }
}

/// The first trainer in `list` from `cursor` on with room, other than `learner`; moves the
/// cursor past trainers already full.
fn first_free(
    list: &[u32],
    cursor: &mut usize,
    taken: &[u32],
    load: u32,
    learner: u32,
) -> Option<u32> {
    while *cursor < list.len() && taken[list[*cursor] as usize] >= load {
        *cursor += 1;
    }
    list[*cursor..]
        .iter()
        .copied()
        .find(|&t| t != learner && taken[t as usize] < load)
}

/// Who trains whom.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Pairs {
    /// The most learners one trainer takes (`--trainer-load`).
    pub trainer_load: u32,
    /// Learner and trainer, most urgent first.
    pub pairs: Vec<Pair>,
    /// Learners no trainer could take, most urgent first.
    pub unpaired: Vec<Unpaired>,
}

/// A learner and their trainer in one skill.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Pair {
    /// Skill id (the summary's `skills` give its name).
    pub skill: Arc<str>,
    /// Who learns.
    pub learner: Arc<str>,
    /// Their group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub learner_group: Option<Arc<str>>,
    /// Who trains.
    pub trainer: Arc<str>,
    /// Their group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trainer_group: Option<Arc<str>>,
    /// Whether both are in the same group.
    pub same_group: bool,
    /// The learner's gap at their target.
    pub gap: u8,
    /// Importance × gap.
    pub priority: u32,
}

/// A learner no trainer could take.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Unpaired {
    /// Skill id (the summary's `skills` give its name).
    pub skill: Arc<str>,
    /// Who learns.
    pub learner: Arc<str>,
    /// Their group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub learner_group: Option<Arc<str>>,
    /// The learner's gap at their target.
    pub gap: u8,
    /// Importance × gap.
    pub priority: u32,
    /// Why: `no_trainer` (nobody in the team can train the skill) or `trainers_full`
    /// (everyone who can already has `trainer_load` learners).
    pub reason: UnpairedReason,
}

/// Why a learner has no trainer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum UnpairedReason {
    /// Nobody in the team can train the skill.
    NoTrainer,
    /// Every trainer of the skill already has as many learners as allowed.
    TrainersFull,
}

impl UnpairedReason {
    /// The reason in words (English: the workbook's).
    pub fn describe(self) -> String {
        self.describe_in(crate::i18n::Lang::En)
    }

    /// The reason in words, in `lang`.
    pub fn describe_in(self, lang: crate::i18n::Lang) -> String {
        match self {
            UnpairedReason::NoTrainer => crate::tr!(lang, "team-reason-no-trainer"),
            UnpairedReason::TrainersFull => crate::tr!(lang, "team-reason-trainers-full"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::assess;

    /// A member at `rating` in every skill but `skill`, where they are at `at`; aiming at
    /// specialist (requirements 1 and 2).
    fn member(r: &Rubric, name: &str, group: &str, skill: usize, at: u8) -> (Profile, String) {
        let mut p = Profile::empty(r);
        p.ratings = vec![Some(2); r.skills.len()];
        p.ratings[skill] = Some(at);
        p.target = r.level_index("specialist");
        p.group = Some(group.into());
        (p, name.into())
    }

    fn pairs_of(r: &Rubric, members: &[(Profile, String)], load: u32) -> Pairs {
        let mut input = PairInput::default();
        for (p, name) in members {
            let a = assess(r, p, None);
            input.add(r, p, &a, &|| name.clone());
        }
        input.pair(r, load)
    }

    #[test]
    fn learners_train_in_their_group_first_and_trainers_stop_at_their_load() {
        let r = Rubric::builtin();
        let hs = r.skill_index("health-safety").unwrap();
        let members = vec![
            member(&r, "T-north", "north", hs, 4),
            member(&r, "T-south", "south", hs, 4),
            member(&r, "L1-south", "south", hs, 0),
            member(&r, "L2-south", "south", hs, 1),
            member(&r, "L3-north", "north", hs, 0),
            member(&r, "L4-south", "south", hs, 0),
            member(&r, "L5-south", "south", hs, 0),
        ];
        let p = pairs_of(&r, &members, 2);
        let got: Vec<(&str, &str, bool)> = p
            .pairs
            .iter()
            .map(|x| (&*x.learner, &*x.trainer, x.same_group))
            .collect();
        // Gap 2 first, in input order, then the gap of 1; south's trainer fills up, so the
        // next south learner goes to north's; then north is full too.
        assert_eq!(
            got,
            [
                ("L1-south", "T-south", true),
                ("L3-north", "T-north", true),
                ("L4-south", "T-south", true),
                ("L5-south", "T-north", false),
            ]
        );
        assert_eq!(p.unpaired.len(), 1);
        assert_eq!(&*p.unpaired[0].learner, "L2-south");
        assert_eq!(p.unpaired[0].reason, UnpairedReason::TrainersFull);

        let more = pairs_of(&r, &members, 3);
        assert!(
            more.unpaired.is_empty(),
            "with room for three each, all are paired"
        );
        let one = pairs_of(&r, &members, 1);
        assert_eq!(one.pairs.len(), 2, "a load of one: two trainers, two pairs");
    }

    #[test]
    fn without_a_trainer_the_reason_says_so_and_the_result_never_varies() {
        let r = Rubric::builtin();
        let hs = r.skill_index("health-safety").unwrap();
        let members = vec![
            member(&r, "A", "x", hs, 0),
            member(&r, "B", "y", hs, 1),
            member(&r, "C", "x", hs, 3),
        ];
        let p = pairs_of(&r, &members, 2);
        assert!(p.pairs.is_empty());
        assert_eq!(p.unpaired.len(), 2);
        assert!(
            p.unpaired
                .iter()
                .all(|u| u.reason == UnpairedReason::NoTrainer)
        );
        assert_eq!(&*p.unpaired[0].learner, "A", "the larger gap first");
        // The same input in two chunks gives the same pairs.
        let mut members = members;
        members.push(member(&r, "T", "y", hs, 4));
        let whole = pairs_of(&r, &members, 1);
        let mut first = PairInput::default();
        let mut second = PairInput::default();
        for (i, (p, name)) in members.iter().enumerate() {
            let a = assess(&r, p, None);
            let half = if i < 2 { &mut first } else { &mut second };
            half.add(&r, p, &a, &|| name.clone());
        }
        first.append(second);
        assert_eq!(first.pair(&r, 1), whole);
        assert_eq!(whole.pairs.len(), 1);
        assert_eq!(&*whole.pairs[0].learner, "A");
        assert_eq!(&*whole.pairs[0].trainer, "T");
        assert!(!whole.pairs[0].same_group, "no trainer in x: any group");
        assert_eq!(whole.unpaired[0].reason, UnpairedReason::TrainersFull);
    }
}
