//! `choice`: one value from a list of options (inline or a code list), shown as radio
//! buttons or, with `"widget": "select"`, as a select.

use serde_json::Value;

use super::{AUTOCOMPLETE, CODE_LIST, FieldType, Hints, OPTIONS, Prop, Props, WIDGET};
use super::{Shown, Tried, Widget, compile_options, read_text};
use crate::json::Json;
use crate::bytes::{Pack, Reader, Unpack};
use crate::codes::{DiagCode, IssueCode};
use crate::diag::{Arg, Diagnostic};
use crate::expr::Type;
use crate::model::answer::{Answer, Cell, args};
use crate::model::{ChoiceOption, Keys, Options};


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
    const REQUIRED: &'static str = "error-required-choice";

    fn compile(p: &mut Props<'_>) -> Self {
        let options = compile_options(p);
        // One option is all a choice takes: none stands alone among the others.
        for (i, o) in options.list.iter().enumerate() {
            if o.exclusive {
                p.report(
                    Diagnostic::error(DiagCode::NotApplicable, p.at(&format!("options/{i}/exclusive")))
                        .arg("property", "exclusive")
                        .arg("type", Self::NAME),
                );
            }
        }
        let select = p.text("widget") == Some("select");
        // Hundreds of radios (a choice of the countries without `"widget": "select"`).
        if !select {
            super::multi_choice::warn_long_list(p, &options, DiagCode::LongRadioList);
        }
        Choice { options, select }
    }
    fn read<'v, J: Json>(&self, raw: &'v J) -> Cell<'v> {
        match read_text(raw, false) {
            Err(()) => Cell::wrong_type("text"),
            Ok(None) => Cell::Empty,
            Ok(Some(t)) if self.options.position(&t).is_some() => Cell::Val(Answer::Text(t)),
            Ok(Some(t)) => {
                let a = args([("value", Arg::from(&*t))]);
                Cell::unreadable(Value::String(t.into_owned()), IssueCode::InvalidChoice, a)
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
    fn tried(&self) -> Option<Tried> {
        Some(Tried::Listed(
            self.options
                .list
                .iter()
                .map(|o| Value::String(o.value.clone()))
                .collect(),
        ))
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

/// Options are packed compactly: when every label is a common prefix plus the value and
/// no option has a hint or stands alone (a code list: `country-AD`, ...), only the prefix and the values;
/// the sorted index as positions only (sorting again in the browser would cost code). The
/// first byte: 1 for that compact form, plus 2 when drawn sorted.
impl Pack for Options {
    fn pack(&self, w: &mut Vec<u8>) {
        let prefix = self.list.first().and_then(|o| o.label.strip_suffix(o.value.as_str()));
        let listed = prefix.filter(|p| {
            self.list
                .iter()
                .all(|o| o.hint.is_none() && !o.exclusive && o.label.strip_prefix(p) == Some(o.value.as_str()))
        });
        let kept = u8::from(self.last > 0) << 2;
        match listed {
            Some(p) => {
                w.push(1 | u8::from(self.sorted) << 1 | kept);
                p.to_owned().pack(w);
                self.list.len().pack(w);
                for o in &self.list {
                    o.value.pack(w);
                }
            }
            None => {
                w.push(u8::from(self.sorted) << 1 | kept);
                self.list.pack(w);
            }
        }
        if self.last > 0 {
            self.last.pack(w);
        }
        self.index.names().len().pack(w);
        for (_, at) in self.index.names() {
            at.pack(w);
        }
    }
}

impl Unpack for Options {
    fn unpack(r: &mut Reader) -> Option<Self> {
        let mode = r.byte()?;
        let list = match mode & !6 {
            1 => {
                let prefix = String::unpack(r)?;
                let n = usize::unpack(r)?;
                let mut list = Vec::with_capacity(n.min(crate::types::MAX_OPTIONS));
                for _ in 0..n {
                    let value = String::unpack(r)?;
                    // Not `format!`: its machinery made this loop most of decoding a form
                    // with three country fields.
                    let mut label = String::with_capacity(prefix.len() + value.len());
                    label.push_str(&prefix);
                    label.push_str(&value);
                    list.push(ChoiceOption {
                        label,
                        value,
                        hint: None,
                        exclusive: false,
                    });
                }
                list
            }
            0 => Vec::unpack(r)?,
            _ => return None,
        };
        let last = if mode & 4 != 0 {
            usize::unpack(r)?.min(list.len())
        } else {
            0
        };
        let n = usize::unpack(r)?;
        let mut index = Vec::with_capacity(n.min(list.len()));
        for _ in 0..n {
            let at = usize::unpack(r)?;
            index.push((list.get(at)?.value.clone(), at));
        }
        Some(Options {
            list,
            index: Keys::index(index),
            sorted: mode & 2 != 0,
            last,
        })
    }
}

crate::bytes::record!(ChoiceOption { value, label, hint, exclusive });
