//! `consent`: a single checkbox that must be ticked to agree. Stored as `true`, or left
//! out when not ticked.

use serde_json::Value;

use super::{FieldType, Hints, Prop, Props, Shown, Widget};
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
    const DOC: &'static str = "A single checkbox that must be ticked to agree.";

    fn compile(_p: &mut Props<'_>) -> Self {
        Consent
    }
    fn read<'v>(&self, raw: &'v Value) -> Cell<'v> {
        match raw {
            Value::Bool(true) => Cell::Val(Answer::Bool(true)),
            Value::Bool(false) | Value::Null => Cell::Empty,
            Value::String(s) => match s.trim() {
                "true" | "on" | "yes" => Cell::Val(Answer::Bool(true)),
                "" | "false" | "off" | "no" => Cell::Empty,
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
            Shown::Nothing
        }
    }
    fn pack(&self, _w: &mut Vec<u8>) {}
    fn unpack(_r: &mut Reader<'_>) -> Option<Self> {
        Some(Consent)
    }
}
