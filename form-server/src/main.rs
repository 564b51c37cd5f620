//! `form-server`: the receiving service and the case workers' commands.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use form_server::{Config, export, load_forms, store};

#[derive(Parser)]
#[command(
    name = "form-server",
    version,
    about = "Receive, validate and keep form submissions"
)]
struct Cli {
    /// Database: a file path or `sqlite:PATH` (SQLite), or `postgres://user@host/db`.
    #[arg(
        long,
        global = true,
        default_value = "submissions.sqlite3",
        env = "FORM_DB"
    )]
    db: String,
    /// Folder of forms (`<id>/form.json` and `<id>/locales/`).
    #[arg(long, global = true, default_value = "examples")]
    forms: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Csv,
    Jsonl,
}

#[derive(Subcommand)]
enum Command {
    /// Run the HTTP service.
    Serve {
        #[arg(long, default_value = "127.0.0.1:8080")]
        listen: String,
        /// The engine's messages.
        #[arg(long, default_value = "locales")]
        locales: PathBuf,
        /// The browser build, served under /assets/engine/.
        #[arg(long)]
        dist: Option<PathBuf>,
        /// A site served at / (the demo CMS page).
        #[arg(long)]
        site: Option<PathBuf>,
        /// An origin allowed to post from another site (repeatable).
        #[arg(long = "allow-origin")]
        allow_origins: Vec<String>,
        /// Requests per second per client address; 0 turns rate limiting off.
        #[arg(long, default_value_t = 5.0)]
        rate_limit: f64,
        #[arg(long, default_value_t = 20.0)]
        rate_burst: f64,
        /// Judge submissions as of this day (YYYY-MM-DD) instead of today.
        #[arg(long)]
        today: Option<String>,
        /// The time zone whose date is "today": Europe/Berlin (and other central European
        /// zones) or UTC.
        #[arg(long, default_value = "Europe/Berlin")]
        time_zone: String,
    },
    /// Export the submissions of a form received in a date range.
    Export {
        #[arg(long)]
        form: String,
        /// First day (YYYY-MM-DD, UTC), inclusive.
        #[arg(long)]
        from: Option<String>,
        /// Last day (YYYY-MM-DD, UTC), inclusive.
        #[arg(long)]
        to: Option<String>,
        #[arg(long, value_enum, default_value = "csv")]
        format: Format,
    },
    /// Delete submissions older than the retention period.
    Purge {
        /// Retention in days.
        #[arg(long)]
        older_than_days: u32,
    },
}

fn day_secs(s: Option<&str>, default: i64, end: bool) -> Result<i64, String> {
    match s {
        None => Ok(default),
        Some(t) => {
            let d =
                form_core::Date::parse_iso(t).map_err(|_| format!("{t}: expected YYYY-MM-DD"))?;
            Ok((d.to_days() + i64::from(end)) * 86_400)
        }
    }
}

fn run(cli: Cli) -> Result<(), String> {
    match cli.command {
        Command::Serve {
            listen,
            locales,
            dist,
            site,
            allow_origins,
            rate_limit,
            rate_burst,
            today,
            time_zone,
        } => {
            let zone = form_core::date::Zone::parse(&time_zone).ok_or_else(|| format!("--time-zone {time_zone}: use Europe/Berlin (or another central European zone) or UTC"))?;
            let today = match today {
                Some(t) => Some(
                    form_core::Date::parse_iso(&t)
                        .map_err(|_| format!("--today {t}: expected YYYY-MM-DD"))?,
                ),
                None => None,
            };
            let cfg = Config {
                today,
                zone,
                forms_dir: cli.forms,
                locales_dir: locales,
                dist_dir: dist,
                site_dir: site,
                allow_origins,
                rate_per_second: rate_limit,
                rate_burst,
                ..Config::default()
            };
            let rt = tokio::runtime::Runtime::new().map_err(|e| e.to_string())?;
            rt.block_on(async {
                let listener = tokio::net::TcpListener::bind(&listen)
                    .await
                    .map_err(|e| format!("{listen}: {e}"))?;
                let addr = listener.local_addr().map_err(|e| e.to_string())?;
                form_server::serve_when_ready(listener, &cli.db, cfg, || {
                    eprintln!("form-server listening on http://{addr}");
                })
                .await
            })
        }
        Command::Export {
            form,
            from,
            to,
            format,
        } => {
            let cfg = Config {
                forms_dir: cli.forms,
                ..Config::default()
            };
            let forms = load_forms(&cfg)?;
            let lf = forms
                .get(&form)
                .ok_or_else(|| format!("no form {form} in {}", cfg.forms_dir.display()))?;
            let mut st = store::open(&cli.db).map_err(|e| e.to_string())?;
            let rows = st
                .export(
                    &form,
                    day_secs(from.as_deref(), i64::MIN, false)?,
                    day_secs(to.as_deref(), i64::MAX, true)?,
                )
                .map_err(|e| e.to_string())?;
            print!(
                "{}",
                match format {
                    Format::Csv => export::csv(&lf.form, &rows),
                    Format::Jsonl => export::json_lines(&rows),
                }
            );
            eprintln!("{} submissions", rows.len());
            Ok(())
        }
        Command::Purge { older_than_days } => {
            let mut st = store::open(&cli.db).map_err(|e| e.to_string())?;
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64);
            let n = st
                .purge(now - i64::from(older_than_days) * 86_400)
                .map_err(|e| e.to_string())?;
            eprintln!("deleted {n} submissions older than {older_than_days} days");
            Ok(())
        }
    }
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("form-server: {e}");
            ExitCode::FAILURE
        }
    }
}
