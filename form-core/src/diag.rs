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
}

/// A whole number is written as one (`2`, not `2.0`), as people and other programs expect.
impl Serialize for Arg {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Arg::Num(n) if n.fract() == 0.0 && n.abs() < 9_007_199_254_740_992.0 => {
                s.serialize_i64(*n as i64)
            }
            Arg::Num(n) => s.serialize_f64(*n),
            Arg::Str(t) => s.serialize_str(t),
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
            Arg::Num(n) => write!(f, "{n}"),
            Arg::Str(s) => f.write_str(s),
        }
    }
}

/// Arguments by name, in a stable order.
pub type Args = BTreeMap<String, Arg>;

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
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
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
