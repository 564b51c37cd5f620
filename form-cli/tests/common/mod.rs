//! What the tests of the `form` binary share.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// The workspace's root, where the examples are.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// `program` run from the workspace's root in an environment that names no language: what
/// `form` says itself is then English, whatever the machine's `LANG` is (`english(...)`);
/// a test that wants another sets it.
pub fn english(program: &str) -> Command {
    let mut c = Command::new(program);
    c.current_dir(root())
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    c
}

/// The `form` binary, as [`english`].
pub fn form() -> Command {
    english(env!("CARGO_BIN_EXE_form"))
}
