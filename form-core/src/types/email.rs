//! `email`: an email address as browsers define a valid one (WHATWG HTML), but with a
//! dot in the domain, and with internationalised domains as browsers accept them; written
//! by hand rather than with a regex so the browser bundle stays small. Its domain is
//! stored in lower case.

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
pub struct Email {
    pub rules: TextRules,
}

impl FieldType for Email {
    const NAME: &'static str = "email";
    const TAG: u8 = 3;
    const PROPS: &'static [Prop] = &[AUTOCOMPLETE, MIN_LENGTH, MAX_LENGTH, PATTERN];
    const VALUE: Type = Type::Text;
    const DOC: &'static str = "An email address (WHATWG definition, as browsers check it, but with a dot in the domain: `name@gmailcom` is refused; the domain may have letters beyond ASCII, `info@bücher.de`, as browsers accept them). The domain is stored in lower case (`ayse@Example.DE` as `ayse@example.de`), the part before `@` as typed.";

    fn compile(p: &mut Props<'_>) -> Self {
        Email {
            rules: TextRules::compile(p),
        }
    }
    fn read<'v, J: Json>(&self, raw: &'v J) -> Cell<'v> {
        match self.rules.read(raw, false) {
            Ok(Some(t)) if !text::is_whatwg_email(&t) => {
                Cell::invalid(Value::String(t.into_owned()), IssueCode::InvalidEmail)
            }
            Ok(Some(t)) => Cell::Val(Answer::Text(text::email_domain_in_lower_case(t))),
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
            ..Hints::input("email")
        }
    }
    fn shown(&self, value: &Value) -> Shown {
        shown_text(value)
    }
    fn pack(&self, w: &mut Vec<u8>) {
        self.rules.pack(w);
    }
    fn unpack(r: &mut Reader<'_>) -> Option<Self> {
        Some(Email {
            rules: TextRules::unpack(r)?,
        })
    }
}
