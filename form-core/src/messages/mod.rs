//! Rendering codes and message ids to text with Fluent.
//!
//! The engine never reads files: callers hand in the text of `.ftl` resources (the CLI
//! reads them from `locales/`, the browser fetches them). [`fluent`] reads them as
//! fluent-syntax does and formats the messages as fluent-bundle does: problems are
//! collected, and text is still returned.

mod fluent;

use std::borrow::Cow;
use std::fmt;

use self::fluent::Bundle;
use crate::codes::IssueCode;
use crate::diag::{Arg, Args, Diagnostic};
use crate::locale::Locale;
use crate::model::Form;
use crate::types::{Kind, Shown};
use crate::validate::Issue;

/// A problem in an `.ftl` resource, with its 1-based line and a stable code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResourceError {
    pub resource: String,
    pub line: usize,
    pub kind: SyntaxCode,
}

/// What is wrong in an `.ftl` file, as a stable code ([`SyntaxCode::as_str`]): the names of
/// fluent-syntax's `ErrorKind`, and `too-deep` (placeables nested deeper than
/// [`MAX_NESTING`]) and `duplicate-message`. Not text until asked: the embed says only where
/// a file has a problem, and so carries none of the codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxCode {
    ExpectedToken,
    ExpectedCharRange,
    ExpectedMessageField,
    ExpectedTermField,
    ForbiddenCallee,
    MissingDefaultVariant,
    MissingValue,
    MultipleDefaultVariants,
    MessageReferenceAsSelector,
    TermReferenceAsSelector,
    MessageAttributeAsSelector,
    TermAttributeAsPlaceable,
    UnterminatedStringLiteral,
    PositionalArgumentFollowsNamed,
    DuplicatedNamedArgument,
    UnknownEscapeSequence,
    InvalidUnicodeEscapeSequence,
    UnbalancedClosingBrace,
    ExpectedInlineExpression,
    ExpectedSimpleExpressionAsSelector,
    ExpectedLiteral,
    TooDeep,
    DuplicateMessage,
}

impl SyntaxCode {
    /// Every code, for the test that each has a message for translators.
    pub const ALL: [SyntaxCode; 23] = [
        SyntaxCode::ExpectedToken,
        SyntaxCode::ExpectedCharRange,
        SyntaxCode::ExpectedMessageField,
        SyntaxCode::ExpectedTermField,
        SyntaxCode::ForbiddenCallee,
        SyntaxCode::MissingDefaultVariant,
        SyntaxCode::MissingValue,
        SyntaxCode::MultipleDefaultVariants,
        SyntaxCode::MessageReferenceAsSelector,
        SyntaxCode::TermReferenceAsSelector,
        SyntaxCode::MessageAttributeAsSelector,
        SyntaxCode::TermAttributeAsPlaceable,
        SyntaxCode::UnterminatedStringLiteral,
        SyntaxCode::PositionalArgumentFollowsNamed,
        SyntaxCode::DuplicatedNamedArgument,
        SyntaxCode::UnknownEscapeSequence,
        SyntaxCode::InvalidUnicodeEscapeSequence,
        SyntaxCode::UnbalancedClosingBrace,
        SyntaxCode::ExpectedInlineExpression,
        SyntaxCode::ExpectedSimpleExpressionAsSelector,
        SyntaxCode::ExpectedLiteral,
        SyntaxCode::TooDeep,
        SyntaxCode::DuplicateMessage,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SyntaxCode::ExpectedToken => "expected-token",
            SyntaxCode::ExpectedCharRange => "expected-char-range",
            SyntaxCode::ExpectedMessageField => "expected-message-field",
            SyntaxCode::ExpectedTermField => "expected-term-field",
            SyntaxCode::ForbiddenCallee => "forbidden-callee",
            SyntaxCode::MissingDefaultVariant => "missing-default-variant",
            SyntaxCode::MissingValue => "missing-value",
            SyntaxCode::MultipleDefaultVariants => "multiple-default-variants",
            SyntaxCode::MessageReferenceAsSelector => "message-reference-as-selector",
            SyntaxCode::TermReferenceAsSelector => "term-reference-as-selector",
            SyntaxCode::MessageAttributeAsSelector => "message-attribute-as-selector",
            SyntaxCode::TermAttributeAsPlaceable => "term-attribute-as-placeable",
            SyntaxCode::UnterminatedStringLiteral => "unterminated-string-literal",
            SyntaxCode::PositionalArgumentFollowsNamed => "positional-argument-follows-named",
            SyntaxCode::DuplicatedNamedArgument => "duplicated-named-argument",
            SyntaxCode::UnknownEscapeSequence => "unknown-escape-sequence",
            SyntaxCode::InvalidUnicodeEscapeSequence => "invalid-unicode-escape-sequence",
            SyntaxCode::UnbalancedClosingBrace => "unbalanced-closing-brace",
            SyntaxCode::ExpectedInlineExpression => "expected-inline-expression",
            SyntaxCode::ExpectedSimpleExpressionAsSelector => {
                "expected-simple-expression-as-selector"
            }
            SyntaxCode::ExpectedLiteral => "expected-literal",
            SyntaxCode::TooDeep => "too-deep",
            SyntaxCode::DuplicateMessage => "duplicate-message",
        }
    }
}

/// The code of a syntax error fluent-syntax found (its own texts are English prose): the
/// same codes as our parser's, from the one table of [`SyntaxCode::as_str`].
pub(crate) fn syntax_code(kind: &fluent_syntax::parser::ErrorKind) -> SyntaxCode {
    use fluent_syntax::parser::ErrorKind as K;
    match kind {
        K::ExpectedToken(_) => SyntaxCode::ExpectedToken,
        K::ExpectedCharRange { .. } => SyntaxCode::ExpectedCharRange,
        K::ExpectedMessageField { .. } => SyntaxCode::ExpectedMessageField,
        K::ExpectedTermField { .. } => SyntaxCode::ExpectedTermField,
        K::ForbiddenCallee => SyntaxCode::ForbiddenCallee,
        K::MissingDefaultVariant => SyntaxCode::MissingDefaultVariant,
        K::MissingValue => SyntaxCode::MissingValue,
        K::MultipleDefaultVariants => SyntaxCode::MultipleDefaultVariants,
        K::MessageReferenceAsSelector => SyntaxCode::MessageReferenceAsSelector,
        K::TermReferenceAsSelector => SyntaxCode::TermReferenceAsSelector,
        K::MessageAttributeAsSelector => SyntaxCode::MessageAttributeAsSelector,
        K::TermAttributeAsPlaceable => SyntaxCode::TermAttributeAsPlaceable,
        K::UnterminatedStringLiteral => SyntaxCode::UnterminatedStringLiteral,
        K::PositionalArgumentFollowsNamed => SyntaxCode::PositionalArgumentFollowsNamed,
        K::DuplicatedNamedArgument(_) => SyntaxCode::DuplicatedNamedArgument,
        K::UnknownEscapeSequence(_) => SyntaxCode::UnknownEscapeSequence,
        K::InvalidUnicodeEscapeSequence(_) => SyntaxCode::InvalidUnicodeEscapeSequence,
        K::UnbalancedClosingBrace => SyntaxCode::UnbalancedClosingBrace,
        K::ExpectedInlineExpression => SyntaxCode::ExpectedInlineExpression,
        K::ExpectedSimpleExpressionAsSelector => SyntaxCode::ExpectedSimpleExpressionAsSelector,
        K::ExpectedLiteral => SyntaxCode::ExpectedLiteral,
    }
}

/// How deeply placeables and calls may nest in a `.ftl` file (`{ { { $x } } }` is three,
/// `{ NUMBER(NUMBER($x)) }` three too). The parsers and the resolver recurse once per
/// level; a hostile file could otherwise exhaust the stack (about 20,000 levels natively,
/// far fewer in wasm). Real messages use two.
pub const MAX_NESTING: usize = 32;

/// A Fluent source safe for fluent-syntax's parser (which has no such limit; form-core's
/// own parser refuses the same entries itself), and the byte offsets where placeables and
/// calls nest deeper than [`MAX_NESTING`]: each entry that does is blanked out (its
/// newlines kept, so lines and offsets stay), and the entries after it are read.
pub(crate) fn readable(source: &str) -> (Cow<'_, str>, Vec<usize>) {
    let mut deep = Vec::new();
    let mut blanked: Vec<(usize, usize)> = Vec::new();
    let (mut braces, mut parens) = (0usize, 0usize);
    let mut in_string = false;
    let mut escaped = false;
    let mut line_start = true;
    let mut comment = false;
    // Where the entry being skipped ends: nothing is counted before it.
    let mut skip_until = 0usize;
    for (i, c) in source.char_indices() {
        let at_line_start = line_start;
        line_start = c == '\n';
        if i < skip_until {
            continue;
        }
        if at_line_start {
            comment = c == '#';
            // A new entry (as the parsers recover): nothing open is carried into it.
            if c.is_ascii_alphabetic() || c == '-' || c == '#' {
                (braces, parens, in_string, escaped) = (0, 0, false, false);
            }
        }
        if comment {
            continue;
        }
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' | '\n' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '{' => braces += 1,
            '}' => {
                braces = braces.saturating_sub(1);
                if braces == 0 {
                    parens = 0;
                }
            }
            '(' if braces > 0 => parens += 1,
            ')' if braces > 0 => parens = parens.saturating_sub(1),
            '"' if braces > 0 => in_string = true,
            _ => {}
        }
        if braces + parens > MAX_NESTING {
            deep.push(i);
            let entry = entry_start(source, i);
            let next = next_entry_start(source, i);
            blanked.push((entry, next));
            skip_until = next;
            (braces, parens) = (0, 0);
        }
    }
    if blanked.is_empty() {
        return (Cow::Borrowed(source), deep);
    }
    let mut out = String::with_capacity(source.len());
    let mut from = 0;
    for (a, b) in blanked {
        out.push_str(source.get(from..a).unwrap_or_default());
        let gone = source.get(a..b).unwrap_or_default();
        // A space for every byte (not every character): the offsets after it stay too.
        out.extend(gone.bytes().map(|b| if b == b'\n' { '\n' } else { ' ' }));
        from = b;
    }
    out.push_str(source.get(from..).unwrap_or_default());
    (Cow::Owned(out), deep)
}

/// Where the entry holding byte `at` begins: the last line start before it with a letter
/// or `-` (the file's start if none).
fn entry_start(source: &str, at: usize) -> usize {
    source
        .get(..at)
        .unwrap_or_default()
        .match_indices('\n')
        .map(|(n, _)| n + 1)
        .rfind(|&n| {
            source
                .get(n..)
                .and_then(|r| r.chars().next())
                .is_some_and(|c| c.is_ascii_alphabetic() || c == '-')
        })
        .unwrap_or(0)
}

/// Where the next entry after byte `at` begins: the next line starting with a letter, `-`
/// or `#`, as the parsers recover from an error (the file's end if none).
fn next_entry_start(source: &str, at: usize) -> usize {
    source
        .get(at..)
        .unwrap_or_default()
        .match_indices('\n')
        .map(|(n, _)| at + n + 1)
        .find(|&n| {
            source
                .get(n..)
                .and_then(|r| r.chars().next())
                .is_some_and(|c| c.is_ascii_alphabetic() || c == '-' || c == '#')
        })
        .unwrap_or(source.len())
}

/// Whether form-core's Fluent parser reads `source` exactly as fluent-syntax does: the
/// same messages and terms (as the tree the resolver formats) and the same errors, in
/// order. For `tests/fluent_reference.rs`; `Err` describes the first difference, `Ok` says
/// how many entries were read.
#[doc(hidden)]
pub fn parser_matches_fluent_syntax(source: &str) -> Result<usize, String> {
    let [(ours, our_errors), (theirs, their_errors)] = fluent::both_parsers(source);
    if our_errors != their_errors {
        return Err(format!(
            "errors: ours {our_errors:?}, fluent-syntax {their_errors:?}" // tidy: tests only
        ));
    }
    if ours != theirs {
        return Err(format!("ours {ours:?}\nfluent-syntax {theirs:?}")); // tidy: tests only
    }
    Ok(ours.len())
}

/// A text without the byte order mark some editors put before it (Notepad's "UTF-8 with
/// BOM"): Fluent and JSON read it as a character out of place at line 1, column 1, which
/// the file's author cannot see.
pub fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// 1-based line of a byte offset.
pub fn line_of(source: &str, offset: usize) -> usize {
    source
        .as_bytes()
        .iter()
        .take(offset)
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// Messages of several locales, with a default locale to fall back on.
pub struct Catalog {
    bundles: Vec<(Locale, Bundle)>,
    default: Locale,
}

/// Picks the best of `available` for a list of preferred tags (most preferred first): an
/// exact match, then the same language, else `default`. (A renderer uses this before it has
/// loaded any messages, to load only the language it needs.)
pub fn negotiate_among<S: AsRef<str>>(
    available: &[Locale],
    preferred: &[S],
    default: &Locale,
) -> Locale {
    let tags: Vec<&str> = preferred.iter().map(AsRef::as_ref).collect();
    negotiate_tags(available, &tags, default)
}

/// [`negotiate_among`], once for every caller (not one copy per type of tag).
fn negotiate_tags(available: &[Locale], preferred: &[&str], default: &Locale) -> Locale {
    for tag in preferred {
        let Ok(want) = Locale::parse(tag.split(';').next().unwrap_or("").trim()) else {
            continue;
        };
        if let Some(l) = available.iter().find(|l| **l == want) {
            return l.clone();
        }
        if let Some(l) = available.iter().find(|l| l.language() == want.language()) {
            return l.clone();
        }
    }
    default.clone()
}

/// The three parts of a date input, in the order a language writes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DatePart {
    Day,
    Month,
    Year,
}

impl fmt::Debug for Catalog {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let locales: Vec<String> = self.bundles.iter().map(|(l, _)| l.to_string()).collect();
        f.debug_struct("Catalog")
            .field("locales", &locales)
            .field("default", &self.default.to_string())
            .finish()
    }
}

impl Catalog {
    pub fn new(default: Locale) -> Catalog {
        Catalog {
            bundles: Vec::new(),
            default,
        }
    }

    pub fn default_locale(&self) -> &Locale {
        &self.default
    }

    /// The locales that have at least one resource, in the order they were added.
    pub fn locales(&self) -> Vec<Locale> {
        self.bundles.iter().map(|(l, _)| l.clone()).collect()
    }

    /// The bundle of a locale, made when first needed. Placeables are always isolated
    /// (U+2068 … U+2069): names and numbers inside Arabic or Persian text must not reorder
    /// their surroundings.
    fn bundle_mut(&mut self, locale: &Locale) -> &mut Bundle {
        let pos = match self.bundles.iter().position(|(l, _)| l == locale) {
            Some(p) => p,
            None => {
                self.bundles.push((locale.clone(), Bundle::new(locale)));
                self.bundles.len() - 1
            }
        };
        #[allow(clippy::indexing_slicing)] // `pos` was just found or pushed.
        &mut self.bundles[pos].1
    }

    /// Adds the text of one `.ftl` file. Syntax errors are returned with their lines; the
    /// entries that did parse are still added (as fluent-rs does).
    pub fn add_resource(
        &mut self,
        locale: &Locale,
        name: &str,
        source: &str,
    ) -> Vec<ResourceError> {
        let source = without_bom(source);
        let mut errors = Vec::new();
        // form-core's parser refuses entries nested too deeply itself (and reads on).
        let (syntax, duplicates) = self.bundle_mut(locale).add_source(source);
        for e in syntax {
            errors.push(ResourceError {
                resource: name.to_owned(),
                line: line_of(source, e.at),
                kind: e.kind,
            });
        }
        for kind in duplicates {
            errors.push(ResourceError {
                resource: name.to_owned(),
                line: 0,
                kind,
            });
        }
        errors
    }

    /// Adds a pseudo-locale (`en-XA` or `ar-XB`) made from the messages of `from`, and
    /// returns its locale.
    pub fn add_pseudo(&mut self, pseudo: crate::pseudo::Pseudo, from: &Locale) -> Locale {
        let Ok(locale) = Locale::parse(pseudo.tag()) else {
            return from.clone();
        };
        let source = self.bundles.iter().find(|(l, _)| l == from).map(|(_, b)| b);
        let bundle = Bundle::transformed(&locale, source, pseudo.transform());
        match self.bundles.iter_mut().find(|(l, _)| *l == locale) {
            Some((_, b)) => *b = bundle,
            None => self.bundles.push((locale.clone(), bundle)),
        }
        locale
    }

    /// A date, or the month and year, or the year of one, as people write it in `locale`:
    /// `form-date-written` (`27 March 1985`), `form-month-written` (`March 1985`), the year
    /// alone as a number. Each language writes its own month names and order in its messages.
    pub fn date_text(
        &self,
        locale: &Locale,
        year: i32,
        month: Option<u8>,
        day: Option<u8>,
    ) -> String {
        let mut args = Args::new();
        args.insert("year".to_owned(), Arg::Num(f64::from(year)));
        let id = match (month, day) {
            (Some(m), d) => {
                args.insert("month".to_owned(), Arg::Num(f64::from(m)));
                match d {
                    Some(d) => {
                        args.insert("day".to_owned(), Arg::Num(f64::from(d)));
                        "form-date-written"
                    }
                    None => "form-month-written",
                }
            }
            (None, _) => return year.to_string(),
        };
        self.text(locale, id, &args)
    }

    /// A number given as canonical text (`23.5`, as a cleaned submission stores it) as people
    /// write it in `locale`: with the decimal separator of its message
    /// `form-decimal-separator` (`23,5` in German), its digits grouped from five on with that of
    /// `form-group-separator` (`12.500,5`). The digits are kept as they are.
    pub fn number_text(&self, locale: &Locale, canonical: &str) -> String {
        let mut out = canonical.to_owned();
        let bundle = |id| {
            self.chain(locale)
                .iter()
                .filter_map(|want| self.bundles.iter().find(|(l, _)| l == want))
                .find(|(_, b)| b.has_message(id))
                .map(|(_, b)| b)
        };
        if let Some(sep) = bundle(fluent::DECIMAL_SEPARATOR).and_then(|b| b.decimal_separator()) {
            fluent::replace_point(&mut out, 0, sep);
        }
        if let Some(sep) = bundle(fluent::GROUP_SEPARATOR).and_then(|b| b.group_separator()) {
            fluent::group_digits(&mut out, 0, &sep);
        }
        out
    }

    /// Where a message for `locale` is looked for, in order: the locale, its language, the
    /// form's default language, then English, the reference language (the last resort, e.g.
    /// for the optional authoring messages that not every language has).
    fn chain(&self, locale: &Locale) -> [Locale; 4] {
        [
            locale.clone(),
            locale.base(),
            self.default.clone(),
            Locale::fallback(),
        ]
    }

    /// The order of the day, month and year inputs in `locale`, from its message
    /// `form-date-order` (for example `day month year`, or `year month day` in Persian).
    pub fn date_order(&self, locale: &Locale) -> [DatePart; 3] {
        let text = self.text(locale, "form-date-order", &Args::new());
        let parts: Vec<DatePart> = text
            .split_ascii_whitespace()
            .filter_map(|w| match w {
                "day" => Some(DatePart::Day),
                "month" => Some(DatePart::Month),
                "year" => Some(DatePart::Year),
                _ => None,
            })
            .collect();
        match parts.as_slice() {
            [a, b, c] if a != b && b != c && a != c => [*a, *b, *c],
            _ => [DatePart::Day, DatePart::Month, DatePart::Year],
        }
    }

    /// Whether `locale` itself (no fallback) has a message with this id.
    pub fn has(&self, locale: &Locale, id: &str) -> bool {
        self.bundles
            .iter()
            .any(|(l, b)| l == locale && b.has_message(id))
    }

    /// Picks the best available locale for a list of preferred tags (most preferred
    /// first, as `navigator.languages` or Accept-Language give them): an exact match,
    /// then the same language, else the default.
    pub fn negotiate<S: AsRef<str>>(&self, preferred: &[S]) -> Locale {
        negotiate_among(&self.locales(), preferred, &self.default)
    }

    /// Negotiates from an HTTP `Accept-Language` header (`fr-CA, fr;q=0.9, en;q=0.5`):
    /// tags are tried by descending quality, then in the order given; `*` and tags with
    /// `q=0` are ignored.
    pub fn negotiate_header(&self, header: &str) -> Locale {
        let mut tags: Vec<(u32, usize, &str)> = header
            .split(',')
            .enumerate()
            .filter_map(|(i, part)| {
                let mut pieces = part.split(';');
                let tag = pieces.next()?.trim();
                let q =
                    pieces
                        .find_map(|p| p.trim().strip_prefix("q="))
                        .map_or(Some(1000), |q| {
                            q.trim()
                                .parse::<f64>()
                                .ok()
                                .map(|f| (f.clamp(0.0, 1.0) * 1000.0) as u32)
                        })?;
                (q > 0 && !tag.is_empty() && tag != "*").then_some((q, i, tag))
            })
            .collect();
        tags.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        let ordered: Vec<&str> = tags.into_iter().map(|(_, _, t)| t).collect();
        self.negotiate(&ordered)
    }

    /// Formats a message, falling back along `locale` → its base language → the default
    /// locale → English. Returns the text and any formatting problems (as codes); a
    /// missing message gives its id and the problem `missing-message`.
    pub fn format(&self, locale: &Locale, id: &str, args: &Args) -> (String, Vec<String>) {
        let mut errors = Vec::new();
        for want in &self.chain(locale) {
            let Some((_, bundle)) = self.bundles.iter().find(|(l, _)| l == want) else {
                continue;
            };
            let Some(pattern) = bundle.value(id) else {
                continue;
            };
            let mut errs = Vec::new();
            let text = bundle.format(pattern, args, &mut errs);
            errors.extend(errs.iter().map(|e| (*e).to_owned()));
            return (text, errors);
        }
        errors.push("missing-message".to_owned());
        (id.to_owned(), errors)
    }

    /// Formats a message and ignores problems (the id stands in for a missing message).
    pub fn text(&self, locale: &Locale, id: &str, args: &Args) -> String {
        self.format(locale, id, args).0
    }

    /// Renders one validation issue: the field's label is formatted first and passed as
    /// `$label`. With the `form` the issue is of, a rule's message says the answers of
    /// choices by their options' labels and a box by `form-yes` / `form-no`, in the
    /// reader's language (the report's `args` keep the values, for programs).
    #[inline(never)]
    pub fn render_issue(&self, locale: &Locale, issue: &Issue, form: Option<&Form>) -> String {
        let mut args = issue.args.clone();
        // A rule's answers of choices and boxes are said by their labels (see `answer_text`);
        // a date bound, and a date among a rule's answers, as people write dates in this
        // language ("1 April 2021", "April 2021"), not as the report carries it (ISO, for
        // programs). (A text answer written exactly so is a date to its readers too.)
        let rule = issue.code == IssueCode::Plausibility;
        if rule || matches!(issue.code, IssueCode::DateTooEarly | IssueCode::DateTooLate) {
            for (name, arg) in args.iter_mut() {
                let Arg::Str(value) = &*arg else {
                    continue;
                };
                let def = form.filter(|_| rule).and_then(|f| f.field(name));
                // A decimal as a service sent it (text, as stored): a number with its places.
                if let Some(Kind::Decimal(_)) = def.map(|d| &d.kind) {
                    *arg = Arg::Decimal(value.clone());
                    continue;
                }
                let text = def
                    .and_then(|def| self.answer_text(locale, &def.kind, value))
                    .or_else(|| {
                        let d = crate::date::PartialDate::parse_iso(value).ok()?;
                        Some(self.date_text(locale, d.year, d.month, d.day))
                    });
                if let Some(text) = text {
                    *arg = Arg::Str(text);
                }
            }
        }
        // The option that stands alone, by its label (the report keeps its value).
        if issue.code == IssueCode::ExclusiveOption
            && let Some(def) = form.and_then(|f| f.field(issue.path.rsplit('.').next()?))
            && let Some(Arg::Str(value)) = args.get("option")
            && let Some(text) = self.answer_text(locale, &def.kind, value)
        {
            args.insert("option".to_owned(), Arg::Str(text));
        }
        if let Some(label) = &issue.label {
            args.insert(
                "label".to_owned(),
                Arg::Str(self.text(locale, label, &Args::new())),
            );
        }
        let text = self.text(locale, &issue.message, &args);
        // A problem of one item's question (`persons[1].family_name`) says which item:
        // "Family name" alone names no one among several people. In the summary as next to
        // the question (GOV.UK: the same words in both), and in a service's report.
        if let Some((group, rest)) = issue.path.split_once('[')
            && let Some(def) = form.and_then(|f| f.field(group))
            && let Some((n, _)) = rest.split_once(']')
            && let Some(n) = crate::text::ascii_number(n.as_bytes())
        {
            let mut said = Args::new();
            said.insert(
                "label".to_owned(),
                Arg::Str(self.text(locale, def.item_label(), &Args::new())),
            );
            said.insert("number".to_owned(), Arg::Num(n as f64 + 1.0));
            said.insert("issue".to_owned(), Arg::Str(text));
            return self.text(locale, "form-item-issue", &said);
        }
        text
    }

    /// A choice's answer (one option value, or a multi-choice's joined by `, ` as the
    /// report's arguments carry them) as its labels say it, or a box's as `form-yes` /
    /// `form-no`, as [`Catalog::shown_text`] says them; `None` for any other answer, or a
    /// value that is not an option. (Not through `shown_text`: the runtime module, which
    /// shows no answers otherwise, would carry its numbers and dates, 500 B.)
    fn answer_text(&self, locale: &Locale, kind: &Kind, value: &str) -> Option<String> {
        let t = |id: &str| self.text(locale, id, &Args::new());
        match (kind, value) {
            (Kind::Consent(_), "true") => Some(t("form-yes")),
            (Kind::Consent(_), "false") => Some(t("form-no")),
            (Kind::Consent(_), _) => None,
            _ => {
                // Option by option from the front: a value may hold ", " itself. (Not
                // `split(", ")`: its searcher costs the runtime module 600 B.)
                let options = kind.options()?;
                let mut labels = Vec::new();
                let mut rest = value;
                while !rest.is_empty() {
                    let (label, after) = options.list.iter().find_map(|o| {
                        let after = rest.strip_prefix(o.value.as_str())?;
                        (after.is_empty() || after.starts_with(", ")).then_some((&o.label, after))
                    })?;
                    labels.push(label);
                    rest = after.strip_prefix(", ").unwrap_or(after);
                }
                (!labels.is_empty()).then(|| self.list_text(locale, &labels))
            }
        }
    }

    /// Options' labels, as the language writes a list (`form-list-separator`: "، " in
    /// Arabic and Persian).
    fn list_text<S: AsRef<str>>(&self, locale: &Locale, labels: &[S]) -> String {
        let t = |id: &str| self.text(locale, id, &Args::new());
        let sep = t("form-list-separator");
        // (Not `join`: with a separator not known when compiled, it costs the embed 450 B.)
        let mut out = String::new();
        for (i, id) in labels.iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            out.push_str(&t(id.as_ref()));
        }
        out
    }

    /// An answer as the reader sees it on "check your answers": options by their labels (as
    /// a list in the language), a box as `form-yes` / `form-no`, numbers and dates as
    /// `locale` writes them, text as it is.
    pub fn shown_text(&self, locale: &Locale, shown: &Shown) -> String {
        let t = |id: &str| self.text(locale, id, &Args::new());
        match shown {
            Shown::Nothing => String::new(),
            Shown::Text { text } => text.clone(),
            Shown::Number { text } => self.number_text(locale, text),
            Shown::Date { year, month, day } => self.date_text(locale, *year, *month, *day),
            Shown::Options { labels } => self.list_text(locale, labels),
            Shown::Yes => t("form-yes"),
            Shown::No => t("form-no"),
            Shown::Items { count } => count.to_string(),
        }
    }

    /// Renders a schema diagnostic (`schema-<code>`), with its location, and the name it
    /// is likely a slip for (`schema-near`) when the diagnostic carries one (`near`).
    pub fn render_diagnostic(&self, locale: &Locale, d: &Diagnostic) -> String {
        let text = self.text(locale, &d.message_id(), &d.args);
        self.with_near(locale, text, &d.args)
    }

    /// `text`, then "Did you mean “…”?" (`schema-near`) where `args` carry the name it is
    /// likely a slip for (`near`): for a diagnostic, and for what `form test` says of a
    /// case's expectation.
    pub fn with_near(&self, locale: &Locale, text: String, args: &Args) -> String {
        match args.get("near").is_some() {
            true => format!("{text}. {}", self.text(locale, "schema-near", args)),
            false => text,
        }
    }
}
