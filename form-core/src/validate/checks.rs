//! Phase 3, checks: each visible field (required, then its type's checks), each group's
//! items and rules, then the form's rules, in document order. In the fast mode
//! (`is_valid`) the first issue ends the run and nothing else is built.

use super::{Issue, Report};
use crate::codes::IssueCode;
use crate::date::Date;
use crate::diag::{Arg, Args};
use crate::expr::{self, Slot};
use crate::model::answer::Scope;
use crate::model::answer::{Answer, Cell, args};
use crate::model::{FieldDef, Form, Required, Rule};
use crate::types::Kind;

/// Sort key: position of the top-level field, item index + 1 (0 outside items), flat
/// index of the field, then 1 for the field's issue and 2 + the rule's index for a rule's
/// (all zero: the submission is not an object). No two issues share a key (a field has
/// one issue at most, a group sent as no list its shape's only), so the unstable sort in
/// [`Run::into_report`] gives the order a stable one would, without its code.
pub(super) type Key = (usize, usize, usize, usize);

pub(super) struct Run<'f> {
    pub form: &'f Form,
    /// Visibility of each top-level field (item fields that are hidden hold `Cell::Hidden`).
    pub top_visible: &'f [bool],
    /// Stop at the first issue and build nothing else (the `is_valid` path).
    pub fast: bool,
    pub issues: Vec<(Key, Issue)>,
}

fn blank(code: IssueCode) -> Issue {
    Issue {
        path: String::new(),
        code,
        message: String::new(),
        label: None,
        rule: None,
        fields: Vec::new(),
        args: Args::new(),
    }
}

impl Run<'_> {
    pub fn done(&self) -> bool {
        self.fast && !self.issues.is_empty()
    }

    /// The submission is not an object.
    pub fn not_an_object(&mut self) {
        let mut issue = blank(IssueCode::NotAnObject);
        issue.message = "error-not-an-object".into();
        self.issues.push(((0, 0, 0, 0), issue));
    }

    fn field_issue(
        &mut self,
        key: Key,
        def: &FieldDef,
        item: Option<usize>,
        (code, args): (IssueCode, Args),
    ) {
        if self.fast {
            if self.issues.is_empty() {
                self.issues.push((key, blank(code)));
            }
            return;
        }
        let path = match (def.parent.and_then(|p| self.form.fields.get(p)), item) {
            (Some(g), Some(i)) => crate::model::item_path(&g.id, i, Some(&def.id)),
            _ => def.id.as_ref().to_owned(),
        };
        self.issues.push((
            key,
            Issue {
                path,
                code,
                message: def.message_for(code),
                label: Some(def.label.clone()),
                rule: None,
                fields: Vec::new(),
                args,
            },
        ));
    }

    /// A visible group (or one of its items) that was not a list (not an object).
    pub fn group_shapes(&mut self, shapes: &[(usize, Option<usize>)]) {
        for &(gflat, item) in shapes {
            let Some(def) = self.form.fields.get(gflat) else {
                continue;
            };
            let Slot::Top(i) = def.slot else {
                continue;
            };
            if self.top_visible.get(i) != Some(&true) {
                continue;
            }
            let key = (gflat, item.map_or(0, |x| x + 1), gflat, 1);
            let expected = if item.is_some() { "object" } else { "list" };
            self.field_issue(
                key,
                def,
                None,
                (
                    IssueCode::WrongType,
                    args([("expected", Arg::from(expected))]),
                ),
            );
            if let (Some(x), Some(last)) = (item, self.issues.last_mut())
                && !self.fast
            {
                last.1.path = crate::model::item_path(&def.id, x, None);
            }
        }
    }

    /// Every visible top-level field, and the items of visible groups with their rules.
    pub fn fields(&mut self, cells: &[Cell], today: Date) {
        let form = self.form;
        let scope = Scope {
            top: cells,
            item: None,
            today,
            unread: Default::default(),
        };
        for (i, &flat) in form.top.iter().enumerate() {
            if self.done() {
                break;
            }
            if self.top_visible.get(i) != Some(&true) {
                continue;
            }
            let (Some(def), Some(cell)) = (form.fields.get(flat), cells.get(i)) else {
                continue;
            };
            self.check((flat, 0, flat, 1), def, None, cell, &scope);
            if let (Some(g), Cell::Items(rows)) =
                (def.group().and_then(|g| form.groups.get(g)), cell)
            {
                for (n, row) in rows.iter().enumerate() {
                    let item_scope = Scope {
                        top: cells,
                        item: Some(row),
                        today,
                        unread: Default::default(),
                    };
                    for (j, &f) in g.items.iter().enumerate() {
                        let (Some(idef), Some(c)) = (form.fields.get(f), row.get(j)) else {
                            continue;
                        };
                        if matches!(c, Cell::Hidden) {
                            continue;
                        }
                        self.check((flat, n + 1, f, 1), idef, Some(n), c, &item_scope);
                    }
                    self.rules(&g.rules, &item_scope, Some(flat), Some(n));
                }
            }
        }
        if !self.done() {
            self.rules(&form.rules, &scope, None, None);
        }
    }

    /// Checks a visible field's answer (or its absence).
    fn check(
        &mut self,
        key: Key,
        def: &FieldDef,
        item: Option<usize>,
        cell: &Cell,
        scope: &Scope<'_>,
    ) {
        if let Cell::Invalid(u) = cell {
            self.field_issue(key, def, item, (u.code, u.args.clone()));
            return;
        }
        // A group sent as something other than a list has its issue (`group_shapes`), not
        // a second one for having no items (`required`, `minItems`).
        if matches!(def.kind, Kind::Group(_)) && self.issues.iter().any(|(k, _)| *k == key) {
            return;
        }
        if !cell.has_value() {
            let required = match &def.required {
                Required::No => false,
                Required::Yes => true,
                Required::When(e) => expr::eval_bool(e, scope) == Some(true),
            };
            if required {
                self.field_issue(key, def, item, (IssueCode::Required, Args::new()));
                return;
            }
        }
        let problem = match (&def.kind, cell) {
            (Kind::Group(g), Cell::Items(v)) => g.check_items(v.len()),
            (Kind::Group(g), _) => g.check_items(0),
            (kind, Cell::Val(answer)) if answer.given() => kind.check(answer, scope),
            // Nothing ticked: a `minItems` asks for boxes whenever the question is shown,
            // as a group's asks for items (an author who writes 1 means "at least one", and
            // "What do you live on?" left blank must not pass); 1 is what `required` asks.
            // A `required` condition says when they are asked for, and was not true here.
            (Kind::MultiChoice(m), _) if !matches!(def.required, Required::When(_)) => {
                match m.min_items {
                    Some(1) => Some((IssueCode::Required, Args::new())),
                    Some(2..) => def.kind.check(&Answer::Set(Vec::new()), scope),
                    _ => None,
                }
            }
            _ => None,
        };
        if let Some(p) = problem {
            self.field_issue(key, def, item, p);
        }
    }

    /// Evaluates rules; `top_key` is the group's position for item rules, `None` for
    /// top-level rules (placed at their first field).
    fn rules(
        &mut self,
        rules: &[Rule],
        scope: &Scope<'_>,
        top_key: Option<usize>,
        item: Option<usize>,
    ) {
        for (ri, rule) in rules.iter().enumerate() {
            if self.done() {
                return;
            }
            if let Some(w) = &rule.when
                && expr::eval_bool(w, scope) != Some(true)
            {
                continue;
            }
            // A rule that fails on an answer that was typed but could not be read (through
            // `value_or`, or a sum that leaves it out) would judge something else than what
            // was typed: it waits until that answer is read.
            scope.unread.set(false);
            if expr::eval_bool(&rule.assert, scope) != Some(false) || scope.unread.get() {
                continue;
            }
            let Some(&first) = rule.fields.first() else {
                continue;
            };
            // One problem at a time: a rule says nothing about a field that already has an
            // issue of its own (its value was unreadable, out of range, ...).
            let flagged = rule.fields.iter().any(|&f| {
                let in_item = self.form.fields.get(f).is_some_and(|d| d.parent.is_some());
                let want = if in_item {
                    item.map_or(0, |i| i + 1)
                } else {
                    0
                };
                self.issues
                    .iter()
                    .any(|(k, _)| k.2 == f && k.1 == want && k.3 == 1)
            });
            // A rule is skipped while one of the fields it concerns is hidden: its message
            // would point at something the person cannot see.
            let hidden =
                rule.fields
                    .iter()
                    .any(|&f| match self.form.fields.get(f).map(|d| d.slot) {
                        Some(Slot::Top(i)) => self.top_visible.get(i) == Some(&false),
                        Some(Slot::Item(i)) => {
                            matches!(scope.item.and_then(|it| it.get(i)), Some(Cell::Hidden))
                        }
                        None => false,
                    });
            if flagged || hidden {
                continue;
            }
            let top = top_key.unwrap_or_else(|| {
                self.form
                    .fields
                    .get(first)
                    .and_then(|d| d.parent)
                    .unwrap_or(first)
            });
            let key = (top, item.map_or(0, |i| i + 1), first, 2 + ri);
            if self.fast {
                self.issues.push((key, blank(IssueCode::Plausibility)));
                return;
            }
            let mut a = Args::new();
            let mut paths = Vec::new();
            for &f in &rule.fields {
                let Some(def) = self.form.fields.get(f) else {
                    continue;
                };
                let cell = match def.slot {
                    Slot::Top(i) => scope.top.get(i),
                    Slot::Item(i) => scope.item.and_then(|it| it.get(i)),
                };
                // Every field the rule names gives its message an argument (what `form check`
                // promises the translator): a group its number of items, an empty answer
                // empty text, so that no reader ever sees a raw `{$name}`. (A rule is
                // skipped while a field it names is hidden or unreadable.)
                let arg = match cell {
                    Some(Cell::Val(ans)) if ans.given() => ans.to_arg(),
                    Some(Cell::Items(items)) => Arg::Num(items.len() as f64),
                    _ => Arg::Str(String::new()),
                };
                a.insert(def.id.as_ref().to_owned(), arg);
                let in_item = if def.parent.is_some() { item } else { None };
                paths.push(self.form.path_of(f, in_item));
            }
            let path = paths.first().cloned().unwrap_or_default();
            self.issues.push((
                key,
                Issue {
                    path,
                    code: IssueCode::Plausibility,
                    message: rule.message.clone(),
                    label: None,
                    rule: Some(rule.id.clone()),
                    fields: paths,
                    args: a,
                },
            ));
        }
    }

    /// The issues in document order.
    pub fn into_report(self) -> Vec<Issue> {
        let mut issues = self.issues;
        issues.sort_unstable_by_key(|(k, _)| *k);
        issues.into_iter().map(|(_, i)| i).collect()
    }
}

/// A report without issues' details: the `is_valid` answer.
pub(super) fn verdict(valid: bool) -> Report<'static> {
    Report {
        valid,
        issues: Vec::new(),
        cleaned: Default::default(),
        dropped: Vec::new(),
    }
}
