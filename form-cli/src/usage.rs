//! The command line in the reader's language. clap parses it, but every text a person reads
//! there, the help and the mistakes in a command line, comes from Fluent messages
//! (`cli-help-*`, `cli-usage-*` in `authoring.ftl`), in the language of `--locale`, else of
//! the environment (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English.
//!
//! Every argument of every command has its message `cli-help-<command>-<argument>` (the
//! global ones `cli-help-<argument>`); `tests/usage.rs` checks every help in English and
//! German for a message id left in place of its text.

use std::ffi::OsString;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};
use form_core::{Args, Catalog, Locale};

/// The reader's language: `--locale` wherever it is on the command line, else the
/// environment's (`de_DE.UTF-8` is German; `C` and `POSIX` say nothing), else none.
pub fn ui_language(args: &[OsString]) -> Option<String> {
    let mut words = args.iter().filter_map(|a| a.to_str());
    while let Some(w) = words.next() {
        if w == "--locale" {
            return words.next().map(str::to_owned);
        }
        if let Some(tag) = w.strip_prefix("--locale=") {
            return Some(tag.to_owned());
        }
        if w == "--" {
            break;
        }
    }
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.is_empty())
        .and_then(|v| environment_tag(&v))
}

/// The language tag of a POSIX locale name: `de_DE.UTF-8@euro` is `de-DE`.
pub fn environment_tag(name: &str) -> Option<String> {
    let base = name.split(['.', '@']).next().unwrap_or_default();
    if base.is_empty() || base == "C" || base == "POSIX" {
        return None;
    }
    let tag = base.replace('_', "-");
    Locale::parse(&tag).ok().map(|l| l.to_string())
}

/// `command` with every text the reader sees taken from `cat` in `ui`: its own from the
/// messages `<prefix>-help-about`, `<prefix>-help-<command>`, `<prefix>-help-<argument>`
/// (global) and `<prefix>-help-<command>-<argument>` (`form` has `cli`, `form-server`
/// `server`), the headings and the help and version flags from the `cli-help-*` ones.
pub fn localised_as(command: Command, prefix: &str, cat: &Catalog, ui: &Locale) -> Command {
    let t = |id: &str| cat.text(ui, id, &Args::new());
    let root = command
        .about(t(&format!("{prefix}-help-about")))
        .disable_version_flag(true)
        .arg(flag("version", 'V', ArgAction::Version, cat, ui))
        .disable_help_subcommand(true)
        .subcommand_help_heading(t("cli-help-commands"))
        .subcommand_value_name(t("cli-help-command"));
    let globals: Vec<String> = root
        .get_arguments()
        .filter(|a| a.is_global_set())
        .map(|a| a.get_id().to_string())
        .collect();
    let mut root = texts(root, prefix, "", cat, ui);
    // Global arguments are described once, under their own message (clap copies them into
    // every command when it builds them).
    for g in &globals {
        root = root.mut_arg(g, |a| {
            a.help(t(&format!("{prefix}-help-{g}")))
                .help_heading(t("cli-help-options"))
                .hide_default_value(true)
                .hide_env(true)
        });
    }
    let names: Vec<String> = root
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect();
    for name in names {
        root = root.mut_subcommand(&name, |c| {
            texts(
                c.about(t(&format!("{prefix}-help-{name}"))),
                prefix,
                &name,
                cat,
                ui,
            )
        });
    }
    root
}

/// clap's own `--help` or `--version` (`-h`, `-V`), said by `cli-help-<long>`.
fn flag(long: &'static str, short: char, action: ArgAction, cat: &Catalog, ui: &Locale) -> Arg {
    let t = |id: &str| cat.text(ui, id, &Args::new());
    Arg::new(long)
        .short(short)
        .long(long)
        .action(action)
        .help(t(&format!("cli-help-{long}")))
        .help_heading(t("cli-help-options"))
}

/// The help texts of one command's own arguments, its headings and its help flag.
fn texts(command: Command, prefix: &str, name: &str, cat: &Catalog, ui: &Locale) -> Command {
    let t = |id: &str| cat.text(ui, id, &Args::new());
    let ids: Vec<(String, bool)> = command
        .get_arguments()
        .filter(|a| !a.is_global_set() && a.get_id() != "version")
        .map(|a| (a.get_id().to_string(), a.is_positional()))
        .collect();
    let mut command = command
        .help_template(format!(
            "{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}\n",
            t("cli-help-usage")
        ))
        .disable_help_flag(true)
        .arg(flag("help", 'h', ArgAction::Help, cat, ui));
    for (id, positional) in ids {
        let message = if name.is_empty() {
            format!("{prefix}-help-{id}")
        } else {
            format!("{prefix}-help-{name}-{id}")
        };
        let heading = t(if positional {
            "cli-help-arguments"
        } else {
            "cli-help-options"
        });
        // Defaults, possible values and variables are in the message (clap would add them
        // in English).
        command = command.mut_arg(&id, |a| {
            let a = a.help(t(&message)).help_heading(heading).hide_env(true);
            // (A switch, such as `--update`, takes no value to describe.)
            if a.get_action().takes_values() {
                a.hide_default_value(true).hide_possible_values(true)
            } else {
                a
            }
        });
    }
    command
}

/// The command line `argv` read into `C` by clap, every text in `ui` ([`localised_as`]
/// with `prefix`): the help or the version printed (`Err` with success), a mistake said
/// on stderr with where to read more (`Err` with exit code 2).
pub fn parse<C: clap::Parser>(
    argv: &[OsString],
    prefix: &str,
    cat: &Catalog,
    ui: &Locale,
) -> Result<C, std::process::ExitCode> {
    use std::process::ExitCode;
    let command = localised_as(C::command(), prefix, cat, ui);
    let program = command.get_name().to_owned();
    match command
        .try_get_matches_from(argv)
        .and_then(|m| C::from_arg_matches(&m))
    {
        Ok(cli) => Ok(cli),
        Err(e) if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) => {
            let _ = e.print();
            Err(ExitCode::SUCCESS)
        }
        Err(e) => {
            eprint!(
                "{}",
                crate::without_isolates(&error_text_of(&e, &program, cat, ui))
            );
            Err(ExitCode::from(2))
        }
    }
}

/// A mistake in the command line of `program`, said in `ui`, with where to read more.
pub fn error_text_of(e: &clap::Error, program: &str, cat: &Catalog, ui: &Locale) -> String {
    let text = |kind: ContextKind| -> String {
        match e.get(kind) {
            Some(ContextValue::String(s)) => s.clone(),
            Some(ContextValue::Strings(v)) => v.join(", "),
            Some(other) => other.to_string(),
            None => String::new(),
        }
    };
    let mut args = Args::new();
    let mut put = |k: &str, v: String| {
        args.insert(k.into(), form_core::Arg::Str(v));
    };
    put("program", program.to_owned());
    let id = match e.kind() {
        ErrorKind::UnknownArgument => {
            put("arg", text(ContextKind::InvalidArg));
            "cli-usage-unknown-argument"
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            put("arg", text(ContextKind::InvalidArg));
            put("value", text(ContextKind::InvalidValue));
            let valid = text(ContextKind::ValidValue);
            if valid.is_empty() {
                "cli-usage-invalid-value"
            } else {
                put("valid", valid);
                "cli-usage-invalid-value-of"
            }
        }
        ErrorKind::MissingRequiredArgument => {
            put("arg", text(ContextKind::InvalidArg));
            "cli-usage-missing"
        }
        ErrorKind::InvalidSubcommand => {
            put("command", text(ContextKind::InvalidSubcommand));
            "cli-usage-unknown-command"
        }
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            "cli-usage-missing-command"
        }
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues => {
            put("value", text(ContextKind::InvalidValue));
            "cli-usage-too-many"
        }
        _ => "cli-usage-other",
    };
    format!(
        "{}\n{}\n",
        cat.text(ui, id, &args),
        cat.text(ui, "cli-usage-more", &args)
    )
}
