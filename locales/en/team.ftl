# skillgap's words in English. The team's summaries (src/team/, src/commands/team.rs, src/export/html/team*).
# Every message has its counterpart in locales/es/team.ftl (tests/catalogs.rs checks it);
# every id starts with "team-".

## The summary's heading and counts

team-title = Team summary: { $rubric }
team-as-of = as of { $day }
team-counts-scored = { $count ->
   *[other] { $n } members scored
}
team-counts-rejected = { $count ->
   *[other] { $n } rejected (see the messages above; they are not in these figures)
}
team-counts-none-rejected = none rejected
team-counts-reviewed = { $count ->
   *[other] { $n } with a review
}
team-review-legend = Reviewed: members whose reviews rate the skill ({ $reviewed } of { $scored } members have a review). Self − review: the mean of own rating minus the reviewers' rating over the members with both; above 0, members rate themselves higher than their reviewers do.

## The training plan

team-estimate = (estimate)
team-cert-helps = { $count ->
    [one] Helps { $n } member (team priority { $priority })
   *[other] Helps { $n } members (team priority { $priority })
}
team-cert-closes = Closes team gaps in: { $skills }
team-cert-cost = Cost: { $each } each; USD { $total } for all members helped
team-cert-cost-estimate = Cost: { $each } each; USD { $total } for all members helped (estimate)
team-cert-step = First step toward: { $name }, which builds on it

## Coverage

team-no-group = (no group)
team-whole-team = Whole team
team-verdict-covered = { $who }: every skill covered
team-verdict-nobody = nobody works on their own in { $skill }
team-verdict-single = { $skill } has one independent person — { $person }
team-verdict-low = { $count ->
    [one] { $skill } is below the minimum ({ $independent } independent, { $trainers } trainer)
   *[other] { $skill } is below the minimum ({ $independent } independent, { $trainers } trainers)
}
team-verdict-one = { $who }: { $main } ({ $critical ->
    [yes] critical skill
   *[no] skill
})
team-verdict-more = { $who }: { $main } ({ $critical ->
    [yes] critical skill
   *[no] skill
}); { $count ->
    [one] { $more } more skill not covered
   *[other] { $more } more skills not covered
}
team-verdict-more-critical = { $who }: { $main } ({ $critical ->
    [yes] critical skill
   *[no] skill
}); { $count ->
    [one] { $more } more skill not covered, { $critical_more } of them { $critical_count ->
       *[other] critical
    }
   *[other] { $more } more skills not covered, { $critical_more } of them { $critical_count ->
       *[other] critical
    }
}
team-status-none = none
team-status-single = single
team-status-low = low
team-status-ok = ok
team-status-single-person = single: { $person }
team-yes = yes
team-coverage-rule = { $count ->
    [one] A member works in a skill on their own from rating { $independent } and can train it from { $trainer }; a skill is covered with at least { $min_independent } independent and { $min_trainers } trainer. Critical skills first, worst first: none (nobody independent), single (one person: a single point of failure), low (below the minimum), ok.
   *[other] A member works in a skill on their own from rating { $independent } and can train it from { $trainer }; a skill is covered with at least { $min_independent } independent and { $min_trainers } trainers. Critical skills first, worst first: none (nobody independent), single (one person: a single point of failure), low (below the minimum), ok.
}
team-coverage-heading = Coverage: who can do each job
team-groups-heading = Coverage by group
team-groups-intro = { $count ->
   *[other] { $n } groups, worst first; one line each, then every skill not covered, worst first.
}
team-group-line = { $count ->
    [one] { $verdict } ({ $n } member)
   *[other] { $verdict } ({ $n } members)
}
team-groups-all-covered = Every group covers every skill.
team-more-uncovered = { $count ->
   *[other] … and { $n } more skills not covered; --format json lists them all.
}
team-more-pairs = { $count ->
   *[other] … and { $n } more pairs; --format json lists them all.
}
team-more-unpaired = { $count ->
   *[other] … and { $n } more learners without a trainer; --format json lists them all.
}

## Columns

team-col-skill = Skill
team-col-critical = Critical
team-col-independent = Independent
team-col-trainers = Trainers
team-col-status = Status
team-col-group = Group
team-col-credential = Credential
team-col-valid = Valid
team-col-expiring = Expiring
team-col-expired = Expired
team-col-learner = Learner
team-col-trainer = Trainer
team-col-trainer-group = Trainer's group
team-col-gap = Gap
team-col-priority = Priority
team-col-why = Why
team-col-member = Member
team-col-best-level = Best level
team-col-target = Target

## Certificates

team-certificates-heading = Certificates
team-certificates-rule = { $count ->
   *[other] As of { $day }: expiring means it runs out within { $days } days; an expired credential no longer counts as held.
}
team-today = today
team-certificates-future = Listed as earned after { $day }, so not counted as held yet (check the day): { $list }.
team-expiring-none = No credential with an end date runs out after this day.
team-expiring-soonest = Expiring soonest:
team-expiry = { $count ->
    [one] { $name } on { $day } ({ $days } day): { $member }
   *[other] { $name } on { $day } ({ $days } days): { $member }
}
team-expiry-group = { $count ->
    [one] { $name } on { $day } ({ $days } day): { $member }, { $group }
   *[other] { $name } on { $day } ({ $days } days): { $member }, { $group }
}

## Who trains whom

team-pairs-heading = Who trains whom
team-pairs-rule = Each member short of their target is paired with a trainer of the skill in their group, else in any group; each trainer takes at most { $load_count ->
    [one] { $load } learner
   *[other] { $load } learners
}; most urgent first. { $pairs_count ->
    [one] { $pairs } pair
   *[other] { $pairs } pairs
}; { $unpaired_count ->
    [one] { $unpaired } skill need
   *[other] { $unpaired } skill needs
} without a trainer (a member short in a skill no trainer could take).
team-unpaired-heading = Learners without a trainer
team-reason-no-trainer = nobody in the team can train it
team-reason-trainers-full = every trainer of it is full

## The skills matrix

team-matrix-heading = Skills matrix
team-matrix-title = { $count ->
   *[other] Skills matrix: { $n } members
}
team-matrix-legend = Each cell is the rating scored (0 when not rated); * marks a rating below what the member's target level requires.
team-matrix-columns = Columns are skill ids: { $list }.
team-matrix-none-yet = none yet
team-matrix-too-large = The matrix is not shown: { $n } members, more than --matrix-limit { $limit }. Write it to a CSV file (-o matrix.csv), which has no limit, or raise --matrix-limit.

## The summary's tables (terminal, Markdown, HTML)

team-skills-heading = Skills, most urgent for the team first
team-col-short = Short
team-col-short-percent = Short %
team-col-mean-gap = Mean gap
team-col-team-priority = Team priority
team-col-reviewed = Reviewed
team-col-self-review = Self − review
team-ladder-heading = The ladder
team-col-level = Level
team-col-reached = Reached
team-col-best-of = Best level of
team-col-aiming = Aiming at
team-no-level = No level reached yet: { $n }
team-training-heading = Training plan
team-nothing-to-fund = Nothing to fund: no certification covers a team gap.
team-nothing-to-fund-line = nothing to fund: no certification covers a team gap

## The team's page (HTML)

team-kicker = Team summary
team-at-a-glance = At a glance
team-figures = Figures:
team-critical-mark = ◆ marks a critical skill.
team-heat-whole-team = Whole team ({ $n })
team-heat-legend = share of members short:
team-heat-title = Share of members short in each skill
team-heat-desc = { $count ->
   *[other] Heatmap of { $n } skills, most urgent for the team first: the share of members whose rating is below what their target level requires, darker for more; critical skills are marked with a diamond. The figures are in the table Skills, most urgent for the team first.
}
team-bars-none = No level reached yet
team-bars-title = Best level reached, members per level
team-bars-desc = Bar chart of how many members have each level as their best level reached, and how many have reached none. The figures are in the table The ladder.
team-coverage-in-heatmap = Each skill's counts and status for the whole team are in the heatmap above.
team-footer = Made by skillgap with the rubric { $rubric }, version { $version }.
team-footer-offline = This page needs no network and no scripts; print it to keep it on paper or as a PDF.
team-matrix-footer = Made by skillgap. This page needs no network and no scripts.
team-heat-low-trainers = { $count ->
    [0] low: no trainer
    [one] low: { $n } trainer
   *[other] low: { $n } trainers
}
team-heat-low-on-own = low: { $n } on own
team-heat-critical-tag = ◆ critical
team-describe-none = nobody independent
team-describe-single = one person (single point of failure)
team-describe-low = below the minimum
team-describe-ok = covered
team-heat-title-worst = Coverage of each skill: the whole team and the { $shown } worst covered of { $n } groups, worst first
team-heat-title-groups = Coverage of each skill: the whole team and each group, worst first
team-heat-short = Short
team-heat-of-target = of target
team-heat-on-own = Team: on own
team-heat-trainers = Team: trainers
team-heat-members = { $count ->
    [one] { $n } member
   *[other] { $n } members
}
team-heat-rule = { $count ->
    [one] On own: members rated { $independent } or more, who work in the skill on their own; trainers: rated { $trainer } or more. Covered (ok) takes { $min_independent } on their own and { $min_trainers } trainer.
   *[other] On own: members rated { $independent } or more, who work in the skill on their own; trainers: rated { $trainer } or more. Covered (ok) takes { $min_independent } on their own and { $min_trainers } trainers.
}
team-heat-legend-line = ◆ marks a critical skill. Short of target: the share of members whose rating is below what their target level requires.
team-heat-groups-are-in = Each group's counts are in
team-full-list-run = The full list, learner by learner: run the same command with
team-full-list-under = under
team-or = or
team-and = and
team-full-list-sheet = sheet Pairs
team-full-list-in = The full list, learner by learner, is in
team-full-list-print = Full list: the team's JSON or workbook (not printed).
team-pairs-learners-col = Learners: skill, gap
team-pairs-learners = Learners
team-pairs-gap = gap { $gap }
team-pairs-more = { $count ->
   *[other] … and { $n } more pairs.
}
team-unpaired-col-without = Without a trainer
team-unpaired-col-places = Places
team-unpaired-col-paired = Paired
team-unpaired-intro = { $needs_count ->
    [one] { $needs } need
   *[other] { $needs } needs
} of { $learners_count ->
   *[other] { $learners } members
}, in { $skills_count ->
    [one] { $skills } skill
   *[other] { $skills } skills
}, have no trainer.
team-unpaired-some-nobody = In { $skills_count ->
    [one] { $skills } skill
   *[other] { $skills } skills
} nobody in the team can train the skill; in the others every trainer already has { $load_count ->
    [one] { $load } learner
   *[other] { $load } learners
}.
team-unpaired-all-full = In each, every trainer already has { $load_count ->
    [one] { $load } learner
   *[other] { $load } learners
}
team-unpaired-why-none = no trainer in the team
team-unpaired-why-full = trainers full
team-unpaired-line-needs = { $n } without a trainer;
team-unpaired-line-full = { $count ->
    [one] { $trainers } trainer
   *[other] { $trainers } trainers
} ({ $places } places), { $paired } paired in it; trainers full.
team-unpaired-legend = Trainers: members who can train the skill. Places: trainers × { $load }, the learners they can take, shared by every skill they can teach. Paired: learners given a trainer in the skill (see Who trains whom). No trainer in the team: { $none }; trainers full: { $full }.

## The callout at the top of the team's page

team-callout-label = What needs attention
team-callout-all-covered = No critical skill depends on one person, and someone works in every skill on their own.
team-callout-all-covered-groups = No critical skill depends on one person, and someone works in every skill on their own in every group.
team-callout-coverage = Coverage
team-callout-more = and { $n } more: see
team-callout-only-team = the only one in the team
team-callout-only-in = the only one in { $group }
team-callout-only-group = the only one in the group
team-callout-singles = { $count ->
    [one] { $n } critical skill depends on one person:
   *[other] { $n } critical skills depend on one person:
}
team-callout-and-more = and { $n } more
team-callout-nobody = { $count ->
    [one] { $n } skill has nobody who works in it on their own:
   *[other] { $n } skills have nobody who works in them on their own:
}
team-callout-critical = (critical)
team-callout-whole-team = the whole team
team-callout-none-short = No member is short of their target in any skill.
team-callout-urgent = Most urgent training:
team-callout-short = ({ $percent } short)
team-callout-pairs = { $count ->
    [one] { $n } trainer–learner pair
   *[other] { $n } trainer–learner pairs
}
team-callout-needs = { $count ->
    [one] { $n } need
   *[other] { $n } needs
}
team-callout-without = without a trainer
