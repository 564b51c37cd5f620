//! The report as JSON with rendered texts: one format for the CLI, the browser and the
//! server, so their outputs can be compared byte for byte.

use serde::Serialize;

use crate::date::Date;
use crate::locale::Locale;
use crate::messages::Catalog;
use crate::model::Form;
use crate::validate::{Cleaned, Dropped, Issue, Report};

#[derive(Serialize)]
struct RenderedIssue<'a> {
    #[serde(flatten)]
    issue: &'a Issue,
    text: String,
}

#[derive(Serialize)]
struct RenderedReport<'a> {
    form: &'a str,
    version: &'a str,
    locale: String,
    direction: &'static str,
    today: String,
    valid: bool,
    issues: Vec<RenderedIssue<'a>>,
    cleaned: &'a Cleaned<'a>,
    dropped: &'a [Dropped],
}

/// The report as pretty-printed JSON (two-space indent, trailing newline), every issue
/// with its `text` rendered in `locale`.
///
/// `#[inline]`: made only in the crates that call it. Made in form-core, its serialiser
/// changed how LLVM inlined the embed's own JSON code (553 B more there, where it is never
/// called).
#[inline]
pub fn report_json(
    form: &Form,
    catalog: &Catalog,
    locale: &Locale,
    today: Date,
    report: &Report<'_>,
) -> String {
    let r = RenderedReport {
        form: &form.id,
        version: &form.version,
        locale: locale.to_string(),
        direction: locale.direction().as_str(),
        today: today.to_string(),
        valid: report.valid,
        issues: report
            .issues
            .iter()
            .map(|i| RenderedIssue {
                issue: i,
                text: catalog.render_issue(locale, i, Some(form)),
            })
            .collect(),
        cleaned: &report.cleaned,
        dropped: &report.dropped,
    };
    let mut s = pretty(&serde_json::to_string(&r).unwrap_or_default());
    s.push('\n');
    s
}

/// Compact JSON indented as `serde_json::to_string_pretty` writes it (two spaces, `": "`,
/// `[]` and `{}` when empty). Indenting the compact text keeps a second, pretty copy of
/// every serialiser out of the wasm modules. (Public for its property test.)
pub fn pretty(compact: &str) -> String {
    let bytes = compact.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() * 2);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let newline = |out: &mut Vec<u8>, depth: usize| {
        out.push(b'\n');
        out.extend(std::iter::repeat_n(b' ', depth * 2));
    };
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        i += 1;
        if in_string {
            out.push(b);
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
            continue;
        }
        match b {
            b'"' => {
                in_string = true;
                out.push(b);
            }
            b'{' | b'[' => {
                out.push(b);
                if let Some(&close @ (b'}' | b']')) = bytes.get(i) {
                    out.push(close);
                    i += 1;
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            b'}' | b']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(b);
            }
            b',' => {
                out.push(b);
                newline(&mut out, depth);
            }
            b':' => out.extend_from_slice(b": "),
            _ => out.push(b),
        }
    }
    // Only whole UTF-8 sequences were copied, and only ASCII added.
    String::from_utf8(out).unwrap_or_default()
}
