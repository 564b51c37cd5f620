//! `consent`: a single checkbox that must be ticked to agree. Stored as `true`, or left
//! out when not ticked; while it is shown, conditions and rules read a box not ticked as
//! `false` (a checkbox has no "not answered").

use serde_json::Value;

use super::{FieldType, Hints, Prop, Props, Shown, Tried, Widget};
use crate::json::{Json, View};
use crate::bytes::Reader;
use crate::expr::Type;
use crate::model::answer::{Answer, Cell};

#[derive(Clone, Debug)]
pub struct Consent;

impl FieldType for Consent {
    const NAME: &'static str = "consent";
    const TAG: u8 = 11;
    const PROPS: &'static [Prop] = &[];
    const VALUE: Type = Type::Bool;
    const DOC: &'static str = "A single checkbox that must be ticked to agree. While it is shown, conditions and rules read a box not ticked as `false`, so `not x` can be true; it is stored only when ticked. Besides `true` and `false`, a program (or an HTML form) may send the texts `\"true\"`, `\"on\"` or `\"yes\"` for a box ticked and `\"false\"`, `\"off\"`, `\"no\"` or nothing for one not ticked.";
    const REQUIRED: &'static str = "error-required-consent";

    fn compile(_p: &mut Props<'_>) -> Self {
        Consent
    }
    fn read<'v, J: Json>(&self, raw: &'v J) -> Cell<'v> {
        match raw.view() {
            View::Bool(true) => Cell::Val(Answer::Bool(true)),
            View::Bool(false) | View::Null => Cell::Val(Answer::Bool(false)),
            View::Str(s) => match s.trim() {
                "true" | "on" | "yes" => Cell::Val(Answer::Bool(true)),
                "" | "false" | "off" | "no" => Cell::Val(Answer::Bool(false)),
                _ => Cell::wrong_type("boolean"),
            },
            _ => Cell::wrong_type("boolean"),
        }
    }
    fn hints(&self) -> Hints {
        Hints::widget(Widget::Checkbox)
    }
    fn shown(&self, value: &Value) -> Shown {
        if value == &Value::Bool(true) {
            Shown::Yes
        } else {
            Shown::No
        }
    }
    fn tried(&self) -> Option<Tried> {
        Some(Tried::Listed(vec![Value::Bool(true), Value::Bool(false)]))
    }
    fn pack(&self, _w: &mut Vec<u8>) {}
    fn unpack(_r: &mut Reader<'_>) -> Option<Self> {
        Some(Consent)
    }
}
