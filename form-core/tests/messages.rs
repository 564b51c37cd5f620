//! Every code the engine can produce has a message in every shipped locale, with the
//! arguments it is given.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

mod common;

use form_core::codes::LintCode;
use form_core::{Arg, Args, DiagCode, IssueCode, Locale};

#[test]
fn every_issue_and_diagnostic_code_has_a_message_in_every_locale() {
    let cat = common::catalog("en", None);
    let tags = common::locale_tags();
    assert!(tags.contains(&"de".to_owned()) && tags.contains(&"en".to_owned()));
    let mut missing = Vec::new();
    for tag in &tags {
        let l = Locale::parse(tag).unwrap();
        for code in IssueCode::ALL {
            if !cat.has(&l, &format!("error-{code}")) {
                missing.push(format!("{tag}: error-{code}"));
            }
        }
        for id in form_core::types::REQUIRED_MESSAGES {
            if !cat.has(&l, id) {
                missing.push(format!("{tag}: {id}"));
            }
        }
        // Diagnostics for form authors live in the optional authoring.ftl: every
        // language that has the file has them all; others fall back to English.
        let has_authoring = common::root()
            .join("locales")
            .join(tag)
            .join("authoring.ftl")
            .exists();
        assert!(
            has_authoring || tag != "en",
            "the reference locale needs authoring.ftl"
        );
        for code in DiagCode::ALL.iter().filter(|_| has_authoring) {
            if !cat.has(&l, &format!("schema-{code}")) {
                missing.push(format!("{tag}: schema-{code}"));
            }
        }
        for code in LintCode::ALL.iter().filter(|_| has_authoring) {
            if !cat.has(&l, &format!("lint-{code}")) {
                missing.push(format!("{tag}: lint-{code}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "missing messages:\n{}",
        missing.join("\n")
    );
}

/// A translator whose file does not parse, or an author whose JSON does not, reads what is
/// wrong in words, in every language that has messages for authors: no problem falls
/// through to its bare code.
#[test]
fn every_syntax_problem_is_said_in_words() {
    let cat = common::catalog("en", None);
    // Fluent's problems in `lint-syntax`; a JSON file's (the schema, a case, a
    // submission) in `json-problem`.
    let fluent = form_core::SyntaxCode::ALL
        .iter()
        .map(|c| ("lint-syntax", c.as_str()))
        .chain(form_core::lint::SLIPS.map(|p| ("lint-syntax", p)));
    let json = form_core::json::PROBLEMS.map(|p| ("json-problem", p));
    let authors: Vec<String> = common::locale_tags()
        .into_iter()
        .filter(|tag| {
            common::root()
                .join(format!("locales/{tag}/authoring.ftl"))
                .exists()
        })
        .collect();
    assert!(authors.len() >= 2, "{authors:?}");
    let mut bare = Vec::new();
    for (id, problem) in fluent.chain(json) {
        for tag in &authors {
            let mut args = Args::new();
            args.insert("problem".to_owned(), Arg::from(problem));
            let text = cat.text(&Locale::parse(tag).unwrap(), id, &args);
            if text.ends_with(problem) {
                bare.push(format!("{tag}: {text}"));
            }
        }
    }
    assert!(bare.is_empty(), "{}", bare.join("\n"));
}

/// Each engine message formats with exactly the arguments its code carries
/// (`IssueCode::args`, plus the field's `label`): a message using another variable would
/// show `{$name}` to applicants.
#[test]
fn messages_format_without_errors_given_their_arguments() {
    let cat = common::catalog("en", None);
    let sample = |name: &str| match name {
        "min" => Arg::from(2.0),
        "max" => Arg::from(3.0),
        "count" => Arg::from(1.0),
        "missing" => Arg::from("day"),
        "expected" => Arg::from("list"),
        "found" => Arg::from("Ж"),
        _ => Arg::from("x"),
    };
    for tag in common::locale_tags() {
        let l = Locale::parse(&tag).unwrap();
        for code in IssueCode::ALL {
            let mut args = Args::new();
            args.insert("label".to_owned(), Arg::from("Name"));
            for a in code.args() {
                args.insert((*a).to_owned(), sample(a));
            }
            let (text, errors) = cat.format(&l, &format!("error-{code}"), &args);
            assert!(errors.is_empty(), "{tag} error-{code}: {errors:?}");
            assert!(!text.is_empty());
        }
        let mut label = Args::new();
        label.insert("label".to_owned(), Arg::from("Name"));
        for id in form_core::types::REQUIRED_MESSAGES {
            let (text, errors) = cat.format(&l, id, &label);
            assert!(errors.is_empty(), "{tag} {id}: {errors:?}");
            assert!(text.contains("Name"), "{tag} {id}: {text}");
        }
    }
}

#[test]
fn plural_forms_follow_the_number() {
    let cat = common::catalog("en", None);
    let en = Locale::parse("en").unwrap();
    let mut args = Args::new();
    args.insert("label".into(), Arg::from("Name"));
    args.insert("max".into(), Arg::from(1.0));
    let one = cat.text(&en, "error-too-long", &args);
    args.insert("max".into(), Arg::from(5.0));
    let other = cat.text(&en, "error-too-long", &args);
    assert_eq!(
        common::visible_isolates(&one),
        "“⁅Name⁆” must be ⁅⁅1⁆ character⁆ or fewer"
    );
    assert_eq!(
        common::visible_isolates(&other),
        "“⁅Name⁆” must be ⁅⁅5⁆ characters⁆ or fewer"
    );
}

#[test]
fn negotiation_and_fallback() {
    let cat = common::catalog("de", None);
    // A browser's list, most preferred first: Swahili is not shipped, British English
    // falls to English; Canadian French to French.
    assert_eq!(
        cat.negotiate(&["sw", "en-GB;q=0.8", "de"]).to_string(),
        "en"
    );
    assert_eq!(cat.negotiate(&["fr-CA", "en"]).to_string(), "fr");
    assert_eq!(cat.negotiate(&["fa-IR"]).to_string(), "fa");
    assert_eq!(cat.negotiate(&["xx", "de-AT"]).to_string(), "de");
    assert_eq!(cat.negotiate::<&str>(&[]).to_string(), "de");
    // A locale without the message falls back to the default.
    let (text, errors) = cat.format(&Locale::parse("sw").unwrap(), "form-submit", &Args::new());
    assert_eq!((text.as_str(), errors.len()), ("Absenden", 0));
    let (text, errors) = cat.format(
        &Locale::parse("en").unwrap(),
        "no-such-message",
        &Args::new(),
    );
    assert_eq!((text.as_str(), errors.len()), ("no-such-message", 1));
}

#[test]
fn resource_syntax_errors_are_located_and_the_rest_still_loads() {
    let mut cat = form_core::Catalog::new(Locale::parse("en").unwrap());
    let errors = cat.add_resource(
        &Locale::parse("en").unwrap(),
        "broken.ftl",
        "good = Good\n\nbad = { $x\nalso-good = Fine\n",
    );
    assert_eq!(errors.len(), 1, "{errors:?}");
    // Reported where the closing brace was expected: the start of line 4.
    assert_eq!(errors[0].line, 4, "{errors:?}");
    assert!(cat.has(&Locale::parse("en").unwrap(), "good"));
    assert!(cat.has(&Locale::parse("en").unwrap(), "also-good"));
}

#[test]
fn pseudo_locales_transform_text() {
    let mut cat = common::catalog("en", None);
    let l = cat.add_pseudo(form_core::Pseudo::Accented, &Locale::parse("en").unwrap());
    assert_eq!(l.to_string(), "en-XA");
    assert_eq!(cat.negotiate(&["en-XA"]).to_string(), "en-XA");
    assert_eq!(cat.text(&l, "form-back", &Args::new()), "Ɓȧȧƈķ");
}

#[test]
fn accept_language_headers_are_ordered_by_quality() {
    let cat = common::catalog("de", None);
    assert_eq!(
        cat.negotiate_header("sw, fa;q=0.4, uk;q=0.9").to_string(),
        "uk"
    );
    assert_eq!(cat.negotiate_header("ar;q=0, *;q=0.5").to_string(), "de");
    assert_eq!(
        cat.negotiate_header("tr-TR,tr;q=0.9,en-US;q=0.8")
            .to_string(),
        "tr"
    );
    assert_eq!(cat.negotiate_header("").to_string(), "de");
}

/// Dates are written as people write them in each language, with its month names and
/// order; a date bound in an issue's text too (the report keeps ISO for programs).
#[test]
fn dates_are_written_in_each_language() {
    let cat = common::catalog("en", None);
    let plain = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
    let written = |tag: &str, month: Option<u8>, day: Option<u8>| {
        plain(cat.date_text(&Locale::parse(tag).unwrap(), 1985, month, day))
    };
    assert_eq!(written("en", Some(3), Some(27)), "27 March 1985");
    assert_eq!(written("de", Some(3), Some(27)), "27. März 1985");
    assert_eq!(written("fr", Some(3), Some(1)), "1er mars 1985");
    assert_eq!(written("pl", Some(3), Some(27)), "27 marca 1985");
    assert_eq!(written("pl", Some(3), None), "marzec 1985");
    assert_eq!(written("uk", Some(12), Some(2)), "2 грудня 1985");
    assert_eq!(written("ru", Some(12), None), "декабрь 1985");
    assert_eq!(written("ar", Some(3), Some(27)), "27 مارس 1985");
    assert_eq!(written("vi", Some(3), Some(27)), "ngày 27 tháng 3 năm 1985");
    assert_eq!(written("tr", None, None), "1985");
    // Every language has both messages (the lint keeps their variables the same).
    for tag in common::locale_tags() {
        let l = Locale::parse(&tag).unwrap();
        assert!(
            cat.has(&l, "form-date-written") && cat.has(&l, "form-month-written"),
            "{tag}"
        );
    }
    let issue: form_core::Issue = serde_json::from_value(serde_json::json!({
        "path": "start", "code": "date-too-early", "message": "error-date-too-early",
        "label": "x", "args": { "min": "2021-04-01" }
    }))
    .unwrap();
    let de = Locale::parse("de").unwrap();
    assert!(
        plain(cat.render_issue(&de, &issue, None))
            .ends_with("darf nicht vor dem 1. April 2021 liegen"),
        "{}",
        cat.render_issue(&de, &issue, None)
    );
    // A rule's message gets its fields' answers: a date and a partial date among them are
    // written so too; a text, a number and a year stay as they are.
    let mut cat = cat;
    for (tag, text) in [
        ("de", "r = { $born } { $since } { $year } { $name } { $n }"),
        ("ar", "r = { $born } { $since }"),
    ] {
        let errors = cat.add_resource(&Locale::parse(tag).unwrap(), "r.ftl", text);
        assert!(errors.is_empty(), "{errors:?}");
    }
    let rule: form_core::Issue = serde_json::from_value(serde_json::json!({
        "path": "born", "code": "plausibility", "message": "r", "rule": "adult",
        "fields": ["born", "since", "year", "name", "n"],
        "args": { "born": "2003-04-02", "since": "2019-06", "year": "2019", "name": "Anna", "n": 2.5 }
    }))
    .unwrap();
    assert_eq!(
        plain(cat.render_issue(&de, &rule, None)),
        "2. April 2003 Juni 2019 2019 Anna 2,5"
    );
    let ar = Locale::parse("ar").unwrap();
    assert_eq!(
        plain(cat.render_issue(&ar, &rule, None)),
        "2 أبريل 2003 يونيو 2019"
    );
}

/// A rule's message says the answers of choices by their options' labels and a box by
/// yes or no, in the reader's language: "Fahrzeuge (vehicles) sind bei „stationary“ nicht
/// möglich" showed German readers the form's codes. The report's arguments keep the values,
/// for programs; without the form, the values are all there is.
#[test]
fn a_rules_message_says_choices_by_their_labels() {
    let schema = serde_json::json!({
        "format": 1, "id": "t", "version": "1", "defaultLocale": "de", "title": "t",
        "pages": [{ "id": "p", "heading": "h", "fields": [
            { "id": "kind", "type": "choice", "label": "l", "options": [
                { "value": "stationary", "label": "o-stationary" }, { "value": "moving", "label": "o-moving" } ] },
            { "id": "aids", "type": "multi-choice", "label": "l", "options": [
                { "value": "loudspeaker", "label": "o-loudspeaker" }, { "value": "vehicles", "label": "o-vehicles" },
                { "value": "a, b", "label": "o-comma" } ] },
            { "id": "country", "type": "choice", "label": "l", "codeList": "countries", "widget": "select" },
            { "id": "sure", "type": "consent", "label": "l" },
            { "id": "name", "type": "text", "label": "l" },
        ] }],
        "rules": [{ "id": "r", "assert": "kind == \"moving\"", "fields": ["kind", "aids", "country", "sure", "name"], "message": "r" }],
    });
    let form = form_core::compile_value(&schema).form.unwrap();
    let mut cat = common::catalog("de", None);
    let de = Locale::parse("de").unwrap();
    let ar = Locale::parse("ar").unwrap();
    let errors = cat.add_resource(
        &de,
        "t.ftl",
        "r = { $aids } bei „{ $kind }“ ({ $country }, { $sure }, { $name })\n\
         o-stationary = Kundgebung an einem Ort\no-moving = Aufzug\n\
         o-loudspeaker = Lautsprecher\no-vehicles = Fahrzeuge\no-comma = Komma\n",
    );
    assert!(errors.is_empty(), "{errors:?}");
    let errors = cat.add_resource(
        &ar,
        "t.ftl",
        "r = { $kind } { $sure } { $country } { $aids }\no-stationary = تجمع ثابت\n\
         o-loudspeaker = مكبر صوت\no-vehicles = مركبات\n",
    );
    assert!(errors.is_empty(), "{errors:?}");
    let plain = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
    let issue_of = |data: serde_json::Value| {
        let today = form_core::Date::parse_iso("2021-03-15").unwrap();
        let report = form.validate(&data, &form_core::Context { today });
        report.issues.first().cloned().unwrap()
    };
    let issue = &issue_of(serde_json::json!({
        "kind": "stationary", "aids": ["loudspeaker", "vehicles"], "country": "GB", "sure": true, "name": "vehicles"
    }));
    assert_eq!(
        issue.args.get("aids"),
        Some(&Arg::Str("loudspeaker, vehicles".into()))
    );
    assert_eq!(
        plain(cat.render_issue(&de, issue, Some(&form))),
        "Lautsprecher, Fahrzeuge bei „Kundgebung an einem Ort“ (Vereinigtes Königreich, Ja, vehicles)"
    );
    assert_eq!(
        plain(cat.render_issue(&ar, issue, Some(&form))),
        // A list as Arabic writes it (`form-list-separator`).
        "تجمع ثابت نعم المملكة المتحدة مكبر صوت، مركبات"
    );
    assert_eq!(
        plain(cat.render_issue(&de, issue, None)),
        "loudspeaker, vehicles bei „stationary“ (GB, true, vehicles)"
    );
    // An option whose value holds ", " is said by its label too.
    let issue =
        &issue_of(serde_json::json!({ "kind": "stationary", "aids": ["a, b"], "sure": false }));
    assert_eq!(
        plain(cat.render_issue(&de, issue, Some(&form))),
        "Komma bei „Kundgebung an einem Ort“ (, , )"
    );
}

/// An issue of a question of one item says which item, as the item's heading names it
/// (`form-item-issue`); the group's own issue, an issue without the form, and a path from a
/// service that names no group or an index too large for a number keep the message alone.
#[test]
fn an_items_issue_says_which_item() {
    let schema = serde_json::json!({
        "format": 1, "id": "t", "version": "1", "defaultLocale": "en", "title": "t",
        "pages": [{ "id": "p", "heading": "h", "fields": [
            { "id": "people", "type": "group", "label": "g", "itemLabel": "person", "minItems": 1, "fields": [
                { "id": "name", "type": "text", "label": "name-label", "required": true } ] },
        ] }],
    });
    let form = form_core::compile_value(&schema).form.unwrap();
    let mut cat = common::catalog("en", None);
    let en = Locale::parse("en").unwrap();
    let fr = Locale::parse("fr").unwrap();
    for (l, text) in [
        (&en, "person = Person\nname-label = Name\ng = People\n"),
        (&fr, "person = Personne\nname-label = Nom\ng = Personnes\n"),
    ] {
        assert!(cat.add_resource(l, "t.ftl", text).is_empty());
    }
    let plain = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
    let today = form_core::Date::parse_iso("2021-03-15").unwrap();
    let data = serde_json::json!({ "people": [{ "name": "Ann" }, {}] });
    let report = form.validate(&data, &form_core::Context { today });
    let issue = report.issues.first().cloned().unwrap();
    assert_eq!(issue.path, "people[1].name");
    assert_eq!(
        plain(cat.render_issue(&en, &issue, Some(&form))),
        "Person 2: Enter an answer for “Name”"
    );
    assert_eq!(
        plain(cat.render_issue(&fr, &issue, Some(&form))),
        "Personne 2 : Répondez à « Nom »"
    );
    assert_eq!(
        plain(cat.render_issue(&en, &issue, None)),
        "Enter an answer for “Name”"
    );
    for path in [
        "people[99999999999999999999999].name",
        "nobody[1].name",
        "people[",
        "[1]",
        "people[x].name",
    ] {
        let mut odd = issue.clone();
        odd.path = path.to_owned();
        assert_eq!(
            plain(cat.render_issue(&en, &odd, Some(&form))),
            "Enter an answer for “Name”",
            "{path}"
        );
    }
}
