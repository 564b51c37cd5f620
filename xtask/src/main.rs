//! Project automation, in Rust so that it needs nothing but cargo.
//!
//! - `cargo xtask test`: every check CI runs, installing what it needs.
//! - `cargo xtask demo`: the main job for a new user.
//! - `cargo xtask dev [FOLDER]`: `form dev` on a form folder, with the embed built.
//! - `cargo xtask bench`: the speed and size figures, one table, each with its command.
//!
//! Architecture invariant: xtask orchestrates tools; it holds no form logic.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

mod bench;
mod pg;
mod wasm;
mod wasm_bytes;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Runs a command in the workspace root, echoing it; returns whether it succeeded.
fn run(program: &str, args: &[&str], dir: Option<&Path>, env: &[(&str, &str)]) -> bool {
    let dir = dir.map_or_else(root, Path::to_path_buf);
    eprintln!("\n==> {program} {} (in {})", args.join(" "), dir.display());
    let start = Instant::now();
    let status = Command::new(program)
        .args(args)
        .current_dir(&dir)
        .envs(env.iter().copied())
        .status();
    let ok = status.as_ref().is_ok_and(std::process::ExitStatus::success);
    eprintln!(
        "<== {program} {}: {} in {:.1}s",
        args.first().copied().unwrap_or(""),
        if ok { "ok" } else { "FAILED" },
        start.elapsed().as_secs_f64()
    );
    if let Err(e) = status {
        eprintln!("cannot start {program}: {e}");
    }
    ok
}

fn have(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Installs the Node packages of the country-name generator (from the npm registry).
fn countries_check() -> bool {
    let dir = root().join("tools/countries");
    if !have("node") || !have("npm") {
        eprintln!(
            "node and npm are needed to check the generated country names (apt-get install nodejs npm)"
        );
        return false;
    }
    if !dir.join("node_modules").exists()
        && !run("npm", &["ci", "--no-audit", "--no-fund"], Some(&dir), &[])
    {
        return false;
    }
    run("node", &["generate.mjs", "--check"], Some(&dir), &[])
}

/// The registration form packed to `target/lea-registration.form`, with its messages and
/// the engine's as browsers get them in `target/` (what the size budget and the engine
/// benchmark load).
fn pack_example() -> bool {
    run(
        "cargo",
        &[
            "run",
            "--quiet",
            "-p",
            "form-cli",
            "--",
            "pack",
            "examples/lea-registration/form.json",
            "--out",
            "target/lea-registration.form",
        ],
        None,
        &[],
    )
}

/// The size budgets (tests/browser/size-budget.mjs), after packing the example form.
fn size_budgets() -> bool {
    pack_example()
        && run(
            "node",
            &["--test", "size-budget.mjs"],
            Some(&wasm::browser_dir()),
            &[],
        )
}

/// The browser test files that also run in Firefox (Debian's Firefox ESR, through WebDriver
/// BiDi): the form on every hostile host page, under the strict CSP, and when the network
/// or the service fails. The rest run in Chromium only: a test takes two to three times as
/// long in Firefox (these, 9 minutes three files at a time on 7 December 2026), and most of the
/// rest needs harness work there first (`about:blank` before a page, `route.fetch`, `fill` on
/// email fields).
const FIREFOX_TESTS: &[&str] = &[
    "hosts-cms.test.mjs",
    "hosts-css.test.mjs",
    "hosts-layout.test.mjs",
    "hosts-language.test.mjs",
    "csp.test.mjs",
    "failures.test.mjs",
    "loading.test.mjs",
];

/// The option for how many browser test files run at once: one more than the cores, two to
/// four. A test waits much of its time (on the browser, the service, timers), so files side
/// by side use the cores: three at a time on 2 cores, the Chromium files took 751 s instead
/// of 1,249 s one at a time, the Firefox ones 560 s instead of 1,180 s (7 December 2026), the
/// cores then busy 97 % of the time. Node's own default, one less than the cores, is one
/// file at a time on such a machine.
fn browser_test_concurrency() -> String {
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
    format!("--test-concurrency={}", (cores + 1).clamp(2, 4))
}

/// A named check.
type Step = (&'static str, Box<dyn Fn() -> bool>);

/// What a run from a fresh clone writes to `target/` (6.4 GB on 5 December 2026), and a
/// margin for the packages it installs (Chromium, fonts, the wasm toolchain).
const TEST_DISK_NEED_GB: u64 = 8;

/// The free kilobytes in the output of `df -Pk PATH`: the fourth column of its second line
/// (POSIX output: one line per file system, never wrapped, in 1024-byte blocks).
fn free_kb(df_output: &str) -> Option<u64> {
    df_output
        .lines()
        .nth(1)?
        .split_whitespace()
        .nth(3)?
        .parse()
        .ok()
}

/// Says at the start, not after ten minutes of building, where the disk has less room than
/// a full run needs: it would stop with "No space left on device" halfway (as it did on a
/// CI machine whose disk other clones had filled). A warning: a run whose `target/` is
/// built already needs much less.
fn warn_if_disk_is_short() {
    let Ok(out) = Command::new("df").args(["-Pk"]).arg(root()).output() else {
        return;
    };
    if let Some(kb) = free_kb(&String::from_utf8_lossy(&out.stdout)) {
        let gb = kb / (1024 * 1024);
        if gb < TEST_DISK_NEED_GB {
            eprintln!(
                "warning: {gb} GB free on the disk of {}; a run from a fresh clone writes about 6.5 GB to target/ and installs about 1 GB of packages, and may stop with \"No space left on device\"",
                root().canonicalize().unwrap_or_else(|_| root()).display()
            );
        }
    }
}

fn test() -> bool {
    warn_if_disk_is_short();
    let steps: Vec<Step> = vec![
        (
            "format",
            Box::new(|| run("cargo", &["fmt", "--all", "--check"], None, &[])),
        ),
        (
            "lint",
            Box::new(|| {
                run(
                    "cargo",
                    &[
                        "clippy",
                        "--workspace",
                        "--all-targets",
                        "--",
                        "-D",
                        "warnings",
                    ],
                    None,
                    &[],
                )
            }),
        ),
        // insta: never write new snapshots in a test run; a missing or changed one fails.
        (
            "tests",
            Box::new(|| {
                // The server's suite also runs against a real PostgreSQL server.
                // Stopped after them when this run started it.
                let Some(server) = pg::start() else {
                    eprintln!("could not start PostgreSQL for the tests");
                    return false;
                };
                run(
                    "cargo",
                    &["test", "--workspace"],
                    None,
                    &[
                        ("INSTA_UPDATE", "no"),
                        ("FORM_TEST_POSTGRES_URL", &server.url),
                    ],
                )
            }),
        ),
        (
            "examples",
            Box::new(|| {
                // Every example form, as its authors would check it.
                let mut forms: Vec<String> = std::fs::read_dir(root().join("examples"))
                    .map(|d| {
                        d.flatten()
                            .map(|e| e.path().join("form.json"))
                            .filter(|p| p.exists())
                            .map(|p| p.display().to_string())
                            .collect()
                    })
                    .unwrap_or_default();
                forms.sort();
                // One command for all: each is checked and reported, not only those
                // before the first that fails.
                let mut args = vec!["run", "--quiet", "-p", "form-cli", "--", "check"];
                args.extend(forms.iter().map(String::as_str));
                !forms.is_empty() && run("cargo", &args, None, &[])
            }),
        ),
        ("country names", Box::new(countries_check)),
        ("wasm build", Box::new(wasm::build)),
        ("embed build", Box::new(wasm::build_embed)),
        ("size budgets", Box::new(size_budgets)),
        ("wasm parity in Chromium", Box::new(wasm::test_in_browser)),
        (
            "browser tests",
            Box::new(|| {
                let concurrency = browser_test_concurrency();
                run(
                    "node",
                    &["--test", "--test-reporter=spec", &concurrency],
                    Some(&wasm::browser_dir()),
                    &[],
                )
            }),
        ),
        (
            "browser tests in Firefox",
            Box::new(|| {
                // Only here: `cargo xtask demo` and the builds need no Firefox.
                if !wasm::ensure_debian_packages_only(&["firefox-esr"]) {
                    return false;
                }
                let concurrency = browser_test_concurrency();
                let mut args = vec!["--test", "--test-reporter=spec", &concurrency];
                args.extend_from_slice(FIREFOX_TESTS);
                run(
                    "node",
                    &args,
                    Some(&wasm::browser_dir()),
                    &[("BROWSER", "firefox")],
                )
            }),
        ),
    ];
    let mut failed = Vec::new();
    for (name, step) in &steps {
        if !step() {
            failed.push(*name);
        }
    }
    if failed.is_empty() {
        eprintln!("\nall checks passed");
        true
    } else {
        eprintln!("\nfailed: {}", failed.join(", "));
        false
    }
}

/// The main job: builds the browser engine, then runs the receiving service with an
/// embedded SQLite database, serving the demo CMS page with the registration form.
fn demo() -> bool {
    if !wasm::build() || !wasm::build_embed() {
        return false;
    }
    let listen = std::env::var("FORM_DEMO_LISTEN").unwrap_or_else(|_| "127.0.0.1:8080".to_owned());
    eprintln!(
        "\nOpen http://{listen}/ in a browser. Submissions are stored in demo-submissions.sqlite3;"
    );
    eprintln!(
        "export them with: cargo run -p form-server -- --db demo-submissions.sqlite3 export --form lea-registration\n"
    );
    run(
        "cargo",
        &[
            "run",
            "--release",
            "--quiet",
            "-p",
            "form-server",
            "--",
            "--db",
            "demo-submissions.sqlite3",
            "serve",
            "--listen",
            &listen,
            "--dist",
            "dist",
            "--site",
            "examples/cms-page",
        ],
        None,
        &[],
    )
}

/// `form dev` on a form folder (default: the registration form), after building the
/// embed it shows the form with.
fn dev() -> bool {
    let folder = std::env::args()
        .nth(2)
        .unwrap_or_else(|| "examples/lea-registration".to_owned());
    let extra: Vec<String> = std::env::args().skip(3).collect();
    if !wasm::build_embed() {
        return false;
    }
    let mut args = vec![
        "run", "--quiet", "-p", "form-cli", "--", "dev", &folder, "--dist", "dist",
    ];
    args.extend(extra.iter().map(String::as_str));
    run("cargo", &args, None, &[])
}

fn main() -> ExitCode {
    let task = std::env::args().nth(1).unwrap_or_default();
    let ok = match task.as_str() {
        "test" => test(),
        "demo" => demo(),
        "dev" => dev(),
        "wasm" => wasm::build(),
        "embed" => wasm::build_embed(),
        "postgres" => pg::start()
            .map(|server| println!("{}", server.keep()))
            .is_some(),
        "wasm-test" => wasm::test_in_browser(),
        "size" => wasm::build() && wasm::build_embed() && size_budgets(),
        "bench" => bench::bench(),
        "bytes" => bench::by_crate(),
        _ => {
            eprintln!(
                "usage: cargo xtask <test|demo|dev [FOLDER]|bench|bytes|wasm|embed|wasm-test|size|postgres>"
            );
            false
        }
    };
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

#[cfg(test)]
mod tests {
    use super::free_kb;

    #[test]
    fn free_space_is_read_from_df() {
        let df = "Filesystem     1024-blocks     Used Available Capacity Mounted on\n\
                  /dev/vda         264212084 27443320  67842568      29% /\n";
        assert_eq!(free_kb(df), Some(67_842_568));
        // No number where it belongs: nothing is read (and nothing is warned).
        assert_eq!(
            free_kb("Filesystem 1024-blocks Used Available\n/dev/x 10 5 - 50% /\n"),
            None
        );
        assert_eq!(free_kb(""), None);
        assert_eq!(free_kb("Filesystem\n"), None);
    }
}
