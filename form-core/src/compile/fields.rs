//! Phase 3, fields: what about a field needs every field known: its messages, its
//! autocomplete token, `required` and `visibleWhen`, its type's expressions (date
//! ranges), and a group's rules.

use serde_json::Value;

use super::{Compiler, names, read};
use crate::codes::{DiagCode, IssueCode};
use crate::diag::Diagnostic;
use crate::expr::Type;
use crate::model::{FieldDef, Required};
use crate::types::Props;

impl Compiler<'_> {
    /// Checks everything about one field that needs all fields to be known.
    pub(super) fn check_field(&mut self, flat: usize) {
        let Some((Some(obj), pointer)) = self.pending.get(flat).map(|p| (p.obj, p.pointer.clone()))
        else {
            return; // the limit placeholder
        };
        let Some(def) = self.fields.get(flat) else {
            return;
        };
        let (id, type_name, label, hint) = (
            def.id.clone(),
            def.kind.name(),
            def.label.clone(),
            def.hint.clone(),
        );
        let mut kind = def.kind.clone();
        // Expressions of a group's item field may name the group's other item fields.
        let scope = def
            .parent
            .and_then(|p| self.fields.get(p))
            .and_then(FieldDef::group);
        self.message(&label, &format!("{pointer}/label"));
        if let Some(h) = &hint {
            self.message(h, &format!("{pointer}/hint"));
        }

        // The type's own expressions (and anything else it needs every field for).
        self.scope = scope;
        let mut props = Props {
            obj,
            ptr: &pointer,
            id: &id,
            type_name,
            cx: self,
        };
        kind.link(&mut props);

        let mut messages = std::collections::BTreeMap::new();
        if let Some(Value::Object(m)) = obj.get("messages") {
            for (code, msg) in m {
                let p = format!("{pointer}/messages/{}", names::escape_pointer(code));
                match IssueCode::parse(code) {
                    Some(c) => {
                        if let Some(msg) = msg.as_str() {
                            messages.insert(c.as_str().to_owned(), msg.to_owned());
                        }
                    }
                    None => self.diags.push(
                        Diagnostic::error(DiagCode::UnknownIssueCode, p.as_str())
                            .arg("code", code.as_str()),
                    ),
                }
                if let Some(msg) = msg.as_str() {
                    self.message(msg, &p);
                }
            }
        }
        if let Some(ac) = obj.get("autocomplete").and_then(Value::as_str)
            && !names::is_autocomplete(ac)
        {
            self.diags.push(
                Diagnostic::error(
                    DiagCode::InvalidAutocomplete,
                    format!("{pointer}/autocomplete"),
                )
                .arg("value", ac),
            );
        }

        let page = self.fields.get(flat).map_or(0, |f| f.page);
        let required = match obj.get("required") {
            Some(Value::Bool(true)) => Required::Yes,
            Some(Value::String(src)) => {
                let at = format!("{pointer}/required");
                match self.expr(src, &at, scope, Type::Bool) {
                    Some(c) => {
                        self.reads_later_page(&at, "field", page, &c.reads);
                        Required::When(c.expr)
                    }
                    None => Required::No,
                }
            }
            _ => Required::No,
        };
        let at = format!("{pointer}/visibleWhen");
        let visible = obj
            .get("visibleWhen")
            .and_then(Value::as_str)
            .and_then(|src| self.expr(src, &at, scope, Type::Bool));
        if let Some(c) = &visible {
            self.reads_later_page(&at, "field", page, &c.reads);
        }
        self.vis_reads.push((
            flat,
            visible
                .as_ref()
                .map(|c| c.reads.clone())
                .unwrap_or_default(),
        ));
        let group =
            kind_group(&kind).filter(|_| self.fields.get(flat).is_some_and(|f| f.parent.is_none()));
        if let Some(f) = self.fields.get_mut(flat) {
            f.kind = kind;
            f.messages = messages;
            f.required = required;
            f.visible_when = visible.map(|c| c.expr);
        }
        self.scope = None;

        if let Some(g) = group {
            let raw = read::field_rules(obj, &pointer);
            let rules = self.rules(&raw, &format!("{pointer}/rules"), Some(g));
            if let Some(gi) = self.groups.get_mut(g) {
                gi.rules = rules;
            }
        }
    }
}

fn kind_group(kind: &crate::types::Kind) -> Option<usize> {
    match kind {
        crate::types::Kind::Group(g) => Some(g.index),
        _ => None,
    }
}
