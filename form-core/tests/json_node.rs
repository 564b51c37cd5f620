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
    // Both by form-core's reader, as every side reads (`agree` below holds it to serde_json).
    let value: Value = form_core::json::parse_value(text).unwrap();
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

/// Whether `Node::parse` reads `text` as serde_json reads it: the same value (every digit
/// of every number, `-0.0` apart from `0`) or the same error at the same place. A number
/// may differ only where serde_json rounds twice (a significand with zeros at its end, too
/// long for an `f64` until they are moved to the exponent), and then it is the number
/// `str::parse` reads.
fn agree(text: &str) -> Result<(), String> {
    // A byte order mark before the text is skipped (serde_json refuses it), nowhere else.
    let after_bom = text.strip_prefix('\u{feff}').unwrap_or(text);
    match (
        Node::parse(text).map(|n| n.to_value()),
        serde_json::from_str::<Value>(after_bom),
    ) {
        (Ok(got), Ok(want)) => alike(text, &got, &want),
        (Err(got), Err(want)) if got.to_string() == want.to_string() => Ok(()),
        (got, want) => Err(format!("{text}: {got:?} where serde_json reads {want:?}")),
    }
}

/// `got` and `want`, read from `text`, alike as [`agree`] says.
fn alike(text: &str, got: &Value, want: &Value) -> Result<(), String> {
    let differ = || Err(format!("{text}: {got} where serde_json reads {want}"));
    match (got, want) {
        (Value::Array(g), Value::Array(w)) if g.len() == w.len() => {
            g.iter().zip(w).try_for_each(|(g, w)| alike(text, g, w))
        }
        (Value::Object(g), Value::Object(w)) if g.len() == w.len() => {
            g.iter().zip(w).try_for_each(|((gk, g), (wk, w))| {
                if gk == wk {
                    alike(text, g, w)
                } else {
                    differ()
                }
            })
        }
        (Value::Number(g), Value::Number(w)) => {
            if g.to_string() == w.to_string() {
                return Ok(());
            }
            // The number's text, among the runs of what numbers are written with.
            let mut runs = text.split(|c: char| !"0123456789.eE+-".contains(c));
            let rounded_twice = |run: &str| {
                serde_json::from_str::<f64>(run).ok() == w.as_f64()
                    && run.parse::<f64>().ok() == g.as_f64()
            };
            if g.is_f64() && runs.any(rounded_twice) {
                Ok(())
            } else {
                differ()
            }
        }
        _ if got == want => Ok(()),
        _ => differ(),
    }
}

#[test]
fn text_is_read_as_serde_json_reads_it() {
    let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    for text in [
        "",
        "{",
        "1e400",
        r#"{"a": "\ud800"}"#,
        &"[".repeat(200),
        &deep(127),
        &deep(128),
        &format!("{}1{}", r#"{"a":"#.repeat(127), "}".repeat(127)),
        &format!("{}1{}", r#"{"a":"#.repeat(128), "}".repeat(128)),
        "-0",
        "-0.0",
        "0.1",
        "18446744073709551615",
        "18446744073709551616",
        "-9223372036854775808",
        "-9223372036854775809",
        "184467440737095516160.5",
        "1.8446744073709551616e3",
        "123456789012345678901234567890e-30",
        "4.9e-324",
        "2.5e-324",
        "1e-400",
        "-1e-400",
        "1e99999999999",
        "0e99999999999",
        "1e-99999999999",
        "1.7976931348623157e308",
        "1.7976931348623159e308",
        "[1,]",
        "{\"a\":1,}",
        "[1 2]",
        "{\"a\" 1}",
        "{1:2}",
        "nul",
        "nulx",
        "\"\\ud83d\\ude00\"",
        "\"\\ud83dx\"",
        "\"\\ud83d\\x\"",
        "\"\\ud83d\\u0041\"",
        "\"\\udc00\"",
        "\"\\u12\"",
        "\"\\u12g4\"",
        "\"a\u{1}\"",
        "\"\\q\"",
        "[\n1,\n  2,\n  x]",
        "01",
        "1.",
        "1.e5",
        "1e",
        "1e+",
        "-",
        "-x",
        "[] x",
        &"9".repeat(400),
        &format!("0.{}", "9".repeat(400)),
        &format!("-{}.{}e-300", "1".repeat(400), "2".repeat(400)),
        &format!("{}e-330", "1".repeat(30)),
        // serde_json reads these one unit off.
        "46120001011301800000",
        "[-46120001011301800000.000]",
        "4612000101130180000.0e1",
        // A byte order mark, as Windows editors write it: skipped before the text, an
        // error anywhere else, at the column after it.
        "\u{feff}{\"a\": 1}",
        "\u{feff}\u{feff}{}",
        "{\"a\":\u{feff}1}",
        "\u{feff}{\"a\" 1}",
    ] {
        assert_eq!(agree(text), Ok(()));
    }
}

/// Pieces of JSON and of almost JSON, for texts made of them.
const PIECES: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "\"a\"",
    "\"key\":",
    "\\",
    "\\u",
    "d83d",
    "de00",
    "\\n",
    "\\\"",
    "0",
    "1",
    "9",
    "-",
    "+",
    ".",
    "e",
    "E",
    "00",
    "123",
    "18446744073709551615",
    "99999999999999999999",
    "1e308",
    "e-5",
    "true",
    "false",
    "null",
    "tru",
    "nul",
    " ",
    "\n",
    "\t",
    "\r",
    "\u{1}",
    "x",
    "é",
    "€",
    "😀",
    "\u{feff}",
];

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 20_000, ..Default::default() })]

    /// Any text made of JSON's pieces is read as serde_json reads it: the same value, or
    /// the same error at the same place.
    #[test]
    fn pieces_of_json_are_read_as_serde_json_reads_them(
        pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..24)
    ) {
        let text = pieces.concat();
        proptest::prop_assert_eq!(agree(&text), Ok(()));
    }

    /// Numbers of any length, fraction and exponent, alone and in an array.
    #[test]
    fn numbers_are_read_as_serde_json_reads_them(
        n in "-?(0|[1-9][0-9]{0,30})(\\.[0-9]{0,30})?([eE][+-]?[0-9]{1,4})?"
    ) {
        for text in [n.clone(), format!("[{n}, {n}]")] {
            proptest::prop_assert_eq!(agree(&text), Ok(()));
        }
    }
}
