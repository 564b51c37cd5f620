//! Embeds every `locales/<tag>/*.ftl` of the workspace into the `form` binary, so that it
//! works from any directory. `--locales` can still point at another folder.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("locales");
    println!("cargo::rerun-if-changed={}", root.display());
    let mut entries = Vec::new();
    if let Ok(dirs) = std::fs::read_dir(&root) {
        for dir in dirs.flatten() {
            let tag = dir.file_name().to_string_lossy().into_owned();
            println!("cargo::rerun-if-changed={}", dir.path().display());
            let Ok(files) = std::fs::read_dir(dir.path()) else {
                continue;
            };
            for file in files.flatten() {
                let path = file.path();
                if path.extension().is_some_and(|e| e == "ftl") {
                    let name = file.file_name().to_string_lossy().into_owned();
                    entries.push((tag.clone(), name, path.canonicalize().unwrap_or(path)));
                }
            }
        }
    }
    entries.sort();
    let mut out = String::from(
        "/// (locale tag, file name, text) of every shipped engine locale file.\npub static EMBEDDED: &[(&str, &str, &str)] = &[\n",
    );
    for (tag, name, path) in entries {
        let _ = writeln!(
            out,
            "    ({tag:?}, {name:?}, include_str!({:?})),",
            path.display().to_string()
        );
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("locales.rs");
    if let Err(e) = std::fs::write(&dest, out) {
        println!("cargo::error=cannot write {}: {e}", dest.display());
    }
}
