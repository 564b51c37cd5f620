//! Validates the complete registration case N times (default 2000): a fixed workload for
//! instruction counts, which, unlike wall-clock time, do not depend on the machine's load:
//!
//!     cargo build --release -p form-core --example validate_many
//!     valgrind --tool=callgrind --callgrind-out-file=/dev/null target/release/examples/validate_many 2000
//!
//! (Instructions per validation = (total − total for 0 iterations) / N.)
#![allow(clippy::unwrap_used)]

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(2000);
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let schema =
        std::fs::read_to_string(format!("{root}/examples/lea-registration/form.json")).unwrap();
    let data: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(format!(
            "{root}/examples/lea-registration/cases/02-valid-complete.json"
        ))
        .unwrap(),
    )
    .unwrap();
    let form = form_core::compile(&schema).form.unwrap();
    let ctx = form_core::Context {
        today: form_core::Date::parse_iso("2021-03-15").unwrap(),
    };
    let mut valid = 0;
    for _ in 0..n {
        valid += usize::from(
            std::hint::black_box(form.validate(std::hint::black_box(&data), &ctx)).valid,
        );
    }
    println!("{valid} of {n} valid");
}
