//! Data-driven compiler tests: every schema in `tests/schemas/` is compiled and its
//! diagnostics (code, location, arguments and the English text) are compared with a
//! committed snapshot.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

mod common;

use std::fmt::Write as _;

use form_core::{Locale, Severity};

/// The one helper: compile `file` and render what the compiler says about it.
fn check(file: &std::path::Path) -> String {
    let text = std::fs::read_to_string(file).unwrap();
    let compiled = form_core::compile(&text);
    let cat = common::catalog("en", None);
    let en = Locale::parse("en").unwrap();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "form: {}",
        if compiled.form.is_some() {
            "compiled"
        } else {
            "none"
        }
    );
    for d in &compiled.diagnostics {
        let sev = if d.severity == Severity::Error {
            "error"
        } else {
            "warning"
        };
        let col = d.column.map(|c| format!(":{c}")).unwrap_or_default();
        let _ = writeln!(
            out,
            "{sev}[{}] {}{col}\n    args: {}\n    text: {}",
            d.code,
            d.pointer,
            serde_json::to_string(&d.args).unwrap(),
            cat.render_diagnostic(&en, d)
        );
    }
    out
}

#[test]
fn broken_schemas_get_located_diagnostics() {
    let dir = common::root().join("tests/schemas");
    let files = form_files::files_in(&dir, "json");
    assert!(files.len() >= 10);
    for file in files {
        let name = file.file_stem().unwrap().to_string_lossy().into_owned();
        let report = check(&file);
        // `warnings-*`: what the compiler says of a form it compiles (some checks need
        // the compiled form, and run only when there is no error).
        if name.starts_with("warnings-") {
            assert!(
                report.starts_with("form: compiled") && report.contains("warning["),
                "{name} should compile, with warnings:\n{report}"
            );
        } else {
            assert!(
                report.contains("error["),
                "{name} should have an error:\n{report}"
            );
        }
        insta::with_settings!({ snapshot_path => dir.join("snapshots"), prepend_module_to_snapshot => false, omit_expression => true }, {
            insta::assert_snapshot!(name, report);
        });
    }
}

#[test]
fn the_example_compiles_without_diagnostics_and_with_all_messages() {
    let compiled = form_core::compile(&common::lea_schema());
    assert!(
        compiled.diagnostics.is_empty(),
        "{:#?}",
        compiled.diagnostics
    );
    let form = compiled.form.unwrap();
    let cat = common::catalog(
        "de",
        Some(&common::root().join("examples/lea-registration")),
    );
    for tag in ["de", "en"] {
        let l = Locale::parse(tag).unwrap();
        let missing = form.check_messages(&|id| cat.has(&l, id), tag);
        assert!(missing.is_empty(), "{tag}: {missing:#?}");
    }
    // A message the form does not have is reported, located.
    let missing = form.check_messages(&|id| id != "lea-consent-required", "de");
    assert_eq!(missing.len(), 1);
    assert_eq!(missing[0].pointer, "/pages/5/fields/3/messages/required");
}
