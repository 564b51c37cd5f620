//! `date`: a full calendar date, typed in three parts (day, month, year) or as
//! `YYYY-MM-DD`, stored as `YYYY-MM-DD`, with an optional range of expressions.

use serde_json::Value;

use super::{AUTOCOMPLETE, DateRange, FieldType, Hints, MAX_DATE, MIN_DATE, Problem, Prop, Props};
use super::{Shown, Widget, read_date};
use crate::json::Json;
use crate::bytes::{Pack, Reader, Unpack};
use crate::date::PartialDate;
use crate::expr::{Env, Type};
use crate::model::answer::{Answer, Cell};

#[derive(Clone, Debug)]
pub struct DateField {
    pub range: DateRange,
}

/// A cleaned date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) shown by its parts.
pub(crate) fn shown_date(value: &Value) -> Shown {
    let Some(s) = value.as_str() else {
        return Shown::Nothing;
    };
    match PartialDate::parse_iso(s) {
        Ok(p) => Shown::Date {
            year: p.year,
            month: p.month,
            day: p.day,
        },
        Err(_) if s.is_empty() => Shown::Nothing,
        Err(_) => Shown::Text { text: s.to_owned() },
    }
}

impl FieldType for DateField {
    const NAME: &'static str = "date";
    const TAG: u8 = 7;
    const PROPS: &'static [Prop] = &[AUTOCOMPLETE, MIN_DATE, MAX_DATE];
    const VALUE: Type = Type::Date;
    const DOC: &'static str = "A full calendar date, typed in three boxes (day, month, year); the month may also be written as its name or its first three letters or more, in English, German, French, Spanish, Turkish, Polish, Ukrainian or Russian (`März`, `MAR`, `Sept.`, `травня`), as on a passport.";

    fn compile(_p: &mut Props<'_>) -> Self {
        DateField {
            range: DateRange::default(),
        }
    }
    fn link(&mut self, p: &mut Props<'_>) {
        self.range.link(p);
    }
    fn read<'v, J: Json>(&self, raw: &'v J) -> Cell<'v> {
        read_date(raw, false)
    }
    fn check(&self, answer: &Answer<'_>, env: &dyn Env) -> Option<Problem> {
        match answer {
            Answer::Date(d) => self.range.check(*d, *d, env),
            _ => None,
        }
    }
    fn hints(&self) -> Hints {
        Hints {
            inputmode: Some("numeric"),
            ..Hints::widget(Widget::DateParts)
        }
    }
    fn shown(&self, value: &Value) -> Shown {
        shown_date(value)
    }
    fn pack(&self, w: &mut Vec<u8>) {
        self.range.pack(w);
    }
    fn unpack(r: &mut Reader<'_>) -> Option<Self> {
        Some(DateField {
            range: DateRange::unpack(r)?,
        })
    }
}
