//! Collects every example form, its cases, their native snapshots and the English
//! messages into `$OUT_DIR/parity.rs`, for the browser parity test (`tests/parity.rs`).
//! The library itself does not use it.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == ext))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

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
    println!("cargo::rerun-if-changed={}", examples.display());
    println!("cargo::rerun-if-changed={}", root.join("locales").display());
    let mut out = String::from(
        "pub struct Case { pub name: &'static str, pub data: &'static str, pub snapshot: &'static str }\n",
    );
    out.push_str("pub struct Example { pub name: &'static str, pub schema: &'static str, pub messages: &'static [(&'static str, &'static str)], pub cases: &'static [Case] }\n");
    out.push_str("pub static EXAMPLES: &[Example] = &[\n");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&examples)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.join("form.json").exists())
                .collect()
        })
        .unwrap_or_default();
    dirs.sort();
    for dir in dirs {
        println!("cargo::rerun-if-changed={}", dir.join("cases").display());
        println!(
            "cargo::rerun-if-changed={}",
            dir.join("cases/snapshots").display()
        );
        let name = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let _ = write!(
            out,
            "    Example {{ name: {name:?}, schema: {}, messages: &[",
            lit(&dir.join("form.json"))
        );
        for base in [root.join("locales/en"), dir.join("locales/en")] {
            for f in files(&base, "ftl") {
                let _ = write!(out, "(\"en\", {}), ", lit(&f));
            }
        }
        out.push_str("], cases: &[\n");
        for case in files(&dir.join("cases"), "json") {
            let stem = case
                .file_stem()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let snap = dir.join("cases/snapshots").join(format!("{stem}.snap"));
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
