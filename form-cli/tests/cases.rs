//! Every case of every example, run through the real `form` binary, must reproduce its
//! committed snapshot (`examples/<form>/cases/snapshots/<case>.snap`).
//!
//! A case is a submission file `examples/<form>/cases/NN-name.json`. Cases are
//! validated as of [`TODAY`] unless they say their own day (`"$today"`), in English (or the form's default language when it is not
//! offered in English), as JSON; the snapshot holds the exit code and
//! the full report (issues with codes, arguments and rendered text, the cleaned
//! submission, and what was dropped); a case that says what it should give (`"$expect"`)
//! must give it.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

mod common;

use common::root;

use std::path::Path;

/// The date the cases are judged on: during the registration period (which ended on
/// 30 June 2021), after the Brexit transition period.
const TODAY: &str = "2021-03-15";

fn form(args: &[&str]) -> (i32, String, String) {
    let out = common::form().args(args).output().expect("run form");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The one helper: validates `case` against `schema` and compares with the snapshot.
fn check(example: &form_files::FormDir, case: &Path) {
    let schema = example.schema_path();
    // A case may say its own day (`"$today"`), for a form about what came after TODAY.
    let text = std::fs::read_to_string(case).expect("case");
    let mut data: serde_json::Value = serde_json::from_str(&text).expect("case is JSON");
    let today = form_files::take_case_today(&mut data).unwrap_or_else(|| TODAY.to_owned());
    let expect = form_files::take_case_expect(&mut data).map(|e| e.expect("$expect as written"));
    // English where the form has it, else the form's own language (what `--locale en`
    // would give it, said as it is).
    let locale = if example.locales().tags().iter().any(|t| t == "en") {
        "en".to_owned()
    } else {
        let schema: serde_json::Value =
            serde_json::from_str(&example.read_schema().expect("schema")).expect("schema JSON");
        schema["defaultLocale"]
            .as_str()
            .expect("defaultLocale")
            .to_owned()
    };
    let (code, stdout, stderr) = form(&[
        "validate",
        "--schema",
        &schema.to_string_lossy(),
        "--data",
        &case.to_string_lossy(),
        "--today",
        &today,
        "--locale",
        &locale,
        "--format",
        "json",
    ]);
    assert!(stderr.is_empty(), "{}: {stderr}", case.display());
    let report: serde_json::Value = serde_json::from_str(&stdout).expect("JSON report");
    let valid = report["valid"].as_bool().expect("valid flag");
    assert_eq!(
        code,
        if valid { 0 } else { 1 },
        "exit code of {}",
        case.display()
    );
    // What the case says it should give (`"$expect"`), besides its snapshot.
    if let Some(expect) = expect {
        let issues: Vec<form_files::CaseIssue> = report["issues"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|i| {
                let text = |k: &str| i[k].as_str().unwrap_or_default();
                form_files::CaseIssue::new(text("path"), text("code"), i["rule"].as_str())
            })
            .collect();
        assert!(
            expect.met(&issues),
            "{}: it gives {issues:?}",
            case.display()
        );
    }
    let name = case
        .file_stem()
        .expect("stem")
        .to_string_lossy()
        .into_owned();
    insta::with_settings!({
        snapshot_path => example.snapshot_of(case).parent().expect("snapshots folder"),
        prepend_module_to_snapshot => false,
        omit_expression => true,
        info => &format!("form validate --schema {} --data {} --today {today} --locale {locale} --format json", rel(&schema), rel(case)),
    }, {
        insta::assert_snapshot!(name, format!("exit code: {code}\n{stdout}"));
    });
}

fn rel(p: &Path) -> String {
    p.strip_prefix(root())
        .unwrap_or(p)
        .to_string_lossy()
        .replace("\\", "/")
}

#[test]
fn every_case_of_every_example_matches_its_snapshot() {
    let examples = root().join("examples");
    let mut count = 0;
    // The real forms, and one small form per field type that has its own cases.
    let mut forms = form_files::forms_in(&examples).expect("examples");
    forms.extend(form_files::forms_in(&root().join("tests/types")).unwrap_or_default());
    for example in forms {
        let schema = example.schema_path();
        let (code, stdout, _) = form(&["check", &schema.to_string_lossy()]);
        assert_eq!(code, 0, "form check {}:\n{stdout}", example.root.display());
        for case in example.cases() {
            check(&example, &case);
            count += 1;
        }
    }
    assert!(count >= 40, "only {count} cases");
}

#[test]
fn text_report_in_the_forms_default_language() {
    let (code, stdout, _) = form(&[
        "validate",
        "--schema",
        "examples/lea-registration/form.json",
        "--data",
        "examples/lea-registration/cases/43-family-member-incomplete.json",
        "--today",
        TODAY,
    ]);
    assert_eq!(code, 1);
    insta::assert_snapshot!(stdout);
}

#[test]
fn unreadable_inputs_exit_2() {
    let (code, _, stderr) = form(&[
        "validate",
        "--schema",
        "examples/lea-registration/form.json",
        "--data",
        "does-not-exist.json",
    ]);
    assert_eq!(code, 2);
    assert!(stderr.contains("does-not-exist.json"), "{stderr}");
    let (code, _, stderr) = form(&[
        "validate",
        "--schema",
        "tests/schemas/broken-rule.json",
        "--data",
        "examples/lea-registration/cases/01-valid-minimal.json",
    ]);
    assert_eq!(code, 2);
    assert!(stderr.contains("expr-syntax"), "{stderr}");
}

#[test]
fn check_reports_located_errors_and_fails() {
    let (code, stdout, _) = form(&["check", "tests/schemas/broken-rule.json"]);
    assert_eq!(code, 1);
    insta::assert_snapshot!(stdout);
}

/// A case may say the day it is judged on (`"$today"`): `form validate` takes it where
/// `--today` is not given, never as an answer, and says so where it is no date.
#[test]
fn a_case_says_its_own_day() {
    let dir = std::env::temp_dir().join(format!("form-case-today-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let case = dir.join("case.json");
    let schema = dir.join("form.json");
    std::fs::write(
        &schema,
        r#"{ "format": 1, "id": "arrival", "version": "1", "defaultLocale": "en", "title": "t",
            "pages": [{ "id": "p", "heading": "h", "fields": [
              { "id": "arrived", "type": "date", "label": "l",
                "minDate": "date(\"2022-02-24\")", "maxDate": "today" } ] }] }"#,
    )
    .unwrap();
    let schema = schema.to_string_lossy().into_owned();
    let run = |data: &str, today: Option<&str>| {
        std::fs::write(&case, data).unwrap();
        let case = case.to_string_lossy().into_owned();
        let mut args = vec![
            "validate", "--schema", &schema, "--data", &case, "--format", "json",
        ];
        if let Some(t) = today {
            args.extend(["--today", t]);
        }
        form(&args)
    };
    let report = |stdout: &str| -> serde_json::Value { serde_json::from_str(stdout).unwrap() };
    // Valid on its day; "$today" is neither kept nor dropped.
    let (code, stdout, _) = run(
        r#"{ "$today": "2022-04-11", "arrived": "2022-03-01" }"#,
        None,
    );
    assert_eq!(code, 0, "{stdout}");
    let r = report(&stdout);
    assert_eq!(r["today"], "2022-04-11");
    assert_eq!(r["dropped"], serde_json::json!([]), "{stdout}");
    assert_eq!(r["cleaned"], serde_json::json!({ "arrived": "2022-03-01" }));
    // The day before the arrival: the arrival is in the future.
    let (code, _, _) = run(
        r#"{ "$today": "2022-02-28", "arrived": "2022-03-01" }"#,
        None,
    );
    assert_eq!(code, 1);
    // --today wins.
    let (_, stdout, _) = run(r#"{ "$today": "2022-04-11" }"#, Some("2023-05-06"));
    assert_eq!(report(&stdout)["today"], "2023-05-06");
    // A day that is none: exit 2, naming the file and the value.
    let (code, stdout, stderr) = run(r#"{ "$today": "11.04.2022" }"#, None);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert!(
        stderr.contains("case.json") && stderr.contains("11.04.2022"),
        "{stderr}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn committed_json_schema_is_current() {
    let (code, stdout, _) = form(&["schema"]);
    assert_eq!(code, 0);
    let committed = std::fs::read_to_string(root().join("form-schema.json")).unwrap_or_default();
    assert!(
        committed == stdout,
        "form-schema.json is out of date: run `cargo run -p form-cli -- schema > form-schema.json`"
    );
}

#[test]
fn locale_folders_are_linted_and_pseudo_locales_render() {
    let (code, stdout, _) = form(&["check", "locales", "examples/lea-registration/form.json"]);
    assert_eq!(code, 0, "{stdout}");
    let (code, stdout, _) = form(&[
        "validate",
        "--schema",
        "examples/lea-registration/form.json",
        "--data",
        "examples/lea-registration/cases/34-email-mismatch.json",
        "--today",
        TODAY,
        "--locale",
        "ar-XB",
        "--format",
        "json",
    ]);
    assert_eq!(code, 1);
    let report: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(report["direction"], "rtl");
    assert_eq!(
        report["issues"][0]["text"],
        "\u{202E}⊥ɥǝ ǝɯɐıן ɐppɹǝssǝs po uoʇ ɯɐʇɔɥ\u{202C}"
    );
}

/// A form's folder is checked as its form.json (as `form dev` takes it); a folder with
/// neither a form.json nor message files is an error, not "no errors": it was checked for
/// nothing (a form folder whose schema is missing, a mistyped path).
#[test]
fn a_form_folder_is_its_schema_and_an_empty_folder_is_not_fine() {
    let (code, stdout, _) = form(&["check", "examples/dog-tax"]);
    assert_eq!(code, 0, "{stdout}");
    assert!(
        stdout.starts_with("examples/dog-tax/form.json: no errors"),
        "{stdout}"
    );
    let dir = std::env::temp_dir().join(format!("form-check-empty-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("cases")).unwrap();
    std::fs::create_dir_all(dir.join("locales/de")).unwrap();
    let (code, stdout, _) = form(&["check", &dir.to_string_lossy()]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(code, 1, "{stdout}");
    assert!(
        stdout.contains("error[lint-locale]: There is no form.json here"),
        "{stdout}"
    );
}

/// `form check` on a form folder written for the test: `form.json` and one German message
/// file (its name, its text), in a temporary folder named after `name`; the exit code and
/// what it printed.
fn check_folder(name: &str, schema: &str, (file, ftl): (&str, &str)) -> (i32, String) {
    check_languages(name, schema, &[("de", file, ftl)], &[])
}

/// The same with message files in several languages (tag, file name, text), and `before`
/// given to `form` before `check` (`--locales DIR`).
fn check_languages(
    name: &str,
    schema: &str,
    files: &[(&str, &str, &str)],
    before: &[&str],
) -> (i32, String) {
    let dir = std::env::temp_dir().join(format!("{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("form.json"), schema).unwrap();
    for (tag, file, ftl) in files {
        std::fs::create_dir_all(dir.join("locales").join(tag)).unwrap();
        std::fs::write(dir.join("locales").join(tag).join(file), ftl).unwrap();
    }
    let schema_path = dir.join("form.json").to_string_lossy().into_owned();
    let (code, stdout, _) = form(&[before, &["check", &schema_path]].concat());
    let _ = std::fs::remove_dir_all(&dir);
    (code, stdout)
}

/// A variable the form never gives a message is named as written (`$number`); a message
/// that gets none says so instead of listing nothing (a group's item label is numbered by
/// the engine, not by the author: found writing a third form from the guide).
#[test]
fn a_variable_the_form_never_gives_is_named_as_written() {
    let (code, stdout) = check_folder(
        "form-check-vars",
        r#"{ "format": 1, "id": "dogs", "version": "1", "defaultLocale": "de", "title": "d-title",
  "pages": [{ "id": "p", "heading": "d-heading", "fields": [
    { "id": "dog_list", "type": "group", "label": "d-dogs", "itemLabel": "d-dog", "fields": [
      { "id": "dog_name", "type": "text", "label": "d-name", "required": true } ] },
    { "id": "email", "type": "email", "label": "d-email" },
    { "id": "email_repeat", "type": "email", "label": "d-email-repeat" } ]}],
  "rules": [{ "id": "same", "assert": "email_repeat == email", "fields": ["email_repeat", "email"],
    "message": "d-same" }] }"#,
        (
            "dogs.ftl",
            "### status: reference\nd-title = Hunde\nd-heading = Hunde\nd-dogs = Hunde\n\
         d-dog = Hund { $number }\nd-name = Name\nd-email = E-Mail\nd-email-repeat = Noch einmal\n\
         d-same = { $mail } und { $email } sind nicht gleich\n",
        ),
    );
    assert_eq!(code, 1, "{stdout}");
    assert!(
        stdout.contains(
            "dogs.ftl:5: error[lint-unknown-variable]: d-dog uses $number, but the form gives \
             this message no variables"
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains("d-same uses $mail, which the form never gives this message")
            && stdout.contains("it can use: $email, $email_repeat"),
        "{stdout}"
    );
}

/// A schema with an error still has its translations linted against its own default
/// language: its German file is not "extra" because English was taken as the reference.
#[test]
fn a_schema_with_errors_keeps_its_default_language_for_the_lint() {
    let (code, stdout) = check_folder(
        "form-check-broken",
        r#"{ "format": 1, "id": "b", "version": "1", "defaultLocale": "de", "languages": ["de", "tr"],
  "title": "b-title", "pages": [{ "id": "p", "heading": "b-title", "fields": [
    { "id": "a", "type": "text", "label": "b-title", "visibleWhen": "nope == 1" } ]}] }"#,
        ("b.ftl", "### status: reference\nb-title = Titel\n"),
    );
    assert_eq!(code, 1, "{stdout}");
    assert!(stdout.contains("expr-unknown-field"), "{stdout}");
    assert!(!stdout.contains("extra-file"), "{stdout}");
    // Turkish, offered without a file, is still a partial translation (a warning).
    assert!(
        stdout.contains("warning[lint-missing-file]: tr has no b.ftl"),
        "{stdout}"
    );
}

/// The embed and the receiver add the language names (`languages.ftl`) to the form's default
/// language only: a message of another language that refers to one would show `{language-de}`.
#[test]
fn language_names_are_for_the_default_language_only() {
    let schema = r#"{ "format": 1, "id": "n", "version": "1", "defaultLocale": "de", "languages": ["de", "uk"],
  "title": "n-title", "pages": [{ "id": "p", "heading": "n-title", "fields": [
    { "id": "a", "type": "text", "label": "n-label" } ]}] }"#;
    let (code, stdout) = check_languages(
        "form-check-names",
        schema,
        &[
            (
                "de",
                "n.ftl",
                "### status: reference\nn-title = Titel\nn-label = Auf { language-de }\n",
            ),
            (
                "uk",
                "n.ftl",
                "### status: draft\nn-title = Назва\nn-label = { language-uk }\n",
            ),
        ],
        &[],
    );
    assert_eq!(code, 1, "{stdout}");
    assert!(
        stdout.contains("uk/n.ftl:3: error[lint-unknown-reference]")
            && stdout.contains("language-uk"),
        "{stdout}"
    );
    assert!(!stdout.contains("de/n.ftl:3"), "{stdout}");
}

/// A form's messages may refer to the engine's: to those of the engine folder given with
/// `--locales` when there is one (as the rest of `form check` reads it), not the built-in copy.
#[test]
fn references_reach_the_engine_folder_given_with_locales() {
    let engine = std::env::temp_dir().join(format!("form-check-engine-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&engine);
    copy_tree(&root().join("locales"), &engine);
    let de = engine.join("de/engine.ftl");
    let text = std::fs::read_to_string(&de).unwrap();
    std::fs::write(&de, format!("{text}-office = Landesamt\n")).unwrap();
    let schema = r#"{ "format": 1, "id": "o", "version": "1", "defaultLocale": "de",
  "title": "o-title", "pages": [{ "id": "p", "heading": "o-title", "fields": [
    { "id": "a", "type": "text", "label": "o-title" } ]}] }"#;
    let files = [(
        "de",
        "o.ftl",
        "### status: reference\no-title = Anmeldung beim { -office }\n",
    )];
    let (code, stdout) = check_languages("form-check-office", schema, &files, &[]);
    assert_eq!(code, 1, "{stdout}");
    assert!(stdout.contains("error[lint-unknown-reference]"), "{stdout}");
    let dir = engine.to_string_lossy().into_owned();
    let (code, stdout) = check_languages("form-check-office", schema, &files, &["--locales", &dir]);
    let _ = std::fs::remove_dir_all(&engine);
    assert_eq!(code, 0, "{stdout}");
}

/// A copy of an engine locale folder (`<tag>/*.ftl` and the language names).
fn copy_tree(from: &Path, to: &Path) {
    let tree = form_files::LocaleTree::new(from);
    for tag in tree.tags() {
        std::fs::create_dir_all(to.join(&tag)).unwrap();
        for f in tree.lint_files(&tag) {
            std::fs::write(to.join(&tag).join(&f.name), &f.source).unwrap();
        }
    }
    let names = form_files::LANGUAGE_NAMES;
    std::fs::copy(from.join(names), to.join(names)).unwrap();
}

/// The embed and the receiver load a form's messages from `<form id>.ftl` only: messages in
/// another file of its folder never reach an applicant, though `form check` reads them.
#[test]
fn a_form_message_file_nothing_loads_is_an_error() {
    let (code, stdout) = check_folder(
        "form-check-unloaded",
        r#"{ "format": 1, "id": "u", "version": "1", "defaultLocale": "de", "title": "u-title",
  "pages": [{ "id": "p", "heading": "u-title", "fields": [
    { "id": "a", "type": "text", "label": "u-title" } ]}] }"#,
        ("messages.ftl", "### status: reference\nu-title = Titel\n"),
    );
    assert_eq!(code, 1, "{stdout}");
    assert!(
        stdout.contains(
            "messages.ftl: error[lint-unloaded-file]: Nothing loads messages.ftl: the embed \
             and the receiver read this form's messages from u.ftl only"
        ),
        "{stdout}"
    );
}
