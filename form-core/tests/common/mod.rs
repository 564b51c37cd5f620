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

/// Locale tags that have a folder under `locales/`, sorted.
pub fn locale_tags() -> Vec<String> {
    let mut tags: Vec<String> = std::fs::read_dir(root().join("locales"))
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    tags.sort();
    tags
}

/// (file name, text) of every `.ftl` file of one locale folder.
pub fn ftl_files(dir: &Path) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .filter(|e| e.path().extension().is_some_and(|x| x == "ftl"))
                .map(|e| {
                    (
                        e.file_name().to_string_lossy().into_owned(),
                        std::fs::read_to_string(e.path()).unwrap(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// A catalog with the engine's messages of every shipped locale, plus the messages of
/// the form in `form_dir` (its `locales/<tag>/*.ftl`), if given. Panics on syntax errors.
pub fn catalog(default: &str, form_dir: Option<&Path>) -> Catalog {
    let mut cat = Catalog::new(Locale::parse(default).unwrap());
    let mut dirs = vec![root().join("locales")];
    if let Some(d) = form_dir {
        dirs.push(d.join("locales"));
    }
    for base in dirs {
        for tag in std::fs::read_dir(&base)
            .unwrap()
            .flatten()
            .filter(|e| e.path().is_dir())
        {
            let locale = Locale::parse(&tag.file_name().to_string_lossy()).unwrap();
            for (name, text) in ftl_files(&tag.path()) {
                let errors = cat.add_resource(&locale, &name, &text);
                assert!(errors.is_empty(), "{locale}/{name}: {errors:?}");
            }
        }
    }
    cat
}

pub fn lea_schema() -> String {
    std::fs::read_to_string(root().join("examples/lea-registration/form.json")).unwrap()
}

/// Makes Fluent's bidi isolation marks visible: U+2068 → `⁅`, U+2069 → `⁆`.
pub fn visible_isolates(s: &str) -> String {
    s.replace('\u{2068}', "⁅").replace('\u{2069}', "⁆")
}
