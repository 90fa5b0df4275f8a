# skillgap's words in English. The report's own words: the verdict, readiness, gaps, certifications, next steps (src/report/).
# Every message has its counterpart in locales/es/report.ftl (tests/catalogs.rs checks it);
# every id starts with "report-".

## The verdict (src/report/verdict.rs): the lines every report opens with

report-and = { $first } and { $last }
report-verdict-ready-needed = { $ready } ready, { $needed } needed
report-verdict-not-yet = Not yet { $level }: { $ready }.
report-verdict-not-yet-gaps = Not yet { $level }: { $count ->
        [one] 1 skill
       *[other] { $count } skills
    } to learn ({ $ready }).
report-verdict-none = No level reached yet.
report-verdict-none-first = No level reached yet: { $level } is the first.
report-verdict-reached = You have reached { $level }{ $details }.
report-verdict-top = the top of the ladder
report-verdict-usually = usually { $years }
report-verdict-apply-yes = Can you apply for { $level } jobs? Yes: they ask for { $asks }, which you have, and { $training }.
report-verdict-apply-education-first = Can you apply for { $level } jobs? They ask for { $asks }, which you do not have yet: earn it first; { $training }.
report-verdict-apply-education-unknown = Can you apply for { $level } jobs? Yes, if you have { $asks }; { $training }.
report-verdict-entry-level = entry-level
report-verdict-entry-none = no diploma
report-verdict-entry-secondary = a high-school diploma or equivalent (such as the GED)
report-verdict-next-clear = Next: { $level }, { $ready } ready.
report-verdict-next-enough = Next: { $level }: { $ready } ready, enough ({ $needed } needed), but { $count ->
        [one] 1 skill
       *[other] { $count } skills
    } must be met first.
report-verdict-next-short = Next: { $level }: { $ready } ready ({ $needed } needed); { $count ->
        [one] 1 skill stands
       *[other] { $count } skills stand
    } before it.
report-verdict-reviewed = Reviewed by { $reviewers } ({ $verified } of { $total } skills confirmed){ $own }; { $talk }.
report-verdict-own = on your own ratings: { $level }
report-verdict-own-none = no level yet
report-verdict-talk = { $count ->
        [0] nothing far apart to talk about
        [one] 1 skill to talk about
       *[other] { $count } skills to talk about
    }
report-verdict-first = Do first: { $items }.
report-verdict-first-item = { $skill } ({ $standing })
report-verdict-not-asked = not asked yet: rate it
report-verdict-rated-needs = rated { $rating }, needs { $required }
report-verdict-unrated-needs = not rated, needs { $required }
report-verdict-start = Start with: { $action }

## Figures in words (src/report/wording.rs), shared by every format

report-title = Skill gap report
report-title-named = Skill gap report: { $name }
report-not-rated = not rated
report-not-asked = not asked
report-gap-not-asked = { $skill }: not asked, needs { $required } (a defining skill of this level: rate it to know whether it is met)
report-gap = { $skill }: { $rating }, needs { $required } (gap { $gap }{ $why })
report-gap-defining = a defining skill of this level: must be met
report-gap-blocks = blocks this level
report-reach-rule = met at { $readiness } readiness, with no gap of { $gap } or more and every defining skill met; every level up to the highest one met is reached
report-step-toward = toward { $rating }: { $action }
report-kind-certification = certification
report-kind-certificate = certificate program
report-kind-card = training card (not a certification)
report-cert-issuer = Issuer: { $issuer } ({ $kind })
report-cert-closes = Closes gaps in: { $skills }
report-cert-preparation = Preparation: { $time }
report-cert-cost = Cost: { $cost }
report-cert-prerequisites = Prerequisites: { $prerequisites }
report-cert-step-toward = First step toward: { $credential }, which builds on it
report-cert-renewal = Renewal: the one you held expired on { $day }
report-cert-not-eligible = Not eligible yet: { $why }
report-cert-other-levels = Note: usually taken at other levels than { $level }
report-cost-estimate = { $cost } (estimate)
report-education-ways-in = Ways in through education
report-education-toward = Education toward { $level }
report-no-certs-needed = None needed: no certification covers a remaining gap.
report-no-certs-asked = Not asked for (--max-certs 0).
report-credentials = Certifications held
report-credentials-as-of = Certifications held, as of { $day }
report-credential-future = { $credential }: earned on { $earned }, after { $day }: not counted as held yet; check the day
report-credential-today = today
report-credential-expired = { $credential }: expired on { $day }; it no longer counts as held
report-credential-expiring = { $credential }: expiring on { $day } ({ $count ->
        [one] 1 day
       *[other] { $count } days
    } left); renew it
report-credential-valid = { $credential }: valid; expires on { $day }
report-credential-held = { $credential }: held
report-median = { $amount } median
report-salary-target = { $pay } at { $level } (target)
report-salary-no-target = no pay figure for { $level } (target) in the source
report-salary-both = { $pay } at { $level } (best level reached); { $target }.
report-salary-only-target = { $target }.
report-provisional = provisional: { $count ->
        [one] 1 skill
       *[other] { $count } skills
    } not asked
report-line-rubric = Rubric: { $rubric }, version { $version }
report-line-target = Target: { $level }{ $years }, { $chosen }
report-line-best = Best level reached: { $level }
report-line-best-provisional = Best level reached: { $level } ({ $note })
report-line-best-none = Best level reached: none yet
report-line-assessed = Assessed on: { $day }
report-line-date-unknown = date unknown
report-line-experience = Experience: { $years } years
report-line-own-too = Best level on your own ratings too: { $level }
report-line-own-differs = Best level on the { $basis } ratings: { $scored }; on your own ratings: { $own }
report-line-none-yet = none yet
report-line-scored-on = Scored on: { $basis } (--ratings { $flag })
report-chosen-profile = named in the profile
report-chosen-option = chosen with --level
report-chosen-suggested = suggested: the level after the best one reached
report-chosen-questionnaire = chosen in the questionnaire
report-basis-self = your own ratings (reviews are shown but not used)
report-basis-reviewed = the reviewers' rating where there is one, else your own
report-basis-lower = the lower of your rating and the reviewers' where both exist
report-basis-name-self = self
report-basis-name-reviewed = reviewed
report-basis-name-lower = lower
report-since = Since { $when }: { $changes }
report-since-nothing = Since { $when }: no rating changed
report-since-unknown = your last assessment (date unknown)
report-since-now-reached = now reached
report-since-no-longer = no longer reached
report-review-by = { $reviewer } ({ $role }), { $day }
report-review-stale = stale: more than 12 months old
report-review-line = { $verified } of { $total } skills confirmed by { $reviewers }
report-role-supervisor = supervisor
report-role-trainer = trainer
report-role-peer = peer
report-role-assessor = assessor
report-review-legend = Self / Review: your own rating and { $reviewers }' (the median where several rate a skill; - when none did). (+1) or (-1): how far yours is above or below theirs; ⚑ { $talk } or more apart: talk about this. Scored on { $basis }.
report-short = { $ready } ready: { $points } points under the { $needed } needed
report-brief-note = This is the short report. Run the same command without --brief for the details, every skill, the certifications and the full plan, or add -o report.html for a page to keep.
report-your-reviewer = your reviewer
report-your-reviewers = your reviewers
report-disagree-heading = Where you and { $reviewers } disagree
report-strength = { $skill } (rated { $rating }, needs { $required })
report-disagreement = { $skill }: you { $own }, { $reviewers } { $review } ({ $gap }): talk about this
report-no-disagreement = No skill is { $talk } or more apart between your rating and { $reviewers }'.
report-education-none = no diploma
report-education-secondary = a high-school diploma
report-education-associate = an associate degree
report-education-bachelor = a four-year degree
report-education-master = a master's degree
report-since-on = { $day }

## Building the report (src/report/build.rs): warnings and eligibility

report-warning-stale-review = the review by { $reviewer } ({ $role }) of { $day } is more than 12 months old on { $today }; it is still used, but a new review would tell where you stand now
report-years-band = { $min }-{ $max } years
report-years-open = { $min }+ years
report-years-one = 1 year
report-years = { $years } years
report-route-no-degree = without a degree
report-route-with = with { $education }
report-eligibility-gives = the profile gives { $years }
report-eligibility-gives-none = the profile gives none
report-eligibility-education = asks for at least { $education }; the profile gives { $given }
report-eligibility-none = none
report-eligibility-route = asks for { $years } of work experience { $route } ({ $others }); { $gives }
report-eligibility-stricter = the profile does not give your education, so the stricter rule is used (add "education" to the profile)
report-eligibility-years = asks for { $years } of work experience; { $gives }

## The report's own words in its glossary (src/report/glossary.rs)

report-glossary-source = how skillgap scores a profile (README: How the report is scored)
report-glossary-priority-formula = priority = importance × gap
report-glossary-readiness = readiness
report-glossary-readiness-means = How much of what a level asks for you already have, as a percentage: each skill counts up to the rating the level needs, and more important skills count more. A level is met at { $readiness } or more, when no gap is { $gap } or more and every defining skill is met.
report-glossary-gap = gap
report-glossary-gap-means = How many points your rating is below the rating a level needs (0 when you meet it). A gap of { $gap } or more in any one skill blocks that level, whatever the readiness.
report-glossary-priority = priority
report-glossary-priority-means = How urgent a skill is to work on: its importance (1 to 5) times its gap at the target level. The higher the number, the sooner to work on it.
report-glossary-defining = defining skill
report-glossary-defining-also = step-up skill, step-up
report-glossary-defining-means = One of the few skills that make a level a different job from the level below. A level is met only when every one of its defining skills is met, whatever the readiness.

## Warnings about a profile (src/gap_report.rs, src/checks.rs, src/commands/assess)

report-warning-not-rated = { $count ->
        [one] 1 skill is not rated and counted as 0: { $skills } (rate it, or use --strict to refuse unrated skills)
       *[other] { $count } skills are not rated and counted as 0: { $skills } (rate them, or use --strict to refuse unrated skills)
    }
report-warning-not-asked = { $count ->
        [one] 1 skill was not asked (the profile leaves it out): { $skills }. It is left out of readiness and of the gap rule, so the levels it decides are provisional; to confirm them, rate it (skillgap assess --update FILE asks that question)
       *[other] { $count } skills were not asked (the profile leaves them out): { $skills }. They are left out of readiness and of the gap rule, so the levels they decide are provisional; to confirm them, rate them (skillgap assess --update FILE asks those questions)
    }
report-warning-set-aside = the review by { $reviewer } ({ $role }) dated { $day } is set aside: one reviewer counts once, and { $counted }
report-warning-given-again = the same review was given again (the one given last counts)
report-warning-counted = their review dated { $day } counts
report-warning-later = a later one counts
report-warning-flat = { $count } of { $rated } ratings are { $value } ({ $label }); results may not be reliable. Take a second look: does each chosen sentence describe what you do?
report-warning-years = { $level } usually comes with { $band }, and you have { $years }; plan for the time it takes, or aim at an earlier level first.
report-warning-no-evidence = { $count } skills are rated 3 or more with no evidence ({ $skills }); adding what you have done makes the report more convincing to an employer.
report-warning-no-certs = certifications were not asked for (--max-certs 0), so the report recommends none
