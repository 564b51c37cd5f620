# Reports of a submission: what `form validate` prints (not loaded by the embed).
### status: reference
# Review status: reference locale, written by the engineering team.

## Reports of a submission (form validate, case workers' tools)
report-valid = The submission is valid.
report-invalid = { $count ->
    [one] The submission has { $count } problem:
   *[other] The submission has { $count } problems:
  }
report-dropped-hidden = dropped (hidden): { $path }
report-dropped-unknown = dropped (not in the form): { $path }

# This language's name in itself; locales/languages.ftl (the language switch) must say the same.
form-language-name = English
