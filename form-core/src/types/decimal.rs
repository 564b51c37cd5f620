//! `decimal`: a decimal number with `.` or `,` as separator, the digits before it perhaps
//! grouped, stored as canonical text (`.` as separator, the digits as typed without
//! grouping, no leading zeros, a zero added where the text would otherwise be asked about
//! when read back), with an optional range. A text that reads as a decimal in
//! some languages and as a whole number in others (`2.350`) is asked about, not guessed.

use serde_json::Value;

use super::{AUTOCOMPLETE, FieldType, Hints, MAX, MIN, NumRange, Problem, Prop, Props, UNIT};
use super::{Shown, Tried, read_digits, shown_number};
use crate::json::{Json, View};
use crate::bytes::{Pack, Reader, Unpack};
use crate::codes::IssueCode;
use crate::diag::Arg;
use crate::expr::{Env, Type};
use crate::model::answer::{Answer, Cell, args};

#[derive(Clone, Debug)]
pub struct Decimal {
    pub range: NumRange,
}

/// A number as people type it: an optional sign, digits, `.` or `,` before the decimal
/// places, and the digits before them grouped by threes, or not: with a space, `'`, `’`,
/// `٬`, or the other one of `.` and `,` (`1.234,5`, `1,234.5`, `1 234,5`, `1'234.5`,
/// `1.000.000`). Language does not decide: the same text reads the same for every reader,
/// in the browser and on the server.
pub(super) enum Typed<'a> {
    /// The sign, the digits before the decimal places (without grouping; empty in `.5`),
    /// and the decimal places.
    Num(bool, String, Option<&'a str>),
    /// One `.` or `,` with one to three digits before it and three after (`2.350`,
    /// `1,500`): 2350 in German, 2.35 in English. Asked about, not guessed. The value read
    /// as a whole number.
    Ambiguous(f64),
    Invalid,
}

/// With `sure`, a single `.` or `,` is known to come before the decimal places.
pub(super) fn typed(s: &str, sure: bool) -> Typed<'_> {
    // The minus sign as well as the hyphen: Persian writes numbers with it (CLDR's `‎−`, its
    // mark of direction removed with the others when the text was normalised), and
    // typesetting and copied numbers use it.
    let (neg, body) = match s.strip_prefix(['-', '\u{2212}']) {
        Some(b) => (true, b),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    // The last `.` or `,` comes before the decimal places, unless it also groups the
    // digits before it (`1.000.000`).
    let bytes = body.as_bytes();
    let (int, frac) = match bytes.iter().rposition(|&b| b == b'.' || b == b',') {
        Some(i) if !bytes.iter().take(i).any(|&b| Some(&b) == bytes.get(i)) => {
            (body.get(..i).unwrap_or_default(), body.get(i + 1..))
        }
        _ => (body, None),
    };
    // The digits before the decimal places, without their grouping: groups of three after
    // a first of one to three, all marked alike.
    let mut digits = String::new();
    let mut first = None;
    let mut run = 0;
    let mut ok = body.len() <= 40 && !(int.is_empty() && frac.is_none());
    for c in int.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
            run += 1;
            continue;
        }
        match first {
            None => {
                first = Some(c);
                ok &= (1..=3).contains(&run)
                    && matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'' | '\u{2019}' | '\u{66c}' | '.' | ',');
            }
            Some(mark) => ok &= run == 3 && c == mark,
        }
        run = 0;
    }
    ok &= first.is_none() || run == 3;
    ok &= frac.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()));
    match frac {
        _ if !ok => Typed::Invalid,
        Some(f) if !sure && first.is_none() && f.len() == 3 && (1..=3).contains(&run) && !int.starts_with('0') => {
            let whole = int.bytes().chain(f.bytes()).fold(0.0, |n, b| n * 10.0 + f64::from(b - b'0'));
            Typed::Ambiguous(if neg { -whole } else { whole })
        }
        _ => Typed::Num(neg, digits, frac),
    }
}

/// A decimal's value and canonical text (`.` before the decimal places, no grouping, no
/// leading zeros).
fn canonical(neg: bool, int: &str, frac: Option<&str>) -> Option<(f64, String)> {
    let int = int.trim_start_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    let mut canon = String::new();
    // Zero has no sign: `-0,00` is stored `0.00`, and a message says `0`, not `-0`.
    if neg && (int != "0" || frac.is_some_and(|f| f.bytes().any(|b| b != b'0'))) {
        canon.push('-');
    }
    canon.push_str(int);
    if let Some(f) = frac {
        canon.push('.');
        canon.push_str(f);
        // Stored text reads back as itself: three decimal places after one to three digits
        // would be asked about (`2.350`, from the Arabic separator, a JSON number or
        // `002.350`), so one zero fewer (`2.35`) or, where the last is not one, one more
        // (`2.3510`): the same value.
        if f.len() == 3 && int != "0" && int.len() <= 3 {
            if f.ends_with('0') {
                canon.truncate(canon.len() - 1);
            } else {
                canon.push('0');
            }
        }
    }
    let v = crate::diag::parse_number(&canon)?;
    v.is_finite().then_some((v, canon))
}

impl FieldType for Decimal {
    const NAME: &'static str = "decimal";
    const TAG: u8 = 6;
    const PROPS: &'static [Prop] = &[AUTOCOMPLETE, MIN, MAX, UNIT];
    const VALUE: Type = Type::Number;
    const DOC: &'static str = "A decimal number (`.` or `,` before the decimal places, the digits before them perhaps grouped: `1.234,5`, `1 234.5`); `2.350`, a decimal in English and a whole number in German, is asked about (`ambiguous-decimal`), unless `min` and `max` allow only one of the two, or neither and for the same reason (then it is too small or too large).";

    fn compile(p: &mut Props<'_>) -> Self {
        Decimal {
            range: NumRange::compile(p, false),
        }
    }
    fn read<'v, J: Json>(&self, raw: &'v J) -> Cell<'v> {
        match read_digits(raw) {
            Err(()) => Cell::wrong_type("decimal"),
            Ok(None) => Cell::Empty,
            Ok(Some(t)) => {
                let text = || Value::String(t.to_string());
                // A JSON number, and the Arabic decimal separator (read as `.`), say what
                // they are.
                let sure = match raw.view() {
                    View::Number(_) => true,
                    View::Str(r) => r.contains('\u{66b}'),
                    _ => false,
                };
                // `2.350` where the field's bounds allow only one of its readings is that
                // one: the other would be refused anyway (2350 tonnes, a rent of 2.35).
                // Where they allow neither, it is asked about only if the two would be
                // refused for different reasons (one too small, one too large).
                let ok = |v: f64| self.range.allows(v);
                // The number without its unit, where one was typed (`650 €`).
                let n = match self.range.unit {
                    Some(unit) => std::borrow::Cow::Owned(unit.strip(&t)),
                    None => std::borrow::Cow::Borrowed(&*t),
                };
                let whole_text: String;
                let read = match typed(&n, sure) {
                    Typed::Ambiguous(whole) if ok(whole) && !ok(whole / 1000.0) => {
                        whole_text = n.chars().filter(|&c| c != '.' && c != ',').collect();
                        typed(&whole_text, true)
                    }
                    Typed::Ambiguous(whole) if ok(whole / 1000.0) && !ok(whole) => typed(&n, true),
                    // Both readings beyond the same bound (`12.500` where at most 10 is
                    // allowed): that is the answer, whichever was meant.
                    Typed::Ambiguous(whole)
                        if !ok(whole)
                            && self.range.check(whole).map(|p| p.0)
                                == self.range.check(whole / 1000.0).map(|p| p.0) =>
                    {
                        typed(&n, true)
                    }
                    other => other,
                };
                match read {
                    Typed::Num(neg, int, frac) => match canonical(neg, &int, frac) {
                        Some((v, canon)) => Cell::Val(Answer::Dec(v, canon.into())),
                        None => Cell::invalid(text(), IssueCode::InvalidDecimal),
                    },
                    Typed::Ambiguous(whole) => Cell::unreadable(
                        text(),
                        IssueCode::AmbiguousDecimal,
                        // The whole number as digits, not grouped as the language groups
                        // numbers: "45000 or 45", never "45.000 or 45", is the question.
                        args([
                            ("whole", Arg::from(crate::diag::number_string(whole))),
                            ("fraction", Arg::Num(whole / 1000.0)),
                        ]),
                    ),
                    Typed::Invalid => Cell::invalid(text(), IssueCode::InvalidDecimal),
                }
            }
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
            unit: self.range.unit,
            ..Hints::input("text")
        }
    }
    fn shown(&self, value: &Value) -> Shown {
        shown_number(value)
    }
    fn tried(&self) -> Option<Tried> {
        Some(Tried::Decimal)
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
