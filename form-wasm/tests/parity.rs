//! Browser parity: every case of every example, validated by the wasm build inside
//! headless Chromium through the public `FormEngine` API, must give byte for byte the
//! report the native `form` command gave (the committed snapshot).
//!
//! Run by `cargo xtask test` (via `cargo xtask wasm-test`).
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

use form_wasm::FormEngine;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod parity {
    include!(concat!(env!("OUT_DIR"), "/parity.rs"));
}

mod random {
    include!("../../tests/support/random_submissions.rs");
}

/// The date the native snapshots were made on, where a case does not say its own (see
/// form-cli/tests/cases.rs).
const TODAY: &str = "2021-03-15";

/// The native report: the snapshot body after insta's header and the exit-code line.
fn native(snapshot: &str) -> &str {
    let body = snapshot.splitn(3, "---\n").nth(2).unwrap_or("");
    body.split_once('\n').map_or("", |(_, json)| json)
}

#[wasm_bindgen_test]
fn every_case_matches_the_native_report_byte_for_byte() {
    every_case_matches(|schema| FormEngine::new(schema));
}

/// The same with the form packed and loaded as the runtime build and the embed load it.
#[wasm_bindgen_test]
fn every_case_matches_from_the_packed_form() {
    every_case_matches(|schema| {
        let form = form_core::compile(schema).form.unwrap();
        FormEngine::from_packed(&form_core::packed::encode(&form)).unwrap()
    });
}

fn every_case_matches(load: impl Fn(&str) -> FormEngine) {
    let mut compared = 0;
    let mut failures = Vec::new();
    for ex in parity::EXAMPLES {
        let mut engine = load(ex.schema);
        assert!(engine.ok(), "{} does not compile", ex.name);
        for (tag, ftl) in ex.messages {
            engine.add_messages(tag, ftl, None).unwrap();
        }
        for case in ex.cases {
            let (data, today) = case_and_day(case.data);
            let wasm = engine.validate_json(&data, &today, "en").unwrap();
            if wasm.trim_end() != native(case.snapshot).trim_end() {
                failures.push(format!(
                    "{}/{}:\n--- native\n{}\n--- wasm\n{}",
                    ex.name,
                    case.name,
                    native(case.snapshot),
                    wasm
                ));
            }
            compared += 1;
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {compared} cases differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(compared >= 40, "only {compared} cases compared");
}

/// A case's submission and the day it is judged on: its own (`"$today"`, which is no
/// answer, taken out as `form validate` does, as `"$expect"` is), else TODAY.
fn case_and_day(text: &str) -> (String, String) {
    let mut data: serde_json::Value = serde_json::from_str(text).unwrap();
    // What the case says it should give (`"$expect"`) is no answer either.
    let expect = form_files::take_case_expect(&mut data).is_some();
    match form_files::take_case_today(&mut data) {
        Some(day) => (data.to_string(), day),
        None if expect => (data.to_string(), TODAY.to_owned()),
        None => (text.to_owned(), TODAY.to_owned()),
    }
}

/// The registration form, which the tests below know.
fn lea() -> &'static parity::Example {
    parity::EXAMPLES
        .iter()
        .find(|e| e.name == "lea-registration")
        .unwrap()
}

#[wasm_bindgen_test]
fn the_js_api_agrees_with_the_json_report() {
    let ex = lea();
    let engine = FormEngine::new(ex.schema);
    let case = ex
        .cases
        .iter()
        .find(|c| c.name.contains("hidden-values-dropped"))
        .unwrap();
    let data = js_sys::JSON::parse(case.data).unwrap();
    let report = engine.validate(data.clone(), TODAY).unwrap();
    let valid = js_sys::Reflect::get(&report, &"valid".into()).unwrap();
    assert_eq!(valid.as_bool(), Some(true));
    assert!(engine.is_valid(data.clone(), TODAY).unwrap());
    let vis = engine.visibility(data, TODAY).unwrap();
    let text: String = js_sys::JSON::stringify(&vis).unwrap().into();
    assert!(
        text.contains(r#"{"path":"residence_document_number","visible":false}"#),
        "{text}"
    );
    assert_eq!(form_wasm::text_direction("fa-IR"), "rtl");
    // Before any messages are added, the best of the form's languages (to know which to
    // load); once some are, the best of those.
    assert_eq!(engine.negotiate(vec!["en-GB".into()]), "en");
    let mut engine = engine;
    engine.add_messages("de", "x = y", None).unwrap();
    assert_eq!(
        engine.negotiate(vec!["en-GB".into()]),
        "de",
        "no English messages were added"
    );
}

/// 3000 pseudo-random submissions to the form in the folder `name`, each a change of its
/// case `base`, validated here; the line of their digest.
fn random_digest(name: &str, base: &str) -> String {
    let ex = parity::EXAMPLES.iter().find(|e| e.name == name).unwrap();
    let schema: serde_json::Value = serde_json::from_str(ex.schema).unwrap();
    let form = form_core::compile(ex.schema).form.unwrap();
    let base_case = ex.cases.iter().find(|c| c.name.contains(base)).unwrap();
    let base: serde_json::Value = serde_json::from_str(base_case.data).unwrap();
    random::digest(&form, &schema, &base, 3000, 2026, TODAY)
}

/// The body of an insta snapshot.
fn snapshot_body(snapshot: &str) -> &str {
    snapshot.splitn(3, "---\n").nth(2).unwrap().trim()
}

/// The browser half of form-core/tests/random_parity.rs: the same 3000 pseudo-random
/// submissions must give the same digest of all reports as natively.
#[wasm_bindgen_test]
fn random_submissions_give_the_native_digest() {
    let native =
        include_str!("../../form-core/tests/snapshots/random_parity__random_submissions.snap");
    assert_eq!(
        random_digest("lea-registration", "valid-complete"),
        snapshot_body(native)
    );
}

/// The browser half of `random_times`: random answers to the form of times of day.
#[wasm_bindgen_test]
fn random_times_give_the_native_digest() {
    let native = include_str!("../../form-core/tests/snapshots/random_parity__random_times.snap");
    assert_eq!(random_digest("time", "01-valid"), snapshot_body(native));
}
