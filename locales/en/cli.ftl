# skillgap's words in English. `skillgap --help`: what each command and option does.
# Every message has its counterpart in locales/es/cli.ftl (tests/catalogs.rs checks it);
# every id starts with "cli-".

## skillgap

cli-about = Measure how far you are from each level of the Production Specialist career ladder, and what to do next
cli-long-about =
    Measure how far you are from each level of the Production Specialist career ladder, and what to do next.

    skillgap asks you to rate each technical and soft skill on a scale where every point describes what a person at that point actually does, scores your ratings against the rubric, and prints a gap report: where each skill stands against your target level, how ready you are for every level, which certifications close the most important gaps, and the next steps in order.
cli-rubric-dir = Also look for rubrics (by id) in DIR; may be repeated. SKILLGAP_RUBRIC_PATH adds more directories, separated by ":"
cli-lang = The language of questions and reports: en (English) or es (español). Default: a profile's own language, else LC_ALL, LC_MESSAGES or LANG, else English

## skillgap assess

cli-assess-about = Rate your skills (or read the ratings from a file) and print a gap report
cli-assess-long-about =
    Rate your skills (or read the ratings from a file) and print a gap report.

    Without --input, asks the questions in the terminal. With --input, reads a profile (JSON) from a file, or from standard input when the file is "-".
cli-assess-examples =
    Examples:
    skillgap assess                                   answer the questions in the terminal
    skillgap assess --resume                          continue an interrupted questionnaire
    skillgap assess --update me.json                  re-assess, starting from your last answers
    skillgap assess --input me.json                   score a profile file
    skillgap assess --input me.json --level lead      measure against another level
    skillgap assess --input me.json -o report.md -o report.json
cli-assess-input = Read the profile from FILE instead of asking questions ("-" reads standard input): a profile (JSON), or a spreadsheet (.csv, .xlsx, .ods) with one person, or several and --person
cli-assess-person = With a spreadsheet of several people: the one to assess, by name
cli-assess-rubric = Score against this rubric: an id (see `skillgap rubrics`) or the path of a rubric file. Default: the rubric the profile names, else the Production Specialist rubric
cli-assess-level = Measure the gaps against LEVEL (such as "senior"), whatever the profile names
cli-assess-format = Report format on the terminal, and for -o files whose extension does not tell
cli-assess-output = Write the report to FILE instead of the terminal; the extension picks the format (.json, .md, .html, .txt). May be given more than once
cli-assess-brief = A short report on the terminal: the verdict and what stands before the next level
cli-assess-no-pager = Print the report straight to the terminal, even when it is longer than the screen (normally shown through $PAGER, else `less -R -X`)
cli-assess-strict = Refuse a profile that leaves any skill unrated (normally a warning, counted as 0)
cli-assess-resume = Continue the questionnaire you left unfinished
cli-assess-quick = A shorter questionnaire: ask only about the skills that step up at your target level and the critical ones (importance 4 or more); the others count as not rated
cli-assess-update = Re-assess from a saved profile: every question starts at its answer, beginning with the review, and the profile is updated (after asking) when you are done
cli-assess-no-history = With --update: do not keep the previous version of FILE (normally kept as FILE.history/DATE.json, DATE its assessment's day, for `skillgap history` and `skillgap compare FILE`)
cli-assess-save-profile = Save your questionnaire answers to FILE as a profile that --input reads
cli-assess-force = Replace the --save-profile file if it exists, without asking
cli-assess-color = When to colour the terminal report (NO_COLOR is honoured with "auto")

## skillgap team

cli-team-about = Assess a whole team from one stream of profiles, and plan its training
cli-team-long-about =
    Assess a whole team from one stream of profiles, and plan its training.

    Reads a JSON Lines file (one profile per line), a directory of profile files, or standard input ("-"). Each member is scored against their own target level.
cli-team-examples =
    Examples:
    skillgap team --input team.jsonl
    skillgap team --input profiles/ -o members.csv
    skillgap team --input team.jsonl --format json > summary.json
    skillgap team --input team.jsonl --by-group --pairs
    skillgap team --input team.jsonl -o matrix.csv -o matrix.md
    skillgap team --input skills-matrix.xlsx --check
    skillgap team --input skills-matrix.xlsx --by-group
cli-team-input = The profiles: a JSON Lines file, a directory of .json files, a skills matrix (.csv, .tsv, .xlsx, .xlsm, .xls, .ods), or "-" for standard input
cli-team-check = Say how a spreadsheet would be read (people, groups, columns, scale) and every problem, and write nothing
cli-team-rubric = Score against this rubric: an id (see `skillgap rubrics`) or the path of a rubric file
cli-team-format = Summary format on the terminal, and for -o files whose extension does not tell
cli-team-output = Write to FILE: a .csv file gets one row per member; .json, .md, .html or .txt the summary. May be given more than once
cli-team-strict = Stop at the first invalid record (exit 2) instead of rejecting it and going on
cli-team-fail-on-rejected = Exit 2 after the summary when any record was rejected
cli-team-title = The heading of the summary (HTML, Markdown, terminal, workbook), such as "Line 2 — shift meeting"; by default "Team summary: " and the rubric's title
cli-team-site = The site the team works at, shown under the heading with the day the figures stand on, such as "Plant 3, Dayton"
cli-team-max-certs = Put at most N certifications in the training plan
cli-team-by-group = Report coverage per group too (the profiles' "group": a line, shift, cell or site)
cli-team-max-groups = Stop with an error when the input names more than N groups
cli-team-min-independent = People working on their own a skill needs to be covered (default: the rubric's, usually 2)
cli-team-min-trainers = Trainers a skill needs to be covered (default: the rubric's, usually 1)
cli-team-pairs = Pair each member short of their target with a trainer of the skill ("Who trains whom"). Memory grows with the members who are short or can train
cli-team-trainer-load = With --pairs, the most learners one trainer takes in all
cli-team-matrix = Show the skills matrix (one row per member, one column per skill) with the summary. Files whose name ends in "matrix" (-o matrix.csv, -o line2-matrix.md) get the matrix alone
cli-team-matrix-limit = The most members the matrix shows on the terminal, in Markdown, HTML or JSON (the CSV has no limit)
cli-team-threads = Score on N threads, 1 to 256 (default: one per processor)
cli-team-color = When to colour the terminal summary (NO_COLOR is honoured with "auto")

## skillgap import

cli-import-about = Read a skills matrix kept in a spreadsheet (CSV, TSV, xlsx, ods) and write its people as profiles, one JSON line each
cli-import-long-about =
    Read a skills matrix kept in a spreadsheet (CSV, TSV, xlsx, ods) and write its people as profiles, one JSON line each.

    People in rows with a column per skill (the usual matrix), people in columns, or one row per person and skill; skills matched to the rubric by name or id. `team` and `assess` read spreadsheets directly; this keeps the profiles as a file.
cli-import-examples =
    Examples:
    skillgap import skills-matrix.xlsx --check         what would be read, and every problem
    skillgap import skills-matrix.xlsx -o team.jsonl
    skillgap import matrix.csv --scale 1-5 --map "QC=quality-control" -o team.jsonl
    skillgap import iluo-chart.ods --scale iluo --sheet "Line 2" -o line2.jsonl
cli-import-input = The spreadsheet: .csv, .tsv, .xlsx, .xlsm, .xls, .xlsb or .ods ("-" reads standard input; say what it holds with --input-format)
cli-import-output = Write the profiles to FILE as JSON Lines (one profile per line) instead of standard output
cli-import-force = Replace the -o file if it exists
cli-import-rubric = Read the people as profiles of this rubric: an id or the path of a rubric file
cli-import-check = Say what would be read (people, groups, columns, scale) and every problem, and write nothing

## skillgap review

cli-review-about = Review someone: rate a person's skills as their supervisor, trainer, assessor or peer, on the same scale as their own ratings, and save the review
cli-review-long-about =
    Review someone: rate a person's skills as their supervisor, trainer, assessor or peer, on the same scale as their own ratings, and save the review.

    Asks the questions in the terminal. The person's own ratings are shown only after your last answer. With --input, checks a review file filled in by hand instead.
cli-review-examples =
    Examples:
    skillgap review --profile sam.json --save-review sam-review.json
    skillgap review --person "Sam Rivera"            rate without the person's profile
    skillgap review --resume                          continue an interrupted review
    skillgap review --input sam-review.json           check a review filled in by hand
    Then: skillgap assess --input sam.json --review sam-review.json
cli-review-profile = The profile of the person you review: their name and rubric come from it, and their own ratings are shown beside yours after your last answer
cli-review-person = The name of the person you review, when you do not have their profile
cli-review-rubric = The rubric: an id or the path of a rubric file. Default: the profile's, else the Production Specialist rubric
cli-review-save-review = Save the review to FILE (asked after the last question otherwise)
cli-review-force = Replace the --save-review file if it exists, without asking
cli-review-resume = Continue the review you left unfinished
cli-review-input = Check a review file filled in by hand ("-" reads standard input), instead of asking
cli-review-date = The day of the review (YYYY-MM-DD). Default: today

## skillgap template

cli-template-about = Write a profile to fill in: every skill listed, every rating empty (null)
cli-template-examples =
    Examples:
    skillgap template -o me.json                      a profile for the default rubric
    skillgap template --level senior -o me.json       aiming at Senior Production Specialist
    skillgap template --rubric media-production-specialist > me.json
    skillgap template --review --person "Sam Rivera" -o sam-review.json
    skillgap template -o team.xlsx                    a team's skills matrix to fill in
    Then fill in the ratings (0 to 4) and run: skillgap assess --input me.json
cli-template-rubric = The rubric whose skills to list: an id or the path of a rubric file
cli-template-level = Fill in the target level (such as "senior")
cli-template-output = Write the template to FILE instead of standard output; .csv or .xlsx picks that format
cli-template-format = A profile as JSON (the default), or a team's skills matrix, one row a person, as CSV or as an Excel workbook with what each rating means on a second sheet
cli-template-force = Replace FILE if it exists (normally refused, so a filled-in profile is not lost)
cli-template-review = Write a review to fill in instead (see `skillgap review`): every skill listed, every rating null ("had no chance to observe")
cli-template-person = With --review: the person reviewed, as their profile names them

## skillgap serve

cli-serve-about = Run the questionnaire as a web page, for people who answer on a phone, a tablet at the line or this computer
cli-serve-long-about =
    Run the questionnaire as a web page, for people who answer on a phone, a tablet at the line or this computer.

    Serves plain HTTP on 127.0.0.1:7878 by default (a free port if that one is taken). Finished profiles are written to --dir as NAME-DATE.json; the team report and blind reviews are at /team, behind the supervisor's code. Any address other than loopback needs an access code, typed once per device. Meant for a trusted local network: put it behind a TLS reverse proxy to reach it from anywhere else (see the README).
cli-serve-examples =
    Examples:
    skillgap serve --open                             answer on this computer
    skillgap serve --dir answers/ --bind 0.0.0.0:7878 phones on the shop-floor network
    skillgap serve --rubric media-production-specialist --quick
    Then: skillgap team --input answers/
cli-serve-rubric = Offer only this rubric (an id or the path of a rubric file); without it, people choose among every rubric skillgap knows
cli-serve-dir = Where finished profiles (NAME-DATE.json), answers under way (.drafts/) and reviews (reviews/) are kept
cli-serve-bind = The address and port to listen on. Anything but loopback (127.0.0.1, ::1) is reachable from other devices and needs an access code
cli-serve-open = Open the page in the default browser once the server is ready
cli-serve-code = The access code people type once per device (default: none on loopback, a new eight-digit code otherwise, printed at start)
cli-serve-admin-code = The code of the supervisor's pages (/team, /review); a new one is printed at start when none is given
cli-serve-quick = Offer the quick questionnaire first: only the skills that define the target level and the most important ones (people can still choose every skill)
cli-serve-expiring-days = A certificate that expires within N days is "expiring"

## skillgap compare

cli-compare-about = Compare two profiles or JSON reports of the same person, such as last quarter's and today's: ratings, readiness, gaps closed and opened
cli-compare-examples =
    Examples:
    skillgap compare spring.json autumn.json
    skillgap compare old-report.json new-profile.json --format markdown -o progress.md
cli-compare-old = The earlier profile or JSON report; alone, a profile kept by `assess --update`, which is compared with its latest snapshot (FILE.history/)
cli-compare-new = The later profile or JSON report
cli-compare-level = Measure gaps against LEVEL; default: the later file's target

## skillgap history

cli-history-about = Show a person's assessments over time: each one's day, best level, readiness and the ratings that changed
cli-history-long-about =
    Show a person's assessments over time: each one's day, best level, readiness and the ratings that changed.

    With one profile, it and the earlier versions `assess --update` kept beside it (FILE.history/); with several files (profiles or JSON reports), those, oldest first.
cli-history-examples =
    Examples:
    skillgap history sam.json
    skillgap history sam.json -o sam-history.html
    skillgap history spring.json summer.json autumn.json --format markdown
cli-history-files = A profile kept up to date with `assess --update`, or several profiles or JSON reports of one person, oldest first
cli-history-level = Measure every assessment against LEVEL; default: the latest one's target

## skillgap schema

cli-schema-about = Print the JSON Schema of a profile, report, team summary or rubric, for editors and validators
cli-schema-examples =
    Examples:
    skillgap schema profile > profile.schema.json
    skillgap schema report
cli-schema-kind = Which document

## skillgap rubrics

cli-rubrics-about = List the rubrics skillgap knows: built in, and in --rubric-dir or SKILLGAP_RUBRIC_PATH
cli-rubrics-examples =
    Examples:
    skillgap rubrics
    skillgap rubrics --rubric-dir ~/coaching/rubrics

## skillgap rubric

cli-rubric-about = Work with rubrics (the skills, levels and requirements skillgap scores against)

## skillgap rubric check

cli-rubric-check-about = Check a rubric file and list every problem in it at once
cli-rubric-check-long-about =
    Check a rubric file and list every problem in it at once.

    Exits 0 when the rubric is valid and 2 when it is not, so it fits in scripts.
cli-rubric-check-examples =
    Example:
    skillgap rubric check my-rubric.json
cli-rubric-check-file = The rubric file (JSON); "-" reads standard input

## skillgap rubric show

cli-rubric-show-about = Show a rubric: its ladder, its skills with their requirements at every level, and with --skill, the five descriptions of one skill's scale and its next steps
cli-rubric-show-examples =
    Examples:
    skillgap rubric show production-specialist
    skillgap rubric show production-specialist --skill quality-control
    skillgap rubric show ./my-rubric.json
cli-rubric-show-rubric = The rubric: an id (see `skillgap rubrics`) or the path of a rubric file
cli-rubric-show-skill = Show this skill in full

## skillgap completions

cli-completions-about = Print a shell completion script
cli-completions-examples =
    Examples:
    skillgap completions bash > ~/.local/share/bash-completion/completions/skillgap
    skillgap completions zsh > ~/.zfunc/_skillgap
    skillgap completions fish > ~/.config/fish/completions/skillgap.fish
cli-completions-shell = The shell

## skillgap man

cli-man-about = Print the manual page (roff), for `man`
cli-man-examples =
    Example:
    skillgap man > ~/.local/share/man/man1/skillgap.1 && man skillgap

## Options of several commands

cli-common-max-certs = Recommend at most N certifications
cli-common-expiring-days = A certificate that expires within N days of --as-of is "expiring"
cli-common-reviews = A review of the person by a supervisor, trainer, assessor or peer (JSON, see `skillgap schema review`), or a folder of them; may be given more than once. Reviews are matched to people by the name they give as "person"
cli-common-ratings = Which rating each skill is scored on: the review rating where a review rates the skill, else your own ("reviewed"); your own only, reviews shown but not used ("self"); or the lower of the two ("lower")
cli-common-as-of = Judge reviews and certificates as of DATE (YYYY-MM-DD; default: today, UTC). A review more than 12 months older is marked stale; a certificate is expired from its "expires" day on
cli-common-input-format = What the input holds when its name does not say (standard input, or another extension): json (a profile, or JSON Lines), csv, tsv, xlsx, ods
cli-common-layout = Which way the table runs: rows (one row per person, the usual skills matrix), columns (one column per person) or long (one row per person and skill). Default: guessed from the headings, and said
cli-common-map = Read the column headed HEADING as WHAT: a skill id, a certification id, or name, group, target, years, education, assessed_on or ignore. May be given more than once
cli-common-map-file = A file of --map pairs, one HEADING=WHAT per line (lines starting with # are notes)
cli-common-scale = The scale of the ratings: 0-4 (the default), 1-5 (or any range of five points), iluo (I=1, L=2, U=3, O=4, and ◔ ◑ ◕ ● ○), or a mapping such as "none=0,basic=1,good=3,expert=4". Blank, "-" and "n/a" are not rated
cli-common-sheet = The sheet of a workbook to read (default: the first sheet with skill headings)
cli-common-rubric = Score against this rubric: an id or the path of a rubric file. Default: the rubric the files name
cli-common-format = Format on the terminal, and for -o files whose extension does not tell
cli-common-output = Write it to FILE (.json, .md, .html, .txt) instead of the terminal; may be given more than once
cli-common-color = When to colour the terminal output (NO_COLOR is honoured with "auto")

## What clap writes itself

cli-heading-usage = Usage:
cli-heading-options = Options
cli-heading-arguments = Arguments
cli-heading-commands = Commands
cli-heading-sheets = Spreadsheets (.csv, .tsv, .xlsx, .xlsm, .xls, .ods)
cli-command-value = COMMAND
cli-flag-help = Print help (see more with '--help')
cli-flag-version = Print version
cli-value-address = ADDR:PORT
cli-value-code = CODE
cli-value-date = DATE
cli-value-dir = DIR
cli-value-file = FILE
cli-value-file-or-dir = FILE|DIR
cli-value-folder = FOLDER
cli-value-format = FORMAT
cli-value-heading = HEADING=WHAT
cli-value-id-or-file = ID|FILE
cli-value-lang = LANG
cli-value-layout = LAYOUT
cli-value-level = LEVEL
cli-value-name = NAME
cli-value-scale = SCALE
cli-value-text = TEXT
cli-value-old = OLD
cli-value-new = NEW
cli-value-kind = KIND
cli-value-rubric = RUBRIC
cli-value-ratings = RATINGS
