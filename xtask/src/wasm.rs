//! Building the engine for the browser and testing it there.
//!
//! Route: the ordinary rustup `wasm32-unknown-unknown` target where it is installed;
//! otherwise Debian's `rustc-web` with the standard library built from source
//! (see `../shared/TOOLCHAIN.md`). Missing tools are installed: Debian packages with
//! apt-get, the wasm-bindgen CLI at exactly the version in Cargo.lock with cargo,
//! wasm-opt (binaryen) and Playwright from npm.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{have, root, run};

const DEBIAN_PACKAGES: &[&str] = &[
    "rustc-web",
    "cargo-web",
    "rust-web-src",
    "lld-19",
    "chromium",
    "chromium-driver",
    // The fonts the browser tests render with, Arabic and Persian included: a machine's
    // own fonts must not decide whether a layout test passes.
    "fonts-dejavu-core",
    "fonts-liberation",
    "fonts-noto-core",
];
pub const TARGET: &str = "wasm32-unknown-unknown";

fn rustup_has_target() -> bool {
    Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .is_ok_and(|o| {
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .any(|l| l.trim() == TARGET)
        })
}

/// Installs what the browser build and tests need from Debian, if anything is missing
/// (the Rust packages only where rustup has no wasm32 target).
pub fn ensure_debian_packages(also: &[&str]) -> bool {
    let mut wanted: Vec<&str> = DEBIAN_PACKAGES.to_vec();
    if rustup_has_target() {
        wanted.retain(|p| !matches!(*p, "rustc-web" | "cargo-web" | "rust-web-src" | "lld-19"));
    }
    wanted.extend_from_slice(also);
    ensure_debian_packages_only(&wanted)
}

/// Installs the given Debian packages if missing.
pub fn ensure_debian_packages_only(packages: &[&str]) -> bool {
    let missing: Vec<&str> = packages
        .iter()
        .copied()
        .filter(|p| {
            !Command::new("dpkg-query")
                .args(["-W", "-f=${Status}", p])
                .output()
                .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).contains("install ok installed"))
        })
        .collect();
    if missing.is_empty() {
        return true;
    }
    if !have("apt-get") {
        eprintln!(
            "please install these Debian packages: {}",
            missing.join(" ")
        );
        return false;
    }
    let mut args = vec!["install", "-y", "--no-install-recommends"];
    args.extend(missing.iter().copied());
    run("apt-get", &["update"], None, &[])
        && run(
            "apt-get",
            &args,
            None,
            &[("DEBIAN_FRONTEND", "noninteractive")],
        )
}

/// Environment and cargo for the wasm build on this machine.
fn cargo_route() -> (String, Vec<String>, Vec<(&'static str, &'static str)>) {
    if rustup_has_target() {
        ("cargo".to_owned(), Vec::new(), Vec::new())
    } else {
        (
            "/usr/bin/cargo".to_owned(),
            vec![
                "-Zbuild-std=std,panic_abort".to_owned(),
                "-Zbuild-std-features=optimize_for_size".to_owned(),
            ],
            vec![
                ("RUSTC_BOOTSTRAP", "1"),
                ("RUSTC", "/usr/bin/rustc"),
                ("RUSTDOC", "/usr/bin/rustdoc"),
                ("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER", "wasm-ld-19"),
            ],
        )
    }
}

/// The wasm-bindgen version pinned in Cargo.lock.
fn bindgen_version() -> Option<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock")).ok()?;
    let mut lines = lock.lines();
    while let Some(l) = lines.next() {
        if l == "name = \"wasm-bindgen\"" {
            return lines
                .next()?
                .strip_prefix("version = \"")?
                .strip_suffix('"')
                .map(str::to_owned);
        }
    }
    None
}

fn bindgen_installed(version: &str) -> bool {
    Command::new("wasm-bindgen")
        .arg("--version")
        .output()
        .is_ok_and(|o| {
            String::from_utf8_lossy(&o.stdout).split_whitespace().nth(1) == Some(version)
        })
}

pub fn ensure_bindgen() -> bool {
    let Some(version) = bindgen_version() else {
        eprintln!("wasm-bindgen not found in Cargo.lock");
        return false;
    };
    if bindgen_installed(&version) {
        return true;
    }
    // `--locked` first, as recommended; if a locked dependency is no longer on the
    // registry (it happens: yanked crates), resolve afresh at the same CLI version.
    // `--force`: cargo's record may say installed while the binary is gone (a restored
    // cache, a cleaned ~/.cargo/bin), and then it would do nothing.
    run(
        "cargo",
        &[
            "install",
            "wasm-bindgen-cli",
            "--version",
            &version,
            "--locked",
            "--force",
        ],
        None,
        &[],
    ) || run(
        "cargo",
        &[
            "install",
            "wasm-bindgen-cli",
            "--version",
            &version,
            "--force",
        ],
        None,
        &[],
    )
}

pub fn browser_dir() -> PathBuf {
    root().join("tests/browser")
}

/// Installs the npm packages of the browser tests (binaryen, playwright-core, axe).
pub fn ensure_npm() -> bool {
    let dir = browser_dir();
    if !have("npm") {
        eprintln!("npm is needed (apt-get install nodejs npm)");
        return false;
    }
    // Installed, and not before the lock file last changed (a pull that adds a package).
    let modified = |p: &str| {
        std::fs::metadata(dir.join(p))
            .and_then(|m| m.modified())
            .ok()
    };
    let installed = modified("node_modules/.package-lock.json");
    installed.is_some_and(|i| modified("package-lock.json").is_some_and(|l| l <= i))
        || run("npm", &["ci", "--no-audit", "--no-fund"], Some(&dir), &[])
}

/// Compiles one crate for wasm32 with a cargo `profile` (`wasm-release`: smallest code;
/// `wasm-speed`); returns the `.wasm` path.
///
/// Built as `cargo rustc --crate-type cdylib`: the crates also declare `rlib` (for their
/// tests), and cargo runs no link-time optimisation for a library with an `rlib` output,
/// so a plain `cargo build` would ship every crate's code unoptimised across crates.
fn compile(package: &str, features: &[&str], profile: &str) -> Option<PathBuf> {
    let (cargo, extra, mut env) = cargo_route();
    let mut args: Vec<&str> = vec![
        "rustc",
        "--lib",
        "--crate-type",
        "cdylib",
        "--profile",
        profile,
        "--target",
        TARGET,
        "-p",
        package,
    ];
    args.extend_from_slice(features);
    args.extend(extra.iter().map(String::as_str));
    if !extra.is_empty() {
        // With the standard library built from source, panics can abort without the
        // formatting machinery (the engine never panics; this only removes dead code).
        env.push((
            "RUSTFLAGS",
            "-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none",
        ));
    }
    if !run(&cargo, &args, None, &env) {
        return None;
    }
    Some(
        root()
            .join("target")
            .join(TARGET)
            .join(profile)
            .join(format!("{}.wasm", package.replace('-', "_"))),
    )
}

/// wasm-opt's level for the modules built for speed.
const SPEED: &str = "-O3";
/// wasm-opt's level for the embed, built for size.
const SIZE: &str = "-Oz";

/// wasm-bindgen (ES module glue) and wasm-opt at `level`: `<out>/<name>.js` and
/// `<out>/<name>_bg.wasm`.
fn bindgen_and_optimise(wasm: &Path, out: &Path, name: &str, level: &str) -> bool {
    bindgen_and_optimise_as(wasm, out, name, level, false)
}

/// As [`bindgen_and_optimise`]; with `names`, the function names are kept (`-g`) instead
/// of stripped: the same code, for measuring what each crate adds.
fn bindgen_and_optimise_as(wasm: &Path, out: &Path, name: &str, level: &str, names: bool) -> bool {
    let _ = std::fs::remove_dir_all(out);
    let wasm_s = wasm.display().to_string();
    let out_s = out.display().to_string();
    if !run(
        "wasm-bindgen",
        &[
            "--target",
            "web",
            "--out-dir",
            &out_s,
            "--out-name",
            name,
            &wasm_s,
        ],
        None,
        &[],
    ) {
        return false;
    }
    let bg = out.join(format!("{name}_bg.wasm")).display().to_string();
    let wasm_opt = browser_dir()
        .join("node_modules/.bin/wasm-opt")
        .display()
        .to_string();
    // No feature flags: wasm-opt reads them from the module (see TOOLCHAIN.md).
    // `--converge` repeats the passes while they still shrink the module. `--low-memory-unused`
    // lets it fold constant addresses: Rust's wasm32 places the stack first, growing down
    // towards address 0, so the lowest kilobyte is only touched by a stack overflow, which
    // is undefined anyway (about 1.5 KB brotli less).
    let mut args = vec![level, "--low-memory-unused", "--converge"];
    if level == SIZE {
        // Then the control flow rebuilt (flattened, laid out again by the relooper) and
        // shrunk once more: about 300 B brotli less for the embed, and 20 s more to build.
        // Then functions that differ only in constants merged into one with a parameter
        // (not part of -Oz): about 290 B brotli less. The two once more: about 180 B less,
        // for 30 s (a third time made it 130 B more).
        for _ in 0..2 {
            args.extend([
                "--flatten",
                "--rereloop",
                SIZE,
                "--merge-similar-functions",
                SIZE,
            ]);
        }
    }
    // Functions ordered by their names (then the names are stripped): each crate's and
    // module's functions side by side, which brotli compresses better (about 900 B less for
    // the embed), and an order that no longer depends on how rustc happened to number the
    // items: a change to code the module does not contain (a lint in form-core) used to
    // move its size by up to 300 B of brotli, now not at all.
    args.push("--reorder-functions-by-name");
    if names {
        args.push("-g");
    } else {
        // And the `target_features` section (148 bytes of feature names, which browsers do
        // not read).
        args.extend([
            "--strip-debug",
            "--strip-producers",
            "--strip-target-features",
        ]);
    }
    args.extend([bg.as_str(), "-o", bg.as_str()]);
    run(&wasm_opt, &args, None, &[])
}

/// Builds `dist/`: JS glue, optimised `.wasm`, TypeScript declarations, package.json.
pub fn build() -> bool {
    if !ensure_debian_packages(&[]) || !ensure_bindgen() || !ensure_npm() {
        return false;
    }
    // The runtime module first (packed forms only, no schema compiler): what pages ship.
    // The engine module for pages that call it from JavaScript is built for speed: a
    // validation through the JS API about twice as fast as at opt-level "z" (measured in
    // Node: 34 against 67 µs), for 15 KB brotli more (141 against 126 KB). The embed, where
    // bytes decide the first visit, is built for size. (The standard library's
    // `optimize_for_size`, on the Debian route, made no measurable difference in speed
    // here and saves 16 KB.)
    let Some(wasm) = compile("form-wasm", &["--no-default-features"], "wasm-speed") else {
        return false;
    };
    let runtime = root().join("target/runtime");
    if !bindgen_and_optimise(&wasm, &runtime, "form_engine", SPEED) {
        return false;
    }
    let Some(wasm) = compile("form-wasm", &[], "wasm-speed") else {
        return false;
    };
    let dist = root().join("dist");
    if !bindgen_and_optimise(&wasm, &dist, "form_engine", SPEED) {
        return false;
    }
    if !run(
        "cp",
        &[
            "-r",
            &runtime.display().to_string(),
            &dist.join("runtime").display().to_string(),
        ],
        None,
        &[],
    ) {
        return false;
    }
    if std::fs::copy(
        root().join("form-wasm/package.json"),
        dist.join("package.json"),
    )
    .is_err()
    {
        eprintln!("cannot copy form-wasm/package.json");
        return false;
    }
    run("node", &["sizes.mjs"], Some(&browser_dir()), &[])
}

/// Builds the CMS embed (the yew renderer) into `dist/embed/`: content-hashed JS, wasm
/// and CSS with Subresource Integrity hashes, and the stable `form-embed.js` loader.
pub fn build_embed() -> bool {
    if !ensure_debian_packages(&[]) || !ensure_bindgen() || !ensure_npm() {
        return false;
    }
    let Some(wasm) = compile_embed() else {
        return false;
    };
    let raw = root().join("target/embed-raw");
    bindgen_and_optimise(&wasm, &raw, "form_embed", SIZE)
        && run("node", &["form-yew-demo/package-embed.mjs"], None, &[])
}

/// The embed (the yew renderer) compiled for size, before wasm-bindgen.
fn compile_embed() -> Option<PathBuf> {
    compile("form-yew-demo", &[], "wasm-release")
}

/// The embed's wasm optimised exactly as shipped but with its function names kept, in
/// `target/embed-names/`: for the bytes-per-crate table (`cargo xtask bytes`, and the last
/// table of `cargo xtask bench`). The packaging's short names do not apply to it.
pub fn embed_with_names() -> Option<PathBuf> {
    let wasm = compile_embed()?;
    let out = root().join("target/embed-names");
    bindgen_and_optimise_as(&wasm, &out, "form_embed", SIZE, true)
        .then(|| out.join("form_embed_bg.wasm"))
}

/// Runs the wasm-bindgen tests (browser parity) in headless Chromium.
pub fn test_in_browser() -> bool {
    if !ensure_debian_packages(&[]) || !ensure_bindgen() {
        return false;
    }
    let (cargo, extra, env) = cargo_route();
    let mut env: Vec<(&str, &str)> = env;
    let mut args: Vec<&str> = vec!["test", "--target", TARGET, "-p", "form-wasm", "--tests"];
    args.extend(extra.iter().map(String::as_str));
    if !extra.is_empty() {
        args.push("-Zpanic-abort-tests");
    }
    env.extend([
        (
            "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
            "wasm-bindgen-test-runner",
        ),
        ("CHROMEDRIVER", "/usr/bin/chromedriver"),
        ("WASM_BINDGEN_TEST_TIMEOUT", "300"),
    ]);
    // The test runner ends chromedriver without ending its session, so the browser profile
    // chromedriver made in the temporary directory (43 MB) stayed behind after every run and
    // filled the disk of a machine that runs the tests often. Its temporary directory is now
    // one of ours, emptied after the run.
    let scratch = root().join("target/browser-tmp");
    let _ = std::fs::remove_dir_all(&scratch);
    if let Err(e) = std::fs::create_dir_all(&scratch) {
        eprintln!("cannot create {}: {e}", scratch.display());
        return false;
    }
    // Without "..": chromedriver refuses to read a file through a path that has one.
    let tmp = scratch
        .canonicalize()
        .unwrap_or(scratch.clone())
        .to_string_lossy()
        .into_owned();
    env.push(("TMPDIR", &tmp));
    let ok = run(
        &cargo,
        &args,
        Some(Path::new(&root().join("form-wasm"))),
        &env,
    );
    let _ = std::fs::remove_dir_all(&scratch);
    ok
}
