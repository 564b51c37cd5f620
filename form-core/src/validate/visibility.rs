//! Phase 2, visibility: pages and fields decided in dependency order; a hidden answer is
//! removed (and listed as dropped) before anything that depends on it is evaluated.

use std::sync::Arc;

use super::{Dropped, Visibility, VisibleItem};
use crate::codes::DropReason;
use crate::date::Date;
use crate::expr::{self, Slot};
use crate::model::Form;
use crate::model::answer::Cell;
use crate::model::answer::Scope;
use crate::types::Kind;

/// What is shown for one submission.
pub(super) struct Shown {
    /// Per page: decided (`Some`) once one of its fields was reached.
    pub pages: Vec<Option<bool>>,
    /// Per top-level field (item fields that are hidden hold `Cell::Hidden`).
    pub top: Vec<bool>,
}

/// Decides visibility and empties hidden answers; `dropped`, when given, lists them.
pub(super) fn apply(
    form: &Form,
    cells: &mut [Cell],
    today: Date,
    mut dropped: Option<&mut Vec<Dropped>>,
) -> Shown {
    let mut page_visible: Vec<Option<bool>> = vec![None; form.pages.len()];
    let mut top_visible = vec![true; form.top.len()];
    for &flat in &form.visibility_order {
        let Some(def) = form.fields.get(flat) else {
            continue;
        };
        match def.slot {
            Slot::Top(i) => {
                let page = match page_visible.get(def.page).copied().flatten() {
                    Some(v) => v,
                    None => {
                        let scope = Scope {
                            top: cells,
                            item: None,
                            today,
                            unread: Default::default(),
                        };
                        let v = form
                            .pages
                            .get(def.page)
                            .and_then(|p| p.visible_when.as_ref())
                            .is_none_or(|e| expr::eval_bool(e, &scope) == Some(true));
                        if let Some(slot) = page_visible.get_mut(def.page) {
                            *slot = Some(v);
                        }
                        v
                    }
                };
                let visible = page && {
                    let scope = Scope {
                        top: cells,
                        item: None,
                        today,
                        unread: Default::default(),
                    };
                    def.visible_when
                        .as_ref()
                        .is_none_or(|e| expr::eval_bool(e, &scope) == Some(true))
                };
                if !visible {
                    if let Some(v) = top_visible.get_mut(i) {
                        *v = false;
                    }
                    if let Some(c) = cells.get_mut(i) {
                        if let Some(d) = dropped.as_deref_mut()
                            && (c.has_value() || matches!(c, Cell::Invalid(..)))
                        {
                            d.push(Dropped {
                                path: def.id.as_ref().to_owned(),
                                reason: DropReason::Hidden,
                            });
                        }
                        *c = if matches!(def.kind, Kind::Group(_)) {
                            Cell::Items(Vec::new())
                        } else {
                            Cell::Empty
                        };
                    }
                }
            }
            Slot::Item(j) => {
                let Some(cond) = &def.visible_when else {
                    continue;
                };
                let Some(Slot::Top(g)) =
                    def.parent.and_then(|p| form.fields.get(p)).map(|p| p.slot)
                else {
                    continue;
                };
                let n = match cells.get(g) {
                    Some(Cell::Items(v)) => v.len(),
                    _ => 0,
                };
                for i in 0..n {
                    let visible = {
                        let Some(Cell::Items(rows)) = cells.get(g) else {
                            break;
                        };
                        let scope = Scope {
                            top: cells,
                            item: rows.get(i).map(Vec::as_slice),
                            today,
                            unread: Default::default(),
                        };
                        expr::eval_bool(cond, &scope) == Some(true)
                    };
                    if !visible
                        && let Some(Cell::Items(rows)) = cells.get_mut(g)
                        && let Some(c) = rows.get_mut(i).and_then(|r| r.get_mut(j))
                    {
                        if let Some(d) = dropped.as_deref_mut()
                            && (c.has_value() || matches!(c, Cell::Invalid(..)))
                        {
                            d.push(Dropped {
                                path: form.path_of(flat, Some(i)),
                                reason: DropReason::Hidden,
                            });
                        }
                        *c = Cell::Hidden;
                    }
                }
            }
        }
    }
    Shown {
        pages: page_visible,
        top: top_visible,
    }
}

/// Lists what is visible: every page, every top-level field, and every field of every
/// existing group item.
pub(super) fn list(form: &Form, cells: &[Cell], shown: &Shown, today: Date) -> Visibility {
    let scope = Scope {
        top: cells,
        item: None,
        today,
        unread: Default::default(),
    };
    // Sized once: the top-level fields, and the fields of every group item there is.
    let items: usize = form
        .top
        .iter()
        .zip(cells)
        .map(
            |(&flat, c)| match (form.fields.get(flat).and_then(|d| d.group()), c) {
                (Some(g), Cell::Items(rows)) => {
                    rows.len() * form.groups.get(g).map_or(0, |g| g.items.len())
                }
                _ => 0,
            },
        )
        .sum();
    let mut vis = Visibility {
        pages: Vec::with_capacity(form.pages.len()),
        fields: Vec::with_capacity(form.top.len() + items),
    };
    for (pi, page) in form.pages.iter().enumerate() {
        // A page whose fields were never reached in the visibility pass (no fields) is
        // visible unless its own condition says otherwise.
        let visible = match shown.pages.get(pi).copied().flatten() {
            Some(v) => v,
            None => page
                .visible_when
                .as_ref()
                .is_none_or(|e| expr::eval_bool(e, &scope) == Some(true)),
        };
        vis.pages.push(VisibleItem {
            path: Arc::from(page.id.as_str()),
            visible,
        });
    }
    for (i, &flat) in form.top.iter().enumerate() {
        let Some(def) = form.fields.get(flat) else {
            continue;
        };
        let visible = shown.top.get(i) == Some(&true);
        vis.fields.push(VisibleItem {
            path: def.id.clone(),
            visible,
        });
        if let (Some(g), Some(Cell::Items(rows))) =
            (def.group().and_then(|g| form.groups.get(g)), cells.get(i))
        {
            for (n, row) in rows.iter().enumerate() {
                for (&f, c) in g.items.iter().zip(row) {
                    vis.fields.push(VisibleItem {
                        path: Arc::from(form.path_of(f, Some(n))),
                        visible: visible && !matches!(c, Cell::Hidden),
                    });
                }
            }
        }
    }
    vis
}
