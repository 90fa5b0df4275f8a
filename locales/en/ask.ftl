# skillgap's words in English. The questionnaire in the terminal and the questions every front end asks (src/questionnaire/, src/commands/assess/interactive.rs, src/prompt/).
# Every message has its counterpart in locales/es/ask.ftl (tests/catalogs.rs checks it);
# every id starts with "ask-".

## Before the first question

ask-intro = Rate each skill by picking the sentence that describes what you do now.
ask-intro-keys = Arrow keys or a number move, Enter chooses, Esc goes back; Ctrl-C stops (your answers are kept).
ask-what-answers = your answers
ask-replace-when-done = { $path } exists. Replace it with { $what } when you are done?
ask-stopped-before-first = Stopped before the first question; nothing was saved.
ask-left-as-is = { $path } was left as it is; give another file with { $flag }, or add --force to replace it

## Unfinished answers

ask-no-draft = There are no saved answers to resume; starting a new questionnaire.
ask-draft-set-aside = Your saved answers could not be used: { $reason }. They were kept in { $path } for you to inspect. Starting a new questionnaire.
ask-other-draft = You have unfinished answers from another questionnaire
ask-other-draft-discard = Discard them and start from { $path }
ask-other-draft-keep = Stop here and keep them (`skillgap assess --resume` continues them)
ask-other-draft-kept = Stopped. Your earlier answers are kept; nothing was changed.
ask-draft-found = You have unfinished answers from an earlier questionnaire
ask-draft-resume = Resume where you left off
ask-draft-discard = Discard them and start over
ask-cannot-delete-draft = cannot delete the saved answers in { $path }
ask-update-unreadable = the saved answers update { $path }, which must still be a readable, valid profile; restore or correct it, or start `skillgap assess` again and discard the saved answers
ask-pick-draft = You have several unfinished questionnaires. Which one do you want to continue?
ask-pick-draft-stopped = Stopped. Your saved answers are unchanged.
ask-draft-progress = { $answered } of { $asked } skills answered
ask-draft-other-version = saved for another version of the rubric
ask-draft-no-name = no name

## The questions

ask-target-question = Which level are you aiming at?
ask-target-unsure = Not sure — suggest one for me
ask-target-level = { $level } ({ $years })
ask-target-level-paid = { $level } ({ $years }, { $pay })
ask-years-band = { $min }-{ $max } years
ask-years-open = { $min }+ years
ask-median-pay = { $currency } { $amount } median
ask-years-question = How many years have you worked in production? (0 if none yet)
ask-years-invalid = enter a number of years from 0 to { $max }, such as 3 or { $example }
ask-education-question = What is the highest education you have completed?
ask-education-why = some certifications ask for more experience without a degree
ask-education-skip = Skip this question
ask-education-none = No diploma yet
ask-education-secondary = High-school diploma or GED
ask-education-associate = Associate degree or technical certificate (1-2 years)
ask-education-bachelor = Four-year (bachelor's) degree
ask-education-master = Master's degree or higher
ask-certs-question = Which of these do you already hold? (Space to tick, Enter when done)
ask-group-technical = Technical skills
ask-group-soft = Soft skills
ask-group-leadership = Leadership skills
ask-skill-heading = { $group } · { $position } of { $total } · { $skill }
ask-rating-question = Which describes what you do now?
ask-back = ← back to the previous question
ask-back-to-review = ← back to the review, unchanged
ask-evidence-new = What have you done that shows this? (optional, Enter to skip)
ask-evidence-again = What have you done that shows this? (Enter keeps, type - to clear)
ask-resumed-at-evidence = { $skill } · you chose { $rating }

## The review of the answers

ask-review-intro = Your answers. Pick one to change it, or confirm. { $mark } marks a rating with evidence.
ask-note = Note: { $note }
ask-quick-unrated = --quick did not ask about { $count } of { $total } skills, so they are left out of the scores and the levels they decide are provisional: { $skills }. Run skillgap assess without --quick to rate them.
ask-quick-kept = --quick did not ask about { $count } of { $total } skills; their ratings are kept from the profile being updated: { $skills }.
ask-confirm = Confirm and see the report
ask-review-target = Target level: { $level }
ask-review-target-unsure = not sure (skillgap will suggest one)
ask-review-years = Years in production: { $years }
ask-review-education = Education: { $education }
ask-review-education-none = not given
ask-review-certs = Certifications: { $certs }
ask-none = none
ask-not-answered = not answered
ask-review-question = Confirm, or pick an answer to change

## The keys (the terminal's lists and questions)

ask-more-above = ↑ { $count } more
ask-more-below = ↓ { $count } more
ask-keys-ticks = ↑↓ move · Space ticks · Enter when done · Esc goes back
ask-keys-numbered = ↑↓ or a number · Enter chooses · Esc goes back
ask-keys-named = ↑↓ or type a name · Enter chooses · Esc goes back
ask-keys-yes-default = (Y/n)
ask-keys-no-default = (y/N)
ask-yes = yes
ask-no = no

## Stopping, and what is saved

ask-stopped-saved = Stopped. Your answers so far are saved in { $path }.
ask-stopped-continue = Run `{ $command }` to continue where you left off.
ask-stopped-nothing = Stopped before any question was answered; nothing was saved.
ask-stopped-no-state = Stopped. Your answers could not be kept: no state directory was found (set HOME or XDG_STATE_HOME).
ask-save-failed = cannot save your answers as you go: { $error }
ask-save-failed-stopped = Stopped. Your answers could not be saved as you went (see the warning above); start again with `skillgap assess`.
ask-save-failed-stopped-short = Stopped. Your answers could not be saved as you went (see the warning above).
ask-terminal-failed = the terminal stopped working during the questionnaire ({ $error }); nothing was answered yet
ask-terminal-failed-kept = the terminal stopped working during the questionnaire ({ $error }); your answers so far are kept, run `{ $command }` to continue

## After the report

ask-save-updated = Save the updated answers to { $path }?
ask-save-profile = Save your answers as a profile, to re-run or compare later?
ask-file-name = File name
ask-file-name-empty = enter a file name
ask-file-is-folder = { $path } is a folder; give a file name, such as { $example }
ask-folder-missing = the folder { $path } does not exist; create it first, or choose another place
ask-replace = { $path } exists. Replace it?
ask-not-saved-stopped = Stopped. The report above is complete; your answers were not saved as a profile.
ask-kept-previous = Kept the previous version as { $path }.
ask-saved = Saved your answers to { $path }. Next time, `skillgap assess --update { $update }` starts from them.
ask-save-page = Save this report as a web page (HTML), to read on your phone or print?
ask-page-stopped = Stopped. The report above is complete; no web page was saved.
ask-page-failed = cannot render the report as a web page
ask-page-saved = Saved the report as a web page: { $path }
