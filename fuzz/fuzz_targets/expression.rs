//! Any text as a condition and as a rule of the registration form: compiling and
//! validating must never panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

static SCHEMA: &str = include_str!("../../examples/lea-registration/form.json");

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else { return };
    let Ok(mut v) = serde_json::from_str::<serde_json::Value>(SCHEMA) else { return };
    v["pages"][0]["fields"][0]["visibleWhen"] = serde_json::Value::String(src.to_owned());
    v["rules"][0]["assert"] = serde_json::Value::String(src.to_owned());
    let compiled = form_core::compile_value(&v);
    if let Some(form) = compiled.form {
        let ctx = form_core::Context { today: form_core::Date::EPOCH };
        let _ = form.validate(&serde_json::json!({ "nationality": "GB", "birth_date": "1980-01-01" }), &ctx);
    }
});
