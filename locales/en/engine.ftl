# Messages of the form engine: validation issues and form chrome.
### status: reference
# Review status: reference locale, written by the engineering team.
#
# Variables: $label is the field's label, already translated. Numbers ($min, $max,
# $count) are numbers, so plural variants work. Dates ($min, $max of dates) are ISO
# dates (YYYY-MM-DD); times ($min, $max of times) are HH:MM, 24 hours.

## Validation issues (error-<code>)
error-required = Enter an answer for “{ $label }”
# A required choice (radio buttons, a select, checkboxes) and a required box to tick:
# "Select", as GOV.UK says for what is chosen rather than typed.
error-required-choice = Select an answer for “{ $label }”
error-required-consent = Select “{ $label }” to continue
error-wrong-type = “{ $label }” was sent in a form the service cannot read. Enter it again
error-too-short = “{ $label }” must be at least { $min ->
    [one] { $min } character
   *[other] { $min } characters
  } long
error-too-long = “{ $label }” must be { $max ->
    [one] { $max } character
   *[other] { $max } characters
  } or fewer
error-pattern = Enter “{ $label }” in the correct format
# $found: the characters refused, as written (up to five, then …). $why: look-alike
# (Cyrillic or Greek letters drawn like Latin ones, typed among Latin letters: a keyboard
# switched in a word, "Ivanоva"; the list alone would look allowed), not-latin (letters of
# another writing system: a name in its own script), other (anything else).
error-characters = { $why ->
    [look-alike] “{ $label }” contains letters that only look like Latin letters: { $found }. Type them again with a Latin keyboard
    [not-latin] Write “{ $label }” in Latin letters (A to Z, also with accents such as é, ł or ß)
   *[other] “{ $label }” contains characters that cannot be used: { $found }
  }
error-invalid-email = Enter an email address in the correct format, like name@example.com
error-invalid-tel = Enter a telephone number, like 030 90269 0 or +49 30 90269 0
error-invalid-iban = Enter a valid IBAN for “{ $label }”, like DE89 3704 0044 0532 0130 00
error-invalid-integer = “{ $label }” must be a whole number
error-invalid-decimal = “{ $label }” must be a number
error-ambiguous-decimal = “{ $label }”: do you mean { $whole } or { $fraction }? Enter the number without a thousands separator
error-too-small = “{ $label }” must be { $min } or more
error-too-large = “{ $label }” must be { $max } or less
error-invalid-date = “{ $label }” must be a real date
error-date-incomplete = “{ $label }” must include { $missing ->
    [day] a day
    [month] a month
    [year] a year
    [day-month] a day and month
    [day-year] a day and year
   *[month-year] a month and year
  }
error-date-too-early = “{ $label }” must be on or after { $min }
error-date-too-late = “{ $label }” must be on or before { $max }
error-invalid-time = “{ $label }” must be a real time, like 14:30 or 2:30pm
error-time-too-early = “{ $label }” must be { $min } or later
error-time-too-late = “{ $label }” must be { $max } or earlier
error-invalid-partial-date = “{ $label }” must be a real date; you may leave out the day, or the day and month
error-invalid-choice = Select one of the options for “{ $label }”
error-too-few-selected = Select at least { $min ->
    [one] { $min } option
   *[other] { $min } options
  } for “{ $label }”
error-too-many-selected = Select at most { $max ->
    [one] { $max } option
   *[other] { $max } options
  } for “{ $label }”
# $option: the label of the option that stands alone ("None of these"), ticked with others.
error-exclusive-option = Select either “{ $option }” or other options for “{ $label }”, not both
error-too-few-items = Add at least { $min ->
    [one] { $min } entry
   *[other] { $min } entries
  } to “{ $label }”
error-too-many-items = You can add at most { $max ->
    [one] { $max } entry
   *[other] { $max } entries
  } to “{ $label }”
error-not-an-object = The submission could not be read. Reload the page and try again
error-plausibility = Check your answers: they do not fit together

## Form chrome
form-error-summary-title = There is a problem
form-error-prefix = Error:
form-page-title-error-prefix = Error: { $title }
form-continue = Continue
form-back = Back
form-check-answers = Check your answers
form-change = Change
form-add-another = { $items ->
    [none] Add
   *[some] Add another
  }
form-group-full = You cannot add more than { $max }.
form-submit = Submit
form-date-day = Day
form-date-month = Month
form-date-year = Year
form-progress = Step { $current } of { $total }
form-date-order = day month year
form-date-written = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
  } { $year }
form-month-written = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
  } { $year }
form-decimal-separator = .
# Between groups of three digits in numbers of five digits or more ("12,500"; four
# digits, as in years, stay "3500"). A space goes in quotes: {"\u00A0"}.
form-group-separator = ,
# Between the options chosen in a multi-choice ("Loudspeaker, Vehicles"), as this
# language writes a list; in quotes, so that the space after the comma is kept.
form-list-separator = {", "}
# A number's unit (a field's "unit"), drawn after its input: the symbol as this
# language writes it.
unit-eur = €
unit-m2 = m²
unit-kg = kg
form-language = Language
form-item-heading = { $label } { $number }
# A problem with a question of one item of a group, said with the item it is in, as
# form-item-heading names it ("Person 2: Enter “Family name”"): "Family name" alone
# would name no one.
form-item-issue = { $label } { $number }: { $issue }
form-remove-item = Remove { $label } { $number }
form-submitted = Your answers have been sent
form-reference = Your reference number is { $reference }
form-sending = Sending…
form-send-retry = We could not send your answers. We will try again automatically.
form-loading = Loading the form…
form-problem-unavailable-title = This form cannot be shown at the moment
form-problem-unavailable = Check your internet connection and try again. If it still does not work, the service may be down: please try again later.
form-problem-no-webassembly = Your browser’s settings do not let this form run (on iPhone and iPad, Lockdown Mode does this). Open the page in another browser, or turn off Lockdown Mode for this website.
form-try-again = Try again
form-offline = You are offline. Your answers are kept here and will be sent as soon as you are back online.
form-problem-not-sent-title = Your answers have not been sent
form-problem-down = The service cannot be reached at the moment. Your answers are still here: try again later. You can also copy your answers to keep them safe.
form-problem-too-large = Your answers are too long to send. Shorten your longest answers, then send them again.
form-problem-rejected = The service did not accept your answers because of a problem with this form. Your answers are still here: copy them and try again later, or contact the office.
form-problem-changed = This form has been changed since you opened it. Copy your answers, reload the page and enter them again.
form-copy-answers = Copy your answers
form-copied = Your answers have been copied.
form-copy-refused = Your browser did not allow copying. Your answers are selected below: copy them yourself.
# Beside the language switch while the language chosen loads; followed by that
# language's own name ("Loading the language you chose: Українська").
form-language-loading = Loading the language you chose:
form-language-failed = This language could not be loaded. Check your connection and choose it again.
form-keep-draft = Keep my answers on this device
form-not-answered = Not answered
form-yes = Yes
form-no = No
# Above a checkbox option that stands alone ("None of these"), set apart from the others.
form-or = or
