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
web-start-page = Start
web-start-language = Language
web-start-bad-ladder = Choose one of the ladders listed.
web-start-failed-title = Cannot start
web-start-failed = The server could not make a private link. Try again.
web-about-education-hint = You may skip it: some certifications ask for more experience without a degree.
web-skill-place = { $group } { $number } of { $total }
web-review-intro = Check them, change any, then see your report. { $mark } marks a rating with evidence.
web-review-name = Name
web-review-group = Line, shift or team
web-review-target = Target level
web-review-years = Years in production
web-review-education = Education
web-review-certs = Certifications
web-review-change-name = Change name
web-review-change-group = Change line, shift or team
web-review-change-target = Change target level
web-review-change-years = Change years in production
web-review-change-education = Change education
web-review-change-certs = Change certifications
web-review-change-skill = Change { $skill }
web-review-target-unsure = not sure (skillgap will suggest one)
web-review-not-given = not given
web-review-none = none
web-downloads = Downloads
web-downloads-stays = This page stays at { $link }.
web-downloads-saved = Your answers are saved on this server as { $file }: your supervisor's team report includes them. Keep the profile file to compare with your next assessment.

## Problems with a form, each naming its field

web-problem-name = Your name: enter the name your supervisor or coach knows you by.
web-problem-name-long = Your name: at most { $max } characters.
web-problem-group-long = Your line, shift or team: it is { $count } characters long; a group names a line, shift, cell or site in at most { $max } characters, such as "Line 2 / nights".
web-problem-target-unknown = Target level: choose one of the levels listed.
web-problem-target = Target level: choose a level, or "not sure".
web-problem-years = Years in production: enter a number of years from 0 to { $max }, such as 3 or 1.5.
web-problem-education-unknown = Education: choose one of the answers listed.
web-problem-education = Education: choose an answer, or skip the question.
web-problem-certs = Certifications: tick only those listed.
web-problem-earned-not-a-day = { $cert }, earned on: "{ $day }" is not a date; write the day as YYYY-MM-DD, such as 2027-05-01.
web-problem-expires-not-a-day = { $cert }, expires on: "{ $day }" is not a date; write the day as YYYY-MM-DD, such as 2027-05-01.
web-problem-expires-before = { $cert }, expires on: is { $expires }, not after the day it was earned ({ $earned }); check both days.
web-problem-rating = Choose the description most like what you do now.
web-problem-rating-range = Choose one of the ratings 0 to { $max }.
web-problem-evidence-long = What shows this: at most { $max } characters.

## Pages that say what went wrong

web-go-start = Go to the start
web-not-found-title = No such page
web-not-found = This address is not a page of the questionnaire. Check the link, or start from the first page.
web-too-much-title = Too much text
web-too-much = The form sent more than 64 KB. Shorten the longest answer and send it again.
web-send-failed-title = Cannot send the page
web-send-failed = The page could not be read back to send it. Reload it.
web-expired-title = This form has expired
web-expired = The form did not come from this page (or cookies are blocked). Go back, reload the page and send it again.
web-save-failed-title = Your answer could not be saved
web-save-failed = The server could not write it ({ $why }). Tell the person who runs it; then send the page again.
web-session-missing-title = Questionnaire not found
web-session-missing = There are no answers saved for this link. Check that the link is complete, or start again.
web-session-unusable = The answers saved for this link cannot be used: { $why }. Start again from the first page.
web-session-not-offered-title = Questionnaire not offered here
web-session-not-offered = These answers belong to the rubric "{ $rubric }", which this server does not offer now. Ask the person who runs it to start it with that rubric.
web-finish-failed-title = Your answers could not be saved
web-finish-failed = The server could not write your profile ({ $why }). Your answers are kept: tell the person who runs this page, then confirm again.
web-report-missing-title = Report not found
web-report-missing = There is no finished questionnaire for this link. Check that the link is complete.
web-profile-missing-title = Profile not found
web-profile-missing = The answers were saved as { $file }, which is no longer in the folder. Ask the person who runs this page.

## The access code

web-code-title = Enter the access code
web-code-intro = The person who set up this page has the code. You type it once on this device.
web-code-label = Access code
web-code-wrong = That is not the access code. Check it with the person who set up this page.
web-continue = Continue

## The supervisor's pages

web-admin-title = Supervisor's pages
web-admin-intro = The team report and reviews need the supervisor's code, printed where skillgap serve was started.
web-admin-code = Supervisor's code
web-admin-code-wrong = That is not the supervisor's code.
web-member-gone = it is no longer in the folder
web-member-other-rubric = it was written for rubric "{ $rubric }", not offered here
web-team-link = Team report
web-team-none-title = No finished questionnaires yet
web-team-none = The team report appears here once people have finished the questionnaire.
web-team-failed-title = Cannot show the team
web-team-finished = { $count ->
    [one] 1 finished profile:
   *[other] { $count } finished profiles:
}
web-team-pick = . Pick a name to review that person blind.
web-team-other-rubric = { $file }: written for another rubric
web-team-left-out = Left out: { $why }
web-profiles-title = Profiles and reviews
web-profiles-page = Profiles
web-profiles-intro = Pick a person to rate them blind: their own ratings are shown only after you save your review.
web-profiles-none = No finished questionnaires yet.
web-profiles-reviews = { $count ->
    [one] 1 review
   *[other] { $count } reviews
}
web-profile-not-reviewable = This profile cannot be reviewed: { $why }. Pick one from the list of profiles.
web-review-link = Review
web-review-page = Review
web-review-heading = Review { $person }
web-review-this-person = this person
web-review-form-intro = Rate what you have seen them do, on the same descriptions they rated themselves against. Their own ratings are shown after you save.
web-review-role = Your role
web-role-supervisor = supervisor
web-role-trainer = trainer
web-role-assessor = assessor
web-role-peer = peer
web-review-note = What you have seen (optional)
web-review-save = Save the review
web-review-problem-name = Your name: enter it (at most 100 characters).
web-review-problem-role = Your role: choose one.
web-review-problem-note = { $skill }: the note is longer than { $max } characters.
web-review-problem-missing = Rate every skill, or say you had no chance to observe it: { $skills }.
web-review-failed-title = The review could not be saved
web-review-failed = The server could not write it ({ $why }). Send the form again.
web-review-saved = Review saved
web-review-saved-as = Saved as { $file }. The person's reports and the team report now use the confirmed ratings.
web-review-another = Review someone else

## What skillgap serve prints where it was started

web-serve-open = Open { $url } in a browser.
web-serve-moved = (port { $port } was taken, so skillgap chose a free one)
web-serve-lan = From phones and tablets on this network: { $url }
web-serve-code = Access code (typed once per device): { $code }
web-serve-admin = Supervisor's pages: { $url } (code { $code })
web-serve-saved = Finished profiles are saved in { $dir }. Press Ctrl-C to stop.
web-serve-plain = This is plain HTTP: use it on a network you trust (see the README for TLS).
web-serve-stopped = stopped; every answer is saved in { $dir }
web-serve-no-browser = could not open a browser ({ $opener }); open { $url } yourself
web-serve-port-taken = cannot listen on { $addr }: another program uses that port; name another with --bind, or leave --bind out and skillgap picks a free one
web-serve-cannot-listen = cannot listen on { $addr }: { $why }; use an address of this computer, such as 127.0.0.1 or 0.0.0.0
