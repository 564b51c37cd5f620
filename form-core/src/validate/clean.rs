//! Phase 4, clean: the submission a receiver stores: visible answers only, normalised,
//! in schema order. An unreadable answer is kept as typed (normalised) so that it can be
//! shown again; the report says what is wrong with it.

use serde_json::{Map, Value};

use crate::model::answer::Cell;
use crate::model::{FieldDef, Form};

/// The cleaned submission; the cells are consumed.
pub(super) fn cleaned(form: &Form, cells: &mut [Cell], top_visible: &[bool]) -> Map<String, Value> {
    let mut cleaned = Map::with_capacity(form.top.len());
    for (i, &flat) in form.top.iter().enumerate() {
        let (Some(def), Some(cell)) = (form.fields.get(flat), cells.get_mut(i)) else {
            continue;
        };
        if top_visible.get(i) != Some(&true) {
            continue;
        }
        if let Some(v) = cell_json(form, def, std::mem::replace(cell, Cell::Empty)) {
            cleaned.insert(def.id.clone(), v);
        }
    }
    cleaned
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
                            m.insert(idef.id.clone(), v);
                        }
                    }
                    Value::Object(m)
                })
                .collect();
            Some(Value::Array(items))
        }
    }
}
