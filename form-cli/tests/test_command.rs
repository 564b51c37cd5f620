//! `form test`: a team's own form folder, its cases run and compared with their snapshots,
//! for its CI. A copy of a small form with cases (tests/types/unit) passes; a case without
//! a snapshot, one that differs, one that is no JSON and one that does not give what it
//! says it should (`"$expect"`, all its issues or some of them) each fail with their file
//! and why;
//! `--update` writes the snapshots, the same reports the case test of this repository
//! holds (`tests/cases.rs`).
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

mod common;

use std::path::{Path, PathBuf};

use common::root;

fn form(dir: &Path, args: &[&str]) -> (i32, String) {
    let out = common::form()
        .current_dir(dir)
        .args(args)
        .output()
        .expect("run form");
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

/// The part of a snapshot after its header: the exit code and the report.
fn body(snap: &str) -> &str {
    snap.splitn(3, "---\n")
        .nth(2)
        .unwrap_or_default()
        .trim_end()
}

/// A copy of the form folder `from` (in the repository) in `work`, under its own name.
fn copy_form(from: &str, work: &Path) -> PathBuf {
    let from = root().join(from);
    let dir = work.join(from.file_name().unwrap());
    for p in form_files::FormDir::new(&from).all_files() {
        let to = dir.join(p.strip_prefix(&from).unwrap());
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(&p, to).unwrap();
    }
    dir
}

#[test]
fn a_form_folders_cases_are_run_against_their_snapshots() {
    let work = std::env::temp_dir().join(format!("form-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&work);
    let dir = copy_form("tests/types/unit", &work);
    let snap = |name: &str| dir.join("cases/snapshots").join(format!("{name}.snap"));
    let original = std::fs::read_to_string(snap("01-valid-with-the-units-typed")).unwrap();

    // As copied: every case as its snapshot says.
    let (code, out) = form(&work, &["test", "unit"]);
    assert_eq!(
        (code, out.as_str()),
        (0, "unit: 8 of 8 cases as their snapshots say\n")
    );

    // A new case, a changed one and one that is no JSON.
    std::fs::remove_file(snap("01-valid-with-the-units-typed")).unwrap();
    let changed = dir.join("cases/03-valid-without-units.json");
    std::fs::write(
        &changed,
        r#"{ "rent": "650", "deposit": "-5", "area": "62" }"#,
    )
    .unwrap();
    std::fs::write(dir.join("cases/07-broken.json"), "{ \"rent\": ").unwrap();
    // And one whose author expected it valid: it is not, whatever its snapshot says.
    std::fs::write(
        dir.join("cases/08-expected-valid.json"),
        r#"{ "$expect": "valid", "rent": "0", "area": "62" }"#,
    )
    .unwrap();
    // One that says only some of its issues (`"..."`), and one of which that is not so.
    std::fs::write(
        dir.join("cases/09-at-least.json"),
        r#"{ "$expect": ["rent too-small", "..."], "rent": "0", "area": "2" }"#,
    )
    .unwrap();
    std::fs::write(
        dir.join("cases/10-not-even.json"),
        r#"{ "$expect": ["area too-large", "..."], "rent": "0", "area": "62" }"#,
    )
    .unwrap();
    let (code, out) = form(&work, &["test", "unit/form.json"]);
    assert_eq!(code, 1, "{out}");
    insta::assert_snapshot!(out);

    // --update writes the new and the changed one (not the broken one, which still fails);
    // the new one holds what the case test's snapshot held.
    let (code, out) = form(&work, &["test", "unit", "--update"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("Wrote unit/cases/snapshots/01-valid-with-the-units-typed.snap"),
        "{out}"
    );
    assert!(
        out.contains("Wrote unit/cases/snapshots/03-valid-without-units.snap"),
        "{out}"
    );
    let written = std::fs::read_to_string(snap("01-valid-with-the-units-typed")).unwrap();
    assert_eq!(body(&written), body(&original));
    assert!(written.contains("info: form validate --schema unit/form.json --data unit/cases/01-valid-with-the-units-typed.json --today 2021-03-15 --locale en --format json"), "{written}");
    assert!(
        out.contains("cases/08-expected-valid.json: expected valid; it gives rent too-small"),
        "{out}"
    );
    assert!(dir.join("cases/snapshots/08-expected-valid.snap").is_file());
    std::fs::remove_file(dir.join("cases/07-broken.json")).unwrap();
    for case in ["08-expected-valid", "09-at-least", "10-not-even"] {
        std::fs::remove_file(dir.join(format!("cases/{case}.json"))).unwrap();
    }
    // Given a folder of forms, each form in it; given the form's folder itself (the
    // default, `.`), that form.
    let (code, out) = form(&work, &["test"]);
    assert_eq!(
        (code, out.as_str()),
        (0, "./unit: 8 of 8 cases as their snapshots say\n")
    );
    let (code, out) = form(&dir, &["test"]);
    assert_eq!(
        (code, out.as_str()),
        (0, ".: 8 of 8 cases as their snapshots say\n")
    );

    // A rule's issue is named by the rule's id, where a case expects it and where it is
    // not what the case expects.
    let time = copy_form("tests/types/time", &work);
    std::fs::write(
        time.join("cases/06-a-quarter-of-an-hour-is-too-short.json"),
        r#"{ "$expect": ["to plausibility"], "day": "2021-03-20", "from": "1400", "to": "14h15" }"#,
    )
    .unwrap();
    std::fs::write(
        time.join("cases/13-not-that-rule.json"),
        r#"{ "$expect": ["to ends-after-it-starts"], "day": "2021-03-20", "from": "1400", "to": "14h15" }"#,
    )
    .unwrap();
    let (code, out) = form(&work, &["test", "time"]);
    assert_eq!(code, 1, "{out}");
    assert!(!out.contains("cases/06-"), "{out}");
    // (The form has no rule of that id: that is said, not only that the case differs.)
    assert!(
        out.contains("cases/13-not-that-rule.json: \"$expect\" names “ends-after-it-starts”, which is neither an issue code nor the id of one of the form's rules"),
        "{out}"
    );
    std::fs::write(
        time.join("cases/13-not-that-rule.json"),
        r#"{ "$expect": ["to required"], "day": "2021-03-20", "from": "1400", "to": "14h15" }"#,
    )
    .unwrap();
    let (_, out) = form(&work, &["test", "time"]);
    assert!(
        out.contains(
            "cases/13-not-that-rule.json: expected to required; it gives to at-least-half-an-hour"
        ),
        "{out}"
    );
    let (code, out) = form(&work, &["test", "nothing-here"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.starts_with("nothing-here/form.json: "), "{out}");
    let _ = std::fs::remove_dir_all(&work);
}

/// A case whose `"$expect"` names a code that is no issue code and no rule of the form
/// (`invalid_decimal`) fails as such, with the code it is likely a slip for: it could never
/// be met, and "expected rent invalid_decimal; it gives rent invalid-decimal" leaves the
/// author to spot the difference.
#[test]
fn an_expected_code_that_does_not_exist_is_said() {
    let work = std::env::temp_dir().join(format!("form-test-code-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&work);
    let dir = copy_form("tests/types/unit", &work);
    let case = dir.join("cases/04-another-unit-or-only-the-unit-refused.json");
    let text = std::fs::read_to_string(&case).unwrap();
    std::fs::write(
        &case,
        text.replace("rent invalid-decimal", "rent: invalid_decimal"),
    )
    .unwrap();
    let (code, out) = form(&work, &["test", "unit"]);
    let _ = std::fs::remove_dir_all(&work);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(
            "cases/04-another-unit-or-only-the-unit-refused.json: \"$expect\" names “invalid_decimal”, which is neither an issue code nor the id of one of the form's rules, so the case can never give it. Did you mean “invalid-decimal”?"
        ),
        "{out}"
    );
}
