//! Phase 4, rules: cross-field plausibility rules (the form's, and each group's for its
//! items): ids, messages, the `when` and `assert` conditions, and the fields they concern.

use std::collections::BTreeSet;

use super::read::RawRule;
use super::{Compiler, MAX_RULES, names};
use crate::codes::DiagCode;
use crate::diag::Diagnostic;
use crate::expr::{Lookup, Symbols, Type};
use crate::model::Rule;

impl Compiler<'_> {
    pub(super) fn rules(
        &mut self,
        raw: &[RawRule],
        pointer: &str,
        scope: Option<usize>,
    ) -> Vec<Rule> {
        let mut out = Vec::new();
        let mut ids = BTreeSet::new();
        if raw.len() > MAX_RULES {
            self.diags.push(
                Diagnostic::error(DiagCode::LimitExceeded, pointer)
                    .arg("what", "rules")
                    .arg("max", MAX_RULES),
            );
            return out;
        }
        for (i, r) in raw.iter().enumerate() {
            let p = format!("{pointer}/{i}");
            if !names::is_slug(&r.id) {
                self.diags.push(
                    Diagnostic::error(DiagCode::InvalidId, format!("{p}/id"))
                        .arg("id", r.id.as_str()),
                );
            }
            if !ids.insert(r.id.as_str()) {
                self.diags.push(
                    Diagnostic::error(DiagCode::DuplicateId, format!("{p}/id"))
                        .arg("id", r.id.as_str())
                        .arg("first", pointer),
                );
            }
            self.message(&r.message, &format!("{p}/message"));
            let when = r
                .when
                .as_ref()
                .map(|src| self.expr(src, &format!("{p}/when"), scope, Type::Bool));
            let assert = self.expr(&r.assert, &format!("{p}/assert"), scope, Type::Bool);
            let mut reads: Vec<usize> =
                assert.as_ref().map(|c| c.reads.clone()).unwrap_or_default();
            if let Some(Some(w)) = &when {
                reads.extend(&w.reads);
            }
            let mut fields = Vec::new();
            if r.fields.is_empty() {
                self.diags.push(
                    Diagnostic::error(DiagCode::RuleNoFields, format!("{p}/fields"))
                        .arg("id", r.id.as_str()),
                );
            }
            for (j, name) in r.fields.iter().enumerate() {
                match self.lookup(name, scope) {
                    Lookup::Found(info) => {
                        if assert.is_some() && !reads.contains(&info.field) {
                            self.diags.push(
                                Diagnostic::warning(
                                    DiagCode::RuleFieldNotUsed,
                                    format!("{p}/fields/{j}"),
                                )
                                .arg("name", name.as_str()),
                            );
                        }
                        fields.push(info.field);
                    }
                    _ => self.diags.push(
                        Diagnostic::error(DiagCode::RuleUnknownField, format!("{p}/fields/{j}"))
                            .arg("name", name.as_str()),
                    ),
                }
            }
            // A rule that demands `present(x)` for a field that can be hidden would blame
            // people for a field they were never shown, unless the rule names that field
            // (a rule is skipped while one of its fields is hidden).
            if let Some(a) = &assert {
                for &f in &a.presence {
                    if let Some(fd) = self.fields.get(f)
                        && fd.conditional
                        && !fields.contains(&f)
                    {
                        self.diags.push(
                            Diagnostic::warning(
                                DiagCode::RequiresHiddenField,
                                format!("{p}/assert"),
                            )
                            .arg("name", &*fd.id),
                        );
                    }
                }
            }
            let when = match when {
                None => Some(None),
                Some(Some(c)) => Some(Some(c.expr)),
                Some(None) => None,
            };
            if let (Some(assert), Some(when)) = (assert, when) {
                out.push(Rule {
                    id: r.id.clone(),
                    when,
                    assert: assert.expr,
                    fields,
                    message: r.message.clone(),
                });
            }
        }
        out
    }
}
