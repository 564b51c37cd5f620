# Messages for form authors and developers: schema diagnostics and the `form` command.
### status: reference
# Review status: reference locale, written by the engineering team.
### optional: a language without this file shows these messages in English.

## Schema diagnostics for form authors (schema-<code>)
schema-json-syntax = The file is not valid JSON (line { $line }, column { $column })
schema-json-shape = The schema does not have the expected shape: { $detail }
schema-unsupported-format = Format version { $found } is not supported; this engine reads format { $supported }
schema-invalid-id = “{ $id }” is not a valid id: use lower-case letters, digits and underscores (pages and forms may also use hyphens), starting with a letter
schema-invalid-locale = “{ $value }” is not a language tag such as de or en-GB
schema-invalid-message-id = “{ $id }” is not a valid Fluent message id
schema-duplicate-id = The id “{ $id }” is used twice (first at { $first })
schema-no-pages = The form has no pages
schema-empty-page = “{ $id }” contains no fields
schema-not-applicable = The property { $property } does not apply to a field of type { $type }
schema-missing-options = The choice “{ $id }” needs options or a code list
schema-duplicate-option = The option value “{ $value }” is empty or used twice
schema-unknown-code-list = There is no code list called “{ $name }”
schema-unknown-issue-code = “{ $code }” is not an issue code that a message can be given for
schema-invalid-pattern = The pattern is not a valid regular expression: { $detail }
schema-invalid-range = The minimum ({ $min }) is greater than the maximum ({ $max })
schema-invalid-autocomplete = “{ $value }” is not an HTML autocomplete token
schema-invalid-bound = “{ $value }” is not a valid bound for this field
schema-nested-group = The group “{ $id }” is inside another group; groups cannot be nested
schema-visibility-cycle = The visibility conditions depend on each other in a circle: { $cycle }
schema-rule-unknown-field = The rule names the field “{ $name }”, which does not exist here
schema-rule-field-not-used = The rule names the field “{ $name }” but does not read it
schema-rule-no-fields = The rule “{ $id }” names no fields; name at least the field where its message is shown
schema-requires-hidden-field = The rule requires “{ $name }”, which can be hidden; people would be blamed for a field they cannot see
schema-unknown-option = “{ $name }” has no option “{ $value }”, so this comparison is never true
schema-expr-too-long = The expression is longer than { $max } characters
schema-expr-too-deep = The expression is nested more than { $max } levels deep
schema-expr-syntax = Syntax error: { $problem ->
    [unterminated-string] a text in quotes is not closed
    [bad-escape] only \" and \\ may follow a backslash
    [bad-number] the number cannot be read
    [unexpected-character] the character “{ $found }” is not allowed here
    [expected] expected “{ $expected }” but found “{ $found }”
    [chained-comparison] comparisons cannot be chained; join them with “and”
   *[unexpected-token] “{ $found }” is not expected here
  }
schema-expr-unknown-field = There is no field called “{ $name }”
schema-expr-unknown-function = There is no function called “{ $name }”
schema-expr-arity = { $name } takes { $expected } arguments, not { $found }
schema-expr-type = Expected { $expected }, found { $found }
schema-expr-out-of-scope = “{ $name }” belongs to a repeatable group; use it inside count() or in the group's own rules
schema-expr-invalid-date = “{ $value }” is not a date written YYYY-MM-DD
schema-missing-message = The message “{ $id }” is missing in { $locale }
schema-limit-exceeded = Too many { $what }: at most { $max }

## The form command
cli-report-valid = The submission is valid.
cli-report-invalid = { $count ->
    [one] The submission has { $count } problem:
   *[other] The submission has { $count } problems:
  }
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
cli-error = error
cli-warning = warning
cli-dropped-hidden = dropped (hidden): { $path }
cli-dropped-unknown = dropped (not in the form): { $path }
