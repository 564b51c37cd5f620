//! `textarea`: several lines of text; line breaks are kept, other controls removed.

use serde_json::Value;

use super::{AUTOCOMPLETE, FieldType, Hints, MAX_LENGTH, MIN_LENGTH, CHARACTERS, PATTERN, Problem, Prop, Props};
use super::{Shown, TextRules, Widget, shown_text};
use crate::json::Json;
use crate::bytes::{Pack, Reader, Unpack};
use crate::expr::{Env, Type};
use crate::model::answer::{Answer, Cell};

#[derive(Clone, Debug)]
pub struct Textarea {
    pub rules: TextRules,
}

impl FieldType for Textarea {
    const NAME: &'static str = "textarea";
    const TAG: u8 = 2;
    const PROPS: &'static [Prop] = &[AUTOCOMPLETE, MIN_LENGTH, MAX_LENGTH, PATTERN, CHARACTERS];
    const VALUE: Type = Type::Text;
    const DOC: &'static str = "Multi-line text.";

    fn compile(p: &mut Props<'_>) -> Self {
        Textarea {
            rules: TextRules::compile(p),
        }
    }
    fn read<'v, J: Json>(&self, raw: &'v J) -> Cell<'v> {
        match self.rules.read(raw, true) {
            Ok(Some(t)) => Cell::Val(Answer::Text(t)),
            Ok(None) => Cell::Empty,
            Err(cell) => cell,
        }
    }
    fn check(&self, answer: &Answer<'_>, _env: &dyn Env) -> Option<Problem> {
        match answer {
            Answer::Text(t) => self.rules.check(t),
            _ => None,
        }
    }
    fn hints(&self) -> Hints {
        Hints {
            max_chars: self.rules.max_length,
            ..Hints::widget(Widget::Textarea)
        }
    }
    fn shown(&self, value: &Value) -> Shown {
        shown_text(value)
    }
    fn pack(&self, w: &mut Vec<u8>) {
        self.rules.pack(w);
    }
    fn unpack(r: &mut Reader<'_>) -> Option<Self> {
        Some(Textarea {
            rules: TextRules::unpack(r)?,
        })
    }
}
