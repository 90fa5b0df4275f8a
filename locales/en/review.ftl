# skillgap's words in English. The blind review by a supervisor or trainer (src/commands/review.rs, src/questionnaire/review.rs).
# Every message has its counterpart in locales/es/review.ftl (tests/catalogs.rs checks it);
# every id starts with "review-".

## Before the first question

review-intro = Rate each skill by the sentence that describes what the person does now, as you have seen it; pick "{ $not_observed }" where you have not. Their own ratings are shown only after your last answer.
review-what-review = your review
review-no-draft = There is no unfinished review to resume; starting a new one.
review-draft-set-aside = Your unfinished review could not be used: { $reason }. It was kept in { $path } for you to inspect. Starting a new review.
review-draft-found = You have an unfinished review
review-draft-found-of = You have an unfinished review of { $person }
review-draft-discard = Discard it and start over
review-cannot-delete-draft = cannot delete the unfinished review in { $path }
review-pick-draft = You have several unfinished reviews. Which one do you want to continue?
review-pick-draft-stopped = Stopped. Your unfinished reviews are unchanged.
review-draft-progress = { $answered } of { $total } skills answered
review-draft-no-name = no name yet

## The questions

review-person-question = Whom are you reviewing? (their name, as in their profile)
review-reviewer-question = Your name
review-name-empty = enter a name
review-role-question = In what role are you reviewing?
review-role-supervisor = Supervisor
review-role-trainer = Trainer
review-role-assessor = Assessor (an auditor or examiner)
review-role-peer = Peer (a colleague at the same level)
review-the-person = the person
review-rating-question = Which describes what { $person } does now?
review-not-observed = Had no chance to observe this
review-back-to-list = ← back to the list, unchanged
review-note-new = What have you seen { $person } do that shows this? (optional, Enter to skip)
review-note-again = What have you seen { $person } do that shows this? (Enter keeps, type - to clear)
review-resumed-at-note = { $skill } · you chose { $answer }

## The list of answers, and after it

review-list-intro = Your review. Pick an answer to change it, or confirm. { $mark } marks a rating with a note.
review-confirm = Confirm and save the review
review-list-person = Person reviewed: { $person }
review-list-reviewer = Reviewer: { $reviewer }
review-list-role = Role: { $role }
review-role-name = { $role }
review-not-observed-short = not observed
review-not-answered = not answered
review-list-question = Confirm, or pick an answer to change
review-comparison-heading = Your review beside { $person }'s own ratings (⚑ 2 or more apart: talk about this):
review-yours = yours
review-theirs = theirs
review-save-as = Save the review as
review-file-is-folder = { $path } is a folder; give a file name
review-not-saved-stopped = Stopped. Your review was not saved; `skillgap review --resume` continues it.
review-terminal-failed = the terminal stopped working during the review ({ $error })
review-profile-placeholder = PROFILE
review-saved = Saved the review to { $path }. Use it with: skillgap assess --input { $profile } --review { $path }
review-valid = { $file } is a valid review of { $person }: { $rated } of { $total } skills rated by { $reviewer } ({ $role }), { $date }
