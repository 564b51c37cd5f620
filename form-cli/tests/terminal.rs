//! What the `form` binary prints for a terminal carries no Fluent isolation marks (U+2068,
//! U+2069: invisible there, and a file name copied with them names no file); JSON keeps
//! them, for pages that show its texts.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn form(args: &[&str]) -> (String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_form"))
        .args(args)
        .current_dir(root())
        .output()
        .unwrap();
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const MARKS: [char; 2] = ['\u{2068}', '\u{2069}'];
const SCHEMA: &str = "examples/lea-registration/form.json";
const CASE: &str = "examples/lea-registration/cases/21-birth-date-impossible.json";

#[test]
fn text_for_a_terminal_has_no_isolation_marks_json_keeps_them() {
    let validate = |format: &str, locale: &str| {
        form(&[
            "validate",
            "--schema",
            SCHEMA,
            "--data",
            CASE,
            "--today",
            "2021-03-15",
            "--locale",
            locale,
            "--format",
            format,
        ])
    };
    for locale in ["en", "ar"] {
        let (text, _) = validate("text", locale);
        assert!(text.contains("birth_date"), "{text}");
        assert!(!text.contains(MARKS), "{locale}: {text:?}");
        let (json, _) = validate("json", locale);
        assert!(json.contains(MARKS), "{locale}: {json}");
    }
    let (checked, _) = form(&["check", SCHEMA]);
    assert!(
        checked.contains(SCHEMA) && !checked.contains(MARKS),
        "{checked:?}"
    );
    let (_, refused) = form(&[
        "pack",
        SCHEMA,
        "--out",
        "target/x.form",
        "--today",
        "1.1.2021",
    ]);
    assert!(refused.contains("--today 1.1.2021"), "{refused:?}");
}
