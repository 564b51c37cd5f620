//! A throw-away PostgreSQL server for the tests: Debian's `postgresql` package, a cluster
//! of our own in a temporary folder, trust authentication on loopback only.

use std::path::PathBuf;
use std::process::Command;

use crate::run;

const PORT: &str = "54329";

fn bin_dir() -> Option<PathBuf> {
    let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .flatten()
        .map(|e| e.path().join("bin"))
        .filter(|p| p.join("initdb").exists())
        .collect();
    versions.sort();
    versions.pop()
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// Runs a PostgreSQL program as the `postgres` user when we are root (PostgreSQL refuses
/// to run as root), else as ourselves.
fn pg(program: &str, args: &[&str]) -> bool {
    let Some(bin) = bin_dir() else { return false };
    let exe = bin.join(program).display().to_string();
    if is_root() {
        let mut all = vec!["-u", "postgres", "--", exe.as_str()];
        all.extend_from_slice(args);
        run("runuser", &all, None, &[])
    } else {
        run(&exe, args, None, &[])
    }
}

/// The test server, stopped when dropped if this run started it (a server that was
/// already running, someone else's, is left running).
pub struct Server {
    pub url: String,
    /// Its data folder (what `pg_ctl -D` is given).
    data: String,
    started: bool,
}

impl Server {
    /// Leaves the server running after this process (`cargo xtask postgres`).
    pub fn keep(mut self) -> String {
        self.started = false;
        std::mem::take(&mut self.url)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if self.started {
            let _ = pg("pg_ctl", &["-D", &self.data, "-m", "fast", "-w", "stop"]);
        }
    }
}

/// Starts (or reuses) the test server.
pub fn start() -> Option<Server> {
    if bin_dir().is_none() && !crate::wasm::ensure_debian_packages_only(&["postgresql"]) {
        return None;
    }
    let base = std::env::temp_dir().join("form-engine-postgres");
    let data = base.join("data");
    let data_s = data.display().to_string();
    let url = format!("postgres://postgres@127.0.0.1:{PORT}/formtest");
    if !data.join("PG_VERSION").exists() {
        let _ = std::fs::create_dir_all(&base);
        if is_root() {
            let _ = Command::new("chown")
                .args(["-R", "postgres:postgres", &base.display().to_string()])
                .status();
        }
        if !pg(
            "initdb",
            &["-D", &data_s, "-A", "trust", "-U", "postgres", "--no-sync"],
        ) {
            return None;
        }
    }
    let status = if is_root() {
        Command::new("runuser")
            .args(["-u", "postgres", "--"])
            .arg(bin_dir()?.join("pg_ctl"))
            .args(["-D", &data_s, "status"])
            .output()
    } else {
        Command::new(bin_dir()?.join("pg_ctl"))
            .args(["-D", &data_s, "status"])
            .output()
    };
    let running = status.is_ok_and(|o| o.status.success());
    if !running {
        let opts = format!(
            "-p {PORT} -c listen_addresses=127.0.0.1 -k {}",
            base.display()
        );
        let log = base.join("server.log").display().to_string();
        if !pg(
            "pg_ctl",
            &["-D", &data_s, "-o", &opts, "-l", &log, "-w", "start"],
        ) {
            return None;
        }
    }
    // Create the database if it is not there yet (an error saying it exists is fine).
    let _ = Command::new(bin_dir()?.join("psql"))
        .args([
            "-h",
            "127.0.0.1",
            "-p",
            PORT,
            "-U",
            "postgres",
            "-c",
            "CREATE DATABASE formtest",
        ])
        .output();
    // Only a server this run started (and that did start) is stopped after it.
    Some(Server {
        url,
        data: data_s,
        started: !running,
    })
}
