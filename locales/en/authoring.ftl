# Messages for form authors and developers: schema diagnostics and the `form` command.
### status: reference
# Review status: reference locale, written by the engineering team.
### optional: a language without this file shows these messages in English.

## Schema diagnostics for form authors (schema-<code>)
schema-json-syntax = The file is not valid JSON (line { $line }, column { $column }): { json-problem }
# Why a JSON file cannot be read, in both messages above and below ($problem).
json-problem = { $problem ->
    [unclosed] the file ends before every brace, bracket and quote opened in it is closed
    [comment] JSON has no comments (// or /* */): remove this one
    [single-quotes] names and texts need double quotes ("…"), not single ones
    [typographic-quotes] names and texts need straight double quotes ("…"), not typographic ones (“…”, „…“): an editor or word processor replaced them
    [extra-comma] a comma too many: remove it (no comma goes before a closing brace or bracket, or after another comma)
    [missing-comma-object] a comma is missing before this (after the value before it), or a closing brace
    [missing-comma-list] a comma is missing before this (after the item before it), or a closing bracket
    [expected-colon] a colon is missing after the name
    [key-not-string] a name needs double quotes ("name": …)
    [expected-value] no value can be read here: a text in double quotes, a number, true, false, null, an object or a list
    [invalid-escape] after a backslash in a text only a quote, a backslash, a slash, b, f, n, r, t, or u and four hexadecimal digits can follow
    [invalid-number] this number cannot be read or is too large (write numbers as 12, -3.5 or 1e6, without a plus or a leading zero)
    [line-break-in-text] a text in quotes goes over a line end or holds a tab: write \n or \t instead
    [after-the-end] something follows the end of the file's outer braces: a closing brace too many, or more after the last one
    [too-deep] objects and lists are nested more than 128 levels deep
   *[other] { $problem }
  }
schema-json-shape = The schema does not have the expected shape: { $problem ->
    [expected-object] expected an object
    [expected-list] expected a list
    [expected-string] expected a string
    [expected-number] expected a number
    [expected-count] expected a whole number from 0
    [expected-required] expected true, false or a condition
    [missing-property] missing property `{ $property }`
    [unknown-property] unknown property `{ $property }`, expected one of { $allowed }
    [unknown-type] unknown type `{ $value }`, expected one of { $allowed }
   *[unknown-value] unknown value `{ $value }`, expected one of { $allowed }
  }
schema-near = Did you mean “{ $near }”?
schema-unsupported-format = Format version { $found } is not supported; this engine reads format { $supported }
schema-invalid-id = “{ $id }” is not a valid id: use lower-case letters, digits and underscores (pages and forms may also use hyphens), starting with a letter
schema-invalid-locale = “{ $value }” is not a language tag such as de or en-GB
schema-duplicate-language = “{ $value }” is listed twice among the languages
schema-default-language-unsupported = The engine has no messages in “{ $value }” (its buttons, error messages and dates), and the default language is where every other finds what it lacks: make the default one of { $languages }, and offer “{ $value }” in “languages”
schema-invalid-message-id = “{ $id }” is not a valid Fluent message id
schema-duplicate-id = The id “{ $id }” is used twice (first at { $first })
schema-no-pages = The form has no pages
schema-empty-page = “{ $id }” contains no fields
schema-not-applicable = The property { $property } does not apply to a field of type { $type }
schema-missing-options = The choice “{ $id }” needs options or a code list
schema-duplicate-option = The option value “{ $value }” is empty or used twice
schema-unknown-code-list = There is no code list called “{ $name }”
schema-unknown-issue-code = “{ $code }” is not an issue code that a message can be given for
schema-invalid-pattern = The pattern is not a valid regular expression: { $problem ->
    [too-deep] it is nested too deeply
    [repeat-number] a number must follow {"{"}
    [unclosed-repeat] {"}"} expected
    [bad-repeat] the repetition cannot be read
    [nothing-to-repeat] nothing to repeat
    [trailing-backslash] it ends with \
    [back-reference] back-references are not supported
    [unknown-escape] an unknown escape after \
    [unknown-property] an unknown property in \p{"{"}…{"}"} (see the reference for the names)
    [bad-code-point] \u or \x must be followed by a code point in hexadecimal
    [unclosed-class] ] expected
    [class-in-range] a class cannot be the end of a range
    [range-order] a range is out of order
    [unclosed-group] ) expected
    [unmatched-paren] unmatched )
    [look-around] look-around and named groups are not supported
    [anchor] ^ and $ are only allowed at the start and the end
    [too-long] it is too long
    [too-complex] it is too complex
   *[unexpected-end] it ends unexpectedly
  }
schema-pattern-never-matches = No answer can match this pattern{ $transform ->
    [none] {""}
   *[other] {" "}once “transform” ({ $transform }) has changed it: write the pattern for the answer as it is then
  }. Every answer would be refused
schema-invalid-range = The minimum ({ $min }) is greater than the maximum ({ $max })
schema-invalid-autocomplete = “{ $value }” is not an HTML autocomplete token
schema-invalid-bound = “{ $value }” is not a valid bound for this field
schema-nested-group = The group “{ $id }” is inside another group; groups cannot be nested
schema-visibility-cycle = The visibility conditions depend on each other in a circle: { $cycle }
schema-rule-unknown-field = The rule names the field “{ $name }”, which does not exist here
schema-rule-field-not-used = The rule names the field “{ $name }” but does not read it: after the first (where its issue is shown), “fields” names the answers the rule reads, and the rule is skipped while any of them is hidden
schema-rule-no-fields = The rule “{ $id }” names no fields; name at least the field where its message is shown
schema-requires-hidden-field = The rule requires “{ $name }”, which can be hidden; people would be blamed for a field they cannot see
schema-rule-skipped-when-hidden = The rule is skipped while “{ $name }” is hidden, even where “{ $shown }” is shown: name in “fields” only answers that are shown together, and read the others in the assert, with value_or() where a hidden answer counts as nothing
schema-rule-unknown-when-hidden = The rule reads “{ $name }”, which can be hidden while “{ $shown }” is shown: the rule then passes, whatever else was answered. Write value_or({ $name }, 0) if a hidden answer counts as nothing, or ask with present({ $name })
schema-rule-value-or-skipped = The rule reads “{ $name }” through value_or(), which gives it a value where it is not asked, but names it in “fields”: a rule is skipped while a field it names is hidden, so it is never checked for applicants who are not asked “{ $name }”. Show the issue at a question everyone answers (name that first) and leave “{ $name }” out of “fields”
schema-rule-total-skipped = The rule sums over “{ $name }”, where its issue is shown, and also reads “{ $other }”, which can be asked while “{ $name }” is not: a rule is skipped while the field its issue is shown at is hidden, so it is never checked for those applicants, though sum() gives “{ $name }” 0 for them. Show the issue at a question everyone answers (name that first in “fields”)
schema-unknown-option = “{ $name }” has no option “{ $value }”, so this comparison is never true
schema-partial-date-unknown = Answers to “{ $name }” may give only { $precision ->
        [year] the year
       *[year-month] the year and month
    }, and for them this is unknown (a rule that is unknown passes): give the field a “precision”, or compare earliest({ $name }) or latest({ $name })
schema-date-range-ends = From { $day } on, no date is accepted here ({ $min } to { $max }): a form still online then refuses every answer. Leave it so only if the form is taken offline before that day
schema-never-shown = No combination of the answers this condition reads makes it true: nobody is shown { $what ->
    [page] this page
   *[field] this question
  }. Check the values it compares, and whether an “and” should be an “or” (one answer is never two values at once)
schema-rule-never-fails = No combination of the answers the rule “{ $id }” reads makes its assert false: it refuses nobody. Check it with the answers it should refuse
schema-exclusive-not-last = The option “{ $value }” stands alone (“exclusive”) but an ordinary option comes after it: put it last, where it is shown below “or”, as GOV.UK shows “None of these”
schema-long-checkbox-list = This question shows { $count } boxes to tick: on a phone a long way to the one that is meant, and a screen reader reads them one by one. Ask for each answer with a select (a “choice” with “"widget": "select"”), a second one shown once the first is answered, or offer only the few options people need (more than { $most } boxes give this warning)
schema-long-radio-list = This question shows { $count } radio buttons: on a phone a long way to the one that is meant, and a screen reader reads them one by one. Show it as a select (“"widget": "select"”); a long list of names is easier to search in the reader's alphabetical order, as the engine's countries are and a code list with “"order": "alphabetical"” is (more than { $most } radio buttons give this warning)
schema-last-not-sorted = The code list “{ $name }” keeps values “last”, but it is shown in the order written, where every value already stays where it is written: add “"order": "alphabetical"” if the other values should be sorted, or remove “last” and write those values at the end
schema-unused-code-list = No question uses the code list “{ $name }”: name it in a question's “codeList”, or remove it (a misspelt name in a question is an error of its own)
schema-exclusive-min-items = The option “{ $value }” stands alone (“exclusive”), but at least { $min } options must be ticked: ticked alone it is too few, and with others it is refused, so nobody can choose it. Lower “minItems” to 1, or make the option an ordinary one
schema-reads-later-page = This condition reads “{ $name }”, which is asked later, on the page “{ $page }”: applicants would meet { $what ->
    [page] this page
   *[field] this question
  } before the answer that decides it. Ask “{ $name }” earlier, or move { $what ->
    [page] this page
   *[field] this question
  } after it
schema-rule-shown-early = The rule’s issue is shown at “{ $shown }”, but it also reads “{ $name }”, asked on a later page, “{ $page }”: an applicant who gives that answer hears of the problem only after the last page. Name “{ $name }” first in `fields`, so that the issue is shown where the answer is given
schema-expr-too-long = The expression is longer than { $max } characters
schema-expr-too-deep = The expression is nested more than { $max } levels deep
schema-expr-syntax = Syntax error: { $problem ->
    [unterminated-string] a text in quotes is not closed
    [bad-escape] only \" and \\ may follow a backslash
    [bad-number] the number cannot be read
    [unexpected-character] the character “{ $found }” is not allowed here
    [expected] expected “{ $expected }” but found “{ $found }”
    [expected-at-end] expected “{ $expected }” but the expression ends
    [unexpected-end] the expression ends too early
    [chained-comparison] comparisons cannot be chained; join them with “and”
    [single-equals] one “=” does not compare; write “==”
    [c-operator] write “and”, “or” and “not” (“!=” for “is not”) instead of “{ $found }”
    [other-quote] a text is written in straight double quotes ("yes"), not with “{ $found }”
    [bare-date] a date is written date("2020-01-01")
    [keyword-case] write “{ $expected }” in small letters, not “{ $found }”
    [no-null] there is no “{ $found }”: present(x) asks whether x is answered, and not present(x) whether it is not
    [yes-no] there is no field called “{ $found }”: an option is written in quotes ("{ $found }"), and “required” takes true or false
   *[unexpected-token] “{ $found }” is not expected here
  }
schema-expr-unknown-field = There is no field called “{ $name }”
schema-expr-unknown-function = There is no function called “{ $name }”
schema-expr-arity = { $name } takes { $expected } arguments, not { $found }
schema-expr-type = Expected { $expected ->
    [boolean] boolean
    [number] number
    [text] text
    [date] date
    [partial-date] partial date
    [time] time
    [set] set
    [group] group
    [value] a value (use count() or present() for a group)
    [number-date-or-time] number, date or time
    [number-text-date-or-time] number, text, date or time
    [comparable] number, date, text or boolean
    [date-literal] a text literal "YYYY-MM-DD"
    [time-literal] a text literal "HH:MM"
    [field-name] a field name
    [group-name] a group name
    [group-or-set] a group or multi-choice
    [text-or-number] text or number
    [date-or-partial-date] date or partial date
    [expression] expression
    [option] one of the options { $options }
   *[code] { $expected }
  }, found { $found ->
    [boolean] boolean
    [number] number
    [text] text
    [date] date
    [partial-date] partial date
    [time] time
    [set] set
    [group] group
    [value] a value (use count() or present() for a group)
    [number-date-or-time] number, date or time
    [number-text-date-or-time] number, text, date or time
    [comparable] number, date, text or boolean
    [date-literal] a text literal "YYYY-MM-DD"
    [time-literal] a text literal "HH:MM"
    [field-name] a field name
    [group-name] a group name
    [group-or-set] a group or multi-choice
    [text-or-number] text or number
    [date-or-partial-date] date or partial date
    [expression] expression
    [date-text] a text (a date is written date("2020-01-01"))
    [time-text] a text (a time is written time("14:30"))
    [number-text] a text (a number is written without quotes: 2)
    [text-for-box] a text (a box is itself true when ticked: write its name, or not and its name)
   *[code] { $found }
  }
schema-expr-out-of-scope = “{ $name }” belongs to a repeatable group; use it inside count() or in the group's own rules
schema-expr-invalid-date = “{ $value }” is not a date written YYYY-MM-DD
schema-expr-invalid-time = “{ $value }” is not a time written HH:MM
schema-missing-message = The message “{ $id }” is missing in { $locale }
schema-limit-exceeded = Too many { $what ->
    [fields] fields
    [bytes] bytes
    [pages] pages
    [options] options
    [rules] rules
    [items] items
    [pattern] characters in the pattern
   *[code] { $what }
  }: at most { $max }
schema-options-and-code-list = A choice takes either options or a code list, not both

## Translation lint for translators (lint-<code>)
lint-syntax = This entry cannot be read and is left out: { $problem ->
    [expected-token] a character is missing or out of place here (a closing brace, a bracket, “=”?)
    [expected-message-field] the message has no text after “=”
    [missing-value] the message has no text after “=”
    [missing-default-variant] one of the variants must be the default, marked with “*” (*[other])
    [multiple-default-variants] only one variant may be marked with “*”
    [unbalanced-closing-brace] a closing brace here closes nothing
    [unterminated-string-literal] a text in quotes is not closed on its line
    [too-deep] braces or calls are nested more than 32 levels deep
    [duplicate-message] a message of this name is already defined
    [tab] a line starts with a tab: Fluent continues a text only on lines indented with spaces
    [odd-space] a line starts with a space that is not a plain one (a no-break space, often copied from a word processor): indent with plain spaces
    [id-not-latin] a message name was changed here: names stay as in the reference (Latin letters, digits, “-”); translate only the text after “=”
    [variant-translated] the names of variants ([one], [few], [other], …) stay as in the reference; translate only the text after them
    [typographic-quotes] a text inside braces needs straight quotes ("…"), not typographic ones (“…”, „…“, «…»)
    [expected-char-range] a name here has a character it may not have: names start with a Latin letter and have only Latin letters, digits, “-” and “_”
    [expected-inline-expression] the braces hold something that cannot be read: a variable ($name), a message name, a number or a text in straight quotes can stand there
    [expected-term-field] the term (a name starting with “-”) has no text after “=”
    [forbidden-callee] only functions written in capitals (NUMBER, DATETIME) can be called
    [message-reference-as-selector] a choice of variants must depend on a variable ($name), not on a message
    [term-reference-as-selector] a choice of variants cannot depend on a term, only on one of its attributes
    [message-attribute-as-selector] a choice of variants must depend on a variable ($name), not on a message's attribute
    [term-attribute-as-placeable] a term's attribute can only choose a variant; it cannot be shown as text
    [positional-argument-follows-named] in a call, values without a name must come before the named ones
    [duplicated-named-argument] in a call, a named value is given twice
    [unknown-escape-sequence] in a text in quotes, a backslash can only be followed by a quote, a backslash, u or U
    [invalid-unicode-escape-sequence] a backslash with u needs four hexadecimal digits after it, with U six
    [expected-simple-expression-as-selector] a choice of variants must depend on a variable, a number or a text in quotes
    [expected-literal] a text in quotes or a number is needed here
   *[other] { $problem }
  }
lint-missing-file = { $locale } has no { $file }
lint-missing-message = { $id } is missing (reference line { $line })
lint-extra-message = { $id } is not in the reference
lint-variables = { $id } uses other variables than the reference: missing [{ $missing }], unknown [{ $unknown }]
lint-unknown-variable = { $count ->
    [0] { $id } uses { $unknown }, but the form gives this message no variables, so readers would see it raw
    [one] { $id } uses { $unknown }, which the form never gives this message, so readers would see it raw; it can use: { $allowed }
   *[other] { $id } uses { $unknown }, which the form never gives this message, so readers would see it raw; it can use: { $allowed }
  }
lint-attributes = { $id } has the attributes [{ $has }], the reference has [{ $reference }]
lint-plural-categories = { $id } has no variant for { $categories }
lint-unknown-reference = { $id } refers to { $reference }, which this language does not have, so readers would see it raw
lint-cyclic-reference = { $id } refers to itself through other messages, so readers would see a raw reference
lint-unloaded-file = Nothing loads { $file }: the embed and the receiver read this form's messages from { $expected } only. Rename the file, or move its messages there
lint-duplicate-message = { $id } is already defined at { $first }: this one is ignored
lint-missing-status = Expected a line `### status: { $statuses }`
lint-extra-file = The reference has no { $file }
lint-encoding = The file is not saved as UTF-8, so nothing in it is read: { $found ->
    [utf-16] it is UTF-16 (which Notepad calls “Unicode”)
   *[other] it is most likely Windows-1252 (which Notepad calls “ANSI”)
  }. Save it again as “UTF-8”
lint-older-than-engine = { $count ->
    [one] This file lacks a message
   *[other] This file lacks { $count } messages
  } that this version of the engine shows ({ $ids }): readers would see { $count ->
    [one] its id
   *[other] their ids
  } instead. The file is older than the engine: publish the locales folder of the same release as the embed (dist/embed)

## The form command
cli-check-ok = { $file }: no errors ({ $warnings ->
    [0] no warnings
    [one] { $warnings } warning
   *[other] { $warnings } warnings
  })
cli-check-failed = { $file }: { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
  }, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
  }
cli-pack-wrote = Wrote { $file } ({ $bytes } bytes): the compiled form for the embed.
cli-pack-wrote-first-page = Wrote { $file } ({ $bytes } bytes): the first page in this language, shown before the embed has loaded.
cli-pack-wrote-messages = Wrote { $file } ({ $bytes } bytes): messages for the browser, without the translators' comments.
cli-test-summary = { $folder }: { $passed } of { $cases } { $cases ->
    [one] case
   *[other] cases
  } as their snapshots say
cli-test-differs = { $file }: differs from its snapshot at line { $line }: expected “{ $expected }”, got “{ $got }”
cli-test-now-valid = now: valid
cli-test-now-issues = now: { $issues }
cli-test-unmet = { $file }: expected { $expected }; it gives { $got }
cli-test-valid = valid
cli-test-unknown-code = { $file }: "$expect" names “{ $code }”, which is neither an issue code nor the id of one of the form's rules, so the case can never give it
cli-bad-case-expect = { $file }: "$expect" { $value } is neither "valid" nor a list of issues written "path code"
cli-test-new = { $file }: no snapshot yet; form test --update writes it (read it before you commit it)
cli-test-wrote = Wrote { $file }
cli-test-no-cases = { $folder }: no cases (cases/*.json) to run
cli-test-schema-errors = { $folder }: the schema has errors; form check { $file } lists them
cli-error = error
cli-load-problem = { $problem ->
    [duplicate-message] A message of this name is already defined: this one is ignored
    [too-deep] Braces or calls are nested too deeply here: this entry is left out
    [not-utf-8] The file is not saved as UTF-8: nothing in it is read (form check says what it is)
   *[other] The file cannot be read here ({ $problem })
  }
cli-warning = warning
cli-not-a-language-tag = “{ $tag }” is not a language tag
cli-no-message-files = There is no form.json here, and no message files (<language>/*.ftl) to check
cli-bad-today = --today { $value }: not a date written YYYY-MM-DD
cli-bad-case-today = { $file }: "$today" { $value } is not a date written YYYY-MM-DD
cli-cannot-read = { $file }: { $reason ->
    [missing] there is no such file
    [denied] not allowed to read this file
    [folder] this is a folder, not a file
    [not-a-folder] part of this path is a file, not a folder
    [not-text] not text in UTF-8
    [utf-16] saved as UTF-16 (which Notepad calls “Unicode”), not UTF-8: save it again as UTF-8
   *[failed] the file cannot be read
  }
cli-cannot-write = { $file }: { $reason ->
    [missing] the folder cannot be made
    [denied] not allowed to write here
    [folder] this is a folder, not a file
    [not-a-folder] part of this path is a file, not a folder
    [full] the disk is full
   *[failed] the file cannot be written
  }
cli-data-not-json = { $file }: not valid JSON (line { $line }, column { $column }): { json-problem }

## form: its help and the mistakes in a command line (cli-help-<command>-<argument>)
cli-help-about = Check form schemas and their translations, validate submissions, pack forms for the embed, and show a form being written.
cli-help-usage = Usage
cli-help-commands = Commands
cli-help-command = COMMAND
cli-help-options = Options
cli-help-arguments = Arguments
cli-help-help = Show this help
cli-help-version = Show the version
cli-help-locales = Folder with the engine's messages (<tag>/*.ftl); default: the copy built in
cli-help-check = Compile schemas, lint their translations and locale folders (such as locales/), and report every problem with its place; exit 1 on errors.
cli-help-check-files = Schemas (form.json) and locale folders to check
cli-help-check-locale = Language of the report (default: the environment's, else English)
cli-help-validate = Validate a submission; exit 1 when it is invalid, 2 when the schema or the data cannot be read.
cli-help-validate-schema = The form's schema (form.json)
cli-help-validate-data = The submission (JSON)
cli-help-validate-locale = Language of the report (default: the form's default language)
cli-help-validate-today = The date to validate as of, YYYY-MM-DD (default: today in Berlin)
cli-help-validate-format = text (for people, the default) or json (for programs)
cli-help-schema = Print the JSON Schema of the form format.
cli-help-dev = Show the form being written, live, with the real embed: problems, translations and cases beside it; rebuilt on every save.
cli-help-dev-folder = The form's folder (form.json, locales/, cases/); default: the current folder
cli-help-dev-port = The port on 127.0.0.1 (default: 8090)
cli-help-dev-dist = The built embed (dist/embed); default: found above the current folder
cli-help-dev-locale = Language of the panels (default: the environment's, else English)
cli-help-pack = Check a schema, then write the compiled form for the embed (<schema>.form, or --out), its first page in each of its languages (<name>/locales/<tag>/first-page.json beside it) and the messages without the translators' comments (the form's beside the first pages, the engine's in locales/); publish them next to the schema.
cli-help-pack-schema = The form's schema (form.json)
cli-help-pack-out = Where to write the compiled form (default: the schema's name with .form)
cli-help-pack-locale = Language of the report (default: the environment's, else English)
cli-help-pack-today = The date the first pages are judged as of, YYYY-MM-DD (default: today in Berlin)
cli-help-test = Run a form's cases (cases/*.json) as form validate does and compare each report with its snapshot (cases/snapshots/*.snap); exit 1 when one differs, has none or cannot be read.
cli-help-test-folders = Form folders, or their form.json (default: the current folder)
cli-help-test-update = Write the snapshots of new and changed cases (read them before you commit them)
cli-help-test-locale = Language of the report (default: the environment's, else English)
cli-usage-unknown-argument = { $arg } is not an option of this command
cli-usage-invalid-value = { $arg }: “{ $value }” cannot be used here
cli-usage-invalid-value-of = { $arg }: “{ $value }” cannot be used here; possible: { $valid }
cli-usage-missing = { $arg } must be given
cli-usage-unknown-command = “{ $command }” is not a command of { $program }
cli-usage-missing-command = { $program } needs a command
cli-usage-too-many = “{ $value }” is one value too many
cli-usage-other = The command line cannot be read.
cli-usage-more = See { $program } --help, or { $program } COMMAND --help.

## form-server: the receiving service and the case workers' commands (server-help-<command>-<argument>)
server-help-about = Receive, validate and keep form submissions; export them and delete old ones.
server-help-db = The database: a file (or sqlite:FILE) for SQLite, or postgres://user@host/db; else the variable FORM_DB; default: submissions.sqlite3
server-help-forms = The folder of forms (<id>/form.json and <id>/locales/); default: examples
server-help-locale = Language of what the command says (default: the environment's, else English)
server-help-serve = Run the HTTP service: it serves the forms, their messages and the embed, and takes submissions.
server-help-serve-listen = The address and port to listen on (default: 127.0.0.1:8080)
server-help-serve-locales = The folder with the engine's messages (default: locales)
server-help-serve-dist = The browser build (dist), served under /assets/engine/
server-help-serve-site = A site served at / (such as the demo's CMS page)
server-help-serve-allow_origins = An origin allowed to send from another site (give it once for each)
server-help-serve-rate_limit = Requests a second from one address; 0 turns the limit off (default: 5)
server-help-serve-rate_burst = Requests one address may make at once before the limit applies (default: 20)
server-help-serve-today = Judge submissions as of this day, YYYY-MM-DD (default: today)
server-help-serve-time_zone = The time zone whose date is today: Europe/Berlin (or another central European zone) or UTC (default: Europe/Berlin)
server-help-export = Write the submissions of a form received in a date range to the standard output.
server-help-export-form = The form's id
server-help-export-from = The first day, YYYY-MM-DD (UTC), included
server-help-export-to = The last day, YYYY-MM-DD (UTC), included
server-help-export-format = csv (for spreadsheets, the default) or jsonl (a JSON object a line)
server-help-purge = Delete the submissions older than the retention period.
server-help-purge-older_than_days = The retention period in days
server-listening = form-server is listening on { $address }
server-exported = { $count ->
    [one] One submission exported.
   *[other] { $count } submissions exported.
  }
server-purged = { $count ->
    [one] One submission
   *[other] { $count } submissions
  } older than { $days ->
    [one] one day
   *[other] { $days } days
  } deleted.
server-bad-date = { $option } { $value }: write the date YYYY-MM-DD
server-bad-zone = --time-zone { $value }: use Europe/Berlin (or another central European zone) or UTC
server-cannot-listen = { $address }: the service cannot listen there ({ $reason })
server-no-form = There is no form “{ $form }” in { $folder }.
server-forms-folder = { $folder }: { $reason ->
    [missing] there is no such folder
    [denied] not allowed to read this folder
    [not-a-folder] this is not a folder
   *[failed] the folder of forms cannot be read
  }
server-schema-errors = { $file }: the schema has errors; form check { $file } shows them
server-messages-broken = { $file }:{ $line }: the messages cannot be read ({ $problem }); form check shows why
server-database = The database cannot be used: { $reason }
server-stopped = The service stopped: { $reason }
server-store-failed = A submission of the form “{ $form }” could not be stored, and its sender was asked to try again later: { $reason }

## form dev: the page that shows the form being written
dev-title = Form preview
dev-diagnostics = Problems
dev-no-diagnostics = No problems.
dev-translations = Translations
dev-cases = Cases
dev-no-cases = No cases yet: put submissions in cases/*.json.
dev-language = Language
dev-pseudo-accented = Pseudo-locale, longer text
dev-pseudo-bidi = Pseudo-locale, right to left
dev-rtl-host = Right-to-left host page
dev-narrow = 320 px
dev-message-ids = Message ids
dev-translated = translated
dev-missing = missing
dev-extra = extra
dev-broken = broken
dev-reference = reference
dev-not-offered = not offered
dev-pass = pass
dev-fail = FAIL
dev-new-case = new (no expected report)
dev-expected = expected
dev-got = got
dev-valid = valid
dev-invalid = invalid
dev-updated = Updated at
dev-error = errors
dev-warning = warnings
dev-severity-error = error
dev-severity-warning = warning
dev-no-form = The schema has errors: the preview shows the last form that compiled.
dev-no-schema = { $detail } has no form.json: give the folder of a form.
dev-no-embed = The embed is not built: run `cargo xtask embed` (or `cargo xtask dev FOLDER`), or give --dist.
dev-cannot-listen = Cannot listen on { $detail }: choose another --port.
dev-serving = Serving { $folder } at { $url } (Ctrl+C to stop); every save reloads the page.
