//! Property tests: the engine never panics on any schema, expression or submission, and
//! its verdicts are deterministic, agree with the fast path and clean idempotently.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

mod common;

use std::sync::OnceLock;

use form_core::{Context, Date, Form};
use proptest::prelude::*;
use serde_json::{Map, Value, json};

fn lea() -> &'static Form {
    static FORM: OnceLock<Form> = OnceLock::new();
    FORM.get_or_init(|| form_core::compile(&common::lea_schema()).form.unwrap())
}

fn lea_json() -> &'static Value {
    static V: OnceLock<Value> = OnceLock::new();
    V.get_or_init(|| serde_json::from_str(&common::lea_schema()).unwrap())
}

/// Every example form's schema and every type test form's, as JSON values.
fn all_schemas() -> &'static [Value] {
    static V: OnceLock<Vec<Value>> = OnceLock::new();
    V.get_or_init(|| {
        let mut dirs = common::examples();
        dirs.extend(form_files::forms_in(&common::root().join("tests/types")).unwrap());
        dirs.iter()
            .map(|d| serde_json::from_str(&d.read_schema().unwrap()).unwrap())
            .collect()
    })
}

/// Strings that hit the interesting paths: digits, dates, bidi controls, combining marks.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[0-9]{1,4}(-[0-9]{1,2}){0,2}",
        "[ a-zA-Z0-9@.,+\\-/()]{0,20}",
        "[\u{202A}-\u{202E}\u{2066}-\u{2069}\u{200C}\u{200D}e\u{301} ]{0,8}",
        // What JSON writes as structure, inside a text.
        "[\"\\\\:,{}\\[\\] \n\t\u{7}é😀]{0,8}",
        Just("GB".to_owned()),
        Just("yes".to_owned()),
        Just("child".to_owned()),
    ]
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        text().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    text(),
                    "(day|month|year|id|type|label)".prop_map(String::from)
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Submissions shaped like the registration form: its keys with arbitrary values.
fn submission() -> impl Strategy<Value = Value> {
    let keys: Vec<String> = lea()
        .fields
        .iter()
        .map(|f| f.id.as_ref().to_owned())
        .chain(["junk".to_owned()])
        .collect();
    let item_keys = keys.clone();
    let member = prop::collection::btree_map(prop::sample::select(item_keys), json_value(), 0..6)
        .prop_map(|m| Value::Object(m.into_iter().collect::<Map<_, _>>()));
    let value = prop_oneof![4 => json_value(), 1 => prop::collection::vec(member, 0..4).prop_map(Value::Array)];
    prop::collection::btree_map(prop::sample::select(keys), value, 0..30)
        .prop_map(|m| Value::Object(m.into_iter().collect()))
}

fn ctx(days: i64) -> Context {
    Context {
        today: Date::from_days(days).unwrap(),
    }
}

/// A pseudo-random place in `v`: the index taken at each level, from the top.
fn place(v: &Value, mut choice: usize) -> Vec<usize> {
    let mut path = Vec::new();
    let mut cur = v;
    loop {
        let len = match cur {
            Value::Object(m) => m.len(),
            Value::Array(a) => a.len(),
            _ => 0,
        };
        if len == 0 || choice.is_multiple_of(4) {
            return path;
        }
        let i = (choice / 4) % len;
        choice /= 7;
        path.push(i);
        cur = match cur {
            Value::Object(m) => m.values().nth(i).unwrap(),
            Value::Array(a) => &a[i],
            _ => unreachable!(),
        };
    }
}

/// Replaces the value at a pseudo-random place in `v` ([`place`]) with `with`.
fn mutate(v: &mut Value, choice: usize, with: Value) {
    let mut cur = v;
    for i in place(cur, choice) {
        cur = match cur {
            Value::Object(m) => m.values_mut().nth(i).unwrap(),
            Value::Array(a) => &mut a[i],
            _ => unreachable!(),
        };
    }
    *cur = with;
}

/// The value at a pseudo-random place in `v` ([`place`]).
fn pick(v: &Value, choice: usize) -> &Value {
    place(v, choice).into_iter().fold(v, |cur, i| match cur {
        Value::Object(m) => m.values().nth(i).unwrap(),
        Value::Array(a) => &a[i],
        _ => unreachable!(),
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// The CLI's pretty report is the compact text indented: the same bytes as serde_json's
    /// own pretty printer, whatever the texts hold.
    #[test]
    fn indenting_compact_json_is_serde_json_pretty(v in json_value()) {
        let compact = serde_json::to_string(&v).unwrap();
        prop_assert_eq!(form_core::render::pretty(&compact), serde_json::to_string_pretty(&v).unwrap());
    }

    #[test]
    fn compiling_arbitrary_json_never_panics(v in json_value()) {
        let _ = form_core::compile_value(&v);
        let _ = form_core::compile(&v.to_string());
    }

    #[test]
    fn compiling_a_damaged_real_schema_never_panics(choice in any::<usize>(), with in json_value()) {
        let mut v = lea_json().clone();
        mutate(&mut v, choice, with);
        let c = form_core::compile_value(&v);
        if let Some(form) = c.form {
            let _ = form.validate(&json!({ "birth_date": "1980-01-01" }), &ctx(18_000));
        }
    }

    /// Every real form, damaged in one to three places (a value replaced by another, an
    /// expression by another form's, a field by another): compiling, its lints (the tries
    /// of every answer among them), packing and validating never panic.
    #[test]
    fn compiling_any_damaged_form_never_panics(
        which in any::<usize>(),
        damage in prop::collection::vec((any::<usize>(), any::<usize>(), json_value()), 1..4),
    ) {
        let all = all_schemas();
        let mut v = all[which % all.len()].clone();
        for (choice, donor, with) in damage {
            // Half of the time a piece of another real form: names and expressions that
            // mean something, in a place they were not written for.
            let with = if donor % 2 == 0 {
                pick(&all[donor / 2 % all.len()], donor / 7).clone()
            } else {
                with
            };
            mutate(&mut v, choice, with);
        }
        let c = form_core::compile_value(&v);
        if let Some(form) = c.form {
            let packed = form_core::packed::encode(&form);
            let _ = form_core::packed::decode(&packed);
            let _ = form.validate(&json!({}), &ctx(18_000));
        }
    }

    #[test]
    fn arbitrary_expressions_never_panic(src in prop_oneof![
        any::<String>(),
        "[a-z_ ()\\[\\],<>=!+\\-\"0-9]{0,60}",
        prop::collection::vec(prop::sample::select(vec![
            "birth_date", "nationality", "family_members", "member_birth_date", "other_languages", "today", "and", "or", "not",
            "in", "(", ")", "[", "]", ",", "==", "<=", ">", "-", "+", "1", "\"GB\"", "age(", "count(", "present(", "value_or(", "date(\"2020-01-01\")",
        ]), 0..30).prop_map(|t| t.join(" ")),
    ]) {
        let mut v = lea_json().clone();
        v["pages"][0]["fields"][0]["visibleWhen"] = Value::String(src.clone());
        v["rules"][0]["assert"] = Value::String(src);
        let c = form_core::compile_value(&v);
        if let Some(form) = c.form {
            let _ = form.validate(&json!({ "nationality": "GB", "birth_date": "1980-01-01" }), &ctx(18_000));
        }
    }

    #[test]
    fn validation_never_panics_is_deterministic_and_cleans_idempotently(data in submission(), days in -700_000i64..2_900_000) {
        let form = lea();
        let c = ctx(days);
        let a = form.validate(&data, &c);
        let b = form.validate(&data, &c);
        prop_assert_eq!(&a, &b);
        prop_assert_eq!(a.valid, form.is_valid(&data, &c));
        // Visibility alone (which reads only the fields conditions read) says what a full
        // evaluation says.
        prop_assert_eq!(form.visibility(&data, &c), form.evaluate(&data, &c).1);
        // The cleaned answers are borrowed from the submission where reading changed
        // nothing: owning their text changes nothing, and each is found under its own key.
        let stored = a.cleaned.to_value();
        prop_assert_eq!(&a.cleaned.clone().into_owned().to_value(), &stored);
        for k in a.cleaned.keys() {
            prop_assert_eq!(a.cleaned.get(k), stored.get(k).cloned());
        }
        // Cleaning is idempotent: the cleaned submission cleans to itself.
        let again = form.validate(&stored, &c);
        prop_assert_eq!(&again.cleaned, &a.cleaned);
        prop_assert!(again.dropped.is_empty(), "{:?}", again.dropped);
        // Nothing outside the form survives.
        for k in a.cleaned.keys() {
            prop_assert!(form.field(k).is_some_and(|f| f.parent.is_none()));
        }
    }

    #[test]
    fn validating_arbitrary_json_never_panics(data in json_value()) {
        let _ = lea().validate(&data, &ctx(18_000));
    }

    /// JSON text read into a `Node` (strings borrowed, objects as lists of pairs) is
    /// validated as the same text read into a `Value`: report, verdict and visibility.
    /// Both by form-core's reader, which every side reads with (serde_json's rounds some
    /// long numbers twice: `7938029858395751.0`).
    #[test]
    fn text_read_into_a_node_validates_as_into_a_value(
        data in prop_oneof![submission(), json_value()],
        days in 0i64..40_000,
    ) {
        let (form, c) = (lea(), ctx(days));
        let text = serde_json::to_string(&data).unwrap();
        let value: Value = form_core::json::parse_value(&text).unwrap();
        let node = form_core::json::Node::parse(&text).unwrap();
        prop_assert_eq!(form.validate(&node, &c), form.validate(&value, &c));
        prop_assert_eq!(form.is_valid(&node, &c), form.is_valid(&value, &c));
        prop_assert_eq!(form.visibility(&node, &c), form.visibility(&value, &c));
        use form_core::json::Json;
        prop_assert_eq!(node.to_value(), value);
    }

    #[test]
    fn normalisation_is_idempotent_and_strips_bidi_controls_and_fillers(s in text(), multiline in any::<bool>()) {
        let once = form_core::text::normalize(&s, multiline);
        prop_assert_eq!(form_core::text::normalize(&once, multiline), once.clone());
        prop_assert!(!once.chars().any(form_core::text::is_bidi_control));
        prop_assert!(!once.chars().any(form_core::text::is_invisible_filler));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    /// The normalisation is the one its documentation gives, written as replacements rather
    /// than the engine's one pass: CR LF, then a lone CR, as one line break; line breaks and
    /// tabs kept in multi-line text, else spaces; every other control, directional control
    /// and invisible filler removed; NFC by the reference implementation; trimmed.
    #[test]
    fn normalisation_is_the_documented_one(s in prop_oneof![
        text(),
        "[a-zäöüß\u{300}\u{301}\u{627}\u{64E}\r\n\t\u{0}\u{85}\u{200F}\u{2067}\u{AD}\u{200B}\u{200C}\u{2060}\u{FEFF} ]{0,16}",
    ], multiline in any::<bool>()) {
        use unicode_normalization::UnicodeNormalization;
        let mut plain = s.replace("\r\n", "\n").replace('\r', "\n");
        if !multiline {
            plain = plain.replace(['\n', '\t'], " ");
        }
        plain.retain(|c| {
            use form_core::text::{is_bidi_control, is_invisible_filler};
            matches!(c, '\n' | '\t')
                || !(c.is_control() || is_bidi_control(c) || is_invisible_filler(c))
        });
        let expected: String = plain.nfc().collect();
        prop_assert_eq!(form_core::text::normalize(&s, multiline), expected.trim());
    }

    /// Our table-light NFC gives exactly what the reference implementation gives.
    #[test]
    fn nfc_matches_the_reference(s in prop_oneof![
        any::<String>(),
        "[a-zA-Z\u{300}-\u{36F}\u{1100}-\u{1112}\u{1161}-\u{1175}\u{11A8}-\u{11C2}\u{AC00}-\u{AC20}\u{591}-\u{5C7}\u{610}-\u{61A}\u{64B}-\u{65F}\u{900}-\u{97F}\u{F71}-\u{F84}ÅåÄäÖöÜüé\u{212B}\u{1E00}-\u{1EFF}]{0,12}",
    ]) {
        use unicode_normalization::UnicodeNormalization;
        prop_assert_eq!(form_core::text::nfc(&s), s.nfc().collect::<String>());
    }
}

/// Patterns built from the supported syntax.
fn pattern() -> impl Strategy<Value = String> {
    let atom = prop_oneof![
        prop::sample::select(vec!["a", "b", "c", "0", "1", "-", "_", " ", "x"])
            .prop_map(String::from),
        prop::sample::select(vec![
            "[a-c]", "[^ab]", "[0-9x]", "[\\w-]", "\\d", "\\w", "\\D", "\\W", ".", "[a\\-c]"
        ])
        .prop_map(String::from),
    ];
    atom.prop_recursive(4, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 1..4).prop_map(|v| v.join("")),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("(?:{a}|{b})")),
            inner.clone().prop_map(|a| format!("({a})")),
            (
                inner,
                prop::sample::select(vec!["*", "+", "?", "{0,2}", "{1}", "{2,}", "{1,3}"])
            )
                .prop_map(|(a, q)| format!("(?:{a}){q}")),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    /// The pattern engine agrees with a general regex engine on the supported syntax.
    #[test]
    fn patterns_agree_with_a_regex_engine(p in pattern(), inputs in prop::collection::vec("[abc01\\- _x]{0,8}", 1..6)) {
        let ours = form_core::pattern::Pattern::new(&p).expect("supported syntax");
        let reference = regex_lite::Regex::new(&format!("^(?:{p})$")).expect("valid regex");
        for s in inputs {
            prop_assert_eq!(ours.is_match(&s), reference.is_match(&s), "pattern {:?} on {:?}", p, s);
        }
    }

    /// Any text as a pattern: an error or a working automaton, never a panic.
    #[test]
    fn arbitrary_patterns_never_panic(p in any::<String>(), s in any::<String>()) {
        if let Ok(pat) = form_core::pattern::Pattern::new(&p) {
            let _ = pat.is_match(&s);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 20_000, ..ProptestConfig::default() })]

    /// Numbers in messages are written as Rust's `Display` writes them, for every kind of
    /// `f64` (any bit pattern: subnormal, huge, negative zero, NaN, infinite): never in
    /// exponent notation, with the shortest digits that read back as the same number. Up to
    /// 15 significant digits (every number a person types or a schema holds) the text is
    /// the same; with 16 or 17, where two shortest texts read back the same, the last digit
    /// may be the other one (serde_json's algorithm does not always pick the closer).
    #[test]
    fn numbers_are_written_as_display_writes_them(bits in any::<u64>()) {
        let n = f64::from_bits(bits);
        let mut ours = String::new();
        form_core::diag::write_number(&mut ours, n);
        let display = n.to_string();
        let significant = |t: &str| {
            t.chars().filter(char::is_ascii_digit).collect::<String>()
                .trim_start_matches('0').trim_end_matches('0').len()
        };
        if n.is_nan() || n.is_infinite() || significant(&display) <= 15 {
            prop_assert_eq!(ours, display);
        } else {
            prop_assert_eq!(ours.parse::<f64>().ok(), Some(n));
            prop_assert_eq!(ours.len(), display.len());
            prop_assert!(!ours.contains('e'));
        }
    }

    /// And for the numbers messages usually get: small integers and short decimals.
    #[test]
    fn everyday_numbers_are_written_as_display_writes_them(i in -100_000i64..100_000, d in 0u32..4) {
        let n = i as f64 / 10f64.powi(d as i32);
        let mut ours = String::new();
        form_core::diag::write_number(&mut ours, n);
        prop_assert_eq!(ours, n.to_string());
    }
}

#[test]
fn numbers_at_the_edges_are_written_as_display_writes_them() {
    for n in [
        0.0,
        -0.0,
        1.0,
        1e15,
        1e16,
        1e21,
        1e22,
        1.5e-7,
        5e-324,
        f64::MAX,
        f64::MIN,
        f64::MIN_POSITIVE,
        0.1 + 0.2,
        123.456,
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        9_007_199_254_740_993.0,
    ] {
        let mut ours = String::new();
        form_core::diag::write_number(&mut ours, n);
        assert_eq!(ours, n.to_string(), "{n:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 20_000, ..ProptestConfig::default() })]

    /// Decimals are read as the standard library reads them, exactly, up to 15 significant
    /// digits (and 22 decimal places); beyond, within one unit in the last place.
    #[test]
    fn decimals_are_read_as_the_standard_library_reads_them(
        neg in any::<bool>(),
        whole in "[0-9]{1,20}",
        fraction in proptest::option::of("(0{0,20})[0-9]{1,12}"),
    ) {
        let text = format!("{}{whole}{}", if neg { "-" } else { "" }, fraction.as_ref().map(|f| format!(".{f}")).unwrap_or_default());
        let std: f64 = text.parse().unwrap();
        let ours = form_core::diag::parse_number(&text).unwrap();
        let significant = format!("{whole}{}", fraction.unwrap_or_default());
        let significant = significant.trim_start_matches('0').trim_end_matches('0').len();
        let places = text.split_once('.').map_or(0, |(_, f)| f.trim_end_matches('0').len());
        if significant <= 15 && places <= 22 {
            prop_assert_eq!(ours.to_bits(), std.to_bits(), "{}", text);
        } else {
            let ulp = (f64::from_bits(std.abs().to_bits() + 1) - std.abs()).abs();
            prop_assert!((ours - std).abs() <= ulp, "{} {} {}", text, ours, std);
        }
    }
}

/// A decimal and a whole number, for the number readers.
fn numbers() -> &'static Form {
    static FORM: OnceLock<Form> = OnceLock::new();
    FORM.get_or_init(|| {
        let schema = serde_json::json!({
            "format": 1, "id": "n", "version": "1", "defaultLocale": "en", "title": "t",
            "pages": [{ "id": "p", "heading": "h", "fields": [
                { "id": "d", "type": "decimal", "label": "l" },
                { "id": "i", "type": "integer", "label": "l" },
            ]}],
        });
        form_core::compile_value(&schema).form.unwrap()
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 5_000, ..ProptestConfig::default() })]

    /// Texts made of what numbers are typed with (digits of two scripts, signs, every
    /// separator and grouping mark): reading never panics, the fast path agrees, and what
    /// an accepted answer is stored as reads back as itself, with no issue (a stored
    /// decimal is never asked about).
    #[test]
    fn typed_numbers_read_back_as_themselves(
        t in prop_oneof![
            "[-+\u{2212}]?[0-9١٢٣.,'’ \u{a0}\u{202f}٫٬]{0,12}",
            // Shaped like numbers: runs of digits between marks.
            "[-+\u{2212}]?[0-9١٢٣]{0,4}([.,'’ \u{a0}٫٬][0-9١٢٣]{1,4}){0,3}",
        ],
        as_number in any::<bool>(),
    ) {
        let form = numbers();
        let c = ctx(18_000);
        for field in ["d", "i"] {
            let raw = match (as_number, t.replace(',', ".").parse::<f64>()) {
                (true, Ok(n)) if n.is_finite() => serde_json::json!(n),
                _ => Value::String(t.clone()),
            };
            let data = Value::Object(Map::from_iter([(field.to_owned(), raw)]));
            let r = form.validate(&data, &c);
            prop_assert_eq!(r.valid, form.is_valid(&data, &c));
            if !r.valid {
                continue;
            }
            let stored = r.cleaned.to_value();
            let again = form.validate(&stored, &c);
            prop_assert!(again.valid, "{:?} stored as {} is refused: {:?}", t, stored, again.issues);
            prop_assert_eq!(again.cleaned.to_value(), stored);
        }
    }
}

#[test]
fn only_plain_decimals_are_numbers() {
    let n = form_core::diag::parse_number;
    assert_eq!(n("007.50"), Some(7.5));
    assert_eq!(n("-0"), Some(-0.0));
    assert_eq!(n("12"), Some(12.0));
    for bad in [
        "", "-", ".5", "5.", "+5", "1e5", " 5", "5 ", "inf", "NaN", "0x10", "1,5", "١٢",
    ] {
        assert_eq!(n(bad), None, "{bad:?}");
    }
}

/// A condition over a choice, a box, a small multi-choice and a whole number, from a
/// grammar that can
/// contradict itself (`k == "a" and k == "b"`) or always hold (`k != "a" or k != "b"`).
fn finite_condition() -> impl Strategy<Value = String> {
    let atom = prop_oneof![
        Just(r#"k == "a""#.to_owned()),
        Just(r#"k == "b""#.to_owned()),
        Just(r#"k != "c""#.to_owned()),
        Just(r#"k in ["a", "c"]"#.to_owned()),
        Just("present(k)".to_owned()),
        Just("agree".to_owned()),
        Just(r#"contains(extras, "x")"#.to_owned()),
        Just(r#"contains(extras, "y")"#.to_owned()),
        Just("present(extras)".to_owned()),
        Just("true".to_owned()),
        Just("n > 3".to_owned()),
        Just("n <= 2".to_owned()),
        Just("n == 5".to_owned()),
        Just("4.5 < n".to_owned()),
        Just("n in [1, 7]".to_owned()),
        Just("present(n)".to_owned()),
    ];
    atom.prop_recursive(3, 12, 2, |inner| {
        prop_oneof![
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("({a}) and ({b})")),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("({a}) or ({b})")),
            inner.prop_map(|a| format!("not ({a})")),
        ]
    })
}

/// Every answer the four fields can be given, each also left out (whole numbers from -2
/// to 10: the conditions compare with numbers from 1 to 7).
fn every_answer() -> Vec<Value> {
    let extras: [Option<Vec<&str>>; 5] = [
        None,
        Some(vec![]),
        Some(vec!["x"]),
        Some(vec!["y"]),
        Some(vec!["x", "y"]),
    ];
    let mut all = Vec::new();
    for k in [None, Some("a"), Some("b"), Some("c")] {
        for agree in [None, Some(true), Some(false)] {
            for e in &extras {
                for n in std::iter::once(None).chain((-2..=10).map(Some)) {
                    let mut m = Map::new();
                    if let Some(k) = k {
                        m.insert("k".into(), json!(k));
                    }
                    if let Some(a) = agree {
                        m.insert("agree".into(), json!(a));
                    }
                    if let Some(e) = e {
                        m.insert("extras".into(), json!(e));
                    }
                    if let Some(n) = n {
                        m.insert("n".into(), json!(n));
                    }
                    all.push(Value::Object(m));
                }
            }
        }
    }
    all
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// `never-shown` and `rule-never-fails` are exact where every answer can be tried: a
    /// question is reported never shown exactly when no submission shows it, and a rule
    /// never failing exactly when no submission fails it (a whole number compared with
    /// numbers written in the condition is tried on either side of each).
    #[test]
    fn conditions_never_true_are_found_exactly(shown in finite_condition(), assert in finite_condition()) {
        let fields = json!([
            { "id": "k", "type": "choice", "label": "l", "options": [
                { "value": "a", "label": "o" }, { "value": "b", "label": "o" }, { "value": "c", "label": "o" }] },
            { "id": "agree", "type": "consent", "label": "l" },
            { "id": "extras", "type": "multi-choice", "label": "l", "options": [
                { "value": "x", "label": "o" }, { "value": "y", "label": "o" }] },
            { "id": "n", "type": "integer", "label": "l" }
        ]);
        warned_exactly(fields, &shown, &assert, &every_answer())?;
    }
}

/// Compiles a form of `fields`, a text shown when `shown`, and a rule asserting `assert`
/// (shown at `k`), and checks that `never-shown` and `rule-never-fails` are said exactly
/// when none of `answers` shows the text, or fails the rule.
fn warned_exactly(
    fields: Value,
    shown: &str,
    assert: &str,
    answers: &[Value],
) -> Result<(), TestCaseError> {
    let mut fields = fields.as_array().cloned().unwrap_or_default();
    fields.push(json!({ "id": "t", "type": "text", "label": "l", "visibleWhen": shown }));
    let schema = json!({
        "format": 1, "id": "f", "version": "1", "defaultLocale": "en", "title": "t",
        "pages": [{ "id": "p", "heading": "h", "fields": fields }],
        "rules": [{ "id": "r", "assert": assert, "fields": ["k"], "message": "m" }]
    });
    let compiled = form_core::compile_value(&schema);
    let form = compiled.form.as_ref().unwrap();
    let said = |code: &str| compiled.diagnostics.iter().any(|d| d.code.as_str() == code);
    let ctx = ctx(20_000);
    let ever_shown = answers.iter().any(|a| form.visibility(a, &ctx).field("t"));
    let ever_fails = answers.iter().any(|a| {
        form.validate(a, &ctx)
            .issues
            .iter()
            .any(|i| i.rule.as_deref() == Some("r"))
    });
    prop_assert_eq!(said("never-shown"), !ever_shown, "{}", shown);
    prop_assert_eq!(said("rule-never-fails"), !ever_fails, "{}", assert);
    Ok(())
}

/// A condition over a decimal, compared with numbers written in it, and a choice.
fn decimal_condition() -> impl Strategy<Value = String> {
    let atom = prop_oneof![
        Just("d > 1.5".to_owned()),
        Just("d <= 2.25".to_owned()),
        Just("d == 3".to_owned()),
        Just("2.75 < d".to_owned()),
        Just("d >= 4".to_owned()),
        Just("d in [1.5, 4]".to_owned()),
        Just("d != 2.25".to_owned()),
        Just("present(d)".to_owned()),
        Just(r#"k == "a""#.to_owned()),
    ];
    atom.prop_recursive(3, 12, 2, |inner| {
        prop_oneof![
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("({a}) and ({b})")),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("({a}) or ({b})")),
            inner.prop_map(|a| format!("not ({a})")),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// The same for decimals: tried at each number written in the condition, between each
    /// two and beyond both ends, a decimal condition is reported never true exactly when
    /// no amount (here every eighth from -1 to 6, which falls in each of those stretches)
    /// makes it true.
    #[test]
    fn decimal_conditions_never_true_are_found_exactly(shown in decimal_condition(), assert in decimal_condition()) {
        let fields = json!([
            { "id": "k", "type": "choice", "label": "l", "options": [
                { "value": "a", "label": "o" }, { "value": "b", "label": "o" }] },
            { "id": "d", "type": "decimal", "label": "l" }
        ]);
        let mut answers = Vec::new();
        for k in [None, Some("a"), Some("b")] {
            for d in std::iter::once(None).chain((-8..=48).map(|i| Some(f64::from(i) / 8.0))) {
                let mut m = Map::new();
                if let Some(k) = k {
                    m.insert("k".into(), json!(k));
                }
                if let Some(d) = d {
                    m.insert("d".into(), json!(d));
                }
                answers.push(Value::Object(m));
            }
        }
        warned_exactly(fields, &shown, &assert, &answers)?;
    }
}

proptest! {
    /// Any text as a time: a time of day or none, never a panic; every time of day written
    /// as it is stored (`HH:MM`), and in 12 hours with `am` or `pm`, reads back as itself.
    #[test]
    fn times_read_back_and_never_panic(s in any::<String>(), m in 0u16..1440, dot in any::<bool>()) {
        use form_core::types::time::{parse_time, time_text};
        if let Some(t) = parse_time(&s) {
            prop_assert!(t < 1440, "{:?} read as {}", s, t);
        }
        prop_assert_eq!(parse_time(&time_text(m)), Some(m));
        let (h, half) = (m / 60 % 12, if m < 720 { "am" } else { "pm" });
        let twelve = format!("{}{}{:02} {half}", if h == 0 { 12 } else { h }, if dot { "." } else { ":" }, m % 60);
        prop_assert_eq!(parse_time(&twelve), Some(m), "{}", twelve);
    }
}
