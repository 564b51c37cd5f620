//! Helpers shared by the integration tests: the workspace root and the shipped locales.
#![allow(
    dead_code,
    clippy::unwrap_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::path::{Path, PathBuf};

use form_core::{Catalog, Locale};

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The engine's messages (`locales/`).
pub fn engine_locales() -> form_files::LocaleTree {
    form_files::LocaleTree::new(root().join(form_files::LOCALES_DIR))
}

/// The registration form's folder.
pub fn lea() -> form_files::FormDir {
    form_files::FormDir::new(root().join("examples/lea-registration"))
}

/// Every example form.
pub fn examples() -> Vec<form_files::FormDir> {
    form_files::forms_in(&root().join("examples")).unwrap()
}

/// Locale tags that have a folder under `locales/`, sorted.
pub fn locale_tags() -> Vec<String> {
    engine_locales().tags()
}

/// A catalog with the engine's messages of every shipped locale, plus the messages of
/// the form in `form_dir` (its `locales/<tag>/*.ftl`), if given. Panics on syntax errors.
pub fn catalog(default: &str, form_dir: Option<&Path>) -> Catalog {
    let mut cat = Catalog::new(Locale::parse(default).unwrap());
    let problems = engine_locales().load_into(&mut cat);
    assert!(problems.is_empty(), "{problems:?}");
    if let Some(d) = form_dir {
        let problems = form_files::FormDir::new(d).locales().load_into(&mut cat);
        assert!(problems.is_empty(), "{problems:?}");
    }
    cat
}

pub fn lea_schema() -> String {
    lea().read_schema().unwrap()
}

/// Makes Fluent's bidi isolation marks visible: U+2068 → `⁅`, U+2069 → `⁆`.
pub fn visible_isolates(s: &str) -> String {
    s.replace('\u{2068}', "⁅").replace('\u{2069}', "⁆")
}
