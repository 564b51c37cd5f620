//! JSON text refused is said as its author needs it: what they most likely did, and the
//! column as an editor counts it (characters, not bytes). Each case: the text, then
//! `line:column problem`.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

use form_core::json::Node;

fn check(text: &str, expect: &str) {
    let e = Node::parse(text).unwrap_err();
    let d = e.described(text);
    assert_eq!(
        format!("{}:{} {}", d.line, d.column, d.problem),
        expect,
        "{text}"
    );
}

#[test]
fn what_an_author_did_is_named() {
    check("{\n  // the form\n  \"id\": \"x\"\n}", "2:3 comment");
    check("{\"id\": \"x\" /* note */}", "1:12 comment");
    check("{\n  'id': 'x'\n}", "2:3 single-quotes");
    check("{\"id\": 'x'}", "1:8 single-quotes");
    check("{\n  “id”: “x”\n}", "2:3 typographic-quotes");
    check("{\"id\": „x“}", "1:8 typographic-quotes");
    check("{\"id\": \"x\",\n}", "2:1 extra-comma");
    check("[1, 2,]", "1:7 extra-comma");
    check("{\"id\": \"x\",, \"v\": 1}", "1:12 extra-comma");
    check(
        "{\n  \"id\": \"x\"\n  \"v\": 1\n}",
        "3:3 missing-comma-object",
    );
    check("[1 2]", "1:4 missing-comma-list");
    check("{\"id\" \"x\"}", "1:7 expected-colon");
    check("{\"id\" , \"x\"}", "1:7 expected-colon");
    check("{\"id\" 'x'}", "1:7 expected-colon");
    check("{id: \"x\"}", "1:2 key-not-string");
    check("{\"id\": x}", "1:8 expected-value");
    check("{\"id\": tru}", "1:11 expected-value");
    check("{\"id\": \"a\\qb\"}", "1:11 invalid-escape");
    check("{\"n\": 01}", "1:8 invalid-number");
    check("{\"n\": 1e999}", "1:11 invalid-number");
    check("{\"label\": \"two\nlines\"}", "2:0 line-break-in-text");
    check("{\"id\": \"x\"}}", "1:12 after-the-end");
    check("{\"pages\": [\n  {\"id\": \"a\"}\n", "3:0 unclosed");
    check("{\"id\": \"x", "1:9 unclosed");
    check(&"[".repeat(200), "1:128 too-deep");
}

/// Columns count characters: a German label before the place does not move it.
#[test]
fn columns_count_characters_not_bytes() {
    check("{\"label\": \"Größe\" \"x\"}", "1:19 missing-comma-object");
    check("\u{feff}{\"label\": \"Größe\",}", "1:19 extra-comma");
}
