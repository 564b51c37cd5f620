//! Exports for case workers: CSV (UTF-8, safe against formula injection in spreadsheet
//! programs) or JSON lines.

use std::fmt::Write as _;

use form_core::{Date, Form};
use serde_json::Value;

use crate::store::Row;

/// A cell that a spreadsheet program would run as a formula (`=`, `+`, `-`, `@`, tab,
/// carriage return) gets a leading apostrophe (OWASP's recommendation); then the cell is
/// quoted as RFC 4180 says.
pub fn csv_cell(s: &str) -> String {
    let guarded = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_owned()
    };
    format!("\"{}\"", guarded.replace('"', "\"\""))
}

fn iso_time(secs: i64) -> String {
    let date = Date::from_days(secs.div_euclid(86_400)).unwrap_or(Date::EPOCH);
    let s = secs.rem_euclid(86_400);
    format!("{date}T{:02}:{:02}:{:02}Z", s / 3600, s / 60 % 60, s % 60)
}

/// CSV with a byte-order mark (so spreadsheet programs read UTF-8), a header row, the
/// record columns and one column per top-level field of the form, in form order. Groups
/// and lists are written as JSON.
pub fn csv(form: &Form, rows: &[Row]) -> String {
    let fields: Vec<&str> = form
        .top
        .iter()
        .filter_map(|&i| form.fields.get(i))
        .map(|f| &*f.id)
        .collect();
    let mut out = String::from("\u{FEFF}");
    let header: Vec<String> = ["reference", "received_at", "form_version", "locale"]
        .iter()
        .copied()
        .chain(fields.iter().copied())
        .map(csv_cell)
        .collect();
    out.push_str(&header.join(","));
    out.push_str("\r\n");
    for r in rows {
        let data: Value = serde_json::from_str(&r.data).unwrap_or(Value::Null);
        let mut cells = vec![
            csv_cell(&r.reference),
            csv_cell(&iso_time(r.received_at)),
            csv_cell(&r.form_version),
            csv_cell(&r.locale),
        ];
        for f in &fields {
            let cell = match data.get(*f) {
                None | Some(Value::Null) => String::new(),
                Some(Value::String(s)) => s.clone(),
                Some(v @ (Value::Number(_) | Value::Bool(_))) => v.to_string(),
                Some(v) => v.to_string(),
            };
            cells.push(csv_cell(&cell));
        }
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

/// One JSON object per line: the record fields and the cleaned submission.
pub fn json_lines(rows: &[Row]) -> String {
    let mut out = String::new();
    for r in rows {
        let data: Value = serde_json::from_str(&r.data).unwrap_or(Value::Null);
        let line = serde_json::json!({
            "reference": r.reference, "formId": r.form_id, "formVersion": r.form_version,
            "locale": r.locale, "receivedAt": iso_time(r.received_at), "submission": data,
        });
        let _ = writeln!(out, "{line}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_quotes_doubled() {
        assert_eq!(
            csv_cell("=HYPERLINK(\"http://x\")"),
            "\"'=HYPERLINK(\"\"http://x\"\")\""
        );
        assert_eq!(csv_cell("+49 30 123"), "\"'+49 30 123\"");
        assert_eq!(csv_cell("-1"), "\"'-1\"");
        assert_eq!(csv_cell("@SUM(A1)"), "\"'@SUM(A1)\"");
        assert_eq!(csv_cell("Müller, Anna"), "\"Müller, Anna\"");
        assert_eq!(iso_time(1_615_766_400), "2021-03-15T00:00:00Z");
    }
}
