//! The page flow (`form_core::flow`), natively: where "Continue", "Back" and "Send" lead,
//! what "check your answers" shows, what a draft keeps; and the cheap visibility a
//! renderer computes on every keystroke agrees with the full validation's.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

mod common;

use form_core::flow::{Next, Row, Send, Step};
use form_core::{Context, Date, Form, Shown};
use serde_json::{Value, json};

fn ctx() -> Context {
    Context {
        today: Date::parse_iso("2021-03-15").unwrap(),
    }
}

/// Three pages; the second only for people with children; a field on the third only for
/// those who say so.
fn three_pages() -> Form {
    let schema = json!({
        "format": 1, "id": "flow", "version": "1", "defaultLocale": "en", "title": "t",
        "pages": [
            {"id": "you", "heading": "h1", "fields": [
                {"id": "name", "type": "text", "label": "l", "required": true},
                {"id": "children", "type": "choice", "label": "l", "required": true,
                 "options": [{"value": "yes", "label": "y"}, {"value": "no", "label": "n"}]}
            ]},
            {"id": "kids", "heading": "h2", "visibleWhen": "children == \"yes\"", "fields": [
                {"id": "kids", "type": "group", "label": "l", "itemLabel": "child", "minItems": 1, "fields": [
                    {"id": "kid_name", "type": "text", "label": "kl", "required": true},
                    {"id": "kid_born", "type": "date", "label": "kb"}
                ]}
            ]},
            {"id": "end", "heading": "h3", "fields": [
                {"id": "note_wanted", "type": "consent", "label": "l"},
                {"id": "note", "type": "textarea", "label": "l", "visibleWhen": "note_wanted", "required": true}
            ]}
        ]
    });
    let compiled = form_core::compile_value(&schema);
    assert!(!compiled.has_errors(), "{:?}", compiled.diagnostics);
    compiled.form.unwrap()
}

fn next(form: &Form, data: &Value, page: usize, returning: bool) -> Next {
    let (report, vis) = form.evaluate(data, &ctx());
    form.next(&report, &vis, page, returning)
}

fn paths(next: &Next) -> (String, Vec<String>) {
    match next {
        Next::Stay { issues } => (
            "stay".into(),
            issues.iter().map(|i| i.path.clone()).collect(),
        ),
        Next::Page { page, issues } => (
            format!("page {page}"),
            issues.iter().map(|i| i.path.clone()).collect(),
        ),
        Next::Check => ("check".into(), Vec::new()),
    }
}

#[test]
fn continue_stays_with_the_page_s_issues_and_skips_hidden_pages() {
    let form = three_pages();
    let vis = form.visibility(&json!({}), &ctx());
    assert_eq!(form.visible_pages(&vis), [0, 2]);
    assert_eq!(form.first_page(&vis), Some(0));
    for (data, page, returning, expect) in [
        // Problems on this page: stay, with exactly this page's issues.
        (json!({}), 0, false, ("stay", vec!["name", "children"])),
        // The kids page appears only for "yes".
        (
            json!({"name": "A", "children": "no"}),
            0,
            false,
            ("page 2", vec![]),
        ),
        (
            json!({"name": "A", "children": "yes"}),
            0,
            false,
            ("page 1", vec![]),
        ),
        // A group that needs an item.
        (
            json!({"name": "A", "children": "yes"}),
            1,
            false,
            ("stay", vec!["kids"]),
        ),
        (
            json!({"name": "A", "children": "yes", "kids": [{"kid_name": ""}]}),
            1,
            false,
            ("stay", vec!["kids[0].kid_name"]),
        ),
        // The last page: on to "check your answers".
        (
            json!({"name": "A", "children": "no"}),
            2,
            false,
            ("check", vec![]),
        ),
        // Coming from "check your answers", back there as soon as the page is done...
        (
            json!({"name": "A", "children": "no"}),
            0,
            true,
            ("check", vec![]),
        ),
        // ... unless a change made another page incomplete: go there, with its issues.
        (
            json!({"name": "A", "children": "yes"}),
            0,
            true,
            ("page 1", vec!["kids"]),
        ),
        // A field that appeared on a later page: it is reached in order.
        (
            json!({"name": "A", "children": "no", "note_wanted": true}),
            0,
            false,
            ("page 2", vec![]),
        ),
    ] {
        let got = paths(&next(&form, &data, page, returning));
        let want = (
            expect.0.to_owned(),
            expect.1.iter().map(|s| s.to_string()).collect(),
        );
        assert_eq!(got, want, "{data} on page {page}, returning {returning}");
    }
}

#[test]
fn back_goes_to_the_previous_page_shown() {
    let form = three_pages();
    let no = form.visibility(&json!({"children": "no"}), &ctx());
    let yes = form.visibility(&json!({"children": "yes"}), &ctx());
    assert_eq!(form.back(&no, &Step::Page(2)), Some(0));
    assert_eq!(form.back(&yes, &Step::Page(2)), Some(1));
    assert_eq!(form.back(&yes, &Step::Page(0)), None);
    assert_eq!(form.back(&yes, &Step::Check), Some(2));
    assert_eq!(form.back(&yes, &Step::Done("R".into())), None);
}

#[test]
fn the_page_loaded_again_resumes_where_the_applicant_was_while_that_page_is_shown() {
    let form = three_pages();
    let no = form.visibility(&json!({"children": "no"}), &ctx());
    let yes = form.visibility(&json!({"children": "yes"}), &ctx());
    assert_eq!(form.resume(&yes, Some(1)), Some(1));
    // The page was hidden meanwhile (or the tab's copy is of another version of the
    // form): the last page shown before it.
    assert_eq!(form.resume(&no, Some(1)), Some(0));
    // "Check your answers" (past the last page), or a page the form no longer has.
    assert_eq!(form.resume(&yes, Some(usize::MAX)), Some(2));
    assert_eq!(form.resume(&no, Some(7)), Some(2));
    // Nothing to take up: the first page.
    assert_eq!(form.resume(&yes, None), Some(0));
}

#[test]
fn send_goes_to_the_first_page_with_a_problem() {
    let form = three_pages();
    let data = json!({"name": "A", "children": "yes", "note_wanted": true});
    let report = form.validate(&data, &ctx());
    match form.send(&report) {
        Send::Fix { page, issues } => {
            assert_eq!(page, Some(1));
            let p: Vec<&str> = issues.iter().map(|i| i.path.as_str()).collect();
            assert_eq!(p, ["kids"], "only the page's own issues");
        }
        other => panic!("{other:?}"),
    }
    let data = json!({"name": "A", "children": "no"});
    let ok = form.validate(&data, &ctx());
    assert_eq!(form.send(&ok), Send::Send);
    // Issues about no field (the whole submission) are shown where the applicant is.
    let data = json!([1]);
    let mut whole = form.validate(&data, &ctx());
    whole.issues.retain(|i| i.path.is_empty());
    assert_eq!(whole.issues.len(), 1);
    assert!(matches!(form.send(&whole), Send::Fix { page: None, .. }));
}

#[test]
fn check_your_answers_shows_what_will_be_stored() {
    let form = three_pages();
    // Directional formatting characters are stripped before the applicant confirms: the
    // row shows the stored text, not the raw one (U+202E would reverse it on screen).
    let data = json!({
        "name": "  Ali\u{202E}ce ", "children": "yes",
        "kids": [{"kid_name": "Bo", "kid_born": {"day": "5", "month": "3", "year": "2015"}}],
        "note_wanted": false, "note": "secret"
    });
    let (report, vis) = form.evaluate(&data, &ctx());
    let sections = form.check_answers(&report, &vis);
    let pages: Vec<usize> = sections.iter().map(|s| s.page).collect();
    assert_eq!(pages, [0, 1, 2]);
    let rows: Vec<String> = sections
        .iter()
        .flat_map(|s| s.rows.iter())
        .map(|r| match r {
            Row::Answer { path, value, .. } => format!("{path} = {value:?}"),
            Row::Item { label, number } => format!("item {label} {number}"),
        })
        .collect();
    assert_eq!(
        rows,
        [
            "name = Text { text: \"Alice\" }",
            "children = Options { labels: [\"y\"] }",
            "kids = Items { count: 1 }",
            "item child 1",
            "kids[0].kid_name = Text { text: \"Bo\" }",
            "kids[0].kid_born = Date { year: 2015, month: Some(3), day: Some(5) }",
            "note_wanted = No",
        ],
        "the hidden note is not shown"
    );
}

#[test]
fn a_draft_keeps_what_was_typed_but_not_hidden_answers() {
    let form = three_pages();
    let data = json!({
        "name": "typed, not yet valid \u{202E}", "children": "no",
        "kids": [{"kid_name": "from before"}], "note": "hidden", "nonsense": 1,
        "note_wanted": false
    });
    let vis = form.visibility(&data, &ctx());
    let kept = form.draft(&data, &vis);
    assert_eq!(
        Value::Object(kept),
        json!({"name": "typed, not yet valid \u{202E}", "children": "no", "note_wanted": false})
    );
}

#[test]
fn the_page_of_a_path() {
    let form = three_pages();
    assert_eq!(form.page_of("name"), Some(0));
    assert_eq!(form.page_of("kids[3].kid_name"), Some(1));
    assert_eq!(form.page_of(""), None);
    assert_eq!(form.page_of("nothing"), None);
}

/// A service's refusal can name a field this form does not know (or none): a page
/// that drops it would leave the applicant with a refusal and nothing to fix.
#[test]
fn issues_of_no_page_are_shown_on_every_page() {
    let form = three_pages();
    let issue = |path: &str| form_core::Issue {
        path: path.into(),
        code: form_core::IssueCode::Required,
        message: "error-required".into(),
        label: None,
        rule: None,
        fields: Vec::new(),
        args: form_core::Args::new(),
    };
    let issues = [
        issue("kids[4].kid_name"),
        issue("unknown_here"),
        issue("name"),
        issue(""),
    ];
    let on = |p| -> Vec<String> {
        form.issues_on_page(&issues, p)
            .into_iter()
            .map(|i| i.path)
            .collect()
    };
    assert_eq!(form.page_of_issues(&issues), Some(1));
    assert_eq!(on(1), ["kids[4].kid_name", "unknown_here", ""]);
    assert_eq!(on(0), ["unknown_here", "name", ""]);
    // Continue on a page with such an issue stays there (the engine's own: a submission
    // that is not an object).
    assert_eq!(paths(&next(&form, &json!([1]), 0, false)).0, "stay");
}

/// What a renderer computes on every keystroke (only visibility) is what the full
/// validation computes, on every case of every example.
#[test]
fn cheap_visibility_agrees_with_the_full_evaluation() {
    let mut n = 0;
    for dir in common::examples() {
        let form = form_core::compile(&dir.read_schema().unwrap())
            .form
            .unwrap();
        for path in dir.cases() {
            let data: Value =
                serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            assert_eq!(
                form.visibility(&data, &ctx()),
                form.evaluate(&data, &ctx()).1,
                "{}",
                path.display()
            );
            n += 1;
        }
    }
    assert!(n > 70, "{n} cases");
    let three = three_pages();
    for data in [
        json!({}),
        json!({"children": "yes", "kids": [{}, {"kid_name": "x"}]}),
        json!({"note_wanted": true, "children": "maybe"}),
    ] {
        assert_eq!(
            three.visibility(&data, &ctx()),
            three.evaluate(&data, &ctx()).1
        );
    }
}

#[test]
fn shown_values_of_every_type() {
    let form = form_core::compile(&common::lea_schema()).form.unwrap();
    let data: Value = serde_json::from_str(
        &std::fs::read_to_string(
            common::root().join("examples/lea-registration/cases/02-valid-complete.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let (report, vis) = form.evaluate(&data, &ctx());
    let sections = form.check_answers(&report, &vis);
    insta::assert_json_snapshot!(sections);
    // Nothing answered is shown as such, not as an empty text; but a box not ticked is a
    // "no", not a question left unanswered.
    let nothing = json!({});
    let empty = form.evaluate(&nothing, &ctx());
    let rows = form.check_answers(&empty.0, &empty.1);
    for row in rows.iter().flat_map(|s| &s.rows) {
        let Row::Answer { path, value, .. } = row else {
            panic!("{row:?}");
        };
        let expected = if path == "consent" {
            Shown::No
        } else {
            Shown::Nothing
        };
        assert_eq!(*value, expected, "{path}");
    }
}

/// A group that needs items starts with as many empty items (at most ten), so that their
/// questions are there at once.
#[test]
fn a_group_that_needs_items_starts_with_them() {
    let read = |form: &str| {
        let path = common::root().join(format!("examples/{form}/form.json"));
        let schema = std::fs::read_to_string(path).unwrap();
        form_core::compile(&schema).form.unwrap()
    };
    let started = |form: &Form| {
        let mut answers = serde_json::Map::new();
        form.start_groups(&mut answers);
        answers
            .iter()
            .map(|(g, items)| format!("{g} {}", items.as_array().map_or(0, Vec::len)))
            .collect::<Vec<_>>()
    };
    let dogs = read("dog-tax");
    assert_eq!(started(&dogs), ["dog_list 1"]);
    assert_eq!(started(&read("daycare-voucher")).len(), 1);
    // The registration's family members are optional: no item until one is added.
    assert!(started(&read("lea-registration")).is_empty());
    // A partnership of at least two starts with two; a hostile minItems with ten.
    let groups = |min: u64| {
        let schema = json!({
            "format": 1, "id": "g", "version": "1", "defaultLocale": "en", "title": "t",
            "pages": [{"id": "p", "heading": "h", "fields": [
                {"id": "partners", "type": "group", "label": "l", "itemLabel": "i",
                 "minItems": min, "fields": [{"id": "name", "type": "text", "label": "n"}]},
                {"id": "optional", "type": "group", "label": "l", "itemLabel": "i",
                 "minItems": 0, "fields": [{"id": "what", "type": "text", "label": "n"}]}
            ]}]
        });
        started(&form_core::compile_value(&schema).form.unwrap())
    };
    assert_eq!(groups(2), ["partners 2"]);
    assert_eq!(groups(4_000_000_000), ["partners 10"]);
    // A group already answered (a draft's, even emptied) stays as it is.
    let mut kept = serde_json::Map::new();
    kept.insert("dog_list".to_owned(), json!([]));
    dogs.start_groups(&mut kept);
    assert_eq!(kept["dog_list"], json!([]));
    // The empty item is an item: its required questions are asked when the page is left.
    let start = json!({ "dog_list": [{}] });
    let report = dogs.validate(&start, &ctx());
    assert!(
        report
            .issues
            .iter()
            .any(|i| i.path == "dog_list[0].dog_name"),
        "{:?}",
        report.issues
    );
}
