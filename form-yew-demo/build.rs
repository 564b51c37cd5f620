//! The embed's built-in messages: the few it needs when even the message files cannot be
//! loaded ("loading", "this form cannot be shown", "try again"), in German and English.
//! They are taken from `locales/{de,en}/engine.ftl`, so there is one source for every text.

use std::fmt::Write as _;
use std::path::Path;

/// The messages the embed shows before, or without, any message file.
const BUILT_IN: &[&str] = &[
    "form-loading",
    "form-problem-unavailable-title",
    "form-problem-unavailable",
    "form-try-again",
];

fn main() {
    let tree = form_files::LocaleTree::new(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("..")
            .join(form_files::LOCALES_DIR),
    );
    let mut out = String::from(
        "/// (tag, Fluent text) of the built-in messages.\npub static BUILT_IN: &[(&str, &str)] = &[\n",
    );
    for tag in ["de", "en"] {
        let path = tree.dir(tag).join("engine.ftl");
        println!("cargo::rerun-if-changed={}", path.display());
        let text = tree.file(tag, "engine.ftl").unwrap_or_default();
        let mut ftl = String::new();
        let mut keep = false;
        for line in text.lines() {
            if !line.starts_with(' ') {
                keep = BUILT_IN
                    .iter()
                    .any(|id| line.starts_with(&format!("{id} =")));
            }
            if keep {
                ftl.push_str(line);
                ftl.push('\n');
            }
        }
        let _ = writeln!(out, "    ({tag:?}, {ftl:?}),");
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("built_in.rs");
    if let Err(e) = std::fs::write(&dest, out) {
        println!("cargo::error=cannot write {}: {e}", dest.display());
    }
}
