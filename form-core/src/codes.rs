//! Every code the engine speaks in: issues with a submission, problems in a schema, and
//! the reasons a value is dropped. Each is an enum with a stable kebab-case name, so a
//! typo no longer compiles, and each name is the tail of a Fluent message id
//! (`error-<code>`, `schema-<code>`): the engine itself produces no human text.
//!
//! Architecture invariant: names never change once shipped (reports, the server's stored
//! answers and translations refer to them); new codes are added at the end of a list.

macro_rules! codes {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $text:literal,)* }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $($(#[$vdoc])* $variant,)*
        }

        impl $name {
            /// Every code, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            /// The stable name (`too-short`).
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)*
                }
            }

            /// The code with this stable name. (A search of [`Self::ALL`]: in the browser
            /// bundle a table costs less than a match on strings.)
            pub fn parse(s: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|c| c.as_str() == s)
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.as_str() == *other
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<$name, D::Error> {
                let s = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(d)?;
                $name::parse(&s).ok_or_else(|| serde::de::Error::custom("unknown code"))
            }
        }
    };
}

pub(crate) use codes;

codes! {
    /// A problem with a submission. The engine's message is `error-<code>`; a field may
    /// name its own message for a code (`messages` in the schema).
    IssueCode {
        /// Nothing was given for a required field.
        Required = "required",
        /// The JSON value has the wrong shape (an object where text belongs, ...).
        WrongType = "wrong-type",
        TooShort = "too-short",
        TooLong = "too-long",
        /// The text does not match the field's `pattern`.
        Pattern = "pattern",
        InvalidEmail = "invalid-email",
        InvalidTel = "invalid-tel",
        InvalidInteger = "invalid-integer",
        InvalidDecimal = "invalid-decimal",
        /// A decimal that some languages read as a whole number (`2.350`: `$whole` 2350,
        /// `$fraction` 2.35): asked, not guessed.
        AmbiguousDecimal = "ambiguous-decimal",
        TooSmall = "too-small",
        TooLarge = "too-large",
        InvalidDate = "invalid-date",
        /// A date given in parts lacks some (`$missing`: `day`, `month-year`, ...).
        DateIncomplete = "date-incomplete",
        DateTooEarly = "date-too-early",
        DateTooLate = "date-too-late",
        InvalidPartialDate = "invalid-partial-date",
        InvalidChoice = "invalid-choice",
        TooFewSelected = "too-few-selected",
        TooManySelected = "too-many-selected",
        /// An option that stands alone (`$option`, "None of these") ticked with others.
        ExclusiveOption = "exclusive-option",
        TooFewItems = "too-few-items",
        TooManyItems = "too-many-items",
        /// The submission is not a JSON object.
        NotAnObject = "not-an-object",
        /// A cross-field rule failed; the rule names its own message.
        Plausibility = "plausibility",
        /// Not an IBAN: wrong country, length, characters or check digits.
        InvalidIban = "invalid-iban",
        /// Characters outside the field's character set (`$found`: those found; `$why`:
        /// `look-alike`, `not-latin` or `other`, see `charset::why`).
        Characters = "characters",
        /// Not a time of day.
        InvalidTime = "invalid-time",
        TimeTooEarly = "time-too-early",
        TimeTooLate = "time-too-late",
    }
}

codes! {
    /// A problem in a schema, for form authors. The message is `schema-<code>`.
    DiagCode {
        JsonSyntax = "json-syntax",
        /// The JSON does not have the shape of a form (`$problem` says how).
        JsonShape = "json-shape",
        UnsupportedFormat = "unsupported-format",
        InvalidId = "invalid-id",
        InvalidLocale = "invalid-locale",
        /// A language is listed twice in `languages` (or is the default language again).
        DuplicateLanguage = "duplicate-language",
        /// The default language is one the engine has no messages in: the fallback of every
        /// other language would have no buttons and error messages.
        DefaultLanguageUnsupported = "default-language-unsupported",
        InvalidMessageId = "invalid-message-id",
        DuplicateId = "duplicate-id",
        NoPages = "no-pages",
        EmptyPage = "empty-page",
        NotApplicable = "not-applicable",
        MissingOptions = "missing-options",
        DuplicateOption = "duplicate-option",
        UnknownCodeList = "unknown-code-list",
        UnknownIssueCode = "unknown-issue-code",
        InvalidPattern = "invalid-pattern",
        /// No answer can match the pattern: not after the field's `transform` (`$transform`:
        /// its names, or `none`), or not at all.
        PatternNeverMatches = "pattern-never-matches",
        InvalidRange = "invalid-range",
        InvalidAutocomplete = "invalid-autocomplete",
        InvalidBound = "invalid-bound",
        NestedGroup = "nested-group",
        VisibilityCycle = "visibility-cycle",
        RuleUnknownField = "rule-unknown-field",
        RuleNoFields = "rule-no-fields",
        RuleFieldNotUsed = "rule-field-not-used",
        RequiresHiddenField = "requires-hidden-field",
        /// A rule names `$name`, which can be hidden while `$shown` (where its issue is
        /// shown) is shown: the rule is skipped then.
        RuleSkippedWhenHidden = "rule-skipped-when-hidden",
        /// A rule's assert reads `$name`, which can be hidden while `$shown` (where its
        /// issue is shown) is shown: the assert is then unknown, and the rule passes.
        RuleUnknownWhenHidden = "rule-unknown-when-hidden",
        /// A rule reads `$name`, where its issue is shown, through `value_or`, which gives it
        /// a value where it is not asked: the rule is skipped while `$name` is hidden, so
        /// that value is never used for a hidden answer.
        RuleValueOrSkipped = "rule-value-or-skipped",
        /// A rule sums over `$name`, where its issue is shown, and reads `$other` too, which
        /// can be shown while `$name` is hidden: the rule is skipped then, though `sum`
        /// gives the hidden group a value (0) and `$other` has its own.
        RuleTotalSkipped = "rule-total-skipped",
        UnknownOption = "unknown-option",
        /// A rule or condition reads a part of a partial date (`$name`) that an accepted
        /// answer may lack (it has at least `$precision`): it is then unknown, and passes.
        PartialDateUnknown = "partial-date-unknown",
        ExprTooLong = "expr-too-long",
        ExprTooDeep = "expr-too-deep",
        ExprSyntax = "expr-syntax",
        ExprUnknownField = "expr-unknown-field",
        ExprUnknownFunction = "expr-unknown-function",
        ExprArity = "expr-arity",
        ExprType = "expr-type",
        ExprOutOfScope = "expr-out-of-scope",
        ExprInvalidDate = "expr-invalid-date",
        ExprInvalidTime = "expr-invalid-time",
        MissingMessage = "missing-message",
        LimitExceeded = "limit-exceeded",
        /// A choice has both inline options and a code list.
        OptionsAndCodeList = "options-and-code-list",
        /// A condition of a page or field (`$what`: `page`, `field`; `visibleWhen`,
        /// `required`) reads a field (`$name`) that is asked on a later page (`$page`): the
        /// answer that decides comes after the question it decides about.
        ReadsLaterPage = "reads-later-page",
        /// A rule's issue is shown at a field (`$shown`) on an earlier page than a field
        /// its conditions read (`$name`, on page `$page`): the page flow stops only on the
        /// page an issue is shown at, so the applicant hears it only after the last page.
        RuleShownEarly = "rule-shown-early",
        /// A date field's `minDate` and `maxDate` (`$min`, `$max`), a fixed date against
        /// `today`, accept no date from `$day` on: a form still online then refuses every
        /// answer.
        DateRangeEnds = "date-range-ends",
        /// A `visibleWhen` (`$what`: `page`, `field`) that no combination of the answers it
        /// reads makes true: nobody is shown it.
        NeverShown = "never-shown",
        /// A rule (`$id`) whose `assert` no combination of the answers it reads makes false
        /// (where its `when` holds): it refuses nobody.
        RuleNeverFails = "rule-never-fails",
        /// An option that stands alone (`$value`) comes before an ordinary one: GOV.UK
        /// shows "None of these" last, below its "or".
        ExclusiveNotLast = "exclusive-not-last",
        /// A multi-choice whose `minItems` (`$min`) is more than one has an option that
        /// stands alone (`$value`): ticked alone, it is too few; with others, refused.
        ExclusiveMinItems = "exclusive-min-items",
        /// A multi-choice shows `$count` boxes (more than `$most`): on a phone a long way
        /// to the one meant, and a screen reader reads them one by one.
        LongCheckboxList = "long-checkbox-list",
        /// A choice drawn as radios shows `$count` of them (more than `$most`): a select
        /// asks it better.
        LongRadioList = "long-radio-list",
        /// A code list of the form's own (`$name`) that no question names.
        UnusedCodeList = "unused-code-list",
        /// A code list (`$name`) names values to keep `last` but is shown in the order
        /// written, where every value already stays where it is written.
        LastNotSorted = "last-not-sorted",
    }
}

codes! {
    /// Why a value was not kept in the cleaned submission.
    DropReason {
        /// The field is not shown for these answers (data minimisation).
        Hidden = "hidden",
        /// The key is not a field of the form.
        Unknown = "unknown",
    }
}

codes! {
    /// A problem in a translation file, for translators. The message is `lint-<code>`.
    LintCode {
        /// The file does not parse (`$problem`: the parser's code).
        Syntax = "syntax",
        MissingFile = "missing-file",
        MissingMessage = "missing-message",
        ExtraMessage = "extra-message",
        /// A message uses other variables than the reference message.
        Variables = "variables",
        /// A message uses a variable the engine does not give it (`$unknown`; it gives
        /// `$allowed`).
        UnknownVariable = "unknown-variable",
        /// A message has other attributes than the reference message.
        Attributes = "attributes",
        /// A plural selector lacks a CLDR plural category of the language.
        PluralCategories = "plural-categories",
        /// The file does not state its review status.
        MissingStatus = "missing-status",
        ExtraFile = "extra-file",
        /// A message refers to a message, term or attribute the language does not have
        /// (`$reference`).
        UnknownReference = "unknown-reference",
        /// A message's references go round in a circle.
        CyclicReference = "cyclic-reference",
        /// A file of a form's locale folder is not `<form id>.ftl` (`$expected`): nothing
        /// loads it.
        UnloadedFile = "unloaded-file",
        /// An id is defined twice among a language's files (`$first`: where the first is,
        /// which is the one kept).
        DuplicateMessage = "duplicate-message",
        /// A file is not UTF-8 text, so nothing in it is read (`$found`: `utf-16`, or
        /// `other`, most likely Windows-1252).
        Encoding = "encoding",
        /// A host's copy of an engine file lacks messages this engine shows (`$count`,
        /// `$ids`): it is older than the engine.
        OlderThanEngine = "older-than-engine",
    }
}

impl IssueCode {
    /// The arguments an issue of this code carries, for its message. An issue on a field
    /// also has `label` (the field's label, in the reader's language); a plausibility
    /// rule's issue has the answers of the rule's `fields`, by field id, instead.
    pub fn args(self) -> &'static [&'static str] {
        use IssueCode::*;
        match self {
            WrongType => &["expected"],
            TooShort | TooFewSelected | TooFewItems => &["min", "count"],
            TooLong | TooManySelected | TooManyItems => &["max", "count"],
            TooSmall | DateTooEarly | TimeTooEarly => &["min"],
            TooLarge | DateTooLate | TimeTooLate => &["max"],
            DateIncomplete => &["missing"],
            InvalidDate | InvalidPartialDate => &["parts"],
            Characters => &["found", "why"],
            AmbiguousDecimal => &["whole", "fraction"],
            ExclusiveOption => &["option"],
            Required | Pattern | InvalidEmail | InvalidTel | InvalidInteger | InvalidDecimal
            | InvalidChoice | NotAnObject | Plausibility | InvalidIban | InvalidTime => &[],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_are_unique() {
        let mut seen = std::collections::BTreeSet::new();
        for c in IssueCode::ALL {
            assert_eq!(IssueCode::parse(c.as_str()), Some(*c));
            assert!(seen.insert(c.as_str()), "{c}");
        }
        for c in DiagCode::ALL {
            assert_eq!(DiagCode::parse(c.as_str()), Some(*c));
        }
        assert_eq!(IssueCode::parse("too-loud"), None);
        let json = serde_json::to_string(&IssueCode::TooShort).unwrap_or_default();
        assert_eq!(json, "\"too-short\"");
        let back: Result<IssueCode, _> = serde_json::from_str("\"too-short\"");
        assert_eq!(back.ok(), Some(IssueCode::TooShort));
    }
}
