//! The `form` command as a library: reading files, choosing locales and printing. All
//! form logic is in `form-core`; this crate is glue.
//!
//! Architecture invariant: no validation, visibility or normalisation logic lives here.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use form_core::codes::LintCode;
use form_core::{Arg, Args, Catalog, Context, Date, Diagnostic, Form, Locale, Report, Severity};
use serde_json::Value;

pub mod cases;
pub mod dev;
pub mod usage;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

/// The result of a command: what to print and the exit code.
#[derive(Debug, Default)]
pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
}

/// Where messages come from: the engine's locale files (embedded, or a folder given with
/// `--locales`) and the form's own `locales/<tag>/*.ftl` next to its schema.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    pub engine_dir: Option<PathBuf>,
}

/// A file's text, or why it could not be read, said in the reader's language (`ui`, else
/// English) for stderr: not the operating system's English.
fn read(path: &Path, sources: &Sources, ui: Option<&str>) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| {
        // Text saved as UTF-16 (Notepad's "Unicode") is said as such, with what to do.
        let utf16 = e.kind() == std::io::ErrorKind::InvalidData
            && std::fs::read(path).is_ok_and(|b| form_core::lint::text_encoding(&b) == "utf-16");
        let reason = if utf16 { "utf-16" } else { io_reason(&e) };
        let (cat, locale) = cli_messages(sources, path, ui);
        reason_text(&cat, &locale, "cli-cannot-read", path, reason)
    })
}

/// `message` (`cli-cannot-read`, `cli-cannot-write`) for `path`, with the reason of `e` as
/// a word the message chooses by.
fn io_problem(
    sources: &Sources,
    path: &Path,
    ui: Option<&str>,
    message: &str,
    e: &std::io::Error,
) -> String {
    let (cat, locale) = cli_messages(sources, path, ui);
    io_text(&cat, &locale, message, path, e)
}

/// `message` (`cli-cannot-read`, `cli-cannot-write`) for `path` from `cat`, with the reason
/// of `e` as a word the message chooses by.
pub(crate) fn io_text(
    cat: &Catalog,
    locale: &Locale,
    message: &str,
    path: &Path,
    e: &std::io::Error,
) -> String {
    reason_text(cat, locale, message, path, io_reason(e))
}

/// `message` for `path` with `reason`, the word the message chooses by.
fn reason_text(cat: &Catalog, locale: &Locale, message: &str, path: &Path, reason: &str) -> String {
    let mut args: Args = Args::new();
    args.insert("file".into(), Arg::Str(path.display().to_string()));
    args.insert("reason".into(), Arg::from(reason));
    cat.text(locale, message, &args)
}

/// The reason of `e` as a word a message chooses by (`cli-cannot-read`): `missing`,
/// `denied`, `folder`, `not-a-folder`, `not-text`, `full`, else `failed`.
pub fn io_reason(e: &std::io::Error) -> &'static str {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::NotFound => "missing",
        ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => "denied",
        ErrorKind::IsADirectory => "folder",
        // Making a folder where a file of that name is.
        ErrorKind::NotADirectory | ErrorKind::AlreadyExists => "not-a-folder",
        ErrorKind::InvalidData => "not-text",
        ErrorKind::StorageFull => "full",
        _ => "failed",
    }
}

/// Builds the catalog for a form: engine messages plus the form's messages.
/// Returns the catalog and problems in the form's own message files.
pub fn catalog(
    sources: &Sources,
    default: &Locale,
    schema_path: &Path,
) -> (Catalog, Vec<form_files::LoadProblem>) {
    let mut cat = Catalog::new(default.clone());
    let mut problems = Vec::new();
    match &sources.engine_dir {
        Some(dir) => {
            let engine = form_files::LocaleTree::new(dir);
            problems.extend(engine.load_into(&mut cat));
            // The tool's own words (`authoring.ftl`) that the folder lacks are the built-in
            // ones: a host's copy older than this binary would make it print message ids
            // (the folder's own come first; the built-in ones it has are not added again).
            for (tag, name, text) in embedded::EMBEDDED {
                if *name == "authoring.ftl"
                    && let Ok(locale) = Locale::parse(tag)
                {
                    let _ = cat.add_resource(&locale, name, text);
                }
            }
        }
        None => add_built_in(&mut cat, default),
    }
    // (The form's own files' problems are the lint's to say, with their lines.)
    let form = form_files::FormDir::of_schema(schema_path);
    let _ = form.locales().load_into(&mut cat);
    // Pseudo-locales for testing layouts: `--locale en-XA` (accented, longer) and
    // `--locale ar-XB` (mirrored, right to left).
    if let Ok(en) = Locale::parse("en") {
        for p in form_core::Pseudo::ALL {
            cat.add_pseudo(p, &en);
        }
    }
    (cat, problems)
}

/// The messages `form` uses that its default language lacks (`missing-message`), but for
/// those of a file not saved in UTF-8 (which the lint says, once, by its encoding).
pub(crate) fn missing_messages(
    form: &Form,
    cat: &Catalog,
    default: &Locale,
    schema_path: &Path,
) -> Vec<Diagnostic> {
    let mut unread = Catalog::new(default.clone());
    let tree = form_files::FormDir::of_schema(schema_path).locales();
    for f in tree.salvaged(&default.to_string()) {
        let _ = unread.add_resource(default, &f.name, &f.source);
    }
    let has = |id: &str| cat.has(default, id) || unread.has(default, id);
    form.check_messages(&has, &default.to_string())
}

/// A message file of the engine's folder (`--locales`) that does not load as it should,
/// said in the reader's language.
pub(crate) fn problem_text(cat: &Catalog, locale: &Locale, p: &form_files::LoadProblem) -> String {
    let mut args = Args::new();
    args.insert("problem".into(), Arg::Str(p.kind.clone()));
    cat.text(locale, "cli-load-problem", &args)
}

fn problem_line(cat: &Catalog, locale: &Locale, p: &form_files::LoadProblem) -> String {
    format!(
        "{}:{}: {}[{}]: {}",
        p.path.display(),
        p.line,
        cat.text(locale, "cli-error", &Args::new()),
        p.kind,
        problem_text(cat, locale, p)
    )
}

fn diag_line(cat: &Catalog, locale: &Locale, file: &str, d: &Diagnostic) -> String {
    let sev = match d.severity {
        Severity::Error => cat.text(locale, "cli-error", &Args::new()),
        Severity::Warning => cat.text(locale, "cli-warning", &Args::new()),
    };
    let col = d.column.map(|c| format!(":{c}")).unwrap_or_default();
    format!(
        "{file}:{}{col}: {sev}[{}]: {}",
        if d.pointer.is_empty() {
            "/"
        } else {
            &d.pointer
        },
        d.code,
        cat.render_diagnostic(locale, d)
    )
}

/// What a lint found, as printable lines, with how many are errors and warnings.
#[derive(Debug, Default)]
pub struct Linted {
    pub lines: Vec<String>,
    pub errors: usize,
    pub warnings: usize,
}

/// One issue of the translation lint as `form check` says it: `path[:line]: error[lint-<code>]: text`.
pub fn lint_line(i: &form_core::lint::LintIssue, (cat, locale): (&Catalog, &Locale)) -> String {
    let severity = if i.is_warning() {
        "cli-warning"
    } else {
        "cli-error"
    };
    // Line 0: about the file as a whole (a message or file it lacks), which an editor
    // cannot jump to.
    let at = if i.line == 0 {
        i.path.clone()
    } else {
        format!("{}:{}", i.path, i.line)
    };
    format!(
        "{}: {}[lint-{}]: {}",
        at,
        cat.text(locale, severity, &Args::new()),
        i.code,
        cat.text(locale, &i.message_id(), &i.args)
    )
}

/// Lints a locale tree (`dir/<tag>/*.ftl`) against its reference language (`en` for the
/// engine's messages, the form's default language for a form's), each language in the
/// folder and each of `offered` even without a folder. A missing file or message is a
/// warning (the reader sees the reference language there); with `given` (the variables
/// the form gives each message), a message using another variable is an error in its own
/// file. One printable line per problem, from `cat` in `locale`. References may go to the
/// engine's messages of `sources`.
pub fn lint_tree(
    sources: &Sources,
    dir: &Path,
    reference_tag: &str,
    offered: &[String],
    given: Option<&BTreeMap<String, std::collections::BTreeSet<String>>>,
    form_id: Option<&str>,
    (cat, locale): (&Catalog, &Locale),
) -> Linted {
    let tree = form_files::LocaleTree::new(dir);
    let mut tags = tree.tags();
    for t in offered {
        if !tags.contains(t) {
            tags.push(t.clone());
        }
    }
    let reference = tree.lint_files(reference_tag);
    let mut out = Linted::default();
    let severity = |warning: bool| {
        let id = if warning { "cli-warning" } else { "cli-error" };
        cat.text(locale, id, &Args::new())
    };
    for tag in tags {
        let Ok(lang) = Locale::parse(&tag) else {
            let mut a = Args::new();
            a.insert("tag".into(), Arg::Str(tag.clone()));
            out.lines.push(format!(
                "{}: {}[lint-locale]: {}",
                tree.dir(&tag).display(),
                severity(false),
                cat.text(locale, "cli-not-a-language-tag", &a)
            ));
            out.errors += 1;
            continue;
        };
        let files = tree.lint_files(&tag);
        // A file not in UTF-8 is said by its encoding alone.
        let issues = tree.lint_said(
            &tag,
            lint_language(
                sources,
                &reference,
                reference_tag,
                &lang,
                &files,
                given,
                form_id,
            ),
        );
        for i in issues {
            if i.is_warning() {
                out.warnings += 1;
            } else {
                out.errors += 1;
            }
            out.lines.push(lint_line(&i, (cat, locale)));
        }
    }
    out
}

/// `form check PATH...`: schemas (files) and locale trees (folders such as `locales/`).
/// `form pack`: checks the schema like `form check`, then writes the compiled form, packed
/// (`form_core::packed`), for the embed: `out`, or the schema's path with `.form`; and
/// beside it, the form's first page in each of its languages as the embed draws it
/// (`<name>/locales/<tag>/first-page.json`, the addresses the loader asks for), judged as of
/// `today` (default: today in Berlin).
pub fn pack(
    schema: &Path,
    out: Option<&Path>,
    sources: &Sources,
    ui: Option<&str>,
    today: Option<&str>,
) -> Outcome {
    let today = match today_or_now(today) {
        Ok(d) => d,
        Err(t) => return bad_today(sources, schema, ui, t),
    };
    let mut result = check(&[schema.to_path_buf()], sources, ui);
    if result.code != 0 {
        return result;
    }
    let compiled = read(schema, sources, ui).map(|t| form_core::compile(&t));
    let Ok(Some(form)) = compiled.map(|c| c.form) else {
        result.code = 2;
        return result;
    };
    let bytes = form_core::packed::encode(&form);
    let target = out.map_or_else(|| schema.with_extension("form"), Path::to_path_buf);
    let mut written = vec![(target.clone(), bytes, "cli-pack-wrote")];
    // The first pages: what the page's first form shows before the engine is there. The
    // renderer takes its messages by value (a catalog is not `Clone`): one per language.
    for tag in form_files::FormDir::of_schema(schema).locales().tags() {
        let Ok(locale) = Locale::parse(&tag) else {
            continue;
        };
        let (messages, _) = catalog(sources, &form.default_locale, schema);
        let page = form_yew_demo::first_page(&form, messages, &locale, today);
        written.push((
            first_page_path(&target, &tag),
            page.to_string().into_bytes(),
            "cli-pack-wrote-first-page",
        ));
    }
    // The messages, as a host serves them to browsers: without the translators' comments.
    // The form's beside its first pages; the engine's, for the form's languages, in
    // `locales/` beside the packed form (the host's `/locales/`). The language names are
    // built into the embed: not written.
    let dir = form_files::FormDir::of_schema(schema);
    let engine_dir = target.parent().unwrap_or(Path::new("")).join("locales");
    for tag in dir.locales().tags() {
        let own = dir.locales().files(&tag).into_iter().map(|f| {
            let to = first_page_path(&target, &tag).with_file_name(&f.name);
            (to, f.source)
        });
        let engine = engine_files(&tag, false, sources)
            .into_iter()
            .map(|f| (engine_dir.join(&tag).join(&f.name), f.source));
        for (to, source) in own.chain(engine) {
            let small = form_files::ftl_for_browser(&source).into_bytes();
            written.push((to, small, "cli-pack-wrote-messages"));
        }
    }
    let (cat, locale) = cli_messages(sources, schema, ui);
    for (file, bytes, said) in &written {
        let made = file
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(file, bytes));
        if let Err(e) = made {
            let problem = io_problem(sources, file, ui, "cli-cannot-write", &e);
            let _ = writeln!(result.stderr, "{problem}");
            result.code = 2;
            return result;
        }
        let mut args: Args = Args::new();
        args.insert("file".into(), Arg::Str(file.display().to_string()));
        args.insert("bytes".into(), Arg::from(bytes.len()));
        let _ = writeln!(result.stdout, "{}", cat.text(&locale, said, &args));
    }
    result
}

/// Where `form pack` writes a first page for the packed form `target`
/// (`forms/x.form` → `forms/x/locales/<tag>/first-page.json`), as the loader derives it.
pub fn first_page_path(target: &Path, tag: &str) -> PathBuf {
    target
        .with_extension("")
        .join("locales")
        .join(tag)
        .join("first-page.json")
}

pub fn check(files: &[PathBuf], sources: &Sources, ui: Option<&str>) -> Outcome {
    let mut out = Outcome::default();
    let mut seen = Vec::new();
    for file in files {
        // A form's folder (as `form dev` takes it) is its schema, with the messages beside it;
        // and so is a form's folder of languages (`dog-tax/locales`): its translations are
        // checked against the form's default language, not `en`, which it may not have.
        let schema = form_files::FormDir::new(file).schema_path();
        let beside = file
            .parent()
            .filter(|_| file.is_dir() && file.file_name() == Some(form_files::LOCALES_DIR.as_ref()))
            .map(|p| form_files::FormDir::new(p).schema_path());
        let file = if file.is_dir() && schema.is_file() {
            &schema
        } else if let Some(schema) = beside.as_ref().filter(|s| s.is_file()) {
            schema
        } else {
            file
        };
        // Named twice (`form check form.json locales`): checked and told once.
        if seen.contains(file) {
            continue;
        }
        seen.push(file.clone());
        let name = file.display().to_string();
        if file.is_dir() {
            let (cat, locale) = cli_messages(sources, file, ui);
            let mut linted = lint_tree(sources, file, "en", &[], None, None, (&cat, &locale));
            // A folder with no message file in it has been checked for nothing: not "no
            // errors" (a form's folder without its form.json, a mistyped path).
            let tree = form_files::LocaleTree::new(file);
            if tree.tags().iter().all(|t| tree.files(t).is_empty()) {
                let mut a = Args::new();
                a.insert("file".into(), Arg::Str(name.clone()));
                linted.lines.push(format!(
                    "{name}: {}[lint-locale]: {}",
                    cat.text(&locale, "cli-error", &Args::new()),
                    cat.text(&locale, "cli-no-message-files", &a)
                ));
                linted.errors += 1;
            }
            for l in &linted.lines {
                let _ = writeln!(out.stdout, "{l}");
            }
            let mut args: Args = Args::new();
            args.insert("file".into(), Arg::Str(name.clone()));
            args.insert("errors".into(), Arg::from(linted.errors));
            args.insert("warnings".into(), Arg::from(linted.warnings));
            let summary = if linted.errors == 0 {
                "cli-check-ok"
            } else {
                "cli-check-failed"
            };
            let _ = writeln!(out.stdout, "{}", cat.text(&locale, summary, &args));
            if linted.errors > 0 && out.code == 0 {
                out.code = 1;
            }
            continue;
        }
        let text = match read(file, sources, ui) {
            Ok(t) => t,
            Err(e) => {
                out.stderr.push_str(&e);
                out.stderr.push('\n');
                out.code = 2;
                continue;
            }
        };
        let compiled = form_core::compile(&text);
        let Declared {
            id: form_id,
            default,
            offered,
        } = declared(&compiled, &text);
        let (cat, problems) = catalog(sources, &default, file);
        let locale = ui
            .and_then(|t| Locale::parse(t).ok())
            .unwrap_or_else(|| cat.negotiate(&["en"]));
        let mut diags = compiled.diagnostics.clone();
        // The default language is the reference: every message must be there. The other
        // languages are linted against it below (a partial translation is a warning).
        if let Some(form) = &compiled.form {
            diags.extend(missing_messages(form, &cat, &default, file));
        }
        let mut errors = diags
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count();
        let mut warnings = diags.len() - errors;
        for d in &diags {
            let _ = writeln!(out.stdout, "{}", diag_line(&cat, &locale, &name, d));
        }
        for p in &problems {
            let _ = writeln!(out.stdout, "{}", problem_line(&cat, &locale, p));
        }
        errors += problems.len();
        // The engine's messages given with `--locales` (a host's copy): older than this
        // engine, the form would show ids where they lack its messages.
        if let Some(dir) = &sources.engine_dir {
            let older = older_than_engine(dir);
            for i in &older {
                let _ = writeln!(out.stdout, "{}", lint_line(i, (&cat, &locale)));
            }
            errors += older.len();
        }
        // The form's own translations: those of the languages it offers (or has).
        let form_locales = form_files::FormDir::of_schema(file).locales().root;
        let given = compiled.form.as_ref().map(Form::message_variables);
        if form_locales.is_dir() || offered.len() > 1 {
            let linted = lint_tree(
                sources,
                &form_locales,
                &default.to_string(),
                &offered,
                given.as_ref(),
                form_id.as_deref(),
                (&cat, &locale),
            );
            for l in &linted.lines {
                let _ = writeln!(out.stdout, "{l}");
            }
            errors += linted.errors;
            warnings += linted.warnings;
        }
        let mut args: Args = Args::new();
        args.insert("file".into(), Arg::Str(name.clone()));
        args.insert("errors".into(), Arg::from(errors));
        args.insert("warnings".into(), Arg::from(warnings));
        let summary = if errors == 0 {
            "cli-check-ok"
        } else {
            "cli-check-failed"
        };
        let _ = writeln!(out.stdout, "{}", cat.text(&locale, summary, &args));
        if errors > 0 && out.code == 0 {
            out.code = 1;
        }
    }
    out
}

/// Output format of `form validate`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
}

/// Renders a report in `locale`.
pub fn render(
    form: &Form,
    cat: &Catalog,
    locale: &Locale,
    today: Date,
    report: &Report,
    format: Format,
) -> String {
    match format {
        Format::Json => form_core::render::report_json(form, cat, locale, today, report),
        Format::Text => {
            let mut s = String::new();
            if report.valid {
                let _ = writeln!(s, "{}", cat.text(locale, "report-valid", &Args::new()));
            } else {
                let mut a = Args::new();
                a.insert("count".into(), Arg::from(report.issues.len()));
                let _ = writeln!(s, "{}", cat.text(locale, "report-invalid", &a));
                for i in &report.issues {
                    let path = if i.path.is_empty() { "/" } else { &i.path };
                    let _ = writeln!(s, "  {path}: {}", cat.render_issue(locale, i, Some(form)));
                }
            }
            for d in &report.dropped {
                let mut a = Args::new();
                a.insert("path".into(), Arg::Str(d.path.clone()));
                let id = if d.reason == form_core::DropReason::Hidden {
                    "report-dropped-hidden"
                } else {
                    "report-dropped-unknown"
                };
                let _ = writeln!(s, "{}", cat.text(locale, id, &a));
            }
            s
        }
    }
}

/// `file` is not JSON: where (line and column), from `cat` in `locale`.
pub(crate) fn not_json_text(
    cat: &Catalog,
    locale: &Locale,
    file: &Path,
    text: &str,
    e: &form_core::json::Error,
) -> String {
    let d = e.described(text);
    let mut a: Args = Args::new();
    a.insert("file".into(), Arg::Str(file.display().to_string()));
    a.insert("line".into(), Arg::from(d.line));
    a.insert("column".into(), Arg::from(d.column));
    a.insert("problem".into(), Arg::from(d.problem));
    cat.text(locale, "cli-data-not-json", &a)
}

/// What a schema says of itself: its id, its default language and the languages it offers;
/// from its text where it has errors (and so no form), so that its translations are still
/// linted against its own default language instead of English, and as `<id>.ftl`.
pub(crate) struct Declared {
    pub id: Option<String>,
    pub default: Locale,
    pub offered: Vec<String>,
}

pub(crate) fn declared(compiled: &form_core::Compiled, text: &str) -> Declared {
    if let Some(f) = &compiled.form {
        return Declared {
            id: Some(f.id.clone()),
            default: f.default_locale.clone(),
            offered: f.languages.iter().map(ToString::to_string).collect(),
        };
    }
    let schema: Value = form_core::json::parse_value(text).unwrap_or(Value::Null);
    let tag = |v: &Value| v.as_str().and_then(|t| Locale::parse(t).ok());
    Declared {
        id: schema.get("id").and_then(Value::as_str).map(str::to_owned),
        default: schema
            .get("defaultLocale")
            .and_then(tag)
            .unwrap_or_else(Locale::fallback),
        offered: schema
            .get("languages")
            .and_then(Value::as_array)
            .map(|l| l.iter().filter_map(tag).map(|l| l.to_string()).collect())
            .unwrap_or_default(),
    }
}

/// Everything the lint says about one language's files of a form (or of the engine, without
/// `form`): against the reference files, the variables the form gives, references, ids
/// defined twice, files nothing loads. One list for `form check` and `form dev`. `default`:
/// the form's default language, the only one whose messages may refer to the language
/// names (the embed and the receiver add those to it alone).
pub(crate) fn lint_language(
    sources: &Sources,
    reference: &[form_core::lint::FtlFile],
    default: &str,
    lang: &Locale,
    files: &[form_core::lint::FtlFile],
    given: Option<&BTreeMap<String, std::collections::BTreeSet<String>>>,
    form_id: Option<&str>,
) -> Vec<form_core::lint::LintIssue> {
    use form_core::lint;
    let mut issues = lint::lint_locale_given(reference, lang, files, given);
    if let Some(given) = given {
        issues.extend(lint::lint_variables(files, given));
    }
    let names = Locale::parse(default).is_ok_and(|d| d == *lang);
    issues.extend(lint::lint_references(
        files,
        &engine_files(&lang.to_string(), names, sources),
    ));
    if let Some(id) = form_id {
        issues.extend(lint::lint_form_files(files, id));
    }
    issues.extend(lint::lint_duplicates(files));
    let older = lint::lint_older_than_engine(&shipped_engine_files(&lang.to_string()), files);
    // A file older than the engine is said so once, with what it lacks: not also each
    // message it lacks against the folder's reference language; and where the reference
    // itself is the older one (said in its own file), a message the engine has is not
    // "extra" in the languages that are up to date.
    let shipped_reference = shipped_engine_files(default);
    issues.retain(|i| match i.code {
        LintCode::MissingMessage => !older.iter().any(|o| o.path == i.path),
        LintCode::ExtraMessage => {
            let name = Path::new(&i.path).file_name().and_then(|n| n.to_str());
            !matches!(i.args.get("id"), Some(Arg::Str(id)) if shipped_reference
                .iter()
                .any(|f| Some(f.name.as_str()) == name && lint::defines(&f.source, id)))
        }
        _ => true,
    });
    issues.extend(older);
    issues
}

/// The engine's files of one language as this binary ships them (`engine.ftl`,
/// `countries.ftl`; none for a language it does not ship): [`engine_files`] without a
/// `--locales` folder.
fn shipped_engine_files(tag: &str) -> Vec<form_core::lint::FtlFile> {
    engine_files(tag, false, &Sources::default())
}

/// The engine files in `dir` (a host's copy of `locales/`, as `--locales` gives it to the
/// CLI and the receiver) that lack messages this engine shows: readers would see their
/// ids (`older-than-engine`, one issue per file; a file not in UTF-8 is said elsewhere).
pub fn older_than_engine(dir: &Path) -> Vec<form_core::lint::LintIssue> {
    let tree = form_files::LocaleTree::new(dir);
    let mut issues = Vec::new();
    for tag in tree.tags() {
        let files = tree.files(&tag);
        issues.extend(form_core::lint::lint_older_than_engine(
            &shipped_engine_files(&tag),
            &files.into_iter().map(Into::into).collect::<Vec<_>>(),
        ));
    }
    issues
}

/// The engine's files of one language that the embed loads beside a form's (`engine.ftl`,
/// `countries.ftl`, and with `names` the language names), from the `--locales` folder or as
/// built in: what a form's messages may refer to besides their own.
pub(crate) fn engine_files(
    tag: &str,
    names: bool,
    sources: &Sources,
) -> Vec<form_core::lint::FtlFile> {
    let file = |name: &str, source: &str| form_core::lint::FtlFile {
        path: name.to_owned(),
        name: name.to_owned(),
        source: source.to_owned(),
    };
    let engine = |name: &str| matches!(name, "engine.ftl" | "countries.ftl");
    // The engine's folder given with `--locales`, as `catalog` loads it; else built in.
    let mut files: Vec<form_core::lint::FtlFile> = match &sources.engine_dir {
        Some(dir) => form_files::LocaleTree::new(dir)
            .lint_files(tag)
            .into_iter()
            .filter(|f| engine(&f.name))
            .collect(),
        None => embedded::EMBEDDED
            .iter()
            .filter(|(t, name, _)| *t == tag && engine(name))
            .map(|(_, name, text)| file(name, text))
            .collect(),
    };
    if names {
        files.push(file(form_files::LANGUAGE_NAMES, &language_names(sources)));
    }
    files
}

/// Every language's name in itself (`languages.ftl`), from the `--locales` folder or as
/// built in.
fn language_names(sources: &Sources) -> String {
    match &sources.engine_dir {
        Some(dir) => form_files::LocaleTree::new(dir)
            .language_names()
            .unwrap_or_default(),
        None => embedded::LANGUAGE_NAMES.to_owned(),
    }
}

/// The engine's messages built into the binary (`build.rs`), the language names with
/// `default`'s.
fn add_built_in(cat: &mut Catalog, default: &Locale) {
    for (tag, name, text) in embedded::EMBEDDED {
        if let Ok(locale) = Locale::parse(tag) {
            cat.add_resource(&locale, name, text);
        }
    }
    cat.add_resource(
        default,
        form_files::LANGUAGE_NAMES,
        embedded::LANGUAGE_NAMES,
    );
}

/// The CLI's own messages as built in (for its help and the mistakes in a command line,
/// before any option is read), and the reader's language for them (`tag`, else English).
pub fn ui_messages(tag: Option<&str>) -> (Catalog, Locale) {
    let mut cat = Catalog::new(Locale::fallback());
    add_built_in(&mut cat, &Locale::fallback());
    let locale = tag
        .and_then(|t| Locale::parse(t).ok())
        .unwrap_or_else(Locale::fallback);
    (cat, locale)
}

/// The CLI's own messages, and the language to say them in (`ui`, else English).
fn cli_messages(sources: &Sources, path: &Path, ui: Option<&str>) -> (Catalog, Locale) {
    let (cat, _) = catalog(sources, &Locale::fallback(), path);
    let locale = ui
        .and_then(|t| Locale::parse(t).ok())
        .unwrap_or_else(Locale::fallback);
    (cat, locale)
}

/// `--today` as given (`YYYY-MM-DD`), else today in Berlin; `Err` with the text given.
fn today_or_now(today: Option<&str>) -> Result<Date, &str> {
    match today {
        Some(t) => Date::parse_iso(t).map_err(|_| t),
        None => Ok(system_today()),
    }
}

/// `--today` that is no date: exit 2, said in the reader's language (`ui`).
fn bad_today(sources: &Sources, schema: &Path, ui: Option<&str>, value: &str) -> Outcome {
    let (cat, locale) = cli_messages(sources, schema, ui);
    let mut args: Args = Args::new();
    args.insert("value".into(), Arg::Str(value.to_owned()));
    Outcome {
        stderr: format!("{}\n", cat.text(&locale, "cli-bad-today", &args)),
        code: 2,
        ..Outcome::default()
    }
}

/// `text` without the isolation marks Fluent puts around values (U+2068, U+2069): for a
/// terminal, which shows them as nothing, and where a file name copied with them is no
/// longer the file's name.
pub fn without_isolates(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

/// Today's date in Berlin from the system clock. Only the CLI reads the clock.
pub fn system_today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    form_core::date::Zone::CentralEurope
        .date_at(secs)
        .unwrap_or(Date::EPOCH)
}

/// Options of `form validate`.
#[derive(Debug, Clone)]
pub struct ValidateArgs {
    pub schema: PathBuf,
    pub data: PathBuf,
    /// The report's language (default: the form's default language).
    pub locale: Option<String>,
    /// The language of what the command itself says (a file it cannot read, a schema with
    /// errors): `--locale`, else the environment's, else English.
    pub ui: Option<String>,
    pub today: Option<String>,
    pub format: Format,
}

/// `form validate`: exit 0 valid, 1 invalid, 2 unreadable schema or data.
pub fn validate(args: &ValidateArgs, sources: &Sources) -> Outcome {
    let fail = |msg: String| Outcome {
        stdout: String::new(),
        stderr: msg + "\n",
        code: 2,
    };
    let ui = args.ui.as_deref().or(args.locale.as_deref());
    let schema_text = match read(&args.schema, sources, ui) {
        Ok(t) => t,
        Err(e) => return fail(e),
    };
    let compiled = form_core::compile(&schema_text);
    let Some(form) = compiled.form else {
        let (cat, locale) = cli_messages(sources, &args.schema, ui);
        let name = args.schema.display().to_string();
        let lines: Vec<String> = compiled
            .diagnostics
            .iter()
            .map(|d| diag_line(&cat, &locale, &name, d))
            .collect();
        return fail(lines.join("\n"));
    };
    let data_text = match read(&args.data, sources, ui) {
        Ok(t) => t,
        Err(e) => return fail(e),
    };
    // The reader the compiler, the server and the browser read with: the same numbers.
    let mut data: Value = match form_core::json::parse_value(&data_text) {
        Ok(v) => v,
        Err(e) => {
            let (cat, locale) = cli_messages(sources, &args.schema, ui);
            return fail(not_json_text(&cat, &locale, &args.data, &data_text, &e));
        }
    };
    let case_today = form_files::take_case_today(&mut data);
    // What a case says it should give is for `form test`, not an answer.
    let _ = form_files::take_case_expect(&mut data);
    let today = match (args.today.as_deref(), case_today.as_deref()) {
        (None, Some(t)) => match Date::parse_iso(t) {
            Ok(d) => d,
            Err(_) => {
                let (cat, locale) = cli_messages(sources, &args.schema, ui);
                let mut a: Args = Args::new();
                a.insert("file".into(), Arg::Str(args.data.display().to_string()));
                a.insert("value".into(), Arg::Str(t.to_owned()));
                return fail(cat.text(&locale, "cli-bad-case-today", &a));
            }
        },
        (given, _) => match today_or_now(given) {
            Ok(d) => d,
            Err(t) => return bad_today(sources, &args.schema, args.locale.as_deref(), t),
        },
    };
    let (cat, _) = catalog(sources, &form.default_locale, &args.schema);
    // One of the form's languages (a pseudo-locale, for testing layouts, as asked).
    let locale = match &args.locale {
        Some(tag) if form_core::Pseudo::ALL.iter().any(|p| p.tag() == tag) => {
            cat.negotiate(&[tag.as_str()])
        }
        Some(tag) => form.negotiate(&[tag.as_str()]),
        None => form.default_locale.clone(),
    };
    let report = form.validate(&data, &Context { today });
    Outcome {
        stdout: render(&form, &cat, &locale, today, &report, args.format),
        stderr: String::new(),
        code: if report.valid { 0 } else { 1 },
    }
}

/// `form schema`: the JSON Schema of the form format.
pub fn json_schema() -> String {
    let mut s = serde_json::to_string_pretty(&form_core::json_schema()).unwrap_or_default();
    s.push('\n');
    s
}

/// `docs/reference.md`: the field types and their properties, the expression functions,
/// the issue codes with their message arguments, the character sets and the built-in
/// code lists, all from the engine's own tables (a test keeps the file current).
pub fn reference_markdown() -> String {
    use form_core::types::{COMMON, Prop, Shape, TYPES};
    let listed = |v: &[&str]| {
        v.iter()
            .map(|x| format!("`{x}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let shape = |s: Shape| -> String {
        match s {
            Shape::Text => "text".into(),
            Shape::Count => "whole number from 0".into(),
            Shape::Number => "number".into(),
            Shape::Expr => "expression".into(),
            Shape::Required => "`true`, `false` or a condition".into(),
            Shape::Options => "list of `{value, label, hint?}`".into(),
            Shape::OneOf(v) => format!("one of {}", listed(v)),
            Shape::Flags(v) => format!("list of {}", listed(v)),
            Shape::Fields => "list of fields".into(),
            Shape::Rules => "list of rules".into(),
            Shape::Messages => "object: issue code → message id".into(),
        }
    };
    let table = |props: &[Prop]| -> String {
        let mut t = String::from("| property | value | what it does |\n| --- | --- | --- |\n");
        for p in props {
            let _ = writeln!(
                t,
                "| `{}` | {} | {} |",
                p.name,
                shape(p.shape),
                p.doc.replace('|', "\\|")
            );
        }
        t
    };
    let mut s = String::from(
        "# Reference\n\n<!-- Generated from the engine's tables: do not edit. `UPDATE_DOCS=1 cargo test -p form-cli --test docs` writes it. -->\n\nThe field types, their properties, the functions of conditions and rules, the issue codes\nwith the variables their messages receive, the character sets and the built-in code lists.\nThe [authoring guide](authoring.md) explains how to use them.\n\n## Properties of every field\n\n",
    );
    s.push_str(&table(COMMON));
    s.push_str("\n## Field types\n");
    for (name, _, props, doc) in TYPES {
        let _ = write!(s, "\n### `{name}`\n\n{doc}\n\n");
        if props.is_empty() {
            s.push_str("No properties of its own.\n");
        } else {
            s.push_str(&table(props));
        }
    }
    s.push_str("\n## Functions of conditions and rules\n\nBesides these: `today`, `and`, `or`, `not`, `==`, `!=`, `<`, `<=`, `>`, `>=`, `+`, `-`, `*`, `/`,\n`x in [\"a\", \"b\"]`, text in double quotes, numbers, `true`, `false`.\n\n| function | arguments | result | what it gives |\n| --- | --- | --- | --- |\n");
    for (name, args, result, doc) in form_core::expr::FUNCTIONS {
        let _ = writeln!(
            s,
            "| `{name}` | {args} | {result} | {} |",
            doc.replace('|', "\\|")
        );
    }
    s.push_str("\n## Issue codes and the variables of their messages\n\nEvery issue on a field also gives `$label`, the field's label in the reader's language. A\nrule's message gets the answers of the rule's `fields`, each by its field id. For a date\ngiven in parts, `$missing` names the parts not given and `$parts` the parts that make it no\ndate (a day its month does not have, a month that is none), joined by `-`: `day`,\n`month-year`, `day-month-year`; the embed marks and links those parts. For characters\noutside a field's set, `$found` lists them (up to five, then `…`) and `$why` says why they\nare refused: `look-alike` (Cyrillic or Greek letters drawn like Latin ones, or full-width\nLatin letters, typed among Latin letters: a keyboard switched in a word, `Ivanоva`, where\nthe list alone would show letters that look allowed), `not-latin` (letters of another\nwriting system: a name in its own script, `Наталія`), `other` (anything else). An issue of a question of one item of a group is said with\nthe item first, by the engine's `form-item-issue` (`Person 2: Enter an answer for “Family\nname”`), in the embed's summary as next to the question and in a service's report: the\nfield's own message need not say which item.\n\n| code | variables |\n| --- | --- |\n");
    for code in form_core::IssueCode::ALL {
        let vars: Vec<String> = code.args().iter().map(|a| format!("`${a}`")).collect();
        let _ = writeln!(
            s,
            "| `{code}` | {} |",
            if vars.is_empty() {
                "-".to_owned()
            } else {
                vars.join(", ")
            }
        );
    }
    // The types whose missing answer has a message of its own (TYPES and
    // REQUIRED_MESSAGES are both in table order).
    let own: Vec<String> = TYPES
        .iter()
        .zip(form_core::types::REQUIRED_MESSAGES)
        .filter(|(_, m)| **m != "error-required")
        .map(|((name, ..), m)| format!("`{name}` (`{m}`)"))
        .collect();
    let _ = write!(
        s,
        "\nThe engine's message for an issue is `error-<code>`, except a missing required answer of {}: these are chosen, not typed. A field's `messages` replace any of them.\n",
        own.join(", ")
    );
    s.push_str("\n## Character sets (`characters`)\n\n| name | what it allows |\n| --- | --- |\n");
    for (name, what) in [
        (
            "din91379-a",
            "Names of people (DIN 91379 data type A): the Latin letters of DIN 91379 with their defined sequences, and the non-letters N1: space, `'`, `,`, `-`, `.`, `` ` ``, `~`, `¨`, `´`, `·`, `ʹ`, `ʺ`, `ʾ`, `ʿ`, `ˈ`, `ˌ`, `’`, `‡`.",
        ),
        (
            "din91379-b",
            "Other names, such as organisations, streets and places (data type B): also the non-letters N2: digits and `! \" # $ % & ( ) * + / : ; < = > ? @ [ \\ ] ^ _ { \\| } ¡ ¢ £ ¥ § © ª « ¬ ® ¯ ° ± ² ³ µ ¶ ¹ º » ¿ × ÷ €`.",
        ),
        (
            "din91379-c",
            "Any text (data type C): also N3 (`¤ ¦ ¸ ¼ ½ ¾`) and N4 (tab, line breaks, no-break space).",
        ),
    ] {
        let _ = writeln!(s, "| `{name}` | {what} |");
    }
    s.push_str("\n## Unicode properties in patterns (`\\p{...}`, `\\P{...}`)\n\nAlso written `\\p{gc=L}`, `\\p{General_Category=Letter}`, `\\p{sc=Latn}`, `\\p{Script=Latin}`. Scripts are the\n`Script` property (as JavaScript's `\\p{Script=...}`).\n\n| name | also | kind |\n| --- | --- | --- |\n");
    for (i, (name, aliases)) in form_core::unicode_properties::NAMES.iter().enumerate() {
        let kind = if i < form_core::unicode_properties::CATEGORIES {
            "general category"
        } else {
            "script"
        };
        let _ = writeln!(
            s,
            "| `{name}` | {} | {kind} |",
            if aliases.is_empty() {
                "-".to_owned()
            } else {
                aliases
                    .iter()
                    .map(|a| format!("`{a}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        );
    }
    s.push_str("\n## Built-in code lists (`codeList`)\n\n| name | values | label of a value |\n| --- | --- | --- |\n");
    for name in form_core::codelists::NAMES {
        if let Some(list) = form_core::codelists::built_in(name) {
            let _ = writeln!(
                s,
                "| `{name}` | {} values: {}, ... | `{}<value>` |",
                list.values.len(),
                list.values
                    .iter()
                    .take(4)
                    .map(|v| format!("`{v}`"))
                    .collect::<Vec<_>>()
                    .join(", "),
                list.label_prefix
            );
        }
    }
    s
}
