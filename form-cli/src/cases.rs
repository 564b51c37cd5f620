//! `form test`: every case of a form (`cases/*.json`) run as `form validate` runs it and
//! compared with its snapshot (`cases/snapshots/*.snap`), as `form dev`'s cases panel does
//! (the same [`crate::dev::run_case`]), for a team's own forms and its CI: exit 1 when a
//! case differs from its snapshot, has none, or cannot be read, or the schema has errors.
//! Given a folder of forms (`examples`), it runs the cases of each form in it.
//! `--update` writes the snapshots of new and changed cases, in the format the case test
//! of this repository reads (`form-cli/tests/cases.rs`).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use form_core::{Arg, Args, Catalog, Locale};

use crate::{Outcome, Sources, catalog, cli_messages};

/// Runs the cases of each form folder (or of the folder of each `form.json` given; or of
/// each form folder in a folder of forms, such as `examples`).
pub fn test(folders: &[PathBuf], update: bool, sources: &Sources, ui: Option<&str>) -> Outcome {
    let mut out = Outcome::default();
    let mut dirs = Vec::new();
    for given in folders {
        let dir = if given.is_file() {
            form_files::FormDir::of_schema(given)
        } else {
            form_files::FormDir::new(given)
        };
        match form_files::forms_in(given) {
            Ok(forms) if !dir.schema_path().is_file() && !forms.is_empty() => dirs.extend(forms),
            _ => dirs.push(dir),
        }
    }
    for dir in dirs {
        let schema = dir.schema_path();
        let (cli, ui_locale) = cli_messages(sources, &schema, ui);
        let say = |id: &str, args: &[(&str, String)]| {
            let mut a = Args::new();
            for (k, v) in args {
                a.insert((*k).into(), Arg::Str(v.clone()));
            }
            cli.text(&ui_locale, id, &a)
        };
        let folder = dir.root.display().to_string();
        let text = match std::fs::read_to_string(&schema) {
            Ok(t) => t,
            Err(e) => {
                let _ = writeln!(
                    out.stdout,
                    "{}",
                    crate::io_text(&cli, &ui_locale, "cli-cannot-read", &schema, &e)
                );
                out.code = 1;
                continue;
            }
        };
        let Some(form) = form_core::compile(&text).form else {
            let file = schema.display().to_string();
            let _ = writeln!(
                out.stdout,
                "{}",
                say(
                    "cli-test-schema-errors",
                    &[("folder", folder), ("file", file)]
                )
            );
            out.code = 1;
            continue;
        };
        let (cat, _) = catalog(sources, &form.default_locale, &schema);
        let cases = dir.cases();
        if cases.is_empty() {
            let _ = writeln!(
                out.stdout,
                "{}",
                say("cli-test-no-cases", &[("folder", folder)])
            );
            out.code = 1;
            continue;
        }
        let mut lines = Vec::new();
        let mut passed = 0;
        for case in &cases {
            let run = crate::dev::run_case(&form, (&cat, &ui_locale), &dir, case, &dir.root);
            let file = run.file.clone();
            if let Some(problem) = &run.problem {
                lines.push(format!("  {problem}"));
                out.code = 1;
                continue;
            }
            // What the case says it should give comes first: a snapshot written anew
            // does not make up for it.
            let unmet = crate::dev::unmet_text(&cli, &ui_locale, &run);
            if let Some(text) = &unmet {
                lines.push(format!("  {text}"));
                out.code = 1;
            }
            match (run.pass, update) {
                (Some(true), _) if unmet.is_none() => passed += 1,
                (Some(true), _) => {}
                (_, true) => match write_snapshot(&dir.snapshot_of(case), &run) {
                    Ok(()) => {
                        let wrote = dir.snapshot_of(case).display().to_string();
                        lines.push(format!("  {}", say("cli-test-wrote", &[("file", wrote)])));
                        passed += usize::from(unmet.is_none());
                    }
                    Err(e) => {
                        let path = dir.snapshot_of(case);
                        lines.push(format!(
                            "  {}",
                            crate::io_text(&cli, &ui_locale, "cli-cannot-write", &path, &e)
                        ));
                        out.code = 1;
                    }
                },
                (None, false) => {
                    lines.push(format!("  {}", say("cli-test-new", &[("file", file)])));
                    out.code = 1;
                }
                (Some(false), false) => {
                    let (line, expected, got) = run.diff.clone().unwrap_or_default();
                    lines.push(format!(
                        "  {}",
                        say(
                            "cli-test-differs",
                            &[
                                ("file", file),
                                ("line", line.to_string()),
                                ("expected", expected),
                                ("got", got)
                            ]
                        )
                    ));
                    // What it gives now: the verdict, or its issues.
                    lines.push(format!(
                        "    {}",
                        if run.valid {
                            say("cli-test-now-valid", &[])
                        } else {
                            say(
                                "cli-test-now-issues",
                                &[("issues", crate::dev::issues_text(&run.issues))],
                            )
                        }
                    ));
                    out.code = 1;
                }
            }
        }
        let _ = writeln!(
            out.stdout,
            "{}",
            summary(&cli, &ui_locale, &folder, passed, cases.len())
        );
        for l in lines {
            let _ = writeln!(out.stdout, "{l}");
        }
    }
    out
}

/// "examples/dog-tax: 6 of 6 cases as their snapshots".
fn summary(cat: &Catalog, locale: &Locale, folder: &str, passed: usize, cases: usize) -> String {
    let mut a = Args::new();
    a.insert("folder".into(), Arg::Str(folder.to_owned()));
    a.insert("passed".into(), Arg::Num(passed as f64));
    a.insert("cases".into(), Arg::Num(cases as f64));
    cat.text(locale, "cli-test-summary", &a)
}

/// Writes a case's snapshot as the case test writes it (insta's format: a header with the
/// command that gives it, then the exit code and the report).
fn write_snapshot(path: &Path, run: &crate::dev::CaseRun) -> std::io::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let body = format!(
        "---\nsource: form test\ninfo: {}\n---\n{}\n",
        run.info,
        run.got.trim_end()
    );
    std::fs::write(path, body)
}
