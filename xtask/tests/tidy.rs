//! Tidy checks, as ordinary tests (after rust-analyzer's `tidy`): the house rules that no
//! compiler checks.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Every `.rs` file under `dir`, recursively.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            let name = e.file_name().to_string_lossy().into_owned();
            if p.is_dir() {
                if !matches!(name.as_str(), "target" | "node_modules" | ".git" | "dist") {
                    stack.push(p);
                }
            } else if name.ends_with(".rs") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn text(p: &Path) -> String {
    match std::fs::read_to_string(p) {
        Ok(t) => t,
        // Written and removed by another test while this one listed the tree.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => panic!("{}: {e}", p.display()),
    }
}

/// Architecture invariant: form-core does no I/O, reads no clock, uses no randomness and
/// no environment, and talks to no JavaScript: "today" and every file's text are passed in.
#[test]
fn form_core_is_pure() {
    let forbidden = [
        "std::fs",
        "std::env",
        "std::time",
        "SystemTime",
        "Instant::",
        "std::net",
        "std::process",
        "std::thread",
        "std::io::std",
        "getrandom",
        "rand::",
        "js_sys",
        "web_sys",
        "println!",
        "eprintln!",
        "dbg!",
    ];
    let mut found = Vec::new();
    for f in rust_files(&root().join("form-core/src")) {
        for (n, line) in text(&f).lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for word in forbidden {
                if code.contains(word) {
                    found.push(format!("{}:{}: {word}", f.display(), n + 1));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "form-core must stay pure:\n{}",
        found.join("\n")
    );
    // Its dependencies: serialisation, Fluent, language tags, grapheme clusters.
    let manifest = text(&root().join("form-core/Cargo.toml"));
    let deps = manifest
        .split("[dependencies]")
        .nth(1)
        .unwrap()
        .split("\n[")
        .next()
        .unwrap();
    let allowed = [
        "serde",
        "serde_json",
        "fluent-syntax",
        "intl_pluralrules",
        "unic-langid",
    ];
    for line in deps.lines().filter(|l| l.contains('=')) {
        let name = line.split(['.', '=', ' ']).next().unwrap().trim();
        assert!(
            allowed.contains(&name),
            "form-core depends on {name}: is it pure?"
        );
    }
}

/// Architecture invariant: the on-disk layout of forms and translations has one owner,
/// `form-files`; nothing else lists folders (xtask lists system folders only).
#[test]
fn only_form_files_lists_folders() {
    let mut found = Vec::new();
    for f in rust_files(&root()) {
        let rel = f
            .strip_prefix(root())
            .unwrap()
            .to_string_lossy()
            .into_owned();
        if rel.starts_with("form-files/") || rel.starts_with("xtask/") || rel.starts_with("fuzz/") {
            continue;
        }
        for (n, line) in text(&f).lines().enumerate() {
            if line.contains("read_dir(") {
                found.push(format!("{rel}:{}", n + 1));
            }
        }
    }
    assert!(
        found.is_empty(),
        "use form_files instead of listing folders:\n{}",
        found.join("\n")
    );
}

/// ARCHITECTURE.md names every crate of the workspace and every top-level folder.
#[test]
fn the_architecture_document_names_every_crate_and_folder() {
    let doc = text(&root().join("ARCHITECTURE.md"));
    let manifest = text(&root().join("Cargo.toml"));
    let members = manifest
        .split("members = [")
        .nth(1)
        .unwrap()
        .split(']')
        .next()
        .unwrap();
    let mut missing = Vec::new();
    for m in members.split(',').map(|m| m.trim().trim_matches('"')) {
        if !m.is_empty() && !doc.contains(&format!("`{m}`")) {
            missing.push(m.to_owned());
        }
    }
    for e in std::fs::read_dir(root()).unwrap().flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if !e.path().is_dir()
            || name.starts_with('.')
            || matches!(name.as_str(), "target" | "dist" | "node_modules")
        {
            continue;
        }
        if !doc.contains(&format!("`{name}")) {
            missing.push(name);
        }
    }
    assert!(
        missing.is_empty(),
        "ARCHITECTURE.md does not name: {missing:?}"
    );
    assert!(doc.contains("Architecture invariant:"));
}

/// Architecture invariant: code that ships to browsers formats nothing with `Debug`
/// (`{:?}`): a `String`'s `Debug` brings the escaping of every Unicode character, 2.8 KB
/// of the runtime module after brotli (measured on 3 December 2026, when an error text of
/// `Locale` did it). Tests may (a file's `#[cfg(test)]` module, at its end, `tests.rs`, and
/// a line marked `// tidy: tests only`, in a helper of the integration tests).
#[test]
fn browser_code_formats_nothing_with_debug() {
    let mut found = Vec::new();
    for krate in ["form-core/src", "form-wasm/src", "form-yew-demo/src"] {
        for f in rust_files(&root().join(krate)) {
            if f.file_name().is_some_and(|n| n == "tests.rs") {
                continue;
            }
            for (n, line) in text(&f).lines().enumerate() {
                if line.trim_start().starts_with("#[cfg(test)]") {
                    break;
                }
                let code = line.split("//").next().unwrap_or("");
                if (code.contains(":?}") || code.contains(":#?}"))
                    && !line.contains("// tidy: tests only")
                {
                    found.push(format!("{}:{}", f.display(), n + 1));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "Debug formatting in code that ships to browsers:\n{}",
        found.join("\n")
    );
}

/// Every message of the engine is used: each is sent to every browser, in every language,
/// and a message nothing shows is bytes and a translator's work for nothing (`form-remove`
/// was one, beside the `form-remove-item` the renderer uses). Used means named as a
/// string in the code (the engine, the embed and its packaging, the JS API, the receiver,
/// the CLI and its dev page), an issue code's `error-<code>`, or referenced by another
/// message.
#[test]
fn every_engine_message_is_used() {
    let mut code: String = [
        "form-core",
        "form-yew-demo",
        "form-wasm",
        "form-server",
        "form-cli",
    ]
    .iter()
    // The crates' own code, not their tests: a message only a test names is shown nowhere.
    .flat_map(|c| rust_files(&root().join(c).join("src")))
    .map(|f| text(&f))
    .collect();
    for f in ["form-yew-demo/package-embed.mjs", "form-cli/assets/dev.js"] {
        code.push_str(&text(&root().join(f)));
    }
    let codes = text(&root().join("form-core/src/codes.rs"));
    let ftl = text(&root().join("locales/en/engine.ftl"));
    let ids: Vec<&str> = ftl
        .lines()
        .filter_map(|l| l.split_once(" ="))
        .map(|(id, _)| id)
        .filter(|id| {
            !id.is_empty()
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        })
        .collect();
    assert!(ids.len() > 50, "{ids:?}");
    let unused: Vec<&str> = ids
        .into_iter()
        .filter(|id| {
            let named = code.contains(&format!("\"{id}\""));
            let issue = id
                .strip_prefix("error-")
                .is_some_and(|c| codes.contains(&format!("= \"{c}\"")));
            let referenced =
                ftl.contains(&format!("{{ {id} }}")) || ftl.contains(&format!("{{{id}}}"));
            !(named || issue || referenced)
        })
        .collect();
    assert!(
        unused.is_empty(),
        "engine messages nothing uses: {unused:?}"
    );
}
