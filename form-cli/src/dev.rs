//! `form dev`: the form being written, live. A small local web server (std only, on
//! 127.0.0.1) shows the form with the real embed in a frame, and beside it what the
//! author and the translators need: the diagnostics with file and line (each a link to the
//! source), the translation coverage of every language the form offers, the form's cases
//! against their expected reports, and switches for the language, the pseudo-locales,
//! a right-to-left host page, 320 px and message ids. Every save of the schema, a message
//! file or a case rebuilds it all and reloads the page.
//!
//! [`build`] computes everything shown from the files (no server involved, tested
//! natively); [`serve`] is the loop around it. Submissions go to `/submit`, are validated
//! with the current form and never stored.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, SystemTime};

use form_core::wire::{Envelope, ErrorCode, Refusal, WireIssue};
use form_core::{Args, Catalog, Context, Date, Form, Locale, Severity};
use serde_json::{Value, json};

use crate::{Format, Sources, catalog, embedded};

/// How `form dev` was started.
#[derive(Clone, Debug)]
pub struct DevOptions {
    /// The form folder (`form.json`, `locales/`, `cases/`).
    pub folder: PathBuf,
    pub port: u16,
    /// The built embed (`dist/embed`); found next to the current folder when not given.
    pub dist: Option<PathBuf>,
    pub sources: Sources,
    /// The language of the panels (default: English).
    pub ui: Option<String>,
}

/// The day cases are judged on when neither they (`"$today"`) nor their snapshot say.
const CASES_TODAY: &str = "2021-03-15";

/// What the page shows, computed from the files.
#[derive(Debug, Default)]
pub struct Built {
    /// The status for the panels (`/status.json`).
    pub status: Value,
    /// The schema as written, the packed form, and the form's id, when it compiles.
    pub schema: Option<String>,
    pub packed: Option<Vec<u8>>,
    pub form: Option<Form>,
    pub form_id: String,
}

fn ui_locale(ui: Option<&str>) -> Locale {
    ui.and_then(|t| Locale::parse(t).ok())
        .unwrap_or_else(Locale::fallback)
}

fn rel(folder: &Path, path: &Path) -> String {
    path.strip_prefix(folder)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

/// The line of every JSON pointer in a JSON text (1-based), for locating diagnostics.
pub fn pointer_lines(text: &str) -> BTreeMap<String, usize> {
    struct P<'a> {
        b: &'a [u8],
        i: usize,
        line: usize,
        out: BTreeMap<String, usize>,
    }
    impl P<'_> {
        fn ws(&mut self) {
            while let Some(&c) = self.b.get(self.i) {
                match c {
                    b'\n' => self.line += 1,
                    b' ' | b'\t' | b'\r' => {}
                    _ => return,
                }
                self.i += 1;
            }
        }
        fn string(&mut self) -> String {
            let start = self.i + 1;
            self.i += 1;
            while let Some(&c) = self.b.get(self.i) {
                match c {
                    b'\\' => self.i += 2,
                    b'"' => {
                        let s = String::from_utf8_lossy(self.b.get(start..self.i).unwrap_or(&[]));
                        self.i += 1;
                        return s.replace('~', "~0").replace('/', "~1");
                    }
                    b'\n' => {
                        self.line += 1;
                        self.i += 1;
                    }
                    _ => self.i += 1,
                }
            }
            String::new()
        }
        fn value(&mut self, ptr: &str, depth: usize) {
            self.ws();
            self.out.entry(ptr.to_owned()).or_insert(self.line);
            if depth > 200 {
                return;
            }
            match self.b.get(self.i) {
                Some(b'{') => {
                    self.i += 1;
                    loop {
                        self.ws();
                        match self.b.get(self.i) {
                            Some(b'"') => {
                                let line = self.line;
                                let key = self.string();
                                let p = format!("{ptr}/{key}");
                                self.out.insert(p.clone(), line);
                                self.ws();
                                if self.b.get(self.i) == Some(&b':') {
                                    self.i += 1;
                                }
                                self.value(&p, depth + 1);
                                // The key's line, not the value's.
                                self.out.insert(p, line);
                                self.ws();
                                if self.b.get(self.i) == Some(&b',') {
                                    self.i += 1;
                                }
                            }
                            Some(b'}') => {
                                self.i += 1;
                                return;
                            }
                            _ => return,
                        }
                    }
                }
                Some(b'[') => {
                    self.i += 1;
                    let mut n = 0;
                    loop {
                        self.ws();
                        match self.b.get(self.i) {
                            Some(b']') => {
                                self.i += 1;
                                return;
                            }
                            None => return,
                            _ => {
                                let before = self.i;
                                self.value(&format!("{ptr}/{n}"), depth + 1);
                                n += 1;
                                self.ws();
                                if self.b.get(self.i) == Some(&b',') {
                                    self.i += 1;
                                } else if self.i == before {
                                    return;
                                }
                            }
                        }
                    }
                }
                Some(b'"') => {
                    self.string();
                }
                Some(_) => {
                    while let Some(&c) = self.b.get(self.i) {
                        if matches!(c, b',' | b'}' | b']' | b' ' | b'\n' | b'\r' | b'\t') {
                            break;
                        }
                        self.i += 1;
                    }
                }
                None => {}
            }
        }
    }
    let mut p = P {
        b: text.as_bytes(),
        i: 0,
        line: 1,
        out: BTreeMap::new(),
    };
    p.value("", 0);
    p.out
}

/// The line of a pointer, or of its nearest ancestor that has one.
fn line_of(lines: &BTreeMap<String, usize>, pointer: &str) -> usize {
    let mut p = pointer.to_owned();
    loop {
        if let Some(l) = lines.get(&p) {
            return *l;
        }
        match p.rfind('/') {
            Some(i) => p.truncate(i),
            None => return 1,
        }
    }
}

/// Everything the page shows, from the files of `opts.folder`.
pub fn build(opts: &DevOptions) -> Built {
    let folder = &opts.folder;
    let dir = form_files::FormDir::new(folder);
    let schema_path = dir.schema_path();
    let ui = ui_locale(opts.ui.as_deref());
    let mut items: Vec<Value> = Vec::new();
    // A schema that cannot be read is said so, with the reason, not compiled as if empty.
    let (text, unreadable) = match std::fs::read_to_string(&schema_path) {
        Ok(t) => (t, None),
        Err(e) => (String::new(), Some(e)),
    };
    let compiled = form_core::compile(&text);
    let crate::Declared {
        id: form_id,
        default,
        offered,
    } = crate::declared(&compiled, &text);
    let (cat, problems) = catalog(&opts.sources, &default, &schema_path);
    let t = |id: &str| cat.text(&ui, id, &Args::new());
    let lines = pointer_lines(&text);
    let mut diags = compiled.diagnostics.clone();
    if let Some(form) = &compiled.form {
        diags.extend(crate::missing_messages(form, &cat, &default, &schema_path));
    }
    let schema_file = rel(folder, &schema_path);
    if let Some(e) = &unreadable {
        diags.clear();
        items.push(json!({
            "file": schema_file,
            "line": 0,
            "severity": "error",
            "code": "unreadable",
            "text": crate::io_text(&cat, &ui, "cli-cannot-read", Path::new(&schema_file), e),
        }));
    }
    for d in &diags {
        items.push(json!({
            "file": schema_file,
            "line": line_of(&lines, &d.pointer),
            "column": d.column,
            "pointer": d.pointer,
            "severity": if d.severity == Severity::Error { "error" } else { "warning" },
            "code": d.code.as_str(),
            "text": cat.render_diagnostic(&ui, d),
        }));
    }
    // The engine's message files (`--locales`) that do not load; the form's own are linted
    // below, with their lines.
    for p in &problems {
        items.push(json!({
            "file": rel(folder, &p.path),
            "line": p.line,
            "severity": "error",
            "code": p.kind,
            "text": crate::problem_text(&cat, &ui, p),
        }));
    }
    // Translations: each language offered (and each that has a folder) against the
    // default language's files.
    let tree = dir.locales();
    let mut tags = tree.tags();
    let offered = if offered.is_empty() {
        vec![default.to_string()]
    } else {
        offered
    };
    for o in &offered {
        if !tags.contains(o) {
            tags.push(o.clone());
        }
    }
    let given = compiled.form.as_ref().map(Form::message_variables);
    let reference = tree.lint_files(&default.to_string());
    // Coverage counts the form's own messages (the countries and language names the
    // engine ships are not the form's to translate, and the name of a language the form
    // adds, `language-it`, is written once, in the default language).
    let own = {
        let mut c = Catalog::new(default.clone());
        let _ = tree.load_into(&mut c);
        c
    };
    let ids: Vec<String> = compiled
        .form
        .as_ref()
        .map(|f| {
            f.message_ids
                .keys()
                .filter(|id| {
                    own.has(&default, id) && !id.starts_with(form_core::codelists::LANGUAGE_NAME)
                })
                .cloned()
                .collect()
        })
        .unwrap_or_default();
    let mut coverage = Vec::new();
    for tag in &tags {
        let Ok(lang) = Locale::parse(tag) else {
            continue;
        };
        let files = tree.lint_files(tag);
        // A file not in UTF-8 is said by its encoding alone.
        let issues = tree.lint_said(
            tag,
            crate::lint_language(
                &opts.sources,
                &reference,
                &default.to_string(),
                &lang,
                &files,
                given.as_ref(),
                form_id.as_deref(),
            ),
        );
        let translated = ids.iter().filter(|id| own.has(&lang, id)).count();
        let extra = issues
            .iter()
            .filter(|i| i.code == form_core::codes::LintCode::ExtraMessage)
            .count();
        let broken = issues
            .iter()
            .filter(|i| !i.is_warning() && i.code != form_core::codes::LintCode::ExtraMessage)
            .count();
        let status = files
            .first()
            .and_then(|f| form_core::lint::status_of(&f.source))
            .unwrap_or_default();
        coverage.push(json!({
            "tag": tag,
            "name": cat.text(&lang, &format!("{}{tag}", form_core::codelists::LANGUAGE_NAME), &Args::new()),
            "offered": offered.contains(tag),
            "reference": *tag == default.to_string(),
            "status": status,
            "total": ids.len(),
            "translated": translated,
            "missing": ids.len().saturating_sub(translated),
            "extra": extra,
            "broken": broken,
            "direction": lang.direction().as_str(),
        }));
        for i in issues {
            items.push(json!({
                "file": rel(folder, Path::new(&i.path)),
                "line": i.line,
                "severity": if i.is_warning() { "warning" } else { "error" },
                "code": format!("lint-{}", i.code),
                "text": cat.text(&ui, &i.message_id(), &i.args),
            }));
        }
    }
    // Cases against their expected reports.
    let mut cases = Vec::new();
    if let Some(form) = &compiled.form {
        for case in dir.cases() {
            cases.push(case_json(
                &run_case(form, (&cat, &ui), &dir, &case, folder),
                &cat,
                &ui,
            ));
        }
    }
    let errors = items.iter().filter(|i| i["severity"] == "error").count();
    let warnings = items.len() - errors;
    let texts: BTreeMap<&str, String> = DEV_TEXTS.iter().map(|id| (*id, t(id))).collect();
    let status = json!({
        "form": compiled.form.as_ref().map(|f| f.id.clone()),
        "schema": schema_file,
        "defaultLocale": default.to_string(),
        "languages": offered,
        "errors": errors,
        "warnings": warnings,
        "diagnostics": items,
        "coverage": coverage,
        "cases": cases,
        "texts": texts,
    });
    Built {
        status,
        schema: compiled.form.as_ref().map(|_| text.clone()),
        packed: compiled.form.as_ref().map(form_core::packed::encode),
        form_id: compiled
            .form
            .as_ref()
            .map_or_else(|| dir.name(), |f| f.id.clone()),
        form: compiled.form,
    }
}

/// One case run as `form validate` would, against its snapshot (`form dev`'s cases
/// panel, `form test`).
#[derive(Debug, Default)]
pub struct CaseRun {
    /// The case's name (its file's, without `.json`).
    pub name: String,
    /// The case file, as the form's folder names it.
    pub file: String,
    /// Why it could not be run (not read, not JSON), in the reader's language.
    pub problem: Option<String>,
    pub valid: bool,
    /// Its issues (`path code`, or `path rule-id` for a rule's).
    pub issues: Vec<form_files::CaseIssue>,
    /// What its snapshot should hold: the exit code and the JSON report.
    pub got: String,
    /// The snapshot's `info` line: the `form validate` command that gives `got`.
    pub info: String,
    /// Matches its snapshot (`Some(true)`), differs (`Some(false)`), has none (`None`);
    /// besides what it says it should give (`unmet`).
    pub pass: Option<bool>,
    /// Where it first differs: the line (from 1), the snapshot's text there and the run's.
    pub diff: Option<(usize, String, String)>,
    /// What the case says it should give (`"$expect"`), where the run does not give it.
    pub unmet: Option<form_files::CaseExpect>,
}

/// Runs one case as `form validate` would and compares with its snapshot. A case without
/// a snapshot is judged as the case test judges it: as of its own day (`"$today"`), else
/// 15 March 2021, in English (or the form's default language where it has no English).
pub fn run_case(
    form: &Form,
    (cat, ui): (&Catalog, &Locale),
    dir: &form_files::FormDir,
    case: &Path,
    folder: &Path,
) -> CaseRun {
    let name = case
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let snapshot = std::fs::read_to_string(dir.snapshot_of(case)).ok();
    // The snapshot's header says on which day and in which language it was judged.
    let header_arg = |flag: &str| -> Option<String> {
        let s = snapshot.as_deref()?;
        let info = s.lines().find(|l| l.starts_with("info:"))?;
        let mut words = info.split_whitespace();
        words.find(|w| *w == flag)?;
        words.next().map(str::to_owned)
    };
    // As `form validate --locale` takes it: one of the form's languages.
    let tag = header_arg("--locale").unwrap_or_else(|| "en".to_owned());
    let locale = form.negotiate(&[tag.as_str()]);
    // A case that cannot be read, or is no JSON, fails with the reason (as `form validate`
    // says it), not as an invalid submission.
    let file = rel(folder, case);
    let unreadable = |problem: String| CaseRun {
        name: name.clone(),
        file: file.clone(),
        problem: Some(problem),
        pass: Some(false),
        ..CaseRun::default()
    };
    let text = match std::fs::read_to_string(case) {
        Ok(t) => t,
        Err(e) => {
            let problem = crate::io_text(cat, ui, "cli-cannot-read", Path::new(&file), &e);
            return unreadable(problem);
        }
    };
    let mut data: Value = match form_core::json::parse_value(&text) {
        Ok(v) => v,
        Err(e) => return unreadable(crate::not_json_text(cat, ui, Path::new(&file), &text, &e)),
    };
    // What the case says it should give (`"$expect"`): no answer either.
    let expect = match form_files::take_case_expect(&mut data) {
        Some(Err(value)) => {
            let mut a = Args::new();
            a.insert("file".into(), form_core::Arg::Str(file.clone()));
            a.insert("value".into(), form_core::Arg::Str(value));
            return unreadable(cat.text(ui, "cli-bad-case-expect", &a));
        }
        Some(Ok(e)) => {
            if let Some(problem) = unknown_expected(form, (cat, ui), &file, &e) {
                return unreadable(problem);
            }
            Some(e)
        }
        None => None,
    };
    // The case's own day (`"$today"`), else the one its snapshot was judged on.
    let today = form_files::take_case_today(&mut data)
        .or_else(|| header_arg("--today"))
        .and_then(|d| Date::parse_iso(&d).ok())
        .or_else(|| Date::parse_iso(CASES_TODAY).ok())
        .unwrap_or(Date::EPOCH);
    let report = form.validate(&data, &Context { today });
    let rendered = crate::render(form, cat, &locale, today, &report, Format::Json);
    let got = format!(
        "exit code: {}\n{rendered}",
        if report.valid { 0 } else { 1 }
    );
    let expected = snapshot
        .as_deref()
        .and_then(|s| s.splitn(3, "---\n").nth(2))
        .map(str::to_owned);
    let (pass, diff) = match &expected {
        None => (None, None),
        Some(e) if e.trim_end() == got.trim_end() => (Some(true), None),
        Some(e) => {
            // The first line that differs, after the exit code where another does (the
            // exit code says only that the verdict changed; the report says how).
            let differ: Vec<usize> = e
                .lines()
                .zip(got.lines())
                .enumerate()
                .filter(|(_, (a, b))| a != b)
                .map(|(i, _)| i)
                .collect();
            let first = differ
                .iter()
                .copied()
                .find(|&i| i > 0)
                .or(differ.first().copied())
                .unwrap_or_else(|| e.lines().count().min(got.lines().count()));
            let line = |s: &str| s.lines().nth(first).unwrap_or("").trim().to_owned();
            (Some(false), Some((first + 1, line(e), line(&got))))
        }
    };
    let info = format!(
        "form validate --schema {} --data {} --today {today} --locale {locale} --format json",
        dir.schema_path().display(),
        case.display()
    );
    let issues: Vec<form_files::CaseIssue> = report
        .issues
        .iter()
        .map(|i| form_files::CaseIssue::new(&i.path, i.code.as_str(), i.rule.as_deref()))
        .collect();
    let unmet = expect.filter(|e| !e.met(&issues));
    CaseRun {
        name,
        file,
        problem: None,
        valid: report.valid,
        issues,
        got,
        info,
        pass,
        diff,
        unmet,
    }
}

/// Where an entry of `"$expect"` names no issue code and no rule of the form (`rent
/// too_large`, `rent tooLarge`): the case could never give it. Said with the code or rule
/// it is likely a slip for, in `ui`.
fn unknown_expected(
    form: &Form,
    (cat, ui): (&Catalog, &Locale),
    file: &str,
    expect: &form_files::CaseExpect,
) -> Option<String> {
    let want = match expect {
        form_files::CaseExpect::Valid => return None,
        form_files::CaseExpect::Issues(w) | form_files::CaseExpect::AtLeast(w) => w,
    };
    let rules = form
        .rules
        .iter()
        .chain(form.groups.iter().flat_map(|g| &g.rules))
        .map(|r| r.id.as_str());
    let known: Vec<&str> = form_core::IssueCode::ALL
        .iter()
        .map(|c| c.as_str())
        .chain(rules)
        .collect();
    let code = want
        .iter()
        .filter_map(|w| w.rsplit_once(' ').map(|(_, code)| code))
        .find(|code| !known.contains(code))?;
    let mut a = Args::new();
    a.insert("file".into(), form_core::Arg::Str(file.to_owned()));
    a.insert("code".into(), form_core::Arg::Str(code.to_owned()));
    if let Some(near) = form_core::compile::near(code, known.iter().copied()) {
        a.insert("near".into(), form_core::Arg::Str(near.to_owned()));
    }
    let text = cat.text(ui, "cli-test-unknown-code", &a);
    Some(cat.with_near(ui, text, &a))
}

/// A case's issues as a list to read: "rent too-large, members[0].member_income required".
pub fn issues_text(issues: &[form_files::CaseIssue]) -> String {
    issues
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// "expected valid; it gives rent too-large" (`"$expect"` not met), in `ui`.
pub fn unmet_text(cat: &Catalog, ui: &Locale, run: &CaseRun) -> Option<String> {
    let t = |id: &str| cat.text(ui, id, &Args::new());
    let expected = match run.unmet.as_ref()? {
        form_files::CaseExpect::Valid => t("cli-test-valid"),
        form_files::CaseExpect::Issues(want) => want.join(", "),
        form_files::CaseExpect::AtLeast(want) => want
            .iter()
            .map(String::as_str)
            .chain([form_files::CASE_EXPECT_MORE])
            .collect::<Vec<_>>()
            .join(", "),
    };
    let mut a = Args::new();
    let got = if run.valid {
        t("cli-test-valid")
    } else {
        issues_text(&run.issues)
    };
    a.insert("file".into(), form_core::Arg::Str(run.file.clone()));
    a.insert("expected".into(), form_core::Arg::Str(expected));
    a.insert("got".into(), form_core::Arg::Str(got));
    Some(cat.text(ui, "cli-test-unmet", &a))
}

/// A case for the cases panel.
fn case_json(r: &CaseRun, cat: &Catalog, ui: &Locale) -> Value {
    if let Some(problem) = r.problem.clone().or_else(|| unmet_text(cat, ui, r)) {
        return json!({ "name": r.name, "file": r.file, "pass": false, "problem": problem });
    }
    json!({
        "name": r.name,
        "file": r.file,
        "valid": r.valid,
        "issues": r.issues.iter().map(ToString::to_string).collect::<Vec<_>>(),
        "pass": r.pass,
        "diff": r.diff.as_ref().map(|(line, expected, got)| json!({ "line": line, "expected": expected, "got": got })),
    })
}

/// The messages of the page (in `authoring.ftl`).
const DEV_TEXTS: &[&str] = &[
    "dev-title",
    "dev-diagnostics",
    "dev-no-diagnostics",
    "dev-translations",
    "dev-cases",
    "dev-no-cases",
    "dev-language",
    "dev-pseudo-accented",
    "dev-pseudo-bidi",
    "dev-rtl-host",
    "dev-narrow",
    "dev-message-ids",
    "dev-translated",
    "dev-missing",
    "dev-extra",
    "dev-broken",
    "dev-reference",
    "dev-not-offered",
    "dev-pass",
    "dev-fail",
    "dev-new-case",
    "dev-expected",
    "dev-got",
    "dev-valid",
    "dev-invalid",
    "dev-updated",
    "dev-error",
    "dev-warning",
    "dev-severity-error",
    "dev-severity-warning",
    "dev-no-form",
];

// --- The server ------------------------------------------------------------------

struct Shared {
    opts: DevOptions,
    dist: PathBuf,
    built: Mutex<(u64, Built)>,
    changed: Condvar,
}

/// The built embed: `--dist`, else `dist/embed` in this folder or one above it.
pub fn find_dist(given: Option<&Path>) -> Option<PathBuf> {
    let ok = |d: &Path| d.join("form-embed.js").is_file();
    if let Some(d) = given {
        for c in [d.to_path_buf(), d.join("embed")] {
            if ok(&c) {
                return Some(c);
            }
        }
        return None;
    }
    let mut here = std::env::current_dir().ok();
    while let Some(d) = here {
        let c = d.join("dist").join("embed");
        if ok(&c) {
            return Some(c);
        }
        here = d.parent().map(Path::to_path_buf);
    }
    None
}

/// The files whose changes rebuild the page, with their times and sizes.
fn fingerprint(folder: &Path) -> Vec<(PathBuf, Option<SystemTime>, u64)> {
    form_files::FormDir::new(folder)
        .all_files()
        .into_iter()
        .map(|p| {
            let m = std::fs::metadata(&p).ok();
            let when = m.as_ref().and_then(|m| m.modified().ok());
            let len = m.map_or(0, |m| m.len());
            (p, when, len)
        })
        .collect()
}

/// Serves the page until the process is stopped. Returns only when it cannot start.
pub fn serve(opts: DevOptions) -> crate::Outcome {
    let ui = ui_locale(opts.ui.as_deref());
    let (cat, _) = catalog(&opts.sources, &ui, &opts.folder.join("form.json"));
    let fail = |id: &str, arg: String| {
        let mut a = Args::new();
        a.insert("detail".into(), form_core::Arg::Str(arg));
        crate::Outcome {
            stderr: cat.text(&ui, id, &a) + "\n",
            code: 2,
            ..crate::Outcome::default()
        }
    };
    if !opts.folder.join("form.json").is_file() {
        return fail("dev-no-schema", opts.folder.display().to_string());
    }
    let Some(dist) = find_dist(opts.dist.as_deref()) else {
        return fail("dev-no-embed", String::new());
    };
    let listener = match TcpListener::bind(("127.0.0.1", opts.port)) {
        Ok(l) => l,
        Err(e) => return fail("dev-cannot-listen", format!("127.0.0.1:{}: {e}", opts.port)),
    };
    let port = listener.local_addr().map_or(opts.port, |a| a.port());
    let built = build(&opts);
    let shared = Arc::new(Shared {
        opts: opts.clone(),
        dist,
        built: Mutex::new((1, built)),
        changed: Condvar::new(),
    });
    // The watcher: a rebuild on every change of a file of the form folder.
    {
        let shared = Arc::clone(&shared);
        std::thread::spawn(move || {
            let mut last = fingerprint(&shared.opts.folder);
            loop {
                std::thread::sleep(Duration::from_millis(250));
                let now = fingerprint(&shared.opts.folder);
                if now == last {
                    continue;
                }
                // An editor's save can be more than one write (a file emptied, then
                // written): built once the files have stood still for one short look, so
                // that a half-written schema does not flash its errors in the panels.
                std::thread::sleep(Duration::from_millis(120));
                if fingerprint(&shared.opts.folder) != now {
                    continue;
                }
                last = now;
                let mut b = build(&shared.opts);
                if let Ok(mut g) = shared.built.lock() {
                    // A schema with errors: the preview keeps the last form that
                    // compiled; the panels show the errors.
                    if b.form.is_none() && g.1.form.is_some() {
                        b.schema = g.1.schema.take();
                        b.packed = g.1.packed.take();
                        b.form = g.1.form.take();
                        b.form_id = std::mem::take(&mut g.1.form_id);
                    }
                    g.0 += 1;
                    g.1 = b;
                }
                shared.changed.notify_all();
            }
        });
    }
    let mut a = Args::new();
    a.insert(
        "url".into(),
        form_core::Arg::Str(format!("http://127.0.0.1:{port}/")),
    );
    a.insert(
        "folder".into(),
        form_core::Arg::Str(opts.folder.display().to_string()),
    );
    println!(
        "{}",
        crate::without_isolates(&cat.text(&ui, "dev-serving", &a))
    );
    for stream in listener.incoming().flatten() {
        let shared = Arc::clone(&shared);
        std::thread::spawn(move || {
            let _ = handle(stream, &shared);
        });
    }
    crate::Outcome::default()
}

struct Request {
    method: String,
    path: String,
    query: BTreeMap<String, String>,
    body: Vec<u8>,
}

fn read_request(stream: &TcpStream) -> Option<Request> {
    let mut reader = BufReader::new(stream.try_clone().ok()?);
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let mut parts = line.split_whitespace();
    let method = parts.next()?.to_owned();
    let target = parts.next()?.to_owned();
    let mut length = 0usize;
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h).ok()? == 0 || h.trim().is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':')
            && k.trim().eq_ignore_ascii_case("content-length")
        {
            length = v.trim().parse().ok()?;
        }
    }
    let mut body = vec![0; length.min(1 << 20)];
    reader.read_exact(&mut body).ok()?;
    let (path, q) = target.split_once('?').unwrap_or((&target, ""));
    let query = q
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .map(|(k, v)| (k.to_owned(), decode(v)))
        .collect();
    Some(Request {
        method,
        path: decode(path),
        query,
        body,
    })
}

/// Percent-decoding of a URL part.
fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        if c == b'%'
            && let Some(h) = b.get(i + 1..i + 3)
            && let Ok(v) = u8::from_str_radix(&String::from_utf8_lossy(h), 16)
        {
            out.push(v);
            i += 3;
        } else {
            out.push(if c == b'+' { b' ' } else { c });
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; frame-ancestors 'self'";

fn respond(stream: &mut TcpStream, status: u16, kind: &str, body: &[u8]) -> std::io::Result<()> {
    let reason = match status {
        200 => "OK",
        201 => "Created",
        404 => "Not Found",
        405 => "Method Not Allowed",
        422 => "Unprocessable Content",
        _ => "Error",
    };
    write!(
        stream,
        "HTTP/1.1 {status} {reason}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nContent-Security-Policy: {CSP}\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n",
        body.len()
    )?;
    stream.write_all(body)?;
    stream.flush()
}

fn kind_of(path: &str) -> &'static str {
    match path.rsplit('.').next() {
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("json") => "application/json",
        Some("html") => "text/html; charset=utf-8",
        Some("ftl") => "text/plain; charset=utf-8",
        Some("svg") => "image/svg+xml",
        _ => "application/octet-stream",
    }
}

/// A file under `root`, never outside it.
fn file_under(root: &Path, rest: &str) -> Option<Vec<u8>> {
    if rest.split('/').any(|p| p == ".." || p.starts_with('.')) {
        return None;
    }
    std::fs::read(root.join(rest)).ok()
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

const PAGE: &str = include_str!("../assets/dev.html");
const SCRIPT: &str = include_str!("../assets/dev.js");
const STYLE: &str = include_str!("../assets/dev.css");
const PREVIEW_STYLE: &str = include_str!("../assets/preview.css");

fn handle(mut stream: TcpStream, shared: &Shared) -> std::io::Result<()> {
    let Some(req) = read_request(&stream) else {
        return Ok(());
    };
    let ui = ui_locale(shared.opts.ui.as_deref());
    let (version, form_id, status_text, schema, packed, form) = {
        let g = shared
            .built
            .lock()
            .map_err(|_| std::io::Error::other("lock"))?;
        (
            g.0,
            g.1.form_id.clone(),
            g.1.status.to_string(),
            g.1.schema.clone(),
            g.1.packed.clone(),
            g.1.form.clone(),
        )
    };
    let html = "text/html; charset=utf-8";
    let path = req.path.as_str();
    match (req.method.as_str(), path) {
        ("GET", "/") => {
            let status: Value = serde_json::from_str(&status_text).unwrap_or_default();
            let t = |id: &str| {
                escape(
                    status
                        .get("texts")
                        .and_then(|t| t.get(id))
                        .and_then(Value::as_str)
                        .unwrap_or(id),
                )
            };
            let page = PAGE
                .replace("{lang}", &ui.to_string())
                .replace("{dir}", ui.direction().as_str())
                .replace("{title}", &t("dev-title"));
            respond(&mut stream, 200, html, page.as_bytes())
        }
        ("GET", "/dev/dev.js") => respond(&mut stream, 200, kind_of(".js"), SCRIPT.as_bytes()),
        ("GET", "/dev/dev.css") => respond(&mut stream, 200, kind_of(".css"), STYLE.as_bytes()),
        ("GET", "/dev/preview.css") => {
            respond(&mut stream, 200, kind_of(".css"), PREVIEW_STYLE.as_bytes())
        }
        ("GET", "/status.json") => {
            let body = format!("{{\"version\":{version},\"status\":{status_text}}}");
            respond(&mut stream, 200, "application/json", body.as_bytes())
        }
        ("GET", "/wait") => {
            // Long poll: answers when the version is newer than `v` (or after 25 s).
            let since: u64 = req.query.get("v").and_then(|v| v.parse().ok()).unwrap_or(0);
            let g = shared
                .built
                .lock()
                .map_err(|_| std::io::Error::other("lock"))?;
            let (g, _) = shared
                .changed
                .wait_timeout_while(g, Duration::from_secs(25), |b| b.0 <= since)
                .map_err(|_| std::io::Error::other("lock"))?;
            let v = g.0;
            drop(g);
            respond(
                &mut stream,
                200,
                "application/json",
                format!("{{\"version\":{v}}}").as_bytes(),
            )
        }
        ("GET", "/preview") => {
            let lang = req.query.get("lang").cloned().unwrap_or_default();
            let rtl = req.query.get("rtl").is_some_and(|v| v == "1");
            let ids = req.query.get("ids").is_some_and(|v| v == "1");
            let mut attrs = String::new();
            if !lang.is_empty() {
                attrs.push_str(&format!(" data-locale=\"{}\"", escape(&lang)));
            }
            // The form's languages, and a pseudo-locale when one is chosen (the server
            // makes its files from English).
            let mut languages: Vec<String> = form
                .as_ref()
                .map(|f| f.languages.iter().map(ToString::to_string).collect())
                .unwrap_or_default();
            // A form that does not say which languages it offers: those it has files for.
            for tag in form_files::FormDir::new(&shared.opts.folder)
                .locales()
                .tags()
            {
                if !languages.contains(&tag) {
                    languages.push(tag);
                }
            }
            if pseudo(&lang).is_some() {
                languages.push(lang.clone());
            }
            attrs.push_str(&format!(
                " data-languages=\"{}\"",
                escape(&languages.join(" "))
            ));
            // Message ids: the same files, each message beginning with its id.
            let prefix = if ids { "/ids" } else { "" };
            attrs.push_str(&format!(
                " data-locales=\"{prefix}/locales\" data-form-locales=\"{prefix}/form/{}/locales\"",
                escape(&form_id)
            ));
            let page = format!(
                "<!doctype html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<link rel=\"icon\" href=\"data:,\">\n<link rel=\"stylesheet\" href=\"/dev/preview.css\">\n<script async src=\"/embed/form-embed.js\"></script>\n</head>\n<body>\n<main>\n<div data-form-schema=\"/form/{id}.json\" data-endpoint=\"/submit\"{attrs}></div>\n</main>\n</body>\n</html>\n",
                if rtl { "ar" } else { "de" },
                if rtl { "rtl" } else { "ltr" },
                escape(&form_id),
                id = escape(&form_id),
            );
            respond(&mut stream, 200, html, page.as_bytes())
        }
        ("GET", p) if p.starts_with("/embed/") => {
            match file_under(&shared.dist, p.trim_start_matches("/embed/")) {
                Some(b) => respond(&mut stream, 200, kind_of(p), &b),
                None => respond(&mut stream, 404, "text/plain", b"not found"),
            }
        }
        ("GET", p) if p == format!("/form/{form_id}.json") => match schema {
            Some(s) => respond(&mut stream, 200, "application/json", s.as_bytes()),
            None => respond(&mut stream, 404, "text/plain", b"the schema has errors"),
        },
        ("GET", p) if p == format!("/form/{form_id}.form") => match packed {
            Some(b) => respond(&mut stream, 200, "application/octet-stream", &b),
            None => respond(&mut stream, 404, "text/plain", b"the schema has errors"),
        },
        ("GET", p)
            if p.contains("/locales/")
                && (p.starts_with("/locales/")
                    || p.starts_with("/ids/")
                    || p.starts_with("/form/")) =>
        {
            let (ids, rest) = match p.strip_prefix("/ids") {
                Some(r) => (true, r),
                None => (false, p),
            };
            let body = if let Some(r) = rest.strip_prefix(&format!("/form/{form_id}/locales/")) {
                form_ftl(shared, form.as_ref(), r)
            } else if let Some(r) = rest.strip_prefix("/locales/") {
                engine_ftl(shared, r)
            } else {
                None
            };
            match body {
                Some(text) => {
                    let text = if ids && p.ends_with(".ftl") {
                        form_core::pseudo::with_ids(&text)
                    } else {
                        text
                    };
                    respond(&mut stream, 200, kind_of(p), text.as_bytes())
                }
                None => respond(&mut stream, 404, "text/plain", b"not found"),
            }
        }
        ("GET", "/source") => {
            let file = req.query.get("file").cloned().unwrap_or_default();
            let line: usize = req
                .query
                .get("line")
                .and_then(|l| l.parse().ok())
                .unwrap_or(0);
            match file_under(&shared.opts.folder, &file) {
                Some(b) => {
                    let text = String::from_utf8_lossy(&b);
                    let mut page = format!(
                        "<!doctype html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title><link rel=\"stylesheet\" href=\"/dev/dev.css\"></head><body class=\"source\"><h1>{}</h1><ol class=\"lines\">",
                        ui,
                        escape(&file),
                        escape(&file)
                    );
                    for (i, l) in text.lines().enumerate() {
                        let n = i + 1;
                        let mark = if n == line { " class=\"here\"" } else { "" };
                        page.push_str(&format!(
                            "<li id=\"L{n}\"{mark}><code>{}</code></li>",
                            escape(l)
                        ));
                    }
                    page.push_str("</ol></body></html>\n");
                    respond(&mut stream, 200, html, page.as_bytes())
                }
                None => respond(&mut stream, 404, "text/plain", b"not found"),
            }
        }
        ("POST", "/submit") => {
            let Some(form) = form else {
                return respond(
                    &mut stream,
                    404,
                    "application/json",
                    b"{\"error\":\"unknown-form\"}",
                );
            };
            // Read as the receiver reads it (form-core's reader: the same numbers).
            let envelope: Option<Envelope> = std::str::from_utf8(&req.body)
                .ok()
                .and_then(|text| form_core::json::parse_value(text).ok())
                .and_then(|v| serde_json::from_value(v).ok());
            let Some(envelope) = envelope else {
                let body =
                    serde_json::to_vec(&Refusal::new(ErrorCode::MalformedJson)).unwrap_or_default();
                return respond(&mut stream, 400, "application/json", &body);
            };
            let today = crate::system_today();
            let report = form.validate(&envelope.submission, &Context { today });
            if report.valid {
                let body = format!("{{\"reference\":\"DEV-{version:04}\"}}");
                respond(&mut stream, 201, "application/json", body.as_bytes())
            } else {
                let locale =
                    Locale::parse(&envelope.locale).unwrap_or_else(|_| form.default_locale.clone());
                let (cat, _) = catalog(
                    &shared.opts.sources,
                    &form.default_locale,
                    &shared.opts.folder.join("form.json"),
                );
                let mut refusal = Refusal::new(ErrorCode::Invalid);
                refusal.locale = Some(locale.to_string());
                refusal.issues = report
                    .issues
                    .iter()
                    .map(|i| WireIssue::new(i.clone(), cat.render_issue(&locale, i, Some(&form))))
                    .collect();
                let body = serde_json::to_vec(&refusal).unwrap_or_default();
                respond(&mut stream, 422, "application/json", &body)
            }
        }
        ("GET", _) => respond(&mut stream, 404, "text/plain", b"not found"),
        _ => respond(&mut stream, 405, "text/plain", b"method not allowed"),
    }
}

/// The pseudo-locale a tag names, if any.
fn pseudo(tag: &str) -> Option<form_core::Pseudo> {
    form_core::Pseudo::ALL
        .into_iter()
        .find(|p| p.tag().eq_ignore_ascii_case(tag))
}

/// An engine message file (`<tag>/<name>` or `languages.ftl`); a pseudo-locale's is made
/// from English.
fn engine_ftl(shared: &Shared, rest: &str) -> Option<String> {
    let read = |rest: &str| -> Option<String> {
        let bytes = match &shared.opts.sources.engine_dir {
            Some(dir) => file_under(dir, rest),
            None => embedded_file(rest),
        }?;
        String::from_utf8(bytes).ok()
    };
    if let Some((tag, name)) = rest.split_once('/')
        && let Some(p) = pseudo(tag)
    {
        return read(&format!("en/{name}"))
            .map(|t| form_core::pseudo::transform_ftl(&t, p.transform()));
    }
    read(rest)
}

/// A message file of the form (`<tag>/<file>`); a pseudo-locale's is made from English,
/// or from the default language when the form has no English.
fn form_ftl(shared: &Shared, form: Option<&Form>, rest: &str) -> Option<String> {
    let root = shared.opts.folder.join(form_files::LOCALES_DIR);
    let read = |rest: &str| file_under(&root, rest).and_then(|b| String::from_utf8(b).ok());
    if let Some((tag, name)) = rest.split_once('/')
        && let Some(p) = pseudo(tag)
    {
        let base = if root.join("en").is_dir() {
            "en".to_owned()
        } else {
            form.map_or_else(|| "en".to_owned(), |f| f.default_locale.to_string())
        };
        return read(&format!("{base}/{name}"))
            .map(|t| form_core::pseudo::transform_ftl(&t, p.transform()));
    }
    read(rest)
}

/// An engine locale file from the copy built into the binary (`<tag>/<name>`, or
/// `languages.ftl`).
fn embedded_file(rest: &str) -> Option<Vec<u8>> {
    if rest == form_files::LANGUAGE_NAMES {
        return Some(embedded::LANGUAGE_NAMES.as_bytes().to_vec());
    }
    let (tag, name) = rest.split_once('/')?;
    embedded::EMBEDDED
        .iter()
        .find(|(t, n, _)| *t == tag && *n == name)
        .map(|(_, _, text)| text.as_bytes().to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointers_find_their_lines() {
        let text = "{\n  \"a\": 1,\n  \"pages\": [\n    { \"id\": \"p\",\n      \"fields\": [ {\"x\": true} ] }\n  ]\n}\n";
        let lines = pointer_lines(text);
        assert_eq!(lines.get("/a"), Some(&2));
        assert_eq!(lines.get("/pages/0/id"), Some(&4));
        assert_eq!(lines.get("/pages/0/fields/0/x"), Some(&5));
        assert_eq!(line_of(&lines, "/pages/0/fields/0/x/deeper"), 5);
        assert_eq!(line_of(&lines, "/nothing"), 1);
    }

    #[test]
    fn urls_are_decoded() {
        assert_eq!(decode("a%20b+c%2Fd"), "a b c/d");
        assert_eq!(decode("%zz"), "%zz");
    }
}
