//! `partial-date`: a date whose day, or day and month, may be unknown (as on many identity
//! documents), stored as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Range checks treat it as every
//! day it may stand for: too early only if even its latest day is too early.

use serde_json::Value;

use super::date::shown_date;
use super::{AUTOCOMPLETE, DateRange, FieldType, Hints, MAX_DATE, MIN_DATE, PRECISION, Problem};
use super::{Prop, Props};
use super::{Shown, Widget, read_date};
use crate::json::Json;
use crate::bytes::{Pack, Reader, Unpack};
use crate::codes::IssueCode;
use crate::date::Precision;
use crate::diag::Arg;
use crate::expr::{Env, Type};
use crate::model::answer::{Answer, Cell, args};

#[derive(Clone, Debug)]
pub struct PartialDateField {
    pub range: DateRange,
    /// The parts every answer must have (and no others); `None`: the day, or the day
    /// and month, may be missing.
    pub precision: Option<Precision>,
}

impl FieldType for PartialDateField {
    const NAME: &'static str = "partial-date";
    const TAG: u8 = 8;
    const PROPS: &'static [Prop] = &[AUTOCOMPLETE, MIN_DATE, MAX_DATE, PRECISION];
    const VALUE: Type = Type::PartialDate;
    const DOC: &'static str = "A date of which only some parts are asked (`precision`) or known; its month may be a name, as for `date`.";

    fn compile(p: &mut Props<'_>) -> Self {
        PartialDateField {
            range: DateRange::default(),
            precision: p.text("precision").and_then(Precision::parse),
        }
    }
    fn link(&mut self, p: &mut Props<'_>) {
        self.range.link(p);
    }
    fn read<'v, J: Json>(&self, raw: &'v J) -> Cell<'v> {
        // Parts beyond those asked (a program's, or a draft from before the form asked
        // less) are not kept.
        match (read_date(raw, true), self.precision) {
            (Cell::Val(Answer::Partial(mut d)), Some(want)) if d.precision() > want => {
                d.day = None;
                if want == Precision::Year {
                    d.month = None;
                }
                Cell::Val(Answer::Partial(d))
            }
            (cell, _) => cell,
        }
    }
    fn check(&self, answer: &Answer<'_>, env: &dyn Env) -> Option<Problem> {
        let Answer::Partial(d) = answer else {
            return None;
        };
        if let Some(want) = self.precision {
            let has = d.precision();
            if has < want {
                // The parts asked for and not given, as a full date names them.
                let missing = match (want, has) {
                    (Precision::Full, Precision::Year) => "day-month",
                    (Precision::Full, _) => "day",
                    _ => "month",
                };
                return Some((
                    IssueCode::DateIncomplete,
                    args([("missing", Arg::from(missing))]),
                ));
            }
        }
        self.range.check(d.earliest(), d.latest(), env)
    }
    fn hints(&self) -> Hints {
        Hints {
            inputmode: Some("numeric"),
            date_parts: self.precision.unwrap_or(Precision::Full),
            ..Hints::widget(Widget::DateParts)
        }
    }
    fn sure(&self) -> Option<Precision> {
        Some(self.precision.unwrap_or(Precision::Year))
    }
    fn shown(&self, value: &Value) -> Shown {
        shown_date(value)
    }
    fn pack(&self, w: &mut Vec<u8>) {
        self.range.pack(w);
        self.precision.pack(w);
    }
    fn unpack(r: &mut Reader<'_>) -> Option<Self> {
        Some(PartialDateField {
            range: DateRange::unpack(r)?,
            precision: Option::unpack(r)?,
        })
    }
}
