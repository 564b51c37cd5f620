//! `cargo xtask bench`: the speed and size figures of the issue "Fast on a phone", each
//! with the command that measured it, printed as one table. Speed is reported here, never
//! asserted (byte budgets are tests in `cargo xtask test`).
//!
//! What it builds first: the release receiver, the wasm engine and the embed, and the
//! registration form packed to `target/lea-registration.form`.

use std::path::Path;
use std::process::{Command, Stdio};

use serde_json::Value;

use crate::{have, pack_example, root, run, wasm, wasm_bytes};

/// Runs a command in the workspace root (or `dir`), its progress on stderr; its stdout.
fn capture(program: &str, args: &[&str], dir: Option<&Path>) -> Option<String> {
    let dir = dir.map_or_else(root, Path::to_path_buf);
    eprintln!("\n==> {program} {} (in {})", args.join(" "), dir.display());
    let out = Command::new(program)
        .args(args)
        .current_dir(&dir)
        .stderr(Stdio::inherit())
        .output()
        .ok()?;
    if !out.status.success() {
        eprintln!("<== {program}: FAILED");
        return None;
    }
    String::from_utf8(out.stdout).ok()
}

/// The last line of `text` that is a JSON object.
fn last_json(text: &str) -> Option<Value> {
    text.lines().rev().find_map(|l| {
        serde_json::from_str::<Value>(l.trim())
            .ok()
            .filter(Value::is_object)
    })
}

/// Runs of the engine's timings, in turns with ajv's.
const ROUNDS: usize = 3;

/// The median of each figure over runs, all of which must have given their JSON.
fn medians(runs: Vec<Option<Value>>) -> Option<Value> {
    let runs: Vec<Value> = runs.into_iter().collect::<Option<_>>()?;
    let first = runs.first()?.as_object()?;
    let mut out = serde_json::Map::new();
    for key in first.keys() {
        let mut v: Vec<f64> = runs.iter().map(|r| num(r, key)).collect();
        v.sort_by(f64::total_cmp);
        out.insert(key.clone(), Value::from(*v.get(v.len() / 2)?));
    }
    Some(Value::Object(out))
}

/// Instructions of one call of `what`, counted by callgrind: the difference between 110
/// and 10 calls, over 100 (start-up and compilation of the form cancel out).
fn instructions(what: &str) -> Option<f64> {
    let bin = root().join("target/release/examples/bench_engine");
    let count = |n: &str| -> Option<f64> {
        let out = Command::new("valgrind")
            .args(["--tool=callgrind", "--callgrind-out-file=/dev/null"])
            .arg(&bin)
            .args(["calls", what, n])
            .current_dir(root())
            .output()
            .ok()?;
        let err = String::from_utf8_lossy(&out.stderr);
        let line = err.lines().find(|l| l.contains("Collected :"))?;
        line.rsplit(':').next()?.trim().parse().ok()
    };
    Some((count("110")? - count("10")?) / 100.0)
}

fn num(v: &Value, key: &str) -> f64 {
    v.get(key).and_then(Value::as_f64).unwrap_or(f64::NAN)
}

/// The main thread's time until the first field, in parts (`main_thread_ms` of
/// bench-page.mjs, for `profile` "fast" or "slow"): "56; 18; 2; 19; 53; 30 ms".
fn main_thread(page: &Value, profile: &str) -> String {
    let parts = page.get("main_thread_ms").and_then(|m| m.get(profile));
    let parts = ["page", "loader", "layout", "draw", "other", "idle"]
        .map(|k| parts.map_or(f64::NAN, |p| num(p, k)).to_string());
    format!("{} ms", parts.join("; "))
}

/// One row: figure, measured, target, command.
type Row = (String, String, &'static str, &'static str);

pub fn bench() -> bool {
    let ready = wasm::ensure_debian_packages(&["valgrind"])
        && wasm::ensure_npm()
        && run(
            "cargo",
            &["build", "--release", "-p", "form-server"],
            None,
            &[],
        )
        && run(
            "cargo",
            &[
                "build",
                "--release",
                "-p",
                "form-core",
                "--example",
                "bench_engine",
            ],
            None,
            &[],
        )
        && wasm::build()
        && wasm::build_embed()
        && pack_example();
    if !ready {
        return false;
    }
    let browser = wasm::browser_dir();
    // The engine natively and through its JavaScript API (with ajv), in turns, three
    // times: each figure is the median of three runs, so that a slow moment of the machine
    // (a virtual one varies by half) weighs on one run of each, not on one side.
    let mut natives = Vec::new();
    let mut jss = Vec::new();
    for _ in 0..ROUNDS {
        natives.push(
            capture("target/release/examples/bench_engine", &[], None)
                .as_deref()
                .and_then(last_json),
        );
        jss.push(
            capture("node", &["bench-engine.mjs"], Some(&browser))
                .as_deref()
                .and_then(last_json),
        );
    }
    let native = medians(natives);
    let js = medians(jss);
    let page = capture("node", &["bench-page.mjs"], Some(&browser))
        .as_deref()
        .and_then(last_json);
    let sizes = capture("node", &["--test", "size-budget.mjs"], Some(&browser));
    let (Some(native), Some(js), Some(page)) = (native, js, page) else {
        eprintln!("a measurement failed (see above)");
        return false;
    };
    let total = |label: &str| {
        sizes
            .as_deref()
            .and_then(|s| s.lines().find_map(|l| l.split(label).nth(1)))
            .map(|n| n.trim().to_owned())
            .unwrap_or_else(|| "?".to_owned())
    };
    let embed_total = total("total transferred (brotli):");
    let with_first_page = total("total with the first page (brotli):");
    let insns = if have("valgrind") {
        [
            "validate",
            "is-valid",
            "visibility",
            "decode",
            "textarea",
            "parse",
            "parse-node",
        ]
        .map(|w| instructions(w).map_or("?".to_owned(), |n| format!("{n:.0}")))
    } else {
        [
            "no valgrind".to_owned(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
        ]
    };

    let us = |ns: f64| format!("{:.1} µs", ns / 1000.0);
    let ratio = |a: f64, b: f64| format!("{:.2}x", a / b);
    let validate = num(&native, "validate_ns");
    let is_valid = num(&native, "is_valid_ns");
    const PAGE: &str = "node tests/browser/bench-page.mjs";
    const ENGINE: &str = "target/release/examples/bench_engine";
    const JS: &str = "node tests/browser/bench-engine.mjs";
    let rows: Vec<Row> = vec![
        (
            "first field usable, localhost, release, empty cache (median of 15)".into(),
            format!("{} ms", num(&page, "first_field_ms")),
            "<= 120 ms",
            PAGE,
        ),
        (
            "  painted: the frame that shows it (localhost; slow profile)".into(),
            format!(
                "{} ms; {} ms",
                page.get("phases_ms").map_or(f64::NAN, |p| num(p, "painted")),
                page.get("slow_phases_ms")
                    .map_or(f64::NAN, |p| num(p, "painted"))
            ),
            "",
            PAGE,
        ),
        (
            "  of which: until the last file arrived (localhost)".into(),
            format!("{} ms", num(&page, "files_arrived_ms")),
            "",
            PAGE,
        ),
        (
            "  main thread until then, traced (localhost): the host's document before the loader; the loader's script; style, layout and paint; the first page built and put in; other work; idle".into(),
            main_thread(&page, "fast"),
            "",
            PAGE,
        ),
        (
            "same, 150 ms latency, 1.6 Mbps down, 4x CPU slowdown (median of 5)".into(),
            format!("{} ms", num(&page, "first_field_slow_ms")),
            "<= 1200 ms",
            PAGE,
        ),
        (
            "  main thread until then, traced (slow profile), the same parts".into(),
            main_thread(&page, "slow"),
            "",
            PAGE,
        ),
        (
            "  the engine's own form, same profile (the first page is drawn before it)".into(),
            format!("{} ms", num(&page, "engine_form_slow_ms")),
            "",
            PAGE,
        ),
        (
            "  V8 compiling wasm functions on first call until then (main thread, traced)".into(),
            format!("{} ms", num(&page, "lazy_compile_slow_ms")),
            "",
            PAGE,
        ),
        (
            "sequential round trips after the document".into(),
            num(&page, "round_trips").to_string(),
            "<= 3",
            PAGE,
        ),
        (
            "a small file over a kept-alive connection, form-server (median of 30)".into(),
            format!("{} ms", num(&page, "kept_alive_request_ms")),
            "",
            PAGE,
        ),
        (
            "keystroke to its frame, median / p90 (frames drawn when due, not at 60 Hz)".into(),
            format!(
                "{} / {} ms",
                num(&page, "keystroke_median_ms"),
                num(&page, "keystroke_p90_ms")
            ),
            "<= 1 / 2 ms",
            PAGE,
        ),
        (
            "  the same into a plain input of the host page (the browser's own cost)".into(),
            format!(
                "{} / {} ms",
                num(&page, "plain_keystroke_median_ms"),
                num(&page, "plain_keystroke_p90_ms")
            ),
            "",
            PAGE,
        ),
        (
            "  keystroke until style and layout are done: embed; plain input".into(),
            format!(
                "{} / {} ms; {} / {} ms",
                num(&page, "keystroke_work_median_ms"),
                num(&page, "keystroke_work_p90_ms"),
                num(&page, "plain_work_median_ms"),
                num(&page, "plain_work_p90_ms")
            ),
            "",
            PAGE,
        ),
        (
            "  the embed's input handler alone".into(),
            format!(
                "{} / {} ms",
                num(&page, "keystroke_handler_median_ms"),
                num(&page, "keystroke_handler_p90_ms")
            ),
            "",
            PAGE,
        ),
        (
            "  keystroke to next frame at the display's 60 Hz: embed; plain input".into(),
            format!(
                "{} / {} ms; {} / {} ms",
                num(&page, "clocked_keystroke_median_ms"),
                num(&page, "clocked_keystroke_p90_ms"),
                num(&page, "clocked_plain_keystroke_median_ms"),
                num(&page, "clocked_plain_keystroke_p90_ms")
            ),
            "",
            PAGE,
        ),
        (
            "full validation, native (valid data; engine and ajv rows: median of 3 runs in turns)".into(),
            us(validate),
            "",
            ENGINE,
        ),
        (
            "full validation, native (invalid data)".into(),
            us(num(&native, "validate_invalid_ns")),
            "",
            ENGINE,
        ),
        (
            "full validation, ajv $data allErrors, same data".into(),
            us(num(&js, "ajv_all_errors_ns")),
            "",
            JS,
        ),
        (
            "native speed-up over ajv, full validation".into(),
            ratio(num(&js, "ajv_all_errors_ns"), validate),
            ">= 3x",
            "the two rows above",
        ),
        ("is_valid, native".into(), us(is_valid), "", ENGINE),
        (
            "ajv $data, first error only".into(),
            us(num(&js, "ajv_first_error_ns")),
            "",
            JS,
        ),
        (
            "native is_valid speed-up over ajv (first error)".into(),
            ratio(num(&js, "ajv_first_error_ns"), is_valid),
            ">= 5x",
            "the two rows above",
        ),
        (
            "visibility only, native".into(),
            us(num(&native, "visibility_ns")),
            "",
            ENGINE,
        ),
        (
            "packed registration form decoded, native (what the embed does first)".into(),
            us(num(&native, "decode_ns")),
            "",
            ENGINE,
        ),
        (
            "full validation, wasm through the JS API (Node)".into(),
            us(num(&js, "wasm_validate_ns")),
            "",
            JS,
        ),
        (
            "wasm through the JS API / native, full validation".into(),
            ratio(num(&js, "wasm_validate_ns"), validate),
            "<= 3x",
            "the rows above",
        ),
        (
            "  the answers' JSON text read and validated, native: into a Value; into a json::Node"
                .into(),
            format!(
                "{}; {}",
                us(num(&native, "parse_and_validate_ns")),
                us(num(&native, "node_parse_and_validate_ns"))
            ),
            "",
            ENGINE,
        ),
        (
            "  wasm through the JS API / native from the same text (json::Node)".into(),
            ratio(
                num(&js, "wasm_validate_ns"),
                num(&native, "node_parse_and_validate_ns"),
            ),
            "",
            "the rows above",
        ),
        (
            "  text in, text out (validateJson: the answers' text, the report's with German texts): wasm (Node); native; ratio".into(),
            format!(
                "{}; {}; {}",
                us(num(&js, "wasm_validate_json_ns")),
                us(num(&native, "text_report_ns")),
                ratio(
                    num(&js, "wasm_validate_json_ns"),
                    num(&native, "text_report_ns")
                )
            ),
            "",
            JS,
        ),
        (
            "instructions per validation / is_valid / visibility / decoding / a 688-character textarea answer normalised / the answers' JSON text read into a Value / into a json::Node (callgrind)".into(),
            insns.join(" / "),
            "",
            "valgrind --tool=callgrind target/release/examples/bench_engine calls WHAT N",
        ),
        (
            "whole embed, one language, brotli 11 (bytes)".into(),
            embed_total,
            "<= 150000",
            "node --test tests/browser/size-budget.mjs",
        ),
        (
            "  the same with the first page drawn before the engine (data-first-page)".into(),
            with_first_page,
            "",
            "node --test tests/browser/size-budget.mjs",
        ),
    ];
    let w0 = rows.iter().map(|r| r.0.chars().count()).max().unwrap_or(0);
    let w1 = rows.iter().map(|r| r.1.chars().count()).max().unwrap_or(0);
    println!();
    println!(
        "| {:w0$} | {:w1$} | {:10} | command |",
        "figure", "measured", "target"
    );
    println!(
        "| {} | {} | {} | --- |",
        "-".repeat(w0),
        "-".repeat(w1),
        "-".repeat(10)
    );
    for (figure, value, target, command) in &rows {
        println!("| {figure:w0$} | {value:w1$} | {target:10} | `{command}` |");
    }
    println!(
        "\nwhere a load's time goes, medians in ms after navigation: the document arrived and \
         parsed, the loader ran, the first page asked for and arrived, the embed's stylesheet \
         arrived, the first page drawn (its first field) and painted (the frame that shows \
         it), wasm downloaded, engine started, \
         form decoded, messages arrived, messages read, app built (the engine's own form):"
    );
    for (key, name) in [
        ("phases_ms", "localhost"),
        ("slow_phases_ms", "slow profile"),
    ] {
        if let Some(phases) = page.get(key).and_then(Value::as_object) {
            let list: Vec<String> = phases.iter().map(|(k, v)| format!("{k} {v}")).collect();
            println!("  {name}: {}", list.join(", "));
        }
    }
    if let Some(chain) = page.get("chain").and_then(Value::as_array) {
        println!("\nrequests of one throttled load, by round trip after the document:");
        for c in chain.iter().filter_map(Value::as_str) {
            println!("  {c}");
        }
    }
    by_crate()
}

/// The embed's wasm by crate: code bytes of each crate's functions and the data, as
/// shipped (`wasm-opt -Oz`) before compression; also `cargo xtask bytes` on its own.
pub fn by_crate() -> bool {
    let Some(table) = wasm::embed_with_names()
        .and_then(|p| std::fs::read(p).ok())
        .and_then(|m| wasm_bytes::by_crate(&m))
    else {
        eprintln!("the bytes per crate could not be measured (see above)");
        return false;
    };
    let (crates, data) = table;
    let total: usize = crates.values().sum::<usize>() + data;
    let mut rows: Vec<(String, usize)> = crates.into_iter().collect();
    rows.push(("(data: strings, Unicode and code tables)".to_owned(), data));
    rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    println!(
        "\nthe embed's wasm by crate, bytes before compression (`cargo xtask bench`: \
         function names kept, otherwise as shipped; generic code counts for the crate that \
         defines it):"
    );
    println!("| crate | bytes | share |\n| --- | ---: | ---: |");
    for (name, bytes) in &rows {
        let share = 100.0 * *bytes as f64 / total.max(1) as f64;
        println!("| {name} | {bytes} | {share:.1} % |");
    }
    println!("| total | {total} | 100 % |");
    true
}
