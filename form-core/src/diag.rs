//! Problems found in a schema (for form authors) and the arguments that travel with
//! every code so that each side renders it in its reader's language.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::codes::DiagCode;

/// A message argument: numbers stay numbers so Fluent can choose plural forms.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Num(f64),
    Str(String),
    /// A decimal answer as stored (`1250.50`): a number to Fluent that keeps its places, so
    /// that a rule's message says "1250,50 €", not "1250,5 €". Programs read it as that
    /// text, as in the cleaned submission.
    Decimal(String),
}

/// A whole number is written as one (`2`, not `2.0`), as people and other programs expect.
impl Serialize for Arg {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Arg::Num(n) if n.fract() == 0.0 && n.abs() < 9_007_199_254_740_992.0 => {
                s.serialize_i64(*n as i64)
            }
            Arg::Num(n) => s.serialize_f64(*n),
            Arg::Str(t) | Arg::Decimal(t) => s.serialize_str(t),
        }
    }
}

/// Read leniently, as arguments come from other programs: numbers stay numbers, strings
/// stay strings, booleans become their text.
impl<'de> Deserialize<'de> for Arg {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Arg, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Arg;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a number or a string")
            }
            fn visit_f64<E>(self, v: f64) -> Result<Arg, E> {
                Ok(Arg::Num(v))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Arg, E> {
                Ok(Arg::Num(v as f64))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Arg, E> {
                Ok(Arg::Num(v as f64))
            }
            fn visit_bool<E>(self, v: bool) -> Result<Arg, E> {
                Ok(Arg::Str(v.to_string()))
            }
            fn visit_str<E>(self, v: &str) -> Result<Arg, E> {
                Ok(Arg::Str(v.to_owned()))
            }
            fn visit_string<E>(self, v: String) -> Result<Arg, E> {
                Ok(Arg::Str(v))
            }
        }
        d.deserialize_any(V)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_owned())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}
impl From<f64> for Arg {
    fn from(n: f64) -> Arg {
        Arg::Num(n)
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Num(n as f64)
    }
}
impl From<u32> for Arg {
    fn from(n: u32) -> Arg {
        Arg::Num(f64::from(n))
    }
}

impl fmt::Display for Arg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Arg::Num(n) => f.write_str(&number_string(*n)),
            Arg::Str(s) | Arg::Decimal(s) => f.write_str(s),
        }
    }
}

/// Reads a plain decimal number, `-?[0-9]+(\.[0-9]+)?` (leading zeros allowed), as
/// form-core's JSON reader reads a JSON number, the way the schema's own numbers (bounds,
/// steps) are read: exactly as the standard library reads it for up to 15 significant digits and 22
/// decimal places (anything a person types), within one unit in the last place beyond.
/// The same on every side, and the browser bundle carries one text-to-float algorithm, not
/// two (the standard library's, with its 10 KB table, was 5 KB after compression).
pub fn parse_number(text: &str) -> Option<f64> {
    let body = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = match body.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (body, None),
    };
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || !fraction.is_none_or(digits) {
        return None;
    }
    // JSON has no leading zeros: `007.5` is read as `7.5`.
    let trimmed = whole.trim_start_matches('0');
    let whole = if trimmed.is_empty() { "0" } else { trimmed };
    let sign = if body.len() < text.len() { "-" } else { "" };
    let json = match fraction {
        Some(f) => format!("{sign}{whole}.{f}"),
        None => format!("{sign}{whole}"),
    };
    // Through the JSON reader the bundles have anyway (an `f64` reader would be more code),
    // the reader the compiler reads the schema's own numbers with.
    number_by_node(&json).filter(|v| v.is_finite())
}

/// What serde_json makes of a number, for comparing the two readers.
#[cfg(test)]
fn number_by_value(json: &str) -> Option<f64> {
    serde_json::from_str::<serde_json::Value>(json)
        .ok()?
        .as_f64()
}

fn number_by_node(json: &str) -> Option<f64> {
    match crate::json::Node::parse(json).ok()? {
        crate::json::Node::Number(n) => n.as_f64(),
        _ => None,
    }
}

/// A number as [`write_number`] writes it, as a `String` of its own.
pub fn number_string(n: f64) -> String {
    let mut s = String::new();
    write_number(&mut s, n);
    s
}

/// Writes a number as Rust's `Display` for `f64` does (`2`, `1.5`, `0.00000015`,
/// `1000000000000000000000`, `-0`, `NaN`, `inf`): the shortest digits that read back as
/// the same number, never in exponent notation. Made from serde_json's shortest digits, so
/// the browser bundle carries one float-to-text algorithm, not two (the standard library's
/// was 4 KB after compression). Up to 15 significant digits (anything a person types or a
/// schema holds) the text is `Display`'s; with 16 or 17 digits, where two shortest texts
/// read back as the same number, the last digit may be the other one. Messages and message
/// arguments write numbers with this function on every side (server, browser, CLI), so
/// those always agree with each other.
/// `tests/properties.rs` compares it with `Display`.
pub fn write_number(out: &mut String, n: f64) {
    if n.is_nan() {
        out.push_str("NaN");
        return;
    }
    if n.is_infinite() {
        out.push_str(if n < 0.0 { "-inf" } else { "inf" });
        return;
    }
    // Finite: serde_json writes `-1.5e-7`, `1e+21`, `100.0`.
    let text = serde_json::Number::from_f64(n).map_or_else(String::new, |j| j.to_string());
    let (negative, text) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let (mantissa, exponent) = match text.split_once(['e', 'E']) {
        Some((m, e)) => {
            let e = e.trim_start_matches('+');
            let (sign, e) = e.strip_prefix('-').map_or((1, e), |e| (-1, e));
            // serde_json's exponents have at most three digits.
            (
                m,
                sign * crate::text::ascii_number(e.as_bytes()).unwrap_or(0) as i64,
            )
        }
        None => (text, 0),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    // The digits, and where the decimal point goes among them.
    let digits = format!("{whole}{fraction}");
    let leading = digits.len() - digits.trim_start_matches('0').len();
    let digits = digits.trim_start_matches('0').trim_end_matches('0');
    let point = whole.len() as i64 + exponent - leading as i64;
    if negative {
        out.push('-');
    }
    if digits.is_empty() {
        out.push('0');
    } else if point <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', point.unsigned_abs() as usize));
        out.push_str(digits);
    } else if point as usize >= digits.len() {
        out.push_str(digits);
        out.extend(std::iter::repeat_n('0', point as usize - digits.len()));
    } else {
        let (a, b) = digits.split_at(point as usize);
        out.push_str(a);
        out.push('.');
        out.push_str(b);
    }
}

/// Arguments by name, in a stable order (by name). A sorted list rather than a map: a
/// message has a few arguments, and a B-tree's code cost the browser bundle 3.7 KB.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Args(Vec<(String, Arg)>);

impl Args {
    pub const fn new() -> Args {
        Args(Vec::new())
    }
    /// Sets an argument; returns the value it had.
    pub fn insert(&mut self, name: String, value: Arg) -> Option<Arg> {
        let at = self.0.iter().position(|(k, _)| *k >= name);
        match at.and_then(|i| self.0.get_mut(i)) {
            Some((k, v)) if *k == name => Some(std::mem::replace(v, value)),
            _ => {
                self.0.insert(at.unwrap_or(self.0.len()), (name, value));
                None
            }
        }
    }
    pub fn get(&self, name: &str) -> Option<&Arg> {
        self.0.iter().find(|(k, _)| k == name).map(|(_, v)| v)
    }
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Arg)> {
        self.0.iter().map(|(k, v)| (k, v))
    }
    pub fn iter_mut(&mut self) -> impl Iterator<Item = (&String, &mut Arg)> {
        self.0.iter_mut().map(|(k, v)| (&*k, v))
    }
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut Arg> {
        self.0.iter_mut().map(|(_, v)| v)
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<'a> IntoIterator for &'a Args {
    type Item = (&'a String, &'a Arg);
    type IntoIter =
        std::iter::Map<std::slice::Iter<'a, (String, Arg)>, fn(&(String, Arg)) -> (&String, &Arg)>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

impl Extend<(String, Arg)> for Args {
    fn extend<I: IntoIterator<Item = (String, Arg)>>(&mut self, items: I) {
        for (k, v) in items {
            self.insert(k, v);
        }
    }
}

impl FromIterator<(String, Arg)> for Args {
    fn from_iter<I: IntoIterator<Item = (String, Arg)>>(items: I) -> Args {
        let mut args = Args::new();
        args.extend(items);
        args
    }
}

impl<const N: usize> From<[(String, Arg); N]> for Args {
    fn from(items: [(String, Arg); N]) -> Args {
        items.into_iter().collect()
    }
}

/// A JSON object, by name.
impl Serialize for Args {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.iter())
    }
}

impl<'de> Deserialize<'de> for Args {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Args, D::Error> {
        BTreeMap::<String, Arg>::deserialize(d).map(|m| Args(m.into_iter().collect()))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The form cannot be used until this is fixed.
    Error,
    /// The form works, but probably not as its author meant.
    Warning,
}

/// One problem in a schema, located by a JSON pointer into the schema file and, for
/// expressions, the column (1-based, in characters) inside the expression text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Stable code; the Fluent message id is `schema-` + code.
    pub code: DiagCode,
    /// JSON pointer (RFC 6901) of the offending value in the schema.
    pub pointer: String,
    /// For expressions: the column inside the expression text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<u32>,
    #[serde(skip_serializing_if = "Args::is_empty")]
    pub args: Args,
}

impl Diagnostic {
    pub fn error(code: DiagCode, pointer: impl Into<String>) -> Diagnostic {
        Diagnostic::new(Severity::Error, code, pointer.into())
    }
    pub fn warning(code: DiagCode, pointer: impl Into<String>) -> Diagnostic {
        Diagnostic::new(Severity::Warning, code, pointer.into())
    }
    // Not inlined: there are hundreds of call sites, and the browser bundle pays for each copy.
    #[inline(never)]
    fn new(severity: Severity, code: DiagCode, pointer: String) -> Diagnostic {
        Diagnostic {
            severity,
            code,
            pointer,
            column: None,
            args: Args::new(),
        }
    }
    pub fn arg(self, name: &str, value: impl Into<Arg>) -> Diagnostic {
        self.with_arg(name, value.into())
    }
    #[inline(never)]
    fn with_arg(mut self, name: &str, value: Arg) -> Diagnostic {
        self.args.insert(name.to_owned(), value);
        self
    }
    pub fn at_column(mut self, column: u32) -> Diagnostic {
        self.column = Some(column);
        self
    }
    /// The Fluent message id that explains this diagnostic.
    pub fn message_id(&self) -> String {
        format!("schema-{}", self.code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// form-core's JSON reader gives every number the value serde_json gives it, or where
    /// the two differ, the value `str::parse` gives it (serde_json rounds twice where a
    /// significand with zeros at its end is longer than an `f64` holds).
    #[test]
    fn numbers_read_as_serde_json_or_as_the_standard_library_reads_them() {
        let mut seed = 1u64;
        for _ in 0..20_000 {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
            let digits = (seed >> 20) % 10_000_000_000_000_000;
            let places = ((seed >> 8) % 24) as usize;
            let text = format!("{digits:0>width$}", width = places + 1);
            let (w, f) = text.split_at(text.len() - places);
            let json = if places == 0 {
                w.to_owned()
            } else {
                format!("{w}.{f}")
            };
            let node = number_by_node(&json);
            if node != number_by_value(&json) {
                assert_eq!(node, json.parse().ok(), "{json}");
            }
        }
        for json in ["0", "-0", "1e400", "x", "12345678901234567890123"] {
            assert_eq!(number_by_value(json), number_by_node(json), "{json}");
        }
        for json in [
            "46120001011301800000",
            "4612000101130180000.0e1",
            "1.000e22",
        ] {
            assert_eq!(number_by_node(json), json.parse().ok(), "{json}");
        }
    }

    /// Arguments keep the order and JSON the `BTreeMap` they replaced had: sorted by name,
    /// one value per name, the last one set wins.
    #[test]
    fn args_are_sorted_by_name_and_set_once() {
        let mut args = Args::new();
        assert_eq!(args.insert("max".into(), Arg::Num(3.0)), None);
        assert_eq!(args.insert("count".into(), Arg::Num(5.0)), None);
        assert_eq!(args.insert("label".into(), Arg::from("Name")), None);
        assert_eq!(
            args.insert("max".into(), Arg::Num(4.0)),
            Some(Arg::Num(3.0))
        );
        let names: Vec<&str> = args.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(names, ["count", "label", "max"]);
        assert_eq!(args.get("max"), Some(&Arg::Num(4.0)));
        assert_eq!(args.get("min"), None);
        let json = serde_json::to_string(&args).unwrap_or_default();
        assert_eq!(json, r#"{"count":5,"label":"Name","max":4}"#);
        let back: Args =
            serde_json::from_str(r#"{"max":4,"count":5,"label":"Name"}"#).unwrap_or_default();
        assert_eq!(back, args);
        let from: Args = [
            ("b".to_owned(), Arg::Num(1.0)),
            ("a".to_owned(), Arg::Num(2.0)),
        ]
        .into();
        assert_eq!(
            from.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(),
            ["a", "b"]
        );
    }
}
