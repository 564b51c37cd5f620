//! `form`: check form schemas, validate submissions, print the format's JSON Schema.

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use form_cli::{Format, Outcome, Sources, ValidateArgs, usage};

#[derive(Parser)]
#[command(
    name = "form",
    version,
    about = "Check form schemas and validate submissions with form-core"
)]
struct Cli {
    /// Folder with the engine's locale files (`<tag>/*.ftl`); default: the built-in copy.
    #[arg(long, global = true)]
    locales: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
    Text,
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// Compile schemas, lint their translations and locale folders (e.g. `locales/`), and
    /// report every problem with its location; exit 1 on errors.
    Check {
        files: Vec<PathBuf>,
        /// Language of the report (default: the environment's, else English).
        #[arg(long)]
        locale: Option<String>,
    },
    /// Validate a submission; exit 1 when invalid, 2 when schema or data cannot be read.
    Validate {
        #[arg(long)]
        schema: PathBuf,
        #[arg(long)]
        data: PathBuf,
        /// Language of the report (default: the form's default language).
        #[arg(long)]
        locale: Option<String>,
        /// The date to validate against (default: today in Berlin).
        #[arg(long)]
        today: Option<String>,
        #[arg(long, value_enum, default_value = "text")]
        format: FormatArg,
    },
    /// Run a form's cases as `form validate` does and compare each report with its
    /// snapshot; exit 1 when one differs, has none or cannot be read.
    Test {
        /// Form folders, or their `form.json` (default: the current folder).
        #[arg(default_value = ".")]
        folders: Vec<PathBuf>,
        /// Write the snapshots of new and changed cases.
        #[arg(long)]
        update: bool,
        /// Language of the report (default: the environment's, else English).
        #[arg(long)]
        locale: Option<String>,
    },
    /// Print the JSON Schema of the form format.
    Schema,
    /// Show the form being written, live, with the real embed: diagnostics, translation
    /// coverage, cases and switches beside it; rebuilt on every save.
    Dev {
        /// The form folder (`form.json`, `locales/`, `cases/`).
        #[arg(default_value = ".")]
        folder: PathBuf,
        #[arg(long, default_value_t = 8090)]
        port: u16,
        /// The built embed (`dist/embed`; default: found above the current folder).
        #[arg(long)]
        dist: Option<PathBuf>,
        /// Language of the panels (default: English).
        #[arg(long)]
        locale: Option<String>,
    },
    /// Check a schema, then write the compiled form for the embed (`<schema>.form`, or
    /// `--out`) and its first page in each of its languages
    /// (`<name>/locales/<tag>/first-page.json` beside it); publish them next to the schema.
    Pack {
        schema: PathBuf,
        #[arg(long)]
        out: Option<PathBuf>,
        /// Language of the report (default: English).
        #[arg(long)]
        locale: Option<String>,
        /// The date the first pages are judged as of (default: today in Berlin).
        #[arg(long)]
        today: Option<String>,
    },
}

/// The command line as clap reads it, with every text in the reader's language
/// (`form_cli::usage`): the help, and a mistake in the command line (exit 2).
fn parse(argv: &[OsString], ui: Option<&str>) -> Result<Cli, ExitCode> {
    let (cat, locale) = form_cli::ui_messages(ui);
    usage::parse(argv, "cli", &cat, &locale)
}

fn main() -> ExitCode {
    let argv: Vec<OsString> = std::env::args_os().collect();
    // `--locale`, else the environment's language: the language of everything the command
    // says itself (a report of `form validate` is in the form's default language unless
    // `--locale` says otherwise).
    let ui = usage::ui_language(&argv);
    let cli = match parse(&argv, ui.as_deref()) {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    let sources = Sources {
        engine_dir: cli.locales,
    };
    // JSON keeps Fluent's isolation marks around values (for pages that show its texts,
    // right to left too); a terminal shows them as nothing, and a path copied from it
    // would carry them along.
    let json = matches!(
        cli.command,
        Command::Validate {
            format: FormatArg::Json,
            ..
        } | Command::Schema
    );
    let out = match cli.command {
        Command::Check { files, locale } => {
            form_cli::check(&files, &sources, locale.or(ui).as_deref())
        }
        Command::Validate {
            schema,
            data,
            locale,
            today,
            format,
        } => {
            let format = match format {
                FormatArg::Text => Format::Text,
                FormatArg::Json => Format::Json,
            };
            form_cli::validate(
                &ValidateArgs {
                    schema,
                    data,
                    locale,
                    ui,
                    today,
                    format,
                },
                &sources,
            )
        }
        Command::Pack {
            schema,
            out,
            locale,
            today,
        } => form_cli::pack(
            &schema,
            out.as_deref(),
            &sources,
            locale.or(ui).as_deref(),
            today.as_deref(),
        ),
        Command::Dev {
            folder,
            port,
            dist,
            locale,
        } => form_cli::dev::serve(form_cli::dev::DevOptions {
            folder,
            port,
            dist,
            sources: sources.clone(),
            ui: locale.or(ui),
        }),
        Command::Test {
            folders,
            update,
            locale,
        } => form_cli::cases::test(&folders, update, &sources, locale.or(ui).as_deref()),
        Command::Schema => Outcome {
            stdout: form_cli::json_schema(),
            ..Outcome::default()
        },
    };
    if json {
        print!("{}", out.stdout);
    } else {
        print!("{}", form_cli::without_isolates(&out.stdout));
    }
    eprint!("{}", form_cli::without_isolates(&out.stderr));
    ExitCode::from(u8::try_from(out.code).unwrap_or(2))
}
