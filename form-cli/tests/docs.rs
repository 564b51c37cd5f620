//! The guides in `docs/` stay true: `docs/reference.md` is generated from the engine's
//! tables, and every snippet in the guides is checked.
//!
//! A fenced block is checked by its info string:
//! - `json form`: a whole schema; it compiles without errors;
//! - `json fields`: fields (an object or a list); in a one-page form they compile;
//! - `json rules`: a list of rules, checked against the fields of the block `json fields`
//!   before it;
//! - `json envelope`: a submission as the embed posts it (`form_core::wire::Envelope`);
//! - `ftl`: a Fluent file; it parses without errors;
//! - `sh`: each `form ...` or `form-server ...` line (also as `cargo run ... --`) uses only
//!   subcommands and flags the program has;
//! - `html`: every `data-` attribute is one the embed reads.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

mod common;

use common::root;

use serde_json::{Value, json};

#[test]
fn the_reference_is_generated_from_the_engine() {
    let path = root().join("docs/reference.md");
    let fresh = form_cli::reference_markdown();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(&path, &fresh).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "docs/reference.md is stale: UPDATE_DOCS=1 cargo test -p form-cli --test docs"
    );
}

/// (info string, text, line) of every fenced block.
fn blocks(text: &str) -> Vec<(String, String, usize)> {
    let mut out = Vec::new();
    let mut current: Option<(String, String, usize)> = None;
    for (n, line) in text.lines().enumerate() {
        let t = line.trim_start();
        if let Some(info) = t.strip_prefix("```") {
            match current.take() {
                Some(b) => out.push(b),
                None => current = Some((info.trim().to_owned(), String::new(), n + 1)),
            }
        } else if let Some((_, body, _)) = current.as_mut() {
            body.push_str(line);
            body.push('\n');
        }
    }
    out
}

fn form_with(fields: Value, rules: Value) -> Value {
    json!({
        "format": 1, "id": "snippet", "version": "1", "defaultLocale": "en", "title": "t",
        "pages": [{ "id": "p", "heading": "h", "fields": fields }],
        "rules": rules,
    })
}

fn errors(schema: &Value) -> Vec<String> {
    form_core::compile_value(schema)
        .diagnostics
        .iter()
        .filter(|d| d.severity == form_core::Severity::Error)
        .map(|d| format!("{} at {} {:?}", d.code, d.pointer, d.args))
        .collect()
}

/// The attributes the embed reads (`data-...` in its source).
fn embed_attributes() -> Vec<String> {
    let src = std::fs::read_to_string(root().join("form-yew-demo/src/lib.rs")).unwrap();
    src.split('"')
        .filter(|s| s.starts_with("data-") && !s.contains(' '))
        .map(str::to_owned)
        .collect()
}

/// The `--flags` of a program's subcommand, from its `--help`.
fn help(program: &str, sub: &[&str]) -> String {
    let (cmd, mut args): (String, Vec<String>) = match program {
        "form" => (env!("CARGO_BIN_EXE_form").to_owned(), Vec::new()),
        _ => (
            "cargo".to_owned(),
            ["run", "--quiet", "-p", "form-server", "--"]
                .map(str::to_owned)
                .to_vec(),
        ),
    };
    args.extend(sub.iter().map(|s| (*s).to_owned()));
    args.push("--help".to_owned());
    let out = common::english(&cmd).args(&args).output().unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn check_sh(line: &str, at: &str, problems: &mut Vec<String>) {
    let line = line.split(" #").next().unwrap_or(line).trim();
    let words: Vec<&str> = line.split_whitespace().collect();
    let (program, rest): (&str, &[&str]) = if let Some(i) = words.iter().position(|w| *w == "--") {
        let before = &words[..i];
        if before.contains(&"form-cli") {
            ("form", &words[i + 1..])
        } else if before.contains(&"form-server") {
            ("form-server", &words[i + 1..])
        } else {
            return;
        }
    } else if words.first() == Some(&"form") {
        ("form", &words[1..])
    } else if words.first() == Some(&"form-server") {
        ("form-server", &words[1..])
    } else {
        return;
    };
    // The subcommand: the first word that is not a flag or a flag's value.
    let mut sub = Vec::new();
    let mut i = 0;
    while let Some(w) = rest.get(i) {
        if w.starts_with("--") {
            i += if w.contains('=') { 1 } else { 2 };
            continue;
        }
        if w.chars().all(|c| c.is_ascii_lowercase() || c == '-') && sub.is_empty() {
            sub.push(*w);
        }
        break;
    }
    let top = help(program, &[]);
    let text = help(program, &sub);
    if let Some(s) = sub.first()
        && !top.contains(&format!("  {s} "))
        && !top.contains(&format!("  {s}\n"))
    {
        problems.push(format!("{at}: {program} has no subcommand {s}"));
    }
    // `--name` as a whole word of a help text.
    let has = |help: &str, name: &str| {
        let needle = format!("--{name}");
        help.match_indices(&needle).any(|(i, _)| {
            !help[i + needle.len()..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphanumeric() || c == '-')
        })
    };
    for w in rest {
        if let Some(flag) = w.strip_prefix("--") {
            let name = flag.split('=').next().unwrap_or(flag);
            if !has(&text, name) && !has(&top, name) {
                problems.push(format!("{at}: {program} {} has no --{name}", sub.join(" ")));
            }
        }
    }
}

#[test]
fn every_snippet_of_the_guides_is_true() {
    let attributes = embed_attributes();
    assert!(attributes.contains(&"data-form-schema".to_owned()));
    let mut problems = Vec::new();
    let mut checked = 0;
    let docs = form_files::files_in(&root().join("docs"), "md");
    assert!(docs.len() >= 4, "docs: {docs:?}");
    for doc in docs {
        let name = doc.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&doc).unwrap();
        let mut last_fields = json!([]);
        for (info, body, line) in blocks(&text) {
            let at = format!("docs/{name}:{line}");
            match info.as_str() {
                "json form" => {
                    let v: Value =
                        serde_json::from_str(&body).unwrap_or_else(|e| panic!("{at}: {e}"));
                    for e in errors(&v) {
                        problems.push(format!("{at}: {e}"));
                    }
                }
                "json fields" => {
                    let v: Value =
                        serde_json::from_str(&body).unwrap_or_else(|e| panic!("{at}: {e}"));
                    let fields = if v.is_array() { v } else { json!([v]) };
                    for e in errors(&form_with(fields.clone(), json!([]))) {
                        problems.push(format!("{at}: {e}"));
                    }
                    last_fields = fields;
                }
                "json rules" => {
                    let v: Value =
                        serde_json::from_str(&body).unwrap_or_else(|e| panic!("{at}: {e}"));
                    for e in errors(&form_with(last_fields.clone(), v)) {
                        problems.push(format!("{at}: {e}"));
                    }
                }
                "json envelope" => {
                    let v: Value =
                        serde_json::from_str(&body).unwrap_or_else(|e| panic!("{at}: {e}"));
                    if serde_json::from_value::<form_core::wire::Envelope>(v).is_err() {
                        problems.push(format!("{at}: not a submission envelope"));
                    }
                }
                "ftl" => {
                    let mut cat = form_core::Catalog::new(form_core::Locale::fallback());
                    for e in cat.add_resource(&form_core::Locale::fallback(), "snippet.ftl", &body)
                    {
                        problems.push(format!("{at}: line {}: {}", e.line, e.kind.as_str()));
                    }
                }
                "sh" => {
                    for l in body.lines() {
                        check_sh(l, &at, &mut problems);
                    }
                }
                "html" => {
                    for part in body.split_whitespace() {
                        if let Some(a) = part.strip_prefix("data-") {
                            let a = format!("data-{}", a.split(['=', '>']).next().unwrap_or(a));
                            if !attributes.contains(&a) {
                                problems.push(format!("{at}: the embed reads no {a}"));
                            }
                        }
                    }
                }
                _ => continue,
            }
            checked += 1;
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(checked >= 20, "only {checked} snippets checked");
}
