//! `decimal`: a decimal number with `.` or `,` as separator, stored as canonical text
//! (`.` as separator, the digits as typed, no leading zeros), with an optional range.

use serde_json::Value;

use super::{AUTOCOMPLETE, FieldType, Hints, MAX, MIN, NumRange, Problem, Prop, Props};
use super::{Shown, read_digits, shown_number};
use crate::bytes::{Pack, Reader, Unpack};
use crate::codes::IssueCode;
use crate::expr::{Env, Type};
use crate::model::answer::{Answer, Cell};

#[derive(Clone, Debug)]
pub struct Decimal {
    pub range: NumRange,
}

/// A decimal with `.` or `,` as separator; returns the value and the canonical text.
fn parse_decimal(s: &str) -> Option<(f64, String)> {
    let (neg, body) = match s.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let (int, frac) = match body.split_once(['.', ',']) {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    let ok = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if (int.is_empty() && frac.is_none_or(str::is_empty))
        || !ok(int)
        || !frac.is_none_or(|f| !f.is_empty() && ok(f))
        || body.len() > 30
    {
        return None;
    }
    let int = int.trim_start_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    let mut canon = String::new();
    if neg {
        canon.push('-');
    }
    canon.push_str(int);
    if let Some(f) = frac {
        canon.push('.');
        canon.push_str(f);
    }
    let v = crate::diag::parse_number(&canon)?;
    if canon == "-0" {
        canon = "0".into();
    }
    v.is_finite().then_some((v, canon))
}

impl FieldType for Decimal {
    const NAME: &'static str = "decimal";
    const TAG: u8 = 6;
    const PROPS: &'static [Prop] = &[AUTOCOMPLETE, MIN, MAX];
    const VALUE: Type = Type::Number;
    const DOC: &'static str = "A decimal number (`.` or `,` as decimal separator).";

    fn compile(p: &mut Props<'_>) -> Self {
        Decimal {
            range: NumRange::compile(p, false),
        }
    }
    fn read<'v>(&self, raw: &'v Value) -> Cell<'v> {
        match read_digits(raw) {
            Err(()) => Cell::wrong_type("decimal"),
            Ok(None) => Cell::Empty,
            Ok(Some(t)) => match parse_decimal(&t) {
                Some((v, canon)) => Cell::Val(Answer::Dec(v, canon.into())),
                None => Cell::invalid(Value::String(t.into_owned()), IssueCode::InvalidDecimal),
            },
        }
    }
    fn check(&self, answer: &Answer<'_>, _env: &dyn Env) -> Option<Problem> {
        match answer {
            Answer::Dec(v, _) => self.range.check(*v),
            _ => None,
        }
    }
    fn hints(&self) -> Hints {
        Hints {
            inputmode: Some("decimal"),
            spellcheck: Some(false),
            ..Hints::input("text")
        }
    }
    fn shown(&self, value: &Value) -> Shown {
        shown_number(value)
    }
    fn pack(&self, w: &mut Vec<u8>) {
        self.range.pack(w);
    }
    fn unpack(r: &mut Reader<'_>) -> Option<Self> {
        Some(Decimal {
            range: NumRange::unpack(r)?,
        })
    }
}
