//! Phase 4, clean: the submission a receiver stores: visible answers only, normalised,
//! in schema order. An unreadable answer is kept as typed (normalised) so that it can be
//! shown again; the report says what is wrong with it.

use std::sync::Arc;

use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::{Map, Value};

use crate::model::answer::Cell;
use crate::model::{FieldDef, Form};

/// The cleaned submission: each visible answer under its field id, in schema order,
/// serialised as a JSON object. A list rather than a map: it is made once per validation
/// and read by key a few times, and hashing every key into a `serde_json::Map` (SipHash)
/// was an eighth of a validation. The keys are the form's own ids, shared, not copied
/// (a copy of each was about an eighth of a validation too).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Cleaned(Vec<(Arc<str>, Value)>);

impl Cleaned {
    /// The answer of the field with this id.
    pub fn get(&self, id: &str) -> Option<&Value> {
        self.0.iter().find(|(k, _)| **k == *id).map(|(_, v)| v)
    }

    /// The field ids, in schema order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(k, _)| &**k)
    }

    /// (field id, answer) in schema order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.0.iter().map(|(k, v)| (&**k, v))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// As a JSON object (keys in schema order).
    pub fn into_value(self) -> Value {
        Value::Object(
            self.0
                .into_iter()
                .map(|(k, v)| (k.as_ref().to_owned(), v))
                .collect(),
        )
    }
}

impl Serialize for Cleaned {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(&**k, v)?;
        }
        map.end()
    }
}

/// The cleaned submission; the cells are consumed.
pub(super) fn cleaned(form: &Form, cells: &mut [Cell], top_visible: &[bool]) -> Cleaned {
    let mut cleaned = Vec::with_capacity(form.top.len());
    for (i, &flat) in form.top.iter().enumerate() {
        let (Some(def), Some(cell)) = (form.fields.get(flat), cells.get_mut(i)) else {
            continue;
        };
        if top_visible.get(i) != Some(&true) {
            continue;
        }
        if let Some(v) = cell_json(form, def, std::mem::replace(cell, Cell::Empty)) {
            cleaned.push((def.id.clone(), v));
        }
    }
    Cleaned(cleaned)
}

fn cell_json(form: &Form, def: &FieldDef, cell: Cell) -> Option<Value> {
    match cell {
        Cell::Empty | Cell::Hidden => None,
        Cell::Val(a) => Some(a.into_json()),
        Cell::Invalid(raw, ..) => (!raw.is_null()).then_some(raw),
        Cell::Items(rows) => {
            if rows.is_empty() {
                return None;
            }
            let g = def.group().and_then(|g| form.groups.get(g))?;
            let items = rows
                .into_iter()
                .map(|row| {
                    let mut m = Map::with_capacity(g.items.len());
                    for (&f, c) in g.items.iter().zip(row) {
                        if let Some(idef) = form.fields.get(f)
                            && let Some(v) = cell_json(form, idef, c)
                        {
                            m.insert(idef.id.as_ref().to_owned(), v);
                        }
                    }
                    Value::Object(m)
                })
                .collect();
            Some(Value::Array(items))
        }
    }
}
