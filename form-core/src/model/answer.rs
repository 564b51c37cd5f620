//! An answer while a submission is validated: read and normalised by its field's type,
//! then looked at by visibility, checks, rules and the cleaned submission.

use std::borrow::Cow;

use serde_json::Value;

use crate::codes::IssueCode;
use crate::date::{Date, PartialDate};
use crate::diag::{Arg, Args};
use crate::expr::{Env, Slot, Val};
use crate::types::time::time_text;

/// A readable answer. Text borrows from the submission when reading changed nothing
/// (the usual case): a validation allocates only for what it changes or reports.
#[derive(Clone, Debug, PartialEq)]
pub enum Answer<'v> {
    Text(Cow<'v, str>),
    Int(i64),
    /// A decimal: its value and its canonical text (`.` as separator, digits as typed).
    Dec(f64, Cow<'v, str>),
    Date(Date),
    Partial(PartialDate),
    /// A time of day: minutes after midnight.
    Time(u16),
    Set(Vec<String>),
    Bool(bool),
}

/// What one field holds for one submission.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell<'v> {
    Empty,
    Val(Answer<'v>),
    /// Unreadable: what was typed (normalised) is kept for redisplay, with the problem.
    /// Boxed: it is rare, and a cell without it is a third of the size (cells of a
    /// validation then fit allocators' small-size caches).
    Invalid(Box<Unreadable>),
    Items(Vec<Vec<Cell<'v>>>),
    /// A field of a group item that is hidden for this item.
    Hidden,
}

/// An answer that could not be read, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Unreadable {
    /// What was typed, normalised, for redisplay; `null` when nothing can be shown.
    pub raw: Value,
    pub code: IssueCode,
    pub args: Args,
}

/// As [`Answer::to_json`] makes it, without building the value.
impl serde::Serialize for Answer<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Answer::Text(t) | Answer::Dec(_, t) => s.serialize_str(t),
            Answer::Set(set) => s.collect_seq(set),
            Answer::Int(i) => s.serialize_i64(*i),
            Answer::Date(d) => s.serialize_str(&d.iso()),
            Answer::Partial(p) => s.serialize_str(&p.iso()),
            Answer::Time(t) => s.serialize_str(&time_text(*t)),
            Answer::Bool(b) => s.serialize_bool(*b),
        }
    }
}

impl Cell<'_> {
    /// Unreadable, with the problem and its message arguments.
    pub fn unreadable(raw: Value, code: IssueCode, args: Args) -> Self {
        Cell::Invalid(Box::new(Unreadable { raw, code, args }))
    }

    /// Whether it holds an answer given: not an empty, hidden or unticked one.
    pub fn has_value(&self) -> bool {
        match self {
            Cell::Empty | Cell::Hidden => false,
            Cell::Items(items) => !items.is_empty(),
            Cell::Val(a) => a.given(),
            Cell::Invalid(_) => true,
        }
    }

    /// Unreadable, with no arguments.
    pub fn invalid(raw: Value, code: IssueCode) -> Self {
        Cell::unreadable(raw, code, Args::new())
    }

    /// The JSON value has the wrong shape (`expected`: `text`, `list`, `date`, ...).
    pub fn wrong_type(expected: &str) -> Self {
        Cell::unreadable(
            Value::Null,
            IssueCode::WrongType,
            args([("expected", Arg::from(expected))]),
        )
    }
}

/// Message arguments from pairs.
pub fn args<const N: usize>(pairs: [(&str, Arg); N]) -> Args {
    // Inserted one by one: collecting into a map sorts first, and that sort would be one
    // more copy of the sorting code in the browser bundle.
    let mut out = Args::new();
    for (k, v) in pairs {
        out.insert(k.to_owned(), v);
    }
    out
}

impl Answer<'_> {
    /// Whether it is an answer given. A box not ticked and checkboxes with none ticked are
    /// not: they are what checkboxes say until one is ticked. Conditions and rules read them
    /// (`false`, no option chosen), since a checkbox has no "not answered"; everywhere else
    /// (required, stored, `present`) they count as no answer.
    #[inline]
    pub fn given(&self) -> bool {
        match self {
            Answer::Bool(b) => *b,
            Answer::Set(s) => !s.is_empty(),
            _ => true,
        }
    }

    /// The answer as it is stored in the cleaned submission.
    pub fn to_json(&self) -> Value {
        match self {
            Answer::Text(s) | Answer::Dec(_, s) => Value::String(s.to_string()),
            Answer::Set(s) => Value::Array(s.iter().cloned().map(Value::String).collect()),
            Answer::Int(i) => Value::from(*i),
            Answer::Date(d) => Value::String(d.iso()),
            Answer::Partial(p) => Value::String(p.iso()),
            Answer::Time(t) => Value::String(time_text(*t)),
            Answer::Bool(b) => Value::Bool(*b),
        }
    }

    /// The same answer owning its text.
    pub fn into_owned(self) -> Answer<'static> {
        match self {
            Answer::Text(s) => Answer::Text(Cow::Owned(s.into_owned())),
            Answer::Dec(f, s) => Answer::Dec(f, Cow::Owned(s.into_owned())),
            Answer::Int(i) => Answer::Int(i),
            Answer::Date(d) => Answer::Date(d),
            Answer::Partial(p) => Answer::Partial(p),
            Answer::Time(t) => Answer::Time(t),
            Answer::Set(s) => Answer::Set(s),
            Answer::Bool(b) => Answer::Bool(b),
        }
    }

    /// The answer as a message argument (rules pass their fields' answers).
    pub fn to_arg(&self) -> Arg {
        match self {
            Answer::Int(i) => Arg::Num(*i as f64),
            Answer::Dec(_, text) => Arg::Decimal(text.to_string()),
            Answer::Text(s) => Arg::Str(s.to_string()),
            Answer::Date(d) => Arg::Str(d.to_string()),
            Answer::Partial(p) => Arg::Str(p.to_string()),
            Answer::Time(t) => Arg::Str(time_text(*t)),
            Answer::Set(s) => Arg::Str(crate::text::joined(s, ", ")),
            Answer::Bool(b) => Arg::Str(b.to_string()),
        }
    }
}

/// The answers as expressions see them: the top-level cells and, inside a group item,
/// that item's cells.
pub(crate) struct Scope<'a> {
    pub top: &'a [Cell<'a>],
    pub item: Option<&'a [Cell<'a>]>,
    pub today: Date,
    /// Set where an expression read an answer that was given but could not be read: a
    /// rule then judges `value_or`'s fallback, or a sum without it, in place of what was
    /// typed (1.200 as "no income"), and says nothing until it is read.
    pub unread: std::cell::Cell<bool>,
}

fn val<'a>(cell: Option<&'a Cell<'_>>) -> Option<Val<'a>> {
    match cell? {
        Cell::Val(a) => Some(match a {
            Answer::Text(s) => Val::Text(s),
            Answer::Int(i) => Val::Num(*i as f64),
            Answer::Dec(f, _) => Val::Num(*f),
            Answer::Date(d) => Val::Date(*d),
            Answer::Partial(p) => Val::Partial(*p),
            Answer::Time(t) => Val::Num(f64::from(*t)),
            Answer::Set(s) => Val::Set(s),
            Answer::Bool(b) => Val::Bool(*b),
        }),
        _ => None,
    }
}

impl Env for Scope<'_> {
    fn today(&self) -> Date {
        self.today
    }
    fn get(&self, slot: Slot) -> Option<Val<'_>> {
        let cell = match slot {
            Slot::Top(i) => self.top.get(i),
            Slot::Item(i) => self.item?.get(i),
        };
        self.unread
            .set(self.unread.get() | matches!(cell, Some(Cell::Invalid(_))));
        val(cell)
    }
    fn items(&self, group: usize) -> usize {
        match self.top.get(group) {
            Some(Cell::Items(v)) => v.len(),
            _ => 0,
        }
    }
    fn with_item(
        &self,
        group: usize,
        index: usize,
        f: &mut dyn FnMut(&dyn Env) -> Option<bool>,
    ) -> Option<bool> {
        let Some(Cell::Items(v)) = self.top.get(group) else {
            return None;
        };
        let scope = Scope {
            top: self.top,
            item: Some(v.get(index)?),
            today: self.today,
            unread: Default::default(),
        };
        let r = f(&scope);
        self.unread.set(scope.unread.get() | self.unread.get());
        r
    }
    fn present(&self, slot: Slot) -> bool {
        let cell = match slot {
            Slot::Top(i) => self.top.get(i),
            Slot::Item(i) => self.item.and_then(|it| it.get(i)),
        };
        matches!(cell, Some(Cell::Val(_)) | Some(Cell::Items(_)))
            && cell.is_some_and(Cell::has_value)
    }
}
