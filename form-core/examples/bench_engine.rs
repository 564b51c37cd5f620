//! Native timings of the engine on the registration form, for `cargo xtask bench`: the
//! median time per call, over batches, of a full validation (valid and invalid data), the
//! fast `is_valid`, the visibility-only evaluation a renderer runs per keystroke, and the
//! answers' JSON text validated into a report's JSON text (what `validateJson` does).
//! Prints one JSON object (nanoseconds).
//!
//!     cargo run --release -p form-core --example bench_engine
//!
//! With `calls WHAT N` it only makes N calls of one of them (validate, validate-invalid,
//! is-valid, visibility, decode: the packed form read back, textarea: a 688-character
//! German letter normalised as a textarea answer, parse: the valid answers' JSON text read
//! into a value, parse-node: the same into a `json::Node`, text-validate and
//! text-validate-node: each of those and a validation, report-json: a validation and its report written as JSON text, as the
//! JavaScript API does), for counting instructions under callgrind: the difference between
//! two counts with different N, divided by the difference of N, is the cost of one call,
//! the same on every run whatever else the machine does.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

use std::hint::black_box;
use std::time::Instant;

/// The median over 31 batches of the time per call of `f`, in nanoseconds.
fn median_ns(mut f: impl FnMut()) -> f64 {
    // Warm up, and size a batch to about 5 ms.
    let start = Instant::now();
    let mut n = 0u32;
    while start.elapsed().as_millis() < 50 {
        f();
        n += 1;
    }
    let per_batch = (n / 10).max(1);
    let mut samples: Vec<f64> = (0..31)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..per_batch {
                f();
            }
            t.elapsed().as_nanos() as f64 / f64::from(per_batch)
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

fn main() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let read = |p: &str| std::fs::read_to_string(format!("{root}/{p}")).unwrap();
    let schema = read("examples/lea-registration/form.json");
    let valid: serde_json::Value = serde_json::from_str(&read(
        "examples/lea-registration/cases/02-valid-complete.json",
    ))
    .unwrap();
    let invalid: serde_json::Value = serde_json::from_str(&read(
        "examples/lea-registration/cases/43-family-member-incomplete.json",
    ))
    .unwrap();
    let form = form_core::compile(&schema).form.unwrap();
    let packed = form_core::packed::encode(&form);
    let ctx = form_core::Context {
        today: form_core::Date::parse_iso("2021-03-15").unwrap(),
    };
    // A letter in a textarea: 688 characters of German in four paragraphs.
    let letter = "Sehr geehrte Damen und Herren,\nich bin im März 2019 nach Berlin gezogen und \
        möchte meine Anmeldung ändern. Die Größe der Wohnung beträgt 65 m², die Miete zahle \
        ich selbst.\n"
        .repeat(4);
    let valid_text = read("examples/lea-registration/cases/02-valid-complete.json");
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [mode, what, n] = args.as_slice()
        && mode == "calls"
    {
        let n: u32 = n.parse().unwrap();
        for _ in 0..n {
            match what.as_str() {
                "validate" => drop(black_box(form.validate(black_box(&valid), &ctx))),
                "validate-invalid" => drop(black_box(form.validate(black_box(&invalid), &ctx))),
                "is-valid" => drop(black_box(form.is_valid(black_box(&valid), &ctx))),
                "visibility" => drop(black_box(form.visibility(black_box(&valid), &ctx))),
                "decode" => drop(black_box(form_core::packed::decode(black_box(&packed)))),
                "parse" => drop(black_box(
                    serde_json::from_str::<serde_json::Value>(black_box(&valid_text)).unwrap(),
                )),
                "parse-node" => drop(black_box(
                    form_core::json::Node::parse(black_box(&valid_text)).unwrap(),
                )),
                "text-validate" => {
                    let v: serde_json::Value =
                        serde_json::from_str(black_box(&valid_text)).unwrap();
                    drop(black_box(form.validate(&v, &ctx)));
                }
                "text-validate-node" => {
                    let v = form_core::json::Node::parse(black_box(&valid_text)).unwrap();
                    drop(black_box(form.validate(&v, &ctx)));
                }
                "report-json" => drop(black_box(
                    serde_json::to_string(&form.validate(black_box(&valid), &ctx)).unwrap(),
                )),
                "textarea" => drop(black_box(form_core::text::normalize(
                    black_box(&letter),
                    true,
                ))),
                other => panic!("unknown call {other}"),
            }
        }
        return;
    }
    assert!(form.validate(&valid, &ctx).valid);
    assert!(!form.validate(&invalid, &ctx).valid);
    let validate = median_ns(|| {
        black_box(form.validate(black_box(&valid), &ctx));
    });
    let validate_invalid = median_ns(|| {
        black_box(form.validate(black_box(&invalid), &ctx));
    });
    let is_valid = median_ns(|| {
        black_box(form.is_valid(black_box(&valid), &ctx));
    });
    let visibility = median_ns(|| {
        black_box(form.visibility(black_box(&valid), &ctx));
    });
    let decode = median_ns(|| {
        black_box(form_core::packed::decode(black_box(&packed)).unwrap());
    });
    let text = read("examples/lea-registration/cases/02-valid-complete.json");
    let parse_and_validate = median_ns(|| {
        let v: serde_json::Value = serde_json::from_str(black_box(&text)).unwrap();
        black_box(form.validate(&v, &ctx));
    });
    let node_parse_and_validate = median_ns(|| {
        let v = form_core::json::Node::parse(black_box(&text)).unwrap();
        black_box(form.validate(&v, &ctx));
    });
    // Text in, text out, as a service in JavaScript calls `validateJson`: the answers' JSON
    // text read, validated, and the report written as JSON text with its texts in German.
    let (catalog, _) = form_files::catalog(
        &form_files::LocaleTree::new(format!("{root}/locales")),
        &form_files::FormDir::new(format!("{root}/examples/lea-registration")),
        form.default_locale.clone(),
    );
    let de = form_core::Locale::parse("de").unwrap();
    let text_report = median_ns(|| {
        let v = form_core::json::Node::parse(black_box(&text)).unwrap();
        let report = form.validate(&v, &ctx);
        black_box(form_core::render::report_json(
            &form, &catalog, &de, ctx.today, &report,
        ));
    });
    println!(
        "{{\"text_report_ns\":{text_report:.0},\"validate_ns\":{validate:.0},\"validate_invalid_ns\":{validate_invalid:.0},\"is_valid_ns\":{is_valid:.0},\"visibility_ns\":{visibility:.0},\"decode_ns\":{decode:.0},\"parse_and_validate_ns\":{parse_and_validate:.0},\"node_parse_and_validate_ns\":{node_parse_and_validate:.0}}}"
    );
}
