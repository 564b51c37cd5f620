//! `form pack`: the compiled form and, beside it, the first page in each of the form's
//! languages, exactly as form-server serves it (the same renderer, the same messages), and
//! the messages without their comments, at the addresses the loader asks for.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

mod common;

use common::root;

use std::path::Path;

use form_core::{Locale, date::Date};
use serde_json::Value;

fn pack(form: &str, out: &Path, today: &str) -> std::process::Output {
    common::form()
        .args(["pack", form, "--out"])
        .arg(out)
        .args(["--today", today])
        .output()
        .unwrap()
}

#[test]
fn writes_the_form_and_its_first_page_in_every_language() {
    let dir = std::env::temp_dir().join(format!("form-pack-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for form in ["lea-registration", "lockdown-registration"] {
        let schema = format!("examples/{form}/form.json");
        let target = dir.join(format!("{form}.form"));
        let out = pack(&schema, &target, "2021-03-15");
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{stdout}{}",
            String::from_utf8_lossy(&out.stderr)
        );

        let text = std::fs::read_to_string(root().join(&schema)).unwrap();
        let compiled = form_core::compile(&text).form.unwrap();
        assert_eq!(
            std::fs::read(&target).unwrap(),
            form_core::packed::encode(&compiled)
        );

        let form_dir = form_files::FormDir::of_schema(&root().join(&schema));
        let tags = form_dir.locales().tags();
        assert!(tags.len() >= 2, "{form}: {tags:?}");
        let engine = form_files::LocaleTree::new(root().join("locales"));
        let today = Date::parse_iso("2021-03-15").unwrap();
        for tag in &tags {
            let file = form_cli::first_page_path(&target, tag);
            assert_eq!(
                file,
                dir.join(form)
                    .join("locales")
                    .join(tag)
                    .join("first-page.json")
            );
            assert!(stdout.contains(&file.display().to_string()), "{stdout}");
            let written: Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
            // What form-server serves for the same form, language and day.
            let (catalog, problems) =
                form_files::catalog(&engine, &form_dir, compiled.default_locale.clone());
            assert!(problems.is_empty(), "{problems:?}");
            let locale = Locale::parse(tag).unwrap();
            let served = form_yew_demo::first_page(&compiled, catalog, &locale, today);
            assert_eq!(written, served, "{form} {tag}");
            assert_eq!(written["locale"], tag.as_str());
            assert!(
                written["tree"].as_array().is_some_and(|t| !t.is_empty()),
                "{form} {tag}"
            );
            // The messages as browsers get them, at the addresses the loader asks for:
            // the form's beside the first page, the engine's in `locales/`.
            let own = form_dir
                .locales()
                .files(tag)
                .into_iter()
                .map(|f| (file.with_file_name(&f.name), f));
            let theirs = engine
                .files(tag)
                .into_iter()
                .filter(|f| matches!(f.name.as_str(), "engine.ftl" | "countries.ftl"))
                .map(|f| (dir.join("locales").join(tag).join(&f.name), f));
            for (to, source) in own.chain(theirs) {
                let text = std::fs::read_to_string(&to).unwrap_or_default();
                let expected = form_files::ftl_for_browser(&source.source);
                assert_eq!(text, expected, "{}", to.display());
                assert!(text.len() < source.source.len(), "{}", to.display());
            }
        }
        // The language names are built into the embed: nothing for a host to upload.
        assert!(!dir.join("locales/languages.ftl").exists());
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_day_that_is_no_date_is_refused_before_anything_is_written() {
    let dir = std::env::temp_dir().join(format!("form-pack-bad-{}", std::process::id()));
    let target = dir.join("lea-registration.form");
    let out = pack("examples/lea-registration/form.json", &target, "2021-02-30");
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("--today") && said.contains("2021-02-30"),
        "{said}"
    );
    assert!(!target.exists());
}

/// The option texts of the select `id` in a first page's tree.
fn select_options(tree: &Value, id: &str) -> Option<Vec<String>> {
    let node = tree.as_array()?;
    if node.first()?.as_str() == Some("select") && node.get(1)?["id"] == id {
        return Some(
            node.iter()
                .skip(2)
                .filter_map(|o| o.as_array()?.get(2)?.as_str().map(str::to_owned))
                .collect(),
        );
    }
    node.iter().find_map(|child| select_options(child, id))
}

/// A select shows inline options in the order the author wrote them ("Other" last), and the
/// engine's code lists in the reader's alphabetical order (they were all sorted, so
/// "Andere" came first), after the empty choice.
#[test]
fn a_select_keeps_the_authors_order_and_sorts_a_code_list() {
    let today = Date::parse_iso("2021-03-15").unwrap();
    let engine = form_files::LocaleTree::new(root().join("locales"));
    let first = |form: &str, tag: &str, id: &str| {
        let schema = root().join(format!("examples/{form}/form.json"));
        let compiled = form_core::compile(&std::fs::read_to_string(&schema).unwrap())
            .form
            .unwrap();
        let form_dir = form_files::FormDir::of_schema(&schema);
        let (catalog, _) = form_files::catalog(&engine, &form_dir, compiled.default_locale.clone());
        let page =
            form_yew_demo::first_page(&compiled, catalog, &Locale::parse(tag).unwrap(), today);
        select_options(&page["tree"], id).unwrap()
    };
    assert_eq!(
        first("street-cafe", "de", "fe0-legal_form"),
        [
            "Keine Angabe",
            "Einzelunternehmen",
            "Gesellschaft bürgerlichen Rechts (GbR)",
            "GmbH",
            "UG (haftungsbeschränkt)",
            "Andere"
        ]
    );
    let mut countries = first("lea-registration", "de", "fe0-nationality");
    // The empty choice first, with the text "check your answers" gives no answer.
    assert_eq!(countries.remove(0), "Keine Angabe");
    let mut sorted = countries.clone();
    sorted.sort_by_key(|c| form_core::text::loose_sort_key(c));
    assert_eq!(countries, sorted);
    assert!(countries.len() > 200);
}
