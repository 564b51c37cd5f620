//! The `form` command line in the reader's language: its help and the mistakes in a
//! command line come from Fluent messages (`cli-help-*`, `cli-usage-*`), in the language of
//! `--locale`, else of the environment (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

mod common;

/// Runs `form` with `lang` as the environment's language (`None`: none set).
fn form(lang: Option<&str>, args: &[&str]) -> (i32, String, String) {
    let mut c = common::form();
    c.args(args);
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

const COMMANDS: [&str; 6] = ["", "check", "validate", "schema", "dev", "pack"];

/// Every help text, in English and German: no message id shows (each has its message in
/// both), and the headings are the reader's.
#[test]
fn help_in_the_reader_s_language() {
    let mut all = String::new();
    for (lang, usage) in [(None, "Usage: form"), (Some("de_DE.UTF-8"), "Aufruf: form")] {
        for command in COMMANDS {
            let args: Vec<&str> = [command, "--help"]
                .into_iter()
                .filter(|a| !a.is_empty())
                .collect();
            let (code, out, err) = form(lang, &args);
            assert_eq!((code, err.as_str()), (0, ""), "{args:?}");
            assert!(out.contains(usage), "{lang:?} {args:?}:\n{out}");
            assert!(
                !out.contains("cli-help-") && !out.contains("cli-usage-"),
                "a message id instead of its text ({lang:?} {args:?}):\n{out}"
            );
            all.push_str(&format!("$ {lang:?} form {}\n{out}\n", args.join(" ")));
        }
    }
    insta::assert_snapshot!(all);
}

/// `--locale` says the language of the help too, before the environment.
#[test]
fn locale_comes_before_the_environment() {
    let (_, out, _) = form(Some("de_DE.UTF-8"), &["check", "--locale", "en", "--help"]);
    assert!(out.contains("Usage: form check"), "{out}");
    let (_, out, _) = form(Some("C.UTF-8"), &["check", "--locale=de", "--help"]);
    assert!(out.contains("Aufruf: form check"), "{out}");
    // A language without the CLI's messages: English.
    let (_, out, _) = form(Some("fr_FR.UTF-8"), &["check", "--help"]);
    assert!(out.contains("Usage: form check"), "{out}");
}

/// A mistake in the command line: what is wrong and where to read more, exit 2, in the
/// reader's language.
#[test]
fn mistakes_in_the_command_line() {
    let check = |lang: Option<&str>, args: &[&str], expect: &str| {
        let (code, out, err) = form(lang, args);
        assert_eq!(
            (code, out.as_str(), err.as_str()),
            (2, "", expect),
            "{args:?}"
        );
    };
    let en = "See form --help, or form COMMAND --help.\n";
    let de = "Siehe form --help oder form BEFEHL --help.\n";
    check(
        None,
        &["chek"],
        &format!("“chek” is not a command of form\n{en}"),
    );
    check(
        Some("de_DE.UTF-8"),
        &["chek"],
        &format!("„chek“ ist kein Befehl von form\n{de}"),
    );
    check(None, &[], &format!("form needs a command\n{en}"));
    check(
        Some("de_AT"),
        &["check", "--bogus"],
        &format!("--bogus ist keine Option dieses Befehls\n{de}"),
    );
    check(
        None,
        &["validate", "--schema", "x.json"],
        &format!("--data <DATA> must be given\n{en}"),
    );
    check(
        Some("de_DE.UTF-8"),
        &[
            "validate", "--schema", "a", "--data", "b", "--format", "xml",
        ],
        &format!("--format <FORMAT>: „xml“ ist hier nicht möglich; möglich: text, json\n{de}"),
    );
    check(
        None,
        &["dev", "--port", "eighty"],
        &format!("--port <PORT>: “eighty” cannot be used here\n{en}"),
    );
}

/// The environment's language is the default of the reports `form` writes itself, and
/// of what it says about a file it cannot read.
#[test]
fn the_environment_s_language_is_the_report_s() {
    let (code, _, err) = form(
        Some("de_DE.UTF-8"),
        &["validate", "--schema", "missing.json", "--data", "x.json"],
    );
    assert_eq!(code, 2);
    assert!(
        err.contains("missing.json: diese Datei gibt es nicht"),
        "{err}"
    );
    let (code, out, _) = form(
        Some("de_DE.UTF-8"),
        &["check", "examples/lea-registration/form.json"],
    );
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("keine Fehler"), "{out}");
}
