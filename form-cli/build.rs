//! Embeds every `locales/<tag>/*.ftl` of the workspace into the `form` binary, so that it
//! works from any directory. `--locales` can still point at another folder.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let tree = form_files::LocaleTree::new(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("..")
            .join(form_files::LOCALES_DIR),
    );
    println!("cargo::rerun-if-changed={}", tree.root.display());
    let mut out = String::from(
        "/// (locale tag, file name, text) of every shipped engine locale file.\npub static EMBEDDED: &[(&str, &str, &str)] = &[\n",
    );
    for tag in tree.tags() {
        println!("cargo::rerun-if-changed={}", tree.dir(&tag).display());
        for f in tree.files(&tag) {
            let path = Path::new(&f.path);
            let path = path.canonicalize().unwrap_or(path.to_path_buf());
            let _ = writeln!(
                out,
                "    ({tag:?}, {:?}, include_str!({:?})),",
                f.name,
                path.display().to_string()
            );
        }
    }
    out.push_str("];\n");
    let names = tree.root.join(form_files::LANGUAGE_NAMES);
    let names = names.canonicalize().unwrap_or(names);
    let _ = writeln!(
        out,
        "/// `locales/languages.ftl`: each language's name in itself.\npub static LANGUAGE_NAMES: &str = include_str!({:?});",
        names.display().to_string()
    );
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("locales.rs");
    if let Err(e) = std::fs::write(&dest, out) {
        println!("cargo::error=cannot write {}: {e}", dest.display());
    }
}
