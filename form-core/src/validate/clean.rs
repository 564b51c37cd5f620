//! Phase 4, clean: the submission a receiver stores: visible answers only, normalised,
//! in schema order. An unreadable answer is kept as typed (normalised) so that it can be
//! shown again; the report says what is wrong with it.

use std::sync::Arc;

use serde::ser::{Serialize, Serializer};
use serde_json::Value;

use crate::model::answer::{Answer, Cell, Unreadable};
use crate::model::{FieldDef, Form};

/// The cleaned submission: each visible answer under its field id, in schema order,
/// serialised as a JSON object. A list rather than a map: it is made once per validation
/// and read by key a few times, and hashing every key into a `serde_json::Map` (SipHash)
/// was an eighth of a validation. The keys are the form's own ids, shared, not copied
/// (a copy of each was about an eighth of a validation too). The answers are the ones
/// read, text borrowed from the submission where reading changed nothing: a copy of each
/// into a `serde_json::Value`, and dropping those, was a third of a validation. They become
/// JSON when serialised or asked for ([`Cleaned::to_value`], [`Cleaned::get`]).
#[derive(Clone, Debug, Default)]
pub struct Cleaned<'v>(Vec<(Arc<str>, Kept<'v>)>);

/// One kept answer.
#[derive(Clone, Debug)]
enum Kept<'v> {
    /// Read: as its type normalised it.
    Answer(Answer<'v>),
    /// Unreadable: as typed (normalised), for showing it again. The cell's own box: the
    /// usual kept answer is then not the size of a JSON value.
    Raw(Box<Unreadable>),
    /// A group's items, each its kept fields in schema order.
    Items(Vec<Vec<(Arc<str>, Kept<'v>)>>),
}

impl Kept<'_> {
    fn to_json(&self) -> Value {
        match self {
            Kept::Answer(a) => a.to_json(),
            Kept::Raw(u) => u.raw.clone(),
            Kept::Items(items) => Value::Array(items.iter().map(|row| object(row)).collect()),
        }
    }
}

fn object(fields: &[(Arc<str>, Kept<'_>)]) -> Value {
    Value::Object(
        fields
            .iter()
            .map(|(k, v)| (k.as_ref().to_owned(), v.to_json()))
            .collect(),
    )
}

impl Cleaned<'_> {
    /// The answer of the field with this id, as JSON.
    pub fn get(&self, id: &str) -> Option<Value> {
        self.0
            .iter()
            .find(|(k, _)| **k == *id)
            .map(|(_, v)| v.to_json())
    }

    /// The field ids, in schema order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(k, _)| &**k)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// As a JSON object (keys in schema order).
    pub fn to_value(&self) -> Value {
        object(&self.0)
    }

    /// The same answers owning their text: a cleaned submission that outlives the
    /// submission it was read from.
    pub fn into_owned(self) -> Cleaned<'static> {
        fn own(fields: Vec<(Arc<str>, Kept<'_>)>) -> Vec<(Arc<str>, Kept<'static>)> {
            fields
                .into_iter()
                .map(|(k, v)| {
                    let v = match v {
                        Kept::Answer(a) => Kept::Answer(a.into_owned()),
                        Kept::Raw(v) => Kept::Raw(v),
                        Kept::Items(items) => Kept::Items(items.into_iter().map(own).collect()),
                    };
                    (k, v)
                })
                .collect()
        }
        Cleaned(own(self.0))
    }
}

/// Equal when they are the same JSON.
impl PartialEq for Cleaned<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.to_value() == other.to_value()
    }
}

/// As the JSON object it makes, written directly: building the `Value` first was about
/// half of a report's serialisation.
impl Serialize for Cleaned<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        Row(&self.0).serialize(s)
    }
}

/// Kept fields as a JSON object.
struct Row<'a, 'v>(&'a [(Arc<str>, Kept<'v>)]);

impl Serialize for Row<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(k, v)| (&**k, v)))
    }
}

impl Serialize for Kept<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Kept::Answer(a) => a.serialize(s),
            Kept::Raw(u) => u.raw.serialize(s),
            Kept::Items(items) => s.collect_seq(items.iter().map(|row| Row(row))),
        }
    }
}

/// The cleaned submission; the cells are consumed.
pub(super) fn cleaned<'v>(
    form: &Form,
    cells: &mut [Cell<'v>],
    top_visible: &[bool],
) -> Cleaned<'v> {
    let mut cleaned = Vec::with_capacity(form.top.len());
    for (i, &flat) in form.top.iter().enumerate() {
        let (Some(def), Some(cell)) = (form.fields.get(flat), cells.get_mut(i)) else {
            continue;
        };
        if top_visible.get(i) != Some(&true) {
            continue;
        }
        if let Some(v) = kept(form, def, std::mem::replace(cell, Cell::Empty)) {
            cleaned.push((def.id.clone(), v));
        }
    }
    Cleaned(cleaned)
}

fn kept<'v>(form: &Form, def: &FieldDef, cell: Cell<'v>) -> Option<Kept<'v>> {
    match cell {
        Cell::Empty | Cell::Hidden => None,
        Cell::Val(a) if a.given() => Some(Kept::Answer(a)),
        Cell::Val(_) => None,
        Cell::Invalid(u) => (!u.raw.is_null()).then_some(Kept::Raw(u)),
        Cell::Items(rows) => {
            if rows.is_empty() {
                return None;
            }
            let g = def.group().and_then(|g| form.groups.get(g))?;
            let items = rows
                .into_iter()
                .map(|row| {
                    let mut m = Vec::with_capacity(g.items.len());
                    for (&f, c) in g.items.iter().zip(row) {
                        if let Some(idef) = form.fields.get(f)
                            && let Some(v) = kept(form, idef, c)
                        {
                            m.push((idef.id.clone(), v));
                        }
                    }
                    m
                })
                .collect();
            Some(Kept::Items(items))
        }
    }
}
