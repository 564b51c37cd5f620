//! `tel`: a telephone number as people write it: digits, an optional leading `+`,
//! spaces, hyphens, dots, slashes, one pair of parentheses; 5 to 15 digits (E.164).

use serde_json::Value;

use super::{AUTOCOMPLETE, FieldType, Hints, MAX_LENGTH, MIN_LENGTH, PATTERN, Problem, Prop, Props};
use super::{Shown, TextRules, shown_text};
use crate::json::Json;
use crate::bytes::{Pack, Reader, Unpack};
use crate::codes::IssueCode;
use crate::expr::{Env, Type};
use crate::model::answer::{Answer, Cell};
use crate::text;

#[derive(Clone, Debug)]
pub struct Tel {
    pub rules: TextRules,
}

impl FieldType for Tel {
    const NAME: &'static str = "tel";
    const TAG: u8 = 4;
    const PROPS: &'static [Prop] = &[AUTOCOMPLETE, MIN_LENGTH, MAX_LENGTH, PATTERN];
    const VALUE: Type = Type::Text;
    const DOC: &'static str = "A telephone number.";

    fn compile(p: &mut Props<'_>) -> Self {
        Tel {
            rules: TextRules::compile(p),
        }
    }
    fn read<'v, J: Json>(&self, raw: &'v J) -> Cell<'v> {
        match self.rules.read(raw, false).map(|t| t.map(text::ascii_digits_cow)) {
            Ok(Some(t)) if !text::is_plausible_tel(&t) => {
                Cell::invalid(Value::String(t.into_owned()), IssueCode::InvalidTel)
            }
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
            spellcheck: Some(false),
            max_chars: self.rules.max_length,
            ..Hints::input("tel")
        }
    }
    fn shown(&self, value: &Value) -> Shown {
        shown_text(value)
    }
    fn pack(&self, w: &mut Vec<u8>) {
        self.rules.pack(w);
    }
    fn unpack(r: &mut Reader<'_>) -> Option<Self> {
        Some(Tel {
            rules: TextRules::unpack(r)?,
        })
    }
}
