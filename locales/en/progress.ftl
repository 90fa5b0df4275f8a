# skillgap's words in English. Progress: `skillgap compare` and `skillgap history`
# (src/progress/, src/export/*/compare.rs, history.rs, progress.rs).
# Every message has its counterpart in locales/es/progress.ftl (tests/catalogs.rs checks it);
# every id starts with "progress-".

## Lists and ratings

progress-and = { $list } and { $last }
progress-and-more = { $list } and { $more } more
progress-none = none
progress-none-yet = none yet
progress-not-rated = not rated
progress-rated-needs = rated { $rating }, needs { $required }
progress-not-rated-needs = not rated, needs { $required }
progress-named-with = { $name } ({ $detail })
progress-change = { $name } { $from } → { $to }

## The answer

progress-still-none = Still no level reached.
progress-still = Still { $title }.
progress-now-first = Now { $title }; no level was reached before.
progress-now-up = Now { $title }, up from { $was }.
progress-now-down = Now { $title }, down from { $was }.
progress-none-now = No level reached now, down from { $was }.
progress-readiness-same = { $title } readiness unchanged at { $now }
progress-readiness = { $title } readiness { $then } → { $now }
progress-status-reached = { $figures }: reached.
progress-status-short = { $figures }, short of the { $ready } it needs.
progress-status-held = { $figures }: past the { $ready } it needs, but held back by { $skills }.
progress-status-unasked = { $figures }: past the { $ready } it needs, but not every skill it requires was asked.
progress-certs-gained = Certifications gained: { $names }.
progress-closed = Closed { $count ->
        [one] 1 gap
       *[other] { $count } gaps
    } to { $target }: { $names }.
progress-opened = { $count ->
        [one] New gap
       *[other] New gaps
    }: { $names }.
progress-level-skills = { $title }: { $skills }
progress-now-blocking = Now blocking { $parts }.

## The comparison

progress-title = Progress: { $name }
progress-title-unnamed = Progress
progress-then = Then
progress-now = Now
progress-file-date = { $day } (file date)
progress-date-unknown = date unknown
progress-from-stdin = from standard input
progress-from-file = from { $file }
progress-date-line = { $label }: { $day }, { $source }
progress-rubric = Rubric: { $title }, version { $version }
progress-measured = Measured against: { $title }
progress-rubric-changed = The rubric changed (version { $from } → version { $to }): only the { $compared } skills both versions have are compared
progress-rubric-changed-left-out = The rubric changed (version { $from } → version { $to }): only the { $compared } skills both versions have are compared; left out, and counted as not rated on both sides: { $skills }
progress-kind-own = self-ratings
progress-kind-reviewed = reviewed ratings ({ $count } skills rated by a review)
progress-kind-lower = the lower of self and review ({ $count } skills rated by a review)
progress-basis-note = The ratings compared are not of the same kind: then { $then }, now { $now }; part of a change may be the reviewers' view rather than progress (to compare self-ratings on both sides, compare the profiles with --ratings self)
progress-gaps-closed = Gaps closed: { $names }
progress-gaps-opened = Gaps opened: { $names }
progress-certs-gained-line = Certifications gained: { $names }

## The history

progress-history-title = Assessments of { $name }
progress-history-title-unnamed = Assessments
progress-history-count = { $count ->
        [one] 1 assessment, oldest first
       *[other] { $count } assessments, oldest first
    }
progress-best-level = Best level: { $title }.
progress-one-assessment = One assessment, { $day }.
progress-assessments-span = { $count } assessments, { $first } to { $last }.
progress-no-change-since = No rating changed since { $day }.
progress-since = Since { $day }: { $changes }.

## Tables and pages

progress-col-skill = Skill
progress-col-then = Then
progress-col-now = Now
progress-col-change = Change
progress-col-required = Required
progress-col-gap-then = Gap then
progress-col-gap-now = Gap now
progress-col-level = Level
progress-col-readiness-then = Readiness then
progress-col-readiness-now = Readiness now
progress-col-reached-then = Reached then
progress-col-reached-now = Reached now
progress-yes = yes
progress-no = no
progress-col-assessed-on = Assessed on
progress-col-best-level = Best level
progress-col-target-readiness = { $title } readiness
progress-col-readiness = Readiness
progress-col-ratings-changed = Ratings changed
progress-readiness-per-level = Readiness per level
progress-skills = Skills
progress-assessments = Assessments
progress-chart-then-now = Readiness per level then and now
progress-kicker = Progress report
progress-what-changed = What changed
progress-at-a-glance = At a glance
progress-dots-caption = Measured against { $target }. Figures:
progress-ladder-caption = The dashed line is the { $ready } readiness that meets a level; a gap of { $gap } or more, or a defining skill short of it, still holds a level back. Figures:
progress-footer = Made by skillgap with the rubric { $rubric }, version { $version }. This page needs no network and no scripts; print it to keep it on paper or as a PDF.
progress-chart-over-time = Readiness per level over time
progress-chart-over-time-text = Line chart of readiness per level at each of { $count } assessments, oldest on the left, with the { $ready } that meets a level as a dashed line. The figures are in the table Readiness per level.
progress-history-kicker = Assessments over time
progress-figures = Figures:
progress-measured-against = Readiness is measured against { $target }.
progress-past-the-line = At the latest assessment, { $count ->
        [one] { $levels } is
       *[other] { $levels } are
    } past the { $ready } line but not reached: a level is held back by a gap large enough to block it or by a defining skill short of it; that assessment's own report names which.
progress-chart-dashed = dashed: { $ready } meets a level
