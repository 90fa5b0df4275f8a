# skillgap's words in English. Every message here has its counterpart in
# locales/es/web.ftl (tests/catalogs.rs checks it).

## The web questionnaire (skillgap serve)

web-back = ← Back
web-next = Next
web-resume = Your answers are saved after every page. To come back later, keep this link:
web-start-title = How far are you from the next level?
web-start-intro = Rate what you do now in each skill of { $rubric }. Every choice describes what a person at that point actually does, so pick the one that is most like you today. You then see which level you have reached, what stands before the next, and what to do first.
web-start-time = It takes about 15 minutes for { $skills } skills, or about 5 with the quick version. Your answers are saved after every page.
web-start-ladder = Which ladder?
web-start-ladder-size = { $skills } skills, { $levels } levels
web-start-how-many = How many questions?
web-start-every = Every skill
web-start-every-hint = The full picture.
web-start-quick = Quick
web-start-quick-hint = Only the skills that decide your target level and the most important ones; the others are left out of the scores.
web-start-button = Start
web-about-title = About you
web-about-name = Your name
web-about-name-hint = As your supervisor or coach knows you; it names your saved answers.
web-about-target = Which level are you aiming at?
web-about-group = Your line, shift or team (optional)
web-about-group-hint = Such as "Line 2 / nights": the team report counts who covers each skill there.
web-about-years = How many years have you worked in production?
web-about-years-hint = 0 if none yet; 1.5 for a year and a half.
web-about-certs = Which of these do you already hold?
web-about-certs-hint = Tick each one; the days are optional (an expired one does not count).
web-about-earned = Earned on
web-about-expires = Expires on
web-skill-progress = Skill { $number } of { $total }
web-skill-pick = Pick the one most like you today. From { $from } up, a box below the choices asks what shows it.
web-evidence-label = What have you done that shows this? (optional)
web-evidence-hint = A job, a task, a certificate: something your supervisor could check.
web-review-title = Your answers
web-review-confirm = Confirm and see the report
web-review-change = Change
web-downloads-keep = Keep your results:
web-downloads-profile = Your answers (profile.json)
web-downloads-page = This page
