//! Phase 2, declare: every field registered in document order, with its id, its slot
//! (top level or inside a group item) and its type, which compiles its own properties.
//! A group's item fields are declared right after it.

use serde_json::{Map, Value};

use super::{Compiler, MAX_FIELDS, Pending, names, read};
use crate::codes::DiagCode;
use crate::diag::Diagnostic;
use crate::expr::Slot;
use crate::model::{FieldDef, GroupInfo, Keys, Required};
use crate::types::{Kind, Props};

impl<'v> Compiler<'v> {
    /// Registers a field (and, for groups, its item fields) in document order.
    pub(super) fn declare(
        &mut self,
        value: &'v Value,
        pointer: String,
        page: usize,
        parent: Option<usize>,
        item_index: usize,
    ) {
        if self.fields.len() >= MAX_FIELDS {
            if self.fields.len() == MAX_FIELDS {
                self.diags.push(
                    Diagnostic::error(DiagCode::LimitExceeded, pointer)
                        .arg("what", "fields")
                        .arg("max", MAX_FIELDS),
                );
                // A placeholder keeps the limit diagnostic from repeating.
                self.fields.push(placeholder());
                self.pending.push(Pending {
                    obj: None,
                    pointer: String::new(),
                });
            }
            return;
        }
        let Some((obj, type_name)) = read::field(value, &pointer, &mut self.diags) else {
            self.broken_id(value);
            return;
        };
        let id = obj.get("id").and_then(Value::as_str).unwrap_or_default();
        let flat = self.fields.len();
        if !names::is_field_id(id) {
            self.diags.push(
                Diagnostic::error(DiagCode::InvalidId, format!("{pointer}/id")).arg("id", id),
            );
        }
        if let Some(&first) = self.by_id.get(id) {
            let other = self
                .pending
                .get(first)
                .map(|p| p.pointer.clone())
                .unwrap_or_default();
            self.diags.push(
                Diagnostic::error(DiagCode::DuplicateId, format!("{pointer}/id"))
                    .arg("id", id)
                    .arg("first", other),
            );
        } else {
            self.by_id.insert(id.to_owned(), flat);
        }
        let slot = match parent {
            Some(_) => Slot::Item(item_index),
            None => {
                self.top.push(flat);
                Slot::Top(self.top.len() - 1)
            }
        };
        let mut props = Props {
            obj,
            ptr: &pointer,
            id,
            type_name,
            cx: self,
        };
        let Some(mut kind) = Kind::compile(type_name, &mut props) else {
            self.broken_id(value);
            return;
        };
        let mut group = None;
        if let Kind::Group(g) = &mut kind {
            if parent.is_some() {
                self.diags
                    .push(Diagnostic::error(DiagCode::NestedGroup, pointer.as_str()).arg("id", id));
            } else {
                g.index = self.groups.len();
                group = Some(g.index);
                self.groups.push(GroupInfo {
                    field: flat,
                    items: Vec::new(),
                    item_index: Keys::default(),
                    rules: Vec::new(),
                });
            }
        }
        let text = |k: &str| obj.get(k).and_then(Value::as_str).map(str::to_owned);
        self.fields.push(FieldDef {
            id: id.into(),
            label: text("label").unwrap_or_default(),
            hint: text("hint"),
            page,
            parent,
            slot,
            required: Required::No,
            visible_when: None,
            autocomplete: text("autocomplete"),
            messages: Default::default(),
            conditional: false,
            kind,
        });
        self.pending.push(Pending {
            obj: Some(obj),
            pointer: pointer.clone(),
        });
        if let (Some(g), Some(sub)) = (group, obj.get("fields").and_then(Value::as_array)) {
            for (i, v) in sub.iter().enumerate() {
                let before = self.fields.len();
                let item_pos = self.groups.get(g).map_or(0, |gi| gi.items.len());
                self.declare(
                    v,
                    format!("{pointer}/fields/{i}"),
                    page,
                    Some(flat),
                    item_pos,
                );
                if self.fields.len() > before
                    && let Some(gi) = self.groups.get_mut(g)
                {
                    gi.items.push(before);
                }
            }
        }
    }

    /// Which fields can be hidden: those with a condition of their own, on a page with
    /// one, or in a group with one (needed before rules are checked).
    pub(super) fn mark_conditional(&mut self, pages: &[read::RawPage<'_>]) {
        let own = |p: Option<&Pending<'_>>| {
            p.and_then(|p| p.obj)
                .and_then(|o: &Map<String, Value>| o.get("visibleWhen"))
                .filter(|v| !v.is_null())
                .map(|v| squeezed(v.as_str().unwrap_or_default()))
        };
        self.hidden_by.clear();
        for i in 0..self.fields.len() {
            let Some(f) = self.fields.get(i) else {
                continue;
            };
            let mut by = Vec::new();
            // By text: two pages, or a page and a field, hidden by the same condition hide
            // alike (conditions are read at the top level, or within one group).
            if let Some(src) = pages.get(f.page).and_then(|p| p.visible_when.as_deref()) {
                by.push(squeezed(src));
            }
            by.extend(own(self.pending.get(i)));
            by.extend(f.parent.and_then(|p| own(self.pending.get(p))));
            if let Some(f) = self.fields.get_mut(i) {
                f.conditional = !by.is_empty();
            }
            self.hidden_by.push(by);
        }
    }

    /// Keeps the id of a field that could not be declared, and of the fields of its group
    /// (a diagnostic already says why), so that what names them is not told they are not
    /// there.
    fn broken_id(&mut self, value: &Value) {
        let mut stack = vec![value];
        // A bound against a hostile schema: no more ids than the form may have fields.
        while let Some(v) = stack.pop()
            && self.broken.len() < MAX_FIELDS
        {
            if let Some(id) = v.get("id").and_then(Value::as_str) {
                self.broken.insert(id.to_owned());
            }
            if let Some(sub) = v.get("fields").and_then(Value::as_array) {
                stack.extend(sub);
            }
        }
    }
}

fn placeholder() -> FieldDef {
    FieldDef {
        id: "".into(),
        kind: Kind::Consent(crate::types::consent::Consent),
        label: String::new(),
        hint: None,
        page: 0,
        parent: None,
        slot: Slot::Top(usize::MAX),
        required: Required::No,
        visible_when: None,
        autocomplete: None,
        messages: Default::default(),
        conditional: false,
    }
}

/// A condition's text without the spaces outside its quoted texts: `a == "x"` and `a=="x"`
/// are one condition.
fn squeezed(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    let mut quoted = false;
    let mut escaped = false;
    for c in src.chars() {
        if quoted {
            if c == '"' && !escaped {
                quoted = false;
            }
            escaped = !escaped && c == '\\';
        } else if c == '"' {
            quoted = true;
        } else if c.is_whitespace() {
            continue;
        }
        out.push(c);
    }
    out
}
