//! Benchmarks of compiling the registration form and validating submissions against it.
//! Run: `cargo bench -p form-core --bench validate`.
#![allow(clippy::unwrap_used, missing_docs)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use form_core::{Context, Date};
use serde_json::Value;

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/../{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn benches(c: &mut Criterion) {
    let schema = read("examples/lea-registration/form.json");
    let form = form_core::compile(&schema).form.unwrap();
    let ctx = Context {
        today: Date::parse_iso("2021-03-15").unwrap(),
    };
    let valid: Value = serde_json::from_str(&read(
        "examples/lea-registration/cases/02-valid-complete.json",
    ))
    .unwrap();
    let invalid: Value = serde_json::from_str(&read(
        "examples/lea-registration/cases/13-empty-submission.json",
    ))
    .unwrap();
    let mixed: Value = serde_json::from_str(&read(
        "examples/lea-registration/cases/43-family-member-incomplete.json",
    ))
    .unwrap();
    assert!(form.validate(&valid, &ctx).valid);
    assert!(!form.validate(&invalid, &ctx).valid);

    c.bench_function("compile registration form", |b| {
        b.iter(|| form_core::compile(black_box(&schema)))
    });
    c.bench_function("validate valid (complete, 2 family members)", |b| {
        b.iter(|| form.validate(black_box(&valid), &ctx))
    });
    c.bench_function("validate invalid (empty, 19 issues)", |b| {
        b.iter(|| form.validate(black_box(&invalid), &ctx))
    });
    c.bench_function("validate invalid (3 issues)", |b| {
        b.iter(|| form.validate(black_box(&mixed), &ctx))
    });
    c.bench_function("is_valid valid", |b| {
        b.iter(|| form.is_valid(black_box(&valid), &ctx))
    });
    c.bench_function("is_valid invalid", |b| {
        b.iter(|| form.is_valid(black_box(&invalid), &ctx))
    });
    let text = read("examples/lea-registration/cases/02-valid-complete.json");
    c.bench_function("parse JSON + validate valid", |b| {
        b.iter(|| {
            let v: Value = serde_json::from_str(black_box(&text)).unwrap();
            // The report borrows from the submission: both are dropped here.
            form.validate(&v, &ctx).valid
        })
    });
}

criterion_group!(name = group; config = Criterion::default().warm_up_time(std::time::Duration::from_secs(1)).measurement_time(std::time::Duration::from_secs(3)); targets = benches);
criterion_main!(group);
