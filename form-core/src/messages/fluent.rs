//! Fluent messages formatted by form-core itself: a resource's messages and terms compiled
//! from fluent-syntax's AST into a small tree of our own, and a resolver that writes them.
//!
//! The resolver follows fluent-bundle 0.16 (the reference: `tests/fluent_reference.rs`
//! formats every shipped message both ways and compares text and problems): the same bidi
//! isolation of placeables, the same `{$name}`-style stand-ins for what is missing, the same
//! limits (100 placeables, cycles). It differs in what the engine does not use: there are no
//! functions (a call is an `unknown-reference`, as in a bundle without functions), and plural
//! selection uses only the cardinal rules of one locale, looked up once (exact tag, then its
//! language, then English) instead of negotiating over every locale CLDR knows. Where
//! fluent-bundle would panic (a placeable limit inside a literal), this writes nothing.
//!
//! `parse.rs` reads `.ftl` text straight into the tree (a port of fluent-syntax's runtime
//! parser, tested against it); fluent-syntax's own AST is only converted for that test.
//!
//! Architecture invariant: the tree owns its text and does not depend on fluent-syntax
//! types; the browser bundle carries no fluent-syntax code.

mod parse;

use std::borrow::Cow;
use std::collections::BTreeMap;

use fluent_syntax::ast;
use intl_pluralrules::operands::PluralOperands;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

use crate::diag::{Arg, Args};
use crate::locale::Locale;
use crate::messages::SyntaxCode;
pub(crate) use parse::SyntaxError;

const MAX_PLACEABLES: u8 = 100;

/// A text transform applied to the literal text of messages (pseudo-locales).
pub(crate) type Transform = fn(&str) -> Cow<'_, str>;

/// A message or term: its value and attributes.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Entry {
    term: bool,
    value: Option<Pattern>,
    attributes: Box<[(Box<str>, Pattern)]>,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Pattern(Box<[Element]>);

#[derive(Clone, Debug, PartialEq)]
enum Element {
    Text(Box<str>),
    Place(Expr),
}

#[derive(Clone, Debug, PartialEq)]
enum Expr {
    Inline(Inline),
    Select(Inline, Box<[Variant]>),
}

#[derive(Clone, Debug, PartialEq)]
struct Variant {
    key: Key,
    value: Pattern,
    default: bool,
}

#[derive(Clone, Debug, PartialEq)]
enum Key {
    Name(Box<str>),
    /// A number literal as written (`1`, `1.0`): its fraction digits matter.
    Num(Box<str>),
}

#[derive(Clone, Debug, PartialEq)]
enum Inline {
    /// A string literal as written (escapes are resolved when it is written: patterns
    /// compare as written, see [`Scope::track`]).
    Str(Box<str>),
    Num(Box<str>),
    Func(Box<str>, Call),
    Msg(Box<str>, Option<Box<str>>),
    Term(Box<str>, Option<Box<str>>, Option<Call>),
    Var(Box<str>),
    Nested(Box<Expr>),
}

#[derive(Clone, Debug, Default, PartialEq)]
struct Call {
    positional: Box<[Inline]>,
    named: Box<[(Box<str>, Inline)]>,
}

/// The messages and terms of one locale.
pub(crate) struct Bundle {
    entries: BTreeMap<Box<str>, Entry>,
    plural: Option<PluralRules>,
    transform: Option<Transform>,
}

impl Bundle {
    pub fn new(locale: &Locale) -> Bundle {
        // The tag itself, else its language alone, else English (fluent-bundle negotiates
        // over every locale CLDR has rules for, with the same outcome for real tags).
        let rules = |l: LanguageIdentifier| PluralRules::create(l, PluralRuleType::CARDINAL);
        let id = locale.langid();
        let plural = rules(id.clone())
            .or_else(|_| rules(LanguageIdentifier::from_parts(id.language, None, None, &[])))
            .or_else(|_| rules(Locale::fallback().langid().clone()))
            .ok();
        Bundle {
            entries: BTreeMap::new(),
            plural,
            transform: None,
        }
    }

    /// A copy of `from`'s messages whose literal text goes through `transform`.
    pub fn transformed(locale: &Locale, from: Option<&Bundle>, transform: Transform) -> Bundle {
        let mut b = Bundle::new(locale);
        if let Some(from) = from {
            b.entries = from.entries.clone();
        }
        b.transform = Some(transform);
        b
    }

    /// Reads a `.ftl` source and adds its messages and terms; returns the syntax errors
    /// and, for an id that is already there (it keeps its first entry; messages and terms
    /// share ids, as in fluent-bundle), `duplicate-message`.
    pub fn add_source(&mut self, source: &str) -> (Vec<SyntaxError>, Vec<SyntaxCode>) {
        let (entries, errors) = parse::parse(source);
        let mut duplicates = Vec::new();
        for (id, entry) in entries {
            if self.entries.contains_key(id) {
                duplicates.push(SyntaxCode::DuplicateMessage);
            } else {
                self.entries.insert(id.into(), entry);
            }
        }
        (errors, duplicates)
    }

    /// Whether this bundle has a message (not a term) with this id.
    pub fn has_message(&self, id: &str) -> bool {
        self.message(id).is_some()
    }

    fn message(&self, id: &str) -> Option<&Entry> {
        self.entries.get(id).filter(|e| !e.term)
    }

    fn term(&self, id: &str) -> Option<&Entry> {
        self.entries.get(id).filter(|e| e.term)
    }

    /// The decimal separator this language writes numbers with: the text of its message
    /// `form-decimal-separator` (`,` in German), or `None` for `.` (no such message, or one
    /// that is not plain text).
    pub fn decimal_separator(&self) -> Option<&str> {
        match self.value(DECIMAL_SEPARATOR).map(|p| &*p.0) {
            Some([Element::Text(t)]) => Some(t.trim()).filter(|t| !t.is_empty() && *t != "."),
            _ => None,
        }
    }

    /// The separator this language groups the digits of large numbers with: its message
    /// `form-group-separator`, plain text or one text in quotes (`.` in German, `{"\u00A0"}`
    /// in Polish), or `None` (no such message, or another kind).
    pub fn group_separator(&self) -> Option<Cow<'_, str>> {
        match self.value(GROUP_SEPARATOR).map(|p| &*p.0) {
            Some([Element::Text(t)]) => Some(Cow::Borrowed(&**t)),
            Some([Element::Place(Expr::Inline(Inline::Str(s)))]) => Some(unescape(s)),
            _ => None,
        }
        .filter(|s| !s.is_empty())
    }

    /// The value of a message, if it has one.
    pub fn value(&self, id: &str) -> Option<&Pattern> {
        self.message(id)?.value.as_ref()
    }

    /// Writes a pattern with these arguments; problems are added to `errors` as codes.
    pub fn format(&self, pattern: &Pattern, args: &Args, errors: &mut Vec<&'static str>) -> String {
        let mut scope = Scope {
            bundle: self,
            args,
            local: None,
            placeables: 0,
            traveled: Vec::new(),
            errors,
            dirty: false,
        };
        if let [Element::Text(t)] = &*pattern.0 {
            return self.text(t).into_owned();
        }
        let mut out = String::new();
        scope.write_pattern(&mut out, pattern);
        out
    }

    fn text<'t>(&self, t: &'t str) -> Cow<'t, str> {
        match self.transform {
            Some(f) => f(t),
            None => Cow::Borrowed(t),
        }
    }
}

/// The entries of a resource parsed by fluent-syntax, as our tree (the reference the
/// parser is tested against).
fn from_ast<'s>(resource: &ast::Resource<&'s str>) -> Vec<(&'s str, Entry)> {
    let mut out = Vec::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(m) => out.push((
                m.id.name,
                Entry {
                    term: false,
                    value: m.value.as_ref().map(pattern),
                    attributes: attributes(&m.attributes),
                },
            )),
            ast::Entry::Term(t) => out.push((
                t.id.name,
                Entry {
                    term: true,
                    value: Some(pattern(&t.value)),
                    attributes: attributes(&t.attributes),
                },
            )),
            _ => {}
        }
    }
    out
}

/// What a parser read: the entries in order, and the codes of the syntax errors.
pub(crate) type Read<'s> = (Vec<(&'s str, Entry)>, Vec<SyntaxCode>);

/// Our parser's entries and error codes for a source, and fluent-syntax's (for the tests).
pub(crate) fn both_parsers(source: &str) -> [Read<'_>; 2] {
    let (ours, errors) = parse::parse(source);
    let (theirs, their_errors) = match fluent_syntax::parser::parse_runtime(source) {
        Ok(r) => (from_ast(&r), Vec::new()),
        Err((r, errs)) => (
            from_ast(&r),
            errs.iter()
                .map(|e| crate::messages::syntax_code(&e.kind))
                .collect(),
        ),
    };
    [
        (ours, errors.iter().map(|e| e.kind).collect()),
        (theirs, their_errors),
    ]
}

fn attributes(attrs: &[ast::Attribute<&str>]) -> Box<[(Box<str>, Pattern)]> {
    attrs
        .iter()
        .map(|a| (a.id.name.into(), pattern(&a.value)))
        .collect()
}

fn pattern(p: &ast::Pattern<&str>) -> Pattern {
    Pattern(
        p.elements
            .iter()
            .map(|e| match e {
                ast::PatternElement::TextElement { value } => Element::Text((*value).into()),
                ast::PatternElement::Placeable { expression } => Element::Place(expr(expression)),
            })
            .collect(),
    )
}

fn expr(e: &ast::Expression<&str>) -> Expr {
    match e {
        ast::Expression::Inline(i) => Expr::Inline(inline(i)),
        ast::Expression::Select { selector, variants } => Expr::Select(
            inline(selector),
            variants
                .iter()
                .map(|v| Variant {
                    key: match &v.key {
                        ast::VariantKey::Identifier { name } => Key::Name((*name).into()),
                        ast::VariantKey::NumberLiteral { value } => Key::Num((*value).into()),
                    },
                    value: pattern(&v.value),
                    default: v.default,
                })
                .collect(),
        ),
    }
}

fn inline(i: &ast::InlineExpression<&str>) -> Inline {
    use ast::InlineExpression as I;
    match i {
        I::StringLiteral { value } => Inline::Str((*value).into()),
        I::NumberLiteral { value } => Inline::Num((*value).into()),
        I::FunctionReference { id, arguments } => Inline::Func(id.name.into(), call(arguments)),
        I::MessageReference { id, attribute } => {
            Inline::Msg(id.name.into(), attribute.as_ref().map(|a| a.name.into()))
        }
        I::TermReference {
            id,
            attribute,
            arguments,
        } => Inline::Term(
            id.name.into(),
            attribute.as_ref().map(|a| a.name.into()),
            arguments.as_ref().map(call),
        ),
        I::VariableReference { id } => Inline::Var(id.name.into()),
        I::Placeable { expression } => Inline::Nested(Box::new(expr(expression))),
    }
}

fn call(c: &ast::CallArguments<&str>) -> Call {
    Call {
        positional: c.positional.iter().map(inline).collect(),
        named: c
            .named
            .iter()
            .map(|n| (n.name.name.into(), inline(&n.value)))
            .collect(),
    }
}

/// The message that holds a language's decimal separator.
pub(crate) const DECIMAL_SEPARATOR: &str = "form-decimal-separator";

/// The message that holds a language's separator of groups of digits.
pub(crate) const GROUP_SEPARATOR: &str = "form-group-separator";

/// A number as Fluent sees it: the value and, for a literal, its fraction digits.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Number {
    value: f64,
    fraction_digits: Option<usize>,
}

impl Number {
    fn parse(text: &str) -> Option<Number> {
        // Number literals are `-?[0-9]+(\.[0-9]+)?`; read as the rest of form-core reads
        // numbers (one text-to-float algorithm in the browser bundle).
        let value = crate::diag::parse_number(text)?;
        Some(Number {
            value,
            fraction_digits: text.find('.').map(|p| text.len() - p - 1),
        })
    }

    fn write(&self, out: &mut String) {
        let start = out.len();
        crate::diag::write_number(out, self.value);
        if let Some(min) = self.fraction_digits {
            let written = out.get(start..).unwrap_or("");
            let have = written.find('.').map(|p| written.len() - p - 1);
            if have.is_none() {
                out.push('.');
            }
            for _ in have.unwrap_or(0)..min {
                out.push('0');
            }
        }
    }

    /// The plural operands, as intl_pluralrules makes them from an `f64` (its text, then the
    /// digits), with the text written by `write_number` and read here: intl_pluralrules
    /// would parse it with the standard library's text-to-float reader, which the browser
    /// bundle otherwise does without.
    fn operands(&self) -> Option<PluralOperands> {
        let mut text = String::new();
        crate::diag::write_number(&mut text, self.value);
        let abs = text.strip_prefix('-').unwrap_or(&text);
        // `write_number`'s text reads back as the same number (NaN and infinity included).
        let n = self.value.abs();
        let mut ops = match abs.split_once('.') {
            Some((int, dec)) => {
                let trimmed = dec.trim_end_matches('0');
                PluralOperands {
                    n,
                    i: crate::text::ascii_number(int.as_bytes())?,
                    v: dec.len(),
                    w: trimmed.len(),
                    f: crate::text::ascii_number(dec.as_bytes())?,
                    t: crate::text::ascii_number(trimmed.as_bytes()).unwrap_or(0),
                }
            }
            None => PluralOperands {
                n,
                i: n as u64,
                v: 0,
                w: 0,
                f: 0,
                t: 0,
            },
        };
        if let Some(min) = self.fraction_digits
            && min > ops.v
        {
            let scale = u32::try_from(min - ops.v)
                .ok()
                .and_then(|d| 10u64.checked_pow(d))?;
            ops.f = ops.f.checked_mul(scale)?;
            ops.v = min;
        }
        Some(ops)
    }
}

#[derive(Clone, Debug)]
enum Value<'a> {
    Str(Cow<'a, str>),
    Num(Number),
    Error,
}

fn literal(text: &str) -> Value<'_> {
    match Number::parse(text) {
        Some(n) => Value::Num(n),
        None => Value::Str(Cow::Borrowed(text)),
    }
}

struct Scope<'b, 'e> {
    bundle: &'b Bundle,
    args: &'b Args,
    /// Inside a term: the term's own arguments (outer arguments are not visible there).
    local: Option<Vec<(&'b str, Value<'b>)>>,
    placeables: u8,
    traveled: Vec<&'b Pattern>,
    errors: &'e mut Vec<&'static str>,
    dirty: bool,
}

impl<'b> Scope<'b, '_> {
    fn write_pattern(&mut self, out: &mut String, p: &'b Pattern) {
        let isolate_many = p.0.len() > 1;
        for el in p.0.iter() {
            if self.dirty {
                return;
            }
            match el {
                Element::Text(t) => out.push_str(&self.bundle.text(t)),
                Element::Place(e) => {
                    self.placeables = self.placeables.saturating_add(1);
                    if self.placeables > MAX_PLACEABLES {
                        self.dirty = true;
                        self.errors.push("too-many-placeables");
                        return;
                    }
                    let isolate = isolate_many
                        && !matches!(
                            e,
                            Expr::Inline(Inline::Msg(..) | Inline::Term(..) | Inline::Str(_))
                        );
                    if isolate {
                        out.push('\u{2068}');
                    }
                    if self.traveled.is_empty() {
                        self.traveled.push(p);
                    }
                    self.write_expr(out, e);
                    if self.dirty {
                        out.push('{');
                        expr_stand_in(out, e);
                        out.push('}');
                    }
                    if isolate {
                        out.push('\u{2069}');
                    }
                }
            }
        }
    }

    fn write_expr(&mut self, out: &mut String, e: &'b Expr) {
        match e {
            Expr::Inline(i) => self.write_inline(out, i),
            Expr::Select(selector, variants) => {
                let selected = self.resolve(selector);
                if !matches!(selected, Value::Error) {
                    for v in variants.iter() {
                        if self.matches(&v.key, &selected) {
                            return self.write_pattern(out, &v.value);
                        }
                    }
                }
                match variants.iter().find(|v| v.default) {
                    Some(v) => self.write_pattern(out, &v.value),
                    None => self.errors.push("missing-default"),
                }
            }
        }
    }

    fn matches(&self, key: &Key, selected: &Value) -> bool {
        match (key, selected) {
            (Key::Name(k), Value::Str(s)) => **k == **s,
            (Key::Num(k), Value::Num(n)) => Number::parse(k).is_some_and(|k| k == *n),
            (Key::Num(k), Value::Str(s)) => Number::parse(k).is_none() && **k == **s,
            (Key::Name(k), Value::Num(n)) => {
                let want = match &**k {
                    "zero" => PluralCategory::ZERO,
                    "one" => PluralCategory::ONE,
                    "two" => PluralCategory::TWO,
                    "few" => PluralCategory::FEW,
                    "many" => PluralCategory::MANY,
                    "other" => PluralCategory::OTHER,
                    _ => return false,
                };
                let (Some(rules), Some(ops)) = (&self.bundle.plural, n.operands()) else {
                    return false;
                };
                rules.select(ops) == Ok(want)
            }
            (_, Value::Error) => false,
        }
    }

    /// Writes a pattern reached through a reference, unless it is already being written
    /// (a cycle). Patterns are compared by what they say, not where they are, as
    /// fluent-bundle compares them: a message whose pattern reads exactly like one being
    /// written counts as a cycle too.
    fn track(&mut self, out: &mut String, p: &'b Pattern, from: &Inline) {
        if self.traveled.contains(&p) {
            self.errors.push("cyclic");
            out.push('{');
            inline_stand_in(out, from);
            out.push('}');
        } else {
            self.traveled.push(p);
            self.write_pattern(out, p);
            self.traveled.pop();
        }
    }

    fn unknown(&mut self, out: &mut String, i: &Inline) {
        self.errors.push("unknown-reference");
        out.push('{');
        inline_stand_in(out, i);
        out.push('}');
    }

    fn write_inline(&mut self, out: &mut String, i: &'b Inline) {
        match i {
            Inline::Str(s) => out.push_str(&unescape(s)),
            Inline::Num(n) => self.write_value(out, &literal(n)),
            Inline::Msg(id, attr) => {
                let Some(m) = self.bundle.message(id) else {
                    return self.unknown(out, i);
                };
                match attr {
                    Some(a) => match m.attributes.iter().find(|(n, _)| n == a) {
                        Some((_, p)) => self.track(out, p, i),
                        None => self.unknown(out, i),
                    },
                    None => match &m.value {
                        Some(p) => self.track(out, p, i),
                        None => {
                            self.errors.push("no-value");
                            out.push('{');
                            inline_stand_in(out, i);
                            out.push('}');
                        }
                    },
                }
            }
            Inline::Term(id, attr, call) => {
                let named = self.arguments(call.as_ref());
                self.local = Some(named);
                let found = self.bundle.term(id).and_then(|t| match attr {
                    Some(a) => t.attributes.iter().find(|(n, _)| n == a).map(|(_, p)| p),
                    None => t.value.as_ref(),
                });
                match found {
                    Some(p) => self.track(out, p, i),
                    None => self.unknown(out, i),
                }
                self.local = None;
            }
            Inline::Func(_, call) => {
                // No functions are registered: the arguments are still resolved (their
                // problems reported), then the call is an unknown reference.
                self.arguments(Some(call));
                self.unknown(out, i);
            }
            Inline::Var(name) => match self.lookup(name) {
                Some(v) => self.write_value(out, &v),
                None => {
                    if self.local.is_none() {
                        self.errors.push("unknown-reference");
                    }
                    out.push('{');
                    inline_stand_in(out, i);
                    out.push('}');
                }
            },
            Inline::Nested(e) => self.write_expr(out, e),
        }
    }

    /// Writes a value; a number with the language's decimal separator (fluent-bundle,
    /// without a formatter, writes `.` in every language).
    fn write_value(&self, out: &mut String, v: &Value) {
        match v {
            Value::Str(s) => out.push_str(s),
            Value::Num(n) => {
                let start = out.len();
                n.write(out);
                if let Some(sep) = self.bundle.decimal_separator() {
                    replace_point(out, start, sep);
                }
                if let Some(sep) = self.bundle.group_separator() {
                    group_digits(out, start, &sep);
                }
            }
            Value::Error => {}
        }
    }

    fn lookup(&self, name: &str) -> Option<Value<'b>> {
        match &self.local {
            Some(local) => local
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.clone()),
            None => self.args.get(name).map(|a| match a {
                Arg::Num(n) => Value::Num(Number {
                    value: *n,
                    fraction_digits: None,
                }),
                Arg::Str(s) => Value::Str(Cow::Borrowed(s.as_str())),
                Arg::Decimal(s) => {
                    Number::parse(s).map_or(Value::Str(Cow::Borrowed(s.as_str())), Value::Num)
                }
            }),
        }
    }

    fn resolve(&mut self, i: &'b Inline) -> Value<'b> {
        match i {
            Inline::Str(s) => Value::Str(unescape(s)),
            Inline::Num(n) => literal(n),
            Inline::Var(name) => match self.lookup(name) {
                Some(v) => v,
                None => {
                    if self.local.is_none() {
                        self.errors.push("unknown-reference");
                    }
                    Value::Error
                }
            },
            Inline::Func(_, call) => {
                self.arguments(Some(call));
                Value::Error
            }
            _ => {
                let mut s = String::new();
                self.write_inline(&mut s, i);
                Value::Str(Cow::Owned(s))
            }
        }
    }

    /// Resolves a call's arguments (their problems are reported); returns the named ones,
    /// the only ones a term sees.
    fn arguments(&mut self, call: Option<&'b Call>) -> Vec<(&'b str, Value<'b>)> {
        let Some(call) = call else {
            return Vec::new();
        };
        for p in call.positional.iter() {
            self.resolve(p);
        }
        call.named
            .iter()
            .map(|(k, v)| (&**k, self.resolve(v)))
            .collect()
    }
}

/// A string literal's text: `\\`, `\"`, `\uXXXX` and `\UXXXXXX` resolved, anything else
/// after a backslash (fluent-syntax lets `\{` through) and an unknown code point become
/// U+FFFD, as fluent-syntax's `unescape_unicode` does (a test compares the two).
fn unescape(s: &str) -> Cow<'_, str> {
    if !s.contains('\\') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('\\') {
        out.push_str(rest.get(..i).unwrap_or(""));
        let after = rest.get(i + 1..).unwrap_or("");
        let (c, used) = match after.as_bytes().first() {
            Some(b'\\') => ('\\', 1),
            Some(b'"') => ('"', 1),
            Some(&u @ (b'u' | b'U')) => {
                let len = if u == b'u' { 4 } else { 6 };
                let c = after
                    .get(1..1 + len)
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .and_then(char::from_u32);
                (c.unwrap_or('\u{FFFD}'), 1 + len)
            }
            _ => ('\u{FFFD}', 1),
        };
        out.push(c);
        rest = after.get(used..).unwrap_or("");
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Replaces the first `.` of `out` from `start` on (a number's decimal point) with `sep`.
pub(crate) fn replace_point(out: &mut String, start: usize, sep: &str) {
    if let Some(at) = out.get(start..).and_then(|s| s.find('.')) {
        // Not `replace_range`, whose general splicing costs the browser bundle more.
        let rest = out.split_off(start + at + 1);
        out.pop();
        out.push_str(sep);
        out.push_str(&rest);
    }
}

/// Groups by threes, with `sep`, the whole digits of the number written at `out[start..]`
/// (ASCII digits after a `-`, if any) when there are five or more: `12.500`, `1.000.000`,
/// but `3500` and the year `1985`, as DIN 5008 and CLDR's Polish and Spanish do.
pub(crate) fn group_digits(out: &mut String, start: usize, sep: &str) {
    let begin = start + usize::from(out.get(start..).is_some_and(|s| s.starts_with('-')));
    let digits = out
        .get(begin..)
        .map_or(0, |s| s.bytes().take_while(u8::is_ascii_digit).count());
    if digits < 5 {
        return;
    }
    let rest = out.split_off(begin);
    for (i, c) in rest.char_indices() {
        if i > 0 && i < digits && (digits - i) % 3 == 0 {
            out.push_str(sep);
        }
        out.push(c);
    }
}

/// What stands in for an expression that could not be written: `$name`, `id.attr`,
/// `-term`, `FUNC()`.
fn expr_stand_in(out: &mut String, e: &Expr) {
    match e {
        Expr::Inline(i) | Expr::Select(i, _) => inline_stand_in(out, i),
    }
}

fn inline_stand_in(out: &mut String, i: &Inline) {
    let (prefix, id, attr) = match i {
        Inline::Msg(id, attr) => ("", id, attr.as_deref()),
        Inline::Term(id, attr, _) => ("-", id, attr.as_deref()),
        Inline::Var(id) => ("$", id, None),
        Inline::Func(id, _) => {
            out.push_str(id);
            out.push_str("()");
            return;
        }
        // fluent-bundle has no stand-in for these (it would panic): nothing is written.
        Inline::Str(_) | Inline::Num(_) | Inline::Nested(_) => return,
    };
    out.push_str(prefix);
    out.push_str(id);
    if let Some(a) = attr {
        out.push('.');
        out.push_str(a);
    }
}

#[cfg(test)]
mod tests {
    /// The escapes a string literal may hold (the parser refuses others), with text
    /// around them, read as fluent-syntax reads them.
    #[test]
    fn string_literals_unescape_as_in_fluent_syntax() {
        let pieces = [
            "a",
            "é",
            "\\\\",
            "\\\"",
            "\\{",
            "\\u00E9",
            "\\u0041",
            "\\U01F600",
            "\\uD800",
            "\\U110000",
            " ",
            "日本",
        ];
        let mut n = 0u32;
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let s = format!("{a}{b}{c}");
                    assert_eq!(
                        super::unescape(&s),
                        fluent_syntax::unicode::unescape_unicode_to_string(&s),
                        "{s:?}"
                    );
                    n += 1;
                }
            }
        }
        assert_eq!(n, 1728);
    }
}
