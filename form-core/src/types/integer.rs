//! `integer`: a whole number, typed as digits with an optional sign, perhaps grouped (at
//! most 15 digits, so every value is exact in JavaScript too), with an optional range.

use std::borrow::Cow;

use serde_json::Value;

use super::{AUTOCOMPLETE, FieldType, Hints, MAX, MIN, NumRange, Problem, Prop, Props, UNIT};
use super::decimal::{Typed, typed};
use super::{Shown, Tried, read_digits, shown_number};
use crate::json::{Json, View};
use crate::bytes::{Pack, Reader, Unpack};
use crate::codes::IssueCode;
use crate::expr::{Env, Type};
use crate::diag::Arg;
use crate::model::answer::{Answer, Cell, args};

#[derive(Clone, Debug)]
pub struct Integer {
    pub range: NumRange,
}

/// The largest whole number a field holds: 15 digits, every one exact in JavaScript too.
const LARGEST: f64 = 999_999_999_999_999.0;

/// A whole number as people type it.
enum Whole {
    Int(i64),
    /// More digits than a field holds; negative or not.
    TooLong(bool),
    Not,
}

/// A whole number as people type it, perhaps grouped (`1.234`, `1,234`, `1 234`, as
/// [`typed`] reads them; a whole number has no decimal places, so `2.350` is 2350), perhaps
/// with zero decimal places (`40.0`, `40,00`).
fn parse_int(s: &str) -> Whole {
    match typed(s, false) {
        Typed::Num(neg, digits, frac)
            if !digits.is_empty() && frac.is_none_or(|f| f.bytes().all(|b| b == b'0')) =>
        {
            let digits = digits.trim_start_matches('0');
            if digits.len() > 15 {
                return Whole::TooLong(neg);
            }
            // At most 15 digits: within i64.
            let v = crate::text::ascii_number(digits.as_bytes()).unwrap_or(0) as i64;
            Whole::Int(if neg { -v } else { v })
        }
        Typed::Ambiguous(whole) => Whole::Int(whole as i64),
        _ => Whole::Not,
    }
}

impl Integer {
    /// A number beyond what a field holds: said as beyond its range, or beyond the largest
    /// number when it has none ("at most 999,999,999,999,999", not "not a whole number").
    fn too_long(&self, raw: Value, negative: bool) -> Cell<'static> {
        let (code, name, bound) = if negative {
            (IssueCode::TooSmall, "min", self.range.min.unwrap_or(-LARGEST))
        } else {
            (IssueCode::TooLarge, "max", self.range.max.unwrap_or(LARGEST))
        };
        Cell::unreadable(raw, code, args([(name, Arg::from(bound))]))
    }
}

impl FieldType for Integer {
    const NAME: &'static str = "integer";
    const TAG: u8 = 5;
    const PROPS: &'static [Prop] = &[AUTOCOMPLETE, MIN, MAX, UNIT];
    const VALUE: Type = Type::Number;
    const DOC: &'static str = "A whole number, its digits perhaps grouped (`1.234`, `1,234`, `1 234`), perhaps with zero decimal places (`40,0`); at most 15 digits (more is too large).";

    fn compile(p: &mut Props<'_>) -> Self {
        Integer {
            range: NumRange::compile(p, true),
        }
    }
    fn read<'v, J: Json>(&self, raw: &'v J) -> Cell<'v> {
        if let View::Number(n) = raw.view() {
            let f = n.as_f64().unwrap_or(f64::NAN);
            return match n.as_i64() {
                Some(i) if i.unsigned_abs() <= LARGEST as u64 => Cell::Val(Answer::Int(i)),
                _ if f.fract() == 0.0 && f.abs() <= LARGEST => Cell::Val(Answer::Int(f as i64)),
                _ if f.fract() == 0.0 || f.abs() > LARGEST => self.too_long(raw.to_value(), f < 0.0),
                _ => Cell::invalid(raw.to_value(), IssueCode::InvalidInteger),
            };
        }
        match read_digits(raw) {
            Err(()) => Cell::wrong_type("integer"),
            Ok(None) => Cell::Empty,
            Ok(Some(t)) => match parse_int(&self.range.unit.map_or(Cow::Borrowed(&*t), |u| Cow::Owned(u.strip(&t)))) {
                Whole::Int(i) => Cell::Val(Answer::Int(i)),
                Whole::TooLong(neg) => self.too_long(Value::String(t.into_owned()), neg),
                Whole::Not => {
                    Cell::invalid(Value::String(t.into_owned()), IssueCode::InvalidInteger)
                }
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
            unit: self.range.unit,
            ..Hints::input("text")
        }
    }
    fn shown(&self, value: &Value) -> Shown {
        shown_number(value)
    }
    fn tried(&self) -> Option<Tried> {
        Some(Tried::Whole)
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
