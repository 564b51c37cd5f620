//! Collects every example form, its cases, their native snapshots, the engine's English
//! messages and the form's own into `$OUT_DIR/parity.rs`, for the browser parity test (`tests/parity.rs`).
//! The library itself does not use it.

use std::fmt::Write as _;
use std::path::Path;

fn lit(p: &Path) -> String {
    format!(
        "include_str!({:?})",
        p.canonicalize()
            .unwrap_or_else(|_| p.to_path_buf())
            .display()
            .to_string()
    )
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let examples = root.join("examples");
    let engine = form_files::LocaleTree::new(root.join(form_files::LOCALES_DIR));
    println!("cargo::rerun-if-changed={}", examples.display());
    println!("cargo::rerun-if-changed={}", engine.root.display());
    let mut out = String::from(
        "pub struct Case { pub name: &'static str, pub data: &'static str, pub snapshot: &'static str }\n",
    );
    out.push_str("pub struct Example { pub name: &'static str, pub schema: &'static str, pub messages: &'static [(&'static str, &'static str)], pub cases: &'static [Case] }\n");
    out.push_str("pub static EXAMPLES: &[Example] = &[\n");
    let types = root.join("tests/types");
    println!("cargo::rerun-if-changed={}", types.display());
    let mut forms = form_files::forms_in(&examples).unwrap_or_default();
    forms.extend(form_files::forms_in(&types).unwrap_or_default());
    for dir in forms {
        let cases = dir.root.join(form_files::CASES_DIR);
        println!("cargo::rerun-if-changed={}", cases.display());
        println!(
            "cargo::rerun-if-changed={}",
            cases.join("snapshots").display()
        );
        let _ = write!(
            out,
            "    Example {{ name: {:?}, schema: {}, messages: &[",
            dir.name(),
            lit(&dir.schema_path())
        );
        // The engine's messages in English and in every language of the form's own, and
        // every file of the form's own (as `form validate` has them: a form without
        // English is answered in its default language, the engine's messages too).
        let own = dir.locales();
        let mut tags = own.tags();
        if !tags.iter().any(|t| t == "en") {
            tags.push("en".to_owned());
        }
        for tag in &tags {
            for f in engine.files(tag) {
                let _ = write!(out, "({tag:?}, {}), ", lit(Path::new(&f.path)));
            }
        }
        for tag in own.tags() {
            for f in own.files(&tag) {
                let _ = write!(out, "({tag:?}, {}), ", lit(Path::new(&f.path)));
            }
        }
        out.push_str("], cases: &[\n");
        for case in dir.cases() {
            let snap = dir.snapshot_of(&case);
            let stem = case
                .file_stem()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            if snap.exists() {
                let _ = writeln!(
                    out,
                    "        Case {{ name: {stem:?}, data: {}, snapshot: {} }},",
                    lit(&case),
                    lit(&snap)
                );
            }
        }
        out.push_str("    ] },\n");
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("parity.rs");
    if let Err(e) = std::fs::write(&dest, out) {
        println!("cargo::error=cannot write {}: {e}", dest.display());
    }
}
