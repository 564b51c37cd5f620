//! A lint for translations: compares each locale's Fluent files with the reference
//! locale's and reports, with file and line, what a translator must fix:
//!
//! - `syntax`: the file does not parse (with the line of the broken entry);
//! - `missing-file`, `missing-message`, `extra-message`: ids that differ from the reference;
//! - `variables`: a message uses other variables than the reference message;
//! - `attributes`: a message has other attributes than the reference message;
//! - `plural-categories`: a plural selector lacks a CLDR plural category of the language
//!   (Arabic has six: zero, one, two, few, many, other). A selector is a plural one when
//!   it is `NUMBER(...)`, or when every key that is a name is a plural category: a
//!   select on a text (`[missing]`, `[denied]`, `*[other]`) is not asked for categories;
//! - `unknown-reference`, `cyclic-reference` ([`lint_references`]): a message refers to one
//!   that the language does not have, or references go round in a circle;
//! - `duplicate-message` ([`lint_duplicates`]): an id defined twice (the second is ignored);
//! - `unloaded-file` ([`lint_form_files`]): a file of a form's folder that is not
//!   `<form id>.ftl`, which nothing loads;
//! - `missing-status`: the file does not state its review status
//!   (`### status: reference | reviewed | draft | generated`).
//! - `older-than-engine` ([`lint_older_than_engine`]): a host's copy of an engine file
//!   lacks messages this engine shows (its readers would see their ids).
//!
//! A reference file containing a line `### optional` may be absent from a locale (its
//! messages then fall back to the reference language). Pure: the caller reads files.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use serde::Serialize;

use crate::codes::LintCode;
use crate::diag::{Arg, Args};
use crate::locale::Locale;
use crate::messages::{SyntaxCode, line_of, syntax_code, without_bom};

/// One `.ftl` file of a locale.
#[derive(Clone, Debug)]
pub struct FtlFile {
    /// The path to show in reports.
    pub path: String,
    /// The file name (`engine.ftl`), which pairs it with the reference's file.
    pub name: String,
    pub source: String,
}

/// One problem, located by file and 1-based line; its text is the message
/// `lint-<code>` with `args`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LintIssue {
    pub path: String,
    pub line: usize,
    pub code: LintCode,
    pub args: Args,
}

impl LintIssue {
    fn new(path: &str, line: usize, code: LintCode) -> LintIssue {
        LintIssue {
            path: path.to_owned(),
            line,
            code,
            args: Args::new(),
        }
    }
    fn arg(mut self, name: &str, value: impl Into<Arg>) -> LintIssue {
        self.args.insert(name.to_owned(), value.into());
        self
    }
    /// The Fluent message id that explains this problem.
    pub fn message_id(&self) -> String {
        format!("lint-{}", self.code)
    }

    /// A partial translation (a missing file or message) is a state, not an error: the
    /// reader sees the reference language for what is missing. Everything else is wrong.
    pub fn is_warning(&self) -> bool {
        matches!(self.code, LintCode::MissingFile | LintCode::MissingMessage)
    }
}

/// A file that is not UTF-8 text (its bytes could not be read as a [`FtlFile`]): nothing
/// in it reaches a reader, and without this each of its messages would only be missing.
/// `found` is what it looks like: [`text_encoding`]'s answer.
pub fn lint_encoding(path: &str, found: &str) -> LintIssue {
    LintIssue::new(path, 0, LintCode::Encoding).arg("found", found)
}

/// What bytes that are not UTF-8 most likely are, for [`lint_encoding`]: `utf-16` when they
/// start with UTF-16's byte order mark (Notepad's "Unicode" always writes one), else `other`
/// (for a text file, a single-byte code page such as Windows-1252, Notepad's "ANSI").
pub fn text_encoding(bytes: &[u8]) -> &'static str {
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        "utf-16"
    } else {
        "other"
    }
}

/// The review states a file may declare.
pub const STATUSES: &[&str] = &["reference", "reviewed", "draft", "generated"];

#[derive(Default)]
struct MessageInfo {
    line: usize,
    variables: BTreeSet<String>,
    attributes: BTreeSet<String>,
    /// For each plural selector: its line (while walking: where its selector's name is in
    /// memory, 0 where it has none) and the category keys it has.
    plurals: Vec<(usize, BTreeSet<String>)>,
    /// The pattern being walked: the message (`id`, `-term`) or one of its attributes
    /// (`id.attr`).
    at: String,
    /// References, from the pattern that makes them to what they name (`id`, `-term`,
    /// `id.attr`).
    references: Vec<(String, String)>,
}

const PLURAL_KEYS: &[&str] = &["zero", "one", "two", "few", "many", "other"];

/// Whether a select chooses by a number's plural category: its selector is `NUMBER(...)`,
/// or its named keys are all plural categories (and there is one). Keys that are no
/// category (`[missing]`, `[male]`) make it a select on a text, whatever its default key
/// is called.
fn is_plural(selector: &ast::InlineExpression<&str>, keys: &BTreeSet<String>) -> bool {
    let number = matches!(
        selector,
        ast::InlineExpression::FunctionReference { id, .. } if id.name == "NUMBER"
    );
    number || (!keys.is_empty() && keys.iter().all(|k| PLURAL_KEYS.contains(&k.as_str())))
}

fn walk_inline(e: &ast::InlineExpression<&str>, info: &mut MessageInfo) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            info.variables.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => walk_args(arguments, info),
        ast::InlineExpression::MessageReference { id, attribute } => {
            let to = match attribute {
                Some(a) => format!("{}.{}", id.name, a.name),
                None => id.name.to_owned(),
            };
            info.references.push((info.at.clone(), to));
        }
        ast::InlineExpression::TermReference {
            id,
            attribute,
            arguments,
        } => {
            let to = match attribute {
                Some(a) => format!("-{}.{}", id.name, a.name),
                None => format!("-{}", id.name),
            };
            info.references.push((info.at.clone(), to));
            if let Some(arguments) = arguments {
                walk_args(arguments, info);
            }
        }
        ast::InlineExpression::Placeable { expression } => walk_expr(expression, info),
        _ => {}
    }
}

fn walk_args(args: &ast::CallArguments<&str>, info: &mut MessageInfo) {
    for a in &args.positional {
        walk_inline(a, info);
    }
    for a in &args.named {
        walk_inline(&a.value, info);
    }
}

fn walk_expr(e: &ast::Expression<&str>, info: &mut MessageInfo) {
    match e {
        ast::Expression::Inline(i) => walk_inline(i, info),
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, info);
            let keys: BTreeSet<String> = variants
                .iter()
                .filter_map(|v| match v.key {
                    ast::VariantKey::Identifier { name } => Some(name.to_owned()),
                    ast::VariantKey::NumberLiteral { .. } => None,
                })
                .collect();
            if is_plural(selector, &keys) {
                // The parser's names are slices of the source: where the selector's is
                // tells its line (a message may have several selects, on several lines).
                let at = match selector {
                    ast::InlineExpression::VariableReference { id }
                    | ast::InlineExpression::FunctionReference { id, .. } => {
                        id.name.as_ptr() as usize
                    }
                    _ => 0,
                };
                info.plurals.push((at, keys));
            }
            for v in variants {
                walk_pattern(&v.value, info);
            }
        }
    }
}

fn walk_pattern(p: &ast::Pattern<&str>, info: &mut MessageInfo) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            walk_expr(expression, info);
        }
    }
}

/// The entries of a source as they start their lines, `id = ...` or `-term = ...` (a
/// pattern's further lines are indented), each with its 1-based line: one pass, so that a
/// file of many thousands of messages is read in linear time.
/// Whether `source` defines the message or term `id` (at a line's start, `id =`).
pub fn defines(source: &str, id: &str) -> bool {
    entry_lines(source).iter().any(|(i, _)| *i == id)
}

fn entry_lines(source: &str) -> Vec<(&str, usize)> {
    let source = without_bom(source);
    let mut out = Vec::new();
    for (n, line) in source.split('\n').enumerate() {
        let rest = line.strip_prefix('-').unwrap_or(line);
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
            .unwrap_or(rest.len());
        let is_entry = rest.starts_with(|c: char| c.is_ascii_alphabetic())
            && rest
                .get(end..)
                .is_some_and(|r| r.trim_start().starts_with('='));
        if is_entry {
            let id = line
                .get(..end + (line.len() - rest.len()))
                .unwrap_or_default();
            out.push((id, n + 1));
        }
    }
    out
}

/// The `problem`s of `lint-syntax` beyond [`SyntaxCode`]'s (see [`problem`]).
pub const SLIPS: [&str; 5] = [
    "tab",
    "odd-space",
    "id-not-latin",
    "variant-translated",
    "typographic-quotes",
];

/// What a translator did that the parser stopped at `at`: the slips that editors and habits
/// make and Fluent's own names hide, else the parser's code. A continued line indented with
/// a tab, or with a space that is not a plain one (a no-break space from a word processor);
/// a message name, or a variant's name (`[one]`), translated; typographic quotes around a
/// text in braces.
fn problem(kind: SyntaxCode, source: &str, at: usize) -> &'static str {
    let [
        tab,
        odd_space,
        translated_name,
        translated_variant,
        typographic_quotes,
    ] = SLIPS;
    let before = source.get(..at).unwrap_or_default();
    let in_line = before.rsplit('\n').next().unwrap_or_default();
    let next = source.get(at..).and_then(|rest| rest.chars().next());
    let name_so_far = in_line
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    let translated = next.is_some_and(|c| c.is_alphabetic() && !c.is_ascii());
    let reading_name = matches!(
        kind,
        SyntaxCode::ExpectedToken | SyntaxCode::ExpectedCharRange
    );
    // (A tab or a no-break space inside a line is text, or out of place in braces: only at
    // a line's start is it an indent.)
    let indent = in_line.trim().is_empty();
    match next {
        Some('\t') if indent => tab,
        Some(c) if c.is_whitespace() && !c.is_ascii() && indent => odd_space,
        _ if reading_name && translated && name_so_far => translated_name,
        _ if reading_name && translated && in_line.trim_end().ends_with('[') => translated_variant,
        Some('“' | '”' | '„' | '‟' | '«' | '»' | '‘' | '’' | '‚' | '‹' | '›')
            if kind == SyntaxCode::ExpectedInlineExpression =>
        {
            typographic_quotes
        }
        _ => kind.as_str(),
    }
}

struct Parsed {
    messages: BTreeMap<String, MessageInfo>,
    status: Option<String>,
    optional: bool,
}

fn parse(file: &FtlFile, issues: &mut Vec<LintIssue>) -> Parsed {
    let source = without_bom(&file.source);
    let (safe, deep) = crate::messages::readable(source);
    for at in deep {
        issues.push(
            LintIssue::new(&file.path, line_of(source, at), LintCode::Syntax)
                .arg("problem", SyntaxCode::TooDeep.as_str()),
        );
    }
    let resource = match fluent_syntax::parser::parse(&*safe) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                // Where the parser stopped, not where the entry began: in a long
                // message with variants the broken line can be far below its first. But
                // a stop at a line's start or the file's end is an entry left open above
                // (a brace not closed before the next message): blame the entry.
                let stop = e.pos.start;
                let line_start = stop == 0 || safe.as_bytes().get(stop - 1) == Some(&b'\n');
                let at = match &e.slice {
                    Some(entry) if line_start || stop >= safe.len() => entry.start,
                    _ => stop,
                };
                issues.push(
                    LintIssue::new(&file.path, line_of(source, at), LintCode::Syntax)
                        .arg("problem", problem(syntax_code(&e.kind), &safe, at)),
                );
            }
            r
        }
    };
    let mut lines: BTreeMap<&str, usize> = BTreeMap::new();
    for (id, line) in entry_lines(source) {
        lines.entry(id).or_insert(line);
    }
    let mut messages = BTreeMap::new();
    for entry in &resource.body {
        let (id, value, attributes, prefix) = match entry {
            ast::Entry::Message(m) => (m.id.name, m.value.as_ref(), &m.attributes, ""),
            ast::Entry::Term(t) => (t.id.name, Some(&t.value), &t.attributes, "-"),
            _ => continue,
        };
        let full = format!("{prefix}{id}");
        let mut info = MessageInfo {
            line: lines.get(full.as_str()).copied().unwrap_or(0),
            ..MessageInfo::default()
        };
        if let Some(v) = value {
            info.at.clone_from(&full);
            walk_pattern(v, &mut info);
        }
        for a in attributes {
            info.attributes.insert(a.id.name.to_owned());
            info.at = format!("{full}.{}", a.id.name);
            walk_pattern(&a.value, &mut info);
        }
        let base = safe.as_ptr() as usize;
        for (at, _) in &mut info.plurals {
            *at = match at.checked_sub(base).filter(|&o| o < safe.len()) {
                Some(offset) if *at != 0 => line_of(&safe, offset),
                _ => info.line,
            };
        }
        // The first definition is the one a bundle keeps (a second is ignored).
        messages.entry(full).or_insert(info);
    }
    let status = source
        .lines()
        .find_map(|l| l.strip_prefix("### status:").map(|s| s.trim().to_owned()));
    let optional = source.lines().any(|l| l.starts_with("### optional"));
    Parsed {
        messages,
        status,
        optional,
    }
}

/// Where a locale's copy of a reference file belongs: `.../de/x.ftl` -> `.../ar/x.ftl`.
fn sibling(path: &str, tag: &str) -> String {
    let parts: Vec<&str> = path.rsplitn(3, ['/', '\\']).collect();
    match parts.as_slice() {
        [name, _, rest] => format!("{rest}/{tag}/{name}"),
        [name, _] => format!("{tag}/{name}"),
        _ => path.to_owned(),
    }
}

/// The CLDR cardinal plural categories of a language (found by sampling its rules).
pub fn plural_categories(locale: &Locale) -> BTreeSet<&'static str> {
    let Ok(rules) = PluralRules::create(locale.langid().clone(), PluralRuleType::CARDINAL) else {
        return ["other"].into_iter().collect();
    };
    let mut out = BTreeSet::new();
    let mut note = |c: PluralCategory| {
        out.insert(match c {
            PluralCategory::ZERO => "zero",
            PluralCategory::ONE => "one",
            PluralCategory::TWO => "two",
            PluralCategory::FEW => "few",
            PluralCategory::MANY => "many",
            PluralCategory::OTHER => "other",
        });
    };
    for n in (0..=200u32).chain([1_000, 10_000, 100_000, 1_000_000, 2_000_000]) {
        if let Ok(c) = rules.select(n) {
            note(c);
        }
    }
    for f in [0.5, 1.5, 2.5, 0.1, 1.1, 10.5, 100.5] {
        if let Ok(c) = rules.select(f) {
            note(c);
        }
    }
    out
}

/// Lints the files of `locale` against the reference locale's files.
pub fn lint_locale(reference: &[FtlFile], locale: &Locale, files: &[FtlFile]) -> Vec<LintIssue> {
    lint_locale_given(reference, locale, files, None)
}

/// As [`lint_locale`], knowing which variables the form gives each message (see
/// [`lint_variables`], which reports a variable nobody gives in the file that uses it):
/// a message is then compared with the reference only for the variables that are given,
/// so that a wrong reference message is not blamed on every translation.
pub fn lint_locale_given(
    reference: &[FtlFile],
    locale: &Locale,
    files: &[FtlFile],
    given: Option<&BTreeMap<String, BTreeSet<String>>>,
) -> Vec<LintIssue> {
    let mut issues = Vec::new();
    let mut scratch = Vec::new();
    let categories = plural_categories(locale);
    for rf in reference {
        let r = parse(rf, &mut scratch);
        let Some(file) = files.iter().find(|f| f.name == rf.name) else {
            if !r.optional {
                issues.push(
                    LintIssue::new(
                        &sibling(&rf.path, &locale.to_string()),
                        0,
                        LintCode::MissingFile,
                    )
                    .arg("locale", locale.to_string())
                    .arg("file", rf.name.as_str()),
                );
            }
            continue;
        };
        let p = parse(file, &mut issues);
        for (id, ri) in &r.messages {
            let Some(mi) = p.messages.get(id) else {
                // A language's name (`language-it = Italiano`) is written in itself, the
                // same in every language: the reference's serves them all.
                if id.starts_with(crate::codelists::LANGUAGE_NAME) {
                    continue;
                }
                issues.push(
                    LintIssue::new(&file.path, 0, LintCode::MissingMessage)
                        .arg("id", id.as_str())
                        .arg("line", ri.line),
                );
                continue;
            };
            let allowed = given.and_then(|g| g.get(id));
            let known = |vars: &BTreeSet<String>| -> BTreeSet<String> {
                match allowed {
                    Some(a) => vars.intersection(a).cloned().collect(),
                    None => vars.clone(),
                }
            };
            let (ref_vars, mut own_vars) = (known(&ri.variables), known(&mi.variables));
            if allowed.is_some() {
                // A translation may use more of what is given (a plural, say).
                own_vars.retain(|v| ref_vars.contains(v));
            }
            if ref_vars != own_vars {
                let missing: Vec<&str> =
                    ref_vars.difference(&own_vars).map(String::as_str).collect();
                let extra: Vec<&str> = own_vars.difference(&ref_vars).map(String::as_str).collect();
                issues.push(
                    LintIssue::new(&file.path, mi.line, LintCode::Variables)
                        .arg("id", id.as_str())
                        .arg("missing", missing.join(", "))
                        .arg("unknown", extra.join(", ")),
                );
            }
            if mi.attributes != ri.attributes {
                let a: Vec<&str> = mi.attributes.iter().map(String::as_str).collect();
                let b: Vec<&str> = ri.attributes.iter().map(String::as_str).collect();
                issues.push(
                    LintIssue::new(&file.path, mi.line, LintCode::Attributes)
                        .arg("id", id.as_str())
                        .arg("has", a.join(", "))
                        .arg("reference", b.join(", ")),
                );
            }
            for (line, keys) in &mi.plurals {
                let missing: Vec<&str> = categories
                    .iter()
                    .copied()
                    .filter(|c| !keys.contains(*c))
                    .collect();
                if !missing.is_empty() {
                    issues.push(
                        LintIssue::new(&file.path, *line, LintCode::PluralCategories)
                            .arg("id", id.as_str())
                            .arg("categories", missing.join(", ")),
                    );
                }
            }
        }
        for (id, mi) in &p.messages {
            if !r.messages.contains_key(id) {
                issues.push(
                    LintIssue::new(&file.path, mi.line, LintCode::ExtraMessage)
                        .arg("id", id.as_str()),
                );
            }
        }
        if !p.status.as_deref().is_some_and(|s| STATUSES.contains(&s)) {
            issues.push(
                LintIssue::new(&file.path, 1, LintCode::MissingStatus)
                    .arg("statuses", STATUSES.join(" | ")),
            );
        }
    }
    for f in files {
        if !reference.iter().any(|r| r.name == f.name) {
            issues
                .push(LintIssue::new(&f.path, 0, LintCode::ExtraFile).arg("file", f.name.as_str()));
        }
    }
    issues.sort_by(|a, b| {
        (&a.path, a.line, a.code)
            .cmp(&(&b.path, b.line, b.code))
            .then_with(|| args_order(&a.args, &b.args))
    });
    issues
}

/// An order of issues' arguments, so that the issues of one line and code come in the same
/// order every time.
fn args_order(a: &Args, b: &Args) -> std::cmp::Ordering {
    fn value(v: &Arg) -> (u64, &str) {
        match v {
            Arg::Num(n) => (n.to_bits(), ""),
            Arg::Str(s) | Arg::Decimal(s) => (u64::MAX, s.as_str()),
        }
    }
    a.iter()
        .map(|(k, v)| (k, value(v)))
        .cmp(b.iter().map(|(k, v)| (k, value(v))))
}

/// Ids defined twice among one language's files (in one file or in two): the bundle keeps
/// the first and ignores the second, whatever the translator meant. Blames the second, on
/// its line; `$first` says where the first is.
pub fn lint_duplicates(files: &[FtlFile]) -> Vec<LintIssue> {
    let mut seen: BTreeMap<&str, (&str, usize)> = BTreeMap::new();
    let mut issues = Vec::new();
    for file in files {
        for (id, at) in entry_lines(&file.source) {
            match seen.get(id) {
                Some(&(path, first)) => issues.push(
                    LintIssue::new(&file.path, at, LintCode::DuplicateMessage)
                        .arg("id", id)
                        .arg("first", format!("{path}:{first}")),
                ),
                None => {
                    seen.insert(id, (&file.path, at));
                }
            }
        }
    }
    issues
}

/// The shipped engine files of one language (`shipped`: `engine.ftl`, `countries.ftl` as
/// this engine has them) against a host's copy of them (`files`): each message of a shipped
/// file that the copy lacks is one the engine shows as its id, in this language and (the
/// whole folder being as old) in every other. One issue per file (`older-than-engine`:
/// `$count`, and `$ids`, the first five, in the shipped file's order). A copy that does
/// not parse is said by its syntax errors alone; a message newer than this engine is none
/// of its business.
pub fn lint_older_than_engine(shipped: &[FtlFile], files: &[FtlFile]) -> Vec<LintIssue> {
    const SHOWN: usize = 5;
    let mut issues = Vec::new();
    for sf in shipped {
        let Some(file) = files.iter().find(|f| f.name == sf.name) else {
            continue;
        };
        let mut broken = Vec::new();
        let own = parse(file, &mut broken);
        if !broken.is_empty() {
            continue;
        }
        let mut ignored = Vec::new();
        let reference = parse(sf, &mut ignored);
        let mut lacked: Vec<(usize, &str)> = reference
            .messages
            .iter()
            .filter(|(id, _)| !own.messages.contains_key(*id))
            .map(|(id, info)| (info.line, id.as_str()))
            .collect();
        if lacked.is_empty() {
            continue;
        }
        lacked.sort_unstable();
        let mut ids: Vec<&str> = lacked.iter().take(SHOWN).map(|&(_, id)| id).collect();
        if lacked.len() > SHOWN {
            ids.push("…");
        }
        issues.push(
            LintIssue::new(&file.path, 0, LintCode::OlderThanEngine)
                .arg("count", lacked.len())
                .arg("ids", ids.join(", ")),
        );
    }
    issues
}

/// A form's messages are one file per language, `<form id>.ftl`: the embed and the receiver
/// load that file and no other, so a message in any other file of a form's locale folder
/// never reaches an applicant (even where `form check`, reading every file, finds it).
pub fn lint_form_files(files: &[FtlFile], form_id: &str) -> Vec<LintIssue> {
    let expected = format!("{form_id}.ftl");
    files
        .iter()
        .filter(|f| f.name != expected)
        .map(|f| {
            LintIssue::new(&f.path, 0, LintCode::UnloadedFile)
                .arg("file", f.name.as_str())
                .arg("expected", expected.as_str())
        })
        .collect()
}

/// Checks the references between messages in one language's files: a reference to a
/// message, term or attribute that is defined neither there nor in `also` (the engine's
/// files of the same language, which the embed loads beside the form's), and references that
/// go round in a circle. Either shows the reader a raw `{id}`: a language's messages are
/// resolved among themselves, so a message that exists only in the reference language does
/// not help. Blames the file and line of the message that refers.
pub fn lint_references(files: &[FtlFile], also: &[FtlFile]) -> Vec<LintIssue> {
    // (Syntax errors are the other lints' to report.)
    let mut scratch = Vec::new();
    let parsed: Vec<Parsed> = files.iter().map(|f| parse(f, &mut scratch)).collect();
    let engine: Vec<Parsed> = also.iter().map(|f| parse(f, &mut scratch)).collect();
    // Every pattern that can be referred to: `id`, `-term`, `id.attr`, `-term.attr`.
    let mut defined: BTreeSet<String> = BTreeSet::new();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for p in parsed.iter().chain(&engine) {
        for (id, info) in &p.messages {
            defined.insert(id.clone());
            defined.extend(info.attributes.iter().map(|a| format!("{id}.{a}")));
            for (from, to) in &info.references {
                edges.entry(from.clone()).or_default().insert(to.clone());
            }
        }
    }
    // The patterns that reach a circle: peel off every pattern whose references all lead to
    // patterns already peeled (or to nothing that refers on); what is left refers round in a
    // circle, or to one. Linear in the references (Kahn's order, backwards), so that a
    // hostile file of a long chain cannot make the check slow.
    let mut pending: BTreeMap<&String, usize> = BTreeMap::new();
    let mut referred_by: BTreeMap<&String, Vec<&String>> = BTreeMap::new();
    for (from, tos) in &edges {
        let onward = tos.iter().filter(|t| edges.contains_key(*t)).count();
        pending.insert(from, onward);
        for to in tos.iter().filter(|t| edges.contains_key(*t)) {
            if let Some((key, _)) = edges.get_key_value(to) {
                referred_by.entry(key).or_default().push(from);
            }
        }
    }
    let mut ready: Vec<&String> = pending
        .iter()
        .filter(|(_, n)| **n == 0)
        .map(|(k, _)| *k)
        .collect();
    while let Some(done) = ready.pop() {
        for &from in referred_by.get(done).map_or(&[][..], Vec::as_slice) {
            if let Some(n) = pending.get_mut(from) {
                *n = n.saturating_sub(1);
                if *n == 0 {
                    ready.push(from);
                }
            }
        }
    }
    let left: BTreeSet<&String> = pending
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .map(|(k, _)| k)
        .collect();
    let mut issues = Vec::new();
    for (file, p) in files.iter().zip(&parsed) {
        for (id, info) in &p.messages {
            let unknown: BTreeSet<&str> = info
                .references
                .iter()
                .filter(|(_, to)| !defined.contains(to))
                .map(|(_, to)| to.as_str())
                .collect();
            if !unknown.is_empty() {
                // (At most ten named: a hostile file can refer to thousands.)
                let mut named: Vec<&str> = unknown.iter().take(10).copied().collect();
                if unknown.len() > 10 {
                    named.push("…");
                }
                issues.push(
                    LintIssue::new(&file.path, info.line, LintCode::UnknownReference)
                        .arg("id", id.as_str())
                        .arg("reference", named.join(", ")),
                );
            }
            if left.contains(id)
                || info
                    .attributes
                    .iter()
                    .any(|a| left.contains(&format!("{id}.{a}")))
            {
                issues.push(
                    LintIssue::new(&file.path, info.line, LintCode::CyclicReference)
                        .arg("id", id.as_str()),
                );
            }
        }
    }
    issues.sort_by(|a, b| (&a.path, a.line, a.code).cmp(&(&b.path, b.line, b.code)));
    issues
}

/// Checks the variables of a form's messages in one language's files against those the
/// engine gives each message (`Form::message_variables`): a variable nobody gives would
/// show as `{$name}` to applicants. Blames the file and line of the message that uses it,
/// whatever the reference language says.
pub fn lint_variables(
    files: &[FtlFile],
    given: &BTreeMap<String, BTreeSet<String>>,
) -> Vec<LintIssue> {
    let mut issues = Vec::new();
    let mut scratch = Vec::new();
    for file in files {
        let p = parse(file, &mut scratch);
        for (id, info) in &p.messages {
            let Some(allowed) = given.get(id) else {
                continue;
            };
            let unknown: Vec<String> = info
                .variables
                .iter()
                .filter(|v| !allowed.contains(*v))
                .map(|v| format!("${v}"))
                .collect();
            if !unknown.is_empty() {
                // As written in the file (`$number`); `$count` of them, so that a message
                // that gets none can say so instead of listing nothing.
                let count = allowed.len();
                let allowed: Vec<String> = allowed.iter().map(|v| format!("${v}")).collect();
                issues.push(
                    LintIssue::new(&file.path, info.line, LintCode::UnknownVariable)
                        .arg("id", id.as_str())
                        .arg("unknown", unknown.join(", "))
                        .arg("allowed", allowed.join(", "))
                        .arg("count", count),
                );
            }
        }
    }
    issues
}

/// The review status a file states, if any.
pub fn status_of(source: &str) -> Option<String> {
    source
        .lines()
        .find_map(|l| l.strip_prefix("### status:").map(|s| s.trim().to_owned()))
}
