//! Every example form and every type's test form, with pseudo-random submissions made
//! from its own cases (answers replaced by values of every kind, option values, amounts
//! with units, dates, times, IBANs, look-alike letters): the packed form gives the same
//! report as the compiled one; the fast path and the visibility alone agree with the full
//! report; and the cleaned submission, validated again, cleans to itself, drops nothing,
//! and is valid where the submission was. A receiver stores the cleaned answers: read
//! again, they must not be refused.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

mod common;

include!("../../tests/support/random_submissions.rs");

use form_core::packed;
use serde_json::Value as Json;

/// What people type into number, date, time and text fields, beyond the shared strings.
const TYPED: &[&str] = &[
    "650 €",
    "€650",
    "EUR 650",
    "1.200,- €",
    "62,5 m²",
    "62 qm",
    "٦٥٠٫٥٠ €",
    "1 240",
    "1.850,50",
    "2.350",
    "5.",
    ".5",
    "-0",
    "1e2",
    "0,0",
    "00012",
    "DE89 3704 0044 0532 0130 00",
    "de89370400440532013000",
    "GB82WEST12345698765432",
    "ayse@Bücher.DE",
    "a.b@xn--bcher-kva.de",
    "Shevchenkо",
    "Жанна",
    "O'Neill",
    "1990-06",
    "1990",
    "2020-02-29",
    "2021-02-29",
    "12:00",
    "00:00",
    "23:59",
];

/// Every `value` written in a schema: the options of its fields and code lists.
fn option_values(v: &Json, out: &mut Vec<String>) {
    match v {
        Json::Object(m) => {
            if let Some(Json::String(s)) = m.get("value") {
                out.push(s.clone());
            }
            m.values().for_each(|x| option_values(x, out));
        }
        Json::Array(a) => a.iter().for_each(|x| option_values(x, out)),
        _ => {}
    }
}

/// An answer: an option's value, something typed, or any value of the shared generator;
/// sometimes a list of them (a multi-choice, a group where one is not expected).
fn answer(rng: &mut Lcg, options: &[String]) -> Json {
    let one = |rng: &mut Lcg| match rng.below(3) {
        0 if !options.is_empty() => Json::String(options[rng.below(options.len())].clone()),
        1 => Json::String(TYPED[rng.below(TYPED.len())].to_owned()),
        _ => value(rng, 0),
    };
    if rng.below(4) == 0 {
        Json::Array((0..rng.below(4)).map(|_| one(rng)).collect())
    } else {
        one(rng)
    }
}

#[test]
fn random_submissions_to_every_form_clean_to_answers_that_are_valid_again() {
    let mut dirs: Vec<std::path::PathBuf> =
        common::examples().into_iter().map(|e| e.root).collect();
    dirs.extend(
        form_files::forms_in(&common::root().join("tests/types"))
            .unwrap()
            .into_iter()
            .map(|t| t.root),
    );
    let mut checked = 0;
    for dir in dirs {
        let text = std::fs::read_to_string(dir.join("form.json")).unwrap();
        let schema: Json = serde_json::from_str(&text).unwrap();
        let form = form_core::compile(&text).form.unwrap();
        let unpacked = packed::decode(&packed::encode(&form)).unwrap();
        let ids = field_ids(&schema);
        let mut options = Vec::new();
        option_values(&schema, &mut options);
        let cases: Vec<(Json, String)> = form_files::FormDir::new(&dir)
            .cases()
            .iter()
            .map(|p| {
                let mut v: Json =
                    serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap();
                let _ = form_files::take_case_expect(&mut v);
                let today =
                    form_files::take_case_today(&mut v).unwrap_or_else(|| "2021-03-15".to_owned());
                (v, today)
            })
            .collect();
        assert!(!cases.is_empty(), "{}", dir.display());
        let mut rng = Lcg(2026);
        let (mut valid, mut n) = (0, 0);
        for i in 0..400 {
            let (base, today) = &cases[i % cases.len()];
            let ctx = form_core::Context {
                today: form_core::Date::parse_iso(today).unwrap(),
            };
            let mut data = submission(&mut rng, &ids, base);
            // A few more answers, at the top or in an item of a group.
            for _ in 0..rng.below(3) {
                let id = ids.0[rng.below(ids.0.len())].clone();
                let v = answer(&mut rng, &options);
                let item_ids = ids.1.iter().find(|(g, _)| *g == id).map(|(_, f)| f.clone());
                match (data.get_mut(&id), item_ids) {
                    (Some(Json::Array(items)), Some(item_ids)) if !items.is_empty() => {
                        let k = rng.below(items.len());
                        if let Json::Object(item) = &mut items[k] {
                            item.insert(item_ids[rng.below(item_ids.len())].clone(), v);
                        }
                    }
                    _ => {
                        data[&id] = v;
                    }
                }
            }
            let what = format!("{}: {data}", dir.display());
            let report = form.validate(&data, &ctx);
            assert_eq!(
                serde_json::to_string(&report).unwrap(),
                serde_json::to_string(&unpacked.validate(&data, &ctx)).unwrap(),
                "packed form, {what}"
            );
            assert_eq!(
                report.valid,
                form.is_valid(&data, &ctx),
                "fast path, {what}"
            );
            assert_eq!(
                form.visibility(&data, &ctx),
                form.evaluate(&data, &ctx).1,
                "visibility, {what}"
            );
            let stored = report.cleaned.to_value();
            let again = form.validate(&stored, &ctx);
            assert_eq!(again.cleaned, report.cleaned, "cleaned again, {what}");
            assert!(
                again.dropped.is_empty(),
                "dropped again {:?}, {what}",
                again.dropped
            );
            if report.valid {
                assert!(
                    again.valid,
                    "valid, but its cleaned answers not: {:?}, {what}",
                    again.issues
                );
            }
            valid += usize::from(report.valid);
            n += 1;
        }
        // Both verdicts occur, or the test proves little for this form.
        assert!(
            valid > 0 && valid < n,
            "{}: {valid} of {n} valid",
            dir.display()
        );
        checked += n;
    }
    assert!(checked >= 15 * 400, "{checked}");
}
