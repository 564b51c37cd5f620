//! The documented semantics of the engine, one behaviour per test, on small forms.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

use form_core::{Context, Date, Form, Report};
use serde_json::{Value, json};

fn form(fields: Value, rules: Value) -> Form {
    let schema = json!({
        "format": 1, "id": "t", "version": "1", "defaultLocale": "en", "title": "t",
        "pages": [{ "id": "p", "heading": "h", "fields": fields }],
        "rules": rules,
    });
    let c = form_core::compile_value(&schema);
    assert!(c.diagnostics.is_empty(), "{:#?}", c.diagnostics);
    c.form.unwrap()
}

fn today() -> Context {
    Context {
        today: Date::parse_iso("2021-03-15").unwrap(),
    }
}

/// The diagnostics of compiling `schema` (code and pointer), and a function giving the ids
/// of the rules that refuse `data` (checking `is_valid` agrees).
fn rules_of(schema: &Value) -> (Vec<String>, impl Fn(Value) -> Vec<String>) {
    let (said, f) = diagnostics(schema);
    let f = f.unwrap();
    let rules = move |data: Value| {
        let r = f.validate(&data, &today());
        assert_eq!(r.valid, f.is_valid(&data, &today()));
        let mut ids: Vec<String> = r.issues.iter().filter_map(|i| i.rule.clone()).collect();
        ids.sort();
        ids
    };
    (said, rules)
}

/// The one helper: validate `data` and return (codes by path, cleaned submission, dropped paths).
fn check(f: &Form, data: Value) -> (Vec<String>, Value, Vec<String>) {
    let r: Report = f.validate(&data, &today());
    assert_eq!(
        r.valid,
        f.is_valid(&data, &today()),
        "fast path disagrees on {data}"
    );
    (
        r.issues
            .iter()
            .map(|i| format!("{} {}", i.path, i.code))
            .collect(),
        r.cleaned.to_value(),
        r.dropped
            .iter()
            .map(|d| format!("{} ({})", d.path, d.reason))
            .collect(),
    )
}

fn yes_no(id: &str) -> Value {
    json!({ "id": id, "type": "choice", "label": "l", "options": [{ "value": "yes", "label": "y" }, { "value": "no", "label": "n" }] })
}

#[test]
fn hidden_answers_are_dropped_and_hiding_cascades() {
    let f = form(
        json!([
            yes_no("a"),
            { "id": "b", "type": "text", "label": "l", "required": true, "visibleWhen": "a == \"yes\"" },
            { "id": "c", "type": "text", "label": "l", "required": true, "visibleWhen": "present(b)" },
        ]),
        json!([]),
    );
    let (issues, cleaned, dropped) =
        check(&f, json!({ "a": "no", "b": "secret", "c": "also secret" }));
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(cleaned, json!({ "a": "no" }));
    assert_eq!(dropped, ["b (hidden)", "c (hidden)"]);
    // Unanswered question: the dependent field is hidden, not required.
    let (issues, _, _) = check(&f, json!({}));
    assert!(issues.is_empty(), "{issues:?}");
    let (issues, _, _) = check(&f, json!({ "a": "yes" }));
    assert_eq!(issues, ["b required"]);
}

/// A `minItems` of a multi-choice asks for boxes whenever the question is shown, as a
/// group's asks for items: 1 is `required` ("What do you live on?" left blank must not
/// pass), more is `too-few-selected` with nothing ticked too; hidden, nothing is asked;
/// a `required` condition decides when they are asked for.
#[test]
fn checkboxes_with_min_items_are_asked_for_while_shown() {
    let f = form(
        json!([
            { "id": "alone", "type": "consent", "label": "l" },
            { "id": "sources", "type": "multi-choice", "label": "l", "minItems": 1, "options": [
                { "value": "work", "label": "a" }, { "value": "none", "label": "b", "exclusive": true }] },
            { "id": "days", "type": "multi-choice", "label": "l", "minItems": 2, "visibleWhen": "not alone",
              "options": [{ "value": "mon", "label": "a" }, { "value": "tue", "label": "b" }, { "value": "wed", "label": "c" }] },
            { "id": "help", "type": "multi-choice", "label": "l", "minItems": 1, "required": "alone",
              "options": [{ "value": "a", "label": "a" }, { "value": "b", "label": "b" }] },
        ]),
        json!([]),
    );
    for data in [json!({}), json!({ "sources": [], "days": null })] {
        let (issues, _, _) = check(&f, data.clone());
        assert_eq!(
            issues,
            ["sources required", "days too-few-selected"],
            "{data}"
        );
    }
    let (issues, _, _) = check(&f, json!({ "sources": ["none"], "days": ["mon"] }));
    assert_eq!(
        issues,
        ["days too-few-selected"],
        "\"None of these\" answers it"
    );
    let (issues, _, _) = check(&f, json!({ "alone": true, "sources": ["work"] }));
    assert_eq!(
        issues,
        ["help required"],
        "hidden, nothing is asked; required when alone"
    );
    // A `required` condition decides when the boxes are asked for: not here, not alone.
    let (issues, _, _) = check(&f, json!({ "sources": ["work"], "days": ["mon", "tue"] }));
    assert_eq!(issues, Vec::<String>::new());
}

/// A checkbox has no "not answered": while shown, a box not ticked reads `false` and
/// checkboxes with none ticked read as no option chosen, so that `not x` and
/// `not contains(m, "v")` can be true. Everywhere else they are no answer: not stored, not
/// `present`, required fails; hidden, they have no value at all.
#[test]
fn checkboxes_not_ticked_are_read_as_no() {
    let f = form(
        json!([
            { "id": "included", "type": "consent", "label": "l" },
            { "id": "cost", "type": "decimal", "label": "l", "required": true, "visibleWhen": "not included" },
            { "id": "benefits", "type": "multi-choice", "label": "l", "options": [
                { "value": "a", "label": "a" }, { "value": "b", "label": "b" }] },
            { "id": "household", "type": "integer", "label": "l", "required": true,
              "visibleWhen": "not contains(benefits, \"a\")" },
            { "id": "ticked", "type": "text", "label": "l", "visibleWhen": "present(included) or present(benefits)" },
        ]),
        json!([{ "id": "r", "assert": "included or cost < 100", "fields": ["cost", "included"], "message": "m" }]),
    );
    // Nothing ticked, sent as absent, `false` or an empty list: the questions show.
    for data in [
        json!({}),
        json!({ "included": false, "benefits": [] }),
        json!({ "included": "off", "benefits": null }),
    ] {
        let (issues, cleaned, dropped) = check(&f, data.clone());
        assert_eq!(issues, ["cost required", "household required"], "{data}");
        assert_eq!(cleaned, json!({}), "{data}: not stored");
        assert_eq!(dropped, Vec::<String>::new(), "{data}");
    }
    let (issues, cleaned, _) = check(
        &f,
        json!({ "included": false, "cost": "250", "household": 2, "ticked": "x" }),
    );
    assert_eq!(issues, ["cost plausibility"], "the rule reads false");
    assert_eq!(
        cleaned,
        json!({ "cost": "250", "household": 2 }),
        "`present` is false"
    );
    // Ticked: the questions go.
    let (issues, cleaned, dropped) = check(
        &f,
        json!({ "included": true, "cost": "80", "benefits": ["a"], "household": 2, "ticked": "x" }),
    );
    assert_eq!(issues, Vec::<String>::new());
    assert_eq!(
        cleaned,
        json!({ "included": true, "benefits": ["a"], "ticked": "x" })
    );
    assert_eq!(dropped, ["cost (hidden)", "household (hidden)"]);
    // Hidden, a checkbox has no value: a condition on it is unknown.
    let f = form(
        json!([
            yes_no("show"),
            { "id": "included", "type": "consent", "label": "l", "visibleWhen": "show == \"yes\"" },
            { "id": "cost", "type": "decimal", "label": "l", "visibleWhen": "not included" },
        ]),
        json!([]),
    );
    let (_, cleaned, dropped) = check(&f, json!({ "show": "no", "cost": "80" }));
    assert_eq!(cleaned, json!({ "show": "no" }));
    assert_eq!(dropped, ["cost (hidden)"]);
    let (_, cleaned, _) = check(&f, json!({ "show": "yes", "cost": "80" }));
    assert_eq!(cleaned, json!({ "show": "yes", "cost": "80" }));
}

#[test]
fn required_when_a_condition_holds() {
    let f = form(
        json!([yes_no("a"), { "id": "b", "type": "text", "label": "l", "required": "a == \"yes\"" }]),
        json!([]),
    );
    assert_eq!(check(&f, json!({ "a": "yes" })).0, ["b required"]);
    assert!(check(&f, json!({ "a": "no" })).0.is_empty());
    assert!(check(&f, json!({})).0.is_empty());
}

#[test]
fn rules_fail_only_when_the_answers_contradict_them() {
    let f = form(
        json!([
            { "id": "x", "type": "integer", "label": "l" },
            { "id": "y", "type": "text", "label": "l" },
        ]),
        json!([{ "id": "r", "assert": "x > 5 or y == \"a\"", "fields": ["x", "y"], "message": "m" }]),
    );
    assert!(
        check(&f, json!({})).0.is_empty(),
        "unknown or unknown passes"
    );
    assert!(
        check(&f, json!({ "y": "a" })).0.is_empty(),
        "unknown or true passes"
    );
    assert!(
        check(&f, json!({ "y": "b" })).0.is_empty(),
        "unknown or false is unknown: passes"
    );
    assert_eq!(check(&f, json!({ "x": 3, "y": "b" })).0, ["x plausibility"]);
    // A field with its own issue is not blamed again by a rule.
    assert_eq!(
        check(&f, json!({ "x": "three", "y": "b" })).0,
        ["x invalid-integer"]
    );
}

#[test]
fn sums_of_decimals_are_reckoned_as_people_reckon_them() {
    // Binary floating point makes 0.1 + 0.2 a little more than 0.3, and so 23 % of sums of
    // two amounts in euros and cents: a limit reached exactly would be refused.
    let f = form(
        json!([
            { "id": "a", "type": "decimal", "label": "l" },
            { "id": "b", "type": "decimal", "label": "l" },
            { "id": "limit", "type": "decimal", "label": "l" },
        ]),
        json!([
            { "id": "within", "assert": "a + b <= limit", "fields": ["a"], "message": "m" },
            { "id": "exact", "assert": "limit - a - b == 0 or a + b < limit", "fields": ["b"], "message": "m" },
        ]),
    );
    for (a, b, limit) in [
        ("0.1", "0.2", "0.3"),
        ("1250.10", "1249.90", "2500"),
        ("1234.56", "0.07", "1234.63"),
        ("99.99", "0.01", "100"),
        ("4711.17", "288.84", "5000.01"),
        ("999999.99", "0.01", "1000000"),
        ("123456789.12", "0.88", "123456790"),
        ("5000000000.1", "0.2", "5000000000.3"),
    ] {
        assert!(
            check(&f, json!({ "a": a, "b": b, "limit": limit }))
                .0
                .is_empty(),
            "{a} + {b} <= {limit}"
        );
    }
    // Every sum of two amounts with cents reaches its own total.
    let mut seed = 7u64;
    for _ in 0..2000 {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let (x, y) = ((seed >> 33) % 1_000_000, (seed >> 13) % 1_000_000);
        let cents = |n: u64| format!("{}.{:02}", n / 100, n % 100);
        let data = json!({ "a": cents(x), "b": cents(y), "limit": cents(x + y) });
        assert!(check(&f, data.clone()).0.is_empty(), "{data}");
    }
    // A total one cent lower is still refused.
    assert_eq!(
        check(
            &f,
            json!({ "a": "1250.10", "b": "1249.90", "limit": "2499.99" })
        )
        .0,
        ["a plausibility", "b plausibility"]
    );
}

#[test]
fn rules_multiply_divide_and_add_up_items() {
    let f = form(
        json!([
            { "id": "area", "type": "decimal", "label": "l" },
            { "id": "rent", "type": "decimal", "label": "l" },
            { "id": "people", "type": "integer", "label": "l" },
            { "id": "members", "type": "group", "label": "l", "fields": [
                { "id": "income", "type": "decimal", "label": "l" },
                { "id": "works", "type": "choice", "label": "l", "options": [
                    { "value": "yes", "label": "y" }, { "value": "no", "label": "n" }] },
                { "id": "pay", "type": "decimal", "label": "l", "visibleWhen": "works == \"yes\"" }
            ]},
            { "id": "total", "type": "decimal", "label": "l" },
        ]),
        json!([
            { "id": "per-m2", "assert": "rent <= 30 * area", "fields": ["rent"], "message": "m" },
            { "id": "per-head", "assert": "rent / people <= 800", "fields": ["people"], "message": "m" },
            { "id": "precedence", "assert": "area + 2 * 3 == 7 and (area + 2) * 3 == 9 and -area * 3 == -3 and 7 / 2 * area == 3.5", "fields": ["area"], "message": "m" },
            { "id": "total", "assert": "sum(members, income + pay) == total", "fields": ["total"], "message": "m" },
        ]),
    );
    let c = |data: Value| check(&f, data).0;
    assert!(
        c(json!({ "area": "1" })).is_empty(),
        "* and / before + and -"
    );
    assert_eq!(c(json!({ "area": "2" })), ["area plausibility"]);
    // 30 * 65.1 is 1952.9999999999998 in binary floating point: reckoned, 1953.
    assert_eq!(
        c(json!({ "area": "65.1", "rent": "1953" })),
        ["area plausibility"]
    );
    assert_eq!(
        c(json!({ "area": "65.1", "rent": "1953.01" })),
        ["area plausibility", "rent plausibility"]
    );
    assert!(c(json!({ "rent": "1600", "people": 2 })).is_empty());
    assert_eq!(
        c(json!({ "rent": "1600.01", "people": 2 })),
        ["people plausibility"]
    );
    // Dividing by zero is unknown: the rule passes (the answer 0 is the field's to refuse).
    assert!(c(json!({ "rent": "1600", "people": 0 })).is_empty());
    // Items add up; an unanswered amount and a hidden one add nothing; no item is 0.
    let members = json!([
        { "income": "1250.10", "works": "yes", "pay": "0.20" },
        { "income": "1249.90", "works": "no", "pay": "999" },
        { "works": "yes", "pay": "0.1" },
    ]);
    // income + pay is unknown where either is: 1250.10 + 0.20 from the first item only.
    assert!(c(json!({ "members": members, "total": "1250.3" })).is_empty());
    assert_eq!(
        c(json!({ "members": members, "total": "2500.4" })),
        ["total plausibility"]
    );
    assert_eq!(
        c(json!({ "members": [{ "income": "10", "works": "yes", "pay": "5" }], "total": "16" })),
        ["total plausibility"]
    );
    assert!(c(json!({ "total": "0" })).is_empty());
    // A packed form reckons alike.
    let again = form_core::packed::decode(&form_core::packed::encode(&f)).unwrap();
    let data = json!({ "area": "65.1", "rent": "1953.01", "members": members, "total": "1" });
    assert_eq!(again.validate(&data, &today()), f.validate(&data, &today()));
}

#[test]
fn sums_of_groups_need_a_number_per_item() {
    let compile = |assert: &str| {
        form_core::compile_value(&json!({
            "format": 1, "id": "t", "version": "1", "defaultLocale": "en", "title": "t",
            "pages": [{ "id": "p", "heading": "h", "fields": [
                { "id": "g", "type": "group", "label": "l", "fields": [
                    { "id": "born", "type": "date", "label": "l" },
                    { "id": "n", "type": "integer", "label": "l" }] },
                { "id": "x", "type": "integer", "label": "l" }
            ]}],
            "rules": [{ "id": "r", "assert": assert, "fields": ["x"], "message": "m" }],
        }))
        .diagnostics
        .iter()
        .map(|d| d.code.as_str().to_owned())
        .collect::<Vec<_>>()
    };
    assert_eq!(compile("sum(g, n) < x"), Vec::<String>::new());
    assert_eq!(compile("sum(g) < x"), ["expr-arity"]);
    assert_eq!(compile("sum(g, born) < x"), ["expr-type"]);
    assert_eq!(compile("sum(x, n) < x"), ["expr-type"]);
    assert_eq!(compile("x * \"a\" < 1"), ["expr-type"]);
}

#[test]
fn rules_are_skipped_while_a_field_they_concern_is_hidden() {
    let f = form(
        json!([yes_no("a"), { "id": "b", "type": "integer", "label": "l", "visibleWhen": "a == \"yes\"" }]),
        json!([{ "id": "r", "assert": "present(b)", "fields": ["b"], "message": "m" }]),
    );
    assert!(check(&f, json!({ "a": "no", "b": 1 })).0.is_empty());
    assert_eq!(check(&f, json!({ "a": "yes" })).0, ["b plausibility"]);
}

#[test]
fn numbers_accept_what_people_type() {
    let f = form(
        json!([
            { "id": "d", "type": "decimal", "label": "l", "min": 0, "max": 100 },
            { "id": "i", "type": "integer", "label": "l" },
        ]),
        json!([]),
    );
    let (issues, cleaned, _) = check(&f, json!({ "d": " 012,50 ", "i": "+7" }));
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(cleaned, json!({ "d": "12.50", "i": 7 }));
    assert_eq!(check(&f, json!({ "d": "1.000,5" })).0, ["d too-large"]);
    assert_eq!(check(&f, json!({ "d": "100.01" })).0, ["d too-large"]);
    assert_eq!(check(&f, json!({ "d": -0.5 })).0, ["d too-small"]);
    // The minus sign as Persian writes it (a mark of direction, U+2212), and as copied.
    assert_eq!(
        check(&f, json!({ "d": "\u{200e}\u{2212}0,5" })).0,
        ["d too-small"]
    );
    assert_eq!(check(&f, json!({ "i": "\u{2212}7" })).1, json!({ "i": -7 }));
    // A number JSON writes with an exponent is read in full.
    assert_eq!(
        check(&f, json!({ "d": 1e-7 })).1,
        json!({ "d": "0.0000001" })
    );
    assert_eq!(check(&f, json!({ "d": 1e21 })).0, ["d too-large"]);
    assert_eq!(check(&f, json!({ "i": "1e3" })).0, ["i invalid-integer"]);
    // Beyond what a field holds, typed or sent as a number: beyond its range when it has
    // one, and what was typed is kept to be shown again.
    let g = form(
        json!([{ "id": "n", "type": "integer", "label": "l", "min": 1, "max": 20 }]),
        json!([]),
    );
    let data = json!({ "n": "99999999999999999999" });
    let r = g.validate(&data, &today());
    assert_eq!(
        (r.issues[0].code.as_str(), r.issues[0].args.get("max")),
        ("too-large", Some(&form_core::Arg::Num(20.0)))
    );
    assert_eq!(r.cleaned.to_value(), data);
    assert_eq!(check(&g, json!({ "n": 1e20 })).0, ["n too-large"]);
    assert_eq!(check(&g, json!({ "n": -1e20 })).0, ["n too-small"]);
    assert_eq!(check(&g, json!({ "n": 12.5 })).0, ["n invalid-integer"]);
    assert_eq!(check(&g, json!({ "n": 20.0 })).1, json!({ "n": 20 }));
}

/// A bound and the same number typed or sent are the same number: the schema's text, the
/// answers' text and a typed decimal are read by one reader, which reads a number of up to
/// 15 significant digits as `str::parse` does, however many zeros end it (serde_json read
/// `46120001011301800000` one unit off).
#[test]
fn a_bound_and_the_same_number_typed_or_sent_are_one_number() {
    let schema = r#"{ "format": 1, "id": "t", "version": "1", "defaultLocale": "en", "title": "t",
        "pages": [{ "id": "p", "heading": "h", "fields": [
            { "id": "d", "type": "decimal", "label": "l", "max": 46120001011301800000 } ]}] }"#;
    let c = form_core::compile(schema);
    assert!(c.diagnostics.is_empty(), "{:#?}", c.diagnostics);
    let f = c.form.unwrap();
    for (answers, refused) in [
        (r#"{ "d": "46120001011301800000" }"#, false),
        (r#"{ "d": 46120001011301800000 }"#, false),
        (r#"{ "d": 4612000101130180000.0e1 }"#, false),
        (r#"{ "d": "46120001011301900000" }"#, true),
        (r#"{ "d": 46120001011301900000 }"#, true),
    ] {
        let node = form_core::json::Node::parse(answers).unwrap();
        let r = f.validate(&node, &today());
        assert_eq!(!r.valid, refused, "{answers}: {:?}", r.issues);
        if refused {
            // The bound is the number the standard library reads.
            assert_eq!(
                r.issues[0].args.get("max"),
                Some(&form_core::Arg::Num(46120001011301800000.0)),
                "{answers}"
            );
        }
    }
}

/// Numbers as people write them in our readers' languages: grouped digits are read
/// whatever the mark, and a text that is a decimal in some languages and a whole number in
/// others (`2.350` is 2350 to a German reader and 2.35 to an English one) is asked about,
/// never guessed: an income read a thousand times too small is a wrong verdict. The same
/// text reads the same for every reader (the browser and the server need not know the
/// language).
#[test]
fn numbers_are_read_alike_for_every_reader_and_never_guessed() {
    let f = form(
        json!([
            { "id": "d", "type": "decimal", "label": "l" },
            { "id": "i", "type": "integer", "label": "l" },
        ]),
        json!([]),
    );
    let read = |field: &str, typed: &str| {
        let mut data = serde_json::Map::new();
        data.insert(field.to_owned(), json!(typed));
        let data = Value::Object(data);
        let r = f.validate(&data, &today());
        assert_eq!(r.valid, f.is_valid(&data, &today()));
        match r.issues.as_slice() {
            [] => r.cleaned.to_value()[field].to_string().replace('"', ""),
            [one] => format!(
                "{} {}",
                one.code,
                serde_json::to_string(&one.args).unwrap_or_default()
            ),
            more => format!("{more:?}"),
        }
    };
    let no = "invalid-integer {}";
    let nan = "invalid-decimal {}";
    let cases = [
        // typed, as a decimal, as a whole number
        ("2350", "2350", "2350"),
        ("2,35", "2.35", no),
        ("2.35", "2.35", no),
        (
            "2.350",
            r#"ambiguous-decimal {"fraction":2.35,"whole":"2350"}"#,
            "2350",
        ),
        (
            "2,350",
            r#"ambiguous-decimal {"fraction":2.35,"whole":"2350"}"#,
            "2350",
        ),
        (
            "-12.500",
            r#"ambiguous-decimal {"fraction":-12.5,"whole":"-12500"}"#,
            "-12500",
        ),
        (
            "+123,456",
            r#"ambiguous-decimal {"fraction":123.456,"whole":"123456"}"#,
            "123456",
        ),
        // Not a thousands separator: a leading zero, more or fewer digits around it,
        // another mark that groups.
        ("0.350", "0.350", no),
        ("00,350", "0.350", no),
        (",350", "0.350", no),
        ("1234.567", "1234.567", no),
        ("2.3500", "2.3500", no),
        ("1 234.567", "1234.567", no),
        // The Arabic decimal separator says what it is; stored with one zero fewer, which
        // reads back as the same number (`2.350` would be asked about).
        ("٢٫٣٥٠", "2.35", "2350"),
        ("002.350", "2.35", no),
        // Grouped digits, with the decimal places after the other mark.
        ("2.350,00", "2350.00", "2350"),
        ("2,350.00", "2350.00", "2350"),
        // A whole number with zero decimal places is a whole number.
        ("40.0", "40.0", "40"),
        ("40,00", "40.00", "40"),
        ("40,01", "40.01", no),
        // zero has no sign
        ("-0", "0", "0"),
        ("-0,00", "0.00", "0"),
        ("-,0", "0.0", no),
        // More digits than a field holds: too large, not "not a whole number".
        ("999999999999999", "999999999999999", "999999999999999"),
        (
            "1000000000000000",
            "1000000000000000",
            r#"too-large {"max":999999999999999}"#,
        ),
        (
            "-99999999999999999999",
            "-99999999999999999999",
            r#"too-small {"min":-999999999999999}"#,
        ),
        ("0001000", "1000", "1000"),
        // In Arabic-Indic digits too: 16 digits are too large for a whole number.
        (
            "١٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠",
            "1000000000000000",
            r#"too-large {"max":999999999999999}"#,
        ),
        ("1.000.000", "1000000", "1000000"),
        ("1,000,000", "1000000", "1000000"),
        ("1 234,5", "1234.5", no),
        ("1\u{a0}234", "1234", "1234"),
        ("1\u{202f}234,56", "1234.56", no),
        ("1'234.50", "1234.50", no),
        ("1’234", "1234", "1234"),
        ("-1.234.567,5", "-1234567.5", no),
        ("١٬٢٣٤٫٥", "1234.5", no),
        ("٢٬٣٥٠", "2350", "2350"),
        // Not numbers: groups of other sizes, marks mixed, twice the decimal mark.
        ("1.234.5", nan, no),
        ("1.23.456", nan, no),
        ("12.34.567", nan, no),
        ("1234.567,5", nan, no),
        ("1.234 567", nan, no),
        ("1,000.000,5", nan, no),
        (".234.567", nan, no),
        ("1 23", nan, no),
        ("1  234", nan, no),
        ("12.", nan, no),
        ("1_000", nan, no),
        ("12,50 €", nan, no),
        ("1e3", nan, no),
    ];
    // A JSON number says what it is.
    assert_eq!(
        check(&f, json!({ "d": 12.345 })).1,
        json!({ "d": "12.3450" })
    );
    let mut wrong = Vec::new();
    for (typed, decimal, whole) in cases {
        let got = (read("d", typed), read("i", typed));
        if got != (decimal.to_owned(), whole.to_owned()) {
            wrong.push(format!("{typed:?}: {got:?}, expected ({decimal}, {whole})"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// Each answer given alone, against its stored text (`Ok`) or the code of its one issue
/// (`Err`); every row that differs is listed.
fn answers_are(f: &Form, rows: &[(&str, &str, Result<&str, &str>)]) {
    let mut wrong = Vec::new();
    for &(field, typed, want) in rows {
        let (issues, cleaned, _) = check(f, json!({ field: typed }));
        let got = match issues.as_slice() {
            [] => Ok(cleaned[field].as_str().unwrap_or_default().to_owned()),
            [one] => Err(one.split(' ').nth(1).unwrap_or_default().to_owned()),
            more => Err(format!("{more:?}")),
        };
        if got != want.map(str::to_owned).map_err(str::to_owned) {
            wrong.push(format!("{field} {typed:?}: {got:?}, expected {want:?}"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// Where the field's bounds allow only one reading of `2.350`, that one is taken: the other
/// would be refused anyway. Where both are beyond the same bound, that is the answer.
/// Where they allow both, or one is too small and the other too large, it is asked about.
#[test]
fn bounds_that_allow_one_reading_decide_it() {
    let f = form(
        json!([
            { "id": "tonnes", "type": "decimal", "label": "l", "min": 0.5, "max": 2.8 },
            { "id": "rent", "type": "decimal", "label": "l", "min": 100, "max": 5000 },
            { "id": "at_most", "type": "decimal", "label": "l", "max": 10 },
            { "id": "wide", "type": "decimal", "label": "l", "min": 1, "max": 100000 },
            { "id": "neither", "type": "decimal", "label": "l", "min": 10, "max": 20 },
            { "id": "at_least", "type": "decimal", "label": "l", "min": 5000 },
        ]),
        json!([]),
    );
    let ask = "ambiguous-decimal";
    answers_are(
        &f,
        &[
            ("tonnes", "2.350", Ok("2.35")),
            ("tonnes", "2,350", Ok("2.35")),
            ("rent", "1.200", Ok("1200")),
            ("rent", "4,500", Ok("4500")),
            ("at_most", "1.500", Ok("1.50")),
            // No zero to drop: one more.
            ("at_most", "1.235", Ok("1.2350")),
            ("at_most", "-1.500", Err(ask)),
            ("wide", "2.350", Err(ask)),
            ("neither", "2.350", Err(ask)),
            // Both beyond the same bound: refused for it, without asking.
            ("at_most", "12.500", Err("too-large")),
            ("at_most", "12,500", Err("too-large")),
            ("tonnes", "3.500", Err("too-large")),
            ("at_least", "1.200", Err("too-small")),
            ("at_least", "-4.500", Err("too-small")),
            // One too small, the other too large: asked about.
            ("neither", "9.000", Err(ask)),
            ("rent", "9.000", Err(ask)),
            ("neither", "25.000", Err("too-large")),
            // Not ambiguous: read as always, then checked.
            ("tonnes", "2,35", Ok("2.35")),
            ("rent", "1.2", Err("too-small")),
        ],
    );
    // The stored text reads back as the same number.
    let (issues, cleaned, _) = check(
        &f,
        json!({ "tonnes": "2.35", "at_most": "1.2350", "rent": "1200" }),
    );
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(
        cleaned,
        json!({ "tonnes": "2.35", "at_most": "1.2350", "rent": "1200" })
    );
}

/// `transform` on the way an answer is read: after normalisation (a letter typed as letter
/// and accent is one letter, and gets its capital), before the digits of other scripts
/// become ASCII, the pattern and the lengths. What is stored is the transformed text.
#[test]
fn transform_comes_before_the_pattern_and_the_lengths() {
    let f = form(
        json!([
            { "id": "passport", "type": "text", "label": "l", "pattern": "[A-Z0-9]+",
              "minLength": 6, "maxLength": 9, "transform": ["uppercase", "no-spaces"] },
            { "id": "plate", "type": "text", "label": "l", "pattern": "[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} [0-9]{1,4}",
              "transform": ["uppercase"] },
            { "id": "name", "type": "text", "label": "l", "transform": ["uppercase"] },
            { "id": "joined", "type": "text", "label": "l", "transform": ["no-spaces"] },
        ]),
        json!([]),
    );
    answers_are(
        &f,
        &[
            // 11 characters as typed, 9 once the spaces are gone: within maxLength.
            ("passport", "ab 123 4567", Ok("AB1234567")),
            // Arabic-Indic and Persian digits, a no-break space, a narrow one.
            ("passport", "ab\u{a0}١٢٣\u{202f}۴۵۶۷", Ok("AB1234567")),
            ("passport", "ab-12345", Err("pattern")),
            ("passport", "ab 1 2", Err("too-short")),
            ("passport", "ab 123 4567 8", Err("too-long")),
            // Spaces inside are kept without no-spaces.
            ("plate", "fü-ab 12", Ok("FÜ-AB 12")),
            // u and a combining diaeresis: one letter after normalisation, then its capital.
            ("plate", "mu\u{308}-x 1", Ok("MÜ-X 1")),
            ("plate", "b ab 12", Err("pattern")),
            // Latin beyond Latin-1 and Cyrillic in capitals too: the Turkish dotless ı is I;
            // other scripts as typed.
            ("name", "yılmaz жанна", Ok("YILMAZ ЖАННА")),
            ("name", "ağa ґєї αβ", Ok("AĞA ҐЄЇ αβ")),
            // An accent typed after a space meets its letter once the space is gone, and
            // is composed with it: what is stored reads back as itself.
            ("joined", "e \u{301}", Ok("é")),
            ("passport", "e \u{301}", Err("too-short")),
        ],
    );
    let (issues, cleaned, _) = check(&f, json!({ "joined": "é" }));
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(cleaned, json!({ "joined": "é" }));
}

#[test]
fn groups_count_items_and_check_each() {
    let f = form(
        json!([
            { "id": "born", "type": "date", "label": "l" },
            { "id": "kids", "type": "group", "label": "l", "minItems": 1, "maxItems": 2, "fields": [
                { "id": "kid_born", "type": "date", "label": "l", "required": true },
                { "id": "kid_note", "type": "text", "label": "l", "visibleWhen": "kid_born < date(\"2010-01-01\")" },
            ], "rules": [{ "id": "younger", "assert": "kid_born > born", "fields": ["kid_born"], "message": "m" }] },
            { "id": "many", "type": "consent", "label": "l", "visibleWhen": "count(kids, kid_born > date(\"2015-01-01\")) >= 2" },
        ]),
        json!([]),
    );
    assert_eq!(check(&f, json!({})).0, ["kids too-few-items"]);
    // A group sent as something else than a list has one issue, not also "too few".
    assert_eq!(
        check(&f, json!({ "kids": { "kid_born": "2016-01-01" } })).0,
        ["kids wrong-type"]
    );
    let (issues, cleaned, dropped) = check(
        &f,
        json!({ "born": "2000-01-01", "kids": [{ "kid_born": "1999-12-31", "kid_note": "n" }, { "kid_born": "2016-01-01", "kid_note": "hidden" }], "many": true }),
    );
    assert_eq!(issues, ["kids[0].kid_born plausibility"]);
    assert_eq!(dropped, ["kids[1].kid_note (hidden)", "many (hidden)"]);
    assert_eq!(
        cleaned["kids"],
        json!([{ "kid_born": "1999-12-31", "kid_note": "n" }, { "kid_born": "2016-01-01" }])
    );
    let (issues, _, dropped) = check(
        &f,
        json!({ "kids": [{ "kid_born": "2016-01-01" }, { "kid_born": "2017-01-01" }], "many": true }),
    );
    assert!(
        issues.is_empty() && dropped.is_empty(),
        "{issues:?} {dropped:?}"
    );
    assert_eq!(
        check(&f, json!({ "kids": [{}, {}, {}] })).0,
        [
            "kids too-many-items",
            "kids[0].kid_born required",
            "kids[1].kid_born required",
            "kids[2].kid_born required"
        ]
    );
}

/// Every field a rule names gives the rule's message an argument, as `form check` promises
/// the translator: its answer, a group its number of items, an empty answer empty text. A
/// message never shows a raw `{$name}` (a group's used to give nothing).
#[test]
fn every_field_a_rule_names_gives_its_message_an_argument() {
    let f = form(
        json!([
            { "id": "size", "type": "integer", "label": "l" },
            { "id": "note", "type": "text", "label": "l" },
            { "id": "kids", "type": "group", "label": "l", "fields": [
                { "id": "kid", "type": "text", "label": "l" } ] },
        ]),
        json!([{ "id": "fits", "assert": "size >= count(kids) + 1 or present(note)",
                 "fields": ["size", "kids", "note"], "message": "m" }]),
    );
    let data = json!({ "size": 1, "kids": [{ "kid": "a" }, {}] });
    let r = f.validate(&data, &today());
    let issue = r.issues.iter().find(|i| i.code == "plausibility").unwrap();
    let args = serde_json::to_value(&issue.args).unwrap();
    assert_eq!(args, json!({ "size": 1, "kids": 2, "note": "" }));
}

#[test]
fn dates_relative_to_today_and_other_fields() {
    let f = form(
        json!([
            { "id": "born", "type": "date", "label": "l", "maxDate": "today", "minDate": "add_years(today, -120)" },
            { "id": "moved", "type": "date", "label": "l", "minDate": "born", "maxDate": "date(\"2020-12-31\")" },
            { "id": "since", "type": "partial-date", "label": "l", "minDate": "born" },
        ]),
        json!([]),
    );
    assert_eq!(
        check(&f, json!({ "born": "2021-03-16" })).0,
        ["born date-too-late"]
    );
    assert_eq!(
        check(&f, json!({ "born": "1901-03-14" })).0,
        ["born date-too-early"]
    );
    assert!(check(&f, json!({ "born": "1901-03-15" })).0.is_empty());
    assert_eq!(
        check(&f, json!({ "born": "1990-05-05", "moved": "1990-05-04" })).0,
        ["moved date-too-early"]
    );
    assert!(
        check(&f, json!({ "moved": "1990-05-04" })).0.is_empty(),
        "bound from a missing field is skipped"
    );
    // A partial date is too early only if even its latest possible day is.
    assert!(
        check(&f, json!({ "born": "1990-05-05", "since": "1990-05" }))
            .0
            .is_empty()
    );
    assert_eq!(
        check(&f, json!({ "born": "1990-05-05", "since": "1990-04" })).0,
        ["since date-too-early"]
    );
    let data = json!({ "born": "2021-03-16" });
    let r = f.validate(&data, &today());
    assert_eq!(
        serde_json::to_value(&r.issues[0].args).unwrap(),
        json!({ "max": "2021-03-15" })
    );
}

#[test]
fn text_is_normalised_and_counted_as_people_see_it() {
    let f = form(
        json!([{ "id": "t", "type": "text", "label": "l", "maxLength": 3, "pattern": "[a-zé]+" }]),
        json!([]),
    );
    let (issues, cleaned, _) = check(&f, json!({ "t": " \u{202E}e\u{301}te\u{2069} " }));
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(cleaned, json!({ "t": "éte" }));
    assert_eq!(check(&f, json!({ "t": "abcd" })).0, ["t too-long"]);
    assert_eq!(check(&f, json!({ "t": "AB" })).0, ["t pattern"]);
}

#[test]
fn unknown_keys_are_dropped_and_reported() {
    let f = form(
        json!([{ "id": "t", "type": "text", "label": "l" }]),
        json!([]),
    );
    let (issues, cleaned, dropped) = check(
        &f,
        json!({ "t": "x", "tracking_id": "123", "__proto__": {} }),
    );
    assert!(issues.is_empty());
    assert_eq!(cleaned, json!({ "t": "x" }));
    assert_eq!(dropped, ["__proto__ (unknown)", "tracking_id (unknown)"]);
}

#[test]
fn a_compiled_form_can_be_shared_between_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Form>();
    assert_send_sync::<form_core::Catalog>();
}

#[test]
fn issues_of_one_field_include_the_rules_that_name_it() {
    let f = form(
        json!([{ "id": "a", "type": "integer", "label": "l", "min": 5 }, { "id": "b", "type": "integer", "label": "l" }]),
        json!([{ "id": "r", "assert": "b > a", "fields": ["b", "a"], "message": "m" }]),
    );
    let data = json!({ "a": 7, "b": 6 });
    let r = f.validate(&data, &today());
    let codes = |p: &str| r.issues_for(p).map(|i| i.code).collect::<Vec<_>>();
    assert_eq!(codes("b"), ["plausibility"]);
    assert_eq!(codes("a"), ["plausibility"]);
    let data = json!({ "a": 1 });
    let r = f.validate(&data, &today());
    assert_eq!(
        r.issues_for("a").map(|i| i.code).collect::<Vec<_>>(),
        ["too-small"]
    );
    assert_eq!(r.issues_for("b").count(), 0);
}

/// Partial dates compared with dates and with each other stand for every day they may
/// mean: a comparison is true or false when it is for all those days, else unknown (and
/// a rule that is unknown passes). `earliest` and `latest` give the first and last day.
#[test]
fn partial_dates_compare_as_the_days_they_may_mean() {
    let f = |rule: &str| {
        let schema = json!({
            "format": 1, "id": "t", "version": "1", "defaultLocale": "en", "title": "t",
            "pages": [{ "id": "p", "heading": "h", "fields": [
                { "id": "p", "type": "partial-date", "label": "l" },
                { "id": "q", "type": "partial-date", "label": "l" },
                { "id": "d", "type": "date", "label": "l" }
            ]}],
            "rules": [{ "id": "r", "assert": rule, "fields": ["p"], "message": "m" }],
        });
        form_core::compile_value(&schema).form.unwrap()
    };
    // (rule, p, q, d): true, false or unknown (which passes, like true).
    let table = [
        ("p < d", "1990", "", "1991-01-01", "true"),
        ("p < d", "1990", "", "1990-06-01", "unknown"),
        ("p < d", "1990", "", "1990-01-01", "false"),
        ("p <= d", "1990-06", "", "1990-06-30", "true"),
        ("p > d", "1990-06", "", "1990-05-31", "true"),
        ("p >= d", "1990-06", "", "1990-06-15", "unknown"),
        ("p == d", "1990-06", "", "1990-06-15", "unknown"),
        ("p == d", "1990-06", "", "1990-07-15", "false"),
        ("p == d", "1990-06-15", "", "1990-06-15", "true"),
        ("p != d", "1990-06", "", "1990-07-15", "true"),
        ("p < q", "1990", "1991-02", "", "true"),
        ("p < q", "1990", "1990-02", "", "unknown"),
        // Equal partial dates are equal as written.
        ("p == q", "1990", "1990", "", "true"),
        ("p == q", "1990", "1990-02", "", "false"),
        ("latest(p) < d", "1990", "", "1991-01-01", "true"),
        ("earliest(p) == d", "1990", "", "1990-01-01", "true"),
        ("latest(p) == d", "1990-02", "", "1990-02-28", "true"),
        ("month(p) == 2", "1990", "", "", "unknown"),
    ];
    for (rule, p, q, d, expected) in table {
        let form = f(rule);
        let mut data = serde_json::Map::new();
        for (k, v) in [("p", p), ("q", q), ("d", d)] {
            if !v.is_empty() {
                data.insert(k.into(), json!(v));
            }
        }
        let valid = form.validate(&Value::Object(data.clone()), &today()).valid;
        // The negation tells true from unknown: both pass, but only unknown passes negated.
        let negated = f(&format!("not ({rule})"))
            .validate(&Value::Object(data), &today())
            .valid;
        let got = match (valid, negated) {
            (true, false) => "true",
            (false, true) => "false",
            (true, true) => "unknown",
            (false, false) => "both fail",
        };
        assert_eq!(got, expected, "{rule} with p={p} q={q} d={d}");
    }
}

/// The compiler warns where a rule can be unknown for an answer the field accepts.
#[test]
fn rules_that_can_be_unknown_for_an_accepted_partial_date_are_warned_about() {
    let warnings = |precision: Option<&str>, rule: &str| -> Vec<String> {
        let mut field = json!({ "id": "p", "type": "partial-date", "label": "l" });
        if let Some(pr) = precision {
            field["precision"] = json!(pr);
        }
        let schema = json!({
            "format": 1, "id": "t", "version": "1", "defaultLocale": "en", "title": "t",
            "pages": [{ "id": "pg", "heading": "h", "fields": [field,
                { "id": "d", "type": "date", "label": "l" }] }],
            "rules": [{ "id": "r", "assert": rule, "fields": ["p"], "message": "m" }],
        });
        form_core::compile_value(&schema)
            .diagnostics
            .iter()
            .map(|d| format!("{} {:?}", d.code, d.args.get("precision")))
            .collect()
    };
    assert_eq!(warnings(None, "p < d").len(), 1);
    assert_eq!(warnings(None, "month(p) == 2").len(), 1);
    assert_eq!(
        warnings(Some("year-month"), "month(p) == 2"),
        Vec::<String>::new()
    );
    assert_eq!(warnings(Some("year-month"), "p < d").len(), 1);
    assert_eq!(warnings(Some("full"), "p < d"), Vec::<String>::new());
    assert_eq!(warnings(None, "latest(p) < d"), Vec::<String>::new());
    assert_eq!(warnings(None, "year(p) > 1990"), Vec::<String>::new());
}

/// Every function the documentation lists (`expr::FUNCTIONS`) compiles with the
/// arguments it documents, and none is missing from the list.
#[test]
fn the_documented_functions_are_the_functions() {
    let examples = [
        ("age", "age(d) >= 18"),
        ("years_between", "years_between(d, e) > 1"),
        ("days_between", "days_between(d, e) > 1"),
        ("add_days", "add_days(d, 30) < e"),
        ("add_months", "add_months(d, -1) < e"),
        ("add_years", "add_years(d, 27) > e"),
        ("year", "year(p) > 1990"),
        ("month", "month(d) == 6"),
        ("earliest", "earliest(p) < d"),
        ("latest", "latest(p) > d"),
        ("date", "d > date(\"2021-06-30\")"),
        ("time", "h < time(\"9:30\")"),
        (
            "minutes_between",
            "minutes_between(h, value_or(h, time(\"12:00\"))) < 60",
        ),
        ("len", "len(t) < 10"),
        ("starts_with", "starts_with(t, \"DE\")"),
        ("contains", "contains(m, \"a\")"),
        ("present", "present(t)"),
        (
            "count",
            "count(g) > 0 and count(g, x == \"a\") < 2 and count(m) < 2",
        ),
        ("sum", "sum(g, len(x)) < 100"),
        (
            "value_or",
            "value_or(len(t), 0) + value_or(years_between(d, value_or(e, today)), 0) < 9",
        ),
    ];
    let documented: Vec<&str> = form_core::expr::FUNCTIONS.iter().map(|f| f.0).collect();
    let tried: Vec<&str> = examples.iter().map(|e| e.0).collect();
    assert_eq!(documented, tried);
    for (name, expr) in examples {
        let schema = json!({
            "format": 1, "id": "t", "version": "1", "defaultLocale": "en", "title": "t",
            "pages": [{ "id": "pg", "heading": "h", "fields": [
                { "id": "d", "type": "date", "label": "l" },
                { "id": "e", "type": "date", "label": "l" },
                { "id": "p", "type": "partial-date", "precision": "year", "label": "l" },
                { "id": "t", "type": "text", "label": "l" },
                { "id": "h", "type": "time", "label": "l" },
                { "id": "m", "type": "multi-choice", "label": "l", "options": [{ "value": "a", "label": "a" }] },
                { "id": "g", "type": "group", "label": "l", "fields": [{ "id": "x", "type": "text", "label": "l" }] }
            ]}],
            "rules": [{ "id": "r", "assert": expr, "fields": ["t"], "message": "m" }],
        });
        let c = form_core::compile_value(&schema);
        let problems: Vec<_> = c
            .diagnostics
            .iter()
            .filter(|d| d.code != form_core::DiagCode::RuleFieldNotUsed)
            .collect();
        assert!(problems.is_empty(), "{name}: {expr}: {problems:#?}");
    }
}

/// Only the answers a `visibleWhen` reads can change what is shown; typing into any other
/// field needs no visibility evaluation.
#[test]
fn the_fields_that_drive_visibility_are_known() {
    let f = form(
        json!([
            yes_no("a"),
            { "id": "b", "type": "text", "label": "l", "visibleWhen": "a == \"yes\"" },
            { "id": "c", "type": "text", "label": "l" },
            { "id": "g", "type": "group", "label": "l", "fields": [
                { "id": "kind", "type": "text", "label": "l" },
                { "id": "note", "type": "text", "label": "l", "visibleWhen": "kind == \"x\"" },
                { "id": "other", "type": "text", "label": "l" }
            ]},
            { "id": "d", "type": "text", "label": "l", "visibleWhen": "count(g, other == \"y\") > 0" }
        ]),
        json!([]),
    );
    let by_id = |id: &str| {
        let i = f.fields.iter().position(|d| *d.id == *id).unwrap();
        f.drives_visibility(i)
    };
    assert!(by_id("a"));
    assert!(!by_id("b") && !by_id("c") && !by_id("note") && !by_id("d"));
    assert_eq!(
        (by_id("kind"), by_id("g"), by_id("other")),
        (true, true, true)
    );
}

/// `value_or(x, y)` is `x` when it has a value, else `y`: a hidden or unanswered amount
/// counts as 0 in a sum, where on its own it makes the sum unknown and the rule pass.
#[test]
fn value_or_gives_hidden_and_missing_answers_a_value() {
    let schema = json!({
        "format": 1, "id": "t", "version": "1", "defaultLocale": "en", "title": "t",
        "pages": [{ "id": "p", "heading": "h", "fields": [
            { "id": "works", "type": "consent", "label": "l" },
            { "id": "income", "type": "decimal", "label": "l", "visibleWhen": "works" },
            { "id": "members", "type": "group", "label": "l", "fields": [
                { "id": "member_income", "type": "decimal", "label": "l" } ] },
            { "id": "name", "type": "text", "label": "l" },
        ] }],
        "rules": [
            { "id": "limit", "assert": "value_or(income, 0) + sum(members, member_income) <= 6000",
              "fields": ["members"], "message": "m" },
            { "id": "unguarded", "assert": "income + sum(members, member_income) <= 6000",
              "fields": ["members"], "message": "m" },
            { "id": "named", "assert": "value_or(name, \"x\") != \"nobody\"", "fields": ["name"], "message": "m" },
        ],
    });
    // The unguarded rule is unknown while the income is hidden: `form check` says so.
    let (said, rules) = rules_of(&schema);
    assert_eq!(said, ["rule-unknown-when-hidden /rules/1/assert"]);
    let rich = json!([{ "member_income": "10000" }]);
    // Hidden income: counts as 0 with value_or; without it the rule is unknown and passes.
    assert_eq!(
        rules(json!({ "works": false, "income": "5", "members": rich })),
        ["limit"]
    );
    // Shown but not answered: the same.
    assert_eq!(rules(json!({ "works": true, "members": rich })), ["limit"]);
    // Answered: both rules read it.
    assert_eq!(
        rules(json!({ "works": true, "income": "100", "members": rich })),
        ["limit", "unguarded"]
    );
    assert!(
        rules(json!({ "works": true, "income": "100", "members": [{ "member_income": "50" }] }))
            .is_empty()
    );
    assert_eq!(rules(json!({ "name": "nobody" })), ["named"]);
    assert!(rules(json!({})).is_empty());
    // The fallback has the first argument's type.
    let c = form_core::compile_value(&json!({
        "format": 1, "id": "t", "version": "1", "defaultLocale": "en", "title": "t",
        "pages": [{ "id": "pg", "heading": "h", "fields": [
            { "id": "n", "type": "decimal", "label": "l" },
            { "id": "b", "type": "consent", "label": "l" } ] }],
        "rules": [
            { "id": "r1", "assert": "value_or(n, \"0\") > 1", "fields": ["n"], "message": "m" },
            { "id": "r2", "assert": "value_or(b, true)", "fields": ["b"], "message": "m" } ],
    }));
    let codes: Vec<String> = c
        .diagnostics
        .iter()
        .map(|d| format!("{} {}", d.code, d.pointer))
        .collect();
    assert_eq!(
        codes,
        ["expr-type /rules/0/assert", "expr-type /rules/1/assert"]
    );
}

/// Options valued "1" to "n".
fn numbered_options(n: u32) -> Vec<Value> {
    (1..=n)
        .map(|k| json!({ "value": k.to_string(), "label": "l" }))
        .collect()
}

/// `count(x)` of a multi-choice is the number of options chosen (an option sent twice
/// counts once); while it is hidden, 0, as a hidden group's items. Counting with a
/// condition, or `sum`, is for groups only.
#[test]
fn count_of_a_multi_choice_is_the_options_chosen() {
    let options = numbered_options(5);
    let schema = json!({
        "format": 1, "id": "t", "version": "1", "defaultLocale": "en", "title": "t",
        "pages": [{ "id": "p", "heading": "h", "fields": [
            { "id": "alone", "type": "consent", "label": "l" },
            { "id": "asked", "type": "consent", "label": "l" },
            { "id": "months", "type": "multi-choice", "label": "l", "options": options,
              "visibleWhen": "asked" },
            { "id": "kids", "type": "group", "label": "l", "fields": [
                { "id": "days", "type": "multi-choice", "label": "l", "options": options } ],
              "rules": [{ "id": "kid-days", "assert": "count(days) != 4", "fields": ["days"], "message": "m" }] },
        ] }],
        "rules": [
            { "id": "three", "assert": "count(months) <= 3 or alone", "fields": ["months", "alone"], "message": "m" },
            { "id": "some", "assert": "count(months) > 0 or alone", "fields": ["alone"], "message": "m" },
        ],
    });
    let (said, rules) = rules_of(&schema);
    assert!(said.is_empty(), "{said:?}");
    let f = form_core::compile_value(&schema).form.unwrap();
    assert!(rules(json!({ "asked": true, "months": ["1", "2", "3"] })).is_empty());
    assert_eq!(
        rules(json!({ "asked": true, "months": ["1", "2", "3", "5"] })),
        ["three"]
    );
    assert!(
        rules(json!({ "asked": true, "alone": true, "months": ["1", "2", "3", "5"] })).is_empty()
    );
    // Repeats count once, and an option after them is kept.
    let repeats = json!({ "asked": true, "months": ["1", "1", "1", "1", "1", "1", "1", "2"] });
    let r = f.validate(&repeats, &today());
    assert!(r.valid, "{:?}", r.issues);
    assert_eq!(r.cleaned.to_value()["months"], json!(["1", "2"]));
    // None ticked, and hidden (its answer dropped): 0.
    assert_eq!(rules(json!({ "asked": true })), ["some"]);
    assert_eq!(rules(json!({ "asked": false, "months": ["1"] })), ["some"]);
    // In a group item.
    assert_eq!(
        rules(
            json!({ "asked": true, "months": ["1"], "kids": [{ "days": ["1", "2", "3", "4"] }, { "days": ["1"] }] })
        ),
        ["kid-days"]
    );
    // `form check` tries a count with every number of options, however many there are
    // (every set of 14 options would be 16,384 tries): a rule it can never fail, and a
    // question it can never show, are said.
    let many = numbered_options(14);
    let warned = json!({
        "format": 1, "id": "t", "version": "1", "defaultLocale": "en", "title": "t",
        "pages": [{ "id": "p", "heading": "h", "fields": [
            { "id": "alone", "type": "consent", "label": "l" },
            { "id": "months", "type": "multi-choice", "label": "l", "options": many },
            { "id": "why", "type": "text", "label": "l", "visibleWhen": "count(months) > 14" },
            { "id": "why_not", "type": "text", "label": "l", "visibleWhen": "count(months) > 13 and not alone" },
        ] }],
        "rules": [
            { "id": "all", "assert": "count(months) <= 14", "fields": ["months"], "message": "m" },
            { "id": "twelve", "assert": "count(months) <= 12 or alone", "fields": ["months", "alone"], "message": "m" },
        ],
    });
    let (said, _) = rules_of(&warned);
    assert_eq!(
        said,
        [
            "never-shown /pages/0/fields/2/visibleWhen",
            "rule-never-fails /rules/0/assert"
        ]
    );
    // Not with a condition, and not for sum.
    for (assert, expected) in [
        ("count(months, true) > 0", "group"),
        ("sum(months, 1) > 0", "group"),
        ("count(alone) > 0", "group-or-set"),
    ] {
        let mut bad = schema.clone();
        bad["rules"] =
            json!([{ "id": "r", "assert": assert, "fields": ["alone"], "message": "m" }]);
        let c = form_core::compile_value(&bad);
        let d = c.diagnostics.first().expect(assert);
        assert_eq!(d.code, form_core::DiagCode::ExprType, "{assert}");
        assert_eq!(
            d.args.get("expected").map(ToString::to_string),
            Some(expected.to_owned()),
            "{assert}"
        );
    }
}

#[test]
fn times_are_read_as_people_write_them_and_compared_within_a_day() {
    let f = form(
        json!([
            { "id": "opens", "type": "time", "label": "l", "minTime": "time(\"06:00\")", "maxTime": "time(\"22:00\")" },
            { "id": "closes", "type": "time", "label": "l", "minTime": "opens" },
            { "id": "late", "type": "consent", "label": "l", "visibleWhen": "closes > time(\"20:00\")" },
        ]),
        json!([
            { "id": "short", "assert": "minutes_between(opens, closes) >= 30", "fields": ["closes", "opens"], "message": "m" },
        ]),
    );
    // Stored as HH:MM, whatever the applicant wrote (Arabic digits, 12 hours, Uhr).
    let (issues, cleaned, _) = check(
        &f,
        json!({ "opens": "٨.٣٠", "closes": "9pm", "late": true }),
    );
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(
        cleaned,
        json!({ "opens": "08:30", "closes": "21:00", "late": true })
    );
    let (_, cleaned, dropped) = check(
        &f,
        json!({ "opens": "8 Uhr", "closes": "1930", "late": true }),
    );
    assert_eq!(cleaned, json!({ "opens": "08:00", "closes": "19:30" }));
    assert_eq!(dropped, ["late (hidden)"]);
    // Bounds: fixed, and another answer.
    assert_eq!(
        check(&f, json!({ "opens": "5:59" })).0,
        ["opens time-too-early"]
    );
    assert_eq!(
        check(&f, json!({ "opens": "22:01" })).0,
        ["opens time-too-late"]
    );
    assert_eq!(
        check(&f, json!({ "opens": "10:00", "closes": "09:59" })).0,
        ["closes time-too-early"],
        "a rule is not judged on an answer already refused"
    );
    assert_eq!(
        check(&f, json!({ "opens": "10:00", "closes": "10:29" })).0,
        ["closes plausibility"]
    );
    // Not a time: kept as typed, for correction, and no rule judges it.
    let (issues, cleaned, _) = check(&f, json!({ "opens": "10:00", "closes": "24:00" }));
    assert_eq!(issues, ["closes invalid-time"]);
    assert_eq!(cleaned, json!({ "opens": "10:00", "closes": "24:00" }));
    assert_eq!(
        check(&f, json!({ "opens": ["10:00"] })).0,
        ["opens wrong-type"]
    );
    let data = json!({ "opens": "23:00" });
    let r = f.validate(&data, &today());
    assert_eq!(
        serde_json::to_value(&r.issues[0].args).unwrap(),
        json!({ "max": "22:00" })
    );
    let data = json!({ "opens": "10:00", "closes": "10:10" });
    let r = f.validate(&data, &today());
    let rule = r.issues.iter().find(|i| i.rule.is_some()).unwrap();
    assert_eq!(
        serde_json::to_value(&rule.args).unwrap(),
        json!({ "opens": "10:00", "closes": "10:10" })
    );
}

#[test]
fn times_are_type_checked() {
    let said = |fields: Value, rules: Value| {
        let schema = json!({
            "format": 1, "id": "t", "version": "1", "defaultLocale": "en", "title": "t",
            "pages": [{ "id": "p", "heading": "h", "fields": fields }], "rules": rules,
        });
        let c = form_core::compile_value(&schema);
        c.diagnostics
            .iter()
            .map(|d| format!("{} {}", d.code, d.pointer))
            .collect::<Vec<_>>()
    };
    let t = |id: &str| json!({ "id": id, "type": "time", "label": "l" });
    assert_eq!(
        said(
            json!([{ "id": "a", "type": "time", "label": "l", "minTime": "time(\"22:00\")", "maxTime": "time(\"6:00\")" }]),
            json!([])
        ),
        ["invalid-range /pages/0/fields/0/minTime"]
    );
    assert_eq!(
        said(
            json!([{ "id": "a", "type": "time", "label": "l", "minTime": "time(\"25:00\")" }]),
            json!([])
        ),
        ["expr-invalid-time /pages/0/fields/0/minTime"]
    );
    for (assert, code) in [
        ("a > 600", "expr-type"),
        ("a > \"10:00\"", "expr-type"),
        ("a + 30 > b", "expr-type"),
        ("minutes_between(a, 10) > 0", "expr-type"),
        ("a > today", "expr-type"),
    ] {
        assert_eq!(
            said(
                json!([t("a"), t("b")]),
                json!([{ "id": "r", "assert": assert, "fields": ["a"], "message": "m" }])
            ),
            [format!("{code} /rules/0/assert")],
            "{assert}"
        );
    }
    assert!(
        said(json!([t("a"), t("b")]), json!([{ "id": "r", "assert": "value_or(a, time(\"9:00\")) <= b", "fields": ["a"], "message": "m" }]))
            .is_empty()
    );
    // A time (or a date) written as a text is said with how to write it.
    for (fields, assert, found) in [
        (json!([t("a")]), "a > \"10:00\"", "time-text"),
        (
            json!([{ "id": "a", "type": "date", "label": "l" }]),
            "a > \"2021-01-01\"",
            "date-text",
        ),
    ] {
        let schema = json!({
            "format": 1, "id": "t", "version": "1", "defaultLocale": "en", "title": "t",
            "pages": [{ "id": "p", "heading": "h", "fields": fields }],
            "rules": [{ "id": "r", "assert": assert, "fields": ["a"], "message": "m" }],
        });
        let c = form_core::compile_value(&schema);
        let args = serde_json::to_value(&c.diagnostics[0].args).unwrap();
        assert_eq!(args["found"], found, "{assert}");
    }
}

#[test]
fn times_in_group_items_are_read_and_counted() {
    let f = form(
        json!([
            { "id": "shifts", "type": "group", "label": "l", "itemLabel": "l", "fields": [
                { "id": "starts", "type": "time", "label": "l", "required": true },
                { "id": "ends", "type": "time", "label": "l", "minTime": "starts" },
            ] },
        ]),
        json!([
            { "id": "one-night", "assert": "count(shifts, starts >= time(\"22:00\")) <= 1",
              "fields": ["shifts"], "message": "m" },
        ]),
    );
    let (issues, cleaned, _) = check(
        &f,
        json!({ "shifts": [{ "starts": "22.30", "ends": "23 Uhr" }, { "starts": "8am", "ends": "7:59" }] }),
    );
    assert_eq!(issues, ["shifts[1].ends time-too-early"]);
    assert_eq!(
        cleaned,
        json!({ "shifts": [{ "starts": "22:30", "ends": "23:00" }, { "starts": "08:00", "ends": "07:59" }] })
    );
    let (issues, _, _) = check(
        &f,
        json!({ "shifts": [{ "starts": "22:00" }, { "starts": "23:15" }] }),
    );
    assert_eq!(issues, ["shifts plausibility"]);
}

/// An option that stands alone (`"exclusive": true`, GOV.UK's "None of these"): alone it
/// is an answer; with any other option the answer is refused (`exclusive-option`, its
/// `$option` the value, said by its label), in a group item too, and whatever `maxItems`
/// says; ticking it clears the other boxes and ticking another clears it
/// (`Options::toggle`, what a renderer does). It is for a multi-choice only, and a
/// boolean.
#[test]
fn an_option_that_stands_alone_is_refused_with_others() {
    let options = json!([
        { "value": "salary", "label": "s" }, { "value": "pension", "label": "p" },
        { "value": "none", "label": "n", "exclusive": true } ]);
    let f = form(
        json!([
            { "id": "sources", "type": "multi-choice", "label": "l", "options": options, "maxItems": 3 },
            { "id": "kids", "type": "group", "label": "l", "fields": [
                { "id": "kid_sources", "type": "multi-choice", "label": "l", "options": options } ] },
        ]),
        json!([]),
    );
    let codes = |data: Value| check(&f, data).0;
    assert!(codes(json!({ "sources": ["none"] })).is_empty());
    assert!(codes(json!({ "sources": ["salary", "pension"] })).is_empty());
    assert_eq!(
        codes(json!({ "sources": ["salary", "none"] })),
        ["sources exclusive-option"]
    );
    assert_eq!(
        codes(json!({ "sources": ["none", "salary", "pension"] })),
        ["sources exclusive-option"]
    );
    assert_eq!(
        codes(
            json!({ "kids": [{ "kid_sources": ["none"] }, { "kid_sources": ["pension", "none"] }] })
        ),
        ["kids[1].kid_sources exclusive-option"]
    );
    let both = json!({ "sources": ["pension", "none"] });
    let r = f.validate(&both, &today());
    assert_eq!(
        r.issues[0].args.get("option"),
        Some(&form_core::Arg::from("none"))
    );

    // What ticking does.
    let opts = f.field("sources").unwrap().kind.options().unwrap();
    let tick = |before: Value, value: &str, on: bool| {
        let mut list = before.as_array().unwrap().clone();
        opts.toggle(&mut list, value, on);
        Value::Array(list)
    };
    assert_eq!(
        tick(json!(["salary", "pension"]), "none", true),
        json!(["none"])
    );
    assert_eq!(tick(json!(["none"]), "salary", true), json!(["salary"]));
    assert_eq!(
        tick(json!(["salary"]), "pension", true),
        json!(["salary", "pension"])
    );
    assert_eq!(
        tick(json!(["salary", "pension"]), "salary", false),
        json!(["pension"])
    );
    assert_eq!(tick(json!(["none"]), "none", false), json!([]));

    // Only a multi-choice's option stands alone, and only `true` or `false` says so; it
    // comes after the ordinary options (a warning), and can be ticked alone (`minItems`
    // of 2 would refuse it alone and with others: an error).
    let multi = |options: Value, min: u32| json!({ "id": "c", "type": "multi-choice", "label": "l", "minItems": min, "options": options });
    let o = |v: &str, alone: bool| json!({ "value": v, "label": "l", "exclusive": alone });
    for (field, said) in [
        (
            multi(json!([o("a", false), o("none", true), o("dk", true)]), 1),
            vec![],
        ),
        (
            multi(json!([o("none", true), o("a", false)]), 1),
            vec!["exclusive-not-last /pages/0/fields/0/options/0"],
        ),
        (
            multi(json!([o("a", false), o("b", false), o("none", true)]), 2),
            vec!["exclusive-min-items /pages/0/fields/0/minItems"],
        ),
    ] {
        let schema = json!({
            "format": 1, "id": "t", "version": "1", "defaultLocale": "en", "title": "t",
            "pages": [{ "id": "p", "heading": "h", "fields": [field] }],
        });
        assert_eq!(diagnostics(&schema).0, said);
    }
    // Hundreds of boxes are a long way on a phone (a warning where they come from); the
    // 14 months of a parental allowance are not.
    let long = |field: Value| {
        diagnostics(&json!({
            "format": 1, "id": "t", "version": "1", "defaultLocale": "en", "title": "t",
            "pages": [{ "id": "p", "heading": "h", "fields": [field] }],
        }))
        .0
    };
    assert_eq!(
        long(json!({ "id": "c", "type": "multi-choice", "label": "l", "codeList": "countries" })),
        vec!["long-checkbox-list /pages/0/fields/0/codeList"]
    );
    let months: Vec<Value> = (1..=31).map(|m| o(&format!("m{m}"), false)).collect();
    assert_eq!(
        long(multi(json!(months), 1)),
        vec!["long-checkbox-list /pages/0/fields/0/options"]
    );
    assert_eq!(long(multi(json!(months[..30]), 1)), Vec::<String>::new());
    // The same of radios: a select is the way to ask for one of the countries.
    assert_eq!(
        long(json!({ "id": "c", "type": "choice", "label": "l", "codeList": "countries" })),
        vec!["long-radio-list /pages/0/fields/0/codeList"]
    );
    assert_eq!(
        long(
            json!({ "id": "c", "type": "choice", "label": "l", "codeList": "countries", "widget": "select" })
        ),
        Vec::<String>::new()
    );
    for (field, said) in [
        (
            json!({ "id": "c", "type": "choice", "label": "l", "options": options }),
            "not-applicable /pages/0/fields/0/options/2/exclusive",
        ),
        (
            json!({ "id": "c", "type": "multi-choice", "label": "l", "options": [
            { "value": "a", "label": "a", "exclusive": "yes" }] }),
            "json-shape /pages/0/fields/0/options/0/exclusive",
        ),
    ] {
        let schema = json!({
            "format": 1, "id": "t", "version": "1", "defaultLocale": "en", "title": "t",
            "pages": [{ "id": "p", "heading": "h", "fields": [field] }],
        });
        let (diags, _) = diagnostics(&schema);
        assert_eq!(diags, [said]);
    }
}

/// The diagnostics of compiling `schema` (code and pointer), and the form if it compiled.
fn diagnostics(schema: &Value) -> (Vec<String>, Option<Form>) {
    let c = form_core::compile_value(schema);
    let said = c
        .diagnostics
        .iter()
        .map(|d| format!("{} {}", d.code, d.pointer))
        .collect();
    (said, c.form)
}

/// A rule waits while an answer it reads was typed but could not be read: `value_or` would
/// put its fallback in place of what was typed, and a sum would leave it out, so a minimum
/// would refuse someone whose amount is only asked about (`1.200`: 1200 or 1.2?).
#[test]
fn rules_wait_for_answers_they_could_not_read() {
    let schema = json!({
        "format": 1, "id": "t", "version": "1", "defaultLocale": "en", "title": "t",
        "pages": [{ "id": "p", "heading": "h", "fields": [
            { "id": "income", "type": "decimal", "label": "l" },
            { "id": "members", "type": "group", "label": "l", "fields": [
                { "id": "member_income", "type": "decimal", "label": "l" } ] },
            { "id": "household", "type": "integer", "label": "l", "min": 1 },
        ] }],
        "rules": [
            { "id": "own", "assert": "value_or(income, 0) >= 300 * household",
              "fields": ["household"], "message": "m" },
            { "id": "all", "assert": "value_or(income, 0) + sum(members, member_income) >= 300 * household",
              "fields": ["household"], "message": "m" },
        ],
    });
    let (said, rules) = rules_of(&schema);
    assert!(said.is_empty(), "{said:?}");
    let members = |m: &[&str]| {
        json!(
            m.iter()
                .map(|v| json!({ "member_income": v }))
                .collect::<Vec<_>>()
        )
    };
    // Read, and too little: both refuse.
    assert_eq!(
        rules(json!({ "income": "100", "members": members(&["100"]), "household": 2 })),
        ["all", "own"]
    );
    // Not answered: 0, as value_or says.
    assert_eq!(rules(json!({ "household": 1 })), ["all", "own"]);
    // Typed but not read (asked about, or no number): the rules that read it wait.
    for typed in ["1.200", "abc", "12 Euro 50"] {
        assert!(
            rules(json!({ "income": typed, "members": members(&["100"]), "household": 2 }))
                .is_empty(),
            "{typed}"
        );
        assert_eq!(
            rules(json!({ "income": "100", "members": members(&["50", typed]), "household": 2 })),
            ["own"],
            "{typed}"
        );
    }
    // And the issue the applicant hears is the answer's own.
    let compiled = form_core::compile_value(&schema);
    let f = compiled.form.unwrap();
    let data = json!({ "income": "1.200", "household": 5 });
    let r = f.validate(&data, &today());
    let codes: Vec<String> = r
        .issues
        .iter()
        .map(|i| format!("{} {}", i.path, i.code))
        .collect();
    assert_eq!(codes, ["income ambiguous-decimal"]);
}
