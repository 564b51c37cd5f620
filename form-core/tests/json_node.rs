//! JSON text read into a `form_core::json::Node` (what the JavaScript API and the receiver
//! read submissions into) is validated exactly as the same text read into a
//! `serde_json::Value`: every case of every example form, and the cases JSON text has
//! that a `Value` hides (keys given twice, escapes).
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

mod common;

use form_core::json::{Json, Node};
use form_core::{Context, Date};
use serde_json::Value;

fn ctx() -> Context {
    Context {
        today: Date::parse_iso("2021-03-15").unwrap(),
    }
}

/// Validates `text` both ways; the two reports must be the same.
fn same(form: &form_core::Form, text: &str) -> Outcome {
    let value: Value = serde_json::from_str(text).unwrap();
    let node = Node::parse(text).unwrap();
    let (a, b) = (form.validate(&value, &ctx()), form.validate(&node, &ctx()));
    assert_eq!(b, a, "{text}");
    assert_eq!(form.is_valid(&node, &ctx()), a.valid, "{text}");
    assert_eq!(
        form.visibility(&node, &ctx()),
        form.visibility(&value, &ctx())
    );
    assert_eq!(node.to_value(), value, "{text}");
    Outcome {
        cleaned: a.cleaned.to_value(),
        dropped: a.dropped.iter().map(|d| d.path.clone()).collect(),
    }
}

struct Outcome {
    cleaned: Value,
    dropped: Vec<String>,
}

#[test]
fn every_example_case_validates_the_same() {
    let mut n = 0;
    for dir in common::examples() {
        let form = form_core::compile(&dir.read_schema().unwrap())
            .form
            .unwrap();
        for case in dir.cases() {
            same(&form, &std::fs::read_to_string(&case).unwrap());
            n += 1;
        }
    }
    assert!(n > 50, "only {n} cases");
}

#[test]
fn keys_given_twice_and_escapes_read_as_in_a_value() {
    let form = form_core::compile(&common::lea().read_schema().unwrap())
        .form
        .unwrap();
    // The last of a key given twice counts; an unknown key given twice is dropped once.
    let r = same(
        &form,
        r#"{"email": "nobody", "junk": 1, "email": "a@example.org", "junk": 2}"#,
    );
    assert_eq!(r.cleaned["email"], "a@example.org");
    assert_eq!(r.dropped.iter().filter(|d| *d == "junk").count(), 1);
    // Escaped text (copied, not borrowed) reads as the text it stands for.
    let r = same(
        &form,
        r#"{"given_names": "J\u00fcrgen \"Jo\"", "family_name": "M\u00fcller\n"}"#,
    );
    assert_eq!(r.cleaned["given_names"], "Jürgen \"Jo\"");
    assert_eq!(r.cleaned["family_name"], "Müller");
    // A date in parts with a part given twice; a group item with a key given twice.
    same(
        &form,
        r#"{"birth_date": {"day": "1", "month": "2", "year": "1980", "day": "31"},
            "family_members": [{"given_names": "A", "given_names": "B", "x": 1, "x": 2}]}"#,
    );
    // Not an object; nesting, numbers and nothing.
    for text in [
        "[]",
        "null",
        "-0.0",
        "\"x\"",
        r#"{"household_size": 1.0e0}"#,
    ] {
        same(&form, text);
    }
}

/// Many unknown keys, each given twice: every one dropped once, in one pass (a check of each
/// against those before was quadratic: 1.5 s for 40,000 keys through `form validate`).
#[test]
fn many_unknown_keys_given_twice_are_each_dropped_once() {
    let form = form_core::compile(&common::lea().read_schema().unwrap())
        .form
        .unwrap();
    let keys: Vec<String> = (0..20_000).map(|i| format!("\"junk_{i}\": 1")).collect();
    let text = format!("{{{}, {}}}", keys.join(", "), keys.join(", "));
    let r = same(&form, &text);
    assert_eq!(r.dropped.len(), 20_000);
}

#[test]
fn text_that_is_no_json_is_refused_as_serde_json_refuses_it() {
    for text in ["", "{", "1e400", r#"{"a": "\ud800"}"#, &"[".repeat(200)] {
        let want = serde_json::from_str::<Value>(text).unwrap_err().to_string();
        assert_eq!(Node::parse(text).unwrap_err().to_string(), want, "{text}");
    }
}
