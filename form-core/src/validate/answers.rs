//! Phase 1, answers: every answer read into a typed cell by its field's type, keys matched
//! to fields in one pass over the submission; group items read field by field. Keys that
//! are no field are listed as dropped.

use super::Dropped;
use crate::codes::DropReason;
use crate::json::{Json, View};
use crate::model::answer::Cell;
use crate::model::{Form, HARD_MAX_ITEMS, Keys};
use crate::types::Kind;

/// The answers of one submission, one cell per top-level field.
pub(super) struct Answers<'v> {
    pub cells: Vec<Cell<'v>>,
    /// Groups (flat index) whose value, or one of whose items (index), has the wrong shape.
    pub group_shape: Vec<(usize, Option<usize>)>,
    /// The submission is not a JSON object.
    pub not_object: bool,
}

/// Reads every answer; unknown keys go to `dropped` when it is given. With `only`, a
/// field whose flag (by flat index) is false is left empty instead of read (groups are
/// always read, for their items): what deciding visibility needs, which reads only the
/// fields conditions read.
pub(super) fn read<'v, J: Json>(
    form: &Form,
    data: &'v J,
    mut dropped: Option<&mut Vec<Dropped>>,
    only: Option<&[bool]>,
) -> Answers<'v> {
    let skip = |flat: usize| only.is_some_and(|o| o.get(flat) != Some(&true));
    let (obj, not_object) = match data.view() {
        View::Object(o) => (Some(o), false),
        _ => (None, true),
    };
    let mut group_shape = Vec::new();
    let mut cells: Vec<Cell<'v>> = Vec::with_capacity(form.top.len());
    let mut unknown = Vec::new();
    let raws = spread(form, obj, &form.top, &form.top_index, &mut unknown);
    if let Some(d) = dropped.as_deref_mut() {
        d.extend(unknown.drain(..).map(|k| Dropped {
            path: k.to_owned(),
            reason: DropReason::Unknown,
        }));
    }
    for (&flat, raw) in form.top.iter().zip(&raws) {
        let Some(def) = form.fields.get(flat) else {
            continue;
        };
        let cell = match (&def.kind, def.group().and_then(|g| form.groups.get(g))) {
            (Kind::Group(_), Some(g)) => match raw.map(J::view) {
                None | Some(View::Null) => Cell::Items(Vec::new()),
                Some(View::Array(items)) => {
                    let limit = (HARD_MAX_ITEMS as usize) + 1;
                    let mut out = Vec::with_capacity(items.len().min(limit));
                    for (i, item) in items.iter().take(limit).enumerate() {
                        let item_obj = match item.view() {
                            View::Object(o) => Some(o),
                            _ => {
                                group_shape.push((flat, Some(i)));
                                None
                            }
                        };
                        let item_raws =
                            spread(form, item_obj, &g.items, &g.item_index, &mut unknown);
                        if let Some(d) = dropped.as_deref_mut() {
                            d.extend(unknown.drain(..).map(|k| Dropped {
                                path: crate::model::item_path(&def.id, i, Some(k)),
                                reason: DropReason::Unknown,
                            }));
                        } else {
                            unknown.clear();
                        }
                        let mut row = Vec::with_capacity(g.items.len());
                        for (&f, v) in g.items.iter().zip(&item_raws) {
                            let Some(def) = form.fields.get(f) else {
                                continue;
                            };
                            row.push(if skip(f) {
                                Cell::Empty
                            } else {
                                def.kind.read(v.unwrap_or(J::null()))
                            });
                        }
                        out.push(row);
                    }
                    Cell::Items(out)
                }
                _ => {
                    group_shape.push((flat, None));
                    Cell::Items(Vec::new())
                }
            },
            _ if skip(flat) => Cell::Empty,
            _ => def.kind.read(raw.unwrap_or(J::null())),
        };
        cells.push(cell);
    }
    Answers {
        cells,
        group_shape,
        not_object,
    }
}

/// Places the values of `obj` by the position of their field among `fields` (flat
/// indices; `index` has their ids); keys that are no field are collected in `unknown`.
///
/// Submissions usually list fields in form order: the field after the previous key's is
/// compared first, which costs less than hashing the key (about 2,000 instructions of a
/// validation of the registration).
fn spread<'v, J: Json + 'v>(
    form: &Form,
    obj: Option<&'v J::Members>,
    fields: &[usize],
    index: &Keys,
    unknown: &mut Vec<&'v str>,
) -> Vec<Option<&'v J>> {
    let mut out = vec![None; fields.len()];
    let id_at = |pos: usize| {
        let def = fields.get(pos).and_then(|&f| form.fields.get(f));
        def.map(|d| &*d.id)
    };
    let mut next = 0;
    let Some(obj) = obj else {
        return out;
    };
    for (k, v) in J::entries(obj) {
        let at = if id_at(next) == Some(k) {
            Some(next)
        } else {
            index.get(k)
        };
        match at {
            Some(pos) => {
                if let Some(slot) = out.get_mut(pos) {
                    *slot = Some(v);
                }
                next = pos + 1;
            }
            // A key given twice (JSON text read into a `Node`) is listed twice here and
            // once in the report (`Form::run` sorts and deduplicates the dropped paths).
            None => unknown.push(k),
        }
    }
    out
}
