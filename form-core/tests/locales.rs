//! The translations: the lint finds nothing in the shipped locales, finds everything in a
//! broken one, and the languages are complete and direction-aware.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

mod common;

use form_core::Locale;
use form_core::lint::{FtlFile, LintIssue, lint_locale};

/// The ten languages of the Berlin immigration office.
const LANGUAGES: &[&str] = &["ar", "de", "en", "fa", "fr", "pl", "ru", "tr", "uk", "vi"];

/// The one helper: lint every locale folder of a tree against its reference language (`en`
/// for the engine's messages, a form's default language for a form's).
fn lint_tree(tree: &form_files::LocaleTree, reference: &str) -> Vec<LintIssue> {
    let reference = tree.lint_files(reference);
    let mut all = Vec::new();
    for tag in tree.tags() {
        let locale = Locale::parse(&tag).unwrap();
        all.extend(lint_locale(&reference, &locale, &tree.lint_files(&tag)));
    }
    all.sort_by(|a, b| (&a.path, a.line).cmp(&(&b.path, b.line)));
    all
}

#[test]
fn shipped_locales_have_no_lint_problems() {
    let mut problems = lint_tree(&common::engine_locales(), "en");
    for ex in common::examples() {
        let form = form_core::compile(&ex.read_schema().unwrap()).form.unwrap();
        problems.extend(lint_tree(&ex.locales(), &form.default_locale.to_string()));
    }
    let text: Vec<String> = problems
        .iter()
        .map(|p| format!("{}:{}: {}: {:?}", p.path, p.line, p.code, p.args))
        .collect();
    assert!(problems.is_empty(), "{}", text.join("\n"));
}

#[test]
fn every_language_is_shipped_for_the_engine_and_the_example() {
    for base in [
        common::root().join("locales"),
        common::root().join("examples/lea-registration/locales"),
    ] {
        for tag in LANGUAGES {
            assert!(base.join(tag).is_dir(), "{} lacks {tag}", base.display());
        }
    }
}

/// The language switch names every language in that language, from `locales/languages.ftl`;
/// each name must be the `form-language-name` of that language's own report.ftl (kept
/// there, not in engine.ftl, so that browsers do not download it).
#[test]
fn language_names_for_the_switch_are_the_languages_own() {
    let names = std::fs::read_to_string(common::root().join("locales/languages.ftl")).unwrap();
    let mut listed = Vec::new();
    for line in names.lines().filter(|l| l.starts_with("language-")) {
        let (id, name) = line.split_once(" = ").unwrap();
        let tag = id.trim_start_matches("language-");
        let engine =
            std::fs::read_to_string(common::root().join(format!("locales/{tag}/report.ftl")))
                .unwrap();
        let own = engine
            .lines()
            .find_map(|l| l.strip_prefix("form-language-name = "))
            .unwrap();
        assert_eq!(name, own, "{tag}");
        listed.push(tag.to_owned());
    }
    assert_eq!(listed, LANGUAGES);
}

#[test]
fn the_lint_reports_every_kind_of_problem_with_its_line() {
    let reference = vec![FtlFile {
        path: "en/x.ftl".into(),
        name: "x.ftl".into(),
        source: "### status: reference\nhello = Hello { $name }\ncount = { $n ->\n    [one] one\n   *[other] many\n  }\nlabel = L\n    .title = T\ngone = G\n".into(),
    }];
    let broken = vec![FtlFile {
        path: "ar/x.ftl".into(),
        name: "x.ftl".into(),
        source: "hello = مرحبا { $user }\ncount = { $n ->\n    [one] ١\n   *[other] ٢\n  }\nlabel = L\n    .tooltip = T\nextra = E\nbad = { $x\n".into(),
    }];
    let issues = lint_locale(&reference, &Locale::parse("ar").unwrap(), &broken);
    let lines: Vec<String> = issues
        .iter()
        .map(|i| {
            let args = serde_json::to_string(&i.args).unwrap();
            format!("{}:{} {} {args}", i.path, i.line, i.code)
        })
        .collect();
    insta::assert_snapshot!(lines.join("\n"));
}

/// What translators' editors and habits do to a file: a byte order mark and Windows line
/// ends (both read as if absent); a continued line indented with a tab, or with no-break
/// spaces; a message name, or a variant's, translated; typographic quotes around a text in
/// braces; a brace left open on a variant's line, below the entry's first; a tab inside
/// braces (no indent, so not said as one). Each is named in words and blamed on the line
/// where it is, and the entries after it are still read (`end`, `after` are not missing).
#[test]
fn a_translator_s_slips_are_named_on_their_own_line() {
    let reference = vec![FtlFile {
        path: "en/x.ftl".into(),
        name: "x.ftl".into(),
        source: "### status: reference\nintro = Welcome\n    to the office\nname = { \"IBAN\" } number\npay = Pay\ngreeting = Hello\ncount = { $n ->\n    [one] one dog\n   *[other] { $n } dogs\n  }\nend = End\nafter = After\nopen = { $x }\nlast = Last\ntabbed = { $x }\nmore = More\n    text\ndogs = { $n ->\n    [one] one\n   *[other] many\n  }\n".into(),
    }];
    let broken = vec![FtlFile {
        path: "de/x.ftl".into(),
        name: "x.ftl".into(),
        source: "\u{feff}### status: draft\r\nintro = Willkommen\r\n\tim Amt\r\nname = { “IBAN” } Nummer\r\nzahlen = Zahlen\r\ngrüße = Hallo\r\ncount = { $n ->\r\n    [one] ein Hund\r\n   *[other] { $n Hunde\r\n  }\r\nend = Ende\r\nafter = Danach\r\nopen = { $x\r\nlast = Zuletzt\r\ntabbed = {\t$x }\r\nmore = Mehr\r\n\u{a0}\u{a0}\u{a0}\u{a0}Text\r\ndogs = { $n ->\r\n    [один] ein Hund\r\n   *[other] Hunde\r\n  }\r\n".into(),
    }];
    let issues = lint_locale(&reference, &Locale::parse("de").unwrap(), &broken);
    let cat = common::catalog("en", None);
    let lines: Vec<String> = issues
        .iter()
        .map(|i| {
            let text = cat.text(
                &Locale::parse("en").unwrap(),
                &format!("lint-{}", i.code),
                &i.args,
            );
            format!("{}:{} {}: {text}", i.path, i.line, i.code)
        })
        .collect();
    insta::assert_snapshot!(lines.join("\n"));
}

/// A message with two plurals, the second inside the first, lacking a category each: each
/// is blamed on its own line, so that the translator finds both.
#[test]
fn each_plural_is_blamed_on_its_own_line() {
    let file = |tag: &str, source: &str| FtlFile {
        path: format!("{tag}/x.ftl"),
        name: "x.ftl".into(),
        source: source.into(),
    };
    let reference = [file(
        "de",
        "### status: reference\nm = { $a ->\n    [one] A\n   *[other] { $b ->\n        [one] B\n       *[other] C\n      }\n  }\n",
    )];
    let uk = "### status: draft\nintro = x\nm = { $a ->\n    [one] A\n    [few] A\n   *[other] { $b ->\n        [one] B\n       *[other] C\n      }\n  }\n";
    let issues = lint_locale(&reference, &Locale::parse("uk").unwrap(), &[file("uk", uk)]);
    let lines: Vec<String> = issues
        .iter()
        .filter(|i| i.code.as_str() == "plural-categories")
        .map(|i| format!("{} {}", i.line, serde_json::to_string(&i.args).unwrap()))
        .collect();
    assert_eq!(
        lines,
        [
            r#"3 {"categories":"many","id":"m"}"#,
            r#"6 {"categories":"few, many","id":"m"}"#
        ]
    );
}

/// Which selects the lint takes for plurals: `(message in Arabic, categories it asks for)`.
#[test]
fn only_plural_selects_are_asked_for_plural_categories() {
    let check = |message: &str, expect: &str| {
        let file = |tag: &str, body: &str| FtlFile {
            path: format!("{tag}/x.ftl"),
            name: "x.ftl".into(),
            source: format!("### status: reference\nm = {body}\n"),
        };
        let reference = [file("en", message)];
        let issues = lint_locale(
            &reference,
            &Locale::parse("ar").unwrap(),
            &[file("ar", message)],
        );
        let asked: Vec<String> = issues
            .iter()
            .map(|i| serde_json::to_string(&i.args).unwrap())
            .collect();
        assert_eq!(asked.join(" "), expect, "{message}");
    };
    let all = r#"{"categories":"few, many, two, zero","id":"m"}"#;
    // Keys that are all categories: a plural.
    check("{ $n ->\n  [one] a\n *[other] b\n }", all);
    // NUMBER(): a plural, whatever its keys (an exact number is no category).
    let but_other = r#"{"categories":"few, many, one, two, zero","id":"m"}"#;
    check("{ NUMBER($n) ->\n  [1] a\n *[other] b\n }", but_other);
    check(
        "{ NUMBER($n, minimumFractionDigits: 1) ->\n *[other] b\n }",
        but_other,
    );
    // A select on a text, whose default key happens to be `other`: not a plural.
    check(
        "{ $reason ->\n  [missing] a\n  [denied] b\n *[other] c\n }",
        "",
    );
    check(
        "{ $gender ->\n  [male] a\n  [female] b\n *[other] c\n }",
        "",
    );
    // Every category of Arabic: nothing missing.
    check(
        "{ $n ->\n  [zero] 0\n  [one] 1\n  [two] 2\n  [few] 3\n  [many] 4\n *[other] 5\n }",
        "",
    );
}

#[test]
fn plural_categories_come_from_cldr() {
    let cats = |t: &str| {
        form_core::lint::plural_categories(&Locale::parse(t).unwrap())
            .into_iter()
            .collect::<Vec<_>>()
            .join(" ")
    };
    assert_eq!(cats("ar"), "few many one other two zero");
    assert_eq!(cats("pl"), "few many one other");
    assert_eq!(cats("uk"), "few many one other");
    // French "many" (compact exponents, 1 million) is not in the plural data Fluent uses at
    // run time, so Fluent never selects it and the lint does not ask for it.
    assert_eq!(cats("fr"), "one other");
    assert_eq!(cats("vi"), "other");
    assert_eq!(cats("fa"), "one other");
}

#[test]
fn right_to_left_languages_are_known() {
    let rtl: Vec<&str> = LANGUAGES
        .iter()
        .copied()
        .filter(|t| Locale::parse(t).unwrap().direction() == form_core::Direction::Rtl)
        .collect();
    assert_eq!(rtl, ["ar", "fa"]);
}

/// One invalid registration, rendered in every language and both pseudo-locales, with
/// Fluent's bidi isolation marks made visible (⁅ = U+2068, ⁆ = U+2069).
#[test]
fn an_invalid_registration_in_every_language() {
    use form_core::{Context, Date, Pseudo};
    let form = form_core::compile(&common::lea_schema()).form.unwrap();
    let mut cat = common::catalog(
        "de",
        Some(&common::root().join("examples/lea-registration")),
    );
    let en = Locale::parse("en").unwrap();
    for p in Pseudo::ALL {
        cat.add_pseudo(p, &en);
    }
    let data: serde_json::Value = serde_json::from_str(
        r#"{ "family_name": "Smith", "given_names": "Alice", "birth_date": { "day": "27", "month": "", "year": "1985" },
             "passport_number": "1234567890123", "email": "alice@", "household_size": 0, "nationality": "FR",
             "other_languages": ["de", "fr", "pl", "tr"], "arrival_date": "2021-06-01",
             "family_members": [{ "member_family_name": "Smith", "member_given_names": "Tom", "member_birth_date": "1990-01-01", "member_relationship": "child" }] }"#,
    )
    .unwrap();
    let report = form.validate(
        &data,
        &Context {
            today: Date::parse_iso("2021-03-15").unwrap(),
        },
    );
    let mut tags: Vec<String> = LANGUAGES.iter().map(|s| (*s).to_owned()).collect();
    tags.extend(Pseudo::ALL.iter().map(|p| p.tag().to_owned()));
    for tag in tags {
        let l = Locale::parse(&tag).unwrap();
        let mut out = format!(
            "locale: {tag}\ndirection: {}\ndate order: {:?}\n",
            l.direction().as_str(),
            cat.date_order(&l)
        );
        out.push_str(&format!(
            "{}\n",
            cat.text(&l, "form-error-summary-title", &Default::default())
        ));
        for issue in &report.issues {
            out.push_str(&format!(
                "{}: {}\n",
                issue.path,
                cat.render_issue(&l, issue, Some(&form))
            ));
        }
        insta::assert_snapshot!(
            format!("invalid_registration_{tag}"),
            common::visible_isolates(&out)
        );
    }
}

/// The status table in locales/README.md matches the `### status:` line of every file.
#[test]
fn the_status_table_is_true() {
    let readme = std::fs::read_to_string(common::root().join("locales/README.md")).unwrap();
    let status = |p: std::path::PathBuf| -> String {
        std::fs::read_to_string(&p)
            .ok()
            .map_or("– (falls back to English)".to_owned(), |s| {
                form_core::lint::status_of(&s).unwrap_or_default()
            })
    };
    for tag in LANGUAGES {
        let row = readme
            .lines()
            .find(|l| l.contains(&format!("| `{tag}` |")))
            .unwrap_or_else(|| panic!("no row for {tag}"));
        let cells: Vec<&str> = row.split('|').map(str::trim).collect();
        let root = common::root();
        let expected = [
            status(root.join(format!("locales/{tag}/engine.ftl"))),
            status(root.join(format!("locales/{tag}/report.ftl"))),
            status(root.join(format!("locales/{tag}/authoring.ftl"))),
            status(root.join(format!("locales/{tag}/countries.ftl"))),
            status(root.join(format!(
                "examples/lea-registration/locales/{tag}/lea-registration.ftl"
            ))),
        ];
        assert_eq!(
            &cells[4..9],
            &expected.iter().map(String::as_str).collect::<Vec<_>>()[..],
            "{row}"
        );
    }
}

/// The engine's built-in code lists are the generated list of countries and the
/// languages it ships; the registration form uses them by name.
#[test]
fn the_built_in_code_lists_are_the_generated_ones() {
    let generated: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(common::root().join("locales/countries.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(
        serde_json::json!(form_core::codelists::COUNTRIES),
        generated["codes"]
    );
    assert_eq!(form_core::codelists::LANGUAGES, LANGUAGES);
    assert_eq!(common::engine_locales().tags(), LANGUAGES);
    let schema: serde_json::Value = serde_json::from_str(&common::lea_schema()).unwrap();
    assert!(
        schema.get("codeLists").is_none(),
        "the example copies a list the engine ships"
    );
    let form = form_core::compile(&common::lea_schema()).form.unwrap();
    let country = form.field("nationality").unwrap();
    let options = country.kind.options().unwrap();
    assert_eq!(options.list.len(), form_core::codelists::COUNTRIES.len());
    assert_eq!(options.list[0].label, "country-AD");
}

/// A reference the language cannot resolve shows the reader a raw `{id}`: to a message,
/// term or attribute it does not have (one only the reference language has does not help),
/// or round in a circle. The engine's files (`also`) may be referred to.
#[test]
fn references_a_language_cannot_resolve_are_found_with_their_line() {
    use form_core::lint::lint_references;
    let file = |source: &str| FtlFile {
        path: "de/f.ftl".into(),
        name: "f.ftl".into(),
        source: source.into(),
    };
    let engine = FtlFile {
        path: "engine.ftl".into(),
        name: "engine.ftl".into(),
        source: "form-error-prefix = Fehler:\n-brand = Amt\n    .short = A\n".into(),
    };
    let found = |source: &str| -> Vec<String> {
        lint_references(&[file(source)], std::slice::from_ref(&engine))
            .iter()
            .map(|i| format!("{}:{} {:?}", i.line, i.code, i.args.get("reference")))
            .collect()
    };
    // Resolvable: own messages and attributes, the engine's messages, terms and attributes,
    // a message's value reading its own attribute.
    assert!(
        found("a = { b } { b.title } { form-error-prefix } { -brand } { -brand.short }\nb = B\n    .title = T\nc = { c.x }\n    .x = X\n")
            .is_empty()
    );
    assert_eq!(
        found("ok = fine\na = { nope } { -gone } { ok.attr } { nope }\n"),
        [r#"2:unknown-reference Some(Str("-gone, nope, ok.attr"))"#]
    );
    // Circles, and what leads into one; not what merely sits beside it.
    assert_eq!(
        found(
            "a = { b }\nb = { a }\nself = x { self }\ninto = { a }\nbeside = { ok }\nok = fine\nattr = { attr.x }\n    .x = { attr }\n"
        ),
        [
            "1:cyclic-reference None",
            "2:cyclic-reference None",
            "3:cyclic-reference None",
            "4:cyclic-reference None",
            "7:cyclic-reference None",
        ]
    );
    // A hostile file: thousands of references, at most ten named.
    let many: String = (0..5000).map(|i| format!("{{ m{i} }}")).collect();
    let one = found(&format!("a = {many}\n"));
    assert_eq!(one.len(), 1);
    assert!(one[0].ends_with(r#"…"))"#), "{}", one[0]);
}

/// An id defined twice among a language's files is found on the second one's line, with
/// where the first (the one kept) is; a pattern's indented lines and comments are no entries.
#[test]
fn an_id_defined_twice_is_found_on_its_line() {
    use form_core::lint::lint_duplicates;
    let file = |name: &str, source: &str| FtlFile {
        path: format!("de/{name}"),
        name: name.into(),
        source: source.into(),
    };
    let found: Vec<String> = lint_duplicates(&[
        file(
            "a.ftl",
            "# a = comment\na = A\n    a = still the pattern\n-t = T\nb = B\na = again\n",
        ),
        file("b.ftl", "b = also\n-t = T2\nc = C\n"),
    ])
    .iter()
    .map(|i| {
        format!(
            "{}:{} {:?} {:?}",
            i.path,
            i.line,
            i.args.get("id").unwrap(),
            i.args.get("first").unwrap()
        )
    })
    .collect();
    assert_eq!(
        found,
        [
            r#"de/a.ftl:6 Str("a") Str("de/a.ftl:2")"#,
            r#"de/b.ftl:1 Str("b") Str("de/a.ftl:5")"#,
            r#"de/b.ftl:2 Str("-t") Str("de/a.ftl:4")"#,
        ]
    );
}

/// A host's copy of the engine's files older than the engine: what it lacks is said once
/// per file, the first five ids in the shipped file's order; a copy that does not parse
/// is left to its syntax errors, a newer one (more messages) and an absent one to the rest
/// of the lint; the engine's own files are not older than themselves.
#[test]
fn an_engine_file_older_than_the_engine_is_found() {
    use form_core::lint::lint_older_than_engine;
    let file = |name: &str, source: &str| FtlFile {
        path: format!("de/{name}"),
        name: name.into(),
        source: source.into(),
    };
    const ENGINE: &str = "z = Z\na = A\nb = B\n-t = T\nc = C\nd = D\ne = E\nf = F\n";
    let shipped = [
        file("engine.ftl", ENGINE),
        file("countries.ftl", "country-GB = Vereinigtes Königreich\n"),
    ];
    let said = |copy: &[FtlFile]| -> Vec<String> {
        lint_older_than_engine(&shipped, copy)
            .iter()
            .map(|i| {
                format!(
                    "{}:{} {} {:?} {:?}",
                    i.path,
                    i.line,
                    i.code,
                    i.args.get("count").unwrap(),
                    i.args.get("ids").unwrap()
                )
            })
            .collect()
    };
    assert_eq!(
        said(&[file("engine.ftl", "z = Z\nc = C\nnew = N\n")]),
        [r#"de/engine.ftl:0 older-than-engine Num(6.0) Str("a, b, -t, d, e, …")"#]
    );
    // The shipped file but its last message; no country names yet.
    let but_last = ENGINE.strip_suffix("f = F\n").unwrap();
    assert_eq!(
        said(&[
            file("engine.ftl", but_last),
            file("countries.ftl", "# none yet\n"),
        ]),
        [
            r#"de/engine.ftl:0 older-than-engine Num(1.0) Str("f")"#,
            r#"de/countries.ftl:0 older-than-engine Num(1.0) Str("country-GB")"#,
        ]
    );
    // Does not parse: its syntax errors say it. Absent: the missing-file warning does.
    assert_eq!(
        said(&[file("engine.ftl", "z = Z\na = { \n")]),
        Vec::<String>::new()
    );
    assert_eq!(said(&[]), Vec::<String>::new());
    assert_eq!(said(&shipped), Vec::<String>::new());
    // Every shipped language against itself, as the CLI ships it.
    let tree = common::engine_locales();
    for tag in tree.tags() {
        let files = tree.lint_files(&tag);
        assert_eq!(lint_older_than_engine(&files, &files), Vec::new(), "{tag}");
    }
}

/// A hostile file of 20,000 messages referring to each other in one long circle: every one
/// is found, and the lint stays linear (it was quadratic twice over: each message's line was
/// searched from the top of the file; a quadratic lint took minutes at this size).
#[test]
fn a_long_circle_of_references_is_found_in_linear_time() {
    use form_core::lint::{lint_duplicates, lint_references};
    let n = 20_000;
    let mut source = String::from("### status: draft\n");
    for i in 0..n {
        source.push_str(&format!("m{i} = {{ m{} }}\n", (i + 1) % n));
    }
    source.push_str("m7 = again\n");
    let file = FtlFile {
        path: "de/f.ftl".into(),
        name: "f.ftl".into(),
        source,
    };
    let found = lint_references(std::slice::from_ref(&file), &[]);
    assert_eq!(found.len(), n);
    assert_eq!(found[n - 1].line, n + 1);
    let twice = lint_duplicates(&[file]);
    assert_eq!(twice.len(), 1);
    assert_eq!(twice[0].line, n + 2);
}

/// Every error message of the engine puts the label in quotation marks: a label is often a
/// question ("When did you move in?"), which bare in a sentence reads as two ("When did
/// you move in? must be a real date").
#[test]
fn error_messages_quote_the_label() {
    let root = common::root().join("locales");
    let mut bare = Vec::new();
    for tag in LANGUAGES {
        let text = std::fs::read_to_string(root.join(tag).join("engine.ftl")).unwrap();
        let mut id = "";
        for (n, line) in text.lines().enumerate() {
            if let Some((name, _)) = line.split_once('=')
                && !line.starts_with([' ', '\t', '#'])
            {
                id = name.trim();
            } else if !line.starts_with([' ', '\t']) {
                id = "";
            }
            if !id.starts_with("error-") {
                continue;
            }
            let mut rest = line;
            while let Some(at) = rest.find("{ $label }") {
                let before = rest[..at].trim_end_matches([' ', '\u{a0}', '\u{202f}']);
                if !before.ends_with(['“', '„', '«', '"', '‘', '‚', '”']) {
                    bare.push(format!("{tag}/engine.ftl:{}: {id}", n + 1));
                }
                rest = &rest[at + "{ $label }".len()..];
            }
        }
    }
    assert!(
        bare.is_empty(),
        "the label bare in a sentence:\n{}",
        bare.join("\n")
    );
}

/// A unit as each language draws it after a number's input (`unit-kg`: `кг` in Russian) is
/// taken off again where the applicant types it with the number: the engine reads what it
/// shows.
#[test]
fn each_language_s_unit_is_read_when_typed() {
    use form_core::unit::Unit;
    let cat = common::catalog("en", None);
    for tag in LANGUAGES {
        let l = Locale::parse(tag).unwrap();
        for name in Unit::NAMES {
            let unit = Unit::parse(name).unwrap();
            let shown = cat.text(&l, unit.message_id(), &Default::default());
            assert!(
                !shown.is_empty() && !shown.contains('{'),
                "{tag} {name}: {shown}"
            );
            for typed in [
                format!("12 {shown}"),
                format!("12{shown}"),
                format!("{shown} 12"),
            ] {
                assert_eq!(unit.strip(&typed), "12", "{tag} {name}: {typed}");
            }
        }
    }
}
