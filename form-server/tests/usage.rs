//! What `form-server` says to the people who run it (operators, case workers exporting and
//! deleting submissions) comes from Fluent messages (`server-*`, and the `cli-help-*` and
//! `cli-usage-*` headings and mistakes it shares with `form`), in the language of
//! `--locale`, else of the environment (`LANG`), else English.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Runs `form-server` in the workspace with `lang` as the environment's language.
fn server(lang: Option<&str>, args: &[&str]) -> (i32, String, String) {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_form-server"));
    c.current_dir(root()).args(args).env_remove("FORM_DB");
    for v in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        c.env_remove(v);
    }
    if let Some(l) = lang {
        c.env("LANG", l);
    }
    let out = c.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Every help text in English and German: no message id shows in place of its text, and
/// clap adds no English of its own (defaults, variables).
#[test]
fn help_in_the_operator_s_language() {
    let mut all = String::new();
    for (lang, usage) in [
        (None, "Usage: form-server"),
        (Some("de_DE.UTF-8"), "Aufruf: form-server"),
    ] {
        for command in ["", "serve", "export", "purge"] {
            let args: Vec<&str> = [command, "--help"]
                .into_iter()
                .filter(|a| !a.is_empty())
                .collect();
            let (code, out, err) = server(lang, &args);
            assert_eq!((code, err.as_str()), (0, ""), "{args:?}");
            assert!(out.contains(usage), "{lang:?} {args:?}:\n{out}");
            for leak in ["server-help-", "cli-help-", "[default:", "[env:"] {
                assert!(!out.contains(leak), "{leak} in ({lang:?} {args:?}):\n{out}");
            }
            all.push_str(&format!(
                "$ {lang:?} form-server {}\n{out}\n",
                args.join(" ")
            ));
        }
    }
    insta::assert_snapshot!(all);
}

/// Mistakes in the command line and in what it names, said in German where the operator
/// reads German (and by `--locale` before the environment), with the exit codes: 2 for a
/// command line that cannot be read, 1 for anything else.
#[test]
fn failures_in_the_operator_s_language() {
    let db = std::env::temp_dir().join(format!("form-server-usage-{}.sqlite3", std::process::id()));
    let db = db.display().to_string();
    let de = Some("de_DE.UTF-8");
    let mut all = String::new();
    for (lang, args, code) in [
        (de, vec!["bogus"], 2),
        (de, vec!["export"], 2),
        (de, vec!["--db", &db, "export", "--form", "nope"], 1),
        (
            de,
            vec![
                "--db",
                &db,
                "export",
                "--form",
                "dog-tax",
                "--from",
                "2021-13-01",
            ],
            1,
        ),
        (
            de,
            vec!["--forms", "no-such-folder", "export", "--form", "dog-tax"],
            1,
        ),
        (de, vec!["serve", "--time-zone", "Mars/Olympus"], 1),
        (de, vec!["serve", "--today", "morgen"], 1),
        (de, vec!["--db", &db, "purge", "--older-than-days", "1"], 0),
        (
            None,
            vec!["--db", &db, "purge", "--older-than-days", "30"],
            0,
        ),
        (
            de,
            vec![
                "--locale", "en", "--db", &db, "export", "--form", "dog-tax", "--format", "jsonl",
            ],
            0,
        ),
        (
            None,
            vec![
                "--locale", "de", "--db", &db, "export", "--form", "dog-tax", "--format", "jsonl",
            ],
            0,
        ),
    ] {
        let (got, out, err) = server(lang, &args);
        assert_eq!(got, code, "{args:?}: {err}");
        assert!(!err.contains("server-") && !err.contains("cli-"), "{err}");
        let line = args.join(" ").replace(&db, "DB");
        all.push_str(&format!("$ {lang:?} form-server {line}\n{out}{err}\n"));
    }
    let _ = std::fs::remove_file(&db);
    insta::assert_snapshot!(all);
}

/// A form that does not load stops the service before it listens, said in German: a
/// schema with errors, and a message file that cannot be read, with its line (a line
/// number, not grouped as a quantity would be: 12002, not 12.002).
#[test]
fn a_form_that_does_not_load_is_said_in_the_operator_s_language() {
    let forms =
        std::env::temp_dir().join(format!("form-server-usage-forms-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&forms);
    let form = forms.join("dog-tax");
    std::fs::create_dir_all(form.join("locales/de")).unwrap();
    let src = root().join("examples/dog-tax");
    let schema = std::fs::read_to_string(src.join("form.json")).unwrap();
    let ftl = std::fs::read_to_string(src.join("locales/de/dog-tax.ftl")).unwrap();
    let db = forms.join("db.sqlite3").display().to_string();
    let run = || {
        let (code, _, err) = server(
            Some("de_DE.UTF-8"),
            &[
                "--db",
                &db,
                "--forms",
                &forms.display().to_string(),
                "serve",
                "--listen",
                "127.0.0.1:0",
            ],
        );
        (code, err.replace(&forms.display().to_string(), "FORMS"))
    };
    std::fs::write(
        form.join("form.json"),
        schema.replacen("\"pages\"", "\"pagez\"", 1),
    )
    .unwrap();
    std::fs::write(form.join("locales/de/dog-tax.ftl"), &ftl).unwrap();
    let (code, schema_errors) = run();
    assert_eq!(code, 1, "{schema_errors}");
    std::fs::write(form.join("form.json"), &schema).unwrap();
    let lines = ftl.lines().count();
    let padding = "# Kommentar\n".repeat(12_000 - lines);
    std::fs::write(
        form.join("locales/de/dog-tax.ftl"),
        format!("{ftl}{padding}dt-kaputt = {{ \n"),
    )
    .unwrap();
    let (code, messages) = run();
    assert_eq!(code, 1, "{messages}");
    let _ = std::fs::remove_dir_all(&forms);
    assert!(!messages.contains("lauscht"), "{messages}");
    insta::assert_snapshot!(format!("{schema_errors}{messages}"));
}
