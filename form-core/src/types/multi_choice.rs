//! `multi-choice`: any number of values from options, shown as checkboxes, with an
//! optional least and most number selected. Stored in the options' order.

use serde_json::Value;

use super::{CODE_LIST, FieldType, Hints, MAX_ITEMS, MIN_ITEMS, OPTIONS, Problem, Prop, Props};
use super::{Shown, Tried, Widget, check_item_range, compile_options, read_text};
use crate::json::{Json, View};
use crate::bytes::{Pack, Reader, Unpack};
use crate::codes::{DiagCode, IssueCode};
use crate::diag::{Arg, Diagnostic};
use crate::expr::{Env, Type};
use crate::model::Options;
use crate::model::answer::{Answer, Cell, args};

/// The most boxes a multi-choice, or radios a choice, shows without a warning
/// (`long-checkbox-list`, `long-radio-list`): the 14 months of a parental allowance are
/// fine, the 250 countries are not.
pub const LONG_LIST: usize = 30;

/// Warns (`code`) of a list of more than [`LONG_LIST`] options drawn as boxes or radios, at
/// the property that gives them.
pub(super) fn warn_long_list(p: &mut Props<'_>, options: &Options, code: DiagCode) {
    if options.len() > LONG_LIST {
        let at = if p.text("codeList").is_some() {
            "codeList"
        } else {
            "options"
        };
        p.report(
            Diagnostic::warning(code, p.at(at))
                .arg("count", options.len())
                .arg("most", LONG_LIST),
        );
    }
}

#[derive(Clone, Debug)]
pub struct MultiChoice {
    pub options: Options,
    pub min_items: Option<u32>,
    pub max_items: Option<u32>,
}

impl FieldType for MultiChoice {
    const NAME: &'static str = "multi-choice";
    const TAG: u8 = 10;
    const PROPS: &'static [Prop] = &[OPTIONS, CODE_LIST, MIN_ITEMS, MAX_ITEMS];
    const VALUE: Type = Type::Set;
    const DOC: &'static str = "Any number of values from options (checkboxes). While it is shown, conditions and rules read none ticked as no option chosen, so `not contains(x, \"v\")` can be true; `minItems` asks for at least that many ticked whenever the question is shown, as a group's asks for items: 1 makes it required (`required`), more than 1 is `too-few-selected`; a `required` condition decides when they are asked for. An option with `\"exclusive\": true` (\"None of these\") stands alone: ticked with others, the answer is refused (`exclusive-option`).";
    const REQUIRED: &'static str = "error-required-choice";

    fn compile(p: &mut Props<'_>) -> Self {
        let options = compile_options(p);
        let (min_items, max_items) = check_item_range(p);
        // More to tick than there are options: no answer could ever do (said once: a
        // `maxItems` below it is said already).
        if let Some(min) = min_items
            && max_items.is_none_or(|max| min <= max)
            && !options.is_empty()
            && min as usize > options.len()
        {
            p.report(
                Diagnostic::error(DiagCode::InvalidRange, p.at("minItems"))
                    .arg("min", min)
                    .arg("max", options.len()),
            );
        }
        // Hundreds of boxes (a multi-choice of the countries): asked better by a select for
        // each answer.
        warn_long_list(p, &options, DiagCode::LongCheckboxList);
        // An option that stands alone: after the others (below its "or"), and choosable on
        // its own.
        for (i, o) in options.list.iter().enumerate().filter(|(_, o)| o.exclusive) {
            if let Some(min) = min_items.filter(|&m| m > 1) {
                p.report(
                    Diagnostic::error(DiagCode::ExclusiveMinItems, p.at("minItems"))
                        .arg("value", o.value.as_str())
                        .arg("min", min),
                );
            }
            if options.list.iter().skip(i + 1).any(|o| !o.exclusive) {
                p.report(
                    Diagnostic::warning(DiagCode::ExclusiveNotLast, p.at(&format!("options/{i}")))
                        .arg("value", o.value.as_str()),
                );
            }
        }
        MultiChoice {
            options,
            min_items,
            max_items,
        }
    }
    fn read<'v, J: Json>(&self, raw: &'v J) -> Cell<'v> {
        let items: &[J] = match raw.view() {
            // None ticked: read as no option chosen (see `Answer::given`).
            View::Null => return Cell::Val(Answer::Set(Vec::new())),
            View::Array(a) => a,
            View::Str(_) => std::slice::from_ref(raw),
            _ => return Cell::wrong_type("list"),
        };
        let mut chosen = vec![false; self.options.len()];
        let mut typed = Vec::new();
        // Every item is read: one given twice counts once, and nothing after it is lost
        // (reading only as many as there are options lost an option sent after repeats).
        for item in items {
            let Ok(Some(t)) = read_text(item, false) else {
                if matches!(item.view(), View::Null)
                    || matches!(item.view(), View::Str(s) if s.trim().is_empty())
                {
                    continue;
                }
                return Cell::wrong_type("list");
            };
            match self.options.position(&t) {
                Some(i) => {
                    if let Some(c) = chosen.get_mut(i) {
                        *c = true;
                    }
                }
                None => {
                    let a = args([("value", Arg::from(&*t))]);
                    typed.push(Value::String(t.into_owned()));
                    return Cell::unreadable(Value::Array(typed), IssueCode::InvalidChoice, a);
                }
            }
            typed.push(Value::String(t.into_owned()));
        }
        let set: Vec<String> = self
            .options
            .list
            .iter()
            .zip(&chosen)
            .filter(|(_, c)| **c)
            .map(|(o, _)| o.value.clone())
            .collect();
        Cell::Val(Answer::Set(set))
    }
    fn check(&self, answer: &Answer<'_>, _env: &dyn Env) -> Option<Problem> {
        let Answer::Set(s) = answer else {
            return None;
        };
        // "None of these" with another: refused, not guessed (GOV.UK checkboxes).
        if s.len() > 1
            && let Some(alone) = s.iter().find(|v| self.options.get(v).is_some_and(|o| o.exclusive))
        {
            return Some((IssueCode::ExclusiveOption, args([("option", Arg::from(alone.as_str()))])));
        }
        if let Some(min) = self.min_items
            && s.len() < min as usize
        {
            return Some((
                IssueCode::TooFewSelected,
                args([("min", Arg::from(min)), ("count", Arg::from(s.len()))]),
            ));
        }
        if let Some(max) = self.max_items
            && s.len() > max as usize
        {
            return Some((
                IssueCode::TooManySelected,
                args([("max", Arg::from(max)), ("count", Arg::from(s.len()))]),
            ));
        }
        None
    }
    fn hints(&self) -> Hints {
        Hints::widget(Widget::Checkboxes)
    }
    fn shown(&self, value: &Value) -> Shown {
        let mut labels = Vec::new();
        for v in value.as_array().map_or(&[][..], Vec::as_slice) {
            if let Some(o) = v.as_str().and_then(|v| self.options.get(v)) {
                labels.push(o.label.clone());
            }
        }
        if labels.is_empty() {
            Shown::Nothing
        } else {
            Shown::Options { labels }
        }
    }
    fn options(&self) -> Option<&Options> {
        Some(&self.options)
    }
    /// Every set of options, where there are at most six (64 sets).
    fn tried(&self) -> Option<Tried> {
        let list = &self.options.list;
        (list.len() <= 6).then(|| {
            Tried::Listed(
                (0..1u32 << list.len())
                    .map(|bits| {
                        Value::Array(
                            list.iter()
                                .enumerate()
                                .filter(|(i, _)| bits & (1 << i) != 0)
                                .map(|(_, o)| Value::String(o.value.clone()))
                                .collect(),
                        )
                    })
                    .collect(),
            )
        })
    }
    fn pack(&self, w: &mut Vec<u8>) {
        self.options.pack(w);
        self.min_items.pack(w);
        self.max_items.pack(w);
    }
    fn unpack(r: &mut Reader<'_>) -> Option<Self> {
        Some(MultiChoice {
            options: Options::unpack(r)?,
            min_items: Option::unpack(r)?,
            max_items: Option::unpack(r)?,
        })
    }
}
