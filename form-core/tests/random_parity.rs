//! Native half of the "same result in wasm and native" property: validates 3000
//! pseudo-random submissions (the same generator and seed as the browser test in
//! form-wasm/tests/parity.rs) and commits a digest of all reports. The browser test must
//! reproduce this snapshot exactly.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

mod common;

include!("../../tests/support/random_submissions.rs");

#[test]
fn random_submissions() {
    let text = common::lea_schema();
    let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
    let form = form_core::compile(&text).form.unwrap();
    let base: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            common::root().join("examples/lea-registration/cases/02-valid-complete.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let line = digest(&form, &schema, &base, 3000, 2026, "2021-03-15");
    // Both outcomes must occur, or the digest proves little.
    assert!(!line.contains(" valid=0 "), "{line}");
    insta::assert_snapshot!(line);
}

/// The same for times of day (tests/types/time): bounds from another answer, a condition
/// and a rule on times, answers written as people and programs write them.
#[test]
fn random_times() {
    let dir = common::root().join("tests/types/time");
    let text = std::fs::read_to_string(dir.join("form.json")).unwrap();
    let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
    let form = form_core::compile(&text).form.unwrap();
    let base: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("cases/01-valid.json")).unwrap())
            .unwrap();
    let line = digest(&form, &schema, &base, 3000, 2026, "2021-03-15");
    assert!(!line.contains(" valid=0 "), "{line}");
    insta::assert_snapshot!(line);
}
