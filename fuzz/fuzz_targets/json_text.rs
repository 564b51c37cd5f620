//! Any text as JSON: form-core's reader must never panic, and must read it as serde_json
//! does (the same value, written back as text, or the same error at the same place), but
//! for a number serde_json rounds twice, which it reads as `str::parse` does.
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
    if got != want {
        // Every run of what numbers are written with, read alone, as serde_json or as
        // `str::parse` reads it.
        let node = |t: &str| {
            form_core::json::Node::parse(t)
                .ok()
                .map(|n| form_core::json::Json::to_value(&n))
        };
        let serde = |t: &str| serde_json::from_str::<serde_json::Value>(t).ok();
        let std = |t: &str| {
            t.parse::<f64>()
                .ok()
                .and_then(serde_json::Number::from_f64)
                .map(serde_json::Value::Number)
        };
        let numbers = text.split(|c: char| !"0123456789.eE+-".contains(c));
        let alike = numbers
            .clone()
            .all(|t| node(t) == serde(t) || node(t) == std(t));
        let differ = numbers.clone().any(|t| node(t) != serde(t));
        let read = serde(text).is_some() && node(text).is_some();
        assert!(read && alike && differ, "{text}");
    }
});
