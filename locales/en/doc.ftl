# skillgap's words in English. How the report is laid out in each format: headings, table columns, labels (src/export/).
# Every message has its counterpart in locales/es/doc.ftl (tests/catalogs.rs checks it);
# every id starts with "doc-".

## Every format: headings and the words around the figures

doc-report-kind = Skill gap report
doc-warning = warning:
doc-warnings-heading = Warnings
doc-skills-heading = Skills against { $level }
doc-skills-intro = Most urgent first. Scale: { $scale }. Priority is importance × gap.
doc-strengths = Strengths:
doc-levels-heading = Readiness by level
doc-reach-rule = A level is { $rule }.
doc-next-heading = What stands before { $level }
doc-salary-heading = Salary context
doc-source = Source: { $source }.
doc-certs-heading = Certifications that close the most important gaps
doc-steps-heading = Next steps, in order
doc-steps-none = No gaps at the target level.
doc-step = { $rating } now, { $required } needed (priority { $priority })
doc-your-evidence = Your evidence:
doc-glossary-heading = Words used in this report
doc-cost-estimate = { $cost } (estimate)
doc-yes = yes
doc-no = no
doc-and = { $first } and { $last }
doc-and-more = { $first } and { $count } more

## Table columns

doc-col-skill = Skill
doc-col-type = Type
doc-col-category = Category
doc-col-rating = Rating
doc-col-rating-short = Rating
doc-col-self = Self
doc-col-self-short = Self
doc-col-review = Review
doc-col-review-short = Rev.
doc-col-required = Required
doc-col-needs = Needs
doc-col-gap = Gap
doc-col-priority = Priority
doc-col-priority-short = Prio.
doc-col-evidence = Evidence
doc-col-level = Level
doc-col-years = Years
doc-col-readiness = Readiness
doc-col-ready = Ready
doc-col-bar = 0% to 100%
doc-col-reached = Reached
doc-col-pay = Median pay
doc-col-pay-short = Pay
doc-col-path = Path
doc-col-cost = Cost
doc-col-duration = Duration
doc-col-note = Note

## Skill categories (the short ones fit a narrow terminal's table)

doc-category-technical = technical
doc-category-soft = soft
doc-category-leadership = leadership
doc-category-technical-short = tech
doc-category-soft-short = soft
doc-category-leadership-short = lead

## Reviewers' roles

doc-role-supervisor = supervisor
doc-role-trainer = trainer
doc-role-peer = peer
doc-role-assessor = assessor

## The terminal report

doc-table-skills-heading = Skills against { $level }, most urgent first (priority = importance × gap)
doc-table-evidence-note = * with evidence (shown under the skill in the next steps)
doc-table-levels-heading = Readiness by level ({ $rule })
doc-table-salary = Salary:
doc-table-source = (source: { $source })

## The HTML page

doc-html-answer = The answer
doc-html-measured-against = Measured against
doc-html-next-link = What stands before the next level
doc-html-glance = At a glance
doc-html-figures = Figures:
doc-html-dots-caption = Rows are grouped by category, the largest gap first. Scale: { $scale }.
doc-html-skills-key = ✓ no gap · ⚠ a gap of { $gap } or more blocks a level
doc-html-skills-key-not-asked = - not asked: left out of the scores
doc-html-card-required = → required:
doc-html-footer = Made by skillgap with the rubric { $rubric }, version { $version }. This page needs no network and no scripts; print it to keep it on paper or as a PDF.

## The HTML page's charts

doc-chart-ladder = Readiness for every level of the ladder
doc-chart-best = best
doc-chart-target = target
doc-chart-reached = reached
doc-chart-not-reached = not reached
doc-chart-threshold = { $threshold } meets a level
doc-chart-dots = Every skill: your rating and what { $level } requires
doc-chart-technical = Technical skills
doc-chart-soft = Soft skills
doc-chart-leadership = Leadership
doc-chart-your-rating = your rating
doc-chart-your-own-rating = your own rating
doc-chart-reviewers-rating = your reviewers' rating
doc-chart-required-at = required at { $level }
doc-chart-gap = gap
doc-chart-gap-blocks = gap of { $gap } or more: blocks a level
doc-chart-not-asked = not asked
doc-chart-rated = rated { $rating }
doc-chart-you = you { $rating }
doc-chart-you-not-rated = you: not rated
doc-chart-not-rated = not rated
doc-chart-review = review { $rating }
doc-chart-review-not-observed = review: not observed
doc-chart-needs = needs { $required }
doc-chart-gap-of = gap { $gap }
doc-chart-unrated-counts = (not rated counts as 0)
doc-short = { $lead }: { $reasons }.
doc-short-under = Not reached
doc-short-over = At { $threshold } or more, but not reached
doc-short-points = { $points } points short of { $threshold }
doc-short-blocking = a gap of { $gap } or more in { $skills }
doc-short-blocking-many = a gap of { $gap } or more in { $count } skills
doc-short-not-asked-one = its defining skill { $skill } was not asked: rate it to know
doc-short-not-asked = its defining skills { $skills } were not asked: rate them to know
doc-short-defining-one = its defining skill { $skill } falls short
doc-short-defining = its defining skills { $skills } fall short
doc-short-defining-count = { $count } of its defining skills fall short
doc-short-defining-unknown = one of its defining skills ({ $skills }) falls short
doc-short-nothing-asked = nothing it requires was asked

## The comparison's charts (then and now)

doc-chart-then = then
doc-chart-now = now
doc-chart-rise = rise
doc-chart-fall = fall
doc-chart-skills = Skills
doc-chart-then-and-now = Every skill then and now
doc-chart-then-value = then { $rating }
doc-chart-now-value = now { $rating }
doc-chart-then-bar = then (thin bar)
doc-chart-now-reached = now, reached
doc-wrote = wrote { $path }
