//! `integer`: a whole number, typed as digits with an optional sign, perhaps grouped (at
//! most 15 digits, so every value is exact in JavaScript too), with an optional range.

use serde_json::Value;

use super::{AUTOCOMPLETE, FieldType, Hints, MAX, MIN, NumRange, Problem, Prop, Props};
use super::decimal::{Typed, typed};
use super::{Shown, read_digits, shown_number};
use crate::bytes::{Pack, Reader, Unpack};
use crate::codes::IssueCode;
use crate::expr::{Env, Type};
use crate::model::answer::{Answer, Cell};

#[derive(Clone, Debug)]
pub struct Integer {
    pub range: NumRange,
}

/// A whole number as people type it, perhaps grouped (`1.234`, `1,234`, `1 234`, as
/// [`typed`] reads them; a whole number has no decimal places, so `2.350` is 2350).
fn parse_int(s: &str) -> Option<i64> {
    match typed(s, false) {
        Typed::Num(neg, digits, None) if !digits.is_empty() && digits.len() <= 15 => {
            let v: i64 = digits.parse().ok()?;
            Some(if neg { -v } else { v })
        }
        Typed::Ambiguous(whole) => Some(whole as i64),
        _ => None,
    }
}

impl FieldType for Integer {
    const NAME: &'static str = "integer";
    const TAG: u8 = 5;
    const PROPS: &'static [Prop] = &[AUTOCOMPLETE, MIN, MAX];
    const VALUE: Type = Type::Number;
    const DOC: &'static str = "A whole number, its digits perhaps grouped (`1.234`, `1,234`, `1 234`).";

    fn compile(p: &mut Props<'_>) -> Self {
        Integer {
            range: NumRange::compile(p, true),
        }
    }
    fn read<'v>(&self, raw: &'v Value) -> Cell<'v> {
        if let Value::Number(n) = raw {
            let whole = n.as_i64().or_else(|| {
                n.as_f64()
                    .filter(|f| f.fract() == 0.0 && f.abs() < 1e15)
                    .map(|f| f as i64)
            });
            return match whole {
                Some(i) => Cell::Val(Answer::Int(i)),
                None => Cell::invalid(raw.clone(), IssueCode::InvalidInteger),
            };
        }
        match read_digits(raw) {
            Err(()) => Cell::wrong_type("integer"),
            Ok(None) => Cell::Empty,
            Ok(Some(t)) => match parse_int(&t) {
                Some(i) => Cell::Val(Answer::Int(i)),
                None => Cell::invalid(Value::String(t.into_owned()), IssueCode::InvalidInteger),
            },
        }
    }
    fn check(&self, answer: &Answer<'_>, _env: &dyn Env) -> Option<Problem> {
        match answer {
            Answer::Int(i) => self.range.check(*i as f64),
            _ => None,
        }
    }
    fn hints(&self) -> Hints {
        Hints {
            inputmode: Some("numeric"),
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
        Some(Integer {
            range: NumRange::unpack(r)?,
        })
    }
}
