//! `choice`: one value from a list of options (inline or a code list), shown as radio
//! buttons or, with `"widget": "select"`, as a select.

use serde_json::Value;

use super::{AUTOCOMPLETE, CODE_LIST, FieldType, Hints, OPTIONS, Prop, Props, WIDGET};
use super::{Shown, Widget, compile_options, read_text};
use crate::bytes::{Pack, Reader, Unpack};
use crate::codes::IssueCode;
use crate::diag::Arg;
use crate::expr::Type;
use crate::model::answer::{Answer, Cell, args};
use crate::model::{ChoiceOption, Options};


#[derive(Clone, Debug)]
pub struct Choice {
    pub options: Options,
    /// Drawn as a select rather than radio buttons.
    pub select: bool,
}

impl FieldType for Choice {
    const NAME: &'static str = "choice";
    const TAG: u8 = 9;
    const PROPS: &'static [Prop] = &[AUTOCOMPLETE, OPTIONS, CODE_LIST, WIDGET];
    const VALUE: Type = Type::Text;
    const DOC: &'static str = "One value from options (radio buttons or a select).";

    fn compile(p: &mut Props<'_>) -> Self {
        Choice {
            options: compile_options(p),
            select: p.text("widget") == Some("select"),
        }
    }
    fn read(&self, raw: &Value) -> Cell {
        match read_text(raw, false) {
            Err(()) => Cell::wrong_type("text"),
            Ok(None) => Cell::Empty,
            Ok(Some(t)) if self.options.position(&t).is_some() => Cell::Val(Answer::Text(t)),
            Ok(Some(t)) => {
                let a = args([("value", Arg::from(t.as_str()))]);
                Cell::Invalid(Value::String(t), IssueCode::InvalidChoice, a)
            }
        }
    }
    fn hints(&self) -> Hints {
        Hints::widget(if self.select {
            Widget::Select
        } else {
            Widget::Radios
        })
    }
    fn shown(&self, value: &Value) -> Shown {
        match value.as_str().and_then(|v| self.options.get(v)) {
            Some(o) => Shown::Options {
                labels: vec![o.label.clone()],
            },
            None => Shown::Nothing,
        }
    }
    fn options(&self) -> Option<&Options> {
        Some(&self.options)
    }
    fn pack(&self, w: &mut Vec<u8>) {
        self.options.pack(w);
        self.select.pack(w);
    }
    fn unpack(r: &mut Reader<'_>) -> Option<Self> {
        Some(Choice {
            options: Options::unpack(r)?,
            select: bool::unpack(r)?,
        })
    }
}

// The sorted index is packed too: sorting it again in the browser would cost code.
crate::bytes::record!(Options { list, index });

crate::bytes::record!(ChoiceOption { value, label, hint });
