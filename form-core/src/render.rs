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
                text: catalog.render_issue(locale, i),
            })
            .collect(),
        cleaned: &report.cleaned,
        dropped: &report.dropped,
    };
    let mut s = serde_json::to_string_pretty(&r).unwrap_or_default();
    s.push('\n');
    s
}
