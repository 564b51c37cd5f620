//! `time`: a time of day, typed as people write it (`14:30`, `14.30`, `14 Uhr`, `1430`,
//! `2:30pm`, `٢:٣٠ م`), stored as `HH:MM` (24 hours), with an optional range of
//! expressions (`minTime`, `maxTime`). In expressions it is of type `time`: compared with
//! other times and with `time("22:00")`, and `minutes_between(a, b)` is a number.

use serde_json::Value;

use super::{Bounds, FieldType, Hints, MAX_TIME, MIN_TIME, Problem, Prop, Props};
use super::{Shown, read_digits, shown_text};
use crate::bytes::{Pack, Reader, Unpack, record};
use crate::codes::{DiagCode, IssueCode};
use crate::diag::{Arg, Diagnostic};
use crate::expr::{self, Env, Expr, Type, Val};
use crate::json::Json;
use crate::model::answer::{Answer, Cell, args};

#[derive(Clone, Debug, Default)]
pub struct TimeField {
    /// `minTime` and `maxTime`: expressions of type time.
    pub bounds: Bounds,
}

record!(TimeField { bounds });

/// Minutes after midnight as `HH:MM`.
pub fn time_text(minutes: u16) -> String {
    format!("{:02}:{:02}", minutes / 60 % 24, minutes % 60)
}

/// Endings that say which half of the day a 12-hour time is in (`Some(true)`: after noon),
/// as English, Arabic and Persian write them, and endings that say nothing (`Uhr`, `h`);
/// compared without regard to ASCII case.
const ENDINGS: &[(&str, Option<bool>)] = &[
    ("a.m.", Some(false)),
    ("p.m.", Some(true)),
    ("am", Some(false)),
    ("pm", Some(true)),
    ("ق.ظ", Some(false)),
    ("ب.ظ", Some(true)),
    ("ص", Some(false)),
    ("م", Some(true)),
    ("uhr", None),
    ("h", None),
];

/// One or two ASCII digits as a number. (On bytes: reading times through `str` slices
/// cost the embed 180 B brotli, more than its budget had left.)
fn two_digits(d: &[u8]) -> Option<u16> {
    (d.len() <= 2)
        .then(|| crate::text::ascii_number(d))
        .flatten()
        .map(|n| n as u16)
}

/// The minutes after midnight of a time as people type it (digits already ASCII, no space
/// at either end): hours alone (`14`, `14 Uhr`, `2pm`), hours and minutes apart (`14:30`,
/// `14.30`, `14,30`, `14h30`, `14 h 30`, `14 30`, `14:30:00`), or together (`1430`, `930`); a 12-hour
/// time with its half of the day (`2:30 pm`; `12am` is midnight). `None` for anything else,
/// `24:00` and `14:30 pm` included.
pub fn parse_time(typed: &str) -> Option<u16> {
    let mut s = typed.as_bytes();
    let mut half = None;
    for (ending, h) in ENDINGS {
        let cut = s.len().saturating_sub(ending.len());
        if let (Some(rest), Some(end)) = (s.get(..cut), s.get(cut..))
            && end.eq_ignore_ascii_case(ending.as_bytes())
        {
            s = rest;
            while let Some(r) = s.strip_suffix(b" ") {
                s = r;
            }
            half = *h;
            break;
        }
    }
    // Seconds a program may send (`14:30:00`): only none.
    if let Some(rest) = s.strip_suffix(b":00")
        && rest.contains(&b':')
    {
        s = rest;
    }
    let apart = |b: &u8| matches!(b, b':' | b'.' | b',' | b'h' | b' ');
    let (hours, minutes) = match s.iter().position(apart) {
        // The marks between them may be several (`14 h 30`, as French writes it).
        Some(at) => {
            let (h, m) = s.split_at(at);
            let (marks, m) = m.split_at(m.len().checked_sub(2)?);
            (marks.iter().all(apart) && !m.iter().any(apart)).then_some((h, m))?
        }
        None if s.len() > 2 => s.split_at(s.len() - 2),
        None => (s, &b"0"[..]),
    };
    let (hour, minute) = (two_digits(hours)?, two_digits(minutes)?);
    let hour = match half {
        None => hour,
        Some(pm) if (1..=12).contains(&hour) => hour % 12 + if pm { 12 } else { 0 },
        // `14:30 pm`: said as no time, "like 14:30 or 2:30pm" (taking it cost the embed
        // more bytes than it has to spare).
        _ => return None,
    };
    (hour < 24 && minute < 60).then_some(hour * 60 + minute)
}

impl FieldType for TimeField {
    const NAME: &'static str = "time";
    const TAG: u8 = 14;
    const PROPS: &'static [Prop] = &[MIN_TIME, MAX_TIME];
    const VALUE: Type = Type::Time;
    const DOC: &'static str = "A time of day, typed as people write it (`14:30`, `14.30`, `14 Uhr`, `1430`, `2:30pm`), stored as `HH:MM`. A time range within one day: an event past midnight needs a date for its end too.";

    fn compile(_p: &mut Props<'_>) -> Self {
        TimeField::default()
    }
    fn link(&mut self, p: &mut Props<'_>) {
        self.bounds.min = p.expr("minTime", Type::Time).map(|c| c.expr);
        self.bounds.max = p.expr("maxTime", Type::Time).map(|c| c.expr);
        if let (Some(Expr::Num(a)), Some(Expr::Num(b))) = (&self.bounds.min, &self.bounds.max)
            && a > b
        {
            p.report(
                Diagnostic::error(DiagCode::InvalidRange, p.at("minTime"))
                    .arg("min", time_text(*a as u16))
                    .arg("max", time_text(*b as u16)),
            );
        }
    }
    fn read<'v, J: Json>(&self, raw: &'v J) -> Cell<'v> {
        match read_digits(raw) {
            Err(()) => Cell::wrong_type("time"),
            Ok(None) => Cell::Empty,
            Ok(Some(t)) => match parse_time(&t) {
                Some(m) => Cell::Val(Answer::Time(m)),
                None => Cell::invalid(Value::String(t.into_owned()), IssueCode::InvalidTime),
            },
        }
    }
    fn check(&self, answer: &Answer<'_>, env: &dyn Env) -> Option<Problem> {
        let Answer::Time(t) = *answer else {
            return None;
        };
        let bound = |e: &Option<Expr>| match expr::eval(e.as_ref()?, env)? {
            Val::Num(n) => Some(n as u16),
            _ => None,
        };
        let (code, name, at) = match (bound(&self.bounds.min), bound(&self.bounds.max)) {
            (Some(min), _) if t < min => (IssueCode::TimeTooEarly, "min", min),
            (_, Some(max)) if t > max => (IssueCode::TimeTooLate, "max", max),
            _ => return None,
        };
        Some((code, args([(name, Arg::from(time_text(at)))])))
    }
    fn hints(&self) -> Hints {
        // Not `numeric`: a phone's number pad has no `:`, and `pm` is letters. As wide as
        // `2:30 p.m.` or `18.30 Uhr`.
        Hints {
            spellcheck: Some(false),
            ltr: true,
            width: Some(9),
            ..Hints::input("text")
        }
    }
    fn shown(&self, value: &Value) -> Shown {
        shown_text(value)
    }
    fn pack(&self, w: &mut Vec<u8>) {
        Pack::pack(self, w);
    }
    fn unpack(r: &mut Reader<'_>) -> Option<Self> {
        <Self as Unpack>::unpack(r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_as_people_type_them() {
        for (typed, want) in [
            ("14:30", Some("14:30")),
            ("14.30", Some("14:30")),
            ("14,30", Some("14:30")),
            ("14h30", Some("14:30")),
            ("14 30", Some("14:30")),
            ("14 h 30", Some("14:30")),
            ("9 h 05", Some("09:05")),
            ("14h 30", Some("14:30")),
            ("1430", Some("14:30")),
            ("930", Some("09:30")),
            ("9:05", Some("09:05")),
            ("14", Some("14:00")),
            ("14 Uhr", Some("14:00")),
            ("14:30 Uhr", Some("14:30")),
            ("14h", Some("14:00")),
            ("0:00", Some("00:00")),
            ("23:59", Some("23:59")),
            ("14:30:00", Some("14:30")),
            ("2pm", Some("14:00")),
            ("2:30 PM", Some("14:30")),
            ("2.30 p.m.", Some("14:30")),
            ("12am", Some("00:00")),
            ("12 pm", Some("12:00")),
            ("11:59 a.m.", Some("11:59")),
            ("2:30 م", Some("14:30")),
            ("9 ص", Some("09:00")),
            ("2:30 ب.ظ", Some("14:30")),
            ("24:00", None),
            ("12:60", None),
            ("14:3", None),
            ("14:300", None),
            ("14:x30", None),
            ("14 hx 30", None),
            ("14 h 3", None),
            ("13pm", None),
            ("14:30 م", None),
            ("13am", None),
            ("24pm", None),
            ("0am", None),
            ("14:30:15", None),
            ("12345", None),
            ("", None),
            (":30", None),
            ("14:", None),
            ("halb drei", None),
            ("-1:00", None),
            ("+14:00", None),
            ("pm", None),
            ("１４:３０", None),
        ] {
            assert_eq!(parse_time(typed).map(time_text).as_deref(), want, "{typed}");
        }
    }
}
