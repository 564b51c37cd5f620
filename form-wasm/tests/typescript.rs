//! The TypeScript declarations (`types.d.ts`) say what crosses the boundary; form-core's
//! serde says what really does. This test keeps them equal: for every declared
//! interface, a fully filled value has exactly the declared properties, and a minimal one
//! at least the required ones; every union of codes lists exactly form-core's codes.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

use std::collections::{BTreeMap, BTreeSet};

use form_core::codes::{DiagCode, DropReason, IssueCode};
use form_core::flow::{Next, Row, Section, Send};
use form_core::wire::{Accepted, Envelope, ErrorCode, Refusal, WireIssue};
use form_core::{Arg, Args, Dropped, Issue, Report, Shown, Visibility, VisibleItem};
use serde_json::{Value, json};

/// `interface Name { a: T; b?: T; }` → name → property → optional.
fn interfaces(ts: &str) -> BTreeMap<String, BTreeMap<String, bool>> {
    let mut out = BTreeMap::new();
    let mut rest = ts;
    while let Some(i) = rest.find("export interface ") {
        let after = &rest[i + "export interface ".len()..];
        let name: String = after.chars().take_while(|c| c.is_alphanumeric()).collect();
        let open = after.find('{').unwrap();
        let mut depth = 0;
        let mut close = open;
        for (i, c) in after.char_indices().skip(open) {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ => {}
            }
            if depth == 0 {
                close = i;
                break;
            }
        }
        let body = &after[open + 1..close];
        let mut props = BTreeMap::new();
        for part in body.split([';', '\n']) {
            let part = part.trim();
            if part.is_empty() || part.starts_with("/*") || part.starts_with('*') {
                continue;
            }
            if let Some((key, _)) = part.split_once(':') {
                let key = key.trim();
                let (key, optional) = match key.strip_suffix('?') {
                    Some(k) => (k, true),
                    None => (key, false),
                };
                props.insert(key.to_owned(), optional);
            }
        }
        out.insert(name, props);
        rest = &after[close..];
    }
    out
}

/// `export type Name = | "a" | "b";` → the strings.
fn union(ts: &str, name: &str) -> BTreeSet<String> {
    let start = ts.find(&format!("export type {name} =")).unwrap();
    let end = start + ts[start..].find(';').unwrap();
    ts[start..end]
        .split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

/// The `kind`s of a tagged union, each with its properties.
fn variants(ts: &str, name: &str) -> BTreeMap<String, BTreeSet<String>> {
    let start = ts.find(&format!("export type {name} =")).unwrap();
    let end = start + ts[start..].find(";\n").unwrap();
    let mut out = BTreeMap::new();
    for v in ts[start..end].split("| {").skip(1) {
        let body = v.split('}').next().unwrap();
        let mut kind = String::new();
        let mut props = BTreeSet::new();
        for p in body.split(';') {
            let Some((k, t)) = p.split_once(':') else {
                continue;
            };
            let k = k.trim().to_owned();
            if k == "kind" {
                kind = t.trim().trim_matches('"').to_owned();
            }
            props.insert(k);
        }
        out.insert(kind, props);
    }
    out
}

fn keys(v: &Value) -> BTreeSet<String> {
    v.as_object().unwrap().keys().cloned().collect()
}

fn check(all: &BTreeMap<String, BTreeMap<String, bool>>, name: &str, full: Value, minimal: Value) {
    let declared = all
        .get(name)
        .unwrap_or_else(|| panic!("no interface {name}"));
    let every: BTreeSet<String> = declared.keys().cloned().collect();
    let required: BTreeSet<String> = declared
        .iter()
        .filter(|(_, opt)| !**opt)
        .map(|(k, _)| k.clone())
        .collect();
    assert_eq!(
        keys(&full),
        every,
        "{name}: a full value has other properties than declared"
    );
    let min = keys(&minimal);
    assert!(
        required.is_subset(&min),
        "{name}: required {required:?}, a minimal value has {min:?}"
    );
    assert!(min.is_subset(&every), "{name}: {min:?} not all declared");
}

fn args() -> Args {
    let mut a = Args::new();
    a.insert("max".into(), Arg::Num(3.0));
    a
}

fn issue(full: bool) -> Issue {
    Issue {
        path: "email".into(),
        code: IssueCode::Plausibility,
        message: "m".into(),
        label: full.then(|| "l".into()),
        rule: full.then(|| "r".into()),
        fields: if full { vec!["a".into()] } else { Vec::new() },
        args: args(),
    }
}

#[test]
fn declarations_match_the_serde_shapes() {
    let ts = form_wasm::TYPES;
    let all = interfaces(ts);
    let v = |x: &dyn Erased| x.json();
    check(&all, "Issue", v(&issue(true)), v(&issue(false)));
    let wire = |full| WireIssue::new(issue(full), if full { "t".into() } else { String::new() });
    check(&all, "WireIssue", v(&wire(true)), v(&wire(false)));
    let dropped = Dropped {
        path: "a".into(),
        reason: DropReason::Hidden,
    };
    check(&all, "Dropped", v(&dropped), v(&dropped));
    let report = Report {
        valid: false,
        issues: vec![issue(true)],
        cleaned: Default::default(),
        dropped: vec![dropped],
    };
    check(&all, "Report", v(&report), v(&report));
    let item = VisibleItem {
        path: "a".into(),
        visible: true,
    };
    check(&all, "VisibleItem", v(&item), v(&item));
    let vis = Visibility {
        pages: vec![item.clone()],
        fields: vec![item],
    };
    check(&all, "Visibility", v(&vis), v(&vis));
    let envelope = Envelope {
        form_id: "f".into(),
        schema_version: "1".into(),
        locale: "de".into(),
        idempotency_key: "k".into(),
        submission: json!({}),
    };
    check(&all, "Envelope", v(&envelope), v(&envelope));
    let accepted = Accepted {
        reference: "R".into(),
    };
    check(&all, "Accepted", v(&accepted), v(&accepted));
    let full = Refusal {
        error: ErrorCode::Invalid,
        issues: vec![wire(true)],
        locale: Some("de".into()),
        expected: Some("1".into()),
        max: Some(3),
        line: Some(1),
        column: Some(2),
        problem: Some("comment".into()),
    };
    check(&all, "Refusal", v(&full), v(&Refusal::new(ErrorCode::Busy)));
    let section = Section {
        page: 0,
        heading: "h".into(),
        rows: Vec::new(),
    };
    check(&all, "Section", v(&section), v(&section));
}

#[test]
fn tagged_unions_match() {
    let ts = form_wasm::TYPES;
    let shape = |v: Value| -> (String, BTreeSet<String>) {
        (v["kind"].as_str().unwrap().to_owned(), keys(&v))
    };
    let cases: Vec<(&str, Vec<Value>)> = vec![
        (
            "Next",
            vec![
                json!(Next::Stay { issues: vec![] }),
                json!(Next::Page {
                    page: 1,
                    issues: vec![]
                }),
                json!(Next::Check),
            ],
        ),
        (
            "Send",
            vec![
                json!(Send::Send),
                json!(Send::Fix {
                    page: None,
                    issues: vec![]
                }),
            ],
        ),
        (
            "Shown",
            vec![
                json!(Shown::Nothing),
                json!(Shown::Text { text: "a".into() }),
                json!(Shown::Number { text: "1.5".into() }),
                json!(Shown::Date {
                    year: 2000,
                    month: None,
                    day: None
                }),
                json!(Shown::Options { labels: vec![] }),
                json!(Shown::Yes),
                json!(Shown::No),
                json!(Shown::Items { count: 2 }),
            ],
        ),
        (
            "Row",
            vec![
                json!(Row::Answer {
                    path: "a".into(),
                    label: "l".into(),
                    value: Shown::Yes
                }),
                json!(Row::Item {
                    label: "l".into(),
                    number: 1
                }),
            ],
        ),
    ];
    for (name, values) in cases {
        let declared = variants(ts, name);
        let made: BTreeMap<String, BTreeSet<String>> = values.into_iter().map(shape).collect();
        assert_eq!(made, declared, "{name}");
    }
}

#[test]
fn code_unions_list_every_code() {
    let ts = form_wasm::TYPES;
    let names = |all: Vec<&str>| all.into_iter().map(str::to_owned).collect::<BTreeSet<_>>();
    assert_eq!(
        union(ts, "IssueCode"),
        names(IssueCode::ALL.iter().map(|c| c.as_str()).collect())
    );
    assert_eq!(
        union(ts, "ErrorCode"),
        names(ErrorCode::ALL.iter().map(|c| c.as_str()).collect())
    );
    // Diagnostics carry their code as a plain string (authors' tools show it).
    assert!(!DiagCode::ALL.is_empty());
}

/// Any serialisable value as JSON.
trait Erased {
    fn json(&self) -> Value;
}
impl<T: serde::Serialize> Erased for T {
    fn json(&self) -> Value {
        serde_json::to_value(self).unwrap()
    }
}
