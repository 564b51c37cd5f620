//! Any text as JSON: form-core's reader must never panic, and must read it as serde_json
//! does (the same value, written back as text, or the same error at the same place).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let want = match serde_json::from_str::<serde_json::Value>(text) {
        Ok(v) => serde_json::to_string(&v).unwrap_or_default(),
        Err(e) => e.to_string(),
    };
    let got = match form_core::json::Node::parse(text) {
        Ok(n) => serde_json::to_string(&form_core::json::Json::to_value(&n)).unwrap_or_default(),
        Err(e) => e.to_string(),
    };
    assert_eq!(got, want, "{text}");
});
