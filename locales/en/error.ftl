# skillgap's words in English. Errors and warnings: what is wrong, where, and what to do.
# Every message has its counterpart in locales/es/error.ftl (tests/catalogs.rs checks it);
# every id starts with "error-".

## Where an error is, and what to do

error-hint = hint: { $hint }
error-did-you-mean = (did you mean "{ $id }"?)

## Reading a file

error-read-io = cannot read { $origin }: { $reason }; check the file name, and that you may read it
error-read-directory = { $origin } is a directory; give the path of a JSON file
error-read-too-large = { $origin } is larger than { $mib } MiB, far more than a profile or rubric needs; check that this is the right file
error-read-not-utf8 = { $origin } is not UTF-8 text (invalid byte at offset { $offset }; UTF-16 and other encodings are not read); save it as UTF-8 JSON
error-io-not-found = No such file or directory
error-io-permission-denied = Permission denied
error-io-disk-full = No space left on device
error-io-is-directory = Is a directory

## JSON that cannot be read

error-document-profile = a profile
error-document-review = a review
error-document-rubric = a rubric
error-json-not-object = { $what } must be a JSON object ({"{"} ... {"}"}), but this is { $found }
error-json-empty = it is empty or only white space, where { $what } was expected
error-json-found-array = an array
error-json-found-string = a string
error-json-found-number = a number
error-json-found-bool = true or false
error-json-found-null = null
error-json-found-not-json = not JSON at all: it starts with "{ $start }"
error-json-object-hint = see the README for the format and examples/ for samples
error-json-empty-hint = write a JSON object; see the README for the format and examples/ for samples
error-json-eof-hint = the text ends too early: check that every {"{"} and [ is closed and the file was saved whole
error-json-syntax-hint = fix the JSON at that place; a missing comma, quote or bracket is the usual cause
error-json-data-hint = fix the value at that place; the README describes each field
error-json-io-hint = check that the input can be read
error-json-number-hint = write an ordinary number there, such as 3
error-json-duplicate-key = duplicate key "{ $key }": an object names it twice, and one of the two values would be lost; keep only one

## serde_json's own words (shown as serde_json writes them in English)

error-json-eof = EOF while parsing
error-json-trailing-characters = trailing characters
error-json-trailing-comma = trailing comma
error-json-expected-value = expected value
error-json-key-string = key must be a string
error-json-invalid-number = invalid number
error-json-number-range = number out of range
error-json-invalid-escape = invalid escape
error-json-too-deep = recursion limit exceeded
error-json-control-character = control character found while parsing a string
error-json-invalid-type = invalid type: { $found }, expected { $expected }
error-json-invalid-value = invalid value: { $found }, expected { $expected }
error-json-unknown-variant = unknown variant { $value }, expected { $choices }
error-json-unknown-field = unknown field { $field }, expected { $choices }
error-json-missing-field = missing field { $field }
error-json-duplicate-field = duplicate field { $field }
error-json-expected = expected { $what }
error-json-one-of = one of { $choices }
error-json-or = ` or `
error-json-integer = integer
error-json-float = floating point
error-json-boolean = boolean
error-json-string = string
error-json-map = map
error-json-sequence = a sequence
error-json-a-string = a string
error-json-a-boolean = a boolean
error-json-a-number = a number
error-json-a-whole-number = a whole number
error-json-a-small-number = a whole number from 0 to 255
error-json-a-profile = a profile (a JSON object with "ratings")
error-json-a-rubric = a rubric (a JSON object)
error-json-a-skill = a skill (a JSON object)
error-json-a-level = a level (a JSON object)
error-json-a-certification = a certification (a JSON object)

## A profile's problems

error-profile-syntax = profile { $error }
error-profile-problems = profile { $origin } has { $count ->
        [one] 1 problem:
       *[other] { $count } problems:
    }
error-expected-ratings = an object mapping skill ids to ratings, like {"{"}"quality-control": 2{"}"}
error-expected-evidence = an object mapping skill ids to text, like {"{"}"quality-control": "runs the SPC charts for line 2"{"}"}
error-field-unknown-certification = unknown field "{ $field }"{ $suggestion }; a certification has only the fields { $fields }
error-field-unknown-profile = unknown field "{ $field }"{ $suggestion }; a profile has only the fields { $fields }
error-field-unknown-review = unknown field "{ $field }"{ $suggestion }; a review has only the fields { $fields }
error-rating-unknown-skill = is not a skill of rubric { $rubric }{ $suggestion }; `skillgap rubric show { $rubric }` lists the skill ids
error-rating-twice = appears more than once in ratings; keep only one rating per skill
error-null-not-rated = not rated
error-null-not-observed = not observed
error-rating-allowed = use a whole number from 0 ({ $low }) to { $max } ({ $high }), or null if { $null_means }
error-rating-off-scale = { $value } is not on the rating scale; { $allowed }
error-rating-text = is the text "{ $text }", not a number; { $allowed } (without quotes)
error-rating-bool = is { $value }, not a number; { $allowed }
error-rating-not-number = is not a number; { $allowed }
error-profile-other-rubric = the profile is for rubric "{ $named }" but the rubric in use is "{ $used }"; pass --rubric { $named } (an id, or the path of its file), or correct the field
error-years-range = is { $years } but must be a number from 0 to { $max }
error-review-other-person = is "{ $person }" but the profile is of "{ $name }"; a review belongs in the profile of the person it names
error-certification-unknown = "{ $id }" is not a certification of rubric { $rubric }{ $suggestion }; `skillgap rubric show { $rubric }` lists them
error-evidence-twice = appears more than once in evidence; put all of it in one text
error-evidence-unknown-skill = is not a skill of rubric { $rubric }{ $suggestion }
error-date-invalid = "{ $text }" is not a date; write the day as YYYY-MM-DD, such as 2027-05-01
error-certification-expires-before = is { $expires }, not after the day it was earned ({ $earned }); check both days
error-certification-expires-too-late = is { $earned }: valid for { $years } years, it would expire on { $expires }, after the last year skillgap reads (2200); check the year
error-group-too-long = is { $chars } characters long; a group names a line, shift, cell or site in at most { $max } characters, such as "Line 2 / nights"
error-strict-unrated = --strict needs every skill rated, but { $count ->
        [one] 1 is
       *[other] { $count } are
    } not: { $skills }

## Rubrics, the command line and output files

error-rubric-unknown-id = no rubric with id "{ $id }"{ $suggestion }; the rubrics are: { $known } (`skillgap rubrics` lists them), or give the path of a rubric file with --rubric
error-rubric-dir-not-folder = --rubric-dir { $dir } is not a folder; give a folder that holds rubric files
error-assess-no-terminal = no profile given, and this is not an interactive terminal (standard input and standard error must both be one), so skillgap cannot ask the questions; pass --input FILE with a profile (JSON), or --input - to read it from standard input. `skillgap template -o me.json` writes a profile to fill in
error-output-overwrites-input = { $output } would overwrite the file { $input }, which skillgap is reading; choose another place for the output
error-output-overwrites-folder = { $output } would overwrite a file in the folder { $input }, which skillgap is reading; choose another place for the output
error-output-twice = { $output } is named twice as an output; give each file once
error-output-no-folder = cannot write { $output }: the folder { $folder } does not exist; create it first, or choose another place
error-output-directory = { $output } is a directory; give the name of a file to write to
error-cannot-write = cannot write { $output }
error-level-unknown = "{ $id }" is not a level of rubric { $rubric }{ $suggestion }; the levels are: { $levels }

## Options that do not fit together

error-stdin-twice = standard input (-) cannot be both the profile and the rubric; give the rubric as an id or a file, or the profile as a file
error-as-of-invalid = --as-of: "{ $text }" is not a day; write it as YYYY-MM-DD, such as 2026-11-27
error-template-format-mismatch = --format { $format } does not match the file name's .{ $ending } ending; change one of them
error-template-review-json = a review template is JSON; --review cannot write { $format }
error-review-person-empty = --person: give the name of the person you review
error-serve-code = { $flag }: a code of 4 to 64 characters people can type, such as 4821 7730
error-serve-codes-same = --code and --admin-code are the same; the supervisor's code must differ from the one everybody types
error-team-two-matrix-csv = give at most one matrix .csv file with -o
error-team-two-csv = give at most one .csv file with -o
error-show-unknown-skill = --skill: "{ $id }" is not a skill of rubric { $rubric }{ $suggestion }
error-cannot-write-stdout = cannot write to standard output: { $reason }
