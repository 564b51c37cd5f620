//! Builds the language names (`locales/languages.ftl`, each language's name in itself) into
//! the embed, without the translators' comments: the language switch and the `languages`
//! code list need them in every form, and a file the page fetches could fail on its own
//! and leave message ids where the names belong.

use std::path::Path;

fn main() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(form_files::LOCALES_DIR)
        .join(form_files::LANGUAGE_NAMES);
    println!("cargo::rerun-if-changed={}", path.display());
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => form_files::ftl_for_browser(&t),
        Err(e) => {
            println!("cargo::error=cannot read {}: {e}", path.display());
            return;
        }
    };
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("languages.ftl");
    if let Err(e) = std::fs::write(&dest, text) {
        println!("cargo::error=cannot write {}: {e}", dest.display());
    }
}
