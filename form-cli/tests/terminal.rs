//! What the `form` binary prints for a terminal carries no Fluent isolation marks (U+2068,
//! U+2069: invisible there, and a file name copied with them names no file); JSON keeps
//! them, for pages that show its texts.
#![allow(clippy::unwrap_used)]

mod common;

fn form(args: &[&str]) -> (String, String) {
    let out = common::form().args(args).output().unwrap();
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const MARKS: [char; 2] = ['\u{2068}', '\u{2069}'];
const SCHEMA: &str = "examples/lea-registration/form.json";
const CASE: &str = "examples/lea-registration/cases/21-birth-date-impossible.json";

#[test]
fn text_for_a_terminal_has_no_isolation_marks_json_keeps_them() {
    let validate = |format: &str, locale: &str| {
        form(&[
            "validate",
            "--schema",
            SCHEMA,
            "--data",
            CASE,
            "--today",
            "2021-03-15",
            "--locale",
            locale,
            "--format",
            format,
        ])
    };
    for locale in ["en", "ar"] {
        let (text, _) = validate("text", locale);
        assert!(text.contains("birth_date"), "{text}");
        assert!(!text.contains(MARKS), "{locale}: {text:?}");
        let (json, _) = validate("json", locale);
        assert!(json.contains(MARKS), "{locale}: {json}");
    }
    let (checked, _) = form(&["check", SCHEMA]);
    assert!(
        checked.contains(SCHEMA) && !checked.contains(MARKS),
        "{checked:?}"
    );
    let (_, refused) = form(&[
        "pack",
        SCHEMA,
        "--out",
        "target/x.form",
        "--today",
        "1.1.2021",
    ]);
    assert!(refused.contains("--today 1.1.2021"), "{refused:?}");
}

/// A file that cannot be read, or data that is no JSON, is said in the reader's language
/// (Fluent messages, not the operating system's English), with exit code 2.
#[test]
fn unreadable_files_and_bad_json_are_said_in_the_readers_language() {
    let run = |data: &str, locale: &str| {
        let out = common::form()
            .args([
                "validate", "--schema", SCHEMA, "--data", data, "--locale", locale,
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{data} {locale}");
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    let missing = "no/such/answers.json";
    assert_eq!(
        run(missing, "de"),
        format!("{missing}: diese Datei gibt es nicht\n")
    );
    assert_eq!(
        run(missing, "en"),
        format!("{missing}: there is no such file\n")
    );
    assert_eq!(
        run("examples", "de"),
        "examples: das ist ein Ordner, keine Datei\n"
    );
    // Not JSON: where and what, in the reader's language.
    let bad = std::env::temp_dir().join(format!("form-cli-bad-{}.json", std::process::id()));
    std::fs::write(&bad, "{\n  \"a\": 1,\n  oops\n}\n").unwrap();
    let bad_name = bad.display().to_string();
    assert_eq!(
        run(&bad_name, "de"),
        format!(
            "{bad_name}: kein gültiges JSON (Zeile 3, Spalte 3): ein Name braucht doppelte Anführungszeichen (\"name\": …)\n"
        )
    );
    // Not UTF-8 text: "Größe" in Windows-1252, and text in UTF-16 (as Notepad's "Unicode"
    // saves it, with its byte order mark), said as such.
    std::fs::write(&bad, b"{\"a\": \"Gr\xf6\xdfe\"}").unwrap();
    assert_eq!(
        run(&bad_name, "en"),
        format!("{bad_name}: not text in UTF-8\n")
    );
    std::fs::write(&bad, [0xff, 0xfe, b'{', 0, b'}', 0]).unwrap();
    assert_eq!(
        run(&bad_name, "en"),
        format!(
            "{bad_name}: saved as UTF-16 (which Notepad calls “Unicode”), not UTF-8: save it again as UTF-8\n"
        )
    );
    let _ = std::fs::remove_file(&bad);
    // `form check` says it the same way.
    let out = common::form().args(["check", missing]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!("{missing}: there is no such file\n")
    );
    // `form pack` where a file stands in the way of its folder.
    let blocked = std::env::temp_dir().join(format!("form-cli-blocked-{}", std::process::id()));
    std::fs::write(&blocked, "").unwrap();
    let target = blocked.join("x.form");
    let out = common::form()
        .args([
            "pack",
            SCHEMA,
            "--out",
            &target.display().to_string(),
            "--locale",
            "de",
        ])
        .output()
        .unwrap();
    let _ = std::fs::remove_file(&blocked);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .ends_with(": ein Teil dieses Pfades ist eine Datei, kein Ordner\n"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A translation saved in another encoding is said by `form check`, with what it is, not
/// left out as if the file were not there (a folder of languages checked on its own).
#[test]
fn a_translation_not_in_utf8_is_said_by_form_check() {
    let dir = std::env::temp_dir().join(format!("form-cli-enc-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for tag in ["en", "de", "uk"] {
        std::fs::create_dir_all(dir.join(tag)).unwrap();
    }
    std::fs::write(dir.join("en/x.ftl"), "### status: reference\nsize = Size\n").unwrap();
    // "Größe" in Windows-1252; "Розмір" in UTF-16 with its byte order mark.
    std::fs::write(
        dir.join("de/x.ftl"),
        b"### status: draft\nsize = Gr\xf6\xdfe\n",
    )
    .unwrap();
    let utf16: Vec<u8> = [0xfeff_u16]
        .into_iter()
        .chain("### status: draft\nsize = Розмір\n".encode_utf16())
        .flat_map(u16::to_le_bytes)
        .collect();
    std::fs::write(dir.join("uk/x.ftl"), utf16).unwrap();
    let out = common::form()
        .args(["check", &dir.display().to_string()])
        .env("LANG", "en")
        .output()
        .unwrap();
    let said =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(out.status.code(), Some(1), "{said}");
    for (tag, what) in [
        ("de", "it is most likely Windows-1252"),
        ("uk", "it is UTF-16"),
    ] {
        let line = said
            .lines()
            .find(|l| l.contains(&format!("{tag}/x.ftl")) && l.contains("error[lint-encoding]"));
        assert!(line.is_some_and(|l| l.contains(what)), "{tag}: {said}");
    }
}

/// A form whose default language's file was saved as Windows-1252: one error, its
/// encoding, not one "missing message" per message it holds and "the reference has no
/// file" for every other language besides.
#[test]
fn a_reference_not_in_utf8_is_said_once() {
    let dir = std::env::temp_dir().join(format!("form-cli-ref-enc-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let example = common::root().join("examples/dog-tax");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(example.join("form.json"), dir.join("form.json")).unwrap();
    for tag in ["ar", "de", "uk"] {
        std::fs::create_dir_all(dir.join("locales").join(tag)).unwrap();
        let text = std::fs::read_to_string(example.join(format!("locales/{tag}/dog-tax.ftl")));
        let text = text.unwrap();
        let bytes: Vec<u8> = match tag {
            // German's letters are all in Latin-1, where Windows-1252 has them too.
            "de" => text
                .chars()
                .map(|c| u8::try_from(u32::from(c)).unwrap())
                .collect(),
            _ => text.into_bytes(),
        };
        std::fs::write(dir.join(format!("locales/{tag}/dog-tax.ftl")), bytes).unwrap();
    }
    let check = |what: &str| {
        let out = common::form()
            .args(["check", what])
            .env("LANG", "en")
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&out.stdout).into_owned()
            + &String::from_utf8_lossy(&out.stderr);
        (out.status.code(), said)
    };
    let (code, said) = check(&dir.display().to_string());
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(code, Some(1), "{said}");
    let lines: Vec<&str> = said.lines().collect();
    assert_eq!(lines.len(), 2, "{said}");
    let error = lines.first().copied().unwrap_or_default();
    assert!(
        error.contains("de/dog-tax.ftl: error[lint-encoding]"),
        "{said}"
    );
    let summary = lines.last().copied().unwrap_or_default();
    assert!(summary.ends_with("1 error, 0 warnings"), "{said}");
}

/// A form's folder of languages is checked against the form's default language, not `en`
/// (which `dog-tax` does not have): the same as checking the form.
#[test]
fn a_form_s_folder_of_languages_is_checked_with_its_form() {
    let locales = common::root().join("examples/dog-tax/locales");
    let out = common::form()
        .args(["check", &locales.display().to_string()])
        .env("LANG", "en")
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(out.status.code(), Some(0), "{said}");
    assert!(
        said.trim_end()
            .ends_with("dog-tax/form.json: no errors (no warnings)"),
        "{said}"
    );
}

/// A host's copy of `locales/` older than the engine (published with a newer embed, or kept
/// from the last release): `form check` on it, or on a form with it as `--locales`, names
/// each engine file that lacks messages this engine shows, and what; the tool's own words
/// the copy lacks are its built-in ones, not ids.
#[test]
fn a_copy_of_the_engine_s_messages_older_than_the_engine_is_said() {
    let dir = std::env::temp_dir().join(format!("form-cli-older-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let shipped = form_files::LocaleTree::new(common::root().join("locales"));
    for tag in shipped.tags() {
        std::fs::create_dir_all(dir.join(&tag)).unwrap();
        for file in shipped.files(&tag) {
            // As the release before `unit-kg` (and before the message that says this):
            // without those entries, each with its indented lines.
            let mut dropping = false;
            let older: String = file
                .source
                .lines()
                .filter(|l| {
                    if !l.starts_with(' ') {
                        dropping =
                            l.starts_with("unit-kg") || l.starts_with("lint-older-than-engine");
                    }
                    !dropping
                })
                .map(|l| format!("{l}\n"))
                .collect();
            std::fs::write(dir.join(&tag).join(&file.name), older).unwrap();
        }
    }
    let names = shipped.root.join(form_files::LANGUAGE_NAMES);
    std::fs::copy(names, dir.join(form_files::LANGUAGE_NAMES)).unwrap();
    let run = |args: &[&str]| {
        let out = common::form()
            .args(args)
            .env("LANG", "en")
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&out.stdout).into_owned();
        (out.status.code(), said)
    };
    let copy = dir.display().to_string();
    let (code, said) = run(&["check", &copy]);
    let (with_form, said_with_form) = run(&[
        "--locales",
        &copy,
        "check",
        &common::root()
            .join("examples/dog-tax")
            .display()
            .to_string(),
    ]);
    let _ = std::fs::remove_dir_all(&dir);
    for (code, said) in [(code, &said), (with_form, &said_with_form)] {
        assert_eq!(code, Some(1), "{said}");
        let older: Vec<&str> = said
            .lines()
            .filter(|l| l.contains("error[lint-older-than-engine]"))
            .collect();
        assert_eq!(
            older.len(),
            10,
            "one line for each language's engine.ftl: {said}"
        );
        for line in older {
            assert!(line.contains("/engine.ftl: "), "{line}");
            assert!(
                line.ends_with(
                    "This file lacks a message that this version of the engine shows (unit-kg): \
                     readers would see its id instead. The file is older than the engine: publish \
                     the locales folder of the same release as the embed (dist/embed)"
                ),
                "{line}"
            );
        }
    }
    assert!(
        said.trim_end().ends_with(": 10 errors, 0 warnings"),
        "{said}"
    );
}

/// One language's `engine.ftl` older than the rest of the folder: said once, as older than
/// the engine; not also as each message it lacks against the folder's `en`, nor, where `en`
/// is the older one, as a message "not in the reference" in each language that has it.
#[test]
fn one_older_engine_file_is_said_once() {
    for older in ["de", "en"] {
        let dir =
            std::env::temp_dir().join(format!("form-cli-older-{older}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let shipped = form_files::LocaleTree::new(common::root().join("locales"));
        for tag in ["de", "en", "fr"] {
            std::fs::create_dir_all(dir.join(tag)).unwrap();
            for file in shipped.files(tag) {
                let text: String = file
                    .source
                    .lines()
                    .filter(|l| tag != older || !l.starts_with("unit-kg"))
                    .map(|l| format!("{l}\n"))
                    .collect();
                std::fs::write(dir.join(tag).join(&file.name), text).unwrap();
            }
        }
        let out = common::form()
            .args(["check", &dir.display().to_string()])
            .env("LANG", "en")
            .output()
            .unwrap();
        let _ = std::fs::remove_dir_all(&dir);
        let said = String::from_utf8_lossy(&out.stdout).into_owned();
        assert_eq!(out.status.code(), Some(1), "{said}");
        let lines: Vec<&str> = said.lines().collect();
        assert_eq!(lines.len(), 2, "{said}");
        let first = lines.first().copied().unwrap_or_default();
        assert!(
            first.contains(&format!(
                "{older}/engine.ftl: error[lint-older-than-engine]"
            )) && first.contains("(unit-kg)"),
            "{said}"
        );
        let summary = lines.last().copied().unwrap_or_default();
        assert!(summary.ends_with(": 1 error, 0 warnings"), "{said}");
    }
}
