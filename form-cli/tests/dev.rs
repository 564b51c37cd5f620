//! What `form dev` shows, computed from a form folder (`form_cli::dev::build`), and the
//! translation checks of `form check` that it shares: on copies of small forms, edited
//! the way an author or a translator would.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

mod common;

use std::path::{Path, PathBuf};

use common::root;
use form_cli::Sources;
use form_cli::dev::{DevOptions, build};
use serde_json::Value;

/// A copy of a form folder in a fresh temporary folder, one per call: tests run at the
/// same time, and two that copied the same form into one folder raced each other's edits.
fn copy_of(form: &str) -> Copy {
    static COPIES: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = COPIES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let from = root().join(form);
    let to = std::env::temp_dir().join(format!(
        "form-dev-{}-{n}-{}",
        std::process::id(),
        from.file_name().unwrap().to_string_lossy()
    ));
    let _ = std::fs::remove_dir_all(&to);
    copy_dir(&from, &to);
    Copy(to)
}

/// A copied form folder, removed when the test ends, also when it fails.
struct Copy(PathBuf);

impl std::ops::Deref for Copy {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for Copy {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn copy_dir(from: &Path, to: &Path) {
    for file in form_files::FormDir::new(from).all_files() {
        let target = to.join(file.strip_prefix(from).unwrap());
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::copy(&file, target).unwrap();
    }
}

fn status(folder: &Path) -> Value {
    status_in(folder, None)
}

fn status_in(folder: &Path, ui: Option<&str>) -> Value {
    build(&DevOptions {
        folder: folder.to_path_buf(),
        port: 0,
        dist: None,
        sources: Sources::default(),
        ui: ui.map(str::to_owned),
    })
    .status
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{} lacks {from:?}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

/// A case file that is no JSON, or no text, and a schema that cannot be read: each said
/// with its reason, in the panels' language, not taken for an invalid submission or an
/// empty schema.
#[test]
fn unreadable_files_are_said_with_their_reason() {
    let dir = copy_of("tests/types/partial-date");
    let case = dir.join("cases/01-valid-month-and-year.json");
    std::fs::write(&case, "{ \"arrived\": \n  oops }").unwrap();
    std::fs::write(
        dir.join("cases/02-year-only-for-month-and-year-refused.json"),
        b"\xff\xfe{}",
    )
    .unwrap();
    let problems = |ui: Option<&str>| -> Vec<String> {
        let s = status_in(&dir, ui);
        s["cases"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| c["problem"].is_string())
            .map(|c| format!("{} {}", c["pass"], c["problem"].as_str().unwrap()))
            // Fluent's isolation marks around values stay for the page; not compared here.
            .map(|l| l.replace(['\u{2068}', '\u{2069}'], ""))
            .collect()
    };
    assert_eq!(
        problems(None),
        [
            "false cases/01-valid-month-and-year.json: not valid JSON (line 2, column 3): no value can be read here: a text in double quotes, a number, true, false, null, an object or a list",
            "false cases/02-year-only-for-month-and-year-refused.json: not text in UTF-8",
        ]
    );
    let de = problems(Some("de"));
    assert!(de[0].contains("kein gültiges JSON"), "{de:?}");
    // A case that does not give what it says it should (`"$expect"`), though its snapshot
    // agrees: failed, with what it gives.
    std::fs::write(&case, r#"{ "$expect": "valid", "arrived": "1990" }"#).unwrap();
    std::fs::remove_file(dir.join("cases/02-year-only-for-month-and-year-refused.json")).unwrap();
    assert_eq!(
        problems(None),
        [
            "false cases/01-valid-month-and-year.json: expected valid; it gives born required, course_start required"
        ]
    );
    // The schema: said as unreadable, not compiled as an empty text.
    std::fs::write(dir.join("form.json"), b"\xff{}").unwrap();
    let s = status(&dir);
    let d = s["diagnostics"].as_array().unwrap();
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!(
        (d[0]["code"].as_str(), d[0]["file"].as_str()),
        (Some("unreadable"), Some("form.json"))
    );
    assert!(
        d[0]["text"].as_str().unwrap().contains("not text in UTF-8"),
        "{d:#?}"
    );
}

#[test]
fn the_panels_show_diagnostics_coverage_and_cases_and_follow_edits() {
    let dir = copy_of("tests/types/partial-date");
    let s = status(&dir);
    assert_eq!(s["form"], "type-partial-date");
    assert_eq!(s["errors"], 0, "{:#}", s["diagnostics"]);
    // The two rules that can be unknown for accepted answers, located in form.json.
    let warnings: Vec<String> = s["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            format!(
                "{}:{} {}",
                d["file"].as_str().unwrap(),
                d["line"],
                d["code"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        warnings,
        [
            "form.json:34 partial-date-unknown",
            "form.json:34 partial-date-unknown"
        ]
    );
    let cov = s["coverage"].as_array().unwrap();
    let de = cov.iter().find(|c| c["tag"] == "de").unwrap();
    assert_eq!(
        (de["missing"].as_u64(), de["translated"] == de["total"]),
        (Some(0), true)
    );
    let cases = s["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 14);
    assert!(cases.iter().all(|c| c["pass"] == true), "{cases:#?}");

    // A translator removes a German message: a partial translation, a warning.
    let de_file = dir.join("locales/de/type-partial-date.ftl");
    edit(&de_file, "pd-children = Anzahl der Kinder\n", "");
    let s = status(&dir);
    let de = s["coverage"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["tag"] == "de")
        .unwrap()
        .clone();
    assert_eq!(de["missing"], 1);
    assert_eq!(s["errors"], 0);
    // ... and uses a variable the form never gives: an error in that file, on its line.
    edit(
        &de_file,
        "pd-fee = Bisher gezahlte Gebühr in Euro",
        "pd-fee = Gebühr in { $currency }",
    );
    let s = status(&dir);
    let d = s["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "lint-unknown-variable")
        .unwrap_or_else(|| panic!("{:#}", s["diagnostics"]))
        .clone();
    assert_eq!(d["file"], "locales/de/type-partial-date.ftl");
    assert_eq!(d["severity"], "error");
    assert!(d["text"].as_str().unwrap().contains("currency"));
    // An author breaks the schema: the error, on its line; the cases wait for a form.
    edit(
        &dir.join("form.json"),
        "\"assert\": \"arrived >= born\"",
        "\"assert\": \"arrived >= bron\"",
    );
    let s = status(&dir);
    let d = &s["diagnostics"][0];
    assert_eq!(
        (d["code"].as_str(), d["file"].as_str(), d["line"].as_u64()),
        (Some("expr-unknown-field"), Some("form.json"), Some(34))
    );
    assert!(s["form"].is_null());
    // A case whose expected report no longer holds fails, with the first difference.
    edit(&dir.join("form.json"), "bron", "born");
    edit(
        &dir.join("cases/01-valid-month-and-year.json"),
        "\"6\"",
        "\"13\"",
    );
    let s = status(&dir);
    let c = s["cases"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "01-valid-month-and-year")
        .unwrap()
        .clone();
    assert_eq!(c["pass"], false);
    // Where the report changed, not the exit code above it that only says so.
    assert_eq!(c["diff"]["line"], 8);
    assert_eq!(c["diff"]["expected"], "\"valid\": true,");
}

fn check(schema: &Path) -> form_cli::Outcome {
    form_cli::check(&[schema.to_path_buf()], &Sources::default(), Some("en"))
}

/// The traps of translations: the default language is the reference (English is not
/// needed), a form that says which languages it offers hears nothing about others, and a
/// wrong variable in the English file is blamed on the English file only.
#[test]
fn translations_are_judged_against_the_form_s_own_reference_language() {
    let dir = copy_of("tests/types/text");
    // German as the default language, English as a translation.
    edit(
        &dir.join("form.json"),
        "\"defaultLocale\": \"en\"",
        "\"defaultLocale\": \"de\", \"languages\": [\"de\", \"en\"]",
    );
    let out = check(&dir.join("form.json"));
    assert_eq!(out.code, 0, "{}", out.stdout);
    assert!(out.stdout.contains("no warnings"), "{}", out.stdout);
    // Without English at all: fine, English is not mandatory.
    std::fs::remove_dir_all(dir.join("locales/en")).unwrap();
    edit(
        &dir.join("form.json"),
        "\"languages\": [\"de\", \"en\"]",
        "\"languages\": [\"de\"]",
    );
    let out = check(&dir.join("form.json"));
    assert_eq!(out.code, 0, "{}", out.stdout);
    assert!(out.stdout.contains("no warnings"), "{}", out.stdout);
    // English offered again, with a partial file: warnings, not errors.
    edit(
        &dir.join("form.json"),
        "\"languages\": [\"de\"]",
        "\"languages\": [\"de\", \"en\", \"ar\"]",
    );
    std::fs::create_dir_all(dir.join("locales/en")).unwrap();
    std::fs::write(
        dir.join("locales/en/type-text.ftl"),
        "### status: draft\ntx-title = Names and addresses\ntx-family-name = Family name, at most { $max } letters\n",
    )
    .unwrap();
    let out = check(&dir.join("form.json"));
    let lines: Vec<&str> = out.stdout.lines().collect();
    // The wrong variable is an error in the English file, nowhere else.
    let wrong: Vec<&&str> = lines
        .iter()
        .filter(|l| l.contains("unknown-variable"))
        .collect();
    assert_eq!(wrong.len(), 1, "{}", out.stdout);
    assert!(
        wrong[0].contains("locales/en/type-text.ftl:3"),
        "{}",
        wrong[0]
    );
    assert!(!out.stdout.contains("locales/de/"), "{}", out.stdout);
    // Missing messages are warnings; Arabic, offered without a file, too.
    assert!(
        lines
            .iter()
            .any(|l| l.contains("warning[lint-missing-message]"))
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains("warning[lint-missing-file]") && l.contains("ar")),
        "{}",
        out.stdout
    );
    assert_eq!(out.code, 1);
}

/// The registration form offers ten languages and gets no warning for any of them.
#[test]
fn a_form_with_languages_hears_only_about_those() {
    let out = check(&root().join("examples/lea-registration/form.json"));
    assert_eq!(out.code, 0, "{}", out.stdout);
    assert!(out.stdout.contains("no warnings"), "{}", out.stdout);
}
