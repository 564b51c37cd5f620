//! `text`: a single line of text, with optional length limits and pattern.

use serde_json::Value;

use super::{AUTOCOMPLETE, CHARACTERS, FieldType, Hints, MAX_LENGTH, MIN_LENGTH, PATTERN, Problem, Prop, Props, TRANSFORM};
use super::{Shown, TextRules, shown_text};
use crate::json::Json;
use crate::bytes::{Pack, Reader, Unpack};
use crate::expr::{Env, Type};
use crate::model::answer::{Answer, Cell};

#[derive(Clone, Debug)]
pub struct Text {
    pub rules: TextRules,
}

impl FieldType for Text {
    const NAME: &'static str = "text";
    const TAG: u8 = 1;
    const PROPS: &'static [Prop] = &[AUTOCOMPLETE, MIN_LENGTH, MAX_LENGTH, PATTERN, CHARACTERS, TRANSFORM];
    const VALUE: Type = Type::Text;
    const DOC: &'static str = "Single-line text.";

    fn compile(p: &mut Props<'_>) -> Self {
        Text {
            rules: TextRules::compile(p),
        }
    }
    fn read<'v, J: Json>(&self, raw: &'v J) -> Cell<'v> {
        match self.rules.read(raw, false) {
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
            ..Hints::input("text")
        }
    }
    fn shown(&self, value: &Value) -> Shown {
        shown_text(value)
    }
    fn pack(&self, w: &mut Vec<u8>) {
        self.rules.pack(w);
    }
    fn unpack(r: &mut Reader<'_>) -> Option<Self> {
        Some(Text {
            rules: TextRules::unpack(r)?,
        })
    }
}
