//! `form-server`: the receiving service and the case workers' commands. Every text it says
//! comes from Fluent messages (`server-*` in `authoring.ftl`), in the language of
//! `--locale`, else of the environment (`LANG`), else English, like `form`'s.

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use form_cli::usage;
use form_core::{Arg, Args, Catalog, Locale};
use form_server::{Config, Failure, export, load_forms, store};

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
    /// Language of what the command says (default: the environment's, else English).
    #[arg(long, global = true)]
    locale: Option<String>,
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

/// What the command says, in the operator's language.
struct Say {
    cat: Catalog,
    locale: Locale,
}

impl Say {
    /// Message `id` with its arguments (texts, or numbers for plurals).
    fn text(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut a = Args::new();
        for (k, v) in args {
            a.insert((*k).to_owned(), v.clone());
        }
        form_cli::without_isolates(&self.cat.text(&self.locale, id, &a))
    }

    fn failure(&self, f: &Failure) -> String {
        f.said(&self.cat, &self.locale)
    }
}

/// A text argument of a message.
fn arg(s: impl Into<String>) -> Arg {
    Arg::Str(s.into())
}

/// The first second of day `s` (`end`: of the day after), or `default` where none is
/// given; `Err` with what to say.
fn day_secs(
    say: &Say,
    option: &str,
    s: Option<&str>,
    default: i64,
    end: bool,
) -> Result<i64, String> {
    match s {
        None => Ok(default),
        Some(t) => {
            let d = form_core::Date::parse_iso(t).map_err(|_| {
                say.text(
                    "server-bad-date",
                    &[("option", arg(option)), ("value", arg(t))],
                )
            })?;
            Ok((d.to_days() + i64::from(end)) * 86_400)
        }
    }
}

fn run(cli: Cli, say: &Say) -> Result<(), String> {
    let database = |e: store::StoreError| say.failure(&Failure::Database(e.to_string()));
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
            let zone = form_core::date::Zone::parse(&time_zone)
                .ok_or_else(|| say.text("server-bad-zone", &[("value", arg(&time_zone))]))?;
            let today = match today {
                Some(t) => Some(form_core::Date::parse_iso(&t).map_err(|_| {
                    say.text(
                        "server-bad-date",
                        &[("option", arg("--today")), ("value", arg(&t))],
                    )
                })?),
                None => None,
            };
            // A copy of the engine's messages older than this engine: the embed would show
            // ids where its files lack messages. Said at the start; the service still runs
            // (most forms show none of them).
            for issue in form_cli::older_than_engine(&locales) {
                eprintln!(
                    "{}",
                    form_cli::without_isolates(&form_cli::lint_line(
                        &issue,
                        (&say.cat, &say.locale)
                    ))
                );
            }
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
                ui: Some(say.locale.to_string()),
                ..Config::default()
            };
            let rt = tokio::runtime::Runtime::new()
                .map_err(|e| say.failure(&Failure::Service(e.to_string())))?;
            rt.block_on(async {
                let listener = tokio::net::TcpListener::bind(&listen).await.map_err(|e| {
                    say.text(
                        "server-cannot-listen",
                        &[("address", arg(&listen)), ("reason", arg(e.to_string()))],
                    )
                })?;
                let addr = listener
                    .local_addr()
                    .map_err(|e| say.failure(&Failure::Service(e.to_string())))?;
                form_server::serve_when_ready(listener, &cli.db, cfg, || {
                    eprintln!(
                        "{}",
                        say.text(
                            "server-listening",
                            &[("address", arg(format!("http://{addr}")))]
                        )
                    );
                })
                .await
                .map_err(|e| say.failure(&e))
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
            let forms = load_forms(&cfg).map_err(|e| say.failure(&e))?;
            let lf = forms.get(&form).ok_or_else(|| {
                say.text(
                    "server-no-form",
                    &[
                        ("form", arg(&form)),
                        ("folder", arg(cfg.forms_dir.display().to_string())),
                    ],
                )
            })?;
            let from = day_secs(say, "--from", from.as_deref(), i64::MIN, false)?;
            let to = day_secs(say, "--to", to.as_deref(), i64::MAX, true)?;
            let mut st = store::open(&cli.db).map_err(database)?;
            let rows = st.export(&form, from, to).map_err(database)?;
            print!(
                "{}",
                match format {
                    Format::Csv => export::csv(&lf.form, &rows),
                    Format::Jsonl => export::json_lines(&rows),
                }
            );
            eprintln!(
                "{}",
                say.text("server-exported", &[("count", Arg::Num(rows.len() as f64))])
            );
            Ok(())
        }
        Command::Purge { older_than_days } => {
            let mut st = store::open(&cli.db).map_err(database)?;
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64);
            let n = st
                .purge(now - i64::from(older_than_days) * 86_400)
                .map_err(database)?;
            eprintln!(
                "{}",
                say.text(
                    "server-purged",
                    &[
                        ("count", Arg::Num(n as f64)),
                        ("days", Arg::Num(f64::from(older_than_days))),
                    ],
                )
            );
            Ok(())
        }
    }
}

fn main() -> ExitCode {
    let argv: Vec<OsString> = std::env::args_os().collect();
    let (cat, locale) = form_cli::ui_messages(usage::ui_language(&argv).as_deref());
    let say = Say { cat, locale };
    let cli = match usage::parse::<Cli>(&argv, "server", &say.cat, &say.locale) {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    match run(cli, &say) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("form-server: {e}");
            ExitCode::FAILURE
        }
    }
}
