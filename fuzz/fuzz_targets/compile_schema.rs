//! Any bytes as a schema: compiling must never panic, and a compiled form must validate
//! an empty and a small submission without panicking.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let compiled = form_core::compile(text);
    if let Some(form) = compiled.form {
        let ctx = form_core::Context { today: form_core::Date::EPOCH };
        let _ = form.validate(&serde_json::json!({}), &ctx);
        let _ = form.validate(&serde_json::json!({ "a": "1", "b": [{}], "c": "2020-01-01" }), &ctx);
    }
});
