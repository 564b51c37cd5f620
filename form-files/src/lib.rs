//! form-files: the on-disk conventions, in one place. Everything that walks folders of
//! forms and translations (the `form` command, the receiving service, build scripts and
//! tests) goes through here, so the layout is written down once:
//!
//! ```text
//! <forms>/                      a folder of forms (the service's `--forms`, `examples/`)
//!   <form>/                     a form folder
//!     form.json                 the schema
//!     locales/<tag>/*.ftl       the form's messages, per language
//!     cases/*.json              submissions with expected reports (optional)
//!     cases/snapshots/*.snap    the expected reports
//! locales/                      the engine's messages (a locale tree)
//!   <tag>/engine.ftl            applicants: issues and form chrome
//!   <tag>/authoring.ftl         authors and translators (optional per language)
//!   <tag>/countries.ftl         country names (generated)
//!   languages.ftl               every language's name in itself, for the language switch
//! ```
//!
//! Architecture invariant: no other crate of the workspace lists a folder of forms or
//! of translations itself (a tidy test checks that only this crate calls `read_dir`
//! outside tests of its own).

use std::path::{Path, PathBuf};

#[cfg(feature = "catalog")]
use form_core::{Catalog, Locale};

/// The key by which a case says the day it is judged on (`"$today": "2022-04-11"`): no
/// field can have it (ids are `[a-z][a-z0-9_]*`).
pub const CASE_TODAY: &str = "$today";

/// Removes a case's own day (`"$today"`) from its submission and gives it: a form about
/// what happened after the day cases are judged on by default (15 March 2021) needs its
/// cases judged on a later day. `form validate` uses it where `--today` is not given; the
/// case runners (the case test, `form dev`, the browser parity test) pass it on.
#[cfg(feature = "catalog")]
pub fn take_case_today(data: &mut serde_json::Value) -> Option<String> {
    match data.as_object_mut()?.remove(CASE_TODAY)? {
        serde_json::Value::String(s) => Some(s),
        other => Some(other.to_string()),
    }
}

/// The key by which a case says what it should give (`"$expect": "valid"`, or the issues
/// it should have, each `path code`: `["rent too-large", "/ plausibility"]`, ending with
/// `"..."` where others may come with them): the author's intent, checked besides the
/// snapshot (which holds what the engine said, right or wrong).
pub const CASE_EXPECT: &str = "$expect";

/// What a case says it should give (`"$expect"`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CaseExpect {
    /// `"valid"`: no issue.
    Valid,
    /// Exactly these issues, `path code` each (`/` for the whole submission), in any order.
    Issues(Vec<String>),
    /// These issues and perhaps others (a list ending with `"..."`); at least one issue.
    AtLeast(Vec<String>),
}

/// One issue of a report as a case names it: `path code`, or, for a rule's issue, also
/// `path rule-id` (every rule's code is `plausibility`, which says not which rule failed).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaseIssue {
    /// `path code` (`/` for the whole submission).
    pub code: String,
    /// `path rule-id`, for a rule's issue.
    pub rule: Option<String>,
}

impl CaseIssue {
    /// The issue at `path` (empty for the whole submission) with `code`, from `rule`.
    pub fn new(path: &str, code: &str, rule: Option<&str>) -> CaseIssue {
        let path = if path.is_empty() { "/" } else { path };
        CaseIssue {
            code: format!("{path} {code}"),
            rule: rule.map(|r| format!("{path} {r}")),
        }
    }

    /// Whether an entry of `"$expect"` names this issue.
    fn is(&self, want: &str) -> bool {
        self.code == want || self.rule.as_deref() == Some(want)
    }
}

impl std::fmt::Display for CaseIssue {
    /// As an author names it best: by the rule, for a rule's issue.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.rule.as_deref().unwrap_or(&self.code))
    }
}

/// The last entry of an `"$expect"` list that lets other issues come with those listed.
pub const CASE_EXPECT_MORE: &str = "...";

impl CaseExpect {
    /// Whether a report's issues (none where it is valid) are what was expected; a rule's
    /// issue may be named by its code or by its rule's id.
    pub fn met(&self, issues: &[CaseIssue]) -> bool {
        // Each entry takes an issue of its own; those naming a rule first, so that
        // `a plausibility` does not take the issue `a rent-limit` names.
        let all = |want: &[String], mut got: Vec<&CaseIssue>| {
            let by_rule = |w: &&String| issues.iter().any(|i| i.rule.as_ref() == Some(*w));
            let (first, rest): (Vec<&String>, Vec<&String>) = want.iter().partition(by_rule);
            first.into_iter().chain(rest).all(|w| {
                let at = got.iter().position(|g| g.is(w));
                at.map(|i| got.swap_remove(i)).is_some()
            })
        };
        match self {
            CaseExpect::Valid => issues.is_empty(),
            CaseExpect::Issues(want) => {
                want.len() == issues.len() && all(want, issues.iter().collect())
            }
            CaseExpect::AtLeast(want) => !issues.is_empty() && all(want, issues.iter().collect()),
        }
    }
}

/// Removes a case's `"$expect"` from its submission and gives it; `Err` with the value as
/// written where it is neither `"valid"` nor a list of texts (`"..."` only at its end).
#[cfg(feature = "catalog")]
pub fn take_case_expect(data: &mut serde_json::Value) -> Option<Result<CaseExpect, String>> {
    use serde_json::Value;
    Some(match data.as_object_mut()?.remove(CASE_EXPECT)? {
        Value::String(s) if s == "valid" => Ok(CaseExpect::Valid),
        Value::Array(list) if !list.is_empty() && list.iter().all(Value::is_string) => {
            let mut want: Vec<String> = list
                .iter()
                .filter_map(Value::as_str)
                .map(|s| {
                    // `path code`, or `path: code` / `path:code` as people write a pair
                    // (neither paths nor codes hold a colon).
                    let mut words = s
                        .split(|c: char| c.is_whitespace() || c == ':')
                        .filter(|w| !w.is_empty());
                    let path = words.next().map(item_path).unwrap_or_default();
                    std::iter::once(path)
                        .chain(words.map(str::to_owned))
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect();
            let more = want.last().is_some_and(|s| s == CASE_EXPECT_MORE);
            want.truncate(want.len() - usize::from(more));
            if want.iter().any(|s| s == CASE_EXPECT_MORE) {
                Err(Value::Array(list).to_string())
            } else if more {
                Ok(CaseExpect::AtLeast(want))
            } else {
                Ok(CaseExpect::Issues(want))
            }
        }
        other => Err(other.to_string()),
    })
}

/// A path as reports write it: an item's number in brackets (`members[0].income`), also
/// where a case writes it as JavaScript or a JSON pointer might (`members.0.income`).
/// Field ids begin with a letter, so a part of digits alone is an item's number.
#[cfg(feature = "catalog")]
fn item_path(path: &str) -> String {
    let mut parts = path.split('.');
    let mut out = parts.next().unwrap_or_default().to_owned();
    for part in parts {
        if !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()) {
            out.push_str(&format!("[{part}]"));
        } else {
            out.push('.');
            out.push_str(part);
        }
    }
    out
}

/// One `.ftl` file: where it is, its name (which pairs it with the reference's file) and
/// its text. The same as `form_core::lint::FtlFile`, which it converts into.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FtlFile {
    pub path: String,
    pub name: String,
    pub source: String,
}

#[cfg(feature = "catalog")]
impl From<FtlFile> for form_core::lint::FtlFile {
    fn from(f: FtlFile) -> Self {
        form_core::lint::FtlFile {
            path: f.path,
            name: f.name,
            source: f.source,
        }
    }
}

/// The schema's file name in a form folder.
pub const SCHEMA_FILE: &str = "form.json";
/// The folder of a locale tree in a form folder (and at the workspace root).
pub const LOCALES_DIR: &str = "locales";
/// The folder of cases in a form folder.
pub const CASES_DIR: &str = "cases";
/// The language names for the language switch, at the root of the engine's locale tree.
pub const LANGUAGE_NAMES: &str = "languages.ftl";

/// The entries of a folder, sorted by name; an unreadable folder has none.
fn entries(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    v.sort();
    v
}

fn name_of(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// A folder of Fluent files per language: `<root>/<tag>/*.ftl`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocaleTree {
    pub root: PathBuf,
}

/// A problem loading messages: the file and what went wrong (a [`form_core::ResourceError`]
/// code, or the operating system's error).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadProblem {
    pub path: PathBuf,
    pub line: usize,
    pub kind: String,
}

impl std::fmt::Display for LoadProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.path.display(), self.line, self.kind)
    }
}

impl LocaleTree {
    pub fn new(root: impl Into<PathBuf>) -> LocaleTree {
        LocaleTree { root: root.into() }
    }

    /// The folder names of the tree, sorted (each should be a language tag).
    pub fn tags(&self) -> Vec<String> {
        entries(&self.root)
            .into_iter()
            .filter(|p| p.is_dir())
            .map(|p| name_of(&p))
            .collect()
    }

    /// The languages of the tree (folders whose names are no language tag are left out;
    /// see [`LocaleTree::tags`]).
    #[cfg(feature = "catalog")]
    pub fn locales(&self) -> Vec<Locale> {
        self.tags()
            .iter()
            .filter_map(|t| Locale::parse(t).ok())
            .collect()
    }

    /// The folder of one language.
    pub fn dir(&self, tag: &str) -> PathBuf {
        self.root.join(tag)
    }

    /// The `.ftl` files of one language, sorted by name. Unreadable files are left out,
    /// and so are files that are not UTF-8 text ([`LocaleTree::not_utf8`] lists those).
    pub fn files(&self, tag: &str) -> Vec<FtlFile> {
        self.ftl_paths(tag)
            .into_iter()
            .filter_map(|p| {
                Some(FtlFile {
                    source: std::fs::read_to_string(&p).ok()?,
                    name: name_of(&p),
                    path: p.display().to_string(),
                })
            })
            .collect()
    }

    /// The `.ftl` files of one language that are there but are not UTF-8 text (a
    /// translator's editor saved them as UTF-16 or Windows-1252), each with its bytes:
    /// nothing in them is read, and saying so beats a list of missing messages.
    pub fn not_utf8(&self, tag: &str) -> Vec<(PathBuf, Vec<u8>)> {
        self.ftl_paths(tag)
            .into_iter()
            .filter_map(|p| {
                let bytes = std::fs::read(&p).ok()?;
                std::str::from_utf8(&bytes).is_err().then_some((p, bytes))
            })
            .collect()
    }

    /// The files of [`LocaleTree::not_utf8`], decoded as well as can be (UTF-16 by its byte
    /// order mark, anything else byte by byte as Latin-1), for the lint alone: their message
    /// ids count, so that a file saved in the wrong encoding is said once, by its encoding,
    /// not again as every message it holds missing (in its language, or as the reference
    /// of the others). Nothing else reads them: the embed and the receiver do not.
    pub fn salvaged(&self, tag: &str) -> Vec<FtlFile> {
        self.not_utf8(tag)
            .into_iter()
            .map(|(p, bytes)| FtlFile {
                source: decoded(&bytes),
                name: name_of(&p),
                path: p.display().to_string(),
            })
            .collect()
    }

    fn ftl_paths(&self, tag: &str) -> Vec<PathBuf> {
        entries(&self.dir(tag))
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .collect()
    }

    /// Every `.ftl` file with its language tag, by tag, then name.
    pub fn all_files(&self) -> Vec<(String, FtlFile)> {
        self.tags()
            .into_iter()
            .flat_map(|t| self.files(&t).into_iter().map(move |f| (t.clone(), f)))
            .collect()
    }

    /// One file of one language (`engine.ftl`), if present.
    pub fn file(&self, tag: &str, name: &str) -> Option<String> {
        std::fs::read_to_string(self.dir(tag).join(name)).ok()
    }

    /// Every language's name in itself (`languages.ftl`, beside the languages), if present.
    pub fn language_names(&self) -> Option<String> {
        std::fs::read_to_string(self.root.join(LANGUAGE_NAMES)).ok()
    }

    /// The `.ftl` files of one language, for the translation lint.
    #[cfg(feature = "catalog")]
    /// Those not in UTF-8 too, decoded ([`LocaleTree::salvaged`]): what the lint says of
    /// them beyond their encoding is left out by [`LocaleTree::lint_said`].
    pub fn lint_files(&self, tag: &str) -> Vec<form_core::lint::FtlFile> {
        let mut files: Vec<FtlFile> = self.files(tag);
        files.extend(self.salvaged(tag));
        files.sort_by(|a, b| a.name.cmp(&b.name));
        files.into_iter().map(Into::into).collect()
    }

    /// The lint's issues of one language as they are said: first each file not in UTF-8
    /// ([`LocaleTree::lint_encodings`]), then `issues` (the lint of [`LocaleTree::lint_files`])
    /// except those in such a file, whose lines are those of a guess at its encoding.
    #[cfg(feature = "catalog")]
    pub fn lint_said(
        &self,
        tag: &str,
        issues: Vec<form_core::lint::LintIssue>,
    ) -> Vec<form_core::lint::LintIssue> {
        let mut said = self.lint_encodings(tag);
        let unread: Vec<String> = said.iter().map(|i| i.path.clone()).collect();
        said.extend(issues.into_iter().filter(|i| !unread.contains(&i.path)));
        said
    }

    /// The lint's word on the files of one language that are not UTF-8 text.
    #[cfg(feature = "catalog")]
    pub fn lint_encodings(&self, tag: &str) -> Vec<form_core::lint::LintIssue> {
        self.not_utf8(tag)
            .iter()
            .map(|(p, bytes)| {
                let found = form_core::lint::text_encoding(bytes);
                form_core::lint::lint_encoding(&p.display().to_string(), found)
            })
            .collect()
    }

    /// Adds every file of every language to `catalog`; returns each problem with its file.
    #[cfg(feature = "catalog")]
    pub fn load_into(&self, catalog: &mut Catalog) -> Vec<LoadProblem> {
        let mut problems = Vec::new();
        for tag in self.tags() {
            let Ok(locale) = Locale::parse(&tag) else {
                continue;
            };
            for (path, _) in self.not_utf8(&tag) {
                problems.push(LoadProblem {
                    path,
                    line: 0,
                    kind: "not-utf-8".to_owned(),
                });
            }
            for f in self.files(&tag) {
                for e in catalog.add_resource(&locale, &f.name, &f.source) {
                    problems.push(LoadProblem {
                        path: PathBuf::from(&f.path),
                        line: e.line,
                        kind: e.kind.as_str().to_owned(),
                    });
                }
            }
        }
        // The language names (each in itself, the same in every language) serve every
        // language through the default one, as in the embed.
        let names = self.root.join(LANGUAGE_NAMES);
        if let Some(source) = self.language_names() {
            let default = catalog.default_locale().clone();
            for e in catalog.add_resource(&default, LANGUAGE_NAMES, &source) {
                problems.push(LoadProblem {
                    path: names.clone(),
                    line: e.line,
                    kind: e.kind.as_str().to_owned(),
                });
            }
        }
        problems
    }
}

/// Text that is not UTF-8, read as UTF-16 when it starts with a byte order mark (either
/// order), else each byte as the Latin-1 character of that number. Lossy where it is
/// neither, but ASCII (message ids, Fluent's syntax) always comes through.
fn decoded(bytes: &[u8]) -> String {
    let units = |big: bool| {
        bytes
            .get(2..)
            .unwrap_or_default()
            .chunks_exact(2)
            .map(move |c| match (c, big) {
                ([a, b], true) => u16::from_be_bytes([*a, *b]),
                ([a, b], false) => u16::from_le_bytes([*a, *b]),
                _ => 0xfffd,
            })
    };
    let utf16 = |big| {
        char::decode_utf16(units(big))
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect()
    };
    match bytes {
        [0xff, 0xfe, ..] => utf16(false),
        [0xfe, 0xff, ..] => utf16(true),
        _ => bytes.iter().map(|&b| char::from(b)).collect(),
    }
}

/// A form folder: `form.json`, `locales/`, `cases/`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormDir {
    pub root: PathBuf,
}

impl FormDir {
    pub fn new(root: impl Into<PathBuf>) -> FormDir {
        FormDir { root: root.into() }
    }

    /// The form folder a schema file is in.
    pub fn of_schema(schema: &Path) -> FormDir {
        FormDir::new(schema.parent().unwrap_or(Path::new(".")))
    }

    /// The folder's name (by convention, the form's id).
    pub fn name(&self) -> String {
        name_of(&self.root)
    }

    pub fn schema_path(&self) -> PathBuf {
        self.root.join(SCHEMA_FILE)
    }

    /// The schema's text.
    pub fn read_schema(&self) -> std::io::Result<String> {
        std::fs::read_to_string(self.schema_path())
    }

    /// The form's own messages.
    pub fn locales(&self) -> LocaleTree {
        LocaleTree::new(self.root.join(LOCALES_DIR))
    }

    /// The case files (`cases/*.json`), sorted.
    pub fn cases(&self) -> Vec<PathBuf> {
        files_in(&self.root.join(CASES_DIR), "json")
    }

    /// Every file of the folder, at any depth, sorted (what `form dev` watches). Stops
    /// descending after 5,000 files.
    pub fn all_files(&self) -> Vec<PathBuf> {
        let mut out = Vec::new();
        let mut stack = vec![self.root.clone()];
        while let Some(d) = stack.pop() {
            for p in entries(&d) {
                if p.is_dir() {
                    if out.len() < 5_000 {
                        stack.push(p);
                    }
                } else {
                    out.push(p);
                }
            }
        }
        out.sort();
        out
    }

    /// The expected report of a case (`cases/snapshots/<stem>.snap`).
    pub fn snapshot_of(&self, case: &Path) -> PathBuf {
        let stem = case
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        self.root
            .join(CASES_DIR)
            .join("snapshots")
            .join(format!("{stem}.snap"))
    }
}

/// A `.ftl` file as browsers are sent it: without its comments (`#`, `##`, `###` lines,
/// for translators only) and without the blank lines between entries. The messages are the
/// same (a test compares every shipped file's syntax tree). For the registration in German
/// the four files are 484 B smaller after brotli, 7.5 %. Blank lines that may be inside a
/// multi-line pattern (the next line that is not blank is indented) stay, and so does a
/// comment whose next line is indented (which ends a pattern there). One pass each way,
/// whatever the file holds.
pub fn ftl_for_browser(source: &str) -> String {
    // A byte order mark from the translator's editor goes too: it is no part of the text.
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let lines: Vec<&str> = source.split('\n').collect();
    let blank = |l: &str| l.trim().is_empty();
    let indented = |l: &str| l.starts_with(' ') && !blank(l);
    // For each line, whether the next line that is not blank is indented.
    let mut later_indented: Vec<bool> = lines
        .iter()
        .rev()
        .scan(false, |seen, l| {
            let before = *seen;
            if !blank(l) {
                *seen = indented(l);
            }
            Some(before)
        })
        .collect();
    later_indented.reverse();
    let comment = |l: &str| {
        let hashes = l.len() - l.trim_start_matches('#').len();
        let rest = l.get(hashes..).unwrap_or_default().trim_end_matches('\r');
        (1..=3).contains(&hashes) && (rest.is_empty() || rest.starts_with(' '))
    };
    let mut out = String::with_capacity(source.len());
    let last = lines.len().saturating_sub(1);
    for (i, (line, &later)) in lines.iter().zip(&later_indented).enumerate() {
        let next = lines.get(i + 1).copied().unwrap_or_default();
        let keep = if comment(line) {
            indented(next)
        } else {
            !blank(line) || later
        };
        if keep {
            out.push_str(line);
            if i < last {
                out.push('\n');
            }
        }
    }
    out
}

/// The files of a folder with an extension (`json`), sorted.
pub fn files_in(dir: &Path, extension: &str) -> Vec<PathBuf> {
    entries(dir)
        .into_iter()
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == extension))
        .collect()
}

/// The form folders in a folder of forms (sub-folders with a `form.json`), sorted.
pub fn forms_in(dir: &Path) -> std::io::Result<Vec<FormDir>> {
    std::fs::read_dir(dir)?;
    Ok(entries(dir)
        .into_iter()
        .filter(|p| p.join(SCHEMA_FILE).is_file())
        .map(FormDir::new)
        .collect())
}

/// A catalog for a form: the engine's messages, then the form's own.
#[cfg(feature = "catalog")]
pub fn catalog(
    engine: &LocaleTree,
    form: &FormDir,
    default: Locale,
) -> (Catalog, Vec<LoadProblem>) {
    let mut catalog = Catalog::new(default);
    let mut problems = engine.load_into(&mut catalog);
    problems.extend(form.locales().load_into(&mut catalog));
    (catalog, problems)
}

#[cfg(all(test, feature = "catalog"))]
#[allow(clippy::panic, clippy::unwrap_used)]
mod tests {
    use super::*;

    fn root() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
    }

    /// `"$expect"` is taken out of the case; it is met by exactly its issues, in any order,
    /// written with any spaces, or by them and others where the list ends with `"..."`;
    /// anything but `"valid"` or a list of texts (`"..."` last) is refused.
    #[test]
    fn a_case_says_what_it_should_give() {
        let take = |v: serde_json::Value| {
            let mut v = v;
            let e = take_case_expect(&mut v);
            assert!(v.get(CASE_EXPECT).is_none());
            e
        };
        let valid = take(serde_json::json!({ "$expect": "valid", "a": 1 }))
            .unwrap()
            .unwrap();
        let strs = |v: &[&str]| {
            v.iter()
                .map(|s| {
                    let (path, code) = s.split_once(' ').unwrap();
                    CaseIssue::new(path, code, None)
                })
                .collect::<Vec<_>>()
        };
        assert!(valid.met(&[]));
        assert!(!valid.met(&strs(&["a too-small"])));
        let two = take(serde_json::json!({ "$expect": ["b  required", "a too-small"] }))
            .unwrap()
            .unwrap();
        assert!(two.met(&strs(&["a too-small", "b required"])));
        // As people write a pair: with a colon.
        let colon = take(serde_json::json!({ "$expect": ["b: required", "a:too-small"] }))
            .unwrap()
            .unwrap();
        assert!(colon.met(&strs(&["a too-small", "b required"])));
        assert!(!two.met(&strs(&["a too-small"])));
        assert!(!two.met(&strs(&["a too-small", "b required", "c required"])));
        assert!(!two.met(&[]));
        let some = take(serde_json::json!({ "$expect": ["a too-small", "..."] }))
            .unwrap()
            .unwrap();
        assert!(some.met(&strs(&["a too-small"])));
        assert!(some.met(&strs(&["b required", "a too-small"])));
        assert!(!some.met(&strs(&["b required"])));
        let twice = take(serde_json::json!({ "$expect": ["a x", "a x", "..."] }))
            .unwrap()
            .unwrap();
        assert!(!twice.met(&strs(&["a x", "b y"])));
        assert!(twice.met(&strs(&["a x", "b y", "a x"])));
        let any = take(serde_json::json!({ "$expect": ["..."] }))
            .unwrap()
            .unwrap();
        assert!(any.met(&strs(&["b required"])));
        assert!(!any.met(&[]));
        // A rule's issue by its code or by the rule's id; the whole submission as `/`.
        let rules = take(serde_json::json!({ "$expect": ["a rent-limit", "/ plausibility"] }))
            .unwrap()
            .unwrap();
        let given = [
            CaseIssue::new("a", "plausibility", Some("rent-limit")),
            CaseIssue::new("", "plausibility", Some("other")),
        ];
        assert!(rules.met(&given));
        assert_eq!(given[0].to_string(), "a rent-limit");
        assert!(!rules.met(&[
            CaseIssue::new("a", "plausibility", Some("other")),
            CaseIssue::new("", "plausibility", None)
        ]));
        // An item's number as a part of the path, as JavaScript writes it, is read as the
        // report writes it.
        let dotted = take(serde_json::json!({ "$expect": ["stays.0.stay_to after-start", "g.1 too-few-items", "a.b1 x"] }))
            .unwrap()
            .unwrap();
        assert!(dotted.met(&[
            CaseIssue::new("stays[0].stay_to", "plausibility", Some("after-start")),
            CaseIssue::new("g[1]", "too-few-items", None),
            CaseIssue::new("a.b1", "x", None),
        ]));
        let both = take(serde_json::json!({ "$expect": ["a plausibility", "a rent-limit"] }))
            .unwrap()
            .unwrap();
        assert!(both.met(&[
            CaseIssue::new("a", "plausibility", Some("rent-limit")),
            CaseIssue::new("a", "plausibility", Some("other")),
        ]));
        assert_eq!(take(serde_json::json!({ "a": 1 })), None);
        for bad in [
            serde_json::json!(["...", "a too-small"]),
            serde_json::json!(7),
            serde_json::json!([]),
            serde_json::json!("yes"),
            serde_json::json!([1]),
        ] {
            assert!(
                take(serde_json::json!({ "$expect": bad }))
                    .unwrap()
                    .is_err(),
                "{bad}"
            );
        }
    }

    /// The runtime syntax tree (comments skipped) of a source, which must parse cleanly.
    fn tree(source: &str) -> fluent_syntax::ast::Resource<&str> {
        match fluent_syntax::parser::parse_runtime(source) {
            Ok(r) => r,
            Err((_, errors)) => panic!("{errors:?} in\n{source}"),
        }
    }

    /// A translator's file saved as UTF-16 or Windows-1252 is said as such, by the lint
    /// and to whatever loads the messages (the receiver refuses to start on it), not
    /// passed over in silence as if it were not there.
    #[cfg(feature = "catalog")]
    #[test]
    fn a_file_not_in_utf8_is_said_not_skipped() {
        let dir = std::env::temp_dir().join(format!("form-files-enc-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for tag in ["de", "uk", "en"] {
            std::fs::create_dir_all(dir.join(tag)).unwrap();
        }
        // "Größe" in Windows-1252; "Так" in UTF-16 with its byte order mark; UTF-8.
        std::fs::write(dir.join("de/x.ftl"), b"size = Gr\xf6\xdfe\n").unwrap();
        let utf16: Vec<u8> = [0xfeff_u16]
            .into_iter()
            .chain("yes = Так\n".encode_utf16())
            .flat_map(u16::to_le_bytes)
            .collect();
        std::fs::write(dir.join("uk/x.ftl"), utf16).unwrap();
        std::fs::write(dir.join("en/x.ftl"), "size = Size\n").unwrap();
        let tree = LocaleTree::new(&dir);
        let said = |tag: &str| -> Vec<String> {
            tree.lint_encodings(tag)
                .iter()
                .map(|i| format!("{} {} {:?}", name_of(Path::new(&i.path)), i.code, i.args))
                .collect()
        };
        assert_eq!(
            said("de"),
            [r#"x.ftl encoding Args([("found", Str("other"))])"#]
        );
        assert_eq!(
            said("uk"),
            [r#"x.ftl encoding Args([("found", Str("utf-16"))])"#]
        );
        assert!(said("en").is_empty());
        let mut catalog = Catalog::new(Locale::parse("en").unwrap());
        let problems: Vec<String> = tree
            .load_into(&mut catalog)
            .iter()
            .map(|p| format!("{} {}", name_of(&p.path), p.kind))
            .collect();
        assert_eq!(problems, ["x.ftl not-utf-8", "x.ftl not-utf-8"]);
        // For the lint, their text as well as it can be read: UTF-16 in full, the other
        // byte by byte (Latin-1, which Windows-1252 agrees with here).
        let salvaged = |tag: &str| -> Vec<String> {
            tree.salvaged(tag).into_iter().map(|f| f.source).collect()
        };
        assert_eq!(salvaged("uk"), ["yes = Так\n"]);
        assert_eq!(salvaged("de"), ["size = Größe\n"]);
        assert!(salvaged("en").is_empty());
        assert_eq!(tree.lint_files("de").len(), 1);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn messages_for_the_browser_are_the_same_messages() {
        let mut files = LocaleTree::new(root().join(LOCALES_DIR)).all_files();
        for form in forms_in(&root().join("examples")).unwrap_or_default() {
            files.extend(form.locales().all_files());
        }
        let names = std::fs::read_to_string(root().join(LOCALES_DIR).join(LANGUAGE_NAMES));
        files.push((
            String::new(),
            FtlFile {
                path: LANGUAGE_NAMES.into(),
                name: LANGUAGE_NAMES.into(),
                source: names.unwrap_or_default(),
            },
        ));
        assert!(files.len() > 40, "{} files", files.len());
        let (mut before, mut after) = (0, 0);
        for (_, f) in &files {
            let small = ftl_for_browser(&f.source);
            assert_eq!(tree(&f.source), tree(&small), "{}", f.path);
            assert!(!small.lines().any(|l| l.starts_with('#')), "{}", f.path);
            before += f.source.len();
            after += small.len();
        }
        assert!(after < before, "{before} -> {after}");
    }

    #[test]
    fn blank_lines_and_comments_that_shape_a_pattern_stay() {
        let cases = [
            // A blank line inside a multi-line pattern is part of it.
            "a =\n    one\n\n    two\n",
            "a = one\n\n\n    two\n# c\nb = x\n",
            // A comment ends a pattern: the indented line after it is not the pattern's.
            "a = one\n# c\n    two\nb = x\n",
            "### r\n\n## g\n# m\na = { $x ->\n\n   *[one] x\n\n  }\n\n.attr = y\n",
            "a = one\r\n\r\n# c\r\nb = two\r\n",
            "#notacomment\na = one\n",
            "a = one",
        ];
        for source in cases {
            let small = ftl_for_browser(source);
            let parsed = |s| fluent_syntax::parser::parse_runtime(s).unwrap_or_else(|(r, _)| r);
            assert_eq!(parsed(source), parsed(&small), "{source:?} -> {small:?}");
        }
        assert_eq!(
            ftl_for_browser("# c\n\na = x\n\n\nb = y\n"),
            "a = x\nb = y\n"
        );
        // A byte order mark goes, and the comment it stood before with it.
        assert_eq!(ftl_for_browser("\u{feff}# c\na = x\n"), "a = x\n");
        assert_eq!(ftl_for_browser("\u{feff}a = x\n"), "a = x\n");
        // A file of blank lines is read once each way (the first version looked ahead from
        // every blank line: 200,000 of them meant 20 billion looks).
        let hostile = format!("a = x\n{}b = y\n", "\n".repeat(200_000));
        assert_eq!(ftl_for_browser(&hostile), "a = x\nb = y\n");
    }

    #[test]
    fn finds_the_example_forms_and_their_parts() {
        let forms = forms_in(&root().join("examples")).unwrap_or_default();
        let lea = forms.iter().find(|f| f.name() == "lea-registration");
        let Some(lea) = lea else {
            panic!("no lea-registration in {forms:?}");
        };
        assert!(lea.read_schema().is_ok());
        assert!(lea.locales().tags().contains(&"ar".to_owned()));
        let cases = lea.cases();
        assert!(cases.len() > 50);
        assert!(cases.iter().all(|c| lea.snapshot_of(c).is_file()));
        let engine = LocaleTree::new(root().join(LOCALES_DIR));
        assert!(engine.files("de").iter().any(|f| f.name == "engine.ftl"));
        let (cat, problems) = catalog(&engine, lea, Locale::fallback());
        assert!(problems.is_empty(), "{problems:?}");
        assert!(cat.locales().len() >= 10);
    }
}
