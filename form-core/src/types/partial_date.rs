//! `partial-date`: a date whose day, or day and month, may be unknown (as on many identity
//! documents), stored as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Range checks treat it as every
//! day it may stand for: too early only if even its latest day is too early.

use serde_json::Value;

use super::date::shown_date;
use super::{AUTOCOMPLETE, DateRange, FieldType, Hints, MAX_DATE, MIN_DATE, Problem, Prop, Props};
use super::{Shown, Widget, read_date};
use crate::bytes::{Pack, Reader, Unpack};
use crate::expr::{Env, Type};
use crate::model::answer::{Answer, Cell};

#[derive(Clone, Debug)]
pub struct PartialDateField {
    pub range: DateRange,
}

impl FieldType for PartialDateField {
    const NAME: &'static str = "partial-date";
    const TAG: u8 = 8;
    const PROPS: &'static [Prop] = &[AUTOCOMPLETE, MIN_DATE, MAX_DATE];
    const VALUE: Type = Type::PartialDate;
    const DOC: &'static str = "A date whose day, or day and month, may be unknown.";

    fn compile(_p: &mut Props<'_>) -> Self {
        PartialDateField {
            range: DateRange::default(),
        }
    }
    fn link(&mut self, p: &mut Props<'_>) {
        self.range.link(p);
    }
    fn read(&self, raw: &Value) -> Cell {
        read_date(raw, true)
    }
    fn check(&self, answer: &Answer, env: &dyn Env) -> Option<Problem> {
        match answer {
            Answer::Partial(d) => self.range.check(d.earliest(), d.latest(), env),
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
        Some(PartialDateField {
            range: DateRange::unpack(r)?,
        })
    }
}
