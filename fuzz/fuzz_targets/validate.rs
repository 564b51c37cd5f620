//! Any bytes as a submission to the registration form: validation must never panic,
//! and the fast path must agree with the full report.
#![no_main]
use libfuzzer_sys::fuzz_target;

static SCHEMA: &str = include_str!("../../examples/lea-registration/form.json");

fuzz_target!(|data: &[u8]| {
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(data) else { return };
    let Some(form) = form_core::compile(SCHEMA).form else { return };
    let ctx = form_core::Context { today: form_core::Date::EPOCH };
    let report = form.validate(&value, &ctx);
    assert_eq!(report.valid, form.is_valid(&value, &ctx));
});
